"""A negated or perfect passive of telling or asking right after a word ("Fatimalle ei ole
kerrottu", "Sita Gurungille ei vielä ole kysytty"): forms of "ei" and "olla", up to a few
adverbs, then the past passive participle of a verb of telling or asking (privacy.toml
`telling_verbs`, `asking_verbs`). unknown_names.py reads it after the one told; roles.py and
given_kinds.py read a verb up to two words away, which the auxiliaries put the participle
beyond."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import lower_adverb, passive_participle_verb

#: Base forms of the auxiliaries of a negated or perfect verb.
_AUXILIARIES = frozenset({"ei", "olla"})


def told_after_auxiliaries(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, adverbs: int
) -> bool:
    """Whether forms of "ei" and "olla" follow word i, then up to `adverbs` adverbs ("vielä",
    "enää", "koskaan"; between the auxiliaries too: "ei vielä ole", review 26 finding 1),
    then a verb of telling's or asking's past passive participle, each right after the one
    before (no punctuation between)."""
    lexicon = load_name_lexicon()
    verbs = lexicon.telling_verbs | lexicon.asking_verbs
    k = _skip(text, words, i + 1, lambda w: _auxiliary(w, voikko))
    if k == i + 1:
        return False
    between = _skip(text, words, k, lambda w: lower_adverb(w, voikko), most=adverbs)
    left = adverbs - (between - k)
    k = _skip(text, words, between, lambda w: _auxiliary(w, voikko))
    k = _skip(text, words, k, lambda w: lower_adverb(w, voikko), most=left)
    if k >= len(words) or not adjacent(text, words[k - 1], words[k]):
        return False
    return any(
        passive_participle_verb(a) in verbs for a in voikko.analyze(words[k].text.casefold())
    )


def _skip(
    text: str,
    words: Sequence[Word],
    k: int,
    fits: Callable[[str], bool],
    most: int | None = None,
) -> int:
    """The index after the words from k on that `fits` reads true, each right after the one
    before, at most `most` of them."""
    start = k
    while (
        k < len(words)
        and (most is None or k - start < most)
        and adjacent(text, words[k - 1], words[k])
        and fits(words[k].text)
    ):
        k += 1
    return k


def _auxiliary(word: str, voikko: Analyses) -> bool:
    """A form of the negation verb or of "olla" ("ei", "ole", "on", "oli")."""
    return any(
        a.get("CLASS") in ("kieltosana", "teonsana") and a.get("BASEFORM") in _AUXILIARIES
        for a in voikko.analyze(word.casefold())
    )
