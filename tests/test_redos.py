"""Every regular expression is safe on hostile input: a blow-up fails this test instead of hanging it.

Each compiled pattern of the package runs over long adversarial strings with the `regex` module's
`timeout`, so catastrophic backtracking raises TimeoutError within seconds.
"""

from __future__ import annotations

import pytest
import regex

from factkit import articles, dates, extract, numbers

N = 100_000
ADVERSARIAL = {
    "digits": "9" * N,
    "digits_commas": "1," * (N // 2),
    "digit_groups": "123,45" * (N // 6),
    "dots": "1." * (N // 2),
    "more_than": "more than " * (N // 10),
    "capitalised": "North Korean Ambassador " * (N // 24),
    "hyphens": "twenty-" * (N // 7),
    "number_words": "one hundred and " * (N // 16),
    "spaces": " " * N,
    "quotes": "“”" * (N // 2),
    "months": "Feb. " * (N // 5),
    "urls": "http://" + "a/" * (N // 2),
    "emails": "a." * (N // 2) + "@",
    "free": "absolutely " * (N // 11) + "free",
    "mixed": "$1,2 m-3 to 4 or 5% of " * (N // 23),
    "digit_slashes": "12/" * (N // 3),
    "last": "last " * (N // 5),
    "capitalised_months": "North Korean Ambassador March May " * (N // 34),
    "days": "Feb. 10, " * (N // 9),
    "tabs_newlines": " \t\n" * (N // 3),
    "mid": "mid-" * (N // 4),
    "times": "3 p.m. " * (N // 7),
    "years": "2024 " * (N // 5),
    "the": "the " * (N // 4),
}


def _patterns():
    found = [("numbers." + name, p) for name, p in numbers.PATTERNS]
    found += [("dates." + name, p) for name, p in dates.PATTERNS]
    found += [("articles." + name, p) for name, p in articles.FURNITURE]
    found += [("extract." + name, p) for name, p in vars(extract).items() if isinstance(p, regex.Pattern)]
    return found


PATTERNS = _patterns()


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_input(name, pattern):
    for label, s in ADVERSARIAL.items():
        try:
            for _ in pattern.finditer(s, timeout=5):
                pass
        except TimeoutError:
            pytest.fail(f"{name} backtracks catastrophically on {label!r}")


def test_there_are_patterns_to_check():
    assert len(PATTERNS) > 20
