"""Both lengths of a nickname are settings, in one place (review 17, finding 11): the fewest
letters of a whole nickname and of the given name's beginning it keeps are [privacy]
settings of pipelines/clinic.toml, and the nickname lexicon holds no length."""

from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources
from pathlib import Path

from muistiinpanot.privacy.settings import PrivacySettings

_CLINIC = Path(__file__).resolve().parents[2] / "pipelines" / "clinic.toml"


def test_the_nickname_lengths_are_privacy_settings() -> None:
    fields = {f.name: f.default for f in dataclasses.fields(PrivacySettings)}
    privacy = tomllib.loads(_CLINIC.read_text("utf-8"))["privacy"]
    for name in ("shortest_nickname", "shortest_nickname_prefix"):
        assert privacy[name] == fields[name]


def test_the_nickname_lexicon_holds_no_length() -> None:
    text = resources.files("muistiinpanot.lexicons").joinpath("nicknames.toml").read_text("utf-8")
    assert not [key for key in tomllib.loads(text) if key.startswith("shortest")]
