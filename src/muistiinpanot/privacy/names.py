"""Person names with Voikko's name classes, spaCy's NER and context, in any casing.

Each word is classed by its Voikko analyses: `strong` when every analysis is a first name or
surname ("Pekka", "virtaselta"), `weak` when it is also an ordinary word ("toivo", "Mäki",
"Anna"), `unknown` when Voikko does not know it, `other` otherwise. A strong word is a name in
any casing; a weak one needs evidence: a capital inside a sentence of normally-cased text, a
name next to it ("toivo virtanen", a first name before a surname), or a context word before it
("kysy onnilta", "puheenjohtaja Niemi"). An unknown word is a name only beside another name or
after a context word, and only with a capital. An NER PERSON span counts only when one of its
words is a name-like word (this keeps "KPI:t" and "Hiilineutraalius" out). The checks of a
word's shape (casing, quotes, initials) are in name_shapes.py, the points of evidence in
evidence.py, each word's first reading on that evidence in word_names.py, and the words read
as names that name no person (firms, places, works) are dropped in name_drops.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.account_sources import mark_account_sources
from muistiinpanot.privacy.asked_places import mark_asked_or_sent
from muistiinpanot.privacy.called_names import mark_called_names
from muistiinpanot.privacy.classify import classify_word
from muistiinpanot.privacy.companions import mark_adjective_companions, mark_calling_askers
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.cues import (
    initial_start,
    mark_coordinated_proper,
    mark_genitive_surnames,
    mark_identified,
    mark_initialled,
    mark_spelled_in_email,
    mark_titled,
    mark_titled_places,
)
from muistiinpanot.privacy.double_surnames import mark_double_surnames
from muistiinpanot.privacy.family_persons import family_person_ranges
from muistiinpanot.privacy.foreign import mark_foreign_full_names
from muistiinpanot.privacy.foreign_escapes import mark_foreign_escapes
from muistiinpanot.privacy.foreign_frames import mark_foreign_frames
from muistiinpanot.privacy.frames import mark_person_frames
from muistiinpanot.privacy.given_words import mark_given_words
from muistiinpanot.privacy.habitive_owners import mark_habitive_owners
from muistiinpanot.privacy.handed_names import mark_handed_names, mark_thanked_lower
from muistiinpanot.privacy.heard_from import mark_heard_from
from muistiinpanot.privacy.kin_appositions import mark_kin_full_names
from muistiinpanot.privacy.kin_owners import mark_kin_owners
from muistiinpanot.privacy.lone_given import mark_lone_given_names
from muistiinpanot.privacy.lower_frames import mark_lower_given_names
from muistiinpanot.privacy.lower_full_names import mark_lower_full_names
from muistiinpanot.privacy.lower_pairs import mark_lower_pairs
from muistiinpanot.privacy.name_drops import drop_things
from muistiinpanot.privacy.name_parts import mark_name_parts
from muistiinpanot.privacy.name_shapes import (
    abbreviation,
    foreign,
    normally_cased,
    with_initial,
)
from muistiinpanot.privacy.named_as import mark_named_as
from muistiinpanot.privacy.neighbours import (
    mark_given_before_surname,
    pair_given_and_surnames,
    same_name_again,
    spread_to_neighbours,
)
from muistiinpanot.privacy.ner import ner_names
from muistiinpanot.privacy.nickname_names import mark_nicknames
from muistiinpanot.privacy.nickname_owners import mark_nickname_owners
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.owed_names import mark_owed_names
from muistiinpanot.privacy.paid_names import mark_paid_names
from muistiinpanot.privacy.predicate_points import acting_person
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.quoted_nicknames import mark_quoted_nicknames
from muistiinpanot.privacy.quoted_predicates import mark_quoted_predicates
from muistiinpanot.privacy.register_conjuncts import mark_register_conjuncts
from muistiinpanot.privacy.register_recipients import (
    mark_askers,
    mark_paid_or_asked,
)
from muistiinpanot.privacy.role_appositions import mark_role_appositions
from muistiinpanot.privacy.role_pairs import mark_role_pairs
from muistiinpanot.privacy.roles import mark_person_roles
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.signers import mark_signers
from muistiinpanot.privacy.spans import PersonalSpan
from muistiinpanot.privacy.structure import (
    mark_appositions,
    spread_coordination,
)
from muistiinpanot.privacy.subjects import mark_coordinated_subjects
from muistiinpanot.privacy.surname_words import mark_surname_words
from muistiinpanot.privacy.syllable_names import join_syllable_names
from muistiinpanot.privacy.thanked_names import mark_thanked_given_names
from muistiinpanot.privacy.tools import drop_tools
from muistiinpanot.privacy.trade_titles import mark_trade_titled
from muistiinpanot.privacy.treated_names import mark_treated_names
from muistiinpanot.privacy.unknown_names import mark_unknown_names
from muistiinpanot.privacy.verbs import VerbSense
from muistiinpanot.privacy.word_given_pairs import extend_word_given
from muistiinpanot.privacy.word_names import read_word_names
from muistiinpanot.privacy.wordlike_names import mark_wordlike_given_names

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def find_name_spans(
    text: str,
    voikko: Analyses,
    ner_spans: Sequence[tuple[int, int]] = (),
    *,
    verbs: VerbSense | None = None,
    nouns: NounSense | None = None,
    spelled: frozenset[str] = frozenset(),
    settings: PrivacySettings = DEFAULT_SETTINGS,
    cautious: bool = False,
) -> list[PersonalSpan]:
    """Name spans in `text` (one per word; merge them with spans.merge_spans); `verbs` reads
    the verbs no list names, `spelled` are the pieces of the text's e-mail addresses;
    `cautious`: the text is to be published (see detect.find_personal_data)."""
    words = [
        Word(m.start(), m.end(), m.group(0), *classify_word(m.group(0), voikko, settings))
        for m in _WORD.finditer(text)
    ]
    cased = normally_cased(words)
    if cased:  # capitals inside normal text are an abbreviation ("ELYn"), not a foreign name
        words = [abbreviation(w) if foreign(w) and w.text[:2].isupper() else w for w in words]
    covered = {i for i, w in enumerate(words) for a, b in ner_spans if w.start < b and w.end > a}
    names = read_word_names(
        text, words, voikko, covered, cased=cased, verbs=verbs, nouns=nouns, settings=settings
    )
    mark_nicknames(
        text, words, names, voikko, verbs=verbs, covered=covered, cased=cased, settings=settings
    )
    if settings.nickname_owners:  # "Tapsan traktorilla", "Antsalla on"
        mark_nickname_owners(text, words, names, voikko, cased=cased, settings=settings)
    if settings.habitive_owners:  # "Onnilla on avaimet", "avain on Lumilla", "kävin Kivellä"
        z = settings.habitive_zipf
        other = settings.habitive_other_lemma  # "Sannalla on avaimet" (privacy90)
        mark_habitive_owners(
            text, words, names, voikko, cased=cased, zipf_limit=z, other_lemma=other
        )
    mark_askers(text, words, names, voikko)  # "armas kysyi saako …"
    if settings.paid_or_asked:  # "Lumille maksettiin", "Toivoa pyydettiin tarkistamaan"
        mark_paid_or_asked(text, words, names, voikko, reach=settings.bidden_window)
    if settings.owed_names:  # "Tuulille pitäis maksaa", "Kivelle maksettiin" (round 73)
        mark_owed_names(text, words, names, voikko, settings)
    if settings.handed_names:  # "Toivolle luvattiin", "Sirkalta lainattiin" (round 75)
        mark_handed_names(text, words, names, voikko, reach=settings.register_window)
    if settings.treated_names:  # "Kaislaa onniteltiin", "Tuulia pitäis kiittää" (round 76)
        mark_treated_names(text, words, names, voikko)
    if settings.thanked_lower_names:  # "kiitti paula" (round 75)
        mark_thanked_lower(
            text,
            words,
            names,
            voikko,
            margin=settings.given_genitive_word_margin,
            common=settings.given_genitive_common_bearers,
        )
    mark_initialled(text, words, names)  # "e. kuusisto"
    mark_titled(text, words, names, voikko)  # "insinööri Kuusi"
    if settings.trade_titles:  # "puutarhuri Kataja istutti", "torikauppias Kivi sanoi"
        mark_trade_titled(text, words, names, voikko, verbs)
    mark_titled_places(text, words, names, voikko)  # "työvalmentaja Lahti soitti"
    mark_thanked_given_names(text, words, names, voikko)  # "Kiitos Voitolle"
    # 'kutsuvat häntä "Jokeksi"', 'lempinimensä on "Joke"'
    mark_called_names(text, words, names, voikko, nouns, reach=settings.register_window)
    if settings.quoted_predicates:  # '"Taisto" on joukkueen nuorin pelaaja'
        mark_quoted_predicates(text, words, names, voikko, settings)
    if settings.lower_case_frames:  # "usva jäi jonoon", "kiitos voitolle"
        mark_lower_given_names(text, words, names, voikko, nouns, window=settings.complement_window)
    mark_signers(text, words, names, voikko)  # "puolesta kirjoitti LEPPÄ"
    mark_identified(text, words, names, voikko)  # "Tammelle …, se on kiinteistöpäällikkö"
    mark_coordinated_proper(text, words, names, voikko)  # "Honka ja Kataja olivat lomalla"
    if settings.register_conjuncts:  # "Sade ja Valo kävivät", the writer's capitals
        mark_register_conjuncts(text, words, names, voikko, nouns, verbs)
    mark_coordinated_subjects(
        text, words, names, voikko, verbs=verbs, covered=covered, settings=settings
    )
    mark_spelled_in_email(words, names, voikko, spelled)  # "Päivin" beside paivi.lindholm@
    mark_person_roles(
        text, words, names, voikko, nouns=nouns, cased=cased, settings=settings, cautious=cautious
    )
    acting = acting_person(text, words, names, voikko, verbs)
    window, agreeing = settings.system_verb_window, settings.lone_given_names
    blocked = drop_tools(
        text, words, names, voikko, acting, cased=cased, window=window, agreeing=agreeing
    )
    spread_to_neighbours(text, words, names, cased=cased)  # "toivo virtanen"
    mark_appositions(text, words, names, voikko, cased=cased)
    spread_coordination(text, words, names, voikko, cased=cased, settings=settings)
    spread_to_neighbours(text, words, names, cased=cased)  # "Sulo Kataja (puheenjohtaja)"
    pair_given_and_surnames(text, words, names, cased=cased)  # "matti mäki"
    if settings.lower_full_names:  # "minna honka toi", "lähetti timo vaara"
        mark_lower_full_names(text, words, names, voikko, acting, verbs)
        mark_lower_pairs(text, words, names, voikko, acting, settings, verbs)  # "jukka kivi"
    mark_foreign_full_names(text, words, names, voikko, verbs=verbs, settings=settings)
    if settings.role_appositions:  # "Poimija Supaporn Chaiyasit loukkasi"
        mark_role_appositions(text, words, names, voikko, nouns)
    mark_foreign_escapes(text, words, names, voikko, nouns, settings.complement_window)
    mark_role_pairs(text, words, names, voikko, nouns, settings.complement_window)  # "tulkkina"
    mark_genitive_surnames(text, words, names, voikko, nouns)  # "Karhun Ossi", "Kemi Raili"
    mark_given_before_surname(text, words, names, voikko)  # "Lyydia Paananen"
    # "Pajun perhe", "Senait Tesfayen perhe"; in text to publish "Tammen perhe menetti …" too
    mark_kin_owners(text, words, names, voikko, settings, cautious=cautious, nouns=nouns)
    earlier = list(names)
    mark_unknown_names(text, words, names, voikko, settings, verbs)  # "Sita Gurungille …"
    same_name_again(words, names, voikko)
    mark_name_parts(text, words, names, voikko, settings, covered)  # "Usva Korhonen … Usvan"
    mark_person_frames(text, words, names, voikko, nouns=nouns, settings=settings)
    mark_wordlike_given_names(text, words, names, voikko, nouns, settings.complement_window)
    mark_given_words(text, words, names, voikko, nouns, settings)  # "Into hoitaa"
    if settings.lone_given_names:  # "emmi ja sara hoitaa", "Kaijan mukaan"
        mark_lone_given_names(
            text, words, names, voikko, nouns, place_zipf=settings.lone_place_zipf
        )
    if settings.account_sources:  # "Kiven mukaan kukat tuplaa sadon", "matin mukaan"
        z, m = settings.lone_place_zipf, settings.account_word_margin
        mark_account_sources(text, words, names, voikko, place_zipf=z, word_margin=m)
    if settings.surname_words:  # "Kuuselle pitää ilmoittaa", "Kuuselta tuli kysymys"
        mark_surname_words(text, words, names, voikko, reach=settings.register_window)
    mark_heard_from(text, words, names, voikko, reach=settings.register_window)  # "Onnilta kuulin"
    if settings.asked_or_sent_names:  # "Kysykää Saanalta", "Lumille lähti kirje" (round 69)
        window = settings.register_window
        mark_asked_or_sent(
            text, words, names, voikko, reach=window, clause=settings.sent_clause_window
        )
    mark_adjective_companions(text, words, names, voikko)  # "Armaan kanssa"
    mark_calling_askers(text, words, names, voikko)  # "Kivi soitti ja kysyi"
    mark_double_surnames(words, names, voikko)  # "Peura-Aholla on"
    mark_paid_names(text, words, names, voikko, settings, cautious=cautious)  # "Chidi Okaforille"
    mark_named_as(text, words, names, voikko, nouns)  # "Siivoojamme nimi oli Yeon-woo Park"
    mark_kin_full_names(text, words, names, voikko)  # "oppilaan äiti marjut kettula"
    mark_foreign_frames(text, words, names, voikko, settings, nouns)  # "opettaja on Ewan"
    if settings.quoted_nicknames:  # 'Maija "Murskaaja" Hautala', '"Kotka" eli Markku Koski'
        mark_quoted_nicknames(text, words, names, voikko, settings.complement_window, ner_spans)
    # the frames of a person read after the spreading find names too: their conjuncts are
    # names ("Tsion Bekele ja Odulami kertoivat", "Babatunden ja Oluwaseunin serkku"; round 41)
    late = [n and not e for n, e in zip(names, earlier, strict=True)]
    spread_coordination(text, words, late, voikko, cased=cased, settings=settings)
    names[:] = [n or k for n, k in zip(names, late, strict=True)]
    join_syllable_names(text, words, names, voikko)  # "Min-jun Kim", the given name too
    # what the names read so far name that is no person: firms, places, works (name_drops.py)
    blocked += drop_things(text, words, names, voikko, acting, cased, nouns, verbs, settings)
    extend_word_given(text, words, names, voikko, blocked, settings, nouns)  # "valo järvinen"
    spans = [
        PersonalSpan(initial_start(text, w.start), with_initial(text, w.end), "nimi")
        for w, n in zip(words, names, strict=True)
        if n
    ]
    spans += ner_names(text, words, ner_spans, voikko)
    spans = [s for s in spans if not any(s.start < b and a < s.end for a, b in blocked)]
    if settings.family_person_genitives:  # "Hän kävi Laitisen kaupassa", after every drop
        found = family_person_ranges(text, words, voikko, trades=settings.family_trades)
        spans += [PersonalSpan(a, b, "nimi") for a, b in found]
    return spans
