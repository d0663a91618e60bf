"""Parts of a note's clause after a comma that are no part of a written sentence (review 38
#9), read from the dependency parse; the question words are a closed class of Finnish grammar
(lexicons/commas.toml `question_tails`):

- a question left hanging: a clause after a comma that opens with a question word and that
  no verb of asking, knowing or telling governs ("Hissin rakentaminen nostaa vuokraa, kuka
  maksaa", "Lokero liian pieni, mihin kansiot"): the note asks it of the room, the sentence
  is what comes before it ("Esihenkilö ei tiedä, missä tiimi istuu" keeps its question);
- a topic cut off from its verb by a comma ("Luottamus etätyöhön, ei valvota"): the noun
  before the comma is what the note is about, not the verb's subject or object, and the verb
  after it has neither; no sentence can be made of it without a word the note did not write."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: Dependents of a root that a hanging question can be parsed as.
_LOOSE = frozenset({"advcl", "dep", "parataxis", "conj"})
#: Dependents that are a question a verb governs ("ei tiedä, missä …").
_GOVERNED = frozenset({"ccomp", "csubj", "csubj:cop"})


def hanging_questions(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int
) -> set[int]:
    """The root's dependents after a comma that are a question no word of the clause governs
    (their subtrees, the comma included, are left out of the sentence)."""
    found: set[int] = set()
    for child in children[root]:
        dep = tokens[child].dep
        if child < root or (dep not in _LOOSE and dep not in _GOVERNED):
            continue
        span = subtree(children, child)
        words = [i for i in sorted(span) if tokens[i].pos != "PUNCT"]
        if not words or words[0] <= root or tokens[words[0] - 1].text != ",":
            continue
        first = tokens[words[0]]
        asks = {first.lemma.lower(), first.text.lower()} & comma_words("question_tails")
        if not asks:
            continue
        if dep in _GOVERNED and not _governs_nothing(tokens, children, root):
            continue
        found |= span
    return found


def _governs_nothing(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> bool:
    """Whether a root cannot govern a question as its complement: it is no verb, and it has a
    subject of its own ("Lokero [on] liian pieni", not "Epäselvää on, kuka maksaa")."""
    return tokens[root].pos not in ("VERB", "AUX") and any(
        tokens[c].dep.startswith("nsubj") for c in children[root]
    )


def cut_off_topic(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> bool:
    """Whether a verbless subject or object of the root stands before it with a comma between
    its last word and the root ("Luottamus etätyöhön, ei valvota"): a topic the note names
    before it says something of it, not a part of the clause."""
    if tokens[root].pos not in ("VERB", "AUX"):
        return False
    for child in children[root]:
        if child > root or not tokens[child].dep.startswith(("nsubj", "obj")):
            continue
        span = subtree(children, child)
        if any(tokens[i].pos in ("VERB", "AUX") for i in span):
            continue  # a clause of its own inside ("Asiakkaat, jotka tulevat, …")
        last = max(i for i in span if tokens[i].pos != "PUNCT")
        if any(tokens[i].text == "," for i in range(last + 1, root)):
            return True
    return False
