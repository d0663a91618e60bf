"""The spoken passive conditional written out (mend188): speech clips the passive
conditional "tehtäisiin" to "tehtäis", and Voikko, which rejects the spoken form, suggests the
connegative "tehtäisi", right only after the negation verb ("ei tehtäisi"). An affirmative
clause needs the full form: "jos siitä tehtäis sopimus" → "jos siitä tehtäisiin sopimus",
"voitais kysyä" → "voitaisiin kysyä", "eikä isää vietäis pois" → "eikä isää vietäisi pois".

The form is certain only when Voikko reads the word with "-iin" added (a clitic kept:
"tehtäiskö" → "tehtäisiinkö") as a passive conditional alone and the word with "-i" added as
a passive connegative alone: "hyödyttäis" is also the active "hyödyttäisi" (of "hyödyttää",
"se hyödyttäisi molempia"), "näyttäis" the active of "näyttää", so they are left to
typos.fix_typo, and so is a stem that with the "i" of "-oit-"/"-ois-" speech drops put back
is an active conditional ("seura lahjottais niitä": "lahjoittaisi", not the passive of
"lahjoa"). The passive's negation verb is always the third person singular ("ei",
"eikä", "ettei", "jollei", "miksei"); a spoken "et" (for "että", read by Voikko as the
second person "et") negates no passive: "sano et tarvittais jatkokurssi" → "tarvittaisiin".
Whether a negation verb governs the word is negation.negated_clause's reading of the text
(before it in its clause, no comma, other verb or clause-joining conjunction between), with
one clause boundary that reading misses (review 88 #2, mend189): another spoken passive
conditional between (Voikko knows no reading of it, so it is no verb there: "ei mietittäis
liikaa kokeiltais vaan", the negation governs "mietittäis"; "jos ei korjattais kattoa niin
tarvittais uusi" → "…korjattaisi kattoa niin tarvittaisiin uusi"). A "niin" is no boundary
of its own: "jos bussi kulkis, ei niin tarvittais autoa" keeps "tarvittaisi" (review 90 #2).
"""

from __future__ import annotations

import re

from muistiinpanot.summarize.negation import negated_clause
from muistiinpanot.summarize.protocols import Speller

_SPOKEN = re.compile(r"^(.+[aä]is)(ko|kö|han|hän|kin|pa|pä)?$")


def spoken_passive_conditional(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> str | None:
    """The standard form of the spoken passive conditional at `index` ("tehtäis" →
    "tehtäisiin", after a negation verb "tehtäisi"), lower case; None for any other word
    (see the module doc)."""
    word = matches[index].group(0).lower()
    found = _SPOKEN.match(word)
    if found is None or speller.spell(word):
        return None
    stem, clitic = found.group(1), found.group(2) or ""
    affirmative = f"{stem}iin{clitic}"
    if _spoken_oi_active(stem, speller):
        return None
    if not (
        _passive(speller, affirmative, negative="false")
        and _passive(speller, f"{stem}i", negative="true")
    ):
        return None
    if not _negated(text, matches, index, speller):
        return affirmative
    return None if clitic else f"{stem}i"  # a clitic goes on the negation verb ("eikö")


def _spoken_oi_active(stem: str, speller: Speller) -> bool:
    """Whether `stem` is also an active conditional whose "oi" speech says "o" (typos._spoken_oi):
    "lahjottais" is "lahjoittaisi" (of "lahjoittaa") as much as the passive of "lahjoa"."""
    return any(
        stem[i] == "o"
        and stem[i + 1] in "st"
        and any(
            a.get("MOOD") == "conditional" and a.get("PERSON") != "4"
            for a in speller.analyze(f"{stem[: i + 1]}i{stem[i + 1 :]}i")
        )
        for i in range(len(stem) - 1)
    )


def _passive(speller: Speller, word: str, *, negative: str) -> bool:
    """Whether Voikko reads `word` only as a passive conditional, its NEGATIVE as given."""
    readings = speller.analyze(word)
    return bool(readings) and all(
        a.get("MOOD") == "conditional" and a.get("PERSON") == "4" and a.get("NEGATIVE") == negative
        for a in readings
    )


def _negated(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether a third-person singular negation verb governs the word at `index`: the
    nearest negation verb before it in its clause (negated_clause) is "ei" or one fused with
    it, not the second person "et" (a spoken "että")."""
    if not negated_clause(text, matches, index, speller):
        return False
    for before in range(index - 1, -1, -1):
        word = matches[before].group(0).lower()
        if _spoken(word, speller):
            return False  # another clause's spoken verb ends the reach (review 88 #2)
        readings = speller.analyze(word)
        if readings and all(a.get("CLASS") == "kieltosana" for a in readings):
            return all(a.get("PERSON") == "3" and a.get("NUMBER") == "singular" for a in readings)
    return False


def _spoken(word: str, speller: Speller) -> bool:
    """Whether `word` is itself a spoken passive conditional Voikko rejects ("tehtäis")."""
    found = _SPOKEN.match(word)
    return (
        found is not None
        and not speller.spell(word)
        and _passive(speller, f"{found.group(1)}iin{found.group(2) or ''}", negative="false")
    )
