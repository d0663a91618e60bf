"""Round 18's exact cuts in the summary: the detector reads only the labels of themes that
the cheap checks (kind, size) leave in, and the clinic's lemma counts behind the
distinctive weights are counted once per clinic, by the summary (post.summarize_clinic).
Notes of our own."""

from __future__ import annotations

import dataclasses
import math

from fixture_clinic import group_notes

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Theme
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.bullets import clinic_counts, distinctive_weights
from muistiinpanot.summarize.choose import choose_themes


def test_no_label_of_a_theme_left_out_by_kind_or_size_is_read_by_the_detector(
    analyzer: LemmaAnalyzer, ner_calls: list[list[str]]
) -> None:
    themes = [
        Theme("muu", "Muut aiheet Jorma Lindqvistiltä", "muu", size=9, keywords=("muu",)),
        Theme("pieni", "Sauna-illat Pertti Kokkosen luona", "seeded", size=1, keywords=("sauna",)),
        Theme("liikenne", "Joukkoliikenne", "seeded", size=8, keywords=("bussi", "vuoro")),
        Theme("ehdotukset", "Riikka Heinosen ehdotukset", "seeded", size=6, keywords=("ehdotus",)),
    ]
    chosen, trace = choose_themes(themes, 30, analyzer, SummarySettings())
    assert [theme.id for theme in chosen] == ["liikenne"]
    reasons = {theme_id: entry["reason"] for theme_id, entry in trace.items()}
    assert reasons == {
        "muu": "muu",
        "pieni": "too small",
        "liikenne": "",
        "ehdotukset": "label has personal data",
    }
    reads = [text for call in ner_calls for text in call]
    # read as its words stand in prose: "joukkoliikenne" (label_reading, review 37 #9)
    assert any("joukkoliikenne" in text.casefold() for text in reads)
    assert not any("Lindqvist" in text or "Kokkosen" in text for text in reads)


def test_the_clinic_counts_are_the_kept_notes_lemma_counts(
    analyzer: LemmaAnalyzer,
) -> None:
    kept = group_notes(
        analyzer,
        [
            "bussivuorot harvenee iltaisin",
            "iltaisin ei pääse bussilla kotiin",
            "pyörätiet on talvella huonossa kunnossa",
        ],
    )
    counts = clinic_counts(kept)
    # a count of its own for each caller: no count shared across calls to be changed
    counts["bussi"] += 5
    assert clinic_counts(list(kept))["bussi"] == counts["bussi"] - 5
    counts = clinic_counts(kept)
    lemmas = [{x.lower() for x in note.content_lemmas} for note in kept]
    assert counts == {lemma: sum(lemma in s for s in lemmas) for lemma in set().union(*lemmas)}
    members = kept[:2]
    weights = distinctive_weights(members, kept)
    assert distinctive_weights(members, kept, counts) == weights  # counted by the caller
    for lemma, weight in weights.items():
        share = sum(lemma in s for s in lemmas[:2]) / 2
        assert weight == share * math.log((1 + 3) / (1 + counts[lemma]))
    # other notes (equal ids, another lemma) are counted anew
    changed = [*kept[:2], dataclasses.replace(kept[2], content_lemmas=("bussi",))]
    assert clinic_counts(changed)["bussi"] == counts["bussi"] + 1
