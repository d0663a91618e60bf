"""An old partitive written with today's long vowel ("vaikeata" → "vaikeaa"; moved out of
`typos.py` to keep it small: the tidy step asks for it beside `typos.fix_typo`)."""

from __future__ import annotations

from muistiinpanot.summarize.protocols import Speller


def long_vowel_partitive(word: str, previous: str, speller: Speller) -> str | None:
    """The partitive singular of an "-ea"/"-eä" word in "-ta"/"-tä" ("vaikeata", "pimeätä"),
    which speech and older writing keep, written with the long vowel of today's standard
    ("vaikeaa", "pimeää"): only when Voikko reads both as that word's partitive singular,
    `word` as an adjective's (its class "laatusana"), and not right after a verb other than
    "olla". A noun's "-eata" is left: "ideata" is far more often the verb ("pitää vielä
    ideata") than "idea"'s old partitive, which is the only reading Voikko gives it."""
    if not word.endswith(("eata", "eätä")) or _governs_infinitive(previous, speller):
        return None
    candidate = word[:-2] + word[-1]

    def bases(form: str, classes: frozenset[str] | None = None) -> set[str]:
        return {
            a.get("BASEFORM", "")
            for a in speller.analyze(form)
            if a.get("SIJAMUOTO") == "osanto"
            and a.get("NUMBER") == "singular"
            and (classes is None or a.get("CLASS") in classes)
        }

    return candidate if bases(word, _ADJECTIVE) & bases(candidate) else None


_ADJECTIVE = frozenset({"laatusana", "nimisana_laatusana"})


def _governs_infinitive(word: str, speller: Speller) -> bool:
    return any(
        a.get("CLASS") == "teonsana" and a.get("BASEFORM") != "olla" for a in speller.analyze(word)
    )
