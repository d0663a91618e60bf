"""The message helpers: Finnish count agreement (review 38 #19)."""

from __future__ import annotations

import pytest

from muistiinpanot.messages import counted


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "0 nimettyä teemaa"),
        (1, "1 nimetty teema"),
        (2, "2 nimettyä teemaa"),
        (21, "21 nimettyä teemaa"),
    ],
)
def test_counted_agrees_with_the_number(number: int, expected: str) -> None:
    assert counted(number, "nimetty teema", "nimettyä teemaa") == expected
