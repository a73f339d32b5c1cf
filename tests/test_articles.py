"""Loading articles: the default corpus, saved pages, page furniture, and every kind of bad input.

Bad input never raises: each case checks that the file becomes an `Article` (with `problems`) or a
row of `ArticleSet.errors` naming the file and what is wrong with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pytest
import regex

from factkit.articles import FURNITURE, Article, ArticleSet, load_articles, remove_furniture

HERE = Path(__file__).parent
CORPUS = HERE.parent / "data" / "articles"
FIXTURES = HERE / "fixtures" / "articles"
FURNITURE_NAMES = [name for name, _ in FURNITURE]


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _only_error(result: ArticleSet) -> dict[str, str]:
    assert len(result) == 0, [a.doc for a in result]
    assert len(result.errors) == 1, result.errors.to_dict("records")
    return result.errors.iloc[0].to_dict()


# --- the default corpus --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> ArticleSet:
    return load_articles(CORPUS)


#: (doc, outlet, published, start of title), as in data/articles/articles.csv.
CASES_CORPUS = [
    ("000_9ce641d77723841a", "Korea JoongAng Daily", "2025-02-21", "North Korean rehab has sauna"),
    ("001_14896e662c96ec5d", "The Guardian", "2025-02-20", "'Not what I expected'"),
    ("002_72df473dd8538ee2", "TVP World", "2025-02-11", "North Korea treats hundreds"),
    ("003_c7912dfdb978da85", "News agency wire (unattributed)", "2025-02-10", "Russian Ambassador Says"),
    ("004_190b420e4cfc39a6", "Meduza", "2025-02-10", "Russia’s war wounded"),
]


def test_corpus_loads_five_articles_without_errors(corpus):
    assert [a.doc for a in corpus] == [p.stem for p in sorted(CORPUS.glob("*.txt"))]
    assert len(corpus) == 5
    assert corpus.errors.empty


def test_extract_articles_takes_a_folder_and_reports_what_it_cannot_read(tmp_path):
    """`extract_articles("data/articles")` loads the folder (a path is no iterable of articles); a path
    that does not exist is one error row, not a crash."""
    from factkit import extract_articles

    facts = extract_articles(str(CORPUS))
    assert facts["doc"].nunique() == 5 and facts["outlet"].notna().all()
    assert facts.attrs["errors"].empty
    missing = extract_articles(tmp_path / "nothing-here")
    assert missing.empty and missing.attrs["errors"]["problem"].str.contains("no such").all()


@pytest.mark.parametrize("doc,outlet,published,title", CASES_CORPUS, ids=[c[1] for c in CASES_CORPUS])
def test_corpus_metadata_from_manifest(corpus, doc, outlet, published, title):
    article = next(a for a in corpus if a.doc == doc)
    assert article.outlet == outlet
    assert article.published == dt.date.fromisoformat(published)
    assert article.title.startswith(title)
    assert article.path == CORPUS / f"{doc}.txt"
    assert article.problems == ()
    assert article.raw == (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("needle", ["http", "data:image", "[email", "image>", "Skip to main content",
                                    "To write comments", "0/250", "Donate today", "Getty Images",
                                    "podpis", "More In Society", "making trades",
                                    "Friends with (strategic)"])  # fmt: skip
def test_corpus_furniture_is_gone(corpus, needle):
    assert [a.doc for a in corpus if needle in a.text] == []


def test_corpus_section_label_is_gone_and_the_headline_is_the_title(tmp_path):
    """002 opens with its section, "Society", on a line of its own before the headline: without a
    manifest the headline, not the section, is the title."""
    path = tmp_path / "002.txt"
    path.write_bytes((CORPUS / "002_72df473dd8538ee2.txt").read_bytes())
    (article,) = load_articles(path)
    assert article.text.startswith("North Korea treats hundreds of Russians wounded in Ukraine")
    assert article.title == "North Korea treats hundreds of Russians wounded in Ukraine, envoy says"


#: Sentences (and a dateline and a caption) that must survive cleaning byte for byte.
CASES_KEPT = [
    ("000_9ce641d77723841a", "Published: 21 Feb. 2025, 15:28"),
    ("000_9ce641d77723841a", "distributed by Russian Defense Ministry Press Service on Feb. 8. [AP/YONHAP]"),
    ("001_14896e662c96ec5d", "This cooperation has culminated in Pyongyang deploying more than 10,000 troops"),
    ("001_14896e662c96ec5d", "North Korea also organised a summer camp for the children of Russian servicemen"),
    ("002_72df473dd8538ee2", "Ukrainian and Western assessments say that some 11,000 troops from North Korea"),
    ("003_c7912dfdb978da85", "a contingent of up to 12,000 North Korean soldiers had arrived"),
    ("004_190b420e4cfc39a6", "Pyongyang has also sent around 11,000 troops to fight alongside Russian forces."),
]  # fmt: skip


@pytest.mark.parametrize("doc,sentence", CASES_KEPT, ids=[s[:30] for _, s in CASES_KEPT])
def test_corpus_sentences_survive(corpus, doc, sentence):
    assert sentence in next(a.text for a in corpus if a.doc == doc)


def test_cleaning_only_deletes_and_keeps_untouched_lines(corpus):
    for article in corpus:
        rest = iter(article.raw)
        assert all(ch in rest for ch in article.text), f"{article.doc}: text is not a subsequence of raw"
        lines, raw = set(article.text.splitlines()), article.raw.splitlines()
        teasers = {x for x in raw if x.strip() and x.strip()[-1] not in '.!?”"' and raw.count(x) >= 2}
        label = next(x for x in raw if x.strip())  # "Society": a section label before the headline
        for line in raw:
            if line.strip() and not any(p.search(line) for _, p in FURNITURE) and line not in teasers | {label}:
                assert line in lines, f"{article.doc}: {line[:60]!r} changed"


# --- page furniture ------------------------------------------------------------------------------------

#: (rule, text before, text after). Each FURNITURE rule has at least one case; most come from the corpus.
CASES_FURNITURE = [
    ("read_more", "Read more: Five things to know about quakes\nThe quake hit.", "\nThe quake hit."),
    ("comment_count", "The end.\nComments (143)\n", "The end.\n\n"),
    ("comment_count", "12 Comments\nText.", "\nText."),
    ("read_more", "RELATED: 2,000 flee floods\nText.", "\nText."),
    ("copyright", "The end.\n© 2026 Harbour Press Agency. All rights reserved.\n", "The end.\n\n"),
    ("copyright", "Copyright 2025 The Daily Times\nText.", "\nText."),
    ("copyright", "The copyright expired in 1990.", "The copyright expired in 1990."),
    ("enquiries", "Water restriction enquiries: 800 204 117\nText.", "\nText."),
    ("enquiries", "Hotel: 300 rooms\nText.", "Hotel: 300 rooms\nText."),
    ("image_markdown", "![Troops on Feb. 8. [AP/YONHAP]](x.jpg)\nTroops on Feb. 8.", "\nTroops on Feb. 8."),
    ("image_markdown", "Before ![](img.png) after", "Before  after"),
    ("image_tag", "<image>data:image/gif;base64,R0lGODlhAQABAAAAACw=</image>\nText.", "\nText."),
    ("image_tag", "<x:image>data:image/png;base64,iVBORw0KGgo=</x:image>Text.", "Text."),
    ("image_tag", '<img src="a.jpg" alt="Kim in Wonsan">Text.', "Text."),
    ("markdown_link", "told [Rossiyskaya Gazeta](https://rg.ru/2025/02/10/a) that", "told Rossiyskaya Gazeta that"),
    ("markdown_link", "[North Korean] friends (and allies)", "[North Korean] friends (and allies)"),
    ("data_uri", 'src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt', 'src="" alt'),
    ("data_uri", "the metadata:image/x files", "the metadata:image/x files"),
    ("url", "see https://koreajoongangdaily.joins.com/data/photo/2025/02/21/a.jpg now", "see  now"),
    ("url", "read www.meduza.io/en/feature.", "read ."),
    ("url", "(https://example.org/a?b=1&c=2), then", "(), then"),
    ("email_placeholder", "BY SEO JI-EUN [[email protected]]", "BY SEO JI-EUN"),
    ("email_placeholder", "- [email protected]\nText", "\nText"),
    ("email", "Contact seo.jieun@joongang.co.kr.", "Contact ."),
    ("email", "follow @meduza_en on X", "follow @meduza_en on X"),
    ("skip_link", "Skip to main content\nnews", "\nnews"),
    ("skip_link", "Skip to content", ""),
    ("comment_login", "To write comments, please log in to one of the accounts.", ""),
    ("comment_counter", "Standards Board Policy (0/250자)", ""),
    ("comment_counter", "(0/500 characters)", ""),
    ("donation", "Join Meduza in its mission to challenge the Kremlin’s censorship.\xa0Donate today\nNext", "\nNext"),
    ("photo_credit", "Illustrative photo by Fermin Torrano/Anadolu via Getty Images\nText", "\nText"),
    ("photo_credit", "Eric Lafforgue / Art In All Of Us / Corbis / Getty Images", ""),
    ("caption_placeholder", "podpis źródła zdjęcia\nText", "\nText"),
    ("more_in_section", "More In Society MORE...", ""),
    ("bare_bullet", "-\n- SEO JI-EUN", "\n- SEO JI-EUN"),
]  # fmt: skip


@pytest.mark.parametrize("rule,before,after", CASES_FURNITURE, ids=[f"{r}:{b[:25]}" for r, b, _ in CASES_FURNITURE])
def test_furniture(rule, before, after):
    assert remove_furniture(before) == after


def test_every_furniture_rule_has_a_case():
    assert set(FURNITURE_NAMES) <= {rule for rule, _, _ in CASES_FURNITURE}


#: Ordinary article text that looks a little like furniture and must come through byte-identical.
CASES_NOT_FURNITURE = [
    "This cooperation has culminated in Pyongyang deploying more than 10,000 troops.",
    "U.S. news network CNN questioned the capacity of North Korea’s healthcare system.",
    "A photo released by Getty Images shows the resort.",
    "“When we offered to compensate our [North Korean] friends,” Matsegora said.",
    "Skip to the end, he said.",
    "Source: Meduza",
    "Readers can donate today at the door, organisers said.",
    "Related research: 40 studies agree.",
    "He scored 3/4 (75%) on the test (2/3 of the class did).",
    "- SEO JI-EUN",
    "— adhering to it strictly for years.",
    "Published: 21 Feb. 2025, 15:28",
]


@pytest.mark.parametrize("text", CASES_NOT_FURNITURE, ids=[t[:30] for t in CASES_NOT_FURNITURE])
def test_not_furniture(text):
    assert remove_furniture(text) == text


#: (text before, text after): lines a page repeats that a sentence never ends like, and a section label.
CASES_TEASERS_AND_LABELS = [
    ("Society\n\nNorth Korea treats hundreds of Russians, envoy says\n\nText.",
     "\n\nNorth Korea treats hundreds of Russians, envoy says\n\nText."),
    ("EXCLUSIVE\n\n'I thought I'd never see him again', mother says",
     "\n\n'I thought I'd never see him again', mother says"),
    ("A.\nmaking trades\nTroops and missiles for oil\nB.\nmaking trades\nTroops and missiles for oil\nC.",
     "A.\n\n\nB.\n\n\nC."),
    ("Share this article\nThe river rose 3 metres.\nShare this article", "\nThe river rose 3 metres.\n"),
]  # fmt: skip

#: Lines that stay: a repeated sentence, a repeated line of numbers, a one-word headline with no blank
#: line after it, a two-word headline, a one-word line before a short one.
CASES_NOT_TEASERS = [
    "He said no.\nThen again:\nHe said no.",
    "Results\n12 - 4\nLater\n12 - 4",
    "Outrage\nResidents protest the plan.",
    "Headline line\n\nHundreds of soldiers were treated.",
    "Outrage\n\nBy AP",
]


@pytest.mark.parametrize("before,after", CASES_TEASERS_AND_LABELS, ids=[b[:25] for b, _ in CASES_TEASERS_AND_LABELS])
def test_repeated_teasers_and_a_section_label_are_furniture(before, after):
    assert remove_furniture(before) == after


@pytest.mark.parametrize("text", CASES_NOT_TEASERS, ids=[t[:20] for t in CASES_NOT_TEASERS])
def test_not_teasers(text):
    assert remove_furniture(text) == text


def test_furniture_patterns_are_compiled_regex():
    assert all(isinstance(p, regex.Pattern) for _, p in FURNITURE)


# --- saved pages and the fixture folder ----------------------------------------------------------------


def test_saved_html_page_gives_metadata_and_main_text_only():
    (article,) = load_articles(FIXTURES / "kursk_wire.html")
    assert article.doc == "kursk_wire"
    assert article.title == "Seoul says 3,000 North Korean troops hurt in Kursk"
    assert article.published == dt.date(2025, 2, 12)
    assert article.outlet == "The Daily Ledger"
    assert article.url == "https://ledger.example.com/world/2025/02/12/kursk-casualties"
    assert "Pyongyang is believed to have sent more than 10,000 troops to Russia last autumn" in article.text
    for furniture in ["Subscribe", "Politics", "Privacy policy", "All rights reserved", "gtag", "Advertisement"]:
        assert furniture not in article.text
    assert "<html" in article.raw
    assert article.problems == ()


def test_saved_markdown_keeps_link_text_and_drops_images():
    (article,) = load_articles(FIXTURES / "envoy_interview.md")
    assert article.title == "Envoy says hundreds of Russian soldiers treated in North Korea"
    assert "told Rossiyskaya Gazeta that hundreds of wounded soldiers" in article.text
    assert "some 11,000 North Korean troops" in article.text
    assert article.text.count("A hospital corridor in Pyongyang. [Reuters]") == 1
    assert not any(s in article.text for s in ["http", "@", "Skip to content", "!["])
    assert article.problems == ("no publication date", "no outlet")


def test_title_of_a_text_is_its_first_line_after_furniture(tmp_path):
    path = _write(tmp_path, "a.md", "Skip to main content\n\n## Envoy speaks of hundreds\nHundreds were treated.")
    (article,) = load_articles(path)
    assert article.title == "Envoy speaks of hundreds"
    assert article.text == "## Envoy speaks of hundreds\nHundreds were treated."


def test_fixture_folder_reads_html_and_markdown_sorted():
    result = load_articles(FIXTURES)
    assert [a.doc for a in result] == ["envoy_interview", "kursk_wire"]
    assert result.errors.empty


# --- the ArticleSet ------------------------------------------------------------------------------------


def test_article_set_is_a_sequence_with_a_frame(corpus):
    assert corpus[0].doc == "000_9ce641d77723841a"
    assert corpus[-1].doc == "004_190b420e4cfc39a6"
    assert [a.doc for a in corpus[1:3]] == ["001_14896e662c96ec5d", "002_72df473dd8538ee2"]
    frame = corpus.to_frame()
    assert list(frame.columns) == ["doc", "outlet", "published", "title", "url", "path", "chars", "problems"]
    assert frame["published"].dtype.kind == "M"
    assert frame.loc[1, "published"] == pd.Timestamp("2025-02-20")
    assert (frame["chars"] == [len(a.text) for a in corpus]).all()


def test_empty_article_set_still_has_its_columns():
    empty = ArticleSet()
    assert len(empty) == 0
    assert list(empty.errors.columns) == ["path", "problem"]
    assert list(empty.to_frame().columns) == ["doc", "outlet", "published", "title", "url", "path", "chars", "problems"]


def test_article_is_frozen():
    article = Article(doc="a", text="Hundreds of soldiers.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.text = "changed"  # type: ignore[misc]


# --- bad input: every file becomes an Article or a row of errors ---------------------------------------

#: (file name, bytes written, words expected in the problem).
CASES_BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\n\t\n", "empty file"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
    ("controls.txt", bytes(range(1, 32)) * 50, "binary file"),
    ("noise.txt", bytes(range(128, 256)) * 20, "cannot decode"),
    ("furniture.txt", b"Skip to main content\nhttps://example.org/a\n[email protected]\n", "no article text"),
    (
        "shell.html",
        b"<html><head><script>render('#app')</script></head><body><div id=app></div></body></html>",
        "no main text",
    ),
]


@pytest.mark.parametrize("name,content,problem", CASES_BAD_FILES, ids=[c[0] for c in CASES_BAD_FILES])
def test_bad_file_is_an_error_row(tmp_path, name, content, problem):
    path = _write(tmp_path, name, content)
    error = _only_error(load_articles(path))
    assert error["path"] == str(path)
    assert problem in error["problem"]


#: (path given, relative to tmp_path, words expected in the problem).
CASES_BAD_PATHS = [
    ("missing.txt", "no such file or folder"),
    ("missing_folder", "no such file or folder"),
    ("*.html", "no .txt/.md/.html/.htm file matches"),
]


@pytest.mark.parametrize("given,problem", CASES_BAD_PATHS, ids=[c[0] for c in CASES_BAD_PATHS])
def test_bad_path_is_an_error_row(tmp_path, given, problem):
    error = _only_error(load_articles(str(tmp_path / given)))
    assert error["path"] == str(tmp_path / given)
    assert problem in error["problem"]


def test_empty_folder_is_an_error_row(tmp_path):
    _write(tmp_path, "notes.pdf", b"%PDF-1.4")
    assert "folder has no" in _only_error(load_articles(tmp_path))["problem"]


def test_unreadable_file_is_an_error_row(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not stop root from reading")
    path = _write(tmp_path, "locked.txt", "Hundreds of soldiers.")
    path.chmod(0)
    try:
        assert "permission denied" in _only_error(load_articles(path))["problem"].lower()
    finally:
        path.chmod(0o644)


def test_read_error_is_an_error_row_even_as_root(tmp_path, monkeypatch):
    # The same path as above, reachable when the suite runs as root (as in CI containers).
    path = _write(tmp_path, "locked.txt", "Hundreds of soldiers.")

    def refuse(path, flags, *args):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    assert _only_error(load_articles(path))["problem"] == "cannot read file: Permission denied"


def test_symlink_loop_is_an_error_row_and_the_folder_still_loads(tmp_path):
    _write(tmp_path, "good.txt", "More than 10,000 troops were deployed.")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "self").symlink_to(tmp_path)  # a folder loop: not followed, folders are read flat
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert result.errors["path"].tolist() == [str(tmp_path / "loop.txt")]
    assert "symbolic links" in result.errors.loc[0, "problem"]


def test_every_file_is_an_article_or_an_error(tmp_path):
    for name, content, _ in CASES_BAD_FILES:
        _write(tmp_path, name, content)
    _write(tmp_path, "good.txt", "Some 11,000 troops were deployed.")
    _write(tmp_path, ".hidden.txt", b"\x00\x01")  # hidden files are skipped, like macOS "._x.txt" forks
    _write(tmp_path, "readme.pdf", b"%PDF")  # not an article type: skipped in folders
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["good"]
    assert sorted(Path(p).name for p in result.errors["path"]) == sorted(n for n, _, _ in CASES_BAD_FILES)


#: (text, encoding): legacy encodings are decoded, not rejected, and the encoding is noted.
CASES_ENCODINGS = [
    ("Russia’s envoy said “hundreds” of soldiers were treated – free of charge – in Wonsan’s café.", "cp1252"),
    ("Le président a déclaré que des centaines de soldats ont été soignés gratuitement. Ça coûte zéro.", "latin-1"),
    (
        "Der Botschafter sagte, Hunderte verwundete Soldaten würden behandelt. Größere Kosten trägt Pjöngjang.",
        "latin-1",
    ),
]


@pytest.mark.parametrize("text,encoding", CASES_ENCODINGS, ids=[e + ":" + t[:12] for t, e in CASES_ENCODINGS])
def test_legacy_encoding_is_decoded(tmp_path, text, encoding):
    (article,) = load_articles(_write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert article.text == text
    assert any(p.startswith("decoded as") for p in article.problems)


def test_utf8_bom_crlf_and_utf16_are_read(tmp_path):
    a = _write(tmp_path, "bom.txt", "\ufeffTitle\r\nMore than 3,000 killed.\r\n".encode())
    b = _write(tmp_path, "wide.txt", "Title\nSome 11,000 troops.\n".encode("utf-16"))
    first, second = load_articles(a, b)
    assert first.text == "Title\nMore than 3,000 killed."
    assert second.text == "Title\nSome 11,000 troops."
    assert "decoded as utf-16, not UTF-8" in second.problems


def test_a_file_named_twice_is_read_once(tmp_path):
    path = _write(tmp_path, "a.txt", "Hundreds of soldiers.")
    result = load_articles(tmp_path, path, str(tmp_path / "*.txt"))
    assert [a.doc for a in result] == ["a"]
    assert result.errors.empty


def test_glob_pattern_selects_files():
    result = load_articles(str(CORPUS / "00[12]_*.txt"))
    assert [a.doc for a in result] == ["001_14896e662c96ec5d", "002_72df473dd8538ee2"]


# --- duplicate ids and manifests -----------------------------------------------------------------------


def test_duplicate_doc_ids_keep_the_first(tmp_path):
    (tmp_path / "b").mkdir()
    first = _write(tmp_path, "x.txt", "Hundreds of soldiers.")
    _write(tmp_path, "x.html", "<html><body><article><p>Some 11,000 troops.</p></article></body></html>")
    second = _write(tmp_path / "b", "x.txt", "Up to 12,000 soldiers.")
    result = load_articles(tmp_path, second)
    assert [a.path for a in result] == [tmp_path / "x.html"]
    assert [Path(p) for p in result.errors["path"]] == [first, second]
    assert all("duplicate doc id 'x'" in p for p in result.errors["problem"])


#: (manifest CSV, doc-level expectations, words expected in error rows).
CASES_MANIFEST = [
    (
        "doc,outlet,published,url,title\na,Meduza,2025-02-10,https://meduza.io/a,Envoy speaks\n",
        {"outlet": "Meduza", "published": dt.date(2025, 2, 10), "url": "https://meduza.io/a", "title": "Envoy speaks"},
        [],
    ),
    (  # missing columns are allowed; what is missing is a problem on the article, never guessed
        "doc,outlet\na,TVP World\n",
        {"outlet": "TVP World", "published": None, "title": "Headline line", "problems": ("no publication date",)},
        [],
    ),
    (  # a day-first date is not parsed: 02/03 could be either month
        "doc,published\na,21/02/2025\n",
        {"published": None, "problems": (
            "publication date '21/02/2025' is not an ISO date (YYYY-MM-DD); left empty", "no publication date",
            "no outlet")},
        [],
    ),
    ("doc,published,outlet\na,2025-02-20T10:15:00Z,The Guardian\n", {"published": dt.date(2025, 2, 20)}, []),
    ("doc,outlet\nb,Meduza\n", {"problems": ("not in the manifest", "no publication date", "no outlet")},
     ["manifest row for doc 'b' has no article file"]),
    ("doc,outlet\na,Meduza\na,TVP World\n", {"outlet": "Meduza"}, ["duplicate manifest row for doc 'a'"]),
    ("outlet,published\nMeduza,2025-02-10\n", {"outlet": None, "title": "Headline line"}, ["no 'doc' column"]),
    ("a.txt, Meduza\n", {"outlet": None}, ["no 'doc' column"]),
    ("doc,outlet\na.txt,Meduza\n", {"outlet": "Meduza"}, []),  # a file name in `doc` is accepted
    ("doc,outlet\n\"a,Meduza\n", {"outlet": None}, ["manifest not used"]),  # unclosed quote
]  # fmt: skip


@pytest.mark.parametrize("csv,expected,errors", CASES_MANIFEST, ids=[c[0].splitlines()[0] for c in CASES_MANIFEST])
def test_manifest(tmp_path, csv, expected, errors):
    _write(tmp_path, "a.txt", "Headline line\n\nHundreds of soldiers were treated.")
    manifest = _write(tmp_path, "articles.csv", csv)
    result = load_articles(tmp_path)
    (article,) = result
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert len(result.errors) == len(errors), result.errors.to_dict("records")
    for (path, problem), words in zip(result.errors.itertuples(index=False), errors, strict=True):
        assert path == str(manifest) and words in problem


def test_binary_manifest_is_an_error_row_and_articles_still_load(tmp_path):
    _write(tmp_path, "a.txt", "Hundreds of soldiers.")
    _write(tmp_path, "articles.csv", b"\x00\x01\x02")
    result = load_articles(tmp_path)
    assert [a.doc for a in result] == ["a"]
    assert "manifest not used: binary file" in result.errors.loc[0, "problem"]


def test_explicit_manifest_applies_to_files_anywhere(tmp_path):
    (tmp_path / "meta").mkdir()
    manifest = _write(tmp_path / "meta", "sources.csv", "doc,outlet,published\nkursk_wire,Ledger Weekly,\n")
    (article,) = load_articles(FIXTURES / "kursk_wire.html", manifest=manifest)
    assert article.outlet == "Ledger Weekly"  # the manifest wins over the page's own site name
    assert article.published == dt.date(2025, 2, 12)  # a blank manifest cell falls back to the page


def test_missing_explicit_manifest_is_an_error_row(tmp_path):
    path = _write(tmp_path, "a.txt", "Hundreds of soldiers.")
    result = load_articles(path, manifest=tmp_path / "nope.csv")
    assert len(result) == 1
    assert "manifest not used" in result.errors.loc[0, "problem"]
