"""What every clinic of a run shares, loaded once per process: the theme definitions, the
lemma analyzer and the labelled examples (`load_models`; the pipeline is app/pipeline.py)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from muistiinpanot import __version__, cache
from muistiinpanot.app.governments import keep_example_counts
from muistiinpanot.config import RunSettings
from muistiinpanot.ingest.labelled import read_example_files, read_examples
from muistiinpanot.lemmatize import LemmaAnalyzer, load_analyzer
from muistiinpanot.lemmatize.acronyms import ListedAcronyms
from muistiinpanot.lemmatize.voikko import voikko_identity
from muistiinpanot.normalize import normalize_text
from muistiinpanot.privacy import configure_privacy, lower_case_nouns
from muistiinpanot.privacy import usage as _usage
from muistiinpanot.themes import ThemeDefinition, load_theme_definitions
from muistiinpanot.themes.corrections import CarriedExample
from muistiinpanot.themes.examples import ExampleRow, ExampleSet, load_examples
from muistiinpanot.themes.fitted import ArchiveThemes

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Models:
    """What every clinic of a run shares, loaded once per process."""

    definitions: tuple[ThemeDefinition, ...]
    analyzer: LemmaAnalyzer
    examples: ExampleSet | None
    #: Analysts' corrections from earlier clinics, as labelled examples (the archive gives
    #: each clinic those of the clinics before it: app/carried.py).
    carried: tuple[CarriedExample, ...] = ()
    #: Emergent themes fitted across the archive (archive --fit archive; themes/fitted.py):
    #: when set, every clinic's emergent themes are these.
    fitted: ArchiveThemes | None = None
    #: Words the example notes' many writers write in lower case, as common nouns only: the
    #: publisher's evidence that a capitalised one opening a sentence is a word, not a name
    #: (privacy/usage.py; never the clinic's own notes, where names are typed in lower case).
    domain_words: frozenset[str] = frozenset()


def load_models(settings: RunSettings) -> Models:
    """Theme definitions, the lemma analyzer and the labelled examples named by `settings`."""
    definitions = load_theme_definitions(settings.theme_definitions)
    lemmatize = settings.lemmatize
    analyzer = load_analyzer(
        lemmatize.mode,
        lemmatize.batch_size,
        lemmatize.max_vectors,
        lemmatize.max_person_texts,
        lemmatize.max_forms,
        "voikko" if lemmatize.reading == "voikko" else "parser",
        lemmatize.auxiliary_gap,
        ListedAcronyms(lemmatize.acronym_min_zipf, lemmatize.acronym_margin),
    )
    configure_privacy(analyzer, settings.privacy)
    examples = load_examples(
        example_rows(settings.theme_examples),
        definitions,
        analyzer,
        settings=settings.themes,
        weights=example_weights(settings.theme_examples, settings.themes.example_weights),
    )
    with_examples = set(examples.labels) if examples is not None else set()
    for definition in definitions:
        if definition.id not in with_examples:
            logger.warning(
                "teemalla '%s' ei ole esimerkkimuistiinpanoja kansiossa %s / theme '%s' has no "
                "example notes in %s",
                definition.id,
                settings.theme_examples,
                definition.id,
                settings.theme_examples,
            )
    cache.prune(settings.cache.max_mb * 1024 * 1024)
    domain = domain_nouns(examples.texts, analyzer) if examples else frozenset()
    if examples:
        keep_example_counts(tuple(examples.texts), analyzer)
    return Models(
        definitions=tuple(definitions), analyzer=analyzer, examples=examples, domain_words=domain
    )


def domain_nouns(texts: Sequence[str], analyzer: LemmaAnalyzer) -> frozenset[str]:
    """lower_case_nouns of the example notes' `texts` (Models.domain_words), kept in the user
    cache between runs (keyed by the texts, the code and Voikko's version and dictionary):
    a third of a second of every process start, most of it Voikko reading every word form."""
    key = [__version__, voikko_identity(), cache.source_digest(Path(_usage.__file__)), *texts]
    return cache.cached_json(
        "domain-words",
        key,
        lambda: lower_case_nouns(texts, analyzer.voikko),
        sorted,
        cache.word_set,
    )


def example_rows(folder: Path) -> list[ExampleRow]:
    """The labelled example notes of `folder` (ingest reads them) as the themes stage takes
    them: (text, normalised text, label)."""
    return [(text, normalize_text(text), label) for text, label in read_examples(folder)]


def example_weights(folder: Path, items: Sequence[str]) -> list[float] | None:
    """Each example row's weight in the classifier's loss, as `example_rows(folder)` lists
    them: [themes] example_weights ("GLOB=W", the first GLOB that matches a file's name
    without .csv; 1 when none does); None without items (every example weighs 1)."""
    if not items:
        return None
    pairs = [(glob, float(weight)) for glob, weight in (item.rsplit("=", 1) for item in items)]
    return [
        next((weight for glob, weight in pairs if fnmatchcase(stem, glob)), 1.0)
        for stem, rows in read_example_files(folder)
        for _ in rows
    ]
