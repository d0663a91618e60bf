"""Two clauses of one bullet sentence that say the same (review 50 #3): joined, the sentence
says its point twice ("Hiekoitus unohtuu kokonaan, ja hiekoitus jää tekemättä"; "Pitäisi
kokeilla ensin yhdellä kylällä ja kokeilla, …"), so summarize/joins.py keeps one of them
(the first) and folds the other's notes into it. Two clauses that name the same things but
say opposite things of them ("Luottamus kasvaa, ja luottamus katoaa"; "Yhteistyö toimii, ja
yhteistyö ei toimi") are a contrast, never folded (mend109)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.frequencies import zipf
from muistiinpanot.lexicons import time_units
from muistiinpanot.summarize.postrepeats import said_roots
from muistiinpanot.summarize.protocols import Speller

#: Whether two sets of verb lemmas are alike in meaning (summarize/gather.py: the cosine of
#: their word vectors is at least [summary] restated_verb_similarity).
VerbsAlike = Callable[[frozenset[str], frozenset[str]], bool]


def same_things(
    first: Iterable[str],
    second: Iterable[str],
    speller: Speller,
    texts: tuple[str, str] = ("", ""),
    alike: VerbsAlike | None = None,
) -> bool:
    """Whether two clauses (their content lemmas, Span.lemmas, and their `texts`) say the
    same: the same lemmas once their verbs are set aside (Voikko reads a lemma only as a
    verb), and at least one; the same polarity (both negated or neither: negated); and their
    verbs (read in `texts`: "jää tekemättä" is "jäädä" and "tehdä", though "jäädä" is no
    content lemma) the same, or both there and `alike` ("unohtua" ~ "jäädä tehdä"). Two clauses
    on one subject and nothing else ("hiekoitus unohtuu" and "hiekoitus jää tekemättä")
    state one problem; "tiekuntamaksujen korotus huolettaa" and "tiekuntamaksut ovat liian
    korkeita" name two things; "luottamus kasvaa" and "luottamus katoaa" say two."""
    lemmas = [frozenset(first), frozenset(second)]
    things = [{lemma for lemma in group if not _verb(lemma, speller)} for group in lemmas]
    if not things[0] or things[0] != things[1]:
        return False
    if negated(texts[0], speller) != negated(texts[1], speller):
        return False
    verbs = [
        _verbs(text, thing, speller) or frozenset(group - thing)
        for text, group, thing in zip(texts, lemmas, things, strict=True)
    ]
    if verbs[0] == verbs[1]:
        return True
    return all(verbs) and alike is not None and alike(verbs[0], verbs[1])


def verbs_alike(
    vector: Callable[[frozenset[str]], npt.NDArray[np.float64]],
    least: float,
    first: frozenset[str],
    second: frozenset[str],
) -> bool:
    """Whether two clauses' verb lemmas are alike in meaning: the cosine of their unit
    vectors (`vector`, summarize/bullets.py) is at least `least` ([summary]
    restated_verb_similarity; "unohtua" ~ "jäädä tekemättä" 0.59, "luottamus kasvaa" ~
    "katoaa" 0.25). Opposites are often near too ("lisääntyä" ~ "vähentyä" 0.83): the
    vectors alone do not tell them apart."""
    return float(vector(first) @ vector(second)) >= least


def negated(text: str, speller: Speller) -> bool:
    """Whether `text` has a negation verb ("ei", "eivät", "eikä": Voikko's kieltosana)."""
    for word in text.split():
        word = word.strip(",.;:!?()\"'").lower()
        if word and any(a.get("CLASS") == "kieltosana" for a in speller.analyze(word)):
            return True
    return False


def same_verb(first: str, second: str, speller: Speller) -> bool:
    """Whether the first words of two clause rests are forms of one verb (Voikko): "kokeilla
    ensin yhdellä kylällä" and "kokeilla, ennen kuin ostetaan" join into a sentence that says
    "kokeilla" twice."""
    heads = [rest.split(" ", 1)[0].strip(",.;:").lower() for rest in (first, second)]
    if not all(heads):
        return False
    bases = [
        {a.get("BASEFORM", "") for a in speller.analyze(head) if a.get("CLASS") == "teonsana"}
        for head in heads
    ]
    return bool(bases[0] & bases[1] - {""})


def _verbs(text: str, things: set[str], speller: Speller) -> frozenset[str]:
    """The base forms of the words of `text` that Voikko reads as verbs, but for words it
    also reads as one of `things` (the clause's nouns: "jää" of "jää sulaa")."""
    found: set[str] = set()
    for word in text.split():
        analyses = speller.analyze(word.strip(",.;:!?()\"'").lower())
        if any(a.get("BASEFORM") in things for a in analyses):
            continue
        found.update(a.get("BASEFORM", "") for a in analyses if a.get("CLASS") == "teonsana")
    return frozenset(found - {""})


def _verb(lemma: str, speller: Speller) -> bool:
    analyses = speller.analyze(lemma)
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)


#: Voikko's classes of words that say nothing of their own beside a sentence's things: verbs
#: (a restatement may say its point with another verb: "ei kulje" / "ei ole"), the negation
#: (its polarity is compared apart), pronouns, conjunctions and adpositions.
_NOT_THINGS = frozenset({"teonsana", "kieltosana", "asemosana", "sidesana", "suhdesana"})
_TOKENS = re.compile(r"\w+(?:-\w+)*")
#: A morph's base in WORDBASES ("+ilta(ilta)"), not a derivational suffix's ("(+ys)").
_ROOTS = re.compile(r"\(([^+()][^()]*)\)")


def restates(sentence: str, earlier: Sequence[str], speller: Speller, common: float = 5.5) -> str:
    """The sentence of `earlier` (a bullet's sentences before it) that `sentence` says again,
    "" when none (review 52 #3: "Illalla ei kulje bussia ollenkaan. Ilta-aikaan ei ole
    bussia."): the same polarity (negated), and at least two words that carry something, each
    of which the other says (a base form or a compound's root: "ilta-aika" says "ilta"; words
    as common as `common` on the Zipf scale and calendar units say nothing of their own, an
    adverb or a number does: "Kirjasto on auki illalla" says what "… kiinni illalla" does not,
    "Aamuisin kouluun ei ole kyytiä" more than "Kouluun ei ole kyytiä"). Its verbs may differ
    ("ei kulje" / "ei ole"); a contrast of verbs on the same things ("Luottamus kasvaa
    hitaasti" / "katoaa nopeasti") differs in its adverbs or is not folded by joins either."""
    own = _things(sentence, speller, common)
    if len(own) < 2:
        return ""
    for other in earlier:
        if negated(sentence, speller) != negated(other, speller):
            continue
        said = said_roots(other, speller) | {w.lower() for w in _TOKENS.findall(other)}
        if all(bases & said for bases in own.values()):
            return other
    return ""


#: Voikko's classes of a noun that may open a clause as its subject.
_NOUNS = frozenset(
    {"nimisana", "nimisana_laatusana", "erisnimi", "paikannimi", "sukunimi", "etunimi"}
)


def mostly_restates(
    sentence: str, other: str, speller: Speller, common: float = 5.5, least: int = 3
) -> bool:
    """Whether `sentence` says mostly what `other` does (review 70 #2): of one polarity, it
    names at least `least` things (`restates`' words that carry something; [summary]
    restated_mostly_said) `other` says, and at most one that `other` does not, which is not
    its subject: joined, the two say one point twice. A clause of another subject says it of
    another ("Kirjasto on suljettu …" beside "Uimahalli on suljettu …", review 71 #5): its
    first word, a nominative noun `other` does not say."""
    if negated(sentence, speller) != negated(other, speller):
        return False
    own = _things(sentence, speller, common)
    said = said_roots(other, speller) | {w.lower() for w in _TOKENS.findall(other)}
    unsaid = [word for word, bases in own.items() if not bases & said]
    if len(own) - len(unsaid) < least or len(unsaid) > 1:
        return False
    first = next(iter(_TOKENS.findall(sentence.lower())), "")
    return not (unsaid and unsaid[0] == first and _nominative_noun(first, speller))


def _nominative_noun(word: str, speller: Speller) -> bool:
    return any(
        a.get("CLASS") in _NOUNS and a.get("SIJAMUOTO") == "nimento" for a in speller.analyze(word)
    )


def _things(sentence: str, speller: Speller, common: float) -> dict[str, set[str]]:
    """The words of `sentence` that carry something (not _NOT_THINGS; not a calendar unit or
    as common as `common`, but for adverbs: "auki" and "kiinni" differ), each with its base
    forms and roots."""
    found: dict[str, set[str]] = {}
    for word in _TOKENS.findall(sentence.lower()):
        readings = speller.analyze(word)
        if readings and all(a.get("CLASS") in _NOT_THINGS for a in readings):
            continue
        adverb = any(a.get("CLASS") == "seikkasana" for a in readings)
        if not adverb and (word in time_units() or zipf(word) >= common):
            continue
        bases = {word} | {a.get("BASEFORM", "").lower() for a in readings}
        bases |= {
            root.replace("=", "").lower()
            for a in readings
            for root in _ROOTS.findall(a.get("WORDBASES", ""))
        }
        found[word] = bases - {""}
    return found
