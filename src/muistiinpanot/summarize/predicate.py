"""The main predicate of a parsed sentence: whether it has a finite verb at all or as its own
predicate (the root, its auxiliary or copula), and where a verbless note with a nominative
subject takes the copula it leaves out ("tiedonkulku huono" → "tiedonkulku on huono")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from muistiinpanot.summarize.clauses import clausal
from muistiinpanot.summarize.parsetree import children_of, feature, subtree
from muistiinpanot.summarize.protocols import ParsedToken


def has_finite_verb(tokens: Sequence[ParsedToken]) -> bool:
    """True when some token is a finite verb or auxiliary (UD VerbForm=Fin)."""
    return any("VerbForm=Fin" in token.morph for token in tokens)


def has_read_finite_verb(tokens: Sequence[ParsedToken], finite: Callable[[str], bool]) -> bool:
    """True when some verb or auxiliary the parse reads finite (UD VerbForm=Fin) is one that
    `finite` (Voikko) can read so too: the parser's slips ("julki") are no verb."""
    return any(
        t.pos in ("VERB", "AUX") and "VerbForm=Fin" in t.morph and finite(t.text) for t in tokens
    )


def has_finite_predicate(tokens: Sequence[ParsedToken]) -> bool:
    """True when the sentence's own predicate is finite: the root or its auxiliary or copula
    (a finite verb only in a subordinate clause, as in "luvut julki, niin kunnat pystyvät
    varautumaan", leaves the sentence a fragment)."""
    if not tokens:
        return False
    children = children_of(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    return bool(main_predicate(tokens, children, root))


def coordinated_predicates(
    tokens: Sequence[ParsedToken],
    words: Collection[int] | None = None,
    children: list[list[int]] | None = None,
) -> int:
    """How many predicates the sentence chains by coordination, counting only `words` (all
    by default): the root, every clause coordinated with it, also through another ("A ja B,
    ja C ja D": four), a clause joined by "joten" or "sillä" (main clauses, however the parse
    hangs them: "A, ja B, joten C": three), and an adverb or adjective coordinated with a
    verb, a predicate whose copula is left out ("… ne pitää varata etukäteen ja täynnä koko
    kesän": three). An infinitive that shares the one auxiliary of the infinitive before it
    is the same predicate ("pitää varata ja siivota": one). The one count of the summary: a note's
    clause keeps at most `[summary] max_predicates` (phrases.py), and the lint counts
    sentences over it."""
    if not tokens:
        return 0
    children = children if children is not None else children_of(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    count, heads = 1, [root]
    while heads:
        head = heads.pop()
        for child in children[head]:
            if words is not None and child not in words:
                continue
            if tokens[child].dep == "conj" and _predicative(tokens, children, head, child):
                count += not _shared_auxiliary(tokens, head, child)
                heads.append(child)
            elif _clause_coordinated(tokens, children, child, words):
                count += 1
                heads.append(child)
    return count


def chained_clauses(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int
) -> list[int]:
    """The clauses chained on `head` that coordinated_predicates counts as predicates of their
    own: a clause coordinated with it, or one begun by "joten" or "sillä" (not an adverb or
    adjective whose copula is left out: "… ne pitää varata ja täynnä" is cut whole)."""
    return [
        c
        for c in children[head]
        if (tokens[c].dep == "conj" and clausal(tokens, children, c))
        or _clause_coordinated(tokens, children, c, None)
    ]


#: The conjunctions that join main clauses only, whatever the parse calls the clause after
#: them (a closed class of Finnish grammar: the clause cannot come first, as a subordinate
#: clause can: "…, joten moni ajaa autolla", "…, sillä kaikki eivät mahdu").
_CLAUSE_COORDINATORS = frozenset({"joten", "sillä"})


def _clause_coordinated(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    index: int,
    words: Collection[int] | None,
) -> bool:
    """Whether `index` heads a clause begun by "joten" or "sillä" (the parse reads "joten" as
    a relative adverb, "acl:relcl", and "sillä" as a subordinator): a main clause chained to
    the one before it, like one coordinated by "ja"."""
    if not clausal(tokens, children, index):
        return False
    return any(
        c < index
        and (words is None or c in words)
        and tokens[c].text.lower() in _CLAUSE_COORDINATORS
        and tokens[c].dep in ("mark", "advmod", "cc")
        for c in children[index]
    )


#: Parts of speech of a word coordinated with a verb that make it a predicate of its own.
_ELLIPTIC = frozenset({"ADV", "ADJ"})


def _predicative(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, conj: int
) -> bool:
    """Whether `conj`, coordinated with `head`, is a predicate: a clause, or an adverb or
    adjective coordinated with a verb (the copula left out)."""
    if clausal(tokens, children, conj):
        return True
    return tokens[conj].pos in _ELLIPTIC and tokens[head].pos in ("VERB", "AUX")


def _shared_auxiliary(tokens: Sequence[ParsedToken], verb: int, other: int) -> bool:
    """Whether two coordinated infinitives share the one auxiliary of the first ("pitää
    varata ja siivota"): one predicate, not two."""
    return all("VerbForm=Inf" in tokens[i].morph for i in (verb, other)) and not any(
        t.head == other and t.dep.startswith("aux") for t in tokens
    )


def main_predicate(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, possessive: bool = False
) -> list[int]:
    """The finite words of the main predicate: the root and its aux/cop dependents. A nominal
    root needs its copula: a negation alone before a noun ("…, ei valmiita vastauksia") is
    an elliptic fragment, not a predicate. With `possessive`, the copula of a possessive
    clause (`cop:own`: "Hoitajalla ei ole aikaa", review 84 #3) is one too ([summary]
    possessive_clauses) too. A copula of "olla" the parse hung on the subject of a root in a
    predicative case is the root's ("Kuljettaminen talvella on riski": no second "on" is put
    in, review 86 #3)."""
    deps = [c for c in children[root] if tokens[c].dep.startswith(("aux", "cop"))]
    deps += _hung_copulas(tokens, children, root)
    copulas = ("cop", "cop:own") if possessive else ("cop",)
    hung = _hung_copulas(tokens, children, root)
    if tokens[root].pos not in ("VERB", "AUX") and not any(
        tokens[c].dep in copulas or c in hung for c in deps
    ):
        deps = []
    return [i for i in sorted({root, *deps}) if "VerbForm=Fin" in tokens[i].morph]


def _hung_copulas(tokens: Sequence[ParsedToken], children: list[list[int]], root: int) -> list[int]:
    """The finite copulas of "olla" the parse hung on a subject (`nsubj:cop`) of `root`, a
    nominal in a predicative case, rather than on the root itself."""
    if tokens[root].pos in ("VERB", "AUX") or not _predicative_case(tokens[root].morph):
        return []
    return [
        k
        for subject in children[root]
        if tokens[subject].dep == "nsubj:cop"
        for k in children[subject]
        if tokens[k].dep.startswith("cop")
        and tokens[k].lemma == "olla"
        and "VerbForm=Fin" in tokens[k].morph
    ]


#: The cases of a predicative ("tiedonkulku [on] huono", "työntekijät [ovat] uupuneita",
#: "päätös [on] kunnan"); a root in a place, time or manner case is an adverbial (review 34 #3).
_PREDICATIVE_CASES = frozenset({"Case=Nom", "Case=Par", "Case=Gen"})


def _predicative_case(morph: str) -> bool:
    """Whether a root's features put it in a case of _PREDICATIVE_CASES."""
    cases = [f for f in morph.split("|") if f.startswith("Case=")]
    return bool(cases) and cases[0] in _PREDICATIVE_CASES


def _adverbial(morph: str) -> bool:
    """Whether a root's features put it in an adverbial case (a locative, essive, translative
    …): a verbless note whose "predicate" is a place or a time states a wish or a plan, and a
    copula would turn it into a fact ("hiekoitus ja auraus ennen klo 6 pääreiteillä")."""
    cases = [f for f in morph.split("|") if f.startswith("Case=")]
    return bool(cases) and cases[0] not in _PREDICATIVE_CASES


def missing_copula(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    words: set[int],
    necessive: bool = False,
) -> tuple[int, str] | None:
    """(position after which to insert, "on"/"ovat") when a nominal or participle predicate
    has a nominative subject but no verb ("tiedonkulku huono" → "tiedonkulku on huono"); not
    when the predicate is only an adverbial in a place or time case (review 34 #3) or a phrase
    of an adposition ("testikäyttäjät mukaan jo ennen julkaisua", review 40 #16). With
    `necessive`, a bare necessive too (necessive_copula)."""
    if necessive and (place := necessive_copula(tokens, children, root, words)) is not None:
        return place, "on"
    if tokens[root].pos not in ("ADJ", "NOUN", "VERB") or "VerbForm=Inf" in tokens[root].morph:
        return None
    if _adverbial(tokens[root].morph):
        return None  # "auraus ennen klo 6 pääreiteillä" is a wish, no "auraus on pääreiteillä"
    if any(tokens[c].dep == "case" for c in children[root]):
        return None  # an adposition's phrase is an adverbial too: "… mukaan jo ennen avajaisia"
    subjects = [
        c
        for c in children[root]
        if tokens[c].dep.startswith("nsubj") and "Case=Nom" in tokens[c].morph and c < root
    ]
    if not subjects or any(tokens[c].dep in ("cop", "obj") for c in children[root]):
        return None  # a noun with an object is a verb form Voikko does not know ("anto")
    if any("Polarity=Neg" in tokens[c].morph for c in children[root]):
        return None  # "x: …, ei y" is no "x on y"
    subject = subjects[0]
    span = subtree(children, subject)
    if _attribute(tokens, subject, root) and max(span) + 1 == root:
        return None  # "tekninen toimi ja sote ei keskustele" has no "tekninen on toimi"
    if max(span) + 1 < len(tokens) and tokens[max(span) + 1].pos == "PUNCT":
        return None  # "Innovaatiojohtaminen: …" is a heading, not a subject
    plural = "Number=Plur" in tokens[subject].morph or any(
        tokens[c].dep == "conj" for c in children[subject]
    )
    return max(span), "ovat" if plural else "on"


def _attribute(tokens: Sequence[ParsedToken], subject: int, root: int) -> bool:
    """Whether the "subject" is an adjective that agrees in case and number with the noun
    right after it: the noun's attribute, which the parse misread (review 50 #2: "kunnan
    tekninen toimi ja sote ei keskustele"); an adjective is no subject of a noun predicate
    standing next to it."""
    if tokens[subject].pos != "ADJ" or tokens[root].pos != "NOUN":
        return False
    return all(
        feature(tokens[subject].morph, name) == feature(tokens[root].morph, name)
        for name in ("Case", "Number")
    )


def necessive_copula(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, words: set[int]
) -> int | None:
    """The position after which the necessive's "on" goes when the root is a present passive
    participle in the nominative singular with no copula, auxiliary or subject: a bare
    necessive predicate ("Pysäkkiajat sovittava koulun kanssa" → "Pysäkkiajat on sovittava
    …"; review 87, mend187). Its "on" is always singular, what comes before it the object in
    the nominative ("Asiat on hoidettava"). None when the participle opens the clause (no
    "On sovittava …" is written), has a dependent of its own in an attribute's relation (a
    noun phrase: "sovittava asia") or is the noun "tehtävä" (the parse's NOUN)."""
    token = tokens[root]
    features = set(token.morph.split("|"))
    if (
        token.pos != "VERB"
        or not {
            "VerbForm=Part",
            "Voice=Pass",
            "PartForm=Pres",
            "Case=Nom",
            "Number=Sing",
        }
        <= features
    ):
        return None
    if any(
        tokens[c].dep.startswith(("aux", "cop", "nsubj", "det", "amod")) for c in children[root]
    ):
        return None
    before = sorted(i for i in words if i < root)
    if not before or root not in words or before[-1] != root - 1:
        return None
    if tokens[root - 1].pos == "PUNCT":
        return None
    return root - 1
