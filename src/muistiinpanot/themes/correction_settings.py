"""CorrectionSettings: the [corrections] table of pipelines/*.toml (light: config imports it
without loading numpy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CorrectionSettings:
    """[corrections] of pipelines/*.toml.

    `pull_similarity`: a note that is not corrected joins the theme of its most similar
    labelled example (corrected note) when the cosine of their note vectors is at least this.
    `follow_share`: an emergent theme of this run follows a corrected theme when more than this
    share of its notes were corrected into it."""

    pull_similarity: float = 0.6
    follow_share: float = 0.5
