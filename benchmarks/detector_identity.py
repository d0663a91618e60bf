"""The detector's spans on every dev text (privacy_* and chatter_* sets of rounds before the
blind ones, blind_rounds.dev_glob), each text read alone in three readings (notes with NER,
published text without and with NER; detect._find, no memo), with the Voikko forms each
reading asked (the cache emptied before each): a speed change that claims to be exact is
run with the old and the new `src/` on PYTHONPATH and the two files compared.

    PYTHONPATH=OLD/src python benchmarks/detector_identity.py old.jsonl
    PYTHONPATH=src python benchmarks/detector_identity.py new.jsonl
    python benchmarks/detector_identity.py --compare old.jsonl new.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from blind_rounds import dev_glob

_DATA = Path(__file__).parent / "data"
_READINGS = ((True, False), (False, True), (True, True))


def write(out: Path) -> None:
    from muistiinpanot.lemmatize import load_analyzer
    from muistiinpanot.privacy import detect

    texts: list[str] = []
    for pattern in ("privacy_*.csv", "chatter_*.csv"):
        for path in dev_glob(_DATA, pattern):
            with path.open(encoding="utf-8") as f:
                texts += [row["text"] for row in csv.DictReader(f) if row.get("text")]
    analyzer = load_analyzer("fast")
    voikko = analyzer.voikko
    with out.open("w", encoding="utf-8") as f:
        for text in dict.fromkeys(texts):
            record: dict[str, object] = {"text": text}
            for ner, cautious in _READINGS:
                voikko.clear()
                spans = detect._find([text], analyzer, ner=ner, cautious=cautious)[0]
                record[f"spans {ner} {cautious}"] = [[s.start, s.end, s.kind] for s in spans]
                record[f"forms {ner} {cautious}"] = {k: sorted(v) for k, v in voikko.dump().items()}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def compare(old: Path, new: Path) -> None:
    a = [json.loads(line) for line in old.open(encoding="utf-8")]
    b = [json.loads(line) for line in new.open(encoding="utf-8")]
    assert [r["text"] for r in a] == [r["text"] for r in b], "not the same texts"
    spans, only_old, only_new = 0, set(), set()
    for x, y in zip(a, b, strict=True):
        for key in x:
            if key != "text" and not key.startswith("forms") and x[key] != y[key]:
                spans += 1
                print("spans differ:", key, x["text"])
            if key.startswith("forms"):
                for kind in x[key]:
                    only_old |= {(kind, f) for f in set(x[key][kind]) - set(y[key][kind])}
                    only_new |= {(kind, f) for f in set(y[key][kind]) - set(x[key][kind])}
    print(f"{len(a)} texts, {spans} readings with other spans; Voikko forms asked only by the")
    print(
        f"first: {len(only_old)} (e.g. {sorted(only_old)[:5]}), only by the second: {len(only_new)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.compare:
        compare(*args.files)
    else:
        write(args.files[0])


if __name__ == "__main__":
    main()
