"""Review 85 #1 (mend182): a real CLI run (fast; real spaCy and Voikko) of the uimahalli test
clinic (tests/fixtures, our own notes) with five lines of our own moved by a corrections.csv
into three new themes the analyst named: "Kahvio" (by its theme column), "pysäköinti" (a
label the same as its id) and "Hyppytorni" (one note: too small). A theme an analyst named
has a label, though its id is made of it (summarize/choose.py `_generic_label`); a theme
without a bullet says why in Finnish too (summary.json `reason_fi`, reasons.theme_reason),
and so does the run's warning about a moved note. On lead 532848c8 these tests fail: Kahvio
and pysäköinti got no bullet, "no label", and the Finnish reason was missing."""

from __future__ import annotations

import pytest
from corrected_clinic import run_corrected

LINES = {
    "ryhma4.txt": ["kahvio sulkeutuu tuntia ennen uimahallia", "pysäköintejä on liian vähän"],
    "ryhma3.txt": ["kahvion valikoima on liian suppea lapsille"],
    "ryhma2.txt": ["pysäköintialue on pimeä talvella"],
    "ryhma1.txt": ["hyppytorni on ollut kiinni koko kesän"],
}
ROWS = """id,theme,label
uimahalli/ryhma4.txt:6,Kahvio,
uimahalli/ryhma3.txt:6,Kahvio,
uimahalli/ryhma4.txt:7,pysäköinti,pysäköinti
uimahalli/ryhma2.txt:5,pysäköinti,pysäköinti
uimahalli/ryhma1.txt:5,Hyppytorni,
"""
ALONE = "uimahalli/ryhma1.txt:5"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str, str]:
    return run_corrected(tmp_path_factory.mktemp("review85"), LINES, ROWS)


def _themes(summary: dict[str, object]) -> dict[str, dict[str, object]]:
    themes = summary["themes"]
    assert isinstance(themes, list)
    return {str(theme["id"]): theme for theme in themes}


@pytest.mark.parametrize("theme", ["kahvio", "pysäköinti"])
def test_a_theme_the_analyst_named_gets_its_bullet(
    run: tuple[dict[str, object], str, str], theme: str
) -> None:
    summary, _, _ = run
    traced = _themes(summary)[theme]
    assert traced["reason"] != "no label"
    assert traced["bullet"] is True
    bullets = summary["bullets"]
    assert isinstance(bullets, list)
    assert any(bullet["theme"] == theme for bullet in bullets)


def test_every_reason_has_its_finnish(run: tuple[dict[str, object], str, str]) -> None:
    summary, _, _ = run
    for traced in _themes(summary).values():
        assert bool(traced["reason_fi"]) == bool(traced["reason"]), traced
    assert _themes(summary)["hyppytorni"]["reason"] == "too small"


def test_the_warning_gives_the_reason_in_finnish(
    run: tuple[dict[str, object], str, str],
) -> None:
    summary, page, output = run
    reasons = summary["unsaid_reasons"]
    assert isinstance(reasons, dict)
    assert set(reasons) == {ALONE}  # the notes moved into named themes are said
    why = reasons[ALONE]
    fi = _themes(summary)["hyppytorni"]["reason_fi"]
    assert why["fi"] == f"teema ei saanut nostoa: {fi}"
    assert why["en"] == "the theme got no bullet: too small"
    flat = " ".join(output.split())  # the console wraps long lines
    assert f"koosteessa, koska {why['fi']} / note {ALONE}" in flat
    card = page.partition('data-theme="hyppytorni"')[2].partition("</article>")[0]
    assert f"syy: {why['fi']} / reason: {why['en']}" in card
    # a theme below the cut is no chosen theme whose notes were all rejected (label_views)
    assert "Ei nostoa julkaisuun" not in card
