"""factkit: track the numbers, dates, costs and durations that news outlets report on one story.

The flow is one direction, each stage a plain function over plain data::

    load_articles() -> extract_articles() -> align() -> compare() -> charts / explorer / save_html

`extract_corpus` and `iter_facts` run the extraction stage over corpora larger than memory, on every core
or on a Dask cluster.
"""

import importlib
from typing import Any

from .align import align, load_figures
from .articles import Article, ArticleSet, load_articles
from .compare import compare, summarize, write_report
from .corpus import extract_corpus, iter_facts
from .extract import extract, extract_articles
from .mention import COLUMNS, Mention
from .sources import normalize_sources, people, reused_sentences

#: Names loaded on first use: Altair and ipywidgets take seconds to import, and the command line and
#: the extraction workers never need them.
_LAZY = {
    **dict.fromkeys(
        ("coverage_chart", "figure_chart", "report_html", "save_html", "save_png", "save_report", "save_svg",
         "timeline_chart"),
        "charts",
    ),
    "explorer": "explorer",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'factkit' has no attribute {name!r}")
    module = importlib.import_module(f".{_LAZY[name]}", __name__)
    # `factkit.explorer` is the module, which is callable as the `explorer` function
    value = module if name == "explorer" else getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "COLUMNS",
    "Article",
    "ArticleSet",
    "Mention",
    "align",
    "compare",
    "coverage_chart",
    "explorer",
    "extract",
    "extract_articles",
    "extract_corpus",
    "figure_chart",
    "iter_facts",
    "load_articles",
    "load_figures",
    "normalize_sources",
    "people",
    "report_html",
    "reused_sentences",
    "save_html",
    "save_png",
    "save_report",
    "save_svg",
    "summarize",
    "timeline_chart",
    "write_report",
]
__version__ = "0.1.0"
