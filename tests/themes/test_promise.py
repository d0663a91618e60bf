"""A promise said, then not kept (themes/promise.py, seeded40). Notes written for this test
before anything was tuned, on topics of no dev round, kept apart from every dev round: twelve
broken promises told as events, and twelve look-alikes (a promise kept, a promise about the
future, a "lupa" permit, a saying of what happened, an event with no promise). The real spaCy
model and Voikko read them; a note the reading misses is a strict xfail with its reason. One
of them, the library bus's, was a strict xfail at first and was mended by adding `lopettaa` to
the verbs of undoing (lexicons/commitment.toml) after it had failed: it is no longer a note
written before tuning (review 74 #7).

mend152 (review 74 #2) added `BROKEN_MORE` and `LOOKALIKES_MORE`, written before promise.py
was changed, on topics of no dev round: kept promises told with "-kin" ("ja niin se
tekikin"), a negative promise kept ("lupasi ettei X nouse, eikä noussut"), a negation in the
next sentence, a report followed by "eikä kukaan"; and broken promises near them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pytest

import muistiinpanot.themes.assign as assign_module
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.promise import broken_promises, promise_lift

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

BROKEN = [
    "uimahallin remontin piti valmistua syksyllä, niin luvattiin, mut ovet on yhä kiinni",
    "kunta lupas aurata kylätien aamuseitsemään mennessä eikä aura oo näkyny koko talvena",
    "valokuidun luvattiin tulevan joka taloon, vieläkään ei oo kaivettu metriäkään",
    # an xfail at first (no negation, no contrast): read since `lopettaa`, a verb of undoing
    "sanottiin et kirjastoauto jatkaa reittiä, sit se lopetettiin ilman ilmotusta",
    "terveyskeskus vakuutti että ajan saa viikossa, mutta jonotin kaks kuukautta",
    "nuorisotalon aukioloista sovittiin keväällä mutta syksyllä ovi oli lukossa",
    "liikennelaitos ilmoitti että vuoro säilyy, eikä se säilyny",
    "meille taattiin et avustus maksetaan kesäkuussa, ei oo vieläkään tilillä",
    "vesiosuuskunta lupautui korjaamaan putken ennen pakkasia vaikka mitään ei tapahtunu",
    pytest.param(
        "rehtori kerto hoitavansa asian, sen jälkeen ei kuulunu mitään",
        marks=pytest.mark.xfail(
            strict=True,
            reason="spoken 'kerto' is lemmatized 'kerto' (Voikko: a noun), not 'kertoa'",
        ),
    ),
    "hoivakodin omaisille luvattiin viikottainen tiedote eikä yhtäkään oo tullu",
    "metsäyhtiö sitoutui kunnostamaan tien hakkuiden jälkeen mutta tie on edelleen pilalla",
]

LOOKALIKES = [
    "kunta lupas aurata kylätien ja aura kävi joka aamu",  # a promise kept
    "luvattiin et valokuitu tulee syksyllä ja nyt se toimii",  # a promise kept
    "kaupunki lupaa korjata uimahallin ensi vuonna",  # a promise about the future
    "rehtori lupaa selvittää asian ensi viikolla",  # a promise about the future
    "rakennuslupaa ei saatu ajoissa joten työt alko myöhässä",  # a "lupa" permit
    "lupa kalastaa ei koske järven pohjoisosaa",  # a "lupa" permit
    "kerrottiin että sali oli kiinni koko viikon",  # a saying of what happened
    "hän sanoi ettei tiennyt mitään koko asiasta",  # a saying of what happened, negated
    "kirjastoauton reitti lopetettiin eikä sitä korvattu millään",  # an event, no promise
    "bussi ei kulje enää sunnuntaisin",  # an event, no promise
    "sovittiin et tavataan taas maaliskuussa",  # an agreement, nothing undone
    "avustus maksettiin ajallaan mutta se oli pienempi kuin haettiin",  # an event, no promise
]

BROKEN_MORE = [
    "kaupunki lupasi ettei uimarantaa suljeta, mutta se suljettiin jo kesäkuussa",
    "sovittiin et kerho jatkuu syksyllä, se olikin sit viimeinen kerta",
    "luvattiin et pururata valaistaan. Vieläkään ei oo valoja.",
    "isännöitsijä lupasi korjata hissin viikossa eikä korjannut",
    "kerrottiin että neuvola pysyy kylällä, mut se siirrettiin kaupunkiin",
    "lupasivat ettei hinta nouse, mutta se nousikin heti",
]

NOBODY = (
    "a negation of how people took the news ('eikä kukaan ollut yllättynyt') is read as the "
    "negation of what was said: nothing in the parse tells it from 'eikä kukaan tullut korjaamaan'"
)

LOOKALIKES_MORE = [
    "seurakunta lupasi kunnostaa leirikeskuksen saunan ja niin se tekikin",  # kept, "-kin"
    "vanhempainyhdistys lupas järjestää kevätjuhlan ja järjestikin sen",  # kept, "-kin"
    "taloyhtiö lupasi ettei vastike nouse ja se ei noussut",  # a negative promise kept
    "kaupunki lupasi ettei päiväkotia suljeta, eikä sitä suljettu",  # a negative promise kept
    "luvattiin uudet penkit puistoon. Suihkulähde ei toimi kesällä.",  # next sentence
    "sovittiin talkoista lauantaille. Sadetta ei onneksi tullut.",  # next sentence
    pytest.param(
        "ilmoitettiin että kyläkoulu jatkaa, eikä kukaan ollut yllättynyt",
        marks=pytest.mark.xfail(strict=True, reason=NOBODY),
    ),
    pytest.param(
        "kerrottiin että kirjasto laajenee eikä kukaan vastustanut",
        marks=pytest.mark.xfail(strict=True, reason=NOBODY),
    ),
]


@pytest.mark.parametrize("text", BROKEN_MORE)
def test_broken_promises_reads_more_promises_not_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert broken_promises([text], analyzer) == [True]


@pytest.mark.parametrize("text", LOOKALIKES_MORE)
def test_broken_promises_leaves_kept_promises(text: str, analyzer: LemmaAnalyzer) -> None:
    assert broken_promises([text], analyzer) == [False]


@pytest.mark.parametrize("text", BROKEN)
def test_broken_promises_reads_a_promise_not_kept(text: str, analyzer: LemmaAnalyzer) -> None:
    assert broken_promises([text], analyzer) == [True]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_broken_promises_leaves_lookalikes(text: str, analyzer: LemmaAnalyzer) -> None:
    assert broken_promises([text], analyzer) == [False]


def test_promise_lift_raises_only_its_theme(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    theme = definitions[0].id
    texts = [BROKEN[0], LOOKALIKES[0]]
    # the sequel reading (seeded41) is off here: it reads the kept promise LOOKALIKES[0] too
    off = promise_lift(
        texts, definitions, analyzer, ThemeSettings(promise_margin=0.0, promise_sequel_margin=0)
    )
    on = promise_lift(
        texts,
        definitions,
        analyzer,
        ThemeSettings(promise_margin=0.2, promise_sequel_margin=0.0, promise_theme=theme),
    )
    assert not off.any()
    assert on[0, 0] == pytest.approx(0.2)
    assert np.count_nonzero(on) == 1


def test_assign_themes_parses_for_the_lift_only_with_examples(
    make_notes: MakeNotes,
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without labelled examples decide_seeded ignores the lift: it is not computed (review
    74 #9). A spy on our own function; the parse itself stays real."""
    calls: list[int] = []

    def spy(texts: Sequence[str], *rest: Any) -> Any:
        calls.append(len(texts))
        return promise_lift(texts, *rest)

    monkeypatch.setattr(assign_module, "promise_lift", spy)
    notes = make_notes([("a", BROKEN[0]), ("b", LOOKALIKES[0])])
    assign_module.assign_themes(notes, definitions, analyzer, ThemeSettings(promise_margin=0.65))
    assert calls == []
