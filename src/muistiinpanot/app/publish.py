"""The published side of one clinic, as app/pipeline.py's `process_clinic` calls it: the names
its notes make known, its notes as `--redact` shows them (redacted once a clinic: for the
page's prints and for the files), and its themes, post and trace read as text to publish is
(with the domain's lower-case words and the clinic's known names). The archive's fit reads
labels the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from muistiinpanot.app.models import Models
from muistiinpanot.privacy import (
    clinic_names,
    clinic_redactor,
    domain_words,
    find_published_data,
    known_names,
    marked_names,
    personal_notes,
    published_clinic,
    published_name,
    redact_notes,
    redact_texts,
    replace_spans,
    scrub_themes,
)
from muistiinpanot.records import FALLBACK_LABEL, BlogPost, Clinic, Correction, Note, ThemeResult
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.themes.correction_anchors import split_member
from muistiinpanot.themes.correction_keys import Published
from muistiinpanot.themes.correction_outcome import CorrectionOutcome


def withheld_notes(texts: Sequence[str], models: Models) -> list[bool]:
    """Which note texts hold personal data, read as the post reads notes (Voikko and
    patterns, no NER: summarize's _clear): a label's second noun needs notes besides them."""
    with domain_words(models.domain_words):
        found = find_published_data(texts, models.analyzer, ner=False)
    return [bool(spans) for spans in found]


def known_clinic_names(notes: Sequence[Note], models: Models) -> frozenset[str]:
    """The names the clinic's notes make known, read in all it publishes (privacy/known.py):
    those its notes use in a person's frame ("hohde lupasi": clinic_names, read with the
    words the example notes' writers write in lower case), and those the notes' own detector
    marks in a note as `--redact`'s notes.csv reads it (marked_names: "Into hoitaa
    lupahakemuksen", so that "Into oli sitä mieltä, …" is not published; review 43 #1, #16).
    Of its kept notes and its meeting talk ("kiitos kaikille, hohde lupasi …" names a person
    as a kept note does, and an analyst may bring the note back; review 42 #2), text and
    cleaned text as redact_notes reads them; not its empty notes or repeats."""
    said = [note for note in notes if note.status in ("kept", "chatter")]
    texts = [note.clean_text or note.text for note in said]
    with domain_words(models.domain_words):
        learned = clinic_names(texts, models.analyzer)
    typed = list(dict.fromkeys([*(note.text for note in said), *texts]))
    return learned | marked_names(typed, models.analyzer)


def published_names(models: Models, names: Callable[[], frozenset[str]]) -> Published:
    """A theme's name as its label is published (privacy.published_name, read as
    publish_themes reads labels: the domain's lower-case words and the clinic's known
    `names`, asked for at the first name read): the ids of the themes an analyst names are
    made of it (themes/correction_keys.py; review 51 #2)."""

    def read(name: str) -> str:
        with domain_words(models.domain_words), known_names(names()):
            return published_name(name, models.analyzer)

    return read


def redacted_notes(
    clinic: Clinic, notes: Sequence[Note], models: Models, names: frozenset[str]
) -> tuple[Note, ...]:
    """Every note of the clinic as a `--redact` notes.csv shows it (privacy.redact_notes with
    the clinic's identifier redactor and its known `names`): made once a clinic, for the
    prints the page wrote (shown_prints) and for the files (ClinicOutput.redacted)."""
    redactor = clinic_redactor(clinic, models.analyzer)
    return tuple(redact_notes(notes, models.analyzer, redactor, known=names))


def with_redacted_lemmas(
    notes: Sequence[Note], raw: Sequence[Note], redacted: Sequence[Note]
) -> list[Note]:
    """`notes` (any of `raw`'s, by id: after corrections, say) with the lemmas of their
    `--redact` copies (`redacted`: `raw` through redacted_notes, in its order), so that what
    the archive's fit keeps of the notes (its word weights, labels and keywords) and how a
    clinic's notes are placed in it hold no word the redactor took out (review 45 #2). Ids,
    texts and statuses stay the notes' own."""
    shown = {note.id: copy for note, copy in zip(raw, redacted, strict=True)}
    return [
        replace(note, lemmas=shown[note.id].lemmas, content_lemmas=shown[note.id].content_lemmas)
        for note in notes
    ]


def shown_prints(notes: Sequence[Note], redacted: Sequence[Note] | None) -> dict[str, str] | None:
    """Each kept or chatter note's id → the print of its text as report.html shows it, by
    which the page wrote its corrections (`id#print`): with --redact (`redacted`: `notes`
    through redacted_notes) the redacted text, notes.csv's, so that no print of a raw text is
    published (review 39 #2); else None (the raw text's). Chatter notes too: the page moves
    them into a theme (review 40 #20)."""
    if redacted is None:
        return None
    return {
        note.id: shown.fingerprint
        for note, shown in zip(notes, redacted, strict=True)
        if note.status in ("kept", "chatter")  # both movable
    }


def publish_themes(
    themes: ThemeResult, notes: Sequence[Note], models: Models, names: frozenset[str]
) -> ThemeResult:
    """`themes` without names and personal data in labels and keywords, read as text to publish
    is: with the domain's lower-case words and the `names` the notes make known
    (known_clinic_names). A clinic's publish step and the archive's fit share it."""
    with domain_words(models.domain_words), known_names(names):
        return scrub_themes(themes, notes, models.analyzer)


def publish_clinic(
    clinic: Clinic,
    notes: Sequence[Note],
    themes: ThemeResult,
    models: Models,
    summary: SummarySettings,
    names: frozenset[str],
    pinned: Sequence[str] = (),
    renamed: Sequence[str] = (),
) -> tuple[ThemeResult, BlogPost, dict[str, object]]:
    """The published side of one clinic: its themes without names in labels and keywords,
    and its post and trace, all read as text to publish is (with the domain's lower-case
    words and the clinic's `names`, known_clinic_names). A label the post left out as read
    for a person's name (its bullet without a heading) is the post's nameless heading in the
    themes too, so that themes.csv, summary.json and report.html print no more of it than
    the post (review 71 #3: an analyst's "Mattin ja Tuulian …"). `pinned`: the notes an
    analyst's corrections moved (CorrectionOutcome.corrected), said first, and `renamed` the
    themes an analyst named (CorrectionOutcome.renamed), whose label's notes are (mend159)."""
    themes = publish_themes(themes, notes, models, names)
    with domain_words(models.domain_words), known_names(names):
        published = published_clinic(clinic, clinic_redactor(clinic, models.analyzer))
        written = models.examples.texts if models.examples is not None else ()
        post, trace = summarize_clinic(
            published, notes, themes, models.analyzer, summary, written, pinned, renamed
        )
    withheld = _withheld(trace)
    shown = tuple(
        replace(theme, label=FALLBACK_LABEL, named=False) if theme.id in withheld else theme
        for theme in themes.themes
    )
    cleared = trace.get("privacy")
    posted = cleared.get("notes_with_personal_data", []) if isinstance(cleared, dict) else []
    listed = personal_notes(
        notes, models.analyzer, names, models.domain_words, [str(note_id) for note_id in posted]
    )
    trace = {**trace, "privacy": {"notes_with_personal_data": listed}}
    return replace(themes, themes=shown), post, trace


def _withheld(trace: Mapping[str, object]) -> frozenset[str]:
    """The ids of the themes whose label the post left out as read for a name (the trace's
    `label_left_out`, summarize/choose.py; outputs.withheld_labels reads it for the run)."""
    themes = trace.get("themes")
    return frozenset(
        str(theme["id"])
        for theme in (themes if isinstance(themes, list) else [])
        if isinstance(theme, dict) and theme.get("label_left_out")
    )


def page_rows(
    rows: Sequence[Correction], notes: Sequence[Note], redacted: Sequence[Note] | None
) -> tuple[Correction, ...]:
    """The corrections' `rows` with each id the --redact page wrote (`redacted`: `notes`
    through redacted_notes; a file named after a person is `[nimi-1].md` there) read as the
    note's own id, its print kept, so that a row is found at its note and not called
    relocated (review 42 #8); and each print a page without --redact wrote (of the raw
    text) read as the print --redact shows of that text, so that a note only redaction
    changed is not called edited on its own line (review 43 #20: the prints are compared as
    of before redaction). Without --redact, `rows` as they are."""
    pairs = list(zip(notes, redacted, strict=True)) if redacted is not None else []
    own = {shown.id: note.id for note, shown in pairs if shown.id != note.id}
    raw = _raw_prints(pairs)
    if not own and not raw:
        return tuple(rows)

    def read(entry: str) -> str:
        written, value = split_member(entry, own)
        note_id = own.get(written, written)
        value = raw.get(value.partition("~")[0], value) if value else value
        return f"{note_id}#{value}" if value else note_id

    return tuple(
        replace(row, note_id=read(row.note_id) if row.note_id else "",
                members=tuple(read(member) for member in row.members))
        for row in rows
    )  # fmt: skip


def _raw_prints(pairs: Sequence[tuple[Note, Note]]) -> dict[str, str]:
    """The exact part of each raw text's print that redaction changed → the print --redact
    shows of it, where one print is shown for that text."""
    shown: dict[str, set[str]] = {}
    for note, page in pairs:
        if note.fingerprint != page.fingerprint:
            shown.setdefault(note.fingerprint.partition("~")[0], set()).add(page.fingerprint)
    return {exact: next(iter(prints)) for exact, prints in shown.items() if len(prints) == 1}


#: The fields of a CorrectionOutcome whose lines quote the labels an analyst wrote.
#: (The file reader's notices quote its header, never a label: they are left as written.)
_LABEL_LINES = ("unplaced", "stale", "same_label", "clashes")


def publish_outcome(
    outcome: CorrectionOutcome, models: Models, names: frozenset[str]
) -> CorrectionOutcome:
    """`outcome` with every label an analyst wrote, as its warnings quote it (a theme row that
    found no theme, a stale row, two themes of one label, a clash),
    without names: each name as its placeholder ("uusi-1 ([nimi] ehdotukset)"), read as text
    to publish is and as the notes are, so that summary.json, report.html and the printed
    lines carry none, with `--redact` or without (review 55 #2)."""
    lines = [line for field in _LABEL_LINES for line in getattr(outcome, field)]
    if not lines:
        return outcome
    with domain_words(models.domain_words), known_names(names):
        spans = find_published_data(lines, models.analyzer)
        shown = redact_texts(
            [replace_spans(line, found) for line, found in zip(lines, spans, strict=True)],
            models.analyzer,
        )
    parts = iter(shown)
    shown_lines = {f: tuple(next(parts) for _ in getattr(outcome, f)) for f in _LABEL_LINES}
    return replace(
        outcome,
        unplaced=shown_lines["unplaced"],
        stale=shown_lines["stale"],
        same_label=shown_lines["same_label"],
        clashes=shown_lines["clashes"],
    )
