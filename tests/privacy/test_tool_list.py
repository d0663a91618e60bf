"""One list of tools, services and bodies' short names (lexicons/tools.toml) that the
summary's tidying keeps and the privacy stage reads as no person's name (review 17, finding
10): no copy of it in another lexicon, and the privacy stage reads no other stage's
lexicon for it."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from kinds_cases import MODES, covered, found

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.tools import listed_tool
from muistiinpanot.summarize.tidy import load_tidy_lexicon


def _lexicon(name: str) -> dict[str, object]:
    text = resources.files("muistiinpanot.lexicons").joinpath(name).read_text("utf-8")
    return tomllib.loads(text)


def test_the_tool_list_is_one_file_both_stages_read(analyzer: LemmaAnalyzer) -> None:
    tools = _lexicon("tools.toml")["words"]
    assert isinstance(tools, list) and "zoom" in tools
    assert set(tools) <= load_tidy_lexicon().keep
    keep = _lexicon("tidy.toml")["keep"]
    assert isinstance(keep, dict) and not set(keep["words"]) & set(tools)  # no copy
    assert "tool_words" not in _lexicon("privacy.toml")
    assert all(listed_tool(word.capitalize(), analyzer.voikko) for word in tools)


def test_a_word_only_the_meeting_lexicon_lists_is_no_tool_to_privacy(
    analyzer: LemmaAnalyzer,
) -> None:
    # greetings and a meeting's verbs are chatter to the meeting lexicon, no tool's name
    for word in ("Kiitos", "Moikka", "Kirjata", "Tauko"):
        assert not listed_tool(word, analyzer.voikko), word


@MODES
@pytest.mark.parametrize(
    "text",
    [
        '"Flinga" toimi paremmin kuin odotettiin',
        "Miro -taulu jäi auki tauon ajaksi",
        '"Teams" kaatui kesken esityksen',
    ],
)
def test_a_listed_tool_stays_no_name(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
def test_a_person_beside_a_listed_tool_is_found(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    assert covered(analyzer, '"Zoom" ei toiminut, joten Pirjo Heikkilä soitti', "Pirjo", cautious)
