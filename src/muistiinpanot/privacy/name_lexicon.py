"""The context words of names, lexicons/privacy.toml as one frozen record (NameLexicon), read
once and checked: every rule of the detector takes its lists from here (context.py re-exports
it for the rules that import it from there)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any

_ENDING_LISTS = frozenset(
    {
        "title_suffixes",
        "role_compound_heads",
        "organisation_heads",
        "thing_name_heads",
        "business_heads",
        "trade_heads",
        "firm_trades",
        "vessel_heads",
        "family_places",
        "life_nouns",
        "office_lines",
        "line_owner_heads",
        "owned_firm_heads",
    }
)


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """Context words for names (lexicons/privacy.toml)."""

    before_name: frozenset[str]
    title_suffixes: tuple[str, ...]
    role_compound_heads: tuple[str, ...]
    signing_verbs: frozenset[str]
    ambiguous_names: frozenset[str]
    after_name: frozenset[str]
    organisation_heads: tuple[str, ...]
    human_verbs: frozenset[str]
    animal_human_verbs: frozenset[str]
    human_phrases: frozenset[str]
    human_states: frozenset[str]
    opinion_words: frozenset[str]
    thing_verbs: frozenset[str]
    business_verbs: frozenset[str]
    hiring_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    individual_verbs: frozenset[str]
    errand_verbs: frozenset[str]
    telling_heads: frozenset[str]
    place_verb_particles: Mapping[str, frozenset[str]]
    firm_trades: tuple[str, ...]
    agent_verbs: frozenset[str]
    person_postpositions: frozenset[str]
    person_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    gender_nouns: frozenset[str]
    household_nouns: frozenset[str]
    family_nouns: frozenset[str]
    recipient_words: frozenset[str]
    asking_verbs: frozenset[str]
    asked_place_objects: frozenset[str]  # asked_places.py: what a town is asked for (review 55)
    resident_nouns: frozenset[str]  # asked_places.py: a town's people (round 70)
    quantity_words: frozenset[str]
    owning_verbs: frozenset[str]  # kin_owners.py: giving or selling, as people do (round 70)
    telling_verbs: frozenset[str]
    promising_verbs: frozenset[str]
    single_letter_words: frozenset[str]
    person_words: frozenset[str]
    demonstratives: frozenset[str]
    nominative_heads: frozenset[str]
    company_forms: frozenset[str]
    nature_nouns: frozenset[str]
    people_nouns: frozenset[str]
    thing_nouns: frozenset[str]
    group_nouns: frozenset[str]
    member_pronouns: frozenset[str]  # member_phrases.py: "meidän ryhmästä" (review 52)
    press_nouns: frozenset[str]
    press_postpositions: frozenset[str]
    press_person_verbs: frozenset[str]
    serving_verbs: frozenset[str]
    copulas: frozenset[str]  # lower_pairs.py: a role's copula before a name
    building_nouns: frozenset[str]
    person_object_verbs: frozenset[str]
    thing_name_heads: tuple[str, ...]
    era_words: frozenset[str]
    year_span_words: frozenset[str]  # ages.py: a time, not an age (review 76)
    age_words: frozenset[str]  # ages.py: "vanha": an age after a given name (review 78)
    business_heads: tuple[str, ...]
    trade_heads: tuple[str, ...]
    vessel_prefixes: frozenset[str]
    vessel_heads: tuple[str, ...]
    person_compound_heads: frozenset[str]
    name_particles: frozenset[str]
    # family_persons.py (round 51, review 33): a family's places and the cues of its people
    family_places: tuple[str, ...]
    family_cue_nouns: frozenset[str]
    family_life_verbs: frozenset[str]
    life_verbs: frozenset[str]
    life_nouns: tuple[str, ...]
    work_states: frozenset[str]
    purchase_verbs: frozenset[str]  # family_trades.py: a place that sells (round 54)
    counterpart_nouns: frozenset[str]  # family_trades.py: its customers (review 36 #1)
    owner_nouns: frozenset[str]  # family_persons.py: an owner replaced (round 56)
    owner_change_words: frozenset[str]
    # mentions.py: an office's mailboxes, webmail domains, mentions of everyone
    role_mailboxes: frozenset[str]
    webmail_domains: frozenset[str]
    role_mentions: frozenset[str]
    office_lines: tuple[str, ...]  # phones.py: an office's line before a number (round 54)
    line_owner_heads: tuple[str, ...]  # phones.py: its owners (review 36 #2)
    owned_premises: frozenset[str]  # body_addresses.py: a body's with an owner (round 56)
    owned_firm_heads: tuple[str, ...]  # owned_heads.py: a whole name's firm (round 69)


#: The lexicon's keys, in the order of the record.
_FIELDS = tuple(field.name for field in fields(NameLexicon))


@functools.cache
def load_name_lexicon() -> NameLexicon:
    """The lexicon, read once and checked (`check_lexicon`); word lists that are matched as
    endings become tuples, the others sets, and a table of lists by verb a mapping of sets."""
    text = resources.files("muistiinpanot.lexicons").joinpath("privacy.toml").read_text("utf-8")
    data = check_lexicon(tomllib.loads(text))
    lists: dict[str, Any] = {
        name: (tuple if name in _ENDING_LISTS else frozenset)(data[name])
        for name in _FIELDS
        if name != "place_verb_particles"
    }
    # a table of lists by verb: "sanoa" → its particles
    lists["place_verb_particles"] = {
        verb: frozenset(particles) for verb, particles in data["place_verb_particles"].items()
    }
    return NameLexicon(**lists)


def check_lexicon(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """`data` if it holds exactly NameLexicon's keys, each a list of words
    (`place_verb_particles` a table of such lists); otherwise ValueError naming the key. The
    lexicon ships with the package, so a bad one is a bug, not a user's input."""
    missing = sorted(set(_FIELDS) - set(data))
    unknown = sorted(set(data) - set(_FIELDS))
    if missing or unknown:
        raise ValueError(f"privacy.toml: keys missing {missing}, unknown {unknown}")
    for name, value in data.items():
        table = name == "place_verb_particles"
        if table and not isinstance(value, Mapping):
            raise ValueError(f"privacy.toml: {name} is no table")
        for words in value.values() if table and isinstance(value, Mapping) else [value]:
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ValueError(f"privacy.toml: {name} is no list of words")
    return data
