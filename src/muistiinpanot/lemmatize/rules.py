"""Which Voikko analysis fits a token: universal POS and morphological features (UD) against
Voikko's CLASS, SIJAMUOTO, NUMBER, MOOD, PARTICIPLE… fields.

Scores are small hand-set weights that follow the UD Finnish conventions; they are not fitted to
any treebank.
"""

from __future__ import annotations

from collections.abc import Mapping

from muistiinpanot.lemmatize.voikko import Analysis

Feats = Mapping[str, str]

_NAME_CLASSES = frozenset({"nimi", "etunimi", "sukunimi", "paikannimi"})
_CLASS_UPOS: dict[str, frozenset[str]] = {
    "nimisana": frozenset({"NOUN", "PRON", "ADP"}),
    "nimisana_laatusana": frozenset({"NOUN", "ADJ", "PRON"}),
    "laatusana": frozenset({"ADJ"}),
    "teonsana": frozenset({"VERB", "AUX"}),
    "kieltosana": frozenset({"AUX", "VERB"}),
    "seikkasana": frozenset({"ADV", "ADP"}),
    "suhdesana": frozenset({"ADP", "ADV"}),
    "sidesana": frozenset({"CCONJ", "SCONJ"}),
    "huudahdussana": frozenset({"INTJ"}),
    "lukusana": frozenset({"NUM", "ADJ"}),
    "asemosana": frozenset({"PRON", "ADJ", "ADV"}),
    "lyhenne": frozenset({"NOUN", "PROPN", "ADV", "X", "SYM"}),
    **{name: frozenset({"PROPN"}) for name in _NAME_CLASSES},
}
_PRIMARY_UPOS = {
    "nimisana": "NOUN", "nimisana_laatusana": "ADJ", "laatusana": "ADJ", "teonsana": "VERB",
    "seikkasana": "ADV", "suhdesana": "ADP", "huudahdussana": "INTJ", "lukusana": "NUM",
    "asemosana": "PRON", "lyhenne": "NOUN",
}  # fmt: skip
UD_CASES = {
    "Nom": "nimento", "Gen": "omanto", "Par": "osanto", "Ess": "olento", "Tra": "tulento",
    "Ine": "sisaolento", "Ela": "sisaeronto", "Ill": "sisatulento", "Ade": "ulkoolento",
    "Abl": "ulkoeronto", "All": "ulkotulento", "Abe": "vajanto", "Com": "seuranto",
    "Ins": "keinonto", "Acc": "kohdanto",
}  # fmt: skip
UD_PARTICIPLES = {
    ("Pres", "Act"): "present_active", ("Pres", "Pass"): "present_passive",
    ("Past", "Act"): "past_active", ("Past", "Pass"): "past_passive",
    ("Agt", "Act"): "agent", ("Neg", "Act"): "negation",
}  # fmt: skip
UD_INFINITIVES = {"1": "A-infinitive", "2": "E-infinitive", "3": "MA-infinitive"}
UD_MOODS = {"Ind": "indicative", "Cnd": "conditional", "Imp": "imperative", "Pot": "potential"}
_DEGREES = {"Cmp": "comparative", "Sup": "superlative", "Pos": "positive"}
_POSSESSIVES = {"1Sing": "1s", "2Sing": "2s", "1Plur": "1p", "2Plur": "2p", "3": "3"}


def is_minen(analysis: Analysis) -> bool:
    return analysis.get("MOOD") == "MINEN-infinitive"


def is_name(analysis: Analysis) -> bool:
    return analysis.get("CLASS", "") in _NAME_CLASSES


def analysis_upos(analysis: Analysis) -> str:
    """The most likely universal POS of an analysis on its own (used without a tagger)."""
    cls = analysis.get("CLASS", "")
    if cls == "teonsana":
        return "NOUN" if is_minen(analysis) else "VERB"
    if cls in ("laatusana", "lukusana") and analysis.get("SIJAMUOTO") == "kerrontosti":
        return "ADV"
    if cls == "laatusana" and "PARTICIPLE" in analysis:
        return "VERB" if analysis["PARTICIPLE"] != "agent" else "NOUN"
    if cls == "nimisana" and analysis.get("PARTICIPLE") == "agent":
        return "VERB"
    if cls == "kieltosana":
        return "AUX"
    if cls == "sidesana":
        return "CCONJ"
    return _PRIMARY_UPOS.get(cls, "PROPN" if cls in _NAME_CLASSES else "X")


def pos_compatible(analysis: Analysis, pos: str) -> bool:
    """Whether the Voikko analysis can be a word of universal POS `pos`."""
    cls = analysis.get("CLASS", "")
    if pos in ("VERB", "AUX"):
        if cls == "teonsana":
            return not is_minen(analysis)
        return "PARTICIPLE" in analysis or cls == "kieltosana"
    if pos == "NOUN" and cls == "teonsana":
        return is_minen(analysis)
    if pos == "ADV" and analysis.get("SIJAMUOTO") == "kerrontosti":
        return True
    return pos in _CLASS_UPOS.get(cls, frozenset())


def score_analysis(analysis: Analysis, pos: str, feats: Feats) -> float:
    """How well `analysis` fits a token tagged `pos` with UD features `feats` (higher is better)."""
    score = 8.0 if pos_compatible(analysis, pos) else 0.0
    case = feats.get("Case")
    if case is not None:
        wanted = UD_CASES.get(case)
        have = analysis.get("SIJAMUOTO")
        if have == wanted or (case == "Acc" and have in ("nimento", "omanto")):
            score += 2.0
        elif have is not None:
            score -= 1.0
    number = feats.get("Number")
    if number is not None and "NUMBER" in analysis:
        score += (
            1.0 if analysis["NUMBER"] == ("singular" if number == "Sing" else "plural") else -0.5
        )
    score += _verb_score(analysis, feats)
    degree = _DEGREES.get(feats.get("Degree", ""))
    if degree is not None and analysis.get("COMPARISON", "positive") == degree:
        score += 0.5
    if feats.get("Derivation") == "Sti" and analysis.get("SIJAMUOTO") == "kerrontosti":
        score += 2.0
    if "Derivation" in feats and feats["Derivation"].startswith("Minen"):
        score += 2.0 if is_minen(analysis) else 0.0
    psor = _POSSESSIVES.get(feats.get("Person[psor]", "") + feats.get("Number[psor]", ""))
    psor = psor or _POSSESSIVES.get(feats.get("Person[psor]", ""))
    if (psor is not None) == ("POSSESSIVE" in analysis):
        score += 0.5
    if pos == "PROPN" and is_name(analysis):
        score += 1.0
    score -= 0.5 * max(analysis.get("STRUCTURE", "=").count("=") - 1, 0)
    return score


def _verb_score(analysis: Analysis, feats: Feats) -> float:
    verb_form = feats.get("VerbForm")
    if verb_form is None:
        return -1.0 if "PARTICIPLE" in analysis else 0.0
    score = 0.0
    if verb_form == "Part":
        participle = UD_PARTICIPLES.get((feats.get("PartForm", ""), feats.get("Voice", "Act")))
        if "PARTICIPLE" in analysis:
            score += 2.0 + (1.0 if analysis["PARTICIPLE"] == participle else 0.0)
    elif verb_form == "Inf":
        infinitive = UD_INFINITIVES.get(feats.get("InfForm", ""))
        score += 2.0 if analysis.get("MOOD") == infinitive else 0.0
    elif verb_form == "Fin":
        mood = UD_MOODS.get(feats.get("Mood", ""))
        score += 2.0 if mood is not None and analysis.get("MOOD") == mood else 0.0
    return score
