"""What Voikko's readings of a lemma say about it as a keyword or a label word: a name
(never a keyword or a label), a verb, an abbreviation, a compound and its parts
(keywords.KeywordRule; keyword_rule.batch_rule)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from muistiinpanot.wordparts import parts

#: Voikko's word classes of people's and places' names: never a keyword or a label.
NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi"})


def is_abbreviation(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads a word only as an abbreviation ("klo"; "ym"), and reads it."""
    return bool(analyses) and all(analysis.get("CLASS") == "lyhenne" for analysis in analyses)


def compound_parts(
    analyses: Mapping[str, Sequence[Mapping[str, str]]],
) -> dict[str, frozenset[str]]:
    """Each compound lemma's parts as Voikko's readings of the lemma itself split it (the
    underived parts' base forms: "kuukausimaksu" → kuu, kausi, maksu; "syyskuu" → syys,
    kuu); a word of one part is left out."""
    found: dict[str, frozenset[str]] = {}
    for lemma, readings in analyses.items():
        bases = {
            part.base.lower()
            for reading in readings
            if reading.get("BASEFORM", "").lower() == lemma
            for part in parts(reading)
            if not part.derived
        }
        if len(bases) > 1 or (bases and lemma not in bases):
            found[lemma] = frozenset(bases)
    return found


def is_name(analyses: Iterable[Mapping[str, str]]) -> bool:
    """Whether any of a word's Voikko analyses reads it as a first name, surname or place
    name ("virtanen", "matti", "tampere"): such a word never names a theme, even when it is
    also a common noun."""
    return any(analysis.get("CLASS") in NAME_CLASSES for analysis in analyses)


def is_verb(lemma: str, analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads `lemma` as a verb in its base form: every analysis whose base
    form is the lemma itself is a verb ("päästä"; its reading as the elative of "pää" has
    another base form), and there is one."""
    own = [analysis for analysis in analyses if analysis.get("BASEFORM") == lemma]
    return bool(own) and all(analysis.get("CLASS") == "teonsana" for analysis in own)
