"""Write one bullet from the pieces of a theme's notes: it opens with the theme's point in a
full sentence (the main clause that best covers the theme's distinctive lemmas) and then
gathers the concrete points of other notes (summarize/gather.py: clauses sharing a predicate,
infinitive phrases under one modal, a colon list of noun phrases, a second sentence), within
`[summary] max_sentences` and `max_words`. Every clause passes summarize/grammar.py first
(repaired or left out).

Points are chosen by maximal marginal relevance over the theme's notes, one point per note,
about one note in two up to a cap: relevance is the weight of the theme's distinctive lemmas
a piece adds to those already covered, per square root of its length in words; redundancy
the cosine of the pieces' word vectors. A lead-in ("Ryhmien mukaan …") is used on some bullets
only, never one with "että" before a sentence that already has one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.analyst import CORRECTED
from muistiinpanot.summarize.gather import render_bullet
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.phrases import Span
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.proposals import PassiveContext, proposed_passives
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.verbforms import plural_predicate
from muistiinpanot.summarize.wordchecks import question
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


def compose_bullet(
    pieces: Sequence[Piece],
    weights: Mapping[str, float],
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    theme_size: int,
    index: int,
    voice: Voice,
    speller: Speller,
    settings: SummarySettings,
    named: frozenset[str] = frozenset(),
    point_weights: Mapping[str, float] | None = None,
    theme_pieces: Sequence[Piece] = (),
    context: PassiveContext | None = None,
    preferred: Mapping[str, int] | None = None,
) -> tuple[str, list[tuple[str, str]]]:
    """The bullet text and the (note id, piece text) pairs it uses; ("", []) when the pieces
    give no full sentence. `weights` are the theme's distinctive lemmas, `vector` turns a
    lemma set into a unit vector, `index` (the bullet's position) rotates the lead-ins;
    `point_weights` (default `weights`) weigh the lemmas in the choice of the other points;
    `theme_pieces`, the pieces of all the theme's notes, whose proposals a present passive of
    `pieces` is said as (proposals.py: per theme, not per bullet, review 48 #4), with the
    clinic's `context` (review 50 #2); `preferred`: note id → rank of the notes said first
    (summarize/analyst.py: an analyst's moved notes, then the label's notes; mend159).

    The opening is the clause that best covers `weights`; then up to `settings.max_points`
    other notes (about one in `settings.notes_per_point` of the theme's notes) are chosen by
    MMR over what they add to the lemmas covered so far, problems and statements before
    proposals, and written as: infinitive phrases
    under a shared modal, other notes' clauses as sentences of their own, and noun phrases of
    notes that offer no clause in one list."""
    pieces = _checked(pieces, speller)
    if settings.proposed_passives:
        pieces = _checked(proposed_passives(pieces, speller, theme_pieces, context), speller)
    clauses = [p for p in pieces if p.kind == "clause" and _openable(p.span.text, speller)]
    if not clauses:
        return "", []
    opening = _opening(clauses, weights, named, settings.opening_share)
    offers: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.note_id == opening.note_id:
            continue
        if piece.kind == "clause" and not _openable(piece.span.text, speller, least=2):
            continue
        offers.setdefault(piece.note_id, []).append(piece)
    budget = min(settings.max_points, math.ceil(theme_size / settings.notes_per_point))
    points = weights if point_weights is None else point_weights
    ranks = preferred or {}
    chosen = select_points(opening, offers, points, vector, budget, settings, ranks)
    return render_bullet(opening, chosen, offers, index, voice, speller, settings, vector, ranks)


def _opening(
    clauses: Sequence[Piece],
    weights: Mapping[str, float],
    named: frozenset[str],
    share: float = 0.5,
) -> Piece:
    """The clause that states the theme's point: the one that best covers the theme's
    distinctive lemmas, among those that speak of what the theme's label names (a word of
    `named`, alone or as a compound's part: "Siilojen madaltaminen …", "Luottamuspula …")
    when one of them covers at least `share` of what the best clause covers."""
    relevance = {id(p): span_relevance(p.span, weights, frozenset()) for p in clauses}
    best = max(relevance.values())
    about = [
        p
        for p in clauses
        if relevance[id(p)] >= share * best and any(_names(lemma, named) for lemma in p.span.lemmas)
    ]
    return max(about or clauses, key=lambda p: (relevance[id(p)], p.span.text))


def _names(lemma: str, named: frozenset[str]) -> bool:
    """Whether `lemma` is a word of `named` or a compound with one at either end."""
    return any(
        lemma == word or (len(word) >= 4 and (lemma.startswith(word) or lemma.endswith(word)))
        for word in named
    )


def _checked(pieces: Sequence[Piece], speller: Speller) -> list[Piece]:
    """The pieces with every clause through the grammar check: repaired (its frame dropped
    when the text changed) or left out."""
    result = []
    for piece in pieces:
        if piece.kind != "clause":
            result.append(piece)
            continue
        piece = _agreeing(piece, speller)
        text = repair_sentence(piece.span.text, speller)
        if text == piece.span.text:
            result.append(piece)
        elif text is not None:
            result.append(replace(piece, span=Span(text, piece.span.lemmas), frame=None))
    return result


def _agreeing(piece: Piece, speller: Speller) -> Piece:
    """`piece` with its verb made plural when the parse shows a plural subject before a
    singular verb (parsetree.Frame.disagrees): "Työvuorolistat tulee myöhään." → "… tulevat
    …", also across words between them ("Tehtäväsiirrot hoitajille vapauttaisi …")."""
    frame = piece.frame
    if frame is None or not frame.disagrees:
        return piece
    plural = plural_predicate(frame.predicate, frame.rest, speller, necessive=False)
    start = piece.span.text.find(f" {frame.predicate}", len(frame.subject) - 1)
    if plural is None or plural == frame.predicate or start < 0:
        return piece
    end = start + 1 + len(frame.predicate)
    text = piece.span.text[: start + 1] + plural + piece.span.text[end:]
    fixed = replace(frame, predicate=plural, disagrees=False)
    return replace(piece, span=Span(text, piece.span.lemmas), frame=fixed)


def select_points(
    opening: Piece,
    offers: Mapping[str, Sequence[Piece]],
    weights: Mapping[str, float],
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    budget: int,
    settings: SummarySettings,
    preferred: Mapping[str, int] | None = None,
) -> list[Piece]:
    """Up to `budget` pieces of different notes, one per note, in MMR order (the notes of
    `preferred` first, higher rank first, summarize/analyst.py; each passes the same
    relevance and gain checks as the others, review 79 #1): relevance is what
    a piece adds to the opening's lemmas (scaled to the best candidate), redundancy the cosine
    of its lemmas' vector to those chosen; a piece that adds no distinctive lemma beyond the
    pieces chosen before it is skipped. A note offers its clause, else its infinitive phrase,
    else its best noun phrase."""
    covered = opening.span.lemmas
    power = settings.length_power
    candidates = [
        max(
            found,
            key=lambda p: (_FORM_ORDER[p.kind], span_relevance(p.span, weights, covered, power)),
        )
        for _, found in sorted(offers.items())
    ]
    relevance = [span_relevance(p.span, weights, covered, power) for p in candidates]
    ranks = preferred or {}
    top = max(relevance, default=0.0)
    if budget <= 0 or top <= 0:
        return []
    rows = [opening, *candidates]
    vectors = np.vstack([vector(p.span.lemmas) for p in rows])
    scaled = [2.0, *(r / top for r in relevance)]  # the opening is always chosen first
    order = mmr(vectors, scaled, len(rows), relevance_weight=settings.mmr_lambda,
                duplicate_similarity=settings.duplicate_similarity)  # fmt: skip
    chosen: list[Piece] = []
    order = sorted(order, key=lambda i: -ranks.get(rows[i].note_id, 0) if i else -CORRECTED - 1)
    for position in order:
        if position == 0:
            continue
        piece = rows[position]
        gain = span_relevance(piece.span, weights, covered, power)
        if relevance[position - 1] <= 0 or gain <= 0:  # a moved note too (review 79 #1)
            continue
        chosen.append(piece)
        covered = covered | piece.span.lemmas
        if len(chosen) == budget:
            break
    return chosen


#: Which piece of a note stands for it: its clause keeps the note's predicate.
_FORM_ORDER = {"clause": 2, "infinitive": 1, "phrase": 0}


def span_relevance(
    span: Span, weights: Mapping[str, float], covered: frozenset[str], power: float = 0.5
) -> float:
    """Weight of the distinctive lemmas `span` adds beyond `covered`, per its length in words
    to the `power` ([summary] length_power; long pieces pay for the words that are not on the
    theme's point)."""
    gain = math.fsum(weights.get(lemma, 0.0) for lemma in span.lemmas - covered)  # any order
    return gain / math.pow(max(len(_WORD.findall(span.text)), 1), power)


#: Quotation marks that may open a quoted utterance.
_QUOTES = frozenset("\"”“„«»'")


def _openable(text: str, speller: Speller, least: int = 3) -> bool:
    """A clause that can open a bullet: a statement (not a question) of 3–20 words (`least`
    to 20: a point after the opening may be shorter, "Vapaaehtoiset ikääntyvät.") that does
    not speak in the first person and has at most one "että". A quotation (a clause that
    opens with a quotation mark, its speaker cut off: "\"ruokaa tehdään hävikkiin …\"") is
    someone's words as said, not the groups' point written out (summary37)."""
    if text[:1] in _QUOTES:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    if question(text, speller) or not least <= len(words) <= 20 or words.count("että") > 1:
        return False
    if _FIRST_PERSON & set(words):
        return False
    for word in words:
        analyses = speller.analyze(word)
        if analyses and all(a.get("PERSON") == "1" for a in analyses):
            return False
    return True
