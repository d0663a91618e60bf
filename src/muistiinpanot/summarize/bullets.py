"""One bullet per theme: the theme's distinctive lemmas, the composed text from the pieces its
notes offer (notepieces.py, parsed once per clinic), and a privacy re-check of the finished
bullet."""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import Bullet, Note, Theme
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.analyst import Moves
from muistiinpanot.summarize.compose import compose_bullet, span_relevance
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.proposals import passive_context
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.wordchecks import label_words

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]

#: Keywords of an emergent theme that its bullet's notes should use.
_NAMING_KEYWORDS = 3


def distinctive_weights(
    members: Sequence[Note], kept: Sequence[Note], counts: Mapping[str, int] | None = None
) -> dict[str, float]:
    """Per lemma of the theme's notes: its share of the theme's notes times its inverse
    document frequency in the clinic (lemmas every note uses weigh little); `counts`:
    clinic_counts(kept), when the caller has counted them already."""
    clinic = clinic_counts(kept) if counts is None else counts
    theme = Counter(lemma for note in members for lemma in {x.lower() for x in note.content_lemmas})
    size = max(len(members), 1)
    total = len(kept)
    return {
        lemma: count / size * math.log((1 + total) / (1 + clinic.get(lemma, 0)))
        for lemma, count in sorted(theme.items())
    }


def clinic_counts(kept: Sequence[Note]) -> Counter[str]:
    """How many of `kept` use each content lemma (lower case); the summary counts them once
    per clinic (post.summarize_clinic) and hands them to every theme's and bullet's weights."""
    return Counter(lemma for note in kept for lemma in {x.lower() for x in note.content_lemmas})


def candidate_notes(
    theme: Theme,
    members: Sequence[Note],
    kept: Sequence[Note],
    limit: int,
    counts: Mapping[str, int] | None = None,
    keep: Collection[str] = (),
) -> list[Note]:
    """The notes of `theme` that are tidied, checked and parsed for its bullet (in their
    order): all of them when `limit` is 0 or the theme has no more (`[summary] parse_notes`,
    a trade of fast mode); else the `limit` notes whose distinct lemmas carry the most of the
    theme's distinctive weight per square root of their length in words (compose.span_relevance,
    on the whole note), an emergent theme's notes that use its naming keywords first (as
    build_bullet prefers them); the notes of `keep` (an analyst's moved notes) always."""
    if limit <= 0 or len(members) <= limit:
        return list(members)
    weights = distinctive_weights(members, kept, counts)
    keywords = set(theme.keywords[:_NAMING_KEYWORDS]) if theme.kind == "emergent" else set()

    def rank(note: Note) -> tuple[bool, float, str]:
        span = Span(note.clean_text or note.text, frozenset(x.lower() for x in note.content_lemmas))
        naming = bool(keywords & {w.lower() for w in note.lemmas})
        return (not naming, -span_relevance(span, weights, frozenset()), note.id)

    chosen = {note.id for note in sorted(members, key=rank)[:limit]}
    return [note for note in members if note.id in chosen or note.id in keep]


def _gatherable(piece: Piece) -> bool:
    """Clauses and infinitive phrases always; a noun phrase not from a negated or lacking
    clause (alone it would say the opposite: "ei valmiita vastauksia" → "valmis vastaus")."""
    if piece.kind != "phrase":
        return True
    return piece.tone != "problem"


#: A bullet's text before the privacy check and the (note id, piece) pairs it is built from.
Draft = tuple[str, list[tuple[str, str]]]


@dataclass(frozen=True, slots=True)
class BulletInputs:
    """What every bullet of one post is built from: the clinic's `kept` notes, the `pieces`
    their notes offer (notepieces.parse_pieces, by note id), the post's `voice`, the
    analyzer, the [summary] settings, `counts`: clinic_counts(kept), if counted already,
    and `moves`: an analyst's corrections as the post reads them (summarize/analyst.py)."""

    kept: Sequence[Note]
    pieces: Mapping[str, tuple[Piece, ...]]
    voice: Voice
    analyzer: SummaryAnalyzer
    settings: SummarySettings
    counts: Mapping[str, int] | None = None
    #: the notes an analyst moved, the themes they renamed, the ranks (analyst.py)
    moves: Moves = Moves()


def draft_bullet(
    theme: Theme,
    members: Sequence[Note],
    index: int,
    inputs: BulletInputs,
    echo: frozenset[str] = frozenset(),
) -> Draft:
    """The text build_bullet composes first (no note left out yet), unchecked: the summary
    checks every theme's draft in one pass of the detector before building the bullets."""
    return _composer(theme, members, index, inputs, echo=echo)(set())


def build_bullet(
    theme: Theme,
    members: Sequence[Note],
    index: int,
    inputs: BulletInputs,
    draft: Draft | None = None,
    said: frozenset[str] = frozenset(),
    echo: frozenset[str] = frozenset(),
    first: Sequence[frozenset[str]] = (),
) -> tuple[Bullet | None, list[tuple[str, str]]]:
    """The bullet of `theme` (the `index`th of the post) and the (note id, piece) pairs it
    was built from; a note whose piece makes a detector fire in the finished bullet is left
    out and the bullet rewritten. `draft`: draft_bullet's result for the same arguments, if
    already composed; `said`: lemmas another bullet of the theme said, which add nothing
    here; `echo`: lemmas the post's earlier bullets said, which weigh `[summary]
    echo_weight` as much in the choice of the points after the opening; `first`: the lemmas
    of the pieces another bullet of the theme was built from: a piece whose vector is at
    least `[summary] duplicate_similarity` near one of them says that bullet's point again
    and is not used."""
    compose: Callable[[set[str]], Draft] | None = None
    excluded: set[str] = set()
    while True:
        if draft is not None and not excluded:
            text, used = draft
        else:
            compose = compose or _composer(theme, members, index, inputs, said, echo, first)
            text, used = compose(excluded)
        if not text:
            return None, []
        spans = find_published_data([text], inputs.analyzer)[0]
        if not spans:
            note_ids = tuple(dict.fromkeys(i for i, _ in used))
            heading = texts.bullet_heading(theme)
            return Bullet(theme.id, heading, text, note_ids), used
        hit = {i for i, piece in used for s in spans if text[s.start : s.end] in piece}
        excluded |= hit or {i for i, _ in used}
        logger.info("theme %s: left out notes %s after a detector fired", theme.id, sorted(hit))


def _composer(
    theme: Theme,
    members: Sequence[Note],
    index: int,
    inputs: BulletInputs,
    said: frozenset[str] = frozenset(),
    echo: frozenset[str] = frozenset(),
    first: Sequence[frozenset[str]] = (),
) -> Callable[[set[str]], Draft]:
    """The bullet's text without the pieces of the notes given (build_bullet's composer)."""
    pieces, analyzer, settings = inputs.pieces, inputs.analyzer, inputs.settings
    usable = [note for note in members if pieces.get(note.id)]
    # the analyst's moved notes, then the label's notes, first (mend159)
    ranks = inputs.moves.ranks.get(theme.id, {})
    if theme.kind == "emergent":
        # an emergent theme is named by its keywords: its bullet uses notes that use them
        # (or its label's words, or that an analyst moved into it)
        keywords = set(theme.keywords[:_NAMING_KEYWORDS])
        naming = [n for n in usable if keywords & {w.lower() for w in n.lemmas} or n.id in ranks]
        usable = naming or usable
    # a theme's point is what its own notes say: a note an analyst moved in is weighed by
    # them, not by its own words (review 79 #1), unless the theme is made of such notes
    own = [note for note in members if note.id not in inputs.moves.pinned] or members
    distinctive = distinctive_weights(own, inputs.kept, inputs.counts)
    weights = {k: w for k, w in distinctive.items() if k not in said}
    # what the post has said already counts for less in the choice of further points
    points = {k: w * settings.echo_weight if k in echo else w for k, w in weights.items()}
    cache: dict[frozenset[str], FloatArray] = {}

    def vector(lemmas: frozenset[str]) -> FloatArray:
        if lemmas not in cache:
            rows = [analyzer.word_vector(lemma) for lemma in sorted(lemmas)]
            if not rows:  # a piece without content lemmas ("Ei kukaan oikeastaan."): no direction
                rows = [np.zeros_like(analyzer.word_vector("ja"))]
            mean = np.mean(rows, axis=0).astype(np.float64)
            norm = float(np.linalg.norm(mean))
            cache[lemmas] = mean / norm if norm > 0 else mean
        return cache[lemmas]

    said_before = [vector(lemmas) for lemmas in first]
    whole = [piece for note in usable for piece in pieces[note.id] if _gatherable(piece)]
    context = passive_context(inputs.kept, pieces, analyzer.voikko)  # review 50 #2

    def repeats(piece: Piece) -> bool:  # says again what the theme's other bullet said
        if not said_before:
            return False
        here = vector(piece.span.lemmas)
        return any(float(here @ v) >= settings.duplicate_similarity for v in said_before)

    def compose(excluded: set[str]) -> Draft:
        pool = [
            piece
            for note in usable
            if note.id not in excluded
            for piece in pieces[note.id]
            if _gatherable(piece) and not repeats(piece)
        ]
        return compose_bullet(
            pool,
            weights,
            vector,
            theme.size,
            index,
            inputs.voice,
            analyzer.voikko,
            settings,
            named=label_words(theme.label, analyzer.voikko),
            point_weights=points,
            theme_pieces=whole,
            context=context,
            preferred=ranks,
        )

    return compose
