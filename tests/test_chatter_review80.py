"""Review 80 #3 (mend167; docs/how-it-works.md "Review 80 mends (mend167): chatter"): a meeting
word in the essive under a topical noun is the form the thing takes ("ohjeet kuvina":
instructions as pictures), no act of the meeting (chatter/bind.py rule 8). Notes of our own,
the real analyzer (spaCy parser + Voikko)."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status
from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.lemmatize import LemmaAnalyzer

# each was chatter before rule 8
FORMS_OF_THINGS = [
    "kyltit myös kuvina",
    "opasteet kuvina",
    "ohjeet kuvana",
    "ohjeet kuvina ja isolla fontilla",  # the parser tags "kuvina" an adjective here
]
# the meeting's own pictures and links, in the essive or not, stay chatter
MEETING_TALK = [
    "jaan sen kuvana chattiin",  # the chat is free
    "laitan linkkinä chattiin",
    "kuva jäätyi",
    "näkyykö kuva",
]


@pytest.mark.parametrize("text", FORMS_OF_THINGS)
def test_a_meeting_word_in_the_essive_under_a_topical_noun_is_kept(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert chatter_status(text, analyzer) == "kept"


@pytest.mark.parametrize("text", MEETING_TALK)
def test_the_meetings_pictures_stay_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


def test_essive_forms_is_a_setting(analyzer: LemmaAnalyzer) -> None:
    off = ChatterSettings(essive_forms=False)
    assert chatter_status("kyltit myös kuvina", analyzer, off) == "chatter"
