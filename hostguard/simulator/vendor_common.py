"""Pieces shared by the simulator's vendor subsets (``/zoom``, ``/webex``).

The vendors answer a bad body in their own error format, so the subsets read bodies leniently
here and each says "bad request" its own way (the reference API's `Request.json` raises
problem+json errors instead).
"""

from __future__ import annotations

import json

from hostguard.simulator.server import Request


def json_object(req: Request) -> dict | None:
    """The request body as a JSON object, or None when it is missing, not JSON or not an object."""
    try:
        body = json.loads(req.body.decode("utf-8")) if req.body else None
    except (UnicodeDecodeError, ValueError):
        return None
    return body if isinstance(body, dict) else None


__all__ = ["json_object"]
