"""The subject of a necessive clause in the genitive, read from the parse ("Tilojen kuvat ja
varustelu pitäisi näkyä" is spoken; written Finnish says "Tilojen kuvien ja varustelun pitäisi
…"; "Valvontaraportit yksityisistä laitoksista pitäisi olla julkisia" → "Valvontaraporttien
yksityisistä laitoksista pitäisi olla julkisia").

A nominative before "pitää", "täytyä" or "tulla" (third person singular) is the subject only
when the infinitive takes no object, or has an object of its own after it ("Johto pitää
antaa lupa" → "Johdon pitää antaa lupa", review 46 #4): then it belongs in the genitive.
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

from muistiinpanot.lexicons import time_determiners, time_stretches, time_units
from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Verbs whose third person singular with an A-infinitive is the necessive ("pitäisi olla").
NECESSIVE_VERBS = frozenset({"pitää", "täytyä", "tulla"})
#: Dependents of a subject that agree with it in case: adjectives, determiners, numerals.
_AGREEING = frozenset({"amod", "det", "nummod"})
_NUMBERS = {"Number=Sing": "singular", "Number=Plur": "plural"}


def necessive_subjects(tokens: Sequence[ParsedToken], speller: Speller) -> list[int]:
    """Positions of the words of every nominative necessive subject (see the module doc),
    in order; [] when there is none."""
    children = children_of(tokens)
    found: list[int] = []
    for head in range(len(tokens)):
        necessive = [
            c
            for c in children[head]
            if tokens[c].dep == "aux"
            and tokens[c].lemma in NECESSIVE_VERBS
            and "VerbForm=Fin" in tokens[c].morph
            and "Number=Sing" in tokens[c].morph
            and "Person=1" not in tokens[c].morph
            and "Person=2" not in tokens[c].morph
        ]
        if not necessive:
            continue
        own_object = _object_after(tokens, children, head)
        if not own_object and not _intransitive(tokens, children, head, speller):
            continue
        subjects = [
            c
            for c in children[head]
            if (tokens[c].dep.startswith("nsubj") or (tokens[c].dep == "obj" and not own_object))
            and c < necessive[0]
            and "Case=Nom" in tokens[c].morph
            and tokens[c].pos in ("NOUN", "ADJ")
        ]
        if len(subjects) == 1:
            found += _subject_words(tokens, children, subjects[0])
    return sorted(found)


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
    """Whether the infinitive under the necessive has its own object after it, a nominative
    ("Johto pitää antaa lupa": review 46 #4; a partitive after it may be a measure, "pitää
    tilata viikkoa etukäteen"): the nominative before the necessive is then its subject,
    not its object, and belongs in the genitive ("Johdon pitää antaa lupa")."""
    if "VerbForm=Inf" not in tokens[head].morph or tokens[head].pos != "VERB":
        return False
    return any(
        tokens[c].dep == "obj"
        and c > head
        and tokens[c].pos in ("NOUN", "PROPN")
        and "Case=Nom" in tokens[c].morph  # a necessive's total object ("viikkoa": a measure)
        and not _time(tokens, children, c)
        for c in children[head]
    )


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
