"""[summary] framed_words (mend92; the module constant 24 of splicedframes.framed_splice
before): a note whose second clause after a comma frames the first is written whole only
when it has at most that many words; else the comma splice rule keeps its first clause.
A sentence of our own (not of the dev clinics), written before the change."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.settings import SummarySettings

NOTE = "kirjasto sulkeutuu kuudelta, moni opiskelija pelkää että lukutila loppuu"  # 9 words


def test_framed_words_bounds_the_note_written_whole(analyzer: LemmaAnalyzer) -> None:
    whole = note_clauses(analyzer, NOTE, "tidied", framed_words=SummarySettings().framed_words)
    assert len(whole) == 1 and ", ja moni opiskelija pelkää, että" in whole[0]
    assert note_clauses(analyzer, NOTE, "tidied", framed_words=9) == whole
    # post47's splice join (on) would join this note too: the knob is read without it
    cut = note_clauses(analyzer, NOTE, "tidied", framed_words=8, spliced_clauses=False)
    assert cut != whole and all("opiskelija" not in text for text in cut)


def test_framed_words_is_read_from_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text("[summary]\nframed_words = 0\n", encoding="utf-8")
    settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out").summary
    assert settings.framed_words == 0
    path.write_text("[summary]\nframed_words = -2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="summary.framed_words"):
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
