"""The `factkit` command line: verbs over the same functions the notebooks call."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pandas as pd

from .articles import load_articles
from .extract import extract_articles

#: Output writers by file extension.
WRITERS = {
    ".csv": lambda df, p: df.to_csv(p, index=False),
    ".parquet": lambda df, p: df.to_parquet(p, index=False),
    ".json": lambda df, p: df.to_json(p, orient="records", date_format="iso", indent=1, force_ascii=False),
    ".jsonl": lambda df, p: df.to_json(p, orient="records", date_format="iso", lines=True, force_ascii=False),
}


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write `frame` to `path` in the format its extension names (.csv, .parquet, .json, .jsonl)."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise click.BadParameter(
            f"{path}: unknown output format {path.suffix!r}; use one of {', '.join(WRITERS)}",
            param_hint="'-o'",
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    plain = frame.copy(deep=False)
    plain.attrs = {}  # attrs hold side tables (errors) that file formats cannot carry
    writer(plain, path)


def _report_problems(errors: pd.DataFrame) -> None:
    for row in errors.itertuples(index=False):
        click.echo(f"problem: {row.path}: {row.problem}", err=True)


@click.group()
@click.version_option(package_name="factkit")
def main() -> None:
    """factkit: track numbers, dates, costs and durations across news articles on one story."""


def _check_paths(ctx: click.Context, param: click.Parameter, paths: tuple[str, ...]) -> tuple[str, ...]:
    """A plain path must exist; a glob pattern ("data/*.html") is left to `load_articles`."""
    for p in paths:
        if not any(ch in p for ch in "*?[") and not Path(p).exists():
            raise click.BadParameter(f"Path '{p}' does not exist.", ctx=ctx, param=param)
    return paths


@main.command()
@click.argument("paths", nargs=-1, required=True, callback=_check_paths)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("reports/facts.csv"),
    show_default=True, help="Output file: .csv, .parquet, .json or .jsonl.",
)  # fmt: skip
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CSV of doc, outlet, published, url, title (default: articles.csv beside the files).")  # fmt: skip
def extract(paths: tuple[str, ...], output: Path, manifest: Path | None) -> None:
    """Extract every number, date, cost and duration from articles into a facts table.

    PATHS are folders, files (.txt, .md, .html) or glob patterns.

    Example:

        factkit extract data/articles -o reports/facts.csv
    """
    articles = load_articles(*paths, manifest=manifest)
    _report_problems(articles.errors)
    if len(articles) == 0:
        click.echo("error: no article could be read", err=True)
        sys.exit(1)
    facts = extract_articles(articles)
    failed = facts.attrs.get("errors")
    if failed is not None and len(failed):
        _report_problems(failed.rename(columns={"doc": "path"}))
    write_table(facts, output)
    counts = facts["kind"].value_counts().to_dict()
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    click.echo(f"{len(articles)} articles, {len(facts)} facts ({summary}) -> {output}")
