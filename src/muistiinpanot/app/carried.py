"""Analysts' corrections carried to later clinics through the archive store.

When the archive has processed a clinic with a corrections.csv, the notes the analyst corrected
are stored (`stored_corrections`): their content lemmas with personal data removed as in a
`--redact` notes.csv, and the theme id and label each note ended in; never the note text. A
later clinic (by clinic date, then id) gets the stored corrections of every earlier done clinic
as labelled examples (`carried_examples`, themes/corrections.py pulls similar notes to them),
and their hash is part of its input fingerprint (archive/fingerprint.py `with_carried`): when
what it would receive changes, it is redone.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.app.pipeline import ClinicOutput
from muistiinpanot.archive.store import StoredCorrection
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import clinic_redactor, redact_notes
from muistiinpanot.themes.corrections import CarriedExample


def stored_corrections(
    output: ClinicOutput, analyzer: LemmaAnalyzer
) -> tuple[StoredCorrection, ...]:
    """The notes of `output` that its analyst corrected, as the store keeps them (redacted)."""
    if output.corrections is None or not output.corrections.corrected:
        return ()
    corrected = set(output.corrections.corrected)
    notes = [note for note in output.notes if note.id in corrected]
    redactor = clinic_redactor(output.clinic, analyzer)
    redacted = redact_notes(notes, analyzer, redactor, known=output.names)
    theme_of = {a.note_id: a.theme for a in output.themes.assignments}
    label_of = {theme.id: theme.label for theme in output.themes.themes}
    return tuple(
        StoredCorrection(
            note_id=safe.id,
            lemmas=tuple(lemma.lower() for lemma in safe.content_lemmas),
            theme=theme_of[note.id],
            label=label_of.get(theme_of[note.id], ""),
        )
        for note, safe in zip(notes, redacted, strict=True)
    )


def carried_examples(rows: Sequence[StoredCorrection]) -> tuple[CarriedExample, ...]:
    """Stored corrections of earlier clinics as labelled examples (those with content
    words)."""
    return tuple(
        CarriedExample(lemmas=row.lemmas, theme=row.theme, label=row.label)
        for row in rows
        if row.lemmas
    )
