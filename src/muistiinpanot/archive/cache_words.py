"""The lemma cache's word index (table `lemma_cache_words`, schema 10): each cache row's
words, so that under `--redact` the rows of the words a clinic's redactor took out are found
by indexed lookups of whole words (app/redacted_cache.stale_cache_rows) instead of a
substring scan of the whole table, whose cost grew with the archive.

A row (kind, form, value) is indexed under its form casefolded, each word of the form (letters
or digits: "jussi" of "jussi.nieminen@example.fi"), and the strings of its value that may
name someone, casefolded: an analysis's base form, a suggestion. The values of an analysis's
other fields (its class, case, number: a closed vocabulary, "nimisana", "omanto") are kept
once each, under the empty kind and form, not by row: a lookup of a word that is one reads the
table whole. Strings not of words and the marks `.`, `'`, `-` and space (Voikko's FST output
and structure, "[Ln]talo", "=pppp") are not kept: a word of that shape too is looked up by
reading the table whole (Store.cache_rows_keyed).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

#: A word of letters, or of digits (a name in "sari_virtanen.txt", a phone number's parts).
WORD = re.compile(r"[^\W\d_]+|\d+")
#: The strings the index keeps: words and the marks a name or a suggestion may hold.
KEYED = re.compile(r"[\w.' -]+")
#: The analysis field whose value is indexed by row (the others: module docstring).
_BASE = "BASEFORM"
#: First characters of strings KEYED never matches (a quick test before the pattern).
_NOT_KEYED = frozenset("[=+(")


def words_of(text: str) -> set[str]:
    """The words (casefolded) of `text`."""
    return {word.casefold() for word in WORD.findall(text)}


def value_strings(value: Any) -> Iterator[str]:
    """The strings inside a cache value (an analysis's field values, a suggestion's words;
    not the field names)."""
    for _, text in _field_strings(value):
        yield text


def row_keys(form: str, value: Any) -> tuple[set[str], set[str]]:
    """The words a cache row is indexed under, and the keyed values of its analyses' other
    fields (module docstring)."""
    folded = form.casefold()
    keys = {folded, *words_of(folded)}
    fields: set[str] = set()
    for field, text in _field_strings(value):
        if text[:1] in _NOT_KEYED:  # FST output, structure, word bases: never a word
            continue
        text = text.casefold()
        if KEYED.fullmatch(text):
            (keys if field in (None, _BASE) else fields).add(text)
    return keys, fields - keys


def index_rows(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, Any]]) -> None:
    """Add the index rows of cache rows (kind, form, decoded value)."""
    keys: set[tuple[str, str, str]] = set()
    for kind, form, value in rows:
        words, fields = row_keys(form, value)
        keys.update((word, kind, form) for word in words)
        keys.update((text, "", "") for text in fields)
    conn.executemany("INSERT OR IGNORE INTO lemma_cache_words VALUES (?, ?, ?)", sorted(keys))


def unindex_rows(conn: sqlite3.Connection, rows: Iterable[tuple[str, str]]) -> None:
    """Delete the index rows of cache rows (kind, form) still in the cache (their values
    give their words)."""
    keys = []
    for kind, form in rows:
        found = conn.execute(
            "SELECT value FROM lemma_cache WHERE kind = ? AND form = ?", (kind, form)
        ).fetchone()
        if found is not None:
            words, _ = row_keys(form, json.loads(found[0]))
            keys += [(word, kind, form) for word in words]
    conn.executemany("DELETE FROM lemma_cache_words WHERE word = ? AND kind = ? AND form = ?", keys)


def index_table(conn: sqlite3.Connection) -> None:
    """Fill the index from every row of the lemma cache (the migration to schema 10)."""
    rows = conn.execute("SELECT kind, form, value FROM lemma_cache").fetchall()
    index_rows(conn, ((kind, form, json.loads(value)) for kind, form, value in rows))


def _field_strings(value: Any, field: str | None = None) -> Iterator[tuple[str | None, str]]:
    """(the analysis field it is the value of, or None, string) for each string of `value`."""
    if isinstance(value, str):
        yield field, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _field_strings(item, str(key))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _field_strings(item, field)
