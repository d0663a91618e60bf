"""Records passed between stages. All frozen: a stage returns changed copies, never mutates.

Data flows one way: ingest → normalize → lemmatize → themes → label → summarize → report.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from muistiinpanot.vectorize import NoteSpace

NoteStatus = Literal["kept", "empty", "duplicate", "chatter"]
ThemeKind = Literal["seeded", "emergent", "muu"]

#: Id of the honest "fits nothing" theme.
NO_THEME = "muu"
#: The theme of a corrections row that sets a note aside as meeting talk (review 40 #20): the
#: note gets status `chatter`; report.html's move select offers it beside the themes.
CHATTER_THEME = "kokouspuhe"

#: Column order of notes.csv (theme columns are empty for notes that were set aside).
NOTES_COLUMNS = (
    "id",
    "clinic",
    "group",
    "text",
    "lemmas",
    "status",
    "theme",
    "theme_label",
    "score",
)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a note came from: `path` relative to the clinic folder (POSIX separators),
    `line` for text files (1-based physical line), `row` for tables as the user sees it (a
    CSV's file line where the row starts, a sheet's own row number, a JSON object's number)."""

    path: str
    line: int | None = None
    row: int | None = None

    def locator(self) -> str:
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.row is not None:
            return f"{self.path}:{self.row}"
        return self.path


@dataclass(frozen=True, slots=True)
class Contact:
    """The published contact person of a clinic (from clinic.toml [contact])."""

    name: str = ""
    role: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Clinic:
    """Clinic metadata from clinic.toml. `id` is the folder name unless clinic.toml sets it;
    `date` is ISO yyyy-mm-dd or empty when unknown."""

    id: str
    title: str = ""
    date: str = ""
    topic: str = ""
    organiser: str = ""
    contact: Contact = field(default_factory=Contact)
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """One note as a group typed it. `id` is stable across runs (clinic + file + line or row,
    never run order); `text` is the raw text with only the bullet mark removed; `clean_text`
    is the normalized text (NFC, whitespace) set by normalize; `lemmas` holds the lemma of every
    word in order, each compound followed by its parts; `content_lemmas` keeps only content
    words (nouns, verbs, adjectives, names and compound parts, no stop words) for themes;
    `status` is kept, empty, duplicate or chatter (about the meeting itself: chatter/mark.py);
    `duplicate_of` names the kept note it repeats; `parent` names the note a sub-bullet hangs
    under (Markdown nested bullets)."""

    id: str
    clinic: str
    group: str
    text: str
    source: SourceRef
    clean_text: str = ""
    lemmas: tuple[str, ...] = ()
    content_lemmas: tuple[str, ...] = ()
    status: NoteStatus = "kept"
    duplicate_of: str | None = None
    parent: str | None = None

    @property
    def fingerprint(self) -> str:
        """A short print of the note's text, by which a corrections row's id is checked to
        still name the same note (a line deleted above it moves a `file:line` id onto another
        note): 8 hex digits of the sha1 of its casefolded words, then `~` and a sketch of its
        words (16 hex digits: a 64-bit set, one bit for each word, by its sha1), by which a
        note edited in place is told from another note (review 39 #3): the Jaccard overlap
        of two sketches estimates that of the two notes' word sets."""
        words = self.text.casefold().split()
        exact = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:8]
        bits = 0
        for word in set(words):
            bits |= 1 << int(hashlib.sha1(word.encode("utf-8")).hexdigest()[:8], 16) % 64
        return f"{exact}~{bits:016x}"


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file found in the input that was not read as notes: `path` relative to the folder
    given (POSIX separators; a folder ends in '/'), `reason` the Finnish / English text."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ClinicNotes:
    """A clinic with every note read from its folder (or from a single file), and the files
    of the folder that were left unread, each with its reason."""

    clinic: Clinic
    notes: tuple[Note, ...]
    skipped: tuple[SkippedFile, ...] = ()


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of one run. `kind` is seeded (models/themes.toml), emergent (`uusi-N`) or muu.
    `keywords` are the most distinctive lemmas, as the pipeline reads them (the summary's
    naming notes, the archive's links); `shown_keywords` those published (themes.csv,
    report.html, notes.xlsx: `published_keywords`), without a compound's part no note says
    alone (keywords.keyword_lists; None: the same as `keywords`); `representative_ids` the most
    typical and mutually different notes, best first. `named` is False for an emergent theme that no
    distinctive noun names (its label is the fallback, "Muita nostoja: …"); `edited` True for
    a label an analyst gave (review 70 #3: the post prints it as written)."""

    id: str
    label: str
    kind: ThemeKind
    label_en: str = ""
    size: int = 0
    share: float = 0.0
    keywords: tuple[str, ...] = ()
    representative_ids: tuple[str, ...] = ()
    named: bool = True
    #: the label is an analyst's (a rename of corrections.csv): published as written
    edited: bool = False
    shown_keywords: tuple[str, ...] | None = None

    @property
    def published_keywords(self) -> tuple[str, ...]:
        """The keywords people are shown (review 80: "kulunvalvonta", not "kulku")."""
        return self.keywords if self.shown_keywords is None else self.shown_keywords


#: The fallback label of an emergent theme no distinctive noun names (themes `label_fallback`'s
#: default): "Muita nostoja", or "Muita nostoja: puu, budjetti" with its two commonest nouns.
FALLBACK_LABEL = "Muita nostoja"


def is_placeholder_label(label: str) -> bool:
    """Whether `label` has the fallback's own form ("Muita nostoja", "Muita nostoja: puu,
    budjetti"); an analyst's label with a colon ("Kirjasto: tilat ja aula") has not."""
    return label == FALLBACK_LABEL or label.startswith(f"{FALLBACK_LABEL}:")


def unnamed_theme_name(label: str) -> str:
    """The name every review surface (report.html, notes.xlsx, the archive's trends.csv and
    report.html) gives an emergent theme no noun names, from its fallback label ("Muita
    nostoja: info, jatko" → "Nimeämätön teema (info, jatko)"): a theme still to be named,
    not a heading (review 40 #25, review 46 #2)."""
    words = label.partition(":")[2].strip()
    return f"Nimeämätön teema ({words})" if words else "Nimeämätön teema"


@dataclass(frozen=True, slots=True)
class ThemeAssignment:
    """The theme of one kept note, with a score in [0, 1] (how well the note fits it)."""

    note_id: str
    theme: str
    score: float


@dataclass(frozen=True, slots=True)
class ThemeResult:
    """Output of the themes stage for one clinic: themes sorted by size (muu last) and one
    assignment per kept note."""

    themes: tuple[Theme, ...]
    assignments: tuple[ThemeAssignment, ...]
    #: The kept notes' vectors in the themes stage's space (vectorize.note_space; rows in the
    #: order of the notes' sorted ids), which the report's map reuses; None when not made.
    vectors: npt.NDArray[np.float64] | None = field(default=None, compare=False)
    #: That space itself (its `vectors` are the rows above), in which a note restored from
    #: meeting talk by an analyst's corrections is embedded for the map (review 42 #7); None
    #: when not made. The archive's fitted themes keep the stage's.
    space: NoteSpace | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Bullet:
    """One highlight of the summary and the note ids it was built from."""

    theme: str
    heading: str
    text: str
    note_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlogPost:
    """The summary in the clinic blog's form. Every text here is safe to publish: personal
    data has been removed before the post was built."""

    title: str
    lead: str
    paragraphs: tuple[str, ...]
    highlights_heading: str
    bullets: tuple[Bullet, ...]
    closing: str
    contact_heading: str
    contact_lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Correction:
    """One row of an analyst's corrections.csv: note `note_id` belongs to theme `theme` (an
    existing theme id, or a new theme's name); `label` renames that theme when given. `row` is
    the 1-based data row in the file, for messages.

    A theme row has no `note_id`: it renames `theme` to `label` (or, without a label, only
    anchors it) without confirming any note; `members` are the ids of the notes the theme held
    in the run the analyst reviewed, by which a later run finds the theme again when its
    clusters are numbered anew (themes/correction_matching.py)."""

    note_id: str
    theme: str
    label: str = ""
    row: int = 0
    members: tuple[str, ...] = ()

    @property
    def is_theme_row(self) -> bool:
        return not self.note_id
