"""The genitive of a nominative word, for the subject of a necessive clause ("Sähköinen
ajanvaraus pitäisi olla helppo" → "Sähköisen ajanvarauksen pitäisi olla helppo").

libvoikko analyses words but does not generate them, so candidate forms are built from the
regular Finnish stem changes (-nen → -sen, -us → -uksen/-uden, -in → -imen, consonant gradation
kk → k, t → d …) and a candidate is used only when Voikko reads it as the genitive of the same
base form in the same number. No word list: a word whose genitive no candidate gives is left
to the caller (the sentence is dropped)."""

from __future__ import annotations

from collections.abc import Callable

from muistiinpanot.summarize.protocols import Speller

#: Strong grade → weak grade of the last consonant(s) of a stem (Finnish consonant gradation).
_WEAKEN = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("nt", "nn"),
           ("lt", "ll"), ("rt", "rr"), ("ht", "hd"), ("k", ""), ("p", "v"), ("t", "d"))  # fmt: skip
_VOWELS = frozenset("aeiouyäö")


def genitive(word: str, speller: Speller) -> str | None:
    """The genitive of nominative `word` in its own number (as Voikko confirms it), keeping
    the capital first letter; None when Voikko does not read `word` as a nominative or no
    candidate is confirmed."""
    found = confirmed_form(word.lower(), _candidates, "omanto", speller, same_class=True)
    if found is None or not word[:1].isupper():
        return found
    return found[:1].upper() + found[1:]


def confirmed_form(
    word: str,
    candidates: Callable[[str], list[str]],
    case: str,
    speller: Speller,
    *,
    same_class: bool,
) -> str | None:
    """The first of `candidates(word)` that Voikko reads in `case` (its SIJAMUOTO) as the same
    word as a reading of lower-case `word` in the nominative: the same base form and number
    (`same_class`: the same word class too, and no surname's reading); None when Voikko reads
    `word` as no nominative or confirms no candidate (the genitive here, partitive.py)."""
    nominatives = [a for a in speller.analyze(word) if a.get("SIJAMUOTO") == "nimento"]
    if not nominatives:
        return None
    for candidate in candidates(word):
        for analysis in speller.analyze(candidate):
            if analysis.get("SIJAMUOTO") != case:
                continue
            if same_class and analysis.get("CLASS") == "sukunimi":
                continue
            if any(_same_word(analysis, nominative, same_class) for nominative in nominatives):
                return candidate
    return None


def _same_word(analysis: dict[str, str], nominative: dict[str, str], same_class: bool) -> bool:
    return (
        analysis.get("BASEFORM") == nominative.get("BASEFORM")
        and analysis.get("NUMBER") == nominative.get("NUMBER")
        and (not same_class or analysis.get("CLASS") == nominative.get("CLASS"))
    )


def _candidates(word: str) -> list[str]:
    """Possible genitives of `word`, singular and plural patterns both (Voikko decides)."""
    stems: list[str] = []
    if word.endswith("t") and len(word) > 2:  # plural nominative: "tulokset", "asukkaat"
        stem = word[:-1]
        if stem.endswith("se"):  # "ihmiset" → "ihmisten", "tulokset" → "tuloksien"
            stems.append(stem[:-1] + "ten")
        stems += [stem[:-1] + "ien", stem[:-1] + "iden", stem[:-1] + "itten", stem + "jen",
                  stem[:-1] + "ten", _strong(stem)[:-1] + "ten", stem[:-1] + "jen"]  # fmt: skip
        strong = ungraded(stem)  # "tiedot" → "tietojen", "kadut" → "katujen"
        stems += [strong + "jen", strong[:-1] + "ien", strong[:-1] + "iden"]
        if stem[-1:] in ("a", "ä"):  # "kirjat" → "kirjojen", "vanhat" → "vanhojen"
            stems += [base[:-1] + {"a": "o", "ä": "ö"}[base[-1]] + "jen" for base in (stem, strong)]
    if word.endswith("nen"):
        stems.append(word[:-3] + "sen")
    if word.endswith(("us", "ys", "os", "ös")):
        stems += [word[:-1] + "ksen", word[:-1] + "den"]
    if word.endswith("in"):
        stems += [word[:-1] + "men", word[:-2] + "imen"]
    if word.endswith("s"):
        stems += [word[:-1] + "ksen", word[:-1] + "en", _strong(word[:-1]) + "an"]
    if word.endswith("e"):
        stems += [word + "en", _strong(word) + "en"]
    if word.endswith("i"):
        stems += [word[:-1] + "en", word + "n", weak_grade(word[:-1]) + "en", word[:-1] + "en"]
    if word[-1:] in _VOWELS:
        stems += [word + "n", weak_grade(word[:-1]) + word[-1] + "n"]
    seen: dict[str, None] = {}
    for stem in stems:
        if stem and stem != word:
            seen.setdefault(stem, None)
    return list(seen)


def weak_grade(stem: str) -> str:
    """`stem` with its last consonant(s) in the weak grade ("tiet" → "tied", "kok" → "ko")."""
    for strong, weak in _WEAKEN:
        if stem.endswith(strong) and len(stem) > len(strong):
            before = stem[-len(strong) - 1]
            if len(strong) == 1 and before not in _VOWELS:
                continue  # "nt", "lt" … are handled as clusters
            return stem[: -len(strong)] + weak
    return stem


def ungraded(stem: str) -> str:
    """`stem` (ending in a vowel) with its last consonant(s) back in the strong grade ("tiedo"
    → "tieto", "kadu" → "katu", "kengä" → "kenkä"): the inverse of `weak_grade`, for the genitive
    plural of a word whose nominative plural is in the weak grade."""
    for strong, weak in _WEAKEN:
        if not weak or len(stem) < len(weak) + 2 or stem[-1] not in _VOWELS:
            continue
        if stem[:-1].endswith(weak) and stem[-len(weak) - 2] in _VOWELS | {"l", "r", "n", "h"}:
            return stem[: -len(weak) - 1] + strong + stem[-1]
    return stem


def _strong(stem: str) -> str:
    """`stem` with a single last consonant doubled: the strong grade of words that are weak in
    the nominative ("rakas" → "rakkaa-", "tarve" → "tarpee-" is not covered)."""
    for index in range(len(stem) - 1, 0, -1):
        char = stem[index]
        if char not in _VOWELS:
            if char in "kpt" and stem[index - 1] in _VOWELS:
                return stem[:index] + char + stem[index:]
            return stem
    return stem
