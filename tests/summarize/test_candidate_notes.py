"""bullets.candidate_notes: which notes of a theme are tidied, checked and parsed for its
bullet ([summary] parse_notes, fast mode's trade)."""

from __future__ import annotations

from muistiinpanot.records import Note, SourceRef, Theme
from muistiinpanot.summarize.bullets import candidate_notes


def _note(number: int, text: str, lemmas: tuple[str, ...]) -> Note:
    return Note(
        f"k/{number}", "k", "g", text, SourceRef("g.txt", number), clean_text=text,
        lemmas=lemmas, content_lemmas=lemmas,
    )  # fmt: skip


_THEME = [
    _note(1, "Tieto ei kulje", ("tieto", "kulkea")),
    _note(2, "Tieto ja raja siilojen välillä", ("tieto", "raja", "siilo")),
    _note(3, "Kahvi oli hyvää tänään kaikille meille", ("kahvi", "hyvä", "tänään")),
    _note(4, "Siilo ja raja", ("siilo", "raja")),
]
_OTHER = [_note(10 + i, "Muuta asiaa", ("muu", "asia", "kahvi")) for i in range(6)]


def test_candidate_notes_keeps_every_note_without_a_limit_or_under_it() -> None:
    theme = Theme("siilot", "Siilot", "seeded", size=4)
    kept = _THEME + _OTHER
    assert candidate_notes(theme, _THEME, kept, 0) == _THEME
    assert candidate_notes(theme, _THEME, kept, 4) == _THEME


def test_candidate_notes_keeps_the_most_distinctive_in_their_order() -> None:
    theme = Theme("siilot", "Siilot", "seeded", size=4)
    kept = _THEME + _OTHER
    # the coffee note shares the clinic's common word and says nothing of the theme's point
    assert candidate_notes(theme, _THEME, kept, 3) == [_THEME[0], _THEME[1], _THEME[3]]
    assert candidate_notes(theme, _THEME, kept, 1) == [_THEME[1]]  # most weight per word


def test_candidate_notes_puts_an_emergent_themes_naming_notes_first() -> None:
    theme = Theme("uusi-1", "Kahvi", "emergent", size=4, keywords=("kahvi",))
    kept = _THEME + _OTHER
    assert candidate_notes(theme, _THEME, kept, 1) == [_THEME[2]]
