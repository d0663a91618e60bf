"""CorrectionSettings: the [corrections] table of pipelines/*.toml (light: config imports it
without loading numpy)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CorrectionSettings:
    """[corrections] of pipelines/*.toml.

    `pull_similarity`: a note that is not corrected joins the theme of its most similar
    labelled example (a corrected note, or one carried from an earlier clinic) when the cosine
    of their note vectors is at least this. 0.9: only a near repeat of a corrected note
    follows it; at lower cosines the nearest corrected note is too often of another theme, and
    pulling made the themes less accurate (benchmarks/corrections_pull.py, README).
    `follow_share`: an emergent theme of this run follows a corrected theme when more than this
    share of its notes were corrected into it.
    `member_share`: a theme row is stale (renames nothing, the run warns) when fewer than this
    share of its printed members are found in this run (correction_anchors.check_members).
    `match_share`: one of this run's clusters can be a theme row's theme only when it holds at
    least this share of the row's members (correction_matching.match_theme_rows; MONIC's
    survival share). Each share is of notes, in (0, 1]; 0.5: half, as since mend68.
    `near_words`: a corrected note whose print is found nowhere is still found at its own id
    when the id holds a text with at least this Jaccard overlap of words with the printed one
    (correction_anchors.near: a note edited in place), in (0, 1].
    `near_name_cutoff`: a row naming a new theme within this difflib ratio (case folded) of a
    theme's id, label or seeded name is warned about with a did-you-mean ("Luotamus",
    "Siilo": correction_names.near_name_warnings; review 58 #2, review 59 #4), in (0, 1]."""

    pull_similarity: float = 0.9
    follow_share: float = 0.5
    member_share: float = 0.5
    match_share: float = 0.5
    near_words: float = 0.6
    near_name_cutoff: float = 0.85
