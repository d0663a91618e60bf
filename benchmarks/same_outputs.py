"""Compare two output folders of benchmarks/same_outputs.sh: bytes for every file, cells for
.xlsx (usage: python benchmarks/same_outputs.py A B)."""

import difflib
import pathlib
import sys

import openpyxl

a, b = map(pathlib.Path, sys.argv[1:3])
same = diff = 0
for fa in sorted(p for p in a.rglob("*") if p.is_file()):
    rel = fa.relative_to(a)
    fb = b / rel
    if not fb.exists():
        print("MISSING", rel)
        diff += 1
        continue
    if fa.suffix == ".xlsx":

        def cells(p):
            wb = openpyxl.load_workbook(p)
            return [(ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in wb]

        ok = cells(fa) == cells(fb)
    elif fa.suffix == ".log":
        continue
    else:
        ok = fa.read_bytes() == fb.read_bytes()
    if ok:
        same += 1
    else:
        diff += 1
        print("DIFF", rel)
        if fa.suffix in (".html", ".json", ".md", ".txt", ".csv"):
            d = list(
                difflib.unified_diff(
                    fa.read_text().splitlines(), fb.read_text().splitlines(), lineterm="", n=0
                )
            )
            print("\n".join(d[:12]))
extra = [
    p.relative_to(b) for p in b.rglob("*") if p.is_file() and not (a / p.relative_to(b)).exists()
]
print("same", same, "diff", diff, "extra", extra)
