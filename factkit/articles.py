"""Read saved news articles into clean text plus metadata, and never drop one silently.

`load_articles(folder)` reads every .txt, .md, .html and .htm file of a folder (not its sub-folders,
not hidden files), sorted by name. HTML main text and metadata come from trafilatura; plain text is
read as saved, then the page furniture that copy-paste and "save as" bring along (image tags, data
URIs, links, e-mail addresses, comment boxes, photo credits) is removed by the `FURNITURE` table, and
lines the page repeats (a teaser shown twice) and a one-word section label above the headline after it.
Cleaning only deletes: article sentences stay byte-identical, so offsets into `Article.text` are
offsets into what the journalist reads. Metadata comes from `articles.csv` (or `manifest=`) first.

A file that cannot be read becomes a row of `ArticleSet.errors`; a file read with caveats (no
publication date, a legacy encoding) becomes an `Article` with `problems`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import io
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import charset_normalizer
import pandas as pd
import regex

#: File types read from a folder or a glob; others are skipped there, and reported if named directly.
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
#: The manifest looked for beside the article files when `manifest=` is not given.
MANIFEST_NAME = "articles.csv"
MANIFEST_COLUMNS: tuple[str, ...] = ("doc", "outlet", "published", "url", "title")
ERROR_COLUMNS: tuple[str, ...] = ("path", "problem")
FRAME_COLUMNS: tuple[str, ...] = ("doc", "outlet", "published", "title", "url", "path", "chars", "problems")
#: A file larger than this has its legacy encoding detected on its first SAMPLE_BYTES only (then the whole
#: file is decoded with it): detection on all of a 100 MB file costs seconds and a copy of the file.
SAMPLE_BYTES = 1 << 20
#: NUL bytes are stripped from an otherwise readable text when at most this share of its bytes or 4 (a stray
#: byte), or when all at its end (padding); more, and the file is binary (or UTF-16 without a byte order mark).
NUL_SHARE = 0.01

# --- page furniture ------------------------------------------------------------------------------------
# Every quantifier is possessive or bounded, and each alternation starts on disjoint characters, so no
# pattern can backtrack catastrophically (tests run each one over 100k-char hostile strings).

_URL_CHAR = r"""[^\s<>"'()\[\]{}.,;:!?]"""
_URL_PUNCT = r"[.,;:!?]"
# Punctuation belongs to a URL only when more URL follows: "see https://x.org/a." keeps its full stop.
_URL_BODY = rf"(?:{_URL_CHAR}++|{_URL_PUNCT}++(?={_URL_CHAR}))*+"
_BRACKETED = r"(?:[^\[\]\n]++|\[[^\[\]\n]*+\])*+"  # text with at most one level of [nested] brackets
_LINE_START = r"^[ \t]*+"
_LINE_END = r"[ \t]*+$"
_TEASER = r"[ \t]*+:[^\n]{0,200}+$"  # the rest of a "Read more: ..." line
_COUNTER = r"\(\d{1,5}/\d{1,5}[ \t]*+(?:자|characters?|chars)?\)"  # a comment box's "(0/250자)"

_FURNITURE_SOURCE: tuple[tuple[str, str], ...] = (
    # ![Russian soldiers prepare to fire ... on Feb. 8. [AP/YONHAP]](https://site/photo.jpg)
    # The alt text repeats the caption printed below it, so the whole tag goes. First: it holds a link.
    ("image_markdown", rf"!\[{_BRACKETED}\]\([^()\s]*+\)"),
    # <image>data:image/svg+xml;base64,PHN2ZyB4bWxucz0i...</image>   (also with a namespace prefix: <x:image>)
    # <img src="photo.jpg" alt="Kim Jong-un in Wonsan">
    # Before data_uri, which would otherwise leave an empty tag behind.
    ("image_tag", r"<(?:[\w-]++:)?image>[^<\n]*+</(?:[\w-]++:)?image>|<img\b[^<>\n]*+>"),
    # according to [Rossiyskaya Gazeta](https://rg.ru/2025/02/10/...)  ->  according to Rossiyskaya Gazeta
    # Keeps the link text (group `keep`); before url, which would leave "[text]()".
    ("markdown_link", r"(?<!!)\[(?P<keep>[^\[\]\n]*+)\]\([^()\s]*+\)"),
    # data:image/svg+xml;base64,PHN2ZyB4bWxucz0...
    ("data_uri", r"\bdata:[a-z]++/[\w.+-]++(?:;[\w.+=-]++)*+,[^\s\"'<>()]*+"),
    # https://koreajoongangdaily.joins.com/data/photo/2025/02/21/de58ed76.jpg   www.meduza.io/en
    ("url", rf"\b(?:https?://|ftp://|www\.){_URL_BODY}"),
    # BY SEO JI-EUN [[email protected]]  ->  BY SEO JI-EUN   (Cloudflare's stand-in for a hidden address)
    ("email_placeholder", r"(?<![ \t])[ \t]*+\[?\[email\ protected\]\]?"),
    # seo.jieun@joongang.co.kr   (the lookbehind makes only the start of a run a candidate start)
    ("email", r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"),
    # Skip to main content
    ("skip_link", rf"(?i){_LINE_START}skip\ to\ (?:main\ )?(?:content|navigation){_LINE_END}"),
    # To write comments, please log in to one of the accounts.
    ("comment_login", rf"{_LINE_START}(?:To\ write\ comments|(?:Log|Sign)\ in\ to\ comment)\b[^\n]*+$"),
    # Standards Board Policy (0/250자)
    ("comment_counter", rf"{_LINE_START}(?:Standards\ Board\ Policy[ \t]*+)?{_COUNTER}{_LINE_END}"),
    # ... Join Meduza in its mission to challenge the Kremlin's censorship with the truth. Donate today
    # Bounded: a long line (a whole article saved on one line) that mentions donating is not furniture.
    ("donation", r"^[^\n]{0,500}?\bDonate\ (?:today|now)\b[^\n]{0,200}+$"),
    # Illustrative photo by Fermin Torrano/Anadolu via Getty Images
    # A credit line has no full stop; a sentence that ends in "Getty Images." is kept.
    ("photo_credit", rf"^[^\n.!?]{{0,200}}\b(?:Getty\ Images|Shutterstock|AP\ Photo){_LINE_END}"),
    # podpis źródła zdjęcia   (an empty "photo caption source" slot of TVP World's CMS)
    ("caption_placeholder", rf"{_LINE_START}podpis\ źródła\ zdjęcia{_LINE_END}"),
    # Read more: Five things you need to know about earthquakes   (a teaser for another story)
    ("read_more", rf"(?i){_LINE_START}(?:read\ more|related|see\ also|also\ read){_TEASER}"),
    # Comments (143)
    ("comment_count", rf"{_LINE_START}(?:\d{{1,6}}\ )?Comments?(?:[ \t]*+\(\d{{1,6}}\))?{_LINE_END}"),
    # More In Society MORE...
    ("more_in_section", rf"{_LINE_START}More\ In\ [^\n]{{1,60}}?\ MORE(?:\.{{3}}|…)?{_LINE_END}"),
    # © 2026 Meridian Press Agency. All rights reserved.   (a copyright line: its year is no date of the story)
    ("copyright", rf"(?i){_LINE_START}(?:©|\(c\)|copyright\b)[^\n]{{0,200}}+$"),
    # Water restriction enquiries: 800 204 117 · www.example.pt   (a service line: a phone number, a URL)
    (
        "enquiries",
        rf"(?i){_LINE_START}[^\n.!?]{{0,60}}?\b(?:enquiries|inquiries|helpline|hotline|tel|phone)\b[ \t]*+:"
        rf"[ \t]*+\+?[\d(][\d \t().-]{{5,20}}+[^\n]{{0,120}}+$",
    ),
    # -   (a list bullet whose byline or address was removed above; last, as it cleans up after them)
    ("bare_bullet", rf"{_LINE_START}[-*•]{_LINE_END}"),
)

#: Page furniture as (name, pattern), applied in this order to the whole text. A match is deleted, or
#: replaced by its `keep` group; line rules delete a line's content and leave the blank line.
FURNITURE: tuple[tuple[str, regex.Pattern[str]], ...] = tuple(
    (name, regex.compile(source, regex.VERBOSE | regex.MULTILINE)) for name, source in _FURNITURE_SOURCE
)


#: Furniture lines whose words are no part of the story even where the text is analysed as given
#: (`extract` on a raw file): a mention inside one is dropped. Images are not among them: their alt text
#: repeats a caption, and a photo's date there is a date of the story.
LINE_FURNITURE: tuple[str, ...] = ("skip_link", "comment_login", "comment_counter", "comment_count", "donation",
                                   "read_more", "more_in_section", "copyright", "enquiries")  # fmt: skip


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the LINE_FURNITURE lines of `text` ("Read more: ...", "Donate today"), in text order."""
    spans = [m.span() for name, pattern in FURNITURE if name in LINE_FURNITURE for m in pattern.finditer(text)]
    return sorted(spans)


def remove_furniture(text: str) -> str:
    """Delete the page furniture of `FURNITURE` from `text`, then repeated teaser lines and a leading
    section label (`_teasers_and_label`); everything else stays byte-identical.

    >>> remove_furniture("Skip to main content\\nMore than 10,000 troops, https://x.org/a says.")
    '\\nMore than 10,000 troops,  says.'
    """
    for _, pattern in FURNITURE:
        text = pattern.sub(r"\g<keep>" if "keep" in pattern.groupindex else "", text)
    return _teasers_and_label(text)


TEASER_CHARS = 200  #: a line this long or shorter, unpunctuated and repeated, is a teaser
_SENTENCE_END = frozenset(".!?…:;\"”’')")
_LABEL = regex.compile(r"\A\s*+(\p{Lu}[\p{L}&-]{1,20}+)[ \t]*+\n[ \t]*+\n(?=[ \t]*+\S++[ \t]++\S++[ \t]++\S)")


def _teasers_and_label(text: str) -> str:
    """Blank the lines that a page repeats and a sentence never ends like (no final punctuation, at most
    TEASER_CHARS: "Related: Troops and missiles for oil" twice, "Advertisement" three times: a story
    does not repeat its own lines), and a section label: one word alone on the first line, before a
    blank line and a line of three words or more ("Society", "EXCLUSIVE"; a headline names more). The
    line breaks stay."""
    lines = text.split("\n")
    seen: dict[str, int] = {}
    for line in lines:
        key = line.strip()
        if key and len(key) <= TEASER_CHARS and key[-1] not in _SENTENCE_END and any(c.isalpha() for c in key):
            seen[key] = seen.get(key, 0) + 1
    repeated = {key for key, n in seen.items() if n >= 2}
    if repeated:
        text = "\n".join("" if line.strip() in repeated else line for line in lines)
    label = _LABEL.match(text)
    return text[: label.start(1)] + text[label.end(1) :] if label else text


# --- records -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One article: its clean text (what is analysed; offsets point into it) and its metadata.

    `raw` is the file's text as decoded, before any cleaning. `problems` are non-fatal notes such as
    "no publication date"; nothing missing is ever guessed.
    """

    doc: str
    text: str
    path: Path | None = None
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    raw: str = ""
    problems: tuple[str, ...] = ()


class ArticleSet(Sequence[Article]):
    """The articles that could be read, in load order, and `errors`: one row (path, problem) per
    input that could not be read. Iterate, index and `len()` it like a list of `Article`."""

    def __init__(self, articles: Iterable[Article] = (), errors: pd.DataFrame | None = None) -> None:
        self._articles = tuple(articles)
        self.errors = _error_frame([]) if errors is None else errors

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> ArticleSet: ...
    def __getitem__(self, index: int | slice) -> Article | ArticleSet:
        if isinstance(index, slice):
            return ArticleSet(self._articles[index], self.errors)
        return self._articles[index]

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __repr__(self) -> str:
        return f"<ArticleSet: {len(self)} articles, {len(self.errors)} errors>"

    def to_frame(self) -> pd.DataFrame:
        """One row per article: doc, outlet, published (datetime64), title, url, path, chars, problems."""
        rows = [
            (a.doc, a.outlet, a.published, a.title, a.url, None if a.path is None else str(a.path),
             len(a.text), "; ".join(a.problems))
            for a in self._articles
        ]  # fmt: skip
        frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS), dtype=object)
        frame["published"] = pd.to_datetime(frame["published"])
        frame["chars"] = frame["chars"].astype("int64")
        return frame


class _Unreadable(Exception):
    """A file that cannot become an Article; its message is the problem reported in `errors`."""


# --- loading -------------------------------------------------------------------------------------------


def load_articles(*paths: str | os.PathLike[str], manifest: str | os.PathLike[str] | None = None) -> ArticleSet:
    """Read articles from folders, files and glob patterns; never raise on bad input.

    A folder gives its .txt/.md/.html/.htm files (not sub-folders, not hidden files), sorted by name.
    A glob pattern (``"data/*/*.txt"``, ``**`` allowed) gives its matching files of those types; a file
    named directly is read whatever its name. Metadata comes from the `manifest` CSV, else from the
    `articles.csv` beside each file (columns doc, outlet, published, url, title; any may be missing),
    else from the file itself. Unreadable inputs are rows of `.errors`; every file read is either an
    Article or such a row.
    """
    errors: list[tuple[str, str]] = []
    files = _expand(paths, errors)
    # Manifests by the folder they describe; `manifest=` describes every file, wherever it lives.
    manifests: dict[Path, tuple[Path, dict[str, dict[str, str]] | None]] = {}
    shared = (Path(manifest), _read_manifest(Path(manifest), errors)) if manifest is not None else None
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path in files:
        doc = path.stem
        if doc in seen:
            errors.append((str(path), f"duplicate doc id {doc!r}: already read from {seen[doc]}"))
            continue
        if shared is None and path.parent not in manifests:
            found = path.parent / MANIFEST_NAME
            manifests[path.parent] = (found, _read_manifest(found, errors) if os.path.lexists(found) else None)
        try:
            article = _read_article(path, (shared or manifests[path.parent])[1])
        except _Unreadable as exc:
            errors.append((str(path), str(exc)))
            continue
        except Exception as exc:  # a parser bug on one odd file, or a file too big for memory: never raised
            errors.append((str(path), f"reading failed: {type(exc).__name__}: {exc}"))
            continue
        seen[doc] = path
        articles.append(article)
    for where, rows in [shared] if shared else manifests.values():
        for doc in rows or {}:
            if doc not in seen and not any((where.parent / f"{doc}{s}").exists() for s in SUFFIXES):
                errors.append((str(where), f"manifest row for doc {doc!r} has no article file"))
    return ArticleSet(articles, _error_frame(errors))


def _expand(paths: Iterable[str | os.PathLike[str]], errors: list[tuple[str, str]]) -> list[Path]:
    """The files named by folders, globs and file paths, in order, each real file once."""
    files: list[Path] = []
    for arg in paths:
        path = Path(arg)
        if path.is_dir():
            try:
                found = sorted(p for p in path.iterdir() if _wanted(p))
            except OSError as exc:
                errors.append((str(path), f"cannot list folder: {exc.strerror or exc}"))
                continue
            if not found:
                errors.append((str(path), f"folder has no {'/'.join(SUFFIXES)} files"))
            files += found
        elif os.path.lexists(path):  # a file, or a broken or looping symlink: reading will tell which
            files.append(path)
        elif glob.has_magic(str(arg)):
            found = sorted(p for p in _glob(str(arg)) if _wanted(p))
            if not found:
                errors.append((str(arg), f"no {'/'.join(SUFFIXES)} file matches this pattern"))
            files += found
        else:
            errors.append((str(path), "no such file or folder"))
    unique: dict[str, Path] = {}
    for f in files:  # a file named twice (a folder and a glob over it) is read once
        unique.setdefault(os.path.realpath(f), f)
    return list(unique.values())


def _glob(pattern: str) -> Iterator[Path]:
    """The paths `pattern` matches; ``**`` never follows a symlinked folder, so a symlink loop cannot make
    it run forever (`glob.glob` follows them: two loops in a folder make it exponential)."""
    if "**" not in pattern:
        yield from map(Path, glob.glob(pattern))
        return
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = Path(*parts[:fixed]) if fixed else Path()
    for path in base.glob(str(Path(*parts[fixed:]))):
        if not any(part.startswith(".") for part in path.relative_to(base).parts[:-1]):  # as glob: no hidden folders
            yield path if fixed else path.relative_to(base)


def _wanted(path: Path) -> bool:
    # Hidden files include macOS "._name.txt" resource forks, binary twins of real articles.
    return path.suffix.lower() in SUFFIXES and not path.name.startswith(".") and not path.is_dir()


def _read_manifest(path: Path, errors: list[tuple[str, str]]) -> dict[str, dict[str, str]] | None:
    """The manifest's rows by doc id, or None (and an error row) when it cannot be used."""
    try:
        text, _, _ = _decode(_read_bytes(path))
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=True)
    except (_Unreadable, ValueError) as exc:  # pandas parse errors are ValueErrors
        errors.append((str(path), f"manifest not used: {exc}"))
        return None
    table.columns = [str(c).strip().lower() for c in table.columns]
    if "doc" not in table.columns:
        errors.append((str(path), f"manifest not used: no 'doc' column (columns: {', '.join(MANIFEST_COLUMNS)})"))
        return None
    rows: dict[str, dict[str, str]] = {}
    for record in table.to_dict("records"):
        doc = record["doc"].strip()
        doc = doc[: -len(Path(doc).suffix)] if Path(doc).suffix.lower() in SUFFIXES else doc
        if doc in rows:
            errors.append((str(path), f"duplicate manifest row for doc {doc!r}: the first one is used"))
        elif doc:
            rows[doc] = {k: str(record[k]).strip() for k in MANIFEST_COLUMNS if k in record and k != "doc"}
    return rows


def _read_article(path: Path, manifest: dict[str, dict[str, str]] | None) -> Article:
    data = _read_bytes(path)
    if not data.strip():
        raise _Unreadable("empty file")
    raw, encoding, problems = _decode(data)
    del data  # a huge file is held once, as text, from here on
    if encoding != "utf-8":
        problems.insert(0, f"decoded as {encoding}, not UTF-8")
    is_html = path.suffix.lower() in (".html", ".htm")
    body, found = _from_html(raw) if is_html else (_unix_breaks(raw), {})
    text = remove_furniture(body).strip()
    if not text:
        raise _Unreadable("no article text (only page furniture)")
    if not is_html:  # a saved text's headline is its first line once "Skip to main content" is gone
        found["title"] = _first_line(text)
    meta = _metadata(path.stem, manifest, found, problems)
    return Article(doc=path.stem, text=text, path=path, raw=raw, problems=tuple(problems), **meta)


def _unix_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_line(text: str) -> str | None:
    """A saved text's headline: its first non-empty line, without Markdown's "#"."""
    return text.lstrip().split("\n", 1)[0].strip().lstrip("#").strip() or None


def _metadata(
    doc: str, manifest: dict[str, dict[str, str]] | None, found: dict[str, str | None], problems: list[str]
) -> dict[str, object]:
    """outlet, published, title and url from the manifest row, else from the file (`found`); what is
    missing or malformed is appended to `problems`, never guessed."""
    row = (manifest or {}).get(doc)
    if manifest is not None and row is None:
        problems.append("not in the manifest")
    meta: dict[str, object] = {
        k: (row or {}).get(k) or found.get(k) or None for k in ("outlet", "published", "title", "url")
    }
    published = _iso_date(meta["published"])  # type: ignore[arg-type]
    if meta["published"] and published is None:
        problems.append(f"publication date {meta['published']!r} is not an ISO date (YYYY-MM-DD); left empty")
    if published is None:
        problems.append("no publication date")
    if not meta["outlet"]:
        problems.append("no outlet")
    meta["published"] = published
    return meta


def _from_html(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of a saved page, by trafilatura (imported here: it is slow to import)."""
    import trafilatura

    # extensive_search off: a date is read from the page's markup, never fished out of its prose.
    dates = {"extensive_search": False, "original_date": True}
    try:
        found = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, date_extraction_params=dates
        )
    except Exception as exc:  # lxml or trafilatura choking on a broken page
        raise _Unreadable(f"cannot parse the HTML page: {type(exc).__name__}: {exc}") from None
    if found is None or not (found.text or "").strip():
        raise _Unreadable("no main text found in the HTML page")
    return found.text, {"title": found.title, "published": found.date, "outlet": found.sitename, "url": found.url}


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file. A named pipe, socket or device is refused before it is opened, so
    nothing blocks on a FIFO or reads /dev/zero forever; OS errors (permissions, symlink loops) say so."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _Unreadable(f"not a regular file: {_file_kind(mode)}")
        # O_NONBLOCK: if the file was swapped for a FIFO since the check, opening it still cannot hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise _Unreadable(f"not a regular file: {_file_kind(os.fstat(fd).st_mode)}")
            return file.read()
    except OSError as exc:  # permissions, symlink loops, a file that vanished
        raise _Unreadable(f"cannot read file: {exc.strerror or exc}") from None


def _file_kind(mode: int) -> str:
    kinds = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "a special file")


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, encoding name and problems: UTF-8 (or UTF-16) first, then charset-normalizer."""
    problems: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _text_only(data.decode("utf-16", errors="replace")), "utf-16", problems
    if b"\x00" in data:
        nuls = data.count(b"\x00")
        utf16 = _utf16_without_bom(data, nuls)
        if utf16 is not None:
            return _text_only(data.decode(utf16, errors="replace")), utf16, problems
        if nuls > max(NUL_SHARE * len(data), 4) and data.rstrip(b"\x00").count(b"\x00"):
            raise _Unreadable(f"binary file (contains {nuls} NUL bytes), not an article")
        data = data.replace(b"\x00", b"")
        if not data.strip():
            raise _Unreadable(f"no text: only {nuls} NUL bytes")
        problems.append(f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed")
    try:
        return _text_only(data.decode("utf-8-sig")), "utf-8", problems
    except UnicodeDecodeError:
        pass
    sample = data if len(data) <= SAMPLE_BYTES else data[: data.rfind(b"\n", 0, SAMPLE_BYTES) + 1 or SAMPLE_BYTES]
    # UTF-8 with a few broken bytes (a bad copy, a cut): its valid multi-byte characters, which legacy text
    # almost never forms, outnumber the broken ones. Decoding it as a code page would garble every accent.
    utf8 = sample.decode("utf-8", errors="replace")
    bad = utf8.count("\ufffd")
    if sum(1 for c in utf8 if c > "\x7f") - bad > bad:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        problems.append(f"{bad} invalid UTF-8 byte sequence{'s' if bad > 1 else ''} replaced by \ufffd")
        return _text_only(text), "utf-8", problems
    best = charset_normalizer.from_bytes(sample).best()
    # On short texts charset-normalizer cannot tell Western code pages apart (it reads French latin-1 as
    # cp775), so cp1252, the usual legacy encoding of news text and browsers' default, wins ties.
    western = charset_normalizer.from_bytes(sample, cp_isolation=["cp1252"]).best()
    # But a code page that turns letters into symbols ("powiedzia³" for Polish "powiedział") loses.
    if western is not None and (
        best is None
        or western.chaos < best.chaos
        or (western.chaos == best.chaos and _odd_symbols(str(western)) <= _odd_symbols(str(best)))
    ):
        best = western
    if best is None:
        raise _Unreadable("cannot decode: not UTF-8 and no text encoding fits (binary file?)")
    if sample is data:
        return _text_only(str(best)), best.encoding, problems
    text = data.decode(best.encoding, errors="replace")
    if "\ufffd" in text:
        problems.append(f"bytes that are not {best.encoding} were replaced by \ufffd")
    return _text_only(text), best.encoding, problems


def _utf16_without_bom(data: bytes, nuls: int) -> str | None:
    """The codec, "utf-16-le" or "utf-16-be" (no byte order mark), when the NULs are the high bytes of ASCII text."""
    if nuls < 0.3 * len(data) or len(data) % 2:
        return None
    odd = data[1::2].count(b"\x00")
    if odd >= 0.9 * nuls:
        return "utf-16-le"
    if nuls - odd >= 0.9 * nuls:
        return "utf-16-be"
    return None


#: A non-ASCII symbol touching a letter: what a wrong code page makes of an accented letter.
_ODD_SYMBOL = regex.compile(r"(?<=\p{L})[^\x00-\x7f\p{L}\p{M}]|[^\x00-\x7f\p{L}\p{M}](?=\p{L})")


def _odd_symbols(text: str) -> int:
    return sum(1 for _ in _ODD_SYMBOL.finditer(text))


#: Control characters that no text file holds (tab, line and page breaks are text).
_CONTROLS = tuple(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v")


def _text_only(text: str) -> str:
    controls = sum(map(text.count, _CONTROLS))  # str.count, not a Python loop: a 100 MB file takes 1 s
    if controls > 0.01 * len(text):
        raise _Unreadable("binary file (mostly non-text bytes), not an article")
    return text


def _iso_date(value: str | None) -> dt.date | None:
    """An ISO 8601 date or date-time as a date; anything else (e.g. "02/03/2025") is None, not a guess."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _error_frame(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS), dtype=object)
