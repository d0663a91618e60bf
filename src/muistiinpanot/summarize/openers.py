"""Words that open a clause and tie it to what was said before it (review 66, mend132), read
from the parse:

- a verbless wish before a comma and a clause opening with a consequence connective after it
  ("yhteinen kalenteri, niin kukaan ei varaa samaa aikaa"; lexicons/openers.toml): the wish
  is the point and the consequence never stands alone, so the note is read as its wish
  (`consequence_front`), and no clause piece opens with one (`opens_with_consequence`);
- a clause with its own subject that opens with an adversative conjunction ("mutta bussi
  kulkee vain kerran päivässä"; lexicons/tone.toml `adversative`): said alone in a bullet, it
  continues nothing, so it is said without the conjunction (`opening_conjunction`; one
  without a subject leans on its context and is left out elsewhere:
  context.leans_on_previous). Any other coordinator stays: "tai", "vai" open an alternative
  and "eli" a restatement, which without it would be said as a fact (review 69 #1)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.parsetree import children_of, join_words
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Parts of speech a degree "niin" modifies ("niin hyvä", "niin paljon").
_DEGREE_HEADS = frozenset({"ADJ", "ADV"})
#: Voikko's moods of a finite verb.
_FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})
#: Voikko's classes of a word a degree "niin" may precede.
_DEGREE_CLASSES = frozenset({"laatusana", "seikkasana", "nimisana_laatusana"})


@functools.cache
def _connectives() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("openers.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["consequence"]["connectives"])


def consequence_connectives() -> frozenset[str]:
    """The consequence connectives of lexicons/openers.toml ("niin", …)."""
    return _connectives()


@functools.cache
def _adversatives() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["adversative"]["connectives"])


def consequence_front(tokens: Sequence[ParsedToken]) -> str | None:
    """The words before the first comma as a sentence, when they have no finite verb and the
    clause after the comma opens with a consequence connective and has a verb; else None."""
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= len(tokens):
        return None
    front = tokens[:comma]
    if any("VerbForm=Fin" in t.morph for t in front):
        return None  # "jos sali on varattu, niin …": the clause after is the main clause
    if any(t.pos in ("SCONJ", "PRON") for t in front):
        return None
    if not _consequence(tokens, comma + 1):
        return None
    if not any(t.pos in ("VERB", "AUX") for t in tokens[comma + 2 :]):
        return None
    text = join_words(tokens, list(range(comma)), None).strip()
    if not text or not any(t.pos in ("NOUN", "PROPN") for t in front):
        return None
    return text[:1].upper() + text[1:] + "."


def _consequence(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the word at `index` is a consequence connective, not a degree "niin" whose
    head is an adjective or adverb."""
    token = tokens[index]
    if token.text.lower() not in _connectives():
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and "VerbForm=Fin" in following.morph:
        return False  # "niin on käynyt": a pro-adverb of manner before its verb
    head = token.head
    return not (head != index and 0 <= head < len(tokens) and tokens[head].pos in _DEGREE_HEADS)


def opens_with_consequence(text: str, speller: Speller) -> bool:
    """Whether the clause `text` opens with a consequence connective (not "niin kuin", nor a
    degree "niin" before an adjective or adverb Voikko reads as one: "Niin kauan kuin …")."""
    words = text.split()
    if not words or words[0].lower().strip(",") not in _connectives():
        return False
    if len(words) < 2:
        return True
    second = words[1].lower().strip(",.")
    if second == "kuin":
        return False
    readings = speller.analyze(second)
    if any(a.get("CLASS") == "kieltosana" or a.get("MOOD") in _FINITE_MOODS for a in readings):
        return False  # "Niin on käynyt monta kertaa.": a pro-adverb before its verb
    return not any(a.get("CLASS") in _DEGREE_CLASSES for a in readings)


def opening_conjunction(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence without its opening adversative conjunction, when the conjunction hangs
    on the root and the root has a subject of its own; else None."""
    if len(tokens) < 3 or tokens[0].pos != "CCONJ" or tokens[0].dep != "cc":
        return None
    if not {tokens[0].text.lower(), tokens[0].lemma.lower()} & _adversatives():
        return None  # "tai sitten kunta antaa tilat": an alternative, not a fact
    root = tokens[0].head
    if not 0 < root < len(tokens) or tokens[root].dep != "ROOT":
        return None
    children = children_of(tokens)
    if not any(tokens[c].dep.startswith("nsubj") for c in children[root]):
        return None
    text = join_words(tokens, list(range(1, len(tokens))), None).strip()
    if not text or not text[:1].isalpha():
        return None
    return text[:1].upper() + text[1:]
