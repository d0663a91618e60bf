"""A theme label read as its words would stand in running prose (review 37 #9).

A label's first word is capitalised by the label convention ("Auton varaaminen"), so that
capital is no evidence of a name; quoted mid-sentence in the opening ("Eniten keskustelua
herättivät teemat ”Auton varaaminen” (8)"), the detector took it for one ("Auton": *auto*,
and the surname *Autto*) and the analyst's label was withheld. The opening's checks read
each label with its first word lower-cased when Voikko reads that word as a common word and
never as a given name: "Rannan siivous" → "rannan siivous", while "Jukka", "Onni ja ilo"
(a given name, whatever else the form may be), "Virtasen tiimi" (a surname only) and an
acronym ("KPI-mittarit") keep their capital, and with it the detector's evidence
(review 31 #6). Every other word of the label is read as typed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from muistiinpanot.summarize.protocols import Speller

#: Voikko's classes of proper nouns: a word read only so is no common word to lower-case.
_PROPER = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
#: A label's first word: letters, parts joined by hyphens ("Ranta-alueen").
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def prose_reading(label: str, speller: Speller) -> str:
    """`label` as the detector should read it mid-sentence (see the module doc)."""
    match = _FIRST_WORD.match(label)
    if match is None:
        return label
    word = match.group()
    if not word[:1].isupper() or word.split("-")[0].isupper():  # lower already, or an acronym
        return label
    classes = {analysis.get("CLASS") for analysis in speller.analyze(word)}
    if "etunimi" in classes or not classes - _PROPER:
        return label
    return word[:1].lower() + label[1:]


def read_in_prose(text: str, labels: Iterable[str], speller: Speller) -> str:
    """`text` with each of `labels` quoted in it (”label”) as prose_reading reads it: the
    opening paragraph as the post's final check reads it."""
    for label in labels:
        reading = prose_reading(label, speller)
        if reading != label:
            text = text.replace(f"”{label}”", f"”{reading}”")
    return text
