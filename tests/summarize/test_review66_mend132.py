"""Review 66's broken sentences in the post, by kind (mend132; real spaCy parser and Voikko).
Written before the code, in sentences of our own (not the review's notes, not benchmark data),
both ways: what must change and what must stay.

1. a clause that opens with a consequence connective ("niin", "joten", "jolloin") after a
   verbless wish never stands alone as a sentence: the wish before it is the point;
2. an evaluation appended after the last comma ("…, tärkeä asia oikeasti") is cut with the
   adverbs around it, and is no item of a list;
3. clauses joined on one predicate do not say a member twice ("tarvitsee tilaa sekä rahaa ja
   tilaa");
4. a clause with its own subject that opens with a coordinating conjunction ("mutta …") is
   said without it when it stands alone."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.appended import trimmed
from muistiinpanot.summarize.merge import merge_clauses
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Frame
from muistiinpanot.summarize.tidy import tidy_note

_CONSEQUENCES = ("niin ", "joten ", "jolloin ")


def _pieces(analyzer: LemmaAnalyzer, text: str) -> list[tuple[str, str]]:
    note = Note("n1", "c", "g", text, SourceRef("f.txt", 1))
    sentences = tuple(tidy_note(text, analyzer.voikko))
    (found,) = parse_pieces([Cleared(note, sentences)], analyzer).values()
    return [(piece.kind, piece.span.text) for piece in found]


# 1. a consequence never stands alone ------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "yhteinen varauskalenteri, niin kukaan ei varaa samaa aikaa",
        "pöytäkirjat nettiin, joten kaikki tietää mitä päätettiin",
        "lisää penkkejä puistoon, jolloin vanhukset jaksaa kävellä",
        "kirjaston aukiolot pidemmiksi, niin opiskelijat ehtii käydä",
    ],
)
def test_consequence_clause_not_alone(analyzer: LemmaAnalyzer, note: str) -> None:
    pieces = _pieces(analyzer, note)
    assert not any(text.lower().startswith(_CONSEQUENCES) for _, text in pieces), pieces


def test_verbless_wish_before_consequence_kept(analyzer: LemmaAnalyzer) -> None:
    pieces = _pieces(analyzer, "yhteinen varauskalenteri, niin kukaan ei varaa samaa aikaa")
    assert any("varauskalenteri" in text for _, text in pieces), pieces


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("jos sali on varattu, niin kokous siirtyy", "kokous siirtyy"),
        ("ilmoittautuminen oli niin helppoa, että kaikki ehtivät mukaan", "niin helppoa"),
        ("bussi ei kulje iltaisin, joten nuoret jäävät kotiin", "nuoret jäävät kotiin"),
    ],
)
def test_consequence_after_finite_clause_stays(
    analyzer: LemmaAnalyzer, note: str, kept: str
) -> None:
    pieces = _pieces(analyzer, note)
    assert any(kind == "clause" and kept in text for kind, text in pieces), pieces


# 2. an evaluation with its adverbs is no item -----------------------------------------------


@pytest.mark.parametrize(
    ("note", "comment"),
    [
        ("lämmintä ruokaa talkoolaisille, hyvä idea kyllä", "hyvä idea"),
        ("istuinpaikkoja odottajille, tärkeä asia oikeasti", "tärkeä asia"),
        ("pyöräparkki aseman viereen, tosi hyvä juttu", "hyvä juttu"),
    ],
)
def test_evaluation_with_adverb_cut(analyzer: LemmaAnalyzer, note: str, comment: str) -> None:
    (sentence,) = tidy_note(note, analyzer.voikko)
    cut = trimmed(analyzer.parse([sentence])[0])
    assert cut is not None, sentence
    assert comment not in cut, cut
    assert cut.lower().startswith(note.split(",")[0]), cut  # the point before the comma
    pieces = _pieces(analyzer, note)
    assert not any(comment in text for _, text in pieces), pieces


@pytest.mark.parametrize(
    ("note", "item"),
    [
        ("välipalaa lapsille, tuore leipä myös", "tuore leipä"),
        ("penkit pihalle, iso katos myös", "iso katos"),
    ],
)
def test_item_with_adverb_stays(analyzer: LemmaAnalyzer, note: str, item: str) -> None:
    pieces = _pieces(analyzer, note)
    assert any(item in text for _, text in pieces), pieces


# 3. a join repeats no member ----------------------------------------------------------------


def _merged(analyzer: LemmaAnalyzer, frames: list[Frame]) -> list[str]:
    return [text for text, _ in merge_clauses(frames, lambda f: f, analyzer.voikko)]


def test_join_says_a_member_once(analyzer: LemmaAnalyzer) -> None:
    texts = _merged(
        analyzer,
        [
            Frame("Kirjasto", "tarvitsee", "lisää tilaa"),
            Frame("Kirjasto", "tarvitsee", "rahaa ja lisää tilaa"),
        ],
    )
    joined = [t for t in texts if t]
    assert joined, texts
    assert all(t.count("lisää tilaa") == 1 for t in joined), joined
    assert any("rahaa" in t for t in joined), joined


def test_join_repeat_in_either_order(analyzer: LemmaAnalyzer) -> None:
    texts = _merged(
        analyzer,
        [
            Frame("Kerho", "kaipaa", "ohjaajia, välineitä ja tilaa"),
            Frame("Kerho", "kaipaa", "välineitä"),
        ],
    )
    assert all(t.count("välineitä") <= 1 for t in texts), texts


def test_join_of_different_members_stays(analyzer: LemmaAnalyzer) -> None:
    texts = _merged(
        analyzer,
        [Frame("", "Tarvitaan", "yhteisiä tiloja"), Frame("", "Tarvitaan", "aikaa")],
    )
    assert texts[0] == "Tarvitaan yhteisiä tiloja ja aikaa.", texts


def test_join_of_partly_same_words_stays(analyzer: LemmaAnalyzer) -> None:
    texts = _merged(
        analyzer,
        [Frame("Kylä", "tarvitsee", "tilaa"), Frame("Kylä", "tarvitsee", "isompaa tilaa")],
    )
    assert texts[0] == "Kylä tarvitsee tilaa ja isompaa tilaa.", texts


# 4. an opening conjunction of a clause that stands alone ------------------------------------


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("mutta bussi kulkee vain kerran päivässä", "Bussi kulkee vain kerran päivässä"),
        ("mutta vanhempien jaksaminen heikkenee", "Vanhempien jaksaminen heikkenee"),
    ],
)
def test_opening_conjunction_dropped(analyzer: LemmaAnalyzer, note: str, said: str) -> None:
    clauses = [text for kind, text in _pieces(analyzer, note) if kind == "clause"]
    assert clauses
    assert not any(c.lower().startswith("mutta") for c in clauses), clauses
    assert any(c.startswith(said) for c in clauses), clauses


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("sali on iso mutta kylmä", "mutta kylmä"),
        ("tila on hyvä, mutta vuokra on kallis", "mutta vuokra on kallis"),
    ],
)
def test_inner_conjunction_stays(analyzer: LemmaAnalyzer, note: str, said: str) -> None:
    clauses = [text for kind, text in _pieces(analyzer, note) if kind == "clause"]
    assert any(said in c for c in clauses), clauses


# 5. an agent participle agrees with its head in a wish (written before its code; the first
# two notes of the draft gave no wish on lead either, replaced by these three) ---------------


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("opastus ja kunnan järjestämä koulutus", "kunnan järjestämää koulutusta"),
        ("kyselyn avaaminen ja asukkaiden tekemät ehdotukset", "asukkaiden tekemiä ehdotuksia"),
        ("neuvonta ja kirjaston tarjoama tuki", "kirjaston tarjoamaa tukea"),
    ],
)
def test_agent_participle_agrees(analyzer: LemmaAnalyzer, note: str, said: str) -> None:
    clauses = [text for kind, text in _pieces(analyzer, note) if kind == "clause"]
    assert any(said in c for c in clauses), clauses


# added after the first benchmark run (its dev clinics showed these read wrongly), kept apart --


def test_pro_adverb_niin_before_its_verb_stays(analyzer: LemmaAnalyzer) -> None:
    # "niin" before a finite verb is a pro-adverb of manner ("so it has gone"), no connective
    pieces = _pieces(analyzer, "niin on tapahtunut joka kevät")
    assert any(text.startswith("Niin on tapahtunut") for _, text in pieces), pieces


def test_quantity_after_partitive_pair_is_no_evaluation(analyzer: LemmaAnalyzer) -> None:
    # "…, samanlaisia tapahtumia lisää" asks for more of them: no comment in the nominative
    (sentence,) = tidy_note("torikahvila toimi hyvin, uusia ideoita lisää", analyzer.voikko)
    assert trimmed(analyzer.parse([sentence])[0]) is None
