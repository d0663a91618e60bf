"""[summary] small_theme_points (post53): a last bullet "Muita nostoja" says the points of
themes too small for a bullet of their own (one sentence each, at most the setting's count,
within max_words), never a `muu` note; off (0), the post is as before. Notes of our own (a
village's library), real spaCy and Voikko."""

from __future__ import annotations

import dataclasses

from themed_clinic import themed_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import BlogPost, Clinic, Theme
from muistiinpanot.summarize import SummarySettings, summarize_clinic
from muistiinpanot.summarize.smallthemes import OTHERS_ID

_LIBRARY = [
    "kirjastoauto käy kylässä vain kerran kuukaudessa",
    "kirjastoauton aikataulu muuttuu ilman ilmoitusta",
    "kirjastoauto ei pysähdy koulun pihalla",
]
_HALL = [
    "seurantalon katto vuotaa ja korjaus maksaa paljon",
    "seurantalon vuokra on liian korkea nuorille",
]
#: One note each: themes too small for a bullet of their own (min_theme_size 2).
_FERRY = ["lossi kulkee talvella liian harvoin"]
_SHOP = ["kyläkaupan pitäisi saada postipalvelut takaisin"]
_MUU = ["lämmin kiitos kaikille osallistujille tästä illasta"]
_SETTINGS = SummarySettings(min_kept_notes=1, min_theme_share=0.0)


def _post(analyzer: LemmaAnalyzer, points: int) -> tuple[BlogPost, dict[str, object]]:
    groups = [
        (Theme("kirjasto", "Kirjastoauto", "seeded"), _LIBRARY),
        (Theme("talo", "Seurantalo", "seeded"), _HALL),
        (Theme("lossi", "Lossi", "seeded"), _FERRY),
        (Theme("kauppa", "Kyläkauppa", "seeded"), _SHOP),
        (Theme("muu", "Muut", "muu"), _MUU),
    ]
    notes, result = themed_notes("k", groups, analyzer)
    settings = dataclasses.replace(_SETTINGS, small_theme_points=points)
    return summarize_clinic(Clinic(id="k"), notes, result, analyzer, settings)


def test_off_no_small_theme_is_said(analyzer: LemmaAnalyzer) -> None:
    post, _ = _post(analyzer, 0)
    assert {b.theme for b in post.bullets} == {"kirjasto", "talo"}
    assert "lossi" not in " ".join(b.text for b in post.bullets).lower()


def test_small_themes_are_said_last_under_muita_nostoja(analyzer: LemmaAnalyzer) -> None:
    post, trace = _post(analyzer, 2)
    last = post.bullets[-1]
    assert last.theme == OTHERS_ID and last.heading == "Muita nostoja"
    assert [b.theme for b in post.bullets[:-1]] == ["kirjasto", "talo"]
    text = last.text.lower()
    assert "lossi" in text and "kyläkaupa" in text  # one sentence of each small theme
    assert "kiitos" not in text  # muu is never said
    assert len(last.text.split()) <= _SETTINGS.max_words
    entry = trace["bullets"][-1]  # type: ignore[index]
    assert sorted(entry["themes"]) == ["kauppa", "lossi"]
    themes = {t["id"]: t for t in trace["themes"]}  # type: ignore[attr-defined]
    assert themes["lossi"]["in_others_bullet"] is True and not themes["lossi"]["bullet"]


def test_the_count_caps_the_points(analyzer: LemmaAnalyzer) -> None:
    post, trace = _post(analyzer, 1)
    last = post.bullets[-1]
    assert last.theme == OTHERS_ID
    assert len(trace["bullets"][-1]["themes"]) == 1  # type: ignore[index]
    assert last.text.count(".") == 1
