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
from muistiinpanot.tomlio import build_settings, find_key_line, read_toml, refuse_bad_values

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
    themes = sections.get("themes", ThemeSettings())
    privacy = sections.get("privacy", PrivacySettings())
    trades = sections.get("fast", FastSettings())
    shares = sections.get("corrections", CorrectionSettings())
    summary = sections.get("summary", SummarySettings())
    refuse_bad_values(_first_checks(lemmatize, themes, privacy, trades, sections), config_path)
    if themes.example_weights:  # checked against the example files' names and labels
        files = [(stem, [r[1] for r in rows]) for stem, rows in read_example_files(theme_examples)]
        example_weight_pairs(themes.example_weights, files, config_path)
    checks = _later_checks(lemmatize, themes, privacy, trades, shares, summary)
    refuse_bad_values(checks, config_path)
    if fast:
        lemmatize = dataclasses.replace(lemmatize, mode="fast")
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


Check = tuple[str, bool, str]  # key, within its bound, the bound (tomlio.refuse_bad_values)


def _first_checks(
    lemmatize: LemmatizeSettings,
    themes: ThemeSettings,
    privacy: PrivacySettings,
    trades: FastSettings,
    sections: dict[str, Any],
) -> list[Check]:
    """The bounds checked before the example weights, in the order they are refused."""
    memory = {  # memory bounds of per-process caches
        "lemmatize.max_vectors": lemmatize.max_vectors,
        "lemmatize.max_person_texts": lemmatize.max_person_texts,
        "lemmatize.max_forms": lemmatize.max_forms,
        "themes.example_words_kept": themes.example_words_kept,
        "privacy.sense_cache_words": privacy.sense_cache_words,
        "privacy.detected_texts_kept": privacy.detected_texts_kept,
        "cache.max_mb": sections.get("cache", CacheSettings()).max_mb,
    }
    weights = "[soft > 0, exemplar >= 0, classifier >= 0]"
    return [
        ("lemmatize.mode", lemmatize.mode in ("accurate", "fast"), "accurate | fast"),
        *((key, not bound < 1, ">= 1") for key, bound in memory.items()),
        *(
            (key, not (len(w) != 3 or min(w) < 0 or w[0] <= 0), weights)
            for key, w in (
                ("themes.view_weights", themes.view_weights),
                ("fast.view_weights", trades.view_weights),
            )
        ),
    ]


def _later_checks(
    lemmatize: LemmatizeSettings,
    themes: ThemeSettings,
    privacy: PrivacySettings,
    trades: FastSettings,
    shares: CorrectionSettings,
    summary: SummarySettings,
) -> list[Check]:
    """The bounds checked after the example weights, in the order they are refused."""
    views = themes.align_view_weights
    views_bad = (
        len(views) != len(themes.align_weight_powers)
        or not all(math.isfinite(w) and w >= 0 for w in views)  # NaN passes "< 0"
        or sum(views) <= 0
    )
    share_keys = ("follow_share", "member_share", "match_share", "near_words")
    modes = " | ".join(SIDE_GROUP_MODES)
    return [
        ("themes.align_view_weights", not views_bad,
         "one finite weight >= 0 per align_weight_powers, not all 0"),
        *((f"themes.{key}", math.isfinite(v) and v >= 0, "finite, >= 0") for key, v in (
            ("classifier_seed_weight", themes.classifier_seed_weight),
            ("lexical_view_weight", themes.lexical_view_weight),
        )),
        # a cosine; NaN fails the comparison too
        ("themes.seed_head_similarity", 0 <= themes.seed_head_similarity <= 1, "0 <= x <= 1"),
        # a seeded fit, a cosine share; NaN fails the comparison too (review 94)
        ("themes.seeded_keep_fit", 0 <= themes.seeded_keep_fit <= 1, "0 <= x <= 1"),
        # windows, counts, shares, margins (privacy/setting_bounds.py)
        *((key, False, bound) for key, bound in out_of_bounds(privacy)),
        # a share of notes: NaN fails every comparison, so it is refused too
        *((f"corrections.{key}", 0 < getattr(shares, key) <= 1, "0 < x <= 1")
          for key in (*share_keys, "near_name_cutoff")),
        ("fast.consensus_seeds", not trades.consensus_seeds < 1, ">= 1"),
        ("lemmatize.auxiliary_gap", not lemmatize.auxiliary_gap < 0, ">= 0"),
        # Zipf points: NaN fails the comparison, so it is refused too
        *((f"lemmatize.{key}", 0 <= getattr(lemmatize, key) <= 10, "0 <= x <= 10")
          for key in ("acronym_min_zipf", "acronym_margin")),
        ("fast.parse_notes", not trades.parse_notes < 0, ">= 0"),
        ("lemmatize.reading", lemmatize.reading in ("parser", "voikko"), "parser | voikko"),
        ("fast.reading", trades.reading in ("parser", "voikko"), "parser | voikko"),
        ("themes.side_group_merge", themes.side_group_merge in SIDE_GROUP_MODES, modes),
        ("themes.side_group_null_draws", not themes.side_group_null_draws < 1, ">= 1"),
        # NaN fails too
        ("themes.side_group_null_quantile", 0 < themes.side_group_null_quantile < 1,
         "> 0, < 1"),
        # tokens, words (0 = no verbless wishes, no framed splices)
        ("summary.wish_words", not summary.wish_words < 0, ">= 0"),
        ("summary.framed_words", not summary.framed_words < 0, ">= 0"),
        # themes said in a last "Muita nostoja" bullet (0 = off; review 95 #3)
        ("summary.small_theme_points", not summary.small_theme_points < 0, ">= 0"),
        # words back from a spoken "ku" (1 = the word before)
        ("summary.comparative_reach", not summary.comparative_reach < 1, ">= 1"),
        # a share of a note's lemmas; NaN fails too
        ("summary.lead_in_stated_share", 0 <= summary.lead_in_stated_share <= 1,
         ">= 0, <= 1"),
    ]  # fmt: skip
