"""A real HTTP server on 127.0.0.1 that plays a badly behaved (or hostile) reference service.

It answers the reference API's read endpoints correctly unless a scenario says otherwise;
``server.scenario = "html"`` (say) makes the participants endpoint misbehave in that way;
``"slow-headers"`` makes every endpoint send its status line, then its headers one byte every
``server.trickle_interval`` seconds, without end.
Every request is recorded with its headers, so tests can check what the client sent where.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import threading
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

MEETING = "demo"


def participant(pid: object = "p1", **over: object) -> dict[str, object]:
    p: dict[str, object] = {
        "id": pid,
        "name": f"Person {pid}",
        "email": f"{pid}@example.com",
        "role": "attendee",
        "status": "joined",
        "ip_address": "1.0.16.1",
        "joined_at": "2026-11-28T02:00:00Z",
        "left_at": None,
    }
    p.update(over)
    return p


def page(people: list[object], next_cursor: object = None) -> dict[str, object]:
    return {
        "participants": people,
        "next_cursor": next_cursor,
        "total": len(people),
        "event_seq": 0,
    }


class HostileServer:
    def __init__(self, token: str) -> None:
        self.token = token
        self.scenario = "ok"
        self.requests: list[dict[str, object]] = []
        self.redirect_to: str | None = None  # for the "redirect" scenario
        self.trickle_interval = 2.0  # seconds between header bytes ("slow-headers")
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: object) -> None:
                pass

            def handle(self) -> None:
                # The client hanging up mid-answer is what several scenarios are about.
                with contextlib.suppress(ConnectionError, TimeoutError):
                    super().handle()

            def do_GET(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                if n:
                    self.rfile.read(n)
                with outer.lock:
                    outer.requests.append(
                        {"method": self.command, "path": self.path, "headers": dict(self.headers)}
                    )
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    outer.handle(self)

            do_POST = do_PUT = do_GET

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        """Stop serving (a trickling or endless answer ends too)."""
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- answering -----------------------------------------------------------------------
    @staticmethod
    def send(
        h: BaseHTTPRequestHandler,
        status: int,
        body: bytes | object,
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(data) if length is None else length))
        if length is not None:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        h.wfile.write(data)
        h.wfile.flush()

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        path = parts.path
        if self.scenario == "slow-headers":
            _slow_headers(self, h)
            return
        if self.scenario == "401-echo":
            sent = h.headers.get("Authorization", "")
            self.send(
                h,
                401,
                {
                    "type": "https://hostguard.example/problems/unauthorized",
                    "title": f"Unauthorized: {sent}",
                    "detail": f"token {sent.removeprefix('Bearer ')} is not valid",
                    "status": 401,
                },
                content_type="application/problem+json",
                headers={"WWW-Authenticate": f"Bearer error={sent!r}"},
            )
            return
        if h.headers.get("Authorization") != f"Bearer {self.token}":
            self.send(h, 401, {"title": "Unauthorized", "status": 401})
            return
        if path == f"/meetings/{MEETING}":
            self.send(h, 200, {"id": MEETING, "topic": "Hostile", "participant_count": 2})
        elif path == f"/meetings/{MEETING}/participants":
            cursor = parse_qs(parts.query).get("cursor", [None])[0]
            SCENARIOS[self.scenario](self, h, cursor)
        elif path == f"/meetings/{MEETING}/policy":
            self.send(h, 200, {"enabled": False, "method": "deny", "countries": []})
        elif path == f"/meetings/{MEETING}/events":
            self.send(h, 200, {"events": [], "next": 0})
        else:
            self.send(h, 404, {"title": "Not Found", "status": 404})


Scenario = Callable[[HostileServer, BaseHTTPRequestHandler, "str | None"], None]


def _ok(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant("p1"), participant("p2", ip_address="2.16.0.1")]))


def _truncated_json(s: HostileServer, h, cursor) -> None:
    body = json.dumps(page([participant("p1")])).encode()
    s.send(h, 200, body[: len(body) // 2])


def _array(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, [participant("p1")])


def _participants_not_list(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, {"participants": {"p1": participant("p1")}, "next_cursor": None})


def _id_number(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant(12345)]))


def _id_object(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant({"$oid": "x"})]))


def _ip_list(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant("p1", ip_address=["1.0.16.1", "2.16.0.1"])]))


def _huge_name(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant("p1", name="A" * 10_000_000)]))


def _unknown_role(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant("p1", role="overlord")]))


def _huge_body(s: HostileServer, h, cursor) -> None:
    # No Content-Length: the body goes on (chunked) far past any sane cap, until the
    # client hangs up or the server stops.
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b" " * 65536
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    h.wfile.write(b'5\r\n{"a":\r\n')
    for _ in range(100_000):  # ~6.5 GB at most
        if s.stopping.is_set():
            break
        h.wfile.write(frame)
    h.close_connection = True


def _length_mismatch(s: HostileServer, h, cursor) -> None:
    body = json.dumps(page([participant("p1")])).encode()
    s.send(h, 200, body, length=len(body) + 500)


def _redirect(s: HostileServer, h, cursor) -> None:
    target = (s.redirect_to or "http://127.0.0.1:9") + h.path
    s.send(
        h,
        301,
        {"title": "Moved"},
        headers={"Location": target + f"&leak={s.token}"},
    )


def _gzip_bomb(s: HostileServer, h, cursor) -> None:
    # ~1 GB of zeros compresses to ~1 MB: the client must stop decompressing at its cap.
    s.send(h, 200, bomb(), headers={"Content-Encoding": "gzip"})


def _cursor_loop(s: HostileServer, h, cursor) -> None:
    s.send(h, 200, page([participant("p1")], next_cursor="again"))


def _cursor_cycle(s: HostileServer, h, cursor) -> None:
    nxt = {None: "a", "a": "b", "b": "a"}[cursor]
    s.send(h, 200, page([participant(f"p-{cursor}")], next_cursor=nxt))


def _trickle(s: HostileServer, h, cursor) -> None:
    # A valid length, then one byte at a time, each well inside any read timeout: only an
    # overall deadline ends this.
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "1000000")
    h.end_headers()
    h.wfile.write(b'{"participants": [')
    h.wfile.flush()
    while not s.stopping.wait(0.05):
        h.wfile.write(b" ")
        h.wfile.flush()
    h.close_connection = True


def _slow_headers(s: HostileServer, h: BaseHTTPRequestHandler) -> None:
    # Every path: the status line at once, then the headers one byte at a time, each well
    # inside any read timeout, and never an end to them: only an overall deadline ends this.
    h.close_connection = True
    h.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    h.wfile.flush()
    while not s.stopping.wait(s.trickle_interval):
        h.wfile.write(b"a")
        h.wfile.flush()


def _html(s: HostileServer, h, cursor) -> None:
    s.send(
        h,
        200,
        b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Portal</body></html>",
        content_type="text/html; charset=utf-8",
    )


@functools.cache
def bomb() -> bytes:
    """About 1 GiB of zeros, gzip-compressed to about 1 MiB."""
    buf = io.BytesIO()
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    zeros = b"\0" * (1 << 20)
    for _ in range(1024):
        buf.write(comp.compress(zeros))
    buf.write(comp.flush())
    return buf.getvalue()


SCENARIOS: dict[str, Scenario] = {
    "ok": _ok,
    "truncated-json": _truncated_json,
    "array": _array,
    "participants-not-list": _participants_not_list,
    "id-number": _id_number,
    "id-object": _id_object,
    "ip-list": _ip_list,
    "huge-name": _huge_name,
    "unknown-role": _unknown_role,
    "huge-body": _huge_body,
    "length-mismatch": _length_mismatch,
    "redirect": _redirect,
    "gzip-bomb": _gzip_bomb,
    "cursor-loop": _cursor_loop,
    "cursor-cycle": _cursor_cycle,
    "html": _html,
    "trickle": _trickle,
}
