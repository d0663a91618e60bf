"""SeededSettings: the [themes] settings of the seeded themes, the first fields of
ThemeSettings (settings.py), which extends it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SeededSettings:
    """Seeded themes; every default is the documented default. `random_state`: the themes
    stage's random seed (scikit-learn's convention).

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
    `seeded_min_groups`: in a batch of `calibrate_min_notes` notes or more from more
    groups than this, a seeded theme whose notes come from fewer groups gives them to the
    emergent clustering (seeded_groups.py; 0 = off; docs/how-it-works.md, post48).
    `seeded_keep_fit`: ... except a note whose own seeded fit is at least this: it stays
    under its theme (post50; 0 = every note of such a theme is given back, as post48).
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
    seeded_keep_fit: float = 0.0
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
