"""The first reading of a text's words as names (names.find_name_spans): each word on the
evidence of its own Voikko class and the words nearest it, before the frames and the spreading
of names.py mark more. A strong word is a name; a weak one with a capital inside a sentence, a
context word before it or a verb of asking or telling after it; a weak or unknown word after a
context word; a weak word by its points of evidence (evidence.py); a capitalised unknown word
that NER covers and that acts as a person, or a quoted nickname that does ('"Jonttu" tietää',
not a tool the lexicons list); a word NER covers opening its clause, by a verb in the past; an
ordinary word asked from or sent to ("kysykää kaislalta", "lähetin ehdotuksen Tammelle")."""

from __future__ import annotations

from muistiinpanot.privacy.classify import INHABITANT
from muistiinpanot.privacy.common_frames import common_in_frame
from muistiinpanot.privacy.context import (
    Word,
    after_context_word,
    asking_verb_after,
    before_context_word,
    opens_clause,
)
from muistiinpanot.privacy.cues import surname_shaped
from muistiinpanot.privacy.evidence import name_points, town
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.name_shapes import (
    capital_tells,
    capitals_inflected,
    foreign,
    name_like_noun,
    personal,
    quoted,
    unquoted,
)
from muistiinpanot.privacy.ner import capital_inside_sentence, capitalised_unknown
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate_points import NAME_POINTS, acted_in_past, acts_as_person
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.register_recipients import asked_from, sent_to
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool
from muistiinpanot.privacy.verbs import VerbSense


def read_word_names(
    text: str,
    words: list[Word],
    voikko: Analyses,
    covered: set[int],
    *,
    cased: bool,
    verbs: VerbSense | None,
    nouns: NounSense | None,
    settings: PrivacySettings,
) -> list[bool]:
    """Whether each of `words` is a name on its own evidence (see the module docstring);
    `covered` the indices of the words an NER PERSON span covers, `cased` whether the text
    is normally cased."""
    names = [False] * len(words)
    for i, word in enumerate(words):
        if word.kind != "strong" and _common_frame(text, words, i, voikko):
            continue  # "hissi ei toimi", "tekninen toimi lupas" (review 54 #2)
        capital = cased and (capital_inside_sentence(text, word) or capitals_inflected(text, word))
        weak_evidence = word.kind == "weak" and (
            (capital and capital_tells(word))
            or (before_context_word(text, words, i) and not town(word) and personal(word))
            or asking_verb_after(words, i, voikko)
            # a public told in the passive is no family ("Saarelaisille kerrotaan")
            or (
                not town(word)
                and INHABITANT not in word.classes
                and asking_verb_after(words, i, voikko, telling=True)
            )
        )
        if word.kind == "strong" or weak_evidence:
            names[i] = True
        elif word.kind in ("weak", "unknown") and after_context_word(words, i, voikko):
            names[i] = (
                not word.text.islower()
                # a person noun asked from is the word: "luvan kysyminen asukkaalta"
                or (
                    word.kind == "weak" and not foreign(word) and not person_noun(word.text, voikko)
                )
                or (foreign(word) and not gazetteer_classes([word.text]))  # "fatimalle"
                or surname_shaped(word)  # "kysy karkkaiselta"
            )
        elif word.kind == "weak":  # a nickname's quotes hide no predicate ('"Pate" vastaa')
            read = unquoted(text, word) if quoted(text, word) else text
            points = name_points(read, words, i, voikko, ner=i in covered, verbs=verbs)
            names[i] = points + (capital and not town(word)) >= NAME_POINTS  # a place has one
        elif capitalised_unknown(word) and i in covered:  # "Jonttu tietää", NER and a verb
            names[i] = acts_as_person(text, words, i, voikko, verbs)
        elif capitalised_unknown(word) and quoted(text, word):  # quotes mark a nickname
            # not a tool the lexicons list ('"Zoom" hoitaa'); a verb's vector still counts, as
            # the lexicon's verbs alone lose '"Jonde" ajaa bussia'
            names[i] = not listed_tool(word.text, voikko) and acts_as_person(
                unquoted(text, word), words, i, voikko, verbs
            )
        elif i in covered and opens_clause(text, word) and name_like_noun(word, voikko, nouns):
            names[i] = acted_in_past(text, words, i, voikko, verbs)  # "Sointu tuli": NER, verb
        elif word.kind == "other":  # "kysykää kaislalta", "lähetin ehdotuksen Tammelle"
            reach = settings.register_window
            names[i] = asked_from(text, words, i, voikko, reach=reach, after=True) or (
                cased and sent_to(text, words, i, voikko, reach=reach)
            )
    return names


def _common_frame(text: str, words: list[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i, in lower case, stands in a frame of its ordinary reading right after
    the word before it (common_frames.py: "ei toimi", "tekninen toimi")."""
    if i == 0:
        return False
    before = words[i - 1]
    return common_in_frame(before.text, text[before.end : words[i].start], words[i].text, voikko)
