"""The archive's lemma cache under `--redact`: no row of a word the redactor took out.

The store's `lemma_cache` keeps Voikko's results by word form, so a name met in a note
("Laaksonen", "Pekalle", a file named "Pekka Laaksonen.md") would be a row of its own, with
its analysis as a surname, in a store that `--redact` promises holds no raw name. A form the
redactor marked is left out of the cache rather than stored under its placeholder: the cache
is looked up by the form as written, so a row keyed `[nimi]` would never be found (and the
analyses of different names would share it), while leaving a form out costs one Voikko call
(a few µs) when a clinic that uses it is redone.

What the redactor marked is read from the clinic's notes beside their redacted copies
(app/publish.redacted_notes): the words of each note's text, clean text and identifiers that
its redacted copy does not have (a name, an e-mail address's parts, a phone number's
digits), and the names the clinic's notes make known. A cache row is left out when its form
is such a word or has one among its words (an e-mail address as Voikko was asked it); when a
string of its value is one (an analysis whose base form is the name, a suggestion); and when
its form is such a word of letters with an ending shorter than the word (a case form,
"Pekalle" aside, or the lemmatizer's probe "laaksoneni"), or the word cut short by less than
half (the stem probed for a name Voikko does not know: "heikkise" of "Heikkiseltä"; mend89).
A longer word that begins with one ("pekkaspäivä", or "tarpeeks" after a marked "t") stays.

An analyst's `corrections.csv` is read too (review 44 #5): its ids name files ("w/Otso
Virtanen.txt:3") and its labels may name people ("Kanervan ehdotukset"), and the run analyses
their words. The words the identifier redactor takes out of the rows' ids and members, and
those the publisher's detector marks in their themes and labels (a label is published text),
and in the labels carried from earlier clinics, are marked as well (`correction_words`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from muistiinpanot.archive.cache_words import value_strings, words_of
from muistiinpanot.archive.store import Store
from muistiinpanot.ingest.corrections import CorrectionsFile
from muistiinpanot.privacy import IdentifierRedactor, find_published_data
from muistiinpanot.privacy.protocols import PrivacyAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes.correction_rows import CarriedExample

CacheEntries = dict[str, dict[str, Any]]


def marked_words(
    notes: Sequence[Note], redacted: Sequence[Note], names: Iterable[str] = ()
) -> frozenset[str]:
    """The words (casefolded) the redactor took out of `notes` (`redacted`: the same notes as
    --redact shows them), and the clinic's known `names`."""
    marked = {name.casefold() for name in names}
    for note, shown in zip(notes, redacted, strict=True):
        for raw, public in (
            (note.text, shown.text),
            (note.clean_text, shown.clean_text),
            (note.id, shown.id),
            (note.group, shown.group),
            (note.source.path, shown.source.path),
        ):
            if raw != public:
                marked |= words_of(raw) - words_of(public)
    return frozenset(marked)


def correction_words(
    corrections: CorrectionsFile | None,
    carried: Iterable[CarriedExample],
    analyzer: PrivacyAnalyzer,
) -> frozenset[str]:
    """The words (casefolded) the redactor takes out of an analyst's `corrections` (the rows'
    ids and members as identifiers, their themes and labels as published text) and of the
    labels of the corrections `carried` from earlier clinics."""
    rows = corrections.rows if corrections is not None else ()
    ids = sorted({i for row in rows for i in (row.note_id, *row.members) if i})
    said = {t for row in rows for t in (row.theme, row.label) if t}
    texts = sorted(said | {example.label for example in carried if example.label})
    marked: set[str] = set()
    if ids:
        for raw, shown in zip(ids, IdentifierRedactor(analyzer).redact(ids), strict=True):
            marked |= words_of(raw) - words_of(shown)
    found = find_published_data(texts, analyzer) if texts else []
    for text, spans in zip(texts, found, strict=True):
        for span in spans:
            marked |= words_of(text[span.start : span.end])
    return frozenset(marked)


def public_entries(
    entries: Mapping[str, Mapping[str, Any]], marked: frozenset[str]
) -> CacheEntries:
    """`entries` ({kind: {form: value}}, VoikkoCache.dump) without the rows that name a word
    of `marked` (see the module docstring)."""
    letters = tuple(word for word in marked if word.isalpha())

    def names(form: str, value: Any) -> bool:
        folded = form.casefold()
        if folded in marked or not words_of(folded).isdisjoint(marked):
            return True  # the word, or a form that holds it ("jussi.nieminen@example.fi")
        if any(text.casefold() in marked for text in value_strings(value)):
            return True  # an analysis's base form, a suggestion
        # the word with an ending: a case form, the lemmatizer's probe "laaksoneni"; or cut
        # short by less than half: the stem probed for a name Voikko lacks ("heikkise")
        return any(
            (folded.startswith(w) and len(folded) < 2 * len(w))
            or (w.startswith(folded) and 2 * len(folded) > len(w))
            for w in letters
        )

    return {
        kind: {form: value for form, value in values.items() if not names(form, value)}
        for kind, values in entries.items()
    }


def stale_cache_rows(store: Store, marked: frozenset[str]) -> list[tuple[str, str]]:
    """The store's lemma cache rows (kind, form) that `public_entries` would leave out for
    `marked`, whichever run wrote them: a store an older version filled under --redact
    (before mend84, or from the corrections' words before mend89) keeps such rows, and
    `INSERT OR IGNORE` never replaces them (review 44 #4). Found by the cache's word index
    (archive/cache_words.py): a row `public_entries` leaves out is indexed under a marked
    word, under a word beginning with a marked word of letters (shorter than twice it), or
    under a marked word cut short by less than half; those candidates are then filtered by
    `public_entries` itself, so the rows are exactly its (archive27; the substring scan
    before it missed the cut-short stems, "heikkise")."""
    if not marked:
        return []
    letters = [word for word in marked if word.isalpha()]
    stems = {w[:size] for w in letters for size in range(len(w) // 2 + 1, len(w))}
    candidates = store.cache_rows_keyed(marked | stems, starts=letters)
    kept = public_entries(candidates, marked)
    return sorted(
        (kind, form) for kind, rows in candidates.items() for form in rows if form not in kept[kind]
    )
