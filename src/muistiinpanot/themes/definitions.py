"""Seeded theme definitions from models/themes.toml.

    [[theme]]
    id = "siilot"                      # required, unique; lowercase letters, digits, '-'
    label = "Siilot ja organisaatiorajat"  # required, Finnish
    label_en = "Silos and boundaries"  # optional
    description = "..."                # optional, Finnish, a sentence or two
    seed_lemmas = ["siilo", ...]       # lemmas (base forms), compounds allowed
    seed_phrases = ["...", ...]        # optional: phrases saying the theme without seed words

Any other key is an error, and so is a wrong type, a missing id or label, or a repeated id.
Every error names the file and the line of the offending `[[theme]]` table or key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from muistiinpanot.errors import ConfigError
from muistiinpanot.tomlio import parse_toml, read_config_text

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_STRING_KEYS = ("id", "label", "label_en", "description")
_LIST_KEYS = ("seed_lemmas", "seed_phrases")
_REQUIRED = ("id", "label")


@dataclass(frozen=True, slots=True)
class ThemeDefinition:
    """One seeded theme as an analyst wrote it (seed lemmas lowercased, stripped, deduplicated
    in order)."""

    id: str
    label: str
    label_en: str = ""
    description: str = ""
    seed_lemmas: tuple[str, ...] = ()
    seed_phrases: tuple[str, ...] = ()


def load_theme_definitions(path: Path) -> tuple[ThemeDefinition, ...]:
    """Read and check `path`; raise ConfigError naming the file and line on any problem."""
    return parse_theme_definitions(read_config_text(path), path=path)


def parse_theme_definitions(text: str, *, path: Path) -> tuple[ThemeDefinition, ...]:
    """Parse TOML `text` (read from `path`, which only names the file in errors)."""
    data = parse_toml(text, path=path)
    table_lines = _table_lines(text)
    for key in data:
        if key != "theme":
            raise ConfigError(
                "config_unknown_key", path=path, line=_top_key_line(text, key), key=key
            )
    tables = data.get("theme", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        line = _top_key_line(text, "theme")
        raise ConfigError(
            "config_bad_type", path=path, line=line, key="theme", expected="[[theme]]"
        )
    definitions: list[ThemeDefinition] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(tables):
        line = table_lines[index] if index < len(table_lines) else None
        definition = _definition(table, text=text, path=path, line=line)
        if definition.id in seen:
            raise ConfigError("duplicate_id", path=path, line=line, id=definition.id)
        seen[definition.id] = index
        definitions.append(definition)
    return tuple(definitions)


def _definition(
    table: dict[str, Any], *, text: str, path: Path, line: int | None
) -> ThemeDefinition:
    def where(key: str) -> int | None:
        return _key_line(text, key, line) if line is not None else None

    def bad_type(key: str, expected: str) -> ConfigError:
        return ConfigError(
            "config_bad_type", path=path, line=where(key), key=f"theme.{key}", expected=expected
        )

    for key in table:
        if key not in _STRING_KEYS and key not in _LIST_KEYS:
            raise ConfigError("config_unknown_key", path=path, line=where(key), key=f"theme.{key}")
    for key in _REQUIRED:
        if key not in table:
            raise ConfigError("config_missing_key", path=path, line=line, key=f"theme.{key}")
    values: dict[str, Any] = {}
    for key in _STRING_KEYS:
        if key in table:
            value = table[key]
            if not isinstance(value, str):
                raise bad_type(key, "string")
            values[key] = value.strip()
    for key in _LIST_KEYS:
        if key in table:
            items = table[key]
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise bad_type(key, "list of strings")
            cleaned = [i.strip().lower() if key == "seed_lemmas" else i.strip() for i in items]
            values[key] = tuple(dict.fromkeys(i for i in cleaned if i))
    for key in _REQUIRED:
        if not values[key]:
            raise ConfigError(
                "config_bad_value",
                path=path,
                line=where(key),
                key=f"theme.{key}",
                detail="tyhjä / empty",
            )
    if not _ID.match(values["id"]):
        raise ConfigError(
            "config_bad_value",
            path=path,
            line=where("id"),
            key="theme.id",
            detail="a-z, 0-9, '-' / a-z, 0-9, '-'",
        )
    return ThemeDefinition(**values)


def _table_lines(text: str) -> list[int]:
    """Line numbers (1-based) of the `[[theme]]` headers, in file order."""
    pattern = re.compile(r"^\s*\[\[\s*\"?theme\"?\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), start=1) if pattern.match(line)]


def _top_key_line(text: str, key: str) -> int | None:
    """Line of a top-level `key = ...`, `[key]` or `[[key]]` (dotted headers included)."""
    pattern = re.compile(
        rf"^\s*(\[\[?\s*\"?{re.escape(key)}\"?\s*[\].]|\"?{re.escape(key)}\"?\s*=)"
    )
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _key_line(text: str, key: str, start: int) -> int | None:
    """First line at or after `start` that assigns `key`, stopping at the next table header."""
    pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
    lines = text.splitlines()
    for number in range(start, len(lines) + 1):
        line = lines[number - 1]
        if number > start and line.lstrip().startswith("["):
            break
        if pattern.match(line) or line.strip().strip("[]").strip() == key:
            return number
    return start
