"""spaCy NER's PERSON spans, kept only when they hold a name-like word (so "KPI:t" and
"Hiilineutraalius" stay), and the capital tests names.py shares with them."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.classify import team_name
from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.evidence import town
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.neighbours import particle_surname
from muistiinpanot.privacy.organisations import organisation_head
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import split_at_conjunctions

_SENTENCE_END = ".!?:;\n"
_OPENERS = " \t\"'“”«»([-–—*•"


def ner_names(
    text: str, words: Sequence[Word], ner_spans: Sequence[tuple[int, int]], voikko: Analyses
) -> list[PersonalSpan]:
    """NER PERSON spans with a name-like word: a strong name, a weak name not opening a
    sentence (nor a town: "Lahti ja Salo hakivat"), two weak names ("Toivo Mäki"), a weak
    name among capitalised words ("Matti Meikäläinen"), or two or more words of which one is
    an unknown capitalised word ("Fatima Omar"; one such word alone is as often a product or
    a school; not at all in a text of another language, where most words are unknown:
    "Hamnen i Kaskö behöver …"). Not before an organisation's head noun. A club's name in the
    plural at either end of the span is no part of it ("Kalle Pallo-Veikoista sanoi";
    classify.team_name, review 81 #2)."""
    foreign = other_language(words, voikko)
    spans = []
    for start, end in split_at_conjunctions(text, words, ner_spans):
        inside = [w for w in words if w.start < end and w.end > start]  # whole words
        if not inside:
            continue
        after = [w for w in words if w.start >= end][:1]
        named = _capitalised_name(text, inside)
        if len(named) < len(inside):  # "Timo Kiven päivää": the name, not the day
            inside, end = named, named[-1].end
        while inside and team_name(inside[-1].text, voikko):  # "Kalle Pallo-Veikoista"
            inside = inside[:-1]
        while inside and team_name(inside[0].text, voikko):  # "Pallo-Veikkojen Jari Nieminen"
            inside = inside[1:]
        if not inside:
            continue
        start, end = max(start, inside[0].start), min(end, inside[-1].end)
        weak = [w for w in inside if w.kind == "weak"]
        if _names_organisation(text, inside, after, voikko):
            continue
        if (
            any(w.kind == "strong" for w in inside)
            or (len(inside) > 1 and not foreign and any(capitalised_unknown(w) for w in inside))
            or any(capital_inside_sentence(text, w) and not town(w) for w in weak)
            or len(weak) > 1
            or (weak and len(inside) > 1 and all(_capitalised(w) for w in inside))
            or _proper_nouns(text, inside)
        ):
            spans.append(
                PersonalSpan(min(start, inside[0].start), max(end, inside[-1].end), "nimi")
            )
    return spans


def _capitalised_name(text: str, inside: list[Word]) -> list[Word]:
    """The words of a NER span that opens with a capital up to its last capitalised word: a
    lower-case word after a capitalised name, apart from it, is no part of it ("Timo Kiven
    päivää"), but a surname whose particle is written in lower case is ("Ahmed el-Sayed");
    a case ending joined to the name stays ("Lindfors:in"), and a span typed in lower case
    is left whole ("pilvi oksa")."""
    if not inside[0].text[:1].isupper():
        return inside
    end = len(inside)
    while end > 1 and inside[end - 1].text[:1].islower() and not particle_surname(inside[end - 1]):
        between = text[inside[end - 2].end : inside[end - 1].start]
        if not between or not between.isspace():
            break  # joined by a colon or a hyphen: an ending or a part of the name
        end -= 1
    return inside[:end]


def _capitalised(word: Word) -> bool:
    """A capitalised word, or a surname after a lower-case particle ("al-Rashid")."""
    return word.text[:1].isupper() or particle_surname(word)


def other_language(words: Sequence[Word], voikko: Analyses) -> bool:
    """Whether the text is in another language (Swedish, English): three words or more,
    most of them unknown to Voikko (also known only to the name gazetteer: "nya"), not as
    written nor with the dots of ä and ö a text typed without them lacks ("lahelle")."""
    letters = [w for w in words if len(w.text) > 1]
    unknown = [w for w in letters if _unknown(w, voikko)]
    return len(unknown) >= _FOREIGN_WORDS and 2 * len(unknown) > len(letters)


#: How many unknown words make a text one of another language at the least.
_FOREIGN_WORDS = 3
_DOTS = str.maketrans("ao", "äö")
_FOREIGN_NAME = frozenset({"etunimi", "sukunimi", GAZETTEER})


def _unknown(word: Word, voikko: Analyses) -> bool:
    if word.kind == "weak":
        return GAZETTEER in word.classes and word.classes <= _FOREIGN_NAME
    if word.kind != "unknown":
        return False
    dotted = word.text.casefold().translate(_DOTS)
    return dotted == word.text.casefold() or not voikko.analyze(dotted)


def _proper_nouns(text: str, inside: Sequence[Word]) -> bool:
    """Two or more capitalised common nouns, one inside a sentence, that NER reads as a
    person ("Vilja Rinteen gradu"): names that are also words; places excepted."""
    return (
        len(inside) > 1
        and all(w.text[:1].isupper() and not w.text.isupper() for w in inside)
        and all(w.kind != "other" or w.classes <= {"nimisana"} for w in inside)
        and any(w.kind == "other" and capital_inside_sentence(text, w) for w in inside)
    )


def _names_organisation(
    text: str, inside: Sequence[Word], after: Sequence[Word], voikko: Analyses
) -> bool:
    return bool(
        inside
        and after
        and adjacent(text, inside[-1], after[0])
        and organisation_head(after[0].text, voikko)
    )


def capitalised_unknown(word: Word) -> bool:
    return word.kind == "unknown" and word.text[0].isupper() and not word.text.isupper()


def capital_inside_sentence(text: str, word: Word) -> bool:
    if not word.text[0].isupper() or word.text.isupper():
        return False
    index = word.start
    while index > 0 and text[index - 1] in _OPENERS:
        index -= 1
    return index > 0 and text[index - 1] not in _SENTENCE_END
