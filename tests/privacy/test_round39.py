"""Round 39 (issue 12): given names that are words, in a frame only a person fits; additive
rules only. A register given name that is also a common word ("Sade", "Usva", "Armas"),
opening its clause, is a person as the subject of an act only people do: inventing,
queueing, joining a queue, calling someone or some office (privacy/human_acts.py); in the
ablative, as where an idea or a proposal comes from. A capitalised word in quotes in the
translative or the essive after a verb of naming with a person as its object is that
person's (nick)name (privacy/called_names.py). Weather and feelings act too, so the
counter-cases are theirs. The real spaCy and Voikko, sentences of our own (none is a row of
a dev set). Both reaches are `[privacy] register_window`."""

from __future__ import annotations

import pytest
from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

test_a_word_name_doing_what_only_people_do = finds(
    [
        ("Sade soitti eilen kunnan neuvontaan asumistuesta.", "Sade"),
        ("Usva soitti päivystykseen kolme kertaa.", "Usva"),
        ("Kaisla tekstasi minulle illalla.", "Kaisla"),
        ("Usva jonotti ruokajakoon tunnin.", "Usva"),
        ("Sade jäi jonoon terveysaseman ovelle.", "Sade"),
        ("Tuuli keksi nimen uudelle kerholle.", "Tuuli"),
        ("Into ideoi koko syystapahtuman.", "Into"),
        ("Armaalta tuli hyvä idea.", "Armaalta"),
        ("Usvalta tuli ehdotus retkestä.", "Usvalta"),
    ],
    modes=BOTH_MODES,
)


test_weather_and_feelings_stay_words = leaves(
    [
        ("Sade soitti peltikattoa koko yön.", "Sade"),
        ("Sade soitti kattoon koko yön.", "Sade"),
        ("Sade soitti ikkunaan.", "Sade"),
        ("Usva jäi laaksoon aamuksi.", "Usva"),
        ("Usva laskeutui autojonon ylle.", "Usva"),
        ("Usva laskeutui autojonoon moottoritiellä.", "Usva"),
        ("Lumi jäi jonoksi tien varteen.", "Lumi"),
        ("Valo jäi päälle koko yöksi.", "Valo"),
        ("Armaalta ei voi odottaa paljon.", "Armaalta"),
        ("Sateelta tuli suojaa katoksen alla.", "Sateelta"),
        ("Illalta jäi hyvä mieli.", "Illalta"),
        ("Sade kasteli pihan.", "Sade"),
        ("Usva nousi järveltä.", "Usva"),
        ("Ilo oli suuri.", "Ilo"),
        ("Ilo toi valoa arkeen.", "Ilo"),
        ("Sade toi helpotusta helteeseen.", "Sade"),
    ],
    modes=BOTH_MODES,
)


test_a_name_given_to_a_person_in_quotes = finds(
    [
        ('Kaverit kutsuu häntä "Jokeksi".', "Jokeksi"),
        ('Häntä nimitettiin "Tomppana" koko koulun ajan.', "Tomppana"),
        ('Kaikki kutsuvat poikaa "Sepiksi".', "Sepiksi"),
        ('Naapurit kutsuvat häntä "Pupuksi".', "Pupuksi"),  # "Pikkuveljeksi": kin, review 26
        ('Ryhmässä kaikki kutsuivat häntä "Tipsuksi", koska hän oli nopea.', "Tipsuksi"),
    ],
    modes=BOTH_MODES,
)


test_a_thing_named_in_quotes_stays = leaves(
    [
        ('Tätä kutsutaan "hyväksi käytännöksi".', "hyväksi"),
        ('Sitä sanotaan "Kotiaskeleeksi".', "Kotiaskeleeksi"),
        ('Hanketta kutsutaan "Silloiksi".', "Silloiksi"),
        ('Tapaa kutsutaan "Talkoiksi".', "Talkoiksi"),
        ('Ryhmää kutsutaan "Tukiryhmäksi".', "Tukiryhmäksi"),
        ('Kutsuimme hänet "Kokoukseen" puhumaan.', "Kokoukseen"),
        ('Sanoin hänelle "Kiitos" ja lähdin.', "Kiitos"),
    ],
    modes=BOTH_MODES,
)


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Usvalta taas tuli hyvä ehdotus.", "Usvalta"),  # "tuli" two words after
        ('Kaverit kutsuu häntä "Jokeksi".', "Jokeksi"),  # "kutsuu" two words before
    ],
)
def test_the_register_window_reaches_the_new_rules(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, cautious=False)
    configure_privacy(analyzer, PrivacySettings(register_window=1))
    assert not touched(analyzer, text, piece, cautious=False)
