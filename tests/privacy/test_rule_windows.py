"""`[privacy] system_verb_window`, `maker_head_window` and `hiring_object_window` reach their
rules: an information system's verb three words after its name (tools.py), a work's noun two
words after a participle of making (works.py) and a person taken on two words after a verb of
taking on staff (hiring.py) count at the defaults and not one word shorter; 0 is a config
error. The real spaCy and Voikko, the sentences of test_kinds33.py and test_kinds28.py, and one
of our own for the hiring reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_cases import touched

from muistiinpanot.config import ConfigError, load_run_settings
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy


@pytest.mark.parametrize(
    ("text", "piece", "shorter"),
    [
        # "näy" three words after the system's name
        (
            "Wilmassa ei vieläkään näy uusia tiedotteita",
            "Wilmassa",
            PrivacySettings(system_verb_window=2),
        ),
        # "kirjasto" two words after "suunnittelema"
        (
            "Helena Virtasen suunnittelema uusi kirjasto avattiin",
            "Helena Virtasen",
            PrivacySettings(maker_head_window=1),
        ),
        # "kesätyöntekijää" two words after "ottaa"
        (
            "Lampisen talli ottaa kolme kesätyöntekijää heinäkuuksi",
            "Lampisen",
            PrivacySettings(hiring_object_window=1),
        ),
        # "puhekieltä" one word after "on" (mend52): a word mentioned, not a person
        (
            "masa on vanhaa puhekieltä ja tarkoittaa jotakuta",
            "masa",
            PrivacySettings(language_noun_window=0),
        ),
    ],
)
def test_the_window_reaches_the_rule(
    analyzer: LemmaAnalyzer,
    settings_of_our_own: None,
    text: str,
    piece: str,
    shorter: PrivacySettings,
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert not touched(analyzer, text, piece, cautious=False)
    configure_privacy(analyzer, shorter)
    assert touched(analyzer, text, piece, cautious=False)


def test_hyphen_name_letters_reach_the_rule(
    analyzer: LemmaAnalyzer, settings_of_our_own: None
) -> None:
    """A four-letter given name hyphened to "täti" is a person's at the default (3 letters)
    and not when five are asked (mend52: the reach is a setting)."""
    text = "Aino-täti pelaa sulkapalloa"
    configure_privacy(analyzer, PrivacySettings())
    assert touched(analyzer, text, "Aino-täti", cautious=False)
    configure_privacy(analyzer, PrivacySettings(hyphen_name_letters=5))
    assert not touched(analyzer, text, "Aino-täti", cautious=False)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("system_verb_window", 0),
        ("maker_head_window", 0),
        ("hiring_object_window", 0),
        ("hyphen_name_letters", 0),
        ("language_noun_window", -1),
    ],
)
def test_a_window_out_of_range_is_a_config_error(
    tmp_path: Path, themes_fixtures: Path, key: str, value: int
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n[privacy]\n{key} = {value}\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert f"privacy.{key}" in info.value.user_message()
