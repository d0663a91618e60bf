"""A worry, hope or proposal a note adds after a dash or a colon, written as one (review 40
#5, mend80): "kerhot siirretään iltapäivään - huoli että pienet väsyvät" → "Huolena oli, että
pienet väsyvät, kun kerhot siirretään iltapäivään." mend79 kept such a note out (its first
part alone states as a fact what the group was worried about, dashcomments.py); this says it.

By structure, not by the notes' words: after the dash or colon, a word Voikko reads as a noun
(in any case: "huoli", "huolena"), an optional comma, "että" and a clause with a finite verb
(Voikko confirms one). Such a noun is a noun of content (a worry, fear, hope, proposal,
idea: what the "että" clause says is its content), and Finnish reports it with the noun in
the essive and "oli": "Huolena oli, että …", "Toiveena oli, että …". The essive is built
from the noun's base form and its genitive stem (inflect.py) and used only when Voikko reads
it as the essive singular of the same base form. The part before the dash is kept only if
it stays a sentence, that is, has a finite verb (Voikko): then it tells when the worry
holds ("…, kun kerhot siirretään iltapäivään."); a verbless first part is left out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.merge import inside
from muistiinpanot.summarize.parsetree import Frame, Span, join_words, span_lemmas
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_MARKS = frozenset({"-", "–", "—", ":"})
_NOUN_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})
#: The reporting verb: the post tells what the group said.
_WAS = "oli"


def dash_worry(
    tokens: Sequence[ParsedToken], speller: Speller, finite: Callable[[str], bool]
) -> tuple[Span, Frame] | None:
    """The note's worry, hope or proposal as a sentence (see the module doc), or None."""
    for mark, token in enumerate(tokens):
        if token.text not in _MARKS or mark + 3 >= len(tokens):
            continue
        noun = mark + 1
        that = noun + 1 + (tokens[noun + 1].text == ",")
        if that >= len(tokens) or tokens[that].text.lower() != "että":
            continue
        essive = _essive(tokens[noun].text, speller)
        clause = [i for i in range(that + 1, len(tokens)) if tokens[i].text not in ".!?"]
        if essive is None or not _finite(tokens, clause, finite):
            continue
        before = [i for i in range(mark) if tokens[i].text not in ".!?"]
        content = join_words(tokens, clause, None).rstrip(" ,;:–-")
        text = f"{essive[:1].upper()}{essive[1:]} {_WAS}, että {inside(content, speller)}"
        if before and _finite(tokens, before, finite):
            first = join_words(tokens, before, None).rstrip(" ,;:–-")
            text += f", kun {inside(first, speller)}"
        words = [*before, noun, *clause]
        return Span(f"{text}.", span_lemmas(tokens, words)), Frame("", text.split(",")[0], "")
    return None


def _finite(
    tokens: Sequence[ParsedToken], words: Sequence[int], finite: Callable[[str], bool]
) -> bool:
    """Whether the parse reads a finite verb among `words` that Voikko confirms."""
    return any(
        "VerbForm=Fin" in tokens[i].morph
        and tokens[i].pos in ("VERB", "AUX")
        and finite(tokens[i].text)
        for i in words
    )


def _essive(word: str, speller: Speller) -> str | None:
    """The essive singular of the noun `word` (in any case), as Voikko confirms it."""
    bases = {
        a["BASEFORM"]
        for a in speller.analyze(word.lower())
        if a.get("CLASS") in _NOUN_CLASSES and a.get("BASEFORM")
    }
    for base in sorted(bases):
        stem = (genitive(base, speller) or "")[:-1]
        for candidate in (base + "na", base + "nä", stem + "na", stem + "nä"):
            if any(
                a.get("SIJAMUOTO") == "olento"
                and a.get("BASEFORM") == base
                and a.get("NUMBER") == "singular"
                for a in speller.analyze(candidate)
            ):
                return candidate
    return None
