"""The bounds of the [privacy] settings (settings.PrivacySettings), as config.py checks them."""

from __future__ import annotations

import math

from muistiinpanot.privacy.settings import PrivacySettings


def out_of_bounds(settings: PrivacySettings) -> list[tuple[str, str]]:
    """The `[privacy]` settings outside their bounds, as (key, the bound) pairs (config.py
    raises on the first). A window that reads nothing turns its rule or guard off silently
    ("owner_window = -60" turned the office-line and identifier guards off; review 39 #6), so
    every window is at least 1; a share (difflib's ratio) lies in (0, 1]; a cosine margin in
    [-1, 1]; counts and Zipf levels are finite and not negative."""
    s = settings
    windows = {
        "role_window": s.role_window,
        "opinion_window": s.opinion_window,
        "recipient_window": s.recipient_window,
        "register_window": s.register_window,
        "system_verb_window": s.system_verb_window,
        "maker_head_window": s.maker_head_window,
        "hiring_object_window": s.hiring_object_window,
        "complement_window": s.complement_window,
        "owner_window": s.owner_window,
        "bidden_window": s.bidden_window,
        "acting_word_window": s.acting_word_window,
        "hyphen_name_letters": s.hyphen_name_letters,
        "sense_nearest": s.sense_nearest,
        "shortest_nickname": s.shortest_nickname,
        "shortest_nickname_prefix": s.shortest_nickname_prefix,
    }  # how far a rule reads, how many it averages or needs: 0 reads nothing
    counts = {
        "paid_fore_names": s.paid_fore_names,
        "chain_adverbs": s.chain_adverbs,
        "language_noun_window": s.language_noun_window,  # words between: 0 is side by side
        "dottable_letters": s.dottable_letters,
        "pair_common_word_zipf": s.pair_common_word_zipf,
        "kin_pair_english_zipf": s.kin_pair_english_zipf,
        "unlisted_pair_zipf": s.unlisted_pair_zipf,
        "lower_pair_zipf": s.lower_pair_zipf,
        "lone_place_zipf": s.lone_place_zipf,
        "habitive_zipf": s.habitive_zipf,
        "given_genitive_word_margin": s.given_genitive_word_margin,
        "given_genitive_common_bearers": s.given_genitive_common_bearers,
        "account_word_margin": s.account_word_margin,
    }
    margins = {
        "verb_margin": s.verb_margin,
        "nature_margin": s.nature_margin,
        "name_margin": s.name_margin,
        "kin_animal_nearness": s.kin_animal_nearness,
        "publish_margin": s.publish_margin,
    }
    bad = [(k, ">= 1") for k, v in windows.items() if not v >= 1]
    bad += [(k, "finite, >= 0") for k, v in counts.items() if not (math.isfinite(v) and v >= 0)]
    bad += [(k, "-1 ... 1") for k, v in margins.items() if not (math.isfinite(v) and -1 <= v <= 1)]
    if not 0 < s.lemma_nearness <= 1:  # NaN fails both
        bad.append(("lemma_nearness", "> 0, <= 1"))
    return [(f"privacy.{key}", bound) for key, bound in bad]
