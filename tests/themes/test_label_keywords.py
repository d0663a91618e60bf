"""Keywords of a theme leave out a time word's compound parts, and the fallback label lists no
time (round 22, issue 12): "kuu" and "kausi" of "kuukausimaksu" and "syyskuu", "lokakuu" of
"lokakuun loppu" say when, not what; the notes as lemmatized and read by the real spaCy model
and Voikko."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from label_cases import SETTINGS, labels_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes.keywords import KeywordRule, keyword_lists
from muistiinpanot.themes.label_text import is_fallback
from muistiinpanot.themes.label_time import closed_class
from muistiinpanot.themes.word_classes import compound_parts, is_abbreviation

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

FEES = [
    "kuukausimaksu nousi syyskuussa ilman ilmoitusta",
    "kuukausimaksu on perheelle liian iso",
    "lokakuussa maksu nousi taas ja lasku tuli myöhään",
    "lukukausimaksu pitäisi saada maksaa erissä",
    "sisaralennus puuttuu kuukausimaksusta",
]
ROADS = [
    "pyörätie jäätyy talvella eikä sitä aurata",
    "talvella pyörätiellä on paljon sohjoa",
    "pyörätien hiekoitus unohtuu talvisin",
    "lumi jää pyörätielle viikoiksi",
]
OTHER = ["kahvio on kiva paikka", "kahvion pullat loppuu aina", "kahvio sulkeutuu liian aikaisin"]


def _shown(docs: Mapping[str, Sequence[Sequence[str]]], **rule: Any) -> dict[str, tuple[str, ...]]:
    """The shown keywords of keyword_lists under KeywordRule(**rule)."""
    return {theme: lists.shown for theme, lists in keyword_lists(docs, KeywordRule(**rule)).items()}


def _docs(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, groups: dict[str, list[str]]
) -> tuple[dict[str, list[list[str]]], dict[str, tuple[dict[str, str], ...]]]:
    """Each theme's notes (`groups`: theme → texts) as lower-cased content lemmas, and
    Voikko's analyses of every lemma they hold."""
    docs = {
        theme: [
            [lemma.lower() for lemma in note.content_lemmas]
            for note in make_notes([(f"{theme}:{i}", text) for i, text in enumerate(texts)])
        ]
        for theme, texts in groups.items()
    }
    words = sorted({lemma for notes in docs.values() for doc in notes for lemma in doc})
    return docs, {word: analyzer.voikko.analyze(word) for word in words}


def _keywords(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer, times: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    groups = {"maksut": FEES, "tiet": ROADS, "kahvio": OTHER}
    docs, analyses = _docs(make_notes, analyzer, groups)
    return _shown(docs, top=10, times=times, parts_of=compound_parts(analyses))


def test_keywords_leave_out_time_parts_said_only_inside_longer_words(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    keywords = _keywords(make_notes, analyzer, closed_class())
    # "kuu" is only a part of "kuukausimaksu", "syyskuu", "lokakuu"; "kausi" of
    # "kuukausimaksu" and "lukukausimaksu": neither is said alone
    assert not {"kuu", "kausi"} & set(keywords["maksut"]), keywords["maksut"]
    assert "kuukausimaksu" in keywords["maksut"] and "maksu" in keywords["maksut"]
    # a time the notes say on its own stays: winter is what the road notes share
    assert "talvi" in keywords["tiet"], keywords["tiet"]
    # without the class, the parts shared by several words come back (the rule is the class)
    assert "kuu" in _keywords(make_notes, analyzer, frozenset())["maksut"]


def test_compound_parts_read_inside_the_word(analyzer: LemmaAnalyzer) -> None:
    found = compound_parts(
        {w: analyzer.voikko.analyze(w) for w in ["kuukausimaksu", "syyskuu", "maksu"]}
    )
    assert {"kuu", "kausi", "maksu"} <= found["kuukausimaksu"]
    assert "kuu" in found["syyskuu"]
    assert "maksu" not in found  # one part: no compound


def test_the_fallback_lists_no_time_of_the_closed_classes(analyzer: LemmaAnalyzer) -> None:
    # no noun names these notes; the commonest are months ("lokakuu" in three notes, as the
    # owner of "loppu" or "alku", not as when), which say when, not what
    theme = [
        "lokakuun loppu on liian aikainen lopettaa",
        "lokakuun alku on vielä lämmin ja ihmiset haluaa jatkaa",
        "koko lokakuu pitäisi saada mukaan ja vähän pidempäänkin",
        "moni kysyy miksi vuosi loppuu niin aikaisin",
        "ainakin pyöräilijät ovat tyytymättömiä",
    ]
    (label,) = labels_of(analyzer, [theme])
    assert is_fallback(label, SETTINGS), label
    assert "lokakuu" not in label and "vuosi" not in label, label


NOTICES = [
    "tiedotus pelkkä lappu ilmotustaululla ei riitä",
    "remontin aikataulu venyy aina, asukkaille ei kerrota",
    "tiedotus monella kielellä, kaikki ei lue suomea",
    "asukkaiden kuuleminen ennen päätöksiä",
]
NOISE = [
    "melu aamulla klo 7 piikkaus, vuorotyöläiset ei nuku",
    "meluisat työt vain klo 9-16 arkisin",
    "etätyöläiset kärsii melusta eniten, päivällä kotona",
    "pölyä joka paikassa, astmaatikot kärsii melusta",
]


def test_keywords_leave_out_abbreviations(make_notes: MakeNotes, analyzer: LemmaAnalyzer) -> None:
    """Review 38 #22: "klo" (an abbreviation, Voikko's class) was a keyword on a card; it is
    left out, the theme's words stay."""
    groups = {"tiedotus": NOTICES, "melu": NOISE, "kahvio": OTHER}
    docs, analyses = _docs(make_notes, analyzer, groups)
    keywords = _shown(
        docs,
        top=10,
        parts_of=compound_parts(analyses),
        abbreviations=frozenset(w for w, found in analyses.items() if is_abbreviation(found)),
    )
    assert "tiedotus" in keywords["tiedotus"]
    assert "klo" not in keywords["melu"], keywords["melu"]
    assert "melu" in keywords["melu"]
