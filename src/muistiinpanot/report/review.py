"""report.html: one self-contained page for the analyst to read and correct a clinic's themes.

Everything is inside the file (CSS, SVG charts, the review script, the data), so it opens from
disk or a mail attachment with no network. Rendered with Jinja2 and autoescape: every piece of
note text is escaped; the data the script needs sits in a `<script type="application/json">`
block written with `tojson` (`<`, `>`, `&`, `'` as \\u003c...), so a note holding `</script>`
cannot end it. A Content-Security-Policy allows only the page's own script (by its sha256)
and inline styles, and no network at all.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import resources

import numpy as np
import numpy.typing as npt

from muistiinpanot.fileio import FORMULA_STARTS
from muistiinpanot.records import (
    CHATTER_THEME,
    NO_THEME,
    BlogPost,
    Clinic,
    Note,
    Theme,
    ThemeResult,
)
from muistiinpanot.report.cells import theme_name
from muistiinpanot.report.review_records import AppliedCorrections, NoteView
from muistiinpanot.templating import template_environment

#: Theme colours (colour-blind-safe Okabe-Ito first, then Tableau); muu is grey.
PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
    "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7",
)  # fmt: skip
MUU_COLOUR = "#9A9A9A"
KIND_LABELS = {"seeded": "määritelty", "emergent": "uusi", "muu": "muut"}
STATUS_LABELS = {"empty": "tyhjä", "duplicate": "toisto", "chatter": "kokouspuhe"}
#: The move select's choice that sets a note aside as meeting talk (review 40 #20).
CHATTER_CHOICE = "Kokouspuhe – ei julkaista / meeting talk – not published"
#: The slot in review.js's download guard (a regular expression's [...]) that
#: `review_script` fills with fileio.FORMULA_STARTS, the one formula rule of report/cells.py.
FORMULA_SLOT = "__FORMULA_STARTS__"


@functools.cache
def _asset(name: str) -> str:
    return resources.files("muistiinpanot.report").joinpath("templates", name).read_text("utf-8")


@functools.cache
def review_script() -> str:
    """review.js as the page holds it: its download guards each cell of corrections.csv by
    the characters of fileio.FORMULA_STARTS, as report/cells.py guards the CSV outputs."""
    script = _asset("review.js")
    if script.count(FORMULA_SLOT) != 1:
        raise RuntimeError(f"review.js must hold {FORMULA_SLOT} once, in its download's guard")
    # escaped as a character class needs them: \t, \r, and the four with a meaning in it
    escapes = {"\t": "\\t", "\r": "\\r", "\\": "\\\\", "-": "\\-", "]": "\\]", "^": "\\^"}
    return script.replace(FORMULA_SLOT, "".join(escapes.get(c, c) for c in FORMULA_STARTS))


def render_review(
    clinic: Clinic,
    notes: Sequence[Note],
    themes: ThemeResult,
    post: BlogPost,
    coordinates: Mapping[str, tuple[float, float]],
    *,
    skipped: Sequence[tuple[str, str]] = (),
    corrections: AppliedCorrections | None = None,
    no_bullet: Mapping[str, str] | None = None,
    withheld: Mapping[str, str] | None = None,
    redacted: bool = False,
    prints: Mapping[str, str] | None = None,
) -> str:
    """report.html for one clinic. `coordinates` place each kept note on the 2-D map (see
    `note_map`); `skipped` lists (path, reason) of the files the ingest did not read;
    `corrections` (ids as in `notes`) what an analyst's corrections did; `no_bullet` why a
    theme the post chose got no bullet (theme id → reason), said on its card, as is why the
    post left a theme's label out (`withheld`, theme id → message); `redacted`
    whether the notes went through --redact (if not, the page says near its top that it
    shows the notes as written, for internal review only); `prints` the text print of each
    note as the page shows it (records.Note.fingerprint; by the ids of `notes`, default their
    own: with --redact the redacted text's), which the download writes after each theme
    row's member id."""
    printed = prints if prints is not None else {note.id: note.fingerprint for note in notes}
    applied = corrections or AppliedCorrections()
    assigned = {a.note_id: a for a in themes.assignments}
    views = []
    for index, note in enumerate(notes, start=1):
        assignment = assigned.get(note.id)
        views.append(
            NoteView(
                anchor=f"n{index}",
                id=note.id,
                group=note.group,
                text=note.text,
                theme=assignment.theme if assignment else "",
                score=assignment.score if assignment else None,
                lemmas=" ".join(note.lemmas),
                status=note.status,
                duplicate_of=note.duplicate_of or "",
                mark=applied.mark(note.id),
                row=note.source.row,
            )
        )
    # a duplicate inherits its original's theme (notes.csv shows it) but is set aside: counted
    # once, as the CLI, summary.json and themes.csv count it
    kept = [view for view in views if view.theme and view.status == "kept"]
    # meeting talk can be moved into a theme from the page (review 40 #20), and a note the
    # analyst set aside is written again by the next download: the script knows them
    talk = [view for view in views if view.status == "chatter"]
    by_id = {view.id: view for view in views}
    # a theme no noun names is shown as one still to be named, not as the post's heading
    shown = [
        dataclasses.replace(t, label=theme_name(t))
        for t in themes.themes
        if t.size or t.kind == "seeded"
    ]
    colours = _colours(shown)
    by_theme = {
        theme.id: sorted(
            (v for v in kept if v.theme == theme.id), key=lambda v: (-(v.score or 0.0), v.id)
        )
        for theme in shown
    }
    # the analyst's moved notes the post does not say, on their theme's card (review 80 #2)
    unsaid: dict[str, list[NoteView]] = {}
    for note_id in applied.unsaid:
        if (view := by_id.get(note_id)) is not None and view.theme:
            unsaid.setdefault(view.theme, []).append(view)
    groups = sorted({view.group for view in kept})
    counts = Counter((view.group, view.theme) for view in kept)
    script = review_script()
    data = {
        "themes": [{"id": t.id, "label": t.label, "kind": t.kind} for t in shown],
        "notes": {view.id: view.theme for view in kept}
        | dict.fromkeys((view.id for view in talk), CHATTER_THEME),
        "anchors": {view.id: view.anchor for view in (*kept, *talk)},
        "prints": {view.id: printed[view.id] for view in (*kept, *talk) if view.id in printed},
        "corrected": sorted(i for i in applied.corrected | applied.set_aside if i in by_id),
        "chatter": {"id": CHATTER_THEME, "label": CHATTER_CHOICE},
        "renamed": sorted(applied.renamed),
        "created": sorted(applied.created),
        "themeRows": sorted(applied.theme_rows),
        "clinic": clinic.id,
    }
    return (
        template_environment("muistiinpanot.report")
        .get_template("report.html.j2")
        .render(
            clinic=clinic,
            post=post,
            themes=shown,
            colours=colours,
            kind_labels=KIND_LABELS,
            status_labels=STATUS_LABELS,
            by_theme=by_theme,
            by_id=by_id,
            groups=groups,
            group_counts=counts,
            group_sizes=Counter(view.group for view in kept),
            set_aside=[view for view in views if view.status != "kept"],
            chatter_theme=CHATTER_THEME,
            total=len(views),
            kept=len(kept),
            points=_points(kept, coordinates),
            max_size=max((t.size for t in shown), default=1) or 1,
            skipped=skipped,
            corrections=corrections,
            no_bullet=no_bullet or {},
            unsaid=unsaid,
            bulleted={bullet.theme for bullet in post.bullets},
            withheld=withheld or {},
            redacted=redacted,
            data=data,
            script=script,
            script_hash=_hash(script),
            style=_asset("review.css"),
        )
    )


def _colours(themes: Sequence[Theme]) -> dict[str, str]:
    colours: dict[str, str] = {}
    palette = iter(PALETTE * (len(themes) // len(PALETTE) + 1))
    for theme in themes:
        colours[theme.id] = MUU_COLOUR if theme.id == NO_THEME else next(palette)
    return colours


def _points(
    kept: Sequence[NoteView], coordinates: Mapping[str, tuple[float, float]]
) -> list[tuple[NoteView, float, float]]:
    """Notes with map positions scaled into a 0..1000 x 0..600 box (20 margin)."""
    placed = [(view, coordinates[view.id]) for view in kept if view.id in coordinates]
    if not placed:
        return []
    xs = [x for _, (x, _) in placed]
    ys = [y for _, (_, y) in placed]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    return [
        (
            view,
            round(20 + 960 * (x - min(xs)) / span_x, 1),
            round(20 + 560 * (1 - (y - min(ys)) / span_y), 1),
        )
        for view, (x, y) in placed
    ]


def _hash(script: str) -> str:
    """The CSP source of an inline script: 'sha256-<base64 of its digest>'."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def note_map(
    ids: Sequence[str], vectors: npt.NDArray[np.float64]
) -> dict[str, tuple[float, float]]:
    """2-D positions of notes: their vectors (rows, in the order of `ids`) projected on the
    first two principal directions of the notes that have a vector (SVD of the centred rows),
    each direction's sign fixed so that reruns draw the same map. A note without content
    words (a zero row) lands where the average note is."""
    if not len(ids):
        return {}
    rows = [i for i in range(len(ids)) if np.any(vectors[i])]
    mean = vectors[rows].mean(axis=0) if rows else np.zeros(vectors.shape[1])
    axes = np.zeros((2, vectors.shape[1]))
    if len(rows) >= 2:
        _, _, vt = np.linalg.svd(vectors[rows] - mean, full_matrices=False)
        axes[: min(2, len(vt))] = vt[:2]
    for axis in axes:
        if axis[np.argmax(np.abs(axis))] < 0:
            axis *= -1
    centred = np.where(np.any(vectors, axis=1, keepdims=True), vectors - mean, 0.0)
    projected = centred @ axes.T
    return {
        note_id: (round(float(x), 6), round(float(y), 6))
        for note_id, (x, y) in zip(ids, projected, strict=True)
    }
