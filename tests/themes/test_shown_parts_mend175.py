"""mend175: a shown keyword that is a compound's part (Voikko's parts) of another shown
keyword of its theme is left out and the next ranked one shown in its place ("luku" beside
"lukupiiri"); the read keywords stay as they were; a derivation ("kirjasto" of "kirja") is no
compound and both stay. Notes of our own, lemmatized by the real spaCy model and Voikko."""

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
    "luku ennen nukkumaanmenoa rauhoittaa",
]
SAUNA = ["sauna lämpiää lauantaisin", "sauna on liian kuuma", "saunan lauteet ovat rikki"]


def _lists(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, top: int, whole_words: bool = True
) -> dict[str, KeywordLists]:
    groups = {"piiri": CIRCLE, "sauna": SAUNA}
    docs = {
        theme: [
            [lemma.lower() for lemma in note.content_lemmas]
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in groups.items()
    }
    words = sorted({lemma for notes in docs.values() for doc in notes for lemma in doc})
    parts_of = compound_parts({w: analyzer.voikko.analyze(w) for w in words})
    rule = KeywordRule(top=top, parts_of=parts_of, whole_words=whole_words)
    return keyword_lists(docs, rule)


def test_a_shown_part_of_a_shown_compound_gives_its_place(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    every = _lists(make_notes, analyzer, top=20)["piiri"]
    # the summary reads both; "luku" is said alone, so it is no fragment of "lukupiiri"
    assert {"luku", "lukupiiri"} <= set(every.read), every
    assert "lukupiiri" in every.shown and "luku" not in every.shown, every
    # a derivation is no compound's part: "kirja" and "kirjasto" are both shown
    assert {"kirja", "kirjasto"} <= set(every.shown), every
    # with a few shown, the next ranked word takes the part's place: as many as asked
    few = _lists(make_notes, analyzer, top=3)["piiri"]
    assert len(few.shown) == len(few.read) == 3, few
    assert "luku" in few.read and "luku" not in few.shown, few
    assert "kirjasto" in few.shown and "kirjasto" not in few.read, few
    assert [w for w in every.shown if w in few.shown] == list(few.shown), (few, every)
    # without keyword_whole_words the shown keywords are the read ones, part and all
    off = _lists(make_notes, analyzer, top=20, whole_words=False)["piiri"]
    assert off.shown == off.read and "luku" in off.shown, off


def test_add_shown_drops_a_part_whichever_comes_first() -> None:
    from muistiinpanot.themes.whole_words import add_shown  # mend175's (not on lead)

    parts_of = {"nuorisotila": frozenset({"nuoriso", "tila"})}
    shown: list[str] = []
    dropped: set[str] = set()
    for word in ["tila", "kahvio", "nuorisotila", "nuoriso"]:
        add_shown(shown, word, parts_of, dropped)
    assert shown == ["kahvio", "nuorisotila"] and dropped == {"tila", "nuoriso"}
    # no string test: "tilanne" begins with "tila" but is no compound of it
    shown, dropped = [], set()
    for word in ["tila", "tilanne"]:
        add_shown(shown, word, parts_of, dropped)
    assert shown == ["tila", "tilanne"]
