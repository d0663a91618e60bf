"""Review 79 #1 (mend164; real spaCy and Voikko): a modal's infinitive phrase keeps an adverb
of its verb that Voikko reads in a lative case (illative or allative: "selville", "pystyyn",
"päälle"), not only the particles of lexicons/direction.toml; none of the words below is in
that list. Sentences of our own; on lead f17ce7a3 the first three fail (the adverb was cut:
"ottaa hinnat" for "ottaa hinnat selville")."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces


def _infinitives(analyzer: LemmaAnalyzer, text: str) -> list[str]:
    note = Note(id="k:r1:1", clinic="k", group="r1", text=text, source=SourceRef("r1.txt", 1))
    pieces = parse_pieces([Cleared(note, (text,))], analyzer)[note.id]
    return [p.span.text for p in pieces if p.kind == "infinitive"]


@pytest.mark.parametrize(
    ("text", "phrase", "adverb"),
    [
        # conditionals: an indicative necessive gives no infinitive piece (review 84 #2)
        ("vuokrat täytyisi ottaa selville ennen kokousta", "ottaa vuokrat selville", "selville"),
        ("kirpputori pitäisi panna pystyyn syksyllä", "panna kirpputori pystyyn", "pystyyn"),
        ("lämmöt pitäisi laittaa päälle aamuisin", "laittaa lämmöt päälle", "päälle"),
    ],
)
def test_lative_adverb_stays_with_its_verb(
    analyzer: LemmaAnalyzer, text: str, phrase: str, adverb: str
) -> None:
    assert adverb not in read_lexicon("direction")["particles"]["words"]
    found = _infinitives(analyzer, text)
    assert len(found) == 1
    assert found[0].startswith(phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("pitäisi myös kysyä asukkailta", "kysyä asukkailta"),
        ("pitäisi vihdoin ottaa asukkaat mukaan", "ottaa asukkaat mukaan"),
    ],
)
def test_other_adverbs_still_left_out(analyzer: LemmaAnalyzer, text: str, phrase: str) -> None:
    assert _infinitives(analyzer, text) == [phrase]
