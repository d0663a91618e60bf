"""Agreement and spoken verb forms read from the parse (summarize/concord.py), on sentences of
our own, with the real spaCy model and Voikko."""

from __future__ import annotations

import pytest
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.clauses import disagreements
from muistiinpanot.summarize.concord import concord_tokens, disagreeing_verbs
from muistiinpanot.summarize.phrases import sentence_pieces


def _rewritten(sentence: str, analyzer: LemmaAnalyzer) -> str:
    return token_text(concord_tokens(analyzer.parse([sentence])[0], analyzer.voikko))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb coordinated with another shares its plural subject
        (
            "Kokoukset ovat pitkiä ja vie koko päivän.",
            "Kokoukset ovat pitkiä ja vievät koko päivän.",
        ),
        (
            "Koulu ja kirjasto tekevät samaa työtä eikä tunne toisiaan.",
            "Koulu ja kirjasto tekevät samaa työtä eivätkä tunne toisiaan.",
        ),
        # a coordinated subject in a subordinate clause
        (
            "Hanke päättyi, kun rahoittaja ja kunta riiteli keskenään.",
            "Hanke päättyi, kun rahoittaja ja kunta riitelivät keskenään.",
        ),
        # a participle as the subject of a negated verb
        ("Illalla työssä olevat ei ehdi mukaan.", "Illalla työssä olevat eivät ehdi mukaan."),
        # a plural subject after its verb; "tulla" without an infinitive is no necessive
        ("Kokouksiin tulee aina samat henkilöt.", "Kokouksiin tulevat aina samat henkilöt."),
        ("Laskut tulee aina myöhässä.", "Laskut tulevat aina myöhässä."),
        # a spoken past written as the connegative, then made to agree
        ("Päätös viivästy viikolla.", "Päätös viivästyi viikolla."),
        ("Maksut kallistu syksyllä.", "Maksut kallistuivat syksyllä."),
        # "kun" before a noun phrase only is the comparative
        ("Vuokra on korkeampi kun viime vuonna.", "Vuokra on korkeampi kuin viime vuonna."),
        ("Lapset istuvat eri pöydässä kun aikuiset.", "Lapset istuvat eri pöydässä kuin aikuiset."),
        # a subject between the negation verb and its verb, coordinated or with an attribute:
        # the negation takes the plural (no existential inversion)
        (
            "Kerho loppui eikä lapset ja nuoret tapaa enää.",
            "Kerho loppui eivätkä lapset ja nuoret tapaa enää.",
        ),
        (
            "Tilat ovat kalliita eikä yhdistykset ja seurat pysty maksamaan vuokraa.",
            "Tilat ovat kalliita eivätkä yhdistykset ja seurat pysty maksamaan vuokraa.",
        ),
        ("Eikä kylän lapset ja nuoret saa kyytiä.", "Eivätkä kylän lapset ja nuoret saa kyytiä."),
        ("Ei koulun opettajat ja vanhemmat tapaa.", "Eivät koulun opettajat ja vanhemmat tapaa."),
        # a hortative passive is a proposal
        (
            "Järjestetään kysely ja kerätään palautetta.",
            "Pitäisi järjestää kysely ja kerätä palautetta.",
        ),
        ("Kysytään nuorilta itseltään.", "Pitäisi kysyä nuorilta itseltään."),
        # a negation verb with a clitic takes the plural with its clitic kept
        ("Eihän lapset ja nuoret ehdi.", "Eiväthän lapset ja nuoret ehdi."),
        ("Eikö lapset ja nuoret pääse mukaan?", "Eivätkö lapset ja nuoret pääse mukaan?"),
        (
            "Eipä vanhemmat ja opettajat tiedä asiasta.",
            "Eivätpä vanhemmat ja opettajat tiedä asiasta.",
        ),
        (
            "Eikö opettajat ja vanhemmat ole puhuneet?",
            "Eivätkö opettajat ja vanhemmat ole puhuneet?",
        ),
        # the connegative "ole" before a plural participle: the negation agrees
        (
            "Ei ne asiat ja ongelmat ole mihinkään kadonneet.",
            "Eivät ne asiat ja ongelmat ole mihinkään kadonneet.",
        ),
        (
            "Eihän ne kokoukset ja illat ole loppuneet.",
            "Eiväthän ne kokoukset ja illat ole loppuneet.",
        ),
        # the negation parsed under an adverbial still governs the verb: the verb stays the
        # connegative and the negation takes the plural
        ("Ei meillä lapset ja nuoret käy kerhossa.", "Eivät meillä lapset ja nuoret käy kerhossa."),
        ("Ei siellä nuoret ja vanhukset käy.", "Eivät siellä nuoret ja vanhukset käy."),
        # "kaikki" alone is "everyone", plural, as the subject of a verb whose subject is a
        # person or of a plural predicative (lexicons/agreement.toml)
        ("Ei kaikki jaksa odottaa vuoroaan.", "Eivät kaikki jaksa odottaa vuoroaan."),
        ("Kaikki ei osaa käyttää verkkopankkia.", "Kaikki eivät osaa käyttää verkkopankkia."),
        ("Torilla ei kaikki tiedä reitistä.", "Torilla eivät kaikki tiedä reitistä."),
        ("Ei kaikki ole valmiita muutokseen.", "Eivät kaikki ole valmiita muutokseen."),
        # a verb of time or strength whose infinitive acts on an object
        ("Kaikki ei ehdi lukea viestejä.", "Kaikki eivät ehdi lukea viestejä."),
        ("Ei kaikki jaksa kantaa vastuuta.", "Eivät kaikki jaksa kantaa vastuuta."),
        ("Kaikki ei tiedä asiasta mitään.", "Kaikki eivät tiedä asiasta mitään."),
    ],
)
def test_concord_tokens_rewrites(analyzer: LemmaAnalyzer, sentence: str, expected: str) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Hyllyssä on vanhat kansiot.",  # the existential "olla" keeps the singular
        "Raportit pitäisi julkaista netissä.",  # the necessive's nominative is its object
        "Lomakkeet voisi täyttää netissä.",  # the zero person of a modal
        "Soita asiakkaalle heti.",  # an imperative without a subject
        "Päätös ei viivästy.",  # a connegative under its negation
        "Soitan, kun ehdin.",  # a temporal "kun" with its verb
        "Tarvitaan lisää tiloja.",  # a modal's passive already says the need
        # a present passive with an adverb of frequency tells a practice, proposes nothing
        "Kutsutaan aina samat yhdistykset koolle.",
        "Valitaan nykyään halvin tarjous.",
        "Tarkistetaan jatkuvasti samoja papereita.",
        "Kokoukset ovat pitkiä ja vievät koko päivän.",
        "Eikä kylässä ole kauppaa.",  # a negated existential: its partitive is no subject
        "Eikä kukaan tiedä mitään.",  # a singular subject after the negation
        "Lapset ei ole tullut.",  # the singular participle would disagree with "eivät"
        "Eivätkä lapset tule.",  # already plural
        "Ei kaikki onnistu heti.",  # "kaikki" of things: "everything", singular
        "Kaikki ei ole huonosti.",  # ... and before an adverb
        # ... and of a verb of time or strength without an infinitive acting on an object
        "Kaikki ei ehdi valmiiksi ennen joulua.",
        "Ei kaikki ehdi valmistua ajoissa.",
        "Kaikki ei ehdi valmiiksi tänä vuonna.",
        "Ei kaikki ehdi toteutua tämän vuoden aikana.",
        "Kaikki ei jaksa kestää ikuisesti.",
        # "tietää" with a bare adjective foretells, of things
        "Mutta kaikki ei tiedä hyvää.",
        "Kaikki tämä ei tiedä hyvää.",
        # a singular nominative question word is the subject, the plural nominative the
        # object, wherever the parse hangs the word
        "Talossa ei tiedetä kuka roskat vie ulos.",
        "Kukaan ei muista kuka avaimet kotiin vei.",
        "Kukaan ei tiedä mikä lomakkeet hyväksyy.",
    ],
)
def test_concord_tokens_leaves_standard_finnish(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(sentence, analyzer) == sentence


def test_disagreeing_verbs_counts_shared_subjects(analyzer: LemmaAnalyzer) -> None:
    tokens = analyzer.parse(["Kokoukset ovat pitkiä ja vie koko päivän."])[0]
    assert disagreeing_verbs(tokens, analyzer.voikko) == 1
    fixed = concord_tokens(tokens, analyzer.voikko)
    assert disagreeing_verbs(fixed, analyzer.voikko) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        # a coordinated existential clause has a subject of its own
        "Kunnat ja järjestöt tekevät työtä erikseen eikä yhteistä suunnitelmaa ole.",
        # a subject after its verb without a determiner: the existential singular
        "Myöhästymisestä seuraa sakot.",
        # a copula before a singular predicative nominative
        "Pienet avustukset ilman raportointia olisi hyvä.",
    ],
)
def test_concord_tokens_leaves_existentials_and_predicatives(
    analyzer: LemmaAnalyzer, sentence: str
) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "plural"),
    [
        ("Kunta tai järjestö hoitaa asian.", False),  # "tai": one of them, the singular
        ("Asukkaat pelkäävät, että posti tai kauppa lähtee kylältä.", False),
        ("Kunta ja järjestö hoitaa asian.", True),  # "ja": together, the plural
    ],
)
def test_only_and_coordinated_subjects_are_plural(
    analyzer: LemmaAnalyzer, sentence: str, plural: bool
) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert (disagreements(tokens) > 0) is plural
    frame = sentence_pieces(tokens).frame
    assert frame is not None and frame.disagrees is (plural and "," not in sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the coordinated clause has a subject of its own, which the parse hangs elsewhere
        "Vuorot ovat täynnä, mutta kukaan salissa ei siivoa.",
        "Tilat ovat ahtaita, mutta kukaan johdossa ei välitä.",
    ],
)
def test_concord_tokens_keeps_own_subject_of_coordinated_clause(
    analyzer: LemmaAnalyzer, sentence: str
) -> None:
    assert _rewritten(sentence, analyzer) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a modal of possibility whose verb has its own object: the plural nominative is
        # the subject, and the modal agrees
        ("Uudet pyörätuolit voisi helpottaa arkea.", "Uudet pyörätuolit voisivat helpottaa arkea."),
        ("Kerhot voisi järjestää retkiä kesällä.", "Kerhot voisivat järjestää retkiä kesällä."),
        (
            "Asukkaat voi antaa palautetta kirjastossa.",
            "Asukkaat voivat antaa palautetta kirjastossa.",
        ),
        # without an object of its own, the nominative may be the zero person's object
        ("Lomakkeet voisi täyttää netissä.", "Lomakkeet voisi täyttää netissä."),
        ("Raportit voisi julkaista heti.", "Raportit voisi julkaista heti."),
        # an object after a coordinated verb is that verb's: the governed verb's frame is
        # still open, and the nominative may be its object
        (
            "Kokoukset voisi nauhoittaa ja julkaista tallenteen verkossa.",
            "Kokoukset voisi nauhoittaa ja julkaista tallenteen verkossa.",
        ),
        (
            "Luennot voisi videoida ja julkaista tallenteen netissä.",
            "Luennot voisi videoida ja julkaista tallenteen netissä.",
        ),
        (
            "Tapaamiset voisi nauhoittaa ja jakaa tallenteen verkossa.",
            "Tapaamiset voisi nauhoittaa ja jakaa tallenteen verkossa.",
        ),
    ],
)
def test_concord_tokens_possibility_modal_with_object(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second clause's object pronoun takes up the first clause's plural subject, so
        # that subject is not its subject: the zero person or the passive keeps "eikä"
        (
            "Penkit on huonossa kunnossa eikä niitä maalata.",
            "Penkit ovat huonossa kunnossa eikä niitä maalata.",
        ),
        (
            "Ohjeet ovat vain suomeksi eikä niitä ymmärrä.",
            "Ohjeet ovat vain suomeksi eikä niitä ymmärrä.",
        ),
        # review 27 #5: a plural oblique between the subject and the pronoun is skipped, and a
        # personal pronoun takes up a subject of persons
        (
            "Aukioloajat ovat eri paikoissa eikä niitä muista.",
            "Aukioloajat ovat eri paikoissa eikä niitä muista.",
        ),
        (
            "Lomakkeet ovat monilla sivuilla eikä niitä löydä.",
            "Lomakkeet ovat monilla sivuilla eikä niitä löydä.",
        ),
        (
            "asukkaat ovat huolissaan eikä heitä kuunnella",
            "asukkaat ovat huolissaan eikä heitä kuunnella",
        ),
        (
            "vanhukset asuvat kylissä eikä heitä käydä katsomassa",
            "vanhukset asuvat kylissä eikä heitä käydä katsomassa",
        ),
        # ... a pronoun that takes up another plural leaves the shared subject (as before)
        (
            "Koulu ja kirjasto tekevät samaa työtä eikä tunne toisiaan.",
            "Koulu ja kirjasto tekevät samaa työtä eivätkä tunne toisiaan.",
        ),
    ],
)
def test_a_clause_whose_object_takes_up_the_subject_borrows_no_subject(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert _rewritten(sentence, analyzer) == expected
