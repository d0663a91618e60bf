"""PieceSettings: the [summary] settings by which notepieces.parse_pieces cuts a note's pieces,
built from SummarySettings in one place (`piece_settings`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from muistiinpanot.summarize.settings import DEFAULT_SETTINGS, SummarySettings

_D = DEFAULT_SETTINGS


@dataclass(frozen=True, slots=True)
class PieceSettings:
    """The SummarySettings fields of the same names (documented there); the defaults are its
    defaults. Where each is read: `coordinated_words`, `max_predicates`:
    phrases.sentence_pieces; `wish_words`: wishes.verbless_wish; `framed_words`:
    splicedframes.framed_splice; `misread_parses`: misreadings.py; `why_not_points`:
    whynot.why_not_point; `state_nouns`: notwishes.stated_noun_state; `fragment_parts`:
    alternatives.alternative_question, comparedwishes.py, judgedparts.py and
    segments.verbless_parts; `appended_cuts`: appended.py and openers.py;
    `spliced_negations`: splicednegation.spliced_negation; `possessive_clauses`:
    negatedhaving.negated_having and a possessive clause's `cop:own` read as its copula
    (phrases.sentence_pieces); `necessive_copulas`: predicate.necessive_copula;
    `stranded_adverbs`: strandedadverb.stranded_adverb; `spliced_clauses`:
    splicednegation.spliced_clause (a note read with either join keeps it only as
    splicedlint.cleaner_joins lets it); `rules_in_force`: modalphrase.necessive_in_force;
    `tagger_moods`: wordchecks.unfit_verb; `adapted_loans`: wordchecks.adapted_loan;
    `said_frames`: saidframes.that_content and said_frame, splicedlint.spoken_join."""

    coordinated_words: int = _D.coordinated_words
    max_predicates: int = _D.max_predicates
    wish_words: int = _D.wish_words
    framed_words: int = _D.framed_words
    misread_parses: bool = _D.misread_parses
    why_not_points: bool = _D.why_not_points
    state_nouns: bool = _D.state_nouns
    fragment_parts: bool = _D.fragment_parts
    appended_cuts: bool = _D.appended_cuts
    spliced_negations: bool = _D.spliced_negations
    possessive_clauses: bool = _D.possessive_clauses
    necessive_copulas: bool = _D.necessive_copulas
    stranded_adverbs: bool = _D.stranded_adverbs
    spliced_clauses: bool = _D.spliced_clauses
    rules_in_force: bool = _D.rules_in_force
    tagger_moods: bool = _D.tagger_moods
    adapted_loans: bool = _D.adapted_loans
    said_frames: bool = _D.said_frames


def piece_settings(summary: SummarySettings) -> PieceSettings:
    """The piece settings of the post's `summary` settings (the fields of the same names)."""
    names = [field.name for field in dataclasses.fields(PieceSettings)]
    return PieceSettings(**{name: getattr(summary, name) for name in names})


#: The defaults (SummarySettings' own).
DEFAULT_PIECES = PieceSettings()
