"""A theme's second bullet (summarize/post.py, [summary] second_bullet_notes): a further point
that does not say the first bullet's point again, room for it counted from the bullets
built, the trace saying why a large theme got none, and a bullet without a heading set apart
from the second bullets above it. Notes of our own."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from themed_clinic import themed_notes

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import (
    BlogPost,
    Clinic,
    Note,
    SourceRef,
    Theme,
)
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.pieces import Voice

#: The second bullet as a bullet of its own (merge_second_bullet=False), to see it alone.
_SETTINGS = SummarySettings(min_kept_notes=1, merge_second_bullet=False)

#: Seven notes on silos: the ones on information not moving make the first bullet; two on
#: what the units lack together (meetings, one budget each) are left for a second.
_SILOS = [
    "tieto ei kulje yksiköiden välillä",
    "yksiköt eivät tiedä toistensa kokeiluista",
    "sote ja sivistys eivät puhu keskenään",
    "tieto ei kulje eri yksiköiden välillä lainkaan",
    "yhteiset palaverit puuttuvat yksiköiden väliltä",
    "jokainen yksikkö tekee omaa budjettiaan",
    "kokeilu jää yhden yksikön sisälle eikä kukaan muu kuule siitä",
]
_TRUST = [
    "asukkaat eivät luota kunnan päätöksiin",
    "päätöksistä kerrotaan liian myöhään",
    "luottamus syntyy avoimuudesta",
]
#: Notes that are links only: cleared of every sentence, they give a theme no bullet.
_LINKS = [f"https://example.fi/aineisto/{i}" for i in range(8)]


def _summary(
    analyzer: LemmaAnalyzer,
    groups: Sequence[tuple[Theme, Sequence[str]]],
    settings: SummarySettings = _SETTINGS,
) -> tuple[BlogPost, dict[str, dict[str, object]], list[Note]]:
    notes, result = themed_notes("k", groups, analyzer)
    post, trace = summarize_clinic(Clinic(id="k"), notes, result, analyzer, settings)
    by_theme = {entry["id"]: entry for entry in trace["themes"]}  # type: ignore[attr-defined]
    return post, by_theme, notes


def test_a_second_bullet_says_a_further_point(analyzer: LemmaAnalyzer) -> None:
    silos, trust = Theme("siilot", "Siilot", "seeded"), Theme("luottamus", "Luottamus", "seeded")
    post, themes, _ = _summary(analyzer, [(silos, _SILOS), (trust, _TRUST)])
    first, second = [bullet for bullet in post.bullets if bullet.theme == "siilot"]
    assert len(second.note_ids) >= 2 and not set(first.note_ids) & set(second.note_ids)
    assert themes["siilot"]["second_bullet"] is True
    assert "second_bullet_reason" not in themes["luottamus"]  # too small to be asked


def test_a_second_bullet_is_written_into_the_first(analyzer: LemmaAnalyzer) -> None:
    """merge_second_bullet (an option; off by default): the theme's second point follows its
    first point's sentences in one bullet, with both bullets' notes and pieces in the trace,
    the heading said once; the post says the same sentences as with two bullets."""
    silos, trust = Theme("siilot", "Siilot", "seeded"), Theme("luottamus", "Luottamus", "seeded")
    groups = [(silos, _SILOS), (trust, _TRUST)]
    apart, _, _ = _summary(analyzer, groups)
    merged_settings = dataclasses.replace(_SETTINGS, merge_second_bullet=True)
    post, themes, _ = _summary(analyzer, groups, merged_settings)
    first, second = [bullet for bullet in apart.bullets if bullet.theme == "siilot"]
    assert [bullet.theme for bullet in post.bullets] == ["siilot", "luottamus"]
    merged = post.bullets[0]
    assert merged.text == f"{first.text} {second.text}"
    assert merged.note_ids == (*first.note_ids, *second.note_ids)
    assert merged.heading == "Siilot" and themes["siilot"]["second_bullet"] is True
    assert render_markdown(post).count("\n- ") == render_markdown(apart).count("\n- ") - 1


def test_room_for_a_second_bullet_counts_the_bullets_built(analyzer: LemmaAnalyzer) -> None:
    """A larger theme of links only gets no bullet: its room goes to the silos' second bullet;
    with no room left the trace says so."""
    links = Theme("linkit", "Aineistot", "seeded")
    silos, trust = Theme("siilot", "Siilot", "seeded"), Theme("luottamus", "Luottamus", "seeded")
    groups = [(links, _LINKS), (silos, _SILOS), (trust, _TRUST)]
    settings = dataclasses.replace(_SETTINGS, max_bullets=3)
    post, themes, _ = _summary(analyzer, groups, settings)
    # said in words an analyst understands: which notes, by what, counted (review 34, 1)
    count = len(_LINKS)
    assert themes["linkit"]["reason"] == (
        f"its notes ({count}) were rejected – not prose: markup, a formula or a link: {count}"
    )
    assert themes["linkit"]["reason_fi"] == (
        f"teeman muistiinpanot ({count}) hylättiin – ei proosaa: merkintä, kaava tai linkki: "
        f"{count}"
    )
    assert len(themes["linkit"]["rejected"]["not_prose"]) == count
    assert [bullet.theme for bullet in post.bullets] == ["siilot", "siilot", "luottamus"]
    post, themes, _ = _summary(analyzer, groups[1:], dataclasses.replace(settings, max_bullets=2))
    assert [bullet.theme for bullet in post.bullets] == ["siilot", "luottamus"]
    assert themes["siilot"]["second_bullet_reason"] == "no room below max_bullets"


def test_a_piece_that_says_the_first_bullets_point_again_is_left_out(
    analyzer: LemmaAnalyzer,
) -> None:
    """build_bullet's `first`: a piece whose word vector is duplicate_similarity near a piece
    the theme's other bullet was built from is not used, though it would open the bullet."""
    texts = [
        "yhteiset palaverit puuttuvat yksiköiden väliltä",
        "yksiköiden yhteiset palaverit puuttuvat kokonaan",
        "jokainen yksikkö tekee omaa budjettiaan",
    ]
    raw = [
        Note(f"k/r.txt:{i}", "k", "ryhma1", t, SourceRef("r.txt", i)) for i, t in enumerate(texts)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    pieces = parse_pieces([Cleared(n, (n.clean_text or n.text,)) for n in notes], analyzer)
    theme = Theme("siilot", "Siilot", "seeded", size=3)
    rest = notes[1:]
    arguments = (theme, rest, 1, BulletInputs(notes, pieces, Voice(2), analyzer, _SETTINGS))
    plain, _ = build_bullet(*arguments)
    assert plain is not None and notes[1].id in plain.note_ids
    said = [piece.span.lemmas for piece in pieces[notes[0].id]]
    bullet, used = build_bullet(*arguments, first=said)
    assert bullet is not None and notes[1].id not in bullet.note_ids, used


def test_a_bullet_without_a_heading_below_second_bullets_is_headed(
    analyzer: LemmaAnalyzer,
) -> None:
    """Written under a theme's second bullet (itself without a heading in the post), a
    fallback theme's bullet would read as that theme's further point: the first of them is
    headed by its label's remainder, the ones after it stay under that heading."""
    silos = Theme("siilot", "Siilot", "seeded")
    rest = Theme("uusi-1", "Muita nostoja: kahvi, tila", "emergent", keywords=("kahvi", "tila"))
    rest = dataclasses.replace(rest, named=False)
    other = [
        "kahvia pitäisi olla tarjolla koko päivän",
        "tila oli liian ahdas isolle ryhmälle",
        "kahvitauko tuli liian myöhään",
    ]
    post, _, _ = _summary(analyzer, [(silos, _SILOS), (rest, other)])
    assert [b.heading for b in post.bullets] == ["Siilot", "Siilot", "Muita nostoja"]
    markdown = render_markdown(post)
    assert "**Muita nostoja.**" in markdown and markdown.count("**Siilot.**") == 1
