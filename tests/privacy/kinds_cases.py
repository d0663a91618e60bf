"""Shared by the privacy tests (test_kinds*.py, the publisher's and others): both modes of the
detector (notes and text to publish), what it finds in a text, whether it covers a piece or
touches it at all and tests made of (text, piece) tables (`finds`, `leaves`) or of (setting,
text, piece) tables (`needs_setting`); lemmatized notes of one group file are
tests/lemmatized.py's."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy, find_personal_data

MODES = pytest.mark.parametrize("cautious", [False, True], ids=["notes", "publish"])
#: Both modes under the ids False and True (the test files that named them so).
BOTH_MODES = pytest.mark.parametrize("cautious", [False, True])


def found(analyzer: LemmaAnalyzer, text: str, cautious: bool = False) -> list[str]:
    """The pieces of `text` the detector finds, in the mode `cautious` names (notes by
    default)."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    return [text[s.start : s.end] for s in spans]


def covered(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> bool:
    """Whether every letter and digit of `piece` (its first occurrence) lies in a finding."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    start = text.index(piece)
    return all(
        any(s.start <= k < s.end for s in spans)
        for k in range(start, start + len(piece))
        if text[k].isalnum()
    )


def touched(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> bool:
    """Whether any finding overlaps `piece` (its first occurrence): a look-alike left alone
    is left whole, not half redacted (review 19, finding 10)."""
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    start = text.index(piece)
    return any(s.start < start + len(piece) and start < s.end for s in spans)


def finds(
    cases: Sequence[tuple[str, str]], modes: pytest.MarkDecorator = MODES
) -> Callable[[LemmaAnalyzer, str, str, bool], None]:
    """A test, one case per (text, piece) of `cases` and mode of `modes`, that the detector
    covers the piece (`covered`); assign it to a `test_` name of a test module."""
    return _case_test(cases, modes, covers=True)


def leaves(
    cases: Sequence[tuple[str, str]], modes: pytest.MarkDecorator = MODES
) -> Callable[[LemmaAnalyzer, str, str, bool], None]:
    """A test, as `finds` makes one, that no finding touches the piece (`touched`)."""
    return _case_test(cases, modes, covers=False)


def needs_setting(
    cases: Sequence[tuple[str, str, str]],
) -> Callable[[LemmaAnalyzer, None, str, str, str], None]:
    """A test, one case per (setting, text, piece) of `cases`, in notes mode: with the
    setting off the detector gives lead's reading back (the piece not covered), with the
    defaults it covers the piece; assign it to a `test_` name of a test module."""

    def test(
        analyzer: LemmaAnalyzer, settings_of_our_own: None, setting: str, text: str, piece: str
    ) -> None:
        configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), **{setting: False}))
        assert not covered(analyzer, text, piece, False)
        configure_privacy(analyzer, PrivacySettings())
        assert covered(analyzer, text, piece, False)

    return pytest.mark.parametrize(("setting", "text", "piece"), cases)(test)


def _case_test(
    cases: Sequence[tuple[str, str]], modes: pytest.MarkDecorator, *, covers: bool
) -> Callable[[LemmaAnalyzer, str, str, bool], None]:
    def test(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> None:
        if covers:
            assert covered(analyzer, text, piece, cautious)
        else:
            assert not touched(analyzer, text, piece, cautious)

    return modes(pytest.mark.parametrize(("text", "piece"), cases)(test))
