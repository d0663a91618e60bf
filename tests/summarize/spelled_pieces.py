"""`sentence_pieces` with Voikko's checks wired in, as the phrase tests read a parsed sentence
(a helper of test_written, test_attributes, test_chained_cuts and test_infinitive_commas)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.phrases import Pieces, sentence_pieces
from muistiinpanot.summarize.tidy import load_tidy_lexicon
from muistiinpanot.summarize.wordchecks import finite_form, known_word, unfit_verb


def spelled_pieces(analyzer: LemmaAnalyzer, tokens: Sequence[Any], **options: Any) -> Pieces:
    """The pieces of parsed `tokens`: finite verbs, known words and unfit verbs by Voikko,
    16 coordinated words at most, Voikko's spelling; `options` as sentence_pieces takes them
    (max_predicates=2)."""
    speller = analyzer.voikko
    return sentence_pieces(
        tokens,
        functools.partial(finite_form, speller),
        functools.partial(known_word, speller, load_tidy_lexicon().keep),
        16,
        functools.partial(unfit_verb, speller),
        speller.spell,
        **options,
    )
