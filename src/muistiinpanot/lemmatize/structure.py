"""Heads and UD relations from clause rules over Voikko-read words (lemmatize/reading.py).

A text is split into sentences at final punctuation, a sentence into clauses before a
subordinating conjunction, before a relative pronoun or an indirect question's pronoun after
a comma, and before a coordinating conjunction or after a comma when a finite verb follows
before the next one (lemmatize/phrases.py reads each clause). Notes often leave the commas
out, so a relative pronoun after a nominal opens its clause without one when a finite verb
follows, and so does a finite verb with the question clitic after a verb ("ratkaisee
uskaltaako …"); a relative clause inside another ("kokeilu joka epäonnistuu ei ole virhe")
ends at its second finite verb, and the clause around it goes on. The adverb of a compound
conjunction ("ennen kuin", "vasta kun") opens the clause with it. Each sentence's main
clause (the first with a finite verb) is ROOT; a subordinate clause is advcl (ccomp after
"että" and for an indirect question), a relative clause acl:relcl of the nominal before it,
any other conj.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from muistiinpanot.lemmatize.clause_words import (
    agrees,
    auxiliary_of,
    infinitive_next,
    nominal_before,
    nominative,
    verb_before,
)
from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP, COMMAS, attach_clause
from muistiinpanot.lemmatize.reading_rules import compound_conjunctions
from muistiinpanot.lemmatize.words import NOMINAL, Word

__all__ = ["attach"]

_FINAL = frozenset({".", "!", "?", "...", "…"})
_RELATIVES = frozenset({"joka", "mikä"})
#: Words that open an indirect question after a verb ("ei tiedä, mitä suunnitellaan").
_QUESTIONS = frozenset(
    {"mikä", "kuka", "ken", "kumpi", "miten", "miksi", "missä", "mihin", "mistä", "milloin",
     "minne", "kuinka"}
)  # fmt: skip


#: Pronouns that open an infinitival relative clause after a nominal ("ei ole ketään,
#: kenelle puhua", "ei ole mitään, mitä tehdä", "ei ole paikkaa, jossa olla").
_INFINITIVAL_RELATIVES = frozenset({"joka", "mikä", "kuka", "ken"})


@dataclass(slots=True)
class _Clause:
    kind: str  # "main", "mark", "rel", "question", "cc", "comma"
    marker: int | None
    words: list[int]
    lead: int | None = None  # the adverb of a compound conjunction ("ennen" of "ennen kuin")


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
    roots = [
        attach_clause(
            words, c.words, c.marker, heads, deps, _shares_subject(words, clauses, n), gap
        )
        for n, c in enumerate(clauses)
    ]
    main_at = next(
        (n for n, c in enumerate(clauses) if c.kind in ("main", "comma") and _predicates(words, c)),
        next((n for n, c in enumerate(clauses) if c.kind in ("main", "comma")), 0),
    )
    if main_at and clauses[main_at].kind == "comma" and _juxtaposed(words, clauses, main_at):
        main_at = 0  # "Suunnitelmat näkyviin, niin muut voi kommentoida": a verbless sentence
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
            if clause.lead is not None:
                heads[clause.lead], deps[clause.lead] = clause.marker, "advmod"


def _clauses(words: Sequence[Word], span: list[int]) -> list[_Clause]:
    def finite_ahead(position: int) -> bool:
        for i in span[position:]:
            if words[i].text in COMMAS or words[i].pos in ("CCONJ", "SCONJ"):
                return False
            if words[i].finite:
                return True
        return False

    clauses: list[_Clause] = []

    def close(clause: _Clause) -> None:  # an outer clause resumed is in the list already
        if all(c is not clause for c in clauses):
            clauses.append(clause)

    current = _Clause("main", None, [])
    outer: _Clause | None = None  # the clause a relative clause without commas stands in
    for position, i in enumerate(span):
        word = words[i]
        opened = any(words[j].pos != "PUNCT" for j in current.words)
        has_finite = any(words[j].finite for j in current.words)
        after_comma = position > 0 and words[span[position - 1]].text in COMMAS
        following = words[span[position + 1]] if position + 1 < len(span) else None
        opens = following is not None and (
            following.pos in ("CCONJ", "SCONJ") or following.base in _QUESTIONS | _RELATIVES
        )
        if outer is not None and (after_comma or word.pos in ("CCONJ", "SCONJ")):
            outer = None  # a comma or conjunction: the relative clause goes on as written
        if outer is not None and word.finite and has_finite and not auxiliary_of(words, i):
            close(current)
            current = outer  # the relative clause had its verb: this one is the outer's
            outer = None
            current.words.append(i)
            continue
        if word.pos == "SCONJ" and not word.finite:
            lead = _compound_lead(words, span, position, current)
            if lead is not None:
                current.words.remove(lead)
            if opened and any(words[j].pos != "PUNCT" for j in current.words):
                close(current)
                current = _Clause("mark", i, [i], lead)
            else:
                current.kind, current.marker, current.lead = "mark", i, lead
                current.words.append(i)
            if lead is not None:
                current.words.insert(0, lead)
        elif (
            word.base in _QUESTIONS
            and opened
            and verb_before(words, i, after_comma)
            and (after_comma or (has_finite and finite_ahead(position + 1)))
        ) or (word.finite and word.feats.get("Clitic") == "Ko" and opened and has_finite):
            close(current)
            current = _Clause("question", None, [i])
        elif (
            word.pos == "PRON"
            and word.base in _RELATIVES
            and opened
            and (after_comma or (nominal_before(words, i) and finite_ahead(position + 1)))
        ) or (
            word.pos == "PRON"
            and word.base in _INFINITIVAL_RELATIVES
            and opened
            and not after_comma
            and i >= 1
            and words[i - 1].pos in NOMINAL | {"ADJ"}
            and infinitive_next(words, span, position)
        ):
            if not after_comma and not has_finite:
                outer = current  # embedded: "kokeilu joka epäonnistuu ei ole virhe"
            close(current)
            current = _Clause("rel", None, [i])
        elif (
            word.pos == "CCONJ"
            and finite_ahead(position + 1)
            and _comparison(words, current)
            and clauses
            and _finite(words, clauses[-1])
        ):
            clauses[-1].words.extend(current.words)  # "… samat kuin muualla ja vie …"
            current = _Clause("cc", i, [i])
        elif word.pos == "CCONJ" and has_finite and finite_ahead(position + 1):
            close(current)
            current = _Clause("cc", i, [i])
        elif word.text in COMMAS and opened and finite_ahead(position + 1) and not opens:
            current.words.append(i)
            close(current)
            current = _Clause("comma", None, [])
        else:
            current.words.append(i)
    if current.words or not clauses:
        close(current)
    return clauses


def _comparison(words: Sequence[Word], clause: _Clause) -> bool:
    """Whether `clause` is a comparison without a verb ("kuin ammattiasemilla"), opened by
    "kuin": after a clause with a finite verb, a phrase of that clause, not a clause, so a
    coordinated clause after it is coordinated to that clause ("Tarkastukset ovat samat kuin
    muualla ja vievät illat")."""
    return (
        clause.kind == "mark"
        and clause.marker is not None
        and clause.lead is None
        and words[clause.marker].base == "kuin"
        and not _finite(words, clause)
    )


def _juxtaposed(words: Sequence[Word], clauses: list[_Clause], main_at: int) -> bool:
    """Whether the sentence opens with a verbless clause naming its own topic and the first
    finite clause, after a comma, is a statement of its own: two statements side by side,
    the first without a verb. The opening names its topic with a nominative, and the finite
    clause has a subject of its own before its verb ("Kokeilusuunnitelmat näkyviin, niin
    muut voi kommentoida") or a verb that does not agree in number with that nominative, so
    it cannot be its subject ("Iltojen kerhot koululla, voi tulla kuka vain"); or the opening
    names a quantity with a partitive, and the clause has a subject of its own ("Hoitajalla
    40 asiakasta, suositus on 25"). Not an adverbial before the predicate ("Ryhmien mukaan,
    tieto ei kulje") nor a subject the comma clause goes on with ("Lyhyt vapaaehtoisuus,
    yksi ilta kerrallaan, houkuttelisi nuoria")."""
    first, later = clauses[0], clauses[main_at]
    if first.kind != "main" or _finite(words, first):
        return False
    verb = next(i for i in later.words if words[i].finite)
    own_subject = nominative(words, [i for i in later.words if i < verb])
    if nominative(words, first.words):
        return own_subject or not agrees(words, first.words, verb)
    partitive = any(
        words[i].pos in ("NOUN", "PROPN") and words[i].feats.get("Case") == "Par"
        for i in first.words
    )
    return partitive and own_subject


def _shares_subject(words: Sequence[Word], clauses: list[_Clause], n: int) -> bool:
    """Whether clause `n` is coordinated by a conjunction to the clause before it, has no
    nominative before its finite verb and the clause before has one: it shares that subject
    ("Keittiö ja opettajat söivät yhdessä ja tunsivat lapset")."""
    clause = clauses[n]
    if clause.kind != "cc" or n == 0:
        return False
    verb = next((i for i in clause.words if words[i].finite), None)
    if verb is None or words[verb].feats.get("Voice") == "Pass":
        return False
    before = clauses[n - 1]
    return not nominative(words, [i for i in clause.words if i < verb]) and nominative(
        words, before.words
    )


def _compound_lead(
    words: Sequence[Word], span: list[int], position: int, current: _Clause
) -> int | None:
    """The adverb before a subordinating conjunction that opens its clause with it ("ennen
    kuin", "vasta kun": lexicons/reading.toml), when it is the current clause's last word."""
    if position == 0 or not current.words or current.words[-1] != span[position - 1]:
        return None
    before = words[span[position - 1]]
    adverbs = compound_conjunctions().get(words[span[position]].base, frozenset())
    return span[position - 1] if before.base in adverbs else None


def _finite(words: Sequence[Word], clause: _Clause) -> bool:
    return any(words[i].finite for i in clause.words)


def _predicates(words: Sequence[Word], clause: _Clause) -> bool:
    """Whether a clause has a finite verb that predicates: a negation verb with no verb
    after it in its clause is a particle ("…, ei vain päätökset")."""
    for position, i in enumerate(clause.words):
        if not words[i].finite:
            continue
        if words[i].feats.get("Polarity") != "Neg":
            return True
        if any(words[j].pos in ("VERB", "AUX") for j in clause.words[position + 1 :]):
            return True
    return False
