"""A process's archive work freezes what it loaded (gc.freeze: the models and the lemma cache
live as long as the process, and every full collection walked them again), and thaws it when
other models replace them, so that the previous ones can be collected."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from muistiinpanot.app.archive_work import init_worker, loaded_models
from muistiinpanot.config import RunSettings


@pytest.fixture()
def thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def _tracked(value: object) -> bool:
    """Whether the collector walks `value` (gc.get_objects leaves the frozen ones out)."""
    return any(o is value for o in gc.get_objects())


def test_init_worker_freezes_the_loaded_models(run_settings: RunSettings, thawed: None) -> None:
    init_worker(run_settings, {"analyze": {"siilo": [{"BASEFORM": "siilo"}]}}, "run-1")
    models = loaded_models()
    assert models is not None and models.examples is not None
    assert gc.get_freeze_count() > 0
    assert not _tracked(models.examples)
    assert not _tracked(models.analyzer.voikko.analyze("siilo")[0])  # the store's lemma cache


class _Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_new_models_thaw_what_was_frozen(
    run_settings: RunSettings, tmp_path: Path, thawed: None
) -> None:
    held = _Cycle()
    init_worker(run_settings, {}, "run-1")
    assert not _tracked(held)
    dropped = weakref.ref(held)
    del held
    gc.collect()
    assert dropped() is not None  # frozen: the collector leaves it alone ...
    other = dataclasses.replace(run_settings, out=tmp_path / "other")  # another key
    init_worker(other, {}, "run-2")
    gc.collect()
    assert dropped() is None  # ... until other models replace those it was frozen with
