"""Clear typos fixed by Voikko's suggestions (summarize/tidy.py asks for a word Voikko
rejects): one at edit distance 1–2 with the same first letter, preferring a clipped final i
restored, a spoken "ee" undone, or a word the clinic's notes use elsewhere; and the older
"-eata"/"-eätä" partitive written with the long vowel ("vaikeata" → "vaikeaa"). Since
mend65 (review 37 #1) a suggestion is taken only when it puts back what the writer left out
(muistiinpanot.spelling.restores: a clipped ending, dots, a letter dropped as in speech), or
as a typing slip of a word the clinic's notes use elsewhere or of one that cannot be Finnish
as typed ("päätöd", "keskustrlu", "kyselu"). A typing slip substitutes only a letter typed
without its dots ("yhteistyo") or a key touching it on its row, or on the rows above and
below for a word the clinic's notes use elsewhere ("kaupunkj"). Any other change of a
word that could be Finnish is another word Voikko offers for a spoken, slang or unknown
one ("välkällä" is not "väljällä", "äppi" not "appi", "töhryjä" not "töhrijä"), and the
word is left as written."""

from __future__ import annotations

from collections.abc import Mapping

from muistiinpanot.frequencies import zipf
from muistiinpanot.spelling import restores, restores_assimilated, well_formed
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
    drops sounds). A clipped ending counts only for a word in use, the clinic's or one
    no compound Voikko assembles that wordfreq does not know: Voikko builds "aikasini"
    (aika+sini) for the spoken "aikasin", which is "aikaisin" (review 50 #1); among the
    rest, the word wordfreq finds more frequent at the same distance.
    Long words (12+ letters) are more likely compounds Voikko does not know
    ("toisiokäyttölaki") than typos: they only get a clipped i back, an "ee" undone, their dots
    or a word the clinic's notes use elsewhere. A name typed without dots ("makela": only
    "Mäkelä") is left as written, not made another word ("maakela")."""
    if speller.spell(word):
        return None
    conditional = _haplology_conditional(word, speller)
    if conditional:
        return conditional
    if participle := _spoken_participle(word, speller):
        return participle
    best = _suggestion(word, speller, vocabulary)
    if best is None or _written_apart(word, best):  # "video ohjeet": "video-ohjeet"
        return vowel_seam(word, speller) or best
    return best


def _spoken_participle(word: str, speller: Speller) -> str | None:
    """A past active participle clipped in speech ("rapautunu", "ollu") with its "t" back when
    Voikko reads that only as one: never a present one letter away ("näkyny", review 68 #5)."""
    readings = speller.analyze(word + "t") if word.endswith(("u", "y")) else []
    if readings and all(a.get("PARTICIPLE") == "past_active" for a in readings):
        return word + "t"
    return None


def _haplology_conditional(word: str, speller: Speller) -> str | None:
    """The conditional a spoken "-is" of an "-ista"/"-istä" verb clips (review 60 #2):
    "ratkais" is "ratkaisis(i)", whose "-isis-" speech says once; read as the past
    "ratkaisi" it would publish a proposal as a fact. Only when Voikko reads the word with an
    i added as that verb's past alone and the word with "isi" added as its conditional."""
    if not word.endswith("is"):
        return None
    past = speller.analyze(word + "i")
    lemmas = {a.get("BASEFORM", "") for a in past}
    if not past or len(lemmas) != 1 or not all(a.get("TENSE") == "past_imperfective" for a in past):
        return None
    (lemma,) = lemmas
    if not lemma.endswith(("ista", "istä")):
        return None
    conditional = word + "isi"
    analyses = speller.analyze(conditional)
    if any(a.get("MOOD") == "conditional" and a.get("BASEFORM") == lemma for a in analyses):
        return conditional
    return None


def _suggestion(word: str, speller: Speller, vocabulary: Mapping[str, int]) -> str | None:
    """fix_typo's choice among Voikko's suggestions (see there)."""
    suggestions = speller.suggest(word)
    dotted = {t for t in suggestions if t.lower() != word and t.lower().translate(_DOTS) == word}
    if dotted and all(t[:1].isupper() for t in dotted):
        return None  # a name typed without dots ("makela": "Mäkelä"): no other word for it
    best: tuple[int, int, int, int, float, int, int, str] | None = None
    for rank, suggestion in enumerate(suggestions):
        if suggestion[:1].translate(_DOTS).lower() != word[:1].translate(_DOTS):
            continue
        if suggestion[:1].isupper() or "-" in suggestion:
            continue
        distance = edit_distance(word, suggestion)
        known = vocabulary.get(suggestion, 0) > 0
        clipped = (
            suggestion == word + "i"
            or restores_assimilated(word, suggestion)
            or _clipped_conditional(word, suggestion, speller)
            or _spoken_oi(word, suggestion, speller)
        ) and (known or not _assembled(suggestion, speller))  # "aikasini" is aika+sini
        far = not 1 <= distance <= 2 or (len(word) >= 12 and not known and not clipped)
        if far and suggestion not in dotted:
            continue
        if not clipped and not _mends(word, suggestion, distance, known=known):
            continue
        key = (
            0 if clipped else 1,
            0 if suggestion in dotted else 1,
            0 if known else 1,
            distance,
            -_frequency(suggestion),
            0 if len(suggestion) > len(word) else 1,
            rank,
            suggestion,
        )
        if best is None or key < best:
            best = key
    return best[-1] if best else None


def _spoken_oi(word: str, suggestion: str, speller: Speller) -> bool:
    """Whether `suggestion` is `word` with the i of "-ois-"/"-oit-" that speech drops put
    back ("vapaaehtosten" → "vapaaehtoisten", "harjotellaan" → "harjoitellaan"; review 60
    #5), the i being the lemma's: Voikko's base form of the suggestion has "oi" there too."""
    index = next((i for i, (a, b) in enumerate(zip(word, suggestion, strict=False)) if a != b), -1)
    if (
        index < 1
        or suggestion[index] != "i"
        or suggestion[index - 1] != "o"
        or suggestion[index + 1 : index + 2] not in ("s", "t")
        or suggestion[:index] + suggestion[index + 1 :] != word
    ):
        return False
    stem = suggestion[: index + 1]
    return any(a.get("BASEFORM", "").startswith(stem) for a in speller.analyze(suggestion))


def _assembled(suggestion: str, speller: Speller) -> bool:
    """Whether `suggestion` is a compound Voikko assembles that is no word in use: read
    only as a compound of two parts or more ("aikasini": aika+sini, "pyhäsini") and unknown
    to wordfreq. An inflected form wordfreq lacks ("uskallettaisi") is no compound."""
    analyses = speller.analyze(suggestion)
    return (
        bool(analyses)
        and all(a.get("STRUCTURE", "").count("=") > 1 for a in analyses)
        and _frequency(suggestion) == 0
    )


def _frequency(suggestion: str) -> float:
    """wordfreq's Zipf frequency of a one-word suggestion; a suggestion written apart ("joka
    sen" for "jokasen") is no word of the list, however often its words come together."""
    return 0.0 if " " in suggestion else zipf(suggestion)


#: The Finnish keyboard's letter rows and how far each row is shifted right, in key widths.
_ROWS = (("qwertyuiopå", 0.0), ("asdfghjklöä", 0.25), ("zxcvbnm", 0.75))
_KEYS = {
    key: (row, column + shift)
    for row, (keys, shift) in enumerate(_ROWS)
    for column, key in enumerate(keys)
}


def _mends(word: str, suggestion: str, distance: int, *, known: bool) -> bool:
    """Whether `suggestion` mends `word` (review 37 #1, mend65): it puts back what the
    writer left out (spelling.restores: a letter dropped, dots; or a space), or it is a
    typing slip (`_slipped`) of a word the clinic's notes use elsewhere (`known`) or of one
    that cannot be Finnish as typed (spelling.well_formed: "päätöd", "keskustrlu"). Any
    other change of a well-formed word, a swap of two letters too, makes another word of
    it ("välkällä" is no "väljällä", "äppi" no "appi", "spora" no "sora", "vetoisat" no
    "vetoista"), and the word stays as written."""
    if restores(word, suggestion) or _written_apart(word, suggestion):
        return True
    if not known and well_formed(word):
        return False
    return _slipped(word, suggestion, distance, across=known)


_VOWELS = frozenset("aeiouyäö")


def vowel_seam(word: str, speller: Speller) -> str | None:
    """`word`, a compound typed run together whose parts meet on the same vowel, written with
    the hyphen Finnish orthography puts at such a seam ("videoohjeet" → "video-ohjeet",
    "kouluuudistus" → "koulu-uudistus"; review 40 #18), when Voikko suggests the hyphenated
    form and reads it as a compound noun of two words joined at that very place ("muraalista"
    is no "mura-alista": Voikko only writes it apart); never written apart ("video
    ohjeet"). Only where Voikko's own suggestion fails or writes the word apart: a spoken
    form it restores ("siivoomaan" → "siivoamaan") is no compound."""
    suggested = set(speller.suggest(word))
    for index in range(1, len(word)):
        if word[index] != word[index - 1] or word[index].lower() not in _VOWELS:
            continue
        candidate = f"{word[:index]}-{word[index:]}"
        if candidate in suggested and any(
            _seam_at(analysis, index) for analysis in speller.analyze(candidate)
        ):
            return candidate
    return None


def _seam_at(analysis: Mapping[str, str], index: int) -> bool:
    """Whether Voikko reads a compound noun whose STRUCTURE ("=ppppp-=pppppp") shows the hyphen
    right after the first `index` letters, both parts of three letters or more ("kaveri-i",
    an abbreviation, and "siivo-omaan", an adjective, are no such compound)."""
    structure = analysis.get("STRUCTURE", "").replace("=", "")
    first, _, second = structure.partition("-")
    return (
        analysis.get("CLASS") == "nimisana"
        and len(first) == index
        and min(len(first), len(second)) >= 3
    )


def _written_apart(word: str, suggestion: str) -> bool:
    """Whether `suggestion` is `word` written apart into words of three letters or more
    ("työssäkäyvä" → "työssä käyvä"; not "maistuvi" → "maistu vi")."""
    parts = suggestion.split(" ")
    return len(parts) > 1 and "".join(parts) == word and min(map(len, parts)) >= 3


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
