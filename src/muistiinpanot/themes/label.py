"""Keywords, generic words and representative notes per theme (emergent labels: naming.py).

Keywords: class-based TF-IDF (BERTopic's c-TF-IDF): the lemmas of all notes of a theme form one
document; weight = tf(lemma, theme) / words in theme * log(1 + mean words per theme /
frequency of the lemma over all themes). A lemma needs to occur in two notes of the theme
(one for themes of one or two notes, or when no lemma is shared by two notes) to be a keyword.
A part of only one longer lemma of the theme, in every note it is in (a compound's part
listed beside the compound: "esi" of "esihenkilö"), is left out (`_is_fragment`); a part
several compounds share stays, what they have in common. The keywords people are shown
(`keyword_lists`' `shown`; `[themes] keyword_whole_words`) show a part held by one longer
lemma of the theme's notes (and its derivations) that no note says alone as that whole
word (whole_words.py; review 70 #2: "yli", "jäämä" of "ylijäämä"; review 80: "kulku",
"risti", "selko"); the keywords the pipeline reads (`read`: the summary's naming notes)
keep the part (mend142 had it in both, and the posts lost).
Always left out is a time or measure of the closed classes (lexicons/time.toml) that the
notes only use as a part of longer words, however many: "kuu" and "kausi" of
"kuukausimaksu" and "syyskuu" say when, and what those words share is no topic. An
abbreviation ("klo", Voikko's class) is no keyword either (review 38 #22).
Representatives: maximal marginal relevance (vectorize.mmr) over unit note vectors, relevance
being the cosine to the theme's centroid.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np

from muistiinpanot.records import Theme
from muistiinpanot.themes.whole_words import whole_word
from muistiinpanot.vectorize import FloatArray, mmr, normalize_rows
from muistiinpanot.wordparts import parts

#: Voikko's word classes of people's and places' names: never a keyword or a label.
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})


class KeywordLists(NamedTuple):
    """A theme's keywords as the pipeline reads them (`read`: the summary's naming notes,
    the archive's links) and as people are shown them (`shown`: themes.csv, report.html,
    notes.xlsx), from one ranking (review 80: "kulku" of "kulunvalvonta")."""

    read: tuple[str, ...]
    shown: tuple[str, ...]


def theme_keywords(
    docs_by_theme: Mapping[str, Sequence[Sequence[str]]],
    top: int = 6,
    unknown: frozenset[str] = frozenset(),
    verbs: frozenset[str] = frozenset(),
    own_share: float = 0.5,
    spread_out: frozenset[str] = frozenset(),
    times: frozenset[str] = frozenset(),
    parts_of: Mapping[str, frozenset[str]] | None = None,
    abbreviations: frozenset[str] = frozenset(),
    whole_words: bool = False,
) -> dict[str, tuple[str, ...]]:
    """The shown keywords of keyword_lists (with `whole_words` false, the read ones)."""
    return {
        theme: lists.shown
        for theme, lists in keyword_lists(
            docs_by_theme, top, unknown, verbs, own_share, spread_out, times, parts_of,
            abbreviations, whole_words,
        ).items()
    }  # fmt: skip


def keyword_lists(
    docs_by_theme: Mapping[str, Sequence[Sequence[str]]],
    top: int = 6,
    unknown: frozenset[str] = frozenset(),
    verbs: frozenset[str] = frozenset(),
    own_share: float = 0.5,
    spread_out: frozenset[str] = frozenset(),
    times: frozenset[str] = frozenset(),
    parts_of: Mapping[str, frozenset[str]] | None = None,
    abbreviations: frozenset[str] = frozenset(),
    whole_words: bool = False,
) -> dict[str, KeywordLists]:
    """The `top` most distinctive lemmas of each theme (ties broken alphabetically), none
    a compound's part beside its compound (`_is_fragment`; a part that is no word of its
    own, in `unknown`, such as "etä" or "sisä", beside any compounds) nor a lemma with
    other characters than letters and hyphens. A verb (in `verbs`) is a keyword only when
    more than `own_share` of the notes of all themes with it are this theme's ("saada" is
    said in every theme and names none) and it is not in `spread_out` (words spread evenly
    over the topics of the labelled example notes: "päästä", "lähteä", "viedä");
    "ilmoittautua", the lemma of "ilmoittautuminen", stays in the theme on enrolment.
    A lemma of `times` (the closed classes of times and measures) is no keyword when every
    note of the theme with it has a longer lemma whose compound parts (`parts_of`, Voikko's
    base forms: "kuukausimaksu" → kuu, kausi, maksu) include it. A lemma of `abbreviations`
    (Voikko reads it only as one: "klo") is no keyword (review 38 #22). Those are the
    `read` keywords. The `shown` ones, with `whole_words`, are the same ranking with a part
    no note says alone given as the one whole word holding it (whole_words.whole_word:
    "apu" → "apuväline"; once, and only when that word passes the same checks, else the
    part is left out), or the read ones when that leaves the theme none; without
    `whole_words`, the read ones."""
    counts = {
        theme: Counter(lemma for doc in docs for lemma in doc)
        for theme, docs in docs_by_theme.items()
    }
    doc_freq = {
        theme: Counter(lemma for doc in docs for lemma in set(doc))
        for theme, docs in docs_by_theme.items()
    }
    overall: Counter[str] = Counter()
    for counter in counts.values():
        overall.update(counter)
    notes_with: Counter[str] = Counter()
    for counter in doc_freq.values():
        notes_with.update(counter)
    sizes = [sum(counter.values()) for counter in counts.values()]
    average = (sum(sizes) / len(sizes)) if sizes else 0.0
    result: dict[str, KeywordLists] = {}
    checks = _Checks(unknown, verbs, own_share, spread_out, times, parts_of or {}, abbreviations)
    for theme, counter in counts.items():
        total = max(sum(counter.values()), 1)
        min_notes = 2 if len(docs_by_theme[theme]) > 2 else 1
        scored = [
            (count / total * np.log(1 + average / overall[lemma]), lemma)
            for lemma, count in counter.items()
            if doc_freq[theme][lemma] >= min_notes
        ]
        if not scored:  # no lemma shared by two notes: the most distinctive ones still say most
            scored = [
                (count / total * np.log(1 + average / overall[lemma]), lemma)
                for lemma, count in counter.items()
            ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        notes_of = _notes_by_lemma(docs_by_theme[theme])
        docs, limit = docs_by_theme[theme], top if top >= 0 else len(scored)
        read: list[str] = []
        whole: list[str] = []  # the same ranking, a part no note says alone as its word
        for _, lemma in scored:  # in rank order until both lists are full: the checks are
            # pure, and the rest never shown
            if len(read) >= limit and (not whole_words or len(whole) >= limit):
                break
            if _kept(lemma, notes_of, doc_freq[theme], notes_with, checks):
                if len(read) < limit:
                    read.append(lemma)
                if whole_words and len(whole) < limit:
                    word = whole_word(lemma, docs, parts_of) or lemma
                    if word not in whole and (
                        word == lemma or _kept(word, notes_of, doc_freq[theme], notes_with, checks)
                    ):
                        whole.append(word)
        if top < 0:
            read, whole = read[:top], whole[:top]
        shown = (tuple(whole) or tuple(read)) if whole_words else tuple(read)
        result[theme] = KeywordLists(tuple(read), shown)
    return result


class _Checks(NamedTuple):
    unknown: frozenset[str]
    verbs: frozenset[str]
    own_share: float
    spread_out: frozenset[str]
    times: frozenset[str]
    parts_of: Mapping[str, frozenset[str]]
    abbreviations: frozenset[str]


def _kept(
    lemma: str,
    notes_of: Mapping[str, set[int]],
    theme_notes: Mapping[str, int],
    all_notes: Mapping[str, int],
    checks: _Checks,
) -> bool:
    """Whether `lemma` may be a keyword of its theme (keyword_lists' checks)."""
    return (
        lemma.replace("-", "").isalpha()
        and lemma not in checks.abbreviations
        and not _is_fragment(lemma, notes_of, checks.unknown)
        and not (lemma in checks.times and _is_time_part(lemma, notes_of, checks.parts_of))
        and (
            lemma not in checks.verbs
            or _names_theme(lemma, theme_notes, all_notes, checks.own_share)
        )
        and not (lemma in checks.verbs and lemma in checks.spread_out)
    )


def _names_theme(
    lemma: str, theme_notes: Mapping[str, int], all_notes: Mapping[str, int], own_share: float
) -> bool:
    """Whether more than `own_share` of the notes with `lemma` (of all themes) are the theme's."""
    return theme_notes.get(lemma, 0) > own_share * all_notes.get(lemma, 0)


def _notes_by_lemma(docs: Sequence[Sequence[str]]) -> dict[str, set[int]]:
    notes: dict[str, set[int]] = {}
    for index, doc in enumerate(docs):
        for lemma in doc:
            notes.setdefault(lemma, set()).add(index)
    return notes


def _is_fragment(
    lemma: str, notes_of: Mapping[str, set[int]], unknown: frozenset[str] = frozenset()
) -> bool:
    """Whether `lemma` is only a part of one longer lemma of the theme's notes (a compound's
    part listed beside the compound: "esi" and "henkilö" of "esihenkilö", "digi" of
    "digituki"): that lemma begins or ends with it and is in every note it is in. A part
    shared by several compounds ("energia" of "energianeuvonta" and "energiaremontti") is
    what they have in common, and stays, unless it is no word of its own (`unknown`: "etä"
    of "etäkurssi" and "etäosallistuja"): then any longer lemmas with it in every note it
    is in make it a fragment."""
    holders = [
        notes
        for other, notes in notes_of.items()
        if len(other) > len(lemma) and (other.startswith(lemma) or other.endswith(lemma))
    ]
    if lemma in unknown:
        return bool(holders) and notes_of[lemma] <= set().union(*holders)
    return any(notes_of[lemma] <= notes for notes in holders)


def is_abbreviation(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads a word only as an abbreviation ("klo"; "ym"), and reads it."""
    return bool(analyses) and all(analysis.get("CLASS") == "lyhenne" for analysis in analyses)


def _is_time_part(
    lemma: str, notes_of: Mapping[str, set[int]], parts_of: Mapping[str, frozenset[str]]
) -> bool:
    """Whether each note with `lemma` has a longer lemma with it among its compound parts
    ("kuu" of "syyskuu", "kausi" of "kuukausimaksu", inside the word as well as at its ends)."""
    holders = [
        notes
        for other, notes in notes_of.items()
        if other != lemma and lemma in parts_of.get(other, ())
    ]
    return bool(holders) and notes_of[lemma] <= set().union(*holders)


def compound_parts(
    analyses: Mapping[str, Sequence[Mapping[str, str]]],
) -> dict[str, frozenset[str]]:
    """Each compound lemma's parts as Voikko's readings of the lemma itself split it (the
    underived parts' base forms: "kuukausimaksu" → kuu, kausi, maksu; "syyskuu" → syys,
    kuu); a word of one part is left out."""
    found: dict[str, frozenset[str]] = {}
    for lemma, readings in analyses.items():
        bases = {
            part.base.lower()
            for reading in readings
            if reading.get("BASEFORM", "").lower() == lemma
            for part in parts(reading)
            if not part.derived
        }
        if len(bases) > 1 or (bases and lemma not in bases):
            found[lemma] = frozenset(bases)
    return found


def is_name(analyses: Iterable[Mapping[str, str]]) -> bool:
    """Whether any of a word's Voikko analyses reads it as a first name, surname or place
    name ("virtanen", "matti", "tampere"): such a word never names a theme, even when it is
    also a common noun."""
    return any(analysis.get("CLASS") in NAME_CLASSES for analysis in analyses)


def is_verb(lemma: str, analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads `lemma` as a verb in its base form: every analysis whose base
    form is the lemma itself is a verb ("päästä"; its reading as the elative of "pää" has
    another base form), and there is one."""
    own = [analysis for analysis in analyses if analysis.get("BASEFORM") == lemma]
    return bool(own) and all(analysis.get("CLASS") == "teonsana" for analysis in own)


def generic_words(
    docs: Sequence[Sequence[str]], labels: Sequence[str], share: float, spread: float
) -> frozenset[str]:
    """Words too general to name a theme alone, measured on labelled example notes: said in
    at least `share` of all notes, and spread over the labels (normalised entropy of the
    word's label distribution, each label's count divided by the label's size, at least
    `spread`). 'kunta', 'palvelu', 'ryhmä' come out generic; 'luottamus' (one label) and
    'osallisuus' (rare) do not. With `share` 0, every word spread so evenly (the verbs
    among them are left out of keywords: theme_keywords)."""
    sizes = Counter(labels)
    if len(sizes) < 2 or not docs:
        return frozenset()
    by_word: dict[str, Counter[str]] = {}
    for doc, label in zip(docs, labels, strict=True):
        for word in set(doc):
            by_word.setdefault(word, Counter())[label] += 1
    result = set()
    for word, counts in by_word.items():
        if sum(counts.values()) < share * len(docs):
            continue
        rates = np.array([counts[label] / sizes[label] for label in sorted(sizes)])
        p = rates[rates > 0] / rates.sum()
        if float(-(p * np.log(p)).sum() / np.log(len(sizes))) >= spread:
            result.add(word)
    return frozenset(result)


def example_shares(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Each lemma's document share in `docs` (the labelled example notes; naming.py)."""
    counts = Counter(word for doc in docs for word in set(doc))
    return {word: count / len(docs) for word, count in counts.items()}


def representative_ids(
    ids: Sequence[str], vectors: FloatArray, count: int = 4, relevance_weight: float = 0.6
) -> tuple[str, ...]:
    """Up to `count` ids of notes typical of the group (rows of `vectors`) and unlike each
    other, best first (vectorize.mmr, relevance = cosine to the group's centroid); ties go to
    the smaller id."""
    if not ids:
        return ()
    order = np.argsort(np.asarray(ids), kind="stable")
    ids = [ids[i] for i in order]
    vectors = vectors[order]
    centroid = normalize_rows(vectors.mean(axis=0, keepdims=True))[0]
    chosen = mmr(vectors, vectors @ centroid, count, relevance_weight=relevance_weight)
    return tuple(ids[i] for i in chosen)


def with_members(
    theme: Theme,
    rows: Sequence[int],
    ids: Sequence[str],
    vectors: FloatArray,
    keywords: tuple[str, ...] | KeywordLists,
    *,
    total: int,
    representatives: int,
    relevance_weight: float,
) -> Theme:
    """`theme` with the size, share (of `total` notes), keywords (read and shown, when
    `keywords` are both) and representative notes of its member `rows` (indices into `ids`
    and `vectors`)."""
    lists = keywords if isinstance(keywords, KeywordLists) else KeywordLists(keywords, keywords)
    return dataclasses.replace(
        theme,
        size=len(rows),
        share=round(len(rows) / total, 4),
        keywords=lists.read,
        shown_keywords=None if lists.shown == lists.read else lists.shown,
        representative_ids=representative_ids(
            [ids[r] for r in rows], vectors[list(rows)], representatives, relevance_weight
        ),
    )
