"""lexicons/privacy.toml is read by one loader (privacy/name_lexicon.py; privacy54): every
list of the file is a field of NameLexicon, checked once, and the family rule and the
mentions read their lists from it instead of the raw file."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from muistiinpanot.privacy import mentions
from muistiinpanot.privacy.family_persons import family_person_words
from muistiinpanot.privacy.name_lexicon import check_lexicon, load_name_lexicon


def _raw() -> dict[str, Any]:
    path = resources.files("muistiinpanot.lexicons").joinpath("privacy.toml")
    return tomllib.loads(path.read_text("utf-8"))


def test_name_lexicon_holds_every_list_of_the_file() -> None:
    raw = _raw()
    assert check_lexicon(raw) is raw
    names = load_name_lexicon()
    assert names.family_cue_nouns == frozenset(raw["family_cue_nouns"])
    assert names.life_nouns == tuple(raw["life_nouns"])
    assert "asua" in names.family_life_verbs and "töissä" in names.work_states


def test_name_lexicon_family_rule_reads_the_one_lexicon() -> None:
    names, own = load_name_lexicon(), family_person_words()
    assert names.family_cue_nouns <= own.persons
    assert own.acts == names.family_life_verbs and own.life_verbs == names.life_verbs
    assert set(names.family_places) <= set(own.places)
    assert mentions._lexicon()[0] == names.role_mailboxes


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(family_sauna_words=["sauna"]), "unknown \\['family_sauna_words'\\]"),
        (lambda d: d.pop("life_verbs"), "missing \\['life_verbs'\\]"),
        (lambda d: d.update(work_states="töissä"), "work_states is no list of words"),
        (lambda d: d.update(life_nouns=["häät", 3]), "life_nouns is no list of words"),
        (lambda d: d.update(place_verb_particles=["pois"]), "place_verb_particles is no table"),
        (lambda d: d.update(place_verb_particles={"sanoa": "pois"}), "is no list of words"),
    ],
)
def test_name_lexicon_check_names_the_bad_key(change: Any, message: str) -> None:
    raw = _raw()
    change(raw)
    with pytest.raises(ValueError, match=message):
        check_lexicon(raw)
