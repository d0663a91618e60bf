"""A given name that is also a word, read as a person ("Into hoitaa avaimet", "Usvan äiti";
docs/privacy.md, "Round 21"). The evidence that the word is a given name at all is the
population register's (gazetteer `register`, DVV's first-name statistics): Voikko reads
"Usva", "Into" and "Valo" only as common nouns, and no Faker list has them.

A capitalised word of no name marked yet, whose Voikko reading (or the word itself) in the
nominative or the genitive has a register name as its base form, is a person's name:

- in the nominative opening a clause, or after a fronted adverbial that opens it ("Myös
  Usva", "Ensi viikolla Usva"), as the subject of a predicate only people take
  (evidence.person_predicate: a verb only people do, a past verb of saying, "olla" with a
  person's state); of an opinion held ("oli sitä mieltä": a body holds one, no common noun
  does); of serving in a role ("on ollut omaishoitajana"); or of an errand, being at work
  or a visit (given_frames.errand: "hoitaa avaimet", "on ollut vuorotyössä", "kävi
  katsomassa"); of "olla" with "the only one" or a role, or of a negated verb of a person's
  managing (given_kinds: "Usva oli ainoa joka uskalsi", "Into on meidän yhteyshenkilö",
  "Valo ei päässyt kokoukseen"); of leaving studies or work unfinished (given_kinds.quits:
  "Usva jätti lukion kesken"; no word of nature: "Sade jätti ottelun kesken"); of a verb
  of putting with a message ("Usva laittoi viestiä"); of an act only a person does
  (human_acts.acts: inventing, queueing, calling someone: "Sade soitti sosiaalitoimeen",
  "Usva jäi jonoon"); of going to, visiting or staying away from a gathering people
  attend, or of fetching a person (attending.py: "Usva meni kerhoon", "Aamu jäi kotiin
  kurssilta", "Lumi hakee lapsen kerhosta"); of performing, or of making or mending a
  made thing (doing_frames.py: "Sointu laulaa kuorossa", "Tuuli rakensi laiturin"); with
  it the register names coordinated with it ("Usva, Into ja Kaisla");
- in the allative, of a verb of giving, telling or sending beside it (given_kinds.recipient:
  "Urholle annettiin avaimet", "laitoin Usvalle viestiä");
- in the ablative, beside a verb of coming with something a person utters
  (human_acts.source: "Armaalta tuli hyvä idea");
- in the genitive, as the owner of kin, of an opinion, or before a postposition of company
  with a verb of doing or talking in the clause (given_frames.owner: "Usvan äiti", "Usvan
  tytär", "Valon kanssa sovittiin"); the name's own genitive before a noun, a given name's
  before a group or a view (own_genitives.py, round 74: "Lumin ryhmä", "Kielon ryhmä").

Not so: "Tuuli kävi kovana", "Usva nousi järveltä", "Lumi sulaa", "Into riitti pitkälle"
(no verb of these classes), "Meri oli tyyni" (no person's state), "Aamun palaveri", "Valon
määrä" (no kin), "Onni potkaisi" (a bare verb of no class), a word of nature with an errand's
verb ("Tuuli ajaa lunta") or in a kind of work a force does ("Tuuli on ollut tuhotyössä"),
an abstraction's drive or steering ("Into ajaa meitä eteenpäin", "Usko ohjaa toimintaa"),
a genitive one copes with ("Onnen kanssa selvittiin"); a word the text or the domain's
writers write in lower case.
Lexicon `lexicons/given_words.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.attending import attends
from muistiinpanot.privacy.context import (
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.doing_frames import does
from muistiinpanot.privacy.gazetteer import GAZETTEER, load_gazetteer
from muistiinpanot.privacy.given_frames import errand, owner
from muistiinpanot.privacy.given_kinds import copula, negated, quits, recipient, sender
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.handled_things import handles
from muistiinpanot.privacy.human_acts import acts, source
from muistiinpanot.privacy.kin_owners import titled
from muistiinpanot.privacy.mind_frames import experiences, owns, perceives, possesses, served
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.own_genitives import led_or_stated, owned_by_own_genitive
from muistiinpanot.privacy.predicate import (
    holds_opinion,
    past_conjuncts,
    serves_in_role,
)
from muistiinpanot.privacy.predicate_points import person_predicate
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.subjects import person_essive

#: Voikko's classes of a common word whose base form may be a register name (register_name_form).
_COMMON = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: Voikko's classes of a word's common reading: a noun, an adjective ("Armas"), a verb
#: ("Usko", "Salli"); a given name's reading may stand beside them ("Tuuli").
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "teonsana", GAZETTEER})
#: Voikko's classes and cases of a fronted adverbial before a subject ("Myös", "Mutta",
#: "Viikolla", "Kokouksessa", "Lisäksi", "Usein").
_ADVERB_CLASSES = frozenset({"seikkasana", "sidesana"})
#: Voikko's classes of an attribute of a fronted adverbial ("Ensi", "Viime", "Tällä").
_ATTRIBUTES = frozenset({"laatusana", "asemosana", "lukusana", "seikkasana"})
#: The endings of the cases of a register name read on a word Voikko does not know.
_UNGRADED_ENDINGS = {"ulkotulento": "lle", "omanto": "n"}
_ADVERBIAL_CASES = frozenset(
    {
        "sisaolento",
        "sisaeronto",
        "sisatulento",
        "ulkoolento",
        "ulkoeronto",
        "ulkotulento",
        "olento",
        "tulento",
        "keinonto",
    }
)


def mark_given_words(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> None:
    """Mark the given names of the module docstring (`settings`: `complement_window`, how far
    after "olla" or "toimia" a role in the essive is read, and after "jättää" its "kesken";
    `register_window`, how far from an ablative its verb of coming may stand;
    `attending_frames`, whether attending.py's frames are read). A word the text or the domain's
    writers write in lower case (usage.py) is the word, as for wordlike_names ("aamulla
    oli usva"), except as the subject of an act only a person does (human_acts.acts:
    "Tuuli oli jonottanut tuntikausia", "Tuuli keksi ryhmälle nimen"), as lower_frames.py
    reads it."""
    window, reach = settings.complement_window, settings.register_window
    margin, common = settings.given_genitive_word_margin, settings.given_genitive_common_bearers
    found: list[int] = []
    acting: list[int] = []
    for i, word in enumerate(words):
        if names[i] or not capitalised_word(word) or word.classes - NAME_CLASSES - _WORDS:
            continue
        acted = False
        if register_case(word.text, voikko, "nimento") and opens_subject(text, words, i, voikko):
            nature = nature_word(word, voikko, nouns)
            # "Sade soitti sosiaalitoimeen"; an opinion's holder: no common noun holds one
            # ("Ilo oli sitä mieltä", though the domain writes "ilo"; review 44 #1)
            acted = (
                acts(text, words, i, voikko, nouns)
                or holds_opinion(text, words, i, voikko)
                # "Pilvi hoitaa kirjanpidon", "Ilo toi kokoukseen pullaa": only a person
                or (settings.handled_things and handles(text, words, i, voikko, nouns))
            )
            person = acted or (
                person_predicate(text, words, i, voikko)
                or serves_in_role(text, words, i, voikko, window, person_essive(voikko))
                or errand(text, words, i, voikko, nature=nature)
                # "Usva oli ainoa joka uskalsi", "Aleksi oli ainoa nuori joka"
                or copula(text, words, i, voikko, only_role=settings.lone_given_names)
                or negated(text, words, i, voikko, nature=nature)  # "Valo ei päässyt"
                or sender(text, words, i, voikko)  # "Usva laittoi viestiä"
                or (settings.mind_frames and perceives(text, words, i, voikko))  # "huomasi"
                or (settings.mind_frames and owns(text, words, i, voikko))  # "mursi kätensä"
                or (settings.doing_frames and does(text, words, i, voikko))  # "lauloi"
                or quits(text, words, i, voikko, window, nature=nature)  # "jätti koulun kesken"
                or (
                    settings.attending_frames and attends(text, words, i, voikko, nature=nature)
                )  # "meni kerhoon"
            )
            if person:  # "Usva, Into ja Kaisla hoitavat": the subjects coordinated with it
                found.extend(_coordinated(text, words, i, voikko, names))
        elif register_case(word.text, voikko, "ulkotulento"):
            person = recipient(text, words, i, voikko)  # "Usvalle annettiin avaimet"
        elif register_case(word.text, voikko, "ulkoeronto"):
            person = source(text, words, i, voikko, reach)  # "Armaalta tuli hyvä idea"
        elif settings.mind_frames and register_case(word.text, voikko, "osanto"):
            person = experiences(text, words, i, voikko)  # "Otsoa pelotti"
        else:
            genitive = register_case(word.text, voikko, "omanto")
            heads = settings.given_genitive_heads and genitive  # round 74
            # "Lumin ryhmä": the name's own form, whatever the domain writes of the word
            acted = heads and owned_by_own_genitive(text, words, i, voikko)
            person = (
                genitive
                and (
                    acted
                    or owner(text, words, i, voikko)
                    or (settings.mind_frames and served(text, words, i, voikko))
                    or (settings.mind_frames and possesses(text, words, i, voikko))
                    or (
                        heads and led_or_stated(text, words, i, voikko, margin, common)
                    )  # "Kielon ryhmä"
                )
                and not titled(text, words, i, voikko)  # "näytelmän Joen lapset"
            )
        if person:
            (acting if acted else found).append(i)
    mark_unless_written(found, words, names, voikko)
    for i in acting:  # a frame only a person fits: the domain's lower-case word is no veto
        names[i] = True  # ("Tuuli oli jonottanut tuntikausia"; review 27, mend45's left item)


def opens_subject(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens its clause, or follows a fronted adverbial that does: an adverb or
    a conjunction ("Myös Usva", "Mutta Into"), or a word in a case of place, time or manner
    with one attribute before it at most, an adjective, a pronoun, a numeral or an adverb
    ("Kokouksessa Kaisla", "Ensi viikolla Usva"; not "Peppi ja Sisu")."""
    if opens_clause(text, words[i]):
        return True
    k = i - 1
    if k < 0 or not adjacent(text, words[k], words[i]):
        return False
    readings = voikko.analyze(words[k].text)
    if any(a.get("CLASS") in _ADVERB_CLASSES for a in readings):
        return opens_clause(text, words[k])
    if not any(a.get("SIJAMUOTO") in _ADVERBIAL_CASES for a in readings):
        return False
    if opens_clause(text, words[k]):
        return True
    return (
        k > 0
        and adjacent(text, words[k - 1], words[k])
        and opens_clause(text, words[k - 1])
        and any(a.get("CLASS") in _ATTRIBUTES for a in voikko.analyze(words[k - 1].text))
    )


def _coordinated(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, names: list[bool]
) -> list[int]:
    """The words after subject i coordinated with it (predicate.past_conjuncts) that are
    register names in the nominative as i is, and no other word."""
    return [
        k
        for k in range(i + 1, past_conjuncts(text, words, i + 1))
        if not names[k]
        and capitalised_word(words[k])
        and not words[k].classes - NAME_CLASSES - _WORDS
        and register_case(words[k].text, voikko, "nimento")
    ]


def register_case(word: str, voikko: Analyses, case: str) -> bool:
    """Whether a singular reading of `word` in `case` (or, in the nominative, the word
    itself) is a given name of the population register ("Usvan": usva, "Salli"). The
    ending is read on the word too: a name keeps its stem where the common word grades or
    changes it ("Intolle", "Inton": the word's are "innolle", "innon"; "Lumille", which
    Voikko reads as the plural of "lumi", whose singular is "lumelle"), so its stem is the
    name."""
    register = load_gazetteer().register
    if case == "nimento" and word.casefold() in register:
        return True
    readings = voikko.analyze(word)
    ending = _UNGRADED_ENDINGS.get(case, "")
    stem = word.casefold().removesuffix(ending)
    if ending and stem != word.casefold() and stem in register:
        return True  # "Intolle", "Lumille": the name's stem, where the word's ("innolle",
        # "lumelle") differs and Voikko knows the form only as another word or a plural
    if not readings:
        return False
    return any(
        a.get("SIJAMUOTO") == case
        and a.get("NUMBER", "singular") == "singular"
        and a.get("BASEFORM", "").casefold() in register
        for a in readings
    )


def register_name_form(word: str, voikko: Analyses, case: str) -> bool:
    """Whether `word` is, in `case` (the ablative "ulkoeronto" or the allative "ulkotulento"
    of heard_from.py and thanked_names.py), a form a given name of the population register
    takes, read from a common word's reading (a noun's, an adjective's) whose base form the
    register lists. A name grades as the word does (Voitto → "Voitolta", "Voitolle"); a name
    of an -i word keeps its "i" (Lumi → "Lumilta", "Lumille", which Voikko reads as the
    word's plural), so the word's own e-stem singular ("lumelta", "Onnelle", "Taimelta") is
    no name's form."""
    register = load_gazetteer().register
    folded = word.casefold()
    for a in voikko.analyze(folded):
        if a.get("CLASS") not in _COMMON or a.get("SIJAMUOTO") != case:
            continue
        base = a.get("BASEFORM", "").casefold()
        if base not in register:
            continue
        if folded.startswith(base) if base.endswith("i") else a.get("NUMBER") != "plural":
            return True
    return False


def nature_word(word: Word, voikko: Analyses, nouns: NounSense | None) -> bool:
    """A word of nature by the lexicon's nature nouns or the vectors ("Tuuli", "Usva"); without
    the vectors any word may be one."""
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text)}
    if bases & load_name_lexicon().nature_nouns:
        return True
    return nouns is None or nouns.natural(word.text.casefold())
