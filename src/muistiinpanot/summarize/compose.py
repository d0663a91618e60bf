"""Write one bullet from the pieces of a theme's notes: it opens with the theme's point in a
full sentence (the main clause that best covers the theme's distinctive lemmas) and then
gathers the concrete points of other notes: infinitive phrases under one shared modal
("Lisäksi pitäisi A, B ja C."), noun phrases in one list ("Esiin nousivat myös A ja B."), and
the main clauses of further notes.

Points are chosen by maximal marginal relevance over the theme's notes, one point per note,
about one note in two up to a cap: relevance is the weight of the theme's distinctive lemmas
a piece adds to those already covered, per square root of its length in words; redundancy
the cosine of the pieces' word vectors. A lead-in ("Ryhmien mukaan …") is used on some bullets
only, never one with "että" before a sentence that already has one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.merge import merge_clauses
from muistiinpanot.summarize.phrases import Frame, Span, Tone
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
    frame: Frame | None = None  # a clause's subject / predicate / rest, when simple


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
    lemma set into a unit vector, `index` (the bullet's position) rotates the lead-ins.

    The opening is the clause that best covers `weights`; then up to `settings.max_points`
    other notes (about one in `settings.notes_per_point` of the theme's notes) are chosen by
    MMR over what they add to the lemmas covered so far, problems and statements before
    proposals, and written as: infinitive phrases
    under a shared modal, other notes' clauses as sentences of their own, and noun phrases of
    notes that offer no clause in one list."""
    clauses = [p for p in pieces if p.kind == "clause" and _openable(p.span.text, speller)]
    if not clauses:
        return "", []
    opening = max(clauses, key=lambda p: (_relevance(p.span, weights, frozenset()), p.span.text))
    offers: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.note_id == opening.note_id:
            continue
        if piece.kind == "clause" and piece not in clauses:
            continue
        offers.setdefault(piece.note_id, []).append(piece)
    budget = min(settings.max_points, math.ceil(theme_size / settings.notes_per_point))
    chosen = select_points(opening, offers, weights, vector, budget, settings)
    # what is (not) working first, then what should be done: the blog's "problem, then remedy"
    chosen = sorted(chosen, key=lambda p: _TONE_ORDER[p.tone])
    return _render(opening, chosen, offers, index, voice, speller)


_TONE_ORDER = {"problem": 0, "statement": 1, "proposal": 2}


def select_points(
    opening: Piece,
    offers: Mapping[str, Sequence[Piece]],
    weights: Mapping[str, float],
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    budget: int,
    settings: SummarySettings,
) -> list[Piece]:
    """Up to `budget` pieces of different notes, one per note, in MMR order: relevance is what
    a piece adds to the opening's lemmas (scaled to the best candidate), redundancy the cosine
    of its lemmas' vector to those chosen; a piece that adds no distinctive lemma beyond the
    pieces chosen before it is skipped. A note offers its clause, else its infinitive phrase,
    else its best noun phrase."""
    covered = opening.span.lemmas
    candidates = [
        max(found, key=lambda p: (_FORM_ORDER[p.kind], _relevance(p.span, weights, covered)))
        for _, found in sorted(offers.items())
    ]
    relevance = [_relevance(p.span, weights, covered) for p in candidates]
    top = max(relevance, default=0.0)
    if top <= 0 or budget <= 0:
        return []
    rows = [opening, *candidates]
    vectors = np.vstack([vector(p.span.lemmas) for p in rows])
    scaled = [2.0, *(r / top for r in relevance)]  # the opening is always chosen first
    order = mmr(vectors, scaled, len(rows), relevance_weight=settings.mmr_lambda,
                duplicate_similarity=settings.duplicate_similarity)  # fmt: skip
    chosen: list[Piece] = []
    for position in order:
        if position == 0:
            continue
        piece = rows[position]
        if relevance[position - 1] <= 0 or _relevance(piece.span, weights, covered) <= 0:
            continue
        chosen.append(piece)
        covered = covered | piece.span.lemmas
        if len(chosen) == budget:
            break
    return chosen


#: Which piece of a note stands for it: its clause keeps the note's predicate.
_FORM_ORDER = {"clause": 2, "infinitive": 1, "phrase": 0}


def _render(
    opening: Piece,
    chosen: Sequence[Piece],
    offers: Mapping[str, Sequence[Piece]],
    index: int,
    voice: Voice,
    speller: Speller,
) -> tuple[str, list[tuple[str, str]]]:
    """The sentences of a bullet: the opening (with a lead-in on some bullets), then the
    chosen points in their order. Notes whose infinitive phrases share a modal (two or more,
    or one note that offers no clause) are gathered into one sentence under it ("Lisäksi
    pitäisi A, B ja C."), noun phrases of two notes or more into one list; each at the place
    of its first member. Clauses that share their predicate are coordinated into one sentence
    (summarize/merge.py); other clauses stand as sentences; a lone noun phrase is left out."""
    infinitive = {
        p.note_id: next((o for o in offers[p.note_id] if o.kind == "infinitive"), p) for p in chosen
    }
    modals = Counter(i.modal for i in infinitive.values() if i.kind == "infinitive")
    form: dict[str, Piece] = {}
    for piece in chosen:
        alternative = infinitive[piece.note_id]
        shared = alternative.kind == "infinitive" and modals[alternative.modal] >= 2
        form[piece.note_id] = alternative if shared else piece
    groups: dict[str, list[Piece]] = {}
    for piece in chosen:
        final = form[piece.note_id]
        if final.kind != "clause":
            key = f"infinitive:{final.modal}" if final.kind == "infinitive" else "phrase"
            groups.setdefault(key, []).append(final)
    clauses = [opening, *(form[p.note_id] for p in chosen if form[p.note_id].kind == "clause")]
    merged = {
        id(group[0]): (text, group) for text, group in merge_clauses(clauses, _frame, speller)
    }
    sentences: list[str] = []
    used: list[tuple[str, str]] = []
    for piece in [opening, *(form[p.note_id] for p in chosen)]:
        if piece.kind == "clause":
            if id(piece) not in merged:
                continue  # said in a sentence that coordinates it with an earlier clause
            text, group = merged[id(piece)]
            sentences.append(text or piece.span.text)
            used += [(p.note_id, p.span.text) for p in group]
            continue
        key = f"infinitive:{piece.modal}" if piece.kind == "infinitive" else "phrase"
        group = groups[key]
        if group[0] is not piece or (piece.kind == "phrase" and len(group) < 2):
            continue
        forms = _GATHER[piece.kind]
        listed = _coordinate([p.span.text for p in group])
        sentences.append(forms[index % len(forms)].format(listed, according=voice.according))
        used += [(p.note_id, p.span.text) for p in group]
    sentences[0] = _lead(sentences[0], index, voice, speller)
    return " ".join(sentences), used


def _frame(piece: Piece) -> Frame | None:
    return piece.frame


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
