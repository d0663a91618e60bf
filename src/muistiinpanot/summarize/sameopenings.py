"""Sentences of one bullet that open the same way are said once (review 62 #5, mend124).

"Luottamus syntyy, jos asukkaiden ideat toteutuvat. Luottamusta rakennetaan … Luottamus
syntyy, kun asukkaiden kanssa tehdään yhdessä." says "Luottamus syntyy" twice: the notes make
two conditions of one point. A later sentence whose main clause before its first comma (two
words or more: its subject and verb) has the base forms of an earlier one's, as Voikko reads
them, is joined to that one: the earlier sentence and, after "ja", the later one's clauses
after its comma ("Luottamus syntyy, jos asukkaiden ideat toteutuvat ja kun asukkaiden kanssa
tehdään yhdessä."). A sentence without a comma is left as it is (restated.restates reads
those), and so are openings of other verbs ("onnistuu", "kaatuu"): two points."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.protocols import Speller

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_JOIN = "ja"


def said_openings_once(sentences: Sequence[str], speller: Speller) -> list[str]:
    """`sentences` (a bullet's, in order) with each one whose opening repeats an earlier
    one's joined to it or left out (module doc)."""
    result: list[str] = []
    openings: list[frozenset[str] | None] = []
    for sentence in sentences:
        opening, rest = _split(sentence)
        bases = _bases(opening, speller) if opening else None
        host = next((i for i, found in enumerate(openings) if bases and found == bases), None)
        if host is None:
            result.append(sentence)
            openings.append(bases)
            continue
        earlier = result[host].rstrip().rstrip(".!")
        result[host] = f"{earlier} {_JOIN} {rest}"
    return result


def _split(sentence: str) -> tuple[str, str]:
    """The main clause before the first comma and the rest (ending as the sentence does);
    ("", "") when there is no comma or the opening is one word."""
    head, comma, rest = sentence.partition(",")
    if not comma or len(_WORDS.findall(head)) < 2:
        return "", ""
    return head.strip(), rest.strip()


def _bases(text: str, speller: Speller) -> frozenset[str]:
    """The base forms of `text`'s words (each word's first Voikko base form, or itself)."""
    found: set[str] = set()
    for word in _WORDS.findall(text.lower()):
        readings = speller.analyze(word)
        found.add(readings[0].get("BASEFORM", word).lower() if readings else word)
    return frozenset(found)
