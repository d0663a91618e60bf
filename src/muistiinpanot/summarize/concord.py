"""Agreement and spoken verb forms read from the parse, where words in a row cannot show them
(agreement.fix_agreement sees only a verb right after its subject):

- a verb that disagrees with a plural subject the parse shows elsewhere is made plural
  (subjectverb.disagreeing: a shared, coordinated, participle or definite following subject);
- a spoken affirmative that is written as the connegative ("Päätös viivästy" → "viivästyi",
  "aikaa tarvittaisi" → "tarvittaisiin"): a verb that no negation governs and whose every
  Voikko reading is a connegative or an imperative (the imperative only with a nominative
  before it or a subject: "Soita heti" stays) gets the past "-i" or the passive "-in" when
  Voikko reads the candidate as an affirmative of the same verb;
- a present passive that opens the sentence without a subject, as spoken Finnish proposes
  (clauses.hortative), is written as the proposal it is: "pitäisi" and the A-infinitive
  (Voikko's base form), also of the passives coordinated with it ("Järjestetään kysely ja
  kerätään palautetta" → "Pitäisi järjestää kysely ja kerätä palautetta"), not one of an
  indirect question ("… ja mitä säästetään" stays: review 62 #4); a modal's passive
  already says a need ("Tarvitaan lisää tiloja");
- "kun" that opens no clause, only a noun phrase, is the comparative "kuin" as said ("korkeampi
  kun viime vuonna", "eri pöydässä kun aikuiset"), after a comparison only ("hyvä kun kaikki
  mukana" stays: mend130).

Necessives and modal auxiliaries are left alone: their plural nominative may be the object
("Lomakkeet voisi täyttää netissä"); a modal of possibility agrees when its verb has an object
of its own ("Pyörätuolit voisi helpottaa arkea" → "voisivat", subjectverb.disagreeing)."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.summarize.clauses import MODALS, hortative
from muistiinpanot.summarize.commawords import NOMINAL_CLASSES, comma_words
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.subjectverb import disagreeing, plural_subject
from muistiinpanot.summarize.verbforms import plural_predicate, with_case


def concord_tokens(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with the rewrites of the module doc (the spoken forms first, so that a repaired
    verb then agrees: "Maksut kallistu" → "Maksut kallistuivat")."""
    children = children_of(tokens)
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if (
            token.text.lower() == "kun"
            and token.dep == "mark"
            and _verbless(tokens, children, index)
            and _after_comparison(tokens, index, speller)
        ):
            result[index] = RewrittenToken(token, with_case("kuin", token.text), token.morph)
            continue
        affirmative = _spoken_affirmative(tokens, children, index, speller)
        if affirmative:
            text, morph = affirmative
            result[index] = RewrittenToken(token, with_case(text, token.text), morph)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    # a modal's passive already says a need ("Tarvitaan lisää tiloja")
    if tokens and hortative(tokens, children, root) and tokens[root].lemma not in MODALS:
        result = _proposed(result, children, root, speller)
    for index in range(len(tokens)):
        found = disagreeing(result, children, index, speller)
        if found is not None:
            word, plural = found
            morph = result[word].morph.replace("Number=Sing", "Number=Plur")
            result[word] = RewrittenToken(tokens[word], plural, morph)
    return result


def disagreeing_verbs(tokens: Sequence[ParsedToken], speller: Speller) -> int:
    """How many predicates `concord_tokens` would make plural (for the lint)."""
    children = children_of(tokens)
    return sum(
        disagreeing(tokens, children, index, speller) is not None for index in range(len(tokens))
    )


def _proposed(
    tokens: list[ParsedToken], children: list[list[int]], root: int, speller: Speller
) -> list[ParsedToken]:
    """A hortative's passives as "pitäisi" and their A-infinitives (unchanged when Voikko
    gives no base form of one)."""
    passives = [root] + [
        c
        for c in children[root]
        if tokens[c].dep == "conj"
        and all(f in tokens[c].morph for f in ("Voice=Pass", "Tense=Pres", "VerbForm=Fin"))
        and not any(tokens[g].dep.startswith(("nsubj", "aux", "mark")) for g in children[c])
        and not _asked(tokens, children, c)
    ]
    infinitives = {index: _infinitive(tokens[index].text, speller) for index in passives}
    if not all(infinitives.values()):
        return tokens
    result = list(tokens)
    for index, infinitive in infinitives.items():
        text = f"pitäisi {infinitive}" if index == root else infinitive
        morph = "Mood=Cnd|VerbForm=Fin|Voice=Act" if index == root else "VerbForm=Inf"
        result[index] = RewrittenToken(tokens[index], with_case(text, tokens[index].text), morph)
    return result


def _asked(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the passive at `index` is an indirect question's ("kerrotaan kustannukset ja
    mitä säästetään": what is saved is asked, not proposed; review 62 #4, mend124): an
    interrogative or relative word of its own before it (the parse's PronType, or a question
    word of lexicons/commas.toml `question_tails`: "miten" has no PronType)."""
    asking = _question_words()
    return any(
        g < index
        and (
            any(f"PronType={kind}" in tokens[g].morph for kind in ("Int", "Rel"))
            or tokens[g].lemma.lower() in asking
            or tokens[g].text.lower() in asking
        )
        for g in children[index]
    )


@functools.cache
def _question_words() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("commas.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["question_tails"]["words"])


def _infinitive(passive: str, speller: Speller) -> str:
    """The A-infinitive of a present passive ("kerrotaan" → "kertoa"), as Voikko reads it."""
    for reading in speller.analyze(passive.lower()):
        base = reading.get("BASEFORM", "")
        present = reading.get("PERSON") == "4" and reading.get("TENSE") == "present_simple"
        if present and any(a.get("MOOD") == "A-infinitive" for a in speller.analyze(base)):
            return base
    return ""


def _verbless(tokens: Sequence[ParsedToken], children: list[list[int]], mark: int) -> bool:
    """Whether the word a "kun" marks heads no clause: no verb, no finite auxiliary or copula."""
    head = tokens[mark].head
    if head == mark or tokens[head].pos in ("VERB", "AUX"):
        return False
    return not any(
        "VerbForm=Fin" in tokens[c].morph or tokens[c].dep.startswith(("cop", "nsubj"))
        for c in children[head]
    )


def _after_comparison(tokens: Sequence[ParsedToken], mark: int, speller: Speller) -> bool:
    """Whether a comparative (by the parse or Voikko) or a word whose comparison takes "kuin"
    (lexicons/commas.toml `comparison_bases`) stands before the "kun" at `mark` in its clause:
    "hyvä kun kaikki mukana" compares nothing (mend130); or a word before it in the case, not
    the nominative, of the word it marks, by Voikko: a likeness ("kohtelee sitä kun isoa
    tehdasta")."""
    marked = _cases(tokens[tokens[mark].head].text, speller) - {"nimento"}
    for token in reversed(tokens[:mark]):
        if token.pos == "PUNCT":
            return False
        if (
            "Degree=Cmp" in token.morph
            or token.lemma.lower() in comma_words("comparison_bases")
            or any(
                a.get("COMPARISON") == "comparative" for a in speller.analyze(token.text.lower())
            )
            or (token.pos in ("NOUN", "PRON", "ADJ") and marked & _cases(token.text, speller))
        ):
            return True
    return False


def _cases(word: str, speller: Speller) -> set[str]:
    return {str(a["SIJAMUOTO"]) for a in speller.analyze(word.lower()) if a.get("SIJAMUOTO")}


def _negated(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether a negation verb governs the verb at `index` or a verb it is coordinated with."""
    while True:
        if any("Polarity=Neg" in tokens[c].morph for c in children[index]):
            return True
        if tokens[index].dep != "conj" or tokens[index].head == index:
            return False
        index = tokens[index].head


def _spoken_affirmative(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> tuple[str, str] | None:
    """The written affirmative of a spoken connegative and its features (see the module doc)."""
    token = tokens[index]
    if token.pos == "NOUN" and _predicate_noun(tokens, children, index, speller):
        # the parser may read a spoken past as the noun of a verbless "X [on] noun" ("jono
        # kasvo", "rehtori anto luvan"): read it before a copula is put in (phrases.py)
        return _spoken_past(tokens, children, index, speller)
    # the parser may read the form as a participle, which Voikko's readings (below) rule out
    if token.pos != "VERB" or "VerbForm=" not in token.morph or not token.text.isalpha():
        return None
    analyses = speller.analyze(token.text.lower())
    readings = [a for a in analyses if a.get("CLASS") == "teonsana"]
    if _negated(tokens, children, index):
        return None
    # the parser may call a nominative before a connegative its object ("Maksut kallistu")
    subjects = [
        c
        for c in children[index]
        if tokens[c].dep.startswith("nsubj") or (c < index and "Case=Nom" in tokens[c].morph)
    ]
    subject = bool(subjects)
    if not readings:
        # a spoken past that is also a noun ("rahat loppu", "jono kasvo"): the parse reads a
        # verb with its subject, Voikko only a nominal, and the past with "-i" is a verb's
        nominal = analyses and all(a.get("CLASS") in NOMINAL_CLASSES for a in analyses)
        return _spoken_past(tokens, children, index, speller) if nominal else None
    for reading in readings:
        imperative = reading.get("MOOD") == "imperative" and subject
        if reading.get("NEGATIVE") != "true" and not imperative:
            return None
    base = readings[0].get("BASEFORM")
    for candidate in (token.text.lower() + "i", token.text.lower() + "in"):
        for reading in speller.analyze(candidate):
            if (
                reading.get("BASEFORM") == base
                and reading.get("MOOD") in ("indicative", "conditional")
                and reading.get("NEGATIVE") != "true"
            ):
                mood = "Cnd" if reading.get("MOOD") == "conditional" else "Ind"
                if reading.get("PERSON") == "4":
                    return candidate, f"Mood={mood}|VerbForm=Fin|Voice=Pass"
                morph = f"Mood={mood}|Number=Sing|Person=3|VerbForm=Fin|Voice=Act"
                if subjects and plural_subject(tokens, children, subjects[0]):
                    plural = plural_predicate(candidate, "", speller, necessive=False)
                    if plural:
                        return plural, morph.replace("Number=Sing", "Number=Plur")
                return candidate, morph
    return None


_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _predicate_noun(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    index: int,
    speller: Speller,
) -> bool:
    """Whether the parse makes `index` the predicate noun of a verbless clause, a nominative
    subject before it and no copula, and Voikko reads the word only as a nominal."""
    subject = any(
        c < index and tokens[c].dep.startswith("nsubj") and "Case=Nom" in tokens[c].morph
        for c in children[index]
    )
    copula = any(tokens[c].dep.startswith("cop") for c in children[index])
    if not subject or copula or not tokens[index].text.isalpha():
        return False
    analyses = speller.analyze(tokens[index].text.lower())
    return bool(analyses) and all(a.get("CLASS") in NOMINAL_CLASSES for a in analyses)


def _spoken_past(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> tuple[str, str] | None:
    """The written past of a spoken past without its "-i" that Voikko reads only as a nominal
    ("loppu" → "loppui", "kasvo" → "kasvoi"), made plural with a plural subject; only with a
    subject the parse shows, a noun or pronoun before the word (a spoken past is written
    subject first: "rahat loppu"), and when Voikko reads the form with "-i" as an affirmative
    past indicative of a verb and as nothing else. A nominative adjective hanging on the word
    makes it the noun of a verbless "X [on] adjective" ("jatko epävarma"), not a past."""
    subjects = [
        c
        for c in children[index]
        if c < index
        and tokens[c].pos in _SUBJECT_POS
        and (tokens[c].dep.startswith("nsubj") or "Case=Nom" in tokens[c].morph)
    ]
    # the parser may hang the verb on its subject right before it ("Paperit loppu kesken ja …")
    head = tokens[index].head
    if tokens[index].pos == "VERB" and head == index - 1 and tokens[head].pos in _SUBJECT_POS:
        subjects += [head] if "Case=Nom" in tokens[head].morph else []
    predicative = any(
        tokens[c].pos == "ADJ" and "Case=Nom" in tokens[c].morph for c in children[index]
    )
    if not subjects or predicative:
        return None
    candidate = tokens[index].text.lower() + "i"
    readings = speller.analyze(candidate)
    past = [
        r
        for r in readings
        if r.get("CLASS") == "teonsana"
        and r.get("MOOD") == "indicative"
        and r.get("TENSE") == "past_imperfective"
        and r.get("PERSON") == "3"
        and r.get("NEGATIVE") != "true"
    ]
    if not past or len(past) != len(readings):
        return None
    morph = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Act"
    if plural_subject(tokens, children, subjects[0]):
        plural = plural_predicate(candidate, "", speller, necessive=False)
        if plural:
            return plural, morph.replace("Number=Sing", "Number=Plur")
    return candidate, morph
