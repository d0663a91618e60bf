"""The example notes' verb-government counts kept in the user cache (app/governments.py): a
later process takes them from the entry instead of counting again; a broken entry is rebuilt,
never trusted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from muistiinpanot.app.governments import keep_example_counts
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize import government
from muistiinpanot.summarize.government import count_governments, learn_governments

#: Sentences written for this test: "joutua" before the MA-infinitive's illative.
TEXTS = (
    "Lapsi joutui odottamaan vuoroaan tunnin.",
    "Opettaja joutuu korjaamaan kokeet viikonloppuna.",
    "Moni joutui muuttamaan suunnitelmiaan keväällä.",
)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(tmp_path / "c"))
    government._KEPT.clear()
    yield tmp_path / "c"
    government._KEPT.clear()


def _entry(cache: Path) -> Path:
    (path,) = cache.glob("derived-governments-*.json")
    return path


def test_example_counts_are_kept_and_read_back(cache: Path, analyzer: LemmaAnalyzer) -> None:
    keep_example_counts(TEXTS, analyzer)
    counted = count_governments(TEXTS, analyzer.voikko)
    assert counted["joutua"] == {("MA-infinitive", "sisatulento"): 3}
    assert json.loads(_entry(cache).read_text(encoding="utf-8")) == {
        "joutua": [["MA-infinitive", "sisatulento", 3]]
    }
    # another process: the entry, not a new count, is what the summary learns from
    _entry(cache).write_text('{"joutua": [["A-infinitive", "", 5]]}', encoding="utf-8")
    government._KEPT.clear()
    keep_example_counts(TEXTS, analyzer)
    learned = learn_governments([], analyzer.voikko, written=TEXTS)
    assert learned == {"joutua": ("A-infinitive", "")}


@pytest.mark.parametrize(
    "content",
    [
        "{broken",
        '["joutua"]',
        '{"joutua": [["MA-infinitive", "sisatulento"]]}',
        '{"joutua": [["MA-infinitive", "sisatulento", "3"]]}',
        '{"joutua": [["MA-infinitive", "sisatulento", 0]]}',
        '{"joutua": [["MA-infinitive", 1, 3]]}',
        '{"joutua": []}',
    ],
)
def test_a_broken_entry_is_rebuilt_never_trusted(
    cache: Path, analyzer: LemmaAnalyzer, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    keep_example_counts(TEXTS, analyzer)
    _entry(cache).write_text(content, encoding="utf-8")
    government._KEPT.clear()
    keep_example_counts(TEXTS, analyzer)
    assert any("rebuilding" in message for message in caplog.messages)
    learned = learn_governments([], analyzer.voikko, written=TEXTS)
    assert learned == {"joutua": ("MA-infinitive", "sisatulento")}
    assert json.loads(_entry(cache).read_text(encoding="utf-8")) == {
        "joutua": [["MA-infinitive", "sisatulento", 3]]
    }
