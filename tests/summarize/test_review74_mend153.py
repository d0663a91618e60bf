"""Review 74's #3, #4 and #6 and review 75's title capital (mend153; real Voikko). Written
before the code, in sentences of our own (not the reviews' notes, not benchmark data), both
ways: what must change and what must stay.

1. a subordinate clause without a subject of its own (the zero person) often means someone
   else ("Isovanhemmat ilahtuvat, kun soittaa illalla": the grandchild calls): its verb is
   made plural only with `[summary] shared_subject_verbs`, off by default;
2. a capitalised word inside a sentence stays when Voikko reads it as a name, when it is a
   listed tool or body (privacy.tools.listed_tool) or an organisation's head
   (privacy.organisations), or when a note writes the same base form with a capital inside
   a sentence ("Tiedolta" keeps "Tieto"); a common word that only opened its note is
   lowered;
3. the title's sentence gets the same mends as the bullets, and its first letter is a
   capital ("tuohityöt ja perinteen jatkuvuus" → "Tuohityöt …")."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.posttitle import finished_title
from muistiinpanot.summarize.sentencemends import mend_sentences, mender
from muistiinpanot.summarize.settings import SummarySettings


def _note(number: int, text: str) -> Note:
    return Note(
        id=f"k:r1:{number}",
        clinic="k",
        group="r1",
        text=text,
        source=SourceRef(path="r1.txt", line=number),
    )


# --- 1. the zero person ----------------------------------------------------------------------


def test_shared_subject_verbs_default_off() -> None:
    assert SummarySettings().shared_subject_verbs is False


@pytest.mark.parametrize(
    "text",
    [
        "Isovanhemmat ilahtuvat, kun soittaa illalla.",
        "Naapurit hermostuvat, kun soittaa rumpuja myöhään.",
    ],
)
def test_mend_sentences_zero_person_stays_by_default(analyzer: LemmaAnalyzer, text: str) -> None:
    assert mend_sentences(text, analyzer.voikko, frozenset()) == text
    assert mender([], analyzer.voikko)(text) == text


def test_mend_sentences_shared_verb_when_on(analyzer: LemmaAnalyzer) -> None:
    text = "Kuljettajat hermostuvat, kun joutuu odottamaan pihalla."
    mended = "Kuljettajat hermostuvat, kun joutuvat odottamaan pihalla."
    assert mend_sentences(text, analyzer.voikko, frozenset(), shared_verbs=True) == mended
    assert mender([], analyzer.voikko, shared_verbs=True)(text) == mended


# --- 2. bodies, firms and parties keep their capital ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yhden ryhmän mukaan Kela maksaa kuljetukset.",  # a listed body
        "Yhden ryhmän mukaan Keskusta ajaa asiaa.",  # an organisation's head
        "Yhden ryhmän mukaan Lastensuojeluliitto kouluttaa vapaaehtoiset.",
    ],
)
def test_mend_sentences_body_keeps_capital(analyzer: LemmaAnalyzer, text: str) -> None:
    assert mend_sentences(text, analyzer.voikko, frozenset()) == text


def test_mend_sentences_proper_by_base_form(analyzer: LemmaAnalyzer) -> None:
    text = "Yhden ryhmän mukaan Sitra rahoittaa kokeilun."
    assert mend_sentences(text, analyzer.voikko, frozenset({"Sitralta"})) == text


def test_mender_note_capital_inside_keeps_base_form(analyzer: LemmaAnalyzer) -> None:
    notes = [_note(1, "Rahaa haettiin Tiedolta viime vuonna"), _note(2, "Tieto hoitaa palvelun")]
    text = "Yhden ryhmän mukaan Tieto hoitaa palvelun."
    assert mender(notes, analyzer.voikko)(text) == text


def test_mender_common_word_lowered(analyzer: LemmaAnalyzer) -> None:
    notes = [_note(1, "Kokoustila varataan liian myöhään"), _note(2, "kokoustilassa on kylmä")]
    text = "Yhden ryhmän mukaan Kokoustila varataan liian myöhään."
    lowered = "Yhden ryhmän mukaan kokoustila varataan liian myöhään."
    assert mender(notes, analyzer.voikko)(text) == lowered


# --- 3. the title ---------------------------------------------------------------------------------


def test_finished_title_statement_mended(analyzer: LemmaAnalyzer) -> None:
    mend = mender([], analyzer.voikko)
    assert (
        finished_title("Toivottiin selkeä aikataulua", "statement", mend)
        == "Toivottiin selkeää aikataulua"
    )


@pytest.mark.parametrize(
    ("text", "kind", "finished"),
    [
        ("tuohityöt ja perinteen jatkuvuus", "name", "Tuohityöt ja perinteen jatkuvuus"),
        (
            "miekkailu harrastuksena: eniten puhutti varusteet",
            "fallback",
            "Miekkailu harrastuksena: eniten puhutti varusteet",
        ),
        # stays: a capital already, a fallback's words not mended
        ("Kylätalon tulevaisuus", "name", "Kylätalon tulevaisuus"),
        ("Verkkoklinikka 3.10.2026", "name", "Verkkoklinikka 3.10.2026"),
    ],
)
def test_finished_title_capital(
    analyzer: LemmaAnalyzer, text: str, kind: str, finished: str
) -> None:
    assert finished_title(text, kind, mender([], analyzer.voikko)) == finished


# --- 2b. (written after the dev run, which kept "mainostaa Somessa": a listed word a note
# writes in lowercase is a common word in this clinic) --------------------------------------


def test_mender_listed_word_written_lowercase_lowered(analyzer: LemmaAnalyzer) -> None:
    notes = [_note(1, "palaverit venyy liian pitkiks"), _note(2, "Palaverit venyy")]
    text = "Yhden ryhmän mukaan Palaverit venyvät liian pitkiksi."
    lowered = "Yhden ryhmän mukaan palaverit venyvät liian pitkiksi."
    assert mender(notes, analyzer.voikko)(text) == lowered


def test_mender_listed_word_capitalised_inside_kept(analyzer: LemmaAnalyzer) -> None:
    notes = [_note(1, "kela maksaa"), _note(2, "tukea haetaan Kelalta")]
    text = "Yhden ryhmän mukaan Kela maksaa kuljetukset."
    assert mender(notes, analyzer.voikko)(text) == text
