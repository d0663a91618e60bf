"""Write one bullet from the pieces of a theme's notes: it opens with the theme's point in a
full sentence (the main clause that best covers the theme's distinctive lemmas) and then
gathers the concrete points of other notes under one shared predicate ("Lisäksi pitäisi A, B
ja C.", "Ongelmina mainittiin A ja B.") or, when the notes offer no such phrases, in a second
sentence from another note.

Points are chosen by maximal marginal relevance: relevance is the weight of the theme's
distinctive lemmas a piece covers (not yet covered by the opening) per word, diversity the
cosine of the pieces' word vectors. A lead-in ("Ryhmien mukaan …") is used on some bullets
only, never one with "että" before a sentence that already has one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.phrases import Span, Tone
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.vectorize import mmr

_WORD = re.compile(r"[^\W\d_]+")
_FIRST_PERSON = frozenset(
    [
        "minä",
        "minun",
        "minua",
        "minulla",
        "minulle",
        "minulta",
        "minusta",
        "minut",
        "me",
        "meidän",
        "meillä",
        "meille",
        "meiltä",
        "meitä",
        "meistä",
        "meissä",
        "meidät",
    ]
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A clause, modal infinitive phrase or noun phrase of one note, ready for a bullet."""

    note_id: str
    kind: str  # "clause", "infinitive" or "phrase"
    span: Span
    tone: Tone
    modal: str = ""


@dataclass(frozen=True, slots=True)
class Voice:
    """How the post may speak of the groups: "Ryhmien"/"Ryhmän" by the number of groups."""

    groups: int

    @property
    def according(self) -> str:
        return "Ryhmien mukaan" if self.groups != 1 else "Ryhmän mukaan"


#: Lead-ins of the gathered sentence, rotated over the bullets: infinitive phrases share the
#: modal verb, noun phrases (nominative) are the subject or object of a neutral predicate
#: (the tone of the note they came from need not be theirs).
_GATHER = {
    # (the second bullet's opening has the lead-in "Ryhmien mukaan": not again in its list)
    "infinitive": ("Lisäksi pitäisi {}.", "Samalla pitäisi {}.", "{according} pitäisi myös {}."),
    "phrase": (
        "Esiin nousivat myös {}.",
        "Keskusteluissa mainittiin myös {}.",
        "Lisäksi mainittiin {}.",
    ),
}


def compose_bullet(
    pieces: Sequence[Piece],
    weights: Mapping[str, float],
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    theme_size: int,
    index: int,
    voice: Voice,
    speller: Speller,
    settings: SummarySettings,
) -> tuple[str, list[tuple[str, str]]]:
    """The bullet text and the (note id, piece text) pairs it uses; ("", []) when the pieces
    give no full sentence. `weights` are the theme's distinctive lemmas, `vector` turns a
    lemma set into a unit vector, `index` (the bullet's position) rotates the lead-ins; a
    theme of `settings.second_clause_size` notes or more also gets a second clause."""
    clauses = [p for p in pieces if p.kind == "clause" and _openable(p.span.text, speller)]
    if not clauses:
        return "", []
    opening = max(clauses, key=lambda p: (_relevance(p.span, weights, frozenset()), p.span.text))
    sentences = [_lead(opening.span.text, index, voice, speller)]
    used = [(opening.note_id, opening.span.text)]
    covered = opening.span.lemmas
    others = [p for p in pieces if p.note_id != opening.note_id]
    gathered = _gather(others, weights, covered, vector, settings)
    if gathered:
        kind, chosen = gathered
        forms = _GATHER[kind]
        listed = _coordinate([p.span.text for p in chosen])
        sentences.append(forms[index % len(forms)].format(listed, according=voice.according))
        used += [(p.note_id, p.span.text) for p in chosen]
        covered = covered.union(*(p.span.lemmas for p in chosen))
    taken = {note for note, _ in used}
    extra = 1 if not gathered or theme_size >= settings.second_clause_size else 0
    extra += theme_size >= 2 * settings.second_clause_size
    for _ in range(extra):
        rest = [c for c in clauses if c.note_id not in taken and c.span.lemmas - covered]
        if not rest:
            break
        second = max(rest, key=lambda p: (_relevance(p.span, weights, covered), p.span.text))
        if _relevance(second.span, weights, covered) <= 0:
            break
        sentences.append(second.span.text)
        used.append((second.note_id, second.span.text))
        taken.add(second.note_id)
        covered = covered | second.span.lemmas
    return " ".join(sentences), used


def _gather(
    pieces: Sequence[Piece],
    weights: Mapping[str, float],
    covered: frozenset[str],
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    settings: SummarySettings,
) -> tuple[str, list[Piece]] | None:
    """The best-covering group of pieces of one kind from different notes, chosen by MMR;
    None when no group has pieces of at least two notes."""
    groups: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind == "clause" or not piece.span.lemmas - covered:
            continue
        groups.setdefault(piece.kind, []).append(piece)
    best: tuple[float, str, list[Piece]] | None = None
    for kind, group in sorted(groups.items()):
        relevance = [_relevance(p.span, weights, covered) for p in group]
        vectors = np.vstack([vector(p.span.lemmas) for p in group])
        order = mmr(vectors, relevance, len(group), relevance_weight=settings.mmr_lambda,
                    duplicate_similarity=settings.duplicate_similarity)  # fmt: skip
        chosen: list[Piece] = []
        for position in order:
            piece = group[position]
            if relevance[position] <= 0 or any(c.note_id == piece.note_id for c in chosen):
                continue
            if any(piece.span.lemmas <= c.span.lemmas for c in chosen):
                continue
            chosen.append(piece)
            if len(chosen) == settings.max_gathered:
                break
        if len(chosen) < 2:
            continue
        score = sum(_relevance(p.span, weights, covered) for p in chosen)
        if best is None or score > best[0]:
            best = (score, kind, chosen)
    return (best[1], best[2]) if best else None


def _relevance(span: Span, weights: Mapping[str, float], covered: frozenset[str]) -> float:
    """Weight of the distinctive lemmas `span` adds beyond `covered`, per square root of its
    length in words (long pieces pay for the words that are not on the theme's point)."""
    gain = math.fsum(weights.get(lemma, 0.0) for lemma in span.lemmas - covered)  # any order
    return gain / math.sqrt(max(len(_WORD.findall(span.text)), 1))


def _openable(text: str, speller: Speller) -> bool:
    """A clause that can open a bullet: a statement (not a question) of 3–20 words that does
    not speak in the first person and has at most one "että"."""
    words = [w.lower() for w in _WORD.findall(text)]
    if text.endswith("?") or not 3 <= len(words) <= 20 or words.count("että") > 1:
        return False
    if _FIRST_PERSON & set(words):
        return False
    for word in words:
        analyses = speller.analyze(word)
        if analyses and all(a.get("PERSON") == "1" for a in analyses):
            return False
    return True


def _lead(sentence: str, index: int, voice: Voice, speller: Speller) -> str:
    """`sentence` with a lead-in on every third bullet (the second, fifth …), so that most
    bullets state their point directly."""
    if index % 3 != 1:
        return sentence
    first = sentence.split(" ", 1)[0]
    if not (len(first) > 1 and first.isupper()) and not _proper(first, speller):
        sentence = sentence[:1].lower() + sentence[1:]
    return f"{voice.according} {sentence}"


def _proper(word: str, speller: Speller) -> bool:
    classes = {a.get("CLASS", "") for a in speller.analyze(word.strip(",.").lower())}
    names = {"etunimi", "sukunimi", "paikannimi", "nimi"}
    return bool(classes) and classes <= names


def _coordinate(items: Sequence[str]) -> str:
    """ "A, B ja C" """
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} ja {items[-1]}"
