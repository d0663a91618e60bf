"""Verbless wishes (review 34 #3, mend64): a note without a verb whose head asks for something
is published as a wish, "Toivottiin" with the head noun phrase in the partitive and the rest
as written ("hiekoitus ja auraus ennen klo 6 pääreiteillä" → "Toivottiin hiekoitusta ja
aurausta ennen klo 6 pääreiteillä."; "kaupunkipyörät talvikäyttöön" → "Toivottiin
kaupunkipyöriä talvikäyttöön.").

A wish, by linguistic class (the parse, its UD features and Voikko's analyses):

- the head is an action noun (Voikko reads a derivation of a verb: "aura(aurata)+us",
  "luo(luoda)+n+ti", a -minen form) and an adverbial says where, when, how or for whom; or
- the head has a goal adverbial: an illative, allative or translative ("uimahalliin",
  "jokaiselle asiakkaalle", "englanniksi") or a deadline with "ennen" ("ennen kesää").

Not a wish: a note that only places or times its head ("pyöräparkit lumen alla koko
talven"), an illative that ends a span ("aamusta iltaan") or an extent ("ovelle asti"), a
frequency of what happens ("aina", "joka päivä": lexicons/tone.toml), a state adverb in a
local case ("myöhässä"), a head that lacks or negates ("epäselvä", "toimimaton"), an excess
("liian"), an amount it should change to ("puoleen") or a result it should be made
("julkiseksi": a verb of change or making is unsaid), a negation, a question, a heading, a
note that ends in its predicate noun ("lataus talvella turvallisuusriski": harms.py), a
state the parse predicates of its head with no goal ("perustelut piilossa liitteissä") or a
predicate adjective ("tiedotus huonoa"); coordinated heads in a static place of difference
("keittiö ja opettajat eri siiloissa": how they stand apart, review 70 #1; likeness,
"samassa talossa", is asked for, review 71 #2). An agent noun ("opettaja", Voikko's "+ja"
derivation) is a person, no action noun, but a person asked for with a time or place
("valvojat viikonloppuisin"; wishheads.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.harms import harm_noun, predicate_noun, raised, stated_harm
from muistiinpanot.summarize.merge import inside
from muistiinpanot.summarize.notwishes import (
    Vector,
    habitual,
    predicative_adjective,
    resultative,
    state_adverb,
    state_stated,
)
from muistiinpanot.summarize.parsetree import (
    Frame,
    RewrittenToken,
    Span,
    feature,
    join_words,
    span_lemmas,
    subtree,
)
from muistiinpanot.summarize.participles import agreeing_participles
from muistiinpanot.summarize.partitive import partitive
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.wishadverbials import additive_form, goal_adverbial, relating_place
from muistiinpanot.summarize.wishconjuncts import coordinated_heads
from muistiinpanot.summarize.wishheads import agent, deverbal, lacks

#: The verb of a published wish: the passive says the groups wished, without naming them.
WISH_VERB = "Toivottiin"
#: The degree adverbs of excess ("liian vähän"), a closed class of Finnish grammar.
_EXCESS = frozenset({"liian", "liikaa"})
#: Cases (UD) of a time or a place ("iltaisin", "uimahallilla", "kouluun") that make an
#: agent noun a person asked for ("valvojat viikonloppuisin", review 71 #2).
_SITUATING_CASES = frozenset({"Ine", "Ade", "Ela", "Abl", "Ill", "All", "Ess", "Ins"})
_NOUN_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})


def verbless_wish(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    speller: Speller,
    finite: Callable[[str], bool] = lambda word: True,
    max_words: int = DEFAULT_SETTINGS.wish_words,
    vector: Vector | None = None,
    vouched: bool = False,
) -> tuple[Span, Frame | None] | None:
    """The wish a verbless note asks for (see the module doc) as a sentence and its Frame
    (no subject, "Toivottiin", the rest: two wishes of a bullet share the verb, merge.py); a
    harm's head ("melu eläimille") is raised, not wished for, with no Frame (harms.py);
    None when the note has a verb (`finite` confirms the parser's finite verbs with Voikko:
    "Ruokalistat" is no verb), has more than `max_words` tokens besides a closing mark
    ([summary] wish_words) or is not a wish (`vector`: notwishes.stated_noun_state).
    `vouched`: an analyst moved the note into its theme (summarize/analyst.py, `[summary]
    vouched_wishes`), so one more wish cue counts: a form the head is asked for besides the
    one it has, an essive with the additive "myös" ("selkokieliset ohjeet, myös kuvina",
    review 80 #1). The move is no wish cue of its own: a vouched line without one is a
    finding, not a wish ("vuokrat korkeat keskustassa", review 81 #1), and every test of a
    finding still holds."""
    if not tokens or len(tokens) > max_words + 1 or _excluded(tokens, finite):
        return None
    roots = [i for i, t in enumerate(tokens) if t.dep == "ROOT" and t.pos != "PUNCT"]
    if not roots:
        return None
    root = roots[0]
    children = [list(c) for c in children]
    children[root] += roots[1:]  # a fragment the parser left as a root of its own
    head = _head(tokens, children, root, speller)
    if head is None:
        return None
    phrase = _noun_phrase(tokens, children, head, speller)
    if phrase is None:
        return None
    nouns = [head, *(c for c in children[head] if tokens[c].dep == "conj")]
    below = {*children[head], *children[root], root} - {head}
    adverbials = sorted(c for c in below if c not in phrase)
    rest = [i for i in range(len(tokens)) if i not in phrase and tokens[i].pos != "PUNCT"]
    if not rest or any(lacks(tokens[i].text, speller) for i in phrase if i != head):
        return None
    if any(habitual(tokens, i) or state_adverb(tokens[i], speller) for i in rest):
        return None
    if any(resultative(tokens[i]) for i in adverbials):
        return None
    if any(predicative_adjective(tokens, i) for i in rest):  # "tiedotus huonoa": a finding
        return None
    predicate = predicate_noun(tokens, phrase, rest, speller)
    if predicate is not None:  # "X talvella turvallisuusriski": X is one (review 46 #1)
        plural = len(nouns) > 1 or "Number=Plur" in tokens[head].morph
        stated = stated_harm(tokens, predicate, plural, speller)
        return (Span(stated[0], stated[1]), None) if stated else None
    harm = any(harm_noun(tokens[i].text, speller) for i in nouns)  # "melu eläimille"
    action = not harm and any(deverbal(tokens[i].text, speller) for i in nouns)
    action |= any(agent(tokens[i].text, speller) for i in nouns) and any(
        tokens[c].pos == "ADV" or feature(tokens[c].morph, "Case") in _SITUATING_CASES
        for c in adverbials
    )  # "valvojat viikonloppuisin": a person asked for, when or where (review 71 #2)
    goal = any(goal_adverbial(tokens, children, c, speller) for c in adverbials)
    if len(nouns) > 1 and any(relating_place(tokens, children, c) for c in adverbials):
        return None  # "keittiö ja opettajat eri siiloissa": a state of the two (review 70 #1)
    said = [c for c in adverbials if tokens[c].pos != "PUNCT"]
    if vouched and len(said) == 1:  # "ohjeet, myös kuvina." (review 81 #1)
        action |= additive_form(tokens, children, said[0], speller)
    if not goal and (not action or state_stated(tokens, head, root, adverbials, vector)):
        return None  # "perustelut piilossa liitteissä", "rahoitus katkolla": findings
    written = list(tokens)
    for index, form in agreeing_participles(tokens, children, phrase, speller).items():
        phrase.setdefault(index, form)  # "kunnan järjestämää koulutusta" (review 66 #3)
    for index, form in phrase.items():
        if form and not harm:
            written[index] = RewrittenToken(tokens[index], form, tokens[index].morph)
    words = [i for i in range(len(tokens)) if tokens[i].pos != "PUNCT" or _inner(tokens, i)]
    text = inside(join_words(written, words, None).rstrip(" ,;:–-"), speller)
    if harm:  # a harm to someone: raised, not wished for (harms.py)
        plural = len(nouns) > 1 or "Number=Plur" in tokens[head].morph
        return Span(raised(text, plural), span_lemmas(tokens, words)), None
    sentence = f"{WISH_VERB} {text}."
    return Span(sentence, span_lemmas(tokens, words)), Frame("", WISH_VERB, text)


def is_wish(sentence: str) -> bool:
    """Whether `sentence` is a published wish (it names its speakers already: no lead-in)."""
    return sentence.startswith(f"{WISH_VERB} ")


def _excluded(tokens: Sequence[ParsedToken], finite: Callable[[str], bool]) -> bool:
    """A verb (finite as Voikko confirms, or an infinitive), a negation, a question, a
    heading's colon or an excess: no verbless wish."""
    for token in tokens:
        morph = token.morph
        if "VerbForm=Fin" in morph and finite(token.text):
            return True
        if token.pos == "VERB" and "VerbForm=Inf" in morph:
            return True
        if "Polarity=Neg" in morph or token.text in ("?", ":"):
            return True
        if token.text.lower() in _EXCESS:
            return True
    return False


def _head(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, speller: Speller
) -> int | None:
    """The nominative noun the note is about: the root, or the nominative subject of a root
    in an adverbial case ("hiekoitus … pääreiteillä" parsed with "pääreiteillä" as root)."""
    if _nominative_noun(tokens[root], speller):
        return root
    if feature(tokens[root].morph, "Case") in ("Nom", "Par", "Gen") and tokens[root].pos != "ADV":
        return None
    subjects = [c for c in children[root] if tokens[c].dep.startswith("nsubj")]
    if len(subjects) == 1 and _nominative_noun(tokens[subjects[0]], speller):
        return subjects[0]
    return None


def _nominative_noun(token: ParsedToken, speller: Speller) -> bool:
    if token.pos not in ("NOUN", "PROPN", "VERB") or not token.text.replace("-", "").isalpha():
        return False
    if token.pos != "VERB" and feature(token.morph, "Case") not in ("Nom", ""):
        return False
    return any(
        a.get("SIJAMUOTO") == "nimento"
        and (a.get("CLASS") in _NOUN_CLASSES or a.get("MOOD") == "MINEN-infinitive")
        for a in speller.analyze(token.text.lower())
    )


def _noun_phrase(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, speller: Speller
) -> dict[int, str] | None:
    """The head noun phrase's words: index → its partitive (the head, nouns coordinated with
    it, directly or through another conjunct, and the words that agree with them) or ""
    (kept as written: a genitive, "ja"); None when a partitive is not confirmed.

    Conjuncts follow the first conjunct's case (review 80 #2): a nominative noun the parse
    coordinates with "ja" to an adverbial of the head ("ilmoitustaulut kauppojen oviin ja
    paikallisradio") is the head's conjunct, no second illative; a conjunct after an
    appositive of the head ("… tilanteisiin, myrsky, vesikatko") continues that list, which
    stays as written, as the appositive does."""
    heads = coordinated_heads(tokens, children, head, lambda t: _nominative_noun(t, speller))
    phrase: dict[int, str] = {}
    for noun in heads:
        if noun != head and not _nominative_noun(tokens[noun], speller):
            return None
        agreeing = [
            c
            for c in children[noun]
            if tokens[c].dep in ("amod", "det", "nummod")
            and feature(tokens[c].morph, "Case") == "Nom"
        ]
        for index in (noun, *agreeing):
            form = partitive(tokens[index].text, speller)
            if form is None:
                return None
            phrase[index] = form
        for child in children[noun]:
            if tokens[child].dep in ("nmod:poss", "nmod:gobj", "nmod:gsubj", "compound", "cc"):
                phrase.update(dict.fromkeys(subtree(children, child), ""))
    return phrase


def _inner(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Punctuation inside the note (a comma, a hyphen), not its end."""
    return index < len(tokens) - 1 and tokens[index].text not in (".", "!")
