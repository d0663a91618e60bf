"""Review 80 #1 and #4 (mend166; real spaCy and Voikko, sentences of our own): a note an
analyst vouched for (moved into a theme, or a label note of a theme they named) has its
verbless noun phrase read as a wish though it names no action or goal, while a finding
stays none; and a verbless front before "niin" without its comma is read as the post reads
it with the comma (openers.consequence_front, then wishes.verbless_wish), never offered
whole. On lead 26c09bed the vouched and comma tests fail (no `vouched`, no
`consequence_comma`; the whole sentence "… kuntoon niin vierailu helpottuu" was offered)."""

from __future__ import annotations

import functools

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize import analyst
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.settings import SummarySettings


def _note(text: str) -> Note:
    return Note(id="k:r1:1", clinic="k", group="r1", text=text, source=SourceRef("r1.txt", 1))


def _clauses(pieces: tuple[Piece, ...]) -> list[str]:
    return [p.span.text for p in pieces if p.kind == "clause"]


def _vouched(analyzer: LemmaAnalyzer, text: str, vouched: bool) -> list[str]:
    note = _note(text)
    ids = {note.id} if vouched else set()
    return _clauses(parse_pieces([Cleared(note, (text,))], analyzer, vouched=ids)[note.id])


def _moved(analyzer: LemmaAnalyzer, text: str) -> list[str]:
    note = _note(text)
    moves = analyst.Moves(
        pinned=frozenset({note.id}), ranks={"teema": {note.id: analyst.CORRECTED}}
    )
    parse = functools.partial(parse_pieces, analyzer=analyzer)
    settings = SummarySettings()
    found = analyst.with_whole_pieces(
        parse, moves, analyzer.voikko, settings, [Cleared(note, (text,))]
    )
    return [p.span.text for p in found.get(note.id, ())]


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("selkeät ohjeet, myös videoina", "Toivottiin selkeitä ohjeita, myös videoina."),
        ("isot opasteet, myös kuvina", "Toivottiin isoja opasteita, myös kuvina."),
    ],
)
def test_a_vouched_noun_phrase_is_read_as_a_wish(
    analyzer: LemmaAnalyzer, text: str, wish: str
) -> None:
    assert _vouched(analyzer, text, vouched=True) == [wish]
    assert _vouched(analyzer, text, vouched=False) == []  # not vouched: no wish, as before


@pytest.mark.parametrize("text", ["tiedotus huonoa", "kahvio – ei kasvisvaihtoehtoa"])
def test_a_vouched_finding_is_still_no_wish(analyzer: LemmaAnalyzer, text: str) -> None:
    assert _vouched(analyzer, text, vouched=True) == []


def test_the_comma_before_a_consequence(analyzer: LemmaAnalyzer) -> None:
    speller = analyzer.voikko
    assert (
        analyst.consequence_comma("parkkipaikka kuntoon niin asiakkaat tulevat", speller)
        == "parkkipaikka kuntoon, niin asiakkaat tulevat"
    )
    assert (
        analyst.consequence_comma("opasteet pitää korjata niin vierailu helpottuu", speller) is None
    )
    assert (
        analyst.consequence_comma("parkkipaikka kuntoon, niin asiakkaat tulevat", speller) is None
    )


def test_a_moved_verbless_wish_before_niin_is_read_as_its_wish(analyzer: LemmaAnalyzer) -> None:
    said = _moved(analyzer, "pysäköinti ja opasteet kuntoon niin vierailu helpottuu")
    assert said == ["Toivottiin pysäköintiä ja opasteita kuntoon."]


def test_a_moved_front_that_is_no_wish_is_not_offered_whole(analyzer: LemmaAnalyzer) -> None:
    said = _moved(analyzer, "pysäköinti huono niin asiakkaat eivät tule")
    assert not any("niin" in text for text in said)
