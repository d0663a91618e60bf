"""lexicons/given_words.toml is read by one loader (privacy/given_lexicon.py; review 19,
finding 12): every list of the file is one of its fields, and the frames' modules read it."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from importlib import resources

from muistiinpanot.privacy import given_frames, given_kinds
from muistiinpanot.privacy.given_lexicon import GivenLexicon, load_given_lexicon


def test_every_list_of_given_words_is_read_by_the_one_loader() -> None:
    path = resources.files("muistiinpanot.lexicons").joinpath("given_words.toml")
    lists = set(tomllib.loads(path.read_text("utf-8")))
    assert {field.name for field in fields(GivenLexicon)} == lists
    assert "mahdollisuus" in load_given_lexicon().figurative_gifts


def test_the_frames_read_the_same_lexicon() -> None:
    assert given_frames._lexicon() is given_kinds._lexicon() is load_given_lexicon()
