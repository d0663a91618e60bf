"""Personal data in note text: detection and redaction.

Detectors: e-mail addresses, Finnish phone numbers and personal identity codes (regular
expressions; the identity code's check character is validated), and person names: spaCy NER
PERSON spans plus capitalised words that Voikko knows as first names or surnames (inflected
forms too, e.g. "Laaksoselta"). A capitalised word at the start of a sentence counts as a name
only when every Voikko analysis of it is a name ("Pekka", not "Toivo" which is also a verb).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from muistiinpanot.records import BlogPost, Note
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer

Kind = Literal["nimi", "sähköposti", "puhelin", "henkilötunnus"]

#: What each kind of personal data is replaced with by `redact_text`.
PLACEHOLDERS: dict[str, str] = {
    "nimi": "[nimi]",
    "sähköposti": "[sähköposti]",
    "puhelin": "[puhelin]",
    "henkilötunnus": "[henkilötunnus]",
}

_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)358[\s-]?(?:\(0\)[\s-]?)?[1-9]\d{0,2}|0[1-9]\d{0,2})"
    r"(?:[\s-]?\d){5,8}(?!\w)"
)
_HETU = re.compile(r"(?<!\w)(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?!\w)")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAME_CLASSES = frozenset({"etunimi", "sukunimi"})
_SENTENCE_END = ".!?\n"
_OPENERS = " \t\"'“”«»([-–—*•"


@dataclass(frozen=True, slots=True, order=True)
class PersonalSpan:
    """A piece of personal data at text[start:end]."""

    start: int
    end: int
    kind: Kind


def is_valid_hetu(code: str) -> bool:
    """True when `code` is a Finnish personal identity code with a valid date and check char."""
    match = _HETU.fullmatch(code)
    if match is None:
        return False
    day, month, _year, _sep, number, check = match.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    return _HETU_CHECK[int(day + month + _year + number) % 31] == check


def find_personal_data(
    texts: Sequence[str], analyzer: SummaryAnalyzer, *, allowed: Iterable[str] = ()
) -> list[list[PersonalSpan]]:
    """Personal data spans in each text, sorted and not overlapping. A span whose text occurs
    in one of the `allowed` strings (e.g. the published contact person) is not reported."""
    allowed_texts = tuple(a.casefold() for a in allowed if a)
    ner = analyzer.person_spans(list(texts)) if texts else []
    result = []
    for text, person in zip(texts, ner, strict=True):
        spans = _regex_spans(text)
        spans += [PersonalSpan(s, e, "nimi") for s, e in person]
        spans += _voikko_name_spans(text, analyzer.voikko)
        merged = _merge(text, spans)
        result.append(
            [
                span
                for span in merged
                if not any(text[span.start : span.end].casefold() in a for a in allowed_texts)
            ]
        )
    return result


def redact_text(text: str, analyzer: SummaryAnalyzer) -> str:
    """`text` with every piece of personal data replaced by its placeholder ("[nimi]" …)."""
    return _replace(text, find_personal_data([text], analyzer)[0])


def redact_notes(notes: Sequence[Note], analyzer: SummaryAnalyzer) -> list[Note]:
    """Copies of `notes` with personal data replaced in `text` and `clean_text`; lemmas of the
    replaced words are dropped from `lemmas` and `content_lemmas`. Notes without personal data
    are returned unchanged."""
    texts = [note.text for note in notes]
    cleans = [note.clean_text for note in notes]
    found = find_personal_data(texts + cleans, analyzer)
    result = []
    for index, note in enumerate(notes):
        text_spans, clean_spans = found[index], found[len(notes) + index]
        if not text_spans and not clean_spans:
            result.append(note)
            continue
        banned = _banned_lemmas(note.text, text_spans, analyzer.voikko)
        banned |= _banned_lemmas(note.clean_text, clean_spans, analyzer.voikko)
        result.append(
            dataclasses.replace(
                note,
                text=_replace(note.text, text_spans),
                clean_text=_replace(note.clean_text, clean_spans),
                lemmas=tuple(lemma for lemma in note.lemmas if lemma.casefold() not in banned),
                content_lemmas=tuple(
                    lemma for lemma in note.content_lemmas if lemma.casefold() not in banned
                ),
            )
        )
    return result


def _regex_spans(text: str) -> list[PersonalSpan]:
    spans = [PersonalSpan(m.start(), m.end(), "sähköposti") for m in _EMAIL.finditer(text)]
    spans += [
        PersonalSpan(m.start(), m.end(), "henkilötunnus")
        for m in _HETU.finditer(text)
        if is_valid_hetu(m.group(0))
    ]
    spans += [PersonalSpan(m.start(), m.end(), "puhelin") for m in _PHONE.finditer(text)]
    return spans


def _voikko_name_spans(text: str, voikko: Speller) -> list[PersonalSpan]:
    spans = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if len(word) < 2 or not word[0].isupper() or word.isupper():
            continue
        classes = {a.get("CLASS", "") for a in voikko.analyze(word)}
        if not classes & _NAME_CLASSES:
            continue
        if _is_sentence_start(text, match.start()) and not classes <= _NAME_CLASSES | {"nimi"}:
            continue
        spans.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return spans


def _is_sentence_start(text: str, index: int) -> bool:
    while index > 0 and text[index - 1] in _OPENERS:
        index -= 1
    return index == 0 or text[index - 1] in _SENTENCE_END


def _merge(text: str, spans: list[PersonalSpan]) -> list[PersonalSpan]:
    """Overlapping spans become one (the kind of the earliest-starting, longest span); names
    separated only by spaces ("Sari Virtanen") become one name."""
    merged: list[PersonalSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.kind)):
        if merged:
            last = merged[-1]
            touching = last.kind == span.kind == "nimi" and not text[last.end : span.start].strip()
            if span.start < last.end or touching:
                merged[-1] = PersonalSpan(last.start, max(last.end, span.end), last.kind)
                continue
        merged.append(span)
    return merged


def _replace(text: str, spans: Sequence[PersonalSpan]) -> str:
    parts = []
    position = 0
    for span in spans:
        parts.append(text[position : span.start])
        parts.append(PLACEHOLDERS[span.kind])
        position = span.end
    parts.append(text[position:])
    return "".join(parts)


def _banned_lemmas(text: str, spans: Sequence[PersonalSpan], voikko: Speller) -> set[str]:
    """Lowercased words inside `spans` and their Voikko base forms."""
    banned: set[str] = set()
    for span in spans:
        for word in re.findall(r"[\w.@+-]+", text[span.start : span.end]):
            banned.add(word.casefold())
            banned.update(a.get("BASEFORM", "").casefold() for a in voikko.analyze(word))
    banned.discard("")
    return banned


class PersonalDataLeak(RuntimeError):
    """A detector fired on a text of a finished post: a bug in the summary, never bad input."""


def check_post(post: BlogPost, analyzer: SummaryAnalyzer, *, allowed: Iterable[str] = ()) -> None:
    """Re-scan every text of `post` except the contact block; raise PersonalDataLeak (naming
    the field and the kind, never the data) when a detector fires."""
    fields: list[tuple[str, str]] = [("title", post.title), ("lead", post.lead)]
    fields += [(f"paragraphs[{i}]", text) for i, text in enumerate(post.paragraphs)]
    fields.append(("highlights_heading", post.highlights_heading))
    for i, bullet in enumerate(post.bullets):
        fields += [(f"bullets[{i}].heading", bullet.heading), (f"bullets[{i}].text", bullet.text)]
    fields.append(("closing", post.closing))
    found = find_personal_data([text for _, text in fields], analyzer, allowed=allowed)
    leaks = [
        f"{name}: {span.kind}"
        for (name, _), spans in zip(fields, found, strict=True)
        for span in spans
    ]
    if leaks:
        raise PersonalDataLeak("personal data in the summary: " + "; ".join(leaks))
