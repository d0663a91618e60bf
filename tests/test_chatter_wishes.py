"""Chatter: a verbless wish of a good time to those present (chatter.moves.wishes_time,
`[chatter] wish_sign`), with the real analyzer (spaCy + Voikko). Notes written for the tests,
none of a dev round."""

from __future__ import annotations

import pytest

from muistiinpanot.chatter import ChatterSettings, mark_chatter
from muistiinpanot.chatter.moves import wishes_time
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef

WISHES = [
    "hyvää kesää kaikille",
    "kiitos ja hyvää loppuviikkoa",
    "hyvää iltapäivän jatkoa teille",
    "hyvää joulua ja kiitos tästä vuodesta",
]
NO_WISHES = [
    "hyvää yhteistyötä kuntien kanssa",  # a good thing, no time
    "hyvää ruokaa joka päivä",  # the time is no part of the wished thing
    "hyvää iltaa toivottiin kaikille asukkaille",  # a clause: its verb tells of a wish
    "hyvät kesäpäivät lapsille",  # no partitive
    "hyvää palvelua viikonloppuisin",
]


@pytest.mark.parametrize("text", WISHES)
def test_wishes_time_reads_a_wish(text: str, analyzer: LemmaAnalyzer) -> None:
    assert wishes_time(analyzer.analyze([text])[0], analyzer.voikko.analyze)


@pytest.mark.parametrize("text", NO_WISHES)
def test_wishes_time_leaves_other_notes(text: str, analyzer: LemmaAnalyzer) -> None:
    assert not wishes_time(analyzer.analyze([text])[0], analyzer.voikko.analyze)


def test_wish_sign_is_a_setting(analyzer: LemmaAnalyzer) -> None:
    # a sign beside the classifier: the probability must still reach min_probability, so of
    # WISHES only this one and "hyvää joulua ja kiitos tästä vuodesta" (chatter without the
    # sign too) are chatter with it; "hyvää kesää kaikille" stays kept
    text = "hyvää iltapäivän jatkoa teille"
    note = Note("k/a.txt:1", "k", "a", text, SourceRef("a.txt", line=1), clean_text=text)
    notes = lemmatize_notes([note], analyzer)
    assert mark_chatter(notes, analyzer, ChatterSettings(wish_sign=True))[0].status == "chatter"
    # without the farewell reading (chatter.contact.farewell, on: review 75), which takes
    # this verbless wish to those present whatever the sign
    no_farewell = ChatterSettings(farewells=False)
    assert mark_chatter(notes, analyzer, no_farewell)[0].status == "kept"
    assert mark_chatter(notes, analyzer)[0].status == "chatter"
    assert not ChatterSettings().wish_sign  # shipped off: round 30's landing rule
