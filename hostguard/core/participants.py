"""Participants as HostGuard sees them, and the participants file read by `hostguard evaluate`.

The file is CSV with a header, or JSON (a list of objects). ``id`` and ``ip`` are required
columns (``ip`` may be empty); ``name``, ``email`` and ``role`` are optional.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROLES = ("host", "co-host", "panelist", "attendee")
_ROLE_ALIASES = {
    "host": "host",
    "co-host": "co-host",
    "cohost": "co-host",
    "co_host": "co-host",
    "co host": "co-host",
    "panelist": "panelist",
    "panellist": "panelist",
    "attendee": "attendee",
    "participant": "attendee",
    "": "attendee",
}
MAX_ERRORS_SHOWN = 20
# 100,000 participants are about 10 MiB of CSV; a file 25 times that is not a participant list,
# and reading it would take gigabytes of memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
_SHORT = object()


class ParticipantsError(Exception):
    """A participants file cannot be used; ``errors`` lists every problem found (file, row, key)."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = errors[:MAX_ERRORS_SHOWN]
        more = len(errors) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more" if more > 0 else "")
        super().__init__(text)


@dataclass(slots=True)
class Participant:
    id: str
    name: str = ""
    email: str = ""
    role: str = "attendee"
    ip: str = ""
    status: str = "joined"  # joined | waiting | removed | blocked | left
    joined_at: str | None = None


def normalise_role(value: object) -> str | None:
    """The canonical role for what a file or a service says, or None when it is not a role."""
    if value is None:
        return "attendee"
    if not isinstance(value, str):
        return None
    return _ROLE_ALIASES.get(value.strip().lower())


_CONTROL_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}
# Letters that render as nothing (Hangul fillers): a name made of them looks empty.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_MAX_MARKS = 4


def plain_text(value: object, limit: int = 200) -> str:
    """A display name made safe to show as one line of plain text.

    Control and formatting characters (including right-to-left overrides and zero-width
    joiners) are dropped, so a name cannot reorder or hide the text around it; markup is
    left as literal characters for the caller to show as plain text.
    """
    if value is None:
        return ""
    text = str(value)
    # Only the start can be shown: a 10 MB name costs no more than a short one. (Padding
    # with characters that are dropped can only make less of a name visible, never more.)
    text = text.lstrip()[: limit * 8 + 64]
    # Fast path: printable text (no control, format, separator or unassigned characters)
    # with nothing the loop below would drop or cap gives the same result without it.
    if text.isprintable() and (text.isascii() or _slow_chars().search(text) is None):
        cleaned = " ".join(text.split())
        return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
    return _plain_text_slow(text, limit)


@functools.cache
def _slow_chars() -> re.Pattern[str]:
    """Characters that printable text may hold and `_plain_text_slow` changes or limits:
    combining marks (Mn, Me) and blank letters; every character beyond the Basic Multilingual
    Plane is sent there too, so the table is built from this Python's own Unicode data over
    65,536 code points (a few milliseconds, once)."""
    ranges: list[list[int]] = []
    for cp in range(0x80, 0x10000):
        if unicodedata.category(chr(cp)) in ("Mn", "Me") or chr(cp) in _BLANK_LETTERS:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    parts = [f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges]
    return re.compile("[" + "".join(parts) + "\\U00010000-\\U0010ffff]")


def _plain_text_slow(text: str, limit: int) -> str:
    """plain_text's character-by-character form, on the already shortened text."""
    out = []
    marks = 0  # combining marks in a row on the current character
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in _CONTROL_CATEGORIES:
            out.append(" " if ch in "\t\n\r\u2028\u2029" else "")
        elif ch in _BLANK_LETTERS:
            out.append("")
        elif cat in ("Mn", "Me"):
            # Real scripts stack a few; "Zalgo" text stacks hundreds, painting over the
            # rows above and below it in a table.
            marks += 1
            out.append(ch if marks <= _MAX_MARKS else "")
        else:
            marks = 0
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def escaped_text(value: str, limit: int = 64) -> str:
    """``value`` with every control, format, separator and surrogate character written as an
    escape (``\\x00``, ``\\u202e``), cut to ``limit`` characters ending in "…" when longer.

    For evidence that must be shown as it was, yet safely: an address a service reported
    with a NUL byte in it reads ``8.8.8.8\\x00``, which no one takes for ``8.8.8.8``.
    """
    text = value[: limit * 2]
    if not text.isprintable():
        text = "".join(
            ch
            if unicodedata.category(ch) not in _CONTROL_CATEGORIES and ch.isprintable()
            else (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
            for ch in text
        )
    return text if len(text) <= limit and len(value) <= limit * 2 else text[: limit - 1] + "…"


class TooLarge(Exception):
    """A file is larger than what it claims to be could ever need."""


class NotARegularFile(Exception):
    """A path names a directory, a named pipe, a device or a socket where a file is expected."""


def file_kind(mode: int) -> str:
    """What a stat mode is, in words, for messages: "a directory", "a named pipe (FIFO)"."""
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def not_regular_message(p: object, mode: int) -> str:
    return f"{p}: is {file_kind(mode)}, not a regular file; give the path of a file"


def check_regular_file(p: str | os.PathLike[str]) -> None:
    """Raise NotARegularFile unless ``p`` is a regular file (symbolic links followed), before
    anything opens it: opening a named pipe waits for a writer, forever if none comes, and a
    device can be endless or wait for a keyboard. (FileNotFoundError and other OSErrors pass.)"""
    mode = os.stat(p).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(not_regular_message(p, mode))


def read_bounded(p: Path, limit: int, what: str) -> bytes:
    """The file's bytes, refusing more than ``limit`` (a file that grows while it is read
    included, which a size check before reading would not catch) and anything that is not a
    regular file: opened without waiting, so a named pipe with no writer cannot hang us."""
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(not_regular_message(p, mode))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLarge(f"{p}: more than {limit // 1024 // 1024} MiB is too large for {what}")
    return data


def load_participants(path: str | Path) -> list[Participant]:
    """Read a CSV or JSON participants file; raise ParticipantsError naming every bad row."""
    p = Path(path)
    try:
        raw = read_bounded(p, MAX_FILE_BYTES, "a participants file")
    except (TooLarge, NotARegularFile) as exc:
        raise ParticipantsError([str(exc)]) from None
    except FileNotFoundError:
        raise ParticipantsError([f"{p}: file not found"]) from None
    except OSError as exc:
        raise ParticipantsError([f"{p}: cannot read ({exc.strerror or exc})"]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParticipantsError([f"{p}: not UTF-8 text (byte {exc.start})"]) from None
    stripped = text.lstrip()
    if p.suffix.lower() == ".json" or stripped.startswith(("[", "{")):
        return _from_json(p, text)
    return _from_csv(p, text)


def _from_json(p: Path, text: str) -> list[Participant]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParticipantsError([f"{p}: line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"]) from None
    except RecursionError:
        raise ParticipantsError(
            [f"{p}: JSON nested too deeply (expected a list of participant objects)"]
        ) from None
    if isinstance(data, dict) and isinstance(data.get("participants"), list):
        data = data["participants"]
    if not isinstance(data, list):
        raise ParticipantsError([f"{p}: expected a JSON list of participant objects"])
    # JSON may carry lone surrogates ("\ud800"), which no output encoding or SQLite accepts.
    rows: list[tuple[str, object]] = [
        (f"item {i}", {k: _no_surrogates(v) for k, v in item.items()} if isinstance(item, dict) else item)
        for i, item in enumerate(data, 1)
    ]
    return _build(p, rows)


def _no_surrogates(value: object) -> object:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _from_csv(p: Path, text: str) -> list[Participant]:
    reader = csv.DictReader(io.StringIO(text, newline=""), restval=_SHORT)
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ParticipantsError([f"{p}: line 1: not usable CSV ({exc})"]) from None
    if header is None:
        raise ParticipantsError([f"{p}: empty file (expected a header with at least id and ip)"])
    fields = [f.strip().lower() for f in header if f is not None]
    missing = [k for k in ("id", "ip") if k not in fields]
    if missing:
        raise ParticipantsError(
            [f"{p}: line 1: missing column(s) {', '.join(missing)} (header has: {', '.join(fields) or 'nothing'})"]
        )
    # The rows are read as lists, with the same checks and messages as _build gives a dict
    # per row (csv.DictReader): a 50,000-row file is read in a fraction of the time.
    n = len(fields)
    col = {name: i for i, name in enumerate(fields)}  # a repeated column: the last one wins, as in a dict
    i_id, i_ip = col["id"], col["ip"]
    i_role, i_name, i_email = col.get("role"), col.get("name"), col.get("email")
    errors: list[str] = []
    out: list[Participant] = []
    seen: dict[str, int] = {}
    rows = reader.reader
    aliases = _ROLE_ALIASES
    try:
        for row in rows:
            if len(row) != n:
                if not row:
                    continue  # a blank line (DictReader skips these too)
                what = "fewer" if len(row) < n else "more"
                errors.append(f"{p}: line {rows.line_num}: {what} values than columns in the header")
                continue
            pid = row[i_id].strip()
            if not pid:
                errors.append(f"{p}: line {rows.line_num}: key 'id': missing or empty")
                continue
            if i_role is None:
                role = "attendee"
            else:
                role = aliases.get(row[i_role]) or normalise_role(row[i_role])
                if role is None:
                    errors.append(
                        f"{p}: line {rows.line_num}: key 'role': unknown role {row[i_role]!r} "
                        f"(expected one of {', '.join(ROLES)})"
                    )
                    continue
            if pid in seen:
                errors.append(f"{p}: line {rows.line_num}: key 'id': duplicate id {pid!r} (first at line {seen[pid]})")
                continue
            seen[pid] = rows.line_num
            out.append(
                Participant(
                    pid,
                    "" if i_name is None else row[i_name],
                    "" if i_email is None else row[i_email].strip(),
                    role,
                    row[i_ip].strip(),
                )
            )
    except csv.Error as exc:
        # e.g. a cell over the csv module's field limit (128 KiB): nothing a participant has.
        raise ParticipantsError([f"{p}: line {rows.line_num}: not usable CSV ({exc})"]) from None
    if errors:
        raise ParticipantsError(errors)
    return out


def _build(p: Path, rows: Iterable[tuple[str, object]]) -> list[Participant]:
    errors: list[str] = []
    out: list[Participant] = []
    seen: dict[str, str] = {}
    for where, item in rows:
        if not isinstance(item, dict):
            errors.append(f"{p}: {where}: expected an object with id and ip")
            continue
        if _SHORT in item.values():
            errors.append(f"{p}: {where}: fewer values than columns in the header")
            continue
        if None in item:  # csv: more cells than header fields
            errors.append(f"{p}: {where}: more values than columns in the header")
            continue
        pid = item.get("id")
        if isinstance(pid, int) and not isinstance(pid, bool):
            pid = str(pid)
        if pid is not None and not isinstance(pid, str):
            errors.append(f"{p}: {where}: key 'id': expected text or a whole number, got {type(pid).__name__}")
            continue
        if not isinstance(pid, str) or not pid.strip():
            errors.append(f"{p}: {where}: key 'id': missing or empty")
            continue
        pid = pid.strip()
        if "ip" not in item:
            errors.append(f"{p}: {where}: key 'ip': missing (it may be empty, but must be present)")
            continue
        ip = item.get("ip")
        if ip is None:
            ip = ""
        if not isinstance(ip, str):
            errors.append(f"{p}: {where}: key 'ip': expected text, got {type(ip).__name__}")
            continue
        role = normalise_role(item.get("role"))
        if role is None:
            errors.append(
                f"{p}: {where}: key 'role': unknown role {item.get('role')!r} (expected one of {', '.join(ROLES)})"
            )
            continue
        name, email = item.get("name") or "", item.get("email") or ""
        if not isinstance(name, str) or not isinstance(email, str):
            errors.append(f"{p}: {where}: keys 'name' and 'email' must be text")
            continue
        if pid in seen:
            errors.append(f"{p}: {where}: key 'id': duplicate id {pid!r} (first at {seen[pid]})")
            continue
        seen[pid] = where
        out.append(Participant(id=pid, name=name, email=email.strip(), role=role, ip=ip.strip()))
    if errors:
        raise ParticipantsError(errors)
    return out
