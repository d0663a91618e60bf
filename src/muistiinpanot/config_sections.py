"""The settings of a pipeline file's own tables ([lemmatize], [fast], [output], [cache]),
as frozen dataclasses whose defaults are the documented defaults; each stage's own tables
are in that stage (themes/settings.py, summarize/settings.py, …). config.py reads them."""

from __future__ import annotations

import dataclasses

__all__ = ["CacheSettings", "FastSettings", "LemmatizeSettings", "OutputSettings"]


@dataclasses.dataclass(frozen=True, slots=True)
class LemmatizeSettings:
    """[lemmatize]: `mode` is "accurate" (neural tagger + Voikko) or "fast" (Voikko only);
    `batch_size` texts go through spaCy's `nlp.pipe` at a time. Memory bounds of the
    analyzer's per-process caches (results do not depend on them): `max_vectors` word
    vectors (300 float32 each: about 120 MB at most), the person spans of
    `max_person_texts` texts, and `max_forms` word forms in each memo table of Voikko's
    analyses and of the lemmatizer (emptied when full). `reading` is what the labels and
    the summary's bullets read a note's clauses from in accurate mode: "parser" (spaCy's
    dependency parse) or "voikko" (clause rules over Voikko's analyses: lemmatize/reading.py);
    it changes only that: the lemmas and word classes stay the neural tagger's (fast mode
    reads [fast] reading instead); `auxiliary_gap`: how many words the Voikko reading lets
    stand between an auxiliary (a negation verb, "olla", a modal) and its verb ("ei se
    kyllä ole", "on jo tehty"; lemmatize/phrases.py; and a spoken verb after a negation:
    lemmatize/connegatives.py). A lower-case form Voikko does not know is an acronym
    with a case ending (lemma27, lemmatize/acronyms.ListedAcronyms) when wordfreq lists its
    bare stem at `acronym_min_zipf` at least and `acronym_margin` Zipf points (1: ten times)
    more often than the form as written."""

    mode: str = "accurate"
    batch_size: int = 256
    max_vectors: int = 100_000
    max_person_texts: int = 20_000
    max_forms: int = 100_000
    reading: str = "parser"
    auxiliary_gap: int = 3
    acronym_min_zipf: float = 2.5
    acronym_margin: float = 1.0


@dataclasses.dataclass(frozen=True, slots=True)
class FastSettings:
    """[fast]: what fast mode (`--fast`, or `[lemmatize] mode = "fast"`) trades besides the
    neural tagger, each replacing its stage's setting: `consensus_seeds` k-means runs per
    view, graph size and k in the emergent consensus (themes `consensus_seeds`, 10 by
    default), `parse_notes`, the notes of each theme that are tidied, checked and parsed
    for its bullet (summary `parse_notes`, 0 = all by default) and `exemplar_view`, whether
    the seeded decision blends in the exemplar similarity (themes `exemplar_view`, true by
    default) and `reading`, what the emergent labels and the bullets read clauses from
    ("voikko": Voikko's analyses and clause rules, no neural parse; "parser": spaCy's
    parse, as the accurate mode; [lemmatize] `reading`); the quality each costs is measured
    in the README's archive section and docs/speed.md. `view_weights` (themes
    `view_weights`): fast mode weighs its soft view and classifier alike, as before session
    17 (the accurate mode's 0.25 : 1 lowered fast `seeded_heldout16` / `17` 0.842 / 0.894 ->
    0.838 / 0.878: docs/how-it-works.md, session 17)."""

    consensus_seeds: int = 2
    parse_notes: int = 6
    exemplar_view: bool = False
    reading: str = "parser"
    view_weights: tuple[float, float, float] = (1.0, 1.0, 1.0)


@dataclasses.dataclass(frozen=True, slots=True)
class OutputSettings:
    """[output]: `redact` removes personal data from notes.csv too (the summary never has it);
    `formats` lists the reports to write ("review": report.html, "xlsx": notes.xlsx);
    `lock_timeout` is how many seconds a run waits for another run writing to the same output
    folder before it gives up."""

    redact: bool = False
    formats: tuple[str, ...] = ("csv", "markdown", "html", "json", "review", "xlsx")
    lock_timeout: float = 60.0


@dataclasses.dataclass(frozen=True, slots=True)
class CacheSettings:
    """[cache]: the user cache folder (built example models, simplemma's dictionary index,
    derived word lists) is kept under `max_mb` megabytes (at least 1) when models load:
    least recently used entries are evicted, and a broken entry is rebuilt (see
    muistiinpanot.cache). Not part of the archive's settings hash: results never depend on
    it."""

    max_mb: int = 512
