"""Names that name an organisation, not a person, read from the noun after them (docs/privacy.md):
a chain of names before an organisation's head noun ("Niilo Mäki Instituutti", "Virtasen
säätiö", "Jenny ja Antti Wihurin rahasto"), a lone surname's genitive before a shop, a
venue or a trading garden ("Heinosen leipomo"), a firm's capitalised trade ("Niskasen
Maansiirto") or a company form ("Hirvosen Kuljetus Oy"). Other things named like people
are in things.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    Word,
    adjacent,
    load_name_lexicon,
)
from muistiinpanot.privacy.eponyms import chain_start, day_noun, private_day
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.hiring import hires
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.named_days import own_day
from muistiinpanot.privacy.owned_heads import owned_firm, persons_head
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, part_of
from muistiinpanot.privacy.structure import COORDINATORS, person_noun


def drop_organisations(
    words: Sequence[Word],
    names: list[bool],
    text: str,
    voikko: Analyses,
    *,
    cased: bool,
    trading: Callable[[int], bool] = lambda k: False,
    hiring_reach: int = 2,
    persons: bool = True,
    groups: bool = False,
) -> list[tuple[int, int]]:
    """Unmark names that name an organisation: a chain of names right before an organisation's
    head noun, in the genitive ("Virtasen säätiö") or, in normally cased text, in any case
    before a capitalised head ("Niilo Mäki Instituutin"), with a given name coordinated with
    the chain ("Jenny ja Antti Wihurin rahasto"); a lone surname in the genitive before a lower-case
    head of a shop or a venue ("Heinosen leipomo", lexicon `business_heads`), or of a garden,
    a farm or a workshop that `trading(k)`, the subject of a business verb ("Heinosen
    puutarha myy taimia"; lexicon `trade_heads`), or that takes on staff (hiring.py:
    "Tolvasen tila ottaa harjoittelijoita", its object up to `hiring_reach` words after the
    verb: PrivacySettings.hiring_object_window). With `persons` (PrivacySettings
    .owner_persons) a whole name stays a person's where the grammar makes it one
    (`_person_owner`); with `groups` (PrivacySettings.group_and_firm_owners) a group of
    persons is no body and a whole name's firm is its owner's (owned_heads.py). Returns the
    organisations' character ranges."""
    ranges = []
    for i in range(len(words) - 1):
        if not (names[i] and adjacent(text, words[i], words[i + 1])):
            continue
        head_word = words[i + 1]
        trade = _trade_noun(head_word, voikko) or trading(i + 1)
        firm_name = cased and _firm_noun(head_word, voikko) and trade
        if names[i + 1] and not firm_name:
            continue  # a capitalised head may be read as a name too ("Mäkisen Puutarha myy")
        if _eponym(text, words, i, voikko):  # "Aleksis Kiven päivänä": a whole name's
            i += 1
        head = words[i + 1].text
        owner = genitive(words[i].text, voikko, unknown=True)  # "Wihurin": unknown, genitive
        body = owner and organisation_head(head, voikko)
        body = body and not (groups and persons_head(head, voikko))  # "X:n perikunta"
        capitalised = cased and head[:1].isupper()
        j = i
        while j > 0 and names[j - 1] and adjacent(text, words[j - 1], words[j]):
            j -= 1
        # a lone surname only: a given name before a shop is a person's ("Ainon kahvila")
        lone = j == i and not words[i].classes & {FIRST, GAZETTEER}
        business = lone and owner and _business(head, voikko)
        business = business or (
            lone
            and owner
            and _business(head, voikko, trade=True)
            and (
                trading(i + 1) or hires(text, words, i + 1, voikko, hiring_reach)
            )  # "ottaa harjoittelijoita"
        )
        # a capitalised trade after a lone surname's genitive is the firm's name ("Niskasen
        # Maansiirto"); not "Niskasen maansiirtokone", "Virtasen Auto", "Mäkisen Tilalla"
        business = business or (lone and firm_name and words[i].text[:1].isupper() and owner)
        exact = capitalised and organisation_head(head, voikko, exact=True)
        lower = cased and lone and bool(owner)  # "Koskelan kotisiivous Oy"
        end = _legal_form_after(text, words, names, i, voikko, forms_only=not cased, lower=lower)
        if not (body or exact or business or end):  # "Heinosen leipomo", not "Liisa Heinosen"
            continue
        if persons and j < i and not end and _person_owner(text, words, j, head, voikko):
            continue  # "Tapasin Sofia Lindqvistin kävelykadulla", "Jürgen Hoffmannin talon"
        if groups and j < i and not end and owned_firm(head, voikko):
            continue  # "Kimmo Vehviläisen marjayhtiö": his firm
        own = load_lookalikes()
        if j < i and own_day(head, voikko, own.day_heads):
            continue  # "Minna Virtasen syntymäpäivänä": a whole name's own day
        if day_noun(head, voikko, own.day_heads) and private_day(
            words[chain_start(text, words, names, i) : i + 1], voikko, own.eponym_days
        ):
            continue  # "Pekka Virtasen päivä": his own, not a flag day's name
        if (
            j >= 2
            and j < i
            and body
            and names[j - 2]
            and words[j - 1].text.casefold() in COORDINATORS
        ):
            j -= 2  # "Jenny ja Antti Wihurin rahasto"; never "Liisa ja Koskelan kotisiivous Oy"
        for k in range(j, i + 1):
            names[k] = False
        ranges.append((words[j].start, words[end or i + 1].end))
    return ranges


def _person_owner(text: str, words: Sequence[Word], j: int, head: str, voikko: Analyses) -> bool:
    """Whether the whole name opening at word j is a person's by its grammar (round 63): the
    object of a verb whose object is a person right before it, in the singular ("Tapasin
    Sofia Lindqvistin kävelykadulla": one meets someone; "Tapasimme Aleksis Kiven
    patsaalla" met each other at a statue), or the owner of
    a dwelling in lower case ("Jürgen Hoffmannin talon perustus": a family's home, privacy
    .toml `family_places`; an institution's capitalised head, "Talo", is left)."""
    lexicon = load_name_lexicon()
    if head.islower() and any(
        a.get("CLASS") == "nimisana" and part_of(a, lexicon.family_places)
        for a in voikko.analyze(head)
    ):
        return True
    if j == 0 or not adjacent(text, words[j - 1], words[j]):
        return False
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") != "4"  # a passive's subject is no one named
        and a.get("NUMBER") == "singular"  # "Tapasimme Aleksis Kiven patsaalla": each other
        and a.get("BASEFORM", "").casefold() in lexicon.person_object_verbs
        for a in voikko.analyze(words[j - 1].text.casefold())
    )


#: Capitalised words at most between a name and the company form that ends the firm's name.
_FIRM_WORDS = 2


def _legal_form_after(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    i: int,
    voikko: Analyses,
    *,
    forms_only: bool = False,
    lower: bool = False,
) -> int | None:
    """The index of a company form ("Oy", "Ab", "Ry", a nominative head) that ends a firm's
    name begun by the name at i and one or two capitalised words that are no names, all
    written together ("Hirvosen Kuljetus Oy", "Kauppisen Apteekki Oy"), else None;
    a company form of the lexicon's `company_forms` ends one in any text, `forms_only` (text
    whose capitals tell nothing: "Huttusen Taksi Oy" alone) nothing else does. With `lower`
    (a lone surname's genitive in text with capitals) the words between may be nouns in the
    nominative in lower case when a company form of `company_forms` ends them ("Koskelan
    kotisiivous Oy"; round 44)."""
    lowered = False
    for k in range(i + 1, min(i + 2 + _FIRM_WORDS, len(words))):
        if not adjacent(text, words[k - 1], words[k]):
            return None
        if not words[k].text[:1].isupper():
            if not (lower and _nominative_noun(words[k].text, voikko)) or names[k]:
                return None
            lowered = True
            continue
        if k > i + 1 and words[k].text.casefold() in _company_forms():
            if lowered and text[words[k].end : words[k].end + 1] == ":":
                return None  # "Koskelan tytär Oy:n palveluksessa": her employer's form
            return k  # "Korhosen Kukka Tmi", "Huttusen Taksi Oy"
        head = k > i + 1 and not forms_only and not lowered
        if head and organisation_head(words[k].text, voikko, exact=True):
            return k
        if names[k]:
            return None
    return None


def _nominative_noun(word: str, voikko: Analyses) -> bool:
    """A lower-case noun in the nominative, a firm's trade ("kotisiivous", "kuljetus"): a
    trade or a business's head of the lexicon (`firm_trades`, `business_heads`,
    `trade_heads`, a compound's last part too) or a verb's action noun (-us/-ys, -nta/-ntä,
    -to/-tö: "vuokraus", "neuvonta") or workshop ("maalaamo"); not a postposition or a verb
    ("Koskelan mielestä Oy …", "Koskela sanoi että Oy …"), nor a person, an agent, a group or
    kin ("Koskelan tytär", "Koskelan siivooja", "Koskelan perhe Ry"; review 28 #3)."""
    readings = voikko.analyze(word)
    lexicon = load_name_lexicon()
    trades = {*lexicon.firm_trades, *lexicon.business_heads, *lexicon.trade_heads}
    return (
        word.islower()
        and bool(readings)
        and all(a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" for a in readings)
        and not person_noun(word, voikko)
        and not any(
            part_of(a, lexicon.kin_nouns | lexicon.group_nouns | lexicon.people_nouns)
            for a in readings
        )
        and all(part_of(a, trades) or _action_noun(a) or _workshop(a, voikko) for a in readings)
    )


#: Voikko's WORDBASES endings of a verb's action noun: the work a firm sells.
_ACTION_SUFFIXES = ("(+us)", "(+ys)", "(+ta)", "(+tä)", "(+to)", "(+tö)")


def _action_noun(analysis: dict[str, str]) -> bool:
    """Whether a reading is a noun derived from a verb naming its action ("kuljet(kuljettaa)
    +us", "neuvo(neuvoa)+n+ta", "siir(siirtää)+to"), not an agent's ("siivooja")."""
    return analysis.get("WORDBASES", "").endswith(_ACTION_SUFFIXES)


def _company_forms() -> frozenset[str]:
    return load_name_lexicon().company_forms


def _eponym(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a name at i is followed by a capitalised genitive and a head noun things are
    named with ("Aleksis Kiven päivä", "Minna Canthin katu")."""
    if i + 2 >= len(words) or not adjacent(text, words[i + 1], words[i + 2]):
        return False
    middle = words[i + 1].text
    return (
        middle[:1].isupper()
        and genitive(middle, voikko, unknown=True)
        and organisation_head(words[i + 2].text, voikko)
    )


def _business(word: str, voikko: Analyses, *, trade: bool = False) -> bool:
    """A noun, in lower case or capitalised as a business's name is ("Virtasen Tila tarjoaa"),
    that is a business's head or a compound of one ("leipomo", "kukka+kauppa"), and no name to
    Voikko; `trade`: a head that names a business only when it trades ("puutarha"). A
    compound written with a hyphen that Voikko does not know is read by its last part
    ("kenkä-kauppa": "kauppa")."""
    analyses = voikko.analyze(word.casefold())
    if not analyses and "-" in word:
        analyses = voikko.analyze(word.casefold().rsplit("-", 1)[-1])
    lexicon = load_name_lexicon()
    heads = lexicon.trade_heads if trade else lexicon.business_heads
    return word[1:].islower() and any(
        a.get("CLASS") == "nimisana" and part_of(a, heads) for a in analyses
    )


def _firm_noun(word: Word, voikko: Analyses) -> bool:
    """A capitalised common noun in the nominative, no name nor a noun of people or kin to
    the lexicon ("Leipomo", "Maansiirto"; not "Tilalla", "Tiimi", "Äiti", "Onni")."""
    if word.kind != "other" or not (word.text[:1].isupper() and word.text[1:].islower()):
        return False
    readings = voikko.analyze(word.text.casefold())
    lexicon = load_name_lexicon()
    people = lexicon.person_nouns | lexicon.kin_nouns | lexicon.people_nouns
    return bool(readings) and all(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("BASEFORM", "").casefold() not in people
        for a in readings
    )


def _trade_noun(word: Word, voikko: Analyses) -> bool:
    """A trade of the lexicon's `firm_trades` or a compound ending in one ("Kukkakauppa"),
    or a workshop named by its work ("Sorvaamo": `_workshop`)."""
    trades = load_name_lexicon().firm_trades
    readings = voikko.analyze(word.text.casefold())
    return any(part_of(a, trades) or _workshop(a, voikko) for a in readings)


def _workshop(analysis: dict[str, str], voikko: Analyses) -> bool:
    """A noun derived with -mo/-mö from a verb, the place where its work is done
    ("maalaamo", "sorvaamo", "kutomo", "veistämö"): the stem with the verb's third
    infinitive ending ("maalaamaan", "kutomaan") is that verb to Voikko."""
    base = analysis.get("BASEFORM", "").casefold()
    if analysis.get("CLASS") != "nimisana" or not base.endswith(("mo", "mö")) or len(base) < 6:
        return False
    vowel = "a" if base.endswith("o") else "ä"
    infinitive = f"{base[:-1]}{vowel}{vowel}n"
    return any(a.get("CLASS") == "teonsana" for a in voikko.analyze(infinitive))


def organisation_head(word: str, voikko: Analyses, *, exact: bool = False) -> bool:
    """Whether the word is an organisation's head noun or a compound ending in one
    ("Lastensuojeluliitto"); `exact`: one of the heads that follow a name in the nominative
    ("Instituutin"; not "Kivikylästä", a village, nor "Kunta")."""
    lexicon = load_name_lexicon()
    analyses = voikko.analyze(word)
    bases = {a.get("BASEFORM", "").casefold() for a in analyses} or {word.casefold()}
    if exact:
        return bool(bases & lexicon.nominative_heads)
    if not analyses:
        return word.casefold().endswith(lexicon.organisation_heads)
    heads = lexicon.organisation_heads
    return any(part_of(a, heads) for a in analyses)
