"""Round 41 (issue 12): names coordinated with a name found by a late frame, and the chains
the frames broke on; additive rules only. An adverb between "ei ole" and a participle of
telling ("Kwabenalle ei ole vielä kerrottu") no longer hides the one told (`[privacy]
chain_adverbs`); three capitalised words nothing knows as the subject of "jäädä ilman" are a
person's names; a conjunct of a name that a frame read after the first spreading found
("Tsion Bekele ja Odulami kertoivat") is a name too. Firms, places and products in the same
frames stay. The real spaCy and Voikko, sentences of our own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

test_an_adverb_inside_the_negated_passive_of_telling = finds(
    [
        ("Kwabenalle ei ole vielä kerrottu päätöksestä.", "Kwabenalle"),
        ("Fatimalle ei ole enää ilmoitettu mitään.", "Fatimalle"),
        ("Omarilta ei ole koskaan kysytty mielipidettä.", "Omarilta"),
        ("Sita Gurungille ei ole vielä kerrottu.", "Sita Gurungille"),
    ],
    modes=BOTH_MODES,
)


test_a_firm_or_a_place_told_with_an_adverb_stays = leaves(
    [
        ("Huaweille ei ole vielä kerrottu.", "Huaweille"),
        ("Spotifylle ei ole enää ilmoitettu vikaa.", "Spotifylle"),
        ("Accralle ei ole vielä kerrottu.", "Accralle"),
        ("Accralle ei ole koskaan ilmoitettu.", "Accralle"),
    ],
    modes=BOTH_MODES,
)


@pytest.mark.parametrize("cautious", [False, True])
def test_three_words_nothing_knows_left_without(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    text = "Tsion Bekele Tesfaye jäi ilman tulkkia."
    assert covered(analyzer, text, "Tsion Bekele Tesfaye", cautious=cautious)


test_a_place_a_firm_or_a_product_left_without_stays = leaves(
    [
        ("Phnom Penh jäi ilman sähköä.", "Phnom Penh"),
        ("Lidl Plus jäi ilman asiakkaita.", "Lidl Plus"),
        ("Bangkok Airways jäi ilman lupaa.", "Bangkok Airways"),
        ("Xiaomi Redmi Note jäi ilman päivitystä.", "Xiaomi Redmi Note"),
        ("Power Automate jäi ilman tukea.", "Power Automate"),
        ("Kylä jäi ilman junaa.", "Kylä"),
    ],
    modes=BOTH_MODES,
)


test_a_conjunct_of_a_name_a_late_frame_found = finds(
    [
        ("Tsion Bekele ja Odulami kertoivat tilanteesta.", "Odulami"),
        ("Babatunden ja Oluwaseunin serkku tuli mukaan.", "Babatunden"),
    ],
    modes=BOTH_MODES,
)


test_a_firm_a_place_or_a_word_beside_a_name_stays = leaves(
    [
        ("Tsion Bekele ja Nokia kertoivat tilanteesta.", "Nokia"),
        ("Hiwot Tesfaye ja Helsinki osallistuivat.", "Helsinki"),
        ("Sita Gurungille ja Kelalle kerrottiin.", "Kelalle"),
        ("Tuuli ja sade haittasivat ulkotapahtumaa.", "sade"),
        ("Pekka ja kahvinkeitin olivat keittiössä.", "kahvinkeitin"),
        ("Usva ja Sade laskeutuivat laaksoon.", "Usva"),
    ],
    modes=BOTH_MODES,
)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kwabenalle ei ole vielä kerrottu päätöksestä.", "Kwabenalle"),
        ("Sita Gurungille ei ole vielä kerrottu.", "Sita Gurungille"),
    ],
)
def test_the_chain_adverbs_setting_reaches_the_rule(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, cautious=False)
    configure_privacy(analyzer, PrivacySettings(chain_adverbs=0))
    assert not touched(analyzer, text, piece, cautious=False)
