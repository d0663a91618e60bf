"""A theme's keywords: `keyword_lists`, the one ranking every path uses (a clinic's themes:
describe.py and keyword_rule.py; an analyst's corrections: correction_rebuild.py; the archive's
fitted themes and their muu: fitted.py), with the checks of `KeywordRule`.

Keywords: class-based TF-IDF (BERTopic's c-TF-IDF): the lemmas of all notes of a theme form one
document; weight = tf(lemma, theme) / words in theme * log(1 + mean words per theme /
frequency of the lemma over all themes). A lemma needs to occur in two notes of the theme
(one for themes of one or two notes, or when no lemma is shared by two notes) to be a keyword.
A part of only one longer lemma of the theme, in every note it is in (a compound's part
listed beside the compound: "esi" of "esihenkilö"), is left out (`_is_fragment`); a part
several compounds share stays, what they have in common. The keywords people are shown
(`KeywordLists.shown`; `[themes] keyword_whole_words`) show a part held by one longer
lemma of the theme's notes (and its derivations) that no note says alone as that whole
word (whole_words.py; review 70 #2: "yli", "jäämä" of "ylijäämä"; review 80: "kulku",
"risti", "selko"); the keywords the pipeline reads (`read`: the summary's naming notes)
keep the part (mend142 had it in both, and the posts lost).
Always left out is a time or measure of the closed classes (lexicons/time.toml) that the
notes only use as a part of longer words, however many: "kuu" and "kausi" of
"kuukausimaksu" and "syyskuu" say when, and what those words share is no topic. An
abbreviation ("klo", Voikko's class) is no keyword either (review 38 #22).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from muistiinpanot.themes.whole_words import add_shown, whole_word


class KeywordLists(NamedTuple):
    """A theme's keywords as the pipeline reads them (`read`: the summary's naming notes,
    the archive's links) and as people are shown them (`shown`: themes.csv, report.html,
    notes.xlsx), from one ranking (review 80: "kulku" of "kulunvalvonta")."""

    read: tuple[str, ...]
    shown: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KeywordRule:
    """What keyword_lists checks (its docstring says how): `top` keywords a theme; the
    lemmas Voikko does not know (`unknown`), reads as verbs (`verbs`) or only as
    abbreviations (`abbreviations`); `own_share` of a verb's notes its theme's;
    `spread_out` words; the closed classes of `times`; each compound lemma's parts
    (`parts_of`, word_classes.compound_parts); `whole_words` ([themes] keyword_whole_words)
    and `drop_echoes` ([themes] keyword_drop_echoes, read with `whole_words` only).
    keyword_rule.batch_rule makes the one of a batch of notes."""

    top: int = 6
    unknown: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    own_share: float = 0.5
    spread_out: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    parts_of: Mapping[str, frozenset[str]] = field(default_factory=dict)
    abbreviations: frozenset[str] = frozenset()
    whole_words: bool = False
    drop_echoes: bool = False


def keyword_lists(
    docs_by_theme: Mapping[str, Sequence[Sequence[str]]], rule: KeywordRule | None = None
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
    part is left out), or the read ones when that leaves the theme none; with
    `drop_echoes`, a shown one that only echoes another shown one (`_echoes`: "luku"
    beside "lukupiiri") is left out and the next ranked one shown in its place
    (whole_words.add_shown; mend175); without `whole_words`, the read ones."""
    rule = rule or KeywordRule()
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
        docs, limit = docs_by_theme[theme], rule.top if rule.top >= 0 else len(scored)
        read: list[str] = []
        whole: list[str] = []  # the same ranking, a part no note says alone as its word
        dropped: set[str] = set()  # shown ones left out beside a compound holding them
        echoes = functools.partial(
            _echoes, notes_of=notes_of, parts_of=rule.parts_of, min_notes=min_notes
        )
        for _, lemma in scored:  # in rank order until both lists are full: the checks are
            # pure, and the rest never shown
            if len(read) >= limit and (not rule.whole_words or len(whole) >= limit):
                break
            if _kept(lemma, notes_of, doc_freq[theme], notes_with, rule):
                if len(read) < limit:
                    read.append(lemma)
                if rule.whole_words and len(whole) < limit:
                    word = whole_word(lemma, docs, rule.parts_of) or lemma
                    if word not in whole and (
                        word == lemma or _kept(word, notes_of, doc_freq[theme], notes_with, rule)
                    ):
                        if rule.drop_echoes:
                            add_shown(whole, word, echoes, dropped)
                        else:
                            whole.append(word)
        if rule.top < 0:
            read, whole = read[: rule.top], whole[: rule.top]
        shown = (tuple(whole) or tuple(read)) if rule.whole_words else tuple(read)
        result[theme] = KeywordLists(tuple(read), shown)
    return result


def _kept(
    lemma: str,
    notes_of: Mapping[str, set[int]],
    theme_notes: Mapping[str, int],
    all_notes: Mapping[str, int],
    rule: KeywordRule,
) -> bool:
    """Whether `lemma` may be a keyword of its theme (keyword_lists' checks)."""
    return (
        lemma.replace("-", "").isalpha()
        and lemma not in rule.abbreviations
        and not _is_fragment(lemma, notes_of, rule.unknown)
        and not (lemma in rule.times and _is_time_part(lemma, notes_of, rule.parts_of))
        and (lemma not in rule.verbs or _names_theme(lemma, theme_notes, all_notes, rule.own_share))
        and not (lemma in rule.verbs and lemma in rule.spread_out)
    )


def _echoes(
    part: str,
    compound: str,
    notes_of: Mapping[str, set[int]],
    parts_of: Mapping[str, frozenset[str]],
    min_notes: int,
) -> bool:
    """Whether `part` only repeats `compound` among a theme's keywords (mend175): it is one of
    the compound's parts as Voikko splits it (`parts_of`: "luku" of "lukupiiri", never a
    string's beginning: "kirjasto" holds no "kirja" so), no other lemma of the theme's
    notes holds it (a part several words share is what they have in common and stays, as in
    `_is_fragment`: "radio" of "radioasema" and "radioteatteri"), and fewer than
    `min_notes` notes (a keyword's own threshold) say it without the compound: it is a
    keyword by the compound's notes only."""
    if part not in parts_of.get(compound, ()):
        return False
    if any(other != compound and part in parts_of.get(other, ()) for other in notes_of):
        return False
    return len(notes_of.get(part, set()) - notes_of.get(compound, set())) < min_notes


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
