"""privacy92 (after review 94): a word-name after a fronted time word or adverb, buying or
painting for any word-name, the domain's nature words making a made thing, and nature's
results kept (a hole, a leak, a pattern, a thing broken or split). Sentences of our own,
real spaCy and Voikko; each is read both outside and inside `domain_words(...)`, as a run
reads published text with the example notes' lower-case words (review 94 #2)."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import covered

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy, find_personal_data
from muistiinpanot.privacy.usage import domain_words

#: words a domain's example notes may write in lower case (nature words that are names)
DOMAIN = frozenset({"lumi", "sade", "joki", "tuuli"})
DOMAINS = [frozenset(), DOMAIN]

PERSONS = [
    ("Sunnuntaina Lumi maalasi saunan oven", "Lumi"),  # a fronted time noun
    ("Eilen Kivi teki uudet opasteet", "Kivi"),  # a fronted adverb
    ("Aamupäivällä Lumi osti kahvit", "Lumi"),
    ("Nyt Lumi jakoi kutsukortit naapureille", "Lumi"),
    ("Satu osti kerholle pensselit", "Satu"),  # buying: any word-name, not only nature's
    ("Lumi rakensi uudet penkit", "Lumi"),  # making verbs for the domain's nature words
    ("Joki korjasi kerhon hyllyt", "Joki"),
]
LOOKALIKES = [
    "Myrsky toi mukaan rakeet",  # weather brought (acting.toml weather_nouns)
    "Tuuli toi mukaan sateet",
    "Ruska maalasi vaahteroiden lehdet",  # growth (landscape_nouns: "lehti")
    "Pakkanen teki laseihin kuviot",  # results, no made things (result_nouns)
    "Meri teki reiät veneeseen",
    "Sade teki kattoon vuodon",
    "Lumi teki kattoon halkeaman",
    "Pakkanen teki vesiputket rikki",  # a result state (result_adverbs)
    "Joki jakoi niityn kahtia",
    "Kivi jakoi polun kahteen osaan",  # dividing: one thing, no recipient
    "Illalla tuuli kaatoi puun",  # a fronted time word, nature's own act
    "Eilen lumi sulatti jäät",
]


@pytest.mark.parametrize("domain", DOMAINS, ids=["plain", "domain"])
@pytest.mark.parametrize(("text", "piece"), PERSONS)
def test_publisher_reads_the_word_name_as_a_person(
    defaults: LemmaAnalyzer, text: str, piece: str, domain: frozenset[str]
) -> None:
    with domain_words(domain):
        assert covered(defaults, text, piece, True)


@pytest.mark.parametrize(("text", "piece"), PERSONS[:5])
def test_the_setting_turns_it_off(defaults: LemmaAnalyzer, text: str, piece: str) -> None:
    configure_privacy(
        defaults, dataclasses.replace(PrivacySettings(), publish_acting_word_names=False)
    )
    assert not covered(defaults, text, piece, True)


@pytest.mark.parametrize("domain", DOMAINS, ids=["plain", "domain"])
@pytest.mark.parametrize("text", LOOKALIKES)
def test_publisher_keeps_natures_results(
    defaults: LemmaAnalyzer, text: str, domain: frozenset[str]
) -> None:
    with domain_words(domain):
        assert find_personal_data([text], defaults, cautious=True)[0] == []
