"""Labels a facilitator keeps as headings (themes/naming.py, label_choice.py): a time or a
measure of the closed classes (lexicons/time.toml) is never a label's head, and two themes
whose labels would name the same head each take a head of their own beside it, read from
the real parse and Voikko."""

from __future__ import annotations

from label_cases import labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_time import measure_nouns

#: Notes of other topics, enough of them that a word of two themes is still distinctive.
OTHERS = (
    "bussit kulkee liian harvoin iltaisin",
    "kirjaston aukioloajat on lyhyet",
    "kahvinkeitin on rikki",
    "hankintalaki on monimutkainen",
    "uimahallin vesi on kylmää",
    "puistossa ei ole penkkejä",
    "katuvalot sammuvat liian aikaisin",
    "koulun piha on liukas",
    "nuorisotila on suljettu",
    "terveysasemalle ei pääse bussilla",
    "lumityöt jäävät tekemättä",
    "kirjastoauto ei käy kylässä",
    "leikkipuiston keinu on rikki",
    "torilla ei ole vessaa",
    "pyörätie päättyy kesken",
    "roskis on täynnä",
    "koirapuisto on liian pieni",
    "kuntosalin laitteet ovat vanhoja",
    "ruokala sulkeutuu aikaisin",
    "parkkipaikka on aina täynnä",
)


def test_a_time_said_as_a_subject_is_no_label(analyzer: LemmaAnalyzer) -> None:
    # "kuukausi" is the subject here, no adverbial of time, but it still says how long
    theme = [
        "kuukausi ilman asiakkaita on kahvilalle raskas",
        "jokainen kuukausi maksaa yrittäjälle tuhansia",
        "yksi kuukausi riitti kaatamaan pienen liikkeen",
        "kuukausi on liian pitkä kaivuulle keskustassa",
    ]
    (label,) = labels_of(analyzer, [theme])
    assert not label.lower().startswith("kuukausi"), label
    assert " ja kuukausi" not in label.lower(), label


def test_a_measure_is_no_label(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "euro tuntuu pieneltä mutta kertyy",
        "jokainen euro on pois kirjaston kirjoista",
        "euro sinne toinen tänne, kirjasto köyhtyy",
    ]
    (label,) = labels_of(analyzer, [theme])
    assert "euro" not in label.lower(), label


def test_a_measure_is_read_by_its_last_part(analyzer: LemmaAnalyzer) -> None:
    is_measure = measure_nouns(analyzer.voikko.analyze)
    for word in ("euro", "neliömetri", "kuutiometri", "kilometri"):
        assert is_measure(word), word
    for word in ("metrilaku", "hinta", "kassa", "satutunti"):
        assert not is_measure(word), word


def test_two_themes_of_one_head_each_take_a_head_of_their_own(analyzer: LemmaAnalyzer) -> None:
    # both about applications: one about their attachments, one about waiting in a queue
    attachments = [
        "hakemus vaatii liian monta liitettä",
        "hakemuksen liitteet katoavat",
        "hakemus on sekava",
        "hakemus palautui, koska liite puuttui",
        "hakemus pitää täyttää paperilla",
    ]
    queue = [
        "hakemus jumittuu jonoon",
        "hakemuksen käsittely kestää",
        "hakemus odottaa jonossa pitkään",
        "hakemus unohtuu pöydälle",
        "hakemus tarvitsee käsittelijän",
    ]
    first, second = labels_of(analyzer, [attachments, queue], others=OTHERS)
    assert first != second
    assert "liite" in first.lower(), first
    assert "hakemus" in second.lower() and "jono" in second.lower(), second
    assert not second[-1].isdigit(), second
