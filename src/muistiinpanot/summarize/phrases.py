"""The pieces of a parsed note sentence that a bullet can gather: its main clause as a full
sentence, the infinitive phrase under a modal verb ("pitäisi [ottaa asukkaat mukaan]",
modalphrase.py) and its noun phrases in the nominative ("yhteisiä tiloja" → "yhteinen tila",
nounphrases.py).

Everything is read from the dependency parse and the UD features of the spaCy Finnish model;
no word list decides what a phrase is. A verbless note with a subject ("työntekijät uupuneita")
gets the copula it leaves out ("Työntekijät ovat uupuneita.").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from muistiinpanot.summarize.clauses import (
    CLAUSE_DEPS,
    Tone,
    before_unwritten,
    clausal,
    clause_tone,
    conjoined,
    spliced,
    subject_disagrees,
)
from muistiinpanot.summarize.commas import clause_commas
from muistiinpanot.summarize.context import bare, leans_on_previous
from muistiinpanot.summarize.ellipsis import truncated, verbless_lead
from muistiinpanot.summarize.malformed import malformed
from muistiinpanot.summarize.modalphrase import modal_phrase
from muistiinpanot.summarize.nounphrases import noun_phrases
from muistiinpanot.summarize.numbers import numbers_kept
from muistiinpanot.summarize.parsetree import (
    Frame,
    Span,
    capitalise,
    children_of,
    join_words,
    main_clause_words,
    span_lemmas,
    subtree,
    typed_words,
)
from muistiinpanot.summarize.predicate import (
    chained_clauses,
    coordinated_predicates,
    main_predicate,
    missing_copula,
)
from muistiinpanot.summarize.protocols import ParsedToken
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.tails import cut_off_topic, hanging_questions, trailing_tags
from muistiinpanot.summarize.turns import (
    dropped_negation,
    taken_up_later,
    turned_away,
    turned_report,
)

__all__ = [
    "Frame",
    "Pieces",
    "Span",
    "Tone",
    "sentence_pieces",
]

_MAX_CLAUSE = 22

#: Marks that close off a part of a sentence: when that part is cut away before the clause,
#: its mark opens nothing (review 84 #1).
_CUT_MARKS = frozenset({",", ";", ":", "–", "—", "-"})


_NONE = Span("", frozenset())


@dataclass(frozen=True, slots=True)
class Pieces:
    """What one sentence offers: `clause` (a full sentence, or empty when it has no finite
    verb even after the copula is restored), `modal` and `infinitive` (the modal's lemma and
    its phrase, or empty), `phrases` (nominative noun phrases, longest first), its `tone`,
    how many coordinated `predicates` the clause has (its own and a coordinated clause's),
    and the clause's `main` words, its subordinate clauses left out (main_clause_words)."""

    clause: Span
    modal: str
    infinitive: Span
    phrases: tuple[Span, ...]
    tone: Tone
    frame: Frame | None = None
    predicates: int = 1
    main: tuple[str, ...] = ()


def sentence_pieces(
    tokens: Sequence[ParsedToken],
    finite: Callable[[str], bool] = lambda word: True,
    known: Callable[[str], bool] = lambda word: True,
    coordinated_words: int = 16,
    spoken: Callable[[ParsedToken], bool] = lambda token: False,
    written: Callable[[str], bool] | None = None,
    max_predicates: int = DEFAULT_SETTINGS.max_predicates,
    named: Callable[[str, str], bool] = lambda word, after: False,
    local: Callable[[str], bool] = lambda word: False,
    lative: Callable[[str], bool] = lambda word: False,
    possessive: bool = DEFAULT_SETTINGS.possessive_clauses,
    necessive: bool = DEFAULT_SETTINGS.necessive_copulas,
) -> Pieces:
    """The pieces of one parsed sentence (see the module doc). `finite` double-checks that a
    word the parser calls a finite verb can be one (Voikko's analyses: the parser reads
    "julki" in "luvut julki" as a verb); a coordinated clause stays only when `known`
    accepts each of its words (Voikko's spelling: "… ja sitten pärjää ite" is left out) and
    the whole has at most `coordinated_words` words ([summary] coordinated_words). A word
    `known` rejects or that `spoken` flags (a form whose Voikko readings do not fit its parse,
    as "kehu" read as a past verb) leaves no clause; a lowercase word `written` (Voikko's
    spelling, no lexicon) rejects cuts off the comma-separated coordinated or elliptic part it
    stands in ("… kasvokkain, ei teamsissa" → "… kasvokkain."). A clause that would chain
    more than `max_predicates` coordinated predicates keeps its first ([summary]
    max_predicates). A phrase's first word keeps its capital when moved inside (a modal's
    subject, a noun phrase) where `named` reads it, with the word after it, as a name
    (merge.named_opening: "Tammen lapset", review 24 #1); `local` reads a postposition of
    place (nounphrases._elliptic); `lative` reads an adverb in a lative case, which stays in
    a modal's infinitive phrase (directions.lative_case, review 79 #1). With `possessive`, a
    possessive clause's `cop:own` is its copula ("Hoitajalla ei ole aikaa", review 84 #3).
    With `necessive`, a bare necessive participle gets its "on" (predicate.necessive_copula)."""
    if not tokens:
        return Pieces(_NONE, "", _NONE, (), "statement")
    children = children_of(tokens)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    modal, infinitive = modal_phrase(tokens, children, root, named, lative)
    if infinitive.text and bare(tokens, range(len(tokens))):
        modal, infinitive = "", _NONE  # "Lisäksi pitäisi puhua ja toimia" says nothing
    commas = clause_commas(tokens)
    written = written or known
    lowercase = [i for i, t in enumerate(tokens) if t.text.isalpha() and t.text[:1].islower()]
    typed = typed_words(tokens)  # "ett" + "ei" is checked as the "ettei" typed
    unwritten = (
        frozenset(i for i in lowercase if not written(typed[i])),
        frozenset(i for i, t in enumerate(tokens) if spoken(t))
        | frozenset(i for i in lowercase if not known(typed[i])),
    )
    clause, words = _main_clause(
        tokens, children, root, finite, known, coordinated_words, commas, unwritten, max_predicates,
        possessive, necessive,
    )  # fmt: skip
    frame = _frame(tokens, children, root, words, commas) if clause.text.endswith(".") else None
    return Pieces(
        clause=clause,
        modal=modal,
        infinitive=infinitive,
        phrases=noun_phrases(tokens, children, named, local),
        tone=clause_tone(tokens, children, root),
        frame=frame,
        predicates=coordinated_predicates(tokens, set(words), children) if words else 1,
        main=main_clause_words(tokens, children, words),
    )


def _main_clause(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    finite: Callable[[str], bool],
    known: Callable[[str], bool] = lambda word: True,
    coordinated_words: int = 16,
    commas: frozenset[int] = frozenset(),
    unwritten: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
    max_predicates: int = DEFAULT_SETTINGS.max_predicates,
    possessive: bool = DEFAULT_SETTINGS.possessive_clauses,
    necessive: bool = DEFAULT_SETTINGS.necessive_copulas,
) -> tuple[Span, list[int]]:
    """The main clause as a sentence and its words (none after a copula was restored). The
    clauses coordinated with it by a conjunction ("… ikääntyvät eikä nuoria saa …") stay as
    far as the whole fits in `coordinated_words` words and `max_predicates` predicates: the
    first ones that fit, the rest cut ("Joku soitti X ja pyysi Y, ja se tehtiin" → "Joku
    soitti X ja pyysi Y"; with two, "X ovat kaukana ja ne pitää varata ja täynnä", whose one
    coordinated clause has two predicates, keeps the first); a clause chained on the first
    one cut goes before it ("A, mutta B[, joten C]")."""
    skip = {c for c in children[root] if tokens[c].dep in CLAUSE_DEPS}
    hanging = hanging_questions(tokens, children, root)  # "…, kuka maksaa" (tails.py)
    hanging |= trailing_tags(tokens, children)  # "…, siilot" (tails.py)
    skip |= hanging
    # comma splices deeper down ("…, kun sama hoitaja käy, nyt joka päivä on eri naama")
    skip |= {i for i in range(root + 1, len(tokens)) if spliced(tokens, children, i)}
    coordinated = sorted(
        c for c in children[root] if tokens[c].dep == "conj" and clausal(tokens, children, c)
    )

    typed = typed_words(tokens)

    def written(conj: int) -> bool:  # joined by its own conjunction, in words Voikko knows
        words = subtree(children, conj)
        return conjoined(tokens, children, conj) and all(
            known(typed[i]) for i in words if tokens[i].text.isalpha()
        )

    for count in range(len(coordinated), -1, -1):
        left = frozenset(skip) | frozenset(coordinated[count:])
        kept = subtree(children, root, left)
        if count == 0 or (
            coordinated_predicates(tokens, kept, children) <= max_predicates
            and len(kept) <= coordinated_words
            and all(written(c) for c in coordinated[:count])
        ):
            skip |= left
            break
    if count < len(coordinated):  # the first clause cut, without what is chained on it
        first = coordinated[count]
        chained = frozenset(chained_clauses(tokens, children, first))
        trimmed = frozenset(skip - {first}) | chained
        shorter = subtree(children, root, trimmed)
        fits = coordinated_predicates(tokens, shorter, children) <= max_predicates
        if chained and fits and written(first) and len(shorter) <= coordinated_words:
            skip, kept = set(trimmed), shorter
    if len(kept) > _MAX_CLAUSE:
        skip |= {c for c in children[root] if tokens[c].dep in ("advcl", "acl", "ccomp")}
        kept = subtree(children, root, frozenset(skip))
    cut = _cut_before(tokens, children, root, skip)
    words = [i for i in sorted(kept) if i < cut]
    words = before_unwritten(tokens, children, words, root, unwritten[0])
    if unwritten[1] & set(words):
        return _NONE, []
    while words and tokens[words[-1]].pos == "PUNCT":
        words.pop()
    while words and tokens[words[0]].text in _CUT_MARKS:
        words.pop(0)  # "[Pitkät jonot], nuorisopsykiatriaan pääsee …": the cut's comma goes too
    if truncated(tokens, children, root, words, (skip | (set(kept) - set(words))) - hanging):
        return _NONE, []  # "Kiinteistöyhtiö omistaa[, kunta vuokraa ja koulu käyttää]."
    words = verbless_lead(tokens, children, root, words)
    numbered = numbers_kept(tokens, words)  # "… ketään alle 20." (numbers.py)
    if numbered is None:
        return _NONE, []
    words = numbered
    if not words or len(words) > _MAX_CLAUSE or root not in words:
        return _NONE, []
    if malformed(tokens, children, root) or cut_off_topic(tokens, children, root):
        return _NONE, []  # "Luottamus etätyöhön, ei valvota": a topic, no subject (tails.py)
    found = main_predicate(tokens, children, root, possessive)
    predicate = [i for i in found if finite(tokens[i].text)]
    insert = (
        missing_copula(tokens, children, root, set(words), necessive) if not predicate else None
    )
    if not insert and not predicate:
        return _NONE, []  # no finite verb of its own (one in a subordinate clause is not enough)
    if tokens[words[0]].pos == "SCONJ" and tokens[words[0]].head == root:
        return _NONE, []  # a subordinate clause standing alone ("jos …"), no main clause
    if leans_on_previous(tokens, children, root, words):
        return _NONE, []  # "mut ei korvaa neuvontaa" continues the note before it
    if bare(tokens, words):
        return _NONE, []  # "Pitää puhua avoimesti": who should, about what? (context.py)
    if (
        turned_away(tokens, children, words)
        or turned_report(tokens, children, words)
        or dropped_negation(tokens, words)
        or taken_up_later(tokens, children, words)
    ):
        return _NONE, []  # "Auto on kylällä[, mutta siinä ei ole …]": whole or not at all
    text = join_words(tokens, words, insert, commas).rstrip(" ,;:–-")
    question = (
        tokens[-1].text == "?"
        or any("Clitic=Ko" in tokens[i].morph for i in predicate)
        or "PronType=Int" in tokens[words[0]].morph  # "Miksi päivystys lopetettiin"
    )
    end = "?" if question else "" if text.endswith(".") else "."
    return Span(capitalise(text) + end, span_lemmas(tokens, words)), [] if insert else words


def _frame(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    words: list[int],
    commas: frozenset[int] = frozenset(),
) -> Frame | None:
    """The clause's Frame when it is [nominative subject] verb [rest]: a verb root without a
    copula, its auxiliaries next to it, and the subject (if any) exactly the words before."""
    if not words or tokens[root].pos != "VERB":
        return None
    deps = children[root]
    if any(tokens[c].dep == "conj" and clausal(tokens, children, c) for c in deps if c in words):
        return None  # two coordinated clauses: no one predicate to share
    if any(tokens[c].dep == "cop" for c in deps):
        return None
    predicate = sorted([root, *(c for c in deps if tokens[c].dep.startswith("aux"))])
    if predicate != list(range(predicate[0], predicate[-1] + 1)) or predicate[0] not in words:
        return None
    subjects = [c for c in deps if tokens[c].dep.startswith("nsubj")]
    before = [i for i in words if i < predicate[0]]
    if len(subjects) > 1 or (subjects and "Case=Nom" not in tokens[subjects[0]].morph):
        return None
    if subjects and sorted(subtree(children, subjects[0])) != before:
        return None
    if before and not subjects:
        return None
    subject = join_words(tokens, before, None, commas) if before else ""
    after = [i for i in words if i > predicate[-1]]
    rest = join_words(tokens, after, None, commas).rstrip(" ,;:–-")
    if after and after[0] in commas and rest:
        rest = f", {rest}"  # "Kerrotaan, mitä palautteelle tehtiin"
    disagrees = bool(subjects) and subject_disagrees(tokens, children, subjects[0], predicate)
    return Frame(subject, join_words(tokens, predicate, None), rest, disagrees)


def _cut_before(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, skip: set[int]
) -> int:
    """Where the main clause ends: at the last comma before the first clause left out after
    the root (a word the parser hung on the root from that clause is cut too)."""
    starts = [min(subtree(children, c)) for c in skip if c > root]
    if not starts:
        return len(tokens)
    first = min(starts)
    commas = [i for i in range(root + 1, first) if tokens[i].text in (",", ";", ":", "–")]
    return commas[-1] if commas else first
