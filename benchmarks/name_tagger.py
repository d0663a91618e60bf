"""The learned person-name tagger (name_tagger_model.py; docs/privacy.md, "Round 45": measured,
not adopted): its training rows, a grouped cross-validation by round, and the model file.

    python benchmarks/name_tagger.py rules   # the rules' spans of every dev row, both modes
    python benchmarks/name_tagger.py cv [--threshold 0.9 ...] [--model logistic|mlp]
        [--clause] [--ruled]
    python benchmarks/name_tagger.py fit [--model logistic] [--out PATH]
    python benchmarks/name_tagger.py probe [--out PATH] [--sentences "Halla vei perunat" ...]
    python benchmarks/name_tagger.py notes [--out PATH] [--threshold 0.9]

Rows: privacy_heldout3..118, privacy_labelled, privacy_self4, privacy_self6 (benchmarks/data).
Each word of a row (tagger.WORD) is one training row: 1 inside a gold item of a person-name
kind (nimi, etunimi, sukunimi), 0 outside every gold item; a word inside another kind's item
(an e-mail's "mika") is left out. `rules` runs the detector (tagger off) over every row in both
modes once and keeps its spans in a cache file; `cv` holds out each group of rounds (GROUPS;
labelled and self4/self6 are always trained on), trains on every other row and scores the
held-out rounds with the rules alone and with rules ∪ tagger, per round and summed: items
found (every kind, as benchmarks/privacy.py counts them), look-alike rows kept, character
precision. `fit` trains on every row and writes the JSON model (byte-identical on a rerun;
by default to the temporary folder: no model ships). `probe` prints each word's score in
sentences of our own; `notes` counts the corpus and example notes (benchmarks/privacy.py
--notes) flagged by the rules alone and by rules ∪ tagger (detector mode) and lists the new.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.privacy import find_personal_data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from name_tagger_model import (  # noqa: E402
    WORD,
    TaggerModel,
    load_tagger,
    scored_spans,
    tagged_names,
    word_features,
)
from name_tagger_train import (  # noqa: E402
    CACHE,
    GROUPS,
    MODELS,
    OUT,
    Row,
    blanked,
    dev_rows,
    features,
    round_of,
    rules,
    text_readings,
    train,
    write_model,
)
from privacy import note_texts  # noqa: E402


def _tagged(text: str, rule_spans: list[list], analyzer: object, model: TaggerModel, t: float):
    chars: set[int] = set()
    for reading in text_readings(blanked(text, rule_spans), analyzer):
        for span in tagged_names(reading, analyzer, model, t):  # type: ignore[arg-type]
            chars |= {i for i in range(span.start, span.end) if text[i].isalnum()}
    return chars


def _tagged_rows(
    text: str, rule_spans: list[list], analyzer: object, rows: list[np.ndarray], model, t: float
) -> set[int]:
    """As `_tagged`, from the feature rows of each reading already built."""
    chars: set[int] = set()
    readings = text_readings(blanked(text, rule_spans), analyzer)
    for reading, feats in zip(readings, rows, strict=True):
        if not len(feats):
            continue
        for span in scored_spans(reading, model.scores(feats), t):
            chars |= {i for i in range(span.start, span.end) if text[i].isalnum()}
    return chars


def _score(text: str, gold: list[tuple[str, str]], covered: set[int]) -> tuple[int, ...]:
    """items, found, look-alike (0/1), kept (0/1), detected chars, correct chars."""
    gold_chars: set[int] = set()
    found = 0
    for piece, _ in gold:
        start = text.find(piece)
        chars = {i for i in range(start, start + len(piece)) if text[i].isalnum()}
        gold_chars |= chars
        found += start >= 0 and chars <= covered
    lookalike = not gold
    return (len(gold), found, int(lookalike), int(lookalike and not covered), len(covered),
            len(covered & gold_chars))  # fmt: skip


def cross_validate(
    analyzer: object,
    rows: list[Row],
    cache: dict,
    model: str,
    thresholds: list[float],
    *,
    clause: bool = False,
    ruled: bool = False,
) -> None:
    feats = features(rows, analyzer, cache, clause=clause, ruled=ruled)
    rounds = [round_of(name) for name, _, _ in rows]
    fits: dict[tuple[int, int], TaggerModel] = {}
    for mode, t in ((m, t) for t in thresholds for m in ("detector", "publisher")):
        spans = cache[mode]
        print(f"== {mode} (model {model}, threshold {t}) ==")
        print("round: items found rules -> rules+tagger; look-alikes kept; char precision")
        total = {"rules": np.zeros(6, int), "both": np.zeros(6, int)}
        for low, high in GROUPS:
            held = [i for i, r in enumerate(rounds) if r is not None and low <= r <= high]
            train_at = [i for i in range(len(rows)) if i not in set(held)]
            if (low, high) not in fits:
                fits[low, high] = train(
                    [rows[i] for i in train_at], [feats[i] for i in train_at], cache, model
                )
            fitted = fits[low, high]
            group = {"rules": np.zeros(6, int), "both": np.zeros(6, int)}
            for n in range(low, high + 1):
                per = {"rules": np.zeros(6, int), "both": np.zeros(6, int)}
                added: list[str] = []
                for i in (i for i in held if rounds[i] == n):
                    _, text, gold = rows[i]
                    ruled = {c for s, e, _ in spans[text] for c in range(s, e) if text[c].isalnum()}
                    tagged = _tagged_rows(text, spans[text], analyzer, feats[i], fitted, t)
                    per["rules"] += _score(text, gold, ruled)
                    per["both"] += _score(text, gold, ruled | tagged)
                    if tagged - ruled:
                        new = "".join(
                            text[c] if c in tagged - ruled else " " for c in range(len(text))
                        )
                        mark = "+" if gold else "FALSE"
                        added.append(f"    {mark} {new.split()} in {text!r}")
                print(f"round {n}: {_line(per)}")
                print("\n".join(added)) if added else None
                for key in group:
                    group[key] += per[key]
            print(f"GROUP {low}-{high}: {_line(group)}")
            for key in total:
                total[key] += group[key]
        print(f"SUM: {_line(total)}")


def _line(per: dict[str, np.ndarray]) -> str:
    r, b = per["rules"], per["both"]
    return (
        f"items {r[1]} -> {b[1]} of {r[0]}; look-alikes kept {r[3]} -> {b[3]} of {r[2]} "
        f"({r[3] / max(r[2], 1):.3f} -> {b[3] / max(b[2], 1):.3f}); "
        f"char precision {r[5] / max(r[4], 1):.3f} -> {b[5] / max(b[4], 1):.3f}"
    )


#: Sentences of our own: the first three must stay, the last two should be found.
PROBES = (
    "Halla vei perunat",
    "Sade kasteli tuolit",
    "Lahti kertoi kaavasta",
    "Pilvi kokosi talkoolistan",
    "Taimi lainasi kahvinkeittimen",
)


def probe(analyzer: object, model: TaggerModel, sentences: list[str]) -> None:
    """Each word's score, and what the rules alone find, in sentences of our own."""
    found = find_personal_data(sentences, analyzer)  # type: ignore[arg-type]
    for text, spans in zip(sentences, found, strict=True):
        scores = model.scores(word_features(text, analyzer))  # type: ignore[arg-type]
        words = [m.group(0) for m in WORD.finditer(text)]
        scored = " ".join(f"{w}:{p:.2f}" for w, p in zip(words, scores, strict=True))
        print(f"{text!r}: rules {[text[s.start : s.end] for s in spans]}; tagger {scored}")


def notes(analyzer: object, model: TaggerModel, threshold: float) -> None:
    """Corpus and example notes flagged by the rules alone and by rules ∪ tagger, as
    benchmarks/privacy.py --notes reads them (each note alone, the detector's mode)."""
    texts = note_texts()
    found = find_personal_data(texts, analyzer)  # type: ignore[arg-type]
    ruled = both = 0
    for text, spans in zip(texts, found, strict=True):
        listed = [[s.start, s.end, s.kind] for s in spans]
        tagged = _tagged(text, listed, analyzer, model, threshold)
        ruled += bool(spans)
        both += bool(spans) or bool(tagged)
        if tagged and not spans:
            print(f"  NEW: {[w for w in WORD.findall(_only(text, tagged))]} in {text!r}")
    print(f"corpus and example notes: {ruled} -> {both} of {len(texts)} notes flagged")


def _only(text: str, chars: set[int]) -> str:
    return "".join(c if i in chars else " " for i, c in enumerate(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["rules", "cv", "fit", "probe", "notes"])
    parser.add_argument("--sentences", nargs="+", default=list(PROBES))
    parser.add_argument("--model", choices=MODELS, default="logistic")
    parser.add_argument("--threshold", type=float, nargs="+", default=[0.9])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--ruled", action="store_true", help="cv: also the rules' decision (detector mode)"
    )
    parser.add_argument(
        "--clause", action="store_true", help="cv: also the parse's features (clause_features)"
    )
    args = parser.parse_args()
    analyzer = load_analyzer("accurate")
    rows = dev_rows()
    if args.command == "rules":
        rules(analyzer, rows)
        return
    if args.command == "probe":
        probe(analyzer, load_tagger(args.out.resolve()), args.sentences)
        return
    if args.command == "notes":
        notes(analyzer, load_tagger(args.out.resolve()), args.threshold[0])
        return
    cache = json.loads(CACHE.read_text(encoding="utf-8"))
    if args.command == "cv":
        cross_validate(
            analyzer, rows, cache, args.model, args.threshold, clause=args.clause, ruled=args.ruled
        )
    else:
        write_model(train(rows, features(rows, analyzer, cache), cache, args.model), args.out)
        print(f"model written to {args.out}")


if __name__ == "__main__":
    main()
