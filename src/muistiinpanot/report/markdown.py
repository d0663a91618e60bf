"""BlogPost → summary.md (CommonMark). Note-derived text is escaped so that it renders as the
text it is: the only markup is what this module adds (headings, list, bold theme headings)."""

from __future__ import annotations

import re

from muistiinpanot.records import BlogPost

_SPECIAL = re.compile(r"([\\`*\[\]])")
#: "_" opens or closes emphasis only beside a non-word character; "snake_case" stays as typed.
_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
#: "<" starts HTML or an autolink only before a letter, "/", "!" or "?"; ">" then needs no escape.
_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+](?=\s)|\d+(?=[.)](?:\s|$)))", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """`text` with the characters that would become Markdown backslash-escaped, and nothing
    else (plain text stays plain): `\\ ` * [ ]` everywhere, `_` beside a non-word character,
    `<` before a tag or autolink, `&` before an entity name, and `#`, `>`, `-`, `+`, `1.` at a
    line start."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    text = _TAG.sub(r"\\<", text)
    text = _ENTITY.sub(r"\\&", text)

    def line_start(match: re.Match[str]) -> str:
        mark = match.group(2)
        if mark[0].isdigit():
            return f"{match.group(1)}{mark}\\"  # "1." → "1\." (the dot follows)
        return f"{match.group(1)}\\{mark}"

    return _LINE_START.sub(line_start, text)


def render_markdown(post: BlogPost) -> str:
    """The post as Markdown, ending in one newline."""
    blocks = [f"# {escape_markdown(_one_line(post.title))}", escape_markdown(post.lead)]
    blocks += [escape_markdown(paragraph) for paragraph in post.paragraphs]
    if post.bullets:
        # a theme's second bullet follows its first: the heading is not said twice; a bullet
        # without a heading (a fallback label's: summarize/texts.bullet_heading) has none
        items = [
            f"- **{escape_markdown(_heading(bullet.heading))}** "
            f"{escape_markdown(_one_line(bullet.text))}"
            if bullet.heading and (index == 0 or post.bullets[index - 1].theme != bullet.theme)
            else f"- {escape_markdown(_one_line(bullet.text))}"
            for index, bullet in enumerate(post.bullets)
        ]
        blocks += [f"## {escape_markdown(post.highlights_heading)}", "\n".join(items)]
    if post.closing:
        blocks.append(escape_markdown(post.closing))
    if post.contact_lines:
        lines = [escape_markdown(_one_line(line)) for line in post.contact_lines]
        blocks += [f"## {escape_markdown(post.contact_heading)}", "\\\n".join(lines)]
    return "\n\n".join(block for block in blocks if block) + "\n"


def _heading(label: str) -> str:
    label = _one_line(label)
    return label if label.endswith((".", "?", "!")) else f"{label}."


def _one_line(text: str) -> str:
    return " ".join(text.split())
