"""Review 40's notes that mend79 kept out, written as what they are (mend80; real spaCy parser
and Voikko). Notes of our own, written before the code, with the output lead 08f42f6 gave:

- #16: a verbless note whose main word is an adverb of direction ("julki", "esiin",
  "näkyviin", "mukaan") gets the verb its lative calls for in the necessive: "Pöytäkirjat
  pitäisi tuoda julki." (lead: no sentence at all). A wish stays a wish, a state keeps its
  copula, "pois" (no one verb) and a postposition "mukaan" stay as they were;
- #5: a dash or colon, a noun of content and an "että" clause is written "Huolena oli,
  että …" with the first part kept as a "kun" clause if it has a finite verb (lead: no
  sentence, or the note as typed with its dash)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # lead 08f42f6: no clause for any of these
        ("valintaperusteet julki", "Valintaperusteet pitäisi tuoda julki."),
        (
            "kokousten pöytäkirjat julki viikon sisällä",
            "Kokousten pöytäkirjat pitäisi tuoda julki viikon sisällä.",
        ),
        (
            "hinnoitteluperusteet esiin selkeästi",
            "Hinnoitteluperusteet pitäisi tuoda esiin selkeästi.",
        ),
        ("vapaat vuorot näkyviin heti", "Vapaat vuorot pitäisi tuoda näkyviin heti."),
        (
            "vanhemmat mukaan jo ennen koulun alkua",
            "Vanhemmat pitäisi ottaa mukaan jo ennen koulun alkua.",
        ),
        (
            "kyläläiset mukaan ennen rakentamista",
            "Kyläläiset pitäisi ottaa mukaan ennen rakentamista.",
        ),
        (
            "asukkaat mukaan jo luonnosvaiheessa",
            "Asukkaat pitäisi ottaa mukaan jo luonnosvaiheessa.",
        ),
        (
            "vapaaehtoiset mukaan jo ennen avajaisia",
            "Vapaaehtoiset pitäisi ottaa mukaan jo ennen avajaisia.",
        ),
        ("nuoria mukaan enemmän", "Nuoria pitäisi ottaa mukaan enemmän."),  # a partial object
        (
            "budjetin perusteet julki, avoimesti",
            # the stranded "-sti" adverb goes inside (review 87, strandedadverb.py)
            "Budjetin perusteet pitäisi tuoda julki avoimesti.",
        ),
    ],
)
def test_an_adverb_of_direction_gets_its_verb(
    analyzer: LemmaAnalyzer, note: str, sentence: str
) -> None:
    assert note_clauses(analyzer, note, "tidied") == [sentence]


@pytest.mark.parametrize(
    ("note", "clauses"),
    [  # controls: as lead 08f42f6 wrote them
        (
            "nuoret mukaan suunnitteluun alusta asti",
            ["Toivottiin nuoria mukaan suunnitteluun alusta asti."],
        ),
        ("lapset mukaan retkelle", ["Toivottiin lapsia mukaan retkelle."]),
        ("hinnat esille nettisivuille", ["Toivottiin hintoja esille nettisivuille."]),
        ("hissi rikki koko syksyn", ["Hissi on rikki koko syksyn."]),
        ("tiedotus huono", ["Tiedotus on huono."]),
        ("vanhemmat mukana", []),
        ("kirjasto auki myöhään", []),
        ("vanhat kalusteet pois käytävältä", []),
        ("suunnitelman mukaan syksyllä", []),
        ("ohjeen mukaan vuorot jaetaan", ["Ohjeen mukaan vuorot jaetaan."]),
        ("julki", []),
    ],
)
def test_no_verb_where_the_adverb_has_none(
    analyzer: LemmaAnalyzer, note: str, clauses: list[str] | None
) -> None:
    found = note_clauses(analyzer, note, "tidied")
    assert all("oli, että" not in clause for clause in found)
    assert clauses is None or found == clauses


@pytest.mark.parametrize(
    ("note", "sentence"),
    [  # lead 08f42f6: no clause, except the second (the note as typed, with its dash)
        (
            "kerhot siirretään iltapäivään - huoli että pienet väsyvät",
            "Huolena oli, että pienet väsyvät, kun kerhot siirretään iltapäivään.",
        ),
        (
            "bussireitti muutetaan - huolena, että matka pitenee",
            "Huolena oli, että matka pitenee, kun bussireitti muutetaan.",
        ),
        (
            "aukioloajat lyhenevät - pelko että asiakkaat katoavat",
            "Pelkona oli, että asiakkaat katoavat, kun aukioloajat lyhenevät.",
        ),
        (  # a verbless first part is left out
            "yhteinen kalenteri - toive että kaikki näkevät varaukset",
            "Toiveena oli, että kaikki näkevät varaukset.",
        ),
        ("maksut verkossa - ehdotus että myös lasku käy", "Ehdotuksena oli, että myös lasku käy."),
        (
            "ryhmät yhdistetään: huoli että opettaja ei ehdi kaikkia",
            "Huolena oli, että opettaja ei ehdi kaikkia, kun ryhmät yhdistetään.",
        ),
    ],
)
def test_a_worry_after_a_dash_is_said(analyzer: LemmaAnalyzer, note: str, sentence: str) -> None:
    assert note_clauses(analyzer, note, "tidied") == [sentence]


@pytest.mark.parametrize(
    ("note", "clauses"),
    [  # controls: as lead 08f42f6 wrote them
        ("ryhmät yhdistetään - se huolettaa", ["Ryhmät yhdistetään."]),
        ("kerhot siirretään iltapäivään - pienet väsyvät", ["Kerhot siirretään iltapäivään."]),
        ("hanke etenee - hyvä että etenee", ["Hanke etenee."]),  # an adjective, no noun
        ("ryhmät yhdistetään - huoli", None),  # no "että" clause: no worry written
        ("huoli on, että pienet väsyvät", []),  # no dash
    ],
)
def test_no_worry_without_its_structure(
    analyzer: LemmaAnalyzer, note: str, clauses: list[str] | None
) -> None:
    found = note_clauses(analyzer, note, "tidied")
    assert all("oli, että" not in clause for clause in found)
    assert clauses is None or found == clauses
