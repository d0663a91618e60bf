"""Review 28 #7: the settings added in session 19 are checked where the file is read: a
negative, NaN or infinite value is a ConfigError naming the file and the key, not a silent
run or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError

CASES = [
    ("themes", "classifier_seed_weight", "-1.0"),
    ("themes", "classifier_seed_weight", "nan"),
    ("themes", "classifier_seed_weight", "inf"),
    ("themes", "example_weights", '["notes_z*=-1"]'),
    ("themes", "example_weights", '["notes_z*"]'),
    ("themes", "example_weights", '["=0.5"]'),
    ("themes", "example_weights", '["notes_z*=nan"]'),
    ("themes", "example_weights", '["notes_z*=1e3"]'),  # review 31 #5: "a decimal number"
    ("themes", "example_weights", '["*=0"]'),  # every weight 0: the fit had nothing to learn
    ("themes", "example_weights", '["notes_a=2", "nosuchfile=5"]'),  # a GLOB matching no file
    ("privacy", "paid_fore_names", "-1"),
    ("privacy", "chain_adverbs", "-3"),
    ("privacy", "pair_common_word_zipf", "nan"),
    ("privacy", "pair_common_word_zipf", "-inf"),
    ("privacy", "pair_common_word_zipf", "-0.5"),
    # review 39 / mend73: the corrections' shares, a share of notes in (0, 1]
    ("corrections", "member_share", "0"),
    ("corrections", "member_share", "1.5"),
    ("corrections", "match_share", "-0.5"),
    ("corrections", "match_share", "nan"),
    ("corrections", "follow_share", "2"),
    # tidy33: a count of tokens, 0 = no verbless wishes
    ("summary", "wish_words", "-1"),
    ("summary", "framed_words", "-1"),
    ("summary", "comparative_reach", "0"),  # mend123: words back, 1 = the word before
    ("summary", "lead_in_stated_share", "1.5"),  # mend131: a share of a note's lemmas
    ("summary", "lead_in_stated_share", "nan"),
    # lemma28: lemma27's wordfreq margins (Zipf points), settings now
    ("lemmatize", "acronym_min_zipf", "inf"),
    ("lemmatize", "acronym_min_zipf", "nan"),
    ("lemmatize", "acronym_margin", "-0.5"),
    # review 94 #5 (privacy92): a seeded fit kept, 0..1; NaN loaded silently before
    ("themes", "seeded_keep_fit", "nan"),
    ("themes", "seeded_keep_fit", "-0.1"),
    ("themes", "seeded_keep_fit", "1.5"),
    # review 95 #3 (mend193): a count of themes in "Muita nostoja", 0 = off; -3 loaded silently
    ("summary", "small_theme_points", "-3"),
]


@pytest.mark.parametrize(("table", "key", "value"), CASES)
def test_a_bad_value_names_the_file_and_the_key(
    tmp_path: Path, table: str, key: str, value: str
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[{table}]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    message = info.value.user_message()
    assert f"{table}.{key}" in message
    assert "clinic.toml" in message
    assert "Traceback" not in message


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ('["notes_z*=1e3"]', "decimal number"),
        ('["*=0"]', "weighs 0"),
        ('["notes_a=2", "nosuchfile=5"]', "'nosuchfile' matches no example file"),
    ],
)
def test_example_weights_say_what_is_wrong(tmp_path: Path, value: str, says: str) -> None:
    """Review 31 #5: each refusal of [themes] example_weights says why, in both languages."""
    path = tmp_path / "clinic.toml"
    path.write_text(f"[themes]\nexample_weights = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert says in info.value.user_message()
    assert " / " in info.value.user_message()  # Finnish / English


@pytest.mark.parametrize(
    ("table", "key", "value", "read"),
    [
        ("themes", "classifier_seed_weight", "0.5", 0.5),
        (
            "themes",
            "example_weights",
            '["notes_z[a-c]=0.5", "notes_a=2"]',
            ("notes_z[a-c]=0.5", "notes_a=2"),
        ),  # fmt: skip
        ("privacy", "paid_fore_names", "0", 0),
        ("privacy", "chain_adverbs", "2", 2),
        ("privacy", "pair_common_word_zipf", "3.5", 3.5),
    ],
)
def test_a_good_value_is_read(
    tmp_path: Path, table: str, key: str, value: str, read: float
) -> None:
    path = tmp_path / "clinic.toml"
    path.write_text(f"[{table}]\n{key} = {value}\n", encoding="utf-8")
    settings = load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert getattr(getattr(settings, table), key) == read


def test_several_bad_values_name_the_first_checked(tmp_path: Path) -> None:
    """style177 made the checks one ordered list: with several bad values the message still
    names the one checked first (the lemmatize mode before a summary count, a memory bound
    before a privacy window)."""
    path = tmp_path / "clinic.toml"
    path.write_text(
        '[summary]\nwish_words = -1\n[privacy]\nrole_window = 0\n[lemmatize]\nmode = "x"\n'
        "max_forms = 0\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert "lemmatize.mode" in info.value.user_message()
    path.write_text("[summary]\nwish_words = -1\n[privacy]\nrole_window = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert "privacy.role_window" in info.value.user_message()
