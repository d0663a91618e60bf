"""Round 46 (issue 12): round 25's false hits as classes. A number after a compound of an
identifier's label and a noun of a number ("sirunumero") or after a record's number or an
account's name ("asiakasnumero", "käyttäjätunnus") is no phone; an @-handle typed without the
dots of ä and ö that is a compound or a plural of common nouns is no person's; a lone
surname's genitive before a compound of "liike" whose first part names goods is a shop's; a
clause's first word that the clause calls slang or a dialect is mentioned, not a person. Each
has its personal data beside it that stays marked. The real spaCy and Voikko, sentences of our
own (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, touched

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("koiran sirunumero 246 098 300 551 207 on rekisterissä", "098 300 551"),
        ("lisenssikoodi 040 771 2290 tuli sähköpostissa", "040 771 2290"),
        ("asiakasnumero 050 118 4432 pitää mainita laskussa", "050 118 4432"),
        ("käyttäjätunnus 0457720931 ei kelpaa järjestelmään", "0457720931"),
        ("jäsennumero: 044 301 9982", "044 301 9982"),
    ],
)
def test_a_number_after_an_identifiers_label_is_no_phone(
    analyzer: LemmaAnalyzer, text: str, number: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, number, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("siru-asiasta soita 040 661 2087", "040 661 2087"),
        ("puhelinnumero 050 338 7421 on toimiston", "050 338 7421"),
        ("asiakasnumeron takia soita 044 925 1180", "044 925 1180"),
        ("sirun asennus, kysy numerosta 045 210 7734", "045 210 7734"),
    ],
)
def test_a_phone_near_such_a_word_stays(
    analyzer: LemmaAnalyzer, text: str, number: str, cautious: bool
) -> None:
    assert covered(analyzer, text, number, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "@kasityokerho kertoi aukioloista",
        "@pyoratalkoot jakoi kuvat tapahtumasta",
        "@paivakotiruoat vastasi palautteeseen",
    ],
)
def test_a_handle_of_common_nouns_without_dots_is_left(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    handle = text.split()[0]
    assert not touched(analyzer, text, handle, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "@lahteenmaet kutsui meidät kylään",
        "@makiset muutti pois",
        "@paivimaki vastasi viestiin",
        "@koivistot lähetti kuvia",
        "@tuulimetsa kommentoi kuvaa",
    ],
)
def test_a_familys_or_a_persons_handle_stays(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    handle = text.split()[0]
    assert covered(analyzer, text, handle, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Korhosen kenkäliike lopettaa ensi kuussa", "Korhosen kenkäliike"),
        ("Tolosen urheiluliikkeestä saa sukset huoltoon", "Tolosen urheiluliikkeestä"),
        ("Tolosen vaateliike on kiinni maanantaisin", "Tolosen vaateliike"),
    ],
)
def test_a_surnames_genitive_before_a_shop_of_goods_is_left(
    analyzer: LemmaAnalyzer, text: str, firm: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, firm, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Korhosen käsiliike oli nopea ja varma", "Korhosen"),
        ("Tolosen vastaliike yllätti valtuuston", "Tolosen"),
        ("Korhosen silmänliike oli hidas", "Korhosen"),
        ("Korhosen Sannan kenkäliike on auki", "Korhosen Sannan"),
        ("Sanna Korhosen kenkäliike on auki", "Sanna Korhosen"),
        ("Korhosen liike oli kömpelö", "Korhosen"),
        ("Tolosen kenkäliikekäynti jäi kesken", "Tolosen"),
    ],
)
def test_a_movement_or_a_persons_name_before_a_shop_stays(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Masa on vanhaa puhekieltä ja tarkoittaa jotakuta", "Masa"),
        ("raimo on slangia, se tarkoittaa rahaa", "raimo"),
        ("Jaska on murretta eli tarkoittaa jätkää", "Jaska"),
    ],
)
def test_a_word_called_slang_is_left(
    analyzer: LemmaAnalyzer, text: str, word: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, word, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Raimo on slangia puhuva kuski", "Raimo"),
        ("Jaska on murre-ekspertti ja tulkki", "Jaska"),
        ("Raimo sanoi että se on slangia", "Raimo"),
        ("Jaska tarkoittaa hyvää", "Jaska"),
        ("Raimo on sanansa mittainen mies", "Raimo"),
    ],
)
def test_a_person_beside_a_word_of_language_stays(
    analyzer: LemmaAnalyzer, text: str, name: str, cautious: bool
) -> None:
    assert covered(analyzer, text, name, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Aino-täti pelaa sulkapalloa", "Aino-täti"),
        ("Sade-poika jäi kotiin flunssan takia", "Sade"),
        ("Lumi-tytön kanssa leivottiin", "Lumi"),
    ],
)
def test_a_given_name_hyphened_to_a_person_noun_is_marked(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert covered(analyzer, text, piece, cautious=cautious)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Kirjasto-täti luki satuja", "Kirjasto-täti"),
        ("Sateen-tyttö on laulun nimi", "Sateen-tyttö"),
        ("Lumi-ukko suli pihalla", "Lumi-ukko"),
    ],
)
def test_a_common_word_hyphened_to_a_noun_is_left(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not touched(analyzer, text, piece, cautious=cautious)
