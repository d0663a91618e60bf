"""ThemeSettings: the [themes] table of pipelines/*.toml as a frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.records import FALLBACK_LABEL

#: `side_group_merge`'s values: off, or the test a small cluster's merge is made by.
SIDE_GROUP_MODES = ("off", "centroid", "spread", "null", "lemma")


@dataclass(frozen=True, slots=True)
class ThemeSettings:
    """Settings of the themes stage; every default is the documented default.

    Seeded themes
      `seed_threshold`: a note joins its best seeded theme when that score (0–1) is at least
      this; below it the note is left to emergent clustering.
      `lexical_score`: score of a note that contains a seed lemma (as a word or compound part).
      `prefix_score`: score when a note lemma only starts with a seed lemma of 5+ letters
      (derivations Voikko does not split, e.g. siiloutua ← siilo).
      `common_share`, `common_min_notes`: a seed lemma in more notes than the larger of
      these (share of the batch, count) is background vocabulary and its hits count less.
      `phrase_word_weight`: weight of a seed phrase's words as anchors (seed lemmas weigh 1).
      `calibrate_min_notes`: batches with at least this many notes set the threshold from
      their own scores (Otsu split of the best seeded scores, never below `seed_threshold`);
      smaller batches use `seed_threshold` alone.
      `classifier_seed_weight`: weight of the classifier's block of seed-word hits, one
      feature per seeded theme (a content lemma or compound part is one of the theme's
      `seed_lemmas`, or starts or ends with one of five letters or more; classifier.py); 0
      leaves the block out.
      `example_weights`: items "GLOB=W": every example of an example file whose name
      without `.csv` matches GLOB (the first item that matches) weighs W (a decimal number
      >= 0) in the classifier's loss; other files weigh 1, and the exemplar view counts every
      example alike (docs/how-it-works.md, session 20). A GLOB that matches no file, or a
      theme left with no example weighing more than 0, is an error
      (example_weights.example_weight_pairs).
      `classifier_c`: inverse regularisation of the logistic regression on the labelled
      examples (classifier.py); `classifier_char_weight`: weight of its character n-gram
      block; `classifier_dropout`: each example is learnt once as written and once with
      each of its words (and, apart, each of its lemmas) left out with this probability, so
      that no single word carries a theme (0: no copies; 0.3 was tried and did not carry
      over to the dev sets: README, seeded table). C and the weight were chosen by
      leave-one-writer-out cross-validation over models/training
      (benchmarks/themes_examples_cv.py).
    `adapt_other_share`: in such batches the classifier's probabilities are adjusted to the
      batch's own share of notes on no seeded theme (EM over the batch, at most
      `adapt_iterations` rounds; blend.adapt_other_share).
    `other_margin`: with labelled examples, a note joins its best seeded theme when the
      blended decision for that theme plus this margin beats the blended "other" score
      (seeded_choice.py). Chosen by leave-one-writer-out cross-validation over
      models/training (benchmarks/themes_examples_cv.py --other-margin): seeded macro-F1
      0.903 at 0, a plateau of 0.905 from 0.06 to 0.12, best at 0.07; per-theme margins
      fitted the same way gained no more. Off (0) by default: that gain is within the folds'
      noise, and 0.07 cost the summary dev clinics 0.782 → 0.763 (siilot's precision 0.66 →
      0.58) for +0.007 over seeded_heldout8-11 (docs/how-it-works.md, Seeded themes).
    `promise_margin`: with labelled examples, a note that tells a promise said and then not
      kept ("luvattiin et X, eikä vieläkään"; themes/promise.py) has its blended decision for
      the theme `promise_theme` raised by this much (seeded_choice.py; 0: off). 0.65 was
      chosen on dev rounds 4-70 (pooled seeded macro-F1 0.8773 -> 0.8807) and checked once
      on 71-82 (0.8577 -> 0.8659; docs/measurements.md, seeded40).
    `promise_sequel_margin`: the same lift for a note that tells a commitment in the past
      with its sequel ("luvattiin katos ja sit seistiin sateessa", "sanottiin et korjataan
      keväällä, nyt on joulukuu"; promise.py, seeded41; 0: off). 0.65 was chosen on dev
      rounds 4-70 (docs/measurements.md, seeded41).
    `trial_margin`: the same lift, for the theme `trial_theme`, of a note that proposes a
      trial, not told as made ("vois kokeilla yhden kesän ja katsoa tuleeko porukkaa",
      "kirjastoauto pilottina syksyllä"; themes/trial.py, seeded42; 0: off). 0.65 was chosen
      on dev rounds 4-70 (pooled seeded macro-F1 0.8834 -> 0.8912; docs/measurements.md);
      mend170 reads the proposal from the trial word's own clause (a conditional, a present
      passive, a necessive, an essive) and kept 0.65 on 4-70 (0.8834 -> 0.8914).
      `exemplar_view`: blend the exemplar similarity to the labelled examples into the
      decision (blend.py); false leaves the soft match and the classifier (fast mode's
      `[fast] exemplar_view`, README: archive speed).
      `view_weights`: weights of the soft, exemplar and classifier views in the blended
      decision and "other" (blend.py); the soft view's must be above 0. Chosen
      leave-one-round-out over the dev seeded sets 4–17 on a 0.25 grid (the same in 10 of 14
      folds): LORO mean macro-F1 0.8845 -> 0.8887, minimum 0.810 -> 0.823 against equal
      weights (docs/how-it-works.md, session 17).
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
      `seeded_min_groups`: in a batch of `calibrate_min_notes` notes or more from more
      groups than this, a seeded theme whose notes come from fewer groups gives them to the
      emergent clustering (seeded_groups.py; 0 = off; docs/how-it-works.md, post48).
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
      `seed_head_similarity`: a seed adjective that is the attribute of a noun ("julkinen
      liikenne") says its theme only when the noun is one of the theme's anchor or
      description words or a word at least this near one by the word vectors; otherwise
      the seeded views do not read it (themes/seedsense.py, review 52 #1; 0 = off).
      `seed_predicatives`: a seed adjective predicated by a copula ("työpaikka on avoin") is
      judged by its subject as an attribute by its head (seedsense._subject, review 57 #5).
      Off by default: on the dev clinics its one change moved "Kauppias on niin luotettava"
      out of trust (docs/how-it-works.md, post40).
      `seed_things`: a seed word said of a physical thing or space ("aulan avoimuus",
      "museon esineet näkyville") is in another sense too (seedsense._of_thing, mend125);
      not one said of information or software ("koodin avoimuus", mend129).
      `representatives`: representative notes per theme;
      `mmr_relevance`: MMR trade-off (vectorize.mmr), 1 = most typical notes only, 0 = most
      different only.
    `include_empty_seeded`: list seeded themes that got no notes (size 0) in the result.
    `example_words_kept`: note words whose scores against the labelled examples are kept per
      process (about 110 KB each for the bundled examples, so about 225 MB at 2048: a memory
      bound, not a tuning knob; results do not depend on it).
    """

    random_state: int = 0
    seed_threshold: float = 0.55
    seed_head_similarity: float = 0.5
    seed_predicatives: bool = False
    seed_things: bool = True
    lexical_score: float = 0.9
    prefix_score: float = 0.75
    common_share: float = 0.1
    common_min_notes: int = 5
    phrase_word_weight: float = 0.9
    calibrate_min_notes: int = 20
    seeded_min_groups: int = 0
    classifier_c: float = 10.0
    classifier_char_weight: float = 2.0
    classifier_dropout: float = 0.0
    classifier_seed_weight: float = 0.0
    example_weights: tuple[str, ...] = ()
    adapt_other_share: bool = True
    adapt_iterations: int = 100
    other_margin: float = 0.0
    promise_margin: float = 0.65
    promise_sequel_margin: float = 0.65
    promise_theme: str = "luottamus"
    trial_margin: float = 0.65
    trial_theme: str = "innovaatiojohtaminen"
    exemplar_view: bool = True
    view_weights: tuple[float, float, float] = (0.25, 0.25, 1.0)
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
