"""Cases where a person stands, for words of no ordinary reading (roles.py): a genitive
before a postposition of company or opinion ("Päikin mielestä"), an ablative or allative
beside a verb of asking or telling or a recipient word ("kysytään vielä tepalta"), a word of
nature in the partitive before a verb whose object is a person ("Tammea pitää muistuttaa")."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.grounding import Grounding
from muistiinpanot.privacy.protocols import Analyses

#: Endings of the ablative and the allative, read on words Voikko does not know.
FROM_TO = ("lta", "ltä", "lle")
#: Postpositions of company, which organisations take too.
_COMPANY = frozenset({"kanssa", "kera"})
#: Postpositions of opinion, which only a person or a body takes ("Ojan mielestä").
OPINION = frozenset({"mielestä"})


def person_object(words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """A word of nature in the partitive before a verb whose object is a person ("Tammea
    pitää muistuttaa", "Pihlajaa kiitettiin")."""
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text.casefold())}
    if "osanto" not in cases:
        return False
    wanted = load_name_lexicon().person_object_verbs
    for other in words[i + 1 : i + 1 + window]:
        if any(a.get("BASEFORM") in wanted for a in voikko.analyze(other.text.casefold())):
            return True
    return False


def opinion_frame(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether word i is a capitalised genitive right before a postposition of opinion
    ("Ojan mielestä"): only a person or a body holds one."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    return words[i].text[:1].isupper() and words[i + 1].text.casefold() in OPINION


def company_or_opinion(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, kind: Grounding
) -> bool:
    """A genitive before a postposition of company or opinion; for a capitalised word
    nothing knows, not of company ("Savonian kanssa": firms and schools keep company too)."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    following = words[i + 1].text.casefold()
    if following not in load_name_lexicon().person_postpositions:
        return False
    if kind == "capital" and following in _COMPANY:
        return False
    if kind in ("natural", "thing"):
        cases = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text.casefold())}
        return bool(cases & {"omanto", "keinonto"})
    return words[i].text.endswith("n")


def asked_or_told(
    words: Sequence[Word], i: int, voikko: Analyses, window: int, *, natural: bool
) -> bool:
    word = words[i].text.casefold()
    if natural:
        cases = {a.get("SIJAMUOTO") for a in voikko.analyze(word)}
        if not cases & {"ulkoeronto", "ulkotulento"}:
            return False
    elif not word.endswith(FROM_TO):
        return False
    lexicon = load_name_lexicon()
    verbs = lexicon.asking_verbs | lexicon.telling_verbs
    near = [*words[max(0, i - window) : i], *words[i + 1 : i + 1 + window]]
    for other in near:
        lower = other.text.casefold()
        if lower in lexicon.recipient_words:
            return True
        for analysis in voikko.analyze(lower):
            base = analysis.get("BASEFORM", "")
            if analysis.get("PARTICIPLE") == "past_passive":  # "kysytty"
                base = analysis.get("WORDBASES", "").split("(", 1)[-1].split(")", 1)[0]
            if base in verbs:
                return True
    return False
