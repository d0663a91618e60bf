"""A time is a time by the closed class of time expressions (lexicons/time.toml), read through
Voikko's base forms and compound parts (themes/label_time.py): a compound whose last part is a
time unit is a time ("syyskuu", "iltapäivä"), one whose first part is, is not
("viikkosiivous"); events and topics the notes use as when ("pääsykokeessa", "palautteen
jälkeen") stay label heads, read from the real parse."""

from __future__ import annotations

import pytest
from label_cases import SETTINGS, label_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.label_time import is_duration, last_parts, time_nouns


def test_a_compound_is_a_time_by_its_last_part(analyzer: LemmaAnalyzer) -> None:
    is_time = time_nouns(analyzer.voikko.analyze)
    for word in ("syyskuu", "iltapäivä", "viikonloppu", "syyslukukausi", "talvi", "kerta"):
        assert is_time(word), word
    for word in ("pääsykoe", "palaute", "päätös", "hinta", "viikkosiivous", "kesätyöntekijä"):
        assert not is_time(word), word


def test_a_derivation_ends_in_no_part() -> None:
    assert last_parts({"WORDBASES": "+syys+kuu(kuu)"}) == ["kuu", "syyskuu"]
    assert last_parts({"WORDBASES": "+viikko(viikko)+siivo(siivo)+us(+us)"}) == []
    assert last_parts({"WORDBASES": "+syys+luku(luku)+kausi(kausi)"}) == [
        "kausi",
        "lukukausi",
        "syyslukukausi",
    ]


def test_a_last_part_is_read_whole_and_across_a_hyphen(analyzer: LemmaAnalyzer) -> None:
    """A last part whose base Voikko marks with its own parts ("+vuosisata(vuosi=sata)",
    "+huhtikuu(huhti=kuu)") is that unit; a stretch after a hyphen is after the unit before
    it ("ilta-arki", as "iltapäivä+tauko"), and a month range is a time ("loka-marraskuu")."""
    is_time = time_nouns(analyzer.voikko.analyze)
    for word in ("neljännesvuosisata", "loppuhuhtikuu", "ilta-arki", "loka-marraskuu"):
        assert is_time(word), word
    for word in ("loma-aika", "vapaa-aika", "1900-luku"):
        assert not is_time(word), word


def test_a_compound_ending_in_a_general_stretch_is_its_topic(analyzer: LemmaAnalyzer) -> None:
    is_time = time_nouns(analyzer.voikko.analyze)
    for word in ("aika", "jakso", "vaihe", "kausi", "hetki", "kuukausi", "arkipäivä"):
        assert is_time(word), word
    for word in (
        "odotusaika",
        "aukioloaika",
        "käsittelyaika",
        "laitosjakso",
        "kehitysvaihe",
        "lomakausi",
        "vapaa-aika",
    ):
        assert not is_time(word), word


@pytest.mark.parametrize(
    ("text", "word", "lasting"),
    [
        ("jonossa odottaa viikkoja", "viikkoja", True),
        ("talkoot vievät iltapäivän", "iltapäivän", True),
        ("odotusaikoja pitäisi lyhentää", "odotusaikoja", False),
        ("kirjasto muutti aukioloaikoja", "aukioloaikoja", False),
        ("luvan saaminen vaatii kuukausia", "kuukausia", True),
        ("korjaus ottaa viikkoja", "viikkoja", True),
        ("hanke tarvitsee vuoden", "vuoden", True),
    ],
)
def test_an_object_is_how_long_only_under_a_verb_of_lasting(
    analyzer: LemmaAnalyzer, text: str, word: str, lasting: bool
) -> None:
    (tokens,) = analyzer.parse([text])
    (index,) = [i for i, token in enumerate(tokens) if token.text == word]
    assert tokens[index].dep == "obj", [(t.text, t.dep) for t in tokens]
    assert is_duration(tokens, index) is lasting


@pytest.mark.parametrize(
    ("head", "theme"),
    [
        (
            "dotusaika",
            [
                "odotusaikoja pitäisi lyhentää",
                "odotusaikaa ei kukaan seuraa",
                "odotusaikoja ei kerrota etukäteen",
                "odotusaika on liian pitkä",
            ],
        ),
        (
            "ukioloa",
            [
                "aukioloaikoja pitäisi pidentää",
                "aukioloaikoja ei ole päivitetty nettiin",
                "aukioloaikaa muutettiin kysymättä",
                "kirjasto muutti aukioloaikoja",
            ],
        ),
    ],
)
def test_a_stretch_of_something_stays_a_head(
    analyzer: LemmaAnalyzer, head: str, theme: list[str]
) -> None:
    label = label_of(analyzer, theme)
    assert head in label and not is_fallback(label, SETTINGS), label


@pytest.mark.parametrize(
    ("head", "theme"),
    [
        (
            "ääsykoe",
            [
                "pääsykokeessa kysyttiin liikaa matematiikkaa",
                "pääsykokeessa oli liian vähän aikaa",
                "pääsykokeen jälkeen moni luopuu hakemisesta",
                "pääsykokeessa jännittää aina",
            ],
        ),
        (
            "alaute",
            [
                "palautteen jälkeen mitään ei tapahdu",
                "palautteessa toistuu sama asia",
                "palautteessa kiitettiin opastusta",
                "palautteen perusteella muutettiin ohjeita",
            ],
        ),
        (
            "äätös",
            [
                "päätöksen jälkeen moni valitti",
                "päätöksessä ei perusteltu mitään",
                "päätöksen jälkeen kukaan ei vastannut",
                "päätöksessä unohdettiin perheet",
            ],
        ),
        (
            "inta",
            [
                "hinnassa ei ole alennusta",
                "hinnan takia moni jättää tulematta",
                "hinnassa on mukana kuljetus",
                "hinnan vuoksi nuoret eivät osallistu",
            ],
        ),
    ],
)
def test_an_event_or_topic_used_as_when_stays_a_head(
    analyzer: LemmaAnalyzer, head: str, theme: list[str]
) -> None:
    label = label_of(analyzer, theme)
    assert head in label, label


def test_a_stretch_of_a_season_or_holiday_is_a_time(analyzer: LemmaAnalyzer) -> None:
    """A compound ending in a general stretch is a time when the part before the stretch is
    itself a time unit (kesä+aika, joulun+aika, syys+kausi, ilta+päivä+tauko); when it is
    not ("odotus", "aukiolo", "loma", "hiihto", "koulu") the stretch is of that topic."""
    is_time = time_nouns(analyzer.voikko.analyze)
    for word in (
        "kesäaika",
        "talviaika",
        "talvikausi",
        "kevätkausi",
        "syyskausi",
        "joulunaika",
        "jouluaika",
        "kesätauko",
        "joulutauko",
        "kevätjakso",
        "syysjakso",
        "iltapäivätauko",
    ):
        assert is_time(word), word
    for word in ("lomakausi", "hiihtokausi", "kouluarki", "harjoitusjakso", "kahvitauko"):
        assert not is_time(word), word


def test_a_season_stretch_used_as_when_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "talvikaudella uimaranta on autio",
        "talvikaudella bussi ei aja kylään asti",
        "talvikaudella neuvonta vastaa vain aamuisin",
        "talvikaudella kukaan ei hoida polkuja",
    ]
    label = label_of(analyzer, theme)
    assert "alvikausi" not in label, label


def test_a_time_needed_or_taken_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "lupahakemus vaatii viikkoja",
        "uusi kaava vaatii viikkoja",
        "pihan kunnostus ottaa viikkoja",
        "kirjaston korjaus tarvitsee viikkoja",
    ]
    label = label_of(analyzer, theme)
    assert "iikko" not in label, label


def test_a_first_part_time_does_not_make_a_time(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "viikkosiivouksessa unohtuu aina jotain",
        "viikkosiivouksessa kukaan ei auta",
        "viikkosiivouksen jälkeen on taas sotkuista",
        "viikkosiivouksessa menee liikaa aikaa",
    ]
    label = label_of(analyzer, theme)
    assert "iikkosiivous" in label, label


@pytest.mark.parametrize(
    ("time", "theme"),
    [
        (
            "yyskuu",
            [
                "remontti vie syyskuun",
                "muutto vie syyskuun",
                "siivous vie syyskuun",
                "kurssi kestää syyskuun",
            ],
        ),
        (
            "ltapäivä",
            [
                "talkoot vievät iltapäivän",
                "siivous kestää iltapäivän",
                "kokous vie iltapäivän",
                "muutto vie iltapäivän",
            ],
        ),
        (
            "iikonloppu",
            [
                "leiri kestää viikonlopun",
                "muutto vie viikonlopun",
                "remontti vie viikonlopun",
                "siivous vie viikonlopun",
            ],
        ),
    ],
)
def test_a_time_said_as_how_long_names_no_theme(
    analyzer: LemmaAnalyzer, time: str, theme: list[str]
) -> None:
    label = label_of(analyzer, theme)
    assert time not in label, label


def test_a_theme_with_only_a_season_to_name_it_gets_the_fallback(
    analyzer: LemmaAnalyzer,
) -> None:
    theme = [
        "talvella ei ehdi mitään",
        "talvella kaikki on kiinni",
        "talvella kukaan ei vastaa",
        "talvella on aina kiire",
    ]
    label = label_of(analyzer, theme)
    assert is_fallback(label, SETTINGS), label
