"""factkit: track the numbers, dates, costs and durations that news outlets report on one story.

The flow is one direction, each stage a plain function over plain data::

    load_articles() -> extract_articles() -> align() -> compare() -> charts / explorer / save_html

`extract_corpus` and `iter_facts` run the extraction stage over corpora larger than memory, on every core
or on a Dask cluster.
"""

from .align import align, load_figures
from .articles import Article, ArticleSet, load_articles
from .charts import (
    coverage_chart,
    figure_chart,
    report_html,
    save_html,
    save_png,
    save_report,
    save_svg,
    timeline_chart,
)
from .compare import compare, summarize, write_report
from .corpus import extract_corpus, iter_facts
from .explorer import explorer
from .extract import extract, extract_articles
from .mention import COLUMNS, Mention
from .sources import normalize_sources, people, reused_sentences

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
