"""The fast forms in core.participants give exactly what the detailed ones give."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hostguard.core import participants as mod
from hostguard.core.participants import ParticipantsError, _build, _from_csv, plain_text

PATH = Path("people.csv")


def _reference_csv(text: str):
    """The participants file read through csv.DictReader and _build, as before the fast path."""
    reader = csv.DictReader(io.StringIO(text, newline=""), restval=mod._SHORT)
    fields = [f.strip().lower() for f in reader.fieldnames]
    reader.fieldnames = fields
    rows = [(f"line {reader.line_num}", row) for row in reader]
    return _build(PATH, rows)


def _outcome(fn, text):
    try:
        return ("ok", fn(PATH, text) if fn is _from_csv else fn(text))
    except ParticipantsError as exc:
        return ("error", exc.errors)


_cell = st.sampled_from(["", "1", "2", " 3 ", "a,b", 'q"uote', "line\nbreak", "host", "Co-Host", "guest", " attendee ", "10.0.0.1", "x@y.org "])
_headers = st.lists(st.sampled_from(["id", "ip", "name", "email", "role", "extra", " ID ", "Ip"]), min_size=1, max_size=6).filter(
    lambda h: {"id", "ip"} <= {x.strip().lower() for x in h}
)


@settings(max_examples=300)
@given(header=_headers, rows=st.lists(st.lists(_cell, max_size=7), max_size=8))
def test_csv_fast_path_matches_dictreader(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    assert _outcome(_from_csv, text) == _outcome(_reference_csv, text)


def _plain_text_slow(value, limit=200):
    return mod._plain_text_slow(str(value).lstrip()[: limit * 8 + 64], limit)


@settings(max_examples=500)
@given(st.text(), st.integers(min_value=1, max_value=300))
def test_plain_text_fast_path_matches_slow_path(text, limit):
    assert plain_text(text, limit) == _plain_text_slow(text, limit)


@given(st.text(alphabet=st.sampled_from("ab \u0301\u0302\u20dd\u3164\u115f\u200b\t\n\u202e\u00a0\u2028")))
def test_plain_text_fast_path_matches_slow_path_on_tricky_characters(text):
    assert plain_text(text, 20) == _plain_text_slow(text, 20)
