"""Parts of a note's clause after a comma that are no part of a written sentence (review 38
#9), read from the dependency parse; the question words are a closed class of Finnish grammar
(lexicons/commas.toml `question_tails`):

- a question left hanging: a clause after a comma that opens with a question word and that
  no verb of asking, knowing or telling governs ("Hissin rakentaminen nostaa vuokraa, kuka
  maksaa", "Lokero liian pieni, mihin kansiot"): the note asks it of the room, the sentence
  is what comes before it ("Esihenkilö ei tiedä, missä tiimi istuu" keeps its question);
- a topic cut off from its verb by a comma ("Luottamus etätyöhön, ei valvota"): the noun
  before the comma is what the note is about, not the verb's subject or object, and the verb
  after it has neither; no sentence can be made of it without a word the note did not write;
- a keyword tagged on after a comma at the end ("…ei ole yhteistä johtoa, siilot", "Koulutusta
  tarvitaan molemmille, yhteiset pelisäännöt"; review 54): a noun phrase in the nominative
  that agrees in case with no word it hangs on; it names what the note is about, it is no
  part of the sentence (a list item or an apposition in its head's case stays)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import feature, subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: Dependents of a root that a hanging question can be parsed as.
_LOOSE = frozenset({"advcl", "dep", "parataxis", "conj"})
#: Dependents that are a question a verb governs ("ei tiedä, missä …").
_GOVERNED = frozenset({"ccomp", "csubj", "csubj:cop"})
#: Dependents a keyword tagged on after a comma is parsed as.
_TAGGED = frozenset({"conj", "appos", "dep", "parataxis", "orphan"})
#: The words a tagged keyword is made of (no adverb, adposition, number, verb or conjunction).
_TAG_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})
#: Words that a nominal agreeing with the tag in case can be.
_NOMINALS = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM"})


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


def trailing_tags(tokens: Sequence[ParsedToken], children: list[list[int]]) -> set[int]:
    """The words after a clause's last comma, the comma included, when they are a keyword
    tagged on and not a part of the sentence: one noun phrase in the nominative, of nouns and
    adjectives only, to the end of the sentence, hanging on a word before the comma that is
    not a nominal in the same case ("…ei ole yhteistä johtoa, siilot", "…tarvitaan
    molemmille, yhteiset pelisäännöt"; "…piha, valaistus" as a list stays)."""
    end = len(tokens)
    while end and tokens[end - 1].pos == "PUNCT" and tokens[end - 1].text != ",":
        end -= 1
    commas = [i for i in range(end) if tokens[i].text == ","]
    if not commas or commas[-1] == 0:
        return set()
    comma = commas[-1]
    tail = range(comma + 1, end)
    heads = [i for i in tail if not comma < tokens[i].head < end or tokens[i].head == i]
    if len(heads) != 1 or not all(tokens[i].pos in _TAG_WORDS for i in tail):
        return set()
    head = tokens[heads[0]]
    if head.pos not in ("NOUN", "PROPN") or feature(head.morph, "Case") != "Nom":
        return set()
    if head.dep not in _TAGGED or not 0 <= head.head < comma:
        return set()
    target = tokens[head.head]
    if target.pos in _NOMINALS and feature(target.morph, "Case") == "Nom":
        return set()  # a list item or an apposition in its head's case
    return set(range(comma, end)) | subtree(children, heads[0])
