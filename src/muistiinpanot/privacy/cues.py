"""Names read from the words right around them, beside names.py's rules:

- an initial before a word with a name reading ("e. kuusisto", "T. Hyvönen");
- a surname in the genitive before a given name, the spoken order ("Karhun Ossi");
- a title or a person noun before a capitalised common noun ("insinööri Kuusi");
- a word that an e-mail address of the same text spells ("Päivin" beside
  paivi.lindholm@…, "Oksanan" beside oksana.k@…);
- a lower-case word Voikko does not know, inflected as a -nen surname, after a verb of
  asking ("kysy karkkaiselta");
- the one capitalised word of a clause that a next clause says is a person ("Tammelle pitää
  ilmoittaa, se on kiinteistöpäällikkö", "Kysy Kalliolta, hän on rehtori");
- capitalised common nouns coordinated as proper nouns are ("Honka ja Kataja"), when what
  follows them takes a person (evidence.person_evidence: "olivat lomalla", "kanssa").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from muistiinpanot.privacy.context import (
    CLAUSE_END,
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    nominative,
)
from muistiinpanot.privacy.evidence import person_evidence
from muistiinpanot.privacy.gazetteer import gazetteer_classes, inflection_stems
from muistiinpanot.privacy.name_shapes import capitalised
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate_points import acts_as_person, predicate_points
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: Voikko's classes of a common word that may be a surname ("Kuusi", "Karhu", "Tammi").
_COMMON = frozenset({"nimisana", "lukusana", "laatusana", "nimisana_laatusana"})
#: One letter and a full stop before a word: an initial ("e. kuusisto").
_INITIAL_BEFORE = re.compile(r"([^\W\d_])\.[ \t]*$")
#: A -nen surname's inflected forms ("karkkaiselta", "virtaselle", "hyvösen").
_NEN_FORMS = re.compile(r"[^\W\d_]{3,}(?:se(?:lta|ltä|lle|lla|llä|n|ssa|ssä|en)|nen)$")
#: Pieces of an e-mail address's local part.
_LOCAL_PIECES = re.compile(r"[^\W\d_]{3,}")


def initial_start(text: str, start: int) -> int:
    """The start of a name moved back over an initial before it ("e. kuusisto")."""
    match = _INITIAL_BEFORE.search(text, max(0, start - 8), start)
    if match is None or match.group(1).casefold() in load_name_lexicon().single_letter_words:
        return start
    before = text[match.start() - 1] if match.start() > 0 else " "
    return start if before.isalnum() or before in ".-" else match.start()


def mark_initialled(text: str, words: Sequence[Word], names: list[bool]) -> None:
    """A word with a name reading after an initial is a name ("e. kuusisto")."""
    for word_index, word in enumerate(words):
        if names[word_index] or not word.classes & NAME_CLASSES:
            continue
        if initial_start(text, word.start) < word.start:
            names[word_index] = True


def mark_genitive_surnames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None = None,
) -> None:
    """A capitalised word right before a capitalised given name that is a name is its surname,
    in the spoken or the register's order: a genitive whose base form is a surname ("Karhun
    Ossi", "Kiven Aino") or, with `nouns`, a genitive of no place nor person noun whose base
    is shaped like a name by its vector (nouns.py: "Kotiharjun Sirkalle"; not "Kunnan
    Pekka", nor before a full name: "Kelan Maija Mäkinen"); inside a sentence, a nominative
    before a given name in the nominative ("kanslisti Kemi Raili"), not a person noun or a
    title ("Rehtori Pekka")."""
    for i in range(len(words) - 1):
        word, given = words[i], words[i + 1]
        if names[i] or not names[i + 1] or FIRST not in given.classes:
            continue
        if not (_proper_case(word.text) and given.text[:1].isupper()):
            continue
        if not adjacent(text, word, given):
            continue
        analyses = voikko.analyze(word.text)
        bases = [
            a.get("BASEFORM", "")
            for a in analyses
            if a.get("SIJAMUOTO") == "omanto" and a.get("CLASS") in _COMMON | NAME_CLASSES
        ]
        place = "paikannimi" in word.classes
        if bases and not place and LAST in gazetteer_classes(bases):
            names[i] = True
        elif bases and not place and nouns is not None and not _full_name(text, words, names, i):
            names[i] = not person_noun(word.text, voikko) and any(
                nouns.name_like(b.casefold()) for b in bases
            )
        elif nominative(word.text, voikko) and nominative(given.text, voikko):
            names[i] = capital_inside_sentence(text, word) and not _titled(word.text, voikko)


def _full_name(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> bool:
    """Whether the given name after word i has a surname after it: then the genitive says
    where the person works ("Kelan Maija Mäkinen"), not whose family."""
    k = i + 2
    return k < len(words) and names[k] and adjacent(text, words[k - 1], words[k])


def _proper_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and "-" not in word


def _titled(word: str, voikko: Analyses) -> bool:
    """A person noun or a word that stands before names ("Rehtori", "Kiitos", "Hei")."""
    lexicon = load_name_lexicon()
    folded = word.casefold()
    return (
        person_noun(word, voikko)
        or folded in lexicon.before_name
        or folded in lexicon.recipient_words
        or folded.endswith(lexicon.title_suffixes)
    )


def role_noun(title: str, voikko: Analyses) -> bool:
    """A person noun, or a compound ending in a role's head ("vapaaehtoisvastaava"; not
    "vastaava" alone, also an adjective: lexicon `role_compound_heads`)."""
    heads = load_name_lexicon().role_compound_heads
    return person_noun(title, voikko) or any(
        title.endswith(head) and len(title) > len(head) for head in heads
    )


def mark_titled(text: str, words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """A capitalised common noun or numeral right after a title or a person noun is a name
    ("insinööri Kuusi kävi läpi", "naapuri Tammi"); not a place, nor an acronym."""
    for i in range(1, len(words)):
        word = words[i]
        if names[i] or word.kind != "other" or not word.classes or not word.classes <= _COMMON:
            continue
        if not word.text[:1].isupper() or not word.text[1:].islower():
            continue
        title = words[i - 1]
        if adjacent(text, title, word) and title.text.islower() and role_noun(title.text, voikko):
            names[i] = True


def mark_titled_places(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """A town's name in the nominative right after a person noun in the nominative, the
    subject of a verb people do or one an individual does, is a surname ("työvalmentaja Lahti
    soitti", "sihteeri Kemi lähetti", "ylitarkastaja Lappi kävi"; not "kaupunginjohtaja
    Helsingistä", "matka Lahti–Kouvola", nor "Lahti lupasi rahoitusta", a town with no role
    before it). docs/privacy.md, "Round 25"."""
    for i in range(1, len(words)):
        word, title = words[i], words[i - 1]
        if names[i] or "paikannimi" not in word.classes or not capitalised(word.text):
            continue
        if not (adjacent(text, title, word) and title.text.islower()):
            continue
        if not (_nominative(word.text, voikko) and _nominative(title.text, voikko)):
            continue
        if person_noun(title.text, voikko) and (
            acts_as_person(text, words, i, voikko)  # "soitti", "lupas"
            or predicate_points(text, words, i, voikko, place=True) > 0  # "kävi tilalla"
        ):
            names[i] = True


def _nominative(word: str, voikko: Analyses) -> bool:
    return any(a.get("SIJAMUOTO") == "nimento" for a in voikko.analyze(word))


#: Words of a clause that says what the one before was about: "se on", "hän oli".
_IDENTIFYING = frozenset({"se", "hän", "joka"})
_COPULA = frozenset({"on", "oli", "ovat", "olivat"})


def mark_identified(text: str, words: Sequence[Word], names: list[bool], voikko: Analyses) -> None:
    """The one capitalised word (not a place, an acronym or a person noun itself) of a clause
    followed by ", se on <person noun>" or ", hän on …" names a person."""
    for k in range(1, len(words) - 2):
        pronoun, copula = words[k], words[k + 1]
        if pronoun.text.casefold() not in _IDENTIFYING or copula.text.casefold() not in _COPULA:
            continue
        if text[words[k - 1].end : pronoun.start].strip() != ",":
            continue
        if not any(person_noun(w.text, voikko) for w in words[k + 2 : k + 4]):
            continue
        start = max((text.rfind(c, 0, pronoun.start) for c in CLAUSE_END), default=-1)
        clause = [i for i in range(k) if words[i].start > start]
        capitalised = [i for i in clause if _proper_shape(words[i])]
        if len(capitalised) == 1 and not person_noun(words[capitalised[0]].text, voikko):
            names[capitalised[0]] = True


def mark_coordinated_proper(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> None:
    """Two or more capitalised words coordinated by "ja" ("Honka ja Kataja", "Hallan ja
    Rinteen"), none a place, each a common noun or a name reading, are names when what follows
    them takes a person."""
    for i in range(len(words) - 2):
        if names[i] or not _proper_shape(words[i]) or not words[i].classes:
            continue
        joined = i > 0 and text[words[i - 1].end : words[i].start].strip() in ("", ",")
        if joined and (words[i - 1].text.casefold() in _JOINING or _proper_shape(words[i - 1])):
            continue  # not the first of the chain
        chain = [i]
        while (
            chain[-1] + 2 < len(words)
            and words[chain[-1] + 1].text.casefold() in _JOINING
            and _proper_shape(words[chain[-1] + 2])
            and words[chain[-1] + 2].classes
            and adjacent(text, words[chain[-1]], words[chain[-1] + 1])
            and adjacent(text, words[chain[-1] + 1], words[chain[-1] + 2])
        ):
            chain.append(chain[-1] + 2)
        if len(chain) > 1 and person_evidence(text, words, i, voikko):
            for k in chain:
                names[k] = True


_JOINING = frozenset({"ja", "sekä"})


def _proper_shape(word: Word) -> bool:
    return (
        word.text[:1].isupper()
        and word.text[1:].islower()
        and "-" not in word.text  # "Peppi-järjestelmä": a thing's name
        and "paikannimi" not in word.classes
        and (word.kind != "other" or word.classes <= _COMMON)
    )


def email_names(addresses: Iterable[str]) -> frozenset[str]:
    """Letters-only pieces of the local parts of e-mail addresses, without accents
    ("paivi.lindholm(at)…" → {"paivi", "lindholm"})."""
    pieces: set[str] = set()
    for address in addresses:
        local = re.split(r"\s*[@\[(<{]|\s+(?:at|ät)\s+", address, maxsplit=1)[0]
        pieces.update(_plain(p) for p in _LOCAL_PIECES.findall(local))
    return frozenset(pieces)


def mark_spelled_in_email(
    words: Sequence[Word], names: list[bool], voikko: Analyses, spelled: frozenset[str]
) -> None:
    """A capitalised word whose base form or stem an e-mail address of the text spells."""
    if not spelled:
        return
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or word.text.isupper():
            continue
        forms = {a.get("BASEFORM", "") for a in voikko.analyze(word.text)}
        forms.update(inflection_stems(word.text))
        if {_plain(f) for f in forms if f} & spelled:
            names[i] = True


def surname_shaped(word: Word) -> bool:
    """A lower-case word Voikko does not know, inflected as a -nen surname ("karkkaiselta")."""
    return word.kind == "unknown" and _NEN_FORMS.fullmatch(word.text) is not None


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
