"""Names the clinic's own notes make known (clinic_evidence.py finds them), read in every text the
clinic publishes: a word any of whose noun or name readings has one of their base forms is
that person's name in any case form ("hohde" known: "Hohde", "hohteelta", "Hohteelle").

The names are set around the work of one clinic (`known_names`, a context variable, as
usage.domain_words sets the domain's words): every check of text to publish made inside it
(labels, keywords, the note sentences, the bullets, the final check of the post) reads them;
notes, and published text outside it, are read as before. A word whose base form is also
another part of speech is not matched by that base ("kuusi", also six: a post counts its
notes in words), nor is a form read only in the plural of a common noun that is also the
name ("illat", evenings, is not Ilta: a person is named in the singular; review 43 #13)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from muistiinpanot.privacy.common_frames import negated_verb
from muistiinpanot.privacy.gazetteer import inflection_stems
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan

#: Voikko's classes of the readings a name is matched by: common nouns and names.
NOUN_OR_NAME = frozenset(
    {"nimisana", "nimisana_laatusana", "etunimi", "sukunimi", "paikannimi", "nimi"}
)
#: Voikko's classes whose case forms a name's case forms may be: nouns, names and
#: adjectives, which decline as nouns do ("Mäkisen", a surname's genitive and the
#: adjective "mäkinen"'s); not a verb's or a numeral's forms ("toivoa", "kuusi").
_DECLINED = NOUN_OR_NAME | {"laatusana"}
#: Voikko's classes of proper names: a word read as one is matched by the name's base form
#: ("Kaarina", not the essive of "kaari").
_PROPER = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
#: Voikko's classes of common nouns (and nouns that are also adjectives).
_COMMON = frozenset({"nimisana", "nimisana_laatusana"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_KNOWN: ContextVar[frozenset[str]] = ContextVar("known_names", default=frozenset())


def name_bases(word: str, voikko: Analyses) -> frozenset[str]:
    """The base forms (lower case) by which `word` may be a name: those of its proper-name
    readings ("toivolta" → "toivo"; "Kaarina", not the essive of "kaari"), else, when Voikko
    reads it only as a noun, those of its readings ("hohteelta" → "hohde"). A word that is
    also another part of speech than a noun or an adjective is a name only as the name
    itself ("toivo", "satu"; not "toivoa", also to hope, nor "kuusi", also six; but
    "Mäkisen", also the adjective's genitive, is Mäkinen's). A word Voikko does not know: the
    word and its stems without a case ending ("tepalta" → "tepalta", "tepa")."""
    lower = word.casefold()
    readings = voikko.analyze(lower) or voikko.analyze(lower.capitalize())
    if not readings:
        return frozenset(inflection_stems(lower))
    names = {r.get("BASEFORM", "").casefold() for r in readings if r.get("CLASS") in _PROPER}
    if any(r.get("CLASS") not in _DECLINED for r in readings):  # only the name itself
        return frozenset(names & {lower})
    if names:
        return frozenset(names - {""})
    return frozenset(r.get("BASEFORM", "").casefold() for r in readings) - {""}


def known_name_spans(text: str, voikko: Analyses, names: frozenset[str]) -> list[PersonalSpan]:
    """A name span for each word of `text` that may be one of `names` by a base form."""
    if not names:
        return []
    found = []
    previous: re.Match[str] | None = None
    for m in _WORD.finditer(text):
        before, previous = previous, m
        if not (bases := name_bases(m.group(0), voikko) & names):
            continue
        if read_as_word(m.group(0), voikko, bases):
            continue
        # the verb after a negation ("ovi ei toimi": review 54 #2); not an adjective's frame,
        # which a person takes too ("nuori toivo": the clinic's Toivo; review 55 #1)
        gap = text[before.end() : m.start()] if before else ""
        if before and negated_verb(before.group(0), gap, m.group(0), voikko):
            continue
        found.append(PersonalSpan(m.start(), m.end(), "nimi"))
    return found


def read_as_word(word: str, voikko: Analyses, bases: frozenset[str]) -> bool:
    """Whether `word`, a case form of the names `bases`, is read as a common noun there and
    not as the name (review 43 #13): every reading of the base is plural, and one is a
    common noun's. A person is named in the singular: "illat" (evenings) is not Ilta, nor
    "saarelaisille" (to islanders, a derivation in -lainen) Saarelainen; a name that is no
    common noun is a name in the plural too ("Virtaset", the Virtanens). A given name in -i
    that Voikko knows only as a common noun keeps its i-stem where the noun takes an e-stem
    (Lumi: "Lumin", "Lumille"; lumi: "lumen", "lumelle", "lunta"; review 44 #2): a form off
    the i-stem is the noun's, and a capitalised form on it is the name's, though Voikko
    reads it as the noun's plural. A word that is a common noun's or an adjective's own
    base form, where the name's readings are only other cases of it, is that word ("ainoa",
    the only: Aino's partitive to Voikko too; review 52)."""
    lower = word.casefold()
    every = voikko.analyze(lower) or voikko.analyze(lower.capitalize())
    readings = [r for r in every if r.get("BASEFORM", "").casefold() in bases]
    if _dictionary_form(lower, every) and not any(_nominative(r) for r in readings):
        return True  # "ainoa": the adjective itself, not Aino's partitive (review 52)
    if not any(r.get("CLASS") in _COMMON for r in readings):
        return False
    if any(r.get("CLASS") in _PROPER for r in readings):
        return all(r.get("NUMBER") == "plural" for r in readings)
    stems = [base for base in bases if base.endswith("i")]
    if stems and not word.islower() and any(lower.startswith(s) for s in stems):
        return False  # "Lumin", "Lumille": a name in -i keeps its i-stem (review 44 #2)
    if stems and not any(lower.startswith(s) for s in stems):
        return True  # "lumen", "lumelle", "lunta": the noun's e-stem, no name's form
    return all(r.get("NUMBER") == "plural" for r in readings)


@contextmanager
def known_names(names: frozenset[str]) -> Iterator[frozenset[str]]:
    """Within the block, text to publish is read with `names` (clinic_evidence.clinic_names of
    the clinic's notes) as names wherever they stand."""
    token = _KNOWN.set(names)
    try:
        yield names
    finally:
        _KNOWN.reset(token)


def current_known_names() -> frozenset[str]:
    """The names in effect (those of the innermost `known_names` block, else none)."""
    return _KNOWN.get()


def _dictionary_form(lower: str, readings: Sequence[dict[str, str]]) -> bool:
    """Whether a reading of the word is a common noun's or an adjective's own base form in
    the nominative singular ("ainoa")."""
    return any(
        r.get("CLASS") in _DECLINED - _PROPER
        and r.get("BASEFORM", "").casefold() == lower
        and _nominative(r)
        and r.get("NUMBER", "singular") == "singular"
        for r in readings
    )


def _nominative(reading: dict[str, str]) -> bool:
    return reading.get("SIJAMUOTO") == "nimento"
