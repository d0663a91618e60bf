"""A token as the Voikko-only reading sees it (lemmatize/reading.py builds them,
structure.py and phrases.py attach them), and the word classes its noun phrases are made of."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DETERMINERS", "NOMINAL", "Word"]

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Pronoun types that modify the nominal after them as its determiner (reading.py sets "Ind"
#: only on a pronoun that agrees with the nominal after it: "samat ihmiset").
DETERMINERS = frozenset({"Dem", "Ind"})


@dataclass(frozen=True, slots=True)
class Word:
    """A token as the reading sees it: text, lemma, POS, UD features (as a string and a
    dict) and Voikko's base form."""

    text: str
    lemma: str
    pos: str
    morph: str
    feats: dict[str, str] = field(default_factory=dict)
    base: str = ""

    @property
    def finite(self) -> bool:
        return self.feats.get("VerbForm") == "Fin"
