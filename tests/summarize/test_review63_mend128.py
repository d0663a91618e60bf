"""Wrong outputs of this session's post rules (review 63, mend128; real spaCy model and
Voikko). Written before the code, with notes of my own (none from the review's clinics or from
benchmarks data); the reviewer's cases are kept as regressions at the end of each test's list:

- #1 a statement that leaves out "että" is no indirect question: only a quantity or degree
  word (lexicons/commas.toml `clitic_stems`) after a verb of telling or asking takes "-ko";
- #2 a verbless comparative against the past ("kuin ennen", "kuin aiemmin") is a finding, not
  a wish; against the present it is a wish only when its direction is judged good, and no
  wrong genitive is formed ("vuokrat" is never "Vuorien");
- #3 two sentences of a bullet are joined by their opening only when the openings are the same
  words in the same forms and both remainders open with the same subordinator, never after
  "mutta", "eli", "vaan", "ja", "vaikka";
- #4 a compound heading word's head is said by a word whose base or compound part equals it,
  never by a word that merely holds it ("talous" does not say "Kylätalo");
- #5 a verbless note with any judged part (good or bad) is no wish, and every judged part is
  kept (not done in mend128's time: strict xfail where lead fails it)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.headingwords import says, text_bases
from muistiinpanot.summarize.sameopenings import said_openings_once


@pytest.mark.parametrize(
    ("note", "word"),
    [
        ("sanottiin vihdoin kirjasto aukeaa syksyllä", "vihdoin"),
        ("todettiin usein kävijät jonottavat kassalle", "usein"),
        ("sanottiin nyt asukkaat osallistuvat enemmän", "nyt"),
        ("kerrottiin myös nuoret osallistuvat", "myös"),
        ("tiedetään hyvin asukkaat haluavat muutosta", "hyvin"),
    ],
)
def test_statement_without_etta_gets_no_clitic(
    analyzer: LemmaAnalyzer, note: str, word: str
) -> None:
    clauses = note_clauses(analyzer, note)
    assert clauses, clauses
    text = " ".join(clauses).lower()
    assert f"{word}ko" not in text and f"{word}kö" not in text, clauses


@pytest.mark.parametrize(
    ("note", "asked"),
    [
        ("kysyttiin paljon kurssi maksaa", "paljonko kurssi maksaa"),
        ("pitää kertoa paljon kurssi maksaa", "paljonko kurssi maksaa"),
    ],
)
def test_quantity_question_still_gets_clitic(
    analyzer: LemmaAnalyzer, note: str, asked: str
) -> None:
    clauses = note_clauses(analyzer, note)
    assert any(asked in c for c in clauses), clauses


@pytest.mark.parametrize(
    "note",
    [
        "opasteet selvemmät kuin aiemmin",
        "kokoukset lyhyemmät kuin ennen",
        "maksut kalliimmat kuin nyt",
        "ohjeet selkeämmät kuin ennen",
        "vuokrat korkeammat kuin nyt",
    ],
)
def test_comparative_finding_or_worry_is_no_wish(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note)
    text = " ".join(clauses)
    assert "pitäisi" not in text and "Toivottiin" not in text, clauses
    assert "Vuorien" not in text, clauses


@pytest.mark.parametrize(
    ("note", "subject"),
    [
        ("palvelut nopeammat kuin nykyään", "palvelut"),
        ("tiedotteet selkeämmät kuin nyt", "tiedotteet"),
    ],
)
def test_good_comparative_against_present_is_wish(
    analyzer: LemmaAnalyzer, note: str, subject: str
) -> None:
    clauses = note_clauses(analyzer, note)
    assert clauses, clauses
    assert all(c.startswith("Toivottiin") for c in clauses), clauses
    assert any(subject in c for c in clauses), clauses


def test_same_openings_same_subordinator_joined(analyzer: LemmaAnalyzer) -> None:
    sentences = ["Hanke onnistuu, kun asukkaat osallistuvat.", "Hanke onnistuu, kun kunta tukee."]
    joined = said_openings_once(sentences)
    assert joined == ["Hanke onnistuu, kun asukkaat osallistuvat ja kun kunta tukee."], joined


@pytest.mark.parametrize(
    "sentences",
    [
        ["Palvelu paranee, koska väkeä lisättiin.", "Palvelu paranee, jos väkeä lisätään."],
        ["Kerho onnistui, kun nuoret tulivat.", "Kerho onnistuu, kun nuoret tulevat."],
        ["Kirjasto toimii, mutta tilat puuttuvat.", "Kirjasto toimii, mutta aukiolo on lyhyt."],
        ["Kahvila kannattaa, vaikka hinnat nousevat.", "Kahvila kannattaa, vaikka väki vähenee."],
        ["Kokeilu onnistui, koska rahoitus riitti.", "Kokeilu onnistui, jos rahoitus jatkuu."],
        ["Kokeilu onnistui, eli asukkaat maksavat.", "Kokeilu onnistui, eli nuoret tulevat."],
        ["Hanke jatkuu, jos rahoitus jatkuu.", "Hanke jatkuu, vaikka rahoitus loppuu."],
        ["Hanke jatkuu, jos rahoitus jatkuu.", "Hanke jatkuu, mutta nuoret puuttuvat."],
    ],
)
def test_openings_not_joined(analyzer: LemmaAnalyzer, sentences: list[str]) -> None:
    assert said_openings_once(sentences) == sentences


@pytest.mark.parametrize(
    ("word", "text", "said"),
    [
        ("Pyöräpaja", "pajatso soi", False),
        ("Kyläkauppa", "kauppias tuli", False),
        ("Pyöräpaja", "pajalla korjataan", True),
        ("Kyläkauppa", "ruokakaupassa jonottaa", True),
        ("Kylätalo", "talous on tiukka", False),
        ("Uimahalli", "hallinto on raskas", False),
        ("Kirjastoauto", "autonomia kasvaa", False),
    ],
)
def test_heading_head_said_by_equal_base(
    analyzer: LemmaAnalyzer, word: str, text: str, said: bool
) -> None:
    voikko = analyzer.voikko
    assert says(word, text_bases(text, voikko), voikko) is said


_JUDGED_NOT_DONE = pytest.mark.xfail(
    strict=True,
    reason="review 63 #5 not mended in mend128's time: judgedparts.judged_concern reads one "
    "bad judgement only; a good one or a second is lost or made a wish",
)


@pytest.mark.parametrize(
    ("note", "judged"),
    [
        pytest.param(
            "kerhotila koululla, ohjaaja innostunut", ("innostunut",), marks=_JUDGED_NOT_DONE
        ),
        pytest.param(
            "maksut kohtuullisia, asiointi sujuvaa",
            ("kohtuullisia", "sujuvaa"),
            marks=_JUDGED_NOT_DONE,
        ),
        pytest.param(
            "tilat ahtaita, lainat hitaita", ("ahtaita", "hitaita"), marks=_JUDGED_NOT_DONE
        ),
        pytest.param(
            "koulutus verkossa, materiaali laadukas", ("laadukas",), marks=_JUDGED_NOT_DONE
        ),
        pytest.param(
            "hinnat kohtuullisia, palvelu nopeaa",
            ("kohtuullisia", "nopeaa"),
            marks=_JUDGED_NOT_DONE,
        ),
        pytest.param(
            "hallinto raskas, päätökset hitaita", ("raskas", "hitaita"), marks=_JUDGED_NOT_DONE
        ),
    ],
)
def test_judged_verbless_note_keeps_every_part(
    analyzer: LemmaAnalyzer, note: str, judged: tuple[str, ...]
) -> None:
    clauses = note_clauses(analyzer, note)
    text = " ".join(clauses)
    assert not any(c.startswith("Toivottiin") for c in clauses), clauses
    assert all(word in text for word in judged), clauses
