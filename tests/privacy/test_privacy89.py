"""privacy89 (after review 92): a word of nature that is a register name, making, painting,
buying or handing out a whole made thing, or bringing one along, is a person in what is
published; nature's own acts on nature or with no made thing stay. Sentences of our own, real
spaCy and Voikko; each found piece is left with the setting off."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import covered

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy, find_personal_data

PERSONS = [
    ("Lumi toi mukaan termospullot ja keksit", "Lumi"),
    ("Lumi toi mukaan rakkoleväpussit", "Lumi"),  # the settings' and clinic.toml's example
    ("Kivi teki eilen uudet opasteet", "Kivi"),
    ("kivi teki pajalle uudet hyllyt", "kivi"),  # lower case, the register's surname only
    ("Lumi maalasi saunan oven viikonloppuna", "Lumi"),
    ("Lumi maalasi aidan lauantaina yksin", "Lumi"),  # "aita": the vectors' nature, no class's
    ("Lumi jakoi kutsukortit naapureille", "Lumi"),
    ("kojun kyltin maalas ilona", "ilona"),  # the settings' other example
]
LOOKALIKES = [
    "Pakkanen piirsi kuvioita ikkunaan",  # frost draws: "piirtää" no artefact verb
    "Myrsky otti katon mukaansa",  # a storm takes: "ottaa" no artefact verb
    "Meri kokosi roskat poukamaan",  # gathering: weather's errand too (handling.toml)
    "Meri kokosi ajopuut rantaan",
    "Lumi peitti pihan aamulla",
    "kivi painoi kymmenen kiloa",
    "tuuli kaatoi puun tielle",
    "Valo paistoi ikkunasta",
    "Ruska maalasi metsät",  # a landscape painted (acting.toml landscape_nouns)
    "Tulva vei mukanaan pellot",  # a landscape carried along
    "Myrsky teki vahinkoa",  # an amount, no whole thing
    "aalto vei rantaan jätetyn pyyhkeen",  # conveying with no adverb of company
    "Meri vei laiturin mukanaan",  # "mukanaan": a force's sweeping too
]


@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_publisher_reads_a_nature_word_handling_a_made_thing(
    defaults: LemmaAnalyzer, text: str, piece: str
) -> None:
    assert covered(defaults, text, piece, True)


@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_the_setting_turns_it_off(defaults: LemmaAnalyzer, text: str, piece: str) -> None:
    configure_privacy(
        defaults, dataclasses.replace(PrivacySettings(), publish_acting_word_names=False)
    )
    assert not covered(defaults, text, piece, True)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_publisher_keeps_nature_acting_on_nature(defaults: LemmaAnalyzer, text: str) -> None:
    assert find_personal_data([text], defaults, cautious=True)[0] == []


def test_the_window_is_a_setting(defaults: LemmaAnalyzer) -> None:
    text = "juhlan kuvat otti salissa ilona"  # the verb two words back from the name
    assert covered(defaults, text, "ilona", True)
    configure_privacy(defaults, dataclasses.replace(PrivacySettings(), acting_word_window=1))
    assert not covered(defaults, text, "ilona", True)
