"""Each word's class from its Voikko analyses (names.py reads a text's names from them):
`strong` when every analysis is a first name or surname ("Pekka", "virtaselta", a family in
the plural "Virtaset"), `weak` when it is also an ordinary word ("toivo", "Mäki", "Anna") or a
name only the gazetteer knows ("Fatima"), `unknown` when nothing knows it, `other` otherwise."""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from muistiinpanot.bounded import put_bounded
from muistiinpanot.privacy.context import (
    ADJECTIVES,
    FIRST,
    LAST,
    NAME_CLASSES,
    WordClass,
    load_name_lexicon,
)
from muistiinpanot.privacy.double_given import lower_double_given
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_classes, gazetteer_reading
from muistiinpanot.privacy.hyphen_names import named_person_noun
from muistiinpanot.privacy.nicknames import nickname_reading
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.structure import person_noun

#: Voikko's classes of words that are also Finnish given names ("Armas", "Usko").
_NOUNS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: The class a plural that is also a derivation in -lainen carries beside Voikko's: an
#: inhabitant or a family ("Saarelaisille").
INHABITANT = "inhabitant"
#: Cases in which a capitalised common word is more likely a name of any country that ends
#: so ("Oksana": the essive of "oksa"; "Marina": of "mari").
_RARE_CASES = frozenset({"olento", "keinonto", "seuranto", "vajanto"})


def classify_word(
    word: str, voikko: Analyses, settings: PrivacySettings = DEFAULT_SETTINGS
) -> tuple[WordClass, frozenset[str]]:
    """The word's class (see the module docstring) and its Voikko classes (`settings`: the
    run's [privacy], whose lengths a nickname's reading takes). Kept per Voikko instance
    and settings (_table): every reading of every text classes its words again."""
    table = _table(voikko, settings)
    found = table.get(word) if table is not None else None
    if found is None:
        found = _classify(word, voikko, settings)
        if table is not None:
            put_bounded(table, word, found, _CLASSES_KEPT)
    return found


Classes = dict[str, tuple[WordClass, frozenset[str]]]
#: Each Voikko instance's word classes, per settings object (held, so its id is not
#: reused); at most _CLASSES_KEPT words a table (bounded.put_bounded: results never depend on
#: the bound). A word's class depends on the word, Voikko's readings, the lexicons and the
#: settings only. _LAST: the table last used, found without hashing.
_CLASSES: weakref.WeakKeyDictionary[Analyses, dict[int, tuple[PrivacySettings, Classes]]] = (
    weakref.WeakKeyDictionary()
)
_LAST: list[tuple[Analyses, PrivacySettings, Classes]] = []
_CLASSES_KEPT = 100_000
_SETTINGS_KEPT = 8


def _table(voikko: Analyses, settings: PrivacySettings) -> Classes | None:
    """The word classes kept for `voikko` and `settings`; None for an Analyses that takes no
    weak reference (its words are classed each time)."""
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] is voikko and last[1] is settings:
        return last[2]
    try:
        tables = _CLASSES.setdefault(voikko, {})
    except TypeError:
        return None
    entry = tables.get(id(settings))
    if entry is None or entry[0] is not settings:
        if len(tables) >= _SETTINGS_KEPT:
            tables.clear()
        entry = tables[id(settings)] = (settings, {})
    _LAST[:] = [(voikko, settings, entry[1])]
    return entry[1]


def _classify(
    word: str, voikko: Analyses, settings: PrivacySettings
) -> tuple[WordClass, frozenset[str]]:
    analyses = voikko.analyze(word)
    if not analyses and not word.islower():
        analyses = voikko.analyze(word.capitalize())
    if "-" in word:
        analyses = _without_compound_names(word, analyses, voikko)
    if "-" in word and named_person_noun(
        word, voikko, settings.hyphen_name_letters
    ):  # "Aino-täti", "Sade-tyttö"
        first = classify_word(word.split("-", 1)[0], voikko, settings)
        return "strong", (first[1] & NAME_CLASSES) or frozenset({FIRST, GAZETTEER})
    if "-" in word and settings.lower_double_given and lower_double_given(word, voikko):
        return "strong", frozenset({FIRST})  # "kirsi-marja" (privacy88)
    if not analyses and "-" in word:
        head = word.rsplit("-", 1)[1]
        if head.islower() and thing_head(head, voikko):  # "Brahea-keskus", "Peppi-järjestelmä"
            return "other", frozenset()
        parts = [classify_word(part, voikko, settings) for part in word.split("-")]
        if any(kind == "strong" for kind, _ in parts):
            return "strong", NAME_CLASSES
        capitalised = all(part[:1].isupper() and len(part) > 1 for part in word.split("-"))
        if capitalised and all(classes & NAME_CLASSES for _, classes in parts):  # "Ann-Sofie"
            return "weak", frozenset().union(*(classes for _, classes in parts))
        return ("unknown" if all(k == "unknown" for k, _ in parts) else "other"), frozenset()
    if "-" in word and word[:1].isupper() and person_noun(word.rsplit("-", 1)[1], voikko):
        first = classify_word(word.split("-", 1)[0], voikko, settings)  # "Liisa-täti"
        if first[0] in ("strong", "weak") and first[1] & NAME_CLASSES:
            return first
    classes = frozenset(a.get("CLASS", "") for a in analyses)
    if not analyses:
        known = gazetteer_reading(word)
        if not known and (
            nickname := nickname_reading(word, voikko, settings)
        ):  # "Jartsa", "vekeltä"
            return "unknown", nickname  # still unknown, with a given name's evidence to weigh
        return ("weak", known | {GAZETTEER}) if known else ("unknown", known)
    names = classes & NAME_CLASSES
    if not names and "paikannimi" in classes and _surname_like(analyses):
        return "strong", classes | {LAST}
    if not names and "paikannimi" in classes:  # "Kaija", "Mäkelä", "Salo": places to Voikko
        # not a place with a possessive suffix: "aurasi" is "aurata" (ploughed), no "your Aura"
        places = [
            a.get("BASEFORM", "")
            for a in analyses
            if a.get("CLASS") == "paikannimi" and not a.get("POSSESSIVE")
        ]
        known = gazetteer_classes(places) or _double_given_name(places)
        return ("weak", classes | known | {GAZETTEER}) if known else ("other", classes)
    if not names and not word.islower() and classes & _NOUNS:  # "Armas": a word to Voikko
        rare = all(a.get("SIJAMUOTO") in _RARE_CASES for a in analyses)  # "Oksana": oksa+na
        known = gazetteer_classes([word], finnish=not rare)
        return ("weak", classes | known | {GAZETTEER}) if known else ("other", classes)
    if not names:
        return "other", classes
    if not any(a.get("NUMBER", "singular") == "singular" for a in analyses if _is_name(a)):
        inhabitant = any(_inhabitant(a) for a in analyses)
        return _plural_name(word, analyses), classes | ({INHABITANT} if inhabitant else set())
    if word.casefold() in load_name_lexicon().ambiguous_names:
        return "weak", classes
    if all(_is_name(a) or a.get("CLASS") == "nimi" or _surname_adjective(a, analyses)
           for a in analyses):  # fmt: skip
        return "strong", classes
    return "weak", classes


def _without_compound_names(
    word: str, analyses: Sequence[dict[str, str]], voikko: Analyses
) -> tuple[dict[str, str], ...]:
    """The analyses less a given name's reading of a hyphen compound whose first part is a
    common word and whose last part is also one: Voikko reads "kirjasto-ilta" and
    "digiapu-päivä" as given names ("kirjasto-Ilta"), which an evening and a day are not. A
    double given name has a capital in each part of its base ("Anna-Liisa"); a surname may
    begin with a common word ("vähä-Kangas": Vähä-Kangas), so its readings stay; a person
    noun in the nominative before a name keeps it ("täti-Ilta"; not "lasten-aamu"), and so
    does a last part typed with a capital, a name's ("kerho-Tuuli", "kuoro-Aino"): only a last
    part typed in lower case is the common word ("kirjasto-ilta")."""
    first, last = word.split("-", 1)[0], word.rsplit("-", 1)[1]
    if last[:1].isupper():
        return tuple(analyses)
    common = [a for a in voikko.analyze(last.casefold()) if a.get("CLASS") in _NOUNS]
    kept = [a for a in analyses if a.get("CLASS") != FIRST or a.get("BASEFORM", "")[:1].isupper()]
    nominative = any(a.get("SIJAMUOTO") == "nimento" for a in voikko.analyze(first.casefold()))
    if len(kept) == len(analyses) or not common or (nominative and person_noun(first, voikko)):
        return tuple(analyses)
    return tuple(kept)


def _double_given_name(bases: Sequence[str]) -> frozenset[str]:
    """A given name's class for a hyphen compound Voikko reads as a place whose every part,
    each capitalised, is a Finnish given name of the register ("Sanni-Mari": Voikko knows
    "Mari" as a place, the register knows both "Sanni" and "Mari"): the Finnish double given
    name. Only ever adds a name's reading: a place's compound has a part that is no given
    name ("Ylä-Savo", "Kemi-Tornio")."""
    for base in bases:
        parts = base.split("-")
        if len(parts) > 1 and all(
            part[:1].isupper() and FIRST in gazetteer_classes([part], finnish=True)
            for part in parts
        ):
            return frozenset({FIRST})
    return frozenset()


def thing_head(head: str, voikko: Analyses) -> bool:
    """Whether a hyphen compound's lower-case last part makes it a thing's name: an ordinary
    noun that is no person noun ("-keskus", "-järjestelmä"; not "Liisa-täti")."""
    analyses = voikko.analyze(head)
    return (
        bool(analyses)
        and all(a.get("CLASS", "") not in NAME_CLASSES for a in analyses)
        and not person_noun(head, voikko)
    )


def _plural_name(word: str, analyses: Sequence[dict[str, str]]) -> WordClass:
    """A name in the plural is a family ("Virtaset", "Heikkisille", "Heikkisin voimin") when
    Voikko reads it as nothing else (a -nen surname's adjective aside); beside an ordinary
    word's reading it is the word ("asukkailta" is not "Asukas", "Laaksot"). Beside an
    inhabitant's derivation in -lainen ("Saarelaisille": to islanders, or to the Saarelainen
    family) it is weak: a name only where a person's frame holds it, as for any word that is
    also a name ("Kävin Saarelaisilla kylässä", "Soitin Saarelaisille", "Saarelaisten
    mielestä"; review 43 #13, review 44)."""
    if not all(_is_name(a) or _surname_adjective(a, analyses) for a in analyses):
        return "other"
    if all(_team_name(a) for a in analyses):  # "Kisa-Veikot", "Pallo-Veikoille"
        return "other"
    if word.islower() or any(_inhabitant(a) for a in analyses):
        return "weak"
    return "strong"


def team_name(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` only as a club's or a team's name (`_team_name`), in any
    case of the plural ("Pallo-Veikot", "Pallo-Veikkojen", "Kisa-Veikoille"; review 81 #2)."""
    analyses = voikko.analyze(word)
    return bool(analyses) and all(_team_name(a) for a in analyses)


def _team_name(analysis: dict[str, str]) -> bool:
    """Whether the reading is a given name in the plural after a common word and a hyphen
    (Voikko's base "kisa-Veikko" of "Kisa-Veikot"): a club's or a team's name, no person's.
    A given name in the plural names no one person, and a family is named by its surname
    ("Virtaset", "Vähä-Kankaat" stay); a double given name has a capital in each part
    ("Anna-Liisat"; review 80 #2)."""
    first, hyphen, _ = analysis.get("BASEFORM", "").partition("-")
    return (
        analysis.get("CLASS") == FIRST
        and analysis.get("NUMBER") == "plural"
        and bool(hyphen)
        and first.islower()
    )


def _inhabitant(analysis: dict[str, str]) -> bool:
    """Whether the reading is a derivation in -lainen/-läinen: an inhabitant or a member."""
    return analysis.get("BASEFORM", "").casefold().endswith(("lainen", "läinen"))


def _is_name(analysis: dict[str, str]) -> bool:
    return analysis.get("CLASS", "") in NAME_CLASSES


def _surname_adjective(analysis: dict[str, str], analyses: Sequence[dict[str, str]]) -> bool:
    """Voikko reads many -nen surnames also as a derived adjective ("Lahtinen" → "lahtinen"),
    a reading nobody means: it does not make the surname an ordinary word."""
    base = analysis.get("BASEFORM", "").casefold()
    return (
        analysis.get("CLASS", "") in ADJECTIVES
        and base.endswith("nen")
        and any(_is_name(a) and a.get("BASEFORM", "").casefold() == base for a in analyses)
    )


def _surname_like(analyses: Sequence[dict[str, str]]) -> bool:
    """A place name ending in -nen ("Nieminen"): in Finnish that ending is a surname's. In the
    plural only when the gazetteer knows it as a surname ("Niemiset", not "Paraisten": towns
    such as Parainen are plural in form)."""
    return any(
        a.get("CLASS") == "paikannimi"
        and a.get("BASEFORM", "").endswith("nen")
        and (a.get("NUMBER") != "plural" or LAST in gazetteer_classes([a.get("BASEFORM", "")]))
        for a in analyses
    )
