"""factkit: track the numbers, dates, costs and durations that news outlets report on one story.

The flow is one direction, each stage a plain function over plain data::

    load_articles() -> extract_articles() -> align() -> compare() -> charts / explorer / save_html
"""

from .articles import Article, ArticleSet, load_articles
from .extract import extract, extract_articles
from .mention import COLUMNS, Mention

__all__ = [
    "COLUMNS",
    "Article",
    "ArticleSet",
    "Mention",
    "extract",
    "extract_articles",
    "load_articles",
]
__version__ = "0.1.0"
