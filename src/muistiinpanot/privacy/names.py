"""Person names with Voikko's name classes, spaCy's NER and context, in any casing.

Each word is classed by its Voikko analyses: `strong` when every analysis is a first name or
surname ("Pekka", "virtaselta"), `weak` when it is also an ordinary word ("toivo", "Mäki",
"Anna"), `unknown` when Voikko does not know it, `other` otherwise. A strong word is a name in
any casing; a weak one needs evidence: a capital inside a sentence of normally-cased text, a
name next to it ("toivo virtanen", a first name before a surname), or a context word before it
("kysy onnilta", "puheenjohtaja Niemi"). An unknown word is a name only beside another name or
after a context word, and only with a capital. An NER PERSON span counts only when one of its
words is a name-like word (this keeps "KPI:t" and "Hiilineutraalius" out).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    Word,
    WordClass,
    adjacent,
    after_context_word,
    asking_verb_after,
    before_context_word,
    coordinated_with_name,
    drop_organisations,
    load_name_lexicon,
    organisation_head,
)
from muistiinpanot.privacy.evidence import NAME_POINTS, name_points, town
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_classes, gazetteer_reading
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_CLASSES = frozenset({FIRST, LAST})
#: Voikko's classes of words that are also Finnish given names ("Armas", "Usko").
_NOUNS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
_SENTENCE_END = ".!?:;\n"
_OPENERS = " \t\"'“”«»([-–—*•"
_INITIAL = re.compile(r"\s+[^\W\d_]\.(?=\s|$)")


def classify_word(word: str, voikko: Analyses) -> tuple[WordClass, frozenset[str]]:
    """The word's class (see the module docstring) and its Voikko classes."""
    analyses = voikko.analyze(word)
    if not analyses and not word.islower():
        analyses = voikko.analyze(word.capitalize())
    if not analyses and "-" in word:
        parts = [classify_word(part, voikko) for part in word.split("-")]
        if any(kind == "strong" for kind, _ in parts):
            return "strong", _NAME_CLASSES
        return ("unknown" if all(k == "unknown" for k, _ in parts) else "other"), frozenset()
    classes = frozenset(a.get("CLASS", "") for a in analyses)
    if not analyses:
        known = gazetteer_reading(word)
        return ("weak", known | {GAZETTEER}) if known else ("unknown", known)
    names = classes & _NAME_CLASSES
    if not names and "paikannimi" in classes and _surname_like(analyses):
        return "strong", classes | {LAST}
    if not names and "paikannimi" in classes:  # "Kaija", "Mäkelä", "Salo": places to Voikko
        places = [a.get("BASEFORM", "") for a in analyses if a.get("CLASS") == "paikannimi"]
        known = gazetteer_classes(places)
        return ("weak", classes | known | {GAZETTEER}) if known else ("other", classes)
    if not names and not word.islower() and classes & _NOUNS:  # "Armas": a word to Voikko
        known = gazetteer_classes([word], finnish=True)
        return ("weak", classes | known | {GAZETTEER}) if known else ("other", classes)
    if not names:
        return "other", classes
    if not any(a.get("NUMBER", "singular") == "singular" for a in analyses if _is_name(a)):
        return "other", classes  # names are not plural ("asukkailta" is not "Asukas")
    if word.casefold() in load_name_lexicon().ambiguous_names:
        return "weak", classes
    if all(_is_name(a) or a.get("CLASS") == "nimi" or _surname_adjective(a, analyses)
           for a in analyses):  # fmt: skip
        return "strong", classes
    return "weak", classes


def _is_name(analysis: dict[str, str]) -> bool:
    return analysis.get("CLASS", "") in _NAME_CLASSES


def _surname_adjective(analysis: dict[str, str], analyses: Sequence[dict[str, str]]) -> bool:
    """Voikko reads many -nen surnames also as a derived adjective ("Lahtinen" → "lahtinen"),
    a reading nobody means: it does not make the surname an ordinary word."""
    base = analysis.get("BASEFORM", "").casefold()
    return (
        analysis.get("CLASS", "") in ("laatusana", "nimisana_laatusana")
        and base.endswith("nen")
        and any(_is_name(a) and a.get("BASEFORM", "").casefold() == base for a in analyses)
    )


def find_name_spans(
    text: str, voikko: Analyses, ner_spans: Sequence[tuple[int, int]] = ()
) -> list[PersonalSpan]:
    """Name spans in `text` (one per word; merge them with spans.merge_spans)."""
    words = [
        Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko))
        for m in _WORD.finditer(text)
    ]
    cased = _normally_cased(words)
    if cased:  # capitals inside normal text are an abbreviation ("ELYn"), not a foreign name
        words = [_abbreviation(w) if _foreign(w) and w.text[:2].isupper() else w for w in words]
    covered = {i for i, w in enumerate(words) for a, b in ner_spans if w.start < b and w.end > a}
    names = [False] * len(words)
    for i, word in enumerate(words):
        capital = cased and _capital_inside_sentence(text, word)
        weak_evidence = word.kind == "weak" and (
            (capital and _capital_tells(word))
            or (before_context_word(text, words, i) and not town(word))
            or asking_verb_after(words, i, voikko)
        )
        if word.kind == "strong" or weak_evidence:
            names[i] = True
        elif word.kind in ("weak", "unknown") and after_context_word(words, i, voikko):
            names[i] = (
                not word.text.islower()
                or (word.kind == "weak" and not _foreign(word))
                or (_foreign(word) and not gazetteer_classes([word.text]))  # "fatimalle"
            )
        elif word.kind == "weak":
            points = name_points(text, words, i, voikko, ner=i in covered) + capital
            names[i] = points >= NAME_POINTS
    changed = True
    while changed:  # a name makes its name-like neighbours names ("toivo virtanen")
        changed = False
        for i in range(len(words)):
            if names[i]:
                continue
            if _place_as_surname(words, names, i, text) or any(
                _pair(words, names, i, j, text) for j in (i - 1, i + 1)
            ):
                names[i] = changed = True
    for i, word in enumerate(words):  # "Jukka ja Minna", "Virtanen ja Salo"
        if word.kind == "weak" and not names[i] and word.classes & _NAME_CLASSES:
            names[i] = coordinated_with_name(text, words, names, i)
    for i in range(len(words) - 1):  # a first name and a surname side by side ("matti mäki")
        first, last = words[i], words[i + 1]
        if FIRST in first.classes and LAST in last.classes and adjacent(text, first, last):
            names[i] = names[i + 1] = names[i + 1] or names[i] or _pairable(first, last)
    _same_name_again(words, names, voikko)
    drop_organisations(words, names, text, voikko)
    spans = [
        PersonalSpan(w.start, _with_initial(text, w.end), "nimi")
        for w, n in zip(words, names, strict=True)
        if n
    ]
    spans += _ner_names(text, words, ner_spans, voikko)
    return spans


def _place_as_surname(words: Sequence[Word], names: Sequence[bool], i: int, text: str) -> bool:
    """A capitalised place name right after a capitalised first name is a surname ("Jari
    Kosken", "Mari Koski")."""
    word = words[i]
    if i == 0 or "paikannimi" not in word.classes or not word.text[0].isupper():
        return False
    first = words[i - 1]
    return (
        names[i - 1]
        and FIRST in first.classes
        and first.text[0].isupper()
        and adjacent(text, first, word)
    )


def _with_initial(text: str, end: int) -> int:
    """The end of a name extended over a following initial ("sanna k.")."""
    match = _INITIAL.match(text, end)
    return match.end() if match else end


def _pair(words: Sequence[Word], names: Sequence[bool], i: int, j: int, text: str) -> bool:
    """Whether word i is part of a name because its neighbour j is a name."""
    if not 0 <= j < len(words) or not names[j]:
        return False
    first, second = (words[j], words[i]) if j < i else (words[i], words[j])
    if not adjacent(text, first, second):
        return False
    word = words[i]
    return word.kind == "weak" or (
        word.kind == "unknown" and len(word.text) > 2 and not word.text.islower()
    )


def _ner_names(
    text: str, words: Sequence[Word], ner_spans: Sequence[tuple[int, int]], voikko: Analyses
) -> list[PersonalSpan]:
    """NER PERSON spans with a name-like word: a strong name, a weak name not opening a
    sentence, two weak names ("Toivo Mäki"), a weak name among capitalised words ("Matti
    Meikäläinen"), or two or more words of which one is an unknown capitalised word ("Fatima
    Omar"; one such word alone is as often a product or a school). Not before an
    organisation's head noun."""
    spans = []
    for start, end in ner_spans:
        inside = [w for w in words if w.start < end and w.end > start]  # whole words
        if not inside:
            continue
        weak = [w for w in inside if w.kind == "weak"]
        after = [w for w in words if w.start >= end][:1]
        if _names_organisation(text, inside, after, voikko):
            continue
        if (
            any(w.kind == "strong" for w in inside)
            or (len(inside) > 1 and any(_capitalised_unknown(w) for w in inside))
            or any(_capital_inside_sentence(text, w) for w in weak)
            or len(weak) > 1
            or (weak and len(inside) > 1 and all(w.text[0].isupper() for w in inside))
        ):
            spans.append(
                PersonalSpan(min(start, inside[0].start), max(end, inside[-1].end), "nimi")
            )
    return spans


def _names_organisation(
    text: str, inside: Sequence[Word], after: Sequence[Word], voikko: Analyses
) -> bool:
    return bool(
        inside
        and after
        and adjacent(text, inside[-1], after[0])
        and organisation_head(after[0].text, voikko)
    )


def _capitalised_unknown(word: Word) -> bool:
    return word.kind == "unknown" and word.text[0].isupper() and not word.text.isupper()


def _normally_cased(words: Sequence[Word]) -> bool:
    """Whether capitals carry information: not all capitals, not Every Word Capitalised."""
    letters = [w.text for w in words if len(w.text) > 1]
    if not letters or all(w.isupper() for w in letters):
        return False
    return not (len(letters) > 2 and all(w[0].isupper() for w in letters))


def _capital_inside_sentence(text: str, word: Word) -> bool:
    if not word.text[0].isupper() or word.text.isupper():
        return False
    index = word.start
    while index > 0 and text[index - 1] in _OPENERS:
        index -= 1
    return index > 0 and text[index - 1] not in _SENTENCE_END


def _surname_like(analyses: Sequence[dict[str, str]]) -> bool:
    """A place name ending in -nen ("Nieminen"): in Finnish that ending is a surname's."""
    return any(
        a.get("CLASS") == "paikannimi" and a.get("BASEFORM", "").endswith("nen") for a in analyses
    )


def _foreign(word: Word) -> bool:
    """Whether only the gazetteer knows the word, and Voikko not at all ("Fatima", "omar")."""
    return GAZETTEER in word.classes and word.classes <= {FIRST, LAST, GAZETTEER}


def _abbreviation(word: Word) -> Word:
    return Word(word.start, word.end, word.text, "other", frozenset())


def _pairable(first: Word, last: Word) -> bool:
    """Whether a given name and a surname side by side make a name: not a lower-case word only
    the gazetteer knows beside an ordinary word ("per asukas"), which is no evidence."""
    if not any(_foreign(w) and w.text.islower() for w in (first, last)):
        return True
    return all(w.kind == "strong" or _foreign(w) for w in (first, last))


def _capital_tells(word: Word) -> bool:
    """Whether a capital inside a sentence is enough to make the word a name: not for a place
    ("Salossa"), nor for a word only the gazetteer knows as a name (products and
    organisations: "Siri", "Savonia"); for those it is one point (evidence.py)."""
    return not word.classes & {"paikannimi", GAZETTEER}


def _same_name_again(words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """A word that may be a name is one when the text uses the same name as a name elsewhere
    ("Satu lupasi ... Sadun mukaan")."""
    found = {base for w, n in zip(words, names, strict=True) if n for base in _bases(w, voikko)}
    for i, word in enumerate(words):
        if not names[i] and word.kind == "weak" and _bases(word, voikko) & found:
            names[i] = True


def _bases(word: Word, voikko: Analyses) -> set[str]:
    """Base forms of the word's name readings (the word itself when Voikko does not know it)."""
    analyses = voikko.analyze(word.text) or voikko.analyze(word.text.capitalize())
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in analyses
        if a.get("CLASS", "") in (*_NAME_CLASSES, "paikannimi")
    }
    return bases or {word.text.casefold()}
