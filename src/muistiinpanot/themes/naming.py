"""Labels of emergent themes: short Finnish noun phrases from a theme's distinctive nouns
("Osallisuus ja asukasraati", "Avoin data", "Kunnan palvelu").

The theme's head nouns, their scores and the texts they are shown as (a phrase, a compound,
the number the notes use) come from label_heads.theme_heads: distinctive nouns of its notes as
parsed, never a name, a time or a measure, a generic or topic word only inside a phrase. Two
heads are joined with "ja" when the second scores at least `label_pair_share` of the first and
most of its notes are not the first's (label_choice.label_options). With no head at all, two
nouns the theme holds that together are in most of its notes name it ("Kissa ja aitaus",
label_pair.noun_pair_label), and a label of one word as common as everyday Finnish takes
such a noun of the notes it is not in ("Ohjaajat ja nuoret", label_pair.completed_label);
with neither, the label says so: `label_fallback` and the theme's commonest nouns ("Muita
nostoja: asiointi, ajanvaraus"), under the same rule (no generic or topic word, no name, no
time or measure of the closed classes: "lokakuu", "vuosi");
`is_fallback` tells such a label, which the post does not name in its opening paragraph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from muistiinpanot.themes.label_choice import (
    Head,
    distinguishing_label,
    label_options,
    named_lemmas,
)
from muistiinpanot.themes.label_evidence import LabelNote, LabelWords, theme_evidence
from muistiinpanot.themes.label_heads import is_setting_noun, theme_heads
from muistiinpanot.themes.label_pair import PairEvidence, completed_label, noun_pair_label
from muistiinpanot.themes.label_reading import written_as
from muistiinpanot.themes.label_text import capital, fallback_label, is_fallback
from muistiinpanot.themes.label_time import measure_nouns, names_time_or_measure
from muistiinpanot.themes.settings import ThemeSettings

__all__ = ["LabelNote", "LabelWords", "theme_labels"]


def theme_labels(
    notes_by_theme: Sequence[Sequence[LabelNote]],
    docs_by_theme: Sequence[Sequence[Sequence[str]]],
    other_docs: Sequence[Sequence[str]],
    words: LabelWords,
    settings: ThemeSettings,
    withheld: Sequence[frozenset[int]] = (),
    groups: Sequence[Sequence[str]] = (),
) -> list[str]:
    """A distinct label for each theme from its parsed notes (`notes_by_theme[t]`; of them,
    `withheld[t]` hold personal data: no label's second noun is theirs alone); the
    content lemmas of all its notes (`docs_by_theme[t]`) are the other themes' background,
    as are `other_docs` (the batch's notes of no labelled theme: seeded themes, muu). Themes
    whose best label is the same each take what tells them apart: the label's head with
    the best head of their own that the others lack ("Hakemus ja odotusaika",
    label_choice.distinguishing_label); a label still repeated falls back to the theme's
    next heads, and is numbered ("Avoin data 2") when none is left. `groups[t]`: the group
    of each of `notes_by_theme[t]` (empty: unknown): a label's word is carried by notes of
    more than one group (label_heads._carried)."""
    doc_freq = [Counter(w for doc in docs for w in set(doc)) for docs in docs_by_theme]
    total = Counter(w for doc in other_docs for w in set(doc))
    for counts in doc_freq:
        total.update(counts)
    notes_total = len(other_docs) + sum(len(docs) for docs in docs_by_theme)
    is_measure = measure_nouns(words.analyses)
    heads_of: list[list[Head]] = []
    options_of: list[list[str]] = []
    for index, notes in enumerate(notes_by_theme):
        rest = notes_total - len(docs_by_theme[index])

        def share(word: str, index: int = index, rest: int = rest) -> float:
            batch = (total[word] - doc_freq[index][word] + 0.5) / (rest + 1)
            if not words.example_share:
                return batch
            return (batch + words.example_share.get(word, 0.0)) / 2

        def spread(word: str, index: int = index) -> float:
            """The share of the batch's notes with `word` that are this theme's."""
            return doc_freq[index][word] / max(total[word], 1)

        found = theme_evidence(notes, words, withheld[index] if withheld else frozenset())
        heads = theme_heads(
            found,
            len(notes),
            words,
            share,
            settings,
            spread,
            is_measure,
            groups[index] if groups else (),
        )
        timed = frozenset(
            lemma for lemma in found.nouns if is_setting_noun(lemma, found, words, settings)
        )
        # lemmas the parser made up ("kerto" of "kertoja": label_reading) name nothing
        invented = frozenset(
            lemma
            for lemma, written in found.written.items()
            if not written_as(lemma, found.cased.get(lemma, lemma), written, words)
        )
        unusable = words.excluded | words.generic | timed | invented
        pair = PairEvidence(found, unusable, spread, words, settings, is_measure)
        options = label_options(heads, settings, len(notes), spread) or [
            noun_pair_label(pair, len(notes))
            or fallback_label(
                [tokens for tokens, _ in notes],
                unusable | words.background | _times_said(notes, is_measure),
                settings.label_fallback,
            )
        ]
        lone = next((h for h in heads if capital(h.text) == options[0]), None)
        if lone and " " not in lone.text and not lone.specific and _everyday(lone, words, settings):
            head = (lone.lemma, lone.notes, lone.text)
            completed = completed_label(head, pair)
            options = [completed, *options] if completed else options
        heads_of.append(heads)
        options_of.append(options)
    named = [named_lemmas(heads_of[i], options[0]) for i, options in enumerate(options_of)]
    labels: list[str] = []
    for index, options in enumerate(options_of):
        # a label naming only what another theme's label names: what tells it from them
        shared = [
            other
            for other in range(len(options_of))
            if other != index and named[index] and named[index] <= named[other]
        ]
        if shared and not is_fallback(options[0], settings):
            others = {head.lemma for other in shared for head in heads_of[other]}
            told = distinguishing_label(heads_of[index], options[0], others)
            options = [told, *options] if told else options
        label = next((text for text in options if text not in labels), options[0])
        base, number = label, 2
        while label in labels:
            label = f"{base} {number}"
            number += 1
        labels.append(label)
    return labels


def _times_said(notes: Sequence[LabelNote], is_measure: Callable[[str], bool]) -> frozenset[str]:
    """The nouns of the notes that are times or measures of the closed classes ("lokakuu",
    "vuosi", "iltapäivä", "euro"): they say when or how much, and no fallback lists them, as
    no head or pair names them (label_time.names_time_or_measure)."""
    return frozenset(
        token.lemma.lower()
        for tokens, _ in notes
        for token in tokens
        if token.pos == "NOUN" and names_time_or_measure(token.lemma.lower(), is_measure)
    )


def _everyday(head: Head, words: LabelWords, settings: ThemeSettings) -> bool:
    """Whether a lone head's word is as common in general Finnish as `label_common_zipf`
    (a derived word too: "ohjaaja", "opiskelija"; a -minen noun by its own form, its lemma
    being the verb), shown as that word (Voikko reads the text's base form as the lemma):
    too general to name a theme alone."""
    text = head.text.lower()
    if words.frequency is None or words.analyses is None or not settings.label_common_zipf:
        return False
    if not any(a.get("BASEFORM", "").lower() == head.lemma for a in words.analyses(text)):
        return False  # a compound shown for its part ("kesätyö" of "kesä"): specific
    word = text if text.endswith("minen") else head.lemma
    return words.frequency(word) >= settings.label_common_zipf
