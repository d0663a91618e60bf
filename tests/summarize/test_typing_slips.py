"""Round 24 (summary26): a word Voikko rejects is "fixed" only as a typing slip would have
made it. A suggestion that substitutes letters is taken only when each pair is a letter with
and without its dots or neighbours on a keyboard row; otherwise it is another word offered
for a spoken or unknown one, and the note's word stays (real Voikko; fresh sentences, none of
a dev clinic's notes)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # spoken or slang words Voikko lacks: its suggestion is another word, so none is taken
        ("safka oli taas kylmää", "Safka oli taas kylmää."),  # not "sarka"
        ("ostari on iltaisin hiljainen", "Ostari on iltaisin hiljainen."),  # not "osteri"
        ("lähäri on kiinni koko kesän", "Lähäri on kiinni koko kesän."),  # not "lämäri"
        # a neighbouring key on the row is a slip, and the right word is taken
        ("päätöd tuli liian myöhään", "Päätös tuli liian myöhään."),  # not "päätöt"
        # slips that were fixed before are fixed still: a neighbour, dots, a letter added
        ("keskustrlu jäi kesken", "Keskustelu jäi kesken."),
        ("kylalla ei ole kauppaa", "Kylällä ei ole kauppaa."),
        ("ajanvarsus ei toimi", "Ajanvaraus ei toimi."),
        # the spoken "takas" is "takaisin" (lexicons/tidy.toml), not Voikko's "talas"
        (
            "vuokraaja lupasi tuoda avaimet takas huomenna",
            "Vuokraaja lupasi tuoda avaimet takaisin huomenna.",
        ),
    ],
)
def test_only_typing_slips_are_fixed(analyzer: LemmaAnalyzer, note: str, expected: str) -> None:
    assert " ".join(tidy_note(note, analyzer.voikko)) == expected
