"""The one who signs: a register surname right after a verb of writing or signing that ends
its clause is the verb's subject, a person ("Vanhempainyhdistyksen puolesta kirjoitti
LEPPÄ", "Kerhon puolesta allekirjoitti Koivisto"), in capitals or with a capital. Only
marks. Not a body's short name (lookalikes.toml `body_names`: "kirjoitti KELA"), nor a word
of three letters or fewer in capitals, an acronym as often ("kirjoitti YLE"), nor a word
in another case than the nominative, nor a place Voikko knows as no surname ("kirjoitti
Suomi"). The verbs: privacy.toml `signing_verbs`.
docs/privacy.md, "Round 33"."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import CLAUSE_END, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import register_surnames
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import verb_form

#: Letters at most in a word in capitals read as an acronym, not a surname ("YLE", "THL").
_ACRONYM_LETTERS = 3
#: What may follow the signer: a mark of its clause's end (context.CLAUSE_END: a colon, a
#: line break too) or a comma, as predicate.comma_clause reads a clause's bounds.
_CLAUSE_BREAK = CLAUSE_END + ","


def mark_signers(text: str, words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """Mark word i when it is such a signer (see the module docstring)."""
    verbs = load_name_lexicon().signing_verbs
    for i in range(1, len(words)):
        word = words[i]
        if names[i] or not word.text[:1].isupper() or not adjacent(text, words[i - 1], word):
            continue
        if not (word.text[1:].islower() or word.text.isupper()):
            continue
        if word.text.isupper() and len(word.text) <= _ACRONYM_LETTERS:
            continue
        if not _ends_clause(text, word) or not verb_form(words[i - 1].text, voikko, verbs):
            continue
        if _surname(word.text, voikko):
            names[i] = True


def _ends_clause(text: str, word: Word) -> bool:
    """Whether nothing but spaces stands between `word` and its clause's break or the end."""
    for char in text[word.end :]:
        if char in _CLAUSE_BREAK:
            return True
        if not char.isspace():
            return False
    return True


def _surname(word: str, voikko: Analyses) -> bool:
    folded = word.casefold()
    if folded in load_lookalikes().body_names or folded not in register_surnames():
        return False
    readings = voikko.analyze(folded)
    classes = {a.get("CLASS") for a in readings}
    if "paikannimi" in classes and "sukunimi" not in classes:  # "kirjoitti Suomi": a country
        return False
    return not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings)
