"""A given name in the ablative as the one something was heard from (docs/privacy.md,
"Round 31"): "Onnilta kuulin että taksit vaihtuu", "kuulin eilen Usvalta".

A capitalised word of no name marked yet, whose singular ablative reading is a given name
(Voikko's, or a common word's whose base form the population register lists as a given name,
in a form the name takes, given_words.register_name_form: "Usvalta", "Lumilta", "Voitolta",
not the e-stem noun's "lumelta" or "mereltä"),
with a verb of hearing (given_words.toml `hearing_verbs`; its past participles too: "olen
kuullut", "on kuultu") up to `reach` words (PrivacySettings.register_window)
after or before it in its clause. One hears a thing from a person: a radio or a window is no
given name ("Radiolta kuulin", "Ikkunalta kuulin sateen"), and an office is none either
("Kunnalta kuulin"). "Onnilta" is no form of the noun onni (whose ablative is "onnelta"):
only the name makes it, and "Onnelta kuulostaa" has no verb of hearing ("kuulostaa" is
another verb).

Not a place ("Lahdelta kuulin"), a listed tool or body, a person noun, a word the text or the
domain's writers write in lower case (grounding.written_word).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import past_participle_verb, verb_form
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's class of a given name's reading.
_GIVEN = "etunimi"


def mark_heard_from(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, reach: int
) -> None:
    """Mark the given names heard from (the module docstring)."""
    found = [
        i
        for i, word in enumerate(words)
        if not names[i]
        and capitalised_word(word)
        and "paikannimi" not in word.classes
        and _given_ablative(word.text, voikko)
        and not listed_tool(word.text, voikko)
        and not person_noun(word.text, voikko)
        and _hearing_beside(text, words, i, voikko, reach)
    ]
    mark_unless_written(found, words, names, voikko)


def _given_ablative(word: str, voikko: Analyses) -> bool:
    """Whether `word` is a given name's singular ablative: Voikko's reading, or the form a
    register given name takes of a common word (given_words.register_name_form: "Usvalta",
    "Lumilta", "Voitolta"; not the e-stem noun's "lumelta" or "mereltä")."""
    for a in voikko.analyze(word):
        if a.get("SIJAMUOTO") != "ulkoeronto":
            continue
        if a.get("CLASS") == _GIVEN and a.get("NUMBER", "singular") == "singular":
            return True
    return register_name_form(word, voikko, "ulkoeronto")


def _hearing_beside(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether a verb of hearing stands up to `reach` words after or before word i, with no
    break of the clause between."""
    verbs = load_given_lexicon().hearing_verbs
    for step in (1, -1):
        k = i
        for _ in range(reach):
            k += step
            if not 0 <= k < len(words):
                break
            first, second = sorted((words[k], words[k - step]), key=lambda w: w.start)
            if not adjacent(text, first, second):
                break
            if verb_form(words[k].text, voikko, verbs, participle=past_participle_verb):
                return True
    return False
