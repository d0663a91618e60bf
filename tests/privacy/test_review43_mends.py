"""Review 43's privacy findings (mend85), on sentences of our own with real spaCy and Voikko:

- #1: a name the notes' own detector marks (as `--redact`'s notes.csv reads notes) is read as
  a name in everything the clinic publishes, also where the domain's example notes write the
  word in lower case ("ilo", joy: a word of the domain, which cleared "Ilo oli sitä mieltä, …");
- #16: no theme label or keyword is such a name;
- #13: a learned name matches a form only where the form is read as the name: not a common
  noun's plural ("illat", evenings, for Ilta; "saarelaisille", to islanders, a derivation in
  -lainen, for Saarelainen)."""

from __future__ import annotations

import pytest

from lemmatized import lemmatized_notes
from muistiinpanot.app.models import Models
from muistiinpanot.app.publish import known_clinic_names, publish_themes
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import domain_words, find_published_data, known_names, redact_notes
from muistiinpanot.records import Theme, ThemeResult

#: Words the domain's example notes write in lower case, as the bundled examples do: "ilo"
#: (joy) and "into" (zeal) are among them.
DOMAIN = frozenset({"ilo", "into", "kirjasto", "aukioloaika"})


def _models(analyzer: LemmaAnalyzer) -> Models:
    return Models(definitions=(), analyzer=analyzer, examples=None, domain_words=DOMAIN)


def _published(analyzer: LemmaAnalyzer, names: frozenset[str], texts: list[str]) -> list[list[str]]:
    with domain_words(DOMAIN), known_names(names):
        found = find_published_data(texts, analyzer, ner=False)
    return [[t[s.start : s.end] for s in spans] for t, spans in zip(texts, found, strict=True)]


CLINIC = (
    "Ilo hoitaa tarjouspyynnön, kysykää häneltä",
    "Ilo oli sitä mieltä et kirjaston aukiolot ei riitä",
    "kirjastoon tarvitaan lisää iltavuoroja",
)


def test_a_name_the_notes_redactor_removes_is_withheld_from_the_post(
    analyzer: LemmaAnalyzer,
) -> None:
    notes = lemmatized_notes(analyzer, CLINIC)
    names = known_clinic_names(notes, _models(analyzer))
    redacted = redact_notes(notes, analyzer, known=names)
    assert "Ilo" not in redacted[0].text  # notes.csv under --redact
    sentence = "Ilo oli sitä mieltä, että kirjaston aukioloajat eivät riitä."
    # the post's sentence is read at least as cautiously as the notes were
    assert _published(analyzer, names, [sentence]) == [["Ilo"]]


def test_no_label_or_keyword_is_a_name_a_note_was_read_for(analyzer: LemmaAnalyzer) -> None:
    notes = lemmatized_notes(analyzer, CLINIC)
    models = _models(analyzer)
    theme = Theme(
        "uusi-1",
        "Muita nostoja: tarjouspyyntö, ilo",
        "emergent",
        label_en="Other points: call for tenders, ilo",
        keywords=("tarjouspyyntö", "ilo", "kirjasto"),
    )
    result = publish_themes(
        ThemeResult((theme,), ()), notes, models, known_clinic_names(notes, models)
    )
    published = result.themes[0]
    assert "ilo" not in published.keywords
    assert "tarjouspyyntö" in published.keywords and "kirjasto" in published.keywords
    assert "ilo" not in published.label.casefold().split()
    # a label with a name is withheld whole, never cut around it (mend146)
    assert published.label == "Muita nostoja" and not published.named


@pytest.mark.parametrize(
    ("notes", "name", "published", "kept"),
    [
        # a plural of the common noun is no person: "illat" (evenings), not Ilta
        (
            ["Ilta lupasi kysyä hinnat", "ilta sanoi et vuorot on täynnä"],
            "ilta",
            "Salin vuorot arkisin, illat ja viikonloput yhdistyksille.",
            "illat",
        ),
        # a plural of a derivation in -lainen: "saarelaisille" (to islanders)
        (
            ["Saarelainen kertoi kokemuksistaan", "kysytään saarelaiselta lisää"],
            "saarelainen",
            "Tiedote saarelaisille lähetetään etukäteen.",
            "saarelaisille",
        ),
        (
            ["Ilta lupasi kysyä hinnat"],
            "ilta",
            "Illat ovat kylällä pitkiä ilman autoa.",
            "Illat",
        ),
    ],
)
def test_a_learned_name_leaves_a_common_nouns_form(
    analyzer: LemmaAnalyzer, notes: list[str], name: str, published: str, kept: str
) -> None:
    names = known_clinic_names(lemmatized_notes(analyzer, notes), _models(analyzer))
    assert name in names
    assert kept not in _published(analyzer, names, [published])[0]


@pytest.mark.parametrize(
    ("notes", "published", "name"),
    [
        (["Ilta lupasi kysyä hinnat"], "Illalta saadaan hinnat ensi viikolla.", "Illalta"),
        (["Ilta lupasi kysyä hinnat"], "Ilta lupasi kysyä hinnat.", "Ilta"),
        (
            ["Saarelainen kertoi kokemuksistaan"],
            "Saarelaisen mukaan lautta on myöhässä.",
            "Saarelaisen",
        ),
    ],
)
def test_a_learned_name_is_still_found_where_it_is_read_as_the_name(
    analyzer: LemmaAnalyzer, notes: list[str], published: str, name: str
) -> None:
    names = known_clinic_names(lemmatized_notes(analyzer, notes), _models(analyzer))
    assert name in _published(analyzer, names, [published])[0]


@pytest.mark.parametrize(
    "text",
    [
        "Saarelaisille kerrotaan lennoista etukäteen.",  # to islanders, opening a sentence
        "Hämäläisille ja virolaisille tehtiin oma kysely.",
        "Karjalaisten murre kiinnosti kävijöitä.",
    ],
)
def test_a_plural_of_an_inhabitants_word_is_no_family(analyzer: LemmaAnalyzer, text: str) -> None:
    """A capitalised plural of a derivation in -lainen that is also a surname is the word
    (islanders, Tavastians), as a plural beside any ordinary word's reading is (#13)."""
    assert _published(analyzer, frozenset(), [text]) == [[]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Virtaset kertoivat kokemuksistaan.", "Virtaset"),  # a family: no ordinary word
        ("Saarelainen kertoi kokemuksistaan.", "Saarelainen"),  # the surname, singular
    ],
)
def test_a_family_and_a_singular_surname_stay_names(
    analyzer: LemmaAnalyzer, text: str, name: str
) -> None:
    assert name in _published(analyzer, frozenset(), [text])[0]
