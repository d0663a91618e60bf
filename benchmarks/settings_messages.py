"""Every bounds check's message for one bad value, for each pair and for all at once (which is
named first): one line per case, to compare between two trees (style177; PYTHONPATH chooses
the tree): `PYTHONPATH=src python benchmarks/settings_messages.py > mine.txt`."""

import itertools
import pathlib
import tempfile

from muistiinpanot.archive.settings import load_archive_settings
from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import MuistiinpanotError

RUN = [
    ("lemmatize", "mode", '"slow"'),
    *[("lemmatize", k, "0") for k in ("max_vectors", "max_person_texts", "max_forms")],
    ("themes", "example_words_kept", "0"),
    ("privacy", "sense_cache_words", "0"),
    ("privacy", "detected_texts_kept", "0"),
    ("cache", "max_mb", "0"),
    ("themes", "view_weights", "[0.0, 1.0, 1.0]"),
    ("themes", "view_weights", "[1.0, 1.0]"),
    ("themes", "view_weights", "[nan, 1.0, 1.0]"),
    ("themes", "view_weights", "[1.0, nan, 1.0]"),
    ("fast", "view_weights", "[1.0, -1.0, 1.0]"),
    ("themes", "example_weights", '["*=0"]'),
    ("themes", "example_weights", '["x"]'),
    ("themes", "align_view_weights", "[1.0, 1.0]"),
    ("themes", "align_view_weights", "[0.0, 0.0, 0.0]"),
    ("themes", "align_view_weights", "[nan, 1.0, 1.0]"),
    ("themes", "classifier_seed_weight", "nan"),
    ("themes", "lexical_view_weight", "-1.0"),
    ("themes", "seed_head_similarity", "1.5"),
    ("themes", "seed_head_similarity", "nan"),
    ("privacy", "role_window", "0"),
    ("privacy", "paid_fore_names", "-1"),
    ("privacy", "verb_margin", "2.0"),
    ("privacy", "lemma_nearness", "0.0"),
    ("privacy", "publish_margin", "nan"),
    ("privacy", "pair_common_word_zipf", "-inf"),
    *[
        ("corrections", k, "0")
        for k in ("follow_share", "member_share", "match_share", "near_words", "near_name_cutoff")
    ],
    ("corrections", "match_share", "nan"),
    ("fast", "consensus_seeds", "0"),
    ("lemmatize", "auxiliary_gap", "-1"),
    ("lemmatize", "acronym_min_zipf", "inf"),
    ("lemmatize", "acronym_margin", "nan"),
    ("fast", "parse_notes", "-1"),
    ("lemmatize", "reading", '"x"'),
    ("fast", "reading", '"x"'),
    ("themes", "side_group_merge", '"x"'),
    ("themes", "side_group_null_draws", "0"),
    ("themes", "side_group_null_quantile", "1.0"),
    ("themes", "side_group_null_quantile", "nan"),
    ("summary", "wish_words", "-1"),
    ("summary", "framed_words", "-1"),
    ("summary", "comparative_reach", "0"),
    ("summary", "lead_in_stated_share", "nan"),
    ("summary", "lead_in_stated_share", "-0.1"),
    ("summary", "max_bullets", "1.5"),
    ("summary", "nosuchkey", "1"),
    ("themes", "random_state", '"x"'),
    ("privacy", "publish_margin", "true"),
]
ARCHIVE = [
    *[
        ("archive", k, "1.5")
        for k in (
            "link_min_centred_cosine",
            "link_min_similarity",
            "link_without_keywords",
            "link_min_cosine",
        )
    ],
    ("archive", "link_min_cosine", "nan"),
    ("archive", "link_null_quantile", "-0.5"),
    *[("archive", k, "-1") for k in ("link_shared_keywords", "link_min_shared_keywords")],
    *[("archive", k, "0") for k in ("workers", "in_flight", "parallel_from")],
    ("archive", "pool", '"x"'),
    ("archive", "link_method", '"x"'),
    ("fit", "mode", '"x"'),
    ("archive", "lock_timeout", "-1.0"),
]


def toml(cases):
    tables = {}
    for t, k, v in cases:
        tables.setdefault(t, []).append(f"{k} = {v}")
    return "".join(f"[{t}]\n" + "\n".join(lines) + "\n" for t, lines in tables.items())


def message(cases, archive):
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "clinic.toml"
        p.write_text(toml(cases), encoding="utf-8")
        try:
            if archive:
                load_archive_settings(p)
            else:
                load_run_settings(p, input_path=pathlib.Path(d), out=pathlib.Path(d) / "out")
        except MuistiinpanotError as err:
            return err.user_message().replace(d, "TMP")
        return "OK"


for cases, archive in ((RUN, False), (ARCHIVE, True)):
    for case in cases:
        print(case, "->", message([case], archive))
    # several bad values at once: which is named first (every pair of distinct keys, and all)
    uniq = list({(t, k): (t, k, v) for t, k, v in cases}.values())
    for a, b in itertools.combinations(uniq, 2):
        print((a, b), "->", message([a, b], archive))
    print("all ->", message(uniq, archive))
