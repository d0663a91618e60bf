"""The notes cleared for the post: each note tidied, every sentence in which a detector
fires trimmed or dropped, and notes that are no prose (markup, formulas, links) left out —
the step `post.summarize_clinic` runs before any bullet is written."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from muistiinpanot.privacy import find_published_data, trim_sentences
from muistiinpanot.records import Note
from muistiinpanot.summarize.casing import normalise_casing
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.tidy import tidy_note
from muistiinpanot.summarize.topicclause import topic_clause

_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyäö")

#: Text that is not prose a group wrote: HTML/XML tags, spreadsheet formulas, links.
NOT_PROSE = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|^\s*[=+@]|\b[A-Z]+\(|https?://|\bwww\.")


def note_text(note: Note) -> str:
    """The note's text as cleaned at ingest, else as written."""
    return note.clean_text or note.text


def clear_notes(
    notes: Sequence[Note],
    kept: Sequence[Note],
    analyzer: SummaryAnalyzer,
    comparative_reach: int = DEFAULT_SETTINGS.comparative_reach,
    passive_conditionals: bool = DEFAULT_SETTINGS.passive_conditionals,
) -> tuple[list[Cleared], set[str]]:
    """Tidy `notes` and drop from every sentence in which a detector fires (raw or tidied
    text) the piece it fires on, or the whole sentence (privacy.trim_sentences);
    also the ids of the notes where one fired. Voikko and patterns only: NER runs on the
    composed bullets (bullets.build_bullet) and the post (check_post), the text that is
    published, not on every note. `comparative_reach`, `passive_conditionals`: tidy's
    (`[summary]`)."""
    vocabulary = Counter(word.lower() for note in kept for word in _WORD.findall(note_text(note)))
    cased = [normalise_casing(note_text(note), analyzer.voikko) for note in notes]  # "SIILOT …"
    tidied = [
        [
            topic_clause(s, analyzer.voikko, lambda tail: analyzer.parse([tail])[0])
            for s in tidy_note(
                text,
                analyzer.voikko,
                vocabulary=vocabulary + _read_as(note, analyzer),
                comparative_reach=comparative_reach,
                passive_conditionals=passive_conditionals,
            )
        ]
        for text, note in zip(cased, notes, strict=True)
    ]  # "Osallisuus: hallitus kirjoittaa …" read as its clause (topicclause.py)
    raw = find_published_data([note_text(note) for note in notes], analyzer, ner=False)
    flat = [sentence for sentences in tidied for sentence in sentences]
    hits = iter(find_published_data(flat, analyzer, ner=False))
    cleared: list[Cleared] = []
    flagged: set[str] = set()
    for note, sentences, raw_spans in zip(notes, tidied, raw, strict=True):
        found = [next(hits) for _ in sentences]  # and "tepa" tidied to "Taepa": privacy
        published = trim_sentences(sentences, found, note_text(note), raw_spans, analyzer)
        clean = tuple(s for s in published if s is not None)
        if NOT_PROSE.search(note_text(note)):  # markup, formulas, links: not a point to publish
            clean = ()
        cleared.append(Cleared(note, clean))
        if raw_spans or tuple(sentences) != clean:
            flagged.add(note.id)
    return cleared, flagged


def _read_as(note: Note, analyzer: SummaryAnalyzer) -> Counter[str]:
    """The words the lemmatizer read the note's typos as, where the correction is certain
    (review 43 #10): a word Voikko rejects, one of whose suggestions is a lemma of the note
    and restores the "i" of a diphthong that spoken Finnish drops ("vahinkoilmotus" →
    vahinkoilmoitus; not "toisiokäyttölaki" → "tosiokäyttölaki", a letter removed, nor
    "hoitoisuusluokka" → "hoitorisuusluokka", a consonant added). They count as used words
    of the clinic, so tidy writes the typo as that word."""
    lemmas = set(note.lemmas)
    found: Counter[str] = Counter()
    for word in _WORD.findall(note_text(note)):
        lower = word.lower()
        if not lemmas or len(lower) < 4 or analyzer.voikko.spell(lower):
            continue
        found.update(
            s for s in analyzer.voikko.suggest(lower) if s in lemmas and _i_dropped(lower, s)
        )
    return found


def _i_dropped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with the "i" of a diphthong dropped, as spoken Finnish drops
    it ("ilmotus" for "ilmoitus", "ilmottaa" for "ilmoittaa")."""
    return len(word) == len(typed) + 1 and any(
        word[k] == "i" and word[k - 1] in _VOWELS and word[:k] + word[k + 1 :] == typed
        for k in range(1, len(word))
    )
