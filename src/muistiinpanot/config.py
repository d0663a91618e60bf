"""Pipeline files (pipelines/*.toml) → frozen settings dataclasses.

Each TOML table maps to one settings dataclass whose field defaults are the documented
defaults. Unknown keys and wrong types are errors naming the file, the key and, where it can be
found, the line. Paths resolve relative to the file that names them.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

from muistiinpanot.chatter import ChatterSettings
from muistiinpanot.config_sections import (
    CacheSettings,
    FastSettings,
    LemmatizeSettings,
    OutputSettings,
)
from muistiinpanot.errors import ConfigError
from muistiinpanot.ingest.labelled import read_example_files
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.privacy.setting_bounds import out_of_bounds
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.resources import default_definitions, default_examples
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.themes.correction_settings import CorrectionSettings
from muistiinpanot.themes.example_weights import example_weight_pairs
from muistiinpanot.themes.settings import SIDE_GROUP_MODES, ThemeSettings
from muistiinpanot.tomlio import build_settings, find_key_line, read_toml

__all__ = [
    "CacheSettings",
    "FastSettings",
    "LemmatizeSettings",
    "OutputSettings",
    "RunSettings",
    "load_run_settings",
    "build_settings",
    "find_key_line",
    "read_toml",
]


@dataclasses.dataclass(frozen=True, slots=True)
class RunSettings:
    """One run: what to read, where to write, and each stage's settings."""

    input: Path
    out: Path
    theme_definitions: Path
    theme_examples: Path
    lemmatize: LemmatizeSettings
    themes: ThemeSettings
    summary: SummarySettings
    output: OutputSettings
    cache: CacheSettings = CacheSettings()
    ingest: IngestSettings = IngestSettings()
    chatter: ChatterSettings = ChatterSettings()
    corrections: CorrectionSettings = CorrectionSettings()
    privacy: PrivacySettings = PrivacySettings()
    #: An analyst's corrections.csv for every clinic of the run (--corrections); without it,
    #: each clinic folder's own corrections.csv is used when there is one.
    corrections_file: Path | None = None


#: Sections of a pipeline file and the settings class of each.
_SECTIONS: dict[str, type[Any]] = {
    "ingest": IngestSettings,
    "lemmatize": LemmatizeSettings,
    "themes": ThemeSettings,
    "summary": SummarySettings,
    "output": OutputSettings,
    "cache": CacheSettings,
    "chatter": ChatterSettings,
    "corrections": CorrectionSettings,
    "privacy": PrivacySettings,
    "fast": FastSettings,
}


def load_run_settings(
    config_path: Path | None,
    *,
    input_path: Path,
    out: Path,
    fast: bool = False,
    redact: bool | None = None,
    definitions: Path | None = None,
    corrections: Path | None = None,
) -> RunSettings:
    """Read a pipeline file (pipelines/*.toml) and apply the CLI's overrides.

    Without a file, every stage uses its documented defaults; the theme definitions and the
    labelled examples are the bundled ones (`models/themes.toml`, `models/training/`, see
    muistiinpanot.resources) unless the file or `definitions` names others.
    """
    sections: dict[str, Any] = {}
    theme_definitions = default_definitions()
    theme_examples = default_examples()
    if config_path is not None:
        data, text = read_toml(config_path)
        for key, value in data.items():
            line = find_key_line(text, key)
            if key == "definitions":
                if not isinstance(value, str):
                    raise ConfigError(
                        "config_bad_type", path=config_path, line=line, key=key, expected="str"
                    )
                theme_definitions = (config_path.parent / value).resolve()
            elif key == "examples":
                if not isinstance(value, str):
                    raise ConfigError(
                        "config_bad_type", path=config_path, line=line, key=key, expected="str"
                    )
                theme_examples = (config_path.parent / value).resolve()
            elif key in _SECTIONS and isinstance(value, dict):
                sections[key] = build_settings(
                    _SECTIONS[key], value, path=config_path, text=text, table=key
                )
            else:
                raise ConfigError("config_unknown_key", path=config_path, line=line, key=key)
    lemmatize = sections.get("lemmatize", LemmatizeSettings())
    if lemmatize.mode not in ("accurate", "fast"):
        raise ConfigError("config_bad_value", path=config_path, key="lemmatize.mode",
                          detail="accurate | fast")  # fmt: skip
    themes = sections.get("themes", ThemeSettings())
    privacy = sections.get("privacy", PrivacySettings())
    bounds = {
        "lemmatize.max_vectors": lemmatize.max_vectors,
        "lemmatize.max_person_texts": lemmatize.max_person_texts,
        "lemmatize.max_forms": lemmatize.max_forms,
        "themes.example_words_kept": themes.example_words_kept,
        "privacy.sense_cache_words": privacy.sense_cache_words,
        "privacy.detected_texts_kept": privacy.detected_texts_kept,
        "cache.max_mb": sections.get("cache", CacheSettings()).max_mb,
    }
    for key, bound in bounds.items():  # memory bounds of per-process caches
        if bound < 1:
            raise ConfigError("config_bad_value", path=config_path, key=key, detail=">= 1")
    if fast:
        lemmatize = dataclasses.replace(lemmatize, mode="fast")
    trades = sections.get("fast", FastSettings())
    for key, weights in (
        ("themes.view_weights", themes.view_weights),
        ("fast.view_weights", trades.view_weights),
    ):
        if len(weights) != 3 or min(weights) < 0 or weights[0] <= 0:
            raise ConfigError(
                "config_bad_value", path=config_path, key=key,
                detail="[soft > 0, exemplar >= 0, classifier >= 0]",
            )  # fmt: skip
    if themes.example_weights:  # checked against the example files' names and labels
        files = [(stem, [r[1] for r in rows]) for stem, rows in read_example_files(theme_examples)]
        example_weight_pairs(themes.example_weights, files, config_path)
    views = themes.align_view_weights
    if (
        len(views) != len(themes.align_weight_powers)
        or not all(math.isfinite(w) and w >= 0 for w in views)  # NaN passes "< 0"
        or sum(views) <= 0
    ):
        raise ConfigError(
            "config_bad_value", path=config_path, key="themes.align_view_weights",
            detail="one finite weight >= 0 per align_weight_powers, not all 0",
        )  # fmt: skip
    for key, value in (
        ("themes.classifier_seed_weight", themes.classifier_seed_weight),
        ("themes.lexical_view_weight", themes.lexical_view_weight),
    ):
        if not (math.isfinite(value) and value >= 0):
            raise ConfigError("config_bad_value", path=config_path, key=key, detail="finite, >= 0")
    if not 0 <= themes.seed_head_similarity <= 1:  # a cosine; NaN fails the comparison too
        raise ConfigError(
            "config_bad_value", path=config_path, key="themes.seed_head_similarity",
            detail="0 <= x <= 1",
        )  # fmt: skip
    if bad := out_of_bounds(
        privacy
    ):  # windows, counts, shares, margins (privacy/setting_bounds.py)
        raise ConfigError("config_bad_value", path=config_path, key=bad[0][0], detail=bad[0][1])
    shares = sections.get("corrections", CorrectionSettings())
    for key, share in (
        ("corrections.follow_share", shares.follow_share),
        ("corrections.member_share", shares.member_share),
        ("corrections.match_share", shares.match_share),
        ("corrections.near_words", shares.near_words),
        ("corrections.near_name_cutoff", shares.near_name_cutoff),
    ):  # a share of notes: NaN fails every comparison, so it is refused too
        if not 0 < share <= 1:
            raise ConfigError("config_bad_value", path=config_path, key=key, detail="0 < x <= 1")
    if trades.consensus_seeds < 1:
        raise ConfigError(
            "config_bad_value", path=config_path, key="fast.consensus_seeds", detail=">= 1"
        )
    if lemmatize.auxiliary_gap < 0:
        raise ConfigError(
            "config_bad_value", path=config_path, key="lemmatize.auxiliary_gap", detail=">= 0"
        )
    for key, points in (
        ("lemmatize.acronym_min_zipf", lemmatize.acronym_min_zipf),
        ("lemmatize.acronym_margin", lemmatize.acronym_margin),
    ):  # Zipf points: NaN fails the comparison, so it is refused too
        if not 0 <= points <= 10:
            raise ConfigError("config_bad_value", path=config_path, key=key, detail="0 <= x <= 10")
    if trades.parse_notes < 0:
        raise ConfigError(
            "config_bad_value", path=config_path, key="fast.parse_notes", detail=">= 0"
        )
    for key, reading in (
        ("lemmatize.reading", lemmatize.reading),
        ("fast.reading", trades.reading),
    ):
        if reading not in ("parser", "voikko"):
            raise ConfigError(
                "config_bad_value", path=config_path, key=key, detail="parser | voikko"
            )
    if themes.side_group_merge not in SIDE_GROUP_MODES:
        raise ConfigError(
            "config_bad_value",
            path=config_path,
            key="themes.side_group_merge",
            detail=" | ".join(SIDE_GROUP_MODES),
        )
    if themes.side_group_null_draws < 1:
        raise ConfigError("config_bad_value", path=config_path,
                          key="themes.side_group_null_draws", detail=">= 1")  # fmt: skip
    if not 0 < themes.side_group_null_quantile < 1:  # NaN fails too
        raise ConfigError("config_bad_value", path=config_path,
                          key="themes.side_group_null_quantile", detail="> 0, < 1")  # fmt: skip
    summary = sections.get("summary", SummarySettings())
    for key, count in (
        ("summary.wish_words", summary.wish_words),  # tokens (0 = no verbless wishes)
        ("summary.framed_words", summary.framed_words),  # words (0 = no framed splices)
    ):
        if count < 0:
            raise ConfigError("config_bad_value", path=config_path, key=key, detail=">= 0")
    if summary.comparative_reach < 1:  # words back from a spoken "ku" (1 = the word before)
        raise ConfigError("config_bad_value", path=config_path,
                          key="summary.comparative_reach", detail=">= 1")  # fmt: skip
    if not 0 <= summary.lead_in_stated_share <= 1:  # a share of a note's lemmas; NaN fails too
        raise ConfigError("config_bad_value", path=config_path,
                          key="summary.lead_in_stated_share", detail=">= 0, <= 1")  # fmt: skip
    if lemmatize.mode == "fast":  # --fast or [lemmatize] mode = "fast"
        lemmatize = dataclasses.replace(lemmatize, reading=trades.reading)
        themes = dataclasses.replace(
            themes,
            consensus_seeds=trades.consensus_seeds,
            exemplar_view=trades.exemplar_view,
            view_weights=trades.view_weights,
        )
        summary = dataclasses.replace(summary, parse_notes=trades.parse_notes)
    output = sections.get("output", OutputSettings())
    if redact is not None:
        output = dataclasses.replace(output, redact=redact)
    return RunSettings(
        input=input_path,
        out=out,
        theme_definitions=definitions.resolve() if definitions else theme_definitions,
        theme_examples=theme_examples,
        lemmatize=lemmatize,
        themes=themes,
        summary=summary,
        output=output,
        cache=sections.get("cache", CacheSettings()),
        ingest=sections.get("ingest", IngestSettings()),
        chatter=sections.get("chatter", ChatterSettings()),
        corrections=sections.get("corrections", CorrectionSettings()),
        privacy=privacy,
        corrections_file=corrections,
    )
