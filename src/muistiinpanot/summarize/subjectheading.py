"""A heading that only names the clinic's own subject says nothing (review 87: "Kirjastoauto"
over a bullet of a clinic on library buses).

The clinic's **subject** is the noun its title opens with (after a "Verkkoklinikka:"-like
lead, the text after the title's last colon) when its topic question says it too, by base
form, with its compound head ("auto" of "kirjastoauto"): "Kirjastoautojen reitit ja pysäkit
kyläkouluilla" asked as "Miten kirjastoauton reitit …?" is about library buses, and its
routes and stops are what is said of them. A title whose opening noun the question does not
repeat ("Koulujen uimaopetus …" asked as "Miten uimaopetus ja uintimatkat …?") names no
subject here: its nouns are the clinic's several topics, each a heading worth its name.

A part of a heading ("X" of "X ja Y", or the whole heading) is only the subject when it is
one word whose base form is one of those. Then

- a heading of two parts, one of them the subject, is published as the other part
  ("Kirjastoauto ja aikataulu" → "Aikataulu");
- a heading of one part that is the subject is published as the bullet's own key word: the
  theme's first published keyword that Voikko reads only as a noun ("vapaa" is an adjective
  too: no heading), that is no subject word nor
  a part of one nor holds one ("Hoitaja" is no better than "Omaishoitaja"), and that the
  first bullet says (headingwords.says); with none, the heading stays.

An analyst's label (`Theme.edited`) and a heading of other words stay as they are.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from muistiinpanot.records import Clinic, Theme
from muistiinpanot.summarize.headingwords import says, text_bases
from muistiinpanot.summarize.protocols import Speller

_WORDS = re.compile(r"[^\W\d_]+")
_NOUN = "nimisana"


def subject_renamer(clinic: Clinic, voikko: Speller) -> Callable[[str, Theme, Sequence[str]], str]:
    """subject_heading for `clinic`'s subject, as headingwords.said_headings' `rename`."""
    subject = subject_bases(clinic.title, clinic.topic, voikko)
    return functools.partial(subject_heading, subject=subject, voikko=voikko)


def subject_bases(title: str, topic: str, voikko: Speller) -> frozenset[str]:
    """The clinic's subject: the base forms (and compound head) of the noun the title opens
    with, when the topic says it too (module docstring); empty otherwise."""
    title_nouns = _nouns(title.rsplit(":", 1)[-1], voikko)
    topic_bases = {base for bases in _nouns(topic, voikko) for base in bases}
    if not title_nouns or not title_nouns[0] & topic_bases:
        return frozenset()
    opening = title_nouns[0]
    heads = {_head(base, voikko) for base in opening}
    return frozenset(opening | {head for head in heads if head})


def subject_heading(
    heading: str,
    theme: Theme,
    texts: Sequence[str],
    *,
    subject: frozenset[str],
    voikko: Speller,
) -> str:
    """`heading` of `theme`'s bullets `texts` without a part that only names the subject."""
    if not heading or not subject or theme.edited or not texts:
        return heading
    parts = heading.split(" ja ")
    only = [_only_subject(part, subject, voikko) for part in parts]
    if len(parts) == 2 and only[0] != only[1]:
        other = parts[1] if only[0] else parts[0]
        return other[:1].upper() + other[1:]
    if len(parts) != 1 or not only[0]:
        return heading
    said = text_bases(texts[0], voikko)
    for keyword in theme.published_keywords:
        readings = voikko.analyze(keyword)
        bases = {a.get("BASEFORM", "").lower() for a in readings}
        nouns = readings and all(a.get("CLASS") == _NOUN for a in readings)
        if nouns and not _within(bases, subject) and says(keyword, said, voikko):
            return keyword[:1].upper() + keyword[1:]
    return heading


def _within(bases: set[str], subject: frozenset[str]) -> bool:
    """Whether a word of `bases` is a subject word, a part of one or holds one ("hoitaja" of
    "omaishoitaja", "kirjasto" of "kirjastoauto": no less the subject for being shorter)."""
    return any(base in word or word in base for base in bases if base for word in subject)


def _only_subject(part: str, subject: frozenset[str], voikko: Speller) -> bool:
    words = _WORDS.findall(part)
    if len(words) != 1:
        return False
    bases = {a.get("BASEFORM", "").lower() for a in voikko.analyze(words[0])} - {""}
    return bool(bases & subject)


def _nouns(text: str, voikko: Speller) -> list[set[str]]:
    """Per noun of `text`, in order, its base forms (a word Voikko reads as a noun)."""
    found: list[set[str]] = []
    for word in _WORDS.findall(text):
        bases = {
            analysis["BASEFORM"].lower()
            for analysis in voikko.analyze(word)
            if analysis.get("CLASS") == _NOUN and analysis.get("BASEFORM")
        }
        if bases:
            found.append(bases)
    return found


def _head(base: str, voikko: Speller) -> str:
    """A compound's last part's base form ("auto" of "kirjastoauto"), "" for no compound."""
    for analysis in voikko.analyze(base):
        stems = re.findall(r"\(([^)+][^)]*)\)", analysis.get("WORDBASES", ""))
        if len(stems) > 1:
            return str(stems[-1]).lower().replace("=", "")
    return ""
