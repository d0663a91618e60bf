"""Tidying a note's marks and sentences (tidy.py): bullet marks, emoticons and repeated
punctuation off, the text split into sentences (not after an abbreviation that never ends
one), and each sentence finished with a capital letter and end punctuation."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[-*•·–—>]+|\d{1,2}[.)])\s+")
_EMOTICON = re.compile(r"(?<!\w)[:;]-?[()DPp](?!\w)")
_REPEATED_JNE = re.compile(r"\b(jne|yms|tms)\.?(?:\s*,?\s*\1\.?)+", re.IGNORECASE)
_DOTTED = ("esim", "mm", "jne", "yms", "tms", "ns", "ks", "kts", "vrt", "ym", "n", "em", "vs")
#: Abbreviations that never end a sentence ("Esim. Kela" stays one sentence); the others in
#: _DOTTED ("jne.", "yms.") may, so they only join a piece that starts in lowercase.
_NEVER_FINAL = frozenset({"esim", "mm", "ns", "ks", "kts", "vrt", "n", "vs", "em"})
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")


#: A slash between two words of letters, three at least (a note-taker's "tai"), not in a
#: number ("24/7"), a unit ("km/h"), an address ("kela.fi/asiointi") or "ja/tai" (two letters).
SLASH_LIST = re.compile(r"(?<![\w./:@-])([^\W\d_]{3,})\s*/\s*([^\W\d_]{3,})(?![\w./-])")
#: A list of such words, two or more slashes in a row ("tiedotus / Virtanen / kirjaamo").
_SLASH_CHAIN = re.compile(r"(?<![\w./:@-])[^\W\d_]{3,}(?:\s*/\s*[^\W\d_]{3,})+(?![\w/-]|\.\w)")
#: A chain of words of letters joined by slashes (the lint's "slash_left"); each slash counts
#: spaced ("tv / radio"), or unspaced between words of three letters at least (not "km/h");
#: "ja/tai" is no list.
_SLASH_ANY = re.compile(r"(?<![\w./:@-])[^\W\d_]+(?:\s*/\s*[^\W\d_]+)+(?![\w/-]|\.\w)")
#: One slash of such a chain and its two words, found by a lookahead so that a word is the
#: right of one slash and the left of the next ("tv/radio/lehti": review 59 #6).
_SLASH_PAIR = re.compile(r"(?=([^\W\d_]+)(\s*)/(\s*)([^\W\d_]+))")


def strip_marks(text: str) -> str:
    """Bullet marks, emoticons and repeated punctuation off; arrows, "=", "+" and a slash
    between two words ("kuljetuspalvelu / asiointiliikenne": `SLASH_LIST`) as words."""
    text = _BULLET.sub("", text.strip())
    text = _EMOTICON.sub("", text)
    text = _REPEATED_JNE.sub(lambda m: m.group(1).lower() + ".", text)
    text = re.sub(r"!+", "!", text)
    text = re.sub(r"\?+", "?", text)
    text = re.sub(r"[?!]*\?[?!]*", "?", text)
    text = re.sub(r"\.{4,}|…", "...", text)
    text = re.sub(r",{2,}", ",", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"\s+(?:->|=>|→)\s+", " – ", text)
    text = re.sub(r"(?<=\w)\s+=\s+", ": ", text)
    text = re.sub(r"(?<=\w)\s+\+\s+(?=\w)", " ja ", text)
    text = _SLASH_CHAIN.sub(_slash_list, text)
    text = re.sub(r"\bvs\b\.?", "vs.", text)
    return re.sub(r"\s+", " ", text).strip()


def _slash_list(match: re.Match[str]) -> str:
    """A slash list as a Finnish list: "A / B / C" → "A, B tai C" (every slash alike)."""
    words = re.split(r"\s*/\s*", match.group(0))
    return f"{', '.join(words[:-1])} tai {words[-1]}"


def slashes_left(sentence: str) -> int:
    """How many slashes between words of letters `sentence` still has (see `_SLASH_ANY`)."""
    return sum(
        (bool(m.group(2) or m.group(3)) or min(len(m.group(1)), len(m.group(4))) >= 3)
        and f"{m.group(1)}/{m.group(4)}".lower() != "ja/tai"
        for chain in _SLASH_ANY.finditer(sentence)
        for m in _SLASH_PAIR.finditer(chain.group(0))
        if not m.start() or not chain.group(0)[m.start() - 1].isalpha()
    )


def split_sentences(text: str) -> list[str]:
    """`text` split after ".", "!" or "?" and a space, except after an abbreviation that never
    ends a sentence ("esim.", "mm.", "ns." …) or one that may ("jne.", "yms.") when the next
    word is in lowercase."""
    pieces: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        words = re.findall(r"[^\W\d_]+", pieces[-1]) if pieces else []
        last_word = words[-1].lower() if words else ""
        joins = last_word in _NEVER_FINAL or (last_word in _DOTTED and piece[:1].islower())
        if pieces and pieces[-1].endswith(".") and joins:
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def finish_sentence(text: str) -> str:
    """Capital first letter (unless the first word is an acronym or starts with a digit) and
    end punctuation; an exclamation mark becomes a full stop."""
    text = text.strip().rstrip(",;:-–— ")
    if not any(char.isalpha() for char in text):
        return ""
    if text.endswith("!"):
        text = text.rstrip("!") + "."
    if not text.endswith((".", "?")):
        text += "."
    first = text.split(" ", 1)[0]
    if text[0].islower() and not (len(first) > 1 and first.isupper()):
        text = text[0].upper() + text[1:]
    return text
