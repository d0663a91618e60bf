"""Fill Note.lemmas and Note.content_lemmas for kept notes."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from muistiinpanot.content import content_lemmas
from muistiinpanot.lemmatize.analyzer import LemmaAnalyzer
from muistiinpanot.lemmatize.tokens import LemmaToken
from muistiinpanot.records import Note


def lemmatize_notes(notes: Sequence[Note], analyzer: LemmaAnalyzer) -> list[Note]:
    """Return copies of `notes` with lemmas filled in; notes set aside keep empty lemmas."""
    kept = [note for note in notes if note.status == "kept"]
    analyses = analyzer.analyze([note.clean_text or note.text for note in kept])
    by_id = {note.id: tokens for note, tokens in zip(kept, analyses, strict=True)}
    result = []
    for note in notes:
        tokens = by_id.get(note.id)
        if tokens is None:
            result.append(note)
            continue
        result.append(
            dataclasses.replace(
                note, lemmas=_all_lemmas(tokens), content_lemmas=content_lemmas(tokens)
            )
        )
    return result


def _all_lemmas(tokens: Sequence[LemmaToken]) -> tuple[str, ...]:
    lemmas: list[str] = []
    for token in tokens:
        if token.is_punct:
            continue
        lemmas.append(token.lemma)
        lemmas.extend(token.compound_parts)
    return tuple(lemmas)
