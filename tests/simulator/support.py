"""A small requests-based client for the simulator tests (a test client, not the product's)."""

from __future__ import annotations

import requests


class Api:
    """Authenticated calls to one simulator; use as a context manager so sockets are closed."""

    def __init__(self, sim, token: str | None = None) -> None:
        self.sim = sim
        self.base = sim.url
        self.mid = sim.meeting_id
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or sim.token}"

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc) -> None:
        self.session.close()

    def get(self, path: str, **kw) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.session.get(self.base + path, **kw)

    def post(self, path: str, **kw) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.session.post(self.base + path, **kw)

    def put(self, path: str, **kw) -> requests.Response:
        kw.setdefault("timeout", 30)
        return self.session.put(self.base + path, **kw)

    def act(self, pid: str, action: str, key: str, reason: str | None = None) -> requests.Response:
        body = {"action": action} if reason is None else {"action": action, "reason": reason}
        return self.post(f"/meetings/{self.mid}/participants/{pid}/actions", json=body,
                         headers={"Idempotency-Key": key})  # fmt: skip

    def all_participants(
        self, limit: int = 1000, status: str | None = None
    ) -> tuple[list[dict], int, int]:
        """Every participant through the paged list: (participants, pages, event_seq)."""
        out: list[dict] = []
        cursor = None
        pages = 0
        seq = None
        while True:
            params = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            if status:
                params["status"] = status
            r = self.get(f"/meetings/{self.mid}/participants", params=params)
            assert r.status_code == 200, r.text
            page = r.json()
            pages += 1
            seq = page["event_seq"] if seq is None else seq
            assert page["event_seq"] == seq  # stays the first page's value
            out.extend(page["participants"])
            cursor = page["next_cursor"]
            if cursor is None:
                return out, pages, seq

    def sim_post(self, path: str, body: dict) -> requests.Response:
        """A /_sim hook (no auth needed; sent with a plain request on purpose)."""
        return requests.post(self.base + path, json=body, timeout=30)


def assert_problem(r: requests.Response, status: int, slug: str) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["Content-Type"].startswith("application/problem+json")
    body = r.json()
    assert body["type"] == f"https://hostguard.example/problems/{slug}"
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body
