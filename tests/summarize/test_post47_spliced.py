"""A clause spliced on with a comma is joined as written Finnish joins it, not cut (reviews
82 and 84, post47; real spaCy model and Voikko). Sentences of my own, none from a review's
clinics or from benchmarks data. `[summary] spliced_clauses` is read on here, whatever ships:

- a spliced clause of its own noun subject is joined with "ja", a negated one with "eikä",
  also after a negated first clause; a verbless one gets its copula ("…, ja X on tärkein");
- a copula's clause is joined too ("…, ja laitteet ovat vanhoja");
- look-alikes stay cut: a clause opened by an adverb, the note's own link ("…, muuten
  jokainen …": "ja muuten" would change it), a name's or a speaker's aside ("…, Pekka
  kertoi", "…, me mietittiin"), a subjectless remark ("…, en tiedä miksi"), chatter ("…,
  ok"), a second clause with a word Voikko does not know;
- a join whose sentence lints worse than the note without it gives way (splicedlint.py)."""

from __future__ import annotations

import pytest
from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.splicedlint import cleaner_joins
from muistiinpanot.summarize.tidy import tidy_note


def _clauses(analyzer: LemmaAnalyzer, note: str, *, on: bool = True) -> list[str]:
    members = group_notes(analyzer, [note])
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer, PieceSettings(spliced_clauses=on))
    return [p.span.text for p in pieces[members[0].id] if p.kind == "clause"]


@pytest.mark.parametrize(
    ("note", "joined"),
    [
        (
            "aukioloajat ei riitä, kirjasto sulkeutuu liian aikaisin",
            "Aukioloajat eivät riitä, ja kirjasto sulkeutuu liian aikaisin.",
        ),
        (
            "valmentajia ei löydy, laji ei kiinnosta nuoria",
            "Valmentajia ei löydy, eikä laji kiinnosta nuoria.",
        ),
        (
            "lämpö katkeaa talvella usein, asukkaat valittaa",
            "Lämpö katkeaa talvella usein, ja asukkaat valittavat.",
        ),
        (
            "kuntosali on ahdas, laitteet on vanhoja",
            "Kuntosali on ahdas, ja laitteet ovat vanhoja.",
        ),
        (
            "nettisivu ei toimi puhelimella, paperilomake tärkein",
            "Nettisivu ei toimi puhelimella, ja paperilomake on tärkein.",
        ),
    ],
)
def test_a_spliced_clause_is_joined_not_cut(
    analyzer: LemmaAnalyzer, note: str, joined: str
) -> None:
    assert _clauses(analyzer, note) == [joined]
    assert joined not in _clauses(analyzer, note, on=False)  # with the setting off: cut


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("pyörätiet on huonossa kunnossa, Pekka kertoi", ["Pyörätiet ovat huonossa kunnossa."]),
        ("bussi kulkee harvoin, me mietittiin tätä pitkään", ["Bussi kulkee harvoin."]),
        ("kahvio on kallis, ok", ["Kahvio on kallis."]),
        (  # an adverb opens the note's own link: "ja muuten" would change it
            "yhteiset säännöt pitää sopia, muuten jokainen tekee omalla tavallaan",
            ["Yhteiset säännöt pitää sopia."],
        ),
        (
            "tiedote tulee liian myöhään, sitten kaikki on jo sovittu",
            ["Tiedote tulee liian myöhään."],
        ),
        ("sauna on liian pieni, en tiedä miksi", []),
        ("kenttä on märkä, verkot repeilly pahsti", []),
    ],
)
def test_an_aside_chatter_or_a_broken_clause_stays_cut(
    analyzer: LemmaAnalyzer, note: str, kept: list[str]
) -> None:
    assert _clauses(analyzer, note) == kept


def _piece(text: str) -> Piece:
    return Piece("n", "clause", Span(text, frozenset()), "statement")


def test_a_join_that_lints_worse_gives_way(analyzer: LemmaAnalyzer) -> None:
    joined = {"n": [_piece("Kenttä on märkä, ja verkot repeilly pahasti.")]}
    plain = {"n": [_piece("Kenttä on märkä.")]}
    chosen = cleaner_joins(joined, plain, ["n"], analyzer, 2)
    assert [p.span.text for p in chosen["n"]] == ["Kenttä on märkä."]


def test_a_join_as_clean_as_the_note_without_it_stays(analyzer: LemmaAnalyzer) -> None:
    joined = {"n": [_piece("Kenttä on märkä, ja verkot ovat rikki.")]}
    plain = {"n": [_piece("Kenttä on märkä.")]}
    chosen = cleaner_joins(joined, plain, ["n"], analyzer, 2)
    assert [p.span.text for p in chosen["n"]] == ["Kenttä on märkä, ja verkot ovat rikki."]


def test_a_join_that_leaves_no_clause_gives_way(analyzer: LemmaAnalyzer) -> None:
    joined: dict[str, list[Piece]] = {"n": []}
    plain = {"n": [_piece("Kenttä on märkä.")]}
    chosen = cleaner_joins(joined, plain, ["n"], analyzer, 2)
    assert [p.span.text for p in chosen["n"]] == ["Kenttä on märkä."]
