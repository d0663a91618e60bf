"""A nickname in quotes beside the person's own name (docs/privacy.md, "privacy80"; issue 12,
recall): Finnish writes a nickname in quotes between a given name and a surname ('Maija
"Murskaaja" Hautala', 'Lauri "Lapa" Pihlaja'), or names the person it stands for after a word
of renaming ('"Kotka" eli Markku Kotilainen'; nicknames.toml `renaming_words`) or after "real
name" ('"Nuppu" tekee sarjakuvat, oikealta nimeltään Anniina'; nicknames.toml
`real_name_words`, spoken forms too). The quoted word is then that person's name, whatever
word it is ("Kivi", "Nuppu"): the reading is the naming construction's, no list of names.

A word alone in quotes followed by a hyphen is a compound's first part ('"Kasper" -nukke'),
never read here; a quoted word opening a clause before a verb is not read either (a title
tells as a person does: round 60's dropped try). A quoted word that NER's person span already
covers with the names on both sides is left to that span ('Arto "Jäämies" Nieminen': marking
a common noun there let a later drop block the whole span; docs/privacy.md "privacy81").
Only marks more words; `[privacy] quoted_nicknames` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.name_shapes import quoted
from muistiinpanot.privacy.nicknames import load_nicknames
from muistiinpanot.privacy.protocols import Analyses

_GIVEN = "etunimi"
_NOMINATIVE = "nimento"
#: Characters that end a sentence (the real name is read in the quoted word's sentence).
_SENTENCE_END = ".!?"
#: "by name", the adverb's forms with and without the possessive suffix.
_NAMED = frozenset({"nimeltä", "nimeltään", "nimeltänsä"})


def mark_quoted_nicknames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    reach: int,
    ner_spans: Sequence[tuple[int, int]] = (),
) -> None:
    """Mark a capitalised word alone in quotes that the naming constructions of the module
    docstring tie to a person's name; `reach`: words read after "nimeltä" for the name;
    `ner_spans`: NER's person spans (start, end) in `text`."""
    covered = {k for k, w in enumerate(words) for a, b in ner_spans if w.start < b and a < w.end}
    for i, word in enumerate(words):
        if not word.text[:1].isupper() or not quoted(text, word) or _compound_part(text, word):
            continue
        if _inside_one_span(words, i, ner_spans):  # NER's span holds the whole name already
            continue
        if _between_names(text, words, names, i, voikko):
            names[i] = names[i + 1] = True
            continue
        named = [n or k in covered for k, n in enumerate(names)]
        if not names[i] and (
            _renamed(text, words, named, i, voikko)
            or _real_name_after(text, words, named, i, reach)
        ):
            names[i] = True


def _inside_one_span(words: Sequence[Word], i: int, ner_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether one of NER's spans covers word i and the words on both sides of it."""
    if i == 0 or i + 1 >= len(words):
        return False
    start, end = words[i - 1].start, words[i + 1].end
    return any(a <= start and end <= b for a, b in ner_spans)


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


def _renamed(
    text: str, words: Sequence[Word], named: Sequence[bool], i: int, voikko: Analyses
) -> bool:
    """Word i in quotes, then a word of renaming and a name ('"Kotka" eli Markku'), marked or
    in NER's person span (`named`), whose last word agrees in case with the quoted word: an
    apposition; a genitive before a head renames a thing ('"Tuntematon" eli Väinö Linnan
    romaani')."""
    if i + 2 >= len(words):
        return False
    renaming, name = words[i + 1], words[i + 2]
    if (
        text[words[i].end + 1 : renaming.start].strip()
        or renaming.text.casefold() not in load_nicknames().renaming_words
        or not named[i + 2]
        or not name.text[:1].isupper()
    ):
        return False
    last = i + 2
    while (
        last + 1 < len(words)
        and named[last + 1]
        and words[last + 1].text[:1].isupper()
        and text[words[last].end : words[last + 1].start].isspace()
    ):
        last += 1
    return bool(_cases(words[i].text, voikko) & _cases(words[last].text, voikko))


def _cases(word: str, voikko: Analyses) -> set[str]:
    """The cases Voikko reads `word` in; a word it does not know is read as a nominative (a
    name in quotes, a foreign surname)."""
    cases = {a["SIJAMUOTO"] for a in voikko.analyze(word) if "SIJAMUOTO" in a}
    return cases or {_NOMINATIVE}


def _real_name_after(
    text: str, words: Sequence[Word], named: Sequence[bool], i: int, reach: int
) -> bool:
    """Word i in quotes and, later in its sentence, "oikealta nimeltään" with a name, marked
    or in NER's person span (`named`), within `reach` words after it."""
    real = load_nicknames().real_name_words
    for k in range(i + 1, len(words) - 1):
        if any(c in _SENTENCE_END for c in text[words[k - 1].end : words[k].start]):
            return False
        after = words[k + 1].text.casefold()
        if words[k].text.casefold() in real and after in _NAMED:
            return any(named[j] for j in range(k + 2, min(len(words), k + 2 + reach)))
    return False
