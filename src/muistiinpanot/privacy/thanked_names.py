"""The one thanked or greeted, by a given name that is also a common noun: a capitalised word
in the allative right after a recipient word ("Kiitos Voitolle kun toi tuolit", "terveiset
Taimelle") whose noun's base form is a Finnish given name of the register ("voitto" → Voitto)
is a person. Only marks. Not a place ("Kiitos Tampereelle"), nor a noun that is no given name
("Kiitos Kelalle", "Kiitos Koululle"); a given name of an -i noun keeps its "i" when a
person's ("Onni" → "Onnille", "Lumi" → "Lumille"), so the noun's own form ("Onnelle",
"Lumelle") is no such name here (given_words.register_name_form, which heard_from.py reads the
ablative with). docs/privacy.md, "Round 33"."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.protocols import Analyses

#: Voikko's case of the one thanked ("Voitolle").
_ALLATIVE = "ulkotulento"


def mark_thanked_given_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Mark word i when it is such a thanked given name (see the module docstring)."""
    recipients = load_name_lexicon().recipient_words
    for i in range(1, len(words)):
        word = words[i]
        if names[i] or "paikannimi" in word.classes or not word.text[1:].islower():
            continue
        if not capital_inside_sentence(text, word) or not adjacent(text, words[i - 1], word):
            continue
        if words[i - 1].text.casefold() not in recipients:
            continue
        if register_name_form(word.text, voikko, _ALLATIVE):
            names[i] = True
