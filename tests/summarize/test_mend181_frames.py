"""Review 85 mends of the spliced-clause join (mend181; real spaCy model and Voikko).
Sentences of my own, none from a review's clinics or from benchmarks data, read with
`[summary] spliced_clauses` and `said_frames` on:

- a bare verb of saying, thinking, feeling or perceiving, or a bare copula, before a comma
  splice frames the clause after it: no "ja"/"eikä" is read into it (it would state a fear
  or a saying as a second fact), and the frame alone is no point (saidframes.py);
- look-alikes whose first clause has an object or an oblique of its own still join;
- a join whose added clause has a verb as said ("pysty maksaan") is refused
  (splicedlint.spoken_join)."""

from __future__ import annotations

import pytest
from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.saidframes import said_frame
from muistiinpanot.summarize.tidy import tidy_note


def _clauses(analyzer: LemmaAnalyzer, note: str, *, frames: bool = True) -> list[str]:
    members = group_notes(analyzer, [note])
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer, spliced_any=True, said_frames=frames)
    return [p.span.text for p in pieces[members[0].id] if p.kind == "clause"]


@pytest.mark.parametrize(
    "note",
    [
        "työntekijät pelkäävät, kirjasto sulkeutuu kesällä",
        "moni kertoi, juna ei pysähdy kylässä",
        "asukkaat huomasivat, silta on liukas",
        "pahinta on, kukaan ei vastaa puhelimeen",
        "vanhukset kokevat, neuvonta ei auta",
        "vanhemmat huomasivat",  # the frame alone
    ],
)
def test_a_frame_is_neither_joined_nor_a_point(analyzer: LemmaAnalyzer, note: str) -> None:
    assert _clauses(analyzer, note) == []
    assert _clauses(analyzer, note, frames=False) != []  # the setting decides


@pytest.mark.parametrize(
    ("note", "joined"),
    [
        (
            "kunta lupasi uuden kentän, asukkaat eivät usko siihen",
            "Kunta lupasi uuden kentän, eivätkä asukkaat usko siihen.",
        ),
        (
            "bussi myöhästyi, asiakkaat odottivat pakkasessa",
            "Bussi myöhästyi, ja asiakkaat odottivat pakkasessa.",
        ),
        (
            "asukkaat kertoivat ongelmasta, kukaan ei vastannut",
            "Asukkaat kertoivat ongelmasta, eikä kukaan vastannut.",
        ),
        (
            "sali pitää varata ajoissa, seurat eivät pysty maksamaan vuokraa",
            "Sali pitää varata ajoissa, eivätkä seurat pysty maksamaan vuokraa.",
        ),
    ],
)
def test_a_clause_with_its_own_object_still_joins(
    analyzer: LemmaAnalyzer, note: str, joined: str
) -> None:
    assert _clauses(analyzer, note) == [joined]


def test_a_frame_with_an_object_is_a_point(analyzer: LemmaAnalyzer) -> None:
    assert _clauses(analyzer, "asukkaat pelkäävät pimeää") == ["Asukkaat pelkäävät pimeää."]


def test_a_join_with_a_spoken_infinitive_is_refused(analyzer: LemmaAnalyzer) -> None:
    note = "sali pitää varata ajoissa, seurat ei pysty maksaan vuokraa"
    assert _clauses(analyzer, note) == []
    assert _clauses(analyzer, note, frames=False) != []


def test_said_frame_reads_the_parse(analyzer: LemmaAnalyzer) -> None:
    framed, own, there = analyzer.parse(
        [
            "Asukkaat kokevat, palvelut eivät toimi.",
            "Asukkaat kokevat kylmää, palvelut eivät toimi.",
            "Rahaa on, tekijöitä ei ole.",
        ]
    )
    assert said_frame(framed)
    assert not said_frame(own)
    assert not said_frame(there)
