"""Every regular expression is safe on hostile input: a blow-up fails this test instead of hanging it.

Each compiled pattern of the package runs over long adversarial strings with the `regex` module's
`timeout`, so catastrophic backtracking raises TimeoutError within seconds.
"""

from __future__ import annotations

import importlib
import re

import pytest
import regex

import factkit  # noqa: F401  (loads every module)

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
    # page furniture (articles.FURNITURE): image tags, links, data URIs, placeholders, credits
    "brackets": "![" * (N // 2),
    "nested_brackets": "![a[b" * (N // 5),
    "open_links": "[a](" * (N // 4),
    "image_tags": "<x:image>" * (N // 9),
    "img": "<img " * (N // 5),
    "data_uris": "data:a/b;" * (N // 9),
    "url_dots": "http://" + "a." * (N // 2),
    "url_punct": "https://" + ".," * (N // 2),
    "at_signs": "a@b." * (N // 4),
    "placeholders": " [email" * (N // 7),
    "newlines": "\n" * N,
    "dashes": "- " * (N // 2),
    "counters": "(0/" * (N // 3),
    "more_in": "More In " * (N // 8),
    "donate": "Donate " * (N // 7),
    "credits": "a / " * (N // 4) + "Getty",
    "skip": "Skip to " * (N // 8),
    # attribution and labels (extract._POSSESSIVE_CLAIM, _BY_AGENT; numbers.LABEL_LIST_BEFORE)
    "possessives": "the city's own " * (N // 15),
    "agents": "given by the port " * (N // 18),
    "label_lists": "lines 9, 22, " * (N // 13),
}


def _module_patterns(module) -> list[tuple[str, regex.Pattern]]:
    """Every compiled pattern a module holds at top level, alone or in a list/tuple (of (name, pattern))."""
    found = []
    for name, value in vars(module).items():
        if isinstance(value, regex.Pattern | re.Pattern):
            found.append((name, value))
        elif isinstance(value, list | tuple):
            for k, item in enumerate(value):
                if isinstance(item, tuple):
                    item = next((x for x in item if isinstance(x, regex.Pattern | re.Pattern)), None)
                if isinstance(item, regex.Pattern | re.Pattern):
                    found.append((f"{name}[{k}]", item))
    return found


def _patterns():
    # modules by name: `factkit.extract`, `factkit.align` and `factkit.compare` are also function names
    numbers, dates, articles = (importlib.import_module(f"factkit.{m}") for m in ("numbers", "dates", "articles"))
    found = [("numbers." + name, p) for name, p in numbers.PATTERNS]
    found += [("dates." + name, p) for name, p in dates.PATTERNS]
    found += [("articles." + name, p) for name, p in articles.FURNITURE]
    seen = {id(p) for _, p in found}
    names = ("align", "articles", "cli", "compare", "corpus", "dates", "extract", "numbers", "sources")
    for module in (importlib.import_module(f"factkit.{m}") for m in names):
        for name, p in _module_patterns(module):
            if id(p) not in seen:
                seen.add(id(p))
                found.append((f"{module.__name__.split('.')[-1]}.{name}", p))
    return found


def _finditer(pattern, text):
    """`finditer` with a timeout for the `regex` module; stdlib `re` patterns get a thread-free size bound
    instead (they have no timeout): they only ever scan for word starts, so they run on the same strings."""
    if isinstance(pattern, regex.Pattern):
        return pattern.finditer(text, timeout=5)
    return pattern.finditer(text)


PATTERNS = _patterns()


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_input(name, pattern):
    for label, s in ADVERSARIAL.items():
        try:
            for _ in _finditer(pattern, s):
                pass
        except TimeoutError:
            pytest.fail(f"{name} backtracks catastrophically on {label!r}")


def test_there_are_patterns_to_check():
    assert len(PATTERNS) > 20
