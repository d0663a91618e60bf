"""Given names and surnames of many countries, from Faker's person providers (a maintained,
MIT-licensed package that ships them as data): the name-likeness evidence for words Voikko does
not know as names. "Fatima", "Omar" and "Dmitri" are unknown to Voikko; "Kaija" and "Mäkelä"
are places to it. Only Latin-script names are kept (notes are Finnish text), case-folded;
a provider of another script that ships its names romanized too gives those (Japanese:
"Nakamura", "Hiroshi"; docs/privacy.md, "Round 30"; not Chinese, whose romanized lists are
single syllables such as "Li", "Na", "Fan").
Beside them, `register`: the Finnish given names of the population register (DVV's first-name
statistics, `data/etunimet-*.csv`, names of at least 100 bearers; data/README.md), where
"Usva", "Into" and "Kaisla" are names though no Faker list has them. They are kept apart:
added to the given names every rule reads, they made "Siri ja Alexa", "Sisu" and "Visa
Electron" names (docs/privacy.md, "Round 21"); given_words.py reads them. So are the
register's surnames (`register_surnames`, DVV's surname statistics, `data/sukunimet.csv`),
which only epithets.py reads.
And `municipalities`: Finland's municipalities, from Faker's fi_FI address provider (`cities`,
maintained with Faker), case-folded, without the suffixes " Tl" ("Koski Tl") and " kunta"
("Pedersören kunta" → "pedersöre"); Åland's sixteen are kept (municipalities of Finland, asked
as towns are), Honkajoki and Valtimo (merged into Kankaanpää and Nurmes in 2021 and 2020) are
left out: no body answers for them now. asked_places.py reads them (docs/privacy.md, "Round 70").

Membership alone never makes a word a name (many products and places are somebody's name
somewhere: "Miro", "Wilma", "Salo"); names.py asks for context as it does for "toivo" and "satu".
The lists are read once per process, on the first word that needs them: from the user cache
(cache.py; JSON, keyed by Faker's version, this module's code and the register's files), else
from Faker's providers and the register's files (about 0.2 s of CPU with Faker's import, once
per Faker version), then stored there.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import logging
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from muistiinpanot import __version__
from muistiinpanot.cache import cache_folder, read_json, write_json
from muistiinpanot.privacy import latin_names

logger = logging.getLogger(__name__)

#: The class names.py adds to a word whose name reading comes from the gazetteer alone.
GAZETTEER = "gazetteer"
_PACKAGE = "faker.providers.person"
_FINNISH = "fi_FI"
_ADDRESS = "faker.providers.address.fi_FI"
#: Suffixes of Faker's city names that are no part of the municipality's name.
_TOWN_SUFFIXES = (" Tl", " kunta")
#: Municipalities merged away that Faker still lists (Honkajoki 2021, Valtimo 2020).
_MERGED = frozenset({"honkajoki", "valtimo"})
#: Languages whose providers write names in a script other than Latin.
_OTHER_SCRIPTS = frozenset({
    "ar", "bg", "bn", "el", "fa", "gu", "he", "hi", "hy", "ja", "ka", "ko", "mk", "mr", "ne",
    "or", "ru", "si", "ta", "th", "uk", "zh",
})  # fmt: skip
#: Cyrillic providers whose names are kept transliterated: Russian and Ukrainian names are
#: common in Finland and written in Latin letters in notes ("Oksana Kovalenko").
_CYRILLIC = frozenset({"ru", "uk", "bg"})
_FIRST = "etunimi"
#: The population register's first-name statistics (women's, men's), shipped as package data.
_REGISTER = ("etunimet-naiset.csv", "etunimet-miehet.csv")
_ATTRIBUTES = (
    ("first_names", "first_names_male", "first_names_female", "first_romanized_names"),
    ("last_names", "last_names_male", "last_names_female", "last_romanized_names"),
)
#: Providers of another script that ship their names in Latin letters too (Japanese:
#: "Nakamura", "Hiroshi"), kept as a Latin provider's are.
_ROMANIZED = frozenset({"ja"})


@dataclass(frozen=True, slots=True)
class NameGazetteer:
    """Case-folded given names (`first`) and surnames (`last`); `finnish`: the Finnish
    provider's names of both kinds; `register`: the population register's given names."""

    first: frozenset[str]
    last: frozenset[str]
    finnish: frozenset[str]
    register: frozenset[str] = frozenset()
    municipalities: frozenset[str] = frozenset()


@functools.cache
def load_gazetteer() -> NameGazetteer:
    """Every Latin-script given name and surname in Faker's person providers, from the user
    cache when they were read with the same Faker and code before."""
    digest = hashlib.sha256(f"{__version__}\0{version('faker')}\0".encode())
    for module in (__file__, latin_names.__file__):  # the code that reads the lists
        digest.update(Path(module).read_bytes())
    for name in _REGISTER:
        digest.update(_register_file(name).read_bytes())
    path = cache_folder() / f"gazetteer-{digest.hexdigest()[:24]}.json"
    stored = read_json(path, _valid)
    if stored is not None:
        first, last, finnish, register, towns = (frozenset(stored[key]) for key in _KEYS)
        return NameGazetteer(first, last, finnish, register, towns)
    gazetteer = _read_providers()
    write_json(path, {key: sorted(getattr(gazetteer, key)) for key in _KEYS})
    return gazetteer


_KEYS = ("first", "last", "finnish", "register", "municipalities")


def _valid(data: object) -> bool:
    """A stored entry maps each of `_KEYS` to a list of names."""
    return (
        isinstance(data, dict)
        and set(data) == set(_KEYS)
        and all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in data.values())
    )


def _read_providers() -> NameGazetteer:
    """Every Latin-script given name and surname in Faker's person providers."""
    package = importlib.import_module(_PACKAGE)
    first: set[str] = set()
    last: set[str] = set()
    finnish: set[str] = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        language = module_info.name.split("_")[0]
        if language in _OTHER_SCRIPTS and language not in _CYRILLIC | _ROMANIZED:
            continue  # names in another script: nothing to keep, and half the import time
        module = importlib.import_module(f"{_PACKAGE}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        given, family = (
            latin_names.provider_names(provider, attributes, cyrillic=language in _CYRILLIC)
            for attributes in _ATTRIBUTES
        )
        first |= given
        last |= family
        if module_info.name == _FINNISH:
            finnish |= given | family
    logger.debug("name gazetteer: %d given names, %d surnames", len(first), len(last))
    return NameGazetteer(
        frozenset(first), frozenset(last), frozenset(finnish), _register_names(), _towns()
    )


def _towns() -> frozenset[str]:
    """Faker's fi_FI cities as municipalities' names (the module docstring): "koski",
    "pedersöre" (a genitive before " kunta" made nominative)."""
    towns = set()
    for city in importlib.import_module(_ADDRESS).Provider.cities:
        name = city
        for suffix in _TOWN_SUFFIXES:
            name = name.removesuffix(suffix)
        if name != city and city.endswith(" kunta"):
            name = name.removesuffix("n")  # "Pedersören kunta": the municipality of Pedersöre
        towns.add(name.casefold())
    return frozenset(towns - _MERGED)


def _register_file(name: str) -> Path:
    return Path(str(files("muistiinpanot.privacy") / "data" / name))


def _register_names() -> frozenset[str]:
    """The register's given names (each file's first column after its header), case-folded:
    "usva", "into", "anna-liisa"."""
    names: set[str] = set()
    for name in _REGISTER:
        lines = _register_file(name).read_text(encoding="utf-8").splitlines()[1:]
        names.update(line.split(";", 1)[0].casefold() for line in lines if ";" in line)
    return frozenset(names)


#: The population register's surname statistics (names of at least 100 bearers; data/README.md).
_SURNAMES = "sukunimet.csv"


@functools.cache
def register_surnames() -> frozenset[str]:
    """The register's surnames, case-folded ("kivi", "valo", "laulaja"): evidence that a word
    is somebody's surname, read only where a word's reading decides (epithets.py,
    signers.py)."""
    return frozenset(register_surname_bearers())


@functools.cache
def register_surname_bearers() -> dict[str, int]:
    """The register's surnames, case-folded, with their bearers ("Sukunimi;Yhteensä", 0 where
    no whole number; owed_names.py): the file's one reader, on first use, not cached on disk."""
    counts = {}
    for line in _register_file(_SURNAMES).read_text(encoding="utf-8").splitlines()[1:]:
        name, semicolon, count = line.partition(";")
        if semicolon:
            counts[name.casefold()] = int(count) if count.strip().isdigit() else 0
    return counts


@functools.cache
def register_names() -> frozenset[str]:
    """The register's given names and surnames together, case-folded: a word either list
    knows is somebody's name, whatever else it means ("@Ruska", "Tammelle")."""
    return load_gazetteer().register | register_surnames()


def gazetteer_classes(words: Iterable[str], *, finnish: bool = False) -> frozenset[str]:
    """Voikko's classes ("etunimi", "sukunimi") that the gazetteer gives any of `words`
    (`finnish`: only if one is a Finnish name)."""
    gazetteer = load_gazetteer()
    folded = [word.casefold() for word in words]
    if finnish and not any(word in gazetteer.finnish for word in folded):
        return frozenset()
    classes = set()
    if any(word in gazetteer.first for word in folded):
        classes.add("etunimi")
    if any(word in gazetteer.last for word in folded):
        classes.add("sukunimi")
    return frozenset(classes)


#: Case endings stripped from a word Voikko does not know before looking it up in the name
#: gazetteer ("Fatimalta", "Omarille"; never a lone "a", so that "Laurea" is not "Laure").
_ENDINGS = (
    "ille", "illa", "illä", "ilta", "iltä", "issa", "issä", "ista", "istä", "iin", "ia",
    "iä", "in", "lta", "ltä", "lle", "lla", "llä", "ssa", "ssä", "sta", "stä", "ksi",
    "aa", "ää", "na", "nä", "n",
)  # fmt: skip


#: Words whose gazetteer reading is kept (least recently used out): a memory bound only.
_READINGS_KEPT = 65_536


def inflection_stems(word: str) -> list[str]:
    """The word and its possible stems without a case ending ("Omar:lle" → "Omar")."""
    word = word.split(":")[0]
    folded = word.casefold()
    stems = [folded]
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stems.append(folded[: -len(ending)])
    return stems


@functools.lru_cache(maxsize=_READINGS_KEPT)
def gazetteer_reading(word: str) -> frozenset[str]:
    """The gazetteer's classes for a word Voikko does not know: of the word or of a stem
    without a case ending ("Omarille"); in lower case only a given name with a stem of four
    letters or more ("fatimalle", but not "ekana" → "eka", "rasksta" → "rask"). Kept per
    word for the process (the gazetteer is loaded once per process: the same answer): the
    detector asks again for the words of every text it reads (a note, its bullet, the post)."""
    if word[:1].isupper():
        return gazetteer_classes(inflection_stems(word))
    known = gazetteer_classes([word])
    if known:
        return known
    stems = [stem for stem in inflection_stems(word)[1:] if len(stem) >= 4]
    return gazetteer_classes(stems) & {_FIRST}
