"""The archive's settings file: a link cut out of a cosine's range, NaN included, or a
negative keyword count is refused with the key and the file named (review 45 #5:
`link_without_keywords = nan` was accepted and would have linked nothing, silently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.archive.settings import load_archive_settings
from muistiinpanot.errors import ConfigError


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("link_without_keywords", "nan"),
        ("link_without_keywords", "-5.0"),
        ("link_without_keywords", "7.0"),
        ("link_min_centred_cosine", "nan"),
        ("link_min_cosine", "1.5"),
        ("link_shared_keywords", "-1"),
        ("link_min_shared_keywords", "-2"),
        ("link_null_quantile", "nan"),
        ("link_null_quantile", "1.5"),
    ],
)
def test_a_link_setting_out_of_range_is_refused(tmp_path: Path, key: str, value: str) -> None:
    path = tmp_path / "archive.toml"
    path.write_text(f"[archive]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_archive_settings(path)
    assert f"archive.{key}" in str(caught.value)


def test_the_bundled_values_and_the_edges_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "archive.toml"
    path.write_text(
        "[archive]\nlink_without_keywords = 1.0\nlink_min_centred_cosine = -1.0\n"
        "link_min_cosine = 0.8\nlink_shared_keywords = 0\n",
        encoding="utf-8",
    )
    settings, _ = load_archive_settings(path)
    assert settings.link_without_keywords == 1.0 and settings.link_min_centred_cosine == -1.0
    bundled = Path(__file__).resolve().parents[2] / "pipelines" / "archive.toml"
    load_archive_settings(bundled)
