"""Agreement and spoken verb forms read from the parse, where words in a row cannot show them
(agreement.fix_agreement sees only a verb right after its subject):

- a verb that shares the subject of the verb it is coordinated with ("Kokoukset ovat pitkiä ja
  vie koko päivän" → "… ja vievät …", "Koulu ja kirjasto tekevät … eikä tunne toisiaan" →
  "… eivätkä tunne …"), a coordinated subject with words between it and its verb ("kun
  rahoittaja ja kunta riiteli" → "riitelivät"), a participle as the subject ("illalla
  työssä olevat ei ehdi" → "eivät ehdi") and a plural subject after its verb ("Kokouksiin
  tulee aina samat henkilöt" → "tulevat"; only when a determiner makes it definite, and never
  after "olla": the existential sentence keeps the singular, "Myöhästymisestä seuraa
  sakot"; a subject between a negation verb and its verb is no such inversion: "eikä
  nuoret ja vanhukset saa" → "eivätkä …"), but not a copula before a singular nominative
  ("… olisi hyvä"): the verb's plural as Voikko confirms it (agreement.plural_predicate);
- a spoken affirmative that is written as the connegative ("Päätös viivästy" → "viivästyi",
  "aikaa tarvittaisi" → "tarvittaisiin"): a verb that no negation governs and whose every
  Voikko reading is a connegative or an imperative (the imperative only with a nominative
  before it or a subject: "Soita heti" stays) gets the past "-i" or the passive "-in" when
  Voikko reads the candidate as an affirmative of the same verb;
- a present passive that opens the sentence without a subject, as spoken Finnish proposes
  (clauses.hortative), is written as the proposal it is: "pitäisi" and the A-infinitive
  (Voikko's base form), also of the passives coordinated with it ("Järjestetään kysely ja
  kerätään palautetta" → "Pitäisi järjestää kysely ja kerätä palautetta"); a modal's passive
  already says a need ("Tarvitaan lisää tiloja");
- "kun" that opens no clause, only a noun phrase, is the comparative "kuin" as said ("korkeampi
  kun viime vuonna", "eri pöydässä kun aikuiset").

Necessives and modal auxiliaries are left alone: their plural nominative may be the object
("Lomakkeet voisi täyttää netissä")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import MODALS, added_nominatives, hortative
from muistiinpanot.summarize.negation import plural_negation
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.verbforms import NECESSIVE_AUXILIARIES, plural_predicate


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
        ):
            result[index] = RewrittenToken(token, _cased("kuin", token.text), token.morph)
            continue
        affirmative = _spoken_affirmative(tokens, children, index, speller)
        if affirmative:
            text, morph = affirmative
            result[index] = RewrittenToken(token, _cased(text, token.text), morph)
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), 0)
    # a modal's passive already says a need ("Tarvitaan lisää tiloja")
    if tokens and hortative(tokens, children, root) and tokens[root].lemma not in MODALS:
        result = _proposed(result, children, root, speller)
    for index in range(len(tokens)):
        found = _disagreeing(result, children, index, speller)
        if found is not None:
            word, plural = found
            morph = result[word].morph.replace("Number=Sing", "Number=Plur")
            result[word] = RewrittenToken(tokens[word], plural, morph)
    return result


def disagreeing_verbs(tokens: Sequence[ParsedToken], speller: Speller) -> int:
    """How many predicates `concord_tokens` would make plural (for the lint)."""
    children = children_of(tokens)
    return sum(
        _disagreeing(tokens, children, index, speller) is not None for index in range(len(tokens))
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
    ]
    infinitives = {index: _infinitive(tokens[index].text, speller) for index in passives}
    if not all(infinitives.values()):
        return tokens
    result = list(tokens)
    for index, infinitive in infinitives.items():
        text = f"pitäisi {infinitive}" if index == root else infinitive
        morph = "Mood=Cnd|VerbForm=Fin|Voice=Act" if index == root else "VerbForm=Inf"
        result[index] = RewrittenToken(tokens[index], _cased(text, tokens[index].text), morph)
    return result


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
    # the parser may read the form as a participle, which Voikko's readings (below) rule out
    if token.pos != "VERB" or "VerbForm=" not in token.morph or not token.text.isalpha():
        return None
    readings = [a for a in speller.analyze(token.text.lower()) if a.get("CLASS") == "teonsana"]
    if not readings or _negated(tokens, children, index):
        return None
    # the parser may call a nominative before a connegative its object ("Maksut kallistu")
    subjects = [
        c
        for c in children[index]
        if tokens[c].dep.startswith("nsubj") or (c < index and "Case=Nom" in tokens[c].morph)
    ]
    subject = bool(subjects)
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
                if subjects and _plural(tokens, children, subjects[0]):
                    plural = plural_predicate(candidate, "", speller, necessive=False)
                    if plural:
                        return plural, morph.replace("Number=Sing", "Number=Plur")
                return candidate, morph
    return None


def _subject(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> int | None:
    """The subject of the predicate headed by `index`: its own, or that of the predicate it is
    coordinated with when it has none."""
    while True:
        own = [c for c in children[index] if tokens[c].dep.startswith("nsubj")]
        if own:
            return own[0]
        if tokens[index].dep != "conj" or tokens[index].head == index:
            return None
        if tokens[index].pos != "VERB" or any(
            tokens[c].dep in ("mark", "expl") for c in children[index]
        ):
            return None  # "… eikä yhteistä suunnitelmaa ole": its own clause
        index = tokens[index].head


def _plural(tokens: Sequence[ParsedToken], children: list[list[int]], subject: int) -> bool:
    """Whether the subject is a plural nominative (not "me" or "te", whose verb is not in the
    third person) or nominatives coordinated with "ja" or "sekä"."""
    token = tokens[subject]
    if "Case=Nom" not in token.morph or "Person=1" in token.morph or "Person=2" in token.morph:
        return False
    if token.pos not in ("NOUN", "PROPN", "ADJ", "PRON", "VERB"):
        return False
    if "Number=Plur" in token.morph and (token.pos != "VERB" or "VerbForm=Part" in token.morph):
        return True
    return added_nominatives(tokens, children, subject)


def _disagreeing(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> tuple[int, str] | None:
    """(the word to change, its plural) when `index` heads a predicate whose first finite word
    is a singular third person under a plural subject; None otherwise."""
    token = tokens[index]
    if token.dep in ("aux", "cop") or "Voice=Pass" in token.morph:
        return None
    helpers = [c for c in children[index] if tokens[c].dep.startswith(("aux", "cop"))]
    infinitive = any(tokens[c].dep == "xcomp" for c in children[index])
    if any(tokens[c].lemma in NECESSIVE_AUXILIARIES for c in helpers) or (
        token.lemma in NECESSIVE_AUXILIARIES and infinitive
    ):
        return None  # "tulee" alone is no necessive: "Listat tulee myöhään"
    finite = [i for i in sorted([index, *helpers]) if "VerbForm=Fin" in tokens[i].morph]
    if not finite or any(_other_auxiliary(tokens[i]) for i in finite):
        return None
    if "Connegative=Yes" in tokens[finite[-1]].morph and _singular_participle(token):
        return None  # "lapset ei ole tullut": the participle would disagree still
    subject = _subject(tokens, children, index)
    if subject is None or not _plural(tokens, children, subject):
        return None
    word = finite[0]
    governing = _governing_negation(tokens, index, word)
    if governing is not None:
        # "Ei meillä lapset käy kerhossa": the verb is the negation's connegative, the
        # negation (parsed elsewhere) takes the plural
        word = governing
    # a subject between the negation verb and its verb is in the usual order ("eikä nuoret ja
    # vanhukset saa" → "eivätkä …"), no existential inversion
    negated = "Polarity=Neg" in tokens[word].morph and subject < index
    if (subject > word and not negated) and (
        tokens[word].lemma == "olla" or not any(tokens[c].dep == "det" for c in children[subject])
    ):
        # the existential sentence keeps the singular ("Pihalla on autot", "Siitä seuraa
        # moitteet"); a determiner makes the subject definite ("tulee aina samat ihmiset")
        return None
    if index not in finite and _singular_nominative(tokens[index]):
        return None  # "X ja Y olisi hyvä": the predicative is singular too
    text = tokens[word].text
    negation = plural_negation(text, speller)
    if governing is not None:
        return (word, negation) if negation else None
    if negation and (text.lower() != "ei" or negated):
        return word, negation
    after = " ".join(t.text for t in tokens[word + 1 : word + 2])
    plural = plural_predicate(text, after, speller, necessive=False)
    if plural is None or plural.lower() == text.lower():
        return None
    return word, plural


def _other_auxiliary(token: ParsedToken) -> bool:
    """Whether `token` is a finite auxiliary other than the negation verb and its connegative
    ("ei ole", "eivät voi"): then the auxiliary, not the word found, carries the agreement."""
    return token.dep == "aux" and token.lemma != "ei" and "Connegative=Yes" not in token.morph


def _singular_participle(token: ParsedToken) -> bool:
    return "VerbForm=Part" in token.morph and "Number=Sing" in token.morph


def _governing_negation(tokens: Sequence[ParsedToken], index: int, word: int) -> int | None:
    """The negation verb before the finite `word` of the predicate headed by `index` when the
    parse hangs it on a word of the same clause rather than on the predicate ("Ei meillä lapset
    käy": "ei" under "meillä"): its chain of heads reaches `index` through no other verb.
    None when `word` is itself the negation or no such negation stands before it."""
    if "Polarity=Neg" in tokens[word].morph:
        return None
    for before in range(word - 1, -1, -1):
        if "Polarity=Neg" not in tokens[before].morph or tokens[before].pos != "AUX":
            continue
        head = tokens[before].head
        while head != index and tokens[head].pos not in ("VERB", "AUX"):
            if tokens[head].head == head:
                break
            head = tokens[head].head
        if head == index:
            return before
    return None


def _singular_nominative(token: ParsedToken) -> bool:
    return token.pos in ("NOUN", "ADJ") and all(
        f in token.morph for f in ("Case=Nom", "Number=Sing")
    )


def _cased(word: str, original: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
