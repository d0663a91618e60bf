"""BlogPost → summary.html: one self-contained page (inline CSS, no external assets), rendered
with Jinja2 and autoescape on, so every note-derived text is escaped."""

from __future__ import annotations

from muistiinpanot.records import BlogPost
from muistiinpanot.templating import template_environment


def render_html(post: BlogPost, *, lang: str = "fi") -> str:
    """The post as an HTML page in language `lang` (the `lang` attribute of the page)."""
    template = template_environment("muistiinpanot.report").get_template("summary.html.j2")
    return template.render(post=post, lang=lang)
