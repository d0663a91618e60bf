"""`[privacy] register_window` reaches the register-name rules (register_recipients.py): a
verb of asking or giving two words before the name counts at the default 2 and not at 1; 0
is a config error. The real spaCy and Voikko, sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from kinds_cases import covered

from muistiinpanot.config import ConfigError, load_run_settings
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("kysy vaikka ruskalta, hän muistaa", "ruskalta"),  # asking, two words before
        ("annoin avaimet Tammelle ennen lomaa", "Tammelle"),  # giving, two words before
    ],
)
def test_the_window_reaches_the_rule(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, text: str, piece: str
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, cautious=False)
    configure_privacy(analyzer, PrivacySettings(register_window=1))
    assert not covered(analyzer, text, piece, cautious=False)


def test_a_window_below_one_is_a_config_error(tmp_path: Path, themes_fixtures: Path) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n[privacy]\nregister_window = 0\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert "privacy.register_window" in info.value.user_message()
