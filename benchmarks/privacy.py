"""Personal-data detection: recall on personal data and precision on look-alikes, on the dev
examples (tests/privacy/privacy_cases.py, written with the method) and on a labelled set
(default benchmarks/data/privacy_labelled.csv, written blind by another engineer; since its
first run it has been the development set; pass a fresh held-out file with --heldout).

    python benchmarks/privacy.py [--heldout benchmarks/data/privacy_labelled.csv ...]
        [--misses] [--notes] [--trim] [--no-speed] [--mode both] [--fast] [--no-ner] [--clinic]

Per set it prints:
- recall: personal items (a name, an e-mail, ...) whose every letter and digit lies inside a
  detected span, over all items; also per kind;
- look-alikes kept: rows without personal data where nothing was detected, over those rows;
- character precision: detected letters and digits that belong to a gold item, over all
  detected letters and digits (all rows).
With --notes it counts the notes of corpus/ and models/training/ in which anything is
detected (false hits on real-like notes; --misses lists them). It also times detection on the
published text of a clinic against detection on every note (the speed point of the archive
issue), as a ratio from the same run.
With --clinic the publisher also reads each set as the notes of one clinic: the names its rows
make known (privacy.clinic_names) are read in every row (privacy.known_names), as a run reads
a clinic's published text, with the domain's words of the example notes (models/training/) as
a run sets them; with --notes, each folder of corpus/ and each file of models/training/ is one
clinic (a training file mixes many writers: a harder test).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.privacy import (
    clinic_names,
    domain_words,
    find_personal_data,
    find_published_data,
    known_names,
    lower_case_nouns,
    trim_sentences,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from privacy_cases import LOOKALIKES, PERSONAL  # noqa: E402

Row = tuple[str, list[tuple[str, str]]]  # text, [(personal substring, kind)]


def dev_rows() -> list[Row]:
    rows: list[Row] = [(text, [(p, "?") for p in pieces]) for text, pieces in PERSONAL]
    return rows + [(text, []) for text in LOOKALIKES]


def heldout_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    rows: list[Row] = []
    for record in records:
        pieces = [p.strip() for p in record["personal"].split("|") if p.strip()]
        kinds = [k.strip() for k in record["kinds"].split("|") if k.strip()] or ["?"] * len(pieces)
        rows.append((record["text"], list(zip(pieces, kinds, strict=True))))
    return rows


def score(
    name: str,
    rows: list[Row],
    analyzer: object,
    show_misses: bool,
    *,
    cautious: bool = False,
    ner: bool = True,
    clinic: bool = False,
) -> None:
    texts = [text for text, _ in rows]
    known = clinic_names(texts, analyzer) if clinic else frozenset()  # type: ignore[arg-type]
    with known_names(known):
        found = find_personal_data(texts, analyzer, cautious=cautious, ner=ner)  # type: ignore[arg-type]
    name = f"{name} [publisher]" if cautious else name
    if clinic:
        name = f"{name} [one clinic: {', '.join(sorted(known)) or '-'}]"
    items = missed = lookalikes = kept = detected = correct = 0
    by_kind: Counter[str] = Counter()
    hit_kind: Counter[str] = Counter()
    for (text, gold), spans in zip(rows, found, strict=True):
        covered = {i for s in spans for i in range(s.start, s.end) if text[i].isalnum()}
        gold_chars: set[int] = set()
        for piece, kind in gold:
            start = text.find(piece)
            chars = {i for i in range(start, start + len(piece)) if text[i].isalnum()}
            gold_chars |= chars
            items += 1
            by_kind[kind] += 1
            if start >= 0 and chars <= covered:
                hit_kind[kind] += 1
            else:
                missed += 1
                if show_misses:
                    print(f"  MISS {kind}: {piece!r} in {text!r}")
        if not gold:
            lookalikes += 1
            kept += not spans
            if spans and show_misses:
                print(f"  FALSE: {[text[s.start : s.end] for s in spans]} in {text!r}")
        detected += len(covered)
        correct += len(covered & gold_chars)
    recall = (items - missed) / items if items else 0.0
    kinds = ", ".join(f"{k} {hit_kind[k]}/{n}" for k, n in sorted(by_kind.items()))
    print(
        f"{name}: recall {recall:.3f} ({items - missed}/{items}; {kinds}); "
        f"look-alikes kept {kept / lookalikes:.3f} ({kept}/{lookalikes}); "
        f"character precision {correct / detected if detected else 1.0:.3f}"
    )


def trimmed(name: str, rows: list[Row], analyzer: object) -> None:
    """What the summary keeps of the sentences in which the publisher finds personal data,
    as its sentence check reads a note (each row split into sentences; find_published_data
    without NER on the row and on each sentence, then trim_sentences; a trimmed sentence in
    which the check with NER still finds something counts as dropped, as the composed
    bullet's check would drop it): sentences kept trimmed, and their words outside the gold
    items kept, against dropping each such sentence whole (0 words). Also any gold item a
    kept sentence still holds (a miss the whole sentence's drop used to hide)."""
    texts = [text for text, _ in rows]
    sentences = [_SENTENCE_END.split(text) for text in texts]
    raw = find_published_data(texts, analyzer, ner=False)  # type: ignore[arg-type]
    flat = find_published_data([s for ss in sentences for s in ss], analyzer, ner=False)  # type: ignore[arg-type]
    hits = iter(flat)
    flagged = kept = words = kept_words = leaks = 0
    for (text, gold), pieces, spans in zip(rows, sentences, raw, strict=True):
        found = [next(hits) for _ in pieces]
        result = trim_sentences(pieces, found, text, spans, analyzer)  # type: ignore[arg-type]
        personal = {w.casefold() for piece, _ in gold for w in piece.split()}
        for sentence, trim in zip(pieces, result, strict=True):
            if trim == sentence:
                continue
            flagged += 1
            words += sum(w.casefold().strip(".,:;!?") not in personal for w in sentence.split())
            if trim is None or find_published_data([trim], analyzer)[0]:  # type: ignore[arg-type]
                continue
            kept += 1
            kept_words += len(trim.split())
            leaks += sum(piece in trim for piece, _ in gold)
    print(
        f"{name} [trimmed]: {kept} of {flagged} flagged sentences kept trimmed; words kept "
        f"{kept_words} of {words} outside personal data (dropping whole sentences: 0); "
        f"gold items left in kept sentences {leaks}"
    )


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _example_texts() -> list[str]:
    """The text column of models/training/ (the example notes)."""
    texts: list[str] = []
    for path in sorted((ROOT / "models" / "training").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row.get("text", "") for row in csv.DictReader(handle)]
    return texts


def note_texts() -> list[str]:
    """The example notes' texts, then every line of corpus/'s .txt and then .md files (bullet
    marks stripped), empty ones left out: the notes --notes reads, as one list."""
    texts = _example_texts()
    for pattern in ("*/*.txt", "*/*.md"):
        for path in sorted((ROOT / "corpus").glob(pattern)):
            lines = path.read_text(encoding="utf-8").splitlines()
            texts += [line.strip().lstrip("-*• ").strip() for line in lines]
    return [text for text in texts if text]


def flagged_notes(
    analyzer: object, show: bool, *, cautious: bool = False, clinic: bool = False
) -> None:
    """Notes of corpus/ (.txt and .md lines) and models/training/ (the text column) in which
    anything is detected: nearly all of them hold no personal data, so this counts false hits
    on real-like notes (a few are the sample clinics' invented contacts). `clinic`: each
    corpus folder and each training file read as one clinic's notes (see --clinic)."""
    groups: dict[str, list[str]] = {}
    for path in sorted((ROOT / "models" / "training").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [row.get("text", "") for row in csv.DictReader(handle)]
        groups.setdefault(path.name, []).extend(rows)
    for pattern in ("*/*.txt", "*/*.md"):
        for path in sorted((ROOT / "corpus").glob(pattern)):
            lines = path.read_text(encoding="utf-8").splitlines()
            notes = [line.strip().lstrip("-*• ").strip() for line in lines]
            groups.setdefault(path.parent.name, []).extend(notes)
    count = flagged_count = 0
    for group, texts in groups.items():
        texts = [text for text in texts if text]
        known = clinic_names(texts, analyzer) if clinic else frozenset()  # type: ignore[arg-type]
        if known:
            print(f"  {group}: names made known {sorted(known)}")
        with known_names(known):
            found = find_personal_data(texts, analyzer, cautious=cautious)  # type: ignore[arg-type]
        flagged = [(text, spans) for text, spans in zip(texts, found, strict=True) if spans]
        if show:
            for text, spans in flagged:
                print(f"  HIT: {[text[s.start : s.end] for s in spans]} in {text!r}")
        count += len(texts)
        flagged_count += len(flagged)
    mode = " [publisher]" if cautious else ""
    mode += " [each a clinic]" if clinic else ""
    print(f"corpus and example notes{mode}: {flagged_count} of {count} notes flagged")


def clinics(heldout: list[Path], analyzer: object, misses: bool, *, ner: bool, notes: bool) -> None:
    """Each set read as one clinic's notes by the publisher (--clinic)."""
    dev = "dev (tests/privacy/privacy_cases.py)"
    score(dev, dev_rows(), analyzer, misses, cautious=True, ner=ner, clinic=True)
    for path in heldout:
        name = f"held-out ({path.name})"
        score(name, heldout_rows(path), analyzer, misses, cautious=True, ner=ner, clinic=True)
    if notes:
        flagged_notes(analyzer, misses, cautious=True, clinic=True)


def speed(analyzer: object) -> None:
    """Detection on a clinic's published text (5 bullets, labels, keywords) against every
    note of it (150 notes), the same analyzer warmed up, best of three. The analyzer keeps NER's
    spans per text, so each pass numbers its texts anew (NER runs every time, as on new
    notes). Also the rules alone (Voikko, patterns, structure; `ner=False`) on 150 notes."""
    notes = [text for text, _ in dev_rows()] * 2
    notes = (notes * 3)[:150]
    published = notes[:5] + ["Siilot ja organisaatiorajat", "luottamus, kunta, tieto"] * 5
    passes = iter(range(1_000_000))

    def best(texts: list[str], *, ner: bool = True) -> float:
        times = []
        for _ in range(3):
            fresh = [f"{text} ({next(passes)})" for text in texts]
            start = time.perf_counter()
            find_personal_data(fresh, analyzer, ner=ner)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        return min(times)

    best(notes)
    every, public = best(notes), best(published)
    print(
        f"speed: every note ({len(notes)}) {every:.3f} s, published text ({len(published)}) "
        f"{public:.3f} s: {every / public:.1f}x less work on published text only; "
        f"rules alone (no NER) on every note {best(notes, ner=False):.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--heldout",
        type=Path,
        nargs="+",
        default=[ROOT / "benchmarks" / "data" / "privacy_labelled.csv"],
        help="one or more labelled files, each scored on its own (one model load)",
    )
    parser.add_argument("--misses", action="store_true", help="print every miss and false hit")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--mode",
        choices=["detector", "publisher", "both"],
        default="both",
        help="detector: as notes are read (--redact, notes.csv); publisher: as text to publish "
        "is read (find_personal_data(cautious=True): bullets, labels, keywords); both (default)",
    )
    parser.add_argument(
        "--notes", action="store_true", help="also count notes flagged in corpus/ and examples"
    )
    parser.add_argument(
        "--trim",
        action="store_true",
        help="also count what the summary's sentence check keeps of flagged rows (trimmed)",
    )
    parser.add_argument(
        "--fast", action="store_true", help="the fast mode's analyzer (no neural tagger)"
    )
    parser.add_argument(
        "--clinic",
        action="store_true",
        help="the publisher also reads each set (and with --notes each corpus folder and "
        "training file) as one clinic's notes, with the names they make known",
    )
    parser.add_argument(
        "--no-ner", action="store_true", help="score the rules alone (find_personal_data ner=False)"
    )
    args = parser.parse_args()
    analyzer = load_analyzer("fast" if args.fast else "accurate")
    modes = {"detector": [False], "publisher": [True], "both": [False, True]}[args.mode]
    ner = not args.no_ner
    for cautious in modes:
        dev = "dev (tests/privacy/privacy_cases.py)"
        score(dev, dev_rows(), analyzer, args.misses, cautious=cautious, ner=ner)
        for path in args.heldout:
            rows = heldout_rows(path)
            name = f"held-out ({path.name})"
            score(name, rows, analyzer, args.misses, cautious=cautious, ner=ner)
        if args.notes:
            flagged_notes(analyzer, args.misses, cautious=cautious)
    if args.clinic:
        with domain_words(lower_case_nouns(_example_texts(), analyzer.voikko)):
            clinics(args.heldout, analyzer, args.misses, ner=ner, notes=args.notes)
    if args.trim:
        trimmed("dev", dev_rows(), analyzer)
        for path in args.heldout:
            trimmed(f"held-out ({path.name})", heldout_rows(path), analyzer)
    if not args.no_speed:
        speed(analyzer)


if __name__ == "__main__":
    main()
