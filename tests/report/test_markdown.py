"""render_markdown and render_html: the blog form and escaping of note-derived text."""

from __future__ import annotations

import dataclasses

import pytest

from muistiinpanot.records import BlogPost, Bullet
from muistiinpanot.report.html import render_html
from muistiinpanot.report.markdown import escape_markdown, render_markdown


def _post(text: str = "Tieto ei kulje.") -> BlogPost:
    return BlogPost(
        title="Otsikko",
        lead="Johdanto.",
        paragraphs=("Kappale.",),
        highlights_heading="Nostoja verkkoklinikan ryhmätyöskentelyn pohjalta",
        bullets=(Bullet("siilot", "Siilot", text, ("k/a.txt:1",)),),
        closing="Loppu.",
        contact_heading="Lisätiedot",
        contact_lines=("Kaisa Mallinen, kehittämispäällikkö", "kaisa.mallinen@example.fi"),
    )


def test_render_markdown_form() -> None:
    assert render_markdown(_post()) == (
        "# Otsikko\n\nJohdanto.\n\nKappale.\n\n"
        "## Nostoja verkkoklinikan ryhmätyöskentelyn pohjalta\n\n"
        "- **Siilot.** Tieto ei kulje.\n\nLoppu.\n\n"
        "## Lisätiedot\n\nKaisa Mallinen, kehittämispäällikkö\\\nkaisa.mallinen@example.fi\n"
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*tärkeä* ja _tosi_", "\\*tärkeä\\* ja \\_tosi\\_"),
        ("[linkki](http://x)", "\\[linkki\\](http://x)"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        # plain text stays plain: no escapes where Markdown would not act
        ("tiedosto file_id ja a | b", "tiedosto file_id ja a | b"),
        ("3 < 5 ja 5 > 3", "3 < 5 ja 5 > 3"),
        ("Verkkoklinikka ”Siilot yhteistyö” (2025)", "Verkkoklinikka ”Siilot yhteistyö” (2025)"),
        ("`koodi`", "\\`koodi\\`"),
        ("# ei otsikko", "\\# ei otsikko"),
        ("- ei lista", "\\- ei lista"),
        ("1. ei lista", "1\\. ei lista"),
        ("a # b - c", "a # b - c"),
        ("&amp; ja &", "\\&amp; ja &"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_render_markdown_escapes_bullet_text() -> None:
    rendered = render_markdown(_post("**lihava** [x](y)"))
    assert "- **Siilot.** \\*\\*lihava\\*\\* \\[x\\](y)\n" in rendered


def test_a_themes_second_bullet_does_not_repeat_its_heading() -> None:
    first = Bullet("siilot", "Siilot", "Tieto ei kulje.", ("k/a.txt:1",))
    second = Bullet("siilot", "Siilot", "Budjetit ovat erilliset.", ("k/a.txt:2",))
    other = Bullet("luottamus", "Luottamus", "Päätökset perustellaan.", ("k/a.txt:3",))
    # another theme of the same label keeps its heading
    namesake = Bullet("e1", "Luottamus", "Kokeilut jatkuvat.", ("k/a.txt:4",))
    post = dataclasses.replace(_post(), bullets=(first, second, other, namesake))
    assert (
        "- **Siilot.** Tieto ei kulje.\n- Budjetit ovat erilliset.\n"
        "- **Luottamus.** Päätökset perustellaan.\n- **Luottamus.** Kokeilut jatkuvat.\n"
    ) in render_markdown(post)


def test_the_html_post_does_not_repeat_a_themes_heading_either() -> None:
    first = Bullet("siilot", "Siilot", "Tieto ei kulje.", ("k/a.txt:1",))
    second = Bullet("siilot", "Siilot", "Budjetit ovat erilliset.", ("k/a.txt:2",))
    html = render_html(dataclasses.replace(_post(), bullets=(first, second)))
    assert "<li><strong>Siilot.</strong> Tieto ei kulje.</li>" in html
    assert "<li>Budjetit ovat erilliset.</li>" in html


def test_a_bullet_without_a_heading_is_written_without_one() -> None:
    bare = Bullet("uusi-3", "", "Ahdistus näkyy jo alakoulussa.", ("k/a.txt:5",))
    post = dataclasses.replace(_post(), bullets=(bare,))
    assert "\n- Ahdistus näkyy jo alakoulussa.\n" in render_markdown(post)
    assert "<li>Ahdistus näkyy jo alakoulussa.</li>" in render_html(post)
