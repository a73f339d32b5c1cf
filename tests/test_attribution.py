"""Who a figure is attributed to: clauses, relative clauses and nouns like "a report" are not sources."""

from __future__ import annotations

import pytest

from factkit import extract

#: (text, the figure's words, expected attribution). Written for these tests in news phrasing.
CASES = [
    # "report" after a determiner is a noun; the subject of "wrote" is the source
    (
        '"Supplies are running low," the London-based Centre for Defence Studies wrote in a report last week.',
        "last week",
        "the London-based Centre for Defence Studies",
    ),
    # a relative clause between subject and verb is skipped
    (
        "The minister, who gave no figures for the border regions, said 40 schools had reopened.",
        "40",
        "The minister",
    ),
    # a clause ("was cautious about ... but") is no source: better none than a wrong one
    (
        "In a statement on Friday, the council was cautious about the claims but added that 12 wells were dry.",
        "12",
        None,
    ),
    ("Some 300 homes were flooded, the mayor told reporters.", "Some 300", "the mayor"),
    ("According to the health ministry, 85 people were hurt.", "85", "the health ministry"),
    # a participle reports for the sentence's named subject; a bare capitalised first word is no name
    ("The Kremlin denied the report, saying fewer than 100 troops had been wounded.", "fewer than 100", "The Kremlin"),
    ("Prices rose sharply, saying 5 things about the market.", "5", None),
    # after "according to", a participle ends the source and its "by" agent replaces it
    (
        "Nearly 70 per cent backed it, according to preliminary results released late on Tuesday.",
        "Nearly 70 per cent",
        "preliminary results",
    ),
    ("According to data compiled by Reuters, 40 people died.", "40", "Reuters"),
    ("According to a leaked report, 5 people died.", "5", "a leaked report"),
    # common nouns that name a source: "the coastguard", "the company"
    ("At least 27 people died when the boat capsized, the coastguard said on Sunday.", "At least 27", "the coastguard"),
    ("The company said it would cut 500 jobs.", "500", "The company"),
    # forecasts are claims; a long organisation name is kept whole
    ("The IMF expects growth of 3.1% next year.", "3.1%", "The IMF"),
    (
        "Analysts at the Institute for the Study of War said the figure was closer to 15,000.",
        "closer to 15,000",
        "Analysts at the Institute for the Study of War",
    ),
    # an estimate verb with "at": "puts the toll at"; a subject shared by two verbs ("X is ... and says")
    (
        "The union is seeking 6% for 2027 and says inflation of 4.1% makes it a cut; the minister puts it at 3.2%.",
        "4.1%",
        "The union",
    ),
    (
        "The union is seeking 6% for 2027 and says inflation of 4.1% makes it a cut; the minister puts it at 3.2%.",
        "3.2%",
        "the minister",
    ),
    ("Police put the number of marchers at 8,000, while organisers said 20,000 took part.", "8,000", "Police"),
    ("Police put the number of marchers at 8,000, while organisers said 20,000 took part.", "20,000", "organisers"),
    (
        "The statistics office, in its estimate for January, put the annual rate at 3.6 per cent.",
        "3.6 per cent",
        "The statistics office",
    ),
    ("Aid worker Sophie Lang, 31, from Leeds, said the scenes were grim.", "31", "Aid worker Sophie Lang"),
    ("Cases rose in Calabria, where officials say more than 400 were confirmed.", "more than 400", "officials"),
    # a coordinated verb without a clean subject credits nobody, not the clause before it
    ("The centre rates the quake at 7.1 and puts its focus at 15km.", "15km", None),
    ("She put 300 chairs in the hall, the organisers said.", "300", "the organisers"),
    # a possessive before a claim noun names a source; "the storm's death toll" names what is counted
    ("The charity counts 2,400 evictions; the city's own figure is 1,900.", "1,900", "the city"),
    ("By the auditor's reckoning, 17 schools need new roofs.", "17", "the auditor"),
    ("The storm's death toll rose to 9 on Wednesday.", "9", None),
    ("The bridge's span is 40 metres, its estimate said.", "40 metres", None),
    # the agent of a participle: "the 30 first given by the port authority"
    (
        "At least 45 boats were damaged, a higher figure than the 30 first given by the port authority.",
        "30",
        "the port authority",
    ),
    (
        "Figures released by the Office for National Statistics show 3.2% growth.",
        "3.2%",
        "the Office for National Statistics",
    ),
]


@pytest.mark.parametrize(("text", "words", "source"), CASES, ids=[c[1] + " / " + str(c[2]) for c in CASES])
def test_attribution_is_a_noun_phrase_or_nothing(text, words, source):
    facts = extract(text, published="2025-03-03").set_index("text")
    got = facts.loc[words, "attribution"]
    assert (None if got is None or got != got else got) == source
