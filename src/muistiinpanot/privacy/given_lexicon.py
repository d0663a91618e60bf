"""The closed classes of lexicons/given_words.toml, read once for the frames of a register
given name that is also a word (given_frames.py, given_kinds.py; review 19, finding 12:
one loader, not one per module). Each list is a set of base forms or words; the lexicon's
comments say what each holds."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, fields
from importlib import resources


@dataclass(frozen=True, slots=True)
class GivenLexicon:
    # given_frames.py: errands, work and shifts, company and kin
    errand_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    direction_parts: frozenset[str]
    errand_visit: frozenset[str]
    work_heads: frozenset[str]
    shift_heads: frozenset[str]
    place_kin_nouns: frozenset[str]
    maker_kin_nouns: frozenset[str]  # unknown_names.py: kin a product has too
    person_only_verbs: frozenset[str]  # unknown_names.py: a pair nothing knows as subject
    deprivation_verbs: frozenset[str]  # unknown_names.py: "jäi ilman" after three such words
    deprivation_prepositions: frozenset[str]
    deprivation_objects: frozenset[str]  # unknown_names.py: "jäi ilman tulkkia" after two
    emphatic_pronouns: frozenset[str]  # acted_verb.py: "X itse kertoi"
    opinion_postpositions: frozenset[str]
    # given_kinds.py: the negated, copula and recipient frames
    negated_verbs: frozenset[str]
    endurance_verbs: frozenset[str]
    motion_verbs: frozenset[str]
    passage_adverbs: frozenset[str]
    only_words: frozenset[str]
    relative_pronouns: frozenset[str]
    will_verbs: frozenset[str]
    factor_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    calling_verbs: frozenset[str]  # register_recipients.py: "soitin X:lle" (review 45)
    sending_verbs: frozenset[str]
    figurative_gifts: frozenset[str]
    quitting_verbs: frozenset[str]
    unfinished_adverbs: frozenset[str]
    study_nouns: frozenset[str]
    # heard_from.py: the ablative of a verb of hearing
    hearing_verbs: frozenset[str]
    # human_acts.py, called_names.py: acts only a person does, names given (round 39)
    inventing_verbs: frozenset[str]
    queue_verbs: frozenset[str]
    queue_nouns: frozenset[str]
    joining_verbs: frozenset[str]
    uttered_nouns: frozenset[str]
    coming_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    nickname_nouns: frozenset[str]
    # lower_frames.py: words for a person that are register names (round 42)
    person_word_names: frozenset[str]
    # round 43: the one called in speech (human_acts.py), the one paid (paid_names.py)
    spoken_person_allatives: frozenset[str]
    paying_verbs: frozenset[str]
    pay_nouns: frozenset[str]
    # attending.py: gatherings attended or missed, persons fetched (round 53)
    gathering_nouns: frozenset[str]
    attending_verbs: frozenset[str]
    absence_verbs: frozenset[str]
    fetching_verbs: frozenset[str]
    # mind_frames.py: a mind's acts and a worker's client (round 60)
    mind_verbs: frozenset[str]
    awaiting_verbs: frozenset[str]  # review 44: "Aamu odotti harmaana", "Lumi odotti auraamista"
    experiencer_verbs: frozenset[str]
    maker_nouns: frozenset[str]
    asked_verbs: frozenset[str]  # register_recipients.py: "X:ltä kysyttiin"
    bidding_verbs: frozenset[str]  # register_recipients.py: "X:ää pyydettiin tekemään"
    belonging_nouns: frozenset[str]
    owned_nouns: frozenset[str]  # mind_frames.possesses: "X:n auto" (review 44)
    seat_bodies: frozenset[str]  # register_conjuncts.py: "… ehdolla lautakuntaan"
    # doing_frames.py: a doer's acts (round 61)
    performing_verbs: frozenset[str]
    figurative_verbs: frozenset[str]  # review 47: "Valo tanssi seinillä"
    occurring_verbs: frozenset[str]  # review 47: "Halla esiintyi jo kesäkuussa"
    stage_nouns: frozenset[str]
    making_verbs: frozenset[str]
    abstract_endings: frozenset[str]
    onset_verbs: frozenset[str]
    necessive_verbs: frozenset[str]  # owed_names.py: "X:lle pitää maksaa" (round 73)
    # own_genitives.py: a given name's genitive before a group or a view (round 74)
    led_groups: frozenset[str]
    stated_views: frozenset[str]
    minded_views: frozenset[str]  # review 67: a view only a mind holds

    @property
    def human_only_verbs(self) -> frozenset[str]:
        """Verbs whose subject is a person only: of the mind, talk and taking part, of
        inventing and of queueing (human_acts.py and unknown_names.py read the same)."""
        return self.person_only_verbs | self.inventing_verbs | self.queue_verbs


@functools.cache
def load_given_lexicon() -> GivenLexicon:
    """The lexicon, every list a frozenset."""
    path = resources.files("muistiinpanot.lexicons").joinpath("given_words.toml")
    data = tomllib.loads(path.read_text("utf-8"))
    return GivenLexicon(
        **{field.name: frozenset(data[field.name]) for field in fields(GivenLexicon)}
    )
