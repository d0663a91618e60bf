"""A verbless note of parts, one of which judges something badly (review 62 #1, mend124).

"energiakustannukset isossa tilassa, lämmitys kallista" names a topic and then judges a thing
with a predicative adjective, the copula unsaid: it voices a concern, not a wish. Read part by
part (segments.verbless_parts) its topic was published as a wish ("Toivottiin
energiakustannuksia isossa tilassa.": a "-us" noun reads as an action) and its judgement,
which the parser hung on the noun as a modifier, was lost. Such a note is said whole as the
concern it is: "Huolena olivat energiakustannukset isossa tilassa, ja lämmitys on kallista."

The judged part is a nominative noun and a predicative adjective in the nominative or the
partitive after it, and nothing else (Voikko reads the adjective so); the adjective judges
badly when its word vector is nearer that of the general adjective of a bad judgement than
that of a good one (lexicons/judgement.toml: "kallis", "heikko", "hidas" are; "edullinen",
"ystävällinen", "selkeä" are not, and such a note is left to the wish and part rules). Every
other part is a topic: a noun phrase opening with a nominative noun, no verb."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.notwishes import Vector, prototype_pair, unit_vector
from muistiinpanot.summarize.parsetree import Span, feature, span_lemmas
from muistiinpanot.summarize.predicate import has_read_finite_verb
from muistiinpanot.summarize.protocols import ParsedToken, Speller

__all__ = ["Vector", "bad_judgement", "judged_concern"]

#: Punctuation between the parts of a listed note (a colon opens a heading: not read here).
_BOUNDARIES = frozenset({",", ";"})
#: The essive frame of a concern (dashworries.py says "Huolena oli, että …").
_CONCERN = ("Huolena oli", "Huolena olivat")
_COPULA = ("on", "ovat")


def judged_concern(
    tokens: Sequence[ParsedToken],
    speller: Speller,
    finite: Callable[[str], bool],
    vector: Vector,
) -> Span | None:
    """The concern a verbless note of topic parts and one bad judgement voices (module doc),
    or None."""
    if has_read_finite_verb(tokens, finite):
        return None
    parts = _parts(tokens)
    if len(parts) < 2:
        return None
    judged = [p for p in parts if _judgement(tokens, p, speller, vector)]
    if len(judged) != 1:
        return None
    topics = [p for p in parts if p is not judged[0]]
    if not all(_topic(tokens, p, speller) for p in topics):
        return None
    subject, adjective = judged[0][:-1], judged[0][-1]
    plural_subject = "Number=Plur" in tokens[subject[-1]].morph
    judgement = " ".join(
        [*(_word(tokens, i) for i in subject), _COPULA[plural_subject], tokens[adjective].text]
    )
    plural_topic = len(topics) > 1 or "Number=Plur" in tokens[topics[0][0]].morph
    said = ", ".join(" ".join(_word(tokens, i) for i in p) for p in topics)
    text = f"{_CONCERN[plural_topic]} {said}, ja {judgement}."
    return Span(text, span_lemmas(tokens, [i for p in parts for i in p]))


def _parts(tokens: Sequence[ParsedToken]) -> list[list[int]]:
    parts: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        if token.pos == "PUNCT" and token.text in _BOUNDARIES:
            parts.append([])
        elif token.pos == "PUNCT" and token.text in ".!":
            continue
        elif token.pos == "PUNCT" or not token.text.replace("-", "").isalnum():
            return []  # a colon, a question, a dash: another kind of note
        else:
            parts[-1].append(index)
    return parts if all(parts) else []


def _judgement(
    tokens: Sequence[ParsedToken], part: list[int], speller: Speller, vector: Vector
) -> bool:
    """A nominative noun (or a phrase ending in one) and a bad predicative adjective."""
    if len(part) < 2 or tokens[part[-1]].pos != "ADJ" or tokens[part[-1]].dep == "amod":
        return False
    adjective, noun = tokens[part[-1]], tokens[part[-2]]
    if noun.pos != "NOUN" or feature(noun.morph, "Case") != "Nom":
        return False
    readings = speller.analyze(adjective.text.lower())
    if not any(
        a.get("CLASS") == "laatusana" and a.get("SIJAMUOTO") in ("nimento", "osanto")
        for a in readings
    ):
        return False
    return bad_judgement(adjective.lemma.lower(), vector)


def _topic(tokens: Sequence[ParsedToken], part: list[int], speller: Speller) -> bool:
    first = tokens[part[0]]
    if first.pos not in ("NOUN", "PROPN") or feature(first.morph, "Case") != "Nom":
        return False
    return all(tokens[i].pos not in ("VERB", "AUX") for i in part)


def _word(tokens: Sequence[ParsedToken], index: int) -> str:
    text = tokens[index].text
    if index == 0 and tokens[index].pos != "PROPN":
        return text[:1].lower() + text[1:]
    return text


def bad_judgement(lemma: str, vector: Vector) -> bool:
    """Whether the adjective `lemma` judges badly: its vector nearer the bad prototype's than
    the good one's (lexicons/judgement.toml)."""
    bad, good = prototype_pair("judgement.toml", "judgement", "bad", "good")
    word = unit_vector(vector, lemma)
    return float(word @ unit_vector(vector, bad)) > float(word @ unit_vector(vector, good))
