"""Personal data at the publication boundary: notes for `--redact` (every column), theme
labels and keywords, and the final check of the post (identifiers that embed file names and
the run's JSON trace: redact_ids.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from muistiinpanot.privacy.detect import find_personal_data, find_published_data, privacy_settings
from muistiinpanot.privacy.known import known_name_spans, known_names
from muistiinpanot.privacy.lemmas import (
    banned_words,
    is_personal_word,
    keep_lemmas,
    near_banned,
    note_span_lemmas,
)
from muistiinpanot.privacy.protocols import Analyses, PrivacyAnalyzer, RedactingAnalyzer
from muistiinpanot.privacy.redact_ids import IdentifierRedactor, note_identifiers
from muistiinpanot.privacy.spans import PersonalSpan, merge_spans, replace_spans
from muistiinpanot.privacy.usage import domain_words
from muistiinpanot.records import FALLBACK_LABEL, BlogPost, Note, Theme, ThemeResult


class PersonalDataLeak(RuntimeError):
    """A detector fired on a text of a finished post: a bug in the summary, never bad input."""


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
    found = note_spans([n.text for n in notes] + [n.clean_text for n in notes], analyzer, known)
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


def note_spans(
    texts: Sequence[str], analyzer: PrivacyAnalyzer, known: frozenset[str] = frozenset()
) -> list[list[PersonalSpan]]:
    """The personal data the notes' own detector finds in each of `texts`, as notes are read
    (find_personal_data: NER, not cautious) with the `known` names the clinic's notes make
    known: redact_notes' reading, and so what `--redact` takes out of notes.csv; summary.json's
    list of the notes with personal data reads every note so (personal_notes)."""
    return [
        merge_spans(text, [*spans, *known_name_spans(text, analyzer.voikko, known)])
        for text, spans in zip(texts, find_personal_data(texts, analyzer), strict=True)
    ]


def personal_notes(
    notes: Sequence[Note],
    analyzer: PrivacyAnalyzer,
    names: frozenset[str],
    domain: frozenset[str],
    posted: Sequence[str] = (),
) -> list[str]:
    """The ids of every note of the clinic in which the notes' own detector (note_spans, as
    `--redact`'s notes.csv reads notes, raw and cleaned text) or the publisher's reading
    (as the post clears notes: without NER, with the domain's words `domain` and the clinic's
    `names`) finds personal data, whatever stage set the note aside (meeting talk, `muu`, a
    theme the post did not choose, a repeat), with `posted`, those the post's clearing found
    (a tidied sentence too): summary.json's `privacy.notes_with_personal_data`, sorted. It
    was the post's clearing alone, which reads only the notes its bullets may be built from
    (review 72: two contact lines and a lower-case name left out). The texts are read
    already (known_clinic_names, withheld_notes, the clearing): the detector's memo holds
    most of them. app/publish.py wires it."""
    detected = note_spans(
        [note.text for note in notes] + [note.clean_text for note in notes], analyzer, names
    )
    with domain_words(domain), known_names(names):
        published = find_published_data(
            [note.clean_text or note.text for note in notes], analyzer, ner=False
        )
    count = len(notes)
    found = {
        note.id
        for k, note in enumerate(notes)
        if detected[k] or detected[count + k] or published[k]
    }
    return sorted(found.union(posted))


def scrub_themes(
    result: ThemeResult, notes: Sequence[Note], analyzer: PrivacyAnalyzer
) -> ThemeResult:
    """Themes whose labels and keywords carry no personal data: name words and words that the
    notes use inside personal data (a name, an address, an e-mail), read as published text
    is and as the notes' own detector reads them (`--redact`'s notes.csv), leave the
    keywords, and a label with personal data is withheld whole (_withheld)."""
    voikko = analyzer.voikko
    keywords = {k for t in result.themes for k in (*t.keywords, *t.published_keywords)}
    named = {k for k in keywords if is_personal_word(k, voikko)}
    label_words = [_label_words(t.label, voikko) for t in result.themes]
    used = _used_in_personal_data(keywords - named, notes, analyzer, set().union(*label_words))
    named |= used & keywords
    labels = [t.label for t in result.themes] + [t.label_en for t in result.themes]
    label_spans = find_published_data(labels, analyzer)
    count = len(result.themes)
    themes = [
        _withheld(
            dataclasses.replace(
                theme,
                keywords=tuple(k for k in theme.keywords if k not in named),
                shown_keywords=None
                if theme.shown_keywords is None
                else tuple(k for k in theme.shown_keywords if k not in named),
            ),
            bool(label_spans[i] or label_spans[count + i] or label_words[i] & used),
        )
        for i, theme in enumerate(result.themes)
    ]
    return dataclasses.replace(result, themes=tuple(themes))


def _withheld(theme: Theme, found: bool) -> Theme:
    """`theme` with its label withheld whole when personal data is `found` in it (or in its
    English), never cut around the name: a cut keeps the words next to it, and those may be a
    name the detector missed (review 71: "Mattin ja Tuulian …" cut to "Tuulian …"; mend146).
    It becomes the post's nameless heading, its bullet without one; the analyst's own label
    stays only in the unpublished corrections file. The run warns of it by theme id
    (app/pipeline.py)."""
    if not found:
        return theme
    return dataclasses.replace(theme, label=FALLBACK_LABEL, label_en="", named=False)


def published_name(name: str, analyzer: PrivacyAnalyzer) -> str:
    """A theme's `name` as scrub_themes publishes it as a label, without its names ("" when
    nothing is left): the id of a theme an analyst names is made of it (review 51 #2)."""
    return _strip_names(name, find_published_data([name], analyzer)[0], "")


def _label_words(label: str, voikko: Analyses) -> set[str]:
    """The content words of a label, lower-case, as written and by Voikko's base forms
    ("Arvon kuivaus" → arvon, arvo, kuivaus): a word with a reading of a conjunction, a
    pronoun, an adverb or an adposition ("ja", "sekä") is left out, for a span of two names
    holds them too ("Matti ja Liisa"). Base forms come only from singular readings of no
    verb: a person's name is a singular noun, and a plural's or a verb's base ("arvot":
    "arvo", "arpoa") would withhold a label that names no one ("Yhteiset arvot",
    "Kirjaston sadut" beside a note's "Arvo", "Satu"; review 95 #2, privacy94)."""
    found: set[str] = set()
    for word in _WORD.findall(label):
        readings = voikko.analyze(word)
        if any(a.get("CLASS") in _FUNCTION_CLASSES for a in readings):
            continue
        found.add(word.casefold())
        found.update(
            a.get("BASEFORM", "").casefold()
            for a in readings
            if a.get("NUMBER", "singular") == "singular" and a.get("CLASS") != "teonsana"
        )
    found.discard("")
    return found


def _used_in_personal_data(
    words: set[str],
    notes: Sequence[Note],
    analyzer: PrivacyAnalyzer,
    label_words: AbstractSet[str] = frozenset(),
) -> set[str]:
    """Those of `words` that a note using them (by lemma) uses in personal data: as a name
    ("kysy toivolta"), in an address, an e-mail... Every such note is read as published text
    is, by Voikko and patterns (no NER), and as the notes are (find_personal_data, NER
    included: as `--redact`'s notes.csv reads it, and as the clinic's known names read every
    note before, so from the detector's memo), so that no keyword is a word a note shows as
    "[nimi]" ("Anna Kotipelto kertoi": "kotipelto", a common noun to Voikko that the known
    names leave out as a word of people; review 51 #1). A third reading, as published text
    with NER of the notes using a word that may be a name, decided no keyword over the 104
    dev clinics and the archive tests (house30) and is gone. `label_words` (a label's words
    and base forms, _label_words) are read so too, and those used so are returned with them
    (privacy91: "mestari arvo lindholm" keeps "arvo" out of a label as out of keywords)."""
    voikko = analyzer.voikko
    words = words | label_words
    users = [n for n in notes if words & {lemma.casefold() for lemma in n.lemmas}]
    texts = [n.clean_text or n.text for n in users]
    found = find_published_data(texts, analyzer, ner=False)
    read = find_personal_data(texts, analyzer)
    used: set[str] = set()
    for note, text, spans, marked in zip(users, texts, found, read, strict=True):
        banned = banned_words(text, [*spans, *marked], voikko)
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


#: a word of a label, as lemmas.banned_words splits a span's
_WORD = re.compile(r"\w+")
#: Voikko's classes of a function word, never a label's word read against a span
_FUNCTION_CLASSES = frozenset({"sidesana", "asemosana", "seikkasana", "suhdesana", "kieltosana"})
_KINDS = ("nimi", "sähköposti", "puhelin", "henkilötunnus", "tilinumero", "osoite")
_JOINERS = frozenset({"ja", "sekä", "tai", "and", "or", "&", ","})


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
