"""False and true trend links on the dev clinics with truth (mend87).

    python benchmarks/archive_linking_dev.py [--mode fast|accurate] [--rounds 30-40]
        [--cache /tmp/archive_linking_dev.pkl]

The clinics: each summary dev clinic (`benchmarks/data/summary_heldout*/corpus/gold/*.csv`,
rounds up to 40; each note with its gold label, the seeded labels shared across clinics) and
each clinic of the emergent dev sets (`emergent_heldout*.csv`; clinics of one round share a
round, not topics); chatter and muu notes left out. Each goes through the per-clinic emergent
step with no seeded themes (app.pipeline.analyze_notes, seeded=False: every kept note is
clustered, so the seeded topics form emergent themes too), and all of them make one archive,
linked by app/archive_links.link_archive_themes with the shipped settings. A theme's topic is
its notes' majority gold label (clinic-specific labels are prefixed with the clinic, so only
the seeded labels are shared). Over the pairs of emergent themes of different clinics:

  false links   linked pairs whose topics differ
  true links    linked pairs of the same seeded topic (of all such pairs: recall)

Also per round (the round's summary and emergent clinics as an archive of their own), and
every pair of clinics of one round as an archive of two (the review's case: review 43 #17).
Each with the lead's settings (no sibling test, no keyword), the shipped ones, `keyword` (a
shared keyword unless the centred cosine reaches `link_without_keywords`) and `keyword!` (a
shared keyword always: mend94, review 46) and `null` (a candidate's centred cosine at least
the 0.95-quantile of each theme's best matches in every other clinic: archive27), all of
`link_method = "linkage"`, and `lemmas` (`link_method = "lemmas"`: centroids and the notes'
lemmas, every pair, cut at `link_min_similarity`: archive28). The dev sets are globbed through
blind_rounds.dev_glob (the blind rounds' files are never listed).

`--calibrate` prints the null the shipped cut comes from: the centred cosines of the mutual
best matches between the emergent dev sets' clinics of one round (different subjects: every
such match is unrelated), in archives of two clinics and of the round's clinics; the 95th
percentile of the two-clinic null is `link_without_keywords`.

The per-clinic analyses are cached (`--cache`) so the linking can be rerun quickly.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import pickle
import re
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

from muistiinpanot.app.archive_links import link_archive_themes
from muistiinpanot.app.pipeline import Models, analyze_notes
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.config import load_run_settings
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.resources import default_pipeline
from muistiinpanot.themes.centroids import theme_centroids
from muistiinpanot.themes.linkage import _candidate_distances, _unit_rows

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from blind_rounds import dev_glob  # noqa: E402

SEEDED = ("avoimuus", "innovaatiojohtaminen", "luottamus", "siilot")
LEFT_OUT = ("chatter", "muu", "other")
BLIND = (41, 42, 43)
Theme = tuple[ThemeRow, str]  # the store's row, the theme's majority topic
Lemmas = dict[tuple[str, str], list[tuple[str, ...]]]  # each theme's notes' lemmas
#: Each theme's notes' lemmas (link_method "lemmas"), filled by _analyse or the cache.
LEMMAS: Lemmas = {}


def _round(name: str) -> int:
    found = re.search(r"heldout(\d*)", name)
    return int(found.group(1) or 3) if found else 0


def _clinics(first: int, last: int) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(round, clinic id, [(text, topic)]) of the dev sets of rounds first..last."""
    clinics: list[tuple[int, str, list[tuple[str, str]]]] = []
    for folder in dev_glob(DATA, "summary_heldout*"):
        number = _round(folder.name)
        if number in BLIND or not first <= number <= last:
            continue
        for path in sorted((folder / "corpus" / "gold").glob("*.csv")):
            with path.open(encoding="utf-8") as handle:
                rows = [(r["text"], r["label"]) for r in csv.DictReader(handle)]
            clinics.append((number, f"s{number}-{path.stem}", _topics(rows, path.stem)))
    for path in dev_glob(DATA, "emergent_heldout*.csv"):
        number = _round(path.name)
        if number in BLIND or not first <= number <= last:
            continue
        by_clinic: dict[str, list[tuple[str, str]]] = {}
        with path.open(encoding="utf-8") as handle:
            for r in csv.DictReader(handle):
                by_clinic.setdefault(r["clinic"], []).append((r["text"], r["label"]))
        for name, rows in sorted(by_clinic.items()):
            clinics.append((number, f"e{number}-{name}", _topics(rows, f"e{number}-{name}")))
    return clinics


def _topics(rows: list[tuple[str, str]], clinic: str) -> list[tuple[str, str]]:
    return [
        (text, label if label in SEEDED else f"{clinic}:{label}")
        for text, label in rows
        if label not in LEFT_OUT
    ]


def _analyse(clinics, mode: str) -> dict[str, tuple[int, list[Theme]]]:  # type: ignore[no-untyped-def]
    settings = load_run_settings(default_pipeline(), input_path=ROOT, out=ROOT)
    models = Models(definitions=(), analyzer=load_analyzer(mode), examples=None)
    analysed: dict[str, tuple[int, list[Theme]]] = {}
    for number, clinic_id, rows in clinics:
        notes = [
            Note(f"{clinic_id}/n{i:03d}", clinic_id, "", text, SourceRef("bench"), clean_text=text)
            for i, (text, _) in enumerate(rows)
        ]
        topic_of = {note.id: topic for note, (_, topic) in zip(notes, rows, strict=True)}
        lemmatized, result = analyze_notes(notes, models, settings, seeded=False)
        words = {note.id: note.lemmas for note in lemmatized}
        centroids = theme_centroids(lemmatized, result, models.analyzer)
        members: dict[str, Counter[str]] = {}
        for assignment in result.assignments:
            members.setdefault(assignment.theme, Counter())[topic_of[assignment.note_id]] += 1
            key = (clinic_id, assignment.theme)
            LEMMAS.setdefault(key, []).append(words[assignment.note_id])
        themes: list[Theme] = []
        for theme in result.themes:
            if theme.kind != "emergent" or theme.id not in members or theme.id not in centroids:
                continue
            topic = min(members[theme.id].items(), key=lambda item: (-item[1], item[0]))[0]
            row = ThemeRow(
                clinic_id, f"{number:04d}", clinic_id, theme.id, theme.label, theme.kind,
                theme.size, theme.share, theme.keywords,
                centroids[theme.id].astype(np.float32).tobytes(),
            )  # fmt: skip
            themes.append((row, topic))
        analysed[clinic_id] = (number, themes)
        print(f"  {clinic_id}: {len(notes)} notes, {len(themes)} emergent themes", flush=True)
    return analysed


def _count(themes: list[Theme], settings: ArchiveSettings) -> tuple[int, int, int, int]:
    """(linked pairs, false links, true seeded links, seeded pairs) of one archive."""
    rows = sorted((row for row, _ in themes), key=lambda r: (r.date, r.clinic_id, r.theme_id))
    links = link_archive_themes(rows, settings, lemmas=LEMMAS).links
    linked = false = true = seeded = 0
    for i, (first, topic_a) in enumerate(themes):
        for second, topic_b in themes[i + 1 :]:
            if first.clinic_id == second.clinic_id:
                continue
            same = (
                links[(first.clinic_id, first.theme_id)]
                == links[(second.clinic_id, second.theme_id)]
            )
            linked += same
            false += same and topic_a != topic_b
            if topic_a == topic_b and topic_a in SEEDED:
                seeded += 1
                true += same
    return linked, false, true, seeded


def _null(themes: list[Theme]) -> list[float]:
    """Centred cosines of the mutual best matches between the clinics of `themes`."""
    rows = [row for row, _ in themes]
    vectors = np.vstack([np.frombuffer(r.centroid or b"", dtype=np.float32) for r in rows])
    unit = _unit_rows(vectors.astype(np.float64))
    unit = _unit_rows(unit - unit.mean(axis=0))
    cosines = unit @ unit.T
    distance = _candidate_distances(cosines, [row.clinic_id for row in rows])
    return [
        float(cosines[i, j])
        for i, j in zip(*np.triu_indices(len(rows), k=1), strict=True)
        if rows[i].clinic_id != rows[j].clinic_id and distance[i, j] < 2.0
    ]


def _calibrate(analysed: dict[str, tuple[int, list[Theme]]]) -> None:
    pairs: list[float] = []
    rounds: list[float] = []
    for number in sorted({n for n, _ in analysed.values()}):
        emergent = [c for c, (n, _) in analysed.items() if n == number and c.startswith("e")]
        rounds += _null([t for c in emergent for t in analysed[c][1]])
        for first, second in itertools.combinations(emergent, 2):
            pairs += _null(analysed[first][1] + analysed[second][1])
    for name, values in (("two clinics", pairs), ("one round", rounds)):
        quantiles = " ".join(f"q{q:.2f} {np.quantile(values, q):.3f}" for q in (0.5, 0.9, 0.95))
        print(f"null, {name}: {len(values)} mutual best matches, {quantiles}")


def _counted(themes: list[Theme], settings: ArchiveSettings) -> Counter[str]:
    names = ("linked", "false", "true", "seeded")
    return Counter(dict(zip(names, _count(themes, settings), strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=["accurate", "fast"], default="fast")
    parser.add_argument("--rounds", default="4-40", help="first-last round (dev only)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/archive_linking_dev.pkl"))
    parser.add_argument("--calibrate", action="store_true", help="print the null's quantiles")
    args = parser.parse_args()
    started = time.perf_counter()
    first, last = (int(x) for x in args.rounds.split("-"))
    key = (args.mode, first, last)
    cached = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else {}
    if key not in cached or key + ("lemmas",) not in cached:
        cached[key] = _analyse(_clinics(first, last), args.mode)
        cached[key + ("lemmas",)] = dict(LEMMAS)
        args.cache.write_bytes(pickle.dumps(cached))
    LEMMAS.update(cached[key + ("lemmas",)])
    analysed: dict[str, tuple[int, list[Theme]]] = cached[key]
    if args.calibrate:
        _calibrate(analysed)
    everything = [theme for _, themes in analysed.values() for theme in themes]
    print(f"{len(analysed)} clinics, {len(everything)} emergent themes, {args.mode} lemmas")
    print(
        f"{'settings':<9} {'archive':<12} {'linked':>7} {'false':>6} {'true seeded':>12} {'of':>5}"
    )
    linkage = ArchiveSettings(link_method="linkage")
    lead = replace(linkage, link_beyond_siblings=False, link_shared_keywords=0)
    keyword = replace(linkage, link_shared_keywords=1)  # a shared keyword, unless cosine >= 0.43
    any_keyword = replace(linkage, link_shared_keywords=1, link_without_keywords=1.0)
    null = replace(linkage, link_null_quantile=0.95)  # archive27: the permutation null, 5 %
    lemmas = ArchiveSettings(link_method="lemmas")  # archive28: centroids and lemmas, 0.29
    variants = (("lead", lead), ("shipped", ArchiveSettings()), ("keyword", keyword),
                ("keyword!", any_keyword), ("null", null), ("lemmas", lemmas))  # fmt: skip
    for name, settings in variants:
        per_round = Counter[str]()
        two = Counter[str]()
        for number in sorted({n for n, _ in analysed.values()}):
            ids = [c for c, (n, _) in analysed.items() if n == number]
            per_round.update(_counted([t for c in ids for t in analysed[c][1]], settings))
            for first, second in itertools.combinations(ids, 2):
                two.update(_counted(analysed[first][1] + analysed[second][1], settings))
        counts = _counted(everything, settings)
        for archive, c in (("all at once", counts), ("per round", per_round), ("two clinics", two)):
            print(
                f"{name:<9} {archive:<12} {c['linked']:>7} {c['false']:>6} {c['true']:>12} "
                f"{c['seeded']:>5}"
            )
    print(f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
