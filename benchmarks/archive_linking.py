"""How well the archive links emergent themes of different clinics (archive/trends.py).

    python benchmarks/archive_linking.py [--seeds 5] [--mode fast|accurate] [--tune-only]

Clinics are built from labelled notes whose topics are known, and each goes through the
per-clinic emergent step as the archive runs it (app.pipeline.analyze_notes with no seeded
themes: every kept note is clustered). Each emergent theme's topic is the majority topic of
its notes. The archive's linking (trends.link_themes: centroid cosine and shared keywords) is
scored over pairs of emergent themes of different clinics: a pair is a true link when both
themes have the same topic. Precision = true links among the linked pairs; recall = linked
pairs among the true links (TP/FP/FN summed over the seeds).

  tune      models/training (the labelled example notes): per seed, 6 clinics, each from
            one writer's file (a different writer per clinic), 3 of the 4 topics at random,
            6 notes of each ("other" notes left out: they are no one topic).
  held-out  benchmarks/data/heldout2_emergent.csv (written independently; never tuned on):
            per seed, each of its 3 clinics split in two (each topic's notes halved at
            random), so every topic is in 2 of the 6 clinics; chatter left out.

Two linking methods (app/archive_links.py). "greedy" (archive/trends.py) compares theme
centroids as stored, or centred (their mean over the archive's emergent themes subtracted:
`link_center`), in date order, with shared keywords. "linkage" (the default;
themes/linkage.link_across_clinics) links all clinics' themes at once: centred centroids,
mutual best matches between clinics, average linkage cut at a minimum centred cosine. Each
method's grid of thresholds is scored on the tune set; the best F1 there (ties: the higher
precision) is then reported on the held-out set, beside the shipped defaults
(pipelines/archive.toml). Nothing is fitted on the held-out set.

For comparison, the same clinics with `--fit archive` (themes/fitted.py): the emergent step
once over all six clinics' notes, applied to each; two clinics' themes are "linked" when they
are the same archive theme.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from muistiinpanot.app.archive_links import link_archive_themes
from muistiinpanot.app.pipeline import Models, analyze_notes
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import ThemeRow
from muistiinpanot.archive.trends import link_themes
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.records import Note, SourceRef, ThemeResult
from muistiinpanot.resources import default_pipeline
from muistiinpanot.themes import assign_themes
from muistiinpanot.themes.centroids import theme_centroids
from muistiinpanot.themes.fitted import apply_archive_themes, fit_archive_themes
from muistiinpanot.vectorize import FloatArray

ROOT = Path(__file__).resolve().parents[1]
COSINES = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SHARED = (0, 1, 2)
CENTRED = (-0.1, 0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
Clinic = list[tuple[str, str]]  # (text, topic)


@dataclass(frozen=True, slots=True)
class _Theme:
    row: ThemeRow
    topic: str
    counts: Counter[str]  # topic -> notes of the theme


@dataclass(frozen=True, slots=True)
class _Analysed:
    """One clinic after the per-clinic emergent step: notes, themes and each note's topic."""

    clinic_id: str
    notes: list[Note]
    result: ThemeResult
    topic_of: dict[str, str]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--mode", choices=["accurate", "fast"], default="fast")
    parser.add_argument(
        "--tune-only", action="store_true", help="score the tune set only (while choosing)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    settings = load_run_settings(default_pipeline(), input_path=ROOT, out=ROOT)
    models = Models(definitions=(), analyzer=load_analyzer(args.mode), examples=None)
    data = {
        "tune": [
            [_analyse(c, models, settings) for c in _tune_clinics(s)] for s in range(args.seeds)
        ],
    }
    if not args.tune_only:
        data["held-out"] = [
            [_analyse(c, models, settings) for c in _held_clinics(s)] for s in range(args.seeds)
        ]
    linked = {name: [_linkable(seed, models) for seed in seeds] for name, seeds in data.items()}
    fitted = {
        name: [_fitted(seed, models, settings) for seed in seeds] for name, seeds in data.items()
    }
    for name in data:
        print(
            f"{name}: {args.seeds} seeds x 6 clinics; emergent themes per seed: per clinic "
            f"{_mean_len(linked[name]):.1f}, --fit archive {_mean_len(fitted[name]):.1f}"
        )
    header = f"{'centred':>7} {'min cosine':>10} {'shared kw':>9}  {'P':>6} {'R':>6} {'F1':>6}"
    print("\n" + header + "   (tune)")
    scored = []
    for center in (False, True):
        for cosine in COSINES:
            for shared in SHARED:
                p, r, f = _score(linked["tune"], _linker(cosine, shared, center))
                scored.append(((f, p), cosine, shared, center))
                print(f"{center!s:>7} {cosine:>10.2f} {shared:>9d}  {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    (_, best_cosine, best_shared, best_center) = max(scored)
    print(f"\n{'min centred cosine':>18}  {'P':>6} {'R':>6} {'F1':>6}   (tune, linkage)")
    scored_at_once = []
    for centred in CENTRED:
        p, r, f = _score(linked["tune"], _at_once(centred))
        scored_at_once.append(((f, p), centred))
        print(f"{centred:>18.2f}  {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    (_, best_centred) = max(scored_at_once)
    default = ArchiveSettings()
    print(f"\n{'set':<10} {'method':<44} themes: P, R, F1 | notes: P, R, F1")
    for name in data:
        methods: list[tuple[str, list[list[_Theme]], Linker]] = [
            (f"greedy, best on tune ({best_center}, {best_cosine:.2f}, {best_shared})",
             linked[name], _linker(best_cosine, best_shared, best_center)),
            (f"greedy, old defaults ({default.link_center}, {default.link_min_cosine:.2f}, "
             f"{default.link_min_shared_keywords})", linked[name],
             _linker(default.link_min_cosine, default.link_min_shared_keywords,
                     default.link_center)),
            (f"linkage, best on tune ({best_centred:.2f})", linked[name],
             _at_once(best_centred)),
            (f"linkage, default ({default.link_min_centred_cosine:.2f})", linked[name],
             _at_once(default.link_min_centred_cosine)),
            ("--fit archive (no linking)", fitted[name], _same_id),
        ]  # fmt: skip
        for label, sets, link in methods:
            by_theme = _score(sets, link)
            by_note = _score(sets, link, notes=True)
            print(
                f"{name:<10} {label:<44} "
                + " ".join(f"{x:.3f}" for x in by_theme)
                + " | "
                + " ".join(f"{x:.3f}" for x in by_note)
            )
    print(f"\n{args.seeds} seeds, {args.mode} lemmas, {time.perf_counter() - started:.0f} s")


def _tune_clinics(seed: int) -> list[Clinic]:
    """6 clinics from 6 writers' files of models/training (see the module docstring)."""
    rng = random.Random(seed)
    files = sorted((ROOT / "models" / "training").glob("notes_*.csv"))
    clinics = []
    for path in rng.sample(files, 6):
        with path.open(encoding="utf-8") as handle:
            rows = [(r["text"], r["label"]) for r in csv.DictReader(handle)]
        topics = sorted({label for _, label in rows if label != "other"})
        clinic: Clinic = []
        for topic in rng.sample(topics, 3):
            notes = sorted(text for text, label in rows if label == topic)
            clinic += [(text, topic) for text in rng.sample(notes, min(6, len(notes)))]
        clinics.append(clinic)
    return clinics


def _held_clinics(seed: int) -> list[Clinic]:
    """Each heldout2 clinic split in two halves of every topic (see the module docstring)."""
    rng = random.Random(seed)
    by_clinic: dict[str, dict[str, list[str]]] = {}
    with (ROOT / "benchmarks" / "data" / "heldout2_emergent.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["label"] != "chatter":
                by_clinic.setdefault(row["clinic"], {}).setdefault(row["label"], [])
                by_clinic[row["clinic"]][row["label"]].append(row["text"])
    clinics = []
    for _, topics in sorted(by_clinic.items()):
        halves: tuple[Clinic, Clinic] = ([], [])
        for topic, texts in sorted(topics.items()):
            shuffled = sorted(texts)
            rng.shuffle(shuffled)
            middle = len(shuffled) // 2
            halves[0].extend((t, topic) for t in shuffled[:middle])
            halves[1].extend((t, topic) for t in shuffled[middle:])
        clinics += list(halves)
    return clinics


_COUNTER = Counter[str]()


def _analyse(clinic: Clinic, models: Models, settings: RunSettings) -> _Analysed:
    """The per-clinic emergent step (analyze_notes, no seeded themes) on one clinic."""
    _COUNTER["clinic"] += 1
    clinic_id = f"k{_COUNTER['clinic']:04d}"
    notes = [
        Note(f"{clinic_id}/n{i:03d}", clinic_id, "", text, SourceRef("bench"), clean_text=text)
        for i, (text, _) in enumerate(clinic)
    ]
    topic_of = {note.id: topic for note, (_, topic) in zip(notes, clinic, strict=True)}
    analysed, result = analyze_notes(notes, models, settings, seeded=False)
    return _Analysed(clinic_id, analysed, result, topic_of)


def _themes(
    clinic: _Analysed, result: ThemeResult, centroids: dict[str, FloatArray]
) -> list[_Theme]:
    """The emergent themes of `result` with their majority topics, as the store's rows."""
    members: dict[str, list[str]] = {}
    for assignment in result.assignments:
        members.setdefault(assignment.theme, []).append(clinic.topic_of[assignment.note_id])
    themes = []
    for theme in result.themes:
        if theme.kind not in ("emergent", "muu") or theme.id not in members:
            continue
        counts = Counter(members[theme.id])
        topic = min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
        centroid = centroids[theme.id].astype(np.float32).tobytes() if centroids else None
        row = ThemeRow(
            clinic.clinic_id, clinic.clinic_id, clinic.clinic_id, theme.id, theme.label,
            theme.kind, theme.size, theme.share, theme.keywords, centroid,
        )  # fmt: skip
        themes.append(_Theme(row, topic, counts))
    return themes


def _linkable(seed: list[_Analysed], models: Models) -> list[_Theme]:
    """Each clinic's own emergent themes with their centroids (what trends.py links)."""
    return [
        theme
        for c in seed
        for theme in _themes(c, c.result, theme_centroids(c.notes, c.result, models.analyzer))
    ]


def _fitted(seed: list[_Analysed], models: Models, settings: RunSettings) -> list[_Theme]:
    """--fit archive: the emergent step once over every clinic's notes, applied to each."""
    notes = [note for c in seed for note in c.notes]
    result = assign_themes(notes, (), models.analyzer, settings.themes)
    model = fit_archive_themes(notes, result, models.analyzer)
    return [
        theme
        for c in seed
        for theme in _themes(
            c, apply_archive_themes(c.notes, c.result, model, models.analyzer, settings.themes), {}
        )
    ]


Linker = Callable[[list[_Theme]], dict[tuple[str, str], str]]


def _linker(cosine: float, shared: int, center: bool) -> Linker:
    def link(themes: list[_Theme]) -> dict[tuple[str, str], str]:
        rows = sorted((t.row for t in themes), key=lambda r: (r.date, r.clinic_id, r.theme_id))
        return link_themes(rows, cosine, shared, center=center)

    return link


def _at_once(min_cosine: float) -> Linker:
    def link(themes: list[_Theme]) -> dict[tuple[str, str], str]:
        rows = sorted((t.row for t in themes), key=lambda r: (r.date, r.clinic_id, r.theme_id))
        # the centroids' linkage (the "lemmas" default needs the notes' lemmas, not kept here)
        settings = ArchiveSettings(link_method="linkage", link_min_centred_cosine=min_cosine)
        return link_archive_themes(rows, settings).links

    return link


def _same_id(themes: list[_Theme]) -> dict[tuple[str, str], str]:
    return {_key(t): t.row.theme_id for t in themes}


def _score(
    sets: Sequence[list[_Theme]], link: Linker, notes: bool = False
) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of the links between the emergent themes of
    different clinics (a theme's topic: its majority topic); with `notes`, between their
    notes instead (a note's topic its own; muu notes are linked to nothing), which is what
    a trend's shares count."""
    tp = fp = fn = 0
    for themes in sets:
        links = link([t for t in themes if t.row.kind == "emergent"])
        for i, first in enumerate(themes):
            for second in themes[i + 1 :]:
                if first.row.clinic_id == second.row.clinic_id:
                    continue
                linked = "muu" not in (first.row.kind, second.row.kind) and (
                    links[_key(first)] == links[_key(second)]
                )
                if notes:
                    same = sum(first.counts[t] * second.counts[t] for t in first.counts)
                    pairs = first.row.size * second.row.size
                    tp += same if linked else 0
                    fp += pairs - same if linked else 0
                    fn += 0 if linked else same
                elif "muu" not in (first.row.kind, second.row.kind):
                    same_topic = first.topic == second.topic
                    tp += linked and same_topic
                    fp += linked and not same_topic
                    fn += same_topic and not linked
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _key(theme: _Theme) -> tuple[str, str]:
    return (theme.row.clinic_id, theme.row.theme_id)


def _mean_len(sets: Sequence[list[_Theme]]) -> float:
    return sum(sum(t.row.kind == "emergent" for t in s) for s in sets) / max(len(sets), 1)


if __name__ == "__main__":
    main()
