"""Properties that hold for any input string (hypothesis)."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factkit import extract, load_articles
from factkit.extract import find_mentions

NEWSY = st.lists(
    st.sampled_from(
        "more than up to about some hundreds of thousands 10,000 1.5 million $ € 5% per cent troops "
        "last week Feb. 10 2024 June 2024 two years ago week-long free of charge , . - – and or between "
        "Monday today 12 twenty-five a few several dozens 3:30 p.m. http://x.y/2024/01 @ \n".split(" ")
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), NEWSY))
def test_extract_never_raises_and_rows_are_consistent(text):
    facts = extract(text, published=dt.date(2025, 2, 10))
    for row in facts.itertuples():
        assert text[row.start : row.end] == row.text
        if pd.notna(row.low) and pd.notna(row.high):
            assert row.low <= row.high
        if pd.notna(row.date_start) and pd.notna(row.date_end):
            assert row.date_start <= row.date_end


#: Text with what breaks parsers: NUL and other controls, lone combining marks, bidi overrides, BOMs.
HOSTILE = st.text(
    st.one_of(st.characters(), st.sampled_from("\x00\x01\x1b\u0301\u202e\ufeff\ufffd\u2028\r\n\t 0123456789,.$%")),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(HOSTILE, st.builds(lambda a, b: a + b, NEWSY, HOSTILE)))
@example("0\ud800")  # a lone surrogate once made the table (pyarrow strings) raise
@example("Some 5\udc00 troops and 3\ud800%")
def test_extract_never_raises_on_hostile_text(text):
    facts = extract(text)
    assert all(text[s:e] == t for s, e, t in zip(facts["start"], facts["end"], facts["text"], strict=True))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=400)
    | st.builds(lambda t, e: t.encode(e, "ignore"), NEWSY, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"])),
    st.sampled_from([".txt", ".md", ".html"]),
)
def test_any_bytes_become_an_article_or_one_error_row(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"a{suffix}"
        path.write_bytes(data)
        result = load_articles(path)  # never raises
    assert len(result) + len(result.errors) == 1
    if len(result.errors):
        assert result.errors.iloc[0]["path"] == str(path) and result.errors.iloc[0]["problem"]
    else:
        assert result[0].path == path and result[0].text.strip()


#: Phrase parts whose every combination must parse without raising: time words with numbers and units
#: ("the past 24 hours" once raised KeyError, "the past 24 centuries" a year before 1) and amounts with
#: bounds, joins and units ("1e309 dollars and 50 cents" once overflowed).
TIME_PARTS = (
    ["the past", "the next", "in the last", "about", "more than", "by", "since", "every", ""],
    ["", "2", "24", "two", "a few", "1.5", "300", "a couple of", "half a"],
    [
        " hours",
        " minutes",
        " days",
        " weeks",
        " months",
        " quarters",
        " years",
        " decades",
        " centuries",
        " summer",
        " Monday",
    ],
    ["", " ago", " later", " from now", " and a half"],
)
AMOUNT_PARTS = (
    ["", "more than", "between", "minus", "$", "Rs", "one in", "percent of"],
    ["0", "1.5", "10,000", "1e309", "two", "one", "a third", "10^999", "1 over 0", "5 lakh crore"],
    ["", " and", " to", "-", " out of"],
    ["", " 0", " 1e309", " a half"],
    ["", " million", "%", " km", " years", " pounds", " ft 2 in", "-strong force", " dollars and 50 cents", "C"],
)


@pytest.mark.parametrize(
    ("parts", "published"),
    [(TIME_PARTS, dt.date(2025, 3, 10)), (TIME_PARTS, None), (AMOUNT_PARTS, dt.date(2025, 3, 10))],
    ids=["time", "time-no-date", "amount"],
)
def test_every_combination_of_phrase_parts_parses(parts, published):
    for combo in itertools.product(*parts):
        text = " ".join(p for p in combo[:2] if p) + "".join(combo[2:]) + "."
        for m in find_mentions(text, published):  # the rows of `extract`, without building a table each time
            assert text[m.start : m.end] == m.text, (text, m)
