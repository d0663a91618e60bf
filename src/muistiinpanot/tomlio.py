"""Reading TOML files with errors that name the file, key and line."""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from muistiinpanot.errors import ConfigError
from muistiinpanot.messages import render

T = TypeVar("T")

_TOML_LINE = re.compile(r"line (\d+)")
#: A date written as people write it (14.5.2026, 2026/5/14), unquoted after "key =": TOML
#: refuses it, and the hint says how to write it.
_UNQUOTED_DATE = re.compile(r"=\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; return the data and the text (for finding lines of keys)."""
    text = read_config_text(path)
    return parse_toml(text, path=path), text


def read_config_text(path: Path) -> str:
    """A configuration file's UTF-8 text; a missing or unreadable file is a ConfigError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("path_missing", path=path) from None
    except UnicodeDecodeError:
        raise ConfigError("not_utf8", path=path) from None
    except OSError:
        raise ConfigError("unreadable", path=path) from None


def parse_toml(text: str, *, path: Path) -> dict[str, Any]:
    """Parse TOML `text` read from `path`; a syntax error is a ConfigError naming the line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = getattr(err, "lineno", None)
        if line is None:
            match = _TOML_LINE.search(str(err))
            line = int(match.group(1)) if match else None
        detail = getattr(err, "msg", str(err))
        bad_line = text.split("\n")[line - 1] if line and line <= text.count("\n") + 1 else ""
        hint = "toml_hint_date" if _UNQUOTED_DATE.search(bad_line) else "toml_hint_none"
        raise ConfigError(
            "toml_bad", path=path, line=line, detail=detail, hint=render(hint)
        ) from None


def find_key_line(text: str, key: str, *, table: str | None = None) -> int | None:
    """Best-effort line number of `key = ...` (inside `[table]` when given) in TOML `text`."""
    in_table = table is None
    pattern = re.compile(rf"^\s*\"?{re.escape(key)}\"?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            name = stripped.strip("[]").strip()
            in_table = table is None or name == table
            continue
        if in_table and pattern.match(line):
            return number
    return None


def build_settings(
    cls: type[T],
    values: dict[str, Any],
    *,
    path: Path,
    text: str = "",
    table: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> T:
    """Build the frozen dataclass `cls` from a TOML table, checking keys and types."""
    hints = typing.get_type_hints(cls)
    fields = {field.name for field in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        where = f"{table}.{key}" if table else key
        line = find_key_line(text, key, table=table)
        if key not in fields:
            raise ConfigError("config_unknown_key", path=path, line=line, key=where)
        kwargs[key] = _coerce(value, hints[key], path=path, line=line, key=where)
    kwargs.update(overrides or {})
    return cls(**kwargs)


def _coerce(value: Any, hint: Any, *, path: Path, line: int | None, key: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if value is None:
            return None
        hint = options[0]
        origin = typing.get_origin(hint)
    if origin is tuple:
        (item_type, *_rest) = typing.get_args(hint)
        if not isinstance(value, list):
            raise ConfigError("config_bad_type", path=path, line=line, key=key, expected="list")
        return tuple(_coerce(item, item_type, path=path, line=line, key=key) for item in value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint is Path and isinstance(value, str):
        return (path.parent / value).resolve()
    if (
        isinstance(hint, type)
        and not isinstance(value, hint)
        or (hint is int and isinstance(value, bool))
    ):
        expected = getattr(hint, "__name__", str(hint))
        raise ConfigError("config_bad_type", path=path, line=line, key=key, expected=expected)
    return value


def refuse_bad_values(checks: Iterable[tuple[str, bool, str]], path: Path | None) -> None:
    """Raise ConfigError `config_bad_value` for the first of `checks` that fails, in order:
    each is (the key as `table.key`, whether its value is within its bound, the bound as the
    message names it). The one bounds check of the pipeline file's tables (config.py)."""
    for key, ok, bound in checks:
        if not ok:
            raise ConfigError("config_bad_value", path=path, key=key, detail=bound)
