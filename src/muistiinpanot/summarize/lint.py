"""A per-bullet lint of the written Finnish: sentences without a finite verb (the parser's
VerbForm=Fin) anywhere or as their main predicate, sentences with "että" twice, spoken forms
left (words of the spoken-form lexicon), necessive subjects left in the nominative ("X pitäisi
olla", also as the parse shows it: summarize/necessive.py), main clauses whose parse shows a
plural subject before a singular verb ("Listat tulee myöhään") and such disagreement in any
clause, words Voikko does not know (typos or spoken forms left, such as "tuu"; capitalised words
and the tidy lexicon's kept words aside), verb forms whose Voikko readings do not fit the parse
("kehu" as a past verb), subordinate clauses without the comma that the parse says they need
(commas.clause_commas), and finite verbs that another verb governs ("joutuu kertoo":
summarize/government.py), and predicates that disagree with a subject the parse shows elsewhere
than right before them (a shared or coordinated subject, or one after the verb:
summarize/concord.py), and chains of more coordinated predicates than `[summary]
max_predicates`, copulas before an adverb of direction ("ovat julki": adverbroots.py) and
contrasts "X ei Y" without their comma (contrastcomma.py), keywords tagged on after a comma
("…, siilot": tails.trailing_tags), slashes between words ("X / Y") and coordinated nouns
split between the nominative and the partitive ("kelaa ja vero"), and sentences that open
with a comma, semicolon or colon (a cut part's mark left: review 84). Used by the tests and by
benchmarks/summary_quality.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from muistiinpanot.summarize.adverbroots import adverb_predicatives
from muistiinpanot.summarize.clauses import disagreements
from muistiinpanot.summarize.commas import clause_commas
from muistiinpanot.summarize.concord import disagreeing_verbs
from muistiinpanot.summarize.contrastcomma import missing_contrast_commas
from muistiinpanot.summarize.government import govern_verbs
from muistiinpanot.summarize.grammar import sentence_problems, spoken_forms
from muistiinpanot.summarize.necessive import necessive_subjects
from muistiinpanot.summarize.parsetree import children_of, feature
from muistiinpanot.summarize.phrases import sentence_pieces
from muistiinpanot.summarize.predicate import (
    coordinated_predicates,
    has_finite_predicate,
    has_finite_verb,
)
from muistiinpanot.summarize.protocols import ParsedToken, Speller, SummaryAnalyzer
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.tails import trailing_tags
from muistiinpanot.summarize.textcommas import missing_clause_commas
from muistiinpanot.summarize.tidy import load_tidy_lexicon
from muistiinpanot.summarize.tidy_sentences import SLASH_LIST, slashes_left, split_sentences
from muistiinpanot.summarize.wordchecks import unfit_verb

_WORD = re.compile(r"[^\W\d_]+")

#: Marks that only close off a part of a sentence: one that opens a sentence is the mark of
#: a part cut away before it (review 84 #1: ". , nuorisopsykiatriaan pääsee …").
_CUT_OPENINGS = frozenset(",;:")


def lint_bullets(
    texts: Sequence[str],
    analyzer: SummaryAnalyzer,
    max_predicates: int = DEFAULT_SETTINGS.max_predicates,
) -> Counter[str]:
    """Counts over all sentences of `texts`: "sentences", "no_finite_verb", "no_finite_predicate"
    (the parser sees no finite verb as the main predicate, its auxiliary or copula: a finite
    verb only in a subordinate clause does not make a sentence), "etta_etta", "spoken"
    (spoken-form words left), "necessive_nominative", "disagreement" (main clause),
    "clause_disagreement" (any clause), "unknown_words", "unfit_verbs", "missing_commas",
    "ungoverned_verbs", "parse_disagreement", "predicate_chains" (more than `max_predicates`
    predicates coordinated in one sentence, [summary] max_predicates), "adverb_predicatives"
    (a copula before an adverb of direction: "ovat julki", adverbroots.py) and
    "contrast_commas" (a contrast's "ei" without its comma, contrastcomma.py), "trailing_fragments"
    (a keyword after the last comma: "…, siilot", tails.trailing_tags) and "slash_lists" (a
    slash between two words, tidy_sentences.SLASH_LIST), "slash_left" (any slash list left,
    also of short words or a chain's later slash: tidy_sentences.slashes_left),
    "cut_openings" (a sentence that opens with a comma, semicolon or colon: the mark of a
    part cut away before it, review 84) and "split_coordinations" (nouns
    joined by a conjunction, one in the nominative and one in the partitive: "Toivottiin
    kelaa ja vero")."""
    sentences = [s for text in texts for s in split_sentences(text)]
    counts: Counter[str] = Counter(sentences=len(sentences))
    for sentence, tokens in zip(sentences, analyzer.parse(sentences), strict=True):
        _add_counts(counts, sentence, tokens, analyzer.voikko, max_predicates)
    return counts


def lint_each(
    texts: Sequence[str],
    analyzer: SummaryAnalyzer,
    max_predicates: int = DEFAULT_SETTINGS.max_predicates,
) -> list[Counter[str]]:
    """lint_bullets' counts of each of `texts` on its own, from one parse of them all (review
    85 #3: splicedlint.cleaner_joins lints every joined note of a clinic at once)."""
    split = [split_sentences(text) for text in texts]
    flat = [(owner, s) for owner, sentences in enumerate(split) for s in sentences]
    each: list[Counter[str]] = [Counter(sentences=len(sentences)) for sentences in split]
    parsed = analyzer.parse([s for _, s in flat])
    for (owner, sentence), tokens in zip(flat, parsed, strict=True):
        _add_counts(each[owner], sentence, tokens, analyzer.voikko, max_predicates)
    return each


def _add_counts(
    counts: Counter[str],
    sentence: str,
    tokens: Sequence[ParsedToken],
    speller: Speller,
    max_predicates: int,
) -> None:
    """Add one parsed sentence's hits to `counts` (lint_bullets)."""
    spoken = spoken_forms()
    kept = load_tidy_lexicon().keep
    words = [w.lower() for w in _WORD.findall(sentence)]
    counts["no_finite_verb"] += not has_finite_verb(tokens)
    counts["no_finite_predicate"] += not has_finite_predicate(tokens)
    counts["etta_etta"] += words.count("että") > 1
    counts["spoken"] += sum(word in spoken for word in words)
    problems = sentence_problems(sentence, speller)
    counts["necessive_nominative"] += "necessive_nominative" in problems or bool(
        necessive_subjects(tokens, speller)
    )
    frame = sentence_pieces(tokens).frame
    counts["disagreement"] += frame is not None and frame.disagrees
    counts["clause_disagreement"] += disagreements(tokens)
    counts["unfit_verbs"] += sum(unfit_verb(speller, token) for token in tokens)
    counts["ungoverned_verbs"] += sum(
        governed is not token
        for governed, token in zip(govern_verbs(tokens, speller), tokens, strict=True)
    )
    counts["parse_disagreement"] += disagreeing_verbs(tokens, speller)
    counts["predicate_chains"] += coordinated_predicates(tokens) > max_predicates
    counts["missing_commas"] += _missing_commas(sentence, tokens, speller)
    counts["adverb_predicatives"] += adverb_predicatives(tokens, speller)
    counts["contrast_commas"] += len(missing_contrast_commas(sentence, speller))
    counts["trailing_fragments"] += bool(trailing_tags(tokens, children_of(tokens)))
    counts["split_coordinations"] += _split_coordinations(tokens)
    counts["slash_lists"] += len(SLASH_LIST.findall(sentence))
    counts["slash_left"] += slashes_left(sentence)
    counts["cut_openings"] += sentence.lstrip()[:1] in _CUT_OPENINGS
    counts["unknown_words"] += sum(
        _unknown(word, position == 0, kept, speller)
        for position, word in enumerate(_WORD.findall(sentence))
    )


def _unknown(word: str, initial: bool, kept: frozenset[str], speller: Speller) -> bool:
    """Whether `word` is one Voikko does not know: a capitalised word is a name, unless it
    opens the sentence, where the capital is the sentence's and the word is unknown in both
    cases ("Vapaaehtosten", "Harjotellaan" were not counted: review 60 #5)."""
    if word.lower() in kept:
        return False
    if word[:1].isupper():
        return (
            initial
            and not word.isupper()
            and not speller.spell(word.lower())
            and not (speller.spell(word))
        )
    return not speller.spell(word)


def _missing_commas(sentence: str, tokens: Sequence[ParsedToken], speller: Speller) -> int:
    """Subordinate clauses without their comma: where the parse shows one (commas.clause_commas)
    or the words do (textcommas.missing_clause_commas), each place counted once."""
    ends, offset = [], 0
    for token in tokens:
        found = sentence.find(token.text, offset)
        offset = offset if found < 0 else found + len(token.text)
        ends.append(offset)
    parsed = {
        ends[i - 1]
        for i in clause_commas(tokens)
        if i > 0 and tokens[i - 1].text not in (",", ";", ":", "–", "(")
    }
    return len(parsed | set(missing_clause_commas(sentence, speller)))


def _split_coordinations(tokens: Sequence[ParsedToken]) -> int:
    """Nouns joined by their own conjunction to a noun, one in the nominative and the other in
    the partitive, the later one no clause of its own: a case change (the wish's partitive)
    that reached one conjunct and not the other ("Toivottiin … kelaa ja vero")."""
    children = children_of(tokens)
    count = 0
    for index, token in enumerate(tokens):
        if token.dep != "conj" or token.pos != "NOUN" or not 0 <= token.head < len(tokens):
            continue
        below = {tokens[c].dep for c in children[index]}
        if "cc" not in below or below & {"nsubj", "cop", "aux", "nsubj:cop"}:
            continue
        if any(tokens[c].lemma.lower() == "vaan" for c in children[index]):
            continue  # a contrast after a negation: "ei ole virhe vaan tietoa"
        head = tokens[token.head]
        cases = {feature(token.morph, "Case"), feature(head.morph, "Case")}
        count += head.pos == "NOUN" and cases == {"Nom", "Par"}
    return count
