"""ArchiveSettings: the [archive] table of pipelines/archive.toml as a frozen dataclass."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from muistiinpanot.errors import ConfigError
from muistiinpanot.tomlio import build_settings, find_key_line, read_toml, refuse_bad_values

POOLS = ("local", "dask", "process")
FIT_MODES = ("clinic", "archive")
LINK_METHODS = ("lemmas", "linkage", "greedy")


@dataclasses.dataclass(frozen=True, slots=True)
class FitSettings:
    """The [fit] table: where emergent themes come from. `mode` "clinic": each clinic's own
    (linked across clinics for the trends, see `link_min_cosine`); "archive": fitted once
    across the archive's kept, non-seeded notes and applied to every clinic
    (themes/fitted.py), refitted when the archive changes."""

    mode: str = "clinic"


@dataclasses.dataclass(frozen=True, slots=True)
class ArchiveSettings:
    """Settings of the archive job; every default is the documented default.

    `db`: the SQLite store (default: `archive.sqlite` in the output folder).
    `workers`: processes for the per-clinic work (1: all in this process); `pool` what runs
      them: "local" (this process and `workers - 1` spawned ones, once at least
      `parallel_from` clinics are to be processed; fewer all run in this process), "dask" (a
      local dask.distributed cluster of `workers` processes) or "process" (a process pool).
    `scheduler`: address of an existing dask.distributed scheduler (overrides `workers`).
    `in_flight`: clinics read and sent ahead per worker (bounds memory).
    `lock_timeout`: seconds a second run waits for the lock before giving up.
    `link_method`: how emergent themes of different clinics are linked for the trends:
      "lemmas" (all at once: the mean of the centred centroids' cosine and the centred
      tf-idf cosine of the themes' notes' lemmas, average linkage over every pair of themes
      of different clinics cut at `link_min_similarity`; themes/lemma_links.py; archive28:
      0.29 is the 90th percentile of that similarity over the mutual best matches of the
      dev archive's clinics), "linkage" (all at once: centred centroids, mutual best
      matches between clinics, more alike than either is to another theme of its own
      clinic (`link_beyond_siblings`) and sharing at least `link_shared_keywords` keywords
      unless their centred cosine reaches `link_without_keywords`, average linkage cut at
      `link_min_centred_cosine`; themes/linkage.link_across_clinics) or "greedy"
      (in date order, archive/trends.py: centroids at least `link_min_cosine` similar, at least
      `link_min_shared_keywords` keywords shared; `link_center` compares centred centroids).
      benchmarks/archive_linking.py measures them. `link_without_keywords` 0.43 is the 95th
      percentile of what the mutual best matches of clinics on *different* subjects reach (the
      null; benchmarks/archive_linking_dev.py --calibrate, on the dev sets up to round 40).
      The sibling and keyword tests ship off (mend87's pre-registered rule asked the true
      seeded links kept; they fell 84 -> 50 of 1,309 while false links fell 3,987 -> 1,732:
      docs/how-it-works.md, "Trends: linking themes across clinics").
      `link_null_quantile` q > 0 asks a candidate's centred cosine to reach the q-quantile of
      each theme's best matches in every other clinic (a permutation null over the clinics);
      ships off (0): at 0.95 false links fell 4,179 -> 720 but true seeded ones 84 -> 28 on
      benchmarks/archive_linking_dev.py, failing archive27's pre-registered rule.
    `report_themes`: most themes drawn in the archive report's chart (the largest overall).
    `fit`: the [fit] table (FitSettings).
    """

    db: Path | None = None
    workers: int = 1
    pool: str = "local"
    scheduler: str = ""
    in_flight: int = 2
    parallel_from: int = 16
    lock_timeout: float = 30.0
    link_method: str = "lemmas"
    link_min_similarity: float = 0.29
    link_min_centred_cosine: float = 0.1
    link_beyond_siblings: bool = False
    link_shared_keywords: int = 0
    link_without_keywords: float = 0.43
    link_null_quantile: float = 0.0
    link_min_cosine: float = 0.8
    link_min_shared_keywords: int = 2
    link_center: bool = False
    report_themes: int = 10
    fit: FitSettings = FitSettings()


def load_archive_settings(path: Path | None) -> tuple[ArchiveSettings, Path | None]:
    """The [archive] table of `path` and the per-clinic pipeline file it names (`pipeline`,
    relative to `path`), or the defaults and None without a file."""
    if path is None:
        return ArchiveSettings(), None
    data, text = read_toml(path)
    settings = ArchiveSettings()
    fit = FitSettings()
    pipeline: Path | None = None
    for key, value in data.items():
        line = find_key_line(text, key)
        if key == "pipeline":
            if not isinstance(value, str):
                raise ConfigError("config_bad_type", path=path, line=line, key=key, expected="str")
            pipeline = (path.parent / value).resolve()
        elif key == "archive" and isinstance(value, dict):
            settings = build_settings(ArchiveSettings, value, path=path, text=text, table=key)
        elif key == "fit" and isinstance(value, dict):
            fit = build_settings(FitSettings, value, path=path, text=text, table=key)
        else:
            raise ConfigError("config_unknown_key", path=path, line=line, key=key)
    settings = dataclasses.replace(settings, fit=fit)
    check_archive_settings(settings, path)
    return settings, pipeline


def check_archive_settings(settings: ArchiveSettings, path: Path | None = None) -> None:
    """Raise ConfigError for values out of range (the CLI's overrides are checked too)."""
    cosines = ("link_min_centred_cosine", "link_min_similarity", "link_without_keywords")
    s, fit_mode = settings, settings.fit.mode
    refuse_bad_values(
        [
            # a cosine's cut: NaN would compare false everywhere and silently link nothing
            *((f"archive.{key}", -1.0 <= getattr(s, key) <= 1.0, "-1 … 1")
              for key in (*cosines, "link_min_cosine")),
            ("archive.link_null_quantile", 0.0 <= s.link_null_quantile <= 1.0, "0 … 1"),
            *((f"archive.{key}", not getattr(s, key) < 0, ">= 0")
              for key in ("link_shared_keywords", "link_min_shared_keywords")),
            *((f"archive.{key}", not getattr(s, key) < 1, ">= 1")
              for key in ("workers", "in_flight", "parallel_from")),
            ("archive.pool", s.pool in POOLS, "local | dask | process"),
            ("archive.link_method", s.link_method in LINK_METHODS, "lemmas | linkage | greedy"),
            ("fit.mode", fit_mode in FIT_MODES, "clinic | archive"),
            ("archive.lock_timeout", not s.lock_timeout < 0, ">= 0"),
        ],
        path,
    )  # fmt: skip
