"""The post's last bullet, "Muita nostoja", of the points of themes too small for a bullet of
their own (`[summary] small_theme_points`, post53): a theme of fewer notes than
`min_theme_size` (or under `min_theme_share`) gets no bullet, so a point one group made alone
was said nowhere (post52: the lost points sit in one-note themes, not in `muu`). Each such
theme, strongest first, offers one sentence, written by the same bullet machinery and checks
as any bullet (tidying, grammar, personal data); `muu` and notes set aside never do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.records import NO_THEME, Bullet, Note, Theme
from muistiinpanot.summarize.bullets import BulletInputs, build_bullet
from muistiinpanot.summarize.opening import NAMELESS_LABEL
from muistiinpanot.summarize.postrepeats import repeats

#: The id of the last bullet in summary.json and report.html (no theme of the run).
OTHERS_ID = "muita-nostoja"

#: Why a theme gets no bullet of its own that lets its point into this one (choose.py).
_SMALL = "too small"


def small_themes(
    themes: Sequence[Theme],
    trace: Mapping[str, Mapping[str, object]],
    members: Mapping[str, Sequence[str]],
    by_id: Mapping[str, Note],
    scores: Mapping[str, float],
) -> list[Theme]:
    """The themes traced "too small" that have notes that may be said, strongest first: more
    groups wrote them, then more notes, then the higher best assignment score (a seeded
    note's fit), then the id. Never `muu`."""

    def strength(theme: Theme) -> tuple[int, int, float, str]:
        ids = members.get(theme.id, ())
        writers = len({by_id[i].group for i in ids})
        best = max((scores.get(i, 0.0) for i in ids), default=0.0)
        return (-writers, -len(ids), -best, theme.id)

    small = [
        theme
        for theme in themes
        if theme.kind != "muu"
        and theme.id != NO_THEME
        and trace.get(theme.id, {}).get("reason") == _SMALL
        and members.get(theme.id)
    ]
    return sorted(small, key=strength)


def others_bullet(
    small: Sequence[Theme],
    members: Mapping[str, Sequence[str]],
    by_id: Mapping[str, Note],
    bullets: Sequence[Bullet],
    inputs: BulletInputs,
    prepare: Callable[[Sequence[Theme]], None],
) -> tuple[Bullet | None, list[tuple[str, str]], list[str]]:
    """The last bullet (None when the setting is off, the post is full or empty, or no small
    theme offers a sentence that says no earlier bullet's point), the (note id, piece) pairs
    it was built from and the themes it says. At most `small_theme_points` sentences, one per
    theme of `small` in their order, each composed as a one-sentence bullet of its theme;
    while the whole stays within `max_words`. `prepare` tidies, checks and parses the notes
    of the themes given (post.summarize_clinic's, as for a freed slot)."""
    settings = inputs.settings
    wanted = settings.small_theme_points
    if wanted <= 0 or not bullets or not small or len(bullets) >= settings.max_bullets:
        return None, [], []
    prepare(small)
    one = dataclasses.replace(inputs, settings=dataclasses.replace(settings, max_sentences=1))
    said: list[Bullet] = []
    used: list[tuple[str, str]] = []
    themes: list[str] = []
    words = 0
    for theme in small:
        notes = [by_id[i] for i in members[theme.id]]
        bullet, pieces = build_bullet(theme, notes, len(bullets), one)
        if bullet is None:
            continue
        length = len(bullet.text.split())
        if words + length > settings.max_words:
            continue
        if repeats(bullet, [*bullets, *said], inputs.analyzer, settings):
            continue
        said.append(bullet)
        used.extend(pieces)
        themes.append(theme.id)
        words += length
        if len(said) >= wanted:
            break
    if not said:
        return None, [], []
    # below headed bullets it needs its own heading; after a headless last bullet or one
    # headed "Muita nostoja" it is among them already (choose.others_last)
    heading = "" if bullets[-1].heading in ("", NAMELESS_LABEL) else NAMELESS_LABEL
    text = " ".join(bullet.text.strip() for bullet in said)
    note_ids = tuple(dict.fromkeys(i for bullet in said for i in bullet.note_ids))
    return Bullet(OTHERS_ID, heading, text, note_ids), used, themes
