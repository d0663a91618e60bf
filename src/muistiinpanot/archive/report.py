"""Archive-level outputs: trends.csv and report.html (the share of each theme per clinic over
time, drawn as inline SVG: one self-contained page, Jinja2 with autoescape on)."""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from muistiinpanot.archive.trends import TrendRow
from muistiinpanot.report.tables import render_csv
from muistiinpanot.templating import template_environment

TRENDS_COLUMNS = ("date", "clinic", "clinic_title", "theme", "label", "kind", "size", "share")
_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
)  # fmt: skip
_WIDTH, _HEIGHT, _LEFT, _RIGHT, _TOP, _BOTTOM = 760, 352, 48, 16, 16, 76
#: the least distance between two date labels' x (each is drawn upright, 11 px type: review
#: 73 #2, labels of clinics two weeks apart overlapped), and how far one may move aside
_LABEL_GAP, _LABEL_SHIFT = 15.0, 45.0


def render_trends_csv(rows: Sequence[TrendRow]) -> str:
    """trends.csv, every cell through the report stage's formula guard."""
    return render_csv(
        TRENDS_COLUMNS,
        (
            (r.date, r.clinic_id, r.clinic_title, r.theme, r.label, r.kind, r.size,
             f"{r.share:.3f}")
            for r in rows
        ),
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Series:
    theme: str
    label: str
    color: str
    points: tuple[tuple[float, float, str], ...]  # x, y, tooltip


def render_report_html(rows: Sequence[TrendRow], max_themes: int) -> str:
    """The archive report: a line chart of theme shares by clinic date, and a table."""
    clinics = list(dict.fromkeys((r.date, r.clinic_id, r.clinic_title) for r in rows))
    dated = [c for c in clinics if c[0]]
    totals: dict[str, int] = defaultdict(int)
    labels = trend_names(rows)
    share: dict[tuple[str, str], float] = {}
    own: dict[tuple[str, str], str] = {}
    for row in rows:
        totals[row.theme] += row.size
        share[(row.clinic_id, row.theme)] = row.share
        own[(row.clinic_id, row.theme)] = row.label
    themes = sorted(totals, key=lambda t: (-totals[t], t))
    shown = [t for t in themes if totals[t] > 0][:max_themes]
    x_of = _x_positions([c[0] for c in dated])
    top = max([share.get((c[1], t), 0.0) for c in dated for t in shown] + [0.1])
    top = min(1.0, -(-top * 10 // 1) / 10)
    plot_h = _HEIGHT - _TOP - _BOTTOM
    series = []
    for index, theme in enumerate(shown):
        points = tuple(
            (x_of[c[0]], _TOP + plot_h * (1 - share[(c[1], theme)] / top),
             f"{own[(c[1], theme)]} · {c[2] or c[1]} {c[0]}: {share[(c[1], theme)]:.0%}")
            for c in dated
            if (c[1], theme) in share
        )  # fmt: skip
        series.append(_Series(theme, labels[theme], _PALETTE[index % len(_PALETTE)], points))
    ticks = [(_TOP + plot_h * (1 - i / 5), f"{top * i / 5:.0%}") for i in range(6)]
    days = sorted({x_of[c[0]]: c[0] for c in dated}.items())
    placed = _label_positions([x for x, _ in days], _LEFT + 6, _WIDTH - _RIGHT)
    x_ticks = [(x, at, day) for (x, day), at in zip(days, placed, strict=True) if at is not None]
    cells = {
        (c[1], t): (share.get((c[1], t)), _differs(own.get((c[1], t)), labels[t]))
        for c in clinics
        for t in themes
    }
    table = _table(clinics, [(t, labels[t]) for t in themes], cells)
    return _template().render(
        series=series, ticks=ticks, x_ticks=x_ticks, width=_WIDTH, height=_HEIGHT,
        left=_LEFT, right=_WIDTH - _RIGHT, bottom=_HEIGHT - _BOTTOM, top=_TOP,
        table=table, undated=len(clinics) - len(dated), total=len(themes),
    )  # fmt: skip


Cell = tuple[float | None, str | None]


def _table(
    clinics: Sequence[tuple[str, str, str]],
    themes: Sequence[tuple[str, str]],
    cells: dict[tuple[str, str], Cell],
) -> dict[str, object]:
    """The table, a row per clinic and a column per theme, or (more themes than clinics) a
    row per theme and a column per clinic, so that it has the fewer columns and fits the
    page (review 73 #2: 22 trend columns of six clinics scrolled sideways)."""
    if len(themes) <= len(clinics):
        return {
            "corner": "Klinikka / clinic", "dated": True,
            "columns": [(label, "", theme) for theme, label in themes],
            "rows": [(c[2] or c[1], c[0], "", [cells[(c[1], t)] for t, _ in themes])
                     for c in clinics],
        }  # fmt: skip
    return {
        "corner": "Teema / theme", "dated": False,
        "columns": [(c[2] or c[1], c[0], c[1]) for c in clinics],
        "rows": [(label, "", theme, [cells[(c[1], theme)] for c in clinics])
                 for theme, label in themes],
    }  # fmt: skip


def _label_positions(xs: Sequence[float], low: float, high: float) -> list[float | None]:
    """Where each date label of `xs` (ascending) is drawn: at its x, moved aside up to
    `_LABEL_SHIFT` so that no two are nearer than `_LABEL_GAP` (review 73 #2: 2026-11-19 and
    2026-12-03 overlapped); when that cannot be, every label that keeps the gap from the one
    before it at its own x, the others left out (None: their dates are in the tooltips and
    the table). Labels never overlap."""
    moved = list(xs)
    for i in range(1, len(moved)):
        moved[i] = max(moved[i], moved[i - 1] + _LABEL_GAP)
    if moved:
        moved[-1] = min(moved[-1], high)
    for i in range(len(moved) - 2, -1, -1):
        moved[i] = min(moved[i], moved[i + 1] - _LABEL_GAP)
    if all(abs(m - x) <= _LABEL_SHIFT for m, x in zip(moved, xs, strict=True)) and (
        not moved or moved[0] >= low
    ):
        return [*moved]
    kept: list[float | None] = []
    last = float("-inf")
    for x in xs:
        kept.append(x if x - last >= _LABEL_GAP else None)
        last = x if kept[-1] is not None else last
    return kept


def trend_names(rows: Sequence[TrendRow]) -> dict[str, str]:
    """The name of each archive theme of `rows` (in date order): an analyst's rename in one
    of its clinics first, else a label the labelling gave, else (no clinic's label names
    it) the name of an unnamed theme; among those, the label most of its clinics carry, and
    of equally many, the latest. Never one clinic's label because it came last (review 46 #1:
    a trend named by its last clinic's placeholder or by an unrelated clinic's theme)."""
    rank = {"renamed": 2, "named": 1}
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in rows:
        found[row.theme].append((rank.get(row.naming, 0), row.label))
    names = {}
    for theme, labels in found.items():
        best = max(r for r, _ in labels)
        chosen = [label for r, label in labels if r == best]
        counts = Counter(chosen)
        latest = {label: index for index, label in enumerate(chosen)}
        names[theme] = max(counts, key=lambda label: (counts[label], latest[label]))
    return names


def _differs(label: str | None, name: str) -> str | None:
    """A clinic's own label of a trend where it is not the trend's name (shown in its cell)."""
    return label if label is not None and label != name else None


def _x_positions(dates: Sequence[str]) -> dict[str, float]:
    """x of each ISO date, proportional to time between the first and the last."""
    days = {d: dt.date.fromisoformat(d).toordinal() for d in dates}
    if not days:
        return {}
    first, last = min(days.values()), max(days.values())
    span = _WIDTH - _LEFT - _RIGHT - 40
    if first == last:
        return {d: _LEFT + 20 + span / 2 for d in days}
    return {d: _LEFT + 20 + span * (n - first) / (last - first) for d, n in days.items()}


@functools.cache
def _template() -> jinja2.Template:
    return template_environment("muistiinpanot.archive").get_template("report.html.j2")
