"""Review 52's personal-data findings (mend108), on sentences of our own with real spaCy and
Voikko (docs/privacy.md, "Review 52 mends (mend108)"). The tables were written before the
rule and run on lead e074f9d; the comment says what lead did.

- a given name that is also a word's form, subject of a person's act with "one of us"
  between it and its verb: an elative of a group with a plural personal pronoun's genitive
  ("Aino tästä meidän ryhmästä vetää lukupiiriä"; the verb is the subject's, past the
  phrase, as past an adverb);
- a name the clinic makes known is not matched by a word that is the base form of a common
  word ("ainoa", the adjective, is also Aino's partitive to Voikko)."""

from __future__ import annotations

from kinds_cases import finds, leaves

from lemmatized import lemmatized_notes
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data, known_names, redact_notes

MEMBERS = [  # all missed on lead
    ("Aino meidän porukasta vetää kuoroa torstaisin.", "Aino"),
    ("Helmi teidän tiimistä hoitaa ilmoittautumiset.", "Helmi"),
    ("Tuuli tästä meidän ryhmästä kokoaa palautteet viikon loppuun mennessä.", "Tuuli"),
    ("Aino heidän kerhostaan lupasi kysyä tiloja.", "Aino"),
]
MEMBER_LOOKALIKES = [  # all left on lead
    ("Valo meidän ikkunasta riittää lukemiseen.", "Valo"),
    ("Usko meidän porukasta on kadonnut.", "Usko"),
    ("Tuuli meidän pihalta vei roskat.", "Tuuli"),
    ("Ainoa meidän ryhmästä tullut ehdotus koski aukioloja.", "Ainoa"),
    ("Palaute meidän ryhmästä oli myönteistä.", "Palaute"),
]

test_members = finds(MEMBERS)
test_member_lookalikes = leaves(MEMBER_LOOKALIKES)

#: Text in which "ainoa" and "Ainoa" are the adjective, beside forms that are Aino's.
ONLY_ONE = [
    "kirjasto on ainoa ilmainen lämmin paikka kylällä",
    "Ainoa keino on kysyä asukkailta.",
    "puhelin on meidän ainoa yhteys",
]
AINO = ["Ainolle soitettiin eilen.", "Ainon mielestä kioski ei riitä.", "Aino lupasi tulla."]


def test_a_known_name_is_not_matched_by_a_words_base_form(analyzer: LemmaAnalyzer) -> None:
    with known_names(frozenset({"aino"})):
        spans = find_published_data([*ONLY_ONE, *AINO], analyzer, ner=False)
    assert spans[: len(ONLY_ONE)] == [[]] * len(ONLY_ONE)
    for text, found in zip(AINO, spans[len(ONLY_ONE) :], strict=True):
        assert [text[s.start : s.end] for s in found] == [text.split()[0]]


def test_redact_keeps_the_adjective_and_removes_the_member(analyzer: LemmaAnalyzer) -> None:
    """The review's small input: under --redact (known: the clinic's own names) "ainoa"
    stays, and Aino of the group goes as Marjatta goes."""
    texts = [
        "kirjasto on ainoa ilmainen lämmin paikka kylällä",
        "Aino tästä meidän ryhmästä vetää lukupiiriä siellä",
        "Marjatta tästä meidän ryhmästä vetää lukupiiriä siellä",
        "Aino lupasi selvittää asian",
    ]
    notes = lemmatized_notes(analyzer, texts)
    redacted = redact_notes(notes, analyzer, known=frozenset({"aino", "marjatta"}))
    assert redacted[0].text == texts[0]
    assert "ainoa" in redacted[0].lemmas
    assert all("Aino" not in n.text and "Marjatta" not in n.text for n in redacted[1:])
