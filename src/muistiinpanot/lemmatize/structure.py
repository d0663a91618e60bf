"""Heads and UD relations from clause rules over Voikko-read words (lemmatize/reading.py).

A text is split into sentences at final punctuation, a sentence into clauses before a
subordinating conjunction, before a relative pronoun or an indirect question's pronoun after
a comma, and before a coordinating conjunction or after a comma when a finite verb follows
before the next one (lemmatize/phrases.py reads each clause). Each sentence's main clause (the
first with a finite verb) is ROOT; a subordinate clause is advcl (ccomp after "että" and for
an indirect question), a relative clause acl:relcl of the nominal before it, any other conj.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP, COMMAS, NOMINAL, Word, attach_clause

__all__ = ["attach"]

_FINAL = frozenset({".", "!", "?", "...", "…"})
_RELATIVES = frozenset({"joka", "mikä"})
#: Words that open an indirect question after a verb ("ei tiedä, mitä suunnitellaan").
_QUESTIONS = frozenset({"mikä", "kuka", "kumpi", "miten", "miksi", "missä", "mihin", "mistä"})


@dataclass(slots=True)
class _Clause:
    kind: str  # "main", "mark", "rel", "question", "cc", "comma"
    marker: int | None
    words: list[int]


def attach(words: Sequence[Word], gap: int = AUXILIARY_GAP) -> tuple[list[int], list[str]]:
    """The head index and the UD relation of every word (the root: itself and "ROOT");
    `gap`: the words an auxiliary's verb may stand after it (phrases.attach_clause)."""
    heads = list(range(len(words)))
    deps = ["dep"] * len(words)
    start = 0
    for end in range(len(words)):
        if words[end].text in _FINAL and (end + 1 == len(words) or words[end + 1].pos != "PUNCT"):
            _sentence(words, list(range(start, end + 1)), heads, deps, gap)
            start = end + 1
    if start < len(words):
        _sentence(words, list(range(start, len(words))), heads, deps, gap)
    return heads, deps


def _sentence(
    words: Sequence[Word], span: list[int], heads: list[int], deps: list[str], gap: int
) -> None:
    clauses = _clauses(words, span)
    roots = [attach_clause(words, c.words, c.marker, heads, deps, gap) for c in clauses]
    main_at = next(
        (n for n, c in enumerate(clauses) if c.kind in ("main", "comma") and _finite(words, c)),
        next((n for n, c in enumerate(clauses) if c.kind in ("main", "comma")), 0),
    )
    main = roots[main_at]
    heads[main], deps[main] = main, "ROOT"
    for n, (clause, root) in enumerate(zip(clauses, roots, strict=True)):
        if n == main_at:
            continue
        governor = main if n < main_at else roots[n - 1] if clause.kind == "mark" else main
        if clause.kind == "rel":
            before = [i for i in span if i < clause.words[0] and words[i].pos in NOMINAL]
            governor = before[-1] if before else main
            heads[root], deps[root] = governor, "acl:relcl"
        elif clause.kind == "question":
            heads[root], deps[root] = roots[n - 1], "ccomp"
        elif clause.kind == "mark":
            marker = words[clause.marker].base if clause.marker is not None else ""
            heads[root], deps[root] = governor, "ccomp" if marker == "että" else "advcl"
        else:
            heads[root], deps[root] = main, "conj"
        if clause.marker is not None:
            heads[clause.marker] = root
            deps[clause.marker] = "cc" if clause.kind == "cc" else "mark"


def _clauses(words: Sequence[Word], span: list[int]) -> list[_Clause]:
    def finite_ahead(position: int) -> bool:
        for i in span[position:]:
            if words[i].text in COMMAS or words[i].pos in ("CCONJ", "SCONJ"):
                return False
            if words[i].finite:
                return True
        return False

    clauses: list[_Clause] = []
    current = _Clause("main", None, [])
    for position, i in enumerate(span):
        word = words[i]
        opened = any(words[j].pos != "PUNCT" for j in current.words)
        has_finite = any(words[j].finite for j in current.words)
        after_comma = position > 0 and words[span[position - 1]].text in COMMAS
        following = words[span[position + 1]] if position + 1 < len(span) else None
        opens = following is not None and (
            following.pos in ("CCONJ", "SCONJ") or following.base in _QUESTIONS | _RELATIVES
        )
        if word.pos == "SCONJ" and not word.finite:
            if opened:
                clauses.append(current)
                current = _Clause("mark", i, [i])
            else:
                current.kind, current.marker = "mark", i
                current.words.append(i)
        elif (
            word.base in _QUESTIONS
            and opened
            and _verb_before(words, i, after_comma)
            and (after_comma or (has_finite and finite_ahead(position + 1)))
        ):
            clauses.append(current)
            current = _Clause("question", None, [i])
        elif (
            word.pos == "PRON"
            and word.base in _RELATIVES
            and opened
            and (
                after_comma
                or (has_finite and _nominal_before(words, i) and finite_ahead(position + 1))
            )
        ):
            clauses.append(current)
            current = _Clause("rel", None, [i])
        elif word.pos == "CCONJ" and has_finite and finite_ahead(position + 1):
            clauses.append(current)
            current = _Clause("cc", i, [i])
        elif word.text in COMMAS and opened and finite_ahead(position + 1) and not opens:
            current.words.append(i)
            clauses.append(current)
            current = _Clause("comma", None, [])
        else:
            current.words.append(i)
    if current.words or not clauses:
        clauses.append(current)
    return clauses


def _finite(words: Sequence[Word], clause: _Clause) -> bool:
    return any(words[i].finite for i in clause.words)


def _verb_before(words: Sequence[Word], index: int, after_comma: bool) -> bool:
    """Whether the word before `index` (before the comma before it) is a verb."""
    before = index - 2 if after_comma else index - 1
    return before >= 0 and words[before].pos in ("VERB", "AUX")


def _nominal_before(words: Sequence[Word], index: int) -> bool:
    return index >= 1 and words[index - 1].pos in NOMINAL
