"""Fuzz: random, truncated and corrupted bytes given to every reader end in notes or a
clear InputError, never another exception (no traceback for bad input)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reader_properties import WRITERS

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.discover import READERS, read_file
from muistiinpanot.ingest.settings import IngestSettings

_FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_SAMPLE_NOTES = ["tieto ei kulje", "Yhteiset tilat auttais!", "+5 % kasvu €", "ok"]
_SETTINGS = IngestSettings(max_file_bytes=200_000, max_archive_bytes=2_000_000)


def _sample(name: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        WRITERS[name](path, _SAMPLE_NOTES)
        return path.read_bytes()


SAMPLES = {name: _sample(name) for name in WRITERS}


def _read(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"sotku{suffix}"
        path.write_bytes(data)
        try:
            read = read_file(path, path.name, _SETTINGS)
        except InputError as err:
            assert err.user_message()
            return
        assert all(isinstance(note.text, str) for note in read.notes)


@pytest.mark.parametrize("suffix", sorted(READERS))
@_FUZZ
@given(data=st.binary(max_size=3000))
def test_reader_random_bytes_give_notes_or_input_error(suffix: str, data: bytes) -> None:
    _read(suffix, data)


@pytest.mark.parametrize("name", sorted(SAMPLES))
@_FUZZ
@given(
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=4),
)
def test_reader_truncated_or_corrupted_file_gives_notes_or_input_error(
    name: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(SAMPLES[name])
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    _read(Path(name).suffix, bytes(data[: int(cut * len(data))]))
