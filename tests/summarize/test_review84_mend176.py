"""Review 84's faults (mend176; real spaCy parser and Voikko), in sentences of our own.

1. "Yhden ryhmän mukaan" is not said of a point another group's note of the theme makes in
   a derived word ("odotusaika" / "odottaessa": pieces.root_point_groups); a point no other
   group's note says a word of keeps it.
2. A necessive verb in the indicative ("pitää", "täytyy") gives no infinitive phrase to
   gather under the bullets' "pitäisi" (modalphrase.indicative_necessive): a rule in force
   is no proposal. A spoken conditional ("pitäis") still does, and reads "pitäisi".
3. A present passive participle with no finite verb before it in its clause is the clause's
   predicate ("Lomake palautettava viikkoa etukäteen"), not an attribute to put in the
   partitive (sentencemends._predicative_participle); after a finite verb the mend stands.

#1 and #2 ship off (`[summary] one_group_word_roots`, `rules_in_force`: the lead, against the
"none worse" rule); their tests read them on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from fixture_clinic import rotated_bullets

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import Bullet, Note, SourceRef
from muistiinpanot.summarize.clearing import clear_notes
from muistiinpanot.summarize.notepieces import parse_pieces
from muistiinpanot.summarize.piece_settings import PieceSettings
from muistiinpanot.summarize.pieces import (
    ONE_GROUP,
    Voice,
    note_groups,
    point_groups,
    root_point_groups,
)
from muistiinpanot.summarize.postparts import one_group
from muistiinpanot.summarize.sentencemends import mend_sentences


def _notes(analyzer: LemmaAnalyzer, written: Sequence[tuple[str, str]]) -> list[Note]:
    """Notes "k/r:1" … of clinic "k", each (group, text) of `written`, read by the model."""
    raw = [
        Note(f"k/r:{i}", "k", group, text, SourceRef("r", i))
        for i, (group, text) in enumerate(written, start=1)
    ]
    return lemmatize_notes(normalize_notes(raw), analyzer)


def _voices(
    analyzer: LemmaAnalyzer, written: Sequence[tuple[str, str]], themes: dict[str, list[int]]
) -> tuple[Voice, Voice]:
    """The voice of the near test by lemmas and the one by lemmas and their roots, for notes
    `written` in `themes` (theme id → note numbers)."""
    notes = _notes(analyzer, written)
    members = {t: [notes[i - 1].id for i in numbers] for t, numbers in themes.items()}
    groups = len({note.group for note in notes})
    by_lemmas = Voice(groups, note_groups(notes), point_groups(notes, members))
    by_roots = Voice(
        groups,
        note_groups(notes),
        point_groups(notes, members),
        root_point_groups(notes, members, analyzer.voikko),
    )
    return by_lemmas, by_roots


_QUEUES = [
    ("a", "odotusajat lastenpsykiatrialle kohtuuttomat"),
    ("b", "perhe joutuu odottamaan kuukausia"),
    ("c", "kahvion tuolit rikki"),
]


def test_derived_word_in_the_same_theme(analyzer: LemmaAnalyzer) -> None:
    """#1: "odotusaika" and "odottaa" say one point; the lemma test missed it."""
    by_lemmas, by_roots = _voices(analyzer, _QUEUES, {"t1": [1, 2], "t2": [3]})
    assert by_lemmas.according_to(["k/r:1"]) == ONE_GROUP  # the check of session 35
    assert by_roots.according_to(["k/r:1"]) == ""
    bullet = Bullet("t1", "", "Odotusajat lastenpsykiatrialle ovat kohtuuttomat.", ("k/r:1",))
    assert one_group(bullet, by_roots, analyzer).text == bullet.text


def test_one_groups_point_keeps_its_lead_in(analyzer: LemmaAnalyzer) -> None:
    """#1 look-alike: no other group's note says a word of the point."""
    written = [
        ("a", "kirjaston aukioloja pitäis pidentää iltaisin"),
        ("b", "pysäköintialue liian pieni"),
        ("c", "kahvion tuolit rikki"),
    ]
    _, by_roots = _voices(analyzer, written, {"t1": [1, 2, 3]})
    assert by_roots.according_to(["k/r:1"]) == ONE_GROUP
    bullet = Bullet("t1", "", "Kirjaston aukioloja pitäisi pidentää iltaisin.", ("k/r:1",))
    assert one_group(bullet, by_roots, analyzer).text.startswith(ONE_GROUP)


def _pieces(analyzer: LemmaAnalyzer, text: str) -> list[tuple[str, str]]:
    note = Note("n1", "c", "g", text, SourceRef("f.txt", 1), clean_text=text)
    cleared, _ = clear_notes([note], [note], analyzer)
    pieces = parse_pieces(
        cleared, analyzer, PieceSettings(rules_in_force=True)
    )  # shipped off: read on
    return [(p.kind, p.span.text) for p in pieces.get("n1", ())]


@pytest.mark.parametrize(
    "note",
    [
        "lomake pitää palauttaa maanantaina klo 12 mennessä",
        "pyörä täytyy varata edellisenä iltana",
    ],
)
def test_indicative_necessive_gives_no_infinitive(analyzer: LemmaAnalyzer, note: str) -> None:
    """#2: the rule in force is no phrase for "pitäisi"."""
    assert not [p for p in _pieces(analyzer, note) if p[0] == "infinitive"]


def test_spoken_conditional_gives_its_infinitive(analyzer: LemmaAnalyzer) -> None:
    """#2 look-alike: "pitäis" is the group's proposal."""
    kinds = [p[0] for p in _pieces(analyzer, "lomake pitäis voida palauttaa sähköisesti")]
    assert "infinitive" in kinds


def test_indicative_rules_are_not_proposed(analyzer: LemmaAnalyzer) -> None:
    """#2 in a bullet: two rules in force are said as written, never as "pitäisi"."""
    members = _notes(
        analyzer,
        [
            ("a", "ilmoittautuminen pitää tehdä viikkoa ennen, ei onnistu jos tulee kiire"),
            ("b", "avaimet pitää hakea toimistolta klo 15 mennessä"),
        ],
    )  # the first note's clause is not cut from its negated one: only its infinitive was left
    for text in rotated_bullets(analyzer, "Varaukset", members, 2, in_force=True):
        assert "pitäisi" not in text.lower(), text


def test_spoken_conditionals_are_proposed(analyzer: LemmaAnalyzer) -> None:
    """#2 look-alike in a bullet: two groups' "pitäis" still read "pitäisi"."""
    members = _notes(
        analyzer,
        [
            ("a", "lomake pitäis voida palauttaa sähköisesti"),
            ("b", "pyörän varaus pitäis voida tehdä samana päivänä"),
        ],
    )
    for text in rotated_bullets(analyzer, "Varaukset", members, 2, in_force=True):
        assert "pitäisi" in text.lower(), text


@pytest.mark.parametrize(
    "sentence",
    [
        "Lomake palautettava viikkoa etukäteen.",
        "Hakemukset jätettävä kuukautta ennen, muuten paikka menee.",
        "Sauna varattava viikkoa aiemmin - iltaisin se on täynnä.",
    ],
)
def test_predicative_participle_stays(analyzer: LemmaAnalyzer, sentence: str) -> None:
    """#3: "X palautettava" is "X on palautettava"."""
    assert mend_sentences(sentence, analyzer.voikko, frozenset()) == sentence


@pytest.mark.parametrize(
    ("sentence", "mended"),
    [
        ("Toivottiin nimetty yhteyshenkilöä.", "Toivottiin nimettyä yhteyshenkilöä."),
        ("Kaivattiin luettava materiaalia.", "Kaivattiin luettavaa materiaalia."),
    ],
)
def test_attribute_after_a_verb_still_mended(
    analyzer: LemmaAnalyzer, sentence: str, mended: str
) -> None:
    """#3 look-alike: after a finite verb the participle is an attribute of the partitive."""
    assert mend_sentences(sentence, analyzer.voikko, frozenset()) == mended
