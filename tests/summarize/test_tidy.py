"""Tidying notes into written sentences (real Voikko)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note
from muistiinpanot.summarize.typos import edit_distance


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # spoken → standard (spoken.toml and tidy.toml)
        ("pitäis oppia luottamaan", "Pitäisi oppia luottamaan."),
        ("ei oo aikaa ku perustyö vie kaiken", "Ei ole aikaa kun perustyö vie kaiken."),
        ("Ois kiva kuulla lisää", "Olisi kiva kuulla lisää."),
        ("kokeillaan puol vuotta ja katotaan", "Kokeillaan puoli vuotta ja katsotaan."),
        ("mentorointi toimis paremmin ku kurssit", "Mentorointi toimisi paremmin kuin kurssit."),
        # a spoken verb right after a negation verb is its connegative ("nää" is "näe"
        # there, "nämä" elsewhere)
        ("keittiö ei nää sitä", "Keittiö ei näe sitä."),
        ("nää kokeilut toimii hyvin", "Nämä kokeilut toimivat hyvin."),
        ("vapaapalokuntaan ei tuu nuoria", "Vapaapalokuntaan ei tule nuoria."),
        ("bussi ei mee sunnuntaina", "Bussi ei mene sunnuntaina."),
        ("ei tarvii kysyä lupaa", "Ei tarvitse kysyä lupaa."),
        ("et nää sitä", "Et näe sitä."),
        ("ei tuu toimimaan", "Ei tule toimimaan."),
        # ... but not when a verb the negation governs or a nominative follows, and only
        # right after the negation verb
        ("ei nää toimi", "Eivät nämä toimi."),
        ("ei nää oo hyviä", "Eivät nämä ole hyviä."),
        ("ei nää kokeilut auta", "Ei nämä kokeilut auta."),
        ("ei kato ollut suuri", "Ei kato ollut suuri."),
        ("ei, nää toimii", "Ei, nämä toimii."),
        # the spoken degree adverb; the "-ea" partitive in "-ta" with today's long vowel, only
        # where Voikko reads both as the same word's partitive ("lukiota" has no other)
        ("lomake on ihan liian pitkä", "Lomake on aivan liian pitkä."),
        # ... only where a word of degree, sameness or totality or a superlative follows: the
        # hedging "ihan" ("fairly") has no written twin, so it stays as typed
        ("kahvi oli ihan ok", "Kahvi oli ihan ok."),
        ("vastaanotto oli ihan hyvä", "Vastaanotto oli ihan hyvä."),
        ("ryhmä on ihan samaa mieltä", "Ryhmä on aivan samaa mieltä."),
        ("tämä oli ihan parhaita iltoja", "Tämä oli aivan parhaita iltoja."),
        ("ihan kaikki eivät tulleet", "Aivan kaikki eivät tulleet."),
        ("uusi ohje on ihan hyödytön", "Uusi ohje on aivan hyödytön."),  # caritive: no degrees
        ("käytävällä on pimeätä illalla", "Käytävällä on pimeää illalla."),
        ("asiaa on kauheata kuunnella", "Asiaa on kauheaa kuunnella."),
        ("ohje on vähän vaikeeta", "Ohje on vähän vaikeaa."),  # the typo fix's "-ta" too
        ("lukiota ei ole lähellä", "Lukiota ei ole lähellä."),
        # the verb "ideata" (Voikko reads it only as "idea"'s partitive) after a verb that
        # governs an infinitive stays a verb; after "olla" the partitive is still written
        ("nuorten kanssa kannattaa ideata lisää", "Nuorten kanssa kannattaa ideata lisää."),
        ("yritimme ideata uutta kerhoa", "Yritimme ideata uutta kerhoa."),
        # ... and with words between: only an adjective's "-eata" is a partitive to rewrite
        ("voisimme huomenna ideata teemoja", "Voisimme huomenna ideata teemoja."),
        ("ehdimme tänään vähän ideata", "Ehdimme tänään vähän ideata."),
        ("pitäisi joskus yhdessä ideata jotain", "Pitäisi joskus yhdessä ideata jotain."),
        ("tila oli aika pimeätä", "Tila oli aika pimeää."),
        ("meillä on ihania ideoita", "Meillä on ihania ideoita."),
        # clear typos fixed, clipped endings restored
        ("jothoryhmä haluaa kokeiluja", "Johtoryhmä haluaa kokeiluja."),
        ("kaikki pitää tehdä valmiiks", "Kaikki pitää tehdä valmiiksi."),
        ("yhteistyo vaatii tavoitteen", "Yhteistyö vaatii tavoitteen."),
        # spoken "ee" for "ea" undone, not read as a letter dropped ("vaikene")
        ("avustuksia on vaikee hakea", "Avustuksia on vaikea hakea."),
        # "oo" for "oa" too, before Voikko's first suggestion ("siivo omaan"); a compound
        # written together is still split where Voikko says so
        ("vapaaehtoiset lähtee siivoomaan salin", "Vapaaehtoiset lähtevät siivoamaan salin."),
        ("työssäkäyvä äiti ehtii harvoin", "Työssä käyvä äiti ehtii harvoin."),
        # a spoken numeral before its partitive; "viis" elsewhere is a word of its own
        ("jonossa meni viis viikkoa", "Jonossa meni viisi viikkoa."),
        ("kuus kertaa soitettiin", "Kuusi kertaa soitettiin."),
        ("viis siitä mitä muut sanoo", "Viis siitä mitä muut sanovat."),
        # abbreviations: expanded where safe, acronyms and "esim." kept
        (
            "tiedonkulku hva:n ja kunnan välillä huono",
            "Tiedonkulku hyvinvointialueen ja kunnan välillä huono.",
        ),  # noqa: E501
        ("HYTE-työ jää väliin", "HYTE-työ jää väliin."),
        ("sote ja THL mukaan", "Sote ja THL mukaan."),
        ("koulutusta esim. exceliin", "Koulutusta esim. exceliin."),
        # names, digits and unknown compounds untouched
        ("kysy Laaksoselta", "Kysy Laaksoselta."),
        ("tauko klo 14.30", "Tauko klo 14.30."),
        ("toisiokäyttölaki ja sen tulkinnat", "Toisiokäyttölaki ja sen tulkinnat."),
        # verbs agree with plural subjects; necessive and passive perfect left alone
        ("ihmiset tuntee toisensa huonosti", "Ihmiset tuntevat toisensa huonosti."),
        ("järjestelmät ei keskustele", "Järjestelmät eivät keskustele."),
        ("tilastot on olemassa", "Tilastot ovat olemassa."),
        ("asukkaat pitäis ottaa mukaan", "Asukkaat pitäisi ottaa mukaan."),
        # a past active participle after "ei"/"on" agrees too; the passive perfect stays
        ("niille jotka ei ollut paikalla", "Niille jotka eivät olleet paikalla."),
        ("asiat on mennyt hyvin", "Asiat ovat menneet hyvin."),
        # ... also with adverbs before its participle: its nominative is the object
        ("hinnat on jo laskettu", "Hinnat on jo laskettu."),
        ("maksut on selvästi perusteltu", "Maksut on selvästi perusteltu."),
        # ... but a plural participle is a predicative adjective of a plural subject
        ("hoitajat on aivan uuvutettuja", "Hoitajat ovat aivan uuvutettuja."),
        ("luvut on nyt vihdoin tarkistettu", "Luvut on nyt vihdoin tarkistettu."),
        ("vuorot ei oo vielä sovitettu yhteen", "Vuorot ei ole vielä sovitettu yhteen."),
        ("luvut on laskettu oikein", "Luvut on laskettu oikein."),
        # coordinated subjects: Voikko's number and case of both conjuncts
        (
            "kaupunkiympäristö ja sivistys elää siiloissa",
            "Kaupunkiympäristö ja sivistys elävät siiloissa.",
        ),
        (
            "hyvä johtaminen ja avoin keskustelu lisää luottamusta",
            "Hyvä johtaminen ja avoin keskustelu lisäävät luottamusta.",
        ),
        ("tieto ja osaaminen puuttuu", "Tieto ja osaaminen puuttuvat."),
        ("kunnan ja alueen yhteistyö vaatii aikaa", "Kunnan ja alueen yhteistyö vaatii aikaa."),
        # ... also across a parenthesis between subject and verb
        (
            "kumppanit (esim. yritykset) ei aina usko et kunta haluaa kokeilla",
            "Kumppanit (esim. yritykset) eivät aina usko että kunta haluaa kokeilla.",
        ),
        ("asukkaat (myös nuoret) tuntee palvelut", "Asukkaat (myös nuoret) tuntevat palvelut."),
        ("kunta (ja alue) ei usko", "Kunta (ja alue) ei usko."),
        # a form that is also an imperative agrees after a subject, but not after a negation
        ("tutkijat voi hyvin", "Tutkijat voivat hyvin."),
        # ... but before an A-infinitive the text cannot tell a subject from the zero
        # person's object: the parse decides (test_compose)
        ("tutkijat voi hyödyntää dataa", "Tutkijat voi hyödyntää dataa."),
        ("muistiot vois olla kaikkien nähtävillä", "Muistiot voisivat olla kaikkien nähtävillä."),
        # "itse ja vuokra" is no coordinated subject: "itse" belongs to the verb before it
        (
            "vessat pitää järjestää itse ja vuokra syö tulot",
            "Vessat pitää järjestää itse ja vuokra syö tulot.",
        ),
        # ... nor one after a verb of its clause with words between: "ja" joins two clauses
        (
            "palautteessa pyydetään aina nimi ja se karkottaa vastaajia",
            "Palautteessa pyydetään aina nimi ja se karkottaa vastaajia.",
        ),
        (
            "lomakkeessa kysytään heti osoite ja se ärsyttää",
            "Lomakkeessa kysytään heti osoite ja se ärsyttää.",
        ),
        # ... while after a clause's own "ja" the conjuncts are the next clause's subject
        (
            "kesällä on hiljaista ja kirjasto ja museo on kiinni",
            "Kesällä on hiljaista ja kirjasto ja museo ovat kiinni.",
        ),
        ("sen jälkeen vanhemmat ja opettaja tapaa", "Sen jälkeen vanhemmat ja opettaja tapaavat."),
        # the passive pluperfect stays singular as the perfect does; "oli" of an active
        # participle or a predicative agrees
        ("rampit oli jo purettu ennen muuttoa", "Rampit oli jo purettu ennen muuttoa."),
        ("ikkunat oli maalattu huolimattomasti", "Ikkunat oli maalattu huolimattomasti."),
        ("asukkaat oli tyytyväisiä", "Asukkaat olivat tyytyväisiä."),
        ("hoitajat oli jo kokeillut mallia", "Hoitajat olivat jo kokeilleet mallia."),
        ("asukasraadit toimi hyvin", "Asukasraadit toimivat hyvin."),
        ("eivät ne jää väliin", "Eivät ne jää väliin."),
        # a negation before a plural subject agrees with it
        (
            "kokeilut rahoitetaan yhdessä ettei ne jää väliin",
            "Kokeilut rahoitetaan yhdessä etteivät ne jää väliin.",
        ),
        ("eikä asukkaat ole mukana", "Eivätkä asukkaat ole mukana."),
        ("ei tietoa ole", "Ei tietoa ole."),
        # spoken "me" + passive → the standard passive; "me" never makes a verb third person
        ("me tehdään tätä yhdessä", "Tehdään tätä yhdessä."),
        ("Me ei olla sovittu mitään", "Ei olla sovittu mitään."),
        ("me teemme tätä yhdessä", "Me teemme tätä yhdessä."),
        ("miten luvut on laskettu", "Miten luvut on laskettu."),
        # a comma before an indirect question with -ko/-kö, not after "ja" or "vai"
        (
            "luottamus esihenkilöön ratkaisee uskaltaako ehdottaa",
            "Luottamus esihenkilöön ratkaisee uskaltaako ehdottaa.",
        ),
        (
            "mietittiin onko tästä hyötyä ja onko aikaa",
            "Mietittiin onko tästä hyötyä ja onko aikaa.",
        ),
        # spoken "vaan" (only) → "vain"; the conjunction after a negated clause stays
        ("bussi kulkee vaan kerran viikossa", "Bussi kulkee vain kerran viikossa."),
        ("varaus puhelimella eikä vaan netissä", "Varaus puhelimella eikä vain netissä."),
        (
            "johtaminen ei ole raportti vaan tapa keskustella",
            "Johtaminen ei ole raportti vaan tapa keskustella.",
        ),  # fmt: skip
        (
            "pelaaminen on harrastus siinä missä jalkapallo",
            "Pelaaminen on harrastus siinä missä jalkapallo.",
        ),  # fmt: skip
        # no comma between two conjunctions
        (
            "ikäihmiset pelkää että jos ne pyytää apua ne joutuu laitokseen",
            "Ikäihmiset pelkäävät että jos ne pyytävät apua ne joutuvat laitokseen.",
        ),
        # marks, shouting, repeats and punctuation
        ("- resurssit!!!", "Resurssit."),
        ("•   liikaa   palavereja jne jne", "Liikaa palavereja jne."),
        ("kuka vie tätä eteenpäin??", "Kuka vie tätä eteenpäin?"),
        # a singular question word is the subject, the plural nominative after it its object
        ("kuka ne hakee?", "Kuka ne hakee?"),
        ("kumpi ne maksaa", "Kumpi ne maksaa."),
        # the instructive "usein" inside the passive perfect
        ("päätökset on usein tehty kiireessä", "Päätökset on usein tehty kiireessä."),
        ("omistajuus epäselvä -> kukaan ei vastaa", "Omistajuus epäselvä – kukaan ei vastaa."),
        (
            "johdon pitää näyttää esimerkkiä. jos johto ei",
            "Johdon pitää näyttää esimerkkiä. Jos johto ei.",
        ),  # noqa: E501
    ],
)
def test_tidy_note_table(analyzer: LemmaAnalyzer, note: str, expected: str) -> None:
    assert " ".join(tidy_note(note, analyzer.voikko)) == expected


def test_tidy_note_prefers_words_of_the_clinic(analyzer: LemmaAnalyzer) -> None:
    vocabulary = {"luottamus": 3}
    assert tidy_note("asukkaiden luotamus", analyzer.voikko, vocabulary=vocabulary) == [
        "Asukkaiden luottamus."
    ]


def test_tidy_note_of_punctuation_only_is_empty(analyzer: LemmaAnalyzer) -> None:
    assert tidy_note(" - !!! ", analyzer.voikko) == []


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("kissa", "kissa", 0), ("kisa", "kissa", 1), ("ksisa", "kissa", 1), ("abc", "", 3)],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance


@pytest.mark.parametrize(
    ("note", "sentences"),
    [
        ("Esim. Kela ja THL tekevät tätä", ["Esim. Kela ja THL tekevät tätä."]),
        ("mm. Kela ja ns. Hyte-kerroin vaikuttaa", ["Mm. Kela ja ns. Hyte-kerroin vaikuttaa."]),
        ("vrt. Tampere. Siellä toimii", ["Vrt. Tampere.", "Siellä toimii."]),
        ("kela, thl yms. Ne auttavat", ["Kela, thl yms.", "Ne auttavat."]),
        ("raportit, tilastot jne. ovat auki", ["Raportit, tilastot jne. ovat auki."]),
    ],
)
def test_tidy_note_abbreviations_never_split_a_sentence(
    analyzer: LemmaAnalyzer, note: str, sentences: list[str]
) -> None:
    assert tidy_note(note, analyzer.voikko) == sentences


def test_tidy_note_never_spell_fixes_a_capitalised_word(analyzer: LemmaAnalyzer) -> None:
    assert tidy_note("Gemini kirjoitti luonnoksen", analyzer.voikko) == [
        "Gemini kirjoitti luonnoksen."
    ]
