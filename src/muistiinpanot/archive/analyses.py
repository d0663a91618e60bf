"""Each clinic's analysis for `--fit archive`, kept in the store so that a refit analyses only
the clinics that changed (table `analyses`, schema version 6).

A row per clinic: `key` (its input hash and the settings hash: the analysis half of the
pipeline depends on nothing else) and `notes`, the clinic's kept notes that no seeded theme
claimed, as JSON (every field of the Note; plain data, never a pickle). The store keeps the
notes' text anyway (table `notes`); with `output.redact` nothing is kept here (the text would
not be redacted), and every refit analyses every clinic again.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from muistiinpanot.archive.store import Store
from muistiinpanot.records import Note, SourceRef


def analysis_key(input_hash: str, config_hash: str) -> str:
    """What a clinic's stored analysis is valid for."""
    return f"{input_hash}:{config_hash}"


def load_analyses(store: Store, keys: Mapping[str, str]) -> dict[str, tuple[Note, ...]]:
    """The stored notes of each clinic in `keys` ({clinic id: key}) whose key still matches."""
    found: dict[str, tuple[Note, ...]] = {}
    for clinic_id, key, notes in store.conn.execute("SELECT clinic_id, key, notes FROM analyses"):
        if keys.get(clinic_id) == key:
            found[clinic_id] = tuple(_note(clinic_id, item) for item in json.loads(notes))
    return found


def save_analysis(store: Store, clinic_id: str, key: str, notes: Sequence[Note]) -> None:
    """Keep (replace) one clinic's analysis, in one transaction."""
    text = json.dumps([_row(note) for note in notes], ensure_ascii=False)
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", (clinic_id, key, text))


def forget_analyses(store: Store, keep: Collection[str]) -> None:
    """Drop the analyses of clinics not in `keep` (gone from the archive)."""
    with store.transaction() as conn:
        for (clinic_id,) in conn.execute("SELECT clinic_id FROM analyses").fetchall():
            if clinic_id not in keep:
                conn.execute("DELETE FROM analyses WHERE clinic_id = ?", (clinic_id,))


def _row(note: Note) -> dict[str, Any]:
    return {
        "id": note.id, "group": note.group, "text": note.text,
        "source": [note.source.path, note.source.line, note.source.row],
        "clean_text": note.clean_text, "lemmas": list(note.lemmas),
        "content_lemmas": list(note.content_lemmas), "status": note.status,
        "duplicate_of": note.duplicate_of, "parent": note.parent,
    }  # fmt: skip


def _note(clinic_id: str, item: dict[str, Any]) -> Note:
    path, line, row = item["source"]
    return Note(
        id=item["id"],
        clinic=clinic_id,
        group=item["group"],
        text=item["text"],
        source=SourceRef(path, line, row),
        clean_text=item["clean_text"],
        lemmas=tuple(item["lemmas"]),
        content_lemmas=tuple(item["content_lemmas"]),
        status=item["status"],
        duplicate_of=item["duplicate_of"],
        parent=item["parent"],
    )
