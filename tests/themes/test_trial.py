"""A trial proposed, not told as made (themes/trial.py, seeded42). Notes written for this test
before the reading was run on them, not copied from any dev note: proposals to try a thing out
(a verb or noun of trying, in the conditional, the present passive, a translative "kokeeksi",
an essive "pilottina", a compound "kokeilujakso"), and look-alikes (a trial told in the past
tense or as a past participle, a note with no word of trying). The real spaCy model and Voikko
read them."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import content_lemmas
from muistiinpanot.themes.trial import proposed_trials, trial_lift

TRIALS = [
    "uimahallin aamuvuoroja vois kokeilla yhden talven ja katsoa riittääkö uimareita",
    "kirjastoauto kylille pilottina kolmeksi kuukaudeksi",
    "kokeillaan ensin yhdessä päiväkodissa ruokahävikin punnitsemista",
    "mopokorjaamo nuorisotalolle kokeeksi syksyn ajaksi, sitten arvioidaan",
    "tehdään pieni testi: kaksi koulua saa lainata lumikenkiä",
    "asukaskahvilaa voisi testata kerran kuussa ja kerätä palautetta",
    "terveysaseman iltavastaanotolle puolen vuoden kokeilujakso",
]

LOOKALIKES = [
    "kokeiltiin uutta kahvinkeitintä ja se hajosi viikossa",  # a trial made: past tense
    "testattiin uusia lumikenkiä, ne oli liian raskaita",  # past tense, passive
    "iltavastaanottoa on kokeiltu jo kahtena talvena",  # a past participle
    "uimahalli on auki koko kesän aamuseitsemästä",  # no word of trying
    "kirjastoauto kulkee kylillä joka toinen tiistai",  # no word of trying
]


def _read(texts: list[str], analyzer: LemmaAnalyzer) -> list[bool]:
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
    return proposed_trials(docs, texts, analyzer)


@pytest.mark.parametrize("text", TRIALS)
def test_proposed_trials_reads_a_trial_proposed(text: str, analyzer: LemmaAnalyzer) -> None:
    assert _read([text], analyzer) == [True]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_proposed_trials_leaves_a_trial_made_and_no_trial(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert _read([text], analyzer) == [False]


def test_trial_lift_gives_the_trial_theme_its_margin(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    theme = definitions[-1].id
    texts = [TRIALS[0], LOOKALIKES[0], LOOKALIKES[3]]
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
    settings = ThemeSettings(trial_margin=0.4, trial_theme=theme)
    lift = trial_lift(docs, texts, definitions, analyzer, settings)
    assert lift[:, -1].tolist() == pytest.approx([0.4, 0.0, 0.0])
    assert not lift[:, :-1].any()
    off = ThemeSettings(trial_margin=0.0, trial_theme=theme)
    assert not trial_lift(docs, texts, definitions, analyzer, off).any()
    elsewhere = ThemeSettings(trial_margin=0.4, trial_theme="no-such-theme")
    assert not trial_lift(docs, texts, definitions, analyzer, elsewhere).any()
