"""Helpers over a dependency parse shared by the summary's piece finders (phrases.py,
nounphrases.py): children and subtrees, content lemmas, UD features, and joining tokens back
into text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from muistiinpanot.content import CONTENT_POS
from muistiinpanot.summarize.protocols import ParsedToken


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text and the lemmas of its content words (lowercase)."""

    text: str
    lemmas: frozenset[str]


@dataclass(frozen=True, slots=True)
class Frame:
    """A simple verbal clause cut at its predicate, for coordinating clauses that share one:
    `subject` (as written; "" when the clause starts with its predicate, as "Tarvitaan …"),
    `predicate` (the finite verb with its
    auxiliaries, as written) and `rest` (what follows the predicate, maybe ""); `disagrees`
    when the parse shows a plural (or coordinated) nominative noun as the subject of a singular
    verb that is not a necessive ("Työvuorolistat tulee myöhään")."""

    subject: str
    predicate: str
    rest: str
    disagrees: bool = False  # the parse shows a plural subject before a singular verb


class TokenView:
    """A parsed token seen through another: its lemma, part of speech, spacing and stop-word
    flag are the wrapped `token`'s; a subclass (a frozen dataclass with a `token` field) gives
    the rest, as fields of its own or from `token`."""

    __slots__ = ()
    token: ParsedToken

    @property
    def lemma(self) -> str:
        return self.token.lemma

    @property
    def pos(self) -> str:
        return self.token.pos

    @property
    def space(self) -> bool:
        return self.token.space

    @property
    def is_stop(self) -> bool:
        return self.token.is_stop


@dataclass(frozen=True, slots=True)
class Reheaded(TokenView):
    """A parsed token given another place in the tree (`dep`, `head`, `morph`); its text and
    the rest are the parser's `token` (summarize/attributes.py, conjsubjects.py,
    questionolla.py)."""

    token: ParsedToken
    dep: str
    head: int
    morph: str

    @property
    def text(self) -> str:
        return self.token.text


@dataclass(frozen=True, slots=True)
class RewrittenToken(TokenView):
    """A parsed token written as the written standard has it (`text`, `morph`: a spoken form,
    an agreeing verb, a governed infinitive, a pronoun of people, a possessive suffix); the
    rest is the parser's `token`. `ungoverned` marks a finite verb under another verb that
    no infinitive could be confirmed for (summarize/government.py)."""

    token: ParsedToken
    text: str
    morph: str
    ungoverned: bool = False

    @property
    def dep(self) -> str:
        return self.token.dep

    @property
    def head(self) -> int:
        return self.token.head


def children_of(tokens: Sequence[ParsedToken]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for index, token in enumerate(tokens):
        if token.head != index and 0 <= token.head < len(tokens):
            children[token.head].append(index)
    return children


def subtree(children: list[list[int]], index: int, skip: frozenset[int] = frozenset()) -> set[int]:
    result = {index}
    stack = [index]
    while stack:
        for child in children[stack.pop()]:
            if child not in skip and child not in result:
                result.add(child)
                stack.append(child)
    return result


#: Dependents that head a subordinate clause: adverbial ("kun …", "ennen kuin …", "jotta …"),
#: complement ("että …"), subject and adnominal (relative "joka …") clauses.
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl"})


def main_clause_words(
    tokens: Sequence[ParsedToken], children: list[list[int]], words: Sequence[int]
) -> tuple[str, ...]:
    """The lowercase words of `words` outside every subordinate clause (SUBORDINATE_DEPS, by
    the parse): "Maksu jaetaan, kun remontti valmistuu" → ("maksu", "jaetaan", ",")."""
    inside: set[int] = set()
    for index, token in enumerate(tokens):
        if index not in inside and token.dep.split(":")[0] in SUBORDINATE_DEPS:
            inside |= subtree(children, index)
    return tuple(tokens[i].text.lower() for i in words if i not in inside)


def span_lemmas(tokens: Sequence[ParsedToken], words: Sequence[int]) -> frozenset[str]:
    return frozenset(
        tokens[i].lemma.lower()
        for i in words
        if tokens[i].pos in CONTENT_POS
        and not tokens[i].is_stop
        and any(ch.isalpha() for ch in tokens[i].lemma)
    )


def feature(morph: str, name: str) -> str:
    """The value of the UD feature `name` in `morph`, or ""."""
    for part in morph.split("|"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return ""


def join_words(
    tokens: Sequence[ParsedToken],
    words: Sequence[int],
    insert: tuple[int, str] | None,
    commas: frozenset[int] = frozenset(),
) -> str:
    """The words at `words` as text: spaces as typed between neighbours, one space across a
    gap, none before closing punctuation; `insert` adds a word after the given position;
    a comma goes before each word of `commas` that does not follow punctuation already
    (commas.clause_commas: where a subordinate clause starts)."""
    out = ""
    previous: int | None = None
    for index in words:
        token = tokens[index]
        if not token.text:  # a word moved onto another ("ja … ei" → "eikä …", neither.py)
            continue
        if index in commas and out and (out[-1].isalnum() or out[-1] in ')"”'):
            out += ","
        if previous is not None:
            glued = index == previous + 1 and not tokens[previous].space
            if not glued and token.text not in (",", ".", ";", ":", "!", "?", ")"):
                out += " "
        out += token.text
        if insert is not None and index == insert[0]:
            out += " " + insert[1]
        previous = index
    return out


def typed_words(tokens: Sequence[ParsedToken]) -> list[str]:
    """Per token, the word as it was typed where the tokenizer split a subordinating
    conjunction from the negation verb fused with it ("ettei" → "ett" + "ei", "etteivät" →
    "ett" + "eivät", "jollei"): the conjunction and the letter tokens written together with
    it, no space between; else the token's own text. A spelling check reads the word typed:
    "ett" alone is no Finnish, "ettei" is. A question word fused so ("miksei") is left as
    split: the elliptic question it opens ("…, miksei välillä kirjastossa") is no clause."""
    words = [token.text for token in tokens]
    start = 0
    while start < len(tokens):
        end = start
        while (
            tokens[start].pos == "SCONJ"
            and end + 1 < len(tokens)
            and not tokens[end].space
            and tokens[end].text.isalpha()
            and tokens[end + 1].text.isalpha()
        ):
            end += 1
        if end > start:
            joined = "".join(tokens[i].text for i in range(start, end + 1))
            words[start : end + 1] = [joined] * (end + 1 - start)
        start = end + 1
    return words


def retyped(tokens: Sequence[ParsedToken], words: Mapping[int, str | None]) -> str:
    """The tokens' text as typed (each with its own space after it), the token at each index
    of `words` written as its value instead, or left out when the value is None."""
    return "".join(
        (token.text if i not in words else words[i] or "") + (" " if token.space else "")
        for i, token in enumerate(tokens)
        if i not in words or words[i] is not None
    ).strip()


def capitalise(text: str) -> str:
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].upper() + text[1:]
