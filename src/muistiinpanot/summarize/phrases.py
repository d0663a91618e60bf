"""The pieces of a parsed note sentence that a bullet can gather: its main clause as a full
sentence, the infinitive phrase under a modal verb ("pitäisi [ottaa asukkaat mukaan]") and its
noun phrases in the nominative ("yhteisiä tiloja" → "yhteinen tila").

Everything is read from the dependency parse and the UD features of the spaCy Finnish model;
no word list decides what a phrase is. A verbless note with a subject ("työntekijät uupuneita")
gets the copula it leaves out ("Työntekijät ovat uupuneita.").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from muistiinpanot.content import CONTENT_POS
from muistiinpanot.summarize.protocols import ParsedToken

Tone = Literal["problem", "proposal", "statement"]

#: Dependents that start a clause of their own: left out of the main clause.
_CLAUSE_DEPS = frozenset({"parataxis", "discourse", "vocative", "reparandum", "dislocated"})
#: Dependents of a noun that stay in its noun phrase.
_NP_DEPS = frozenset({"amod", "nmod", "nmod:poss", "compound", "compound:nn", "flat", "det",
                      "nummod", "case", "flat:name", "appos"})  # fmt: skip
#: Modal auxiliaries whose infinitive phrase is a need or proposal.
_MODALS = frozenset({"pitää", "täytyä", "tulla", "kannattaa", "tarvita"})
_MAX_CLAUSE = 22
_MAX_PHRASE = 8


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text and the lemmas of its content words (lowercase)."""

    text: str
    lemmas: frozenset[str]


_NONE = Span("", frozenset())


@dataclass(frozen=True, slots=True)
class Pieces:
    """What one sentence offers: `clause` (a full sentence, or empty when it has no finite
    verb even after the copula is restored), `modal` and `infinitive` (the modal's lemma and
    its phrase, or empty), `phrases` (nominative noun phrases, longest first) and its `tone`."""

    clause: Span
    modal: str
    infinitive: Span
    phrases: tuple[Span, ...]
    tone: Tone


def sentence_pieces(
    tokens: Sequence[ParsedToken], finite: Callable[[str], bool] = lambda word: True
) -> Pieces:
    """The pieces of one parsed sentence (see the module doc). `finite` double-checks that a
    word the parser calls a finite verb can be one (Voikko's analyses: the parser reads
    "julki" in "luvut julki" as a verb)."""
    if not tokens:
        return Pieces(_NONE, "", _NONE, (), "statement")
    children = _children(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    modal, infinitive = _modal(tokens, children, root)
    return Pieces(
        clause=_main_clause(tokens, children, root, finite),
        modal=modal,
        infinitive=infinitive,
        phrases=_noun_phrases(tokens, children),
        tone=_tone(tokens, children, root),
    )


def has_finite_verb(tokens: Sequence[ParsedToken]) -> bool:
    """True when some token is a finite verb or auxiliary (UD VerbForm=Fin)."""
    return any("VerbForm=Fin" in token.morph for token in tokens)


def has_finite_predicate(tokens: Sequence[ParsedToken]) -> bool:
    """True when the sentence's own predicate is finite: the root or its auxiliary or copula
    (a finite verb only in a subordinate clause, as in "luvut julki, niin kunnat pystyvät
    varautumaan", leaves the sentence a fragment)."""
    if not tokens:
        return False
    children = _children(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    return bool(_predicate(tokens, children, root))


def _predicate(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> list[int]:
    """The finite words of the main predicate: the root and its aux/cop dependents."""
    heads = [root, *(c for c in children[root] if tokens[c].dep.startswith(("aux", "cop")))]
    return [i for i in heads if "VerbForm=Fin" in tokens[i].morph]


def _children(tokens: Sequence[ParsedToken]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for index, token in enumerate(tokens):
        if token.head != index and 0 <= token.head < len(tokens):
            children[token.head].append(index)
    return children


def _subtree(children: list[list[int]], index: int, skip: frozenset[int] = frozenset()) -> set[int]:
    result = {index}
    stack = [index]
    while stack:
        for child in children[stack.pop()]:
            if child not in skip and child not in result:
                result.add(child)
                stack.append(child)
    return result


def _clausal(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `index` heads a clause: a verb, or a word with a subject, copula or finite aux."""
    if tokens[index].pos in ("VERB", "AUX"):
        return True
    return any(
        tokens[c].dep.startswith(("nsubj", "cop")) or "VerbForm=Fin" in tokens[c].morph
        for c in children[index]
    )


def _main_clause(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    finite: Callable[[str], bool],
) -> Span:
    skip = {
        c
        for c in children[root]
        if tokens[c].dep in _CLAUSE_DEPS
        or (tokens[c].dep == "conj" and _clausal(tokens, children, c))
    }
    kept = _subtree(children, root, frozenset(skip))
    if len(kept) > _MAX_CLAUSE:
        skip |= {c for c in children[root] if tokens[c].dep in ("advcl", "acl", "ccomp")}
        kept = _subtree(children, root, frozenset(skip))
    cut = _cut_before(tokens, children, root, skip)
    words = [i for i in sorted(kept) if i < cut]
    while words and tokens[words[-1]].pos == "PUNCT":
        words.pop()
    if not words or len(words) > _MAX_CLAUSE or root not in words:
        return _NONE
    predicate = [i for i in _predicate(tokens, children, root) if finite(tokens[i].text)]
    insert = _missing_copula(tokens, children, root, set(words)) if not predicate else None
    if not insert and not predicate:
        return _NONE  # no finite verb of its own (one in a subordinate clause is not enough)
    if tokens[words[0]].pos == "SCONJ":
        return _NONE  # a subordinate clause standing alone ("jos …")
    text = _join(tokens, words, insert).rstrip(" ,;:–-")
    question = tokens[-1].text == "?" or any("Clitic=Ko" in tokens[i].morph for i in predicate)
    end = "?" if question else "" if text.endswith(".") else "."
    return Span(_capitalise(text) + end, _lemmas(tokens, words))


def _cut_before(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, skip: set[int]
) -> int:
    """Where the main clause ends: at the last comma before the first clause left out after
    the root (a word the parser hung on the root from that clause is cut too)."""
    starts = [min(_subtree(children, c)) for c in skip if c > root]
    if not starts:
        return len(tokens)
    first = min(starts)
    commas = [i for i in range(root + 1, first) if tokens[i].text in (",", ";", ":", "–")]
    return commas[-1] if commas else first


def _lemmas(tokens: Sequence[ParsedToken], words: Sequence[int]) -> frozenset[str]:
    return frozenset(
        tokens[i].lemma.lower()
        for i in words
        if tokens[i].pos in CONTENT_POS
        and not tokens[i].is_stop
        and any(ch.isalpha() for ch in tokens[i].lemma)
    )


def _missing_copula(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, words: set[int]
) -> tuple[int, str] | None:
    """(position after which to insert, "on"/"ovat") when a nominal or participle predicate
    has a nominative subject but no verb ("tiedonkulku huono" → "tiedonkulku on huono")."""
    if tokens[root].pos not in ("ADJ", "NOUN", "VERB") or "VerbForm=Inf" in tokens[root].morph:
        return None
    subjects = [
        c
        for c in children[root]
        if tokens[c].dep.startswith("nsubj") and "Case=Nom" in tokens[c].morph and c < root
    ]
    if not subjects or any(tokens[c].dep == "cop" for c in children[root]):
        return None
    subject = subjects[0]
    span = _subtree(children, subject)
    plural = "Number=Plur" in tokens[subject].morph or any(
        tokens[c].dep == "conj" for c in children[subject]
    )
    return max(span), "ovat" if plural else "on"


def _modal(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> tuple[str, Span]:
    """(modal lemma, infinitive phrase) for "pitäisi ottaa asukkaat mukaan" without a subject
    of its own; ("", "") otherwise."""
    head = tokens[root]
    if "VerbForm=Inf" not in head.morph:
        return "", _NONE
    modals = [c for c in children[root] if tokens[c].dep == "aux" and tokens[c].lemma in _MODALS]
    if not modals or any(tokens[c].dep.startswith("nsubj") for c in children[root]):
        return "", _NONE
    skip = {
        c
        for c in children[root]
        if tokens[c].dep in ("aux", "punct", "advmod", "cc", "mark", *_CLAUSE_DEPS)
        or (tokens[c].dep == "conj" and _clausal(tokens, children, c))
    }
    kept = sorted(_subtree(children, root, frozenset(skip)))
    if any(tokens[i].pos == "PUNCT" for i in kept) or len(kept) > _MAX_PHRASE:
        return "", _NONE
    if any("Polarity=Neg" in tokens[i].morph for i in kept):
        return "", _NONE
    # the verb first: "asukkaat pitäisi ottaa mukaan" → "ottaa asukkaat mukaan"
    order = [root] + [i for i in kept if i < root] + [i for i in kept if i > root]
    text = _join(tokens, order, None)
    first = tokens[order[1]] if len(order) > 1 and order[1] < root else None
    if first is not None and first.pos != "PROPN" and not first.text.isupper():
        text = text.replace(first.text, first.text[:1].lower() + first.text[1:], 1)
    return tokens[modals[0]].lemma, Span(text, _lemmas(tokens, kept))


def _noun_phrases(tokens: Sequence[ParsedToken], children: list[list[int]]) -> tuple[Span, ...]:
    """Noun phrases that are a subject, object or predicate (not adverbials, whose meaning
    hangs on their case) with two content words or more and no pronoun that points outside
    the phrase ("jonka esihenkilö", "sen omistaja"), and not under a negation: lifted out of
    "eikä erillisinä palveluina" a phrase would say the opposite of the note."""
    phrases: dict[str, Span] = {}
    for index, token in enumerate(tokens):
        if token.pos not in ("NOUN", "PROPN") or not _argument(tokens, index):
            continue
        if _negated(tokens, children, index):
            continue
        words = _phrase_words(tokens, children, index)
        text = _nominative_phrase(tokens, words, index)
        content = _lemmas(tokens, words)
        if not text or len(content) < 2 or any(_pronoun(tokens[i]) for i in words):
            continue
        first = tokens[words[0]]
        if first.pos != "PROPN" and not (len(first.text) > 1 and first.text.isupper()):
            text = text[:1].lower() + text[1:]
        phrases.setdefault(text, Span(text, content))
    return tuple(sorted(phrases.values(), key=lambda p: (-len(p.text.split()), p.text)))


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
    dep = tokens[index].dep
    while dep == "conj" and tokens[index].head != index:
        index = tokens[index].head
        dep = tokens[index].dep
    return dep.startswith(("nsubj", "obj")) or dep in ("ROOT", "xcomp")


def _phrase_words(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> list[int]:
    keep = [c for c in children[head] if tokens[c].dep in _NP_DEPS and tokens[c].dep != "appos"]
    return sorted(set().union(*(_subtree(children, c) for c in keep), {head}))


def _nominative_phrase(tokens: Sequence[ParsedToken], words: list[int], head: int) -> str:
    """The noun phrase headed by `head` turned into the nominative: words that agree with the
    head (adjectives, determiners, numerals) and the head itself become their lemmas; genitive
    and adpositional dependents keep their form ("kunnan järjestelmiä" → "kunnan järjestelmä").
    "" when a modifier cannot be turned (a participle) or the phrase is too long."""
    case = _feature(tokens[head].morph, "Case")
    if len(words) > _MAX_PHRASE or any(not _wordlike(tokens[i]) for i in words):
        return ""
    if tokens[words[0]].pos == "ADP" and tokens[words[0]].dep == "case":
        return ""  # a preposition phrase, not a noun phrase
    if case in ("Nom", ""):
        return _join(tokens, words, None)
    out = []
    for index in words:
        token = tokens[index]
        agrees = token.head == head and token.dep in ("amod", "det", "nummod")
        if index == head or (agrees and _feature(token.morph, "Case") == case):
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


def _tone(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> Tone:
    """problem: a negated or lacking main predicate; proposal: a modal, conditional or a need
    ("tarvitaan"); statement otherwise."""
    main = [root, *children[root]]
    if any("Polarity=Neg" in tokens[i].morph for i in main) or tokens[root].lemma == "puuttua":
        return "problem"
    modal = any(tokens[i].dep == "aux" and tokens[i].lemma in _MODALS for i in main)
    if modal or tokens[root].lemma == "tarvita" or any("Mood=Cnd" in tokens[i].morph for i in main):
        return "proposal"
    return "statement"


def _feature(morph: str, name: str) -> str:
    for part in morph.split("|"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return ""


def _join(
    tokens: Sequence[ParsedToken], words: Sequence[int], insert: tuple[int, str] | None
) -> str:
    """The words at `words` as text: spaces as typed between neighbours, one space across a
    gap, none before closing punctuation; `insert` adds a word after the given position."""
    out = ""
    previous: int | None = None
    for index in words:
        token = tokens[index]
        if previous is not None:
            glued = index == previous + 1 and not tokens[previous].space
            if not glued and token.text not in (",", ".", ";", ":", "!", "?", ")"):
                out += " "
        out += token.text
        if insert is not None and index == insert[0]:
            out += " " + insert[1]
        previous = index
    return out


def _capitalise(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].upper() + text[1:]
