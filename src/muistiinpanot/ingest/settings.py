"""[ingest] settings: input limits and reading options (pipelines/*.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.errors import ConfigError
from muistiinpanot.fileio import LEGACY_ENCODINGS, MAX_FILE_BYTES, MAX_TABLE_ROWS
from muistiinpanot.tomlio import build_settings, find_key_line, read_toml


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """How inputs are read, and the limits that keep a hostile or mistaken file from
    exhausting memory or time. Every limit fails with a message naming the file.

    - `max_file_bytes`: largest input file read at all.
    - `max_archive_bytes`: largest total uncompressed size of a .xlsx/.docx/.ods/.odt
      (zip) file, checked before it is parsed (zip bombs).
    - `max_archive_members`: most files inside such a zip.
    - `max_table_rows`: most data rows read from one table or sheet.
    - `max_note_chars`: longest note; a longer one stops the run with its file and line
      before it reaches the language model.
    - `max_json_depth`: deepest nesting of a .json file.
    - `max_files_per_clinic`: most note files read from one clinic folder.
    - `all_sheets`: read every sheet of a workbook, not only the first.
    - `legacy_encodings`: the 8-bit encodings charset-normalizer may choose among when a
      file is not UTF-8 or UTF-16/32 with a byte-order mark.
    """

    max_file_bytes: int = MAX_FILE_BYTES
    max_archive_bytes: int = 100 * 1024 * 1024
    max_archive_members: int = 10_000
    max_table_rows: int = MAX_TABLE_ROWS
    max_note_chars: int = 10_000
    max_json_depth: int = 32
    max_files_per_clinic: int = 2_000
    all_sheets: bool = False
    legacy_encodings: tuple[str, ...] = LEGACY_ENCODINGS


def load_ingest_settings(config_path: Path | None) -> IngestSettings:
    """The [ingest] table of a pipeline file alone (for `check`, which must not import the
    other stages' settings and their libraries); defaults without a file."""
    if config_path is None:
        return IngestSettings()
    data, text = read_toml(config_path)
    table = data.get("ingest", {})
    if not isinstance(table, dict):
        raise ConfigError(
            "config_bad_type",
            path=config_path,
            line=find_key_line(text, "ingest"),
            key="ingest",
            expected="table",
        )
    return build_settings(IngestSettings, table, path=config_path, text=text, table="ingest")
