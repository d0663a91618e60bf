"""mend175: a shown keyword that only echoes another shown keyword of its theme is left out
and the next ranked one shown in its place: "luku" beside "lukupiiri", one of its Voikko
parts, held by no other word of the theme, said without it in fewer notes than a keyword
needs. The read keywords stay as they were; a part said alone in two notes stands on its
own; a derivation ("kirjasto" of "kirja") is no compound and both stay. Notes of our own,
lemmatized by the real spaCy model and Voikko."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes.keywords import KeywordLists, KeywordRule, keyword_lists
from muistiinpanot.themes.word_classes import compound_parts

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

CIRCLE = [
    "lukupiiri kokoontuu kirjastossa joka tiistai",
    "lukupiirissä luku on rauhallista ja kirja vaihtuu kuukausittain",
    "lukupiiri kaipaa lisää kirjoja kirjastoon",
    "luku jää kesken kun kirja on kadonnut",
    "kirja ennen nukkumaanmenoa rauhoittaa",
]
#: "luku" said without "lukupiiri" in two notes: a keyword of its own
ALONE = [*CIRCLE[:4], "luku ennen nukkumaanmenoa rauhoittaa"]
SAUNA = ["sauna lämpiää lauantaisin", "sauna on liian kuuma", "saunan lauteet ovat rikki"]


def _lists(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    top: int,
    circle: list[str] = CIRCLE,
    drop_echoes: bool = True,
) -> KeywordLists:
    groups = {"piiri": circle, "sauna": SAUNA}
    docs = {
        theme: [
            [lemma.lower() for lemma in note.content_lemmas]
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in groups.items()
    }
    words = sorted({lemma for notes in docs.values() for doc in notes for lemma in doc})
    parts_of = compound_parts({w: analyzer.voikko.analyze(w) for w in words})
    rule = KeywordRule(top=top, parts_of=parts_of, whole_words=True, drop_echoes=drop_echoes)
    return keyword_lists(docs, rule)["piiri"]


def test_a_shown_echo_of_a_shown_compound_gives_its_place(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    every = _lists(make_notes, analyzer, top=20)
    # the summary reads both; "luku" is said alone once, so it is no fragment of "lukupiiri"
    assert {"luku", "lukupiiri"} <= set(every.read), every
    assert "lukupiiri" in every.shown and "luku" not in every.shown, every
    # a derivation is no compound's part: "kirja" and "kirjasto" are both shown
    assert {"kirja", "kirjasto"} <= set(every.shown), every
    # with a few shown, the next ranked word takes the part's place: as many as asked
    few = _lists(make_notes, analyzer, top=3)
    assert len(few.shown) == len(few.read) == 3, few
    assert "luku" in few.read and "luku" not in few.shown, few
    assert [w for w in every.shown if w in few.shown] == list(few.shown), (few, every)
    # with [themes] keyword_drop_echoes off, the part is shown as before
    off = _lists(make_notes, analyzer, top=20, drop_echoes=False)
    assert "luku" in off.shown and "lukupiiri" in off.shown, off


def test_a_part_said_alone_in_two_notes_stays_shown(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    lists = _lists(make_notes, analyzer, top=20, circle=ALONE)
    assert {"luku", "lukupiiri"} <= set(lists.shown), lists


def test_add_shown_drops_an_echo_whichever_comes_first() -> None:
    from muistiinpanot.themes.keywords import _echoes  # mend175's (not on lead)
    from muistiinpanot.themes.whole_words import add_shown

    parts_of = {"nuorisotila": frozenset({"nuoriso", "tila"})}
    notes_of = {"nuorisotila": {0, 1, 2}, "tila": {0, 1, 3}, "nuoriso": {0, 1}, "kahvio": {2, 3}}

    def echoes(part: str, compound: str) -> bool:
        return _echoes(part, compound, notes_of, parts_of, min_notes=2)

    shown: list[str] = []
    dropped: set[str] = set()
    for word in ["tila", "kahvio", "nuorisotila", "nuoriso"]:
        add_shown(shown, word, echoes, dropped)
    assert shown == ["kahvio", "nuorisotila"] and dropped == {"tila", "nuoriso"}
    # a part another word of the theme holds too is what they share: it stays
    parts_of["nuorisotalo"] = frozenset({"nuoriso", "talo"})
    notes_of["nuorisotalo"] = {3}
    shown, dropped = [], set()
    for word in ["nuoriso", "nuorisotila"]:
        add_shown(shown, word, echoes, dropped)
    assert shown == ["nuoriso", "nuorisotila"]
