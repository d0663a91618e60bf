"""The prefilter of broken_promises (themes/promise.py, speed29): only a note that may hold a verb
of commitment is parsed, and the notes flagged are those a parse of every note flags. Notes
written for this test on topics of no dev round, before the prefilter was checked on the dev
rounds; the real spaCy model and Voikko read them."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import promise
from muistiinpanot.themes.promise import broken_promises

NOTES = [
    "seurakunta lupas lämmittää kirkon jouluks mut siel oli kylmä",  # spoken "lupas"
    "sovittii et sauna on auki lauantaisin, eikä se ollu",  # spoken "sovittii"
    "satama ilmoitti että laituri korjataan, vieläkään ei oo korjattu",
    "museo vakuutti näyttelyn aukeavan maaliskuussa mutta se siirty",
    "venekerho kerto hoitavansa poijut ennen kesää, ei kuulunu mitään",
    "kunta lupaa aurata kylätien ensi talvena",  # a promise about the future
    "sovittiin et tavataan taas toukokuussa",  # an agreement, nothing undone
    "pyöräily lisääntyi kesällä ja kaupunki maalasi uusia kaistoja",  # no verb of commitment
    "kyläkoulun pihalle tuli uus leikkipaikka",  # no verb of commitment
    "torimyyjät toivo enemmän pysäköintipaikkoja keskustaan",  # no verb of commitment
]

NO_COMMITMENT = [
    "pyöräily lisääntyi kesällä ja kaupunki maalasi uusia kaistoja",
    "kyläkoulun pihalle tuli uus leikkipaikka",
    "torimyyjät toivovat enemmän pysäköintipaikkoja keskustaan",
]


class _Counting:
    """The real analyzer, counting the texts it parses."""

    def __init__(self, analyzer: LemmaAnalyzer) -> None:
        self._analyzer = analyzer
        self.parsed: list[str] = []
        self.voikko = analyzer.voikko

    def parse(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        self.parsed += texts
        return self._analyzer.parse(texts)


def test_prefilter_flags_what_a_parse_of_every_note_flags(analyzer: LemmaAnalyzer) -> None:
    every = [promise._broken(tokens, analyzer.voikko) for tokens in analyzer.parse(NOTES)]
    assert broken_promises(NOTES, analyzer) == every
    assert any(every)


def test_prefilter_keeps_each_verb_of_commitment(analyzer: LemmaAnalyzer) -> None:
    # a spoken past Voikko does not know ("lupas", "sovittii") is kept by its first letters
    assert all(promise._may_commit(text, analyzer.voikko) for text in NOTES[:7])


def test_prefilter_parses_no_note_without_one(analyzer: LemmaAnalyzer) -> None:
    counting = _Counting(analyzer)
    found = broken_promises([*NO_COMMITMENT, NOTES[0]], counting)  # type: ignore[arg-type]
    assert found == [
        False,
        False,
        False,
        promise._broken(analyzer.parse(NOTES[:1])[0], analyzer.voikko),
    ]
    assert counting.parsed == [NOTES[0]]
