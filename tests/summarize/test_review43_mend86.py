"""Review 43's notes whose meaning the post changed (mend86; real spaCy parser and Voikko).
Notes of our own, written before the code, with the output lead 7d71c43 gave:

- #2: a verbless note whose head is a noun of harm ("melu", "-haitta", "-vaara", "riski")
  with a goal adverbial was published as a wish ("Toivottiin melua eläimille"); it is raised
  in the neutral frame ("Esiin nousi melu eläimille …"). A wish whose noun is a harm's cure
  ("meluesteet", "riskienhallinta", "vahinkovakuutus") stays a wish; "esim." before a word is
  written out in a published sentence;
- #10: a zero-person "voisi" with a plural nominative before it was made plural when the
  parse read a genitive attribute as the infinitive's object ("Lennot voisi yhdistää postin
  ja kaupan kuljetuksiin" → lead: "voisivat"); the writer's singular stands there;
- #9: a comma-spliced clause that frames the first ("asukas kokee että …") or proposes
  ("tarvitaan opastusta") is kept, joined with "ja" (lead: the first clause alone, a worry or
  a finding stated as a fact);
- #10: a typo the lemmatizer read as a word is written as that word when Voikko suggests it;
- #6: the reason a theme got no bullet names the check;
- left (strict xfail, lead's output recorded): #9 a proposal in the present passive (a rule
  that wrote every such main clause in the necessive turned dev complaints into proposals:
  "Kesäksi halli pitäisi sulkea kokonaan …"); a comma before coordinated question words
  after an adverb Voikko reads as a noun."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.clearing import clear_notes
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.notechecks import checked_notes
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.reasons import no_bullet_reason
from muistiinpanot.summarize.tidy import tidy_note


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # lead 7d71c43: "Toivottiin <partitive> …" for each
        (
            "Melu eläimille, esim. lintujen pesimäaika metsissä",
            "Esiin nousi melu eläimille, esim. lintujen pesimäaika metsissä.",
        ),
        ("pölyhaitat asukkaille kesällä", "Esiin nousivat pölyhaitat asukkaille kesällä."),
        (
            "liikennevaara lapsille koulumatkalla",
            "Esiin nousi liikennevaara lapsille koulumatkalla.",
        ),
        ("riski yksityisyydelle", "Esiin nousi riski yksityisyydelle."),
        ("häiriö naapureille iltaisin", "Esiin nousi häiriö naapureille iltaisin."),
        ("hajuhaitta lähitaloille", "Esiin nousi hajuhaitta lähitaloille."),
        ("lisämelu asukkaille yöllä", "Esiin nousi lisämelu asukkaille yöllä."),
    ],
)
def test_a_harm_to_someone_is_raised_not_wished(
    analyzer: LemmaAnalyzer, note: str, sentence: str
) -> None:
    assert note_clauses(analyzer, note, "tidied") == [sentence]


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # controls: wishes as lead 7d71c43 wrote them, a cure's noun among them
        (
            "meluesteet asukkaille moottoritien varteen",
            "Toivottiin meluesteitä asukkaille moottoritien varteen.",
        ),
        ("kuulosuojaimet työntekijöille", "Toivottiin kuulosuojaimia työntekijöille."),
        ("penkit vanhuksille puistoon", "Toivottiin penkkejä vanhuksille puistoon."),
        (
            "riskienhallinta kaikille hankkeille",
            "Toivottiin riskienhallintaa kaikille hankkeille.",
        ),
        ("vahinkovakuutus vuokralaisille", "Toivottiin vahinkovakuutusta vuokralaisille."),
        ("hiljaiset tilat opiskelijoille", "Toivottiin hiljaisia tiloja opiskelijoille."),
    ],
)
def test_a_wish_for_a_cure_stays_a_wish(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    assert note_clauses(analyzer, note, "tidied") == [sentence]


@pytest.mark.parametrize(
    ("sentence", "published"),
    [  # lead 7d71c43 kept "esim." as written
        (
            "Esiin nousi melu eläimille, esim. lintujen pesimäaika metsissä.",
            "Esiin nousi melu eläimille, esimerkiksi lintujen pesimäaika metsissä.",
        ),
        (
            "Pitäisi kokeilla pienessä asiassa, esim. leikkipuistot.",
            "Pitäisi kokeilla pienessä asiassa (esimerkiksi leikkipuistot).",
        ),
        ("Koulutusta tarvitaan esim. exceliin.", "Koulutusta tarvitaan esimerkiksi exceliin."),
    ],
)
def test_esim_is_written_out(analyzer: LemmaAnalyzer, sentence: str, published: str) -> None:
    assert repair_sentence(sentence, analyzer.voikko) == published


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        (  # lead 7d71c43: "Lennot voisivat yhdistää …"
            "Lennot vois yhdistää postin ja kaupan kuljetuksiin",
            "Lennot voisi yhdistää postin ja kaupan kuljetuksiin.",
        ),
        # controls, as lead wrote them: a zero-person object, a subject with its own object
        ("kokoukset vois pitää etänä", "Kokoukset voisi pitää etänä."),
        (
            "vanhat laitteet vois kierrättää kouluille",
            "Vanhat laitteet voisi kierrättää kouluille.",
        ),
        ("Opettajat vois opettaa ohjelmointia", "Opettajat voisivat opettaa ohjelmointia."),
    ],
)
def test_a_zero_person_modal_keeps_its_singular(
    analyzer: LemmaAnalyzer, note: str, sentence: str
) -> None:
    """The clause as repaired, and the parse's agreement (Frame.disagrees, which
    compose._agreeing follows) does not make a zero person's "voisi" plural. Left: with no
    object at all ("vanhat laitteet voisi kierrättää kouluille") the parse's subject still
    makes it plural in the bullet, as on lead."""
    tidied = tuple(tidy_note(note, analyzer.voikko))
    cleared = Cleared(Note("n1", "c", "g", note, SourceRef("f.txt", 1)), tidied)
    (found,) = parse_pieces([cleared], analyzer).values()
    (piece,) = [piece for piece in found if piece.kind == "clause"]
    assert repair_sentence(piece.span.text, analyzer.voikko) == sentence
    if "postin" in sentence:  # the genitive attribute the parse read as an object
        assert piece.frame is None or not piece.frame.disagrees


@pytest.mark.xfail(strict=True, reason="left by mend86: a passive plan reads as a complaint too")
@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # #9: lead 7d71c43 and this branch write the passive as a fact: the note as typed
        (
            "henkilöstön ajot ja asukkaiden ajot erotetaan laskutuksessa",
            "Henkilöstön ajot ja asukkaiden ajot pitäisi erottaa laskutuksessa.",
        ),
        ("kuvat sumennetaan automaattisesti", "Kuvat pitäisi sumentaa automaattisesti."),
        (
            "käyttämättömät vuorot vapautetaan muille",
            "Käyttämättömät vuorot pitäisi vapauttaa muille.",
        ),
    ],
)
def test_left_a_proposal_in_the_passive(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    (clause,) = note_clauses(analyzer, note, "tidied")
    assert repair_sentence(clause, analyzer.voikko) == sentence


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # #9: lead 7d71c43 kept the first clause alone (in the comment)
        (  # "Drooni lentää takapihan yli." (and no clause with the "Yksityisyys:" topic)
            "drooni lentää takapihan yli, asukas kokee että häntä kuvataan",
            "Drooni lentää takapihan yli, ja asukas kokee, että häntä kuvataan.",
        ),
        (  # "Sähköauto pelottaa vanhempia asukkaita."
            "Sähköauto pelottaa vanhempia asukkaita, tarvitaan opastusta",
            "Sähköauto pelottaa vanhempia asukkaita, ja tarvitaan opastusta.",
        ),
        (  # "Bussi kulkee harvoin."
            "bussi kulkee harvoin, moni vanhempi pelkää että lapset myöhästyvät",
            "Bussi kulkee harvoin, ja moni vanhempi pelkää, että lapset myöhästyvät.",
        ),
    ],
)
def test_a_spliced_frame_or_proposal_is_kept(
    analyzer: LemmaAnalyzer, note: str, sentence: str
) -> None:
    (clause,) = note_clauses(analyzer, note, "tidied")
    assert repair_sentence(clause, analyzer.voikko) == sentence


@pytest.mark.parametrize(
    ("note", "clauses"),
    [  # controls: as lead 7d71c43 wrote them
        (  # a second clause that neither frames nor proposes, of its own subject: cut as a
            # comma splice until post47, now joined ([summary] spliced_clauses)
            "bussi on usein myöhässä, kuljettaja vaihtuu joka viikko",
            ["Bussi on usein myöhässä, ja kuljettaja vaihtuu joka viikko."],
        ),
        (  # an elliptic contrast after the comma: no clause of its own, nothing joined
            "asukkaille pitäisi kertoa myös mikä on mennyt pieleen, ei vain että kaikki etenee",
            [],
        ),
    ],
)
def test_a_plain_comma_splice_stays_cut(
    analyzer: LemmaAnalyzer, note: str, clauses: list[str]
) -> None:
    assert note_clauses(analyzer, note, "tidied") == clauses


def test_a_typo_the_lemmatizer_read_is_written_as_that_word(analyzer: LemmaAnalyzer) -> None:
    """#10: Voikko's suggestion that is one of the note's own lemmas is a certain fix; lead
    7d71c43 kept "Vahinkoilmotus" (a long word, used nowhere else in the clinic)."""
    text = "vahinkoilmotus pitäis pystyy tekee suoraan sovelluksesta"
    lemmas = ("vahinkoilmoitus", "vahinko", "ilmoitus", "pitää", "pystyä", "tehdä")
    read = Note("n1", "c", "g", text, SourceRef("f.txt", 1), lemmas=lemmas)
    unread = Note("n2", "c", "g", text, SourceRef("f.txt", 2))
    cleared, _ = clear_notes([read, unread], [read, unread], analyzer)
    assert cleared[0].sentences[0].startswith("Vahinkoilmoitus ")
    # review 60 #5 (mend122): without a reading too, the i of "-oi-" that speech drops is put
    # back when Voikko's base form of the suggestion has it (this note no longer shows that
    # the lemmas decide; the first assertion does, and test_a_correction_that_is_no_dropped_i…)
    assert cleared[1].sentences[0].startswith("Vahinkoilmoitus ")


@pytest.mark.parametrize(
    ("text", "lemma", "start"),
    [  # Voikko's first suggestion, which the lemmatizer took too: as typed, as on lead
        ("toisiokäyttölaki ja sen tulkinnat", "tosiokäyttölaki", "Toisiokäyttölaki "),
        ("hoitoisuusluokka määrää palkkion", "hoitorisuusluokka", "Hoitoisuusluokka "),
    ],
)
def test_a_correction_that_is_no_dropped_i_is_not_certain(
    analyzer: LemmaAnalyzer, text: str, lemma: str, start: str
) -> None:
    """A letter removed or a consonant added is no spoken form's dropped "i": not certain."""
    note = Note("n1", "c", "g", text, SourceRef("f.txt", 1), lemmas=(lemma,))
    cleared, _ = clear_notes([note], [note], analyzer)
    assert cleared[0].sentences[0].startswith(start)


def test_the_reason_names_the_check(analyzer: LemmaAnalyzer) -> None:
    """#6: lead 7d71c43 said "lause ei läpäissyt tarkistuksia tai toisti jo sanottua: 3"."""
    texts = {
        "a": "jos akku on tyhjä seuraava käyttäjä ei pääse mihinkään",
        "b": "latauspisteitä liian vähän kunnantalon pihassa",
        "c": "Latauspisteitä pitää lisätä kunnantalon pihaan.",
    }
    notes = [Note(i, "c", "g", t, SourceRef("f.txt", n)) for n, (i, t) in enumerate(texts.items())]
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in notes]
    pieces = parse_pieces(cleared, analyzer)
    unparsed = {i for i, found in pieces.items() if not found}
    causes = checked_notes(cleared, pieces, unparsed, set(texts), analyzer)
    assert causes == {"a": "structure", "b": "no_clause", "c": "unused"}
    reason = no_bullet_reason(
        list(texts), set(texts), {c.note.id: c.sentences for c in cleared}, (), set(), [], causes
    )
    assert "jäsennyksen tarkistus" in reason.fi and "ei kokonaista lausetta" in reason.fi
    assert "nostoon valittiin muita" in reason.fi and "tarkistuksia tai" not in reason.fi


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # controls: lead 7d71c43's output, which must stay
        ("kysytään aina samoja nuoria", "Kysytään aina samoja nuoria."),
        ("päätös tehtiin jo keväällä", "Päätös tehtiin jo keväällä."),
        ("pitää selvittää milloin kirjasto on auki", "Pitää selvittää, milloin kirjasto on auki."),
    ],
)
def test_controls_stay(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    assert note_clauses(analyzer, note, "tidied") == [sentence]


@pytest.mark.xfail(strict=True, reason="left by mend86: Voikko reads 'etukäteen' as a noun")
def test_left_comma_before_coordinated_question_words(analyzer: LemmaAnalyzer) -> None:
    sentence = "Asukkaille pitää kertoa etukäteen missä ja milloin lennetään."
    assert repair_sentence(sentence, analyzer.voikko) == (
        "Asukkaille pitää kertoa etukäteen, missä ja milloin lennetään."
    )


@pytest.mark.xfail(strict=True, reason="left by mend86: a plural verb also read as a participle")
def test_left_comma_after_a_plural_verb_of_feeling(analyzer: LemmaAnalyzer) -> None:
    """lead 7d71c43 and this branch: "… vanhemmat pelkäävät että lapset myöhästyvät." (no
    comma: Voikko also reads "pelkäävät", "kokevat" as participles)."""
    sentence = "Vanhemmat pelkäävät että lapset myöhästyvät."
    assert repair_sentence(sentence, analyzer.voikko) == (
        "Vanhemmat pelkäävät, että lapset myöhästyvät."
    )
