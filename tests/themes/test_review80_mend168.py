"""Review 80 (mend168): the keywords people are shown are whole words, a compound's part no
note says alone left out ("kulku" of "kulunvalvonta", "risti" of "ristiriita"), while the
keywords the summary reads (its naming notes) stay as they were; both from one ranking
(label.keyword_lists). Notes of our own (a sports hall's door cards, a town's flood
notices), lemmatized by the real spaCy model and Voikko."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, Theme, ThemeResult
from muistiinpanot.report.tables import render_themes_csv
from muistiinpanot.themes.keywords import KeywordRule, keyword_lists
from muistiinpanot.themes.label import with_members
from muistiinpanot.themes.word_classes import compound_parts

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

DOORS = [
    "kulunvalvonta ei päästä sisään kuuden jälkeen",
    "kulunvalvonnan kortti pitää hakea kaupungintalolta",
    "kulunvalvonta rikki koko syksyn, ovi jäi auki",
    "kortti ei toimi sivuovessa",
]
NOTICES = [
    "tulvasta kerrottiin ristiriitaisesti eri kanavissa",
    "kunnan ja pelastuslaitoksen tiedotteet olivat ristiriidassa",
    "tiedotteet tulivat myöhään illalla",
    "ristiriitaiset ohjeet hämmensivät asukkaita",
]
CAFE = ["kahvio on kiva paikka", "kahvion pullat loppuu aina", "kahvio sulkeutuu liian aikaisin"]


def _lists(make_notes: MakeNotes, analyzer: LemmaAnalyzer, whole_words: bool = True):  # type: ignore[no-untyped-def]
    groups = {"ovet": DOORS, "tiedotus": NOTICES, "kahvio": CAFE}
    docs = {
        theme: [
            [lemma.lower() for lemma in note.content_lemmas]
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in groups.items()
    }
    words = sorted({lemma for notes in docs.values() for doc in notes for lemma in doc})
    parts_of = compound_parts({w: analyzer.voikko.analyze(w) for w in words})
    return keyword_lists(docs, KeywordRule(top=10, parts_of=parts_of, whole_words=whole_words))


def test_shown_keywords_are_whole_words_read_ones_as_before(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    lists = _lists(make_notes, analyzer)
    doors, notices = lists["ovet"], lists["tiedotus"]
    # the summary reads the ranking as it was (a part of the compound may choose its notes)
    assert "kulku" in doors.read, doors
    assert "risti" in notices.read, notices
    # people are shown what the notes say: no note says "kulku" or "risti" alone
    assert "kulku" not in doors.shown and "kulunvalvonta" in doors.shown, doors
    assert "risti" not in notices.shown, notices
    # ("ristiriita" and "ristiriitainen", one note each, are under the two-note threshold:
    # the part they share is left out, not replaced by them)
    # a word said alone stays shown ("kortti", "tiedote")
    assert "kortti" in doors.shown and "tiedote" in notices.shown, (doors, notices)
    # without the setting the two are one list, the read one
    off = _lists(make_notes, analyzer, whole_words=False)
    assert all(k.shown == k.read == lists[t].read for t, k in off.items()), off


def test_a_part_gives_its_place_to_its_whole_word() -> None:
    # "risti" is said only inside "ristiriita" and its derivation "ristiriitainen": shown as
    # the word, at the part's rank, though the word alone is in too few notes to rank; the
    # read list keeps the part
    docs = {
        "a": [
            ["ristiriita", "risti", "riita", "tiedote"],
            ["ristiriitainen", "risti", "riitainen"],
            ["tiedote", "myöhään"],
        ],
        "b": [["kahvi"]],
    }
    parts_of = {
        "ristiriita": frozenset({"risti", "riita"}),
        "ristiriitainen": frozenset({"risti", "riitainen"}),
    }
    lists = keyword_lists(docs, KeywordRule(top=6, parts_of=parts_of, whole_words=True))
    assert set(lists["a"].read) == {"risti", "tiedote"}, lists
    assert lists["a"].shown == tuple(
        "ristiriita" if word == "risti" else word for word in lists["a"].read
    ), lists
    assert lists["b"].shown == lists["b"].read == ("kahvi",), lists


def test_themes_csv_writes_the_shown_keywords_the_theme_keeps_the_read() -> None:
    theme = with_members(
        Theme(id="uusi-1", label="Kulunvalvonta", kind="emergent"),
        [],
        [],
        __import__("numpy").zeros((0, 2)),
        keyword_lists({"t": [["kulunvalvonta", "kulku", "kortti"]] * 3}, KeywordRule(parts_of={
            "kulunvalvonta": frozenset({"kulku", "valvonta"})}, whole_words=True))["t"],
        total=1,
        representatives=0,
        relevance_weight=0.6,
    )  # fmt: skip
    assert "kulku" in theme.keywords and "kulku" not in theme.published_keywords, theme
    written = render_themes_csv(ThemeResult(themes=(theme,), assignments=()))
    assert "kulunvalvonta" in written and "kulku," not in written.replace("kulunvalvonta", "")


RADIO = [
    "radioasema lopettaa lähetykset ensi vuonna",
    "radioteatteri esittää kuunnelmia kirjastossa",
    "radioasema tarvitsee vapaaehtoisia toimittajia",
    "radioteatterin näyttelijät ovat jo eläkkeellä",
]


def test_a_part_several_words_share_stays_shown(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    # "radio" is inside "radioasema" and "radioteatteri", never said alone: what the two
    # share, not a fragment of one word; it stays shown
    docs = {
        theme: [
            [lemma.lower() for lemma in note.content_lemmas]
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in {"radio": RADIO, "kahvio": CAFE}.items()
    }
    words = sorted({lemma for notes in docs.values() for doc in notes for lemma in doc})
    parts_of = compound_parts({w: analyzer.voikko.analyze(w) for w in words})
    lists = keyword_lists(docs, KeywordRule(top=10, parts_of=parts_of, whole_words=True))
    assert "radio" in lists["radio"].read and "radio" in lists["radio"].shown, lists["radio"]


@pytest.mark.xfail(
    strict=True,
    reason="left by mend168: spoken Finnish's past 'loppu' (= 'loppui') gets the noun's lemma "
    "(Voikko reads it only as 'loppu', the noun; spaCy tags it VERB), review 80's 'loppu'",
)
def test_a_spoken_past_is_read_as_its_verb(analyzer: LemmaAnalyzer) -> None:
    (tokens,) = analyzer.analyze(["puhelimien akut loppu jo ensimmäisenä iltana"])
    assert "loppua" in {token.lemma for token in tokens}, tokens
