"""Where chatter decisions go downstream: the fate (status, theme, bullet) of notes in the
corpus and the summary dev clinics, and of chatter the detector misses.

    python benchmarks/chatter_downstream.py [--json OUT.json]
    python benchmarks/chatter_downstream.py --inject benchmarks/data/chatter_heldout9.csv ...

Without --inject: every clinic of corpus/ and benchmarks/data/summary_heldout*/corpus runs
through the pipeline (default settings); printed are the chatter notes of each clinic, and
with --json each note's status, theme and the bullets citing it (run it on two versions and
compare the files to see what a change moves). The rounds being written blind
(`blind_rounds.BLIND_FROM` on) are never read; `--skip summary_heldoutN` leaves out another
folder. With --inject: the labelled chatter notes of
the given files that the detector misses (rule + classifier, each file one batch) are added,
`--per-clinic` of them to each clinic as one more group file (in temporary copies; round
robin over the missed notes), and the script counts how many of them end as chatter, in a
theme, in `muu` or cited by a bullet, and prints those bullets.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

from muistiinpanot.app.pipeline import load_models, process_clinic
from muistiinpanot.chatter import mark_chatter
from muistiinpanot.config import load_run_settings
from muistiinpanot.ingest import read_batches
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT / "benchmarks"))
from blind_rounds import dev_glob  # noqa: E402

EXTRA = "zz_chatter_extra.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inject", nargs="*", type=Path, default=[])
    parser.add_argument("--per-clinic", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--skip",
        nargs="*",
        default=[],
        help="names of summary_heldout* folders to leave out (the blind rounds always are)",
    )
    args = parser.parse_args()
    folders = [ROOT / "corpus"] + [
        folder
        for folder in dev_glob(DATA, "summary_heldout*/corpus")
        if folder.parent.name not in args.skip
    ]
    fates: dict[str, list[dict[str, object]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_run_settings(None, input_path=folders[0], out=Path(tmp) / "out")
        models = load_models(settings)
        missed = _missed(args.inject, models.analyzer) if args.inject else []
        if args.inject:
            print(f"{len(missed)} labelled chatter notes missed in {len(args.inject)} files")
        counts: Counter[str] = Counter()
        taken = 0
        for folder in folders:
            source = folder
            if missed:
                source = Path(tmp) / f"{folder.parent.name}-{len(fates)}"
                shutil.copytree(folder, source, ignore=shutil.ignore_patterns("gold"))
                for clinic in sorted(p for p in source.iterdir() if p.is_dir()):
                    lines = [missed[(taken + i) % len(missed)] for i in range(args.per_clinic)]
                    taken += args.per_clinic
                    (clinic / EXTRA).write_text("\n".join(lines) + "\n", encoding="utf-8")
            for batch in read_batches(source)[1]:
                output = process_clinic(batch, models, settings)
                theme = {a.note_id: a.theme for a in output.themes.assignments}
                cited: dict[str, list[str]] = {}
                for bullet in output.post.bullets:
                    for note_id in bullet.note_ids:
                        cited.setdefault(note_id, []).append(bullet.theme)
                    if missed and any(EXTRA in i for i in bullet.note_ids):
                        print(f"  {batch.clinic.id}: {bullet.heading}: {bullet.text}")
                notes = [
                    {
                        "id": n.id,
                        "text": n.text,
                        "status": n.status,
                        "theme": theme.get(n.id),
                        "bullets": cited.get(n.id, []),
                    }
                    for n in output.notes
                ]
                fates[batch.clinic.id] = notes
                if not missed:
                    chatter = [str(n["text"]) for n in notes if n["status"] == "chatter"]
                    print(f"{batch.clinic.id}: {len(chatter)} chatter: {chatter}")
                for note in notes:
                    if EXTRA in str(note["id"]):
                        counts[_fate(note)] += 1
    if missed:
        print(f"added {sum(counts.values())} missed chatter notes: {dict(counts)}")
    if args.json is not None:
        args.json.write_text(json.dumps(fates, ensure_ascii=False, indent=1), encoding="utf-8")


def _fate(note: dict[str, object]) -> str:
    if note["status"] != "kept":
        return str(note["status"])
    if note["bullets"]:
        return "in a bullet"
    return "in muu" if note["theme"] in (None, "muu") else "in a theme, no bullet"


def _missed(files: list[Path], analyzer: LemmaAnalyzer) -> list[str]:
    found: list[str] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            rows = [(row["text"], row["label"] == "chatter") for row in csv.DictReader(handle)]
        notes = [
            Note(f"b:{i}", "bench", "", text, SourceRef("b.csv", row=i), text.strip())
            for i, (text, _) in enumerate(rows, start=1)
        ]
        marked = mark_chatter(lemmatize_notes(notes, analyzer), analyzer)
        found += [
            text
            for (text, chatter), note in zip(rows, marked, strict=True)
            if chatter and note.status != "chatter" and text not in found
        ]
    return found


if __name__ == "__main__":
    main()
