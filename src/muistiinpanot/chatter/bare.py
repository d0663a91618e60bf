"""Bare notes (review 50: a lone "ok"): a note with no content word at all, only
interjections, acknowledgements, punctuation and emoji, is chatter (chatter/mark.py), however the
classifier scores it. Decided by grammar, not by a list of such words:

- a token without a letter or digit (punctuation, an emoji, an emoticon such as ":)") says
  nothing;
- nor does an interjection the parse reads as one (INTJ);
- nor does a word that Voikko knows, as typed, only as an interjection or an abbreviation
  and that the parse does not read as a noun, name or numeral: "okei", and "ok" (an
  abbreviation, read as an adjective, an adverb or a foreign word), not "sote", "EU" or
  "AI" (Voikko's interjection "ai", read here as a noun).

The parse is of the note with its first letter in lower case when its first word is written
with a capital only there ("Ok" is read as a name, "ok" is not; "EU" stays as written): a
capital that opens a note is spelling, not a sign of a name.

Any other word (a word Voikko does not know included: it may be a typo of a content word)
keeps the note. `might_be_bare` reads the lemmatizer's tokens, to pick the few notes worth a
parse; `is_bare` decides on the parse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from muistiinpanot.chatter.morphology import Analyze

#: Voikko's word classes that carry no content when they are a word's only readings.
_INTERJECTION = "huudahdussana"
_ABBREVIATION = "lyhenne"
#: Parts of speech under which an abbreviation names a thing.
_THING_POS = frozenset({"NOUN", "PROPN", "NUM"})


class Word(Protocol):
    """A token as the rule reads it (the lemmatizer's and the parse's tokens have these)."""

    @property
    def text(self) -> str: ...
    @property
    def pos(self) -> str: ...


def might_be_bare(tokens: Sequence[Word], analyze: Analyze) -> bool:
    """Whether every token of a note is one `is_bare` may find empty of content, whatever
    its part of speech (the lemmatizer's fast mode reads "ok" as a noun)."""
    return bool(tokens) and all(
        _no_letters(token) or token.pos == "INTJ" or _classes(token, analyze) is not None
        for token in tokens
    )


def is_bare(parsed: Sequence[Word], analyze: Analyze) -> bool:
    """Whether the parse of a note shows no content word (the module docstring's rules)."""
    return bool(parsed) and all(_empty(word, analyze) for word in parsed)


def _empty(word: Word, analyze: Analyze) -> bool:
    if _no_letters(word) or word.pos == "INTJ":
        return True
    return _classes(word, analyze) is not None and word.pos not in _THING_POS


def _no_letters(word: Word) -> bool:
    return not any(char.isalnum() for char in word.text)


def _classes(word: Word, analyze: Analyze) -> set[str] | None:
    """Voikko's word classes of the word as typed when each is an interjection or an
    abbreviation (None otherwise, and for a word Voikko does not know)."""
    classes = {analysis.get("CLASS", "") for analysis in analyze(word.text)}
    return classes if classes and classes <= {_INTERJECTION, _ABBREVIATION} else None


def bare_notes(
    texts: Sequence[str],
    analyses: Sequence[Sequence[Word]],
    parse: Callable[[Sequence[str]], Sequence[Sequence[Word]]],
    analyze: Analyze,
) -> list[int]:
    """The indices of `texts` (analysed as `analyses`) that are bare notes; only the notes
    `might_be_bare` picks are parsed."""
    maybe = [index for index, tokens in enumerate(analyses) if might_be_bare(tokens, analyze)]
    parses = parse([_lowered(texts[index]) for index in maybe]) if maybe else []
    return [index for index, words in zip(maybe, parses, strict=True) if is_bare(words, analyze)]


def _lowered(text: str) -> str:
    """`text` with its first letter in lower case when its first word has a capital there
    alone ("Ok kiitos" → "ok kiitos"; "OK", "EU" as written)."""
    stripped = text.lstrip()
    first = stripped.split(maxsplit=1)[0] if stripped else ""
    if not first[:1].isupper() or any(char.isupper() for char in first[1:]):
        return text
    at = len(text) - len(stripped)
    return text[:at] + text[at].lower() + text[at + 1 :]
