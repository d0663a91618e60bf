"""The head nouns of an emergent theme's label (naming.py puts the label together from them):
each with its score and the text it is shown as.

Candidates come from the theme's notes as parsed (themes.protocols.ParsedToken), so a word is a
noun only when the notes use it as one: a lemma whose tokens in the theme's notes are mostly
tagged NOUN is a head candidate (a verb "kysyä", "pitää" never is; a compound part such as
"ala" of "toimiala" is not a token and never a candidate; names and excluded words never).
A head is scored by how much more often the theme's notes use it than the background does:
coverage c (share of the theme's notes with it as a noun) times log(c / b), b the mean of its
document share in the batch's other notes and in the labelled example notes (a pointwise KL
term: common words, in this clinic or in Finnish notes at large, score low). A head must be
in `label_distinct` times its background share, and in two of the theme's notes. A noun the
notes use mostly as the time of what they say ("perjantaina", "vuoden päästä":
label_forms.is_setting) or count as a measure ("kolme kilometriä": is_counted) names no
theme, and is no keyword of a fallback label; a noun used as a postposition ("kilometrin
päähän") is no noun.

Phrases: an agreeing adjective ("avoin data") or a genitive noun ("kunnan palvelu") that
modifies the head in at least two of its notes (and in `label_phrase_share` of them) makes the
phrase; adjectives in their base form, the genitive as the notes write it; the head in the
number the notes use ("Asukasraadit", "Kunnan palvelut"; label_forms.numbered). A generic word
(label.generic_words: frequent in the example notes and spread over their topics) is a label
only inside such a phrase, never alone; nor is a plain stem (label_general.is_plain_stem) as common
in general Finnish as `label_common_zipf` (general_zipf: "hinta", "koulu"), which takes a rarer
second head, a modifier or compound two of its notes use, or names no label
(label_choice.label_options). A noun never said alone that begins two different compounds is a
head shown as the two commonest ("Asukasilta ja asukasraati", "Tulva-alue ja tulvakartta").
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Callable, Sequence

from muistiinpanot.themes.label_choice import Head
from muistiinpanot.themes.label_evidence import Evidence, LabelWords, best_phrase
from muistiinpanot.themes.label_forms import numbered
from muistiinpanot.themes.label_general import is_plain_stem
from muistiinpanot.themes.label_reading import written_as
from muistiinpanot.themes.label_roots import one_thing, word_roots
from muistiinpanot.themes.label_time import names_time_or_measure
from muistiinpanot.themes.settings import ThemeSettings

__all__ = ["is_setting_noun", "theme_heads"]


def theme_heads(
    found: Evidence,
    count: int,
    words: LabelWords,
    share: Callable[[str], float],
    settings: ThemeSettings,
    spread: Callable[[str], float] | None = None,
    is_measure: Callable[[str], bool] | None = None,
    groups: Sequence[str] = (),
) -> list[Head]:
    """The theme's head nouns that pass (`found`: what its `count` notes say of their
    words), best first, each with its text: its phrase, the compound most of its notes use,
    or the word itself. A noun the notes use as a time or a measure is none. A topic word
    of the batch (`words.background`) whose notes in the batch are at least
    `label_topic_share` this theme's (`spread`) is the theme's own word, not the batch's.
    A head the notes of too few of their `groups` carry (each note's group, by index;
    empty: unknown) is none (`_carried`); one under `label_cover_share` of the notes carry
    is `narrow`, one whose shown compound fewer than two notes write is `rare`."""
    compounds = set().union(*found.endings.values())  # words the notes' lemmas split into parts
    size = max(count, 1)
    min_notes = 2 if count > 2 else 1
    heads = []
    for lemma, notes_of in found.nouns.items():
        if lemma not in found.alone and len(found.endings.get(lemma, ())) < 2:
            continue  # a part of one compound only, never alone ("ala" of "toimiala")
        if not _read_as(lemma, found, words):
            continue  # a lemma the parser made up: "kerto" of "kymmeniä kertoja"
        if is_setting_noun(lemma, found, words, settings):
            continue  # when or how much, not what: "perjantaina", "vuoden päästä", "3 km"
        # a noun said alone also covers the notes that use it as a compound's first part
        covered = notes_of | found.inner.get(lemma, set()) if lemma in found.alone else notes_of
        tags = found.tags.get(lemma, Counter({True: 1}))
        coverage = len(covered) / size
        background = share(lemma)
        if (
            tags[True] < tags[False]
            or len(covered) < min_notes
            or coverage < settings.label_distinct * background
        ):
            continue
        text = best_phrase(lemma, covered, found, settings.label_phrase_share, min_notes)
        if lemma not in found.alone:  # a part said only inside compounds: the commonest one
            text = min(found.endings[lemma], key=lambda c: (-len(found.alone.get(c, ())), c))
        common = text is None and _is_common(lemma, words, settings)
        # a word too common alone may take any modifier or compound two of its notes use
        loose = best_phrase(lemma, covered, found, 0.0, min_notes) if common else None
        if text is None and (
            lemma in words.generic
            or (lemma in words.background and not _owned(lemma, covered, found, spread, settings))
        ):
            continue  # a generic or topic word names a theme only inside a phrase
        shown = " ".join(found.cased.get(word, word) for word in (text or lemma).split())
        specific = (text or lemma) in compounds or shown != shown.lower()
        agreeing = text is not None and text.split()[0] in found.phrases.get(lemma, {})
        if not agreeing:  # an adjective would have to agree: such a phrase keeps the singular
            shown = _numbered(shown, found, words, settings)
        # the notes that carry the word shown: a compound's own notes ("eläkeläisryhmät" of
        # one note, not every note on "ryhmä"), else the head's
        word = text or lemma
        carriers = found.nouns.get(word, covered) if word in compounds else covered
        if not _carried(carriers, size, groups, settings):
            continue  # one group's word names no theme of several (review 40 #15)
        score = coverage * math.log(coverage / background)
        phrased = None
        if loose is not None and not _is_common(loose, words, settings):
            phrased = " ".join(found.cased.get(word, word) for word in loose.split())
            if " " not in loose:  # a compound: in the number the notes use
                phrased = _numbered(phrased, found, words, settings)
        topical = text is None and lemma in words.background
        # the head word of the text a time or a measure of the closed classes themselves
        # (not a compound ending in one: "satutunti", "vapaapäivä" are events and topics)
        named = (text or lemma).split()[-1]
        timed = names_time_or_measure(named, is_measure)
        heads.append(
            Head(
                lemma,
                covered,
                score,
                shown,
                specific=specific,
                common=common,
                phrased=phrased,
                topical=topical,
                timed=timed,
                roots=word_roots(shown, words.analyses),
                narrow=len(covered) < settings.label_cover_share * size,
                rare=len(carriers) < min_notes,
            )
        )
    heads += [
        dataclasses.replace(head, narrow=len(head.notes) < settings.label_cover_share * size)
        for head in _first_parts(found, words, share, settings, size, min_notes, is_measure)
        if _carried(head.notes, size, groups, settings)
    ]
    heads.sort(key=lambda head: (-head.score, head.lemma))
    return heads


def _carried(carriers: set[int], size: int, groups: Sequence[str], settings: ThemeSettings) -> bool:
    """Whether a label word's `carriers` (indices of the theme's `size` notes) are spread
    over the theme's groups: notes of `label_cover_groups` of them (of all of them when it
    has fewer; `groups`: each note's group, empty when unknown). Measured on the theme, no
    word list: "Henkilökunta" of one group's notes in a theme of four groups is none. (Too
    few of the notes, under `label_cover_share`, make a head `narrow`: no label's first.)"""
    if len(groups) != size or settings.label_cover_groups < 2:
        return True
    need = min(settings.label_cover_groups, len(set(groups)))
    return len({groups[i] for i in carriers}) >= need


def _read_as(lemma: str, found: Evidence, words: LabelWords) -> bool:
    """Whether Voikko reads the forms the notes write a noun in as its lemma
    (label_reading.written_as); a part only of compounds has no form of its own."""
    written = found.written.get(lemma)
    return written is None or written_as(lemma, found.cased.get(lemma, lemma), written, words)


def _owned(
    lemma: str,
    covered: set[int],
    found: Evidence,
    spread: Callable[[str], float] | None,
    settings: ThemeSettings,
) -> bool:
    """Whether a topic word of the batch is the theme's own: at least `label_topic_share`
    of the batch's notes with `lemma` are the theme's (`spread`: "opettaja" in nine notes of
    one theme of a fifty-note clinic), and the theme's notes say it on its own, in most of
    its `covered` notes, and no two of them in a compound ending it (not "tekijä" of
    "sosiaalityöntekijä", "lauta" of "potkulauta": the compound is what they mean). A word
    its notes write in lower case no more often than capitalised inside a sentence (or,
    capitalised, only where a sentence opens) may be a given name that is also a word
    ("Selja", "Sävel", "Runo": Voikko lists them as nouns only), not the theme's own."""
    share = settings.label_topic_share
    if spread is None or not 0 < share <= spread(lemma):
        return False
    lowered = found.lowered.get(lemma, Counter())
    if lowered[True] <= lowered[False]:
        return False
    compounded = set().union(*(found.alone.get(c, set()) for c in found.endings.get(lemma, ())))
    return len(compounded) < 2 and len(found.alone.get(lemma, ())) * 2 > len(covered)


def is_setting_noun(
    lemma: str, found: Evidence, words: LabelWords, settings: ThemeSettings
) -> bool:
    """Whether the notes use `lemma` mostly (over `label_setting_share` of its uses) as the
    time of what they say (label_forms.is_setting; a time by words.is_time, the closed class
    of label_time: places are often the topic) or, for a time, as how long (an object of a
    verb of lasting: label_time.is_duration), or count it as a measure
    (label_forms.is_counted; counted twice at least)."""
    share = settings.label_setting_share
    uses, counted = found.setting.get(lemma, Counter()), found.counted.get(lemma, Counter())
    if 2 <= counted[True] > share * counted.total():
        return True
    if words.is_time is None:
        return uses[True] > share * uses.total()
    if not words.is_time(lemma):
        return False
    timed = found.timed.get(lemma, Counter())
    return timed[True] > share * timed.total()


def _is_common(text: str, words: LabelWords, settings: ThemeSettings) -> bool:
    """Whether `text`, one word, is as common in general Finnish as `label_common_zipf`
    (label_general.general_zipf) and a plain stem (label_general.is_plain_stem): too common
    to name a theme alone ("Hinta", "Koulu"; not "Terveys", "Yhteistyö")."""
    if words.frequency is None or not settings.label_common_zipf or " " in text:
        return False
    if words.frequency(text) < settings.label_common_zipf:
        return False
    return words.analyses is None or is_plain_stem(text, words.analyses)


def _numbered(shown: str, found: Evidence, words: LabelWords, settings: ThemeSettings) -> str:
    """`shown` with its head noun in the number the notes use it in (label_forms.numbered)."""
    share = settings.label_plural_share
    return numbered(shown, found.plural, found.plurals, words.analyses, share)


def _first_parts(
    found: Evidence,
    words: LabelWords,
    share: Callable[[str], float],
    settings: ThemeSettings,
    size: int,
    min_notes: int,
    is_measure: Callable[[str], bool] | None = None,
) -> list[Head]:
    """Heads of a noun never said alone that begins two different compound nouns of the
    theme's notes ("asukas" of "asukasilta" and "asukasraati"): the two commonest of those
    compounds, joined ("Asukasilta ja asukasraati"; one when the other only extends it:
    "Digituki" of "digitukipiste"), under the rules of other heads."""
    heads = []
    for lemma, covered in found.inner.items():
        compounds = found.starts.get(lemma, set())
        if lemma in found.nouns or lemma in words.generic or len(compounds) < 2:
            continue
        coverage, background = len(covered) / size, share(lemma)
        if len(covered) < min_notes or coverage < settings.label_distinct * background:
            continue
        # a compound that only extends another ("digitukipiste" of "digituki") adds nothing
        distinct = [c for c in compounds if not any(c != d and c.startswith(d) for d in compounds)]
        distinct = [
            c
            for c in distinct
            if not names_time_or_measure(c, is_measure)  # not "kesäkuu"
            and _read_as(c, found, words)  # not the parse's "inva-paikko" of "inva-paikkoja"
        ]
        if not distinct:
            continue
        ranked = sorted(distinct, key=lambda c: (-len(found.alone.get(c, ())), c))
        top = _two_things(ranked, words)
        shown = " ja ".join(
            _numbered(found.cased.get(word, word), found, words, settings) for word in top
        )
        score = coverage * math.log(coverage / background)
        heads.append(Head(lemma, covered, score, shown, whole=True))
    return heads


def _two_things(ranked: list[str], words: LabelWords) -> list[str]:
    """The first of the `ranked` compounds and the next that names another thing: not one
    whose roots run inside the first's or hold them ("intervallipaikka" beside
    "intervallihoitopaikka", label_roots.one_thing); the first alone when none does."""
    first = word_roots(ranked[0], words.analyses)
    second = next(
        (c for c in ranked[1:] if not one_thing(first, word_roots(c, words.analyses))), None
    )
    return [ranked[0], second] if second else ranked[:1]
