"""Webex's own API description (vendored: ``vendor/webex-meeting.json``, CC BY 4.0, see
``vendor/NOTICE-webex.md``) as jsonschema validators for the operations HostGuard uses.

* ``$ref`` resolves into the description's ``components`` (the validator's root carries them).
* OpenAPI 3.0 ``nullable: true`` becomes a JSON Schema type that also allows ``null``
  (OpenAPI 3.0 schemas are otherwise a draft-4 subset; ``example`` and friends are ignored).
* ``strict``: every object schema that lists ``properties`` gets ``additionalProperties:
  false``, so a key the vendor does not define fails (used for the simulator's answers and
  the client's request bodies).
"""

from __future__ import annotations

import copy
import functools
import json
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft4Validator

from hostguard.services.http import ServiceHTTP

SPEC_PATH = Path(__file__).parent / "vendor" / "webex-meeting.json"


@functools.cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def openapi_to_jsonschema(node: Any, *, strict: bool) -> Any:
    """A copy of an OpenAPI 3.0 schema as JSON Schema (nullable handled; strict objects)."""
    if isinstance(node, list):
        return [openapi_to_jsonschema(n, strict=strict) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: openapi_to_jsonschema(v, strict=strict) for k, v in node.items() if k != "nullable"}
    if "properties" in node and isinstance(node["properties"], dict):
        # property names are keys, not schemas: convert their values only
        out["properties"] = {
            k: openapi_to_jsonschema(v, strict=strict) for k, v in node["properties"].items()
        }
        if strict and "additionalProperties" not in node:
            out["additionalProperties"] = False
    if node.get("nullable") is True:
        t = out.get("type")
        if isinstance(t, str):
            out["type"] = [t, "null"]
        elif "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    return out


@functools.cache
def _components(strict: bool) -> dict[str, Any]:
    return openapi_to_jsonschema(copy.deepcopy(spec()["components"]), strict=strict)


def validator(schema: dict[str, Any], *, strict: bool) -> Draft4Validator:
    """A validator for one schema of the description, ``$ref`` resolved into its components."""
    root = {
        "allOf": [openapi_to_jsonschema(schema, strict=strict)],
        "components": _components(strict),
    }
    return Draft4Validator(root)


def component(name: str) -> dict[str, Any]:
    return spec()["components"]["schemas"][name]


def errors(schema: dict[str, Any], instance: Any, *, strict: bool = True) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator(schema, strict=strict).iter_errors(instance)
    ]


# -- operations ---------------------------------------------------------------------------------------
def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile(
        "^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$"
    )


def operation(method: str, path: str) -> tuple[str, dict[str, Any]]:
    """(path template, operation object) of the description for ``method path``. Literal paths
    win over templated ones (``/meetingParticipants/admit`` before ``/{participantId}``)."""
    paths = spec()["paths"]
    if path in paths and method.lower() in paths[path]:
        return path, paths[path][method.lower()]
    for template, ops in paths.items():
        if "{" in template and _template_regex(template).match(path) and method.lower() in ops:
            return template, ops[method.lower()]
    raise AssertionError(f"{method} {path}: not an operation of Webex's API description")


def _param_errors(op: dict[str, Any], where: str, query: list[tuple[str, str]]) -> list[str]:
    problems = []
    params = {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "query"}
    for p in params.values():
        if p.get("required") and p["name"] not in {k for k, _ in query}:
            problems.append(f"{where}: required query parameter {p['name']} missing")
    for name, value in query:
        p = params.get(name)
        if p is None:
            problems.append(f"{where}: query parameter {name!r} is not defined by the description")
            continue
        schema = p.get("schema", {})
        kind = schema.get("type")
        parsed: Any = value
        if kind == "number":
            try:
                parsed = float(value)
            except ValueError:
                problems.append(f"{where}: {name}={value!r} is not a number")
                continue
        elif kind == "boolean":
            if value not in ("true", "false"):
                problems.append(f"{where}: {name}={value!r} is not true/false")
                continue
            parsed = value == "true"
        problems += [f"{where}: query {name}: {e}" for e in errors(schema, parsed)]
    return problems


def _json_schema(content: dict[str, Any]) -> dict[str, Any] | None:
    for media, body in content.items():
        if media.startswith("application/json") and "schema" in body:
            return body["schema"]
    return None


def exchange_errors(
    prefixes: tuple[str, ...],
    method: str,
    url: str,
    req_body: bytes | None,
    status: int,
    resp_body: bytes,
    link: str = "",
    *,
    query: bool = True,
) -> list[str]:
    """Everything wrong, by the description, with one request and its answer (``query``:
    check the query parameters too; ``link``: the answer's Link header, not checked)."""
    parts = urlsplit(url)
    path = parts.path
    for prefix in prefixes:
        if path.startswith(prefix):
            path = path[len(prefix) :]
            break
    else:
        return [f"{method} {url}: not under {prefixes}"]
    template, op = operation(method, path)
    where = f"{method} {template}"
    problems = _param_errors(op, where, parse_qsl(parts.query, keep_blank_values=True)) if query else []
    if req_body:
        schema = _json_schema(op.get("requestBody", {}).get("content", {}))
        if schema is None:
            problems.append(f"{where}: sends a body, the description defines none")
        else:
            problems += [f"{where} request body: {e}" for e in errors(schema, json.loads(req_body))]
    responses = op.get("responses", {})
    if str(status) not in responses:
        problems.append(f"{where}: answered {status}, which the description does not list")
    elif 200 <= status < 300:
        schema = _json_schema(responses[str(status)].get("content", {}))
        if schema is not None:
            problems += [
                f"{where} answer {status}: {e}" for e in errors(schema, json.loads(resp_body))
            ]
        elif resp_body.strip():
            problems.append(
                f"{where}: answered {status} with a body the description does not define"
            )
    return problems


# -- capturing the client's traffic ----------------------------------------------------------------------
SIM_PREFIXES = ("/webex/analytics/v1", "/webex/v1")

# (method, url, request body, status, answer body, the answer's Link header)
Exchange = tuple[str, str, "bytes | None", int, bytes, str]


def record_traffic(monkeypatch: Any) -> list[Exchange]:
    """Record every exchange any ServiceHTTP makes from now on (all threads): (method, url,
    request body, status, answer body). The answer is taken where the client reads it
    (``ServiceHTTP._read_body``): the client streams the raw body, so a requests response hook
    could not read it as well."""
    seen: list[Exchange] = []
    lock = threading.Lock()
    original = ServiceHTTP._read_body

    def recording(self: ServiceHTTP, resp: Any, where: str, limit: float) -> bytes:
        body = original(self, resp, where, limit)
        req = resp.request
        raw = req.body.encode() if isinstance(req.body, str) else req.body
        with lock:
            seen.append((req.method, req.url, raw, resp.status_code, body, resp.headers.get("Link") or ""))
        return body

    monkeypatch.setattr(ServiceHTTP, "_read_body", recording)
    return seen


def traffic_errors(seen: list[Exchange], prefixes: tuple[str, ...] = SIM_PREFIXES) -> list[str]:
    """What is wrong with the Webex exchanges in ``seen`` (others, e.g. a test's own routes, and
    answers cut short by the simulator's fault injection, are left out)."""
    problems = []
    # A request that follows a Link header is the service's own URL: its query is opaque to
    # the client (Webex's cursors), so only its answer is checked.
    given = {u for *_, link in seen for u in re.findall(r"<([^>]*)>", link)}
    for method, url, req_body, status, body, _link in seen:
        if not urlsplit(url).path.startswith(prefixes):
            continue
        if 200 <= status < 300 and body.strip():
            try:
                json.loads(body)
            except ValueError:
                continue  # a truncated answer (--fault-rate): not the simulator's shape
        problems += exchange_errors(prefixes, method, url, req_body, status, body, query=url not in given)
    return problems
