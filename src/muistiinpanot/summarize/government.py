"""Verb government: a verb that another verb governs is an infinitive in written Finnish, but
notes often leave it finite as it is said ("asiakas joutuu kertoo", "ei pysty tekee").

The parse says which verb governs which (the dependent is an `xcomp` of its governor, or the
governor an `aux` of it); Voikko says whether the dependent word has a finite reading
(whatever the parser's features claim) and which infinitive the governor requires (its
REQUIRE_FOLLOWING_VERB: the A-infinitive after "haluta", the MA-infinitive's illative after
"pystyä"). A dependent without a reading of the required form is rewritten into it when
Voikko confirms a candidate as that infinitive of the same verb ("tekee" → "tekemään",
"pystyy ottaa" → "pystyy ottamaan"); when no candidate is confirmed, or the governor names
no requirement and the dependent can only be finite ("joutuu kertoo"), the token is marked
`ungoverned` and its clause is left out (summarize/phrases.py treats it as a spoken form). A
dependent that may be an A-infinitive under a governor without a named requirement is left
alone ("joutuu ottaa": Voikko cannot tell) unless written text says which infinitive the
governor takes: `learn_governments` counts, in the clinic's notes and the bundled example
notes, the infinitives written right after each finite verb Voikko names no requirement for
("joutuu kertomaan", "joutui odottamaan": "joutua" takes the MA-infinitive's illative), and a
governor whose evidence is clear enough (`[summary] government_evidence`, `government_share`)
gets the requirement the text shows. Negation and "olla" never govern so ("ei tiedä", "on
tehnyt")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from muistiinpanot.summarize.clauses import MODALS
from muistiinpanot.summarize.grammar import FINITE_MOODS
from muistiinpanot.summarize.parsetree import RewrittenToken
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.verbforms import BACK_VOWELS

#: Voikko's MOOD of the infinitive each REQUIRE_FOLLOWING_VERB value asks for, and its case.
_REQUIRED = {
    "A-infinitive": ("A-infinitive", ""),
    "MA-infinitive": ("MA-infinitive", "sisatulento"),
}


def ungoverned(token: ParsedToken) -> bool:
    """Whether `token` is a finite verb under another verb that could not be rewritten."""
    return isinstance(token, RewrittenToken) and token.ungoverned


#: A governor's base form → the (Voikko MOOD, case) of the infinitive written text shows it takes.
Governments = Mapping[str, tuple[str, str]]
_WORD = re.compile(r"[^\W\d_]+")


def learn_governments(
    texts: Iterable[str],
    speller: Speller,
    evidence: int = 3,
    share: float = 0.9,
    written: tuple[str, ...] = (),
) -> dict[str, tuple[str, str]]:
    """Per finite verb Voikko names no requirement for, the infinitive written right after
    it in `texts` and `written` (a corpus used again and again, as the example notes: its
    counts are kept) when it is that one in at least `evidence` places and at least `share`
    of the places where an infinitive follows ("joutuu kertomaan", "joutui odottamaan" →
    joutua: the MA-infinitive's illative). A word counts as an infinitive only when each of
    its verb readings is one ("ottaa" is also finite: it tells nothing)."""
    seen = _counts(texts, speller)
    for base, counts in _kept_counts(written, speller).items():
        seen[base] = seen.get(base, Counter()) + counts
    learned: dict[str, tuple[str, str]] = {}
    for base, counts in sorted(seen.items()):
        form, count = max(sorted(counts.items()), key=lambda item: item[1])
        if count >= evidence and count >= share * sum(counts.values()):
            learned[base] = form
    return learned


#: Per free governor (a base form), how often each infinitive (Voikko MOOD, case) follows it.
Counts = dict[str, Counter[tuple[str, str]]]
#: The counts of the last `written` corpus and the speller they were read with.
_KEPT: list[tuple[Speller, tuple[str, ...], Counts]] = []


def keep_written_counts(written: tuple[str, ...], speller: Speller, counts: Counts) -> None:
    """Take `counts`, count_governments(`written`, `speller`) made earlier (the wiring keeps
    the example notes' counts in the user cache), as this process's counts of `written`."""
    _KEPT[:] = [(speller, written, counts)]


def _kept_counts(written: tuple[str, ...], speller: Speller) -> Counts:
    """_counts of `written`, kept for the next clinic of the run (the example notes)."""
    if _KEPT and _KEPT[0][0] is speller and _KEPT[0][1] == written:
        return _KEPT[0][2]
    counts = _counts(written, speller)
    _KEPT[:] = [(speller, written, counts)]
    return counts


def count_governments(texts: Iterable[str], speller: Speller) -> Counts:
    """Per free governor (a base form), how often each infinitive follows it in `texts`:
    what learn_governments counts (a fresh table)."""
    return _counts(texts, speller)


def _counts(texts: Iterable[str], speller: Speller) -> Counts:
    """Per free governor (a base form), how often each infinitive follows it in `texts`."""
    seen: dict[str, Counter[tuple[str, str]]] = {}
    for text in texts:
        words = _WORD.findall(text.lower())
        for first, second in zip(words, words[1:], strict=False):
            form = _infinitive(second, speller)
            if form is None:
                continue
            for base in _free_governors(first, speller):
                seen.setdefault(base, Counter())[form] += 1
    return seen


def _infinitive(word: str, speller: Speller) -> tuple[str, str] | None:
    """The one infinitive of _REQUIRED that every verb reading of `word` is (a noun reading
    beside it, as "kertoma" beside "kertomaan", does not count), or None."""
    if not word.endswith(("a", "ä", "maan", "mään")):
        return None  # neither an A-infinitive nor an MA-infinitive's illative
    forms = {
        (a.get("MOOD", ""), a.get("SIJAMUOTO", "") if a.get("MOOD") == "MA-infinitive" else "")
        for a in speller.analyze(word)
        if a.get("CLASS") == "teonsana"
    }
    return forms.pop() if len(forms) == 1 and forms <= set(_REQUIRED.values()) else None


def _free_governors(word: str, speller: Speller) -> set[str]:
    """Base forms of the finite verb readings of `word` that name no requirement, other than
    the modals of a need (clauses.MODALS)."""
    readings = speller.analyze(word)
    if any(a.get("REQUIRE_FOLLOWING_VERB") for a in readings):
        return set()
    bases = {a["BASEFORM"] for a in readings if _finite_verb(a) and a.get("BASEFORM")}
    # the modals of a need take the A-infinitive whatever else follows them in text ("tulee
    # ottaa" is "must take", "tulee ottamaan" "will take"); "olla" and negation never govern
    return bases - MODALS - {"olla", "ei"}


def govern_verbs(
    tokens: Sequence[ParsedToken], speller: Speller, learned: Governments | None = None
) -> list[ParsedToken]:
    """`tokens` with every finite verb that another verb governs rewritten into the infinitive
    the governor requires (its features set to the infinitive's), or marked `ungoverned`;
    `learned` (learn_governments) adds what written text shows for governors Voikko names no
    requirement for."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        governor = _governor(tokens, index)
        if governor is None:
            continue
        readings = speller.analyze(token.text.lower())
        if not any(_finite_verb(a) for a in readings):
            continue
        required = _requirement(tokens[governor].text, speller, learned or {})
        if required is None:
            if not _finite_only(readings):
                continue  # "joutuu ottaa": an A-infinitive too, and Voikko names no requirement
            form = None
        elif any(_is_form(a, required, readings) for a in readings):
            continue  # already the required infinitive ("pitäisi ottaa")
        else:
            form = _required_form(required, token.text, speller)
        morph = "VerbForm=Inf" if form else token.morph
        result[index] = RewrittenToken(token, form or token.text, morph, form is None)
    return result


def _governor(tokens: Sequence[ParsedToken], index: int) -> int | None:
    """The verb that governs the verb at `index` by the parse: its own auxiliary before it
    (not a negation or "olla"; the subject is then the pair's), or its head when it is an
    xcomp without a subject, conjunction or subordinator of its own; None otherwise."""
    token = tokens[index]
    if token.pos not in ("VERB", "AUX") or not token.text.isalpha():
        return None
    children = [i for i, t in enumerate(tokens) if t.head == index and i != index]
    candidates = [c for c in children if c < index and tokens[c].dep == "aux"]
    if token.dep == "conj" and token.head < index:
        # a conjunct's own auxiliary governs it ("…, pitäisi lähtee Espanjaan": review 86 #4)
        own_auxiliary = _verb_governor(tokens, candidates)
        if own_auxiliary is not None:
            return own_auxiliary
        return _shared_governor(tokens, index, children)
    own = any(tokens[c].dep.startswith(("nsubj", "mark", "cc")) for c in children)
    if token.dep == "xcomp" and token.head < index and not own:
        candidates.append(token.head)
    return _verb_governor(tokens, candidates)


def _verb_governor(tokens: Sequence[ParsedToken], candidates: list[int]) -> int | None:
    """The last of `candidates` that is a verb other than "olla" or a negation, or None."""
    for governor in sorted(candidates, reverse=True):
        head = tokens[governor]
        if head.lemma in ("olla", "ei") or "Polarity=Neg" in head.morph:
            continue
        if head.pos in ("VERB", "AUX"):
            return governor
    return None


def _shared_governor(tokens: Sequence[ParsedToken], index: int, children: list[int]) -> int | None:
    """The governor of the verb the conjunct at `index` is coordinated with, when that verb
    is a governed infinitive ("voisi kokeilla … ja katsoo": "ja katsoa", review 60 #4) and the
    conjunct has no subject, auxiliary or subordinator of its own and is not a passive, and
    a coordinator joins it, its own or that of a later conjunct of the same list ("siivota,
    maalata ja korjata"); one joined by a comma alone, or by a comma and "ja", opens a clause
    of its own ("pitäisi tehdä avoimesti, (ja) nyt tuntuu että …" keeps "tuntuu", review 68
    #3)."""
    if any(tokens[c].dep.startswith(("nsubj", "mark", "aux")) for c in children):
        return None
    if not _coordinated(tokens, index, children):
        return None
    if "Voice=Pass" in tokens[index].morph:
        return None  # "… ja katsotaan, mitä tapahtuu": a passive proposal of its own
    head = tokens[index].head
    if "VerbForm=Inf" not in tokens[head].morph or tokens[head].dep == "conj":
        return None
    return _governor(tokens, head)


def _coordinated(tokens: Sequence[ParsedToken], index: int, children: list[int]) -> bool:
    """Whether a coordinator ("ja", "tai") with no comma before it joins the conjunct at
    `index`: one of its own, or one of a later conjunct of the same head (a list's middle
    conjunct has a comma only). A comma before "ja" joins clauses, not infinitives."""
    own = [c for c in children if tokens[c].dep == "cc"]
    if own:
        return all(c == 0 or tokens[c - 1].text != "," for c in own)
    head = tokens[index].head
    return any(
        t.dep == "cc" and tokens[t.head].dep == "conj" and tokens[t.head].head == head
        for k, t in enumerate(tokens)
        if t.head > index and k != t.head and (k == 0 or tokens[k - 1].text != ",")
    )


def _finite_only(readings: Sequence[dict[str, str]]) -> bool:
    """Whether every reading is a finite verb (no infinitive, participle or nominal reading
    that the parser might have meant)."""
    return all(_finite_verb(a) for a in readings)


def _finite_verb(analysis: dict[str, str]) -> bool:
    return analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") in FINITE_MOODS


def _requirement(governor: str, speller: Speller, learned: Governments) -> tuple[str, str] | None:
    """(Voikko's MOOD, case) of the infinitive `governor` requires, when its readings name
    exactly one, or else when written text showed one for its base form (`learned`)."""
    readings = speller.analyze(governor.lower())
    required = {
        a["REQUIRE_FOLLOWING_VERB"]
        for a in readings
        if a.get("REQUIRE_FOLLOWING_VERB") in _REQUIRED
    }
    if len(required) == 1:
        return _REQUIRED[required.pop()]
    shown = {learned[a["BASEFORM"]] for a in readings if a.get("BASEFORM") in learned}
    return shown.pop() if len(shown) == 1 else None


def _is_form(
    analysis: dict[str, str], required: tuple[str, str], readings: Sequence[dict[str, str]]
) -> bool:
    """Whether `analysis` is the `required` infinitive of a verb `readings` has."""
    bases = {a.get("BASEFORM") for a in readings if a.get("CLASS") == "teonsana"}
    mood, case = required
    return (
        analysis.get("BASEFORM") in bases
        and analysis.get("MOOD") == mood
        and analysis.get("SIJAMUOTO", "") == case
    )


def _required_form(required: tuple[str, str], word: str, speller: Speller) -> str | None:
    """`word` in the `required` infinitive, as Voikko confirms it; None when no candidate
    is confirmed."""
    lower = word.lower()
    readings = speller.analyze(lower)
    bases = {a.get("BASEFORM", "") for a in readings if a.get("CLASS") == "teonsana"} - {""}
    for candidate in _candidates(lower, bases, required[0]):
        if any(_is_form(a, required, readings) for a in speller.analyze(candidate)):
            return candidate
    return None


def _candidates(word: str, bases: set[str], mood: str) -> list[str]:
    """Possible forms (Voikko decides): the base form itself for the A-infinitive; for the
    MA-infinitive's illative the finite form's stems ("kertoo" → "kerto", "tekee" → "teke",
    "saa") and the A-infinitive's, with "-maan"/"-mään" by vowel harmony."""
    if mood == "A-infinitive":
        return sorted(bases)
    stems = [word[:-1], word, *(base[:-1] for base in sorted(bases))]
    found = []
    for stem in dict.fromkeys(stems):
        ending = "maan" if BACK_VOWELS & set(stem) else "mään"
        found.append(stem + ending)
    return found
