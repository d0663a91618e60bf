"""The one reading of a compound's last part (privacy/readings.py) the rules share: Voikko's
split, never the letters a word ends in."""

from __future__ import annotations

from collections.abc import Callable

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.named_days import own_day
from muistiinpanot.privacy.readings import compound_of, genitive, listed_name, part_of


def _any(analyzer: LemmaAnalyzer, word: str, test: Callable[[dict[str, str]], bool]) -> bool:
    return any(test(a) for a in analyzer.voikko.analyze(word))


def test_a_compounds_last_part_is_read_from_voikkos_split(analyzer: LemmaAnalyzer) -> None:
    assert _any(analyzer, "kerrostalossa", lambda a: part_of(a, {"talo"}))
    assert _any(analyzer, "talossa", lambda a: part_of(a, {"talo"}))
    # ends in the letters of "ori", "aita" but is no compound of them
    assert not _any(analyzer, "koulukuraattorille", lambda a: part_of(a, {"ori"}))
    assert not _any(analyzer, "paidassa", lambda a: part_of(a, {"aita"}))


def test_a_compound_of_a_head_is_not_the_head_itself(analyzer: LemmaAnalyzer) -> None:
    assert _any(analyzer, "hääpäivänä", lambda a: compound_of(a, {"päivä"}))
    assert not _any(analyzer, "päivänä", lambda a: compound_of(a, {"päivä"}))


def test_own_day_reads_a_compound_of_a_days_noun_by_voikkos_split(
    analyzer: LemmaAnalyzer,
) -> None:
    days = load_lookalikes().day_heads
    for word in ("syntymäpäivänä", "nimipäivänä", "työpäivää", "hääpäivä"):
        assert own_day(word, analyzer.voikko, days), word
    assert not own_day("päivänä", analyzer.voikko, days)
    # "työ" and "kilta" end in the letters of "yö" and "ilta" but are no compounds of them
    assert own_day("juhannusyönä", analyzer.voikko, ("yö",))
    assert not own_day("työnä", analyzer.voikko, ("yö",))
    assert own_day("kesäiltana", analyzer.voikko, ("ilta",))
    assert not own_day("killassa", analyzer.voikko, ("ilta",))


def test_genitive_reads_every_reading(analyzer: LemmaAnalyzer) -> None:
    assert genitive("Lindqvistin", analyzer.voikko)
    assert genitive("veneen", analyzer.voikko)
    assert not genitive("veneessä", analyzer.voikko)


def test_genitive_of_a_word_voikko_does_not_know_only_when_asked(
    analyzer: LemmaAnalyzer,
) -> None:
    # one function for every rule: a word Voikko does not know ("Qvärnin", a made-up
    # surname) counts by its "n" only where the rule asks so (organisations, named)
    assert genitive("Qvärnin", analyzer.voikko, unknown=True)
    assert not genitive("Qvärnin", analyzer.voikko)
    assert not genitive("Qvärni", analyzer.voikko, unknown=True)
    assert genitive("koiran", analyzer.voikko)


def test_listed_name_reads_the_gazetteer_by_voikkos_base_forms(analyzer: LemmaAnalyzer) -> None:
    # one test for diseases (a Finnish surname's illness) and evidence (a name that holds a view)
    assert listed_name("Virtasen", analyzer.voikko, finnish=True)
    assert not listed_name("Parkinsonin", analyzer.voikko, finnish=True)
    assert not listed_name("Asukas", analyzer.voikko)
