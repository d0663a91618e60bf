"""The training side of the learned person-name tagger (docs/privacy.md, "Round 45"): the dev
rows, each word's label, the feature rows of each reading of a text, the fit and the JSON file.
benchmarks/name_tagger.py runs it (rules, cv, fit, probe, notes).
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from muistiinpanot.privacy import find_personal_data
from muistiinpanot.privacy.capitals import typed_normally
from muistiinpanot.privacy.publisher import shouting

sys.path.insert(0, str(Path(__file__).resolve().parent))
from name_tagger_model import (  # noqa: E402
    WORD,
    TaggerModel,
    clause_features,
    word_features,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
ROUNDS = range(3, 119)  # rounds from blind_rounds.BLIND_FROM (119) are blind: never read here
OTHERS = ("privacy_labelled.csv", "privacy_self4.csv", "privacy_self6.csv")
#: Held-out groups of rounds, fixed before the first run.
GROUPS = (
    (3, 9),
    (10, 15),
    (16, 20),
    (21, 25),
    (26, 27),
    (28, 28),
    (29, 31),
    (32, 34),
    (35, 37),
    (38, 40),
    (41, 43),
    (44, 46),
    (47, 52),
    (53, 58),
    (59, 64),
    (65, 70),
    (71, 76),
    (77, 82),
    (83, 88),
    (89, 94),
    (95, 100),
    (101, 106),
    (107, 112),
    (113, 118),
)
NAME_KINDS = frozenset({"nimi", "etunimi", "sukunimi"})
MODELS = ("logistic", "mlp")
CACHE = Path(tempfile.gettempdir()) / "name_tagger_rules.json"
OUT = Path(tempfile.gettempdir()) / "name_tagger.json"

Row = tuple[str, str, list[tuple[str, str]]]  # set name, text, [(gold piece, kind)]


def dev_rows() -> list[Row]:
    rows: list[Row] = []
    names = [f"privacy_heldout{n}.csv" for n in ROUNDS] + list(OTHERS)
    for name in names:
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                pieces = [p.strip() for p in record["personal"].split("|") if p.strip()]
                kinds = [k.strip() for k in record["kinds"].split("|") if k.strip()]
                kinds = kinds or ["?"] * len(pieces)
                rows.append((name, record["text"], list(zip(pieces, kinds, strict=True))))
    return rows


def round_of(name: str) -> int | None:
    stem = name.removesuffix(".csv")
    return int(stem.removeprefix("privacy_heldout")) if "heldout" in stem else None


def rules(analyzer: object, rows: list[Row]) -> None:
    texts = list(dict.fromkeys(text for _, text, _ in rows))
    cache = {}
    for mode, cautious in (("detector", False), ("publisher", True)):
        found = find_personal_data(texts, analyzer, cautious=cautious)  # type: ignore[arg-type]
        cache[mode] = {
            t: [[s.start, s.end, s.kind] for s in f] for t, f in zip(texts, found, strict=True)
        }
    CACHE.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    print(f"rules' spans of {len(texts)} texts written to {CACHE}")


def blanked(text: str, spans: list[list]) -> str:
    """The text as the name rules read it: e-mail addresses blanked (detect._find)."""
    for start, end, kind in spans:
        if kind == "sähköposti":
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def text_readings(text: str, analyzer: object) -> list[str]:
    """The text, and a text in capitals also as typed normally (as the rules read it)."""
    voikko = analyzer.voikko  # type: ignore[attr-defined]
    return [text, typed_normally(text, voikko)] if shouting(text) else [text]


def labelled_words(read: str, text: str, gold: list[tuple[str, str]]) -> list[int | None]:
    """For each word of `read` (the text blanked as the tagger reads it, same length): 1
    inside a name item, 0 outside every item, None inside another kind's."""
    names, others = set(), set()
    for piece, kind in gold:
        start = text.find(piece)
        if start >= 0:
            (names if kind in NAME_KINDS else others).update(range(start, start + len(piece)))
    labels: list[int | None] = []
    for match in WORD.finditer(read):
        chars = set(range(match.start(), match.end()))
        labels.append(1 if chars & names else None if chars & others else 0)
    return labels


def features(
    rows: list[Row], analyzer: object, cache: dict, *, clause: bool = False, ruled: bool = False
) -> list[list[np.ndarray]]:
    """Per row, the feature rows of each reading of its blanked text; `clause`: with the
    parse's features of each word (clause_features) beside them; `ruled`: with one column
    more, whether the rules (detector mode) mark the word."""
    spans = cache["detector"]
    readings = [text_readings(blanked(t, spans[t]), analyzer) for _, t, _ in rows]
    parsed = {}
    if clause:
        flat = [r for rs in readings for r in rs]
        parsed = dict(zip(flat, analyzer.parse(flat), strict=True))  # type: ignore[attr-defined]
    result = []
    for (_, text, _), rs in zip(rows, readings, strict=True):
        marked = {i for s, e, _ in spans[text] for i in range(s, e)}
        per = []
        for r in rs:
            blocks = [word_features(r, analyzer)]  # type: ignore[arg-type]
            if clause:
                blocks.append(clause_features(r, analyzer, parsed[r]))  # type: ignore[arg-type]
            if ruled:
                column = [float(m.start() in marked) for m in WORD.finditer(r)]
                blocks.append(np.asarray(column, dtype=np.float64).reshape(-1, 1))
            per.append(np.hstack(blocks))
        result.append(per)
    return result


def train(rows: list[Row], feats: list[list[np.ndarray]], cache: dict, model: str) -> TaggerModel:
    xs, ys = [], []
    for (_, text, gold), rowfeats in zip(rows, feats, strict=True):
        labels = labelled_words(blanked(text, cache["detector"][text]), text, gold)
        for k, label in enumerate(labels):
            if label is not None:
                xs.append(rowfeats[0][k])
                ys.append(label)
    x, y = np.asarray(xs), np.asarray(ys)
    centre = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - centre) / scale
    if model == "logistic":
        fitted = LogisticRegression(C=1.0, max_iter=5000).fit(z, y)
        layers = ((fitted.coef_.T.astype(np.float64), fitted.intercept_.astype(np.float64)),)
    else:
        net = MLPClassifier(hidden_layer_sizes=(32,), alpha=1e-3, max_iter=300, random_state=0).fit(
            z, y
        )
        layers = tuple(zip(net.coefs_, net.intercepts_, strict=True))
    return TaggerModel(centre, scale, layers)


def write_model(model: TaggerModel, path: Path) -> None:
    data = {
        "centre": model.centre.tolist(),
        "scale": model.scale.tolist(),
        "layers": [{"weights": w.tolist(), "bias": b.tolist()} for w, b in model.layers],
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
