"""The record every extraction stage produces: one frozen `Mention` per quantity expression.

The facts table (DESIGN.md) is a DataFrame of these records, one row per mention, with the columns in
`COLUMNS`. Spans are half-open `[start, end)` offsets into the text exactly as passed to `extract`, so
`text[start:end] == mention.text` always holds.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

#: The facts-table columns, in order. Later stages may add columns; none of these is ever renamed.
COLUMNS: tuple[str, ...] = (
    "doc",
    "kind",
    "text",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "counted",
    "subject",
    "date_start",
    "date_end",
    "timex",
    "attribution",
    "sentence",
    "rule",
)

#: Values of the `kind` column.
KINDS: tuple[str, ...] = ("count", "money", "percent", "duration", "date", "measure", "number")

#: Values of the `qualifier` column.
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "at_least", "up_to", "at_most", "vague")

_NAN = math.nan


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity or temporal expression found in a text.

    `low`/`high` are NaN where the text gives no bound. Durations are in days, percentages 0-100, money
    in `unit` currency. `rule` names the lexicon rule that produced the mention, so every row can be
    traced back to the words and the rule that made it.
    """

    kind: str
    text: str
    start: int
    end: int
    low: float = _NAN
    high: float = _NAN
    qualifier: str = "exact"
    unit: str | None = None
    counted: str | None = None
    subject: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    timex: str | None = None
    attribution: str | None = None
    sentence: str = ""
    rule: str = ""
    doc: str | None = None


_FIELD_NAMES = tuple(f.name for f in fields(Mention))


_INTS = ("start", "end")
_FLOATS = ("low", "high")
_DATES = ("date_start", "date_end")


def to_frame(mentions: list[Mention]) -> pd.DataFrame:
    """Turn mentions into a facts table with every column of `COLUMNS` and stable dtypes.

    An empty list still gives a DataFrame with every column, so later stages never special-case it.
    Columns are built as typed arrays directly: this runs once per article, so it must stay cheap.
    """
    data: dict[str, np.ndarray] = {}
    for name in COLUMNS:
        values = [getattr(m, name) for m in mentions]
        if name in _INTS:
            data[name] = np.array(values, dtype="int64")
        elif name in _FLOATS:
            data[name] = np.array(values, dtype="float64")
        elif name in _DATES:
            data[name] = np.array([v if v is not None else "NaT" for v in values], dtype="datetime64[ns]")
        else:
            arr = np.empty(len(values), dtype=object)
            arr[:] = values
            data[name] = arr
    return pd.DataFrame(data, columns=list(COLUMNS), copy=False)


class ErrorTable(pd.DataFrame):
    """The error rows a facts table carries in `attrs["errors"]` (doc, problem; path where known).

    A plain DataFrame there breaks pandas: `concat`, `astype` and `merge` compare the `attrs` of their
    inputs with `==`, which on DataFrames is element-wise and cannot be a truth value. This one compares
    as a whole (`equals`), so facts tables with errors combine like any others.
    """

    @property
    def _constructor(self) -> type[ErrorTable]:
        return ErrorTable

    def __eq__(self, other: object) -> bool:  # type: ignore[override]
        return isinstance(other, pd.DataFrame) and self.equals(other)

    def __ne__(self, other: object) -> bool:  # type: ignore[override]
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]
