"""A firm named by a trade and a surname, and a unit named by a compound (docs/privacy.md,
"Round 67"; precision). Read in names.find_name_spans with the other dropping rules; the
setting `place_and_firm_shapes` turns them off.

- A capitalised trade's or business's noun inside a sentence, in the nominative, right before
  a lone surname is the firm's name, the surname inflecting alone ("lähetettiin Koneliike
  Niemiselle", "pesee Siivouspalvelu Korhonen"): a common noun takes a capital inside a
  sentence only as the first word of a proper name. The noun's base or last part is a
  business's, a trade's or a firm's trade (privacy.toml `business_heads`, `trade_heads`,
  `firm_trades`) and no person noun. A lower-case noun ("rautakauppias Lehtiseltä": a
  title) or a genitive ("Kukkakaupan Rantaselta": someone who works there) stays a
  person's, and so does a whole name after the noun ("Rautakauppa Liisa Lehtinen").
- A capitalised compound of common nouns with no name's reading, no part before its last a
  register name (nor the whole), whose vector and its last part's are nearer the words of
  people and groups than those of nature, in the nominative and no capitalised word beside
  it, is a unit and no name ("Liikuntatoimi ja Kulttuuritoimi"): a surname Voikko reads as
  a compound is made of words that are names themselves ("Honka+salo", "Koivu+mäki"; the
  vectors alone read "honkasalo" as near people as "liikuntatoimi", so they do not
  decide), or of a place's words (a field, a shore: "Koti+pelto", review 51), and a unit's
  head is an office's or a service's noun ("toimi", "keskus"). Nor is it a unit when a
  verb no body does follows it (predicate_points with a place's reading: "asua", "lupautua").
- A given name right before a word Voikko reads only as a proper noun of neither a person
  nor a place (its class `nimi`: "Aurora Borealis") and the register holds as no name is a
  thing's name with it where the text names what such a name names, a phenomenon of the
  sky or nature, a theme or a title (lookalikes.toml `thing_frame_nouns`: "… näkyi
  taivaalla", "Teemana oli Terra Incognita"), unless a verb people do follows (`acting`)
  or a word of the text points to a person (person_signs.py: "Tuuli Kalevala ajaa bussia,
  ja hän odottaa"). No verb of people is no frame of a thing: "Elina Kalevala esiintyi
  juhlassa" is a person's (review 51).
- An @-handle of a body, for mentions.py (`body_handle`): "@yokahvila_official".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent
from muistiinpanot.privacy.gazetteer import gazetteer_classes, register_names
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.person_signs import person_signs
from muistiinpanot.privacy.predicate_points import predicate_points
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.wordparts import part_of, parts


@functools.cache
def _firm_heads() -> tuple[str, ...]:
    lexicon = load_name_lexicon()
    return (*lexicon.business_heads, *lexicon.trade_heads, *lexicon.firm_trades)


def drop_firm_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, cased: bool
) -> list[tuple[int, int]]:
    """Unmark a lone surname after a capitalised trade's noun (module docstring); returns
    the ranges of the firms' names."""
    if not cased:
        return []
    ranges = []
    for i in range(1, len(words)):
        head, word = words[i - 1], words[i]
        if not names[i] or names[i - 1] or not adjacent(text, head, word):
            continue
        if LAST not in word.classes or FIRST in word.classes or not word.text[:1].isupper():
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and adjacent(text, word, after) and after.text[:1].isupper():
            continue  # a whole name after the noun
        if head.kind != "other" or not capital_inside_sentence(text, head):
            continue
        if person_noun(head.text, voikko) or not _trade_noun(head.text, voikko):
            continue
        names[i] = False
        ranges.append((head.start, word.end))
    return ranges


def _trade_noun(word: str, voikko: Analyses) -> bool:
    """A common noun in the nominative whose base or last part is a trade's."""
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "nimento"
        and part_of(a, _firm_heads())
        for a in voikko.analyze(word.casefold())
    )


def drop_unit_compounds(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
) -> list[tuple[int, int]]:
    """Unmark a capitalised compound of common nouns of people or groups (module
    docstring); returns their ranges."""
    if nouns is None:
        return []
    register = register_names()
    ranges = []
    for i, word in enumerate(words):
        if not names[i] or word.kind != "other" or not word.classes <= {"nimisana"}:
            continue
        if not word.text[:1].isupper() or word.text.isupper() or "-" in word.text:
            continue
        if any(
            adjacent(text, *pair) and other.text[:1].isupper()
            for other, pair in _neighbours(words, i)
        ):
            continue  # half of a whole name ("Jyrki Honkasalo", "Kotiharjun Sirkalle")
        readings = voikko.analyze(word.text.casefold())
        if not readings or not all(_unit_compound(a, register) for a in readings):
            continue
        base = readings[0].get("BASEFORM", "").casefold()
        if not base or not nouns.peopled(base) or not _peopled_head(readings, nouns):
            continue
        if predicate_points(text, words, i, voikko, place=True):
            continue  # a verb no body does ("Kotiranta asuu")
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges


def drop_named_pairs(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """Unmark a given name and the proper noun of a thing after it (module docstring);
    returns their ranges."""
    ranges = []
    for i in range(len(words) - 1):
        first, second = words[i], words[i + 1]
        if not names[i] or FIRST not in first.classes or not adjacent(text, first, second):
            continue
        readings = voikko.analyze(second.text)
        if not second.text[:1].isupper() or not readings:
            continue
        if not all(a.get("CLASS") == "nimi" for a in readings) or acting(i) or acting(i + 1):
            continue
        if second.text.casefold() in register_names():
            continue  # a surname too ("Tuuli Kalevala ajaa bussia")
        if not _thing_frame(words, i, voikko):
            continue  # nothing says what it names ("Elina Kalevala esiintyi juhlassa")
        signs = person_signs(text, words, voikko)
        if any(sign for k, sign in enumerate(signs) if k not in (i, i + 1)):
            continue  # a person is in the text ("… ja hän odottaa")
        names[i] = names[i + 1] = False
        ranges.append((first.start, second.end))
    return ranges


def _peopled_head(readings: Sequence[dict[str, str]], nouns: NounSense) -> bool:
    """Whether every reading's last part is nearer people and groups than nature (a unit's
    "toimi"; not a field's or a shore's "pelto", "ranta" of a surname)."""
    heads = [found[-1] for found in (parts(a) for a in readings) if found]
    return bool(heads) and all(nouns.peopled(h.base or h.surface) for h in heads)


def _thing_frame(words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a word of the text but the pair at i is a noun of what a thing's proper name
    names (lookalikes.toml `thing_frame_nouns`: "taivaalla", "Teemana")."""
    frames = load_lookalikes().thing_frame_nouns
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, frames)
        for k, word in enumerate(words)
        if k not in (i, i + 1)
        for a in voikko.analyze(word.text.casefold())
    )


def _neighbours(words: Sequence[Word], i: int) -> list[tuple[Word, tuple[Word, Word]]]:
    """The words right before and after word i, each with the pair in text order."""
    found = []
    if i > 0:
        found.append((words[i - 1], (words[i - 1], words[i])))
    if i + 1 < len(words):
        found.append((words[i + 1], (words[i], words[i + 1])))
    return found


def _unit_compound(analysis: dict[str, str], register: frozenset[str]) -> bool:
    """A common noun in the nominative Voikko splits into two or more words none of which
    before the last is
    a register name, nor the whole ("liikunta+toimi"; not "honka+salo", "metsä+päällikkö":
    a surname's compound is made of words that are names themselves)."""
    if analysis.get("CLASS") != "nimisana" or analysis.get("SIJAMUOTO") != "nimento":
        return False
    found = [part for part in parts(analysis) if part.surface.strip("-")]
    if len(found) < 2 or analysis.get("BASEFORM", "").casefold() in register:
        return False
    return not any((part.base or part.surface).casefold() in register for part in found[:-1])


#: A handle's parts: letters between separators and digits ("yokahvila_official").
_HANDLE_PARTS = re.compile(r"[^\W\d_]+")


def body_handle(handle: str, voikko: Analyses) -> bool:
    """Whether a handle of two or more parts holds a body's, a business's or a venue's noun
    (its base or last part: privacy.toml `organisation_heads`, `line_owner_heads`,
    `business_heads`, `thing_name_heads`; "nuorisotila", "kirjasto", "yokahvila") and no
    given name to Voikko or the gazetteer ("@liisan_kahvila", "@jenni.pihlaja" stay a
    person's): an institution's account names its place, a person's their own name."""
    words = _HANDLE_PARTS.findall(handle)
    if len(words) < 2:
        return False
    lexicon = load_name_lexicon()
    heads = (
        *lexicon.organisation_heads,
        *lexicon.line_owner_heads,
        *lexicon.business_heads,
        *lexicon.thing_name_heads,
    )
    body = False
    for word in words:
        readings = voikko.analyze(word)
        if any(a.get("CLASS") == "etunimi" for a in readings):
            return False
        if "etunimi" in gazetteer_classes([word]):
            return False
        nouns = [a for a in readings if a.get("CLASS") == "nimisana"]
        if nouns:
            body = body or any(part_of(a, heads) for a in nouns)
        elif not readings:  # a compound Voikko does not know ("yokahvila")
            body = body or word.endswith(tuple(h for h in heads if len(h) >= 5))
    return body
