"""Review 81 #1 and #3 (mend169; real spaCy and Voikko): an analyst's move is no wish cue. A
verbless line of a moved note is said "Toivottiin …" only with a cue a wish has (a goal, an
action noun, or, for a vouched note with `[summary] vouched_wishes`, a form asked for
besides the one it has: an essive with "myös"); without one it is a finding and no wish.
`[summary] analyst_comma` turns off the comma read before "niin". On lead 8aee7d4e the
review's lines were published as wishes ("Toivottiin vuokria korkeat keskustassa.") and
neither setting existed."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize import analyst
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.settings import SummarySettings


def _moved(analyzer: LemmaAnalyzer, text: str, **changed: bool) -> list[str]:
    note = Note(id="k:r1:1", clinic="k", group="r1", text=text, source=SourceRef("r1.txt", 1))
    moves = analyst.Moves(
        pinned=frozenset({note.id}), ranks={"teema": {note.id: analyst.CORRECTED}}
    )
    parse = functools.partial(parse_pieces, analyzer=analyzer)
    settings = dataclasses.replace(SummarySettings(), **changed)
    found = analyst.with_whole_pieces(
        parse, moves, analyzer.voikko, settings, [Cleared(note, (text,))]
    )
    return [p.span.text for p in found.get(note.id, ()) if p.kind == "clause"]


@pytest.mark.parametrize(
    "text",
    [
        # review 81's lines
        "vuokrat korkeat keskustassa",
        "kyläkoulu lakkautuslistalla",
        "naapurin koira pihalla",
        "uimahalli remontissa ensi vuonna",
        "pelkät aikuiset paikalla",
        # ours: an essive of time with "myös" and a place, a place alone
        "sauna remontissa myös ensi kesänä",
        "kirjasto kauppakeskuksessa",
    ],
)
def test_a_moved_finding_is_no_wish(analyzer: LemmaAnalyzer, text: str) -> None:
    assert not any(said.startswith("Toivottiin") for said in _moved(analyzer, text))


@pytest.mark.parametrize(
    ("text", "wish"),
    [
        ("lomakkeet myös paperisina", "Toivottiin lomakkeita myös paperisina."),
        ("selkeät kyltit, myös kuvina", "Toivottiin selkeitä kylttejä, myös kuvina."),
        ("Selkeät kyltit, myös kuvina.", "Toivottiin selkeitä kylttejä, myös kuvina."),
    ],
)
def test_a_moved_form_asked_for_is_a_wish(analyzer: LemmaAnalyzer, text: str, wish: str) -> None:
    assert _moved(analyzer, text) == [wish]
    assert _moved(analyzer, text, vouched_wishes=False) == []  # the setting turns it off


def test_a_moved_goal_is_a_wish_without_the_setting(analyzer: LemmaAnalyzer) -> None:
    said = "Toivottiin penkkejä uimahallin aulaan."
    assert _moved(analyzer, "penkit uimahallin aulaan", vouched_wishes=False) == [said]


def test_the_comma_before_niin_is_a_setting(analyzer: LemmaAnalyzer) -> None:
    text = "pysäköinti ja opasteet kuntoon niin vierailu helpottuu"
    assert _moved(analyzer, text) == ["Toivottiin pysäköintiä ja opasteita kuntoon."]
    assert _moved(analyzer, text, analyst_comma=False) != [
        "Toivottiin pysäköintiä ja opasteita kuntoon."
    ]
