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
from muistiinpanot.summarize.lint import lint_bullets, lint_each
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.saidframes import said_frame
from muistiinpanot.summarize.splicedlint import cleaner_joins
from muistiinpanot.summarize.tidy import tidy_note


def _clauses(analyzer: LemmaAnalyzer, note: str, *, frames: bool = True) -> list[str]:
    members = group_notes(analyzer, [note])
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(
        cleared, analyzer, PieceSettings(spliced_clauses=True, said_frames=frames)
    )
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
    clauses = _clauses(analyzer, note)  # its statement written with "että": test_mend184_that
    assert not any(", ja " in c or ", eikä " in c or c.endswith("huomasivat.") for c in clauses)
    assert _clauses(analyzer, note, frames=False) != clauses  # the setting decides


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


def test_lint_each_counts_each_text_as_lint_bullets_does(analyzer: LemmaAnalyzer) -> None:
    texts = [
        "Listat tulee myöhään. Kenttä on märkä.",
        "Asukkaat kokevat, että palvelut ei toimi.",
        "Kaikki toimii hyvin.",
        "",
    ]
    each = lint_each(texts, analyzer, 2)
    assert each == [lint_bullets([text], analyzer, 2) for text in texts]
    assert sum(each[0].values()) > each[0]["sentences"]  # a hit to compare


def test_cleaner_joins_lints_every_note_in_one_parse(analyzer: LemmaAnalyzer) -> None:
    calls: list[int] = []
    parse = analyzer.parse

    class Counting:
        voikko = analyzer.voikko

        def parse(self, sentences: list[str]) -> list[object]:
            calls.append(len(sentences))
            return parse(sentences)

    def piece(note: str, text: str) -> Piece:
        return Piece(note, "clause", Span(text, frozenset()), "statement")

    joined = {
        "a": [piece("a", "Kenttä on märkä, ja verkot repeilly pahasti.")],
        "b": [piece("b", "Kenttä on märkä, ja verkot ovat rikki.")],
    }
    plain = {"a": [piece("a", "Kenttä on märkä.")], "b": [piece("b", "Kenttä on märkä.")]}
    chosen = cleaner_joins(joined, plain, ["a", "b"], Counting(), 2)  # type: ignore[arg-type]
    assert [p.span.text for p in chosen["a"]] == ["Kenttä on märkä."]
    assert [p.span.text for p in chosen["b"]] == ["Kenttä on märkä, ja verkot ovat rikki."]
    assert calls == [4]


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        (  # a modal verb: a proposal, not a frame
            "hinnat pitäisi näyttää selvästi, asukkaat eivät tiedä niistä",
            "Hinnat pitäisi näyttää selvästi, eivätkä asukkaat tiedä niistä.",
        ),
        (  # its "että" clause hung on the adverb by the parse
            "kerrottaisiin avoimesti että opettajia puuttuu",
            "Kerrottaisiin avoimesti, että opettajia puuttuu.",
        ),
    ],
)
def test_a_look_alike_of_a_frame_is_kept(analyzer: LemmaAnalyzer, note: str, kept: str) -> None:
    assert _clauses(analyzer, note) == [kept]
