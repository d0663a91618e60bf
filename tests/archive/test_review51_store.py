"""Review 51 #3 (mend106): a first archive run stored in the lemma cache every form the process
had analysed, the example notes' words with the clinics' (two 12-note clinics: 18,583 analyses
where their own words and lemmas were 112). The store caches what the archive analyses: the
forms of the clinics' notes, as written and in lower case, and their lemmas (real Voikko,
real SQLite; the fixture archive's notes)."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.config import RunSettings


def test_a_first_run_stores_only_the_forms_of_the_clinics_notes(
    run_settings: RunSettings,
) -> None:
    run_archive(run_settings, ArchiveSettings())
    with closing(sqlite3.connect(run_settings.out / "archive.sqlite")) as conn:
        stored = {
            kind: {
                form
                for (form,) in conn.execute("SELECT form FROM lemma_cache WHERE kind = ?", (kind,))
            }
            for kind in ("analyze", "spell")
        }
        notes = conn.execute("SELECT text, clean_text, lemmas FROM notes").fetchall()
    own: set[str] = set()
    for text, clean, lemmas in notes:
        for word in re.findall(r"\w+", f"{text} {clean or ''}"):
            own |= {word, word.lower()}
        own |= {lemma for lemma in (lemmas or "").split()}
        own |= {lemma.lower() for lemma in (lemmas or "").split()}
    assert stored["analyze"] and stored["analyze"] <= own, sorted(stored["analyze"] - own)[:20]
    assert stored["spell"] <= own
    # every word of the notes is there to be read by the next run
    words = {w.lower() for text, _, _ in notes for w in re.findall(r"\w+", text)}
    assert words <= stored["analyze"] | {w for w in words if w.isdigit()}
