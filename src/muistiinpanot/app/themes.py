"""`muistiinpanot themes`: the theme definitions in use, their example counts, and checks.

No language model is loaded: the definitions file is parsed and checked (a broken file raises
ConfigError naming the file and line), and the labelled example files are only counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.ingest.labelled import read_examples
from muistiinpanot.messages import render
from muistiinpanot.themes.definitions import ThemeDefinition, load_theme_definitions


@dataclass(frozen=True, slots=True)
class ThemeListing:
    """The themes of `path`, example notes per theme id (from `examples`, None when there is
    no examples folder) and `problems`: texts of what looks wrong but does not stop a run."""

    path: Path
    definitions: tuple[ThemeDefinition, ...]
    example_counts: dict[str, int]
    examples: Path | None
    problems: tuple[str, ...]


def list_themes(path: Path, examples: Path | None) -> ThemeListing:
    """Read and check the theme definitions at `path` and count the examples in `examples`."""
    definitions = load_theme_definitions(path)
    folder = examples if examples is not None and examples.is_dir() else None
    counts: Counter[str] = (
        Counter(label for _, label in read_examples(folder)) if folder else Counter()
    )
    problems: list[str] = []
    owners: dict[str, list[str]] = {}
    for definition in definitions:
        if not definition.seed_lemmas and not definition.seed_phrases:
            problems.append(render("themes_no_seeds", id=definition.id))
        if folder is not None and not counts[definition.id]:
            problems.append(render("themes_no_examples", id=definition.id, folder=folder))
        for lemma in definition.seed_lemmas:
            owners.setdefault(lemma, []).append(definition.id)
    for lemma, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(render("themes_shared_seed", lemma=lemma, ids=", ".join(ids)))
    return ThemeListing(
        path=path,
        definitions=definitions,
        example_counts={d.id: counts[d.id] for d in definitions},
        examples=folder,
        problems=tuple(problems),
    )
