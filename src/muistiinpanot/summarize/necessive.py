"""The subject of a necessive clause in the genitive, read from the parse ("Tilojen kuvat ja
varustelu pitäisi näkyä" is spoken; written Finnish says "Tilojen kuvien ja varustelun pitäisi
…"; "Valvontaraportit yksityisistä laitoksista pitäisi olla julkisia" → "Valvontaraporttien
yksityisistä laitoksista pitäisi olla julkisia").

A nominative before "pitää", "täytyä" or "tulla" (third person singular) is the subject only when
the infinitive takes no object, or it (a nominative) or an infinitive it governs (a nominative, or a
partitive that is no counted measure) has an object of its own after it ("Johto pitää antaa lupa" →
"Johdon pitää antaa lupa", review 46 #4; "Johto pitäisi uskaltaa kokeilla uutta mallia" → "Johdon
…", review 91 #2): then it belongs in the genitive.
Otherwise it is the object and stays ("Digituki pitäisi tuoda kotiin"). The parser labels
both as it likes, so the infinitive decides: "olla" (the copula), or a verb Voikko's lexicon
shows to be the automative derivation of another verb it knows (the "-U-" verbs: "muuttua"
of "muuttaa", "toteutua" of "toteuttaa", "onnistua" of "onnistaa", "avautua" of "avata"),
which takes no object. A verb no derivation shows intransitive ("näkyä", "riittää") keeps
its nominative: the rule only writes what it can tell. The subject's words (its agreeing
nominative modifiers and coordinated nominatives) change together, each in its own number as
Voikko confirms it (summarize/inflect.py), or none does.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lexicons import (
    repetition_units,
    time_and_measure_words,
    time_determiners,
    time_stretches,
    time_units,
)
from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Verbs whose third person singular with an A-infinitive is the necessive ("pitäisi olla").
NECESSIVE_VERBS = frozenset({"pitää", "täytyä", "tulla"})
#: Verbs that are necessive when negated: "ei tarvitse" ("Asiakkaan ei tarvitse olla …").
_NEGATED_NECESSIVES = frozenset({"tarvita"})
#: Dependents of a subject that agree with it in case: adjectives, determiners, numerals.
_AGREEING = frozenset({"amod", "det", "nummod"})
_NUMBERS = {"Number=Sing": "singular", "Number=Plur": "plural"}


def necessive_subjects(tokens: Sequence[ParsedToken], speller: Speller) -> list[int]:
    """Positions of the words of every nominative necessive subject (see the module doc),
    in order; [] when there is none."""
    children = children_of(tokens)
    found: list[int] = []
    for necessive, head, candidates in _necessives(tokens, children):
        own_object = _object_after(tokens, children, head)
        if not own_object and not _intransitive(tokens, children, head, speller):
            continue
        subjects = [
            c
            for c in candidates
            if (tokens[c].dep.startswith("nsubj") or (tokens[c].dep == "obj" and not own_object))
            and c < necessive
            and "Case=Nom" in tokens[c].morph
            and tokens[c].pos in ("NOUN", "ADJ")
        ]
        if len(subjects) == 1:
            found += _subject_words(tokens, children, subjects[0])
    return sorted(found)


def _necessives(
    tokens: Sequence[ParsedToken], children: list[list[int]]
) -> list[tuple[int, int, list[int]]]:
    """Every necessive of `tokens` as (the necessive verb, the infinitive under it, the words
    its subject may be among), in either shape the parse gives it: the verb an `aux` of the
    infinitive ("Palvelu pitäisi olla …"), or the infinitive an `xcomp` of the verb ("Palvelu
    pitää säilyä", mend180), whose subject may hang on either."""
    found: list[tuple[int, int, list[int]]] = []
    for head in range(len(tokens)):
        necessive = [
            c
            for c in children[head]
            if tokens[c].dep == "aux" and _third_singular(tokens, children[head], c)
        ]
        if necessive:
            found.append((necessive[0], head, children[head]))
        elif _third_singular(tokens, children[head], head, own=True):
            infinitives = [
                c
                for c in children[head]
                if tokens[c].dep.startswith("xcomp")
                and c > head
                and _infinitive(tokens, children, c)
            ]
            if len(infinitives) == 1:
                found.append((head, infinitives[0], children[head] + children[infinitives[0]]))
    return found


def _infinitive(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether `tokens[index]` is an A-infinitive, or a predicate with one as its copula
    ("Sauna tulee olla lämmin": "olla" the copula of "lämmin")."""
    if "InfForm=1" in tokens[index].morph and tokens[index].pos in ("VERB", "AUX"):
        return True
    return any(tokens[c].dep == "cop" and "InfForm=1" in tokens[c].morph for c in children[index])


def _third_singular(
    tokens: Sequence[ParsedToken], siblings: Sequence[int], index: int, own: bool = False
) -> bool:
    """Whether `tokens[index]` is a necessive verb in the third person singular: a finite
    form of its own, or a connegative whose "ei" (among `siblings`, or its own children when
    `own`) is ("Asiakas ei tarvitse olla paikalla", mend180)."""
    token = tokens[index]
    if token.lemma not in NECESSIVE_VERBS | _NEGATED_NECESSIVES:
        return False
    if "Connegative=Yes" in token.morph:
        negation = [
            s
            for s in (children_of(tokens)[index] if own else siblings)
            if tokens[s].lemma == "ei" and tokens[s].dep == "aux"
        ]
        return any(_finite_third(tokens[s].morph) for s in negation)
    return token.lemma in NECESSIVE_VERBS and _finite_third(token.morph)


def _finite_third(morph: str) -> bool:
    """Whether a finite form is of the third person singular (no first or second person)."""
    return (
        "VerbForm=Fin" in morph
        and "Number=Sing" in morph
        and "Person=1" not in morph
        and "Person=2" not in morph
    )


def genitive_subjects(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with each necessive subject's words in the genitive, when Voikko confirms
    every word's genitive in its own number; left as they were otherwise."""
    words = necessive_subjects(tokens, speller)
    if any(_disagrees(tokens, i) for i in words):
        return list(tokens)  # the parse's numbers disagree ("Kaikki tiedot": Sing, Plur)
    forms = {i: _genitive_in(tokens[i], speller) for i in words}
    if not words or any(form is None for form in forms.values()):
        return list(tokens)
    result: list[ParsedToken] = list(tokens)
    for index, form in forms.items():
        assert form is not None
        morph = tokens[index].morph.replace("Case=Nom", "Case=Gen")
        result[index] = RewrittenToken(tokens[index], form, morph)
    return result


def _disagrees(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether an agreeing modifier's number, as the parse gives it, differs from its head's:
    each word's genitive would be made in a number the other does not share."""
    token = tokens[index]
    if token.dep not in _AGREEING or not 0 <= token.head < len(tokens):
        return False
    head = tokens[token.head]
    numbers = [next((k for k in _NUMBERS if k in t.morph), "") for t in (token, head)]
    return all(numbers) and numbers[0] != numbers[1]


def _object_after(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """Whether the infinitive under the necessive, or an infinitive it governs ("uskaltaa
    kokeilla", review 91 #2), has its own object after it, no time: a nominative ("Johto pitää
    antaa lupa": review 46 #4; also one a numeral counts, "… rakentaa yksi uusi koulu",
    review 92 #2), or a partitive of the governed infinitive that is no counted measure (a
    partitive after the necessive's own infinitive may be a measure or a path,
    "pitää tilata viikkoa etukäteen", "vaunut pitää kantaa portaita ylös"; the verb that
    governs an infinitive takes that infinitive as its complement, not the nominative): the
    nominative before the necessive is then its subject, not its object, and belongs in the
    genitive ("Johdon pitää antaa lupa", "Johdon pitäisi uskaltaa kokeilla uutta mallia")."""
    if "VerbForm=Inf" not in tokens[head].morph or tokens[head].pos != "VERB":
        return False
    chain = [head]
    while nested := [
        c
        for c in children[chain[-1]]
        if tokens[c].dep.startswith("xcomp")
        and c > chain[-1]
        and tokens[c].pos == "VERB"
        and "InfForm=1" in tokens[c].morph
    ]:
        chain.append(nested[0])
    return any(
        tokens[c].dep == "obj"
        and c > verb
        and tokens[c].pos in ("NOUN", "PROPN")
        and ("Case=Nom" in tokens[c].morph or (verb != head and _partitive(tokens, children, c)))
        and not _time(tokens, children, c)
        for verb in chain
        for c in children[verb]
    )


def _partitive(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether a noun is a partitive object, not a measure a numeral counts ("kolme
    kilometriä", "kaksi tuntia", "kaksi kierrosta": a unit of lexicons/time.toml `durations`,
    `measures`, `units` or `repetitions`, review 95 #7); a noun a numeral counts is an object
    still ("kokeilla kahta uutta mallia", "palkata kaksi uutta työntekijää", review 94 #3;
    "rakentaa yksi uusi koulu", review 92 #2)."""
    if "Case=Par" not in tokens[index].morph:
        return False
    units = time_and_measure_words() | time_units() | repetition_units()
    counted = any(tokens[n].dep == "nummod" for n in children[index])
    return not (counted and tokens[index].lemma.lower() in units)


def _time(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether a noun is a time, no object ("pitää aurata koko talvi", review 48 #2): a
    time noun (lexicons/time.toml `units`, `stretches`) or one a determiner of time
    ("koko", "joka", "ensi") modifies."""
    if tokens[index].lemma.lower() in time_units() | time_stretches():
        return True
    determiners = time_determiners()
    return any(tokens[c].lemma.lower() in determiners for c in children[index] if c < index)


def _intransitive(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, speller: Speller
) -> bool:
    """Whether the infinitive under the necessive takes no object: a copula "olla", or an
    infinitive head that is "olla" or an automative verb (module doc), with no object."""
    if any(
        tokens[c].lemma == "olla"
        and "VerbForm=Inf" in tokens[c].morph
        and (tokens[c].dep == "cop" or tokens[c].dep.startswith("aux"))
        for c in children[head]
    ):
        return True  # "olla" with a predicative or a participle ("olla saatavilla")
    token = tokens[head]
    if "VerbForm=Inf" not in token.morph or token.pos not in ("VERB", "AUX"):
        return False
    if any(tokens[c].dep == "obj" and "Case=Nom" not in tokens[c].morph for c in children[head]):
        return False
    return token.lemma == "olla" or automative(token.lemma, speller)


def automative(verb: str, speller: Speller) -> bool:
    """Whether Voikko knows `verb` (an A-infinitive) as the "-U-" derivation of another verb:
    "-ua"/"-yä" after the stem of a verb in "-aa"/"-ää" ("muuttua", "onnistua"), "-tua"/"-tyä"
    after one in "-ttaa"/"-ttää" ("toteutua"), "-utua"/"-ytyä" after one in "-ta"/"-tä" or
    "-ea"/"-eä" ("avautua", "sulkeutua")."""
    if not verb.endswith(("ua", "yä")) or len(verb) < 5:
        return False
    a = verb[-1]
    stem = verb[:-2]
    candidates = [stem + a + a]
    if stem.endswith("t"):
        candidates.append(stem + "t" + a + a)
    if stem.endswith(("ut", "yt")):
        candidates += [stem[:-2] + "t" + a, stem[:-2] + a]
    return any(
        analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") == "A-infinitive"
        for candidate in candidates
        for analysis in speller.analyze(candidate)
    )


def _subject_words(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int
) -> list[int]:
    """The subject's head, its agreeing nominative modifiers and its coordinated nominatives
    (with theirs)."""
    words = [head]
    for child in children[head]:
        if "Case=Nom" not in tokens[child].morph:
            continue
        if tokens[child].dep in _AGREEING and child < head:
            words.append(child)
        elif tokens[child].dep == "conj" and tokens[child].pos in ("NOUN", "ADJ"):
            words += _subject_words(tokens, children, child)
    return words


def _genitive_in(token: ParsedToken, speller: Speller) -> str | None:
    """The genitive of `token` in the number the parse gives it, as Voikko confirms it."""
    number = next((name for key, name in _NUMBERS.items() if key in token.morph), "")
    form = genitive(token.text, speller)
    if form is None or not number:
        return None
    readings = speller.analyze(form.lower())
    if not any(r.get("SIJAMUOTO") == "omanto" and r.get("NUMBER") == number for r in readings):
        return None
    return form
