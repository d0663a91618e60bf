"""Bullets that synthesise (real spaCy parser and Voikko): an opening clause, points of several
notes gathered under one predicate, finite verbs everywhere, varied lead-ins."""

from __future__ import annotations

import math

import pytest
from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.compose import _checked, _opening
from muistiinpanot.summarize.leadin import lead_in
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.phrases import sentence_pieces
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.tidy import tidy_note
from muistiinpanot.summarize.wordchecks import label_words

#: One theme's notes (invented): needs of resident participation, typed as groups type.
THEME_NOTES = [
    "asukkaat pitäis ottaa mukaan jo suunnitteluvaiheessa",
    "pitäis kuulla asukkaita ennen päätöksiä",
    "asukasraadit toimii hyvin kun niille annetaan oikeaa valtaa",
    "pitäisi järjestää asukasiltoja myös kylille",
    "asukkaiden osallistuminen jää usein muodolliseksi",
    "nuoret ja ikäihmiset puuttuu asukastilaisuuksista",
    "me tehdään kyselyjä mut tuloksia ei kerrota asukkaille",
]
OTHER_NOTES = [
    "budjetti on tiukka",
    "tietojärjestelmät ei keskustele keskenään",
    "johto tukee kokeiluja",
]


@pytest.fixture(scope="module")
def theme_bullets(analyzer: LemmaAnalyzer) -> list[tuple[str, list[tuple[str, str]]]]:
    members = group_notes(analyzer, THEME_NOTES, "ryhma1")
    kept = members + group_notes(analyzer, OTHER_NOTES, "ryhma2")
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer)
    theme = Theme("osallisuus", "Osallisuus", "seeded", size=len(members))
    results = []
    for index in range(4):
        inputs = BulletInputs(kept, pieces, Voice(2), analyzer, SummarySettings())
        bullet, used = build_bullet(theme, members, index, inputs)
        assert bullet is not None
        results.append((bullet.text, used))
    return results


def test_bullet_gathers_points_of_several_notes(
    theme_bullets: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    text, used = theme_bullets[0]
    notes = {note_id for note_id, _ in used}
    assert len(notes) >= 3
    assert "pitäisi" in text  # the modal shared by the gathered infinitive phrases
    assert text.count(".") >= 2


def test_bullet_covers_about_half_of_the_theme_notes(
    theme_bullets: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    """Coverage: the opening and at least one point per two notes, each from a different note
    (seven notes: the opening and four more at least)."""
    for _, used in theme_bullets:
        assert len({note_id for note_id, _ in used}) >= 1 + math.ceil(len(THEME_NOTES) / 2) - 1


def test_bullet_sentences_have_finite_verbs_and_one_etta(
    theme_bullets: list[tuple[str, list[tuple[str, str]]]], analyzer: LemmaAnalyzer
) -> None:
    counts = lint_bullets([text for text, _ in theme_bullets], analyzer)
    assert counts["sentences"] >= 8
    assert counts["no_finite_verb"] == 0
    assert counts["no_finite_predicate"] == 0
    assert counts["etta_etta"] == 0
    assert counts["spoken"] == 0


def test_bullet_lead_ins_vary_and_are_not_on_every_bullet(
    theme_bullets: list[tuple[str, list[tuple[str, str]]]],
) -> None:
    texts = [text for text, _ in theme_bullets]
    led = [text.startswith("Ryhmien mukaan") for text in texts]
    assert any(led) and not all(led)
    gathering = {
        sentence.split(" ")[0]
        for text in texts
        for sentence in text.split(". ")
        if "pitäisi" in sentence and ", " in sentence
    }
    assert len(gathering) >= 2  # the gathering predicate is rotated too


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GDPR-tulkinnat vaihtelevat.", "Ryhmien mukaan GDPR-tulkinnat vaihtelevat."),
        ("KPI:t puuttuvat.", "Ryhmien mukaan KPI:t puuttuvat."),
        ("Tulkinnat vaihtelevat.", "Ryhmien mukaan tulkinnat vaihtelevat."),
    ],
)
def test_lead_in_keeps_an_acronym_capital(
    analyzer: LemmaAnalyzer, sentence: str, expected: str
) -> None:
    assert lead_in(sentence, 1, Voice(4), analyzer.voikko) == expected


def test_bullet_voice_of_one_group() -> None:
    assert Voice(1).according == "Ryhmän mukaan"
    assert Voice(4).according == "Ryhmien mukaan"


def test_lint_counts_fragments_etta_and_spoken(analyzer: LemmaAnalyzer) -> None:
    counts = lint_bullets(
        [
            "Uupuneet työntekijät. Johto sanoi, että kokeilu on hyvä, että se jatkuu.",
            "Tää on hyvä juttu mut kallis.",
        ],
        analyzer,
    )
    assert counts["sentences"] == 3
    assert counts["no_finite_verb"] == 1
    assert counts["no_finite_predicate"] == 1
    assert counts["etta_etta"] == 1
    assert counts["spoken"] == 2


def test_bullet_says_problems_before_proposals(analyzer: LemmaAnalyzer) -> None:
    """After the opening, points from notes that state a problem come before proposals."""
    notes = [
        "asukkaiden osallistuminen jää usein muodolliseksi",
        "asukkaat pitäis ottaa mukaan jo suunnitteluvaiheessa",
        "nuoret ja ikäihmiset puuttuu asukastilaisuuksista",
        "asukasraateja pitäisi kokeilla myös kylillä",
        "kyselyjen tuloksia ei kerrota asukkaille",
        "asukasilloissa ei ole nuoria",
    ]
    _, used, pieces = _theme_bullet(analyzer, notes, "Osallisuus")
    tone = {(p.note_id, p.span.text): p.tone for found in pieces.values() for p in found}
    tones = [tone[pair] for pair in used[1:]]
    assert "proposal" in tones and "problem" in tones
    assert tones.index("proposal") > max(i for i, t in enumerate(tones) if t == "problem")


def test_bullet_with_a_piece_without_content_lemmas(analyzer: LemmaAnalyzer) -> None:
    """A clause without a content lemma among the theme's pieces (the parser gave one for "Ei
    kukaan oikeastaan." in an archive run) gets a zero vector of the word vectors' width: it
    stopped the run (np.vstack of 300-wide and 1-wide rows)."""
    members = group_notes(analyzer, [*THEME_NOTES, "Ei kukaan oikeastaan."], "ryhma1")
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = dict(parse_pieces(cleared, analyzer))
    empty = Span("Ei kukaan oikeastaan.", frozenset())
    pieces[members[-1].id] = (Piece(members[-1].id, "clause", empty, "problem"),)
    theme = Theme("osallisuus", "Osallisuus", "seeded", size=len(members))
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, SummarySettings())
    bullet, _ = build_bullet(theme, members, 0, inputs)
    assert bullet is not None


def test_label_words_are_the_labels_nouns_in_base_form(analyzer: LemmaAnalyzer) -> None:
    assert label_words("Siilot ja organisaatiorajat", analyzer.voikko) == {
        "siilo",
        "organisaatioraja",
    }
    assert label_words("Avoin data", analyzer.voikko) == {"avoin", "data"}


def test_opening_speaks_of_what_the_label_names() -> None:
    """Of clauses that cover the theme about as well, the one about the label's words (alone
    or in a compound) opens the bullet; a clause that covers much less never does."""
    weights = {"virhe": 1.0, "oppiminen": 1.0, "luottamuspula": 0.9, "johtua": 0.3}
    other = _clause("a", "Virhe on oppimista.", {"virhe", "oppiminen"})
    about = _clause("b", "Luottamuspula johtuu kiireestä.", {"luottamuspula", "johtua"})
    named = frozenset({"luottamus"})
    assert _opening([other, about], weights, named) is about
    assert _opening([other, about], weights, frozenset({"talous"})) is other
    weak = _clause("c", "Luottamus on asia, josta puhuttiin.", {"luottamus"})
    assert _opening([other, weak], weights, named) is other


def _clause(note_id: str, text: str, lemmas: set[str]) -> Piece:
    return Piece(note_id, "clause", Span(text, frozenset(lemmas)), "statement")


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Työvuorolistat tulee myöhään.", "Työvuorolistat tulevat myöhään."),
        # the parser tags this "tulee" as the zero person (Person=0)
        ("Esityslistat tulee liian myöhään.", "Esityslistat tulevat liian myöhään."),
        ("Talous ja sote ei jaa lukujaan.", "Talous ja sote eivät jaa lukujaan."),
        (
            "Järjestelyt ja katujen sulkeminen vie kuukausia.",
            "Järjestelyt ja katujen sulkeminen vievät kuukausia.",
        ),  # fmt: skip
        (
            "Tehtäväsiirrot hoitajille vapauttaisi aikaa.",
            "Tehtäväsiirrot hoitajille vapauttaisivat aikaa.",
        ),  # fmt: skip
        # left alone: a necessive's nominative is its object; "kaikki" is singular here
        ("Hoitajat tulee kuulla.", "Hoitajat tulee kuulla."),
        ("Kaikki toimii hyvin.", "Kaikki toimii hyvin."),
        ("Kunta ja järjestöt tekevät yhteistyötä.", "Kunta ja järjestöt tekevät yhteistyötä."),
        # before an A-infinitive the parse tells a subject from the zero person's object
        ("Tutkijat voi hyödyntää dataa.", "Tutkijat voivat hyödyntää dataa."),
        ("Nuoret voisi osallistua suunnitteluun.", "Nuoret voisivat osallistua suunnitteluun."),
        (
            "Kokousten pöytäkirjat voisi julkaista verkossa.",
            "Kokousten pöytäkirjat voisi julkaista verkossa.",
        ),  # fmt: skip
    ],
)
def test_clause_verb_agrees_with_the_subject_the_parse_shows(
    analyzer: LemmaAnalyzer, sentence: str, written: str
) -> None:
    """The parse finds the subject also across words between it and the verb."""
    found = sentence_pieces(analyzer.parse([sentence])[0])
    piece = Piece("n", "clause", found.clause, found.tone, frame=found.frame)
    assert [p.span.text for p in _checked([piece], analyzer.voikko)] == [written]


def test_lint_counts_disagreement_and_unknown_words(analyzer: LemmaAnalyzer) -> None:
    counts = lint_bullets(
        ["Työvuorolistat tulee myöhään. Tieto ei tuu ajoissa. Kunnat tekevät yhteistyötä."],
        analyzer,
    )
    assert counts["sentences"] == 3
    assert counts["disagreement"] == 1
    assert counts["unknown_words"] == 1  # "tuu"


def test_a_short_clause_is_a_point_though_it_cannot_open(analyzer: LemmaAnalyzer) -> None:
    """A clause of two words ("Vapaaehtoiset uupuvat.") never opens a bullet but is said."""
    texts = [
        "vapaaehtoisille pitäis järjestää kiitosilta ja ilmaiset liput",
        "vapaaehtoiset uupuvat",
        "vapaaehtoisten vakuutukset on epäselviä",
    ]
    bullet, _, _ = _theme_bullet(analyzer, texts, "Vapaaehtoiset")
    assert bullet is not None
    assert "k/ryhma1:2" in bullet.note_ids
    assert not bullet.text.startswith("Vapaaehtoiset uupuvat")


def _theme_bullet(
    analyzer: LemmaAnalyzer, texts: list[str], label: str
) -> tuple[Bullet | None, list[tuple[str, str]], dict[str, tuple[Piece, ...]]]:
    """The bullet of one seeded theme made of `texts` (all of the clinic's notes)."""
    members = group_notes(analyzer, texts, "ryhma1")
    cleared = [Cleared(n, tuple(tidy_note(n.text, analyzer.voikko))) for n in members]
    pieces = parse_pieces(cleared, analyzer)
    theme = Theme(label.lower(), label, "seeded", size=len(members))
    inputs = BulletInputs(members, pieces, Voice(2), analyzer, SummarySettings())
    bullet, used = build_bullet(theme, members, 0, inputs)
    return bullet, used, pieces


def test_lead_ins_rotate_and_keep_one_etta(analyzer: LemmaAnalyzer) -> None:
    """The second, fifth and eighth bullets open in three ways; the "että" lead-in gives way
    before a sentence with an "että" of its own (no "että … että")."""
    speller = analyzer.voikko
    openings = [lead_in("Tulkinnat vaihtelevat.", i, Voice(4), speller) for i in (1, 4, 7)]
    assert len({text.split(" ")[0] for text in openings}) == 3
    assert all(text.endswith("tulkinnat vaihtelevat.") for text in openings)
    led = lead_in("Ihmiset pelkäävät, että kokeilu epäonnistuu.", 7, Voice(4), speller)
    assert led == "Ryhmien mukaan ihmiset pelkäävät, että kokeilu epäonnistuu."
