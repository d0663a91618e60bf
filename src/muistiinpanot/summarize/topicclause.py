"""A "Topic: clause" note read as its clause (review 37 #5, mend65): "Oppilaiden
osallisuus: oppilaskunnan hallitus kirjoittaa säännöstä oppilaiden version" is a heading the
group typed and then its point, a whole sentence; read as one sentence the parse makes the
heading its root and the clause a loose part of it, and the note was set aside as a fragment.
Only a short head of nouns in the nominative or genitive (no finite verb: "Ongelma on
tämä: …" is a clause itself; no local case, which frames what follows) before a tail with
a finite verb of its own (a list after the colon stays whole), no pronoun that may
point back to the heading ("uusien reseptien testaus: oppilaat ei syö niitä") and no verb as
its last word, whose object the heading is ("pankkitunnukset: vapaaehtoinen ei saa koskea",
review 70 #2).

A heading that names its clause an aim, a wish or a proposal ("tavoite: ikäihmiset asuvat
kotona pidempään"; its last word, or the last part of a compound, one of lexicons/tone.toml
`wish_heading`) is not dropped, which would state the wish as a fact (review 54 #1): it is
written as a frame, "Tavoitteena on, että ikäihmiset asuvat kotona pidempään", the heading's
last word in the essive Voikko confirms; when no essive is confirmed (or a word before it is
no genitive: "toive ja tavoite") the note stays whole."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from muistiinpanot.summarize.clauses import tone_words
from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: A parse of one text (SummaryAnalyzer.parse of it alone).
Parse = Callable[[str], Sequence[ParsedToken]]

_TOPIC = re.compile(r"^(?P<head>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})\s*:\s+(?P<tail>\S.*)$")
_WORD = re.compile(r"[^\W\d_]+")
_FINITE = frozenset({"indicative", "conditional", "potential"})
_MIN_TAIL_WORDS = 3
#: Forms of the pronouns "se", "ne", "tämä", "nämä" that point back to the heading.
_REFERRING = frozenset(
    [
        "se",
        "sen",
        "sitä",
        "siinä",
        "siitä",
        "siihen",
        "sillä",
        "siltä",
        "sille",
        "ne",
        "niiden",
        "niitä",
        "niissä",
        "niistä",
        "niihin",
        "niillä",
        "niiltä",
        "niille",
        "tämä",
        "tämän",
        "tätä",
        "tässä",
        "tästä",
        "tähän",
        "nämä",
        "näiden",
        "näitä",
        "näissä",
        "näistä",
        "näihin",
    ]
)


_BACK_VOWELS = frozenset("aou")


def topic_clause(sentence: str, voikko: Speller, parse: Parse | None = None) -> str:
    """The clause after a topic heading's colon, capitalised; `sentence` when it has no such
    heading, when a word of the heading can be a finite verb, or when no word of the tail of
    three words or more can be one. A wish heading's clause is framed as one (wish_frame).
    `parse` reads the tail's last word where Voikko reads it both as a verb and as no verb
    (_verb)."""
    match = _TOPIC.match(sentence)
    if match is None:
        return sentence
    head, tail = match["head"], match["tail"]
    words = _WORD.findall(tail)
    if len(words) < _MIN_TAIL_WORDS:
        return sentence
    if not all(_topic_word(word, voikko) for word in _WORD.findall(head)):
        return sentence
    if not any(_finite(word, voikko) for word in words):
        return sentence
    if any(word.lower() in _REFERRING for word in words):
        return sentence  # "testaus: oppilaat ei syö niitä": "niitä" are the heading's
    if _verb(words[-1], tail, voikko, parse):
        return sentence  # "tunnusluvut: vapaaehtoinen ei saa koskea": the heading is its object
    if _wish_noun(_WORD.findall(head)[-1], voikko):
        if _asks_or_bids(tail, words, voikko):  # "että voisiko …?" is no Finnish (review 55)
            return sentence
        return wish_frame(head, tail, voikko) or sentence
    return tail[:1].upper() + tail[1:]


def wish_frame(head: str, tail: str, voikko: Speller) -> str | None:
    """The wish heading `head` and its clause `tail` as "Tavoitteena on, että …" ("Nuorten
    toiveena on, että …"): the heading's last word in the singular essive Voikko confirms,
    the words before it genitives; None otherwise."""
    *before, last = head.split()
    if any(
        not any(a.get("SIJAMUOTO") == "omanto" for a in voikko.analyze(word.lower()))
        for word in before
    ):
        return None
    if not any(a.get("NUMBER") == "singular" for a in voikko.analyze(last.lower())):
        return None
    owner = genitive(last.lower(), voikko)
    if owner is None or not owner.endswith("n"):
        return None
    ending = "na" if _BACK_VOWELS & set(owner) else "nä"
    essive = owner[:-1] + ending
    bases = {a.get("BASEFORM") for a in voikko.analyze(last.lower())}
    if not any(
        a.get("SIJAMUOTO") == "olento" and a.get("BASEFORM") in bases
        for a in voikko.analyze(essive)
    ):
        return None
    frame = " ".join([*before, essive])
    return f"{frame[:1].upper()}{frame[1:]} on, että {tail[:1].lower()}{tail[1:]}"


def _asks_or_bids(tail: str, words: list[str], voikko: Speller) -> bool:
    """Whether the clause `tail` (of `words`) asks or bids: a question mark, a word Voikko
    reads with a question clitic ("voisiko", "onko"), or a word Voikko reads only as an
    imperative ("tehkää"; "avaa" is an indicative too). Such a clause cannot follow "että"."""
    if "?" in tail:
        return True
    for word in words:
        analyses = voikko.analyze(word.lower())
        if any(a.get("KYSYMYSLIITE") == "true" for a in analyses):
            return True
        if analyses and all(a.get("MOOD") == "imperative" for a in analyses):
            return True
    return False


def _wish_noun(word: str, voikko: Speller) -> bool:
    """Whether nominative `word`'s base form, or the last part of its compound (Voikko's
    STRUCTURE marks where a part starts), is a wish heading's noun (lexicons/tone.toml
    `wish_heading`: "tavoite", "kehitysehdotus"; not "toivelista")."""
    nouns = tone_words("wish_heading", "nouns")
    lower = word.lower()
    for analysis in voikko.analyze(lower):
        if analysis.get("SIJAMUOTO") != "nimento":
            continue
        letters = -1
        last = 0  # where the last part starts, in the letters of the word
        for mark in analysis.get("STRUCTURE", ""):
            if mark == "=":
                last = letters + 1
            else:  # a letter or a hyphen: a character of the word
                letters += 1
        if analysis.get("BASEFORM", "").lower() in nouns or lower[last:] in nouns:
            return True
    return False


def _topic_word(word: str, voikko: Speller) -> bool:
    """Whether `word` may be a word of a topic heading: "ja", or a noun or adjective that
    can be read in the nominative or genitive and never as a finite verb ("Oppilaiden
    osallisuus"; not "hyvä esimerkki naapurikunnasta", whose elative frames the clause
    after it: "from the next town")."""
    if word.lower() == "ja":
        return True
    analyses = voikko.analyze(word.lower())
    return not _finite(word, voikko) and any(
        a.get("SIJAMUOTO") in ("nimento", "omanto") for a in analyses
    )


def _verb(word: str, tail: str, voikko: Speller, parse: Parse | None) -> bool:
    """Whether `word`, the last of the clause `tail`, is its verb (or the negation verb): a
    clause that ends in its verb leaves its object, or what it is about, to the heading
    (review 70 #2). Every reading Voikko gives a verb, or, where it also reads no verb
    ("pieni" is also `pieniä`'s, "koskea" also `koski`'s partitive: review 71 #1), the
    parse's VERB or AUX on it in the clause; without a parse such a word is no verb."""
    readings = voikko.analyze(word.lower())
    verbs = [a.get("CLASS") in ("teonsana", "kieltosana") for a in readings]
    if not any(verbs):
        return False
    if all(verbs):
        return True
    if parse is None:
        return False
    tokens = [t for t in parse(tail) if t.pos != "PUNCT"]
    return bool(tokens) and tokens[-1].text == word and tokens[-1].pos in ("VERB", "AUX")


def _finite(word: str, voikko: Speller) -> bool:
    return (
        any(
            a.get("CLASS") in ("teonsana", "kieltosana") and a.get("MOOD") in _FINITE
            for a in voikko.analyze(word.lower())
        )
        or word.lower() == "ei"
    )
