"""A nickname's lengths are the run's settings (privacy/nicknames.py): a pipeline file's
[privacy] `shortest_nickname` and `shortest_nickname_prefix` change what is read as a
nickname, not only the documented defaults. Sentences and nicknames of our own; the real
spaCy NER and Voikko."""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_cases import covered

from muistiinpanot.config import load_run_settings
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: "Veken": "veke" (of Veikko) and the genitive's "n", the stem a beginning of two
#: letters and an ending ("ve|ke"); no frame but the nickname's reading finds it.
TEXT = "Veken kanssa sovittiin aikataulu"


def _covered_with(analyzer: LemmaAnalyzer, tmp_path: Path, privacy: str) -> bool:
    pipeline = tmp_path / "pipeline.toml"
    pipeline.write_text(f"[privacy]\n{privacy}\n", encoding="utf-8")
    settings = load_run_settings(pipeline, input_path=tmp_path, out=tmp_path / "out").privacy
    configure_privacy(analyzer, settings)
    try:
        return covered(analyzer, TEXT, "Veken", cautious=False)
    finally:
        configure_privacy(analyzer, PrivacySettings())


def test_the_default_lengths_read_the_nickname(analyzer: LemmaAnalyzer, tmp_path: Path) -> None:
    assert _covered_with(analyzer, tmp_path, "shortest_nickname = 4")


@pytest.mark.parametrize("privacy", ["shortest_nickname = 6", "shortest_nickname_prefix = 3"])
def test_a_pipeline_files_nickname_lengths_are_the_ones_read(
    analyzer: LemmaAnalyzer, tmp_path: Path, privacy: str
) -> None:
    assert not _covered_with(analyzer, tmp_path, privacy)
