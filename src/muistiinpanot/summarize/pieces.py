"""The parts a bullet is written from: a Piece of one note (clause, modal infinitive phrase or
noun phrase) and the Voice in which the post speaks of the groups."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.summarize.parsetree import Frame, Span
from muistiinpanot.summarize.phrases import Tone


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


@dataclass(frozen=True, slots=True)
class Voice:
    """How the post may speak of the groups: "Ryhmien"/"Ryhmän" by the number of groups."""

    groups: int

    @property
    def according(self) -> str:
        return "Ryhmien mukaan" if self.groups != 1 else "Ryhmän mukaan"

    @property
    def lead_ins(self) -> tuple[str, ...]:
        """The lead-ins a post rotates through, so that no opening repeats on every bullet
        that has one; one that ends in "että" is for sentences without one."""
        said = "Ryhmissä todettiin, että" if self.groups != 1 else "Ryhmässä todettiin, että"
        return (self.according, "Osallistujien mukaan", said)
