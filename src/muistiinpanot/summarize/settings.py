"""SummarySettings: the [summary] table of pipelines/*.toml as a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SummarySettings:
    """Settings of the summary stage; every default is the documented default.

    Which themes get a bullet
      `max_bullets`: at most this many bullets (strongest themes first).
      `min_theme_size`: a theme needs at least this many notes for a bullet.
      `min_theme_share`: ... and at least this share (0–1) of the clinic's kept notes.
      `include_emergent`: emergent themes (`uusi-N`) may get bullets too; `muu` never does.
    What goes into a bullet
      `min_sentences`, `max_sentences`: sentences per bullet (1–3); a theme gets one more
      sentence for every `notes_per_sentence` notes it has, within these bounds.
      `mmr_lambda`: MMR trade-off, 1 = most central notes only, 0 = most different only.
      `duplicate_similarity`: a note at least this similar (cosine) to a chosen one is never
      chosen as well (near-duplicates).
      `min_words`, `max_words`: notes shorter or longer than this are used only as a last resort.
      `representative_bonus`: added to the centrality of the theme's representative notes.
    Post
      `theme_paragraph`: add a paragraph naming the largest themes and their note counts.
      `title_themes`: how many of the strongest themes the title names (0 = none).
    """

    max_bullets: int = 8
    min_theme_size: int = 2
    min_theme_share: float = 0.03
    include_emergent: bool = True
    min_sentences: int = 1
    max_sentences: int = 3
    notes_per_sentence: int = 4
    mmr_lambda: float = 0.7
    duplicate_similarity: float = 0.9
    min_words: int = 3
    max_words: int = 40
    representative_bonus: float = 0.05
    theme_paragraph: bool = True
    title_themes: int = 2
