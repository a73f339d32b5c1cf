"""Corpus extraction: chunks from a process pool or a Dask cluster give exactly `extract_articles`' facts."""

from __future__ import annotations

import dataclasses
import importlib
import multiprocessing
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from factkit import extract_articles, load_articles
from factkit.corpus import ERROR_COLUMNS, concat_facts, extract_corpus, iter_facts

ARTICLES = Path(__file__).parent.parent / "data" / "articles"
KEY = ["doc", "start", "end", "kind", "low", "high"]
#: The module, not the `factkit.extract` function that `factkit/__init__.py` re-exports over its name.
EXTRACT = importlib.import_module("factkit.extract")


def rows(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts' identifying columns, sorted: what must come out whatever the engine or chunking."""
    return facts[KEY].sort_values(KEY).reset_index(drop=True)


@pytest.fixture(scope="module")
def articles():
    return load_articles(ARTICLES)


@pytest.fixture(scope="module")
def expected(articles) -> pd.DataFrame:
    return extract_articles(articles)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the default corpus (with its manifest) that tests may add broken files to."""
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    return folder


def many(articles, copies: int) -> list:
    """`copies` x the default articles, each copy with its own doc ids."""
    return [dataclasses.replace(a, doc=f"{i:03d}_{a.doc}") for i in range(copies) for a in articles]


class Unreadable:
    """An article-like object whose text cannot be read (a lazy loader that fails, say)."""

    doc, path, outlet, published, title, url = "unreadable", None, None, None, None, None

    @property
    def text(self) -> str:
        raise RuntimeError("disk gone")


# --- the local engine ----------------------------------------------------------------------------------


def test_chunks_from_a_generator_equal_extract_articles(articles, expected):
    chunks = list(iter_facts((a for a in articles), workers=1, chunk_size=2, progress=False))
    assert len(chunks) == 3
    assert all(list(c.columns) == list(expected.columns) for c in chunks)
    facts = concat_facts(chunks)
    pd.testing.assert_frame_equal(rows(facts), rows(expected))
    assert facts.dtypes.equals(expected.dtypes)
    assert list(facts.attrs["errors"].columns) == list(ERROR_COLUMNS) and facts.attrs["errors"].empty


def test_two_workers_give_the_same_table_as_one(articles):
    one = concat_facts(iter_facts(articles, workers=1, chunk_size=1, progress=False))
    two = concat_facts(iter_facts(articles, workers=2, chunk_size=1, progress=False))
    pd.testing.assert_frame_equal(two, one)  # same rows in the same order: chunks come back in input order


@pytest.mark.parametrize("workers", [1, 2])
def test_articles_are_read_no_further_ahead_than_the_chunks_in_flight(articles, workers):
    consumed = 0

    def source():
        nonlocal consumed
        for art in many(articles, 20):
            consumed += 1
            yield art

    size = 5
    limit = size if workers == 1 else 2 * workers * size  # in-process: one chunk; pool: two per worker
    for k, _ in enumerate(iter_facts(source(), workers=workers, chunk_size=size, progress=False)):
        assert consumed <= limit + k * size, f"chunk {k} yielded after reading {consumed} articles"
        if k == 3:
            break  # the generator closes its pool; nothing is read after that
    assert consumed < 100


def test_an_unreadable_article_is_an_error_row_and_the_rest_comes_out(articles, expected):
    mixed = [articles[0], Unreadable(), *articles[1:]]
    facts = concat_facts(iter_facts(iter(mixed), workers=2, chunk_size=2, progress=False))
    pd.testing.assert_frame_equal(rows(facts), rows(expected))
    errors = facts.attrs["errors"]
    assert errors["doc"].tolist() == ["unreadable"]
    assert "RuntimeError: disk gone" in errors["problem"].iloc[0]


def test_an_article_that_breaks_extraction_is_an_error_row(articles, expected, monkeypatch):
    bad = articles[2].doc
    real = EXTRACT.find_mentions

    def find_mentions(text, published=None, doc=None):
        if doc == bad:
            raise ValueError("boom")
        return real(text, published, doc)

    monkeypatch.setattr(EXTRACT, "find_mentions", find_mentions)
    facts = concat_facts(iter_facts(articles, workers=1, chunk_size=2, progress=False))
    assert facts.attrs["errors"].values.tolist() == [
        [bad, str(articles[2].path), "extraction failed: ValueError: boom"]
    ]
    pd.testing.assert_frame_equal(rows(facts), rows(expected[expected["doc"] != bad]))


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patch reaches workers by fork")
def test_an_article_that_kills_its_worker_is_an_error_row(articles, expected, monkeypatch):
    bad = articles[1].doc
    real = EXTRACT.find_mentions

    def find_mentions(text, published=None, doc=None):
        if doc == bad:
            os._exit(1)  # what a segfault or the out-of-memory killer looks like from the pool
        return real(text, published, doc)

    monkeypatch.setattr(EXTRACT, "find_mentions", find_mentions)
    facts = concat_facts(iter_facts(articles, workers=2, chunk_size=2, progress=False))
    assert facts.attrs["errors"]["doc"].tolist() == [bad]
    assert "worker process died" in facts.attrs["errors"]["problem"].iloc[0]
    pd.testing.assert_frame_equal(rows(facts), rows(expected[expected["doc"] != bad]))


def test_progress_bar_goes_to_stderr(articles, capsys):
    list(iter_facts(articles, workers=1, progress=True))
    assert "5/5" in capsys.readouterr().err


# --- extract_corpus: files in, one file out ------------------------------------------------------------


def read(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    if path.suffix == ".csv":
        return pd.read_csv(path)
    return pd.read_json(path, lines=True)


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_the_output_file_round_trips(corpus, expected, tmp_path, suffix):
    out = tmp_path / "out" / f"facts{suffix}"
    result = extract_corpus(corpus, out, workers=2, chunk_size=2, progress=False)
    assert (result.n_articles, result.n_facts, result.out) == (5, len(expected), out)
    assert result.errors.empty and list(result.errors.columns) == list(ERROR_COLUMNS)
    back = read(out)
    assert list(back.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(rows(back), rows(expected), check_dtype=False)
    assert set(back["outlet"]) == set(expected["outlet"])
    assert os.listdir(out.parent) == [out.name]  # the partial file was renamed, nothing else left


def test_the_parquet_file_keeps_the_facts_table_types(corpus, expected, tmp_path):
    back = pd.read_parquet(extract_corpus(corpus, tmp_path / "f.parquet", workers=1, chunk_size=1).out)
    # Object columns come back as strings; Parquet has no seconds unit, so `published` comes back in ms.
    same = {col: back[col].dtype for col in expected.columns if expected[col].dtype == object} | {
        "published": back["published"].dtype
    }
    assert back.dtypes.to_dict() == expected.dtypes.to_dict() | same
    assert back["published"].dtype.kind == "M"
    plain = expected.copy()
    plain.attrs = {}  # extract_articles keeps a DataFrame in attrs, which breaks pandas' astype
    pd.testing.assert_frame_equal(back, plain.astype(same))


def test_unreadable_files_are_error_rows_and_the_rest_is_written(corpus, expected, tmp_path):
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01PNG" * 50)
    result = extract_corpus(corpus, tmp_path / "f.csv", workers=2, chunk_size=2, progress=False)
    assert sorted(result.errors["doc"]) == ["binary", "empty"]
    assert sorted(result.errors["problem"]) == ["binary file (contains 50 NUL bytes), not an article", "empty file"]
    pd.testing.assert_frame_equal(rows(pd.read_csv(result.out)), rows(expected), check_dtype=False)


def test_an_empty_corpus_still_writes_every_column(tmp_path):
    (tmp_path / "none").mkdir()
    result = extract_corpus(tmp_path / "none", tmp_path / "f.parquet", progress=False)
    assert result.n_facts == 0 and "folder has no" in result.errors["problem"].iloc[0]
    assert list(pd.read_parquet(result.out).columns) == list(extract_articles([]).columns)


def test_a_failed_run_leaves_no_file(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("factkit.corpus._Sink.write", lambda self, facts: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        extract_corpus(corpus, tmp_path / "out" / "f.parquet", workers=1, progress=False)
    assert os.listdir(tmp_path / "out") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"engine": "spark"}, "engine='spark'"),
        ({"scheduler": "tcp://127.0.0.1:8786"}, "needs engine='dask'"),
        ({"workers": 0}, "workers=0"),
        ({"chunk_size": 0}, "chunk_size=0"),
    ],
)
def test_bad_arguments_are_refused(tmp_path, kwargs, message):
    with pytest.raises(ValueError, match=message):
        extract_corpus(ARTICLES, tmp_path / "f.parquet", **kwargs)


def test_an_unknown_output_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown output format '.xlsx'"):
        extract_corpus(ARTICLES, tmp_path / "f.xlsx", workers=1)


# --- the Dask engine -----------------------------------------------------------------------------------


def test_a_dask_cluster_gives_the_same_facts_as_the_local_engine(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    (corpus / "empty.txt").write_text("")
    local = extract_corpus(corpus, tmp_path / "local.parquet", workers=1, progress=False)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        result = extract_corpus(
            corpus, tmp_path / "dask.parquet", engine="dask", scheduler=cluster.scheduler_address, chunk_size=2
        )
    finally:
        cluster.close()
    pd.testing.assert_frame_equal(pd.read_parquet(result.out), pd.read_parquet(local.out))
    assert (result.n_articles, result.n_facts, result.n_chars) == (local.n_articles, local.n_facts, local.n_chars)
    pd.testing.assert_frame_equal(result.errors, local.errors)
