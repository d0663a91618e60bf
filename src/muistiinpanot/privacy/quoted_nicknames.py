"""A nickname in quotes beside the person's own name (docs/privacy.md, "privacy80"; issue 12,
recall): Finnish writes a nickname in quotes between a given name and a surname ('Maija
"Murskaaja" Hautala', 'Lauri "Lapa" Pihlaja'), or names the person it stands for after a word
of renaming ('"Kotka" eli Markku Kotilainen'; nicknames.toml `renaming_words`) or after "real
name" ('"Nuppu" tekee sarjakuvat, oikealta nimeltään Anniina'; nicknames.toml
`real_name_words`, spoken forms too). The quoted word is then that person's name, whatever
word it is ("Kivi", "Nuppu"): the reading is the naming construction's, no list of names.

A word alone in quotes followed by a hyphen is a compound's first part ('"Kasper" -nukke'),
never read here; a quoted word opening a clause before a verb is not read either (a title
tells as a person does: round 60's dropped try). Only marks more words; `[privacy]
quoted_nicknames` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.name_shapes import quoted
from muistiinpanot.privacy.nicknames import load_nicknames
from muistiinpanot.privacy.protocols import Analyses

_GIVEN = "etunimi"
#: Characters that end a sentence (the real name is read in the quoted word's sentence).
_SENTENCE_END = ".!?"
#: "by name", the adverb's forms with and without the possessive suffix.
_NAMED = frozenset({"nimeltä", "nimeltään", "nimeltänsä"})


def mark_quoted_nicknames(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, reach: int
) -> None:
    """Mark a capitalised word alone in quotes that the naming constructions of the module
    docstring tie to a person's name; `reach`: words read after "nimeltä" for the name."""
    for i, word in enumerate(words):
        if not word.text[:1].isupper() or not quoted(text, word) or _compound_part(text, word):
            continue
        if _between_names(text, words, names, i, voikko):
            names[i] = names[i + 1] = True
        elif not names[i] and (
            _renamed(text, words, names, i) or _real_name_after(text, words, names, i, reach)
        ):
            names[i] = True


def _compound_part(text: str, word: Word) -> bool:
    """Whether a hyphen follows the closing quote ('"Kasper" -nukke', '"Talkoot"-porukka')."""
    return text[word.end + 1 :].lstrip().startswith(("-", "–"))


def _between_names(
    text: str, words: Sequence[Word], names: list[bool], i: int, voikko: Analyses
) -> bool:
    """Word i in quotes right between a given name and a capitalised word ('Maija
    "Murskaaja" Hautala'): the given name marked or read by Voikko as one."""
    if i == 0 or i + 1 >= len(words):
        return False
    given, surname = words[i - 1], words[i + 1]
    gaps = (text[given.end : words[i].start - 1], text[words[i].end + 1 : surname.start])
    if not all(gap and gap.isspace() for gap in gaps):
        return False
    if not given.text[:1].isupper() or not surname.text[:1].isupper() or quoted(text, surname):
        return False
    return names[i - 1] or any(a.get("CLASS") == _GIVEN for a in voikko.analyze(given.text))


def _renamed(text: str, words: Sequence[Word], names: list[bool], i: int) -> bool:
    """Word i in quotes, then a word of renaming and a marked name ('"Kotka" eli Markku')."""
    if i + 2 >= len(words):
        return False
    renaming, name = words[i + 1], words[i + 2]
    return (
        not text[words[i].end + 1 : renaming.start].strip()
        and renaming.text.casefold() in load_nicknames().renaming_words
        and names[i + 2]
        and name.text[:1].isupper()
    )


def _real_name_after(
    text: str, words: Sequence[Word], names: list[bool], i: int, reach: int
) -> bool:
    """Word i in quotes and, later in its sentence, "oikealta nimeltään" with a marked name
    within `reach` words after it."""
    real = load_nicknames().real_name_words
    for k in range(i + 1, len(words) - 1):
        if any(c in _SENTENCE_END for c in text[words[k - 1].end : words[k].start]):
            return False
        after = words[k + 1].text.casefold()
        if words[k].text.casefold() in real and after in _NAMED:
            return any(names[j] for j in range(k + 2, min(len(words), k + 2 + reach)))
    return False
