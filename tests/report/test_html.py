"""render_html: one self-contained page; note text always escaped."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from muistiinpanot.records import BlogPost, Bullet
from muistiinpanot.report.html import render_html


def _post(text: str, heading: str = "Siilot") -> BlogPost:
    return BlogPost(
        title=f"Otsikko {text}",
        lead=text,
        paragraphs=(text,),
        highlights_heading="Nostoja verkkoklinikan ryhmätyöskentelyn pohjalta",
        bullets=(Bullet("siilot", heading, text, ("k/a.txt:1",)),),
        closing=text,
        contact_heading="Lisätiedot",
        contact_lines=("Kaisa Mallinen", text),
    )


def test_render_html_is_self_contained() -> None:
    page = render_html(_post("Tieto ei kulje."))
    assert page.startswith('<!DOCTYPE html>\n<html lang="fi">')
    assert "<style>" in page
    for external in ("<link", "<script", "src=", "http://", "https://", "@import"):
        assert external not in page
    assert "<li><strong>Siilot.</strong> Tieto ei kulje.</li>" in page


def test_render_html_lang() -> None:
    assert '<html lang="en">' in render_html(_post("x"), lang="en")


def test_render_html_escapes_script() -> None:
    page = render_html(_post('<script>alert("x")</script>', heading="<b>Siilot</b>"))
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


_MARKUP = st.sampled_from(
    ["<script>", "</script>", "<img src=x onerror=alert(1)>", "&", '"', "'", "<", ">"]
)  # noqa: E501


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=10), _MARKUP), max_size=6).map("".join))
def test_render_html_never_emits_note_text_unescaped(text: str) -> None:
    page = render_html(_post(text, heading=text or "x"))
    body = page.split("<body>", 1)[1]
    stripped = body
    for tag in ("main", "article", "h1", "h2", "p", "ul", "li", "strong", "section"):
        stripped = stripped.replace(f"<{tag}>", "").replace(f"</{tag}>", "")
    stripped = stripped.replace('<p class="lead">', "").replace('<p class="closing">', "")
    stripped = stripped.replace('<ul class="highlights">', "")
    stripped = stripped.replace('<section class="contact">', "").replace("</body>", "")
    stripped = stripped.replace("</html>", "")
    assert "<" not in stripped and ">" not in stripped
    assert not re.search(r"&(?!(?:amp|lt|gt|#34|#39);)", stripped)
    assert (
        html.escape(text, quote=True).replace("&quot;", "&#34;").replace("&#x27;", "&#39;") in body
    )
