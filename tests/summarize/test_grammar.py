"""The sentence check of every bullet sentence (real Voikko): necessive subjects into the
genitive with Voikko-confirmed forms, agreement, finite verbs, "että" twice, spoken forms,
abbreviations that would split a sentence."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.grammar import close_quote, repair_sentence, sentence_problems
from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.textcommas import add_clause_commas


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ajanvaraus", "ajanvarauksen"),  # -us → -uksen
        ("avoimuus", "avoimuuden"),  # -uus → -uuden
        ("sähköinen", "sähköisen"),  # -nen → -sen
        ("oppiminen", "oppimisen"),  # the verbal noun
        ("avoin", "avoimen"),  # -in → -imen
        ("tieto", "tiedon"),  # consonant gradation t → d
        ("Kulttuuri", "Kulttuurin"),  # the capital kept
        ("ihmiset", "ihmisten"),  # plural
        ("asukkaat", "asukkaiden"),
        ("kokeilut", "kokeilujen"),
        ("tarve", None),  # tarve → tarpeen: no candidate, the caller drops the sentence
        ("nopeasti", None),  # not a nominative
    ],
)
def test_genitive_confirmed_by_voikko(
    analyzer: LemmaAnalyzer, word: str, expected: str | None
) -> None:
    assert genitive(word, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the necessive subject goes into the genitive, with its agreeing adjective
        (
            "Sähköinen ajanvaraus pitäisi olla helppo.",
            "Sähköisen ajanvarauksen pitäisi olla helppo.",
        ),
        # a dependent in another case stays as it is
        (
            "Virheistä oppiminen pitäisi olla osa kehittämistä.",
            "Virheistä oppimisen pitäisi olla osa kehittämistä.",
        ),
        # a genitive attribute inside the subject stays, the adjective before it moves
        (
            "Yhteinen asiakastietojen katselu pitäisi myös olla mahdollista.",
            "Yhteisen asiakastietojen katselun pitäisi myös olla mahdollista.",
        ),
        (
            "Avoimuus ja luottamus täytyy olla kunnossa.",
            "Avoimuuden ja luottamuksen täytyy olla kunnossa.",
        ),
        # existential "olla" with an adverbial first, and a nominative object: unchanged
        ("Kokeiluille pitäisi olla oma budjetti.", "Kokeiluille pitäisi olla oma budjetti."),
        ("Asukkaat pitäisi ottaa mukaan.", "Asukkaat pitäisi ottaa mukaan."),
        # a subordinate clause the parse does not show takes its comma by its first word: an
        # indirect question's verb with -ko/-kö, a subordinating conjunction before a finite verb
        (
            "Lääkkeet jaetaan dosettiin, mutta kukaan ei katso syökö isä ne.",
            "Lääkkeet jaetaan dosettiin, mutta kukaan ei katso, syökö isä ne.",
        ),
        (
            "Hoitajat eivät ehdi kysyä onko kaikki hyvin.",
            "Hoitajat eivät ehdi kysyä, onko kaikki hyvin.",
        ),
        (
            "Bussi jää tulematta koska kuljettajia ei ole.",
            "Bussi jää tulematta, koska kuljettajia ei ole.",
        ),
        # ... not after a conjunction or an adverb that may bind the clause, nor a comparison
        ("Mietittiin hintaa ja onko tilaa.", "Mietittiin hintaa ja onko tilaa."),
        ("Apua saa vasta kun tilanne on huono.", "Apua saa vasta kun tilanne on huono."),
        ("Kerho on isompi kuin viime vuonna.", "Kerho on isompi kuin viime vuonna."),
        ("Päätöksistä kerrotaan, jos kysyy.", "Päätöksistä kerrotaan, jos kysyy."),
        # agreement: plural subject, singular verb
        ("Ihmiset tuntee toisensa huonosti.", "Ihmiset tuntevat toisensa huonosti."),
        # ... but the connegative after a negation and a longer subject stays
        # ("tapaa": the connegative and the singular alike)
        (
            "Koulu tekee oman kyselynsä, eikä kunnan ja järjestöjen työntekijät tapaa toisiaan.",
            "Koulu tekee oman kyselynsä, eikä kunnan ja järjestöjen työntekijät tapaa toisiaan.",
        ),
        (
            "Kerhot loppuivat, eivätkä kylän ja kaupungin nuoret tapaa enää toisiaan.",
            "Kerhot loppuivat, eivätkä kylän ja kaupungin nuoret tapaa enää toisiaan.",
        ),
        ("Kylän nuoret tapaa toisiaan harvoin.", "Kylän nuoret tapaavat toisiaan harvoin."),
        # a negation in an earlier clause does not govern the verb: a coordinator after a
        # nominal in another case, a subordinator, or another verb ends its clause
        ("Ei rahaa ja nuoret lähtee kaupunkiin.", "Ei rahaa ja nuoret lähtevät kaupunkiin."),
        (
            "Kirjasto ei aukea aamuisin joten opiskelijat menee kahvilaan.",
            "Kirjasto ei aukea aamuisin joten opiskelijat menevät kahvilaan.",
        ),
        # (and the indirect question's comma, questioncommas.py)
        ("Ei tiedetä miksi nuoret lähtee pois.", "Ei tiedetä, miksi nuoret lähtevät pois."),
        (
            "Ei ole tiloja mutta perheet muuttaa silti.",
            "Ei ole tiloja mutta perheet muuttavat silti.",
        ),
        (
            "Kerho ei jatkunut (nuoret muuttaa pois) ja tilat jäi tyhjiksi.",
            "Kerho ei jatkunut (nuoret muuttavat pois) ja tilat jäivät tyhjiksi.",
        ),
        # ... while a coordinator between nominals in one case stays inside the subject
        (
            "Eikä Turun ja Tampereen asukkaat saa tietoa.",
            "Eikä Turun ja Tampereen asukkaat saa tietoa.",
        ),
        # ... and the negation before it agrees with it, the verb still its connegative
        ("Eikä nuoret ja vanhukset saa apua.", "Eivätkä nuoret ja vanhukset saa apua."),
        ("Ei kunta ja seurakunta tiedä asiasta.", "Eivät kunta ja seurakunta tiedä asiasta."),
        ("Ei kaupunki ja yhdistykset ehdi sopia.", "Eivät kaupunki ja yhdistykset ehdi sopia."),
        # a negation with a clitic keeps its clitic in the plural
        ("Eihän vanhemmat jaksa odottaa.", "Eiväthän vanhemmat jaksa odottaa."),
        ("Eikö asukkaat ja yrittäjät pääse mukaan?", "Eivätkö asukkaat ja yrittäjät pääse mukaan?"),
        # a clause of its own after the negation's verb: only the later verb agrees
        ("Ei ole rahaa ja ihmiset lähtee.", "Ei ole rahaa ja ihmiset lähtevät."),
        # a necessive subject without a confirmed genitive: dropped
        ("Tarve pitäisi olla selvä.", None),
        # "myös" once: the last stays (a template's "myös" before a note's own)
        (
            "Lisäksi pitäisi myös julkaista pöytäkirjat, myös silloin kun päätös on kiistaton.",
            "Lisäksi pitäisi julkaista pöytäkirjat, myös silloin kun päätös on kiistaton.",
        ),
        (
            "Myös kirjasto on mukana, ja myös koulu osallistuu.",
            "Kirjasto on mukana, ja myös koulu osallistuu.",
        ),
        # no finite verb, "että" twice, spoken forms, an abbreviation that splits: dropped
        ("Yhteinen kokeilu ja liikuntapalvelut.", None),
        ("Johto sanoi, että kokeilu on hyvä, että se jatkuu.", None),
        ("Tää on kiva juttu.", None),
        ("Kokeillaan pieniä asioita esim.", None),
        ("Kokeillaan pieniä asioita. Johto tukee.", None),
    ],
)
def test_repair_sentence(analyzer: LemmaAnalyzer, sentence: str, expected: str | None) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


def test_sentence_problems_names_each_rule(analyzer: LemmaAnalyzer) -> None:
    speller = analyzer.voikko
    assert sentence_problems("Tieto ei liiku.", speller) == []
    assert sentence_problems("Avoimuus pitäisi olla oletus.", speller) == ["necessive_nominative"]
    assert sentence_problems("Uupuneet työntekijät.", speller) == ["no_finite_verb"]
    assert "spoken" in sentence_problems("Me tehdään mut ei kerrota.", speller)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "vaikka" as "for example": the finite verb after it is a relative clause's own
        (
            "Voisi kokeilla vaikka kerhoa joka toimii iltaisin.",
            "Voisi kokeilla vaikka kerhoa joka toimii iltaisin.",
        ),
        (
            "Tarjolla voisi olla vaikka kahvia joka tarjotaan ilmaiseksi.",
            "Tarjolla voisi olla vaikka kahvia joka tarjotaan ilmaiseksi.",
        ),
        (
            "Voisimme pyytää vaikka rehtoria joka tuntee asian.",
            "Voisimme pyytää vaikka rehtoria joka tuntee asian.",
        ),
        ("Voisi ottaa vaikka pullaa mikä on halpaa.", "Voisi ottaa vaikka pullaa mikä on halpaa."),
        # (no comma before "vaikka"; the inflected relative "jota" takes its own, round 15)
        (
            "Ostetaan vaikka leipää jota riittää kaikille.",
            "Ostetaan vaikka leipää, jota riittää kaikille.",
        ),
        # spoken "kun" for "kuin" after a word whose comparison takes "kuin"
        ("Sama juttu kun viime vuonna oli.", "Sama juttu kun viime vuonna oli."),
        (
            "Samanlainen tilanne kun viime syksynä oli.",
            "Samanlainen tilanne kun viime syksynä oli.",
        ),
        (
            "Eri ryhmä kun viime kerralla tuli paikalle.",
            "Eri ryhmä kun viime kerralla tuli paikalle.",
        ),
        # a direct question's own verb after a fronted adverbial takes no comma
        ("Kerhossa onko tilaa?", "Kerhossa onko tilaa?"),
        ("Salissa riittääkö tuolit?", "Salissa riittääkö tuolit?"),
        ("Kokouksessa tuleeko kahvia?", "Kokouksessa tuleeko kahvia?"),
        # a singular nominative question word is the subject, the plural nominative its object
        ("Kuka ne hakee?", "Kuka ne hakee?"),
        ("Mikä ne korjaa?", "Mikä ne korjaa?"),
        ("Kumpi ne maksaa?", "Kumpi ne maksaa?"),
        ("Kuka sitten ne hakee kotiin?", "Kuka sitten ne hakee kotiin?"),
        ("Kuka postit ja paketit hakee?", "Kuka postit ja paketit hakee?"),
        # the instructive "usein" is an adverb inside the passive perfect
        (
            "Päätökset on usein tehty ilman asukkaita.",
            "Päätökset on usein tehty ilman asukkaita.",
        ),
        ("Säännöt ei ole usein muutettu.", "Säännöt ei ole usein muutettu."),
    ],
)
def test_repair_sentence_leaves_what_review16_found(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the commas and agreement the mends above must keep
        (
            "Hän tuli kokoukseen vaikka kaikki muut olivat lähteneet.",
            "Hän tuli kokoukseen, vaikka kaikki muut olivat lähteneet.",
        ),
        ("Muut lähtivät kun kello löi kymmenen.", "Muut lähtivät, kun kello löi kymmenen."),
        ("Tiedätkö onko salissa tilaa?", "Tiedätkö, onko salissa tilaa?"),
        ("Kysyin kerhossa onko tilaa.", "Kysyin kerhossa, onko tilaa."),
        ("Ketkä ne hakee?", "Ketkä ne hakevat?"),
        ("Tulokset on usein hyviä.", "Tulokset ovat usein hyviä."),
    ],
)
def test_repair_sentence_keeps_commas_and_agreement(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an inflected "joka" after a nominal opens a relative clause: its comma
        (
            "Kylään tarvitaan tila jossa nuoret voivat tavata iltaisin.",
            "Kylään tarvitaan tila, jossa nuoret voivat tavata iltaisin.",
        ),
        (
            "Hoitajat saivat uudet ohjeet joita kukaan ei ehtinyt lukea.",
            "Hoitajat saivat uudet ohjeet, joita kukaan ei ehtinyt lukea.",
        ),
        (
            "Kerhoon tulee lapsia jotka asuvat kaukana.",
            "Kerhoon tulee lapsia, jotka asuvat kaukana.",
        ),
        # the nominative singular "joka" may be "every": left to the parse
        ("Kerho kokoontuu joka viikko torstaisin.", "Kerho kokoontuu joka viikko torstaisin."),
        # a comma there already, or no finite verb in the clause
        (
            "Tarvitaan tila, jossa voi olla rauhassa.",
            "Tarvitaan tila, jossa voi olla rauhassa.",
        ),
    ],
)
def test_repair_sentence_relative_clause_comma(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past passive participle in another case than the nominative is an attribute, not
        # the passive perfect: the plural subject's "on" agrees
        ("Avaimet on lukitussa laatikossa.", "Avaimet ovat lukitussa laatikossa."),
        ("Tuolit on suljetussa varastossa.", "Tuolit ovat suljetussa varastossa."),
        # the passive perfect (singular nominative participle) stays
        ("Tuolit on jo siirretty.", "Tuolit on jo siirretty."),
        ("Hinnat on korotettu.", "Hinnat on korotettu."),
    ],
)
def test_repair_sentence_on_before_inflected_participle(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quotation the cut left open is closed before the full stop
        (
            'Puhelimessa vastaus on aina "soita huomenna.',
            'Puhelimessa vastaus on aina "soita huomenna".',
        ),
        # a closed one stays
        (
            'Puhelimessa vastaus on aina "soita huomenna".',
            'Puhelimessa vastaus on aina "soita huomenna".',
        ),
    ],
)
def test_repair_sentence_closes_open_quote(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a mark right after a digit is the inch or second sign, no quotation to close
        'Ruutu oli 27" eikä riittänyt.',
        'Putken halkaisija on 2" ja se vuotaa.',
        'Näyttö on 15,6" ja liian pieni.',
    ],
)
def test_close_quote_leaves_inch_mark(sentence: str) -> None:
    assert close_quote(sentence) == sentence


def test_close_quote_after_inch_mark_still_closes() -> None:
    # the inch sign does not count, the open quotation after it is still closed
    sentence = 'Ruutu oli 27" ja myyjä sanoi "riittää kyllä.'
    assert close_quote(sentence) == 'Ruutu oli 27" ja myyjä sanoi "riittää kyllä".'


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relative clause inside the main clause closes before the main clause's verb
        (
            "Nuoret jotka asuvat kaukana eivät pääse harrastuksiin.",
            "Nuoret, jotka asuvat kaukana, eivät pääse harrastuksiin.",
        ),
        (
            "Asia josta puhuttiin eilen on tärkeä.",
            "Asia, josta puhuttiin eilen, on tärkeä.",
        ),
        (
            "Pyörät joita lainataan kesällä palautetaan syksyllä.",
            "Pyörät, joita lainataan kesällä, palautetaan syksyllä.",
        ),
        (
            "Hanke jota kunta rahoittaa päättyy ensi vuonna.",
            "Hanke, jota kunta rahoittaa, päättyy ensi vuonna.",
        ),
        # a negation verb's connegative is the relative clause's own verb: no comma between
        (
            "Kirjasto jota kaupunki ei korjaa suljetaan keväällä.",
            "Kirjasto, jota kaupunki ei korjaa, suljetaan keväällä.",
        ),
        (
            "Laskut lähetetään osoitteeseen jota kukaan ei enää käytä.",
            "Laskut lähetetään osoitteeseen, jota kukaan ei enää käytä.",
        ),
        (
            "Tiedot kirjataan lomakkeelle jota kukaan ei ehdi lukea.",
            "Tiedot kirjataan lomakkeelle, jota kukaan ei ehdi lukea.",
        ),
    ],
)
def test_add_clause_commas_closes_relative_clause(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a question word right after a verb or a participle opens an indirect question
        (
            "Vanhemmat eivät tiedä mihin kerhoon lapsen voi ilmoittaa.",
            "Vanhemmat eivät tiedä, mihin kerhoon lapsen voi ilmoittaa.",
        ),
        ("Kukaan ei selittänyt miksi.", "Kukaan ei selittänyt, miksi."),
        (
            "Asukkaat kysyivät milloin silta korjataan.",
            "Asukkaat kysyivät, milloin silta korjataan.",
        ),
        (
            "Ohjeessa ei kerrota kuinka kauan jono kestää.",
            "Ohjeessa ei kerrota, kuinka kauan jono kestää.",
        ),
        # ... not before an indefinite particle, nor after a word that is not a verb
        ("Kerhossa voi tehdä mitä tahansa.", "Kerhossa voi tehdä mitä tahansa."),
        # ... nor before an indefinite pronoun of a question word's base (a clitic on it)
        ("Tuloksia ei kerrota missään.", "Tuloksia ei kerrota missään."),
        ("Vanhemmat eivät luota kehenkään.", "Vanhemmat eivät luota kehenkään."),
        (
            "Koulut hoitavat kumpikin omat kuljetuksensa.",
            "Koulut hoitavat kumpikin omat kuljetuksensa.",
        ),
        ("Eikä kumpikaan vastaa.", "Eikä kumpikaan vastaa."),
        ("Mitä enemmän kävijöitä sitä parempi.", "Mitä enemmän kävijöitä sitä parempi."),
        # the clause has a verb of its own: a finite one, a bare infinitive, or the question
        # word stands alone (review 23 #5: these keep their comma)
        ("Vanhemmat eivät tiedä mitä palveluja on.", "Vanhemmat eivät tiedä, mitä palveluja on."),
        ("Eikä kukaan kertonut miksi.", "Eikä kukaan kertonut, miksi."),
        ("Nuoret eivät tiedä mitä tehdä.", "Nuoret eivät tiedä, mitä tehdä."),
        (
            "Kukaan ei tiennyt kuinka monta kävijää tulee.",
            "Kukaan ei tiennyt, kuinka monta kävijää tulee.",
        ),
        ("Kysymys on kuka maksaa.", "Kysymys on, kuka maksaa."),
        # ... not a question word in a phrase with no verb of its own (review 23 #5): "mitä" +
        # superlative, an indefinite particle further on, a direct question, "kuinka ollakaan"
        ("Tilaisuus oli mitä parhain.", "Tilaisuus oli mitä parhain."),
        ("Sää oli mitä kaunein koko viikon.", "Sää oli mitä kaunein koko viikon."),
        ("Juhla onnistui mitä parhaiten.", "Juhla onnistui mitä parhaiten."),
        (
            "Tapahtumassa nähtiin mitä erilaisimpia esityksiä jotka ihastuttivat yleisöä.",
            "Tapahtumassa nähtiin mitä erilaisimpia esityksiä, jotka ihastuttivat yleisöä.",
        ),
        ("Hinta nousi kuinka paljon tahansa.", "Hinta nousi kuinka paljon tahansa."),
        (
            "Lipun hinta nousi kuinka korkeaksi tahansa.",
            "Lipun hinta nousi kuinka korkeaksi tahansa.",
        ),
        (
            "Kerhossa saa olla kuinka kauan tahansa kun haluaa.",
            "Kerhossa saa olla kuinka kauan tahansa kun haluaa.",
        ),
        ("Kävijöitä oli kuinka paljon?", "Kävijöitä oli kuinka paljon?"),
        ("Se oli kuinka ollakaan liian kallis.", "Se oli kuinka ollakaan liian kallis."),
        (
            "Bussi lähti kuinka ollakaan etuajassa ja lapset jäivät pysäkille.",
            "Bussi lähti kuinka ollakaan etuajassa ja lapset jäivät pysäkille.",
        ),
        # ... nor the concessive repetition of the verb
        ("Kävi miten kävi.", "Kävi miten kävi."),
    ],
)
def test_add_clause_commas_before_an_indirect_question(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a conjunction or a word read as a finite verb and as a participle after the clause's
        # verb: where the clause ends the words do not show, so no half of the pair is added
        "Kerho jossa lapset leikkivät ja vanhemmat juttelevat on suosittu.",
        "Opettajat joita haastateltiin viime viikolla toivovat lisää resursseja.",
    ],
)
def test_add_clause_commas_no_half_pair(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert add_clause_commas(sentence, analyzer.voikko) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare noun phrase spliced on with ", esim." is bracketed
        (
            "Kannattaisi aloittaa pienestä alueesta, esim. yksi kortteli.",
            "Kannattaisi aloittaa pienestä alueesta (esimerkiksi yksi kortteli).",
        ),
        (
            "Tarvitaan tukea arkeen, esimerkiksi kauppakassit ja siivous.",
            "Tarvitaan tukea arkeen (esimerkiksi kauppakassit ja siivous).",
        ),
        # a list's closing abbreviation keeps its dot inside the brackets
        (
            "Pitäisi hyödyntää tiloja, esim. koulut, päiväkodit jne.",
            "Pitäisi hyödyntää tiloja (esimerkiksi koulut, päiväkodit jne.).",
        ),
        (
            "Tarvitaan välineitä, esim. kynät, paperit yms.",
            "Tarvitaan välineitä (esimerkiksi kynät, paperit yms.).",
        ),
        (
            "Ruokaa jäi paljon, esim. leipää, hedelmiä tms.",
            "Ruokaa jäi paljon (esimerkiksi leipää, hedelmiä tms.).",
        ),
        (
            "Apu tulee myöhään, kun jotain sattuu, esim. kaatuminen.",
            "Apu tulee myöhään, kun jotain sattuu (esimerkiksi kaatuminen).",
        ),
        # an adverbial is no noun phrase spliced on: it stays
        (
            "Johdon pitäisi näyttää mallia, esimerkiksi julkaisemalla omat ajatuksensa.",
            "Johdon pitäisi näyttää mallia, esimerkiksi julkaisemalla omat ajatuksensa.",
        ),
        (
            "Apua saa monesta paikasta, esim. kirjastosta.",
            "Apua saa monesta paikasta, esimerkiksi kirjastosta.",
        ),
        (
            "Palautetta voisi kerätä, esimerkiksi soittamalla asukkaille.",
            "Palautetta voisi kerätä, esimerkiksi soittamalla asukkaille.",
        ),
        # a tail with a finite verb is a clause of its own and stays
        (
            "Kaikki ei toimi, esim. kirjasto sulkeutuu liian aikaisin.",
            "Kaikki ei toimi, esimerkiksi kirjasto sulkeutuu liian aikaisin.",
        ),
        # an example inside the clause is in its place already
        (
            "Yhteistyökumppanit (esim. yritykset) eivät usko siihen.",
            "Yhteistyökumppanit (esimerkiksi yritykset) eivät usko siihen.",
        ),
    ],
)
def test_repair_sentence_brackets_example_tail(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the past active participle agrees with the plural auxiliary, adverbs between
        ("Asukkaat oli jo valittanut asiasta.", "Asukkaat olivat jo valittaneet asiasta."),
        (
            "Kirjastot ja koulut ei ole tehnyt yhteistyötä.",
            "Kirjastot ja koulut eivät ole tehneet yhteistyötä.",
        ),
        # the pluperfect's "ollut" and the participle after it
        (
            "Kylät ja kunnat ei ollut vielä sopinut asiasta.",
            "Kylät ja kunnat eivät olleet vielä sopineet asiasta.",
        ),
        # an adjective in the illative or an adverbial case stands as an adverb too
        (
            "Asukkaat on jo pitkään toivonut parempaa.",
            "Asukkaat ovat jo pitkään toivoneet parempaa.",
        ),
        (
            "Vanhemmat on aktiivisesti kysynyt kerhosta.",
            "Vanhemmat ovat aktiivisesti kysyneet kerhosta.",
        ),
        (
            "Nuoret ei ole turhaan odottanut vastausta.",
            "Nuoret eivät ole turhaan odottaneet vastausta.",
        ),
        # a passive perfect keeps its singular participle and "on"
        ("Hinnat on jo laskettu.", "Hinnat on jo laskettu."),
    ],
)
def test_repair_sentence_participle_agrees(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == expected
