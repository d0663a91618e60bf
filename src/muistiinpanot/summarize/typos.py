"""Clear typos fixed by Voikko's suggestions (summarize/tidy.py asks for a word Voikko
rejects): one at edit distance 1–2 with the same first letter, preferring a clipped final i
restored, a spoken "ee" undone, or a word the clinic's notes use elsewhere; and the older
"-eata"/"-eätä" partitive written with the long vowel ("vaikeata" → "vaikeaa"). A suggestion
that only swaps letters for others is a typing slip only when each swapped pair is a letter
typed without its dots ("yhteistyo") or a key touching it on its row ("keskustrlu"), or on
the rows above and below for a word the clinic's notes use elsewhere ("kaupunkj"): another
vowel or consonant is a different word Voikko offers for a spoken or unknown one ("töhryjä" is
not "töhrijä", "terkka" not "tarkka"), and the word is left as written."""

from __future__ import annotations

from collections.abc import Mapping

from muistiinpanot.summarize.protocols import Speller

_DOTS = str.maketrans("äöå", "aoa")


def fix_typo(word: str, speller: Speller, vocabulary: Mapping[str, int]) -> str | None:
    """Voikko's suggestion for a word it rejects, if one is a clear fix (edit distance 1–2,
    same first letter ignoring dots). Preferred, in order: a clipped final i or a spoken
    conditional's "-is-" restored ("valmiiks", "olisko") or a spoken long vowel for
    "ea"/"eä"/"oa"/"öä" undone ("vaikee" → "vaikea"), the word with only its dots put back, at
    any distance ("pyoratuoli" → "pyörätuoli", not the deletion "poratuoli"; "kaytava" →
    "käytävä"), a word used elsewhere in the clinic
    ("luotamus" → "luottamus"), fewer edits, letters added rather than removed (spoken Finnish
    drops sounds). Long words (12+ letters) are more likely compounds Voikko does not know
    ("toisiokäyttölaki") than typos: they only get a clipped i back, an "ee" undone, their dots
    or a word the clinic's notes use elsewhere. A name typed without dots ("makela": only
    "Mäkelä") is left as written, not made another word ("maakela")."""
    if speller.spell(word):
        return None
    suggestions = speller.suggest(word)
    dotted = {t for t in suggestions if t.lower() != word and t.lower().translate(_DOTS) == word}
    if dotted and all(t[:1].isupper() for t in dotted):
        return None  # a name typed without dots ("makela": "Mäkelä"): no other word for it
    best: tuple[int, int, int, int, int, int, str] | None = None
    for rank, suggestion in enumerate(suggestions):
        if suggestion[:1].translate(_DOTS).lower() != word[:1].translate(_DOTS):
            continue
        if suggestion[:1].isupper() or "-" in suggestion:
            continue
        distance = edit_distance(word, suggestion)
        known = vocabulary.get(suggestion, 0) > 0
        clipped = (
            suggestion == word + "i"
            or _assimilated(word, suggestion)
            or _clipped_conditional(word, suggestion, speller)
        )
        far = not 1 <= distance <= 2 or (len(word) >= 12 and not known and not clipped)
        if far and suggestion not in dotted:
            continue
        if not clipped and not _slipped(word, suggestion, distance, across=known):
            continue
        key = (
            0 if clipped else 1,
            0 if suggestion in dotted else 1,
            0 if known else 1,
            distance,
            0 if len(suggestion) > len(word) else 1,
            rank,
            suggestion,
        )
        if best is None or key < best:
            best = key
    return best[-1] if best else None


#: The Finnish keyboard's letter rows and how far each row is shifted right, in key widths.
_ROWS = (("qwertyuiopå", 0.0), ("asdfghjklöä", 0.25), ("zxcvbnm", 0.75))
_KEYS = {
    key: (row, column + shift)
    for row, (keys, shift) in enumerate(_ROWS)
    for column, key in enumerate(keys)
}


def _slipped(word: str, suggestion: str, distance: int, *, across: bool) -> bool:
    """Whether `suggestion` differs from `word` as typing slips do: unless it only substitutes
    letters (same length, each differing place one edit), always; if it does, each substituted
    pair is one letter with and without its dots (a/ä, o/ö, a/å) or keys that touch on the
    Finnish keyboard: beside each other on a row, or, when `across` (the clinic's notes use
    the suggestion elsewhere), on the rows above and below where the staggered keys overlap
    ("kaupunkj": "j" under "u" and "i"). Voikko offers a touching key of another row for many
    a spoken word or one it lacks ("töhryjä" → "töyryjä", "ilmaseks" → "ilmaseos"), so that
    alone is no slip."""
    places = [(a, b) for a, b in zip(word, suggestion, strict=False) if a != b]
    if len(word) != len(suggestion) or len(places) != distance:
        return True
    return all(_dots_or_neighbours(a, b, across) for a, b in places)


def _dots_or_neighbours(a: str, b: str, across: bool) -> bool:
    if a.translate(_DOTS) == b.translate(_DOTS):
        return True
    if a not in _KEYS or b not in _KEYS:
        return False
    (row_a, x_a), (row_b, x_b) = _KEYS[a], _KEYS[b]
    if row_a == row_b:
        return abs(x_a - x_b) == 1
    return across and abs(row_a - row_b) == 1 and abs(x_a - x_b) < 1


def _clipped_conditional(word: str, suggestion: str, speller: Speller) -> bool:
    """Whether `suggestion` is `word` with the conditional's "-isi-" that speech says "-is-"
    ("olisko" → "olisiko", "pitäiskö" → "pitäisikö")."""
    return any(
        suggestion[i : i + 3] == "isi" and suggestion[: i + 2] + suggestion[i + 3 :] == word
        for i in range(len(suggestion) - 2)
    ) and any(a.get("MOOD") == "conditional" for a in speller.analyze(suggestion))


def _assimilated(word: str, suggestion: str) -> bool:
    """Whether `word` is `suggestion` with one "ea"/"eä", "oa" or "öä" said as a long vowel
    ("vaikee" → "vaikea", "siivoomaan" → "siivoamaan": vowel assimilation)."""
    diff = [i for i, (a, b) in enumerate(zip(word, suggestion, strict=False)) if a != b]
    same = len(word) == len(suggestion) and len(diff) == 1 and diff[0] > 0
    if not same:
        return False
    vowel = word[diff[0] - 1]
    return word[diff[0]] == vowel and vowel in "eoö" and suggestion[diff[0]] in "aä"


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions, swaps)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def long_vowel_partitive(word: str, previous: str, speller: Speller) -> str | None:
    """The partitive singular of an "-ea"/"-eä" word in "-ta"/"-tä" ("vaikeata", "pimeätä"),
    which speech and older writing keep, written with the long vowel of today's standard
    ("vaikeaa", "pimeää"): only when Voikko reads both as that word's partitive singular,
    `word` as an adjective's (its class "laatusana"), and not right after a verb other than
    "olla". A noun's "-eata" is left: "ideata" is far more often the verb ("pitää vielä
    ideata") than "idea"'s old partitive, which is the only reading Voikko gives it."""
    if not word.endswith(("eata", "eätä")) or _governs_infinitive(previous, speller):
        return None
    candidate = word[:-2] + word[-1]

    def bases(form: str, classes: frozenset[str] | None = None) -> set[str]:
        return {
            a.get("BASEFORM", "")
            for a in speller.analyze(form)
            if a.get("SIJAMUOTO") == "osanto"
            and a.get("NUMBER") == "singular"
            and (classes is None or a.get("CLASS") in classes)
        }

    return candidate if bases(word, _ADJECTIVE) & bases(candidate) else None


_ADJECTIVE = frozenset({"laatusana", "nimisana_laatusana"})


def _governs_infinitive(word: str, speller: Speller) -> bool:
    return any(
        a.get("CLASS") == "teonsana" and a.get("BASEFORM") != "olla" for a in speller.analyze(word)
    )
