"""Small builders shared by the core tests."""

from __future__ import annotations

from hostguard.core.participants import Participant
from hostguard.core.rules import RuleSet, parse_rules


def person(
    ip: str = "", role: str = "attendee", email: str = "", pid: str = "p1", name: str = ""
) -> Participant:
    return Participant(id=pid, name=name or f"Person {pid}", email=email, role=role, ip=ip)


def rules(body: str, capabilities=None, *, version: bool = True) -> RuleSet:
    """Parse a rules file body (``version = 1`` is prepended unless version=False)."""
    text = ("version = 1\n" if version else "") + body
    ruleset, _ = parse_rules(text, source="test.toml", capabilities=capabilities)
    return ruleset


def rule(action: str, **conditions) -> str:
    """One [[rule]] table in TOML; ``name`` defaults to the action."""
    name = conditions.pop("name", action)
    lines = ["[[rule]]", f'name = "{name}"', f'action = "{action}"']
    for key, value in conditions.items():
        lines.append(f"{key} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(value)
