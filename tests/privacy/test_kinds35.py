"""Round 30's kinds (docs/privacy.md, "Round 30"): what blind round 19 still missed, as
classes. Beside their counter-cases, the real spaCy and Voikko, both modes, sentences of
our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # a verb of telling's past passive participle is the verb: the negated and the
        # perfect passive ("ei ilmoitettu", "on kerrottu")
        ("Usvalle ei ilmoitettu ajoissa", "Usvalle"),
        ("Intolle on kerrottu uudesta vuorosta", "Intolle"),
        # a register name keeps its stem where the word changes it ("lumelle", "suven")
        ("Lumille pitää muistuttaa avaimista", "Lumille"),
        ("Suvin lapset tulevat mukaan", "Suvin"),
    ],
)
def test_a_register_name_told_or_owning(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("kunnalle ei kerrottu asiasta", "kunnalle"),
        ("Lumelle ei voi mitään", "Lumelle"),
        ("lumille ei kerrottu mitään", "lumille"),
        ("Illalle luvattiin ukkosta", "Illalle"),
    ],
)
def test_no_recipient_where_no_name(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious)
