"""An analyst's corrections applied to one clinic's themes: the one wiring of a clinic's run
(pipeline.process_clinic) and of the archive's fit (archive_work.notes_for_fit). The rows
are read as the page wrote them (publish.page_rows), the ids this run's numbering changed
are routed (themes/correction_ids.py: an `arkisto-N` a refit renumbered, an `uusi-N` this
run lacks), then themes/corrections.apply_corrections applies them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import replace

from muistiinpanot.app.models import Models
from muistiinpanot.app.publish import (
    known_clinic_names,
    page_rows,
    published_names,
    shown_prints,
)
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import InputError
from muistiinpanot.ingest.corrections import CorrectionsFile
from muistiinpanot.records import Correction, Note, ThemeResult
from muistiinpanot.themes.correction_ids import FittedIds, pending_ids, route_rows
from muistiinpanot.themes.correction_names import near_name_warnings
from muistiinpanot.themes.corrections import (
    CarriedExample,
    CorrectionOutcome,
    apply_corrections,
)


def correct_themes(
    notes: Sequence[Note],
    themes: ThemeResult,
    rows: Sequence[Correction],
    models: Models,
    settings: RunSettings,
    redacted: Sequence[Note] | None,
    carried: Sequence[CarriedExample] = (),
    source: CorrectionsFile | None = None,
    *,
    fitting: bool = False,
    names: frozenset[str] | None = None,
) -> tuple[ThemeResult, CorrectionOutcome]:
    """`themes` with an analyst's correction `rows` (and earlier clinics' `carried` examples)
    applied as the page wrote them: a --redact page (`redacted`: `notes` as it showed them)
    named notes by their redacted ids and printed the redacted texts; `source` is the rows'
    file, for messages. `fitting`: the archive's fit is analysing the clinic (its
    `arkisto-N` ids are checked against the model in the clinic's own work). `names`: the
    names the clinic's notes make known (publish.known_clinic_names; read when a row names a
    new theme, if not given): a theme named with a name gets its id from its name as its
    label is published (review 51 #2)."""
    rows = page_rows(rows, notes, redacted)
    prints = shown_prints(notes, redacted) if rows else None
    fitted = _fitted_ids(models, fitting)
    routed = route_rows(rows, {theme.id for theme in themes.themes}, fitted)
    defined = [d.id for d in models.definitions]
    defined += [*(fitted.ids if fitted is not None else ()), *pending_ids(rows, fitted)]
    notices = source.notices if source is not None else ()
    # "Luotamus" makes a new theme as written, and is warned about (review 58 #2)
    # ... and "Siilo", "Avoimus" near a seeded id or English name too (review 59 #4)
    seeded = [name for d in models.definitions for name in (d.id, d.label, d.label_en)]
    ids = {*defined, *(theme.id for theme in themes.themes)}
    notices += near_name_warnings(
        routed.rows,
        ids,
        [*seeded, *(theme.label for theme in themes.themes)],
        source.path.name if source is not None else "corrections",
        settings.corrections.near_name_cutoff,
    )
    try:
        result, outcome = apply_corrections(
            notes, themes, routed.rows, models.analyzer, settings.themes, settings.corrections,
            carried, prints=prints, source=source.path if source is not None else None,
            defined=defined, delimiter=source.delimiter if source is not None else ",",
            published=published_names(models, _known(notes, models, names)),
            columns=source.columns if source is not None else None,
        )  # fmt: skip
    except InputError as err:  # a row the run stops at: the reader's warnings said with it
        for notice in notices:
            err.add_note(notice)
        raise
    return result, replace(
        outcome,
        moved_ids=routed.moved,
        gone_ids=routed.gone,
        stale_ids=routed.stale,
        unfitted_ids=routed.unfitted,
        unused_ids=routed.unused,
        notices=notices,
        columns=source.columns if source is not None else {},
    )


def _known(
    notes: Sequence[Note], models: Models, names: frozenset[str] | None
) -> Callable[[], frozenset[str]]:
    """`names`, or the clinic's known names read once, when first asked for."""
    if names is not None:
        return lambda: names
    return functools.cache(functools.partial(known_clinic_names, notes, models))


def _fitted_ids(models: Models, fitting: bool) -> FittedIds | None:
    if fitting:
        return FittedIds(pending=True)
    model = models.fitted
    if model is None:
        return None
    ids = frozenset(theme.id for theme in model.themes)
    return FittedIds(ids, model.moved, model.next_number)
