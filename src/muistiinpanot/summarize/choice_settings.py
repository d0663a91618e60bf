"""BulletChoiceSettings: the [summary] settings of which themes get a bullet, the first fields
of SummarySettings (settings.py), which extends it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BulletChoiceSettings:
    """Which themes get a bullet; every default is the documented default.

    `max_bullets`: at most this many bullets (strongest themes first) ...
    `rank_by_groups`: ... the strongest being the theme more groups wrote, then the larger
    (review 54 #2; false: the larger, then more groups). The post lists them largest first.
    `free_slots`: a chosen theme left without a bullet (its notes all fragments, or its
    bullet a repeat) gives its slot to the next theme below the cut (review 54 #3).
    `second_bullet_notes`: ... and while there is room below it, a theme of at least this
    many notes gets a second bullet, largest first, on what its first did not say (the
    notes the first did not use; the content lemmas of the notes it used weigh nothing;
    0 = never).
    `full_second_bullet`: ... and a smaller theme of at least this many notes gets one too
    when its first bullet is full (`max_sentences` sentences: its render had no room for
    further points the choice found; summary37; 0 = never).
    `merge_second_bullet`: a theme's second bullet is written into its first, as further
    sentences under the one heading (one bullet per theme); false (default): a bullet of
    its own, as the clinic blog states one point per bullet in one or two sentences.
    Either way it counts as a bullet against `max_bullets` (the room).
    `min_theme_size`: a theme needs at least this many notes for a bullet.
    `min_theme_share`: ... and at least this share (0–1) of the clinic's kept notes.
    `corrected_first`: a note an analyst moved into a theme (corrections.csv) is
    preferred in that theme's bullet (first among its points after the opening, and past
    an emergent theme's keyword filter), but passes every check a theme's note passes
    (relevance to the theme's own notes, grammar, the room rule, personal data); one that
    offers no piece is offered as its first sentence whole when that is a clause. A moved
    note the post does not say is reported in the run's warnings (summarize/analyst.py,
    mend159, mend163).
    `label_notes_first`: the notes that say a word of a theme's label are said before its
    other notes (off: on, it raised the dev posts' lint, mend159). A label an analyst gave
    (a rename) has its notes said first with `corrected_first` alone, those that offer no
    piece as their first sentence whole.
    `vouched_wishes`: a verbless line of a note an analyst moved (or of a label an
    analyst gave) counts one more wish cue: an essive of form with "myös" ("ohjeet, myös
    kuvina" → "Toivottiin ohjeita, myös kuvina.", review 80 #1); the move itself is no
    wish cue, a line without one is a finding and not said as a wish (review 81 #1).
    `analyst_comma`: such a note's verbless front before "niin" without its comma
    ("… kuntoon niin iltakäyttö helpottuu") is read with the comma, as its wish
    (analyst.consequence_comma, review 80 #4, review 81 #3).
    `include_emergent`: emergent themes (`uusi-N`) may get bullets too; `muu` never does.
    `small_theme_points`: a last bullet, "Muita nostoja", says the points of at most this
    many themes too small for a bullet of their own (`min_theme_size`, `min_theme_share`),
    one sentence each, strongest first (more groups, more notes, the higher fit), within
    `max_words` and while the post has room below `max_bullets`; never `muu` nor a note set
    aside (summarize/smallthemes.py, post53; 0 = off).
    """

    max_bullets: int = 12
    rank_by_groups: bool = True
    free_slots: bool = True
    second_bullet_notes: int = 6
    full_second_bullet: int = 4
    merge_second_bullet: bool = False
    min_theme_size: int = 2
    min_theme_share: float = 0.03
    include_emergent: bool = True
    corrected_first: bool = True
    label_notes_first: bool = False
    vouched_wishes: bool = True
    analyst_comma: bool = True
    small_theme_points: int = 0
