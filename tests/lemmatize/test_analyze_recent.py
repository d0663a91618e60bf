"""LemmaAnalyzer.analyze answers the texts of its previous call from that call's results (the
chatter step re-reads the notes lemmatize has just analysed): the same tokens as a fresh
analysis, the tagger not run again, and only the last call kept."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer

_TEXTS = ["Tieto ei kulje yksiköiden välillä.", "Kahvitauko kymmeneltä.", "Siilot purettava!"]


def test_analyze_repeats_the_previous_calls_texts_without_the_tagger(
    analyzer: LemmaAnalyzer,
) -> None:
    first = analyzer.analyze(_TEXTS)
    calls: list[int] = []
    real = analyzer._analyze

    def counted(texts: list[str]) -> list[list[object]]:
        calls.append(len(texts))
        return real(texts)  # type: ignore[return-value]

    analyzer._analyze = counted  # type: ignore[method-assign]
    try:
        again = analyzer.analyze([_TEXTS[2], _TEXTS[0], _TEXTS[2]])
        assert calls == []  # all three from the previous call
        assert again == [first[2], first[0], first[2]]
        assert again[0] is not first[2]  # a list of its own: a caller may change it
        mixed = analyzer.analyze([_TEXTS[0], _TEXTS[1], "Uusi lause tähän."])
        # the text of the call before the last and the new one go to the tagger
        assert calls == [2]
        assert mixed[:2] == first[:2]
    finally:
        del analyzer._analyze
    # only the last call is kept: memory holds one batch of analyses at most
    assert set(analyzer._recent) == {_TEXTS[0], _TEXTS[1], "Uusi lause tähän."}
    assert analyzer.analyze(["Uusi lause tähän."]) == real(["Uusi lause tähän."])
