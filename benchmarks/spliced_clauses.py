"""post47's two readings of `summary_sets.py` output (how-it-works "Spliced clauses kept").

    python benchmarks/spliced_clauses.py dropped POSTS
    python benchmarks/spliced_clauses.py compare BASE.json MINE.json BASE_POSTS MINE_POSTS

`dropped`: on a `--posts` folder, the pieces whose note is one sentence with a comma and none
of whose words after the comma (by their first four letters) the published sentence says,
counted by the reason the note's parse gives. `compare`: mean F, clinics up and down and lint
of two `--json` files, all clinics and apart for corpus with rounds 4–70 and rounds 71–100;
the bullets whose text the base post of the clinic does not have, and a seeded sample of 40
of them (`random.seed(47)`) to judge. Both read only the folders and files given."""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.summarize.parsetree import children_of, subtree
from muistiinpanot.summarize.splicednegation import spliced_clause
from muistiinpanot.summarize.tidy import tidy_note

_WORD = re.compile(r"[^\W\d_]{3,}")


def _traces(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.endswith(".notes.json"))


def _trace(folder: Path, stem: str) -> Path:
    return next(p for p in folder.glob(f"{stem}*.json") if not p.name.endswith(".notes.json"))


def _reason(toks, children, voikko) -> str:  # type: ignore[no-untyped-def]
    root = next((i for i, t in enumerate(toks) if t.dep == "ROOT"), 0)
    comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
    if spliced_clause(toks):
        return "a splice of its own subject (spliced_clauses joins it)"
    if comma is None:
        return "other (no comma left after tidying)"
    after = range(comma + 1, len(toks))
    heads = [i for i in after if toks[i].head not in after or toks[i].head == i]
    head = heads[0] if heads else None
    if any(
        t.text.isalpha() and t.text.islower() and not voikko.spell(t.text)
        for t in toks[comma + 1 :]
    ):
        return "a word Voikko does not know"
    if not any(toks[i].pos in ("VERB", "AUX") for i in after):
        return "a verbless later part"
    if head is None or toks[head].dep not in ("conj", "parataxis") or toks[head].head != root:
        return "the later part deeper in the tree"
    own = children[head]
    subjects = [c for c in own if toks[c].dep.startswith("nsubj")]
    clauses = [c for c in children[root] if toks[c].dep in ("conj", "parataxis") and c > root]
    if any(toks[c].dep == "cc" for c in own):
        return "its own conjunction, cut by coordinated_words / max_predicates / turns"
    if not subjects:
        return "a splice without a subject of its own"
    if toks[comma + 1].pos == "ADV":
        return "a splice opened by an adverb"
    if any(toks[i].pos == "SCONJ" for i in range(comma) if i not in subtree(children, head)):
        return "a splice after a subordinate first part"
    if len(clauses) != 1:
        return "a third clause on the root"
    if any(c > head for c in subjects):
        return "a splice whose subject follows its predicate"
    return "a splice refused by the rule's other checks (a name's aside, …)"


def dropped(folder: Path) -> None:
    analyzer = load_analyzer("accurate")
    cases = []
    for path in _traces(folder):
        notes = {
            n["id"]: n["text"]
            for n in json.loads(path.with_suffix(".notes.json").read_text("utf-8"))
        }
        for bullet in json.loads(path.read_text("utf-8"))["bullets"]:
            for piece in bullet["pieces"]:
                text = notes.get(piece["note_id"], "")
                if ", " not in text or re.search(r"[.!?]\s", text.strip()):
                    continue
                tail = text.split(", ", 1)[1]
                words = _WORD.findall(tail.lower())
                if len(tail.split()) < 2 or not words:
                    continue
                if not any(w[:4] in piece["text"].lower() for w in words):
                    cases.append((text, piece["text"]))
    sentences = [" ".join(tidy_note(text, analyzer.voikko)) for text, _ in cases]
    reasons: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for (text, said), toks in zip(cases, analyzer.parse(sentences), strict=True):
        reason = _reason(toks, children_of(toks), analyzer.voikko)
        reasons[reason] += 1
        examples[reason].append(f"{text!r} -> {said!r}")
    print(f"pieces that drop a later part: {len(cases)}")
    for reason, count in reasons.most_common():
        print(f"{count:5} {reason}")
        for example in examples[reason][:3]:
            print(f"        {example}")


def _part(name: str) -> str:
    found = re.fullmatch(r"summary_heldout(\d+)", name)
    return "check" if found and int(found.group(1)) > 70 else "tune"


def compare(base: Path, mine: Path, base_posts: Path, mine_posts: Path) -> None:
    rows = [
        {(r["set"], r["clinic"]): r for r in json.loads(p.read_text("utf-8"))} for p in (base, mine)
    ]
    old, new = rows
    parts = {
        "all": list(old),
        "corpus, 4-70": [k for k in old if _part(k[0]) == "tune"],
        "71-100": [k for k in old if _part(k[0]) == "check"],
    }
    for name, keys in parts.items():
        f_old = sum(old[k]["f1"] for k in keys) / len(keys)
        f_new = sum(new[k]["f1"] for k in keys) / len(keys)
        up = sum(new[k]["f1"] > old[k]["f1"] for k in keys)
        down = sum(new[k]["f1"] < old[k]["f1"] for k in keys)
        lint = [sum(r[k]["lint"] for k in keys) for r in rows]
        sentences = [sum(r[k]["sentences"] for k in keys) for r in rows]
        print(
            f"{name:12} n={len(keys)} mean F {f_old:.4f} -> {f_new:.4f} ({f_new - f_old:+.4f}; "
            f"{up} up, {down} down); lint {lint[0]} of {sentences[0]} "
            f"-> {lint[1]} of {sentences[1]}"
        )
    changed = []
    for key in sorted(old):
        stem = f"{key[0]}__{key[1]}__"
        before, after = (
            json.loads(_trace(folder, stem).read_text("utf-8"))["bullets"]
            for folder in (base_posts, mine_posts)
        )
        texts = {b["text"] for b in before}
        for bullet in after:
            if bullet["text"] not in texts:
                theirs = [b["text"] for b in before if b["theme"] == bullet["theme"]]
                changed.append((key, bullet["theme"], theirs, bullet["text"]))
    print(f"changed bullets: {len(changed)} in {len({c[0] for c in changed})} clinics")
    random.seed(47)
    for number, (key, theme, theirs, text) in enumerate(
        random.sample(changed, min(40, len(changed))), 1
    ):
        print(f"## {number} {key[0]} {key[1]} [{theme}]")
        for line in theirs:
            print(f"  OLD: {line}")
        print(f"  NEW: {text}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["dropped", "compare"])
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    if args.command == "dropped":
        dropped(args.paths[0])
    else:
        compare(*args.paths[:4])


if __name__ == "__main__":
    main()
