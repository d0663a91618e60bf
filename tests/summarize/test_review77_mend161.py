"""Review 77's reversed cut (mend161; real spaCy and Voikko). Written in sentences of our own
(not the review's notes, not benchmark data), both ways: a modal's infinitive phrase keeps
the verb's particle ("pois", "ulos", "talteen": lexicons/direction.toml `particles`) with
what hangs on it; a sentence adverb ("myös") is still left out; a phrase too long with its
particle is not offered rather than cut before it."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces


def _infinitives(analyzer: LemmaAnalyzer, text: str) -> list[str]:
    note = Note(id="k:r1:1", clinic="k", group="r1", text=text, source=SourceRef("r1.txt", 1))
    pieces = parse_pieces([Cleared(note, (text,))], analyzer)[note.id]
    return [p.span.text for p in pieces if p.kind == "infinitive"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "autot pitäisi saada pois keskustan kaduilta, muuten kukaan ei kävele",
            "saada autot pois keskustan kaduilta",
        ),
        # conditionals: an indicative necessive gives no infinitive piece (review 84 #2)
        ("roskat pitäisi viedä ulos pihalta", "viedä roskat ulos pihalta"),
        ("vanhat tiedostot täytyisi ottaa talteen", "ottaa vanhat tiedostot talteen"),
    ],
)
def test_particle_stays_with_its_verb(analyzer: LemmaAnalyzer, text: str, phrase: str) -> None:
    assert _infinitives(analyzer, text) == [phrase]


def test_sentence_adverb_still_left_out(analyzer: LemmaAnalyzer) -> None:
    assert _infinitives(analyzer, "pitäisi myös kysyä asukkailta") == ["kysyä asukkailta"]


def test_too_long_with_its_particle_is_not_offered(analyzer: LemmaAnalyzer) -> None:
    text = "vanhat tuolit pitää viedä pois koulun isosta salista heti ensi kevään aikana"
    assert _infinitives(analyzer, text) == []
