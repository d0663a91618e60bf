"""A verbless note that names a harm (review 43 #2, mend86): "Melu eläimille, esim. lintujen
pesimäaika metsissä" has the frame of a wish (a head noun and a goal, wishes.py), but its head
is a noun of harm, nuisance or danger (lexicons/tone.toml `harm`, or a compound ending in one,
as Voikko splits it), so what the note names is a harm to someone, not what the group asked
for: "Toivottiin melua eläimille" reversed it. It is said in the neutral frame "Esiin nousi"
with the noun phrase as written ("Esiin nousi melu eläimille, esimerkiksi …"; a plural or
coordinated head: "Esiin nousivat pölyhaitat …")."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.protocols import Speller

#: The neutral frame of a harm: singular and plural.
RAISED = ("Esiin nousi", "Esiin nousivat")
_LAST_PART = re.compile(r"\+[^()+]*\(([^)]*)\)$")


def harm_noun(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as a noun whose base form, or its compound's last part, is
    a noun of harm (lexicons/tone.toml `harm`)."""
    for analysis in speller.analyze(word.lower()):
        if analysis.get("CLASS") not in ("nimisana", "nimisana_laatusana"):
            continue
        base = analysis.get("BASEFORM", "").lower()
        last = _LAST_PART.search(analysis.get("WORDBASES", ""))
        if base in _harm_nouns() or (last and last.group(1).lower() in _harm_nouns()):
            return True
    return False


def raised(text: str, plural: bool) -> str:
    """The sentence that says a harm was raised: the neutral frame and `text` as written."""
    return f"{RAISED[plural]} {text}."


def raised_together(sentences: Sequence[str]) -> str | None:
    """Harms raised in one sentence (review 44 #9: the subjects coordinated, so the plural verb,
    and a list "A, B ja C", not "A ja B ja C"): "Esiin nousi melu eläimille." + "Esiin nousivat
    pölyhaitat asukkaille." → "Esiin nousivat melu eläimille ja pölyhaitat asukkaille."; None
    unless every sentence is a harm raised."""
    rests = []
    for sentence in sentences:
        frame = next((f for f in reversed(RAISED) if sentence.startswith(f"{f} ")), None)
        if frame is None:
            return None
        rests.append(sentence[len(frame) + 1 :].rstrip(" ."))
    if len(rests) < 2:
        return None
    return f"{RAISED[1]} {', '.join(rests[:-1])} ja {rests[-1]}."


@functools.cache
def _harm_nouns() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["harm"]["nouns"])
