"""A per-bullet lint of the written Finnish: sentences without a finite verb (the parser's
VerbForm=Fin) anywhere or as their main predicate, sentences with "että" twice, spoken forms
left (words of the spoken-form lexicon) and necessive subjects left in the nominative ("X
pitäisi olla"). Used by the tests and by benchmarks/summary_quality.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from muistiinpanot.summarize.grammar import sentence_problems, spoken_forms
from muistiinpanot.summarize.phrases import has_finite_predicate, has_finite_verb
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.tidy import split_sentences

_WORD = re.compile(r"[^\W\d_]+")


def lint_bullets(texts: Sequence[str], analyzer: SummaryAnalyzer) -> Counter[str]:
    """Counts over all sentences of `texts`: "sentences", "no_finite_verb", "no_finite_predicate"
    (the parser sees no finite verb as the main predicate, its auxiliary or copula: a finite
    verb only in a subordinate clause does not make a sentence), "etta_etta", "spoken"
    (spoken-form words left), "necessive_nominative"."""
    sentences = [s for text in texts for s in split_sentences(text)]
    counts: Counter[str] = Counter(sentences=len(sentences))
    spoken = spoken_forms()
    for sentence, tokens in zip(sentences, analyzer.parse(sentences), strict=True):
        words = [w.lower() for w in _WORD.findall(sentence)]
        counts["no_finite_verb"] += not has_finite_verb(tokens)
        counts["no_finite_predicate"] += not has_finite_predicate(tokens)
        counts["etta_etta"] += words.count("että") > 1
        counts["spoken"] += sum(word in spoken for word in words)
        problems = sentence_problems(sentence, analyzer.voikko)
        counts["necessive_nominative"] += "necessive_nominative" in problems
    return counts
