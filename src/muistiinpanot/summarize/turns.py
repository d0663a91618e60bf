"""Whether a cut leaves half a note that says the opposite of it (review 35 #05, #11): the
clause cut away turns the note ("Ensivasteen auto on kylällä[, mutta siinä ei ole
defibrillaattoria]", "Ryhmä kokoontuu päivällä[, jolloin en pääse]"). The main clause
(phrases._main_clause) is then not offered as a piece at all: kept whole or not used.

A cut clause turns the note when it opens with an adversative connective (lexicons/tone.toml
`adversative`: "mutta", "vaan", "kuitenkin", "silti") or, while the half kept neither negates
nor turns anything itself, is negated. Only a clause with a verb of its own counts: an
elliptic "…, ei teamsissa" restates the point it follows rather than turning it.

A report kept ("X sanoi, että Y": a clausal complement of a kept verb) is turned by a clause
coordinated after it that opens with a connective of a later event (lexicons/tone.toml
`sequel`: "sitten", "myöhemmin"), that tells in the past tense of what a report in the past
said in the present after a comma alone ("… sanoi, että kurssi jatkuu, se lopetettiin",
review 68 #2; "… kertoi, milloin portaat hiekoitetaan, ja piti sanansa" is cut as before), or
that is a report of its own with the same verb ("A sanoo, että X, B sanoo, että Y": the
second answers the first). Any of these turns it only when it says otherwise (review 69 #2):
negated, opened by an adversative, or with a predicate of another lemma than the report's
clause ("… jatkuu, se lopetettiin" turns; "… korjataan, sitten se korjattiin" and "…, B sanoo
samaa" confirm, and the report is cut as any other)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources

from muistiinpanot.summarize.protocols import ParsedToken


@functools.cache
def _connectives(table: str) -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[table]["connectives"])


def _adversative(token: ParsedToken, table: str = "adversative") -> bool:
    return bool({token.lemma.lower(), token.text.lower()} & _connectives(table))


def _negation(token: ParsedToken) -> bool:
    return "Polarity=Neg" in token.morph and token.pos in ("AUX", "VERB")


def _full_clause(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """Whether `head` heads a clause with a verb of its own (not an elliptic "ei X"): a verb
    other than the negation, or a word with a subject or copula."""
    token = tokens[head]
    if token.pos in ("VERB", "AUX") and "Polarity=Neg" not in token.morph:
        return True
    return any(tokens[c].dep.startswith(("nsubj", "cop")) for c in children[head])


def turned_away(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    words: Iterable[int],
) -> bool:
    """Whether the words left out of `words` hold a clause that turns the note: see the
    module doc. `children` as parsetree.children_of gives them."""
    kept = set(words)
    if not kept:
        return False
    kept_turns = any(_adversative(tokens[i]) or _negation(tokens[i]) for i in kept)
    for head, token in enumerate(tokens):
        if head in kept or token.pos == "PUNCT" or not _full_clause(tokens, children, head):
            continue
        if token.head == head:  # the root left out: not this module's cut
            continue
        own = [c for c in children[head] if c not in kept]
        if any(_adversative(tokens[c]) for c in own):
            return True
        if not kept_turns and any(_negation(tokens[c]) for c in own):
            return True
    return False


def dropped_negation(tokens: Sequence[ParsedToken], words: Iterable[int]) -> bool:
    """Whether the words left out of `words` hold a negation verb of no verb of its own (an
    elliptic "ei mitään") right after a kept word or under one: the kept half then says the
    negated segment without its negation ("…, turisteille[ ei mitään]", review 72 #2)."""
    kept = set(words)
    for index, token in enumerate(tokens):
        if index in kept or not _negation(token):
            continue
        if token.head != index and tokens[token.head].pos in ("VERB", "AUX"):
            continue  # "… eikä kukaan vastaa": a clause of its own (turned_away's)
        before = index - 1
        if token.head in kept and token.head != index:
            return True
        if before in kept and tokens[before].pos not in ("PUNCT", "CCONJ", "SCONJ"):
            return True
    return False


def taken_up_later(
    tokens: Sequence[ParsedToken], children: list[list[int]], words: Iterable[int]
) -> bool:
    """Whether a past clause coordinated after the kept past predicate is left out that takes
    up the kept object with a demonstrative pronoun of its number and tells what was then done
    to it ("Kunta lupasi rahoituksen[ ja leikkasi sen]", review 72 #1): the kept half tells the
    start of a story whose end the cut drops."""
    kept = set(words)
    for head, token in enumerate(tokens):
        if head in kept or token.dep != "conj" or token.pos != "VERB":
            continue
        first = token.head
        if first not in kept or first == head or tokens[first].pos != "VERB":
            continue
        if token.lemma == tokens[first].lemma:
            continue
        if not (_past(tokens, children, head) and _past(tokens, children, first)):
            continue
        numbers = {
            _number(tokens[c]) for c in children[first] if tokens[c].dep == "obj" and c in kept
        }
        if any(
            tokens[c].dep in ("obj", "nsubj")
            and "PronType=Dem" in tokens[c].morph
            and _number(tokens[c]) in numbers
            for c in children[head]
        ):
            return True
    return False


def _number(token: ParsedToken) -> str:
    return "Plur" if "Number=Plur" in token.morph else "Sing"


def _otherwise(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, said: set[str]
) -> bool:
    """Whether the clause of `head` says otherwise than a report whose predicates have the
    base forms `said`: negated, opened by an adversative, or a predicate of another lemma."""
    if any(_negation(tokens[i]) or _adversative(tokens[i]) for i in (head, *children[head])):
        return True
    return tokens[head].lemma.lower() not in said


def _past(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """Whether the predicate of `head` is in the past tense (on the verb or its auxiliary)."""
    return any("Tense=Past" in tokens[i].morph for i in (head, *children[head]))


def turned_report(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    words: Iterable[int],
) -> bool:
    """Whether the words left out of `words` hold a clause that turns a report kept in them
    or answers it with a report of its own (module doc)."""
    kept = set(words)
    reports = [
        i
        for i in kept
        if tokens[i].dep == "ccomp" and tokens[i].head in kept and tokens[i].head != i
    ]
    if not reports:
        return False
    verbs = {tokens[i].head for i in reports}
    lemmas = {tokens[v].lemma.lower() for v in verbs}
    promised = any(_past(tokens, children, v) for v in verbs) and not any(
        _past(tokens, children, i) for i in reports
    )
    said = {tokens[i].lemma.lower() for i in reports}
    for head, token in enumerate(tokens):
        if head in kept or head < min(reports) or token.dep not in ("conj", "parataxis"):
            continue
        if token.head not in kept or not _full_clause(tokens, children, head):
            continue
        own = [c for c in children[head] if c not in kept]
        if token.lemma.lower() in lemmas:  # "…, kulttuuritoimi sanoo, että kirjaston"
            if any(
                _otherwise(tokens, children, c, said)
                for c in children[head]
                if tokens[c].dep == "ccomp" or any(tokens[m].dep == "mark" for m in children[c])
            ):
                return True
            continue  # "…, rehtori sanoo samaa": the same report again
        if not _otherwise(tokens, children, head, said):
            continue  # "… korjataan, sitten se korjattiin": the report confirmed
        if any(_adversative(tokens[c], "sequel") for c in own):
            return True
        spliced = not any(tokens[c].dep == "cc" for c in children[head])
        if promised and spliced and _past(tokens, children, head):
            return True  # "… jatkuu, se lopetettiin" (not "… ja piti sanansa")
    return False
