"""Hostile and broken input: every file is an Article or a row of `errors` naming it, nothing hangs or raises.

Each case also puts a good article beside the bad file and checks that it still comes out. The huge-file
cases run on a few MB here; the 100 MB article was measured by hand (see the loader's SAMPLE_BYTES).
"""

from __future__ import annotations

import os
import socket
import stat
import tempfile
import tracemalloc
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from factkit import articles as A
from factkit.articles import ArticleSet, load_articles
from factkit.cli import main
from factkit.extract import extract, extract_articles

GOOD = "Envoy speaks\n\nMore than 10,000 troops were deployed last week, officials said."
CORPUS = Path(__file__).parent.parent / "data" / "articles"


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _problems(result: ArticleSet) -> dict[str, str]:
    """File name -> problem, for every error row."""
    return {Path(p).name: problem for p, problem in result.errors.itertuples(index=False)}


def _with_good(folder: Path) -> Path:
    return _write(folder, "good.txt", GOOD)


# --- files that are not regular files: nothing blocks, each is named -----------------------------------


def test_named_pipe_does_not_hang_and_is_an_error_row(tmp_path):
    _with_good(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert _problems(result) == {"pipe.txt": "not a regular file: a named pipe (FIFO)"}
    (alone,) = load_articles(tmp_path / "pipe.txt").errors.itertuples(index=False)  # named directly too
    assert alone == (str(tmp_path / "pipe.txt"), "not a regular file: a named pipe (FIFO)")


def test_named_pipe_as_manifest_does_not_hang(tmp_path):
    good = _with_good(tmp_path)
    os.mkfifo(tmp_path / "articles.csv")
    result = load_articles(good)
    assert [a.doc for a in result] == ["good"]
    assert _problems(result) == {"articles.csv": "manifest not used: not a regular file: a named pipe (FIFO)"}


def test_socket_is_an_error_row(tmp_path):
    _with_good(tmp_path)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock.txt"))
        result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert _problems(result) == {"sock.txt": "not a regular file: a socket"}


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_device_is_an_error_row_not_an_endless_read(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    good = _with_good(tmp_path)
    result = load_articles(good, device)
    assert [a.doc for a in result] == ["good"]
    assert result.errors.values.tolist() == [[device, "not a regular file: a character device"]]


def test_folder_given_as_manifest_is_an_error_row(tmp_path):
    good = _with_good(tmp_path)
    (tmp_path / "meta").mkdir()
    result = load_articles(good, manifest=tmp_path / "meta")
    assert [a.doc for a in result] == ["good"]
    assert result.errors.values.tolist() == [
        [str(tmp_path / "meta"), "manifest not used: not a regular file: a folder"]
    ]


def test_dangling_symlink_is_an_error_row(tmp_path):
    _with_good(tmp_path)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert _problems(result) == {"gone.txt": "cannot read file: No such file or directory"}


def test_recursive_glob_through_symlink_loops_ends(tmp_path):
    # glob.glob("**") follows symlinked folders: two loops made it exponential (it never came back).
    (tmp_path / "d").mkdir()
    _write(tmp_path / "d", "a.txt", GOOD)
    for name in ("up1", "up2", "up3"):
        (tmp_path / "d" / name).symlink_to(tmp_path)
    result = load_articles(str(tmp_path / "**" / "*.txt"))
    assert [a.path for a in result] == [tmp_path / "d" / "a.txt"]
    assert result.errors.empty


@pytest.mark.skipif(not hasattr(os, "fork") or os.name != "posix", reason="needs fork and setuid (POSIX)")
def test_permission_denied_as_a_real_user(tmp_path):
    """A real EACCES even when the suite runs as root: a forked child drops to `nobody` before loading."""
    folder = Path(tempfile.mkdtemp(prefix="factkit-perm-"))  # tmp_path's parents are private to root
    try:
        folder.chmod(0o755)
        _write(folder, "good.txt", GOOD).chmod(0o644)
        _write(folder, "locked.txt", GOOD).chmod(0)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 1
            try:
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                result = load_articles(folder)
                os.write(write, repr(([a.doc for a in result], _problems(result))).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        with os.fdopen(read) as pipe:
            answer = pipe.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, answer
        assert eval(answer) == (["good"], {"locked.txt": "cannot read file: Permission denied"})  # noqa: S307
    finally:
        for path in folder.iterdir():
            path.chmod(0o644)
            path.unlink()
        folder.rmdir()


# --- NUL bytes -----------------------------------------------------------------------------------------

#: (file name, bytes, the article's text or None for an error, words expected in the problem).
CASES_NUL = [
    ("stray.txt", GOOD[:20].encode() + b"\x00" + GOOD[20:].encode(), GOOD, "1 NUL byte removed"),
    ("padded.txt", GOOD.encode() + b"\x00" * 4096, GOOD, "4096 NUL bytes removed"),
    ("wide_le.txt", GOOD.encode("utf-16-le"), GOOD, "decoded as utf-16-le, not UTF-8"),
    ("wide_be.txt", GOOD.encode("utf-16-be"), GOOD, "decoded as utf-16-be, not UTF-8"),
    ("zeros.txt", b"\x00" * 1000, None, "no text: only 1000 NUL bytes"),
    ("elf.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, None, "binary file"),
]


@pytest.mark.parametrize("name,content,text,problem", CASES_NUL, ids=[c[0] for c in CASES_NUL])
def test_nul_bytes(tmp_path, name, content, text, problem):
    _with_good(tmp_path)
    path = _write(tmp_path, name, content)
    result = load_articles(tmp_path)
    if text is None:
        assert [a.doc for a in result] == ["good"]
        assert list(_problems(result)) == [name] and problem in _problems(result)[name]
    else:
        assert result.errors.empty, result.errors.to_dict("records")
        article = next(a for a in result if a.path == path)
        assert article.text == text
        assert problem in article.problems


# --- encodings -----------------------------------------------------------------------------------------

#: (text, encoding written): each is decoded to exactly the text, with the encoding noted.
CASES_LEGACY = [
    ("Посол России заявил, что сотни раненых солдат проходят лечение в Вонсане бесплатно.", "cp1251"),
    ("Посол России заявил, что сотни раненых солдат проходят лечение в Вонсане бесплатно.", "koi8-r"),
    (
        "북한은 러시아에 1만 명 이상의 병력을 파견했다고 국가정보원이 밝혔다. 부상병들은 원산에서 치료를 받았다.",
        "euc-kr",
    ),
    ("北朝鮮はロシアに一万人以上の兵士を派遣したと韓国の情報機関が明らかにした。", "shift_jis"),
    ("Ambasador powiedział, że setki rannych żołnierzy są leczone za darmo w Wonsanie.", "cp1250"),
]


@pytest.mark.parametrize("text,encoding", CASES_LEGACY, ids=[e for _, e in CASES_LEGACY])
def test_legacy_encodings_are_decoded_not_rejected(tmp_path, text, encoding):
    _with_good(tmp_path)
    _write(tmp_path, "legacy.txt", text.encode(encoding))
    result = load_articles(tmp_path)
    assert result.errors.empty
    legacy = next(a for a in result if a.doc == "legacy")
    assert legacy.text == text
    assert any(p.startswith("decoded as ") and p.endswith(", not UTF-8") for p in legacy.problems)


def test_utf8_with_a_broken_byte_keeps_its_accents(tmp_path):
    # Before: one bad byte sent the file to charset-normalizer, which read it as mac_iceland ("caf√©").
    text = "Some 3,000 troops – in Wonsan’s café, he said “yes”."
    path = _write(tmp_path, "cut.txt", text.encode() + b"\xe2\x80")  # cut inside a character
    (article,) = load_articles(path)
    assert article.text == text + "\ufffd"
    assert "1 invalid UTF-8 byte sequence replaced by \ufffd" in article.problems


def test_invalid_utf8_that_is_no_text_is_an_error_row(tmp_path):
    _with_good(tmp_path)
    _write(tmp_path, "noise.md", bytes(range(128, 256)) * 40)
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert "cannot decode: not UTF-8" in _problems(result)["noise.md"]


# --- huge files: read whole, in memory proportional to the file ----------------------------------------


def test_large_legacy_file_is_detected_on_a_sample_and_decoded_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "SAMPLE_BYTES", 4096)  # 1 MiB in use; lowered so a small file takes the path
    line = "Посол России заявил, что сотни раненых солдат проходят лечение бесплатно.\n"
    path = _write(tmp_path, "big.txt", (line * 2000).encode("cp1251"))
    (article,) = load_articles(path)
    assert article.text == (line * 2000).strip()
    assert "decoded as cp1251, not UTF-8" in article.problems


def test_large_file_bytes_outside_the_sampled_encoding_are_replaced_and_noted(tmp_path, monkeypatch):
    monkeypatch.setattr(A, "SAMPLE_BYTES", 4096)
    line = "Le président a déclaré que des centaines de soldats ont été soignés.\n"
    path = _write(tmp_path, "big.txt", (line * 200).encode("cp1252") + b"\x81\x8d\x8f\x90\x9d and more.\n")
    (article,) = load_articles(path)
    assert article.text.startswith(line * 3)
    assert any("replaced by \ufffd" in p for p in article.problems)


def test_huge_article_is_read_in_memory_proportional_to_its_size(tmp_path):
    """An 8 MB article (the 100 MB one was measured by hand): loading holds the file a few times, no more."""
    size = 8_000_000
    block = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    with open(tmp_path / "huge.txt", "w", encoding="utf-8") as f:
        for _ in range(size // len(block) + 1):
            f.write(block)
    tracemalloc.start()
    try:
        result = load_articles(tmp_path / "huge.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (article,) = result
    repeats = size // len(block) + 1  # every sentence is kept; the headlines and captions, repeated, go
    assert article.text.count("around 11,000 troops to fight alongside Russian forces.") == repeats
    assert len(article.text) > 0.8 * size
    assert "http" not in article.text  # page furniture is still cleaned all the way through
    # text (2 bytes a character: the corpus has curly quotes) + raw + one copy being cleaned: about 6x.
    assert peak < 8 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


def test_one_long_line_is_read_and_extracted(tmp_path):
    """A 10 MB article on one line (no line breaks) is read whole; its sentences are still found."""
    sentence = "Officials said more than 3,000 North Korean troops were wounded in Kursk last week. "
    text = sentence * (10_000_000 // len(sentence))
    path = _write(tmp_path, "line.txt", text + "Join us. Donate today and https://example.org/a")
    (article,) = load_articles(path)
    assert article.text == text + "Join us. Donate today and"  # one line, so not dropped as a donation box
    assert article.title == article.text  # the first line is the whole article
    facts = extract(article.text[: 2000 * len(sentence)], published="2025-02-10")  # the same line, shorter
    counts = facts[facts["kind"] == "count"]
    assert len(counts) == 2000
    assert all(article.text[s:e] == t for s, e, t in zip(facts["start"], facts["end"], facts["text"], strict=True))
    assert counts["sentence"].str.len().max() < 2 * len(sentence)  # sentence splitting works on one line


# --- HTML ----------------------------------------------------------------------------------------------

PAGE = (
    "<html><head><title>Seoul says 3,000 troops hurt</title></head><body><article>"
    "<p>Seoul said on Wednesday that about 3,000 North Korean soldiers had been wounded in Kursk.</p>"
    "<p>Pyongyang is believed to have sent more than 10,000 troops to Russia last autumn.</p>"
    "</article></body></html>"
)

#: (file name, page, words the text must hold, or None when it must be an error row naming the problem).
CASES_HTML = [
    ("truncated.html", PAGE[: PAGE.index("Pyongyang") + 30], "about 3,000 North Korean soldiers"),
    ("unclosed.html", PAGE.replace("</p>", "").replace("</article></body></html>", ""), "more than 10,000 troops"),
    ("nested_garbage.html", PAGE.replace("<p>", "<p><<div>>>&bogus;<b><i>", 1), "about 3,000 North Korean"),
    ("only_tags.html", "<html><body><div><div><span></span></div></div></body></html>", None),
    ("not_html.html", "<<<<>>>>" * 1000, None),
    ("cut_in_a_tag.htm", "<html><head><meta charset=utf-8><title>Seoul says</title></head><body><p cla", None),
    ("deep.html", "<div>" * 20_000 + "Seoul said 3,000 soldiers were wounded." + "</div>" * 20_000, None),
]


@pytest.mark.parametrize("name,page,words", CASES_HTML, ids=[c[0] for c in CASES_HTML])
def test_malformed_and_truncated_html(tmp_path, name, page, words):
    _with_good(tmp_path)
    path = _write(tmp_path, name, page)
    result = load_articles(tmp_path)
    assert "good" in [a.doc for a in result]
    if words is not None:
        assert result.errors.empty, result.errors.to_dict("records")
        assert words in next(a for a in result if a.path == path).text
    else:
        # An article with text, or an error row naming the file and what went wrong: never both, never none.
        named = [a for a in result if a.path == path]
        errors = _problems(result)
        assert len(named) + len(errors) == 1
        assert not errors or (list(errors) == [name] and errors[name])


# --- every file once, and the command line -------------------------------------------------------------


def _broken_folder(folder: Path) -> dict[str, str]:
    """Broken files of many kinds in `folder`; their names -> words expected in the problem."""
    _write(folder, "empty.txt", b"")
    _write(folder, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    _write(folder, "noise.md", bytes(range(128, 256)) * 20)
    _write(folder, "shell.html", "<html><body><div id=app></div></body></html>")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return {
        "empty.txt": "empty file",
        "binary.txt": "binary file",
        "noise.md": "cannot decode",
        "shell.html": "no main text",
        "pipe.txt": "named pipe",
        "loop.txt": "symbolic links",
    }


def test_every_file_of_a_hostile_folder_is_an_article_or_an_error(tmp_path):
    expected = _broken_folder(tmp_path)
    _with_good(tmp_path)
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    problems = _problems(result)
    assert sorted(problems) == sorted(expected)
    for name, words in expected.items():
        assert words in problems[name], (name, problems[name])
    files = sorted(p.name for p in tmp_path.iterdir() if not stat.S_ISDIR(os.lstat(p).st_mode))
    assert sorted([*problems, "good.txt"]) == files


def test_cli_prints_each_broken_file_and_succeeds_when_one_article_is_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _broken_folder(folder)
    _with_good(folder)
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "f.csv"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "1 articles" in result.output
    for name, words in expected.items():
        line = next((ln for ln in result.output.splitlines() if f"{folder / name}:" in ln), None)
        assert line is not None and line.startswith("problem: ") and words in line, (name, result.output)


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_cli_exits_non_zero_when_nothing_could_be_read(tmp_path, command):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _broken_folder(folder)
    out = str(tmp_path / ("f.csv" if command == "extract" else "reports"))
    result = CliRunner().invoke(main, [command, str(folder), "-o", out, "-j", "1"])
    assert result.exit_code == 1, result.output
    assert "no article could be read" in result.output
    for name, words in expected.items():
        assert any(f"{folder / name}:" in ln and words in ln for ln in result.output.splitlines()), name


def test_a_line_without_sentence_breaks_gives_short_sentences():
    # find_mentions copies the sentence around every mention and scans it for its source: with no
    # sentence break that was the whole line per mention, O(mentions x line) (80 KB: 49 s and 1 GB).
    # Sentences are now cut to extract.MAX_SENTENCE around the mention.
    text = "about 3,000 troops, " * 500
    facts = extract(text)
    assert len(facts) == 500
    assert facts["sentence"].str.len().max() <= 1_000


@pytest.mark.parametrize("workers", [1, 2])
def test_a_huge_file_is_analysed_in_parts_with_whole_article_offsets(tmp_path, monkeypatch, workers):
    # The limits are lowered so the test is small: a file over HUGE_BYTES is read in parts of PART_BYTES
    # cut at line breaks, each part its own task, and the offsets still point into the whole article.
    import factkit.corpus as corpus_module

    monkeypatch.setattr(corpus_module, "HUGE_BYTES", 4_000)
    monkeypatch.setattr(corpus_module, "PART_BYTES", 1_500)
    lines = [
        f"Officials said {n:,} residents left the city and “more than {n + 7} homes” were damaged in {1990 + n % 30}."
        for n in range(100, 260, 3)
    ]
    folder = tmp_path / "huge"
    folder.mkdir()
    path = folder / "big.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 3 * 1_500
    result = corpus_module.extract_corpus(folder, tmp_path / "facts.csv", workers=workers, progress=False)
    assert result.n_articles == 1 and result.errors.empty
    parts = pd.read_csv(tmp_path / "facts.csv")
    article = load_articles(path)[0]
    whole = extract_articles([article])
    cols = ["text", "kind", "start", "end", "low", "high"]
    assert len(parts) == len(whole) > 100
    assert parts[cols].astype(str).values.tolist() == whole[cols].astype(str).values.tolist()
    assert all(article.text[r.start : r.end] == r.text for r in parts.itertuples())
    assert set(parts["title"]) == {article.title}  # every part carries the file's headline
