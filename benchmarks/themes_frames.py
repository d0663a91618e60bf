"""A predicate-and-subject view of the seeded themes, measured (session 13; not in src/).

    python benchmarks/themes_frames.py dev OUT.json [--dense 1]
    python benchmarks/themes_frames.py cv OUT.json [--dense 1] [--reverse]

Each note is parsed (spaCy's parser, the analyzer's `parse`) and read clause by clause: the
predicate's lemma with its polarity (a negative auxiliary "ei" among its dependants), its
subject (lemma, and its kind: pronoun type, proper noun, noun with spaCy's derivation and
number), its object, passive voice and conditional mood. These feature strings, TF-IDF
weighted, train a logistic regression on the labelled examples (C 1, not tuned); its
probabilities are mixed into the seeded classifier's, `(1 - w) * classifier + w * frames`,
before the blend (themes/blend.py) as `decide_seeded` runs it. `--dense 1` adds the floret
vectors of the subjects, predicates and objects, each by polarity, so that a subject is read
by what it is ("keittiö" near other units) and not only by its lemma.

`dev`: the examples are all of models/training; scored on the seeded dev sets 8-13, the eight
and twenty summary gold clinics and corpus/gold, for each w. `cv`: leave-one-writer-out over
models/training (each file held out; the other files the examples), per file and pooled;
`--reverse` takes the files from the last, so two processes can share the work.
Only the seeded decision is computed (no emergent clustering): the same decision as
`muistiinpanot evaluate` at w = 0. Results go to OUT.json and stdout.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support

from muistiinpanot.app.models import load_models
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import load_run_settings
from muistiinpanot.ingest.labelled import read_examples_file, read_gold
from muistiinpanot.lemmatize import lemmatize_notes
from muistiinpanot.normalize import normalize_notes, normalize_text
from muistiinpanot.records import NO_THEME, Note, SourceRef
from muistiinpanot.themes.classifier import OTHER
from muistiinpanot.themes.examples import ExampleSet, build_examples
from muistiinpanot.themes.seeded import score_seeded
from muistiinpanot.themes.seeded_choice import decide_seeded
from muistiinpanot.vectorize import VectorCache

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5)
CLAUSE_DEPS = {
    "root", "conj", "ccomp", "advcl", "xcomp", "acl", "parataxis", "csubj", "acl:relcl", "xcomp:ds"
}  # fmt: skip


def morph_features(morph: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in morph.split("|") if "=" in part)


def subject_kind(token: Any) -> str:
    """What grammar says of a subject: pronoun type and person, proper noun, or the part of
    speech with spaCy's derivation (-ja, -lainen, ...) and number."""
    features = morph_features(token.morph)
    if token.pos == "PRON":
        return (
            f"pron-{features.get('PronType', 'x')}-{features.get('Person', '3')}"
            f"-{features.get('Number', 'x')}"
        )
    if token.pos == "PROPN":
        return "propn"
    kind = token.pos.lower()
    if "Derivation" in features:
        kind += "-" + features["Derivation"]
    return kind + "-" + features.get("Number", "x")


def clause_frames(tokens: Sequence[Any]) -> tuple[str, ...]:
    """Feature strings of each clause head of a parse (see the module docstring)."""
    children: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        if token.head != index:
            children.setdefault(token.head, []).append(index)
    out: list[str] = []
    for index, token in enumerate(tokens):
        dep = token.dep.lower()
        if token.pos != "VERB" and not (
            dep in CLAUSE_DEPS and token.pos in {"NOUN", "ADJ", "PRON"}
        ):
            continue
        kids = [tokens[j] for j in children.get(index, [])]
        auxes = [kid for kid in kids if kid.dep.startswith("aux")]
        features = morph_features(token.morph)
        negative = features.get("Polarity") == "Neg" or any(
            "Polarity=Neg" in kid.morph for kid in auxes
        )
        passive = features.get("Voice") == "Pass" or any("Voice=Pass" in k.morph for k in auxes)
        conditional = features.get("Mood") == "Cnd" or any("Mood=Cnd" in k.morph for k in auxes)
        polarity = "neg" if negative else "pos"
        predicate = token.lemma.lower()
        subjects = [kid for kid in kids if kid.dep.startswith(("nsubj", "csubj"))]
        objects = [kid for kid in kids if kid.dep == "obj"]
        out += [f"p:{predicate}", f"p:{predicate}:{polarity}"]
        if negative:
            out.append("neg")
        if passive:
            out += [f"pass:{polarity}", f"pass>p:{predicate}"]
        if conditional:
            out += [f"cnd>p:{predicate}", f"cnd:{polarity}"]
        for subject in subjects:
            lemma, kind = subject.lemma.lower(), subject_kind(subject)
            out += [
                f"s:{lemma}",
                f"s:{lemma}>p:{predicate}",
                f"s:{lemma}:{polarity}",
                f"sk:{kind}:{polarity}",
                f"sk:{kind}>p:{predicate}:{polarity}",
            ]
        if not subjects and not passive:
            person = features.get("Person") or next(
                (morph_features(k.morph).get("Person") for k in auxes if "Person" in k.morph),
                None,
            )
            out.append(f"sk:implicit-{person}:{polarity}")
        for obj in objects:
            lemma = obj.lemma.lower()
            out += [f"o:{lemma}", f"p:{predicate}>o:{lemma}", f"o:{lemma}:{polarity}"]
    return tuple(out)


class FrameModel:
    """Logistic regression over the TF-IDF of a note's clause frames (features in at least
    two examples) and, with `dense` above 0, the floret vectors of its subjects, predicates
    and objects by polarity (six unit-length blocks, times `dense`)."""

    def __init__(self, frames_of: dict[str, tuple[str, ...]], cache: VectorCache, dense: float):
        self.frames_of, self.cache, self.dense = frames_of, cache, dense

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> FrameModel:
        doc_freq = Counter(f for text in texts for f in set(self.frames_of[text]))
        kept = sorted(f for f, count in doc_freq.items() if count >= 2)
        self.vocabulary = {f: i for i, f in enumerate(kept)}
        total = len(texts)
        self.idf = np.array([math.log((1 + total) / (1 + doc_freq[f])) + 1 for f in kept])
        model = LogisticRegression(C=1.0, max_iter=3000)
        self.model = model.fit(self.features(texts), list(labels))
        self.classes_ = tuple(str(c) for c in model.classes_)
        return self

    def features(self, texts: Sequence[str]) -> sparse.csr_matrix:
        rows, columns, values = [], [], []
        for row, text in enumerate(texts):
            weights: dict[int, float] = {}
            for feature, count in Counter(self.frames_of[text]).items():
                column = self.vocabulary.get(feature)
                if column is not None:
                    weights[column] = (1 + math.log(count)) * self.idf[column]
            norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            for column, value in weights.items():
                rows.append(row)
                columns.append(column)
                values.append(value / norm)
        shape = (len(texts), len(self.vocabulary))
        lexical = sparse.csr_matrix((values, (rows, columns)), shape=shape)
        if not self.dense:
            return lexical
        slots = ["s:neg", "s:pos", "p:neg", "p:pos", "o:neg", "o:pos"]
        dim = self.cache.dim
        dense = np.zeros((len(texts), len(slots) * dim))
        for row, text in enumerate(texts):
            for feature in self.frames_of[text]:
                parts = feature.split(":")
                if len(parts) == 3 and parts[0] in "spo" and parts[2] in ("neg", "pos"):
                    slot = slots.index(f"{parts[0]}:{parts[2]}")
                    dense[row, slot * dim : (slot + 1) * dim] += self.cache.get(parts[1])
        for slot in range(len(slots)):
            block = dense[:, slot * dim : (slot + 1) * dim]
            norms = np.linalg.norm(block, axis=1, keepdims=True)
            np.divide(block, norms, out=block, where=norms > 0)
        return sparse.hstack([lexical, sparse.csr_matrix(dense * self.dense)], format="csr")

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.model.predict_proba(self.features(texts)))


class MixedClassifier:
    """The seeded classifier with the frame model's probabilities mixed in at weight `w`."""

    def __init__(self, base: Any, frames: FrameModel, weight: float) -> None:
        assert tuple(frames.classes_) == tuple(base.classes_)
        self.base, self.frames, self.weight = base, frames, weight
        self.classes_ = base.classes_

    def predict_proba(self, docs: Any, texts: Sequence[str], cache: VectorCache) -> np.ndarray:
        proba = np.asarray(self.base.predict_proba(docs, texts, cache))
        if not self.weight:
            return proba
        return (1 - self.weight) * proba + self.weight * self.frames.predict_proba(list(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=["dev", "cv"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dense", type=float, default=0.0)
    parser.add_argument("--reverse", action="store_true")
    args = parser.parse_args()
    settings = load_run_settings(
        ROOT / "pipelines" / "clinic.toml", input_path=ROOT, out=args.out.parent
    )
    models = load_models(settings)
    analyzer = models.analyzer
    cache = VectorCache(analyzer)
    definitions = models.definitions
    seeded = [d.id for d in definitions]
    frames_of: dict[str, tuple[str, ...]] = {}

    def parse(texts: Sequence[str]) -> None:
        missing = sorted({text for text in texts if text not in frames_of})
        for first in range(0, len(missing), 256):
            block = missing[first : first + 256]
            for text, tokens in zip(block, analyzer.parse(block), strict=True):
                frames_of[text] = clause_frames(tokens)

    def decide(notes: Sequence[Note], examples: ExampleSet, model: FrameModel, weight: float):
        kept = sorted((n for n in notes if n.status == "kept"), key=lambda n: n.id)
        docs = [tuple(lemma.lower() for lemma in n.content_lemmas) for n in kept]
        texts = [n.clean_text for n in kept]
        parse(texts)
        scores = score_seeded(docs, definitions, analyzer, cache, settings.themes)
        mixed = MixedClassifier(examples.classifier, model, weight)
        theme_of, _ = decide_seeded(
            docs,
            texts,
            np.maximum(scores.scores, scores.lexical),
            definitions,
            dataclasses.replace(examples, classifier=mixed),  # type: ignore[arg-type]
            cache,
            settings.themes,
        )
        found = {n.id: theme for n, theme in zip(kept, theme_of, strict=True)}
        return {n.id: found.get(n.id, found.get(n.duplicate_of or "", NO_THEME)) for n in notes}

    def score(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, Any]:
        truth = [gold[k] if gold[k] in seeded else OTHER for k in gold]
        guess = [predicted[k] if predicted.get(k) in seeded else OTHER for k in gold]
        p, r, f, _ = precision_recall_fscore_support(truth, guess, labels=seeded, zero_division=0)
        return {"macro": round(float(f.mean()), 4), "P": p.round(3).tolist(),
                "R": r.round(3).tolist(), "F": f.round(3).tolist()}  # fmt: skip

    results: dict[str, Any] = {"themes": seeded, "dense": args.dense}
    if args.mode == "dev":
        data = ROOT / "benchmarks" / "data"
        summary8 = ["summary_heldout", "summary_heldout4", "summary_heldout5", "summary_heldout6"]
        summary20 = summary8 + [f"summary_heldout{n}" for n in range(7, 13)]
        sets = {f"seeded{n}": [data / f"seeded_heldout{n}.csv"] for n in range(8, 14)}
        sets["summary8"] = sorted(
            f for s in summary8 for f in (data / s / "corpus/gold").glob("*.csv")
        )
        sets["summary20"] = sorted(
            f for s in summary20 for f in (data / s / "corpus/gold").glob("*.csv")
        )
        sets["corpus_gold"] = sorted((ROOT / "corpus" / "gold").glob("*.csv"))
        examples = models.examples
        assert examples is not None
        parse(examples.texts)
        model = FrameModel(frames_of, cache, args.dense).fit(examples.texts, examples.labels)
        batches: dict[Path, tuple[list[Note], dict[str, str]]] = {}
        for files in sets.values():
            for path in files:
                if path not in batches:
                    notes, labels, _, _ = read_gold(path)
                    lemmatized = lemmatize_notes(normalize_notes(notes), analyzer)
                    batches[path] = (mark_chatter(lemmatized, analyzer, settings.chatter), labels)
        for weight in WEIGHTS:
            found = {
                path: decide(notes, examples, model, weight) for path, (notes, _) in batches.items()
            }
            for name, files in sets.items():
                gold = {k: v for path in files for k, v in batches[path][1].items()}
                predicted = {k: v for path in files for k, v in found[path].items()}
                results[f"{name} w={weight}"] = score(gold, predicted)
                print(name, weight, results[f"{name} w={weight}"], flush=True)
    else:
        files = sorted((ROOT / "models" / "training").glob("*.csv"))
        rows = {path: read_examples_file(path) for path in files}
        notes_of = {
            path: lemmatize_notes(
                [
                    Note(id=f"{path.stem}:{i}", clinic=path.stem, group="g", text=text,
                         clean_text=normalize_text(text), source=SourceRef(path.name, line=i))
                    for i, (text, _) in enumerate(rows[path], start=1)
                ],
                analyzer,
            )
            for path in files
        }  # fmt: skip
        parse([normalize_text(text) for path in files for text, _ in rows[path]])
        for held in files[::-1] if args.reverse else files:
            started = time.time()
            train = [
                (text, normalize_text(text), label)
                for path in files
                if path != held
                for text, label in rows[path]
            ]
            examples = build_examples(train, seeded, analyzer, cache, settings.themes)
            assert examples is not None
            model = FrameModel(frames_of, cache, args.dense).fit(
                [clean for _, clean, _ in train], examples.labels
            )
            gold = {n.id: label for n, (_, label) in zip(notes_of[held], rows[held], strict=True)}
            results[f"gold {held.stem}"] = gold
            for weight in WEIGHTS:
                predicted = decide(notes_of[held], examples, model, weight)
                results[f"pred {held.stem} w={weight}"] = predicted
                results[f"file {held.stem} w={weight}"] = score(gold, predicted)["macro"]
            print(held.stem, {w: results[f"file {held.stem} w={w}"] for w in WEIGHTS},
                  f"{time.time() - started:.0f} s", flush=True)  # fmt: skip
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        for weight in WEIGHTS:
            gold, predicted = {}, {}
            for held in files:
                gold.update(results[f"gold {held.stem}"])
                predicted.update(results[f"pred {held.stem} w={weight}"])
            results[f"pooled w={weight}"] = score(gold, predicted)
            print("pooled", weight, results[f"pooled w={weight}"], flush=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
