"""A tiny real HTTP server on 127.0.0.1 that answers from a script, for the HTTP layer's tests.

Each request pops the next scripted answer (status, headers, body bytes, optional delay, or
"truncate" to promise more bytes than it sends and close, or raw header lines that are not
valid headers). Requests are recorded with their
headers so tests can check what the client sent.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    body: bytes | dict | list | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    truncate: bool = False
    raw_header_lines: tuple[str, ...] = ()  # sent as they are, after the other headers


class ScriptedServer:
    def __init__(self) -> None:
        self.script: deque[Answer] = deque()
        self.default: Answer | None = None
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):  # keep test output clean
                pass

            def _handle(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                with outer.lock:
                    outer.requests.append(
                        {
                            "method": self.command,
                            "path": self.path,
                            "headers": dict(self.headers),
                            "body": body,
                        }
                    )
                    ans = outer.script.popleft() if outer.script else outer.default
                if ans is None:
                    ans = Answer(500, {"title": "script exhausted"})
                if ans.delay:
                    time.sleep(ans.delay)
                data = ans.body
                if isinstance(data, (dict, list)):
                    data = json.dumps(data).encode()
                data = data or b""
                self.send_response(ans.status)
                for k, v in ans.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                if ans.truncate:
                    self.send_header("Content-Length", str(len(data) + 100))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(data)))
                for line in ans.raw_header_lines:
                    self._headers_buffer.append(line.encode("latin-1") + b"\r\n")
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def add(self, *answers: Answer) -> None:
        with self.lock:
            self.script.extend(answers)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
