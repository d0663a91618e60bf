"""A pronoun or an ordinal standing as a noun phrase of its own after an active verb, which
may then be the verb's subject ("vuorot jakaa toinen", "… jakaa joku muu", review 80 #1); a
demonstrative never is: its nominative is a spoken object ("tekee tämä", review 83 #1). The
one home of the two readers of this fact, one per source the summary has:

- `readings_stand_alone` reads Voikko's analyses of a word of the text, no parse (agreement,
  words in a row): every reading a pronoun other than the demonstratives and "oma", or an
  ordinal (base form "ensimmäinen", "toinen" or one in -s), with no possessive suffix;
- `stands_alone_in_parse` reads the parse (subjectverb): a personal or indefinite pronoun or
  an ordinal by its UD features, not reflexive and no floating quantifier ("kaikki",
  "kukin", "kumpikin"), that ends the clause of its verb.

They differ where their sources do, and each caller keeps its own: Voikko's pronoun class
takes in what UD's PronType tells apart (relative, question and reflexive pronouns, "kaikki"),
so agreement reads a relative's start and the clause's end itself, and only the Voikko reader
rejects a possessive suffix (split out of agreement.py and subjectverb.py, session 36)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.summarize.protocols import ParsedToken

#: Pronouns that stand for no subject after the verb: the demonstratives, whose nominative
#: is a spoken object ("tekee tämä"), and the reflexive adjective (closed classes).
_NO_SUBJECT = frozenset({"tämä", "tuo", "se", "oma"})


def readings_stand_alone(readings: Sequence[Mapping[str, str]]) -> bool:
    """Whether every reading is a pronoun (no demonstrative) or an ordinal ("toinen",
    "kolmas", not "yksi"), with no possessive suffix."""
    return bool(readings) and all(
        a.get("BASEFORM") not in _NO_SUBJECT
        and not a.get("POSSESSIVE")
        and (
            a.get("CLASS") == "asemosana"
            or (
                a.get("CLASS") == "lukusana"
                and (a.get("BASEFORM", "") in _ORDINALS or a.get("BASEFORM", "").endswith("s"))
            )
        )
        for a in readings
    )


#: Ordinals whose base form does not end in -s (a closed class of Finnish grammar).
_ORDINALS = frozenset({"ensimmäinen", "toinen"})


#: UD features of a pronoun or numeral that can stand as a noun phrase of its own: a
#: personal or indefinite pronoun and an ordinal ("toinen"); no demonstrative, whose
#: nominative is a spoken object ("tekee tämä", review 83 #1).
_STANDING_ALONE = ("PronType=Prs", "PronType=Ind", "NumType=Ord")
#: Universal quantifiers that float off a plural subject ("seurat tekevät kaikki omaa
#: juttuaan": all of them), a closed class of Finnish grammar: never a subject of their own.
_FLOATING = frozenset({"kaikki", "kukin", "kumpikin"})


def stands_alone_in_parse(
    tokens: Sequence[ParsedToken], children: list[list[int]], verb: int, word: int
) -> bool:
    """Whether the pronoun or ordinal at `word` (no relative, question, reflexive or floating
    one) ends the clause of the verb at `verb`: no dependent of the verb but punctuation or a
    following conjunct clause comes after it ("kaikki omaa tuohijuttuaan" goes on)."""
    token = tokens[word]
    if token.pos not in ("PRON", "NUM", "ADJ") or token.lemma.lower() in _FLOATING:
        return False
    if not any(f in token.morph for f in _STANDING_ALONE) or "Reflex=Yes" in token.morph:
        return False
    return all(
        tokens[k].dep in ("punct", "conj", "cc", "parataxis") for k in children[verb] if k > word
    )
