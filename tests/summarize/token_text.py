"""The text of rewritten tokens, as the post prints them (a helper of the rewriting tests)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class _Token(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def space(self) -> bool: ...


def token_text(tokens: Iterable[_Token]) -> str:
    return "".join(t.text + (" " if t.space else "") for t in tokens).strip()
