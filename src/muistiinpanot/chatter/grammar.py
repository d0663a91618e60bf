"""How chatter/bind.py reads a note's parse: each word's kind (a meeting act, a compound
with an act part, a listed or owned meeting noun, a topical word), its head and relation,
and whether a meeting word is bound to a clause about topical things (the rules of
chatter/bind.py's docstring). Split from chatter/bind.py (review 55 #5: a code move)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from muistiinpanot.chatter.parse import (
    ParsedWord,
    head_of,
    relation_of,
    segments_of,
)
from muistiinpanot.content import CONTENT_POS, Token


class MeetingWordsLexicon(Protocol):
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


class Grammar:
    """One note's tokens as binding reads them: each one's kind ("act", "compound" for a
    topical compound, "other"), comma-separated segment and lemma."""

    def __init__(
        self, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: MeetingWordsLexicon
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
