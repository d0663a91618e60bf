"""Progress for long steps: a rich progress bar on a terminal, log lines otherwise."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

Item = TypeVar("Item")

logger = logging.getLogger(__name__)


def track(items: Iterable[Item], *, total: int, description: str) -> Iterator[Item]:
    """Yield `items`, showing progress on stderr when it is a terminal (rich), else logging
    the start and the end of the step."""
    if sys.stderr.isatty():
        from rich.progress import track as rich_track

        yield from rich_track(items, total=total, description=description, transient=True)
        return
    logger.info("%s (%d)", description, total)
    yield from items
    logger.info("%s: done", description)
