"""What the parse of a theme's notes says of a label word's form and role (naming.py): whether
the notes use a noun as the time or place of what they say (a duration: label_time.py)
rather than its topic, and the number they use it in, with its nominative plural checked by
Voikko."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.themes.label_text import wordlike

#: A word's Voikko analyses (VoikkoCache.analyze).
Analyses = Callable[[str], Sequence[Mapping[str, str]]]

#: Dependency relations of modifiers that make a head a noun phrase.
_MODIFIERS = frozenset({"amod", "nmod:poss"})
#: Cases of a time or place adverbial: the essive ("perjantaina"), adessive ("kylätalolla",
#: "keväällä") and inessive ("kuussa", "koulussa").
_SETTING_CASES = frozenset({"Case=Ess", "Case=Ade", "Case=Ine"})
#: Cases of a noun phrase that, as an oblique (no subject nor object), is a time or a measure:
#: "joka vuosi", "koko viikon", "kolme kuukautta".
MEASURE_CASES = frozenset({"Case=Nom", "Case=Acc", "Case=Par"})
#: Determiners that make a noun phrase every one of a kind: "joka viikko", "koko kesän".
_EVERY = frozenset({"joka", "jokainen", "koko"})


def is_setting(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the noun `tokens[index]` says when or where rather than what the clause is
    about (a time noun: label_time.time_nouns): in the essive, adessive or inessive
    ("perjantaina", "kylätalolla", "kerran viikossa"); an oblique in the nominative,
    accusative or partitive ("joka vuosi", "kolme kuukautta"); with "joka", "koko" as its
    determiner, whatever the parse made of it ("joka viikko"); a genitive before a
    postposition ("vuoden päästä") or as the subject of a non-finite adverbial clause
    ("kuukauden kuluttua"). Not an object: most objects are the topic ("kysyä palautetta");
    a time noun's object under a verb of lasting is a duration (label_time.is_duration)."""
    token = tokens[index]
    features = set(token.morph.split("|"))
    if features & _SETTING_CASES:
        return True
    children = [other for i, other in enumerate(tokens) if other.head == index and i != index]
    if any(_every(other) for other in children):
        return True  # "joka viikko": how often, whatever the parse made of it
    if token.dep.startswith("obl") and bool(features & MEASURE_CASES):
        return True
    if "Case=Gen" not in features:
        return False
    if token.dep.startswith("obl") or any(other.dep == "case" for other in children):
        return True
    head = tokens[token.head] if 0 <= token.head < len(tokens) and token.head != index else None
    return (
        head is not None
        and token.dep.startswith("nsubj")
        and head.dep == "advcl"
        and "VerbForm=Fin" not in head.morph
        and "VerbForm=" in head.morph
    )


def _every(token: ParsedToken) -> bool:
    return token.dep == "det" and token.lemma.lower() in _EVERY


def is_counted(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether a numeral counts the noun `tokens[index]` ("kolme kilometriä", "15 minuuttia",
    "kahden kilometrin päähän"): a noun the notes mostly count is a measure, not a topic."""
    return any(
        other.head == index and other.dep == "nummod"
        for i, other in enumerate(tokens)
        if i != index
    )


def is_plural(token: ParsedToken) -> bool:
    return "Number=Plur" in token.morph.split("|")


def plural_candidate(token: ParsedToken) -> str | None:
    """The nominative plural a token of a noun gives: its own text when it is one
    ("asukasraadit"), or its singular genitive's stem with -t ("asukasraadin" → "asukasraadit":
    the nominative plural is always built on that stem)."""
    features = set(token.morph.split("|"))
    text = token.text.lower()
    if not text.replace("-", "").isalpha():
        return None
    if {"Case=Nom", "Number=Plur"} <= features:
        return text
    if {"Case=Gen", "Number=Sing"} <= features and text.endswith("n"):
        return text[:-1] + "t"
    return None


#: Voikko's keys of a clitic or a possessive suffix on a word.
_SUFFIXED = ("FOCUS", "KYSYMYSLIITE", "POSSESSIVE")


def plural_form(word: str, candidates: Counter[str], analyses: Analyses | None) -> str | None:
    """The commonest of `candidates` that Voikko reads as the bare nominative plural of `word`
    (ending in -t, no clitic or possessive suffix: "vanhemmatkin", "asukkaatko" are no
    label's head); None without one (or without Voikko)."""
    if analyses is None:
        return None
    for form, _ in sorted(candidates.items(), key=lambda item: (-item[1], item[0])):
        if form.endswith("t") and any(
            analysis.get("BASEFORM") == word
            and analysis.get("NUMBER") == "plural"
            and analysis.get("SIJAMUOTO") == "nimento"
            and not any(analysis.get(key) for key in _SUFFIXED)
            for analysis in analyses(form)
        ):
            return form
    return None


def numbered(
    shown: str,
    plural: Mapping[str, Counter[bool]],
    plurals: Mapping[str, Counter[str]],
    analyses: Analyses | None,
    share: float,
) -> str:
    """`shown` with its last word (the head noun) in the nominative plural when over `share`
    of the notes' uses of it are plural (`plural`: its uses, plural or not) and Voikko reads
    a form the notes give (`plurals`) as that ("Asukasraadit", "Kunnan palvelut"), or a
    regular nominative plural of the word that Voikko reads as one (`_plural_guesses`:
    "kuurojen" → "Kuurot", "oppilaille" → "Oppilaat", not "Oppilas": review 40 #22); as it
    was otherwise, and for an acronym's capitals."""
    *before, last = shown.split(" ")
    number = plural.get(last, Counter())
    if last != last.lower() or number[True] <= share * number.total():
        return shown
    # the notes' own nominative plurals first; with none (only other plural cases:
    # "kuurojen"), the base form with -t when Voikko reads that as its nominative plural
    # ("kuurot"; never "kielit")
    form = plural_form(last, plurals.get(last, Counter()), analyses) or plural_form(
        last, Counter(dict.fromkeys(_plural_guesses(last), 1)), analyses
    )
    return " ".join([*before, form]) if form else shown


def _plural_guesses(word: str) -> list[str]:
    """Regular Finnish nominative plurals of `word` by its ending (the word with -t; -as/-äs
    with a long vowel, "oppilaat"; -nen → -set; -e → -eet; -us/-ys → -ukset/-ykset; -in →
    -imet), for plural_form to keep only what Voikko reads as the word's nominative plural
    (stem changes it cannot guess, "opas" → "oppaat", give no label plural)."""
    guesses = [f"{word}t"]
    if word.endswith(("as", "äs")):
        guesses.append(f"{word[:-1]}{word[-2]}t")
    if word.endswith("nen"):
        guesses.append(f"{word[:-3]}set")
    if word.endswith("e"):
        guesses.append(f"{word}et")
    if word.endswith(("us", "ys")):
        guesses.append(f"{word[:-1]}kset")
    if word.endswith("in"):
        guesses.append(f"{word[:-1]}met")
    return guesses


def modifier_text(modifier: ParsedToken, index: int, unusable: frozenset[str]) -> str | None:
    """The text of token `index` in a label phrase when it modifies its head noun: an
    adjective in its base form ("avoin"), a genitive noun as written ("kunnan"); None
    otherwise (participles, pronouns, `unusable` words: names, generic words)."""
    if modifier.head == index or modifier.dep not in _MODIFIERS:
        return None
    lemma = modifier.lemma.lower()
    if not wordlike(lemma) or lemma in unusable:
        return None
    if "PronType" in modifier.morph or "VerbForm" in modifier.morph:
        return None
    if modifier.dep == "amod" and modifier.pos == "ADJ":
        return lemma
    if modifier.pos == "NOUN" and "Case=Gen" in modifier.morph and modifier.text.isalpha():
        return modifier.text.lower()
    return None
