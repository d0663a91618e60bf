"""Review 70 #3 (mend142): an analyst's label (Theme.edited, a rename of corrections.csv) is
published as written: the heading, the opening and the title name the theme by it, even when
the bullets under it do not say each of its words (headingwords.said_headings shortens only
the pipeline's own labels). Fresh text, real Voikko."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.headingwords import said_headings

LABEL = "Kirjastoauto ja kuntalaisten osallisuus"
TEXT = "Kirjastoauto kulkee liian harvoin. Kirjastoauton reitti pitäisi suunnitella uudelleen."


def _headings(analyzer: LemmaAnalyzer, edited: bool) -> tuple[str, str]:
    theme = Theme("uusi-1", LABEL, "emergent", size=6, edited=edited)
    bullets = [Bullet("uusi-1", LABEL, TEXT, ("n1",))]
    new, trace, themes = said_headings(bullets, [{"heading": LABEL}], [theme], analyzer.voikko)
    assert len(new) == len(trace) == 1
    return new[0].heading, themes[0].label


def test_an_analysts_label_is_the_heading_as_written(analyzer: LemmaAnalyzer) -> None:
    assert _headings(analyzer, edited=True) == (LABEL, LABEL)


def test_the_pipelines_own_label_is_still_cut_to_what_the_bullet_says(
    analyzer: LemmaAnalyzer,
) -> None:
    assert _headings(analyzer, edited=False) == ("Kirjastoauto", "Kirjastoauto")
