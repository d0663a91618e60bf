"""Which pieces a note offers a bullet (real spaCy parser and Voikko): a colon list names what
verbless notes name; a noun phrase lifted out of a clause would leave its point behind."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Avoin tiedonjako kaikkien yksiköiden kesken.", True),
        ("Budjettivalmistelun luvut julkisiksi.", True),
        # the object of a verb: "varmat tulokset" alone says nothing of the demand
        ("Johtoryhmä haluaa kokeiluja, mutta vaatii samalla varmat tulokset.", False),
        ("Lupasimme asukkaille palautteen kyselyn tuloksista.", False),
    ],
)
def test_parse_pieces_phrases_only_of_verbless_notes(
    analyzer: LemmaAnalyzer, sentence: str, listed: bool
) -> None:
    note = Note("n1", "c", "g", sentence, SourceRef("f.txt", 1))
    (found,) = parse_pieces([Cleared(note, (sentence,))], analyzer).values()
    assert any(p.kind == "phrase" for p in found) is listed
