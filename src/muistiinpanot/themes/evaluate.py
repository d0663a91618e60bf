"""Scores of predicted themes against gold labels (CSV files with columns id,text,label).

Per seeded theme: precision, recall and F1 (gold label == theme id); macro-F1 over the seeded
themes; NMI and ARI (scikit-learn) of predicted theme ids against gold labels over all notes,
with muu and each uusi-N as clusters of their own; and the share of notes predicted muu. The
notes are run through the same pipeline as `run` by `muistiinpanot.app.evaluate`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from muistiinpanot.records import NO_THEME
from muistiinpanot.themes.definitions import ThemeDefinition


@dataclass(frozen=True, slots=True)
class ThemeScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """Figures for one gold file or pooled over a folder (`batches` then holds each file)."""

    name: str
    notes: int
    skipped_empty: int
    per_theme: dict[str, ThemeScore]
    macro_f1: float | None
    nmi: float
    ari: float
    muu_share: float
    emergent_themes: int
    predictions: dict[str, str]
    gold: dict[str, str] = field(repr=False)
    batches: tuple[EvaluationReport, ...] = ()
    row_ids: tuple[str, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("gold")
        data.pop("row_ids")
        data["batches"] = [batch.to_dict() for batch in self.batches]
        return data

    def format_table(self) -> str:
        lines = [
            f"{'batch':<32} {'notes':>5} {'macroF1':>7} {'NMI':>6} {'ARI':>6} "
            f"{'muu':>5} {'uusi':>4}"
        ]
        for report in (*self.batches, self):
            macro = "-" if report.macro_f1 is None else f"{report.macro_f1:.3f}"
            lines.append(
                f"{report.name[:32]:<32} {report.notes:>5} {macro:>7} {report.nmi:>6.3f} "
                f"{report.ari:>6.3f} {report.muu_share:>5.2f} {report.emergent_themes:>4}"
            )
        if self.per_theme:
            lines += ["", f"{'theme':<24} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}"]
            for theme, score in self.per_theme.items():
                lines.append(
                    f"{theme:<24} {score.precision:>6.3f} {score.recall:>6.3f} "
                    f"{score.f1:>6.3f} {score.support:>4}"
                )
        return "\n".join(lines)


def score_predictions(
    name: str,
    labels: dict[str, str],
    predictions: dict[str, str],
    definitions: Sequence[ThemeDefinition],
    skipped: int,
) -> EvaluationReport:
    ids = sorted(labels)
    truth = [labels[i] for i in ids]
    predicted = [predictions.get(i, NO_THEME) for i in ids]
    per_theme: dict[str, ThemeScore] = {}
    for definition in definitions:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == definition.id)
        n_pred = sum(1 for p in predicted if p == definition.id)
        n_true = sum(1 for t in truth if t == definition.id)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_true if n_true else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        per_theme[definition.id] = ThemeScore(
            round(precision, 4), round(recall, 4), round(f1, 4), n_true
        )
    macro = round(sum(s.f1 for s in per_theme.values()) / len(per_theme), 4) if per_theme else None
    emergent = {p.split(":")[-1] for p in predicted if p.split(":")[-1].startswith("uusi-")}
    return EvaluationReport(
        name=name,
        notes=len(ids),
        skipped_empty=skipped,
        per_theme=per_theme,
        macro_f1=macro,
        nmi=round(float(normalized_mutual_info_score(truth, predicted)), 4) if ids else 0.0,
        ari=round(float(adjusted_rand_score(truth, predicted)), 4) if ids else 0.0,
        muu_share=round(sum(p == NO_THEME for p in predicted) / max(len(ids), 1), 4),
        emergent_themes=len(emergent),
        predictions={i: predictions.get(i, NO_THEME) for i in ids},
        gold=labels,
    )
