"""Which words and lemmas carry a person's name: a single word without context
(`is_personal_word`), the words inside a text's personal-data spans with their base forms and
compound parts (`banned_words`), the lemmas the lemmatizer gave the words inside them
(`span_lemmas`), and the lemmas a note keeps once those are removed
(`keep_lemmas`). A lemma the lemmatizer guessed for a name it did not know may differ from
every word of the span ("karkkaiselta" → "kakkainen"): a lemma as near one of them as an
inflected form is to its stem counts as that word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.gazetteer import GAZETTEER, inflection_stems
from muistiinpanot.privacy.protocols import Analyses, LemmaTokenLike, RedactingAnalyzer
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.records import Note

_WORD = re.compile(r"\w+")
#: The classes of a word only the gazetteer knows, as a name (see names.classify_word).
_GAZETTEER_ONLY = frozenset({"etunimi", "sukunimi", GAZETTEER})
#: A -nen surname's base form (a word Voikko does not know: "karkkainen").
_NEN_SURNAME = re.compile(r"[^\W\d_]{4,}nen")
#: A compound part in Voikko's WORDBASES ("+koivu(koivu)+kuja(kuja)" → koivu, kuja).
_PART = re.compile(r"\((\w+)\)")
#: How near (difflib's ratio) a lemma must be to a removed word or its stem to be that word's
#: guessed lemma ("kakkainen" ~ "karkkaise" 0.78; "sali" ~ "salme" 0.67 is not): the default
#: of [privacy] lemma_nearness (settings.py).
NEAR = PrivacySettings().lemma_nearness
#: Lemmas shorter than this are never matched by nearness.
_NEAR_LENGTH = 4


def banned_words(text: str, spans: Sequence[PersonalSpan], voikko: Analyses) -> set[str]:
    """Lower-case words inside `spans`, their Voikko base forms and compound parts."""
    banned: set[str] = set()
    for span in spans:
        piece = text[span.start : span.end].casefold()
        banned.add(piece)
        for word in [*_WORD.findall(piece), *piece.split()]:
            banned.add(word)
            for analysis in voikko.analyze(word):
                banned.add(analysis.get("BASEFORM", "").casefold())
                banned.update(_PART.findall(analysis.get("WORDBASES", "").casefold()))
    banned.discard("")
    return banned


def span_lemmas(
    text: str, spans: Sequence[PersonalSpan], tokens: Sequence[LemmaTokenLike]
) -> set[str]:
    """The lemmas and compound parts' lemmas, lower-case, that the lemmatizer gave the tokens
    of `text` (its analysis of `text`, in order) overlapping `spans`: what a note's lemmas
    hold of the removed words, whatever base form the lemmatizer guessed ("vekeltä" →
    "vekki", a word no rule derives from the span's own words)."""
    found: set[str] = set()
    position = 0
    for token in tokens:
        start = text.find(token.text, position) if token.text.strip() else -1
        if start < 0:  # a token the analyzer respelt: not placed, the next ones still are
            continue
        end = position = start + len(token.text)
        if any(span.start < end and start < span.end for span in spans):
            found.add(token.lemma.casefold())
            found.update(part.casefold() for part in token.compound_parts)
    found.discard("")
    return found


def note_span_lemmas(
    notes: Sequence[Note], found: Sequence[Sequence[PersonalSpan]], analyzer: RedactingAnalyzer
) -> dict[int, set[str]]:
    """By index in `notes`, `span_lemmas` of the note's spans (`found`: the spans of each
    note's text, then of each note's clean text) in the text the lemmatize stage read (its
    clean text, else its text); only notes with lemmas and spans there are analysed again,
    in one call."""
    todo: dict[int, tuple[str, Sequence[PersonalSpan]]] = {}
    for index, note in enumerate(notes):
        text, spans = (
            (note.clean_text, found[len(notes) + index])
            if note.clean_text
            else (note.text, found[index])
        )
        if spans and (note.lemmas or note.content_lemmas):
            todo[index] = (text, spans)
    if not todo:
        return {}
    texts = [text for text, _ in todo.values()]
    tokens = analyzer.analyze(texts)
    return {
        index: span_lemmas(text, spans, analysed)
        for (index, (text, spans)), analysed in zip(todo.items(), tokens, strict=True)
    }


def keep_lemmas(
    lemmas: Sequence[str], banned: set[str], voikko: Analyses, *, nearness: float = NEAR
) -> tuple[str, ...]:
    """Lemmas that are neither a removed word (or made of removed words) nor a name word."""
    kept = []
    for lemma in lemmas:
        folded = lemma.casefold()
        parts = _WORD.findall(folded)
        if folded in banned or any(p in banned for p in parts):
            continue
        if parts and all(_inside(p, banned) for p in parts):
            continue
        if near_banned(folded, banned, nearness):  # "kakkainen", guessed for "karkkaiselta"
            continue
        if is_personal_word(lemma, voikko):
            continue
        kept.append(lemma)
    return tuple(kept)


def _inside(part: str, banned: set[str]) -> bool:
    """Whether a lemma part is a removed word or a piece of one (a tokenizer may cut an
    identity code or an IBAN where the detector did not)."""
    if part in banned:
        return True
    return (part.isdigit() or len(part) > 2) and any(part in piece for piece in banned)


def is_personal_word(word: str, voikko: Analyses) -> bool:
    """Whether a single word (a keyword, a label word, a lemma) is a person's name without any
    context: Voikko knows it only as a first name or surname ("virtanen", "Pekka"), or does
    not know it at all and the name gazetteer does ("fatima") or it ends as a -nen surname
    does ("karkkainen"). Words that are also ordinary
    words or places ("toivo", "mäki", "salo") need context: see `scrub_themes`. The one
    predicate for single words: the themes stage and corrections use it too."""
    kind, classes = classify_word(word, voikko)
    folded = word.casefold()
    if kind == "unknown" and _NEN_SURNAME.fullmatch(folded) and not _derived(folded, voikko):
        return True  # "karkkainen"
    return kind == "strong" or (kind == "weak" and classes <= _GAZETTEER_ONLY)


def _derived(word: str, voikko: Analyses) -> bool:
    """Whether an unknown -inen word is an adjective derived from a word Voikko knows
    ("monitoimijainen" from "monitoimija", "sotelainen" from "sote"), not a surname."""
    stems = [word[: -len(end)] for end in ("lainen", "läinen", "inen") if word.endswith(end)]
    return any(
        len(stem) >= 3 and any(a.get("CLASS") != "sukunimi" for a in voikko.analyze(stem))
        for stem in stems
    )


def near_banned(lemma: str, banned: set[str], nearness: float = NEAR) -> bool:
    """Whether `lemma` is as near a removed word, or one of its stems, as a guessed lemma is
    (difflib's ratio at least `nearness`)."""
    if len(lemma) < _NEAR_LENGTH:
        return False
    matcher = SequenceMatcher(None, "", lemma)
    for word in banned:
        for stem in inflection_stems(word):
            matcher.set_seq1(stem)
            if matcher.real_quick_ratio() >= nearness and matcher.ratio() >= nearness:
                return True
    return False
