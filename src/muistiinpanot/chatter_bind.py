"""Whether a note's meeting words are said about the meeting or about a thing of the topic.

The classifier of chatter_model.py takes a meeting act or pattern as a sign of the meeting:
"linkki chattiin", "tauko 15 min", "kiitos vetäjälle". The same words also name or measure
things of the topic: "kutsubussin odotusaika on tunti", "paloasemalta kylään ajaa 35
minuuttia", "kiitoskortti kotihoitajille", "palautelinkki kotihoidosta". This module reads
the grammatical role of each meeting word (the dependency parse) and the meeting lexicon,
with no list of topical words and no fitted threshold (the one count, two participants, is
the rule's own):

1. A compound with a meeting act as one part and a part outside the meeting lexicon
   ("odotus|aika", "kiitos|kortti", "palaute|linkki") is a topical thing when a noun
   outside the lexicon modifies it ("kutsubussin odotusaika", "palautelinkki kotihoidosta"):
   it is no act. Without such a modifier it stays an act ("kyselylinkki chattiin",
   "ryhmätyöhön on varattu 20 min"): the same compound is meeting talk as often as not.
2. A meeting word (or a link, clock time or "N min" match) is bound to its clause when the
   clause is about topical things: the meeting word is the predicate, or an argument of it
   (subject, object, oblique, complement), and among the clause's other participants (the
   predicate and its arguments) is a topical compound ("sammutusyksikön saapumisaika on
   yli 20 minuuttia") or two words outside the lexicon, nouns or the predicate
   ("paloasemalta kylään ajaa 35 minuuttia": "ajaa", "paloasema", "kylä"; "äiti odotti
   takaisinsoittoa": "äiti", "takaisinsoitto"). A meeting noun that a topical noun owns
   as its possessor ("hakulomakkeen linkki") is no act and counts as one topical
   participant: "kuntosalin linkki kaatui viime viikolla" is bound, "palautekyselyn linkki
   on chatissa" leaves the chat free.
3. A meeting word a numeral measures (a clock time, "15 minuuttia") is bound when the
   clause's subject is topical: "luistinrata on auki klo 17–21" tells the rink's hours,
   "kahvitauko on klo 10" the meeting's.
4. A meeting noun listed with a thing of the topic (coordinated, `conj`, with a noun
   outside the lexicon, or past a comma with a compound of rule 1) names that kind of thing:
   "kuulokkeet tai korvatulpat jakoon", "kuulokkeet kaikille, vastamelukuulokkeet" (review
   38 #13); listed with meeting words only ("kamera ja mikki päälle") it stays an act.
   `lists_topical_things` tells chatter.py when every meeting word of a note is so listed.
5. A meeting word that is the predicate nominal of a clause whose subject is topical is
   bound: "vakuutus on iso kysymysmerkki" says what the insurance is (review 52); "tämä on
   hyvä kysymys", "linkki on chatissa" keep theirs free.
6. A named person's act on a thing of the topic (a proper noun the subject, a topical noun
   the object of the same verb) is no meeting talk, though the speaker's "meidän" or a
   "tästä" beside it is a sign of the meeting to the classifier ("Aino tästä meidän
   ryhmästä vetää lukupiiriä"; review 52). `named_persons_act` tells chatter.py.
7. A meeting word in a relative clause whose antecedent is a topical noun tells what the
   thing has or is: "vapaaehtoisen kortti jossa kuva" (review 54 #1); "mikki jossa kaiku"
   keeps its act free (its antecedent is the meeting's).

The parse's noun modifier or conjunct hung on a predicate or adverb is read as the
predicate's oblique (`nmod` modifies nominals, `conj` joins like with like): "auki klo
17", "varattu vaan 15 minuuttia" (the minutes coordinated to the verb). A possessor, an
adverbial, a coordinated word or a word set apart by a comma is never bound ("mikä tän
ryhmän nimi oli"; "sori, naapurin koira haukkuu"). A note has a free meeting
word when one of its acts or pattern matches is not bound; chatter.py asks for one before
the classifier may call a note chatter on its meeting words alone. How the parse is read
(relations, heads, comma stretches, pattern spans) is chatter_parse.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from muistiinpanot.chatter_parse import (
    ParsedWord,
    head_of,
    pattern_spans,
    relation_of,
    segments_of,
)
from muistiinpanot.content import CONTENT_POS, Token


class _Lexicon(Protocol):
    @property
    def acts(self) -> frozenset[str]: ...
    @property
    def vocabulary(self) -> frozenset[str]: ...
    @property
    def forms(self) -> frozenset[str]: ...
    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]: ...


#: Relative pronouns (lemmas): a clause they open describes the noun before them (rule 7).
_RELATIVE = frozenset({"joka", "mikä"})
# UD base relations of a predicate's arguments; other relations never bind a meeting word
_ARGUMENTS = frozenset({"nsubj", "obj", "iobj", "obl", "xcomp", "csubj", "ccomp"})


def has_free_meeting_word(
    text: str,
    tokens: Sequence[Token],
    parsed: Sequence[ParsedWord],
    lexicon: _Lexicon,
) -> bool:
    """Whether the note (its text, its analysed tokens with lemmas and compound parts, and
    its parse in the same tokenization) names a meeting act or pattern not bound to the
    topic. `lexicon`: chatter_rule.MeetingLexicon (acts, vocabulary, forms, patterns)."""
    if len(tokens) != len(parsed):  # not the same tokenization: no grammar to read
        return True
    grammar = _Grammar(tokens, parsed, lexicon)
    if any(
        kind == "act" and not grammar.bound(i) and not grammar.describes_thing(i)
        for i, kind in enumerate(grammar.kinds)
    ):
        return True
    return any(
        not grammar.bound(min(span), span) for span in pattern_spans(text, parsed, lexicon.patterns)
    )


def lists_topical_things(
    text: str, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: _Lexicon
) -> bool:
    """Whether each meeting word of the note is listed with a thing of the topic (rule 4)
    and no pattern matches: its meeting words name things, whoever the note addresses."""
    if len(tokens) != len(parsed):
        return False
    kinds = _Grammar(tokens, parsed, lexicon).kinds
    return (
        "listed" in kinds
        and "act" not in kinds
        and not pattern_spans(text, parsed, lexicon.patterns)
    )


def named_persons_act(
    text: str, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: _Lexicon
) -> bool:
    """Whether the note tells what a named person does with a thing of the topic (rule 6): a
    verb heading its clause has a proper noun as its subject and a topical noun as its
    object ("Aino tästä meidän ryhmästä vetää lukupiiriä"; not "Pekka vetää tän session")."""
    if len(tokens) != len(parsed):
        return False
    grammar = _Grammar(tokens, parsed, lexicon)
    for verb, word in enumerate(parsed):
        if word.pos != "VERB" or grammar.head[verb] != verb:
            continue
        subjects = grammar.dependents(verb, verb, frozenset({"nsubj"}))
        objects = grammar.dependents(verb, verb, frozenset({"obj"}))
        if any(parsed[i].pos == "PROPN" for i in subjects) and any(
            grammar.topical_noun(i) for i in objects
        ):
            return True
    return False


class _Grammar:
    """One note's tokens as binding reads them: each one's kind ("act", "compound" for a
    topical compound, "other"), comma-separated segment and lemma."""

    def __init__(
        self, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: _Lexicon
    ) -> None:
        self.parsed = parsed
        self.lemmas = [token.lemma.lower() for token in tokens]
        self.meeting = lexicon.acts | lexicon.vocabulary
        self.kinds = [_kind(token, lexicon.acts, self.meeting, lexicon.forms) for token in tokens]
        self.outside = [
            kind == "other"
            and word.pos in CONTENT_POS
            and word.pos != "PROPN"
            and not token.is_stop
            and lemma not in self.meeting
            for kind, word, token, lemma in zip(
                self.kinds, parsed, tokens, self.lemmas, strict=True
            )
        ]
        self.segment = segments_of(parsed)
        self.relation = [relation_of(word, parsed) for word in parsed]
        self.head = [head_of(index, parsed, self.relation) for index in range(len(parsed))]
        self._list_things()
        for index, kind in enumerate(self.kinds):  # rule 1: a compound owned by the topic
            owners = self.dependents(index, index, frozenset({"nmod"}))
            if kind == "compound" and not any(self.topical_noun(i) for i in owners):
                self.kinds[index] = "act"
            elif kind == "act" and parsed[index].pos == "NOUN":  # "hakulomakkeen linkki"
                possessors = [
                    i
                    for i in self.dependents(index, index, frozenset({"nmod"}))
                    if parsed[i].dep == "nmod:poss"
                ]
                if any(self.topical_noun(i) for i in possessors):
                    self.kinds[index] = "owned"

    def _list_things(self) -> None:
        """Rule 4: the meeting words and compounds coordinated with a topical noun or
        compound become "listed" (no act); a conjunct set apart by a comma is one of the list
        only when it is a topical compound ("kuulokkeet kaikille, vastamelukuulokkeet", not
        "kiitos kaikille, hyvä ilta")."""
        chain = list(range(len(self.parsed)))  # each word's first conjunct

        def first(index: int) -> int:
            while chain[index] != index:
                index = chain[index]
            return index

        for index, word in enumerate(self.parsed):
            head = word.head
            conj = word.dep.split(":")[0] == "conj"
            if conj and word.pos == "NOUN" and self.parsed[head].pos == "NOUN":
                apart = self.segment[index] != self.segment[head]  # across a comma: only
                if not apart or "compound" in (self.kinds[index], self.kinds[head]):  # a kind
                    chain[first(index)] = first(head)  # of the meeting thing itself
        members: dict[int, list[int]] = {}
        for index in range(len(self.parsed)):
            members.setdefault(first(index), []).append(index)
        for listed in members.values():
            if len(listed) > 1 and any(
                self.kinds[i] == "compound" or self.topical_noun(i) for i in listed
            ):
                for i in listed:
                    if self.kinds[i] in ("act", "compound"):
                        self.kinds[i] = "listed"

    def dependents(self, head: int, beside: int, relations: frozenset[str]) -> list[int]:
        """Dependents of `head` in these base relations, in the segment of `beside` and
        other than it."""
        return [
            i
            for i, word in enumerate(self.parsed)
            if self.head[i] == head
            and i not in (head, beside)
            and self.segment[i] == self.segment[beside]
            and self.relation[i] in relations
        ]

    def bound(self, index: int, span: frozenset[int] = frozenset()) -> bool:
        """Whether the meeting word at `index` (or the pattern match over `span`, whose
        top token `index` leads to) is bound to a topical clause (rule 2)."""
        top = index
        for _ in range(len(self.parsed)):  # up to the match's top token
            if self.parsed[top].head not in span or self.parsed[top].head == top:
                break
            top = self.parsed[top].head
        head = self.head[top]
        if head == top or self.parsed[head].pos == "AUX":  # the predicate itself
            predicate, participants = top, []
        elif self.relation[top] in _ARGUMENTS:
            predicate, participants = head, [head]
        else:  # a possessor, an adverbial, a coordinated word: not bound by its head
            return False
        participants += self.dependents(predicate, top, _ARGUMENTS)
        participants = [i for i in participants if self.segment[i] == self.segment[top]]
        if any(self.kinds[i] == "compound" for i in participants):
            return True
        subjects = [i for i in participants if i != top and self.relation[i] == "nsubj"]
        # rule 5: a predicate nominal says what a topical subject is ("vakuutus on iso
        # kysymysmerkki"): the clause is about the thing, not the meeting's question
        if predicate == top and self._copular(top) and any(map(self.topical_noun, subjects)):
            return True
        # rule 3: a number measures the clause's subject ("luistinrata on auki klo 17–21")
        if self._measured(top, span) and any(self._topical(i) for i in subjects):
            return True
        # two topical participants: "paloasemalta kylään ajaa 35 minuuttia" ("ajaa",
        # "paloasema", "kylä"), "äiti odotti takaisinsoittoa"
        topical = [
            self._topical(i) or (i == predicate != top and self.outside[i]) for i in participants
        ]
        return sum(topical) >= 2

    def describes_thing(self, index: int) -> bool:
        """Rule 7: the meeting word stands in a relative clause whose antecedent, the noun
        right before the relative pronoun, is topical: the clause tells what the thing
        has ("vapaaehtoisen kortti jossa kuva"; review 54 #1), not the meeting's picture."""
        for at in range(index - 1, 0, -1):
            if self.segment[at] != self.segment[index] and self.lemmas[at] not in _RELATIVE:
                return False
            if self.lemmas[at] in _RELATIVE and self.parsed[at].pos == "PRON":
                before = at - 1
                while before > 0 and self.parsed[before].pos == "PUNCT":
                    before -= 1
                return self.topical_noun(before)
        return False

    def _copular(self, index: int) -> bool:
        """Whether the word is a predicate nominal: a copula ("on") depends on it."""
        return any(w.head == index and w.dep.split(":")[0] == "cop" for w in self.parsed)

    def _measured(self, top: int, span: frozenset[int]) -> bool:
        """Whether a numeral is part of the meeting word's match or modifies it."""
        return any(self.parsed[i].pos == "NUM" for i in span) or any(
            self.parsed[i].pos == "NUM" for i in self.dependents(top, top, frozenset({"nummod"}))
        )

    def _topical(self, index: int) -> bool:
        """A topical noun, or a meeting noun a topical possessor owns ("owned")."""
        return self.topical_noun(index) or self.kinds[index] == "owned"

    def topical_noun(self, index: int) -> bool:
        return self.outside[index] and self.parsed[index].pos == "NOUN"


def _kind(
    token: Token, acts: frozenset[str], meeting: frozenset[str], forms: frozenset[str]
) -> str:
    """ "act" for a meeting act, "compound" for a compound with an act part and a part outside
    the meeting lexicon, else "other"."""
    if token.is_punct:
        return "other"
    lemma = token.lemma.lower()
    if lemma in acts or getattr(token, "text", lemma).lower() in forms:
        return "act"
    parts = {part.strip("()-") for part in token.compound_parts} - {"", lemma}
    if not parts & acts:
        return "other"
    return "act" if parts <= meeting else "compound"
