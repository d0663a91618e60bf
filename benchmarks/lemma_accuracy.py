"""Lemma accuracy and speed on UD Finnish-TDT, gold tokens, all systems in one run.

    .venv/bin/python benchmarks/lemma_accuracy.py [path/to/fi_tdt-ud-dev.conllu] [--no-cli]

Systems: (a) the stock `spacy_fi_experimental_web_md` pipeline, (b) our accurate mode, (c) our
fast mode, both through `lemmatize_pretokenized_lines` (the `muistiinpanot lemmatize
--pretokenized` code path), and (d) simplemma. Accuracy is case-insensitive against gold lemmas
with the `#` compound marks removed. Multiword tokens (`1-2` ids) are skipped; a token
containing spaces (`110 000`) has its spaces removed, and so has its gold lemma (counted and
reported). Unless --no-cli, our modes are also run once through the real CLI as a subprocess and
those outputs give the reported accuracy (timing is always in-process, model loading excluded).
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONLLU = REPO.parent / "shared/data/ud-fi-tdt/fi_tdt-ud-dev.conllu"
CLI = REPO / ".venv/bin/muistiinpanot"

Sentence = list[tuple[str, str]]  # (form, gold lemma)


def read_conllu(path: Path) -> tuple[list[Sentence], int]:
    """Sentences of (form, gold lemma), and how many tokens had spaces removed."""
    sentences: list[Sentence] = []
    current: Sentence = []
    spaced = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        form, lemma = cols[1], cols[2].replace("#", "")
        if " " in form:
            spaced += 1
            form, lemma = form.replace(" ", ""), lemma.replace(" ", "")
        current.append((form, lemma))
    if current:
        sentences.append(current)
    return sentences, spaced


def score(sentences: Sequence[Sentence], predicted: Sequence[Sequence[str]]) -> float:
    correct = total = 0
    for sentence, lemmas in zip(sentences, predicted, strict=True):
        if len(lemmas) != len(sentence):
            raise ValueError(f"{len(lemmas)} lemmas for {len(sentence)} tokens: {sentence}")
        for (_, gold), lemma in zip(sentence, lemmas, strict=True):
            correct += gold.lower() == lemma.lower()
            total += 1
    return correct / total


def timed(run: Callable[[], list[list[str]]]) -> tuple[list[list[str]], float]:
    _clear_shared_caches()
    start = time.perf_counter()
    result = run()
    return result, time.perf_counter() - start


def _clear_shared_caches() -> None:
    """Start each system from the same state. `simplemma.lemmatize` memoizes results per token
    (our modes call it, and so does the simplemma system): forget them; its dictionaries stay
    loaded. Collect the cyclic garbage an earlier system left (a discarded spaCy pipeline):
    otherwise the next system pays for its collection (measured: 90 ms inside fast mode's run)."""
    import simplemma.lemmatizer

    simplemma.lemmatizer._legacy_lemmatizer_for.cache_clear()
    gc.collect()


def run_stock(sentences: Sequence[Sentence]) -> Callable[[], list[list[str]]]:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load("spacy_fi_experimental_web_md")

    def run() -> list[list[str]]:
        docs = (Doc(nlp.vocab, words=[form for form, _ in s]) for s in sentences)
        return [[t.lemma_ for t in doc] for doc in nlp.pipe(docs, batch_size=256)]

    return run


def run_ours(sentences: Sequence[Sentence], mode: str) -> Callable[[], list[list[str]]]:
    from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_pretokenized_lines

    analyzer = LemmaAnalyzer(mode)  # type: ignore[arg-type]
    lines = [" ".join(form for form, _ in s) for s in sentences]

    def run() -> list[list[str]]:
        return [out.split(" ") for out in lemmatize_pretokenized_lines(lines, analyzer)]

    return run


def run_simplemma(sentences: Sequence[Sentence]) -> Callable[[], list[list[str]]]:
    import simplemma

    simplemma.lemmatize("talo", lang="fi")  # load the dictionary outside the timing

    def run() -> list[list[str]]:
        return [[simplemma.lemmatize(form, lang="fi") for form, _ in s] for s in sentences]

    return run


def run_cli(sentences: Sequence[Sentence], mode: str) -> list[list[str]] | None:
    """Our mode through `muistiinpanot lemmatize --pretokenized`; None if the CLI is missing."""
    if not CLI.exists():
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write("".join(" ".join(form for form, _ in s) + "\n" for s in sentences))
    args = [str(CLI), "lemmatize", "--pretokenized", *(["--fast"] if mode == "fast" else [])]
    with open(f.name, encoding="utf-8") as stdin:
        done = subprocess.run(args, stdin=stdin, capture_output=True, text=True, check=False)
    Path(f.name).unlink()
    if done.returncode != 0:
        print(f"CLI failed ({done.returncode}): {done.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    return [line.split(" ") for line in done.stdout.splitlines()]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", nargs="?", type=Path, default=DEFAULT_CONLLU)
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI subprocess runs")
    args = parser.parse_args(argv)
    sentences, spaced = read_conllu(args.conllu)
    words = sum(len(s) for s in sentences)
    print(f"{args.conllu}: {len(sentences)} sentences, {words} tokens, {spaced} with spaces")
    systems = {
        "stock spaCy pipeline": lambda: run_stock(sentences),
        "ours, accurate": lambda: run_ours(sentences, "accurate"),
        "ours, fast": lambda: run_ours(sentences, "fast"),
        "simplemma": lambda: run_simplemma(sentences),
    }
    speeds: dict[str, float] = {}
    print(f"{'system':24} {'accuracy':>9} {'words/s':>9} {'× stock':>8}  accuracy from")
    for name, make in systems.items():
        predicted, seconds = timed(make())
        speeds[name] = words / seconds
        accuracy, source = score(sentences, predicted), "in-process"
        if name.startswith("ours") and not args.no_cli:
            via_cli = run_cli(sentences, "fast" if name.endswith("fast") else "accurate")
            if via_cli is not None:
                accuracy, source = score(sentences, via_cli), "CLI subprocess"
        ratio = speeds[name] / speeds["stock spaCy pipeline"]
        print(f"{name:24} {accuracy:9.2%} {speeds[name]:9.0f} {ratio:8.2f}  {source}", flush=True)


if __name__ == "__main__":
    main()
