"""The second half of reading names (names.find_name_spans): of the words read as names so
far, those that name no person (a firm, an organisation, a place, a named thing, a work, an
epithet) are unmarked, and the character ranges they cover returned, so that no other
reading (NER) marks them again. Each rule's own module says what it drops."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.compound_names import drop_compound_names
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.epithets import drop_epithets
from muistiinpanot.privacy.evidence import person_evidence
from muistiinpanot.privacy.firm_names import (
    drop_firm_names,
    drop_named_pairs,
    drop_unit_compounds,
)
from muistiinpanot.privacy.la_places import drop_la_places
from muistiinpanot.privacy.lookalikes import drop_lookalikes
from muistiinpanot.privacy.named import drop_named_things
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.organisations import drop_organisations
from muistiinpanot.privacy.predicate_points import trading_subject
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.surname_places import drop_hyphened_places, drop_surname_places
from muistiinpanot.privacy.things import drop_companies, drop_firms, drop_namesakes, drop_places
from muistiinpanot.privacy.verbs import VerbSense
from muistiinpanot.privacy.works import drop_works


def drop_things(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
    cased: bool,
    nouns: NounSense | None,
    verbs: VerbSense | None,
    settings: PrivacySettings,
) -> list[tuple[int, int]]:
    """Unmark in `names` the words that name no person, in this order, and return the ranges
    they cover; `acting`: predicate_points.acting_person of the names as read."""
    blocked: list[tuple[int, int]] = []
    blocked += drop_compound_names(text, words, names, voikko)  # "Tuuli ja Aurinko -hanke"
    blocked += drop_firms(text, words, names)  # "Lassila & Tikanoja"
    blocked += drop_namesakes(text, words, names, voikko)  # "Canthin mukaan nimetty"
    trading = trading_subject(text, words, voikko, verbs)  # the subject of a business verb
    reach = settings.hiring_object_window  # "Tolvasen tila ottaa kaksi harjoittelijaa"
    own = settings.owner_persons  # "Tapasin Sofia Lindqvistin kävelykadulla" (round 63)
    groups = settings.group_and_firm_owners  # "Aarne Heikkilän perikunta" (round 69)
    blocked += drop_organisations(
        words,
        names,
        text,
        voikko,
        cased=cased,
        trading=trading,
        hiring_reach=reach,
        persons=own,
        groups=groups,
    )
    blocked += drop_places(  # "Ruka ja Levi"; not "Levin ja Lapin mielestä"
        text, words, names, lambda k: acting(k) or person_evidence(text, words, k, voikko)
    )
    blocked += drop_named_things(
        text,
        words,
        names,
        voikko,
        window=settings.complement_window,
        acting=acting,
        habitive=settings.habitive_not_thing,  # "Kallella on auto" (privacy88)
    )  # "ravintola Helmi"
    blocked += drop_companies(text, words, names, trading)
    blocked += drop_lookalikes(  # "kissa nimeltä X"
        text, words, names, voikko, cased=cased, language_window=settings.language_noun_window
    )
    if settings.surname_places:  # "Väisäsen tila on suojeltu", "Sirviön taksi hoitaa"
        blocked += drop_surname_places(text, words, names, voikko, cased=cased)
        blocked += drop_hyphened_places(text, words, names, voikko, cased=cased)  # "Ilves-halli"
    if settings.place_and_firm_shapes:  # "Koneliike Niemiselle", "Mäntylässä" (round 67)
        blocked += drop_firm_names(text, words, names, voikko, cased=cased)
        blocked += drop_unit_compounds(text, words, names, voikko, nouns)  # "Liikuntatoimi"
        blocked += drop_named_pairs(text, words, names, voikko, acting)  # "Aurora Borealis"
        window = settings.complement_window
        blocked += drop_la_places(text, words, names, voikko, cased=cased, window=window)
    blocked += drop_epithets(  # "Risto Räppääjä"
        text, words, names, voikko, acting, cased=cased, window=settings.role_window
    )
    blocked += drop_works(  # "Topeliuksen sadut"
        text, words, names, voikko, cased=cased, window=settings.maker_head_window, persons=own
    )
    return blocked
