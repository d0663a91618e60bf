"""The UD-style lemma of a token once its Voikko analysis and POS are known.

Follows the UD Finnish conventions that differ from Voikko's base forms: participles tagged as
verbs take the verb's lemma, -minen nouns keep the noun, adverbs and adpositions keep their form
(without clitics or possessive suffixes), plural personal and demonstrative pronouns take the
singular lemma, inflected abbreviations drop the colon ending (`EU:ssa` → `EU`).
"""

from __future__ import annotations

from muistiinpanot.lemmatize.compounds import minen_noun_lemma, participle_verb_lemma
from muistiinpanot.lemmatize.exceptions import load_lemma_exceptions
from muistiinpanot.lemmatize.rules import is_minen, pos_compatible
from muistiinpanot.lemmatize.voikko import Analysis

# UD lemmatizes plural personal and demonstrative pronouns under the singular.
_PRONOUN_LEMMAS = {
    "me": "minä",
    "te": "sinä",
    "he": "hän",
    "nämä": "tämä",
    "nuo": "tuo",
    "ne": "se",
}
# Indefinite pronouns: the stem of the interrogative plus the clitic (joka+kin → jokin).
_CLITIC_PRONOUNS = {"joka": "jo", "mikä": "mi", "kuka": "ku", "ken": "ku"}
_POSSESSIVE_ENDINGS = {"1s": ("ni",), "2s": ("si",), "1p": ("mme",), "2p": ("nne",)}
_NO_EXCEPTIONS: dict[str, str] = {}
_KEEP_FORM = frozenset({"PUNCT", "SYM", "X"})
_UNINFLECTED = frozenset({"CCONJ", "SCONJ", "INTJ"})
_NAME_CLASSES = ("nimi", "etunimi", "sukunimi", "paikannimi")
_ABBREVIATION_CLASSES = frozenset({"lyhenne", *_NAME_CLASSES})


def lemma_of(analysis: Analysis | None, pos: str, form: str) -> str:
    """The lemma of `form` tagged `pos` under `analysis` (None when Voikko has no analysis)."""
    lower = form.lower()
    exception = load_lemma_exceptions().get(pos, _NO_EXCEPTIONS).get(lower)
    if exception is not None:
        return exception
    if pos in _KEEP_FORM and (analysis is None or pos != "X"):
        return form if pos == "SYM" else lower
    colon = form.find(":")
    if (
        colon > 0
        and (analysis is None or analysis.get("CLASS") in _ABBREVIATION_CLASSES)
        and (form[colon + 1 :].isalpha() or colon == len(form) - 1)
    ):
        return form[:colon]  # EU:ssa → EU
    if pos in ("ADV", "ADP"):
        return adverb_lemma(analysis, lower)
    if analysis is None or (pos in _UNINFLECTED and not pos_compatible(analysis, pos)):
        return lower
    base = analysis.get("BASEFORM", lower)
    if pos in ("VERB", "AUX") and "PARTICIPLE" in analysis:
        return participle_verb_lemma(analysis) or base.lower()
    if is_minen(analysis) and pos != "VERB":
        return minen_noun_lemma(analysis) or base.lower()
    if analysis.get("CLASS") == "asemosana":
        return _pronoun_lemma(analysis, base.lower())
    if pos == "PROPN":
        return base[0].upper() + base[1:] if form[:1].isupper() else base
    if pos == "NUM" and not any(ch.isalpha() for ch in form):
        return lower
    return base if analysis.get("CLASS") == "lyhenne" and base.isupper() else base.lower()


def _pronoun_lemma(analysis: Analysis, base: str) -> str:
    focus = analysis.get("FOCUS", "")
    stem = _CLITIC_PRONOUNS.get(base)
    if stem is not None and focus in ("kin", "kaan", "kään"):
        ending = "kin" if focus == "kin" else ("kään" if "ä" in base else "kaan")
        return stem + ending
    return _PRONOUN_LEMMAS.get(base, base)


def adverb_lemma(analysis: Analysis | None, word: str) -> str:
    """Adverbs and adpositions keep their form, minus clitics and non-3rd-person possessive
    suffixes (`kanssamme` → `kanssa`, `ennenkin` → `ennen`)."""
    if analysis is None:
        return word
    if "KYSYMYSLIITE" in analysis and word.endswith(("ko", "kö")):
        word = word[:-2]
    focus = analysis.get("FOCUS")
    if focus and word.endswith(focus):
        word = word[: -len(focus)]
    possessive = analysis.get("POSSESSIVE")
    for ending in _POSSESSIVE_ENDINGS.get(possessive or "", ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)]
            if analysis.get("SIJAMUOTO") == "tulento" and word.endswith("e"):
                word = word[:-1] + "i"
            elif analysis.get("SIJAMUOTO") == "sisatulento" or (
                ending.startswith("n") and analysis.get("BASEFORM", "").endswith("n")
            ):
                word += "n"
            break
    return word
