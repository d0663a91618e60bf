"""What a note glues on around its point after a comma, read from the parse and Voikko
(review 58, mend119):

- a topic fronted before a comma, with the clause after it naming its own subject or object
  ("kirjaston siirto koululle, kustannukset pitää laskea"): the clause is the point, the
  topic is dropped, not glued to the infinitive's object;
- a comment appended after the last comma: an evaluation of what was said (an adjective and
  a shell noun, lexicons/appended.toml: "…, loistava idea"), a clause on a demonstrative
  "se/tämä" with "olla" ("…, se on menetetty mahdollisuus"), a question without its mark
  not governed by a verb or noun that takes one ("…, kuka jaksaa joka kesä");
- a fragment appended after the last comma to a predicate's clause: a lone noun
  coordinated with the predicate itself, not with one of its arguments ("ehdot pitää olla
  kirjalliset, allekirjoitukset"; "sauna, keittiö ja kokoustila" is a list of the subject).

`trimmed` gives the sentence without them (None when nothing is cut); the caller reparses.
`plural_predicative` writes a predicate adjective of a coordinated subject in the plural
("Kaukolämpö ja vesi ovat kalliita")."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.context import POINTING_ADVERBS
from muistiinpanot.summarize.parsetree import (
    RewrittenToken,
    children_of,
    feature,
    join_words,
)
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_VERBAL = frozenset({"VERB", "AUX"})
#: Endings of the plural partitive (Finnish grammar), tried on the base form less 0-3 letters.
_PLURAL_PARTITIVE = ("ita", "itä", "ia", "iä", "ja", "jä", "ia", "eita", "eitä", "ejä", "eja")
#: Demonstratives (Finnish grammar's closed class; the parse leaves PronType out at times).
_DEMONSTRATIVES = frozenset(
    {"se", "ne", "tämä", "nämä", "tuo", "nuo", "sinne", "siellä", "sieltä", "tänne", "täällä"}
)
_CORE = frozenset({"obj", "nsubj", "nsubj:cop", "nsubj:pass"})
_NOUN_CLASSES = frozenset(
    {"nimisana", "nimisana_laatusana", "etunimi", "sukunimi", "paikannimi", "nimi"}
)


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = tomllib.loads(
        resources.files("muistiinpanot.lexicons").joinpath("appended.toml").read_text("utf-8")
    )
    return (
        frozenset(data["shell"]["nouns"]),
        frozenset(data["questions"]["verbs"]),
        frozenset(data["questions"]["nouns"]),
    )


def trimmed(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence without a fronted topic or an appended comment or fragment (see the
    module doc), None when it has none."""
    if not tokens:
        return None
    children = children_of(tokens)
    keep = list(range(len(tokens)))
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return None
    end = len(tokens) - 1 if tokens[-1].pos == "PUNCT" and tokens[-1].text != "," else len(tokens)
    cut: set[int] = set()
    last = commas[-1]
    tail = list(range(last + 1, end))
    if tail and _appended(tokens, children, last, tail):
        cut |= {last, *tail}
    first = commas[0]
    # a clause that opens with a pro-adverb ("silloin", "siksi" …) points at the fronted
    # words: the topic stays with it (review 86 #1)
    pointing = first + 1 < end and tokens[first + 1].text.lower() in POINTING_ADVERBS
    if first > 0 and not pointing and _fronted(tokens, children, first, end):
        cut |= set(range(first + 1))
    if not cut or len(cut) >= end:
        return None
    keep = [i for i in keep if i not in cut]
    text = join_words(tokens, keep, None).strip()
    if text.startswith((",", ".")) or not text:
        return None
    return text[:1].upper() + text[1:]


def _appended(
    tokens: Sequence[ParsedToken], children: list[list[int]], comma: int, tail: list[int]
) -> bool:
    shell, _, _ = _lexicon()
    words = [tokens[i] for i in tail]
    if any(t.pos == "CCONJ" or t.text in (",", ";", ":") for t in words):
        return False  # a list's last items ("…, keittiö ja kokoustila")
    verbal = any(t.pos in _VERBAL for t in words)
    lemmas = [t.lemma.lower() for t in words]
    # "…, loistava idea": an adjective rating a shell noun, nothing else but adverbs ("…, tosi
    # hyvä juttu", "…, tärkeä asia oikeasti": review 66 #2)
    rated = [t for t in words if t.pos != "ADV"]
    if (
        not verbal
        and len(rated) == 2
        and rated[0].pos == "ADJ"
        and (rated[1].lemma.lower() in shell or rated[1].text.lower() in shell)
        # with adverbs, a comment in the nominative: "samanlaisia juttuja lisää" asks for more
        and (len(rated) == len(words) or all("Case=Nom" in t.morph for t in rated))
    ):
        return True
    # "…, se on …": a demonstrative and "olla" comment on what was said
    if len(words) >= 3 and lemmas[0] in ("se", "tämä") and lemmas[1] == "olla":
        return comma > 1
    if _rhetorical(tokens, words, lemmas):
        return True
    # "… pitää olla kirjalliset, allekirjoitukset": a fragment coordinated with the predicate
    # a lone noun only: a phrase with its own words adds a detail ("…, samat kysymykset monta
    # kertaa", review 40)
    if len(tail) != 1:
        return False
    head = tail[0]
    if verbal or head is None or tokens[head].dep != "conj" or tokens[head].pos != "NOUN":
        return False
    root = tokens[head].head
    if tokens[root].dep != "ROOT" or root > comma:
        return False
    return any(tokens[c].dep in ("cop", "aux") for c in children[root]) or tokens[root].pos == (
        "VERB"
    )


def _rhetorical(tokens: Sequence[ParsedToken], words: list[ParsedToken], lemmas: list[str]) -> bool:
    """A question word opens the tail and its verb follows, no question mark, and what it hangs
    on neither asks nor names a question ("kysyä", "kysymys": lexicons/appended.toml)."""
    _, verbs, nouns = _lexicon()
    if "PronType=Int" not in words[0].morph or tokens[-1].text == "?":
        return False
    if not any(t.pos == "VERB" for t in words[1:]):
        return False
    governor = next(
        (tokens[t.head] for t in words if t.dep in ("ccomp", "advcl", "acl", "conj", "parataxis")),
        None,
    )
    if governor is None:
        return False
    opening = tokens.index(words[0])
    if any(_pointing(t) for t in tokens[:opening]):
        return False  # a correlative takes the clause: "kiistelivät siitä, kuka siivoaa"
    before = {t.lemma.lower() for t in tokens[:opening]}
    return not (before & (verbs | nouns)) and governor.lemma.lower() not in verbs | nouns


def _pointing(token: ParsedToken) -> bool:
    """A demonstrative pronoun or pro-adverb ("se", "siihen", "sinne")."""
    return "PronType=Dem" in token.morph or token.lemma.lower() in _DEMONSTRATIVES


def _fronted(
    tokens: Sequence[ParsedToken], children: list[list[int]], comma: int, end: int
) -> bool:
    """Whether the words before the first comma are a verbless noun phrase fronted before a
    clause whose verb has its own subject or object after the comma."""
    front = tokens[:comma]
    if any(t.pos in _VERBAL or t.pos in ("PRON", "SCONJ", "CCONJ") for t in front):
        return False
    if not any(t.pos == "NOUN" for t in front):
        return False
    after = range(comma + 1, end)
    if any(
        tokens[i].dep == "conj" and tokens[i].head < comma and tokens[i].pos != "VERB"
        for i in after
    ):
        return False  # a list's first item ("Apteekki, terveyskeskus ja … pyytävät")
    if any(_pointing(tokens[i]) for i in after):
        return False  # the clause points back to it ("X, se tuo väkeä paikalle")
    verbs = [i for i in after if tokens[i].pos == "VERB"]
    if not verbs:
        return False
    verb = verbs[-1]
    own = [c for c in children[verb] if comma < c < end and tokens[c].dep in _CORE]
    front_args = [i for i in range(comma) if tokens[i].head == verb and tokens[i].dep in _CORE]
    if not own or not any(tokens[c].pos in ("NOUN", "PROPN") for c in own):
        return False
    # the parse hangs the topic on the clause's verb as a second argument, or not at all
    return bool(front_args) or all(tokens[i].head < comma for i in range(comma))


def plural_predicative(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """A singular partitive predicate adjective whose subject is coordinated ("Lämmitys ja
    sähkö ovat kallista") in the plural partitive, as Voikko confirms it ("kalliita")."""
    children = children_of(tokens)
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.pos != "ADJ" or feature(token.morph, "Case") != "Par":
            continue
        if feature(token.morph, "Number") != "Sing":
            continue
        subjects = [c for c in children[index] if tokens[c].dep == "nsubj:cop"]
        coordinated = any(
            tokens[k].dep == "conj" and tokens[k].pos in ("NOUN", "PROPN")
            for s in subjects
            for k in children[s]
        )
        if not coordinated:
            continue
        plural = _plural_partitive(token.text, speller)
        if plural is not None:
            morph = token.morph.replace("Number=Sing", "Number=Plur")
            result[index] = RewrittenToken(token, plural, morph)
    return result


def _plural_partitive(word: str, speller: Speller) -> str | None:
    """The plural partitive of the adjective whose singular partitive `word` is: the base
    form less up to three letters with a plural partitive ending, the first that Voikko reads
    as the plural partitive of the same base form."""
    readings = [
        a
        for a in speller.analyze(word.lower())
        if a.get("SIJAMUOTO") == "osanto" and a.get("CLASS") == "laatusana"
    ]
    if not readings:
        return None
    base = readings[0].get("BASEFORM", "")
    for cut in range(4):
        stem = base[: len(base) - cut] if cut else base
        for ending in _PLURAL_PARTITIVE:
            candidate = stem + ending
            if any(
                a.get("SIJAMUOTO") == "osanto"
                and a.get("NUMBER") == "plural"
                and a.get("BASEFORM") == base
                for a in speller.analyze(candidate)
            ):
                return candidate[:1].upper() + candidate[1:] if word[:1].isupper() else candidate
    return None


def noun_head(phrase: str, speller: Speller) -> bool:
    """Whether a listed phrase has a word Voikko reads as a noun (or does not know), as a
    noun phrase's head is ("gluteeniton laktoositon" is two adjectives)."""
    for word in phrase.split():
        readings = speller.analyze(word.strip(".,;:").lower())
        if not readings or any(a.get("CLASS") in _NOUN_CLASSES for a in readings):
            return True
    return False
