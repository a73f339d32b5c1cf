"""Who stands behind a figure: one name per source across outlets, people's spellings, independence.

`normalize_sources(facts)` adds `source`: "Matsegora", "Macegora", "Aleksandr Matsegora", "the
ambassador", "Moscow's envoy" and "the Russian diplomat" become one name. Names are compared by a
transliteration-folded key (`name_key`) with rapidfuzz; role nouns (`ROLE_GROUPS`) resolve to the person
the article names with that role ("Russian Ambassador to North Korea Alexander Matsegora"), or to the one
person the whole corpus names with it. It also adds `upstream`: the interview or report a sentence names
as the figure's origin ("interview with Rossiyskaya Gazeta"), which the same source's other figures in
that article inherit. `people` lists each person's spellings per outlet, `reused_sentences` finds copied
sentences, `independent_sources` counts the sources behind one figure.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import pandas as pd
import regex
from rapidfuzz import fuzz, process

from .lexicon_time import MONTHS, WEEKDAYS

#: Role nouns by the role they name: "the Russian diplomat" and "Moscow's envoy" are the ambassador.
ROLE_GROUPS: dict[str, str] = {
    "ambassador": "ambassador envoy diplomat consul",
    "spokesperson": "spokesperson spokesman spokeswoman",
    "minister": "minister",
    "president": "president",
    "leader": "leader dictator",
    "prime minister": "premier chancellor",
    "commander": "commander general",
    "governor": "governor mayor",
}
_ROLE_OF = {w: role for role, ws in ROLE_GROUPS.items() for w in ws.split()}

#: Words right before a name that make it a person's ("leader Kim Jong Un", "Dr. Anna Lee").
TITLES: frozenset[str] = frozenset(
    [*_ROLE_OF, *"official secretary chief director analyst professor dr mr mrs ms lt col gen sen rep".split()]
)

#: Spellings that transliteration varies, folded before fuzzy matching ("ks" before single letters):
#: "Aleksandr"/"Alexandr", "Matsegora"/"Macegora", "Yuri"/"Juri".
TRANSLITERATION: tuple[tuple[str, str], ...] = (
    ("ks", "x"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("kh", "h"), ("ph", "f"), ("w", "v"), ("j", "i"),
    ("y", "i"), ("ou", "u"),
)  # fmt: skip

#: Where a statement first appeared, by kind: "in an interview with Rossiyskaya Gazeta", "told Reuters",
#: "the Institute for the Study of War wrote", "a report by Amnesty", "the TASS news agency". NAME is a
#: capitalised name ("of", "for", "the", "and" allowed inside).
NAME = r"(?P<name>[A-Z][\w’'.]*+(?:[ ](?:(?:of|for|the|and|de)[ ])*+[A-Z][\w’'.]*+){0,6})"
UPSTREAM_PATTERNS: dict[str, tuple[str, ...]] = {
    "interview with": (
        rf"\binterview(?:\s+(?:published|given|granted))?\s+(?:with|to)\s+(?:(?:the|a|an|[a-z][\w-]*+|[A-Z]\w+(?=\s+[a-z]))\s+){{0,4}}{NAME}",
        rf"\btold\s+(?:(?:the|a|an|[a-z][\w-]*+)\s+){{0,3}}{NAME}",
    ),
    "report by": (
        rf"\b(?:report|study|assessment|analysis)\s+(?:by|from)\s+(?:the\s+)?{NAME}",
        rf"\bIn\s+(?:a|its)\s+report\b[^,.;]{{0,40}},\s+(?:the\s+)?{NAME}",
        rf"{NAME}\s+(?:reported|wrote|published|said\s+in\s+a\s+report)\b",
    ),
    "agency": (rf"{NAME}\s+news\s+agency\b", rf"\bnews\s+agency\s+{NAME}"),
}  # fmt: skip
_UPSTREAM = [(kind, regex.compile(p)) for kind, ps in UPSTREAM_PATTERNS.items() for p in ps]

NAME_MATCH = 85  #: rapidfuzz ratio from which two name keys are one name
SOURCE_MATCH = 90  #: token_sort_ratio from which two other sources (or upstreams) are one
REUSE_MATCH = 90  #: token_set_ratio from which two sentences of 8+ words are one reused text

_CAP_RUN = regex.compile(r"(?<![\w’'-])[A-Z][\w’'-]*+(?:[ \t]++[A-Z][\w’'-]*+)*+")
_LOWER = regex.compile(r"(?<![\w’'-])[a-z][\w-]*+")
_NOT_NAME = regex.compile(r"(?:ian|ean|ese|ish)s?\Z|-[a-z]")
_POSSESSIVE = regex.compile(r"['’]s?\Z")
_REPORTING = regex.compile(r"\A\s*(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|stated|noted|claimed|wrote)\b")
_SENTENCES = regex.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n+")
_CALENDAR = frozenset((*MONTHS, *WEEKDAYS))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A transliteration-folded key of a name: "Aleksandr Matsegora's" -> "alexandr macegora" (cached:
    clustering compares every pair of names)."""
    s = regex.sub(r"['’]s\b|['’]", "", name.lower())
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    for a, b in TRANSLITERATION:
        s = s.replace(a, b)
    return " ".join(regex.findall(r"[a-z]+", regex.sub(r"(\w)\1+", r"\1", s)))


def _cluster(items: Iterable[str], same: Callable[[str, str], bool]) -> dict[str, str]:
    """Greedy, order-stable clustering: item -> the first earlier head it matches (or itself)."""
    heads: list[str] = []
    out = {}
    for item in items:
        out[item] = next((h for h in heads if same(item, h)), item)
        heads += [item] if out[item] == item else []
    return out


def _canonical(phrases: Iterable[str]) -> dict[str, str]:
    """Phrase -> the most frequent phrase of its fuzzy cluster (compared without case, "the", "of", ",")."""
    counts = Counter(phrases)
    key = lambda p: " ".join(w for w in name_key(p).split() if w not in {"the", "of", "for", "a", "an", "and"})  # noqa: E731
    return _cluster(
        sorted(counts, key=lambda p: -counts[p]), lambda a, b: fuzz.token_sort_ratio(key(a), key(b)) >= SOURCE_MATCH
    )


# --- people ------------------------------------------------------------------------------------------


def _name_words(words: list[str], lower: set[str], ends: Counter) -> list[str]:
    """The name ending a capitalised run: up to three words that are no title, demonym, common word (the
    text writes it in lower case too) or inner possessive; a third word only if the run is just the
    name and the word never ends another run ("North Korea Alexandr Matsegora" -> "Alexandr Matsegora")."""
    out: list[str] = []
    for k, w in enumerate(reversed(words)):
        bare = _POSSESSIVE.sub("", w)
        if bare.lower() in TITLES | lower or _NOT_NAME.search(bare) or (k and bare != w) or len(out) == 3:
            break
        if len(out) == 2 and (ends[bare] or len(words) > 3):
            break
        out.insert(0, bare)
    return out


def _person_runs(text: str) -> list[tuple[str, int, int]]:
    """People named in a text as (name, start, end): a title right before, a reporting verb right after,
    or the surname used alone elsewhere marks a capitalised run as a person's name."""
    lower = set(_LOWER.findall(text)) | _CALENDAR
    runs = list(_CAP_RUN.finditer(text))
    ends = Counter(_POSSESSIVE.sub("", r.group().split()[-1]) for r in runs if " " in r.group())
    alone = Counter(_POSSESSIVE.sub("", r.group()) for r in runs if " " not in r.group())
    out = []
    for r in runs:
        words = _name_words(r.group().split(), lower, ends)
        if len(words) < 2:
            continue
        start = r.start() + r.group().rindex(words[0])
        before = text[max(0, r.start() - 40) : r.start()].split()[-1:] + text[r.start() : start].split()
        titled = any(regex.sub(r"['’,.]s?\Z", "", w).lower() in TITLES for w in before)
        if titled or _REPORTING.match(text[r.end() : r.end() + 30]) or alone[words[-1]]:
            out.append((" ".join(words), start, r.end()))
    return out


def _same_person(a: str, b: str) -> bool:
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb or fuzz.ratio(ka[-1], kb[-1]) < NAME_MATCH:
        return False
    return len(ka) == 1 or len(kb) == 1 or (ka[0][0] == kb[0][0] and fuzz.ratio(ka[0], kb[0]) >= NAME_MATCH - 15)


def _texts(articles_or_facts: Any) -> pd.DataFrame:
    """doc, outlet, text: article texts, or the distinct sentences of a facts table."""
    if not isinstance(articles_or_facts, pd.DataFrame):
        rows = [(a.doc, getattr(a, "outlet", None) or a.doc, a.text) for a in articles_or_facts]
        return pd.DataFrame(rows, columns=["doc", "outlet", "text"])
    f = articles_or_facts
    outlet = (f["outlet"] if "outlet" in f.columns else f["doc"]).fillna(f["doc"])
    rows = pd.DataFrame({"doc": f["doc"], "outlet": outlet, "text": f["sentence"]})
    return rows.dropna(subset=["text"]).drop_duplicates(["doc", "text"])


def _people_index(texts: pd.DataFrame) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """Every (spelling, outlet, doc) of a person, and the canonical name per spelling: full names are
    clustered (the spelling most outlets use heads a cluster), then lone words matching a surname."""
    found = [(n, r.outlet, r.doc) for r in texts.itertuples() for n, _, _ in _person_runs(r.text)]
    count, reach = Counter(n for n, _, _ in found), Counter(n for n, _ in {(n, o) for n, o, _ in found})
    head = _cluster(sorted(count, key=lambda n: (-reach[n], -count[n], n)), _same_person)
    surnames = {name_key(n.split()[-1]): h for n, h in head.items()}
    for r in texts.itertuples():
        lower = set(_LOWER.findall(r.text))
        for word in (m.group() for m in _CAP_RUN.finditer(r.text)):
            if " " in word or len(word) < 4 or _NOT_NAME.search(word) or word.lower() in lower:
                continue
            hit = process.extractOne(name_key(word), list(surnames), scorer=fuzz.ratio, score_cutoff=NAME_MATCH)
            if hit:
                found.append((word, r.outlet, r.doc))
                head[word] = surnames[hit[0]]
    return found, head


def people(articles_or_facts: Any) -> pd.DataFrame:
    """The people named, one row per person x spelling x outlet: person, variant, outlet, doc, n.

    `person` is the spelling most outlets use. Pass articles (doc, text, outlet) or a facts table.
    """
    found, head = _people_index(_texts(articles_or_facts))
    table = pd.DataFrame(found, columns=["variant", "outlet", "doc"])
    table.insert(0, "person", table["variant"].map(head))
    return table.groupby(["person", "variant", "outlet", "doc"], as_index=False).size().rename(columns={"size": "n"})


# --- sources -------------------------------------------------------------------------------------------


def _roles(text: str, head: dict[str, str]) -> dict[str, str]:
    """Role -> canonical person, from appositions: "Russian Ambassador to North Korea Alexander
    Matsegora", "the ambassador, Aleksandr Matsegora,", "Alexander Matsegora, Russia's ambassador,"."""
    roles: dict[str, str] = {}
    for name, start, end in _person_runs(text):
        before = regex.split(r"[.!?;:\n]", text[max(0, start - 60) : start])[-1]
        after = text[end : end + 50].split(",")[1] if text[end : end + 50].count(",") > 1 and text[end] == "," else ""
        for w in regex.findall(r"[A-Za-z]+", f"{before} {after}"):
            if w.lower() in _ROLE_OF:
                roles.setdefault(_ROLE_OF[w.lower()], head.get(name, name))
    return roles


def _source(phrase: object, roles: dict[str, str], head: dict[str, str], surnames: dict[str, str]) -> str | None:
    """An attribution resolved to a person (full spelling, or a surname that fuzzily matches), a role's
    holder, or itself without a leading article."""
    if not isinstance(phrase, str) or not phrase.strip():
        return None
    full = next((head[s] for s in head if " " in s and s in phrase), None)
    if full:
        return full
    for word in regex.findall(r"[A-Z][\w’'-]{3,}", phrase):
        hit = process.extractOne(name_key(word), list(surnames), scorer=fuzz.ratio, score_cutoff=NAME_MATCH)
        if hit:
            return surnames[hit[0]]
    role = next((_ROLE_OF[w.lower()] for w in regex.findall(r"[A-Za-z]+", phrase) if w.lower() in _ROLE_OF), None)
    return roles.get(role, phrase) if role else regex.sub(r"(?i)\A(?:the|a|an)\s+", "", phrase.strip())


def upstreams(sentence: str) -> list[tuple[str, str]]:
    """(kind, name) of every upstream a sentence names, in order: [("interview with", "Rossiyskaya Gazeta")]."""
    found = []
    for kind, pattern in _UPSTREAM:
        for m in pattern.finditer(sentence):
            name = regex.sub(r"\A(?:The|A|An)\s+|['’]s?\Z", "", m.group("name").strip(" .,"))
            if name and name.lower() not in TITLES and not _NOT_NAME.search(name.split()[0]):
                found.append((m.start(), kind, name))
    return [(k, n) for _, k, n in sorted(found)]


def normalize_sources(facts: pd.DataFrame, articles: Iterable[Any] | None = None) -> pd.DataFrame:
    """The facts with `source` (one canonical name per source across outlets) and `upstream` (the interview,
    report or agency the figure comes from, when its sentence or, given `articles`, its article names it)."""
    out = facts.copy()
    texts = _texts(list(articles) if articles is not None else out)
    joined = texts.groupby("doc", sort=False)["text"].agg("\n".join)
    _, head = _people_index(texts)
    head = dict(sorted(head.items(), key=lambda kv: -len(kv[0])))  # the longest spelling matches first
    surnames = {name_key(s.split()[-1]): p for s, p in head.items()}
    roles = {doc: _roles(t, head) for doc, t in joined.items()}
    holders = pd.DataFrame([(r, p) for m in roles.values() for r, p in m.items()], columns=["role", "person"])
    single = {
        r: ps[0] for r, ps in holders.drop_duplicates().groupby("role")["person"].agg(list).items() if len(ps) == 1
    }
    roles = {doc: single | roles.get(doc, {}) for doc in set(out["doc"])}
    raw = [_source(a, roles[d], head, surnames) for a, d in zip(out["attribution"], out["doc"], strict=True)]
    canon = _canonical(r for r in raw if r)
    out["source"] = [canon.get(r) if r else None for r in raw]
    ups = [upstreams(s)[:1] if isinstance(s, str) else [] for s in out["sentence"]]
    names = _canonical(n for u in ups for _, n in u)
    out["upstream"] = [f"{u[0][0]} {names[u[0][1]]}" if u else None for u in ups]
    pairs = list(zip(out["doc"], out["source"], out["upstream"], strict=True))
    heard = {(d, s): u for d, s, u in pairs if isinstance(s, str) and isinstance(u, str)}
    known = sorted({(d, s) for d, s, _ in pairs if isinstance(s, str)})
    for doc, text in joined.items() if articles is not None else ():
        for sentence in _SENTENCES.split(text):
            for kind, name in upstreams(sentence)[:1]:
                who = canon.get(w := _source(sentence, roles.get(doc, {}), head, surnames), w)
                if (doc, who) not in known:  # a source as the facts table writes it
                    who = next((s for d, s in known if d == doc and s.split()[-1] in sentence), who)
                heard.setdefault((doc, who), f"{kind} {names.get(name, name)}")
    out["upstream"] = [u if isinstance(u, str) else heard.get((d, s)) for d, s, u in pairs]
    return out


# --- independence --------------------------------------------------------------------------------------


def reused_sentences(facts_or_articles: Any, threshold: int = REUSE_MATCH) -> pd.DataFrame:
    """Sentences of different articles that one copies or closely paraphrases from the other: doc_a, doc_b,
    outlet_a, outlet_b, sentence_a, sentence_b, score (rapidfuzz token_set_ratio, 0-100)."""
    cols = ["doc_a", "doc_b", "outlet_a", "outlet_b", "sentence_a", "sentence_b", "score"]
    rows = [(r.doc, r.outlet, s.strip()) for r in _texts(facts_or_articles).itertuples()
            for s in _SENTENCES.split(r.text) if len(s.split()) >= 8]  # fmt: skip
    if len(rows) < 2:
        return pd.DataFrame(columns=cols)
    sents = [s for _, _, s in rows]
    scores = process.cdist(sents, sents, scorer=fuzz.token_set_ratio, score_cutoff=threshold, workers=-1)
    pairs = [(rows[i][0], rows[j][0], rows[i][1], rows[j][1], sents[i], sents[j], float(scores[i, j]))
             for i, j in zip(*scores.nonzero(), strict=True) if i < j and rows[i][0] != rows[j][0]]  # fmt: skip
    return pd.DataFrame(pairs, columns=cols)


def independent_sources(rows: pd.DataFrame) -> tuple[int, str]:
    """How many independent sources stand behind one figure's mentions, and what they share.

    Outlets are one source when they name the same upstream or credit the same source, when one names
    another outlet of the set as its upstream, or when they share a copied sentence (REUSE_MATCH).
    Returns (n, "interview with Rossiyskaya Gazeta"): the upstream, else the source, most outlets give.
    """
    col = lambda c: list(rows[c]) if c in rows.columns else [None] * len(rows)  # noqa: E731
    outlets = [o if isinstance(o, str) else d for o, d in zip(col("outlet"), rows["doc"], strict=True)]
    parent = {o: o for o in outlets}

    def find(o: str) -> str:
        while parent[o] != o:
            o = parent[o]
        return o

    items = list(zip(outlets, col("source"), col("upstream"), col("sentence"), strict=True))
    for i, (oa, sa, ua, xa) in enumerate(items):
        for ob, sb, ub, xb in items[i + 1 :]:
            same = any(isinstance(a, str) and a == b for a, b in ((sa, sb), (ua, ub)))
            same |= any(isinstance(u, str) and fuzz.partial_ratio(o.lower(), u.lower()) >= SOURCE_MATCH
                        for u, o in ((ua, ob), (ub, oa)))  # fmt: skip
            if not same and all(isinstance(x, str) and len(x.split()) >= 8 for x in (xa, xb)):
                same = fuzz.token_set_ratio(xa, xb) >= REUSE_MATCH
            parent[find(oa)] = find(ob) if same else find(oa)
    n = len({find(o) for o in outlets})
    for c in ("upstream", "source"):
        shared = Counter(v for _, v in dict.fromkeys((o, v) for o, v in zip(outlets, col(c), strict=True)
                                                     if isinstance(v, str))).most_common(1)  # fmt: skip
        if shared:
            return n, shared[0][0]
    return n, ""
