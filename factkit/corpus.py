"""Extract a corpus far larger than memory, chunk by chunk, on every core or on a Dask cluster.

`iter_facts(articles)` takes articles lazily (a generator is fine), sends them in chunks to a pool of
worker processes and yields one facts table per chunk, in input order. At most two chunks per worker
are in flight, so memory stays flat however long the input. `extract_corpus(paths, out)` does the same
from files: each worker reads its own files, the parent never holds article text, and every chunk is
appended to one Parquet, CSV or JSON-lines file. `engine="dask"` runs the same chunks as tasks on a
`dask.distributed` cluster (a LocalCluster, or `scheduler=ADDRESS`).

A chunk is `extract_articles` over its articles, so the columns are exactly the facts table's. An
article that cannot be read or analysed becomes an error row (doc, path, problem); a worker process
that dies is replaced and its chunk retried alone, so one bad article never aborts a corpus.
"""

from __future__ import annotations

import math
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice, pairwise
from pathlib import Path
from typing import Any, Literal, NamedTuple

import pandas as pd

from . import articles as _articles
from .articles import Article
from .extract import ARTICLE_COLUMNS, extract_articles, singular
from .mention import ErrorTable

#: Columns of the error tables: the article id, its file (when known) and what went wrong.
ERROR_COLUMNS: tuple[str, ...] = ("doc", "path", "problem")
#: Output formats of `extract_corpus` by extension; each is appended to chunk by chunk.
FORMATS: tuple[str, ...] = (".parquet", ".csv", ".jsonl")
#: Chunks in flight per worker: two keep a worker busy while the parent writes; more only cost memory.
IN_FLIGHT_PER_WORKER = 2
#: Articles per chunk when the corpus size is unknown (a generator); ~1 s of work on one core.
DEFAULT_CHUNK_SIZE = 200
#: Facts buffered before a Parquet row group is written: bigger groups read faster, but cost memory.
ROW_GROUP_ROWS = 16_384

#: A plain-text or Markdown file larger than this is read and analysed in parts of PART_BYTES, cut at line
#: breaks, each part a task of its own: one huge article then costs memory bounded by the part size, not
#: by the file. Offsets still point into the whole article's text (the parts' cleaned texts, joined).
HUGE_BYTES = 32 << 20
PART_BYTES = 4 << 20
#: How far past a part boundary a line break is looked for; without one the cut falls between characters.
_CUT_WINDOW = 64 << 10

PathArg = str | os.PathLike[str]
Error = tuple[str | None, str | None, str]


@dataclass(frozen=True)
class _FileRef:
    """A file for a worker to read, with only its own manifest row ({}: not in it; None: no manifest)."""

    path: Path
    manifest: dict[str, dict[str, str]] | None


@dataclass(frozen=True)
class _PartRef:
    """Bytes [lo, hi) of a huge file, part `index` of `count`, in the encoding found on its first MiB."""

    path: Path
    manifest: dict[str, dict[str, str]] | None
    lo: int
    hi: int
    index: int
    count: int
    encoding: str
    title: str | None  # the file's first line, for every part


class _Chunk(NamedTuple):
    facts: pd.DataFrame
    errors: list[Error]
    n_items: int
    n_articles: int
    n_chars: int
    #: For a part of a huge file: (doc, part index, characters of its text), so the parent can shift
    #: offsets by the characters of the parts before it.
    part: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class CorpusResult:
    """What `extract_corpus` wrote: articles whose facts are in `out`, facts, characters analysed, and
    one error row (doc, path, problem) per input that could not be read or analysed."""

    n_articles: int
    n_facts: int
    n_chars: int
    errors: pd.DataFrame
    out: Path


# --- one chunk, in a worker ----------------------------------------------------------------------------


def _run_chunk(items: list[Any]) -> _Chunk:
    """Read (for files) and extract one chunk; errors are rows, never exceptions."""
    arts: list[Article] = []
    errors: list[Error] = []
    for item in items:
        if isinstance(item, tuple):  # already an error, found by the parent
            errors.append(item)
            continue
        if isinstance(item, _PartRef):
            return _run_part(item)
        if isinstance(item, _FileRef):
            try:
                # articles.py has no public one-file reader yet; this is load_articles' own.
                item = _articles._read_article(item.path, item.manifest)
            except Exception as exc:  # _Unreadable, or a reader bug on one odd file
                known = isinstance(exc, _articles._Unreadable)
                errors.append((item.path.stem, str(item.path), str(exc) if known else _describe("reading", exc)))
                continue
        arts.append(item)
    facts = extract_articles(arts)
    failed = facts.attrs.pop("errors", pd.DataFrame(columns=["doc", "problem"]))
    paths = {a.doc: _text(a.path) for a in arts}
    errors += [(row.doc, paths.get(row.doc), row.problem) for row in failed.itertuples(index=False)]
    facts.attrs = {}
    n_chars = sum(len(a.text) for a in arts if isinstance(a.text, str))
    return _Chunk(facts, errors, len(items), len(arts) - len(failed), n_chars)


def _run_part(ref: _PartRef) -> _Chunk:
    """Read and extract one part of a huge file (always a chunk of its own)."""
    doc, where = ref.path.stem, f"part {ref.index + 1} of {ref.count} (bytes {ref.lo:,}-{ref.hi:,})"
    try:
        with open(ref.path, "rb") as file:
            file.seek(ref.lo)
            data = file.read(ref.hi - ref.lo)
        text = _articles._text_only(data.replace(b"\x00", b"").decode(ref.encoding, errors="replace"))
        del data
        text = _articles.remove_furniture(_articles._unix_breaks(text))
        meta = _articles._metadata(doc, ref.manifest, {"title": ref.title}, [])
        facts = extract_articles([Article(doc=doc, text=text, path=ref.path, **meta)])
    except Exception as exc:  # the part is lost, and said so; the other parts and files go on
        problem = str(exc) if isinstance(exc, _articles._Unreadable) else _describe("reading", exc)
        return _Chunk(extract_articles([]), [(doc, str(ref.path), f"{where}: {problem}")], 1, 0, 0, (doc, ref.index, 0))
    failed = facts.attrs.pop("errors", None)
    facts.attrs = {}
    errors = [(doc, str(ref.path), f"{where}: {r.problem}") for r in failed.itertuples()] if failed is not None else []
    return _Chunk(facts, errors, 1, int(ref.index == 0), len(text), (doc, ref.index, len(text)))


def _split_huge(ref: _FileRef) -> list[_PartRef] | None:
    """The parts of a huge plain-text file, cut at line breaks; None for any other file (read whole)."""
    path = ref.path
    if path.suffix.lower() not in (".txt", ".md"):
        return None
    try:
        size = path.stat().st_size
        if size <= HUGE_BYTES or not path.is_file():
            return None
        with open(path, "rb") as file:
            sample = file.read(_articles.SAMPLE_BYTES)
            sample = sample[: sample.rfind(b"\n") + 1 or len(sample)]
            head, encoding, _ = _articles._decode(sample)
            title = _articles._first_line(_articles.remove_furniture(_articles._unix_breaks(head)))
            if encoding.startswith("utf-16"):
                return None  # a line break is two bytes there; such a file is read whole
            cuts = [0]
            while cuts[-1] + PART_BYTES < size:
                file.seek(cuts[-1] + PART_BYTES)
                window = file.read(_CUT_WINDOW)
                k = window.find(b"\n")
                if k < 0:  # no line break: cut before a byte that starts a character (UTF-8 lead or ASCII)
                    k = next((i for i, b in enumerate(window) if b & 0xC0 != 0x80), 0) - 1
                cuts.append(cuts[-1] + PART_BYTES + k + 1)
    except (OSError, _articles._Unreadable):
        return None  # the whole-file reader reports it
    if cuts[-1] < size:
        cuts.append(size)
    parts = list(pairwise(cuts))
    return [_PartRef(path, ref.manifest, a, b, i, len(parts), encoding, title) for i, (a, b) in enumerate(parts)]


# --- the parent: chunks in, results out, in order ------------------------------------------------------


def _window(chunks: Iterable[Any], submit: Callable[[Any], Any], limit: int) -> Iterator[tuple[Any, Any]]:
    """(chunk, future) pairs in input order, with at most `limit` chunks submitted and not yet yielded."""
    pending: deque[tuple[Any, Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= limit:
            yield pending.popleft()
    yield from pending


class _Pool:
    """A process pool that replaces itself when a worker dies (killed, out of memory, a crash in C)."""

    def __init__(self, workers: int) -> None:
        singular("troops")  # load inflect (seconds) once here, so forked workers inherit it
        self.workers, self.pool = workers, ProcessPoolExecutor(workers)

    def submit(self, chunk: list[Any]) -> Future[_Chunk]:
        try:
            return self.pool.submit(_run_chunk, chunk)
        except BrokenProcessPool:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = ProcessPoolExecutor(self.workers)
            return self.pool.submit(_run_chunk, chunk)


def _stream(chunks: Iterator[list[Any]], workers: int) -> Iterator[_Chunk]:
    """`_run_chunk` over `chunks` in order on `workers` processes (1: in this one)."""
    head = list(islice(chunks, 2)) if workers > 1 else []
    chunks = chain(head, chunks)
    if workers == 1 or len(head) < 2:  # one chunk: a pool would only add its start-up time
        yield from map(_run_chunk, chunks)
        return
    pool = _Pool(workers)
    try:
        for chunk, future in _window(chunks, pool.submit, IN_FLIGHT_PER_WORKER * workers):
            try:
                yield future.result()
            except BrokenProcessPool:  # a worker died, and every chunk pending with it: each is retried alone
                yield _alone(chunk)
            except Exception as exc:  # e.g. an article that cannot be pickled
                yield _failed(chunk, _describe("extraction", exc))
    finally:
        pool.pool.shutdown(wait=True, cancel_futures=True)


def _alone(chunk: list[Any]) -> _Chunk:
    """`chunk` in a pool of its own; if it kills that worker too, each article alone, to find which."""
    try:
        with ProcessPoolExecutor(1) as solo:
            return solo.submit(_run_chunk, chunk).result()
    except BrokenProcessPool:
        if len(chunk) == 1:
            return _failed(chunk, "extraction failed: the worker process died on this article")
        parts = [_alone([item]) for item in chunk]
        facts = pd.concat([p.facts for p in parts], ignore_index=True)
        errors = [e for p in parts for e in p.errors]
        return _Chunk(facts, errors, len(chunk), sum(p.n_articles for p in parts), sum(p.n_chars for p in parts))


def _failed(chunk: list[Any], problem: str) -> _Chunk:
    errors = [item if isinstance(item, tuple) else (*_label(item), problem) for item in chunk]
    return _Chunk(extract_articles([]), errors, len(chunk), 0, 0)


def _dask_stream(items: list[Any], size: int, workers: int, scheduler: str | None) -> Iterator[_Chunk]:
    """The chunks of `items` as tasks on a Dask cluster, in order, a bounded number at once."""
    from dask.distributed import Client, LocalCluster

    if not items:
        return
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        # One task per chunk, not one dask.bag over every path: each partition of a bag computed on its
        # own ships the whole bag's graph, every path, so streaming it costs O(n^2) (700 MB at 100 MB).
        window = IN_FLIGHT_PER_WORKER * max(1, sum(client.nthreads().values()))
        submit = partial(client.submit, _run_chunk, pure=False)
        for chunk, future in _window(_batched(items, size), submit, window):
            try:
                yield future.result()
            except Exception as exc:  # KilledWorker after Dask's own retries, a lost connection
                yield _failed(chunk, _describe("extraction", exc))
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _progressed(results: Iterator[_Chunk], total: int | None, progress: bool | None) -> Iterator[_Chunk]:
    """`results`, with a tqdm bar (a widget in JupyterLab, text in a terminal) when `progress` says so."""
    if not (_interactive() if progress is None else progress):
        yield from results
        return
    from tqdm.auto import tqdm

    facts = errors = 0
    with tqdm(total=total, unit="article", desc="factkit extract", file=sys.stderr) as bar:
        for result in results:
            facts, errors = facts + len(result.facts), errors + len(result.errors)
            bar.set_postfix(facts=facts, errors=errors, refresh=False)
            bar.update(result.n_items)
            yield result


# --- public --------------------------------------------------------------------------------------------


def iter_facts(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
) -> Iterator[pd.DataFrame]:
    """Facts tables of `articles`, one per chunk, in input order, from `workers` processes.

    `articles` is consumed lazily: no more than two chunks per worker are read ahead. `workers`
    defaults to every core; 1 runs in this process. `chunk_size` defaults to about four chunks per
    worker (at most 200 articles) when `articles` has a length, else 200. `progress` shows a bar; None
    shows it when stderr is a terminal or in a notebook. Each table has the columns of
    `extract_articles`, and its error rows in `attrs["errors"]` as a tuple of (doc, path, problem)
    tuples (a DataFrame in `attrs` breaks pandas' `merge`, `astype` and `concat`). `concat_facts`
    joins the chunks into one table.
    """
    workers = _workers(workers)
    total = len(articles) if isinstance(articles, Sized) else None
    size = _chunk_size(chunk_size, total, workers)
    for result in _progressed(_stream(_batched(map(_slim, articles), size), workers), total, progress):
        result.facts.attrs["errors"] = tuple(result.errors)
        yield result.facts


def concat_facts(chunks: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """One facts table from `iter_facts` chunks, as `extract_articles` gives it: the chunks' error
    rows are a DataFrame (doc, path, problem) in `attrs["errors"]`."""
    frames, errors = [], []
    for chunk in chunks:
        errors += chunk.attrs.get("errors", ())
        frames.append(chunk.copy(deep=False))
        frames[-1].attrs = {}
    full = [f for f in frames if len(f)] or frames[:1] or [extract_articles([])]
    facts = pd.concat(full, ignore_index=True)
    for col in facts.columns:
        # A column all None in one chunk comes out `object` there and `str` elsewhere: keep the `str`.
        typed = [f[col].dtype for f in full if not pd.api.types.is_object_dtype(f[col])]
        if pd.api.types.is_object_dtype(facts[col]) and typed:
            facts[col] = facts[col].astype(typed[0])
    facts.attrs["errors"] = _error_frame(errors)
    return facts


def extract_corpus(
    paths: PathArg | Iterable[PathArg],
    out: PathArg,
    *,
    engine: Literal["local", "dask"] = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
    manifest: PathArg | None = None,
) -> CorpusResult:
    """Extract every article under `paths` (folders, files, globs, as `load_articles`) into `out`.

    `out` is written chunk by chunk (.parquet, .csv or .jsonl) under a temporary name and renamed
    when complete, so a corpus far larger than memory works and a crash leaves no half file. With
    `engine="dask"` the chunks run on a Dask cluster: `scheduler` is its address (the files must be
    readable there), else a LocalCluster of `workers` processes is started and closed.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine={engine!r}: use 'local' or 'dask'")
    if scheduler is not None and engine != "dask":
        raise ValueError("scheduler= is the address of a Dask cluster: it needs engine='dask'")
    items, errors = _plan(paths, manifest)
    workers = _workers(workers)
    size = _chunk_size(chunk_size, len(items), workers)
    if engine == "dask":
        results = _dask_stream(items, size, workers, scheduler)
    else:
        results = _stream(_batched(items, size), min(workers, max(1, math.ceil(len(items) / size))))
    sink = _Sink(Path(out))
    n_articles = n_facts = n_chars = 0
    offsets: dict[str, int] = {}  # characters of a huge file's parts written so far
    try:
        for result in _progressed(results, len(items), progress):
            if result.part is not None:
                doc, index, chars = result.part
                base = offsets.get(doc, 0) if index else 0
                if base:
                    result.facts[["start", "end"]] += base
                offsets[doc] = base + chars
            sink.write(result.facts)
            errors += result.errors
            n_articles, n_facts = n_articles + result.n_articles, n_facts + len(result.facts)
            n_chars += result.n_chars
    except BaseException:
        sink.close(keep=False)
        raise
    sink.close(keep=True)
    return CorpusResult(n_articles, n_facts, n_chars, _error_frame(errors), Path(out))


# --- helpers -------------------------------------------------------------------------------------------


def _plan(paths: PathArg | Iterable[PathArg], manifest: PathArg | None) -> tuple[list[Any], list[Error]]:
    """The files to read, each with its manifest row, and the inputs that are errors already; this
    mirrors `load_articles` without reading a single article."""
    found: list[tuple[str, str]] = []
    files = _articles._expand([paths] if isinstance(paths, str | os.PathLike) else list(paths), found)
    shared = None if manifest is None else (Path(manifest), _articles._read_manifest(Path(manifest), found))
    manifests: dict[Path, tuple[Path, dict[str, dict[str, str]] | None]] = {}
    items: list[Any] = []
    seen: dict[str, Path] = {}
    for path in files:
        if path.stem in seen:
            found.append((str(path), f"duplicate doc id {path.stem!r}: already read from {seen[path.stem]}"))
            continue
        seen[path.stem] = path
        if shared is None and path.parent not in manifests:
            where = path.parent / _articles.MANIFEST_NAME
            manifests[path.parent] = (where, _articles._read_manifest(where, found) if os.path.lexists(where) else None)
        rows = (shared or manifests[path.parent])[1]
        ref = _FileRef(path, None if rows is None else {k: rows[k] for k in [path.stem] if k in rows})
        items.extend(_split_huge(ref) or [ref])
    for where, rows in [shared] if shared else manifests.values():
        for doc in rows or {}:
            if doc not in seen and not any((where.parent / f"{doc}{s}").exists() for s in _articles.SUFFIXES):
                found.append((str(where), f"manifest row for doc {doc!r} has no article file"))
    return items, [(None, path, problem) for path, problem in found]


class _Sink:
    """Appends facts chunks to one file, written as `.NAME.PID.partial` and renamed when complete."""

    def __init__(self, out: Path) -> None:
        self.kind = out.suffix.lower()
        if self.kind not in FORMATS:
            raise ValueError(f"{out}: unknown output format {out.suffix!r}; use one of {', '.join(FORMATS)}")
        out.parent.mkdir(parents=True, exist_ok=True)
        self.out, self.tmp = out, out.with_name(f".{out.name}.{os.getpid()}.partial")
        self.columns = list(extract_articles([]).columns)
        self.buffer: list[pd.DataFrame] = []
        self.first = True
        if self.kind == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            # One schema for every row group, from the table's dtypes, whatever a chunk holds (all None).
            dtypes = extract_articles([]).dtypes
            typed = [(c, pa.from_numpy_dtype(t) if t.kind in "ifbM" else pa.string()) for c, t in dtypes.items()]
            self.schema = pa.schema(typed)
            self.writer = pq.ParquetWriter(self.tmp, self.schema)
        else:
            self.file = open(self.tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed in close)

    def write(self, facts: pd.DataFrame) -> None:
        if self.kind == ".parquet":
            self.buffer.append(facts[self.columns])
            if sum(map(len, self.buffer)) >= ROW_GROUP_ROWS:
                self._flush()
        elif self.kind == ".csv":
            facts[self.columns].to_csv(self.file, index=False, header=self.first)
        elif len(facts):
            facts[self.columns].to_json(self.file, orient="records", lines=True, date_format="iso", force_ascii=False)
        self.first = False

    def _flush(self) -> None:
        import pyarrow as pa

        frame = pd.concat(self.buffer, ignore_index=True)
        self.writer.write_table(pa.Table.from_pandas(frame, schema=self.schema, preserve_index=False))
        self.buffer = []

    def close(self, *, keep: bool) -> None:
        if self.kind == ".parquet":
            if keep and self.buffer:
                self._flush()
            self.writer.close()
        else:
            self.file.close()
        if keep:
            os.replace(self.tmp, self.out)
        else:
            self.tmp.unlink(missing_ok=True)


def _slim(art: Any) -> Article | Error:
    """The article as sent to a worker, without `raw` (half the bytes to pickle); an error if unreadable."""
    try:
        meta = {col: getattr(art, col, None) for col in ARTICLE_COLUMNS}
        return Article(doc=art.doc, text=art.text, path=getattr(art, "path", None), **meta)
    except Exception as exc:  # an object whose .text raises: a row says so, the corpus goes on
        return (*_label(art), _describe("reading the article", exc))


def _label(item: Any) -> tuple[str | None, str | None]:
    if isinstance(item, _FileRef | _PartRef):
        return item.path.stem, str(item.path)
    try:
        return _text(getattr(item, "doc", None)), _text(getattr(item, "path", None))
    except Exception:
        return None, None


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` items; a part of a huge file is always a list of its own."""
    chunk: list[Any] = []
    for item in items:
        if isinstance(item, _PartRef):
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _workers(workers: int | None) -> int:
    if workers is None:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers={workers}: give 1 or more (None: every core)")
    return workers


def _chunk_size(chunk_size: int | None, total: int | None, workers: int) -> int:
    if chunk_size is not None:
        if chunk_size < 1:
            raise ValueError(f"chunk_size={chunk_size}: give 1 or more")
        return chunk_size
    if total is None:
        return DEFAULT_CHUNK_SIZE
    # About four chunks per worker: when the last chunks run, no worker idles long waiting for them.
    return max(1, min(DEFAULT_CHUNK_SIZE, math.ceil(total / (4 * workers))))


def _interactive() -> bool:
    """True when stderr is a terminal or this runs in a Jupyter kernel."""
    if sys.stderr is not None and sys.stderr.isatty():
        return True
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def _describe(what: str, exc: BaseException) -> str:
    return f"{what} failed: {type(exc).__name__}: {exc}"


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _error_frame(rows: list[Error]) -> pd.DataFrame:
    return ErrorTable(rows, columns=list(ERROR_COLUMNS), dtype=object)
