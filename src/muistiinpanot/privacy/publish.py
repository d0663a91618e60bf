"""Personal data at the publication boundary: notes for `--redact` (every column), identifiers
that embed file names, theme labels and keywords, the run's JSON trace, and the final check of
the post."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import cast

from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.detect import find_personal_data, find_published_data, privacy_settings
from muistiinpanot.privacy.known import known_name_spans
from muistiinpanot.privacy.lemmas import (
    banned_words,
    is_personal_word,
    keep_lemmas,
    near_banned,
    note_span_lemmas,
)
from muistiinpanot.privacy.protocols import PrivacyAnalyzer, RedactingAnalyzer
from muistiinpanot.privacy.spans import PersonalSpan, merge_spans, replace_spans
from muistiinpanot.records import BlogPost, Clinic, Note, ThemeAssignment, ThemeResult

#: Characters of file names and ids read as spaces when looking for names in them.
_SEPARATORS = str.maketrans({c: " " for c in "_-()[]"})
_PIECE_SEPARATORS = re.compile(r"([/\\.:#]+)")
_WORD = re.compile(r"\w+")


class PersonalDataLeak(RuntimeError):
    """A detector fired on a text of a finished post: a bug in the summary, never bad input."""


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


def redact_notes(
    notes: Sequence[Note],
    analyzer: RedactingAnalyzer,
    redactor: IdentifierRedactor | None = None,
    *,
    known: frozenset[str] = frozenset(),
) -> list[Note]:
    """Copies of `notes` with personal data removed from every column notes.csv shows: `text`
    and `clean_text` get placeholders, the lemmas of the removed words leave `lemmas` and
    `content_lemmas`, and `id`, `clinic`, `group`, `source` and `duplicate_of` go through the
    identifier redactor. `known`: the names the clinic's notes make known (clinic_names),
    removed in every case form as the post's checks remove them ("kysytään hohteelta")."""
    redactor = redactor or IdentifierRedactor(analyzer)
    texts = [n.text for n in notes] + [n.clean_text for n in notes]
    found = [
        merge_spans(text, [*spans, *known_name_spans(text, analyzer.voikko, known)])
        for text, spans in zip(texts, find_personal_data(texts, analyzer), strict=True)
    ]
    redactor.redact(note_identifiers(notes))
    nearness = privacy_settings(analyzer).lemma_nearness
    analysed = note_span_lemmas(notes, found, analyzer)
    result = []
    for index, note in enumerate(notes):
        text_spans, clean_spans = found[index], found[len(notes) + index]
        banned = banned_words(note.text, text_spans, analyzer.voikko)
        banned |= banned_words(note.clean_text, clean_spans, analyzer.voikko)
        banned |= analysed.get(index, set())
        result.append(
            dataclasses.replace(
                note,
                id=redactor.redact_one(note.id),
                clinic=redactor.redact_one(note.clinic),
                group=redactor.redact_one(note.group),
                text=replace_spans(note.text, text_spans),
                clean_text=replace_spans(note.clean_text, clean_spans),
                source=dataclasses.replace(note.source, path=redactor.redact_one(note.source.path)),
                lemmas=keep_lemmas(note.lemmas, banned, analyzer.voikko, nearness=nearness),
                content_lemmas=keep_lemmas(
                    note.content_lemmas, banned, analyzer.voikko, nearness=nearness
                ),
                duplicate_of=(
                    redactor.redact_one(note.duplicate_of) if note.duplicate_of else None
                ),
            )
        )
    return result


def note_identifiers(notes: Sequence[Note]) -> list[str]:
    """The identifiers of `notes` that redact_notes passes to its redactor, in its order: a
    redactor given them numbers their names as redact_notes' redactor did (the placeholders
    follow the order pieces are met), so that notes redacted once match ids redacted later."""
    return [v for n in notes for v in (n.id, n.clinic, n.group, n.source.path)]


def scrub_themes(
    result: ThemeResult, notes: Sequence[Note], analyzer: PrivacyAnalyzer
) -> ThemeResult:
    """Themes whose labels and keywords carry no personal data: name words and words that the
    notes use inside personal data (a name, an address, an e-mail), read as published text
    is and as the notes' own detector reads them (`--redact`'s notes.csv), leave the
    keywords, and names leave the labels (a label left empty becomes "Nimetön teema")."""
    voikko = analyzer.voikko
    keywords = {k for theme in result.themes for k in theme.keywords}
    named = {k for k in keywords if is_personal_word(k, voikko)}
    named |= _used_in_personal_data(keywords - named, notes, analyzer)
    labels = [t.label for t in result.themes] + [t.label_en for t in result.themes]
    label_spans = find_published_data(labels, analyzer)
    count = len(result.themes)
    themes = [
        dataclasses.replace(
            theme,
            keywords=tuple(k for k in theme.keywords if k not in named),
            label=_strip_names(theme.label, label_spans[i], "Nimetön teema"),
            label_en=_strip_names(theme.label_en, label_spans[count + i], "Unnamed theme"),
        )
        for i, theme in enumerate(result.themes)
    ]
    return dataclasses.replace(result, themes=tuple(themes))


def published_name(name: str, analyzer: PrivacyAnalyzer) -> str:
    """A theme's `name` as scrub_themes publishes it as a label, without its names ("" when
    nothing is left): the id of a theme an analyst names is made of it (review 51 #2)."""
    return _strip_names(name, find_published_data([name], analyzer)[0], "")


def _used_in_personal_data(
    words: set[str], notes: Sequence[Note], analyzer: PrivacyAnalyzer
) -> set[str]:
    """Those of `words` that a note using them (by lemma) uses in personal data: as a name
    ("kysy toivolta"), in an address, an e-mail... Voikko and patterns look at every such note
    as published text is read, NER only at those using a word that can be a name; and every
    such note is read as the notes are (find_personal_data, NER included: as `--redact`'s
    notes.csv reads it, and as the clinic's known names read every note before, so from the
    detector's memo), so that no keyword is a word a note shows as "[nimi]" ("Anna Kotipelto
    kertoi": "kotipelto", a common noun to Voikko that the known names leave out as a word
    of people; review 51 #1)."""
    voikko = analyzer.voikko
    maybe_names = {w for w in words if classify_word(w, voikko)[0] in ("weak", "unknown")}
    users = [n for n in notes if words & {lemma.casefold() for lemma in n.lemmas}]
    texts = [n.clean_text or n.text for n in users]
    with_ner = [bool(maybe_names & {x.casefold() for x in n.lemmas}) for n in users]
    found = find_published_data(texts, analyzer, ner=False)
    read = find_personal_data(texts, analyzer)
    ner_texts = [t for t, flag in zip(texts, with_ner, strict=True) if flag]
    ner_found = iter(find_published_data(ner_texts, analyzer))
    used: set[str] = set()
    for note, text, spans, marked, flag in zip(users, texts, found, read, with_ner, strict=True):
        spans = [*spans, *marked, *(next(ner_found) if flag else [])]
        banned = banned_words(text, spans, voikko)
        used |= banned
        if banned:  # a lemma guessed for a name ("kakkainen" for "karkkaiselta")
            near = privacy_settings(analyzer).lemma_nearness
            used |= {x.casefold() for x in note.lemmas if near_banned(x.casefold(), banned, near)}
    return words & used


def _strip_names(label: str, spans: Sequence[PersonalSpan], empty: str) -> str:
    if not spans:
        return label
    text = replace_spans(label, spans, {kind: "\0" for kind in _KINDS})
    words = [w for w in re.split(r"\s+", text) if w and "\0" not in w]
    while words and words[0].casefold() in _JOINERS:
        words.pop(0)
    while words and words[-1].casefold() in _JOINERS:
        words.pop()
    cleaned = " ".join(words).strip(" ,;:-–")
    return cleaned[:1].upper() + cleaned[1:] if cleaned else empty


_KINDS = ("nimi", "sähköposti", "puhelin", "henkilötunnus", "tilinumero", "osoite")
_JOINERS = frozenset({"ja", "sekä", "tai", "and", "or", "&", ","})


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
    ids, file paths) redacted; only the ids that occur in it are looked at. Under the keys
    `composite` of a dict `trace` (the corrections' 'old → new', 'rivi 4 / row 4: id →
    teema', 'id: a | b'; review 42 #8) each known id inside a longer string is redacted too,
    the longest first, where no word character touches it."""
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
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


def _replace_strings(value: object, table: Mapping[str, str]) -> object:
    if isinstance(value, str):
        return table.get(value, value)
    if isinstance(value, list):
        return [_replace_strings(item, table) for item in value]
    if isinstance(value, dict):
        return {key: _replace_strings(item, table) for key, item in value.items()}
    return value


def check_post(post: BlogPost, analyzer: PrivacyAnalyzer, *, allowed: Iterable[str] = ()) -> None:
    """Re-scan every text of `post` except the contact block as published text is read
    (find_published_data, as every earlier check of the post's texts); raise
    PersonalDataLeak (naming the field and the kind, never the data) when a detector fires."""
    fields: list[tuple[str, str]] = [("title", post.title), ("lead", post.lead)]
    fields += [(f"paragraphs[{i}]", text) for i, text in enumerate(post.paragraphs)]
    fields.append(("highlights_heading", post.highlights_heading))
    for i, bullet in enumerate(post.bullets):
        fields += [(f"bullets[{i}].heading", bullet.heading), (f"bullets[{i}].text", bullet.text)]
    fields.append(("closing", post.closing))
    found = find_published_data([text for _, text in fields], analyzer, allowed=allowed)
    leaks = [
        f"{name}: {span.kind}"
        for (name, _), spans in zip(fields, found, strict=True)
        for span in spans
    ]
    if leaks:
        raise PersonalDataLeak("personal data in the summary: " + "; ".join(leaks))
