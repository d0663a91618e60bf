"""Sentences of one bullet that open the same way are said once (review 62 #5, mend124).

"Luottamus syntyy, jos asukkaiden ideat toteutuvat. Luottamusta rakennetaan … Luottamus
syntyy, jos asukkaiden kanssa tehdään yhdessä." says "Luottamus syntyy" twice: the notes make
two conditions of one point. A later sentence whose main clause before its first comma (two
words or more: its subject and verb) is an earlier one's, the same words in the same forms
(tense and mood too), is joined to that one when both remainders after the comma open with the
same subordinator (lexicons/commas.toml `subordinators`): the earlier sentence and, after
"ja", the later one's clauses after its comma ("Luottamus syntyy, jos asukkaiden ideat
toteutuvat ja jos asukkaiden kanssa tehdään yhdessä."). Review 63 #3 (mend128): base forms
alone joined "onnistui, koska …" with "onnistui, jos …" and "jatkuu, jos …" with "jatkuu,
vaikka …"; a concession or a coordinator (`unjoined_openings`: "vaikka", "mutta", "eli")
is never joined. A sentence without a comma is left as it is (restated.restates reads those),
and so are openings of other verbs ("onnistuu", "kaatuu"): two points."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words, subordinators

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_JOIN = "ja"


def said_openings_once(sentences: Sequence[str]) -> list[str]:
    """`sentences` (a bullet's, in order) with each one whose opening and subordinator repeat
    an earlier one's joined to it (module doc)."""
    result: list[str] = []
    openings: list[tuple[str, ...] | None] = []
    for sentence in sentences:
        opening, rest = _split(sentence)
        key = _key(opening, rest) if opening else None
        host = next((i for i, found in enumerate(openings) if key and found == key), None)
        if host is None:
            result.append(sentence)
            openings.append(key)
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


def _key(opening: str, rest: str) -> tuple[str, ...] | None:
    """The opening's words as written and the subordinator that opens the rest; None when the
    rest opens with no subordinator or with one never joined (lexicons/commas.toml)."""
    words = _WORDS.findall(rest.lower())
    if not words or words[0] not in subordinators() or words[0] in comma_words("unjoined_openings"):
        return None
    return (*_WORDS.findall(opening.lower()), words[0])
