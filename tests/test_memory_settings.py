"""Memory bounds of the per-process caches are settings ([lemmatize] max_vectors and
max_person_texts, [themes] example_words_kept), as is the user cache folder's bound on disk
([cache] max_mb): read from the pipeline file, checked, passed to the models (the cache
folder pruned to it), and left out of the archive's settings hash (results do not depend on
them)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from muistiinpanot import cache
from muistiinpanot.app.pipeline import load_models
from muistiinpanot.archive.fingerprint import hash_settings
from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError


def _pipeline(tmp_path: Path, themes_fixtures: Path, extra: str) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n{extra}',
        encoding="utf-8",
    )
    return path


def test_memory_bounds_reach_the_models_and_not_the_settings_hash(
    tmp_path: Path, themes_fixtures: Path
) -> None:
    plain = load_run_settings(
        _pipeline(tmp_path, themes_fixtures, '[lemmatize]\nmode = "fast"\n'),
        input_path=tmp_path,
        out=tmp_path / "out",
    )
    bounded = load_run_settings(
        _pipeline(
            tmp_path,
            themes_fixtures,
            '[lemmatize]\nmode = "fast"\nmax_vectors = 500\nmax_person_texts = 7\n'
            "max_forms = 9\n"
            "[themes]\nexample_words_kept = 5\n",
        ),
        input_path=tmp_path,
        out=tmp_path / "out",
    )
    assert (bounded.lemmatize.max_vectors, bounded.lemmatize.max_person_texts) == (500, 7)
    assert hash_settings(bounded, []) == hash_settings(plain, [])
    changed = dataclasses.replace(bounded.themes, keywords=bounded.themes.keywords + 1)
    assert hash_settings(dataclasses.replace(bounded, themes=changed), []) != hash_settings(
        plain, []
    )
    # a fast analyzer of its own (tokenizer and vectors only): the bounds must reach it
    models = load_models(bounded)
    assert models.analyzer.vectors.cache.max_items == 500
    assert models.analyzer.persons.cache.max_items == 7
    assert models.analyzer.voikko.max_forms == models.analyzer.lemmatizer.max_forms == 9
    models.analyzer.analyze(["Tieto ei kulje yksiköiden eikä kuntien välillä ollenkaan."])
    assert 0 < len(models.analyzer.voikko) <= 9  # emptied when full
    assert len(models.analyzer.fast._entries) <= 9
    assert models.examples is not None and models.examples.word_scores.max_items == 5


def test_cache_bound_prunes_the_cache_folder_and_not_the_settings_hash(
    tmp_path: Path, themes_fixtures: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("MUISTIINPANOT_CACHE", str(folder))
    old = folder / "derived-old-0123456789abcdef.json"
    old.write_bytes(b"[]" + b" " * 2**21)  # 2 MiB, used long ago
    os.utime(old, (1_600_000_000, 1_600_000_000))
    settings = {
        bound: load_run_settings(
            _pipeline(tmp_path, themes_fixtures, f'[lemmatize]\nmode = "fast"\n{extra}'),
            input_path=tmp_path,
            out=tmp_path / "out",
        )
        for bound, extra in ((512, ""), (1, "[cache]\nmax_mb = 1\n"))
    }
    assert settings[1].cache.max_mb == 1 and settings[512].cache.max_mb == 512
    assert hash_settings(settings[1], []) == hash_settings(settings[512], [])
    load_models(settings[512])
    assert old.exists()  # the folder is under 512 MB
    load_models(settings[1])
    assert not old.exists()  # evicted first: least recently used
    assert 0 < cache.usage().bytes <= 2**20  # this run's own entries kept


@pytest.mark.parametrize(
    ("table", "key"),
    [("lemmatize", "max_vectors"), ("lemmatize", "max_person_texts"),
     ("lemmatize", "max_forms"), ("themes", "example_words_kept"),
     ("privacy", "sense_cache_words"), ("privacy", "detected_texts_kept"),
     ("cache", "max_mb")],
)  # fmt: skip
def test_memory_bound_below_one_is_a_config_error(
    tmp_path: Path, themes_fixtures: Path, table: str, key: str
) -> None:
    path = _pipeline(tmp_path, themes_fixtures, f"[{table}]\n{key} = 0\n")
    with pytest.raises(ConfigError) as info:
        load_run_settings(path, input_path=tmp_path, out=tmp_path / "out")
    assert f"{table}.{key}" in info.value.user_message()
