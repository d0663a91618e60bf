"""A clause that only frames the clause after its comma (review 85 #1, mend181): "Ikäihmiset
pelkäävät, palvelut siirtyvät verkkoon" says what the elderly fear, "Totuus on, kukaan ei ota
vastuuta" what the truth is. The first clause is a verb of saying, thinking, feeling or
perceiving (lexicons/commas.toml `content_verbs`, a closed class of Finnish) or a bare copula
("Tärkeintä on", "Totuus on": an adjective or a nominative noun), with nothing of its own
but its subject, auxiliaries and adverbs: no object, oblique, complement or clause. The
clause after the comma is its content, the "että" clause written without "että", so "ja"
would state a fear or a saying as a second fact (notepieces.py refuses the join), and the
frame alone ("Vanhemmat huomasivat.") is no point (notepieces.py keeps no clause piece of
it). A verb with an object or oblique of its own ("Kunta lupasi puiston jo keväällä, …")
states a fact of its own, and so does "there is" ("Rahaa on, tekijöitä ei ole").

`that_content` (mend184) writes the "että" the note left out ("Ikäihmiset pelkäävät, että
palvelut siirtyvät verkkoon."): standard Finnish for the same statement, which keeps the
point the refused join would cut. Only for a statement: the clause after the comma has a
word of its own that Voikko reads as indicative, conditional or potential (its negation
verb or auxiliary, else its verb: "ei kulje", "voi tulla", "kulkee"), no question (a "?",
a "-ko"/"-kö" word, an interrogative pronoun, a frame of asking, lexicons/commas.toml
`question_verbs`) and no command ("oppilaat odottakaa": Voikko reads it only as an
imperative); otherwise None, and the frame stays refused."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import children_of, join_words, subtree
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Dependents that leave a frame bare: its subject, auxiliaries, adverbs, marks.
_BARE = frozenset({"nsubj", "nsubj:cop", "aux", "advmod", "discourse", "punct", "cop"})

#: Voikko's moods of a statement ("kulkee", "kulkisi", "kulkenee"); not "imperative".
_STATED = frozenset({"indicative", "conditional", "potential"})


def said_frame(tokens: Sequence[ParsedToken]) -> bool:
    """Whether the sentence's main clause is a bare verb of saying, thinking, feeling or
    perceiving or a bare copula (module doc), with at most one clause spliced after it by a
    comma alone."""
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), None)
    if root is None:
        return False
    children = children_of(tokens)
    own = children[root]
    spliced = [c for c in own if tokens[c].dep in ("conj", "parataxis")]
    if len(spliced) > 1 or any(c < root for c in spliced):
        return False
    if spliced and any(tokens[c].dep == "cc" for c in children[spliced[0]]):
        return False  # "pelkäävät ja itkevät": two predicates of one subject
    if spliced and _first_word(tokens, children, spliced[0]) != _after_comma(tokens, spliced[0]):
        return False  # "…: mihin lukuihin …": only a comma splices
    bare = [c for c in own if c not in spliced]
    if any(tokens[c].dep not in _BARE for c in bare):
        return False
    if any(children[c] for c in bare if not tokens[c].dep.startswith("nsubj")):
        return False  # "kerrottaisiin suoraan että …": the clause the parse hung elsewhere
    if any(_modal(tokens[c]) for c in bare):
        return False  # "X pitäisi kertoa selvästi": a proposal, not a frame
    head = tokens[root]
    if head.pos in ("VERB", "AUX") and head.lemma.lower() == "olla":
        # "Totuus on, …": the copula read as the predicate; not "Rahaa on, …" (there is)
        return bool(spliced) and not any("Case=Par" in tokens[c].morph for c in own)
    if any(tokens[c].dep == "cop" for c in own):
        # "Tärkeintä on", "Totuus on": a predicate with neither a subject nor a clause; a
        # partitive noun is the subject of "there is" the parse misread ("Rahaa on, …")
        named = head.pos == "ADJ" or (head.pos == "NOUN" and "Case=Nom" in head.morph)
        return named and bool(spliced) and not any(tokens[c].dep.startswith("nsubj") for c in own)
    return head.pos == "VERB" and head.lemma.lower() in comma_words("content_verbs")


def that_content(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The sentence of a said frame (`said_frame`) with "että" after the comma before its
    content, when the content is a statement (module doc); None otherwise."""
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), None)
    if root is None or not said_frame(tokens):
        return None
    if tokens[root].lemma.lower() in comma_words("question_verbs"):
        return None  # "Moni kysyi, …": a question, never "kysyi, että"
    children = children_of(tokens)
    spliced = [c for c in children[root] if tokens[c].dep in ("conj", "parataxis")]
    if len(spliced) != 1 or any(t.text == "?" for t in tokens):
        return None
    head = spliced[0]
    content = sorted(i for i in subtree(children, head) if tokens[i].pos != "PUNCT")
    start = content[0]
    if start < 1 or tokens[start - 1].text != "," or tokens[start].pos in ("SCONJ", "CCONJ"):
        return None
    if any(_asked(tokens[i]) for i in content):
        return None  # "…, bussi kulkeeko kesällä", "…, mikä auttaa"
    verbs = [c for c in children[head] if tokens[c].dep in ("aux", "cop") and c < head]
    finite = tokens[min(verbs)] if verbs else tokens[head]
    if finite.pos not in ("VERB", "AUX") or not _stated(finite.text, speller):
        return None  # a verbless clause, or a command ("oppilaat odottakaa pihalla")
    return join_words(tokens, range(len(tokens)), (start - 1, "että")).strip() or None


def _asked(token: ParsedToken) -> bool:
    return "Clitic=Ko" in token.morph or "PronType=Int" in token.morph


def _stated(word: str, speller: Speller) -> bool:
    return any(a.get("MOOD") in _STATED for a in speller.analyze(word.lower()))


def _modal(token: ParsedToken) -> bool:
    return token.dep == "aux" and "Polarity=Neg" not in token.morph


def _first_word(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> int:
    return min(i for i in subtree(children, head) if tokens[i].pos != "PUNCT")


def _after_comma(tokens: Sequence[ParsedToken], head: int) -> int:
    """The index after the last comma before `head` (-1 when there is none)."""
    commas = [i for i in range(head) if tokens[i].text == ","]
    return commas[-1] + 1 if commas else -1
