"""One clause's words attached to its predicate (lemmatize/structure.py splits the clauses).

The predicate is the first finite verb; a negation verb, `olla` before a past participle and
a modal before an A-infinitive are its auxiliaries (aux), and `olla` before a nominative or
partitive predicative is a copula (cop, the predicative the root) unless something other than
a nominative opens the clause ("meillä on …", "siihen ei ole …": existential, `olla` the
root). Noun phrases are runs of modifiers ending in a nominal (amod, det, nummod, nmod:poss
before their head; a postposition marks its genitive as case); a phrase's relation to its verb
comes from its case and side: the nominative before an active verb is its subject (the
genitive before a modal too), the first nominative, partitive, genitive or accusative after
it its object, the rest obliques. An infinitive after a verb is its xcomp and takes the
objects after it; a second conjunct after a conjunction or comma is conj of the first. A
verbless clause is headed by its first infinitive or its first phrase. The noun phrases and
their modifiers: nounphrase.py; the token and its word classes: words.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.config_sections import LemmatizeSettings
from muistiinpanot.lemmatize.nounphrase import attach_modifiers, noun_runs
from muistiinpanot.lemmatize.words import NOMINAL, Word

__all__ = ["AUXILIARY_GAP", "COMMAS", "attach_clause"]

COMMAS = frozenset({",", ";", ":", "–", "—", "-", "(", ")"})
_OBJECT_CASES = frozenset({"Nom", "Par", "Gen", "Acc"})
_AUXILIARIES = frozenset(
    {"voida", "pitää", "täytyä", "saattaa", "taitaa", "tulla", "kannattaa", "tarvita", "mahtaa"}
)
#: Words between an auxiliary and its verb by default ("ei se kyllä ole", "on jo tehty"):
#: [lemmatize] auxiliary_gap, whose default is written once, in LemmatizeSettings.
AUXILIARY_GAP = LemmatizeSettings().auxiliary_gap


def attach_clause(
    words: Sequence[Word],
    span: list[int],
    marker: int | None,
    heads: list[int],
    deps: list[str],
    shared_subject: bool = False,
    gap: int = AUXILIARY_GAP,
) -> int:
    """Attach the words `span` of one clause (`marker`: its conjunction, attached by the
    caller); return its root. `shared_subject`: the clause is coordinated to one whose
    subject it shares, so a nominative after its verb is its object ("… söivät yhdessä ja
    tunsivat lapset"); `gap`: the words an auxiliary's verb may stand after it."""
    content = [i for i in span if i != marker and words[i].pos != "PUNCT"]
    if not content:
        return span[0]
    done: set[int] = set()
    root, voice = _predicate(words, content, heads, deps, done, gap)
    if root is None:
        infinitives = [i for i in content if words[i].feats.get("VerbForm") == "Inf"]
        phrases = noun_runs(words, content)
        root = infinitives[0] if infinitives and infinitives[0] == content[0] else None
        if root is None:
            root = phrases[0][-1] if phrases else content[0]
    done.add(root)
    _arguments(words, content, root, voice, heads, deps, done, shared_subject)
    for i in span:
        if words[i].pos == "PUNCT":
            heads[i], deps[i] = root, "punct"
    return root


def _next(
    words: Sequence[Word], content: list[int], after: int, wanted: str, gap: int
) -> int | None:
    """The first word after `after` within `gap` words that is `wanted`: "verb" (any verb
    form), "participle" or "infinitive" (an A-infinitive)."""
    for i in [i for i in content if i > after][: gap + 1]:
        form = words[i].feats.get("VerbForm", "")
        if wanted == "verb" and words[i].pos in ("VERB", "AUX") and form:
            return i
        past = words[i].feats.get("PartForm") == "Past"
        if wanted == "participle" and form == "Part" and past:
            return i
        if wanted == "infinitive" and form == "Inf" and words[i].feats.get("InfForm") == "1":
            return i
    return None


def _predicate(
    words: Sequence[Word],
    content: list[int],
    heads: list[int],
    deps: list[str],
    done: set[int],
    gap: int,
) -> tuple[int | None, str]:
    finite = [i for i in content if words[i].finite]
    if not finite:
        return None, ""
    verb, chain = finite[0], []
    voice = words[verb].feats.get("Voice", "Act")
    while True:
        base = words[verb].base
        if words[verb].feats.get("Polarity") == "Neg":
            following = _next(words, content, verb, "verb", gap)
        elif base == "olla":
            following = _next(words, content, verb, "participle", gap)
        elif base in _AUXILIARIES:
            following = _next(words, content, verb, "infinitive", gap)
        else:
            following = None
        if following is None:
            break
        chain.append(verb)
        verb = following
        if words[verb].feats.get("Voice") == "Pass":
            voice = "Pass"
    root = verb
    if any(words[i].base in _AUXILIARIES for i in chain):
        voice = "Nec" if voice == "Act" else voice  # "meidän pitää": a genitive subject
    if words[verb].base == "olla":
        root = _copula(words, content, verb)
        if root != verb:
            heads[verb], deps[verb] = root, "cop"
            done.add(verb)
    for aux in chain:
        heads[aux], deps[aux] = root, "aux"
        done.add(aux)
    return root, voice


def _copula(words: Sequence[Word], content: list[int], verb: int) -> int:
    before = [i for i in content if i < verb and words[i].pos not in ("AUX", "ADV", "VERB")]
    if before and not any(
        words[i].feats.get("Case") == "Nom" and words[i].pos in NOMINAL for i in before
    ):
        return verb  # existential or possessive: "meillä on aikaa", "siihen ei ole aikaa"
    for phrase in noun_runs(words, [i for i in content if i > verb]):
        head = phrase[-1]
        if words[head].feats.get("Case") in ("Nom", "Par"):
            return head
        break
    return verb


def _arguments(
    words: Sequence[Word],
    content: list[int],
    root: int,
    voice: str,
    heads: list[int],
    deps: list[str],
    done: set[int],
    shared_subject: bool,
) -> None:
    governor, taken = root, {"nsubj": shared_subject, "obj": False}
    verbal = words[root].pos in ("VERB", "AUX")
    previous: int | None = None  # the head of the phrase before a conjunction or comma
    joined: int | None = None  # the conjunction or comma after it
    free = [i for i in content if i not in done or (i == root and not verbal)]
    starts = {phrase[0]: phrase for phrase in noun_runs(words, free)}
    for i in content:
        if i in done:
            if i == root and verbal:
                previous, joined = None, None
            continue
        word = words[i]
        if i in starts:
            phrase = starts[i]
            head = phrase[-1] if root not in phrase else root
            attach_modifiers(words, phrase, head, heads, deps)
            done.update(phrase)
            if head == root:
                previous = root
                continue
            if joined is not None and previous is not None:
                heads[head], deps[head] = previous, "conj"
                if words[joined].pos == "CCONJ":
                    heads[joined], deps[joined] = head, "cc"
                joined = None
                continue
            heads[head], deps[head] = governor, _role(words, head, governor, voice, verbal, taken)
            previous = head
        elif word.pos == "ADP" and previous is not None:
            heads[i], deps[i] = previous, "case"
            if deps[previous] in ("obj", "nsubj"):
                taken[deps[previous]] = False
                deps[previous] = "obl"
        elif word.pos in ("VERB", "AUX"):
            form = word.feats.get("VerbForm", "")
            deps[i] = "xcomp" if form == "Inf" and i > governor else "conj" if form else "advcl"
            heads[i] = governor
            if form == "Inf" and i > governor:
                governor, taken, voice = i, {"nsubj": True, "obj": False}, "Act"
            previous = None
        elif word.pos == "CCONJ":
            heads[i], deps[i] = root, "cc"
            joined = i if previous is not None else None
        else:
            heads[i] = governor
            deps[i] = {"ADV": "advmod", "INTJ": "discourse", "SCONJ": "mark"}.get(word.pos, "dep")
    for i in content:
        if words[i].text in COMMAS:
            heads[i], deps[i] = root, "punct"


def _role(
    words: Sequence[Word],
    head: int,
    governor: int,
    voice: str,
    verbal: bool,
    taken: dict[str, bool],
) -> str:
    case = words[head].feats.get("Case", "")
    if not verbal:
        role = "nsubj" if case == "Nom" and head < governor and not taken["nsubj"] else "nmod"
    elif case == "Nom" and head < governor and voice != "Pass" and not taken["nsubj"]:
        role = "nsubj"
    elif case == "Nom" and head > governor and voice != "Pass" and not taken["nsubj"]:
        imperative = words[governor].feats.get("Mood") == "Imp"
        role = "obj" if imperative or words[governor].feats.get("VerbForm") == "Inf" else "nsubj"
    elif case in ("Nom", "Par") and head > governor and words[governor].base == "olla":
        role = "nsubj" if not taken["nsubj"] else "obl"  # existential: "meillä on aikaa"
    elif case == "Gen" and head < governor and voice == "Nec" and not taken["nsubj"]:
        role = "nsubj"
    elif case in _OBJECT_CASES and not taken["obj"]:
        role = "obj"
    else:
        role = "obl"
    if role in taken:
        taken[role] = True
    return role
