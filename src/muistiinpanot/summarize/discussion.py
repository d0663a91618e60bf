"""A note about the discussion itself is no point (review 73 #2: "me puhuttiin lähinnä
kuljetuksista" was published as "Puhuttiin lähinnä kuljetuksista."). Read from the parse: the
root is a past passive of a verb of talking (lexicons/tone.toml `discussion`), a report of
the session, and its only dependents are the topic in the elative, adverbs ("lähinnä",
"paljon") and the speakers themselves (a first person's words: "meidän ryhmässä"). A
present passive states a practice ("kuljetuksista puhutaan liian vähän"), and a negation, a
recipient ("vanhuksille"), a subject, an object or another clause make a claim: those
stay. The past passive is read in either of the parse's readings of its form, the passive
or the spoken first person plural ("Puhuttiin lähinnä kilpailutuksesta", review 91 #4), and
so is a written first person plural ("puhuimme lähinnä kuljetuksista")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import tone_words
from muistiinpanot.summarize.parsetree import children_of, subtree
from muistiinpanot.summarize.protocols import ParsedToken, SummaryAnalyzer

#: Dependents of the root that say nothing of their own (UD relations).
_EMPTY = frozenset({"advmod", "punct", "discourse"})


def discussion_remark(tokens: Sequence[ParsedToken]) -> bool:
    """Whether the parsed sentence `tokens` only reports what the group talked about."""
    roots = [i for i, token in enumerate(tokens) if token.dep.lower() == "root"]
    if len(roots) != 1:
        return False
    root = tokens[roots[0]]
    morph = root.morph
    if root.pos != "VERB" or root.lemma.lower() not in tone_words("discussion", "verbs"):
        return False
    if not all(f in morph for f in ("Tense=Past", "VerbForm=Fin")) or not _passive_form(morph):
        return False
    children = children_of(tokens)
    topic = False
    for child in children[roots[0]]:
        token = tokens[child]
        if token.dep in _EMPTY:
            continue
        if token.dep == "obl" and "Case=Ela" in token.morph:
            topic = True
            continue
        if any("Person=1" in tokens[i].morph for i in subtree(children, child)):
            continue  # "me", "meidän ryhmässä": the speakers
        return False
    return topic


def _passive_form(morph: str) -> bool:
    """Whether a past verb's reading is the passive or the spoken first person plural that
    has the passive's form ("me puhuttiin"): the parse reads a capitalised "Puhuttiin" as
    the latter (review 91 #4), and either reports what the group itself did."""
    return "Voice=Pass" in morph or ("Person=1" in morph and "Number=Plur" in morph)


def says_discussion(analyzer: SummaryAnalyzer, sentence: str) -> bool:
    """Whether `sentence`, parsed, is a discussion_remark: the check notepieces.parse_pieces
    makes, for a sentence offered whole without its pieces (analyst.whole_pieces, review 84
    #2: an analyst's theme whose label a remark named published "Puhuttiin lähinnä
    kuljetuksista.")."""
    return discussion_remark(analyzer.parse([sentence])[0])
