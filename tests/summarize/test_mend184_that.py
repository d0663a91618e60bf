"""A said frame with its content (mend184; real spaCy model and Voikko). Sentences of my
own, none from a review's clinics or from benchmarks data, read with `[summary]
spliced_clauses` and `said_frames` on:

- a bare verb of saying, thinking, feeling or perceiving, or a bare copula, before a comma
  splice gets the "että" the note left out when the clause after it is a statement
  (saidframes.that_content), where mend181 refused the join and dropped the note;
- a question (a frame of asking, a "-ko" word) or a command after the frame gets neither
  "ja" nor "että": the frame stays refused;
- look-alikes whose first clause has an object of its own still join with "ja"."""

from __future__ import annotations

import pytest
from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.saidframes import that_content
from muistiinpanot.summarize.tidy import tidy_note


def _clauses(analyzer: LemmaAnalyzer, note: str) -> list[str]:
    members = group_notes(analyzer, [note])
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer, PieceSettings(spliced_clauses=True, said_frames=True))
    return [p.span.text for p in pieces[members[0].id] if p.kind == "clause"]


@pytest.mark.parametrize(
    ("note", "written"),
    [
        (
            "työntekijät pelkäävät, kirjasto sulkeutuu kesällä",
            "Työntekijät pelkäävät, että kirjasto sulkeutuu kesällä.",
        ),
        (
            "moni kertoi, juna ei pysähdy kylässä",
            "Moni kertoi, että juna ei pysähdy kylässä.",
        ),
        (
            "pahinta on, kukaan ei vastaa puhelimeen",
            "Pahinta on, että kukaan ei vastaa puhelimeen.",
        ),
        (
            "vanhemmat huomasivat, koulumatka on vaarallinen",
            "Vanhemmat huomasivat, että koulumatka on vaarallinen.",
        ),
        (
            "asukkaat pelkäävät, bussi voi lopettaa",
            "Asukkaat pelkäävät, että bussi voi lopettaa.",
        ),
    ],
)
def test_a_stated_content_gets_its_that(analyzer: LemmaAnalyzer, note: str, written: str) -> None:
    assert _clauses(analyzer, note) == [written]


@pytest.mark.parametrize(
    "note",
    [
        "moni kysyi, bussi ei kulje",  # a frame of asking: its content is a question
        "rehtori sanoi, oppilaat odottakaa pihalla",  # a command (Voikko: imperative only)
    ],
)
def test_a_question_or_a_command_stays_refused(analyzer: LemmaAnalyzer, note: str) -> None:
    assert _clauses(analyzer, note) == []


def test_that_content_reads_the_parse(analyzer: LemmaAnalyzer) -> None:
    stated, asked, own = analyzer.parse(
        [
            "Asukkaat kokevat, palvelut eivät toimi.",
            "Asukkaat kokevat, palvelut eivät toimi?",
            "Asukkaat kokevat kylmää, palvelut eivät toimi.",
        ]
    )
    assert that_content(stated, analyzer.voikko) == "Asukkaat kokevat, että palvelut eivät toimi."
    assert that_content(asked, analyzer.voikko) is None
    assert that_content(own, analyzer.voikko) is None


@pytest.mark.parametrize(
    ("note", "joined"),
    [
        (
            "kunta lupasi uuden kentän, asukkaat kiittivät",
            "Kunta lupasi uuden kentän, ja asukkaat kiittivät.",
        ),
        (
            "bussi myöhästyi, asiakkaat odottivat pakkasessa",
            "Bussi myöhästyi, ja asiakkaat odottivat pakkasessa.",
        ),
    ],
)
def test_a_look_alike_still_joins(analyzer: LemmaAnalyzer, note: str, joined: str) -> None:
    assert _clauses(analyzer, note) == [joined]


def test_a_join_the_post_writes_in_full_is_kept(analyzer: LemmaAnalyzer) -> None:
    # "puhu" is a spoken past, but the post writes "puhui": the join is checked as written
    assert _clauses(analyzer, "kokous venyi pitkäksi, puheenjohtaja puhu koko illan") == [
        "Kokous venyi pitkäksi, ja puheenjohtaja puhui koko illan."
    ]


def test_a_conditional_the_tagger_misread_is_no_spoken_join(analyzer: LemmaAnalyzer) -> None:
    # "oppisivat" tagged indicative is a written conditional: said_frames changes nothing here
    note = "koululle vois tehdä kasvimaan, lapset oppis puutarhanhoitoa ja sais syödä satoa"
    members = group_notes(analyzer, [note])
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    read = [
        [
            p.span.text
            for p in parse_pieces(
                cleared, analyzer, PieceSettings(spliced_clauses=True, said_frames=on)
            )[members[0].id]
        ]
        for on in (False, True)
    ]
    assert read[0] == read[1]


def test_an_answer_with_a_verb_of_saying_is_no_lone_frame(analyzer: LemmaAnalyzer) -> None:
    # the answer's verb has the question's oblique: "päättää aukioloista" (mend184)
    clauses = _clauses(analyzer, "kuka päättää aukioloista? hallitus päättää yksin")
    assert any("Hallitus päättää" in c for c in clauses), clauses
