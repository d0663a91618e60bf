"""mend123: `[summary] comparative_reach` reaches tidy (a spoken "ku" after a comparative is
"kuin"): a comparative two words back makes it "kuin" at the default reach, not at reach 1,
while one right before it does at either. Sentences written for this test, no tuning."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note


def _words(analyzer: LemmaAnalyzer, note: str, reach: int) -> list[str]:
    return " ".join(tidy_note(note, analyzer.voikko, comparative_reach=reach)).split()


def test_reach_is_the_setting(analyzer: LemmaAnalyzer) -> None:
    note = "tänään saapui enemmän postia ku eilen"
    assert "kuin" in _words(analyzer, note, 3)
    assert "kuin" not in _words(analyzer, note, 1)


@pytest.mark.parametrize("reach", [1, 3])
def test_right_before_at_any_reach(analyzer: LemmaAnalyzer, reach: int) -> None:
    assert "kuin" in _words(analyzer, "tämä reitti on pidempi ku toinen", reach)
