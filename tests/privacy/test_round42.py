"""Round 42 (issue 12): the person frames of rounds 33 and 39 for a given name that is also a
word, typed in lower case, and leaving studies for a word of nature; additive rules only.
A lower-case word of the population register is a person as the subject of queueing or
joining a queue, or of leaving studies unfinished, and as the allative right after a
recipient word (privacy/lower_frames.py); a word of nature leaving a school, not a match or
work, unfinished is a person too (given_kinds.quits). Weather, feelings and words for people
in the same frames are the counter-cases. The real spaCy and Voikko, sentences of our own
(none is a row of a dev set); `[privacy] lower_case_frames` turns the lower-case frames off."""

from __future__ import annotations

import pytest
from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

test_a_lower_case_word_name_in_a_persons_frame = finds(
    [
        ("eilen usva jäi jonoon terveysaseman ovelle", "usva"),
        ("kaisla jonotti ruokajakoon kaksi tuntia", "kaisla"),
        ("kiitos voitolle kun toi tuolit", "voitolle"),
        ("kiitos armaalle kun kävi kaupassa", "armaalle"),
        ("valo jätti ammattikoulun kesken", "valo"),
        ("tuuli jätti lukion kesken viime keväänä", "tuuli"),
    ],
    modes=BOTH_MODES,
)


test_a_word_of_nature_leaving_studies = finds(
    [
        ("Valo jätti ammattikoulun kesken.", "Valo"),
        ("Tuuli jätti lukion kesken viime keväänä.", "Tuuli"),
        ("Lumi jätti yliopiston kesken.", "Lumi"),
    ],
    modes=BOTH_MODES,
)


test_weather_feelings_and_people_words_stay = leaves(
    [
        ("sade kasteli pihan", "sade"),
        ("ilo oli suuri", "ilo"),
        ("valo jäi päälle", "valo"),
        ("valo jäi päälle koululla", "valo"),
        ("tuuli toi lunta", "tuuli"),
        ("kiitos avusta", "kiitos"),
        ("usva nousi järveltä", "usva"),
        ("usva laskeutui autojonoon moottoritiellä", "usva"),
        ("sade jäi pitkäksi aikaa", "sade"),
        ("ukko jäi jonoon", "ukko"),
        ("äiti soitti päivystykseen", "äiti"),
        ("sisu keksi keinon selvitä", "sisu"),
        ("kiitos onnelle että selvittiin", "onnelle"),
        ("kiitos tuulelle joka kuivatti pyykit", "tuulelle"),
        ("kiitos sateelle, sato oli hyvä", "sateelle"),
        ("kiitos valolle joka tuli ikkunasta", "valolle"),
        ("kiitos armaalle yleisölle", "armaalle"),
        ("kiitos hellälle hoidolle", "hellälle"),
        ("kiitos kaikille osallistujille", "kaikille"),
        ('häntä kutsutaan luokan "valoksi"', "valoksi"),
        ('häntä sanotaan "tyyneksi" vaikka hän suuttuu helposti', "tyyneksi"),
        ('mummo sanoo häntä "helmekseen"', "helmekseen"),
        ("sade jätti ottelun kesken", "sade"),
        ("lumi jätti koulupäivän kesken", "lumi"),
        ("into jätti työt kesken", "into"),
        ("Sade jätti ottelun kesken.", "Sade"),
        ("Sade jätti työt kesken.", "Sade"),
        ("Lumi jätti koulupäivän kesken.", "Lumi"),
        ("Tuuli jätti purjehduskurssin kesken.", "Tuuli"),
        ("Sade jätti koulun kentän kesken.", "Sade"),
        ("Sade jätti koulutuksen kesken.", "Sade"),
        ("Myrsky jätti koulun pihan kesken siivouksen.", "koulun"),
        ("Valo jätti koulun pihan pimeäksi kesken illan.", "Valo"),
        ("Sade jätti lukion pihan märäksi.", "Sade"),
    ],
    modes=BOTH_MODES,
)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("eilen usva jäi jonoon terveysaseman ovelle", "usva"),
        ("kiitos voitolle kun toi tuolit", "voitolle"),
    ],
)
def test_the_setting_turns_the_lower_case_frames_off(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str
) -> None:
    configure_privacy(analyzer, PrivacySettings(lower_case_frames=False))
    assert not touched(analyzer, text, piece, cautious=False)
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, cautious=False)
