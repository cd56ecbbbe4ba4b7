"""The reference adapter's fast parse of well-formed rows agrees with the detailed parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hostguard.services.http import ShapeError
from hostguard.services.reference import _parse_well_formed, parse_participant

_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["host", "Host", " co-host", "co-host", "panelist", "attendee", "cohost", "guest",
                     "joined", "waiting", "removed", "blocked", "left", "JOINED", "", "1.2.3.4"]),
    st.lists(st.integers(), max_size=2),
    st.text(min_size=90, max_size=1100).map(lambda t: t * 2),
)  # fmt: skip
_keys = st.sampled_from(["id", "name", "email", "role", "status", "ip_address", "joined_at", "other"])


_full_row = st.fixed_dictionaries(
    {k: _value for k in ("id", "name", "email", "role", "status", "ip_address", "joined_at")},
    optional={"left_at": _value},
)


@settings(max_examples=800)
@given(st.dictionaries(_keys, _value) | _value | _full_row)
def test_fast_parse_is_the_detailed_parse_or_declines(raw):
    fast = _parse_well_formed(raw)
    try:
        slow = parse_participant(raw, "participants[0]")
    except ShapeError:
        assert fast is None
        return
    assert fast is None or fast == slow


def test_fast_parse_takes_the_usual_row_and_caps_long_names():
    raw = {"id": "p1", "name": "N" * 2000, "email": "e" * 400, "role": "attendee", "status": "waiting",
           "ip_address": "1.2.3.4", "joined_at": "2026-11-28T02:00:00Z"}  # fmt: skip
    p = _parse_well_formed(raw)
    assert p is not None and p == parse_participant(raw, "x")
    assert len(p.name) == 512 and len(p.email) == 320 and p.person_key == "email:" + "e" * 320
