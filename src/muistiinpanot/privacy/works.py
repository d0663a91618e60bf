"""A maker of a work, not a participant (docs/privacy.md, "Round 23"): a name in the genitive
before a noun of a work ("Topeliuksen sadut", "Maija Poppasen elokuva") or before a past
participle of making whose head is a work or a built thing ("Alvar Aallon suunnittelema
teatteritalo", "Eliel Saarisen suunnittelemassa asemarakennuksessa"), which names.py unmarks
after every rule that marks names.

The frame is one piece of evidence, weighed with the name's own form and the clause: the
name is a maker's only when it is one a writer uses of someone outside the room, a surname or
a whole name, not a lone given name ("Ainon kirjoittama runo" is a participant's: notes call
each other by given names); the head is a work (lexicons/lookalikes.toml `work_nouns`) or,
after a participle of making (`making_participles`: "suunnittelema", "säveltämä"; not
"tekemä", anyone's making), a built thing (`built_nouns`), never a document of the meeting
("Mattilan kirjoittama muistio", "Virtasen kysely" stay); and no title or context word stands
before the name ("puheenjohtaja Virtasen romaani"). A genitive is no subject, so no verb after
it makes it act ("Saarisen suunnittelemassa" reads to the verb rules as planning). Only in
text whose capitals tell something. No list of famous people: the frame and the form decide,
so "Pelkosen kirjoittama romaani" is read as an author's too. A work's title of two names
after a work's or a medium's noun is no one either ("Lastenkirja Tatu ja Patu": `work_nouns`
and privacy.toml `telling_heads`, where a book and a song are works).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    Word,
    adjacent,
    after_context_word,
    load_name_lexicon,
    nominative,
)
from muistiinpanot.privacy.eponyms import chain_start
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.name_shapes import capitalised
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, noun_of, part_of
from muistiinpanot.privacy.structure import person_noun


def drop_works(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    cased: bool,
    window: int,
    persons: bool = True,
) -> list[tuple[int, int]]:
    """Unmark a maker's name before a work (module docstring); a participle of making's head
    may stand `window` words after it (PrivacySettings.maker_head_window). With `persons`
    (PrivacySettings.owner_persons) a name right after a person noun in the nominative, its
    apposition, stays ("Taiteilija Ingrid Holmströmin veistos": the artist named as one,
    round 63). Returns the names' ranges, which also block NER's spans."""
    if not cased:
        return []
    ranges = []
    for i in range(len(words) - 1):
        word = words[i]
        if not capitalised(word.text) or not genitive(word.text, voikko, unknown=True):
            continue
        start = chain_start(text, words, names, i)
        chain = words[start : i + 1]
        if not _makers_form(chain):
            continue
        if not _work_after(text, words, i, voikko, window):
            continue
        if after_context_word(words, start, voikko):
            continue  # "puheenjohtaja Virtasen romaani": a participant named by role
        if persons and _role_before(text, words, start, voikko):
            continue  # "Taiteilija Ingrid Holmströmin veistos"
        for k in range(start, i + 1):
            names[k] = False
        ranges.append((chain[0].start, word.end))
    return ranges + _coordinated_titles(text, words, names, voikko)


def _coordinated_titles(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark a work's title of two coordinated names right after a work's noun in the
    nominative ("Lastenkirja Tatu ja Patu", "Elokuva Kalle ja Ville näytettiin"): named.py
    reads the first name after the head as the work's, and the second is the title's too.
    Both names in the nominative: a name in another case is someone the work is for or about
    ("Kirja Helmille ja Pekalle": a book for two people)."""
    heads = (*load_lookalikes().work_nouns, *load_name_lexicon().telling_heads)
    ranges = []
    for i in range(1, len(words) - 2):
        head, first, conjunction, second = words[i - 1 : i + 3]
        if conjunction.text != "ja" or not (names[i] or names[i + 2]):
            continue
        if not all(adjacent(text, a, b) for a, b in ((head, first), (first, conjunction))):
            continue
        if not adjacent(text, conjunction, second) or not _title_head(head.text, voikko, heads):
            continue
        if not all(
            capitalised(w.text) and nominative(w.text, voikko, unknown=True)
            for w in (first, second)
        ):
            continue
        if i + 3 < len(words) and names[i + 3] and adjacent(text, second, words[i + 3]):
            continue  # a whole name after the conjunction ("Elokuva Kalle ja Ville Aalto")
        names[i] = names[i + 2] = False
        ranges.append((first.start, second.end))
    return ranges


def _title_head(word: str, voikko: Analyses, heads: Sequence[str]) -> bool:
    """A work's noun in the nominative (a base form or a compound's last part)."""
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" and part_of(a, heads)
        for a in voikko.analyze(word.casefold())
    )


def _role_before(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a person noun in the nominative stands right before word i ("Taiteilija")."""
    if i == 0 or not adjacent(text, words[i - 1], words[i]):
        return False
    before = words[i - 1].text
    return person_noun(before, voikko) and nominative(before, voikko)


def _makers_form(chain: Sequence[Word]) -> bool:
    """A whole name (two words or more) or a surname alone; not a lone given name."""
    if len(chain) > 1:
        return True
    word = chain[0]
    return FIRST not in word.classes and (LAST in word.classes or word.kind == "unknown")


def _work_after(text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """Whether a work's noun follows word i, or a participle of making with a work's or a
    built thing's noun after it within `window` words of its clause."""
    own = load_lookalikes()
    nxt = words[i + 1]
    if not adjacent(text, words[i], nxt):
        return False
    if noun_of(nxt.text, voikko, own.work_nouns):
        return True
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(nxt.text.casefold())
        if a.get("PARTICIPLE") == "agent"
    }
    if not bases & own.making_participles:
        return False
    heads = (*own.work_nouns, *own.built_nouns)
    for k in range(i + 2, min(i + 2 + window, len(words))):
        if not adjacent(text, words[k - 1], words[k]):
            return False
        if noun_of(words[k].text, voikko, heads):
            return True
    return False
