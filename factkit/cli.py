"""The `factkit` command line: verbs over the same functions the notebooks call."""

from __future__ import annotations

import sys
from pathlib import Path

import click
import pandas as pd

from .articles import load_articles
from .corpus import concat_facts, extract_corpus, iter_facts

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
    """One `problem: FILE: what is wrong` line per error row (the doc id where no file is known)."""
    for row in errors.to_dict("records"):
        where = row.get("path") if isinstance(row.get("path"), str) else row.get("doc")
        click.echo(f"problem: {where}: {row['problem']}", err=True)


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


_WORKERS = click.option(
    "-j", "--workers", type=click.IntRange(min=1), default=None,
    help="Worker processes (default: every core; 1 runs in this process).",
)  # fmt: skip
_MANIFEST = click.option(
    "--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="CSV of doc, outlet, published, url, title (default: articles.csv beside the files).",
)  # fmt: skip
_PROGRESS = click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when it is a terminal)."
)


@main.command()
@click.argument("paths", nargs=-1, required=True, callback=_check_paths)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("reports/facts.csv"),
    show_default=True, help="Output file: .csv, .parquet, .jsonl (written chunk by chunk) or .json.",
)  # fmt: skip
@_MANIFEST
@_WORKERS
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: tasks on a Dask cluster.")  # fmt: skip
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786); without it --engine dask starts a local cluster.")  # fmt: skip
@_PROGRESS
def extract(
    paths: tuple[str, ...],
    output: Path,
    manifest: Path | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    progress: bool | None,
) -> None:
    """Extract every number, date, cost and duration from articles into a facts table.

    PATHS are folders, files (.txt, .md, .html) or glob patterns. The corpus is read and written
    chunk by chunk on every core, so it may be far larger than memory (.json, one array, is the
    exception: it is built in memory).

    Example:

        factkit extract data/articles -o reports/facts.csv
    """
    if output.suffix.lower() not in WRITERS:
        raise click.BadParameter(
            f"{output}: unknown output format {output.suffix!r}; use one of {', '.join(WRITERS)}",
            param_hint="'-o'",
        )
    if scheduler is not None and engine != "dask":
        raise click.BadParameter(
            "--scheduler is a Dask cluster's address: add --engine dask", param_hint="'--scheduler'"
        )
    if output.suffix.lower() == ".json" and engine != "local":
        raise click.BadParameter(
            f"{output}: .json is one array built in memory on this machine; use .parquet, .csv or .jsonl "
            "with --engine dask",
            param_hint="'-o'",
        )
    if output.suffix.lower() == ".json":
        articles = load_articles(*paths, manifest=manifest)
        facts = concat_facts(iter_facts(articles, workers=workers, progress=progress))
        errors = pd.concat([articles.errors, facts.attrs["errors"]], ignore_index=True)
        n_articles = len(articles) - facts.attrs["errors"]["doc"].nunique()
        write_table(facts, output)
        kinds = facts["kind"].value_counts().to_dict()
    else:
        result = extract_corpus(
            list(paths), output, engine=engine, workers=workers, scheduler=scheduler, progress=progress,
            manifest=manifest,
        )  # fmt: skip
        errors, n_articles = result.errors, result.n_articles
        kinds = _kinds(output)
    _report_problems(errors)
    if n_articles == 0:
        click.echo("error: no article could be read", err=True)
        sys.exit(1)
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    click.echo(f"{n_articles} articles, {sum(kinds.values())} facts ({summary}) -> {output}")


def _kinds(path: Path) -> dict[str, int]:
    """Facts per kind in a written facts file, read one column at a time (the file may be large)."""
    if path.suffix.lower() == ".parquet":
        column = pd.read_parquet(path, columns=["kind"])["kind"]
    elif path.suffix.lower() == ".csv":
        column = pd.concat(chunk["kind"] for chunk in pd.read_csv(path, usecols=["kind"], chunksize=1 << 20))
    else:
        column = (
            pd.concat(c["kind"] for c in pd.read_json(path, lines=True, chunksize=1 << 16))
            if path.stat().st_size
            else pd.Series([], dtype=str)
        )
    return column.value_counts().to_dict()


@main.command()
@click.argument("paths", nargs=-1, required=True, callback=_check_paths)
@click.option(
    "-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"),
    show_default=True, help="Folder for facts.csv, comparison.csv and comparison.html.",
)  # fmt: skip
@click.option(
    "--figures", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="Figures file (TOML) that names, pins, splits or merges figures; see the README.",
)  # fmt: skip
@_MANIFEST
@_WORKERS
@_PROGRESS
def compare(
    paths: tuple[str, ...],
    out_dir: Path,
    figures: Path | None,
    manifest: Path | None,
    workers: int | None,
    progress: bool | None,
) -> None:
    """Line up the same figures across outlets and write where they agree, differ or stand alone.

    Writes facts.csv (every mention, with its figure), comparison.csv (one row per figure x outlet
    with the verdict) and comparison.html (charts and tables, one file that works offline).

    Example:

        factkit compare data/articles -o reports/
    """
    from .align import align, load_figures
    from .compare import compare as compare_figures
    from .compare import write_report
    from .sources import normalize_sources

    try:
        rules = load_figures(figures) if figures is not None else None
    except (ValueError, OSError) as exc:
        raise click.BadParameter(f"{figures}: {exc}", param_hint="'--figures'") from exc
    articles = load_articles(*paths, manifest=manifest)
    _report_problems(articles.errors)
    if len(articles) == 0:
        click.echo("error: no article could be read", err=True)
        sys.exit(1)
    facts = concat_facts(iter_facts(articles, workers=workers, progress=progress))
    _report_problems(facts.attrs["errors"])
    facts = align(normalize_sources(facts, articles), rules)
    comparison = compare_figures(facts)
    paths_out = write_report(facts, comparison, out_dir)
    verdicts = comparison.drop_duplicates("figure")["verdict"].value_counts()
    told = ", ".join(f"{n} {v}" for v, n in verdicts.items())
    click.echo(
        f"{len(articles)} articles, {len(facts)} facts, {comparison['figure'].nunique()} figures ({told})"
        f" -> {paths_out['comparison.html']}"
    )
