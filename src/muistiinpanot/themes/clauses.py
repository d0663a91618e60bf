"""The parse's clauses as promise.py and trial.py read them (seeded40, seeded41, seeded42;
review 78 #3 #4, docs/measurements.md "Review 78 mends (mend162)", "mend170"): a complement
clause and where it ends, a commitment said in a concessive clause, a verb told in the past,
the words of lexicons/commitment.toml, and the lift both readings add to one theme's
decision."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.vectorize import FloatArray

#: the words a Voikko reading is built of, from its WORDBASES
#: ("+kokeil(kokeilla)+u(+u)+jakso(jakso)" → kokeilla, jakso; a suffix "(+u)" is not one)
WORD_PARTS = re.compile(r"\(([^)+]+)\)")


def clause(token: ParsedToken) -> bool:
    """Whether `token` heads a verb's complement clause."""
    return token.dep in {"ccomp", "xcomp"}


def clause_end(tokens: Sequence[ParsedToken], head: int) -> int:
    """The last token of the clause headed by `head`: its dependents and theirs, but not a
    clause joined to it ("conj", "parataxis": "sanottiin et katu avataan, nyt on syyskuu").
    Review 78 #3: "nyt" of "saa nyt" and "koska sali oli varattu" are the clause's own, and
    no sequel of the commitment."""
    inside = {head}
    changed = True
    while changed:
        changed = False
        for i, token in enumerate(tokens):
            joined = token.head == head and token.dep in {"conj", "parataxis"}
            if i not in inside and token.head in inside and token.head != i and not joined:
                inside.add(i)
                changed = True
    return max(inside)


def conceded(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the verb at `index`, or the verb it is conjoined to, is marked by a concessive
    word ("lopetettiin, vaikka sanottiin et …"; "vaikka äänestettiin ja sovittiin et …").
    Review 78 #4: the marker is read from the parse, not from a window of words before the
    verb, which crossed sentence ends ("Tuo vaikka pullaa. Luvattiin et …")."""
    heads = {index}
    if tokens[index].dep == "conj" and 0 <= tokens[index].head < len(tokens):
        heads.add(tokens[index].head)
    words = commitment_words("concessive")
    return any(
        t.head in heads and i not in heads and t.text.lower() in words for i, t in enumerate(tokens)
    )


@functools.cache
def commitment_words(kind: str) -> frozenset[str]:
    """lexicons/commitment.toml: `promise`, `saying`, `undoing_verbs` and `pro_verbs`;
    `undoing`, `still_not`, `sentence_end`, `sequel` and `concessive` words."""
    table = read_lexicon("commitment")[kind]
    return frozenset(table.get("verbs", table.get("words", [])))


def past(token: ParsedToken, readings: Sequence[dict[str, str]]) -> bool:
    """A past tense or a past participle ("luvattiin", "on luvattu", "ovat testanneet");
    `readings` are Voikko's of the token's word. A spoken form Voikko does not know ("lupas",
    "sano") is read as a past when the parse reads it finite."""
    if "Tense=Past" in token.morph or "PartForm=Past" in token.morph:
        return True
    if any(r.get("TENSE", "").startswith("past") for r in readings):
        return True
    if any(r.get("PARTICIPLE", "").startswith("past") for r in readings):
        return True
    mood = "Mood=Cnd" in token.morph or "Mood=Imp" in token.morph
    return not readings and "VerbForm=Fin" in token.morph and not mood


def theme_lift(
    values: Sequence[float], definitions: Sequence[ThemeDefinition], theme: str
) -> FloatArray:
    """What each note's seeded decision gains per theme: `values[i]` for note i in the column
    of `theme` (nothing when no definition is `theme`), 0 elsewhere (seeded_choice.py)."""
    lift = np.zeros((len(values), len(definitions)))
    ids = [definition.id for definition in definitions]
    if theme in ids:
        lift[:, ids.index(theme)] = values
    return lift
