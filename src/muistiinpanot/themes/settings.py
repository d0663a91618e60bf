"""ThemeSettings: the [themes] table of pipelines/*.toml as a frozen dataclass, extending
SeededSettings (seeded_settings.py: its fields first, in their order)."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.records import FALLBACK_LABEL
from muistiinpanot.themes.seeded_settings import SeededSettings

#: `side_group_merge`'s values: off, or the test a small cluster's merge is made by.
SIDE_GROUP_MODES = ("off", "centroid", "spread", "null", "lemma")


@dataclass(frozen=True, slots=True)
class ThemeSettings(SeededSettings):
    """Settings of the themes stage; every default is the documented default. Seeded themes,
    `random_state` to `view_weights`: SeededSettings.

    Emergent themes (emergent.py: consensus spectral clustering, k chosen from the data)
      `min_cluster_size`, `min_cluster_share`: a theme needs at least this many notes and
      this share of the clustered notes (the consensus's cut and the coherence test's
      halves); smaller groups join a cluster they agree with or go to muu. 3 splits a topic
      into a main cluster and a tight side group of 3 notes on many clinic-sized dev sets
      (k over the truth by +0.78 on average); 4 brings that to +0.17 at the same mean NMI,
      but sends whole 6-note topics of the corpus gold to muu (NMI 0.651 -> 0.622, the
      tietosuoja and arviointi themes gone from the posts), so 3 stays (README: *k against
      the truth, round 8*). `base_cluster_size`: the base partitions
      sweep k up to notes / this (and `max_clusters`, the upper end of that range): they
      stay finer than the themes, so the co-association still sees small groups (sweeping
      only up to notes / 4 lost 0.07 NMI).
      `min_agreement`: two groups of notes merge when, on average, at least this share of the
      base partitions put their notes together; a leftover note joins a cluster it agrees with
      this much. `neighbour_scales`: kNN graph sizes, as multiples of sqrt(notes).
      `split_word_disjoint`: a consensus cluster whose notes fall into two or more parts of
      `min_cluster_size` notes that share none of the cluster's own lemmas is split into
      them (word_links.py; review 38 #5, docs/how-it-works.md, emergent27).
      `relink_notes`: a note sharing no own lemma with its cluster moves to a cluster it
      shares one with (off: it lowered the dev mean NMI, emergent27).
      `second_read`: a clustered note whose mean agreement with the rest of its cluster is
      under `min_agreement` moves to the cluster of nearest lemma TF-IDF centroid
      (second_read.py; built, off: over 122 dev sets NMI 0.5727 -> 0.5744, AMI 0.4638 ->
      0.4659, but no set fewer below the best true-k baseline, the round's landing rule;
      docs/how-it-works.md, "Emergent, round 29").
      `side_group_merge`: "off", or the test by which a small cluster merges into the
      cluster of nearest lemma TF-IDF centroid ("centroid", "spread", "null", "lemma";
      side_groups.py; built, off: each brings k nearer the truth but lowers the mean NMI
      over 131 dev sets and leaves more sets below the best true-k baseline, e.g.
      "centroid" NMI 0.5743 -> 0.5721, |k - true k| 1.38 -> 1.27, below 24 -> 26;
      docs/how-it-works.md, "Emergent, round 30").
      `side_group_null_draws`, `side_group_null_quantile`: the "null" test's seeded draws
      of as many clustered notes from outside both clusters, and the quantile of their
      centroid cosines the pair's must exceed (200 and 0.95: p < 0.05; side_groups.py).
      `consensus_seeds`: k-means runs per view, graph size and k, each seeded from
      `random_state`; the co-association pools them all, so that the themes depend on the
      data rather than on the draw (2 runs: SIB-200 NMI 0.397-0.446 over 5 random states;
      10: 0.425-0.441; benchmarks/emergent.py --seeds 5).
      `align_weight_powers`: one word-alignment view of the consensus per power: it weighs
      a note's words by their SIF weight to this power (0 = all words alike, 1 = plain SIF).
      `align_view_weights`: one weight per `align_weight_powers`: each view's base
      partitions count this much in the co-association (0 leaves the view out). The
      full-SIF view counts a quarter since round 23 (equal weights before): over 71 dev
      sets mean NMI 0.520 -> 0.526, SIB-200 0.432 -> 0.424 (docs/how-it-works.md, round 23).
      `lexical_view_weight`: above 0, one more view votes in the consensus with this weight:
      the double-centred cosine of the notes' lemma TF-IDF rows (what NMF reads). Off (0):
      in the full-SIF view's place (`align_view_weights` 1, 1, 0 and 0.5 here, chosen by
      leave-one-round-out) mean NMI over 140 dev sets 0.572 -> 0.571 over two random
      states, sets below the best true-k baseline 26 -> 31, SIB-200 0.426 -> 0.417: it
      fails round 31's rule (docs/how-it-works.md, "Emergent, round 31").
      `align_weight_power`: the same power for the coherence test (coherence.py).
      `coherence_p`, `coherence_draws`, `coherence_pool`: a cluster is a theme when at most
      this share of `coherence_draws` random groups of as many notes of the batch are as
      similar (coherence.py); larger batches are tested on `coherence_pool` notes; a
      cluster that fails is split in two and its halves tested, up to `coherence_splits`
      times; of a coherent cluster cut in two, a half that is not coherent goes to muu
      (similarities double-centred: coherence.py). `coherence_topic_words`: the test reads
      the batch's topic words (its background lemmas) too; false leaves them out, as before
      round 20, which also took a topic's own head word from it when the topic holds over
      `common_share` of the batch (docs/how-it-works.md, round 20).
      `rescue_shared_words`: a cluster part that fails the test and is not split keeps its
      word-linked core (rescue.py): notes linked by lemmas in at most `rescue_max_share`
      of the batch's notes, at least `min_cluster_size` of them from `rescue_min_groups`
      groups, more alike than `rescue_p` of random groups (docs/how-it-works.md, muu44).
      `sample_size`: larger batches are clustered on a sample of this many notes (the rest
      join the nearest cluster).
    Labels
      `generic_share`, `generic_spread`: a word in at least this share of the labelled
      example notes, spread this evenly over their labels (normalised entropy), is too
      general to name an emergent theme alone (label.generic_words).
      `label_distinct`: a noun names an emergent theme when the theme's notes use it at
      least this many times as often as the background does (label_heads.py);
      `label_phrase_share`: a modifier ("avoin data") shared by this share of the head's
      notes (and two notes) makes the label a phrase, and a theme no head names takes two
      nouns of its own that together are in over this share of its notes ("Kissa ja
      aitaus", label_pair.py) before the fallback; `label_pair_share`: a second head
      joins with "ja" when it scores this share of the first, and a lone plain word (no
      compound) takes the best second head whatever its score; `label_own_share`: a lone
      head whose notes in the batch are under this share in the theme says too little
      alone (takes a second head), a noun of such a pair needs this share, and a verb
      is a keyword only when over this share of the batch's notes with it are the
      theme's (general verbs such as "saada" are spread
      over the themes; keywords.keyword_lists); `label_setting_share`: a noun that over
      this share of its uses in the theme's notes is the time or place of what they say (an
      adverbial in the essive, adessive or inessive, an oblique in the nominative or
      partitive, with "joka"/"koko", a genitive before a postposition or as the subject of a
      non-finite clause: "perjantaina", "joka vuosi", "kolme kuukautta", "vuoden päästä",
      "kuukauden kuluttua"; for a time also the object of a verb of lasting: "vie viikon")
      and names a time (lexicons/time.toml, a calendar unit by Voikko's last compound part:
      "syyskuu", not "viikkosiivous" nor "odotusaika"; places such as "työpaikalla",
      "tulva-alueella" are often what the notes are about), or that a numeral counts in
      over this share of its uses and twice at least (a measure: "kolme kilometriä"),
      never names a theme: a theme with no other head gets the fallback
      (label_forms.is_setting, is_counted, label_time.time_nouns, is_duration);
      `label_plural_share`: a label's head noun is shown in
      the nominative plural ("Asukasraadit") when over this share of its uses in the
      theme's notes are plural and Voikko reads the notes' form as that; `label_notes`: the notes
      nearest a theme's centroid that its label is read from (parsed); `label_fallback`:
      what a theme no distinctive noun names is called, before its commonest nouns.
      `label_common_zipf`: a label that would be one word as common as this in general
      Finnish (its Zipf frequency, label_general.general_zipf: "hinta" 5.2, "koulu" 5.0,
      "tila" 4.7) and a plain stem to Voikko (no compound part, no derivational suffix:
      label_general.is_plain_stem; "terveys", "yhteistyö" are not) is never a label
      alone: its head takes a modifier or compound two of its notes use, or a second head
      that is not so common, or gives way to the next head or
      the fallback (label_choice.label_options); 0 turns the rule off.
      `label_topic_share`: a topic word of the batch (in more notes than `common_share` of
      them, so never alone otherwise) names a theme when at least this share of the batch's
      notes with it are the theme's and the theme's notes say it on its own, and more
      often in lower case than capitalised inside a sentence (a name that is also a word,
      "Selja", names nothing) (label_heads._owned: "Opettajat" for the theme of nine of a
      clinic's eleven notes on "opettaja"). At 0.2 a word spread evenly over up to five
      themes passes this share; what keeps it from naming them all is `label_distinct` (a
      head in at least that many times the share of the rest of the batch's notes); it is
      no second head of a word that would stand alone; 0 turns this off.
      `label_pair_notes`: the second noun of a theme's label of two nouns ("Kissa ja aitaus",
      label_pair.py) is in at least this many of the theme's notes, not counting notes that
      hold personal data (the post does not show them); 2 keeps a noun of one note out (it
      may name what no bullet says) at the cost of more fallbacks (how-it-works: labels,
      review 23 #6).
      `keyword_whole_words`: a compound's part no note says alone is no published keyword
      (themes.csv, report.html, notes.xlsx): the one whole word holding it is, in its
      place ("apuväline", not "apu, väline"; whole_words.whole_word; review 70 #2, review
      80). The keywords the summary reads keep the part (keywords.keyword_lists: mend142 had
      it in both, and the dev posts' mean F fell 0.6335 -> 0.6303; mend168 parted them:
      posts identical over 188 dev clinics). `keyword_drop_echoes` (read with it): a shown
      keyword that only echoes another shown one is left out, the next ranked shown in
      its place: one of that compound's Voikko parts, held by no other word of the
      theme's notes, said without it in fewer notes than a keyword needs ("luku" beside
      "lukupiiri"; keywords._echoes; mend175).
      `label_cover_share`, `label_cover_groups`: the first word of an emergent label is
      carried (as its shown word: the compound the label shows, or the head the phrase
      ends on) by at least this share of the theme's notes ("Kirjasto" of two notes in ten
      names no theme about moving bookings, review 40 #13); every word of it by two notes
      at least, and by notes of this many of the theme's groups (all of them for a theme
      of fewer groups): one group's word names no theme of four (#15)
      (label_heads._carried, Head.narrow); 0 turns each off.
      `keywords`: keywords per theme;
      `representatives`: representative notes per theme;
      `mmr_relevance`: MMR trade-off (vectorize.mmr), 1 = most typical notes only, 0 = most
      different only.
    `include_empty_seeded`: list seeded themes that got no notes (size 0) in the result.
    `example_words_kept`: note words whose scores against the labelled examples are kept per
      process (about 110 KB each for the bundled examples, so about 225 MB at 2048: a memory
      bound, not a tuning knob; results do not depend on it).
    """

    min_cluster_size: int = 3
    base_cluster_size: int = 3
    min_cluster_share: float = 0.03
    max_clusters: int = 15
    min_agreement: float = 0.3
    split_word_disjoint: bool = True
    relink_notes: bool = False
    second_read: bool = False
    side_group_merge: str = "off"
    side_group_null_draws: int = 200
    side_group_null_quantile: float = 0.95
    neighbour_scales: tuple[float, ...] = (0.7, 1.0, 1.4)
    consensus_seeds: int = 10
    align_weight_power: float = 0.5
    align_weight_powers: tuple[float, ...] = (0.0, 0.5, 1.0)
    align_view_weights: tuple[float, ...] = (1.0, 1.0, 0.25)
    lexical_view_weight: float = 0.0
    coherence_p: float = 0.05
    coherence_draws: int = 500
    coherence_pool: int = 400
    coherence_splits: int = 2
    coherence_topic_words: bool = True
    rescue_shared_words: bool = True
    rescue_max_share: float = 0.25
    rescue_min_groups: int = 2
    rescue_p: float = 0.5
    sample_size: int = 2000
    keywords: int = 6
    keyword_whole_words: bool = True
    keyword_drop_echoes: bool = True
    label_distinct: float = 2.0
    label_phrase_share: float = 0.5
    label_pair_share: float = 0.5
    label_own_share: float = 0.5
    label_setting_share: float = 0.5
    label_plural_share: float = 0.5
    label_notes: int = 40
    label_pair_notes: int = 1
    label_fallback: str = FALLBACK_LABEL
    label_common_zipf: float = 4.4
    label_topic_share: float = 0.2
    label_cover_share: float = 0.0
    label_cover_groups: int = 2
    generic_share: float = 0.02
    generic_spread: float = 0.5
    representatives: int = 4
    mmr_relevance: float = 0.6
    include_empty_seeded: bool = True
    example_words_kept: int = 2048
