"""The audit trail: reading and exporting what HostGuard decided, why, on what evidence, and
what came of it (CSV that spreadsheets show as text, or JSON).

Rows are written by the engine into the state database (`hostguard.engine.store`); they hold
the matched network prefix, never a participant's full address, and never a secret.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import ipaddress
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from hostguard.core.spreadsheet import spreadsheet_safe
from hostguard.engine.store import AUDIT_COLUMNS, Store

EXPORT_FORMATS = ("csv", "json")
# Longest prefix kept as evidence: a database's "network" can be a single address.
MAX_PREFIX = {4: 24, 6: 48}


def coarse_network(network: str | None) -> str | None:
    """The matched network, widened to at most /24 (IPv4) or /48 (IPv6) so it never names one address."""
    if not network:
        return None
    try:
        net = ipaddress.ip_network(network, strict=False)
    except ValueError:
        return None
    limit = MAX_PREFIX[net.version]
    if net.prefixlen > limit:
        net = net.supernet(new_prefix=limit)
    return str(net)


def iso_time(ts: object) -> str | None:
    if ts is None or ts == "":
        return None
    return dt.datetime.fromtimestamp(float(ts), dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class AuditLog:
    """The audit rows of one state database, optionally limited to one service and meeting."""

    def __init__(
        self, store: Store, service: str | None = None, meeting_id: str | None = None
    ) -> None:
        self.store = store
        self.service = service
        self.meeting_id = meeting_id

    def query(
        self, *, since: float | None = None, limit: int | None = None
    ) -> list[dict[str, object]]:
        """Rows oldest first; ``at``/``settled_at`` as ISO 8601 UTC text."""
        rows = self.store.audit_rows(self.service, self.meeting_id, since=since, limit=limit)
        for r in rows:
            r["at"] = iso_time(r["at"])
            r["settled_at"] = iso_time(r["settled_at"])
        return rows

    def export(self, dest: str | os.PathLike[str] | IO[str], fmt: str = "csv") -> int:
        """Write every row to a path or text stream; return how many were written."""
        return export_rows(self.query(), dest, fmt)


def export_rows(
    rows: Iterable[dict[str, object]], dest: str | os.PathLike[str] | IO[str], fmt: str = "csv"
) -> int:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (expected csv or json)")
    rows = list(rows)
    if fmt == "json":
        text = (
            json.dumps(
                [{k: r.get(k) for k in AUDIT_COLUMNS} for r in rows], ensure_ascii=False, indent=1
            )
            + "\n"
        )
    else:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(AUDIT_COLUMNS)
        for r in rows:
            w.writerow([spreadsheet_safe(r.get(c)) for c in AUDIT_COLUMNS])
        text = buf.getvalue()
    if isinstance(dest, (str, os.PathLike)):
        Path(dest).write_text(text, encoding="utf-8", newline="")
    else:
        dest.write(text)
    return len(rows)
