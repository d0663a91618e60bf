"""A "why not" question said as the point it makes (review 52 #2, summary39).

"Miksei kysytty kyläläisiltä ensin?" (a point all four groups made) asks nothing: it says
what should have been done. A question opens no bullet (compose._openable), so the point was
lost, or published as a question joined to a statement. It is written as the wish it states,
by the grammar of the parse and Voikko's readings, not by a list of phrases:

- the clause opens with the translative of the interrogative "mikä" ("miksi", spoken "miks",
  and "miksei" split by the parser into "miks" + "ei": Voikko's base form "mikä", case
  "tulento"), as an adverbial of the clause's predicate;
- the predicate (or its copula) is negated by a third person or passive negation verb
  (Voikko's "kieltosana") and is a connegative (present: "kysy", "kysytä", "ole") or a past
  participle (past: "kysynyt", "kysytty");
- the negated predicate is said as its A-infinitive under the necessive, "pitäisi" for the
  present and "olisi pitänyt" for the past ("Miksi ei kuulla nuoria" → "Pitäisi kuulla
  nuoria."; "Miksei kysytty kyläläisiltä ensin" → "Olisi pitänyt kysyä kyläläisiltä
  ensin."; a perfect's auxiliary is dropped: "Miksei ole kysytty" → "Olisi pitänyt
  kysyä", review 57 #1), its subject in the genitive (inflect.genitive, as Voikko confirms
  it: "Miksei kunta korjaa …" → "Kunnan pitäisi korjata …"). Inner punctuation is kept
  ("…, vaikka luvattiin"), the closing one dropped.

Left as written (None): a question without a negation ("Miksi kokous siirrettiin?" asks a
reason), the first or second person ("Miksi emme kysyneet": the groups' own act), a partitive
subject (an existential clause: "Miksei kylässä ole kauppaa?" would need the nominative) and
a singular partitive object (the negation's case: the wish may need another, "tehdä
kysely"; a plural partitive stays, "kuulla nuoria"), a subject of more than
its agreeing words, and a verb Voikko does not confirm."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.parsetree import children_of
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: The necessive said for a negated present and past.
_PRESENT, _PAST = "pitäisi", "olisi pitänyt"
#: Dependents of a subject that agree with it in case.
_AGREEING = frozenset({"amod", "det", "nummod"})


def why_not_point(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The sentence `tokens` written as the point its "why not" question makes (see the
    module doc); None when the rule does not apply."""
    words = [i for i, t in enumerate(tokens) if t.pos != "PUNCT"]
    if len(words) < 3 or not _why(tokens[words[0]], speller):
        return None
    children = children_of(tokens)
    head = tokens[words[0]].head
    if head == words[0] or not 0 <= head < len(tokens) or tokens[head].dep.lower() != "root":
        return None
    negation = next((c for c in children[head] if _negation(tokens[c], speller)), None)
    if negation is None or any(_negation(t, speller) for t in _others(tokens, negation)):
        return None
    copula = next((c for c in children[head] if tokens[c].dep == "cop"), None)
    verb = copula if copula is not None else head
    modal = _modal(tokens[verb])
    infinitive = _infinitive(tokens[verb], speller)
    if modal is None or infinitive is None:
        return None
    if any(_singular_partitive(tokens[c]) for c in children[head] if tokens[c].dep == "obj"):
        return None  # "Miksei tehty kyselyä": the negation's partitive object
    forms = _genitive_subject(tokens, children, head, speller)
    if forms is None:
        return None
    dropped = {words[0], negation, *(c for c in children[head] if tokens[c].dep.startswith("aux"))}
    text = ""
    for index, token in enumerate(tokens[: words[-1] + 1]):  # the closing "?" is dropped
        if index in dropped:
            continue
        if token.pos == "PUNCT":  # an inner comma stays: "…, vaikka luvattiin"
            text += token.text if text else ""
            continue
        word = f"{modal} {infinitive}" if index == verb else forms.get(index, token.text)
        text = f"{text} {word}" if text else word
    return text[:1].upper() + text[1:] + "."


def said_past(point: str) -> bool:
    """Whether a point `why_not_point` wrote is of the past ("Olisi pitänyt kysyä …"): it is
    said as a sentence of its own, not as an infinitive under another note's present
    "pitäisi" (which would change its tense) nor beside it with its modal again."""
    return _PAST in point.lower()


def _why(token: ParsedToken, speller: Speller) -> bool:
    """Whether `token` is the translative of the interrogative "mikä" ("miksi", "miks")."""
    return any(
        a.get("BASEFORM") == "mikä" and a.get("SIJAMUOTO") == "tulento"
        for word in dict.fromkeys((token.text.lower(), token.lemma.lower()))
        for a in speller.analyze(word)
    )


def _negation(token: ParsedToken, speller: Speller) -> bool:
    """A negation verb of the third person or the passive ("ei", "eivät"), not "emme"."""
    if "Polarity=Neg" not in token.morph or "Person=1" in token.morph:
        return False
    if "Person=2" in token.morph:
        return False
    word = token.text.lower()
    return any(a.get("CLASS") == "kieltosana" for a in speller.analyze(word)) or word == "ei"


def _singular_partitive(token: ParsedToken) -> bool:
    """A singular partitive: the negation's case of any object, which the wish may need in
    another ("tehdä kysely"); a plural partitive is an affirmative's too ("kuulla nuoria")."""
    return "Case=Par" in token.morph and "Number=Plur" not in token.morph


def _others(tokens: Sequence[ParsedToken], negation: int) -> list[ParsedToken]:
    return [t for i, t in enumerate(tokens) if i != negation]


def _modal(token: ParsedToken) -> str | None:
    """The necessive for the negated form: a connegative's present, a past participle's past."""
    if "Connegative=Yes" in token.morph:
        return _PRESENT
    if "VerbForm=Part" in token.morph and "PartForm=Past" in token.morph:
        return _PAST
    return None


def _infinitive(token: ParsedToken, speller: Speller) -> str | None:
    """The A-infinitive of the verb `token`: its lemma, when Voikko reads that as a verb's
    base form."""
    lemma = token.lemma.lower()
    readings = speller.analyze(lemma)
    if any(a.get("CLASS") == "teonsana" and a.get("BASEFORM") == lemma for a in readings):
        return lemma
    return None


def _genitive_subject(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, speller: Speller
) -> dict[int, str] | None:
    """The genitive of each word of the predicate's nominative subject (none: {}); None
    when there is a subject this rule cannot put in the genitive."""
    subjects = [c for c in children[head] if tokens[c].dep.startswith("nsubj")]
    if not subjects:
        return {}
    if len(subjects) > 1:
        return None
    subject = subjects[0]
    token = tokens[subject]
    if token.pos not in ("NOUN", "PROPN", "ADJ") or "Case=Nom" not in token.morph:
        return None  # a pronoun ("me"), or a partitive subject ("ole kauppaa")
    words = [subject, *(c for c in children[subject] if tokens[c].dep in _AGREEING)]
    if any(tokens[c].dep not in _AGREEING for c in children[subject]):
        return None
    forms: dict[int, str] = {}
    for index in words:
        form = genitive(tokens[index].text, speller)
        if form is None:
            return None
        forms[index] = form
    return forms
