"""Review 91's concrete faults (mend190), on sentences of our own with the real spaCy model
and Voikko: what must change and what must stay.

1. an "oma" with a possessive suffix of its own ("kukin omaansa") is the thing owned, not an
   attribute of a noun after it, and no "oma" is an attribute across a dash;
2. a necessive's nominative before "pitäisi" is its subject when an infinitive the necessive's
   infinitive governs has an object of its own ("X pitäisi uskaltaa kokeilla Y:tä");
3. the fallback title's verb agrees with a label whose "ja" joins two adverbials, not two
   subjects; a seeded theme named by one part of its label names it only when its notes
   carry that part;
4. a note that only says what the group talked about makes no point when its verb is read
   as the spoken first person plural ("Puhuttiin lähinnä X:stä" with a capital);
5. an analyst's moved note is offered whole only when Voikko knows every word of it;
6. the run and the report name the note corrections alike;
7. a heading names its group as a file name would ("Ryhmä 2 muistiinpanot" → "Ryhmä 2")."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from fixture_clinic import note_clauses
from token_text import token_text

from muistiinpanot.ingest.discover import read_file
from muistiinpanot.ingest.rawnote import group_of_heading
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.messages import render
from muistiinpanot.records import Clinic, Note, SourceRef, Theme
from muistiinpanot.summarize.analyst import whole_pieces
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.possessive import add_possessives
from muistiinpanot.summarize.texts import fallback_title, plural_subject
from muistiinpanot.summarize.title_reasons import label_carried

_SOURCE = SourceRef("f.txt", 1)

# --- 1. "kukin omaansa" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Koulu, kunta ja seurakunta tiedottavat kukin omaansa – sekavaa viestiä.",
        "Yhdistykset ajavat kukin omaansa – yhteistä linjaa ei synny.",
        "Virastot hoitavat omansa, eikä kokonaiskuvaa ole.",
    ],
)
def test_oma_with_its_own_suffix_owns_nothing(analyzer: LemmaAnalyzer, sentence: str) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert token_text(add_possessives(tokens, analyzer.voikko)) == sentence


def test_oma_before_its_noun_still_takes_the_suffix(analyzer: LemmaAnalyzer) -> None:
    tokens = analyzer.parse(["Seurakunnat tiedottavat omat tapahtumat."])[0]
    written = token_text(add_possessives(tokens, analyzer.voikko))
    assert written == "Seurakunnat tiedottavat omat tapahtumansa."


# --- 2. a necessive's subject before an infinitive chain ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Johtoryhmä pitäisi uskaltaa kokeilla uutta ajanvarausta.",
            "Johtoryhmän pitäisi uskaltaa kokeilla uutta ajanvarausta.",
        ),
        (
            "Hallitus pitäisi rohjeta muuttaa vanhaa käytäntöä.",
            "Hallituksen pitäisi rohjeta muuttaa vanhaa käytäntöä.",
        ),
        # the nominative is the object of the chain's last infinitive: it stays
        (
            "Uusi ajanvaraus pitäisi uskaltaa kokeilla.",
            "Uusi ajanvaraus pitäisi uskaltaa kokeilla.",
        ),
        # a partitive after the necessive's own infinitive may be a path: the object stays
        (
            "Pyörätuolit pitää nostaa portaita ylös.",
            "Pyörätuolit pitää nostaa portaita ylös.",
        ),
        # a time in the partitive is no object
        (
            "Salivuorot pitää muistaa varata viikkoa ennen.",
            "Salivuorot pitää muistaa varata viikkoa ennen.",
        ),
    ],
)
def test_necessive_subject_before_an_infinitive_chain(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert next(iter(note_clauses(analyzer, sentence)), "") == clause


# --- 4. "Puhuttiin lähinnä X:stä" -------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Puhuttiin lähinnä pysäköinnistä.",
        "Keskusteltiin lähinnä aukioloajoista.",
        "Keskusteltiin lähinnä budjetoinnista.",
        "Puhuimme lähinnä siivouksesta.",
    ],
)
def test_discussion_remark_read_as_first_person_makes_no_point(
    analyzer: LemmaAnalyzer, note: str
) -> None:
    assert note_clauses(analyzer, note) == []


def test_discussion_remark_with_an_object_stays(analyzer: LemmaAnalyzer) -> None:
    assert note_clauses(analyzer, "Puhuimme asukkaille lähinnä pysäköinnistä.") != []


# --- 3. the fallback title's verb and the part of a seeded label it names -----------------


def test_a_label_joining_two_adverbials_takes_a_singular_verb(analyzer: LemmaAnalyzer) -> None:
    label = "Palautteen antaminen nopeasti ja kohteliaasti"
    assert not plural_subject(label.lower(), analyzer.voikko)
    theme = Theme("uusi-1", label, "emergent", size=6, edited=True)
    title = fallback_title(Clinic(id="x", title="Asiakaspalvelu"), theme, analyzer.voikko)
    assert title == "Asiakaspalvelu: eniten puhutti palautteen antaminen nopeasti ja kohteliaasti"


@pytest.mark.parametrize("label", ["Avoimuus ja tiedon jakaminen", "Kuljetus ja odotusajat"])
def test_a_label_joining_two_nominatives_stays_plural(analyzer: LemmaAnalyzer, label: str) -> None:
    assert plural_subject(label.lower(), analyzer.voikko)


def test_a_seeded_part_named_in_the_title_must_be_carried_by_its_notes(
    analyzer: LemmaAnalyzer,
) -> None:
    theme = Theme("avoimuus", "Avoimuus", "seeded", size=4)
    notes = [
        frozenset({"tieto", "tulla", "myöhään"}),
        frozenset({"tiedote", "tulla", "myöhään"}),
        frozenset({"avoimuus", "puuttua"}),
        frozenset({"tieto", "kulkea", "hitaasti"}),
    ]
    assert label_carried(theme, notes, analyzer.voikko, 0.5)  # the organiser's name: as before
    assert not label_carried(theme, notes, analyzer.voikko, 0.5, part=True)
    said = [frozenset({"avoimuus", "lisätä"}), *notes[1:3], frozenset({"avoin", "data"})]
    assert label_carried(theme, said, analyzer.voikko, 0.5, part=True)


# --- 5. an analyst's moved note offered whole -----------------------------------------------


def test_a_moved_note_with_a_word_voikko_does_not_know_is_not_offered_whole(
    analyzer: LemmaAnalyzer,
) -> None:
    raw = Note("n1", "c", "g", "jonot liian pitkiä, toka luokkalaiset odottaa ulkona", _SOURCE)
    written = Note("n2", "c", "g", "Jonot ovat pitkiä, ja vanhukset odottavat ulkona.", _SOURCE)
    cleared = [
        Cleared(raw, ("Jonot liian pitkiä, toka luokkalaiset odottaa ulkona.",)),
        Cleared(written, ("Jonot ovat pitkiä, ja vanhukset odottavat ulkona.",)),
    ]
    found = whole_pieces(cleared, {}, {"n1", "n2"}, analyzer.voikko)
    assert set(found) == {"n2"}


# --- 6. one name for the corrections counted ------------------------------------------------


def test_the_run_and_the_report_name_the_note_corrections_alike() -> None:
    line = render("corrections_applied", applied=4, aside=0, moved=0, renamed=1, created=1)
    assert line.startswith("muistiinpanojen korjauksia sovellettu 4")
    assert "note corrections applied: 4" in line
    page = resources.files("muistiinpanot.report").joinpath("templates/report.html.j2")
    assert 'muistiinpanojen korjauksia <span id="corrected-notes">' in page.read_text("utf-8")


# --- 7. a group named by a heading ----------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("Pöytä 2 muistiinpanot", "Pöytä 2"),
        ("pöytä 4", "Pöytä 4"),
        ("Ryhmä 1: muistio", "Ryhmä 1"),
        ("Ryhmä 3 – nuoret", "Ryhmä 3 – nuoret"),  # a name of its own stays
        ("Liikuntapaikat", "Liikuntapaikat"),
    ],
)
def test_group_of_a_heading(heading: str, group: str) -> None:
    assert group_of_heading(heading) == group


def test_markdown_headings_name_one_group_as_a_file_would(tmp_path: Path) -> None:
    page = tmp_path / "poyta.md"
    page.write_text("# Pöytä 2 muistiinpanot\n\n- valaistus puuttuu\n\n## pöytä 5\n\n- penkit\n")
    read = read_file(page, page.name, IngestSettings())
    assert [n.group for n in read.notes] == ["Pöytä 2", "Pöytä 5"]
