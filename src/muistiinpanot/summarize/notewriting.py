"""A note's parsed tokens written as the standard has them before its pieces are cut
(notepieces.parse_pieces): agreement and the verb a subject governs (concord.py), possessive
suffixes (possessive.py), a necessive's subject in the genitive (necessive.py), "ne" of people
as "he" (pronouns.py), governed infinitives (government.py) and "ja … ei" as "eikä"
(neither.py), after the parse's misreadings these mends would follow are read right."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.adverbroots import adverb_roots
from muistiinpanot.summarize.appended import plural_predicative
from muistiinpanot.summarize.attributes import infinitive_attributes
from muistiinpanot.summarize.concord import concord_tokens
from muistiinpanot.summarize.conjsubjects import clause_subjects
from muistiinpanot.summarize.government import Governments, govern_verbs
from muistiinpanot.summarize.misreadings import misread_parses
from muistiinpanot.summarize.necessive import genitive_subjects
from muistiinpanot.summarize.neither import negated_coordination
from muistiinpanot.summarize.possessive import add_possessives
from muistiinpanot.summarize.pronouns import personal_pronouns
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.questionolla import question_copulas


def standard_tokens(
    parsed_tokens: Sequence[ParsedToken],
    speller: Speller,
    learned: Governments | None,
    misread: bool,
    appended: bool,
) -> Sequence[ParsedToken]:
    """`parsed_tokens` written as the standard has them (module doc; `learned`:
    government.govern_verbs; `misread`: misreadings.misread_parses; `appended`:
    appended.plural_predicative)."""
    # "joutuu kertoo" → "… kertomaan"; "ovat samat ja vie" → "… ja vievät" (concord.py);
    # "tekevät omat päätökset" → "… päätöksensä" (possessive.py); "ne" of people → "he"
    # "päätös lyhentää aukioloa tehtiin …": the infinitive is the noun's, not its predicate
    parsed_tokens = infinitive_attributes(parsed_tokens, speller)
    # "talot ja matka kestää tunnin": "matka" is the subject of "kestää" (conjsubjects.py)
    parsed_tokens = clause_subjects(parsed_tokens, speller)
    # "montako asiakasta jonossa on.": "on" closes the question, not a clause of its own
    parsed_tokens = question_copulas(parsed_tokens)
    # "jakoperusteet julki": an adverb the parse read as a verb takes no copula
    parsed_tokens = adverb_roots(parsed_tokens, speller)
    if misread:  # "niitto … levittää siemeniä": the root read as a present (misreadings.py)
        parsed_tokens = misread_parses(parsed_tokens, speller)
    written = add_possessives(concord_tokens(parsed_tokens, speller), speller)
    if appended:  # "Lämmitys ja sähkö ovat kalliita" (appended.py)
        written = plural_predicative(written, speller)
    written = genitive_subjects(written, speller)  # "X pitäisi olla" → "X:n …"
    written = personal_pronouns(written, speller)
    tokens = govern_verbs(written, speller, learned)
    return negated_coordination(tokens, speller)  # "ja kukaan ei" → "eikä kukaan"
