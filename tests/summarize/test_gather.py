"""Gathering a bullet within its caps (real spaCy parser and Voikko): at most
`max_sentences` sentences and about `max_words` words, infinitive phrases of one verb said once,
short clauses of the same tone in one compound sentence, a colon list of noun phrases."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from fixture_clinic import group_notes, note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef, Theme
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.infinitives import _shared_verb
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.merge import coordinate
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Frame, Span
from muistiinpanot.summarize.phrases import Tone
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.tidy_sentences import split_sentences

#: One theme's notes (invented): local services and their problems, typed as groups type.
NOTES = [
    "kirjaston aukioloajat ei riitä työssäkäyville",
    "lähikirjasto on kylän tärkein kohtaamispaikka",
    "kirjastoauto ei enää käy kylillä",
    "kirjaston tilat pitäis avata myös yhdistyksille",
    "kirjastossa pitäis järjestää digiopastusta ikäihmisille",
    "omatoimikirjasto toimii hyvin iltaisin",
    "sähköinen ajanvaraus pitäis olla helppo",
    "kirjaston lainausautomaatit on vanhoja",
    "e-kirjojen valikoima on suppea",
]


@pytest.fixture(scope="module")
def members(analyzer: LemmaAnalyzer) -> list[Note]:
    return group_notes(analyzer, NOTES)


def _bullet(analyzer: LemmaAnalyzer, members: list[Note], settings: SummarySettings) -> str:
    cleared = [Cleared(n, tuple(n_s for n_s in _tidied(analyzer, n))) for n in members]
    pieces = parse_pieces(cleared, analyzer)
    theme = Theme("kirjasto", "Kirjastopalvelut", "seeded", size=len(members))
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, settings)
    bullet, used = build_bullet(theme, members, 0, inputs)
    assert bullet is not None
    assert set(bullet.note_ids) == {note_id for note_id, _ in used}
    return bullet.text


def _tidied(analyzer: LemmaAnalyzer, note: Note) -> list[str]:
    from muistiinpanot.summarize.tidy import tidy_note

    return tidy_note(note.text, analyzer.voikko)


@pytest.mark.parametrize(("sentences", "words"), [(3, 60), (2, 60), (3, 25)])
def test_bullet_keeps_to_its_caps(
    analyzer: LemmaAnalyzer, members: list[Note], sentences: int, words: int
) -> None:
    settings = SummarySettings(max_sentences=sentences, max_words=words)
    text = _bullet(analyzer, members, settings)
    assert 1 <= len(split_sentences(text)) <= sentences
    opening = split_sentences(text)[0]
    assert len(re.findall(r"[^\W\d_]+", text)) <= max(words, len(opening.split()))


def test_bullet_gathers_several_notes_in_grammatical_sentences(
    analyzer: LemmaAnalyzer, members: list[Note]
) -> None:
    cleared = [Cleared(n, tuple(_tidied(analyzer, n))) for n in members]
    pieces = parse_pieces(cleared, analyzer)
    theme = Theme("kirjasto", "Kirjastopalvelut", "seeded", size=len(members))
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, SummarySettings())
    bullet, _ = build_bullet(theme, members, 0, inputs)
    assert bullet is not None
    assert len(bullet.note_ids) > len(split_sentences(bullet.text))  # sentences gather notes
    counts = lint_bullets([bullet.text], analyzer)
    assert counts["no_finite_verb"] == counts["etta_etta"] == counts["spoken"] == 0
    assert counts["necessive_nominative"] == 0
    assert "ajanvaraus pitäisi" not in bullet.text.lower()


def test_shared_verb_said_once() -> None:
    assert _shared_verb(["kertoa perustelut", "kertoa aikataulu etukäteen"]) == (
        "kertoa perustelut ja aikataulu etukäteen"
    )
    assert _shared_verb(["kuulla asukkaita", "järjestää iltoja"]) == (
        "kuulla asukkaita ja järjestää iltoja"
    )


def _unit(text: str, note: str, tone: Tone = "statement", frame: Frame | None = None) -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), tone, frame=frame)
    return Unit(text, [piece], int(note), TONE_ORDER[tone])


def test_clauses_that_start_alike_share_their_verb(analyzer: LemmaAnalyzer) -> None:
    """Same words, then a finite verb of the same lemma: the rests coordinated."""
    first = _unit("Johdon pitäisi antaa lupa kokeilla.", "0", "proposal")
    other = _unit("Johdon pitää näyttää esimerkkiä.", "1", "proposal")
    apart = _unit("Johto tukee kokeiluja.", "2")
    opening, units = shared_starts(first, [other, apart], analyzer.voikko)
    assert opening.text == "Johdon pitäisi antaa lupa kokeilla ja näyttää esimerkkiä."
    assert [p.note_id for p in opening.pieces] == ["0", "1"]
    assert [u.text for u in units] == ["Johto tukee kokeiluja."]


def test_short_clauses_join_into_compound_sentences(analyzer: LemmaAnalyzer) -> None:
    """What is (problems, statements) with what is, proposals with proposals; a negated
    second clause takes "eikä"; a clause with a comma never comes first."""
    tieto = Frame("Tieto", "ei liiku", "toimialalta toiselle")
    units = [
        _unit("Sopimukset eivät riitä.", "1", "problem"),
        _unit("Tieto ei liiku toimialalta toiselle.", "2", "problem", tieto),
        _unit("Pitäisi kuulla asukkaita.", "3", "proposal"),
        _unit("Ei ole aikaa palavereihin.", "4", "problem"),
        _unit("Työntekijät ovat uupuneita.", "5"),
    ]
    texts = [u.text for u in compound_units(units, 12, analyzer.voikko)]
    assert texts == [
        "Sopimukset eivät riitä, eikä tieto liiku toimialalta toiselle.",
        "Pitäisi kuulla asukkaita.",
        "Ei ole aikaa palavereihin, ja työntekijät ovat uupuneita.",
    ]


def test_joined_clause_with_words_before_its_negation_takes_eika(analyzer: LemmaAnalyzer) -> None:
    """A negated second clause whose negation verb comes after an adverbial or object of its
    own continues with "eikä" too, those words after it (neither.negated_continuation); a
    clause opening with a question word, or one without a negation verb, is left as it is."""
    units = [
        _unit("Kylätalo on kaukana.", "1", "problem"),
        _unit("Iltaisin sinne ei pääse bussilla.", "2", "problem"),
        _unit("Kerhot ovat täynnä.", "3", "problem"),
        _unit("Nuorille ei ole omaa tilaa.", "4", "problem"),
        _unit("Lomake on pitkä.", "5", "problem"),
        _unit("Mikä ei toimi, jää.", "6", "problem"),
    ]
    texts = [u.text for u in compound_units(units, 12, analyzer.voikko)]
    assert texts[:2] == [
        "Kylätalo on kaukana, eikä iltaisin sinne pääse bussilla.",
        "Kerhot ovat täynnä, eikä nuorille ole omaa tilaa.",
    ]
    assert "eikä mikä" not in " ".join(texts)


def test_coordinate_uses_seka_when_an_item_has_its_own_ja() -> None:
    assert coordinate(["A", "B"]) == "A ja B"
    assert coordinate(["kysely", "pula datatiimin ja johdon välillä", "luottamus"]) == (
        "kysely, pula datatiimin ja johdon välillä sekä luottamus"
    )


def test_three_short_clauses_join_into_one_compound_sentence(analyzer: LemmaAnalyzer) -> None:
    """Up to `compound_clauses` clauses of what is: "A, b, ja c." (a negated one "eikä")."""
    tieto = Frame("Tieto", "ei liiku", "toimialalta toiselle")
    units = [
        _unit("Sopimukset eivät riitä.", "1", "problem"),
        _unit("Työntekijät ovat uupuneita.", "2"),
        _unit("Tieto ei liiku toimialalta toiselle.", "3", "problem", tieto),
        _unit("Budjetti on tiukka.", "4", "problem"),
    ]
    three = [u.text for u in compound_units(units, 12, analyzer.voikko, 3)]
    assert three == [
        "Sopimukset eivät riitä, työntekijät ovat uupuneita, eikä tieto liiku toimialalta "
        "toiselle.",
        "Budjetti on tiukka.",
    ]
    two = [u.text for u in compound_units(units, 12, analyzer.voikko, 2)]
    assert two == [
        "Sopimukset eivät riitä, ja työntekijät ovat uupuneita.",
        "Tieto ei liiku toimialalta toiselle, ja budjetti on tiukka.",
    ]


def test_default_joins_chain_no_more_predicates_than_the_lint_allows(
    analyzer: LemmaAnalyzer,
) -> None:
    """With the default settings, joining short clauses never builds a sentence the lint
    counts as a predicate chain (`compound_clauses` within `max_predicates`: a facilitator
    splits "A, b, eikä c" before publishing)."""
    settings = SummarySettings()
    units = [
        _unit("Kentät ovat kuraisia.", "1", "problem"),
        _unit("Pukuhuoneet eivät lämpene.", "2", "problem"),
        _unit("Vuorot jakautuvat epätasaisesti.", "3", "problem"),
        _unit("Valaistus on heikko.", "4", "problem"),
    ]
    joined = compound_units(
        units, settings.compound_words, analyzer.voikko, settings.compound_clauses
    )
    texts = [u.text for u in joined]
    assert len(texts) < len(units)
    assert lint_bullets(texts, analyzer, settings.max_predicates)["predicate_chains"] == 0


def test_compound_sentences_count_each_clauses_predicates(analyzer: LemmaAnalyzer) -> None:
    """A clause that coordinates two predicates of its own counts two: no chain of three."""
    units = [
        _unit("Kerho kokoontuu tiistaisin ja ohjaaja vaihtuu usein.", "1", "problem"),
        _unit("Tila on ahdas.", "2", "problem"),
        _unit("Laitteet ovat vanhoja.", "3", "problem"),
    ]
    units[0].pieces[0] = replace(units[0].pieces[0], predicates=2)
    two = [u.text for u in compound_units(units, 12, analyzer.voikko, 2)]
    assert two == [
        "Kerho kokoontuu tiistaisin ja ohjaaja vaihtuu usein.",
        "Tila on ahdas, ja laitteet ovat vanhoja.",
    ]


def test_a_clause_of_two_predicates_shares_no_start(analyzer: LemmaAnalyzer) -> None:
    """ "Kahvio on pieni ja sulkee aikaisin." + "Kahvio on kallis." stay apart: "… ja kallis"
    would chain a third predicate."""
    first = _unit("Kahvio on pieni ja sulkee aikaisin.", "0")
    first.pieces[0] = replace(first.pieces[0], predicates=2)
    other = _unit("Kahvio on kallis.", "1")
    opening, units = shared_starts(first, [other], analyzer.voikko)
    assert opening.text == "Kahvio on pieni ja sulkee aikaisin."
    assert [u.text for u in units] == ["Kahvio on kallis."]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a chain of three predicates keeps as many of its first clauses as make two ...
        (
            "Kerho kokoontuu tiistaisin ja ohjaaja vaihtuu usein ja tila on ahdas.",
            "Kerho kokoontuu tiistaisin ja ohjaaja vaihtuu usein.",
        ),
        # ... only the first when its one coordinated clause has two of its own
        (
            "Kuntosali on kaukana ja ne pitää varata etukäteen ja täynnä aamuisin.",
            "Kuntosali on kaukana.",
        ),
        (
            "Asiakas soitti neuvontaan ja pyysi uutta aikaa, ja se annettiin.",
            "Asiakas soitti neuvontaan ja pyysi uutta aikaa.",
        ),
        (
            "Bussi kulkee harvoin ja pysäkki on kaukana, ja talvella tie on liukas.",
            "Bussi kulkee harvoin ja pysäkki on kaukana.",
        ),
        # two infinitives of one auxiliary are one predicate
        (
            "Salit ovat pieniä ja ne pitää varata ajoissa ja siivota itse.",
            "Salit ovat pieniä ja ne pitää varata ajoissa ja siivota itse.",
        ),
    ],
)
def test_a_note_keeps_at_most_two_coordinated_predicates(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert note_clauses(analyzer, sentence) == [clause]


def test_max_predicates_is_one_setting_for_notes_joins_and_the_lint(
    analyzer: LemmaAnalyzer,
) -> None:
    """[summary] max_predicates: a note's clause keeps a chain of three when it allows three,
    and the lint counts a chain of three only over it."""
    sentence = "Kuntosali on kaukana ja ne pitää varata etukäteen ja täynnä aamuisin."
    note = Note("n1", "c", "g", sentence, SourceRef("f.txt", 1))
    cleared = [Cleared(note, (sentence,))]

    def clauses(most: int) -> list[str]:
        (found,) = parse_pieces(cleared, analyzer, PieceSettings(max_predicates=most)).values()
        return [piece.span.text for piece in found if piece.kind == "clause"]

    assert clauses(2) == ["Kuntosali on kaukana."]
    assert clauses(3) == [sentence]
    assert lint_bullets([sentence], analyzer, 2)["predicate_chains"] == 1
    assert lint_bullets([sentence], analyzer, 3)["predicate_chains"] == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Kahvio sulkee aikaisin, ja bussi kulkee harvoin, joten moni jää kotiin.",
        "Ohjaajia ei ole, ja sali on kaukana, joten kerho ei kokoonnu.",
        "Tiedote tuli myöhään, eikä kukaan lukenut sitä, sillä sähköposti oli täynnä.",
    ],
)
def test_the_lint_counts_a_chain_joined_by_joten_or_silla(
    analyzer: LemmaAnalyzer, sentence: str
) -> None:
    """ "joten" and "sillä" join main clauses: "A, ja B, joten C" chains three predicates,
    which a facilitator splits as any other chain of three."""
    assert lint_bullets([sentence], analyzer, 2)["predicate_chains"] == 1


def test_a_question_never_continues_a_compound_sentence(analyzer: LemmaAnalyzer) -> None:
    """A clause that opens with a question word is an indirect question: it stays apart."""
    units = [
        _unit("Asukkaat kuulivat sulkemisesta lehdestä.", "1", "problem"),
        _unit("Miksi päivystys lopetettiin.", "2", "problem"),
    ]
    texts = [u.text for u in compound_units(units, 12, analyzer.voikko, 3)]
    assert texts == ["Asukkaat kuulivat sulkemisesta lehdestä.", "Miksi päivystys lopetettiin."]


def test_a_negated_clause_keeps_its_comma_after_the_verb(analyzer: LemmaAnalyzer) -> None:
    frame = Frame("Koordinaattori", "ei tiedä", ", mitä alueella suunnitellaan")
    units = [
        _unit("Tiedonkulku on huono.", "1", "problem"),
        _unit("Koordinaattori ei tiedä, mitä alueella suunnitellaan.", "2", "problem", frame),
    ]
    texts = [u.text for u in compound_units(units, 12, analyzer.voikko, 3)]
    assert texts == [
        "Tiedonkulku on huono, eikä koordinaattori tiedä, mitä alueella suunnitellaan."
    ]
