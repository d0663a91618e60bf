"""Half a foreign name in a note ("Vo Thi Hanh", "Dang Thi Huongille", "Nguyen Van Duc";
docs/privacy.md, "Round 50"): the name rules mark the part a register or the gazetteer knows
("Thi Hanh", "Nguyen") and leave the part nothing knows, which is as personal. In text to be
published publisher.whole_names joins every capitalised word beside a name; a note keeps
its other capitalised words ("Kysy Pekka Laaksoselta"), so here a name reaches only over the
capitalised words beside it that Voikko does not know at all or reads as a name and nothing
else ("Vo", "Dang", "Van", "Duc"), never over a common word ("Uimahallin Tran": "Tran" joins,
"Uimahallin" does not) nor a word in capitals. It only marks more text (issue 12).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word, team_name
from muistiinpanot.privacy.context import NAME_CLASSES
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.wordparts import part_of

#: A capitalised word right before a span (group 1) or right after it, one space between; a
#: hyphen or an apostrophe compound is read whole, never its last or first part alone
#: ("Pallo-Veikkojen Jari Nieminen": "Veikkojen" alone reads as a name; review 81 #2).
#: publisher.whole_names reads the same words.
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
WORD_BEFORE = re.compile(rf"(?<![^\W\d_'’-])({_WORD}) $")
WORD_AFTER = re.compile(rf"^ ({_WORD})")
#: The classes of a word read only as a person's name: Voikko's given name, surname and
#: name of no kind ("Van"), the gazetteer's ("Tran"); not a place's ("Hyyppä").
_NAME_ONLY = NAME_CLASSES | {"nimi", GAZETTEER}
#: The endings of Finnish cases of place and of the translative: a word Voikko does not know
#: that carries one is an inflected Finnish word ("Viimekuussa", "Toissaviikolla"), not the
#: uninflected part of a full name (only a name's last part takes the case).
_CASE_ENDING = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)$")


def whole_foreign_names(
    text: str, spans: Sequence[PersonalSpan], voikko: Analyses
) -> list[PersonalSpan]:
    """`spans` with each name reaching over the capitalised words beside it that only a
    name's reading or none has (module docstring)."""
    result = []
    for span in spans:
        start, end = span.start, span.end
        while span.kind == "nimi":
            before = WORD_BEFORE.search(text, 0, start)
            if before is None or not _name_part(before.group(1), voikko):
                break
            start = before.start(1)
        while span.kind == "nimi":
            after = WORD_AFTER.match(text[end:])
            if after is None:
                break
            word = after.group(1)
            if not _name_part(word, voikko) and not (
                len(text[start:end].split()) == 1 and _hyphen_surname(word, voikko)
            ):
                break
            end += after.end(1)
        result.append(PersonalSpan(start, end, span.kind))
    return result


def _name_part(word: str, voikko: Analyses) -> bool:
    """A capitalised word (not in capitals) that Voikko does not know, without a case's
    ending, or reads only as a name ("Vo", "Duc", "Van"; not "Kysy", "Kitille",
    "Viimekuussa"), nor a club's name ("Pallo-Veikkojen", classify.team_name)."""
    if not word[:1].isupper() or word.isupper() or team_name(word, voikko):
        return False  # a club's name reads as a given name's plural ("Pallo-Veikkojen")
    kind, classes = classify_word(word, voikko)
    if kind == "unknown":
        return not _CASE_ENDING.search(word.casefold())
    return bool(classes) and classes <= _NAME_ONLY


#: A hyphen compound of capitalised parts ("Mäki-Petäjä", "Aho-Kallio").
_CAPITALISED_COMPOUND = re.compile(r"[A-ZÅÄÖ][^\W\d_]*(?:-[A-ZÅÄÖ][^\W\d_]*)+")


def _hyphen_surname(word: str, voikko: Analyses) -> bool:
    """Whether a capitalised hyphen compound right after a one-word given name is a double
    surname, though Voikko reads its parts as common nouns ("Ilmari Mäki-Petäjä"; review 83
    #1; publisher.whole_names joins it the same way): not a club's name ("Pallo-Veikoista",
    classify.team_name), nor a place's, nor one ending in a body's or a named thing's noun
    (privacy.toml `organisation_heads`, `thing_name_heads`, `people_nouns`:
    "Kela-Hankkeesta"). The caller joins it only after a name of one word: after a name
    already whole it is a body's word ("Pekka Virtanen Kela-Hankkeesta")."""
    if _CAPITALISED_COMPOUND.fullmatch(word) is None or team_name(word, voikko):
        return False
    analyses = voikko.analyze(word)
    lexicon = load_name_lexicon()
    heads = (*lexicon.organisation_heads, *lexicon.thing_name_heads, *lexicon.people_nouns)
    last = word.rsplit("-", 1)[1]
    return not any(
        a.get("CLASS") == "paikannimi" or part_of(a, heads)
        for a in (*analyses, *voikko.analyze(last.casefold()))
    )
