"""ThemeSettings: the [themes] table of pipelines/*.toml as a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ThemeSettings:
    """Settings of the themes stage; every default is the documented default.

    Seeded themes
      `scorer`: "soft" (default) scores notes by the soft lexical match alone (soft.py);
      "blend" uses the earlier mix of exact seed hits, note-vs-anchor meaning and one
      refinement pass (the lexical/similarity/word/refine settings below apply only to it).
      `seed_threshold`: a note joins its best seeded theme when that score (0–1) is at least
      this; below it the note is left to emergent clustering.
      `lexical_score`: score of a note that contains a seed lemma (as a word or compound part).
      `prefix_score`: score when a note lemma only starts with a seed lemma of 5+ letters
      (derivations Voikko does not split, e.g. siiloutua ← siilo).
      `common_share`, `common_min_notes`: a seed lemma in more notes than the larger of
      these (share of the batch, count) is background vocabulary and its hits count less.
      `similarity_low`, `similarity_high`: cosine similarities between note and theme mapped to
      scores 0 and 1 (linear in between).
      `word_low`, `word_high`: the same mapping for the soft word match (soft.py: best and
      second-best word-to-anchor-word cosines); `word_weight`: its share of the meaning score.
      `phrase_word_weight`: weight of a seed phrase's words as anchors (seed lemmas weigh 1).
      `calibrate_min_notes`: batches with at least this many notes set the threshold from
      their own scores (Otsu split of the best seeded scores, never below `seed_threshold`);
      smaller batches use `seed_threshold` alone.
      `refine_weight`: how much of a theme's prototype is replaced by the mean of the notes the
      first pass assigned to it confidently (semi-supervised refinement; 0 turns it off).
      `refine_min_notes`: confident notes a theme needs before it is refined.
    Emergent themes
      `min_cluster_size`: smaller clusters go to muu. `max_clusters`: upper end of the k range.
      `k_tolerance`: the largest k whose silhouette is within this share of the best wins.
      `min_silhouette`: below this no clustering is accepted and all leftovers go to muu.
      `min_coherence`: a cluster whose mean cosine to its centroid is lower goes to muu.
      `sample_size`: notes used to choose k on large batches (the rest are only predicted).
    Labels
      `keywords`: keywords per theme; `representatives`: representative notes per theme;
      `mmr_diversity`: 0 = most typical only, 1 = most different only.
    `include_empty_seeded`: list seeded themes that got no notes (size 0) in the result.
    """

    random_state: int = 0
    scorer: str = "soft"
    seed_threshold: float = 0.55
    lexical_score: float = 0.9
    prefix_score: float = 0.75
    common_share: float = 0.1
    common_min_notes: int = 5
    similarity_low: float = 0.4
    similarity_high: float = 0.7
    word_low: float = 0.6
    word_high: float = 1.0
    word_weight: float = 0.5
    phrase_word_weight: float = 0.9
    calibrate_min_notes: int = 20
    refine_weight: float = 0.5
    refine_min_notes: int = 3
    min_cluster_size: int = 3
    max_clusters: int = 15
    min_silhouette: float = 0.02
    k_tolerance: float = 0.2
    min_coherence: float = 0.2
    sample_size: int = 2000
    keywords: int = 6
    representatives: int = 4
    mmr_diversity: float = 0.4
    include_empty_seeded: bool = True
