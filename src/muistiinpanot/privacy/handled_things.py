"""A person's handling of a made thing, read for a register given name that is also a word
of nature ("Pilvi hoitaa venekerhon kirjanpidon", "Taimi toi pullaa talkoisiin";
docs/privacy.md, "Round 68"; issue 12, recall; `[privacy] handled_things`).

given_frames.errand reads an errand's verb ("hoitaa", "tilata") for a register name of no
nature reading only, as weather drives and gathers ("tuuli ajaa lunta", "Tuuli kokosi
roskat"); doing_frames.does leaves bringing and carrying, which wind and water do ("Tuuli
toi sateen", "Halla vei perunat"). `handles`: the nominative subject of a verb in the third
person (acted_verb.py) whose every reading is

- a verb of an errand with a thing for others (lexicons/handling.toml `handling_verbs`:
  keeping books, delivering, ordering, billing), with an object in its clause
  (doing_frames' object: a noun in the partitive, the genitive-accusative or the plural
  nominative) that is a made thing's word: no word of nature by the lexicon, no
  abstraction by its base's ending, and nearer the words of things than of people and of
  nature by the vectors (NounSense.made: "pulla", "kirjanpito"; not "ilo", "lämpö",
  "toiminta");
- or a verb of bringing or carrying (`bringing_verbs`) with such an object and a goal only a
  person brings to: a gathering's noun, a person noun or an office's or a service's in the
  illative or the allative ("Taimi toi pullaa talkoisiin", "Lahja vei avaimet
  talonmiehelle", "vei ompelukoneen huoltoon"; not "Tuuli toi kokoukseen raikasta ilmaa",
  whose object is nature's, nor "Tuuli kantoi lehdet pihalle").

Only marks more text (issue 12).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.doing_frames import abstract_noun, natural_noun, verb_object
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of

#: Voikko's cases of a goal: the illative, the allative.
_GOALS = frozenset({"sisatulento", "ulkotulento"})
_FIRST = "1"


@functools.cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The handling and the bringing verbs of lexicons/handling.toml."""
    source = resources.files("muistiinpanot.lexicons").joinpath("handling.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    return frozenset(data["handling_verbs"]), frozenset(data["bringing_verbs"])


def handles(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense | None
) -> bool:
    """Whether word i is the subject of a person's handling of a made thing (module
    docstring)."""
    found = acted_verb(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    readings = [
        a
        for a in voikko.analyze(verb.text.casefold())
        if a.get("CLASS") == "teonsana" or a.get("PARTICIPLE")
    ]
    if not any(
        a.get("PARTICIPLE") == "past_active" or a.get("PERSON") == "3" for a in readings
    ) or any(a.get("PERSON") == _FIRST for a in readings):
        return False
    bases = {base for base, _ in verb_readings(verb.text, voikko)}
    handling, bringing = _verbs()
    if not bases or not bases <= handling | bringing:
        return False
    _, end = comma_clause(text, words, i)
    thing = verb_object(words, j + 1, end, voikko)
    if thing is None or natural_noun(thing, voikko) or abstract_noun(thing, voikko):
        return False
    if nouns is None or not all(
        nouns.made(a.get("BASEFORM", "").casefold())
        for a in voikko.analyze(thing.text.casefold())
        if a.get("CLASS") == "nimisana"
    ):
        return False
    if bases <= handling:
        return True
    return any(_goal(w, voikko, nouns) for w in words[j + 1 : end])


def _goal(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A gathering's noun, a person noun or an office's or a service's noun (nearer the
    words of people than of nature by the vectors: NounSense.peopled) in the illative or the
    allative ("talkoisiin", "talonmiehelle", "huoltoon"; not "pihalle", "järveen")."""
    gatherings = load_given_lexicon().gathering_nouns
    for a in voikko.analyze(word.text.casefold()):
        if a.get("CLASS") != "nimisana" or a.get("SIJAMUOTO") not in _GOALS:
            continue
        base = a.get("BASEFORM", "")
        if part_of(a, gatherings) or person_noun(base, voikko) or nouns.peopled(base):
            return True
    return False
