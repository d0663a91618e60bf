"""Emergent labels as a facilitator reads them, counted by fixed rules (issue 12).

    python benchmarks/labels.py [--rounds 4-118] [--only corpus,heldout2,emergent_heldout7]
        [--tsv FILE] [--quiet]

Every dev clinic with emergent topics goes through the themes stage with no seeded themes (the
bundled example notes given, as `emergent.py --labels` does): the four `corpus/gold` clinics
(all notes), the three of `data/heldout2_emergent.csv` and those of
`data/emergent_heldout{4..118}.csv` (`--rounds`; chatter notes left out). Each emergent label
(not muu) is counted by rules fixed before any output was read:

  fallback   the theme's label is `label_fallback` ("Muita nostoja: …"): no phrase found;
  lone       one word (a trailing number "Avoin data 2" aside);
  generic    a lone word whose base form is as common in general Finnish as Zipf 4.4 in
             wordfreq's Finnish list (the house's `label_common_zipf`, here applied to every
             lone word, compound or derived too): "Tila", "Hinta", "Lapset";
  ungramm.   a part ("X" or "Y" of "X ja Y") whose last word Voikko reads as no nominative
             noun (a -minen noun is one), or whose other words are neither an adjective or
             noun in the nominative of the head's number (agreeing) nor a genitive; or a
             word Voikko does not know;
  name       a word Voikko reads as a first name, surname or place name, or text the
             privacy detector would not publish (privacy.find_published_data);
  time       (round 22) a word of the label, the fallback's nouns too, that is (as its own
             base form, or else by its nominative readings' base forms) a time or measure of
             lexicons/time.toml's closed classes (label_time.names_time_or_measure:
             "lokakuu", "vuosi", "euro"; not a compound ending in one, "eräpäivä");
  time kw    (round 22) the theme's keywords of those classes as whole lemmas ("kuu",
             "kausi", "tunti") that no note of the theme says as a word of its own (no
             word of its text has it as its only Voikko base form): a time word's
             compound part;
  covers     the share of the theme's notes with the label's head lemma (Voikko's base form
             of each part's last word; a note's lemma equal to it, or a compound beginning or
             ending with it): how much of the theme the label names. Fallbacks are left out
             of its mean.

Prints one line per label (set, clinic, label, size, the gold topic of most of its notes and
its share, the flags, the cover share; `--keywords`: the theme's keywords) and a table of
counts per set and in all. `--tsv` writes the lines to compare two versions (before and
after) with `diff`.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes, load_analyzer
from muistiinpanot.lexicons import time_stretches, time_units
from muistiinpanot.privacy.detect import find_published_data
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.resources import default_definitions, default_examples
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.examples import load_examples
from muistiinpanot.themes.label_general import general_zipf
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.label_time import measure_nouns, measures, names_time_or_measure
from muistiinpanot.themes.word_classes import NAME_CLASSES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from blind_rounds import BLIND_FROM  # noqa: E402

#: fixed before any output was read: the house's label_common_zipf default
GENERIC_ZIPF = 4.4
NOMINAL = {"nimisana", "laatusana", "nimisana_laatusana", "lukusana", "lyhenne"}
Rows = list[tuple[str, str, str]]  # id, text, gold label


@dataclass(frozen=True)
class Graded:
    """One emergent label with its counts."""

    set_name: str
    clinic: str
    label: str
    size: int
    topic: str
    topic_share: float
    fallback: bool
    lone: bool
    generic: bool
    ungrammatical: bool
    name: bool
    covers: float
    keywords: str = ""
    timed: bool = False
    time_keywords: int = 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    last_dev = BLIND_FROM - 1
    parser.add_argument(
        "--rounds", default=f"4-{last_dev}", help=f"emergent_heldoutN rounds (max {last_dev})"
    )
    parser.add_argument("--only", default="", help="only these sets (comma-separated)")
    parser.add_argument("--tsv", type=Path, default=None, help="write every label here")
    parser.add_argument("--quiet", action="store_true", help="the table only")
    parser.add_argument("--keywords", action="store_true", help="each theme's keywords too")
    args = parser.parse_args()
    first, _, last = args.rounds.partition("-")
    rounds = range(int(first), int(last or first) + 1)
    if max(rounds) >= BLIND_FROM:
        parser.error(f"rounds after {last_dev} are being written blind: never read them")
    analyzer = load_analyzer("accurate")
    settings = ThemeSettings()
    definitions = load_theme_definitions(default_definitions())
    examples = load_examples(example_rows(default_examples()), definitions, analyzer)
    graded: list[Graded] = []
    for set_name, clinic, rows in _clinics(rounds):
        if args.only and set_name not in args.only.split(","):
            continue
        graded += _grade_clinic(set_name, clinic, rows, analyzer, settings, examples)
    if not args.quiet:
        for g in graded:
            flags = "".join(
                mark if on else "."
                for mark, on in (
                    ("F", g.fallback),
                    ("L", g.lone),
                    ("G", g.generic),
                    ("U", g.ungrammatical),
                    ("N", g.name),
                    ("T", g.timed),
                )
            )
            print(
                f"{g.set_name:<19} {g.clinic[:26]:<26} {g.label[:46]:<46} {g.size:>3} "
                f"{g.topic[:22]:<22} {g.topic_share:>4.0%}  {flags}  {g.covers:.2f}"
                + (f"  [{g.keywords}]" if args.keywords else "")
            )
    _table(graded)
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow(Graded.__dataclass_fields__)
            for g in graded:
                writer.writerow(g.__dict__.values())


def _clinics(rounds: range) -> list[tuple[str, str, Rows]]:
    found: list[tuple[str, str, Rows]] = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows = sorted((r["id"], r["text"], r["label"]) for r in csv.DictReader(handle))
        found.append(("corpus", path.stem, rows))
    files = [("heldout2", DATA / "heldout2_emergent.csv")] + [
        (f"emergent_heldout{n}", DATA / f"emergent_heldout{n}.csv") for n in rounds
    ]
    for set_name, path in files:
        by_clinic: dict[str, Rows] = {}
        with path.open(encoding="utf-8") as handle:
            for r in csv.DictReader(handle):
                if r["label"] != "chatter":
                    by_clinic.setdefault(r["clinic"], []).append((r["id"], r["text"], r["label"]))
        found += [(set_name, c, sorted(rows)) for c, rows in sorted(by_clinic.items())]
    return found


def _grade_clinic(
    set_name: str,
    clinic: str,
    rows: Rows,
    analyzer: LemmaAnalyzer,
    settings: ThemeSettings,
    examples: object,
) -> list[Graded]:
    notes = [Note(i, "bench", "", t, SourceRef("bench"), clean_text=t) for i, t, _ in rows]
    notes = lemmatize_notes(notes, analyzer)
    result = assign_themes(
        notes,
        (),
        analyzer,
        settings,
        examples,  # type: ignore[arg-type]
        withheld=lambda texts: [bool(f) for f in find_published_data(texts, analyzer, ner=False)],
    )
    gold = {note_id: label for note_id, _, label in rows}
    texts = {note_id: text for note_id, text, _ in rows}
    is_measure = measure_nouns(analyzer.voikko.analyze)
    time_class = time_units() | time_stretches() | measures()
    lemmas = {note.id: {lemma.lower() for lemma in note.content_lemmas} for note in notes}
    members: dict[str, list[str]] = {}
    for assignment in result.assignments:
        members.setdefault(assignment.theme, []).append(assignment.note_id)
    graded = []
    for theme in result.themes:
        if theme.kind != "emergent" or not members.get(theme.id):
            continue
        ids = members[theme.id]
        topic, count = sorted(
            Counter(gold[i] for i in ids).items(), key=lambda item: (-item[1], item[0])
        )[0]
        grade = _grade(set_name, clinic, theme.label, ids, topic, count, lemmas, analyzer, settings)
        # a word says a base form when Voikko reads it as that one only ("kuussa"; not
        # "kuin", which it also reads as the instructive plural of "kuu")
        readings = (
            {a.get("BASEFORM", "").lower() for a in analyzer.voikko.analyze(word)}
            for i in ids
            for word in re.findall(r"[\w-]+", texts[i])
        )
        said = {base for bases in readings if len(bases) == 1 for base in bases}
        label_bases = {
            base
            for word in re.findall(r"[\w-]+", theme.label.partition(":")[2] or theme.label)
            for base in _bases(word.lower(), analyzer.voikko.analyze)
        }
        graded.append(
            dataclasses.replace(
                grade,
                keywords=", ".join(theme.keywords),
                timed=any(names_time_or_measure(w, is_measure) for w in label_bases),
                time_keywords=sum(1 for k in theme.keywords if k in time_class and k not in said),
            )
        )
    return graded


def _grade(
    set_name: str,
    clinic: str,
    label: str,
    ids: list[str],
    topic: str,
    count: int,
    lemmas: dict[str, set[str]],
    analyzer: LemmaAnalyzer,
    settings: ThemeSettings,
) -> Graded:
    analyze = analyzer.voikko.analyze
    fallback = is_fallback(label, settings)
    text = re.sub(r" \d+$", "", label)
    words = text.split()
    lone = not fallback and len(words) == 1
    heads: list[str] = []
    ungrammatical = name = generic = False
    if not fallback:
        for part in text.split(" ja "):
            head, ok = _part(part.split(), analyze)
            ungrammatical |= not ok
            heads.append(head)
        voikko_name = any(a.get("CLASS") in NAME_CLASSES for w in words for a in analyze(w))
        name = voikko_name or bool(find_published_data([text], analyzer)[0])
        # a -minen noun's base form is its verb: its own frequency is the word's
        word = words[0].lower() if words[0].lower().endswith("minen") else heads[0]
        generic = lone and general_zipf(word) >= GENERIC_ZIPF
    covered = sum(1 for i in ids if any(_has(lemmas[i], head) for head in heads))
    return Graded(
        set_name,
        clinic,
        label,
        len(ids),
        topic,
        count / len(ids),
        fallback,
        lone,
        generic,
        ungrammatical,
        name,
        covered / len(ids),
    )


def _part(words: list[str], analyze: object) -> tuple[str, bool]:
    """The base form of the part's head (its last word) and whether the part is a noun
    phrase in the nominative: a nominative noun, after agreeing nominatives or genitives."""
    readings = analyze(words[-1])  # type: ignore[operator]
    heads = [
        a
        for a in readings
        if a.get("SIJAMUOTO") == "nimento"
        and (a.get("CLASS") in NOMINAL or a.get("MOOD") == "MINEN-infinitive")
    ]
    if not heads:
        base = readings[0].get("BASEFORM", words[-1]) if readings else words[-1]
        return base.lower(), False
    head = heads[0]
    number = {a.get("NUMBER") for a in heads}
    ok = True
    for word in words[:-1]:
        fits = [
            a
            for a in analyze(word)  # type: ignore[operator]
            if a.get("CLASS") in NOMINAL
            and (
                a.get("SIJAMUOTO") == "omanto"
                or (a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") in number)
            )
        ]
        ok &= bool(fits)
    return head.get("BASEFORM", words[-1]).lower(), ok


def _bases(word: str, analyze: object) -> set[str]:
    """The word itself when Voikko reads it as a base form, else its nominative readings'
    base forms ("vuorot" → "vuoro")."""
    readings = analyze(word)  # type: ignore[operator]
    if any(a.get("BASEFORM", "").lower() == word for a in readings):
        return {word}
    return {a.get("BASEFORM", "").lower() for a in readings if a.get("SIJAMUOTO") == "nimento"}


def _has(note_lemmas: set[str], head: str) -> bool:
    return any(
        lemma == head or lemma.startswith(head) or lemma.endswith(head) for lemma in note_lemmas
    )


def _table(graded: list[Graded]) -> None:
    sets = list(dict.fromkeys(g.set_name for g in graded))
    print(
        f"\n{'set':<19} {'labels':>6} {'fallbk':>6} {'lone':>5} {'generic':>7} "
        f"{'ungram':>6} {'name':>5} {'F+G':>4} {'covers':>6} {'time':>5} {'timekw':>6}"
    )
    for name in [*sets, "all"]:
        chosen = [g for g in graded if name in ("all", g.set_name)]
        named = [g.covers for g in chosen if not g.fallback]
        fallback = sum(g.fallback for g in chosen)
        generic = sum(g.generic for g in chosen)
        print(
            f"{name:<19} {len(chosen):>6} {fallback:>6} {sum(g.lone for g in chosen):>5} "
            f"{generic:>7} {sum(g.ungrammatical for g in chosen):>6} "
            f"{sum(g.name for g in chosen):>5} {fallback + generic:>4} "
            f"{sum(named) / max(len(named), 1):>6.2f} {sum(g.timed for g in chosen):>5} "
            f"{sum(g.time_keywords for g in chosen):>6}"
        )


if __name__ == "__main__":
    main()
