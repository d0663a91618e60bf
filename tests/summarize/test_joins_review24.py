"""Review 24's summary findings: #1 a register surname that is a common word before kin
("Tammen perhe") keeps its capital wherever the summary moves its clause inside a sentence,
so that the post's check still reads a name; #5 a topic join keeps a compound whose tail
alone names another thing. Real Voikko, the detector and the grammar check; invented
sentences (review 24's own pairs)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.privacy import find_personal_data
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.joins import TONE_ORDER, Unit
from muistiinpanot.summarize.merge import inside
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.topics import topic_units

_OPENING = "Bussi ei kulje sunnuntaisin."


def _unit(text: str, note: str) -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), "problem")
    return Unit(text, [piece], int(note), TONE_ORDER["problem"])


def _joined(analyzer: LemmaAnalyzer, *texts: str) -> list[str]:
    units = [_unit(text, str(i)) for i, text in enumerate([_OPENING, *texts])]
    first, rest = topic_units(units[0], units[1:], analyzer.voikko, DEFAULT_SETTINGS.topic_words, 2)
    return [u.text for u in [first, *rest]][1:]


@pytest.mark.parametrize(
    ("earlier", "later", "name"),
    [
        (
            "Tammen lapset aloittivat koulun syksyllä.",
            "Tammen perhe muutti Ouluun keväällä.",
            "Tammen",
        ),
        ("Koivun perhe muutti Ouluun.", "Koivun lapset vaihtoivat koulua.", "Koivun"),
    ],
)
def test_a_join_keeps_the_capital_of_a_surname_before_kin(
    analyzer: LemmaAnalyzer, earlier: str, later: str, name: str
) -> None:
    """Joined or not, the later clause says the name with its capital, and the publisher's
    check flags it in every sentence the two notes give."""
    sentences = _joined(analyzer, earlier, later)
    assert all(f" {name[:1].lower()}{name[1:]} " not in f" {s} " for s in sentences)
    found = find_personal_data(sentences, analyzer, cautious=True)
    later_sentence = next(s for s in sentences if later.rstrip(".").split(" ", 1)[1] in s)
    spans = found[sentences.index(later_sentence)]
    assert name in [later_sentence[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Pajun perhe muutti pois.", "Pajun perhe muutti pois."),
        ("Tammen lapset aloittivat koulun.", "Tammen lapset aloittivat koulun."),
        # a common word's genitive before a thing, and kin without a surname: lower-cased
        ("Tammen lehdet putosivat.", "tammen lehdet putosivat."),
        ("Perheen lapset aloittivat koulun.", "perheen lapset aloittivat koulun."),
        # an institution's name reading beside the common noun's: lower-cased as well
        ("Kaupunginhallitus päättää kaiken.", "kaupunginhallitus päättää kaiken."),
        ("Kunnanhallitus ei kuuntele.", "kunnanhallitus ei kuuntele."),
        # a first or place name keeps it
        ("Matti lupasi tulla.", "Matti lupasi tulla."),
    ],
)
def test_inside_keeps_a_name_capital_only(
    analyzer: LemmaAnalyzer, clause: str, expected: str
) -> None:
    assert inside(clause, analyzer.voikko) == expected


def test_a_modal_phrase_keeps_the_capital_of_a_surname_before_kin(
    analyzer: LemmaAnalyzer,
) -> None:
    """ "X pitäisi ottaa mukaan" → "ottaa X mukaan" (modalphrase.modal_phrase) and the note's noun
    phrases: "Tammen lapset" keeps its capital, "asukkaat" does not."""
    texts = ["Tammen lapset pitäisi ottaa mukaan.", "Asukkaat pitäisi ottaa mukaan."]
    raw = [
        Note(f"k/r.txt:{i}", "k", "ryhma1", t, SourceRef("r.txt", i)) for i, t in enumerate(texts)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    pieces = parse_pieces([Cleared(n, (n.clean_text or n.text,)) for n in notes], analyzer)
    tammi = [p.span.text for p in pieces[notes[0].id]]
    assert "ottaa Tammen lapset mukaan" in tammi
    assert all("tammen" not in text for text in tammi)
    assert "ottaa asukkaat mukaan" in {p.span.text for p in pieces[notes[1].id]}


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        ("Työn kuormitus on kova.", "Työpaikka on epävarma."),
        ("Kaupungin johto ei kuuntele.", "Kaupunginhallitus päättää kaiken."),
        ("Lapsen asiat hoidetaan huonosti.", "Lapsilisä ei riitä mihinkään."),
        ("Perheiden arki on raskasta.", "Perhetyö ei ehdi auttaa."),
    ],
)
def test_a_join_keeps_the_later_compound_whole(
    analyzer: LemmaAnalyzer, earlier: str, later: str
) -> None:
    """A compound's tail alone names another thing ("paikka", "hallitus", "lisä", "työ"):
    the later clause says its compound, joined or not."""
    compound = later.split(" ", 1)[0]
    sentences = _joined(analyzer, earlier, later)
    assert any(f" {compound.lower()} " in f" {s.lower()} " for s in sentences)
