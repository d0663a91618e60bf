"""What the cautious publisher adds to the detector (find_personal_data(cautious=True)), on
whole texts: a text typed in capitals is also read as typed normally, and a name found
reaches over the capitalised words right beside it ("Vo Thi Hanh", "Hyyppä Kerttu"), so a
published text never keeps half a name. The publisher's rules on single words are in
roles.py and grounding.py (`unfitting`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.classify import classify_word, team_name
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.gazetteer import GAZETTEER, inflection_stems
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.grounding import ungrounded
from muistiinpanot.privacy.name_halves import WORD_AFTER, WORD_BEFORE
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import person_noun

_LETTERS = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)[^\W\d_]")
_SENTENCE_END = ".!?:;\n"
_HYPHENED = re.compile(r"[-'’]")
_LOWER_PAIR = re.compile(r"(?<![\w-])([^\W\d_A-ZÅÄÖ]+) ([^\W\d_A-ZÅÄÖ]+)(?![\w-])")
_FOREIGN = frozenset({"etunimi", "sukunimi", GAZETTEER})
#: A lower-case word and the word right after it (overlapping pairs: "a b c" gives a-b, b-c).
_LOWER_BEFORE = re.compile(r"(?<![\w-])([^\W\d_A-ZÅÄÖ]{2,})(?=\s+([^\W\d_]+))")
#: Voikko's classes of a word kin_word_names reads: a common noun and a person's name.
_NOMINAL = frozenset({"nimisana", "etunimi", "sukunimi"})
#: Focus particles that may open a noun phrase ("myös hänen tyttärensä"): a closed class.
_FOCUS = frozenset({"myös", "myöskin", "vielä", "jopa", "ainakin"})
#: Nouns of a tie between persons beside the lexicon's kin, household, family and sex nouns:
#: a friend, a colleague, a superior (a closed class of Finnish, base forms; privacy83).
_TIE_NOUNS = frozenset(
    {"ystävä", "kaveri", "työkaveri", "kollega", "esimies", "esihenkilö", "poikaystävä"}
    | {"tyttöystävä", "kihlattu", "avomies", "exä"}
)


def shouting(text: str) -> bool:
    """Whether the text is typed in capitals: two words or more, no lower-case letter."""
    return len(_LETTERS.findall(text)) > 1 and not any(c.islower() for c in text)


def sentence_case(text: str) -> str:
    """`text` in lower case with a capital opening each sentence (same length)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    return _SENTENCE_START.sub(lambda m: m.group(0).upper(), lowered)


def whole_names(
    text: str,
    spans: Sequence[PersonalSpan],
    voikko: Analyses,
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> list[PersonalSpan]:
    """`spans` with each name reaching over the capitalised words beside it: one inside a
    sentence, or one opening it that Voikko reads as a name, does not know or reads as a noun
    in the nominative, as a given name before a surname stands ("Vo Thi Hanh", "Linnea
    Forsman"; not "Kysy Pekka Laaksoselta", nor a word of the lexicon before a name: "Kiitos
    Sirpa"). Not a word in capitals ("THL"), nor a club's name in the plural
    ("Pallo-Veikkojen", classify.team_name); `settings`: the run's [privacy], for the word
    classes (classify_word)."""
    result = []
    for span in spans:
        start, end = span.start, span.end
        while span.kind == "nimi":
            before = WORD_BEFORE.search(text, 0, start)
            if before is None or not _joins(
                text, before.start(1), before.group(1), voikko, settings
            ):
                break
            start = before.start(1)
        while span.kind == "nimi":
            after = WORD_AFTER.match(text[end:])
            if after is None or not _joins(
                text, end + after.start(1), after.group(1), voikko, settings
            ):
                break
            if _HYPHENED.search(after.group(1)) and len(text[start:end].split()) > 1:
                break  # a name already whole, then "Kela-Hankkeesta": a body's, not a surname
            end += after.end(1)
        result.append(PersonalSpan(start, end, span.kind))
    return result


def _joins(text: str, start: int, word: str, voikko: Analyses, settings: PrivacySettings) -> bool:
    if not word[:1].isupper() or word.isupper():  # in capitals, capitals tell nothing
        return False
    if team_name(word, voikko):  # "Pallo-Veikkojen Jari …": a club's name, no name's part
        return False
    index = start
    while index > 0 and text[index - 1] in " \t\"'“”«»([":
        index -= 1
    inside = index > 0 and text[index - 1] not in _SENTENCE_END
    if inside or classify_word(word, voikko, settings)[0] != "other":
        return True
    if _cue(word, voikko):  # "Kiitos Sirpa", "Terveiset Sirpalle": thanks, no name
        return False
    if _role(word, voikko):  # "Vastuuhenkilö Helmi Korpimaa": the role, not a given name
        return False
    return nominative_noun(word, voikko)  # a given name that is also a noun ("Hohde"); not "Kysy"


def _cue(word: str, voikko: Analyses) -> bool:
    """Whether `word` is one of the lexicon's words before a name or beside a recipient
    ("kiitos", "terveiset", a title), by its form or its base form."""
    lexicon = load_name_lexicon()
    cues = lexicon.before_name | lexicon.recipient_words
    lower = word.casefold()
    return lower in cues or any(a.get("BASEFORM", "") in cues for a in voikko.analyze(lower))


def _role(word: str, voikko: Analyses) -> bool:
    """Whether `word` is a person's noun, one of a role ("vastuuhenkilö", "tulkki"): an
    agent noun, a title, a person word or a compound ending in one (review 19, finding 11)."""
    people = load_name_lexicon().person_words
    return person_noun(word, voikko) or any(
        part_of(a, people) for a in voikko.analyze(word.casefold())
    )


def nominative_noun(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` as a noun in the nominative."""
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(word.casefold())
    )


def foreign_full_names(
    text: str, voikko: Analyses, nouns: NounSense, settings: PrivacySettings = DEFAULT_SETTINGS
) -> list[PersonalSpan]:
    """Lower-case full names of other countries: a given name only the gazetteer knows, then
    a word nothing knows (nor a spoken form, a verb, a word typed without the dots of ä and
    ö: grounding.ungrounded) whose vector is nearer names than common words (nouns.py), or
    a surname only the gazetteer knows: "igor volkovin", "dmitri petrovin"; not "per
    asukas", "omar ja", "case manager"."""
    spans = []
    for match in _LOWER_PAIR.finditer(text):
        first, second = match.group(1), match.group(2)
        if len(first) < 3 or not _foreign(first, voikko, "etunimi", settings):  # not Swedish "om"
            continue
        stems = {second, *inflection_stems(second)}  # "petrovin": "petrov"
        last = Word(match.start(2), match.end(2), second, *classify_word(second, voikko, settings))
        shaped = ungrounded(last, voikko, cased=True, dotless=True) == "lower" and any(
            nouns.name_like(stem) for stem in stems
        )
        if shaped or any(_foreign(stem, voikko, "sukunimi", settings) for stem in stems):
            spans.append(PersonalSpan(match.start(1), match.end(2), "nimi"))
    return spans


def _foreign(word: str, voikko: Analyses, name_class: str, settings: PrivacySettings) -> bool:
    """Whether only the gazetteer knows the word, as a name of `name_class` among others."""
    kind, classes = classify_word(word, voikko, settings)
    return kind == "weak" and GAZETTEER in classes and classes <= _FOREIGN and name_class in classes


def kin_word_names(text: str, voikko: Analyses) -> list[PersonalSpan]:
    """Lower-case given names that are also words, in the genitive right before a noun of
    kin, of a household or of a tie between persons ("kirsin tytär", "jukan vaimo", "onnin
    kaveri"; docs/privacy.md, "privacy83"): only a person has a daughter or a friend, and
    the form is read as the genitive of Voikko's given name (the singular: "kirsin" is the
    noun's instructive plural too, "jukan" the yucca's genitive). Not the noun's own
    genitive where the name's differs ("tuulen poika", "onnen poika", "meren tytär"), nor a
    word with a reading of another class, a place's, a preposition's or a verb's ("lahden
    poika", "ilman siskoaan", "toivon"), nor a capitalised word (the other rules read those)."""
    heads = _tie_heads()
    spans = []
    for match in _LOWER_BEFORE.finditer(text):
        word, head = match.group(1), match.group(2)
        readings = voikko.analyze(word)
        if not any(
            a.get("CLASS") == "etunimi"
            and a.get("SIJAMUOTO") == "omanto"
            and a.get("NUMBER") == "singular"
            for a in readings
        ) or any(a.get("CLASS") not in _NOMINAL for a in readings):
            continue
        if _kin(head, voikko, heads):
            spans.append(PersonalSpan(match.start(1), match.end(1), "nimi"))
    return spans


def _tie_heads() -> frozenset[str]:
    """The heads of kin_word_names: the lexicon's kin, household, family cue (not an owner)
    and sex nouns, given_words.toml's place_kin_nouns, and _TIE_NOUNS."""
    lexicon = load_name_lexicon()
    return (
        lexicon.kin_nouns
        | lexicon.household_nouns
        | (lexicon.family_cue_nouns - lexicon.owner_nouns)
        | lexicon.gender_nouns
        | load_given_lexicon().place_kin_nouns
        | _TIE_NOUNS
    )


#: A word of publisher text with its place: letters, a hyphen inside ("isoäiti", "Anna-Liisa").
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: The conjunctions of a coordinated noun phrase (a closed class of Finnish; privacy86).
_CONJUNCTIONS = frozenset({"ja", "tai", "sekä"})
#: The pronouns owning a kin noun in the coordinated phrase ("ritva ja sen tytär"; privacy86).
_OWNERS = frozenset({"sen", "hänen", "tämän", "heidän", "niiden", "näiden"})


def kin_conjunct_names(
    text: str, voikko: Analyses, spans: Sequence[PersonalSpan] = ()
) -> list[PersonalSpan]:
    """Lower-case given names that are also words, coordinated ("ja", "tai", "sekä") with a
    noun phrase headed by a noun of kin or of a tie between persons (kin_word_names' heads)
    that someone owns ("sen", "hänen", "tämän", a genitive or a possessive suffix; a kin
    noun no one owns is a kind: "lapset ja onni"): "helmi ja hänen tyttärensä", "lahja ja
    sen pojan", "hänen siskonsa ja kirsi", "kirsi ja Pekan tytär" (docs/privacy.md,
    "privacy86"). Only a person is a conjunct of someone's daughter. The word-name is read
    as kin_word_names reads it (a reading of Voikko's given name, no reading of another
    class than a noun or a name: not "tuuli", a verb too) in any case ("ritvan ja sen
    tyttären"), in lower case or capitalised only as it opens a sentence ("Ritva ja sen
    tytär", the tidier's capital); a thing's conjunct stays ("lumi ja sen sulaminen"). A
    word inside a name of `spans` is left (already read); a word-name beside a name ("Matti
    ja ritva") the detector's rules read already."""
    words = list(_WORD.finditer(text))
    heads = _tie_heads()
    named = [(s.start, s.end) for s in spans if s.kind == "nimi"]
    found = []
    for i, match in enumerate(words):
        word = match.group(0)
        if not (word.islower() or _opening(text, match)) or not _word_name(word.lower(), voikko):
            continue
        if any(a <= match.start() < b for a, b in named):
            continue  # already a name
        after = words[i + 1 : i + 6]
        before = words[max(0, i - 5) : i][::-1]
        if _joined(text, match, after, voikko, heads) or _joined(
            text, match, before, voikko, heads
        ):
            found.append(PersonalSpan(match.start(), match.end(), "nimi"))
    return found


def _opening(text: str, word: re.Match[str]) -> bool:
    """Whether `word` is capitalised only as it opens a sentence (the tidier's capital)."""
    form = word.group(0)
    if not (form[:1].isupper() and form[1:].islower()):
        return False
    before = text[: word.start()].rstrip(" \t\"'“”«»([")
    return not before or before[-1] in _SENTENCE_END


def _word_name(word: str, voikko: Analyses) -> bool:
    readings = voikko.analyze(word)
    return any(a.get("CLASS") == "etunimi" for a in readings) and all(
        a.get("CLASS") in _NOMINAL for a in readings
    )


def _joined(
    text: str,
    name: re.Match[str],
    side: Sequence[re.Match[str]],
    voikko: Analyses,
    heads: frozenset[str],
) -> bool:
    """Whether the words of `side` (outwards from `name`, the nearest first) are a
    conjunction, then a noun phrase with no punctuation in it whose head is a kin noun that
    is owned: by its possessive suffix or by an owner ("sen", "hänen", a genitive) before it,
    with only modifiers between ("sen kaksi poikaa", "hänen pieni tyttärensä", "myös hänen
    tyttärensä", "hänen vanha äitinsä ja aino"; review 90 #1)."""
    if len(side) < 2 or side[0].group(0).casefold() not in _CONJUNCTIONS:
        return False
    if not _adjacent(text, name, side[0]):
        return False  # "kirsi, ja sen jälkeen …": a comma parts the clauses
    phrase: list[re.Match[str]] = []
    for word in side[1:]:
        if not _adjacent(text, phrase[-1] if phrase else side[0], word):
            break
        phrase.append(word)
    if side[0].start() < name.start():  # "hänen vanha äitinsä ja aino": the head is nearest
        if not phrase or not _kin(phrase[0].group(0), voikko, heads):
            return False
        if _kin(phrase[0].group(0), voikko, heads, suffixed=True):
            return True
        for word in phrase[1:]:
            if _owner(word.group(0), voikko):
                return True
            if not _modifier(word.group(0), voikko):
                return False
        return False
    owned = False
    for word in phrase:
        form = word.group(0)
        if _kin(form, voikko, heads, suffixed=True) or (owned and _kin(form, voikko, heads)):
            return True  # "ritva ja tyttärensä", "ritva ja sen kaksi tytärtä"
        if _owner(form, voikko):
            owned = True
        elif not _modifier(form, voikko):
            return False
    return False  # a kin noun no one owns is a kind ("lapset ja onni")


def _modifier(word: str, voikko: Analyses) -> bool:
    """Whether `word` may stand inside a noun phrase before its head: an adjective, a
    numeral, or a focus particle ("myös", "vielä")."""
    lower = word.casefold()
    return lower in _FOCUS or any(
        a.get("CLASS") in {"laatusana", "lukusana", "nimisana_laatusana"}
        for a in voikko.analyze(lower)
    )


def _adjacent(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    first, second = (a, b) if a.start() < b.start() else (b, a)
    return not text[first.end() : second.start()].strip()


def _owner(word: str, voikko: Analyses) -> bool:
    lower = word.casefold()
    return lower in _OWNERS or any(
        a.get("SIJAMUOTO") == "omanto" and a.get("CLASS") in _NOMINAL for a in voikko.analyze(lower)
    )


def _kin(word: str, voikko: Analyses, heads: frozenset[str], *, suffixed: bool = False) -> bool:
    """Whether `word` is a noun of `heads` (with a possessive suffix, if `suffixed`)."""
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, heads) and (a.get("POSSESSIVE") or not suffixed)
        for a in voikko.analyze(word.casefold())
    )
