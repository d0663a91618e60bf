"""An analyst's corrections.csv (`id,theme[,label[,members]]`), as written by report.html's
review button or by hand.

    id,theme,label,members
    2025-09-siilot-yhteistyo/ryhma1.txt:4,uusi-2,Osallisuus,
    2025-09-siilot-yhteistyo/ryhma2.md:7,siilot,,
    ,uusi-3,Lumivallit,"2025-09-siilot-yhteistyo/ryhma1.txt:2
    2025-09-siilot-yhteistyo/ryhma3.md:5"

`id` is a note id as in notes.csv; `theme` an existing theme id (seeded, `uusi-N`, `muu`) or
the name of a new theme; `label` (optional) renames the theme. A row without an `id` is a
theme row: it renames `theme` to `label` without confirming any of its notes; `members`
(optional, one note id a line) are the notes the theme held when the analyst renamed it, by
which a later run finds the theme again (themes/correction_matching.py). A theme row needs a
label or members; files of the older `id,theme[,label]` form read as before. A column is
read only when the header names it: a row with more (non-empty) cells than its header gets
a warning naming the file and row (review 48 #2: `;Kirjastoauto` under `id;theme`). The
delimiter is detected as for note CSVs (Excel in a Finnish locale saves with ';'); a BOM or a legacy
encoding such as cp1252 is decoded. A row is numbered by the file line where it starts (the
header is line 1), as an editor shows it; blank rows are layout. A cell's one leading
apostrophe before = + - @ tab, CR or ' (the formula guard of report.html's download) is
dropped. Members may also be separated by ';' on one line (typed by hand); a member may
carry its note's text print (`id#1a2b3c4d`, as the page writes it). A note row's members
are ignored with a warning, and so are a `kokouspuhe` theme row and a label on a
`kokouspuhe` note row (meeting talk is no theme: review 42 #3).
What the rows mean for the themes is decided by themes/corrections.py; this module only
reads and checks the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import FORMULA_STARTS, MAX_TABLE_ROWS, read_text
from muistiinpanot.ingest.tables import csv_rows, sniff_delimiter
from muistiinpanot.messages import render
from muistiinpanot.records import CHATTER_THEME, Correction

#: Name of the corrections file picked up from a clinic folder.
CORRECTIONS_FILE = "corrections.csv"


#: Column names an analyst may type in Finnish, read as the page's English ones.
FINNISH_COLUMNS = {"teema": "theme", "nimi": "label", "jäsenet": "members", "jasenet": "members"}
#: The columns by their English names (the page's), and by their Finnish ones.
ENGLISH_COLUMNS: Mapping[str, str] = {
    "id": "id",
    "theme": "theme",
    "label": "label",
    "members": "members",
}
_FINNISH_NAMES = {"id": "id", "theme": "teema", "label": "nimi", "members": "jäsenet"}


@dataclass(frozen=True, slots=True)
class CorrectionsFile:
    """The rows of one corrections file, with the file's path and sha256 (of its bytes)."""

    path: Path
    sha256: str
    rows: tuple[Correction, ...]
    #: The reader's warnings on the file's rows (extra cells, members on a note row, a
    #: meeting-talk row), not logged here: they travel with what the corrections did
    #: (CorrectionOutcome.notices), the one path of every correction warning to the run's
    #: output, report.html, summary.json and the archive's store (review 53 #1).
    notices: tuple[str, ...] = ()
    #: The file's delimiter (',' ';' or a tab), echoed in the messages' examples.
    delimiter: str = ","
    #: Each column ("id", "theme", "label", "members") by the name the messages give it:
    #: as the header writes it, or, lacking, in the header's language (column_names).
    columns: Mapping[str, str] = field(default_factory=lambda: dict(ENGLISH_COLUMNS))


def column_names(written: Sequence[str]) -> dict[str, str]:
    """Each column by the name a message gives it (review 53 #2: `id;teema` was told to write
    `id;theme;label`): the name the header `written` gives it, as written; a column it lacks
    in Finnish when the header names its other columns in Finnish only (`teema`, `nimi`,
    `jäsenet`), else in English."""
    typed = {name.strip().lower(): name.strip() for name in written if name.strip()}
    english = {key for key in typed if key in ENGLISH_COLUMNS and key != "id"}
    finnish = {key for key in typed if key in FINNISH_COLUMNS}
    lacking = _FINNISH_NAMES if finnish and not english else ENGLISH_COLUMNS
    names = dict(lacking)
    for key, name in typed.items():
        column = FINNISH_COLUMNS.get(key, key)
        if column in names:
            names[column] = name
    return names


def read_corrections(path: Path) -> CorrectionsFile:
    """Read and check `path`; raise InputError naming the file and row on any problem."""
    text = read_text(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    # the delimiter as the note CSVs' reader detects it: Finnish Excel saves with ';'
    delimiter = sniff_delimiter(text)
    reader = csv_rows(text, path, delimiter if delimiter in ",;\t" else ",")
    written = [name.strip() for name in next(reader, (1, []))[1]]
    typed = [name.lower() for name in written]
    # the Finnish names of the columns read as the English ones (review 50 #11: `id;teema`)
    header = [FINNISH_COLUMNS.get(name, name) for name in typed]
    if "id" not in header or "theme" not in header:
        # the header as the analyst wrote it ("'Siilot2'", not "'siilot2'"; review 52)
        found = ", ".join(f"'{name}'" for name in written if name) or "–"
        if len([name for name in typed if name]) <= 1:  # no delimiter seen: say so plainly
            raise InputError("corrections_one_column", path=path, line=1, found=found)
        seen = {",": "','", ";": "';'", "\t": "tab"}.get(delimiter, "-")
        raise InputError("corrections_columns", path=path, line=1, delimiter=seen, found=found)
    names = column_names(written)
    columns = {name: header.index(name) for name in ENGLISH_COLUMNS if name in header}
    rows: list[Correction] = []
    notices: list[str] = []
    for number, cells in reader:  # number: the file line where the row starts
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= MAX_TABLE_ROWS:
            raise InputError("too_many_rows", path=path, row=number, limit=MAX_TABLE_ROWS)
        value = {
            name: _unguard(cells[index].strip()) if index < len(cells) else ""
            for name, index in columns.items()
        }
        label = " ".join(value.get("label", "").split())
        # one id a line, as the page writes them; ';' between ids (typed by hand) also works
        cell = value.get("members", "").replace(";", "\n")
        members = tuple(dict.fromkeys(m.strip() for m in cell.splitlines() if m.strip()))
        if not value["theme"]:
            raise InputError("corrections_empty_cell", path=path, row=number, column=names["theme"])
        if not value["id"] and not (label or members):  # a theme row renames or anchors
            raise InputError(
                "corrections_theme_row_empty",
                path=path,
                row=number,
                label_column=names["label"],
                members_column=names["members"],
            )
        if any(cell.strip() for cell in cells[len(header) :]):  # read only by the header
            # the header as written (review 53 #2), and the first column it lacks (#9)
            shown = (delimiter if delimiter in ",;" else "<tab>").join(written)
            lacking = [names[name] for name in ("label", "members") if name not in header]
            key = "corrections_extra_cells" if lacking else "corrections_extra_cells_full"
            column = lacking[0] if lacking else ""
            notices.append(render(key, file=path.name, row=number, columns=shown, column=column))
        if value["id"] and members:
            notices.append(
                render(
                    "corrections_members_on_note_row",
                    file=path.name,
                    row=number,
                    column=names["members"],
                )
            )
        if value["theme"].casefold() == CHATTER_THEME and (label or not value["id"]):
            # meeting talk is no theme: a theme row renames nothing, a label names nothing
            key = "corrections_chatter_label" if value["id"] else "corrections_chatter_theme_row"
            notices.append(render(key, file=path.name, row=number, column=names["label"]))
        rows.append(
            Correction(
                note_id=value["id"],
                theme=value["theme"],
                label=label,
                row=number,
                members=() if value["id"] else members,
            )
        )
    used = delimiter if delimiter in ",;\t" else ","
    return CorrectionsFile(path, digest, tuple(rows), tuple(notices), used, names)


def _unguard(cell: str) -> str:
    """A cell as report.html's download guards it against formulas (report/cells.py's rule:
    a leading ' before = + - @ tab, CR or '): that one apostrophe dropped, and no other (a
    label typed as `'Lähiruoka' ja kunta` keeps its quote)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS else cell
