"""How writers write a word: evidence for the publisher's reading of capitalised nouns
(grounding.unfitting). A capital opening a sentence is no evidence of a name (the writer, the
tidier and the bullet writer all put one there), so a capitalised noun that the same text or
the domain's written notes also write in lower case, as a word that can only be a common
noun, is a word of the work, not a name ("Keittiö ei tiedä …, joten keittiö …"; "Kela lupasi
…" where the bundled example notes of many writers say "kelan kanssa"). A word that may also
be read otherwise in lower case ("kuusi": six, "usko": to believe) is no such evidence.

Not the clinic's own notes: people type their colleagues' names in lower case ("kysytään
usvalta"), so the clinic's lower-case words would clear the very names the check is for. The
domain's words (`lower_case_nouns` of the labelled example notes, computed once per process:
app/models.py) are set around the work of one clinic (`domain_words`, a context variable, as
`configure_privacy` sets the settings per analyzer): every check of text to publish made
inside it (labels, keywords, the note sentences, the bullets, the final check of the post)
reads them; a check outside it reads the text alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from muistiinpanot.privacy.protocols import Analyses

#: Voikko's classes of common nouns (and nouns that are also adjectives).
COMMON_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DOMAIN: ContextVar[frozenset[str]] = ContextVar("domain_words", default=frozenset())


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
def domain_words(words: frozenset[str]) -> Iterator[frozenset[str]]:
    """Within the block, text to publish is read with `words` (`lower_case_nouns` of the
    domain's example notes, never of the clinic's own: see the module docstring) as
    evidence."""
    token = _DOMAIN.set(words)
    try:
        yield words
    finally:
        _DOMAIN.reset(token)


def current_domain_words() -> frozenset[str]:
    """The domain's words in effect (those of the innermost `domain_words` block, else none)."""
    return _DOMAIN.get()


def written_words(text_words: Iterable[str], voikko: Analyses) -> frozenset[str]:
    """The domain's lower-case common nouns (inside `domain_words`) and those of the text
    being read (`text_words`, its words)."""
    return _DOMAIN.get() | lower_case_nouns(text_words, voikko)
