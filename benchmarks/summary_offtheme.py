"""Off-theme pieces: sentences a post prints under a theme whose notes are mostly about
something else. Every dev summary clinic's notes are labelled (`corpus/gold/<clinic>.csv`);
each post theme maps to the gold label most of ITS notes (the themes stage's assignments)
carry, and a bullet piece (summary.json's `bullets[].pieces`, by note id) is off-theme when
its note's gold label differs. summary_sets.py counts them per clinic, per set and in all.

    python benchmarks/summary_sets.py --sets corpus summary_heldout … --json FILE

`note_features` also writes, for every note of a theme that gets a bullet, the numbers an
eligibility rule could read (its assignment score, its centroid margin), to study offline."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from muistiinpanot.records import ThemeResult


def read_gold_labels(corpus: Path, clinic: str) -> dict[str, str]:
    """Gold label by note id of one clinic (`corpus/gold/<clinic>.csv`); empty if none."""
    path = corpus / "gold" / f"{clinic}.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row["label"] for row in csv.DictReader(handle) if row.get("label")}


def theme_gold(themes: ThemeResult, gold: Mapping[str, str]) -> dict[str, str]:
    """Each theme's gold label: the one most of its labelled notes carry (ties: by name)."""
    counts: dict[str, Counter[str]] = {}
    for assignment in themes.assignments:
        if assignment.note_id in gold:
            counts.setdefault(assignment.theme, Counter())[gold[assignment.note_id]] += 1
    return {
        theme: min(count.items(), key=lambda item: (-item[1], item[0]))[0]
        for theme, count in counts.items()
    }


def off_theme(
    bullets: Sequence[Mapping[str, object]], themes: ThemeResult, gold: Mapping[str, str]
) -> tuple[int, int, list[str]]:
    """(pieces, off-theme pieces, "theme [label] ← note [label]: text" of each off one) over
    the post's bullets (summary.json's entries); pieces of unlabelled notes are not counted."""
    mapped = theme_gold(themes, gold)
    pieces = off = 0
    examples: list[str] = []
    for bullet in bullets:
        theme = str(bullet["theme"])
        for piece in bullet["pieces"]:  # type: ignore[attr-defined]
            note = piece["note_id"]
            if note not in gold or theme not in mapped:
                continue
            pieces += 1
            if gold[note] != mapped[theme]:
                off += 1
                examples.append(
                    f"{theme} [{mapped[theme]}] <- {note} [{gold[note]}]: {piece['text']}"
                )
    return pieces, off, examples


def note_features(
    bullets: Sequence[Mapping[str, object]], themes: ThemeResult, gold: Mapping[str, str]
) -> list[dict[str, object]]:
    """Per note of each theme that has a bullet: its theme, whether its gold label is the
    theme's, whether a bullet used it, its assignment score and its centroid margin (cosine
    to its theme's centroid less the best cosine to another theme's, muu left out)."""
    mapped = theme_gold(themes, gold)
    used = {
        (str(b["theme"]), p["note_id"])
        for b in bullets
        for p in b["pieces"]  # type: ignore[attr-defined]
    }
    with_bullet = {str(b["theme"]) for b in bullets}
    count = themes.vectors.shape[0] if themes.vectors is not None else 0
    row = {a.note_id: i for i, a in enumerate(themes.assignments[:count])}
    theme_of = {a.note_id: a.theme for a in themes.assignments}
    margins: dict[str, float] = {}
    owncos: dict[str, float] = {}
    corecos: dict[str, float] = {}
    coremargin: dict[str, float] = {}
    nearest: dict[str, str] = {}
    if themes.vectors is not None:
        vectors = themes.vectors
        groups: dict[str, list[int]] = {}
        for note, i in row.items():
            if theme_of[note] != "muu":
                groups.setdefault(theme_of[note], []).append(i)
        centroids = {t: vectors[rows].mean(axis=0) for t, rows in groups.items()}
        centroids = {t: c / (np.linalg.norm(c) or 1.0) for t, c in centroids.items()}
        core: dict[str, np.ndarray] = {}
        for t, rows in groups.items():  # the half of its notes nearest its centroid
            near = sorted(rows, key=lambda r: -float(vectors[r] @ centroids[t]))
            c = vectors[near[: max(2, (len(near) + 1) // 2)]].mean(axis=0)
            core[t] = c / (np.linalg.norm(c) or 1.0)
        for note, i in row.items():
            own = theme_of[note]
            if own not in centroids:
                continue
            cos = {t: float(vectors[i] @ c) for t, c in centroids.items()}
            others = [v for t, v in cos.items() if t != own]
            margins[note] = cos[own] - (max(others) if others else 0.0)
            owncos[note] = cos[own]
            corecos[note] = float(vectors[i] @ core[own])
            rival = [float(vectors[i] @ c) for t, c in core.items() if t != own]
            if others:
                nearest[note] = max((v, t) for t, v in cos.items() if t != own)[1]
            coremargin[note] = corecos[note] - (max(rival) if rival else 0.0)
    out: list[dict[str, object]] = []
    for assignment in themes.assignments:
        theme, note = assignment.theme, assignment.note_id
        if theme not in with_bullet or note not in gold or theme not in mapped:
            continue
        out.append(
            {
                "theme": theme,
                "note": note,
                "on": gold[note] == mapped[theme],
                "used": (theme, note) in used,
                "score": assignment.score,
                "margin": round(margins.get(note, float("nan")), 4),
                "cos": round(owncos.get(note, float("nan")), 4),
                "core": round(corecos.get(note, float("nan")), 4),
                "core_margin": round(coremargin.get(note, float("nan")), 4),
                "rival": nearest.get(note, ""),
                "rival_on": mapped.get(nearest.get(note, "")) == gold[note],
                "rival_bullet": nearest.get(note, "") in with_bullet,
            }
        )
    return out
