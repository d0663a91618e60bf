"""How the clinic writes a word: evidence for the publisher's reading of capitalised nouns
(grounding.unfitting). A capital opening a sentence is no evidence of a name (the writer, the
tidier and the bullet writer all put one there), so a capitalised noun that the same text or
the clinic's own notes also write in lower case, as a word that can only be a common noun, is
a word of the clinic, not a name ("Päivystyksen mielestä jonot lyhenevät" where the notes
say "päivystys ruuhkautuu"; "Kela lupasi …" where they say "kelan kanssa"). A word that may
also be read otherwise in lower case ("kuusi": six, "usko": to believe) is no such evidence.

The clinic's words are set around the work of one clinic (`clinic_words`, a context
variable, as `configure_privacy` sets the settings per analyzer): every check of text to
publish made inside it (labels, keywords, the note sentences, the bullets, the final check of
the post) reads them; a check outside it reads the text alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes of common nouns (and nouns that are also adjectives).
COMMON_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLINIC: ContextVar[frozenset[str]] = ContextVar("clinic_words", default=frozenset())


def lower_case_nouns(texts: Iterable[str], voikko: Analyses) -> frozenset[str]:
    """Base forms (lower case) of the words of `texts` written in lower case that Voikko
    reads only as common nouns ("päivystyksen" -> "päivystys"; not "kuusi", also six)."""
    forms = {m.group(0) for text in texts for m in _WORD.finditer(text)}
    bases: set[str] = set()
    for form in sorted(f for f in forms if f[:1].islower()):
        readings = voikko.analyze(form)
        if readings and all(r.get("CLASS") in COMMON_NOUNS for r in readings):
            bases |= {r.get("BASEFORM", "").casefold() for r in readings}
    return frozenset(bases)


@contextmanager
def clinic_words(texts: Iterable[str], voikko: Analyses) -> Iterator[frozenset[str]]:
    """Within the block, text to publish is read with the lower-case common nouns of
    `texts` (the clinic's notes) as evidence (see the module docstring)."""
    words = lower_case_nouns(texts, voikko)
    token = _CLINIC.set(words)
    try:
        yield words
    finally:
        _CLINIC.reset(token)


def written_words(text_words: Iterable[str], voikko: Analyses) -> frozenset[str]:
    """The clinic's lower-case common nouns (inside `clinic_words`) and those of the text
    being read (`text_words`, its words)."""
    return _CLINIC.get() | lower_case_nouns(text_words, voikko)
