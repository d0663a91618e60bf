"""A label of two nouns for an emergent theme no head names (naming.py): before falling back to
"Muita nostoja: …", the theme's notes may still share two nouns of their own that together
name most of them ("Kissa ja aitaus", "Valmentaja ja vanhemmat").

The nouns are the ones the notes use as nouns on their own (label_evidence.Evidence.alone),
never a name, nor a word no note writes in lower case ("Runo" may be one), nor a lemma Voikko
reads in no form the notes write, or reads that form as a commoner noun (the parser's "kerto" of
"kertoja": label_reading), a generic word, a noun the notes use as a time or a measure
(`unusable`), nor one of the closed classes of times and measures at all ("kesä", "viikko",
"euro": label_time.names_time_or_measure: when or how much, not what); each held by the theme:
at least `label_own_share` of the batch's notes with it are the theme's (`spread`). The first is
the one in most of the theme's notes (in two at least); the second the one in most of the notes
the first is not in (one at least); each in `label_pair_notes` notes at least besides those that
hold personal data (Evidence.withheld), as the noun `completed_label` adds is; together they
must be in over `label_phrase_share` of the theme's notes, or the pair names too little of it
and the theme keeps its fallback. Never one word alone: a lone common word is what issue 12
forbids. A noun shown in the plural that Voikko would also read as a name ("Autot": of the
surname "Autto") is shown in the singular. Ties go to the alphabetically first noun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from muistiinpanot.themes.label_evidence import Evidence, LabelWords
from muistiinpanot.themes.label_forms import numbered
from muistiinpanot.themes.label_reading import written_as
from muistiinpanot.themes.label_roots import one_thing, word_roots
from muistiinpanot.themes.label_text import capital, wordlike
from muistiinpanot.themes.label_time import names_time_or_measure
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.themes.word_classes import is_name

__all__ = ["PairEvidence", "completed_label", "noun_pair_label"]


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """What a pair's nouns are read from, for one theme: `found` what its notes show
    (label_evidence.Evidence); `unusable` the lemmas no label may show (excluded, generic,
    timed, invented words); `spread` the share of the batch's notes with a lemma that are the
    theme's; `words` the batch's word lists and Voikko's readings; `is_measure` whether a
    lemma names a measure (label_time.measure_nouns), None to read the closed classes only."""

    found: Evidence
    unusable: frozenset[str]
    spread: Callable[[str], float]
    words: LabelWords
    settings: ThemeSettings
    is_measure: Callable[[str], bool] | None = None


def noun_pair_label(theme: PairEvidence, size: int) -> str | None:
    """A label "X ja Y" from the two nouns of the theme's `size` notes chosen by how many of its
    notes they cover (see the module docstring), or None."""
    held = _shown_enough(_held(theme), theme)
    ranked = sorted(held.items(), key=lambda item: (-len(item[1]), item[0]))
    if not ranked or len(ranked[0][1]) < 2:
        return None
    first, first_notes = ranked[0]
    second = _second(first, first_notes, held, theme)
    if (
        second is None
        or len(first_notes | held[second]) <= theme.settings.label_phrase_share * size
    ):
        return None
    shown = [_shown(lemma, theme) for lemma in (first, second)]
    return capital(" ja ".join(shown))


def completed_label(head: tuple[str, set[int], str], theme: PairEvidence) -> str | None:
    """A lone word as common as everyday Finnish (`head`: its lemma, notes and text, the
    theme's label alone) with the noun the theme holds that is in most of the notes the word
    is not in, and in `label_pair_notes` notes at least (two at least) that hold no personal
    data ("Ohjaajat ja jaksaminen"); None when there is none."""
    lemma, notes, text = head
    # at least two notes, as before `label_pair_notes` (1 keeps a pair's second noun of one note)
    second = _second(lemma, notes, _shown_enough(_held(theme), theme, least=2), theme)
    if second is None:
        return None
    return capital(f"{text} ja {_shown(second, theme)}")


def _held(theme: PairEvidence) -> dict[str, set[int]]:
    """The nouns the theme's notes use on their own that may name it, with their notes."""
    found = theme.found
    return {
        lemma: notes
        for lemma, notes in found.alone.items()
        if wordlike(lemma)
        and lemma not in theme.unusable
        and _is_noun(lemma, found)
        and _lowered(lemma, found)
        and written_as(
            lemma, found.cased.get(lemma, lemma), found.written.get(lemma, Counter()), theme.words
        )
        and not names_time_or_measure(lemma, theme.is_measure)
        and theme.spread(lemma) >= theme.settings.label_own_share
    }


def _shown_enough(
    held: dict[str, set[int]], theme: PairEvidence, least: int = 1
) -> dict[str, set[int]]:
    """The held nouns in at least `label_pair_notes` of the theme's notes that hold no
    personal data (Evidence.withheld): a second noun of one note, or of notes the post
    drops, names what no bullet says ("Perhe ja kerho" of "Toivolle ei kerrottu ajoissa
    että kerho siirtyy"; review 23 #6)."""
    return {
        lemma: notes
        for lemma, notes in held.items()
        if len(notes - theme.found.withheld) >= max(least, theme.settings.label_pair_notes)
    }


def _second(
    first: str, first_notes: set[int], held: dict[str, set[int]], theme: PairEvidence
) -> str | None:
    """The held noun in most of the notes `first` is not in (then in most notes, then
    alphabetically first), another word than `first` and no compound of it, nor naming the
    same thing by its roots (label_roots.one_thing: "lapsi", "lastenhoito"); None without."""
    analyses = theme.words.analyses
    roots = word_roots(first, analyses)
    rest = [
        (lemma, notes)
        for lemma, notes in held.items()
        if first not in lemma
        and lemma not in first
        and notes - first_notes
        and not one_thing(roots, word_roots(lemma, analyses))
    ]
    if not rest:
        return None
    return min(rest, key=lambda item: (-len(item[1] - first_notes), -len(item[1]), item[0]))[0]


def _is_noun(lemma: str, found: Evidence) -> bool:
    """Whether the notes tag `lemma` a noun at least as often as anything else."""
    tags = found.tags.get(lemma)
    return tags is None or tags[True] >= tags[False]


def _lowered(lemma: str, found: Evidence) -> bool:
    """Whether the notes write `lemma` in lower case more often than capitalised inside a
    sentence (or, capitalised, where a sentence opens): a word no note writes in lower case
    may be a given name that is also a word ("Runo", "Selja"), as label_heads._owned reads
    it."""
    lowered = found.lowered.get(lemma, Counter())
    return lowered[True] > lowered[False]


def _shown(lemma: str, theme: PairEvidence) -> str:
    """The noun as written in a label: its acronym's capitals or -minen form, in the number
    the notes use (label_forms.numbered)."""
    found, analyses = theme.found, theme.words.analyses
    text = found.cased.get(lemma, lemma)
    shown = numbered(text, found.plural, found.plurals, analyses, theme.settings.label_plural_share)
    if shown != text and analyses is not None and is_name(analyses(shown)):
        return text
    return shown
