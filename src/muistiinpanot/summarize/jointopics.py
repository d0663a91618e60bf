"""Clauses of different subjects joined into one compound sentence only when they speak of one
thing (review 70 #2): "Selkokieli auttaa kaikkia, eikä kirjaston henkilökunta ehdi auttaa …"
joined two notes on the verb they share, and the sentence reads as one point (a contrast
between plain language and the staff) that neither note makes.

Two clauses whose subjects (parsetree.Frame) differ join when one's subject is a referent the
other names (a base form or a compound's root Voikko reads among its content lemmas:
"Opettajat eivät ilmoita keittiöön …, ja keittiö tilaa liikaa"), when they say the same
predicate ("Omaiset eivät ehdi auttaa, eikä henkilökunta ehdi …": a parallel), or when
their subjects are things of one kind (the cosine of their lemmas' vectors at least
`least`: "bussi" ~ "juna"). A clause without a subject of its own (a passive, an existential)
is not judged here."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.joins import Unit
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import Speller

Vector = Callable[[frozenset[str]], npt.NDArray[np.float64]]

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A morph's base in Voikko's WORDBASES ("+tieto(tieto)"), not a derivational suffix's.
_ROOTS = re.compile(r"\(([^+()][^()]*)\)")
#: Voikko's classes of the words that may name a subject's referent.
_NOMINALS = frozenset({"nimisana", "nimisana_laatusana", "laatusana", "nimi", "paikannimi"})


def same_topic(
    group: Sequence[Unit], unit: Unit, speller: Speller, vector: Vector, least: float
) -> bool:
    """Whether `unit` may join the clauses of `group` by what they speak of (module doc):
    each clause of the group whose subject differs from `unit`'s names its referent, says
    its predicate or has a subject of the same kind."""
    mine = _subject(unit, speller)
    if mine is None:
        return True
    for other in group:
        theirs = _subject(other, speller)
        if theirs is None or theirs[0] & mine[0]:
            continue
        if mine[0] & _named(other, speller) or theirs[0] & _named(unit, speller):
            continue
        if _predicate(other, speller) == _predicate(unit, speller) != frozenset():
            continue
        if float(vector(theirs[1]) @ vector(mine[1])) >= least:
            continue
        return False
    return True


def _frame_piece(unit: Unit) -> Piece | None:
    return unit.pieces[0] if len(unit.pieces) == 1 else None


def _subject(unit: Unit, speller: Speller) -> tuple[frozenset[str], frozenset[str]] | None:
    """The base forms and roots of `unit`'s subject (its single clause's Frame), and the
    content lemmas among them (for the vectors); None when it names none."""
    piece = _frame_piece(unit)
    if piece is None:
        return None
    if piece.frame is not None and piece.frame.subject:
        words = _WORD.findall(piece.frame.subject.lower())
    else:  # "Opettajat eivät edes tiedä …": no Frame (a word between), review 72 #3
        words = _leading_nominatives(piece, speller)
    if not words:
        return None
    bases: set[str] = set()
    for word in words:
        readings = [a for a in speller.analyze(word) if a.get("CLASS") in _NOMINALS]
        bases |= _bases(readings)
    if not bases:
        return None
    lemmas = frozenset(bases & piece.span.lemmas) or frozenset(bases)
    return frozenset(bases), lemmas


def _leading_nominatives(piece: Piece, speller: Speller) -> list[str]:
    """The words of a clause's main clause before its first verb when each is a nominal that
    Voikko reads in the nominative (its subject before the predicate), at most three; none
    when the clause opens otherwise."""
    if piece.kind != "clause":
        return []
    words: list[str] = []
    for word in piece.main:
        readings = speller.analyze(word)
        if not readings or any(a.get("CLASS") in ("teonsana", "kieltosana") for a in readings):
            break
        if not any(
            a.get("CLASS") in _NOMINALS and a.get("SIJAMUOTO") == "nimento" for a in readings
        ):
            return []
        words.append(word)
    return words if len(words) <= 3 and len(words) < len(piece.main) else []


def _bases(readings: Sequence[dict[str, str]]) -> set[str]:
    found = {a.get("BASEFORM", "").lower() for a in readings}
    found |= {
        root.replace("=", "").lower()
        for a in readings
        for root in _ROOTS.findall(a.get("WORDBASES", ""))
    }
    return found - {""}


def _named(unit: Unit, speller: Speller) -> frozenset[str]:
    """The base forms and roots of every word `unit` says."""
    named: set[str] = set()
    for piece in unit.pieces:
        named |= piece.span.lemmas
    for word in _WORD.findall(unit.text.lower()):
        named |= _bases(speller.analyze(word))
    return frozenset(named)


def _predicate(unit: Unit, speller: Speller) -> frozenset[str]:
    """The base forms of `unit`'s predicate words ("eivät ehdi" and "ei ehdi": "ei", "ehtiä")."""
    piece = _frame_piece(unit)
    if piece is None:
        return frozenset()
    if piece.frame is not None:
        words = _WORD.findall(piece.frame.predicate.lower())
    else:  # "kotihoito ei aina ehdi auttaa": the negation and the verb, a word between
        words = _leading_verbs(piece, speller)
    return frozenset(a.get("BASEFORM", "") for w in words for a in speller.analyze(w))


def _leading_verbs(piece: Piece, speller: Speller) -> list[str]:
    """The words of a clause without a Frame read as its predicate: after its leading
    nominatives, the words Voikko reads as verbs up to the first that is no negation verb."""
    subject = _leading_nominatives(piece, speller)
    if not subject:
        return []
    words: list[str] = []
    for word in piece.main[len(subject) :]:
        classes = {a.get("CLASS") for a in speller.analyze(word)}
        if "teonsana" in classes or "kieltosana" in classes:
            words.append(word)
            if "kieltosana" not in classes:
                break
    return words
