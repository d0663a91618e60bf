"""A house number inflected after a colon ("Vanhan Myllytien 12:n kohdalla"; docs/privacy.md,
"Round 16"): a count's number takes a case ending too, but its noun then agrees with it
("Kauppakadun 3:n liikkeen"), so a lower-case word after an inflected number is a count's
noun only when it is in the number's case and in the singular ("viiden asukkaan", never
"viiden asukkaiden"), and no noun of a building after a genitive or an inessive ("Pajatien
14:n talon", "Koivukujan 5:n asukkaiden", "Pajakadulla 14:ssä kellarissa": the house's;
lexicon `building_nouns`; "Round 24"). The illative is a
number's too ("Koivukujan 5:een muutti"). A town typed after an address's number or flat
with no comma ("Rantakatu 22 as 5 Kotka"; "Round 18") is the address's too. A street name
with no street suffix is an address with a postcode and a town, or with a stair and a flat
after a word such as "asuu" ("Kotikallio 2 D 8"; "Round 47")."""

from __future__ import annotations

import re

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of

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
    # the illative of a number: "viiteen", "neljään", "kahdeksaan" (never "-seen")
    "een": "sisatulento",
    "ään": "sisatulento",
    "aan": "sisatulento",
}
#: Voikko's cases after which a building's noun is the house's: the genitive ("14:n talon")
#: and the inessive, where a home is ("Pajakadulla 14:ssä kellarissa": in its cellar).
_HOUSE_CASES = frozenset({"omanto", "sisaolento"})


def inflected_house_number(ending: str, following: str, voikko: Analyses | None) -> bool:
    """Whether a number with the case `ending` after its colon, then the lower-case word
    `following`, is a house number, not a count: a count's noun agrees with its number
    ("3:n liikkeen"), a house number's next word does not ("27:n kohdalla"), nor does a
    plural or, after a genitive or an inessive, a noun of a building ("14:n talon", "5:n
    asukkaiden", "14:ssä kellarissa")."""
    case = _ENDING_CASES.get(ending.casefold())
    if case is None:
        return False
    if voikko is None:
        return True
    readings = voikko.analyze(following.casefold())
    return not any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == case
        and a.get("NUMBER") != "plural"
        and not (case in _HOUSE_CASES and part_of(a, load_name_lexicon().building_nouns))
        for a in readings
    )


#: A capitalised word right after an address's number or flat, with no comma between.
_TOWN_AFTER = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö]+)\b(?!-)")


def town_after(text: str, end: int, voikko: Analyses | None) -> int:
    """Where an address ends when a town follows its number or flat with no comma, as a
    postal address is typed on one line ("Rantakatu 22 as 5 Kotka"): a capitalised word
    that Voikko reads as a place in the nominative and never as a given name."""
    match = _TOWN_AFTER.match(text, end)
    if match is None or voikko is None:
        return end
    readings = voikko.analyze(match.group(1))
    place = any(
        a.get("CLASS") == "paikannimi" and a.get("SIJAMUOTO") == "nimento" for a in readings
    )
    given = any(a.get("CLASS") == "etunimi" for a in readings)
    return match.end() if place and not given else end


#: A street name with no street suffix ("Kotikallio", "Etelä-Kallio") and a house number of at
#: most three digits (never a year), then a staircase letter and a flat ("2 D 8", "3 b 14",
#: "12 as 3"); a postcode and a town may follow, after a comma or not ("Round 47").
_BARE_STREET = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖa-zåäö][a-zåäö]+)?\s+\d{1,3}(?:[a-zA-Z]\b)?"
    r"(?P<flat>(?:\s+[A-Za-z]\b(?:\s*\d{1,3}\b)?)?(?:\s+(?i:as|asunto)\.?\s*\d{1,3}\b)?)"
    r"(?P<town>\s*,?\s+\d{5}\s+[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+\b))?(?![\d.,]\d|\s*%|\d)"
)
#: A staircase letter with a flat number, or a flat ("D 8", "b 14", "as 3", "A as 3").
_FULL_FLAT = re.compile(r"\s+(?:[A-Za-z]\s*\d|(?:[A-Za-z]\s+)?(?i:as|asunto))")


def bare_street_addresses(text: str, context: re.Pattern[str]) -> list[tuple[int, int]]:
    """Addresses whose street name has no street suffix ("Kotikallio 2 D 8"): a capitalised
    word with a house number right before a postcode and a town ("…, 15140 Lahti"), or, where
    `context` finds a word such as "asuu" or "osoite" at the end of the text before it, with a
    staircase letter and a flat number. A number alone is a count's ("Tiimi 5")."""
    spans = []
    for match in _BARE_STREET.finditer(text):
        full_flat = _FULL_FLAT.match(match.group("flat")) is not None
        if match.group("town") or (full_flat and context.search(text[: match.start()])):
            spans.append((match.start(), match.end()))
    return spans
