"""The reference API's OpenAPI document parses and documents exactly what the simulator serves."""

from __future__ import annotations

from importlib import resources

import yaml  # PyYAML: a test dependency


def load() -> dict:
    text = (
        resources.files("hostguard.resources")
        .joinpath("reference-api.openapi.yaml")
        .read_text("utf-8")
    )
    return yaml.safe_load(text)


def test_document_parses_as_openapi_31():
    doc = load()
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["bearerAuth"] == {
        **doc["components"]["securitySchemes"]["bearerAuth"],
        "type": "http",
        "scheme": "bearer",
    }
    assert doc["security"] == [{"bearerAuth": []}]


def test_every_served_route_is_documented_and_nothing_else(simulator):
    sim = simulator(participants=1)
    served = {(r.template, r.method.lower()) for r in sim.app.routes if r.group == "reference"}
    assert not any(t.startswith("/_sim") for t, _ in served)
    doc = load()
    documented = {
        (path, method)
        for path, item in doc["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert served == documented


def test_refs_resolve_and_actions_need_an_idempotency_key():
    doc = load()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "$ref":
                    parts = v.removeprefix("#/").split("/")
                    target = doc
                    for part in parts:
                        target = target[part]  # KeyError: a dangling reference
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    op = doc["paths"]["/meetings/{meeting_id}/participants/{participant_id}/actions"]["post"]
    assert {"$ref": "#/components/parameters/IdempotencyKey"} in op["parameters"]
    assert doc["components"]["parameters"]["IdempotencyKey"]["required"] is True
    problem = doc["components"]["responses"]["Unauthorized"]["content"]
    assert "application/problem+json" in problem
