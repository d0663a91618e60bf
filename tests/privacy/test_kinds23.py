"""Round 19's kinds (docs/privacy.md, "Round 19: nicknames and names that are words"): a
spoken nickname of a given name that no dictionary knows, read by Finnish hypocoristic
morphology (a given name's beginning and a nickname ending, checked against the gazetteer's
Finnish given names), in the frames any name needs. Each kind beside its counter-case in
the same frame; the real spaCy NER and Voikko, both modes; sentences of our own, with
nicknames of given names no benchmark row has."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.nicknames import nickname_reading


@pytest.mark.parametrize(
    "word",
    [
        "Jartsa",  # Jarmo: "Jar" + "tsa"
        "Jartsan",  # its genitive
        "vekeltä",  # Veikko: "Ve" + "ke", ablative, lower case
        "Pirkkiksen",  # Pirkko: "Pirkk" + "is", genitive on "-kse-"
        "Raikulle",  # Raimo/Raija: "Raik" + "ku", the weak grade of "Raikku"
    ],
)
def test_a_given_names_nickname_is_read_as_one(analyzer: LemmaAnalyzer, word: str) -> None:
    assert nickname_reading(word, analyzer.voikko)


@pytest.mark.parametrize(
    "word",
    [
        "ollu",  # spoken "ollut": Voikko knows it with the dropped letter
        "joutu",  # spoken "joutui"
        "Olis",  # spoken "olisi"
        "Zorbak",  # no nickname ending
        "Qwerti",  # no Finnish given name begins so
    ],
)
def test_a_word_shaped_otherwise_is_no_nickname(analyzer: LemmaAnalyzer, word: str) -> None:
    assert not nickname_reading(word, analyzer.voikko)


test_a_nickname_of_round_19_is_found = finds(
    [
        ("Jartsan kanssa sovittiin nuohouksesta", "Jartsan"),
        ("kysy vekeltä saunan avain", "vekeltä"),
        ("Villu lupasi korjata aidan", "Villu"),
        ("Eilen Raikku toi halot liiterin eteen", "Raikku"),
        ("Pirkkiksen kanssa käytiin läpi budjetti", "Pirkkiksen"),
        ("soitetaan raikulle huomenna", "raikulle"),
        # in lower case, the subject of what a person does, or beside a given name
        ("jartsa lupas tuoda kahvit", "jartsa"),
        ("pekka ja veke tekee aikataulun", "veke"),
        # another name of a person noun or a kin noun: the person's
        ("kerhon vetäjä eli Jartsa käsittelee hakemukset", "Jartsa"),
        ("Pekan isä eli Jartsa käsittelee hakemukset", "Jartsa"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # spoken forms of words in the same frames: Voikko knows them with the dropped letter
        "Ollu kiinni koko viikon",
        "Olis kiva tietää aikataulu",
        "kysy joutu ilmoittaa myöhemmin",
        # a nickname's shape typed in capitals inside normal text: an abbreviation
        "PIRKE:n raportti valmistui eilen",
        # another name of what a lower-case common noun names: a body's short name
        "Liikuntapalvelujen tukikeskus eli Jartsa käsittelee hakemukset",
    ],
)
def test_a_look_alike_in_a_nicknames_frame_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
def test_a_nicknames_shape_before_a_number_is_no_owner(
    analyzer: LemmaAnalyzer, cautious: bool
) -> None:
    # "hetu" (Voikko does not know the abbreviation) has a nickname's shape, "He|tu"
    text = "hetu 131052-308T löytyi listasta"
    assert found(analyzer, text, cautious) == ["131052-308T"]
    # nor a conjunct of a name in another case
    text = "kysy pekalta, hetu 131052-308T"
    assert found(analyzer, text, cautious) == ["pekalta", "131052-308T"]
