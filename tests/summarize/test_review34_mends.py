"""Review 34's mends of what a sentence claims (real spaCy parser and Voikko):

- #2: a plural attribution ("Ryhmien mukaan", "Ryhmissä todettiin", "Osallistujien mukaan")
  only when the notes behind the sentence come from two groups or more; one group's note is
  attributed to one group;
- #3: a verbless note whose "predicate" is only a place or a time is no clause with "olla"
  ("hiekoitus ja auraus ennen klo 6 pääreiteillä" ↛ "… ovat pääreiteillä");
- #5: a note that opens with "mutta", "ja", "tai" or "eikä" and has no subject of its own
  continues the note before it and is no sentence of the post on its own."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, NoteStatus, SourceRef
from muistiinpanot.summarize.leadin import lead_in
from muistiinpanot.summarize.phrases import sentence_pieces
from muistiinpanot.summarize.pieces import Voice, note_groups

_GROUPS = {
    "a": frozenset({"ryhma1"}),
    "b": frozenset({"ryhma2"}),
    "c": frozenset({"ryhma1"}),
    "d": frozenset({"ryhma2", "ryhma3"}),  # a note a second group wrote word for word
}


@pytest.mark.parametrize(
    ("index", "note_ids", "opening"),
    [
        # one group's notes: no lead-in, the point stated as the blog states it
        (1, ["a"], "Kirjaston aukioloajat"),
        (4, ["a", "c"], "Kirjaston aukioloajat"),
        (7, ["c"], "Kirjaston aukioloajat"),
        # two groups or more: the plural lead-ins of today
        (1, ["a", "b"], "Ryhmien mukaan kirjaston"),
        (4, ["b", "c"], "Osallistujien mukaan kirjaston"),
        (7, ["d"], "Ryhmissä todettiin, että kirjaston"),
    ],
)
def test_lead_in_follows_the_groups_behind_the_sentence(
    analyzer: LemmaAnalyzer, index: int, note_ids: list[str], opening: str
) -> None:
    sentence = "Kirjaston aukioloajat eivät sovi vuorotyöläisille."
    led = lead_in(sentence, index, Voice(4, _GROUPS), analyzer.voikko, note_ids)
    assert led.startswith(opening)


def test_one_group_clinic_keeps_its_lead_ins(analyzer: LemmaAnalyzer) -> None:
    voice = Voice(1, {"a": frozenset({"ryhma1"})})
    assert not voice.one_of_several(["a"])
    led = lead_in("Jono on pitkä.", 1, voice, analyzer.voikko, ["a"])
    assert led == "Ryhmän mukaan jono on pitkä."
    assert voice.according_to(["a"]) == "Ryhmän mukaan"


def test_according_to_counts_groups() -> None:
    voice = Voice(3, _GROUPS)
    assert voice.according_to(["a", "c"]) == "Yhden ryhmän mukaan"
    assert voice.according_to(["a", "b"]) == "Ryhmien mukaan"


def test_note_groups_count_a_duplicate_of_another_group() -> None:
    def note(note_id: str, group: str, status: NoteStatus = "kept", of: str | None = None) -> Note:
        source = SourceRef(f"{group}.txt", 1)
        return Note(note_id, "k", group, "x", source, status=status, duplicate_of=of)

    groups = note_groups(
        [
            note("k/r1:1", "ryhma1"),
            note("k/r2:3", "ryhma2", "duplicate", "k/r1:1"),
            note("k/r2:4", "ryhma2"),
            note("k/r3:1", "ryhma3", "chatter"),
        ]
    )
    assert groups["k/r1:1"] == {"ryhma1", "ryhma2"}
    assert groups["k/r2:4"] == {"ryhma2"}
    assert "k/r3:1" not in groups


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # review 34: a wish with a time and a place, no "ovat pääreiteillä"
        ("Hiekoitus ja auraus ennen klo 6 pääreiteillä.", ""),
        # fresh: a plan or a wish whose only "predicate" is a place or a time
        ("Kokous ensi viikolla kirjastossa.", ""),
        ("Lumityöt aamulla ennen seitsemää kouluilla.", ""),
        # a predicative adjective or noun still takes its copula
        ("Opasteet epäselviä.", "Opasteet ovat epäselviä."),
        ("Työntekijät uupuneita.", "Työntekijät ovat uupuneita."),
        (
            "Tiedonkulku kunnan ja alueen välillä huono.",
            "Tiedonkulku kunnan ja alueen välillä on huono.",
        ),
    ],
)
def test_adverbial_fragment_gets_no_copula(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    assert sentence_pieces(tokens).clause.text == clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # review 34: the continuation of the paragraph above it in the Word file
        ("Mut ei korvaa kirjastonhoitajan neuvontaa.", ""),
        ("Mutta ei korvaa kirjastonhoitajan neuvontaa.", ""),
        # fresh: "ja", "tai", "eikä" and a plural negation, each without a subject
        ("Ja toimii hyvin iltaisin.", ""),
        ("Tai sitten tehdään kysely.", ""),
        ("Eikä maksa mitään.", ""),
        ("Mutta eivät vastaa viesteihin.", ""),
        # with a subject of its own the clause says who: it stays
        ("Mutta kunta maksaa.", "Mutta kunta maksaa."),
        ("Ja se toimii hyvin.", "Ja se toimii hyvin."),
    ],
)
def test_subjectless_continuation_is_no_sentence(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    assert sentence_pieces(tokens).clause.text == clause
