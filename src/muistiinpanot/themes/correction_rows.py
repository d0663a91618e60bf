"""An analyst's corrections rows resolved (step 1 of themes/corrections.py): each note row's
theme key, each theme's label, the unknown ids and clashes, and each theme row's members;
and the key a correction carried from an earlier clinic has here. Keys of the analyst's
emergent themes start with '*' (`*uusi-2`): this run's clusters are numbered anew and are
matched to them later (correction_matching.py)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.records import CHATTER_THEME, Correction, Theme

EMERGENT = re.compile(r"^uusi-(\d+)$")
#: An id the pipeline numbers (`uusi-N` a run's, `arkisto-N` the archive's fitted model's;
#: themes/fitted.PREFIX): a near one is another theme, never the one meant (review 48 #1).
NUMBERED = re.compile(r"^(uusi|arkisto)-\d+$")


@dataclass(frozen=True, slots=True)
class CarriedExample:
    """A correction carried from an earlier clinic: the note's content lemmas, the theme id
    and label the analyst gave it."""

    lemmas: tuple[str, ...]
    theme: str
    label: str = ""


def theme_key(name: str) -> str:
    """The id of a new theme named `name`: lowercase words joined by '-'."""
    words = re.findall(r"\w+", name.lower())
    return "-".join(words) or "oma"


def run_clinic(prints: Collection[str]) -> str:
    """The clinic of this run's note ids (their one first part), or '' if none or several."""
    clinics = {note_id.partition("/")[0] for note_id in prints if "/" in note_id}
    return next(iter(clinics)) if len(clinics) == 1 else ""


def at_home(note_id: str, clinic: str) -> str:
    """`note_id` read in `clinic` (run_clinic): an id whose first part names another clinic
    folder gets `clinic` as its first part (the folder was renamed: review 40 #27)."""
    head, slash, rest = note_id.partition("/")
    return f"{clinic}/{rest}" if clinic and slash and head != clinic else note_id


def foreign_file(
    rows: Sequence[Correction], others: Collection[str], refused: int, share: float
) -> bool:
    """Whether a corrections file whose ids were made for another clinic (`others`,
    correction_anchors.PlacedRows.other_clinics) belongs to that clinic, not to this folder
    renamed (review 41 #5): fewer than `share` of its printed note rows (`id#print`) were
    found here, `refused` of them not (their text is gone or on several notes)."""
    printed = sum(not row.is_theme_row and "#" in row.note_id for row in rows)
    return bool(others) and printed > 0 and printed - refused < share * printed


def check_theme_ids(
    rows: Sequence[Correction],
    themes: Mapping[str, Theme],
    also: Collection[str] = (),
    source: Path | str | None = None,
    delimiter: str = ",",
    aliases: Mapping[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
) -> None:
    """Raise InputError (naming `source` and the row) for the first note row whose theme is
    written as an id (lowercase words joined by '-', as `theme_key` makes them) that names
    no theme: not this run's (`themes`), not an emergent `uusi-N`, not a theme's label, not
    meeting talk, not a theme that a row of the file makes (a row with a label, as the
    page writes a new theme, or a row naming a theme by its name, "Osallisuus") nor one of
    `also` (the seeded themes' ids, themes carried from an earlier clinic). An analyst's
    typo ("siilto") would otherwise become a theme of its own (review 45). The message's
    example row is written with the file's `delimiter` (review 47 #3). A numbered id
    (`uusi-N`, `arkisto-N`) gets no near match: 'arkisto-5' is another theme, not a typo
    of 'arkisto-4' (review 48 #1); its message lists the numbered ids and tells to write a
    new theme's name (`id,Oma nimi`), not to label the number (review 49 #1: a row
    `id,arkisto-4,Oma nimi` made a theme of that id). `aliases`: the id a name made → the id
    its theme gets (correction_keys.published_keys), which names it too. `columns`: each
    column's name as the file's header writes it (ingest/corrections.column_names: `teema`,
    `nimi` in a Finnish header; review 53 #2), for the advice's header and columns."""
    labels = {theme.label.casefold() for theme in themes.values()}
    made = {theme_key(r.theme) for r in rows if r.label or theme_key(r.theme) != r.theme}
    known = {*themes, *made, *also, *(aliases or {}).values()}
    for row in rows:
        name = row.theme
        if (
            row.is_theme_row
            or row.label
            or name in known
            or name.casefold() in labels
            or name.casefold() == CHATTER_THEME
            or EMERGENT.match(name)
            or theme_key(name) != name
        ):
            continue
        sep = delimiter if delimiter in ",;" else "<tab>"
        names = {"id": "id", "theme": "theme", "label": "label", **(columns or {})}
        header = sep.join(names[column] for column in ("id", "theme", "label"))
        if NUMBERED.match(name):
            numbered = sorted((k for k in known if NUMBERED.match(k)), key=_number_order)
            raise InputError(
                "corrections_unknown_numbered",
                path=source,
                row=row.row or None,
                theme=name,
                numbered=_listed(numbered, themes) or "–",
                known=_listed(sorted(k for k in known if not NUMBERED.match(k)), themes) or "–",
                sep=sep,
                theme_column=names["theme"],
            )
        # a misspelt label ("hygeinia") is suggested as the label, a misspelt id as the id
        written = {theme.label.casefold(): theme.label for theme in themes.values()}
        found = difflib.get_close_matches(name, sorted(known | set(written)), n=1, cutoff=0.75)
        near = [x if x in known else written[x] for x in found]
        key = "corrections_unknown_theme_near" if near else "corrections_unknown_theme"
        raise InputError(
            key,
            path=source,
            row=row.row or None,
            theme=name,
            known=_listed(sorted(known), themes),
            near=near[0] if near else "",
            note=row.note_id or "id",  # the row as it would read corrected (review 53 #10)
            sep=sep,
            header=header,
            label_column=names["label"],
        )


def _listed(ids: Sequence[str], themes: Mapping[str, Theme]) -> str:
    """The ids as a message lists them, each with its label beside it where the run knows
    one ("uusi-9 (Esteettömyys)"; review 54 #4: a bare number said nothing)."""
    return ", ".join(
        f"{key} ({themes[key].label})" if key in themes and themes[key].label else key
        for key in ids
    )


def _number_order(theme_id: str) -> tuple[str, int]:
    """'arkisto-4' before 'arkisto-12'."""
    prefix, _, number = theme_id.rpartition("-")
    return prefix, int(number)


def resolve_rows(
    rows: Sequence[Correction],
    original: Mapping[str, str],
    themes: Mapping[str, Theme],
    aliases: Mapping[str, str] | None = None,
) -> tuple[
    dict[str, str], dict[str, str], tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...]]
]:
    """(note id → theme key, theme key → label, unknown ids, clashes, theme key → the
    members of its theme row) from the rows. Keys of the analyst's emergent themes start
    with '*' (`*uusi-2`): this run's clusters are numbered anew and are matched to them
    later. A theme is named by its id, its label (any case) or a name whose id
    (`theme_key`) is its id ("Siilot" is siilot): that names the theme and renames nothing
    (review 49 #3: it relabelled siilot "Siilot" and reported no rename); only a row's
    label renames a theme. `aliases`: the id a name made → the id its theme gets
    (correction_keys.published_keys: no name in it); a row naming either id alone gives
    the theme no label (its name does)."""
    aliases = aliases or {}
    by_label = {theme.label.casefold(): emergent_key(theme.id, themes) for theme in themes.values()}
    pinned: dict[str, str] = {}
    labels: dict[str, str] = {}
    explicit: dict[str, str] = {}
    unknown: list[str] = []
    clashes: list[str] = []
    members_of: dict[str, tuple[str, ...]] = {}
    for row in rows:
        if not row.is_theme_row and row.note_id not in original:
            unknown.append(row.note_id)
            continue
        if row.theme.casefold() == CHATTER_THEME:
            if not row.is_theme_row:  # meeting talk is no theme: no label, no members
                _pin(pinned, clashes, row.note_id, CHATTER_THEME)
            continue
        if row.theme in themes or EMERGENT.match(row.theme):
            key = emergent_key(row.theme, themes)
        elif row.theme.casefold() in by_label:
            key = by_label[row.theme.casefold()]
        elif theme_key(row.theme) in themes:  # "Siilot" names siilot (review 49 #3)
            key = emergent_key(theme_key(row.theme), themes)
        else:
            key = aliases.get(theme_key(row.theme), theme_key(row.theme))
            if row.theme not in aliases and row.theme not in aliases.values():
                labels.setdefault(key, row.theme)
        if row.is_theme_row:
            members_of[key] = row.members
        else:
            _pin(pinned, clashes, row.note_id, key)
        if row.label:
            if key in explicit and explicit[key] != row.label:
                clashes.append(f"{key.lstrip('*')}: {explicit[key]} | {row.label}")
            explicit[key] = labels[key] = row.label
    unique = tuple(dict.fromkeys(unknown)), tuple(dict.fromkeys(clashes))
    return pinned, labels, *unique, members_of


def _pin(pinned: dict[str, str], clashes: list[str], note_id: str, key: str) -> None:
    """Note `note_id` given theme `key`; a second, different theme is a clash (the later wins)."""
    if note_id in pinned and pinned[note_id] != key:
        clashes.append(f"{note_id}: {pinned[note_id].lstrip('*')} | {key.lstrip('*')}")
    pinned[note_id] = key


def emergent_key(theme: str, themes: Mapping[str, Theme]) -> str:
    return f"*{theme}" if EMERGENT.match(theme) else theme


def carried_key(example: CarriedExample) -> str:
    """A carried example's theme in this clinic: `uusi-N` ids are local to their clinic, so
    such a theme travels by its label (and not at all without one)."""
    if EMERGENT.match(example.theme):
        return theme_key(example.label) if example.label else ""
    return example.theme
