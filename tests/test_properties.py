"""Properties that hold for any input string (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factkit import extract

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
        if row.low == row.low and row.high == row.high:
            assert row.low <= row.high
        if row.date_start is not None and row.date_end is not None and row.date_start == row.date_start:
            assert row.date_start <= row.date_end
