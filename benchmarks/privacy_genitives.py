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
"health", "product" and "possession" not in a lexicon are short lists here, for analysis only.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.privacy import find_personal_data
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))

from privacy import heldout_rows, note_texts  # noqa: E402

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
WORD = re.compile(r"[^\W\d_](?:[\w-]*\w)?")


def _lists() -> dict[str, tuple[str, ...]]:
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


def report(cases: list[Case], show: bool) -> None:
    labelled = [c for c in cases if c.gold != "unlabelled" and c.source != "probe"]
    probes = [c for c in cases if c.source == "probe"]
    table: Counter[tuple[str, str, str]] = Counter()
    for c in cases:
        if c.source != "probe":
            table[(c.gold, c.kind, "marked" if c.marked else "left")] += 1
    print("\n== by gold, noun kind, detector today (marked = genitive inside a detected span)")
    for gold in ("person", "lookalike", "other-in-personal-row", "unlabelled"):
        cells = [(k, d, n) for (g, k, d), n in sorted(table.items()) if g == gold]
        print(f"{gold}: " + ", ".join(f"{k}/{d} {n}" for k, d, n in cells))
    print("\n== by gold and owner's reading")
    owners = Counter((c.gold, c.owner_class) for c in cases if c.source != "probe")
    print(", ".join(f"{g}/{o} {n}" for (g, o), n in sorted(owners.items())))
    print("\n== false hits today (look-alike rows, genitive marked)")
    for c in labelled:
        if c.gold == "lookalike" and c.marked:
            print(f"  [{c.source}] {c.kind}/{c.noun_case}/{c.owner_class}: {c.owner} {c.noun}")
    print("\n== candidate conditions: look-alikes it would keep | persons it would publish")
    for name, test in CONDITIONS.items():
        hits = [c for c in labelled if test(c) and c.marked]
        fixed = [c for c in hits if c.gold == "lookalike"]
        published = [c for c in hits if c.gold == "person"]
        notes = [c for c in cases if c.gold == "unlabelled" and test(c) and c.marked]
        print(
            f"{name}: keeps {len(fixed)}, publishes {len(published)}, notes un-marked {len(notes)}"
        )
        for c in published:
            print(f"    PUBLISHES [{c.source}] {c.owner} {c.noun}: {c.text!r}")
        if show:
            for c in fixed:
                print(f"    keeps [{c.source}] {c.owner} {c.noun}")
    print("\n== probes: detector today; conditions that would un-mark the genitive")
    for c in probes:
        would = "".join(name[0] for name, test in CONDITIONS.items() if test(c))
        flag = ("marked" if c.marked else "left") + (" lone" if c.lone else "")
        flag += " cue" if c.cue else ""
        print(f"  {c.gold} {c.kind}/{c.noun_case}/{c.owner_class} {flag} [{would}]: {c.text}")
    if show:
        print("\n== every labelled case")
        for c in labelled:
            flag = ("marked" if c.marked else "left") + (" lone" if c.lone else "")
            print(
                f"  [{c.source}] {c.gold} {c.kind}/{c.noun_case}/{c.owner_class} {flag}: "
                f"{c.owner} {c.noun} | {c.text}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", nargs="*", type=Path)
    parser.add_argument("--no-notes", action="store_true")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    files = args.heldout or sorted(DATA.glob("privacy_*.csv"))
    analyzer = load_analyzer()
    lists = _lists()
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
    report(cases, args.list)


if __name__ == "__main__":
    main()
