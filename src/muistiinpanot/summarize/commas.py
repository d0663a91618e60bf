"""Commas that written Finnish puts before a subordinate clause: before subordinating
conjunctions and question words ("…, kun perustyö vie kaiken"), and before an indirect
question asked with the -ko/-kö clitic ("ratkaisee, uskaltaako ehdottaa"), unless the word
before belongs to the conjunction ("ennen kuin", "ja onko") or is a conjunction itself ("että
jos")."""

from __future__ import annotations

import re

from muistiinpanot.summarize.protocols import Speller

#: Subordinating conjunctions and question words that take a comma before them in writing.
_COMMA_BEFORE = (
    "että|ettei|etteivät|kun|jos|vaikka|koska|mutta|jotta|jotka|jonka|joita|joilla|mitä|miten|kuinka|"
    "missä|mistä|mihin|milloin|kenelle|kuka|mikä"
)
#: ... unless the word before belongs to the conjunction ("ennen kuin", "ilman että").
_NO_COMMA_AFTER = frozenset(
    [
        "ennen",
        "ilman",
        "niin",
        "sekä",
        "vain",
        "paitsi",
        "kuin",
        "ja",
        "tai",
        "eli",
        "vaan",
        "siten",
        "sillä",
        "jo",
        "siinä",  # "siinä missä"
        "mutta",
        "sitä",
        "juuri",
        "silloin",
        "kaikki",
        "vasta",
        "heti",
        "etenkin",
        "varsinkin",
        "myös",
        "ainakin",
        # two conjunctions in a row take no comma between them ("pelkäävät, että jos …")
        "että",
        "ettei",
        "koska",
        "jotta",
        "vaikka",
        "jos",
        "kun",
    ]
)
_COMMA = re.compile(rf"(?<=[^\W\d_])(\s+)(?=(?:{_COMMA_BEFORE})\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
#: Voikko's moods of a finite verb that can carry the question clitic.
_FINITE_MOODS = frozenset({"indicative", "conditional", "potential"})


def add_commas(text: str, speller: Speller) -> str:
    """`text` with the commas of the module doc added."""
    return _question_commas(_conjunction_commas(text), speller)


def _conjunction_commas(text: str) -> str:
    def comma(match: re.Match[str]) -> str:
        before = text[: match.start()].rsplit(" ", 1)[-1].lower()
        return match.group(1) if before in _NO_COMMA_AFTER else ", "

    return _COMMA.sub(comma, text)


def _question_commas(text: str, speller: Speller) -> str:
    """A comma before a finite verb with the question clitic inside a sentence (Voikko's
    KYSYMYSLIITE), when a word is right before it with one space between."""
    parts = []
    position = 0
    for match in _WORD.finditer(text):
        start = match.start()
        if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
            continue
        before = text[:start].rsplit(" ", 2)[-2].lower()
        if before in _NO_COMMA_AFTER or before == "vai":
            continue
        analyses = speller.analyze(match.group(0).lower())
        if any(
            a.get("KYSYMYSLIITE") == "true" and a.get("MOOD") in _FINITE_MOODS for a in analyses
        ):
            parts += [text[position : start - 1], ", "]
            position = start
    parts.append(text[position:])
    return "".join(parts)
