"""Review 78 (docs/privacy.md, "Review 78 mends (mend162)"): forms of a person's age that
ages.py missed (an inflected "-vuotias", "v." in brackets, an en dash, spoken "vee", "vanha"
after a given name), the name's span cut short of its age, and over-redaction (a lower-case
register word in a note written with capitals; "vuotta" followed by an adverb of span).

Sentences of our own, written before the code changed; on lead 0a253eb5 FRESH_PERSONS,
FRESH_LOOKALIKES and the spans below fail, after the mend they pass.
"""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import redact_text
from muistiinpanot.privacy.ages import aged_names

#: (text, piece): a person's age after a given name, in forms lead's pattern lacked
FRESH_PERSONS = [
    ("Usko 81-vuotiaan mielestä linja-auto kulkee liian harvoin", "Usko"),
    ("Kerttu 79-vuotiaalle ei ole soitettu takaisin", "Kerttu"),
    ("Tuuli (84 v.) kertoi ettei pankki vastaa", "Tuuli"),
    ("Rauha 77–v toivoi kotikäyntiä", "Rauha"),
    ("Lumi 66 vee kysyi tabletista", "Lumi"),
    ("Impi 90 vuotta vanha asuu yksin kylällä", "Impi"),
    ("Satu 86 vuotta vanha odottaa leikkausta", "Satu"),
]
#: (text, piece): no person's age, though the word is a given name to Voikko
FRESH_LOOKALIKES = [
    ("Meillä usko 5v parempaan on jo hiipunut.", "usko"),
    ("Täällä toivo 3v kestävästä ratkaisusta on mennyt.", "toivo"),
    ("Voitto 3 vuotta peräkkäin jäi naapurille", "Voitto"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)

#: Written with the above, still published: "putkeen" is to Voikko also a noun's illative
#: ("putki"), so the span of years is not read (the rule reads an adverb only).
LEFT = [("Voitto 4 vuotta putkeen meni muualle", "Voitto")]

test_left = pytest.mark.xfail(strict=True, reason="an adverb that is a noun's case")(leaves(LEFT))


def test_the_age_goes_with_the_name(analyzer: LemmaAnalyzer) -> None:
    """The name's span runs over the age right after it (lead c12f76fe redacted "Mirjami
    92v" whole; mend157 left "92v sanoi" published after the name)."""
    redacted = redact_text("Hilkka 93v sanoi et pelkää avata ovea", analyzer)
    assert "Hilkka" not in redacted
    assert "93v" not in redacted
    assert "sanoi et pelkää" in redacted


def test_ages_outside_a_life_are_no_ages(analyzer: LemmaAnalyzer) -> None:
    """1 to 120 years: 0 and 150 are no person's age (review 78 #6: the bound's mutant)."""
    assert aged_names("Aino 91v sanoi", analyzer.voikko) == [(0, 4)]
    assert aged_names("Aino 150v sanoi", analyzer.voikko) == []
    assert aged_names("Aino 0v sanoi", analyzer.voikko) == []


def test_lower_case_given_word_in_lower_case_text(analyzer: LemmaAnalyzer) -> None:
    """In a note all in lower case a register given name may be the person's ("sulo 85v")."""
    assert aged_names("sulo 85v kysyi videopuhelusta", analyzer.voikko) == [(0, 4)]
