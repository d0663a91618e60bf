"""Tidy a note into written sentences: spoken forms to standard ones, clear typos fixed, a few
abbreviations written out, verbs agreeing with plural subjects,
bullet marks and shouting removed, capital letter and end punctuation (commas before
subordinate clauses come from the parse: summarize/commas.py; "ku"/"kun" after a comparison
is "kuin": kuincompare.py).

The meaning is kept: a word is changed only through the spoken-form lexicon, the abbreviation
table, or a Voikko suggestion at edit distance 1–2 for a word Voikko rejects. Acronyms, names
(capitalised inside a sentence), words with digits and listed words are never touched.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from muistiinpanot.lexicons import load_tools_lexicon
from muistiinpanot.summarize.agreement import fix_agreement
from muistiinpanot.summarize.doubledwords import drop_doubled_words
from muistiinpanot.summarize.kuincompare import compares
from muistiinpanot.summarize.longpartitive import long_vowel_partitive
from muistiinpanot.summarize.negation import negation_verb, spoken_connegative
from muistiinpanot.summarize.passiveconditional import spoken_passive_conditional
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.spokenverb import spoken_verb
from muistiinpanot.summarize.tidy_sentences import finish_sentence, split_sentences, strip_marks
from muistiinpanot.summarize.typos import fix_typo

_TOKEN = re.compile(r"[^\W\d_]+(?::[^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class TidyLexicon:
    """Word tables for tidying: spoken form → standard form, abbreviation → written form,
    words never spell-corrected, spoken forms left alone before certain next words,
    spoken verbs that are the connegative right after a negation verb, spoken
    intensifiers → (written form, base forms of the degree words they are written before),
    the words that open another clause (a comparative's reach to a spoken "ku" ends), and
    the word endings after which "ku" or "kun" is "kuin"."""

    spoken: dict[str, str]
    expand: dict[str, str]
    keep: frozenset[str]
    ambiguous: dict[str, frozenset[str]]
    connegative: dict[str, str]
    intensifier: dict[str, tuple[str, frozenset[str]]]
    clause: frozenset[str]
    kuin_after: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Context:
    speller: Speller
    lexicon: TidyLexicon
    vocabulary: Mapping[str, int]
    comparative_reach: int
    passive_conditionals: bool


@functools.cache
def load_tidy_lexicon() -> TidyLexicon:
    """The lexicon from lexicons/spoken.toml and lexicons/tidy.toml, the words kept also
    lexicons/tools.toml's (muistiinpanot.lexicons, the loader the privacy stage uses too; read
    once per process)."""
    package = resources.files("muistiinpanot.lexicons")
    spoken = tomllib.loads((package / "spoken.toml").read_text(encoding="utf-8"))
    tidy = tomllib.loads((package / "tidy.toml").read_text(encoding="utf-8"))
    return TidyLexicon(
        spoken={
            **tidy["spoken"],
            **{form: entry["standard"] for form, entry in spoken["forms"].items()},
        },
        expand=dict(tidy["expand"]),
        keep=frozenset([*tidy["keep"]["words"], *load_tools_lexicon().words]),
        ambiguous={word: frozenset(nexts) for word, nexts in tidy["ambiguous"].items()},
        connegative=dict(tidy["connegative"]),
        intensifier={
            word: (entry["standard"], frozenset(entry["before"]))
            for word, entry in tidy["intensifier"].items()
        },
        clause=frozenset(tidy["clause"]["words"]),
        kuin_after=tuple(tidy["kuin_after"]["endings"]),
    )


def tidy_note(
    text: str,
    speller: Speller,
    *,
    vocabulary: Mapping[str, int] | None = None,
    lexicon: TidyLexicon | None = None,
    comparative_reach: int = DEFAULT_SETTINGS.comparative_reach,
    passive_conditionals: bool = DEFAULT_SETTINGS.passive_conditionals,
) -> list[str]:
    """The note as tidied sentences (possibly none, when nothing readable is left).

    `vocabulary` counts the lowercased words of all notes of the clinic: a spelling suggestion
    that occurs in it is preferred ("luotamus" → "luottamus", not "luotaus").
    `comparative_reach`: `[summary] comparative_reach` (a spoken "ku" after a comparative).
    `passive_conditionals`: `[summary] passive_conditionals` ("tehtäis" → "tehtäisiin",
    after a negation "tehtäisi": passiveconditional.py)."""
    context = _Context(
        speller,
        lexicon or load_tidy_lexicon(),
        vocabulary or {},
        comparative_reach,
        passive_conditionals,
    )
    text = strip_marks(text)
    text = _drop_spoken_we(_replace_words(text, context), context.speller)
    text = drop_doubled_words(text, context.speller)
    text = fix_agreement(text, context.speller)
    sentences = []
    for piece in split_sentences(text):
        sentence = finish_sentence(_spoken_vaan(piece, context.speller))
        if sentence:
            sentences.append(sentence)
    return sentences


_VAAN = re.compile(r"\b([Vv])aan\b")


def _spoken_vaan(sentence: str, speller: Speller) -> str:
    """Spoken "vaan" (only) → "vain": the conjunction "vaan" (but) needs a negated clause
    before it, and never follows the negation verb itself ("ei X vaan Y" stays; "kulkee vaan
    kerran", "eikä vaan netissä" → "vain")."""

    def replace(match: re.Match[str]) -> str:
        before = _WORDS_BEFORE.findall(sentence[: match.start()])
        negations = [negation_verb(word, speller) for word in before]
        if any(negations) and not negations[-1]:
            return match.group(0)
        return f"{match.group(1)}ain"

    return _VAAN.sub(replace, sentence)


_WORDS_BEFORE = re.compile(r"[^\W\d_]+")


_WE = re.compile(r"\b([Mm]e) ([^\W\d_]+)")


def _drop_spoken_we(text: str, speller: Speller) -> str:
    """Spoken "me" + passive ("me tehdään", "me ei tehdä") → the standard passive ("tehdään",
    "ei tehdä"): Voikko cannot generate the first person plural ("teemme") from the passive."""

    def replace(match: re.Match[str]) -> str:
        verb = match.group(2)
        analyses = speller.analyze(verb.lower())
        spoken = verb.lower() == "ei" or (
            bool(analyses) and all(a.get("PERSON") == "4" for a in analyses)
        )
        if not spoken:
            return match.group(0)
        return verb[:1].upper() + verb[1:] if match.group(1) == "Me" else verb

    return _WE.sub(replace, text)


def _replace_words(text: str, context: _Context) -> str:
    matches = list(_TOKEN.finditer(text))
    parts = []
    position = 0
    for index, match in enumerate(matches):
        word = match.group(0)
        after = text[match.end() : match.end() + 1]
        if after and (after.isdigit() or after in "-@_/"):
            continue  # part of a compound, an address or a code: leave it
        if match.start() > 0 and text[match.start() - 1] in "-@_/.":
            continue
        next_word = matches[index + 1].group(0).lower() if index + 1 < len(matches) else ""
        initial = _is_sentence_start(text, match.start())
        previous = matches[index - 1].group(0).lower() if index else ""
        if word.lower() in ("ku", "kun") and compares(
            text,
            matches,
            index,
            context.speller,
            clause_words=context.lexicon.clause,
            kuin_after=context.lexicon.kuin_after,
            reach=context.comparative_reach,
        ):
            new = "kuin"
        elif spoken_connegative(text, matches, index, context.lexicon.connegative, context.speller):
            new = _with_case(context.lexicon.connegative[word.lower()], word[0].isupper())
        elif passive := _passive_conditional(text, matches, index, initial, context):
            new = _with_case(passive, word[0].isupper())
        else:
            new = _replace_word(word, (previous, next_word), initial, context)
        if new != word:
            if new.endswith(".") and text[match.end() : match.end() + 1] == ".":
                new = new[:-1]
            parts.append(text[position : match.start()])
            parts.append(new)
            position = match.end()
    parts.append(text[position:])
    return "".join(parts)


def _passive_conditional(
    text: str, matches: list[re.Match[str]], index: int, initial: bool, context: _Context
) -> str | None:
    """A spoken passive conditional's standard form ("tehtäis" → "tehtäisiin"), when the
    setting is on and the word is no name (capitalised inside a sentence) or listed word."""
    word = matches[index].group(0)
    if not context.passive_conditionals or (word[0].isupper() and not initial):
        return None
    lower = word.lower()
    if lower in context.lexicon.keep or lower in context.lexicon.spoken:
        return None
    return spoken_passive_conditional(text, matches, index, context.speller)


def _replace_word(word: str, neighbours: tuple[str, str], initial: bool, context: _Context) -> str:
    previous, next_word = neighbours
    lexicon = context.lexicon
    lower = word.lower()
    capitalised = word[0].isupper()
    if word.isupper() and len(word) > 1:
        return word  # acronym (HYTE, THL)
    if capitalised and not initial:
        return word  # a name or a proper noun
    if lower in lexicon.expand:
        return _with_case(lexicon.expand[lower], capitalised)
    if lower in lexicon.spoken:
        if next_word in lexicon.ambiguous.get(lower, ()):
            return word
        if next_word in lexicon.connegative and negation_verb(lower, context.speller):
            return word  # "et nää": the negation verb before its spoken connegative
        if spoken_verb(lower, previous, next_word, context.speller):
            return word  # "äiti toi lapset": the past tense of "tuoda" (spokenverb.py)
        return _with_case(lexicon.spoken[lower], capitalised)
    if lower in lexicon.intensifier:
        standard, degree_words = lexicon.intensifier[lower]
        degree = _is_degree_word(next_word, degree_words, context.speller)
        return _with_case(standard, capitalised) if degree else word
    numeral = _clipped_numeral(lower, next_word, context.speller)
    if numeral:
        return _with_case(numeral, capitalised)
    if ":" in word or lower in lexicon.keep or len(word) < 4:
        return word
    partitive = long_vowel_partitive(lower, previous, context.speller)
    if partitive:
        return _with_case(partitive, capitalised)
    if capitalised:  # "Gemini" is a product, not a typo of "geminoi"
        return word
    fixed = fix_typo(lower, context.speller, context.vocabulary)  # "vaikeeta" → "vaikeata" …
    fixed = fixed and (long_vowel_partitive(fixed, previous, context.speller) or fixed)
    return _with_case(fixed, capitalised) if fixed else word


def _is_degree_word(word: str, degree_words: frozenset[str], speller: Speller) -> bool:
    """A listed degree word, a superlative, or a caritive adjective ("-ton"/"-tön":
    "käsittämätön", "hyödytön"), which has no degrees, so "ihan" before it is "aivan"."""
    return any(
        a.get("BASEFORM") in degree_words
        or a.get("COMPARISON") == "superlative"
        or (a.get("CLASS") == "laatusana" and a.get("BASEFORM", "").endswith(("ton", "tön")))
        for a in speller.analyze(word)
    )


def _clipped_numeral(word: str, next_word: str, speller: Speller) -> str | None:
    """A spoken numeral with its final i clipped ("viis tuntia", "kuus kertaa") written out:
    `word` is no numeral to Voikko, `word` + "i" is one, and the next word is in the
    partitive singular that a numeral takes."""
    restored = word + "i"
    if not next_word or any(a.get("CLASS") == "lukusana" for a in speller.analyze(word)):
        return None
    if not any(
        a.get("CLASS") == "lukusana" and a.get("SIJAMUOTO") == "nimento"
        for a in speller.analyze(restored)
    ):
        return None
    partitive = any(
        a.get("SIJAMUOTO") == "osanto" and a.get("NUMBER") == "singular"
        for a in speller.analyze(next_word)
    )
    return restored if partitive else None


def _with_case(word: str, capitalised: bool) -> str:
    return word[:1].upper() + word[1:] if capitalised else word


def _is_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \"'“”(")
    return not before or before[-1] in ".!?"
