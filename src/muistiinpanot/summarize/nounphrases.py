"""Noun phrases of a parsed note sentence that a bullet can list, turned into the nominative
("yhteisiä tiloja" → "yhteinen tila"), read from the dependency parse and UD features."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.parsetree import Span, feature, join_words, span_lemmas, subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: Dependents of a noun that stay in its noun phrase.
_NP_DEPS = frozenset({"amod", "nmod", "nmod:poss", "nmod:gobj", "nmod:gsubj", "compound",
                      "compound:nn", "flat", "det", "nummod", "case", "flat:name",
                      "appos"})  # fmt: skip
_MAX_PHRASE = 8
#: Cases of a noun's dependent that say where, whither, whence, to whom or as what.
_ADVERBIAL_CASES = frozenset({"Ine", "Ela", "Ill", "Ade", "Abl", "All", "Tra", "Ess"})


def noun_phrases(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    named: Callable[[str, str], bool] = lambda word, after: False,
    local: Callable[[str], bool] = lambda word: False,
) -> tuple[Span, ...]:
    """Noun phrases that are a subject, object or predicate (not adverbials, whose meaning
    hangs on their case) with two content words or more and no pronoun that points outside
    the phrase ("jonka esihenkilö", "sen omistaja"), and not under a negation: lifted out of
    "eikä erillisinä palveluina" a phrase would say the opposite of the note. A predicate
    noun of a clause with its own subject is not listed either: it rates the subject
    ("katselu olisi iso juttu"), and the subject carries the point. Nor is a "noun" the
    parse gives an object: it is a verb read as a noun of the same form ("ruokasalin koko
    määrää koko koulun lukujärjestyksen" is no "ruokasalin koko määrä", review 50 #2)."""
    phrases: dict[str, Span] = {}
    for index, token in enumerate(tokens):
        if token.pos not in ("NOUN", "PROPN") or not _argument(tokens, index):
            continue
        if _rates_a_subject(tokens, children, index):
            continue
        if _verb_misread(tokens, children, index):
            continue  # "ruokasalin koko määrää koko koulun lukujärjestyksen"
        if _negated(tokens, children, index):
            continue
        if _elliptic(tokens, children, index, local):
            continue
        words = _phrase_words(tokens, children, index)
        text = _nominative_phrase(tokens, words, index)
        content = span_lemmas(tokens, words)
        if not text or len(content) < 2 or any(_pronoun(tokens[i]) for i in words):
            continue
        first = tokens[words[0]]
        after = tokens[words[1]].text if len(words) > 1 else ""
        if (
            first.pos != "PROPN"
            and not (len(first.text) > 1 and first.text.isupper())
            and not named(first.text, after)  # "Tammen lapset" (review 24 #1)
        ):
            text = text[:1].lower() + text[1:]
        phrases.setdefault(text, Span(text, content))
    return tuple(sorted(phrases.values(), key=lambda p: (-len(p.text.split()), p.text)))


def _rates_a_subject(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `index` is the predicate noun of a copula clause with a subject of its own."""
    deps = {tokens[c].dep for c in children[index]}
    return "cop" in deps and any(dep.startswith("nsubj") for dep in deps)


def _verb_misread(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the noun has an object, or a genitive after it that no postposition governs: a
    genitive attribute stands before its noun in Finnish, so the noun is a verb of the same
    form ("määrää", "vuokraa") and the genitive its object."""
    for child in children[index]:
        token = tokens[child]
        if token.dep == "obj":
            return True
        if (
            child > index
            and token.dep.startswith("nmod")
            and feature(token.morph, "Case") == "Gen"
            and not any(tokens[c].dep == "case" for c in children[child])
        ):
            return True
    return False


def _elliptic(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    index: int,
    local: Callable[[str], bool],
) -> bool:
    """Whether the noun carries a place, a direction, a recipient or a state: a dependent in
    a local case, the translative or essive, or a postpositional phrase whose postposition
    `local` reads in a local case ("pyöräparkit lumen alla", "kaupunkipyörät talvikäyttöön",
    "omahoitaja jokaiselle asiakkaalle"; not "tiedonjako yksiköiden kesken"). Such a verbless
    note is a clause whose verb is unsaid, and whether it is a wish, a problem or a fact is
    in that verb: listed as a noun phrase it reads as a fragment (review 34 #4)."""
    for child in children[index]:
        token = tokens[child]
        if token.dep != "nmod":
            continue
        if feature(token.morph, "Case") in _ADVERBIAL_CASES:
            return True
        if any(
            tokens[c].dep == "case" and tokens[c].pos == "ADP" and local(tokens[c].text)
            for c in children[child]
        ):
            return True
    return False


def _negated(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether a negation ("ei", "eikä", "älä") governs `index`: on it or its heads, or as a
    dependent of one of them."""
    seen: set[int] = set()
    while index not in seen:
        seen.add(index)
        if "Polarity=Neg" in tokens[index].morph or any(
            "Polarity=Neg" in tokens[c].morph for c in children[index]
        ):
            return True
        index = tokens[index].head
    return False


def _argument(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the noun (or the first of the conjuncts it is one of) is a subject, an object,
    a predicate or the note's topic; a conjunct of a root that is no noun is a part of what
    the note says ("kalenteri sekava, paperilista ja erillinen sovellus": listed, "erillinen
    sovellus" loses the point, review 38 #6). A root in the allative is no argument: it says
    to whom ("Vapaaehtoisille kiitosta" is not "vapaaehtoinen kiitosta", review 54)."""
    dep, start = tokens[index].dep, index
    if dep == "ROOT" and feature(tokens[index].morph, "Case") == "All":
        return False
    while dep == "conj" and tokens[index].head != index:
        index = tokens[index].head
        dep = tokens[index].dep
    if index != start and dep == "ROOT" and tokens[index].pos not in ("NOUN", "PROPN"):
        return False
    return dep.startswith(("nsubj", "obj")) or dep in ("ROOT", "xcomp")


def _phrase_words(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> list[int]:
    keep = [c for c in children[head] if tokens[c].dep in _NP_DEPS and tokens[c].dep != "appos"]
    return sorted(set().union(*(subtree(children, c) for c in keep), {head}))


def _nominative_phrase(tokens: Sequence[ParsedToken], words: list[int], head: int) -> str:
    """The noun phrase headed by `head` turned into the nominative: words that agree with the
    head (adjectives, determiners, numerals) and the head itself become their lemmas; genitive
    and adpositional dependents keep their form ("kunnan järjestelmiä" → "kunnan järjestelmä").
    "" when a modifier cannot be turned (a participle) or the phrase is too long."""
    case = feature(tokens[head].morph, "Case")
    if len(words) > _MAX_PHRASE or any(not _wordlike(tokens[i]) for i in words):
        return ""
    if tokens[words[0]].pos == "ADP" and tokens[words[0]].dep == "case":
        return ""  # a preposition phrase, not a noun phrase
    if case in ("Nom", ""):
        return join_words(tokens, words, None)
    out = []
    for index in words:
        token = tokens[index]
        agrees = token.head == head and token.dep in ("amod", "det", "nummod")
        if index == head or (agrees and feature(token.morph, "Case") == case):
            if "PartForm" in token.morph:
                return ""
            out.append(token.lemma)
        else:
            out.append(token.text)
    return " ".join(out)


def _pronoun(token: ParsedToken) -> bool:
    kinds = ("PronType=Rel", "PronType=Int", "PronType=Prs", "PronType=Dem")
    return token.pos == "PRON" and any(kind in token.morph for kind in kinds)


def _wordlike(token: ParsedToken) -> bool:
    return token.pos not in ("PUNCT", "VERB", "SYM", "X") and any(ch.isalpha() for ch in token.text)
