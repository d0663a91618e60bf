"""JSON note files: a list of objects with a text field (or an object holding one such
list, as {"notes": [...]}); the fields are found and joined as table columns are
(columns.row_fields: a title field goes before the text), so the same table gives the same
notes as a CSV."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from muistiinpanot.errors import InputError
from muistiinpanot.fileio import read_text_file
from muistiinpanot.ingest.columns import (
    check_key,
    fields_note,
    map_columns,
    row_fields,
    text_aliases,
)
from muistiinpanot.ingest.rawnote import FileRead, RawNote
from muistiinpanot.ingest.settings import IngestSettings

_JSON_TOKENS = re.compile(r'"(?:\\.|[^"\\])*"?|[\[\]{}]')


def read_json_notes(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """One note per object, numbered from 1 (the note's row). Nesting deeper than
    `max_json_depth` is refused before it is parsed."""
    decoded = read_text_file(
        path, max_bytes=settings.max_file_bytes, encodings=settings.legacy_encodings
    )
    _check_depth(decoded.text, path, settings.max_json_depth)
    try:
        data = json.loads(decoded.text)
    except json.JSONDecodeError as err:
        raise InputError("json_bad", path=path, line=err.lineno, detail=err.msg) from None
    except RecursionError:
        raise InputError("json_too_deep", path=path, limit=settings.max_json_depth) from None
    items = _items(data)
    if items is None:
        raise InputError("json_shape", path=path, aliases=text_aliases())
    if len(items) > settings.max_table_rows:
        over = settings.max_table_rows + 1  # the first object past the cap
        raise InputError("too_many_rows", path=path, row=over, limit=settings.max_table_rows)
    notes: list[RawNote] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError("json_shape", path=path, row=number, aliases=text_aliases())
        keys = list(item)
        columns = map_columns([str(key) for key in keys])
        if "text" not in columns:
            raise InputError("json_shape", path=path, row=number, aliases=text_aliases())
        mapped = set(columns.values())  # other fields (tags, author objects) are not read
        values = [_scalar(item[k], path, number) if i in mapped else "" for i, k in enumerate(keys)]
        fields = row_fields(columns, values)
        check_key(fields.key, seen, path=path, row=number)
        notes.append(fields_note(fields, rel, group=None, row=number, ordinal=number))
    return FileRead(tuple(notes), "JSON", decoded.encoding)


def _items(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def _scalar(value: Any, path: Path, row: int) -> str:
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return str(value).strip()
    raise InputError("json_shape", path=path, row=row, aliases=text_aliases())


def _check_depth(text: str, path: Path, limit: int) -> None:
    """Count bracket nesting outside strings, token by token (linear, no recursion)."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > limit:
                raise InputError("json_too_deep", path=path, limit=limit)
        elif char in "]}":
            depth -= 1
