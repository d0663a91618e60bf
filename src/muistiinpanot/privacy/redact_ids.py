"""Personal data in identifiers: file names, groups, clinic ids and note ids that reach
summary.json, themes.csv and notes.csv get numbered placeholders ("[nimi-1]"), the same name
the same placeholder in every output of a clinic; the run's JSON trace has its ids redacted
the same way."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import cast

from muistiinpanot.privacy.detect import find_published_data
from muistiinpanot.privacy.protocols import PrivacyAnalyzer
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.records import Clinic, Note, ThemeAssignment, ThemeResult

#: Characters of file names and ids read as spaces when looking for names in them.
_SEPARATORS = str.maketrans({c: " " for c in "_-()[]"})
_PIECE_SEPARATORS = re.compile(r"([/\\.:#]+)")
_WORD = re.compile(r"\w+")


class IdentifierRedactor:
    """Replaces personal data in identifiers (file names, groups, clinic ids, note ids) with
    numbered placeholders ("[nimi-1]"), so that redacted ids stay distinct and the same name
    gets the same placeholder in every output of a clinic. An identifier is looked at piece by
    piece (between "/", ".", ":" and "#"); detection runs once per distinct piece, as
    published text is read (the ids reach summary.json and themes.csv)."""

    def __init__(self, analyzer: PrivacyAnalyzer) -> None:
        self.analyzer = analyzer
        self._pieces: dict[str, str] = {}
        self._placeholders: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def redact(self, values: Sequence[str]) -> list[str]:
        """Each value with its personal data replaced (values are looked at together)."""
        pieces = {p for value in values for p in _PIECE_SEPARATORS.split(value)}
        todo = sorted(p for p in pieces if p and p not in self._pieces)
        if todo:
            spaced = [piece.translate(_SEPARATORS) for piece in todo]
            for piece, spans in zip(todo, find_published_data(spaced, self.analyzer), strict=True):
                self._pieces[piece] = self._replace(piece, spans)
        return [
            "".join(self._pieces.get(p, p) for p in _PIECE_SEPARATORS.split(value))
            for value in values
        ]

    def redact_one(self, value: str) -> str:
        return self.redact([value])[0]

    def _replace(self, piece: str, spans: Sequence[PersonalSpan]) -> str:
        parts, position = [], 0
        for span in spans:
            key = (span.kind, " ".join(_WORD.findall(piece[span.start : span.end].casefold())))
            if key not in self._placeholders:
                self._counts[span.kind] = self._counts.get(span.kind, 0) + 1
                self._placeholders[key] = f"[{span.kind}-{self._counts[span.kind]}]"
            parts += [piece[position : span.start], self._placeholders[key]]
            position = span.end
        return "".join(parts) + piece[position:]


def note_identifiers(notes: Sequence[Note]) -> list[str]:
    """The identifiers of `notes` that redact_notes passes to its redactor, in its order: a
    redactor given them numbers their names as redact_notes' redactor did (the placeholders
    follow the order pieces are met), so that notes redacted once match ids redacted later."""
    return [v for n in notes for v in (n.id, n.clinic, n.group, n.source.path)]


def clinic_redactor(clinic: Clinic, analyzer: PrivacyAnalyzer) -> IdentifierRedactor:
    """An identifier redactor for one clinic's outputs; the clinic id is numbered first, so
    every redactor of the clinic gives its names the same placeholders."""
    redactor = IdentifierRedactor(analyzer)
    redactor.redact_one(clinic.id)
    return redactor


def published_clinic(clinic: Clinic, redactor: IdentifierRedactor) -> Clinic:
    """`clinic` as the post may name it: its id (a file or folder name, shown when
    clinic.toml gives no title) without personal data."""
    return dataclasses.replace(clinic, id=redactor.redact_one(clinic.id))


def redact_theme_ids(
    result: ThemeResult, redactor: IdentifierRedactor, *, assignments: bool
) -> ThemeResult:
    """`result` with representative note ids redacted, and the assignments' note ids too when
    `assignments` (the notes they join were redacted)."""
    themes = tuple(
        dataclasses.replace(t, representative_ids=tuple(redactor.redact(t.representative_ids)))
        for t in result.themes
    )
    assigned = result.assignments
    if assignments:
        ids = redactor.redact([a.note_id for a in assigned])
        assigned = tuple(
            ThemeAssignment(new, a.theme, a.score) for a, new in zip(assigned, ids, strict=True)
        )
    return ThemeResult(themes=themes, assignments=assigned)


def redact_trace(
    trace: object,
    known_ids: Iterable[str],
    redactor: IdentifierRedactor,
    *,
    composite: Collection[str] = (),
) -> object:
    """A JSON-able `trace` with every string that is one of `known_ids` (note and clinic
    ids, file paths), as a value or as a dict's key, redacted; only the ids that occur in it
    are looked at. Under the keys `composite` of a dict `trace` (the corrections' 'old →
    new', 'rivi 4 / row 4: id → teema', 'id: a | b'; review 42 #8) each known id inside a
    longer string is redacted too, the longest first, where no word character touches it."""
    known = set(known_ids)
    strings = _strings(trace)
    used = sorted(s for s in strings if s in known)
    table = dict(zip(used, redactor.redact(used), strict=True))
    parts = [trace[key] for key in composite if key in trace] if isinstance(trace, dict) else []
    rest = sorted({s for s in _strings(parts) if s not in known})
    ids = sorted((k for k in known if k), key=lambda k: (-len(k), k))
    if not (rest and ids):
        return _replace_strings(trace, table)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ids)) + r")(?!\w)")
    inside = sorted({m.group() for s in rest for m in pattern.finditer(s)})
    shown = dict(zip(inside, redactor.redact(inside), strict=True))
    embedded = {s: pattern.sub(lambda m: shown[m.group()], s) for s in rest}
    return {
        key: _replace_strings(value, {**table, **embedded} if key in composite else table)
        for key, value in cast(dict[str, object], trace).items()
    }


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):  # keys too: a dict keyed by note id (summary's unsaid_reasons)
        return [s for key, item in value.items() for s in [key, *_strings(item)]]
    return []


def _replace_strings(value: object, table: Mapping[str, str]) -> object:
    if isinstance(value, str):
        return table.get(value, value)
    if isinstance(value, list):
        return [_replace_strings(item, table) for item in value]
    if isinstance(value, dict):
        return {table.get(key, key): _replace_strings(item, table) for key, item in value.items()}
    return value
