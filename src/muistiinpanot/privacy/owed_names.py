"""The one to be paid and a common surname paid (docs/privacy.md, "Round 73";
`[privacy] owed_names`): a register name that is also a word, opening its clause in the
allative, read by the verb of paying it depends on, which round 64
(register_recipients.mark_paid_or_asked) reads only as a passive after a given name's form:

- before a verb of necessity (given_words.toml `necessive_verbs`: "pitää", "täytyä"; the
  spoken clipped conditional too, "pitäis") and, up to `register_window` words after it,
  the A-infinitive of a verb of paying (`paying_verbs`): a register given name's form
  (given_words.register_name_form), capitalised or, opening its sentence, in lower case
  ("Tuulille pitäis maksaa", "tuulille pitää maksaa"). Only paying: one gives water to
  seedlings ("taimille pitää antaa vettä"), but pays a person or a body, and a body is no
  register given name;
- capitalised, right before a finite passive of a verb of paying ("Aallolle maksetaan",
  "Kivelle maksettiin"): a word Voikko reads as a surname in the allative, or whose
  allative's base is a surname the population register gives at least
  `paid_surname_bearers` bearers (data/sukunimet.csv): a common surname, not a body's noun
  that a few hundred people bear ("Yritykselle maksettiin korvaus").

Not a place (a town is paid: "Lahdelle maksettiin"), a listed tool or body ("Kelalle") or a
person noun. Only marks more text (issue 12).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib.resources import files

from muistiinpanot.privacy.context import Word, adjacent, opens_clause
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

#: Voikko's classes of a common word (a noun's or an adjective's reading).
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


def mark_owed_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings,
) -> None:
    """Mark the one to be paid and a common surname paid (the module docstring; `settings`:
    its `register_window`, the words after the verb of necessity read for the infinitive, and
    `paid_surname_bearers`, the register's bearers a surname needs)."""
    reach, bearers = settings.register_window, settings.paid_surname_bearers
    paying = load_given_lexicon().paying_verbs
    necessive = load_given_lexicon().necessive_verbs
    for i, word in enumerate(words[:-1]):
        if names[i] or not opens_clause(text, word) or not adjacent(text, word, words[i + 1]):
            continue
        capital = word.text[:1].isupper() and word.text[1:].islower()
        if not (capital or word.text.islower()):
            continue
        if "paikannimi" in word.classes or listed_tool(word.text, voikko):
            continue
        if person_noun(word.text, voikko):
            continue
        after = words[i + 1].text
        if _finite(after, voikko, necessive) and _infinitive_after(
            text, words, i + 1, voikko, paying, reach
        ):
            names[i] = register_name_form(word.text, voikko, "ulkotulento")
        elif capital and _passive(after, voikko, paying):
            names[i] = _common_surname(word.text, voikko, bearers)


def _readings(word: str, voikko: Analyses) -> Sequence[dict[str, str]]:
    """Voikko's readings of `word` case-folded; of a clipped conditional ("pitäis") its
    written form's ("pitäisi")."""
    folded = word.casefold()
    readings = voikko.analyze(folded)
    if not readings and folded.endswith("is"):
        readings = voikko.analyze(folded + "i")
    return readings


def _finite(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """A finite third person singular of a verb of `verbs` ("pitää", "täytyy", "pitäis")."""
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "3"
        and a.get("BASEFORM", "").casefold() in verbs
        for a in _readings(word, voikko)
    )


def _infinitive_after(
    text: str, words: Sequence[Word], k: int, voikko: Analyses, verbs: frozenset[str], reach: int
) -> bool:
    """Whether the A-infinitive of a verb of `verbs` follows word k, up to `reach` words on,
    in its clause ("pitää vielä maksaa")."""
    for j in range(k + 1, min(len(words), k + 1 + reach)):
        if not adjacent(text, words[j - 1], words[j]):
            return False
        if any(
            a.get("MOOD") == "A-infinitive" and a.get("BASEFORM", "").casefold() in verbs
            for a in voikko.analyze(words[j].text.casefold())
        ):
            return True
    return False


def _passive(word: str, voikko: Analyses, verbs: frozenset[str]) -> bool:
    """Whether Voikko reads `word` as a finite passive of a verb of `verbs` ("maksettiin")."""
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "4"
        and a.get("BASEFORM", "").casefold() in verbs
        for a in voikko.analyze(word.casefold())
    )


def _common_surname(word: str, voikko: Analyses, bearers: int) -> bool:
    """A surname's allative to Voikko, or an allative whose base the register gives at least
    `bearers` bearers as a surname."""
    counts = surname_bearers()
    return any(
        a.get("SIJAMUOTO") == "ulkotulento"
        and a.get("NUMBER", "singular") == "singular"
        and (
            a.get("CLASS") == "sukunimi"
            or (
                a.get("CLASS") in _WORDS
                and counts.get(a.get("BASEFORM", "").casefold(), 0) >= bearers
            )
        )
        for a in voikko.analyze(word)
    )


@functools.cache
def surname_bearers() -> dict[str, int]:
    """The population register's surnames, case-folded, with their bearers
    (data/sukunimet.csv: "Sukunimi;Yhteensä", names of at least 100 bearers)."""
    path = files("muistiinpanot.privacy") / "data" / "sukunimet.csv"
    counts: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, _, count = line.partition(";")
        if count.strip().isdigit():
            counts[name.casefold()] = int(count)
    return counts
