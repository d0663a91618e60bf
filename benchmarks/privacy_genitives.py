"""The family-genitive look-alike class, measured (round 48, analysis only): every
capitalised genitive that Voikko reads as a surname or a given name ("sukunimi", "etunimi"),
or whose base form the population register lists, right before a noun ("Hirvosen
hammasklinikka", "Peltosen pellolla", "Kallen baari", "Veikon Kone"), on every dev privacy
set and on the corpus and example notes; counted by gold (the genitive inside a gold name
span: a person; in a row without personal data: a look-alike), by the kind of the following
noun, and by what the detector decides today. Then each candidate un-marking condition:
how many look-alikes it would keep and which persons it would publish.

    python benchmarks/privacy_genitives.py [--heldout FILE ...] [--no-notes] [--list]

Noun kinds (first that fits): "capitalised" (the second word capitalised: a firm's name or a
place's), "person" (a person or kin noun: structure.person_noun or privacy.toml kin, gender,
household, family nouns, agreement.toml people), "trade" (a business or trade head of
privacy.toml or lookalikes.toml, a compound's last part too), "land" (an estate, building or
land noun), "health" (a body part, a health visit or treatment), "product" (a thing's or a
product's noun), "possession" (a thing people own), "other". The kinds of "land",
"health", "product" and "possession" not in a lexicon are short lists, for analysis only
(privacy_genitive_kinds.py; the report and the files read in privacy_genitive_report.py).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.privacy import find_personal_data
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from privacy import heldout_rows, note_texts  # noqa: E402
from privacy_genitive_kinds import kind_lists, noun_kind, owner_class  # noqa: E402
from privacy_genitive_report import dev_files, report  # noqa: E402

WORD = re.compile(r"[^\W\d_](?:[\w-]*\w)?")


@dataclass(frozen=True)
class Case:
    source: str
    text: str
    owner: str
    noun: str
    gold: str  # person, lookalike, unmarked-in-personal-row, unlabelled
    kind: str
    noun_case: str
    owner_class: str  # surname, given, both
    marked: bool
    lone: bool  # no name, person noun or title right before; singular; text not all capitals
    cue: bool  # the text holds a person's cue (person_cue)
    base: str  # the noun's base form


def collect(
    source: str,
    rows: list[tuple[str, list[str] | None]],
    analyzer: object,
    lists: dict[str, tuple[str, ...]],
) -> list[Case]:
    """Each row's name genitives before a noun; gold None: unlabelled (notes)."""
    voikko = analyzer.voikko  # type: ignore[attr-defined]
    found = find_personal_data([t for t, _ in rows], analyzer)  # type: ignore[arg-type]
    cases: list[Case] = []
    for (text, gold), spans in zip(rows, found, strict=True):
        words = list(WORD.finditer(text))
        covered = {i for s in spans for i in range(s.start, s.end)}
        golds = [(m.start(), m.start() + len(p)) for p in gold or [] for m in _all(text, p)]
        cased = not text.isupper()
        for j, (first, second) in enumerate(zip(words, words[1:], strict=False)):
            owner, noun = first.group(), second.group()
            if not owner[:1].isupper() or text[first.end() : second.start()] != " ":
                continue
            named = owner_class(owner, voikko)
            if not named:
                continue
            kind, case = noun_kind(noun, voikko, lists)
            if not kind:
                continue
            inside = any(a <= first.start() and first.end() <= b for a, b in golds)
            label = (
                "unlabelled"
                if gold is None
                else "person"
                if inside
                else "lookalike"
                if not gold
                else "other-in-personal-row"
            )
            marked = any(i in covered for i in range(first.start(), first.end()))
            lone = cased and _lone(text, words, j, voikko)
            cue = person_cue(text, first.end(), second, voikko, lists)
            base = next((a.get("BASEFORM", "") for a in voikko.analyze(noun.casefold())), noun)
            cases.append(
                Case(source, text, owner, noun, label, kind, case, named, marked, lone, cue, base)
            )
    return cases


#: Dwellings: a family's home is a person's ("Niemisen kotiin", "Korhosen pihalla").
DWELLINGS = ("koti", "talo", "mökki", "piha", "asunto", "huvila", "pirtti")
#: Services a person receives as well as a firm gives: "Salosen sähkö katkesi" is the
#: Salonens' power, "Oskarin taksi ei tullut" the taxi Oskari ordered (heldout26).
SERVICES = ("taksi", "sähkö", "huolto", "siivous", "muutto", "kuljetus", "remontti", "asennus")
#: "liike" is a movement first (review 29): "Mäkisen kävelyliike".
MOTION = ("liike",)


def person_cue(
    text: str, after: int, noun: re.Match[str], voikko: object, lists: dict[str, tuple[str, ...]]
) -> bool:
    """Whether any other word of the text is a person's cue: a form of "hän" or "he", a
    person or kin noun, a third person's possessive suffix ("poikansa"), a verb of
    `human_verbs` or a word of `human_states` (privacy.toml), a health word (HEALTH, a
    disease head, "sairaala", "ambulanssi", "kotihoito")."""
    privacy = tomllib.loads(
        resources.files("muistiinpanot.lexicons").joinpath("privacy.toml").read_text("utf-8")
    )
    human = {*privacy["human_verbs"], *privacy["human_states"]}
    health = (*lists["health"], "sairaala", "ambulanssi", "kotihoito")
    for word in WORD.finditer(text):
        if word.start() < after or word.start() == noun.start():
            continue
        w = word.group()
        readings = voikko.analyze(w.casefold())  # type: ignore[attr-defined]
        if w.casefold() in human or person_noun(w, voikko):  # type: ignore[arg-type]
            return True
        for a in readings:
            base = a.get("BASEFORM", "").casefold()
            if base in ("hän", "he") or a.get("POSSESSIVE") == "3" or base in human:
                return True
            if a.get("CLASS") == "nimisana" and part_of(a, health):
                return True
    return False


def _lone(text: str, words: list[re.Match[str]], j: int, voikko: object) -> bool:
    """The genitive stands alone: singular, and the word right before it (space only
    between) is no capitalised name and no person noun ("Inkeri Mustosen", "metsänomistaja
    Honkasen", "Hirvosten" are not)."""
    owner = words[j].group()
    readings = voikko.analyze(owner)  # type: ignore[attr-defined]
    if any(a.get("NUMBER") == "plural" and a.get("SIJAMUOTO") == "omanto" for a in readings):
        return False
    if j == 0 or text[words[j - 1].end() : words[j].start()] != " ":
        return True
    before = words[j - 1].group()
    if person_noun(before, voikko):  # type: ignore[arg-type]
        return False
    if not before[:1].isupper():
        return True
    classes = {a.get("CLASS") for a in voikko.analyze(before)}  # type: ignore[attr-defined]
    return not ({"etunimi", "sukunimi"} & classes or before.casefold() in load_gazetteer().register)


def _all(text: str, piece: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(piece), text))


def note_rows() -> list[tuple[str, list[str] | None]]:
    return [(t, None) for t in note_texts()]


#: A reviewer's probes (round 48 (c)): the family genitive's shapes the dev sets lack.
#: Persons: the genitive must stay marked; look-alikes: a firm's, a farm's, a place's.
PROBE_PERSONS = [
    "Mäkisen kävelyliike on parantunut leikkauksen jälkeen",
    "Niemisen kotiin tarvitaan kotihoito kahdesti päivässä",
    "Korhosen pihalla kaatui eilen ja ambulanssi haki",
    "Lahtisen taksi ei tullut ja hän odotti tunnin",
    "Salosen sähkö katkesi, kun lasku jäi maksamatta",
    "Heikkisen tilalla asuu nyt hänen poikansa",
    "Laineen mökille ajettiin ambulanssi",
    "Virtasen lääkäri sanoi, että leikkaus siirtyy",
    "Koskisen kauppareissu jäi väliin kaatumisen takia",
    "Anttilan apteekkikäynnit pitää hoitaa kotihoidon kautta",
    "Peltosen tilalta soitettiin, isäntä on sairaalassa",
    "Kallen baarireissu päättyi poliisiasemalle",
    # the reviewer's probes that round 48 asked for (privacy49)
    "Virtasen taksi myöhästyi",
    "Heikkisen tilalla vietettiin hautajaiset",
    "Mäkisen kaupassa oli töissä",
    "Ahosen kartanossa kuoli",
]
PROBE_LOOKALIKES = [
    "Rantasen saha sulkee ovensa vuoden lopussa",
    "Ketolan tilalla on uusi lypsyrobotti",
    "Hakalan taksi ajaa koulukyydit",
    "Kauppisen kukkakauppa myy ruusuja",
    "Nurmisen pellolla pidetään elonkorjuujuhla",
    "Mattilan kartanossa on kesäteatteri",
    "Toivosen leipomo leipoo ruisleivät",
    "Laaksosen metsäpalstalla on hakkuut",
]


#: Candidate un-marking conditions (round 48's question (a) and (b)).
CONDITIONS: dict[str, Callable[[Case], bool]] = {
    "A surname-only, trade noun, any case": lambda c: (
        c.owner_class == "surname" and c.kind == "trade"
    ),
    "B surname-only, land noun, any case": lambda c: (
        c.owner_class == "surname" and c.kind == "land"
    ),
    "C surname-only, trade or land, lower case, not nominative": lambda c: (
        c.owner_class == "surname" and c.kind in ("trade", "land") and c.noun_case != "nimento"
    ),
    "D any name, trade noun, any case": lambda c: c.kind == "trade",
    "E surname-only, capitalised second word": lambda c: (
        c.owner_class == "surname" and c.kind == "capitalised"
    ),
    "F given-only, trade noun": lambda c: c.owner_class == "given" and c.kind == "trade",
    "H lone surname, trade noun, any case": lambda c: (
        c.lone and c.owner_class == "surname" and c.kind == "trade"
    ),
    "I lone surname, trade or land noun, any case": lambda c: (
        c.lone and c.owner_class == "surname" and c.kind in ("trade", "land")
    ),
    "J lone surname, lower-case trade noun in the nominative": lambda c: (
        c.lone and c.owner_class == "surname" and c.kind == "trade" and c.noun_case == "nimento"
    ),
    "K lone surname or given, trade noun, nominative": lambda c: (
        c.lone
        and c.owner_class in ("surname", "given")
        and c.kind == "trade"
        and c.noun_case == "nimento"
    ),
    "L lone surname, capitalised second word": lambda c: (
        c.lone and c.owner_class == "surname" and c.kind == "capitalised"
    ),
    "M lone surname, trade or land noun (not liike, no dwelling), no person cue": lambda c: (
        c.lone
        and c.owner_class == "surname"
        and c.kind in ("trade", "land")
        and not c.cue
        and not any(c.base.casefold().endswith(w) for w in (*DWELLINGS, *MOTION))
    ),
    "N as M, and no service a person receives (SERVICES)": lambda c: (
        CONDITIONS["M lone surname, trade or land noun (not liike, no dwelling), no person cue"](c)
        and not any(c.base.casefold().endswith(w) for w in SERVICES)
    ),
    "G surname-only, trade/land, place case (-lla/-lta/-lle/-ssa/-sta/-hin)": lambda c: (
        c.owner_class == "surname"
        and c.kind in ("trade", "land")
        and c.noun_case
        in ("ulkoolento", "ulkoeronto", "ulkotulento", "sisaolento", "sisaeronto", "sisatulento")
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", nargs="*", type=Path)
    parser.add_argument("--no-notes", action="store_true")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    files = args.heldout or dev_files()
    analyzer = load_analyzer()
    lists = kind_lists()
    cases: list[Case] = []
    for path in files:
        rows = [(t, [p for p, _ in g]) for t, g in heldout_rows(path)]
        cases += collect(path.stem.removeprefix("privacy_"), rows, analyzer, lists)  # type: ignore[arg-type]
    if not args.no_notes:
        cases += collect("notes", note_rows(), analyzer, lists)
    probes = [(t, [t.split()[0].strip(",")]) for t in PROBE_PERSONS]
    probes += [(t, []) for t in PROBE_LOOKALIKES]
    cases += collect("probe", probes, analyzer, lists)  # type: ignore[arg-type]
    by_set: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for c in cases:
        by_set[c.source][c.gold] += 1
    print("cases by set: " + "; ".join(f"{s} {dict(n)}" for s, n in sorted(by_set.items())))
    report(cases, CONDITIONS, args.list)


if __name__ == "__main__":
    main()
