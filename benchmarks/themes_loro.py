"""Seeded decision rules judged leave-one-round-out over the dev seeded sets (session 17).

    python benchmarks/themes_loro.py DUMP.json [DUMP2.json ...] [--after AFTER.json ...]

Reads dumps of `benchmarks/themes_recall.py dump` (with each view's centred theme scores and
"other" score per note: `views`, `others`; several dumps of the same run are merged). For each
rule family, every seeded set `seededN` is held out in turn: the rule's parameters are chosen
on the other sets' mean macro-F1 and scored on the held one; printed per set, with the mean and
the minimum. The guard: the summary gold clinics (`summary_heldout*`) and `corpus/gold`,
scored with the parameters chosen on all the sets: pooled macro-F1, siilot precision and
95 % bootstrap intervals (over the clinics) of the change of both against the shipped rule
(`default`). Rule families:

- `blend`: today's rule (equal view weights, margin 0), no parameters;
- `margin`: one margin over "other" (session 16's nested margin, over all the rounds);
- `weights`: the three views' weights (soft, exemplar, classifier; a 0.25 grid) and a margin;
- `weights0`: the weights alone, at margin 0; `default`: `[themes] view_weights` as shipped;
- `stack`: a logistic regression on the decision's own numbers (each view's best theme score
  and "other", the blended best and "other"), fitted on the other rounds' notes, says whether
  a note is on its best theme.

`--after` scores another dump (a change of the examples or the views) over the same sets, with
the same guard, its views alike and at the shipped `view_weights` (margin 0).
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from muistiinpanot.themes.settings import ThemeSettings

OTHER = "other"
MARGINS = np.round(np.arange(-0.05, 0.301, 0.01), 3)
Params = tuple[tuple[float, float, float], float]


class Batch:
    """One dumped set's notes as arrays: views (n, 3, T), others (n, 3), gold index (-1 other)."""

    def __init__(self, rows: Sequence[Any], themes: Sequence[str]) -> None:
        known = [r for r in rows if r.get("views") is not None]
        #: theme notes without content lemmas (or not kept): always "other", so misses
        self.missed = np.array([sum(r["gold"] == t for r in rows if r.get("views") is None)
                                for t in themes], dtype=float)  # fmt: skip
        self.views = np.array([r["views"] for r in known], dtype=float).reshape(
            len(known), 3, len(themes)
        )
        self.others = np.array([r["others"] for r in known], dtype=float).reshape(len(known), 3)
        self.gold = np.array([themes.index(r["gold"]) if r["gold"] in themes else -1
                              for r in known])  # fmt: skip
        self.texts = [r["text"] for r in known]

    def blended(self, weights: Sequence[float]) -> tuple[Any, Any]:
        w = np.asarray(weights, dtype=float)
        known = ~np.isnan(self.views)
        values = np.where(known, self.views, 0.0)
        num = np.einsum("k,nkt->nt", w, values)
        den = np.einsum("k,nkt->nt", w, known.astype(float))
        decision = np.where(den > 0, num / np.maximum(den, 1e-12), -9.0)
        return decision, self.others @ w / w.sum()

    def predict(self, params: Params) -> Any:
        weights, margin = params
        decision, other = self.blended(weights)
        best = decision.argmax(axis=1)
        claimed = decision[np.arange(len(best)), best] + margin > other
        return np.where(claimed, best, -1)


def counts(batch: Batch, guess: Any, themes: int) -> Any:
    """(true positives, claimed, gold) per theme."""
    gold = batch.gold
    table = np.array([[np.sum((guess == t) & (gold == t)), np.sum(guess == t), np.sum(gold == t)]
                     for t in range(themes)], dtype=float)  # fmt: skip
    table[:, 2] += batch.missed
    return table


def macro_f1(table: Any) -> float:
    tp, claimed, gold = table.T
    precision = np.divide(tp, claimed, out=np.zeros_like(tp), where=claimed > 0)
    recall = np.divide(tp, gold, out=np.zeros_like(tp), where=gold > 0)
    f1 = np.divide(2 * precision * recall, precision + recall,
                   out=np.zeros_like(tp), where=precision + recall > 0)  # fmt: skip
    return float(f1.mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--after", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    data = load(args.dumps)
    themes = data["themes"]
    sets = sorted((k for k in data if k.startswith("seeded")), key=lambda k: int(k[6:]))
    clinics = [k for k in data if k.startswith("summary")]
    corpus = [k for k in data if k.startswith("corpus/")]
    batches = {k: Batch(data[k], themes) for k in [*sets, *clinics, *corpus]}
    t = len(themes)
    grid = _weight_grid()
    families: dict[str, list[Params]] = {
        "blend": [((1.0, 1.0, 1.0), 0.0)],
        "margin": [((1.0, 1.0, 1.0), float(m)) for m in MARGINS],
        "weights": [(w, float(m)) for w in grid for m in MARGINS],
        "weights0": [(w, 0.0) for w in grid],
        "default": [(ThemeSettings().view_weights, 0.0)],
    }
    print(f"sets: {', '.join(sets)}; clinics {len(clinics)}, corpus {len(corpus)}")
    shipped = (ThemeSettings().view_weights, 0.0)
    # every interval is the change against the shipped rule (`default`)
    base_guard = _guard(batches, clinics, corpus, lambda b: b.predict(shipped), t)
    for family, candidates in families.items():
        f1 = {(name, i): macro_f1(counts(batches[name], batches[name].predict(p), t))
              for name in sets for i, p in enumerate(candidates)}  # fmt: skip
        held = []
        for name in sets:
            train = [n for n in sets if n != name]
            best = max(range(len(candidates)),
                       key=lambda i: (np.mean([f1[(n, i)] for n in train]), -i))  # fmt: skip
            held.append((name, f1[(name, best)], candidates[best]))
        overall = max(range(len(candidates)),
                      key=lambda i: (np.mean([f1[(n, i)] for n in sets]), -i))  # fmt: skip
        chosen = candidates[overall]
        guard = _guard(batches, clinics, corpus, lambda b, c=chosen: b.predict(c), t)  # type: ignore[misc]
        _report(family, held, guard, base_guard, chosen)
    stack_held = []
    for name in sets:
        model = _fit_stack([batches[n] for n in sets if n != name])
        b = batches[name]
        stack_held.append((name, macro_f1(counts(b, _stack_predict(model, b), t)), None))
    model = _fit_stack([batches[n] for n in sets])
    guard = _guard(batches, clinics, corpus, lambda b: _stack_predict(model, b), t)
    _report("stack", stack_held, guard, base_guard, None)
    if args.after:
        after = load(args.after)
        ab = {k: Batch(after[k], themes) for k in [*sets, *clinics, *corpus] if k in after}
        for weights in ((1.0, 1.0, 1.0), ThemeSettings().view_weights):
            rule = (weights, 0.0)
            held = [(n, macro_f1(counts(ab[n], ab[n].predict(rule), t)), None)
                    for n in sets if n in ab]  # fmt: skip
            guard = _guard(ab, [c for c in clinics if c in ab], [c for c in corpus if c in ab],
                           lambda b, r=rule: b.predict(r), t)  # type: ignore[misc]  # fmt: skip
            _report(f"after, weights {weights}", held, guard, base_guard, None)


def load(paths: Sequence[Path]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in paths:
        merged |= json.loads(path.read_text())
    return merged


def _weight_grid() -> list[tuple[float, float, float]]:
    seen: set[tuple[float, float, float]] = set()
    out = []
    for w in itertools.product((0.0, 0.25, 0.5, 0.75, 1.0), repeat=3):
        if w[2] == 0 or sum(w) == 0:
            continue  # the classifier is the view that knows "other" best; keep it
        key = tuple(round(x / sum(w), 4) for x in w)
        if key not in seen:
            seen.add(key)  # type: ignore[arg-type]
            out.append(tuple(float(x) for x in w))
    out.sort(key=lambda w: (w != (1.0, 1.0, 1.0), w))
    return out  # type: ignore[return-value]


def _features(batch: Batch) -> Any:
    decision, other = batch.blended((1.0, 1.0, 1.0))
    best = decision.argmax(axis=1)
    rows = np.arange(len(best))
    per_view = np.nan_to_num(batch.views[rows, :, best], nan=0.0)  # (n, 3)
    return np.column_stack([per_view - batch.others, decision[rows, best] - other,
                            decision[rows, best], other])  # fmt: skip


def _fit_stack(batches: Sequence[Batch]) -> LogisticRegression:
    x = np.vstack([_features(b) for b in batches])
    y = np.concatenate([(b.gold >= 0) for b in batches])
    return LogisticRegression(C=1.0, max_iter=1000).fit(x, y)


def _stack_predict(model: LogisticRegression, batch: Batch) -> Any:
    decision, _ = batch.blended((1.0, 1.0, 1.0))
    claimed = model.predict_proba(_features(batch))[:, 1] > 0.5
    return np.where(claimed, decision.argmax(axis=1), -1)


def _guard(
    batches: dict[str, Batch],
    clinics: Sequence[str],
    corpus: Sequence[str],
    rule: Callable[[Batch], Any],
    themes: int,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for group, names in (("clinics", clinics), ("corpus", corpus)):
        if not names:
            continue
        tables = np.stack([counts(batches[n], rule(batches[n]), themes) for n in names])
        result[group] = tables
    return result


def _report(
    family: str,
    held: Sequence[tuple[str, float, Any]],
    guard: dict[str, Any],
    base: dict[str, Any],
    chosen: Any,
) -> None:
    values = [f for _, f, _ in held]
    print(f"\n{family}: LORO mean {np.mean(values):.4f}, min {min(values):.3f}"
          + (f"; chosen on all sets {chosen}" if chosen is not None else ""))  # fmt: skip
    print("  " + " ".join(f"{n[6:]}:{f:.3f}" + (f"{p}" if p is not None and family != "blend"
                                                 else "") for n, f, p in held))  # fmt: skip
    for group, tables in guard.items():
        total = tables.sum(axis=0)
        precision = total[0, 0] / max(total[0, 1], 1)
        line = (
            f"  {group} ({len(tables)}): macro-F1 {macro_f1(total):.3f}, siilot P {precision:.3f}"
        )
        line += f" (false {total[0, 1] - total[0, 0]:.0f})"
        line += "; P " + " ".join(f"{tp / max(c, 1):.3f}" for tp, c, _ in total)
        if group in base and len(base[group]) == len(tables):
            line += ", change " + _bootstrap(base[group], tables)
        print(line)


def _bootstrap(before: Any, after: Any) -> str:
    """95 % intervals over the clinics of the change in siilot precision, pooled macro-F1
    and each theme's precision (`P[...]`, in the dump's theme order)."""
    draws = np.random.default_rng(0).integers(0, len(before), size=(2000, len(before)))
    b = before[draws].sum(axis=1)
    a = after[draws].sum(axis=1)
    change = a[:, :, 0] / np.maximum(a[:, :, 1], 1) - b[:, :, 0] / np.maximum(b[:, :, 1], 1)
    low, high = np.percentile(change, [2.5, 97.5], axis=0)
    f1 = [macro_f1(x) - macro_f1(y) for x, y in zip(a, b, strict=True)]
    f1_low, f1_high = np.percentile(f1, [2.5, 97.5])
    per_theme = " ".join(f"[{lo:+.3f}, {hi:+.3f}]" for lo, hi in zip(low, high, strict=True))
    return (f"[{low[0]:+.3f}, {high[0]:+.3f}]; macro-F1 [{f1_low:+.3f}, {f1_high:+.3f}]; "
            f"P {per_theme}")  # fmt: skip


if __name__ == "__main__":
    main()
