"""The post's title (summarize/title.py, texts.fallback_title): one statement of the main
point, taken from the bullet of the theme the most groups wrote on, or the clinic and that
theme named without "Verkkoklinikka:" and without an orphan "myös" (review 34, finding 6).
Real Voikko and spaCy."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import Bullet, Clinic, Note, SourceRef, Theme
from muistiinpanot.summarize.texts import fallback_title
from muistiinpanot.summarize.title import (
    Support,
    TitleSettings,
    build_title,
    main_theme,
    statement_problem,
)
from muistiinpanot.summarize.title_reasons import opening_theme, reason_text

CYCLING = Clinic(id="x", title="Verkkoklinikka: Talvipyöräily kunnan arjessa")
PLOUGHING = Theme("auraus", "Auraus ja hiekoitus", "emergent", size=5)
OPENNESS = Theme("avoimuus", "Avoimuus ja tiedon jakaminen", "seeded", size=8)


@pytest.mark.parametrize(
    ("clinic", "title"),
    [
        (Clinic(id="x", date="2026-02-18"), "Verkkoklinikka 18.2.2026"),
        (Clinic(id="x", date="2025-09"), "Verkkoklinikka 9/2025"),
        (Clinic(id="x"), "Verkkoklinikka"),
        (Clinic(id="x", title="Siilot yhteistyö"), "Siilot yhteistyö"),
        (Clinic(id="x", title="Verkkoklinikka: Siilot"), "Siilot"),
    ],
)
def test_fallback_without_a_theme_is_the_clinic_title_without_its_prefix(
    clinic: Clinic, title: str
) -> None:
    assert fallback_title(clinic, None) == title


def test_fallback_names_the_topic_and_the_main_theme_with_a_verb_that_agrees() -> None:
    assert fallback_title(CYCLING, PLOUGHING) == (
        "Talvipyöräily kunnan arjessa: eniten puhuttivat auraus ja hiekoitus"
    )
    one = Theme("nuoret", "Kirjaston opastus", "seeded", size=4)
    assert fallback_title(Clinic(id="x", title="Kirjasto"), one) == (
        "Kirjasto: eniten puhutti kirjaston opastus"
    )


def test_fallback_is_the_clinic_title_alone_when_it_names_the_theme_or_no_noun_does() -> None:
    """No "esiin nousivat myös" and no theme list: a theme the clinic title names is not said
    again, and a label that is a keyword list is not put into a sentence."""
    clinic = Clinic(id="x", title="Luottamus ja tiedon hyödyntäminen")
    trust = Theme("luottamus", "Luottamus", "seeded", size=11)
    assert fallback_title(clinic, trust) == "Luottamus ja tiedon hyödyntäminen"
    others = Theme("uusi-3", "Muita nostoja: kuivaushuone, lapsi", "emergent", named=False)
    assert fallback_title(clinic, others) == "Luottamus ja tiedon hyödyntäminen"


def test_main_theme_is_the_one_most_groups_wrote_on_not_the_largest() -> None:
    members = {"avoimuus": ["a1", "a2", "a3", "a4"], "auraus": ["p1", "p2", "p3"]}
    groups = {
        "a1": frozenset({"g1"}),
        "a2": frozenset({"g1"}),
        "a3": frozenset({"g2"}),
        "a4": frozenset({"g1"}),
        "p1": frozenset({"g1"}),
        "p2": frozenset({"g2", "g4"}),  # repeated word for word in another group
        "p3": frozenset({"g3"}),
    }
    assert main_theme([OPENNESS, PLOUGHING], members, groups) == PLOUGHING
    equal = {**groups, "p2": frozenset({"g2"}), "p3": frozenset({"g2"})}
    assert main_theme([OPENNESS, PLOUGHING], members, equal) == OPENNESS  # the first of equals


@pytest.mark.parametrize(
    "sentence",
    [
        "Talvipyöräily vaatii pyöräteiden aurauksen ennen ajoratoja.",
        "Pyörätiet pitää aurata ennen ajoratoja.",
        "Hiekoitussepeli puhkoo renkaita.",
    ],
)
def test_a_short_full_clause_can_be_the_title(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert statement_problem(sentence, analyzer, 12) == ""


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Auraus pyöräteillä ennen ajoratoja.", "no finite predicate"),
        ("Kunta voisi tukea nastarenkaita.", "a hedge"),
        ("Pyörätiet pitäisi ehkä aurata aiemmin.", "a hedge"),
        ("Myös hiekoitus on tärkeää.", "leans on text before it"),
        ("Se ei toimi talvella.", "leans on text before it"),
        ("Pyöräilemme töihin talvellakin.", "leans on text before it"),
        ("Aurataanko pyörätiet ennen ajoratoja?", "a question"),
        (
            "Pyöräteiden auraus pitää hoitaa ennen ajoratoja, koska moni pyöräilee töihin "
            "aamulla ennen kuutta.",
            "too long",
        ),
    ],
)
def test_a_sentence_that_does_not_stand_alone_is_not_the_title(
    analyzer: LemmaAnalyzer, sentence: str, problem: str
) -> None:
    assert statement_problem(sentence, analyzer, 12) == problem


def _support(
    analyzer: LemmaAnalyzer, notes: dict[str, tuple[str, str]], shared: int = 2
) -> Support:
    """Support for the notes `notes` (id → (groups joined by "+", text)), their content
    lemmas as the lemmatize stage reads them; `shared` 0: word-for-word repeats only."""
    raw = [Note(i, "x", group, text, SourceRef("r.txt", 1)) for i, (group, text) in notes.items()]
    done = lemmatize_notes(normalize_notes(raw), analyzer)
    lemmas = {n.id: frozenset(x.lower() for x in n.content_lemmas) for n in done}
    groups = {i: frozenset(group.split("+")) for i, (group, _) in notes.items()}
    return Support(lemmas, groups, shared)


PLOUGHING_NOTES = {
    "p1": ("g1", "pyörätiet pitää aurata ennen ajoratoja"),
    "p2": ("g2", "pyöräteiden auraus ennen ajoratoja!!"),
    "p3": ("g1", "hiekoitus on tärkeää mäissä"),
}
#: The ploughing theme's bullet of those notes: two groups' point and one group's.
PLOUGHING_BULLET = Bullet(
    "auraus",
    "Auraus ja hiekoitus",
    "Hiekoitus on tärkeää mäissä. Ryhmien mukaan pyörätiet pitää aurata ennen ajoratoja.",
    ("p1", "p2", "p3"),
)


def test_the_title_is_a_sentence_of_the_main_theme_without_its_lead_in(
    analyzer: LemmaAnalyzer,
) -> None:
    """Of the main theme's sentences that stand alone, the one whose point the most groups
    made: two groups wrote of ploughing before the roads, one of sanding."""
    bullets = [
        Bullet("avoimuus", "Avoimuus ja tiedon jakaminen", "Tiedotteet tulevat myöhään.", ("a",)),
        PLOUGHING_BULLET,
    ]
    support = _support(analyzer, PLOUGHING_NOTES)
    title = build_title(CYCLING, PLOUGHING, bullets, support, analyzer, TitleSettings(12, 2))
    assert (title.text, title.kind, title.theme, title.note_ids) == (
        "Pyörätiet pitää aurata ennen ajoratoja",
        "statement",
        "auraus",
        ("p1", "p2"),
    )


def test_one_groups_point_or_a_hedge_gives_the_fallback(analyzer: LemmaAnalyzer) -> None:
    support = _support(analyzer, PLOUGHING_NOTES)
    one = [Bullet("auraus", "Auraus ja hiekoitus", "Hiekoitus on tärkeää mäissä.", ("p3",))]
    title = build_title(
        CYCLING, PLOUGHING, one, support, analyzer, TitleSettings(12, 2), largest=PLOUGHING
    )
    fallback = "Talvipyöräily kunnan arjessa: eniten puhuttivat auraus ja hiekoitus"
    assert (title.text, title.kind, title.reason) == (fallback, "fallback", "one group's point")
    title = build_title(
        CYCLING, PLOUGHING, one, support, analyzer, TitleSettings(12, 1), largest=PLOUGHING
    )
    assert (title.text, title.kind) == ("Hiekoitus on tärkeää mäissä", "statement")
    hedged = [Bullet("auraus", "Auraus ja hiekoitus", "Kunta voisi aurata pyörätiet.", ("p1",))]
    title = build_title(
        CYCLING, PLOUGHING, hedged, support, analyzer, TitleSettings(12, 1), largest=PLOUGHING
    )
    assert (title.text, title.kind, title.reason) == (fallback, "fallback", "a hedge")
    title = build_title(
        CYCLING, PLOUGHING, one, support, analyzer, TitleSettings(0, 1), largest=PLOUGHING
    )
    assert title.kind == "fallback"


def test_by_default_only_a_word_for_word_repeat_in_another_group_makes_it_a_statement(
    analyzer: LemmaAnalyzer,
) -> None:
    """Two shared content lemmas joined different points on the dev clinics, so the shipped
    setting counts a point's groups only from the note and its word-for-word repeats."""
    bullets = [
        Bullet(
            "auraus",
            "Auraus ja hiekoitus",
            "Pyörätiet pitää aurata ennen ajoratoja.",
            ("p1", "p2"),
        )
    ]
    alone = _support(analyzer, PLOUGHING_NOTES, shared=0)
    title = build_title(
        CYCLING, PLOUGHING, bullets, alone, analyzer, TitleSettings(12, 2), largest=PLOUGHING
    )
    assert (title.kind, title.reason) == ("fallback", "one group's point")
    repeated = {**PLOUGHING_NOTES, "p1": ("g1+g3", PLOUGHING_NOTES["p1"][1])}
    twice = _support(analyzer, repeated, shared=0)
    title = build_title(
        CYCLING, PLOUGHING, bullets, twice, analyzer, TitleSettings(12, 2), largest=PLOUGHING
    )
    assert (title.text, title.kind, title.note_ids) == (
        "Pyörätiet pitää aurata ennen ajoratoja",
        "statement",
        ("p1",),
    )


class _CountingParses:
    """The real analyzer, counting the texts each `parse` call is given."""

    def __init__(self, analyzer: LemmaAnalyzer) -> None:
        self.analyzer = analyzer
        self.parsed: list[str] = []

    @property
    def voikko(self) -> object:
        return self.analyzer.voikko

    def word_vector(self, word: str) -> object:
        return self.analyzer.word_vector(word)

    def person_spans(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        return self.analyzer.person_spans(texts)

    def parse(self, texts: list[str]) -> object:
        self.parsed += texts
        return self.analyzer.parse(texts)


def test_the_title_parses_each_candidate_sentence_once(analyzer: LemmaAnalyzer) -> None:
    """A candidate's check, its lint and its support read one parse (speed round 23: three
    parses of the same sentence before), and the title is the same as read afresh."""
    bullets = [PLOUGHING_BULLET]
    support = _support(analyzer, PLOUGHING_NOTES)
    counting = _CountingParses(analyzer)
    settings = TitleSettings(12, 1)
    title = build_title(CYCLING, PLOUGHING, bullets, support, counting, settings)  # type: ignore[arg-type]
    assert title == build_title(CYCLING, PLOUGHING, bullets, support, analyzer, settings)
    assert title.kind == "statement"
    assert sorted(counting.parsed) == [
        "Hiekoitus on tärkeää mäissä.",
        "Pyörätiet pitää aurata ennen ajoratoja.",
    ]


# Review 40 #12: a clinic of my own on a library's new loan rules. Its largest theme (most
# notes, the one the opening names first) is on fines, written in three groups; the theme
# written in the most groups (four) is on opening hours. No sentence is two groups' point,
# so the title falls back. Before mend76 it named the theme of the most groups ("eniten
# puhutti aukioloaika") two lines above "Eniten keskustelua herättivät teemat ”Myöhästymis-
# maksut” (9 muistiinpanoa), ”Aukioloaika” (6)", and summary.json said only "one group's
# point", in English.
LIBRARY = Clinic(id="k", title="Verkkoklinikka: Kirjaston uudet lainaussäännöt")
FINES = Theme("uusi-1", "Myöhästymismaksut", "emergent", size=9)
HOURS = Theme("uusi-2", "Aukioloaika", "emergent", size=6)
REMAINDER = Theme("uusi-3", "Muita nostoja: kassi, tarra", "emergent", size=7, named=False)


def test_the_fallback_title_names_the_theme_the_opening_names_first(
    analyzer: LemmaAnalyzer,
) -> None:
    opening = (
        "Eniten keskustelua herättivät teemat ”Myöhästymismaksut” (9 muistiinpanoa) ja "
        "”Aukioloaika” (6)."
    )
    largest = opening_theme([FINES, HOURS], opening)
    assert largest is FINES
    notes = {"h1": ("g1", "aukioloaika on liian lyhyt"), "h2": ("g2", "aukioloaika iltaisin")}
    support = _support(analyzer, notes, shared=0)  # the shipped setting: repeats only
    one = [Bullet("uusi-2", "Aukioloaika", "Aukioloaika on liian lyhyt.", ("h1",))]
    title = build_title(LIBRARY, HOURS, one, support, analyzer, TitleSettings(12, 2), (), largest)
    assert title.text == "Kirjaston uudet lainaussäännöt: eniten puhuttivat myöhästymismaksut"
    assert (title.kind, title.theme) == ("fallback", "uusi-1")
    reason = reason_text(title.kind, title.reason)
    finnish, english = reason.split(" / ")
    assert "yksi ryhmä" in finnish and "eniten muistiinpanoja" in finnish
    assert "the most notes" in english


def test_no_theme_named_as_the_largest_gives_the_clinic_name() -> None:
    """A remainder theme is never the title's, and an opening that names no theme as the
    largest ("muun muassa") leaves the title the clinic's name."""
    assert opening_theme([REMAINDER, HOURS], "") is HOURS
    among = "Keskustelua herättivät muun muassa teemat ”Aukioloaika” (6)."
    assert opening_theme([REMAINDER, HOURS], among) is None
    title = build_title(LIBRARY, None, [], Support({}, {}), None, TitleSettings(12, 2))  # type: ignore[arg-type]
    assert (title.kind, reason_text(title.kind, title.reason).split(" / ")[0]) == (
        "name",
        "yhtäkään teemaa ei ollut, joten otsikko on klinikan nimi",
    )
