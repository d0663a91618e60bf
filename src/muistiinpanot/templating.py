"""The one Jinja2 set-up for every HTML page we write (summary, review report, archive report):
autoescape on, so every note-derived text is escaped; undefined names are errors."""

from __future__ import annotations

import functools

import jinja2

from muistiinpanot.messages import counted


@functools.cache
def template_environment(package: str) -> jinja2.Environment:
    """The environment for the `templates/` folder of `package` (loaded once per process)."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["counted"] = counted
    return environment
