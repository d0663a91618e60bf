"""A verb's preference for a person as its subject, as the example notes use it
(docs/privacy.md, "Round 71"): models/fitted/agent_verbs.json holds, per verb, how many of its
subjects in the parsed example notes are persons or groups (personal pronouns, nouns of
people) of how many counted (benchmarks/agent_verbs.py fits it from models/training/, never
from evaluation data). A verb counted often enough whose subjects are nearly all persons
("soittaa", "hakea", "päättää") is one only a person does; one whose subjects are often things
("kaatua", "jäädä", "viedä") is not.
"""

from __future__ import annotations

import functools
import json
import tomllib
from importlib import resources

from muistiinpanot.resources import bundled_path


@functools.cache
def _counts() -> dict[str, tuple[int, int]]:
    """Per verb base form, (subjects that are persons or groups, subjects counted)."""
    data = json.loads(bundled_path("models/fitted/agent_verbs.json").read_text("utf-8"))
    return {verb: (int(c[0]), int(c[1])) for verb, c in data["verbs"].items()}


@functools.cache
def person_pronouns() -> frozenset[str]:
    """The pronouns that stand only for a person (lexicons/agent_verbs.toml)."""
    source = resources.files("muistiinpanot.lexicons").joinpath("agent_verbs.toml")
    return frozenset(tomllib.loads(source.read_text("utf-8"))["person_pronouns"])


def person_share(verb: str, fewest: int) -> float | None:
    """The share of the verb's subjects that are persons, smoothed by one of each kind
    ((persons + 1) / (counted + 2)), or None when fewer than `fewest` were counted."""
    people, total = _counts().get(verb, (0, 0))
    if total < fewest or total == 0:
        return None
    return (people + 1) / (total + 2)
