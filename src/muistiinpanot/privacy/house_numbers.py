"""A house number inflected after a colon ("Vanhan Myllytien 12:n kohdalla"; docs/privacy.md,
"Round 16"): a count's number takes a case ending too, but its noun then agrees with it
("Kauppakadun 3:n liikkeen"), so a lower-case word after an inflected number is a count's
noun only when it is in the number's case."""

from __future__ import annotations

from muistiinpanot.privacy.protocols import Analyses

#: Voikko's case of each case ending a number takes after a colon ("27:n", "5:ssä").
_ENDING_CASES = {
    "n": "omanto",
    "ssa": "sisaolento",
    "ssä": "sisaolento",
    "sta": "sisaeronto",
    "stä": "sisaeronto",
    "lla": "ulkoolento",
    "llä": "ulkoolento",
    "lta": "ulkoeronto",
    "ltä": "ulkoeronto",
    "lle": "ulkotulento",
    "ksi": "tulento",
    "na": "olento",
    "nä": "olento",
}


def inflected_house_number(ending: str, following: str, voikko: Analyses | None) -> bool:
    """Whether a number with the case `ending` after its colon, then the lower-case word
    `following`, is a house number, not a count: a count's noun agrees with its number
    ("3:n liikkeen"), a house number's next word does not ("27:n kohdalla")."""
    case = _ENDING_CASES.get(ending.casefold())
    if case is None:
        return False
    if voikko is None:
        return True
    readings = voikko.analyze(following.casefold())
    return not any(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == case for a in readings)
