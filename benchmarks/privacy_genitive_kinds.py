"""What a name's genitive and the word after it are, for benchmarks/privacy_genitives.py
(round 48, analysis only): the owner's reading as a name (Voikko's "sukunimi" or "etunimi",
or a base form the population register lists) and the following noun's kind, from the
lexicons' lists (`kind_lists`) and, for kinds no lexicon holds, short analysis-only hints.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources

from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

# Analysis-only hints for kinds no lexicon holds (general Finnish classes, not dev words).
LAND = (
    "tila",
    "maa",
    "metsä",
    "palsta",
    "pelto",
    "niitty",
    "laidun",
    "kartano",
    "huvila",
    "mökki",
    "ranta",
    "saari",
    "kylä",
    "mäki",
    "kallio",
    "suo",
    "järvi",
    "lampi",
    "tontti",
    "piha",
    "talo",
    "koti",
    "pirtti",
    "aitta",
    "navetta",
    "lato",
    "tie",
    "polku",
)
HEALTH = (
    "hammas",
    "silmä",
    "polvi",
    "selkä",
    "jalka",
    "käsi",
    "sydän",
    "vointi",
    "kunto",
    "hoito",
    "leikkaus",
    "sairaus",
    "diagnoosi",
    "vastaanotto",
    "käynti",
    "terveys",
    "lääke",
    "oire",
    "kipu",
    "vamma",
    "raskaus",
)
PRODUCT = ("tuote", "merkki", "malli", "mehu", "leipä", "olut", "juusto", "hillo", "sinappi")
POSSESSION = (
    "auto",
    "koira",
    "kissa",
    "pyörä",
    "puhelin",
    "laukku",
    "lompakko",
    "asunto",
    "vene",
    "hevonen",
    "avain",
    "kirja",
    "takki",
)


def kind_lists() -> dict[str, tuple[str, ...]]:
    read = resources.files("muistiinpanot.lexicons")

    def toml(name: str) -> dict[str, object]:
        return tomllib.loads(read.joinpath(name).read_text("utf-8"))

    privacy, look, agree = toml("privacy.toml"), toml("lookalikes.toml"), toml("agreement.toml")
    products = toml("product_parts.toml")

    def pick(data: Mapping[str, object], *keys: str) -> tuple[str, ...]:
        return tuple(w for k in keys for w in data[k])  # type: ignore[attr-defined]

    people = agree["people"]["nouns"]  # type: ignore[index]
    return {
        "person": (
            *pick(privacy, "kin_nouns", "gender_nouns", "household_nouns", "family_nouns"),
            *pick(privacy, "person_nouns", "person_words"),
            *people,
        ),
        "trade": (
            *pick(privacy, "business_heads", "trade_heads", "firm_trades", "organisation_heads"),
            *pick(look, "firm_heads"),
            *agree["bodies"]["nouns"],  # type: ignore[index]
        ),
        "land": (*pick(look, "estate_heads"), *pick(privacy, "building_nouns"), *LAND),
        "health": (*pick(look, "disease_heads"), *HEALTH),
        "product": (*pick(products, "thing_parts"), *PRODUCT),
        "possession": POSSESSION,
    }


def owner_class(word: str, voikko: object) -> str:
    """How the genitive reads as a name, or "" for no name's genitive."""
    readings = [a for a in voikko.analyze(word) if a.get("SIJAMUOTO") == "omanto"]  # type: ignore[attr-defined]
    classes = {a.get("CLASS") for a in readings}
    bases = {a.get("BASEFORM", "").casefold() for a in readings}
    if not readings and word.endswith("n"):
        bases = {word[:-1].casefold(), word[:-2].casefold()}  # Sjöbergin → sjöberg, unknown
    surname = "sukunimi" in classes or bool(bases & register_surnames())
    given = "etunimi" in classes or bool(bases & load_gazetteer().register)
    if not readings and not (surname or given):
        return ""
    return {(True, True): "both", (True, False): "surname", (False, True): "given"}.get(
        (surname, given), ""
    )


def noun_kind(word: str, voikko: object, lists: dict[str, tuple[str, ...]]) -> tuple[str, str]:
    """The following word's kind and case, or ("", "") for no noun."""
    readings = voikko.analyze(word.casefold())  # type: ignore[attr-defined]
    nouns = [a for a in readings if a.get("CLASS") == "nimisana"]
    capital = word[:1].isupper()
    if not nouns and not (capital and not readings):
        return "", ""
    case = nouns[0].get("SIJAMUOTO", "?") if nouns else "?"
    if capital:
        return "capitalised", case
    if person_noun(word, voikko):  # type: ignore[arg-type]
        return "person", case
    for kind in ("person", "trade", "land", "health", "product", "possession"):
        if any(part_of(a, lists[kind]) for a in nouns):
            return kind, case
    return "other", case
