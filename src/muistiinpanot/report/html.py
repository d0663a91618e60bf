"""BlogPost → summary.html: one self-contained page (inline CSS, no external assets), rendered
with Jinja2 and autoescape on, so every note-derived text is escaped."""

from __future__ import annotations

import functools

import jinja2

from muistiinpanot.records import BlogPost


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("muistiinpanot.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(post: BlogPost, *, lang: str = "fi") -> str:
    """The post as an HTML page in language `lang` (the `lang` attribute of the page)."""
    template = _environment().get_template("summary.html.j2")
    return template.render(post=post, lang=lang)
