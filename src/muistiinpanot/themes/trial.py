"""A trial proposed, not told as made, lifts `settings.trial_theme` (seeded42, mend170).

The theme definition of innovaatiojohtaminen holds "kokeilukulttuuri" and "pienet testit
ennen isoa päätöstä": a note that proposes to try a thing out ("vois kokeilla yhden kesän ja
katsoa tuleeko porukkaa", "pilottina yhdessä koulussa ensin", "kirjastoauto kokeeksi kylille")
is a trial in the theme's sense. The classifier reads the thing tried and calls such a note
"other"; this reading reads the trial instead.

A note whose lemmas (the seeded views' lemmas) hold a word of trying (lexicons/trial.toml) is
parsed, and reads as a proposed trial when a word of trying in it (its own lemma or Voikko's
base form, or a compound's first part: "kokeilujakso"; not a compound's last part, a kind of
test: "ajokoe", "koronatesti") is proposed in its own clause (mend170, review 81): the word is
an essive or translative noun ("kokeiluna", "pilottina", "kokeeksi"), a noun in a clause of no
verb (a note that names the trial, "pieni kokeilu ensin: …"), or a verb of its clause (the
word and the heads above it up to the first finite verb: "haluaisin kokeilla", "pitäis olla
rohkeempi ja testata", and their auxiliaries) is in the conditional ("vois kokeilla",
"kokeilu olisi hyvä"), the imperative ("kokeilkaa"), the present passive ("kokeillaan",
"testataan") or a necessive verb in the present ("pitää kokeilla", "täytyy testata"). A
verb of the clause told in the past or as a past participle (clauses.past, promise.py's
test) makes it an event ("viime kesän kokeilu onnistui", "ovat testanneet", "olisi pitänyt
kokeilla"): no lift.
Without a cue a noun of trying is no proposal: "kokeilulippu on liian kallis", "kokeet on
liian vaikeita", "pilotti kertoi …".

`trial_lift` adds `settings.trial_margin` to such a note's decision for `settings.trial_theme`
in the seeded decision (seeded_choice.py; 0: off, and nothing is parsed)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.themes.clauses import WORD_PARTS, past, theme_lift
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer, Morphology
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray

__all__ = ["proposed_trials", "trial_lift"]


def trial_lift(
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    settings: ThemeSettings,
) -> FloatArray:
    """What each note's seeded decision gains per theme: `settings.trial_margin` for the theme
    `settings.trial_theme` where the note proposes a trial (module docstring), else 0."""
    theme = settings.trial_theme
    if not settings.trial_margin or theme not in {d.id for d in definitions}:
        return theme_lift([0.0] * len(docs), definitions, theme)
    values = [settings.trial_margin * p for p in proposed_trials(docs, texts, analyzer)]
    return theme_lift(values, definitions, theme)


def proposed_trials(
    docs: Sequence[Sequence[str]], texts: Sequence[str], analyzer: Analyzer
) -> list[bool]:
    """Whether each note (its lemmas `docs[i]`, its text `texts[i]`) proposes a trial: only a
    note whose lemmas hold a word of trying is parsed."""
    maybe = [bool(set(doc) & _words("all")) for doc in docs]
    parsed = iter(analyzer.parse([text for text, may in zip(texts, maybe, strict=True) if may]))
    voikko = analyzer.voikko
    return [
        may and any(_proposed(i, tokens, voikko) for i in _trying(tokens, voikko))
        for may, tokens in ((may, next(parsed) if may else []) for may in maybe)
    ]


def _trying(tokens: Sequence[ParsedToken], voikko: Morphology) -> list[int]:
    """The tokens that are a word of trying: a verb of trying, or a noun of trying as the
    word itself or a compound's first part."""
    found = []
    for index, token in enumerate(tokens):
        readings = voikko.analyze(token.text.lower())
        bases = {token.lemma.lower(), *(r.get("BASEFORM", "") for r in readings)}
        parts = [WORD_PARTS.findall(r.get("WORDBASES", "")) for r in readings]
        firsts = {words[0] for words in parts if len(words) > 1}
        if bases & _words("verbs") or bases & _words("nouns") or firsts & _words("all"):
            found.append(index)
    return found


def _proposed(index: int, tokens: Sequence[ParsedToken], voikko: Morphology) -> bool:
    """Whether the word of trying at `index` is proposed in its own clause (module
    docstring): a cue, and no verb of the clause in the past."""
    verbs = _clause_verbs(index, tokens)
    if any(past(tokens[i], voikko.analyze(tokens[i].text.lower())) for i in verbs):
        return False  # a trial made: an event
    token = tokens[index]
    if token.pos in {"NOUN", "PROPN"} and ("Case=Ess" in token.morph or "Case=Tra" in token.morph):
        return True  # "kokeiluna", "pilottina", "kokeeksi"
    if token.pos in {"NOUN", "PROPN"} and not verbs:
        return True  # a clause of no verb names the trial: "puolen vuoden kokeilujakso"
    return any(_cue(tokens[i], voikko.analyze(tokens[i].text.lower())) for i in verbs)


#: The dependents that carry a clause's mood and tense beside its verb.
_HELPERS = frozenset({"aux", "cop"})


def _clause_verbs(index: int, tokens: Sequence[ParsedToken]) -> list[int]:
    """The words of the clause of the token at `index` that carry its mood and tense: the
    token and the heads above it, up to the first that is a finite verb or has a finite
    auxiliary or copula ("vois kokeilla", "pitäis olla rohkeempi ja testata", "haluaisin
    kokeilla", "kokeilu onnistui"), or the root; and their auxiliaries and copulas."""
    chain, head = [index], index
    while True:
        helpers = [i for i, t in enumerate(tokens) if t.head == head and t.dep in _HELPERS]
        chain.extend(helpers)
        if any("VerbForm=Fin" in tokens[i].morph for i in [head, *helpers]):
            break
        parent = tokens[head].head
        if parent in chain or not 0 <= parent < len(tokens):
            break
        chain.append(parent)
        head = parent
    return [i for i in chain if tokens[i].pos in {"VERB", "AUX"}]


def _cue(verb: ParsedToken, readings: Sequence[dict[str, str]]) -> bool:
    """A proposal's mood or voice: the conditional, the imperative ("kokeilkaa", which the
    parse may read as an infinitive: Voikko's mood too), the present passive or a necessive
    auxiliary in the present ("pitää kokeilla")."""
    morph = verb.morph
    moods = {reading.get("MOOD", "") for reading in readings}
    if "Mood=Cnd" in morph or "Mood=Imp" in morph or moods & {"conditional", "imperative"}:
        return True
    if "Voice=Pass" in morph and "Tense=Pres" in morph:
        return True
    bases = {verb.lemma.lower(), *(reading.get("BASEFORM", "") for reading in readings)}
    present = "Tense=Pres" in morph or "indicative" in moods
    return verb.pos == "AUX" and bool(bases & _words("necessive")) and present


@functools.cache
def _words(kind: str) -> frozenset[str]:
    """lexicons/trial.toml: the "verbs" and "nouns" of trying, "all" of them, and the
    "necessive" verbs."""
    lexicon = read_lexicon("trial")
    if kind == "necessive":
        return frozenset(lexicon["necessive"]["verbs"])
    if kind == "all":
        return _words("verbs") | _words("nouns")
    return frozenset(lexicon["trial"][kind])
