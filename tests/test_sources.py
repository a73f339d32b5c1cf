"""Sources across outlets (`factkit.sources`): name variants, roles, upstreams and independence."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from factkit.sources import independent_sources, name_key, normalize_sources, people, reused_sentences, upstreams

#: (spelling, spelling): one name once transliteration and possessives are folded.
CASES_SAME_KEY = [
    ("Aleksandr", "Alexandr"),  # ks / x
    ("Matsegora", "Macegora"),  # ts / c
    ("Matsegora's", "Matsegora"),  # possessive
    ("Macegoras’", "Macegoras"),  # curly apostrophe
    ("Yuri", "Juri"),  # y / j
    ("Zelenskyy", "Zelenskiy"),  # double letters, y / i
]


@pytest.mark.parametrize("a,b", CASES_SAME_KEY, ids=lambda v: v)
def test_name_key_folds_transliteration(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


#: Five outlets naming one ambassador five ways (the spellings of the default corpus, new sentences).
ARTICLES = [
    SimpleNamespace(doc="a", outlet="Alpha", text="Russian Ambassador to North Korea Alexander Matsegora said "
                    "hundreds of soldiers were treated. Matsegora said it was free."),
    SimpleNamespace(doc="b", outlet="Beta", text="The treatment was free, the ambassador, Aleksandr Matsegora, "
                    "told the newspaper Rossiyskaya Gazeta. Matsegora's comments surprised many."),
    SimpleNamespace(doc="c", outlet="Gamma", text="Hundreds were treated, ambassador Alexander Macegora said in "
                    "an interview with state-run outlet Rossiyskaya Gazeta. Macegora said more."),
    SimpleNamespace(doc="d", outlet="Delta", text="Russian Ambassador Alexandr Matsegora said today that soldiers "
                    "were treated, the Russian diplomat said in an interview with Rossiyskaya Gazeta."),
    SimpleNamespace(doc="e", outlet="Epsilon", text="Moscow's envoy said hundreds were treated."),
]  # fmt: skip


def test_people_lists_each_outlets_spelling() -> None:
    table = people(ARTICLES)
    matsegora = table[table["variant"].str.contains("egora")]
    assert matsegora["person"].nunique() == 1
    assert set(matsegora["outlet"]) == {"Alpha", "Beta", "Gamma", "Delta"}
    assert {"Aleksandr Matsegora", "Alexander Macegora", "Alexandr Matsegora", "Macegora"} <= set(matsegora["variant"])
    assert "Rossiyskaya Gazeta" not in set(table["person"])  # a newspaper, not a person


#: (doc, attribution as extract writes it): all are the ambassador.
CASES_ATTRIBUTIONS = [
    ("a", "Russian Ambassador to North Korea Alexander Matsegora"),
    ("a", "Matsegora"),
    ("b", "the ambassador, Aleksandr Matsegora"),
    ("c", "ambassador Alexander Macegora"),
    ("c", "Macegora"),
    ("d", "the Russian diplomat"),  # a role: the ambassador this article names
    ("e", "Moscow's envoy"),  # no name in the article: the one envoy the corpus names
]


def test_normalize_sources_collapses_names_and_roles() -> None:
    facts = pd.DataFrame([{"doc": d, "attribution": a, "sentence": ""} for d, a in CASES_ATTRIBUTIONS])
    out = normalize_sources(facts, ARTICLES)
    assert out["source"].nunique() == 1, out[["attribution", "source"]]
    assert "egora" in out["source"].iloc[0]


def test_normalize_sources_keeps_other_sources_apart() -> None:
    facts = pd.DataFrame({"doc": ["a", "b", "c", "d"], "sentence": ["", "", "", ""],
                          "attribution": ["the United States, South Korea and Ukraine", "Western estimates",
                                          "the United States, South Korea, and Ukraine", None]})  # fmt: skip
    out = normalize_sources(facts)
    assert out["source"].iloc[0] == out["source"].iloc[2] != out["source"].iloc[1]
    assert pd.isna(out["source"].iloc[3])


#: (sentence, upstreams named in it)
CASES_UPSTREAMS = [
    ("Matsegora said in an interview with the state-run newspaper Rossiyskaya Gazeta on Feb. 10.",
     [("interview with", "Rossiyskaya Gazeta")]),
    ("“It was free,” the ambassador told the government newspaper Rossiyskaya Gazeta.",
     [("interview with", "Rossiyskaya Gazeta")]),
    ("The Washington-based Institute for the Study of War wrote in a report last week.",
     [("report by", "Institute for the Study of War")]),
    ("In a report on Monday, the Institute of the Study of War, a U.S.-based monitor, was cautious.",
     [("report by", "Institute of the Study of War")]),
    ("According to a report by Amnesty International, 40 people died.", [("report by", "Amnesty International")]),
    ("He told the British daily that he was sent covertly.", []),
]  # fmt: skip


@pytest.mark.parametrize("sentence,expected", CASES_UPSTREAMS, ids=lambda v: str(v)[:24])
def test_upstreams(sentence: str, expected: list) -> None:
    assert upstreams(sentence) == expected


def test_upstream_spellings_are_one_and_inherited_by_the_source() -> None:
    facts = pd.DataFrame({
        "doc": ["x", "y", "y"],
        "attribution": ["the Institute", "the Institute", "Matsegora"],
        "sentence": ["The Institute for the Study of War wrote in a report on Monday.",
                     "In a report, the Institute of the Study of War said so.",
                     "Hundreds were treated, Matsegora said."],
    })  # fmt: skip
    arts = [SimpleNamespace(doc="y", outlet="Y", text="Matsegora said in an interview with Rossiyskaya Gazeta.")]
    out = normalize_sources(facts, arts)
    assert out["upstream"].iloc[0] == out["upstream"].iloc[1] == "report by Institute for the Study of War"
    assert out["upstream"].iloc[2] == "interview with Rossiyskaya Gazeta"


def test_reused_sentences_finds_copies_between_outlets() -> None:
    quote = ("The arrival of combat-experienced Russian soldiers to North Korea may allow the Russian military "
             "to work with North Korean forces, the Institute for the Study of War wrote in a report.")  # fmt: skip
    copy = quote.replace("combat-experienced", "combat experienced")
    arts = [
        SimpleNamespace(doc="a", outlet="A", text=quote + " Other news followed today in the capital city."),
        SimpleNamespace(doc="b", outlet="B", text="Unrelated. " + copy),
        SimpleNamespace(doc="c", outlet="C", text="Other news followed today in the capital city of Ukraine."),
    ]
    pairs = reused_sentences(arts)
    assert set(zip(pairs["doc_a"], pairs["doc_b"], strict=True)) == {("a", "b"), ("a", "c")}
    assert (pairs["score"] >= 90).all()


#: (outlet, source, upstream, sentence) rows of one figure -> (n independent sources, shared upstream)
CASES_INDEPENDENCE = [
    ([("A", "Matsegora", "interview with RG", "s1"), ("B", "Matsegora", None, "s2"),
      ("C", None, "interview with RG", "s3")], (1, "interview with RG")),
    ([("A", "Kyiv", None, "s1"), ("B", "Moscow", None, "s2")], (2, "Kyiv")),
    ([("A", "Aleksei", "interview with The Guardian", "s1"), ("The Guardian", "the soldier", None, "s2")],
     (1, "interview with The Guardian")),
    ([("A", None, None, "Pyongyang deployed more than 10,000 troops to support Russian forces in the Kursk region."),
      ("B", None, None, "Pyongyang deployed more than 10,000 troops to support Russian forces in Kursk region.")],
     (1, "")),
]  # fmt: skip


@pytest.mark.parametrize(
    "rows,expected", CASES_INDEPENDENCE, ids=["same-upstream", "two", "outlet-is-upstream", "copy"]
)
def test_independent_sources(rows: list, expected: tuple) -> None:
    frame = pd.DataFrame(rows, columns=["outlet", "source", "upstream", "sentence"]).assign(doc="d")
    assert independent_sources(frame) == expected
