"""Step 4 of applying an analyst's corrections (corrections.py): one clinic's themes rebuilt
after the moves. Sizes, shares, keywords and representatives come from the notes each theme
now has; an emergent theme left empty is dropped, a theme given a new label is marked named,
and every key takes the output id it was given (corrections.py renumbers `uusi-N` around the
analyst's ids)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from muistiinpanot.records import NO_THEME, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.themes.keywords import KeywordRule, keyword_lists
from muistiinpanot.themes.label import with_members
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray

_EMERGENT = re.compile(r"^uusi-(\d+)$")


def rebuild_themes(
    ids: Sequence[str],
    docs: Sequence[tuple[str, ...]],
    vectors: FloatArray,
    theme_of: Mapping[str, str],
    score_of: Mapping[str, float],
    themes: Mapping[str, Theme],
    labels: Mapping[str, str],
    names: Mapping[str, str],
    settings: ThemeSettings,
    followed: Mapping[str, Theme] | None = None,
) -> ThemeResult:
    """Themes and assignments after the moves: `theme_of` note id → theme key, `labels` and
    `names` a key's new label and output id; `docs` the notes' keyword lemmas, row by row
    with `ids` and `vectors`. `followed`: an analyst's key (`*uusi-N`) → the run's cluster it
    is (the one whose label it took): its label, `named` and English label are the cluster's
    unless the analyst gave another label, so a theme row that only anchors its theme (no
    label; the page writes one for each theme a note left) renames nothing and marks no
    label as the analyst's: the heading rules still apply to it (review 87, mend185)."""
    rows_by_theme: dict[str, list[int]] = {}
    for row, note_id in enumerate(ids):
        rows_by_theme.setdefault(theme_of[note_id], []).append(row)
    keywords = keyword_lists(
        {key: [docs[r] for r in rows] for key, rows in rows_by_theme.items()},
        KeywordRule(top=settings.keywords, whole_words=settings.keyword_whole_words),
    )
    total = max(len(ids), 1)
    built: list[Theme] = []
    for key in sorted(set(rows_by_theme) | set(themes)):
        rows = rows_by_theme.get(key, [])
        base = (
            themes.get(key)
            or (followed or {}).get(key)
            or Theme(id=key, label=key.lstrip("*"), kind="emergent")
        )
        if not rows and base.kind == "emergent":
            continue
        label = labels.get(key) or base.label
        if label != base.label:
            base = replace(base, label=label, label_en="", named=True, edited=True)
        elif key not in themes and not key.startswith("*"):  # an analyst's new theme named
            base = replace(base, edited=True)  # by its id ("digipalvelut"; review 85 #1)
        built.append(
            with_members(
                replace(base, id=names.get(key, key)),
                rows,
                ids,
                vectors,
                keywords.get(key, ()),
                total=total,
                representatives=settings.representatives,
                relevance_weight=settings.mmr_relevance,
            )
        )
    built.sort(key=lambda theme: (theme.id == NO_THEME, -theme.size, theme.id))
    assignments = tuple(
        ThemeAssignment(note_id=i, theme=names.get(theme_of[i], theme_of[i]), score=score_of[i])
        for i in ids
    )
    return ThemeResult(themes=tuple(built), assignments=assignments)


def same_label(themes: Iterable[Theme]) -> tuple[str, ...]:
    """'Lumi: uusi-1, uusi-2' for each label two themes share (review 36, finding 10)."""
    ids: dict[str, list[str]] = {}
    for theme in themes:
        ids.setdefault(theme.label.casefold(), []).append(theme.id)
    by = {theme.label.casefold(): theme.label for theme in themes}
    return tuple(f"{by[k]}: {', '.join(v)}" for k, v in sorted(ids.items()) if len(v) > 1)


def output_ids(keys: Iterable[str]) -> dict[str, str]:
    """Output ids of the keys: the analyst's `*uusi-N` are `uusi-N`; this run's clusters keep
    their ids, except one whose id an analyst's theme took: it gets the lowest free number."""
    used = sorted(set(keys))
    names = {key: key[1:] for key in used if key.startswith("*")}
    taken = set(names.values()) | {key for key in used if _EMERGENT.match(key)}
    number = 0
    for key in sorted((k for k in used if _EMERGENT.match(k)), key=lambda k: int(k[5:])):
        if key in names.values():
            while f"uusi-{number}" in taken or number == 0:
                number += 1
            names[key] = f"uusi-{number}"
            taken.add(names[key])
    return names
