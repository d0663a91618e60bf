"""Fit the verbs' preference for a person as subject (privacy/agent_verbs.py; docs/privacy.md,
"Round 71") from the bundled example notes, never from evaluation data:

    PYTHONPATH=src python benchmarks/agent_verbs.py --fit  # rewrites models/fitted/agent_verbs.json
    PYTHONPATH=src python benchmarks/agent_verbs.py        # prints the verbs, most personal first

Every note of models/training/notes_*.csv is parsed with the spaCy Finnish model's parser
(the run's analyzer keeps no parser); for each verb, each nominal subject (`nsubj`) is
counted as a person's when it is a personal pronoun (lexicons/agent_verbs.toml
`person_pronouns`) or a noun the vectors read as a word of people or groups
(nouns.NounSense.personal: "asiakas", "kunta"), and as a thing's when it is any other noun;
other pronouns ("se", "joka") tell nothing and are not counted. The file holds the counts of
each verb with at least `--fewest` counted subjects, the training files' digest and the model's
name and version; no note text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

import spacy

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.privacy.agent_verbs import person_pronouns
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.resources import bundled_path

_MODEL = "spacy_fi_experimental_web_md"
_OUT = Path(__file__).resolve().parents[1] / "models" / "fitted" / "agent_verbs.json"


def _training_files() -> list[Path]:
    return sorted(bundled_path("models/training").glob("notes_*.csv"))


def _digest(files: list[Path]) -> str:
    sha = hashlib.sha256()
    for path in files:
        sha.update(path.name.encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()


def fit(fewest: int) -> dict[str, object]:
    """The counts of every verb with at least `fewest` counted subjects (module docstring)."""
    files = _training_files()
    texts = [row["text"] for path in files for row in csv.DictReader(path.open(encoding="utf-8"))]
    nlp = spacy.load(_MODEL, exclude=["ner"])
    nouns = NounSense(load_analyzer("accurate"), 0.0, 0.0)
    pronouns = person_pronouns()
    counts: dict[str, list[int]] = {}
    for doc in nlp.pipe(texts, batch_size=256):
        for token in doc:
            if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
                continue
            subject = token.lemma_.casefold()
            if token.pos_ == "PRON":
                person = subject in pronouns
                if not person:
                    continue
            elif token.pos_ == "NOUN":
                person = nouns.personal(subject)
            else:
                continue
            count = counts.setdefault(token.head.lemma_.casefold(), [0, 0])
            count[0] += int(person)
            count[1] += 1
    verbs = {verb: c for verb, c in sorted(counts.items()) if c[1] >= fewest}
    return {
        "about": "per verb: [subjects that are persons or groups, subjects counted]",
        "model": f"{_MODEL} {nlp.meta.get('version', '')}",
        "training_sha256": _digest(files),
        "fewest": fewest,
        "verbs": verbs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", action="store_true", help="rewrite the fitted file")
    parser.add_argument("--fewest", type=int, default=4, help="fewest subjects a verb kept")
    args = parser.parse_args()
    if args.fit:
        model = fit(args.fewest)
        _OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{_OUT}: {len(model['verbs'])} verbs")  # type: ignore[arg-type]
        return
    verbs = json.loads(_OUT.read_text(encoding="utf-8"))["verbs"]
    for verb, (people, total) in sorted(verbs.items(), key=lambda kv: -kv[1][0] / kv[1][1]):
        print(f"{verb:20} {people:4} / {total:4}")


if __name__ == "__main__":
    main()
