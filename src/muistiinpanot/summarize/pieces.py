"""The parts a bullet is written from: a Piece of one note (clause, modal infinitive phrase or
noun phrase) and the Voice in which the post speaks of the groups."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from muistiinpanot.records import Note
from muistiinpanot.summarize.parsetree import Frame, Span
from muistiinpanot.summarize.phrases import Tone
from muistiinpanot.summarize.protocols import Speller


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause, modal infinitive phrase or noun phrase of one note, ready for a bullet."""

    note_id: str
    kind: str  # "clause", "infinitive" or "phrase"
    span: Span
    tone: Tone
    modal: str = ""
    frame: Frame | None = None  # a clause's subject / predicate / rest, when simple
    predicates: int = 1  # a clause's coordinated predicates ("A ja B": 2)
    main: tuple[str, ...] = ()  # a clause's words outside its subordinate clauses (the parse)


#: The attribution of one group's point among several groups' (Voice.according_to).
ONE_GROUP = "Yhden ryhmän mukaan"


@dataclass(frozen=True, slots=True)
class Voice:
    """How the post may speak of the groups: "Ryhmien"/"Ryhmän" by the number of groups in
    the clinic, and, for one sentence, by the groups of the notes behind it (`note_groups`:
    note id → group): a plural attribution ("Ryhmien mukaan", "Ryhmissä todettiin",
    "Osallistujien mukaan") only when two groups or more wrote those notes (review 34 #2).
    One group's sentence takes no lead-in: it states its point, as the clinic blog's bullets
    do; where a template needs an attribution, it names one group ("Yhden ryhmän mukaan"),
    but only when no other group's note of the theme says a word of its point
    (`point_groups`, review 50 #1): otherwise it names no count ("")."""

    groups: int
    note_groups: Mapping[str, frozenset[str]] = field(
        default_factory=dict, hash=False, compare=False
    )
    point_groups: Mapping[str, frozenset[str]] | None = field(
        default=None, hash=False, compare=False
    )
    #: the near groups a "one group" claim is checked against in place of `point_groups`
    #: when given (root_point_groups: [summary] one_group_word_roots)
    claim_groups: Mapping[str, frozenset[str]] | None = field(
        default=None, hash=False, compare=False
    )

    def _behind(self, note_ids: Iterable[str]) -> int:
        """The number of groups behind the notes (the clinic's when the notes are not known)."""
        found = set().union(*(self.note_groups.get(i, frozenset()) for i in note_ids))
        return len(found) if found else self.groups

    @property
    def according(self) -> str:
        return "Ryhmien mukaan" if self.groups != 1 else "Ryhmän mukaan"

    def one_of_several(self, note_ids: Iterable[str]) -> bool:
        """Whether one group of the clinic's several wrote the notes `note_ids`."""
        return self.groups != 1 and self._behind(note_ids) < 2

    def according_to(self, note_ids: Iterable[str]) -> str:
        """ "Ryhmien mukaan" for notes of several groups; one group's when no other group's
        note of the theme shares a content word with them (or its root: `claim_groups`);
        "" (no count) otherwise."""
        ids = list(note_ids)
        if not self.one_of_several(ids):
            return self.according
        near = (self.point_groups if self.claim_groups is None else self.claim_groups) or {}
        found = set().union(*(self.note_groups.get(i, frozenset()) for i in ids))
        found |= set().union(*(near.get(i, frozenset()) for i in ids))
        return ONE_GROUP if len(found) < 2 else ""

    @property
    def lead_ins(self) -> tuple[str, ...]:
        """The lead-ins a post rotates through, so that no opening repeats on every bullet
        that has one; one that ends in "että" is for sentences without one."""
        said = "Ryhmissä todettiin, että" if self.groups != 1 else "Ryhmässä todettiin, että"
        return (self.according, "Osallistujien mukaan", said)


def note_groups(notes: Sequence[Note]) -> dict[str, frozenset[str]]:
    """Each note's groups: its own and those of the notes that repeat it word for word (a
    point two groups wrote alike was said by both), for the lead-ins' number (review 34 #2)."""
    found: dict[str, set[str]] = {}
    for note in notes:
        if note.status in ("kept", "duplicate"):
            found.setdefault(note.duplicate_of or note.id, set()).add(note.group)
    return {note_id: frozenset(groups) for note_id, groups in found.items()}


def point_groups(
    notes: Sequence[Note], members: Mapping[str, Sequence[str]]
) -> dict[str, frozenset[str]]:
    """Each kept note's groups with those of the notes of its themes (`members`: theme id →
    note ids) that share a content lemma with it, compound parts counted ("aukioloaika",
    "aika"): the groups that may have made its point in their own words (review 50 #1). A
    post that counts a point's groups by the notes it quotes alone says "one group" of a
    point several made."""
    by_id = {note.id: note for note in notes if note.status == "kept"}
    found = {i: {note.group} for i, note in by_id.items()}
    for ids in members.values():
        inside = [by_id[i] for i in ids if i in by_id]
        words = {note.id: frozenset(x.lower() for x in note.content_lemmas) for note in inside}
        for note in inside:
            for other in inside:
                if other.group != note.group and words[note.id] & words[other.id]:
                    found[note.id].add(other.group)
    return {i: frozenset(groups) for i, groups in found.items()}


#: A morph's base in Voikko's WORDBASES ("+odot(odottaa)"), not a derivational suffix's
#: ("(+us)").
_ROOTS = re.compile(r"\(([^+()][^()]*)\)")


def root_point_groups(
    notes: Sequence[Note], members: Mapping[str, Sequence[str]], speller: Speller
) -> dict[str, frozenset[str]]:
    """point_groups with each content lemma's roots in Voikko's WORDBASES counted too (a
    compound's parts and a derivation's base: "odotusaika" says "odottaa", as "odottaessa"
    does; review 84 #1): a point another group's note of its theme makes in a derived word
    is no one group's."""
    kept = {note.id: note for note in notes if note.status == "kept"}
    roots: dict[str, frozenset[str]] = {}

    def words(note: Note) -> frozenset[str]:
        found: set[str] = set()
        for lemma in {x.lower() for x in note.content_lemmas}:
            if lemma not in roots:
                roots[lemma] = frozenset(
                    {lemma}
                    | {
                        root.replace("=", "").lower()
                        for a in speller.analyze(lemma)
                        for root in _ROOTS.findall(a.get("WORDBASES", ""))
                    }
                )
            found |= roots[lemma]
        return frozenset(found)

    found = {i: {note.group} for i, note in kept.items()}
    for ids in members.values():
        inside = [kept[i] for i in ids if i in kept]
        said = {note.id: words(note) for note in inside}
        for note in inside:
            for other in inside:
                if other.group != note.group and said[note.id] & said[other.id]:
                    found[note.id].add(other.group)
    return {i: frozenset(groups) for i, groups in found.items()}
