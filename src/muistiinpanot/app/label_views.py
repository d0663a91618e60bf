"""What a clinic's trace says about its themes' labels and bullets (split from app/outputs.py):
`no_bullet` and `label_notes` for the themes' cards in report.html, `withheld_labels` and
`cut_labels` (the ids of the themes whose label the post left out or cut a name from) and
`label_warnings` (the run's and the archive's warnings about them, by theme id, and about
the notes an analyst moved that the post does not say, by note id)."""

from __future__ import annotations

from collections.abc import Mapping

from muistiinpanot.messages import render


def no_bullet(trace: Mapping[str, object]) -> dict[str, str]:
    """Theme id → "<Finnish> / <English>" for each theme the post chose but could give no
    bullet (summarize/reasons.py: its notes' `rejected`), for its card in report.html; every
    theme's trace has a `reason_fi` beside its reason (review 85 #1)."""
    themes = trace.get("themes")
    return {
        str(theme["id"]): f"{theme['reason_fi']} / {theme['reason']}"
        for theme in (themes if isinstance(themes, list) else [])
        if isinstance(theme, dict) and theme.get("reason_fi") and "rejected" in theme
    }


def label_notes(trace: Mapping[str, object]) -> dict[str, str]:
    """Theme id → what the post did to its label, for its card: a name cut from it (review 45
    #4), or the label left out whole (review 37 #9)."""
    notes = {theme_id: render("label_cut") for theme_id in cut_labels(trace)}
    return notes | {theme_id: render("label_withheld") for theme_id in withheld_labels(trace)}


def withheld_labels(trace: Mapping[str, object]) -> tuple[str, ...]:
    """The ids of the themes whose label the post left out as read for a person's name
    (summarize/choose.py: the bullet stays, without its heading; review 37 #9) or in which
    personal data was found (privacy scrub_themes: withheld whole, mend146), so that the
    run and the theme's card can tell the analyst to choose another label."""
    themes = trace.get("themes")
    scrubbed = trace.get("labels_withheld")  # a label with personal data (mend146)
    return tuple(
        dict.fromkeys(
            [
                *(
                    str(theme["id"])
                    for theme in (themes if isinstance(themes, list) else [])
                    if isinstance(theme, dict) and theme.get("label_left_out")
                ),
                *(str(theme) for theme in (scrubbed if isinstance(scrubbed, list) else [])),
            ]
        )
    )


def cut_labels(trace: Mapping[str, object]) -> tuple[str, ...]:
    """The ids of the themes whose label a name was taken out of as published (themes.csv
    and the post show the rest: "Lumin valot" → "Valot"; review 45 #4), the analyst's
    renamed labels too, so that the run and the archive tell the analyst."""
    cut = trace.get("labels_cut")
    return tuple(str(theme) for theme in (cut if isinstance(cut, list) else []))


def label_warnings(trace: Mapping[str, object]) -> tuple[str, ...]:
    """A warning for each theme whose label the post left out (withheld_labels) or a name was
    taken out of (cut_labels), by theme id, never by the label's text: as `run` prints them
    and the archive prints and stores them."""
    withheld, cut = render("label_withheld"), render("label_cut")
    moves = trace.get("unsaid_moves")
    return (
        *(f"teema / theme {theme}: {withheld}" for theme in withheld_labels(trace)),
        *(f"teema / theme {theme}: {cut}" for theme in cut_labels(trace)),
        *(_unsaid(str(i), trace) for i in (moves if isinstance(moves, list) else [])),
    )


def unsaid_reason(note_id: str, trace: Mapping[str, object]) -> tuple[str, str] | None:
    """The Finnish and English reason the post does not say the moved note `note_id`, as the
    summary traced it (`unsaid_reasons`, summarize/unsaid.py; review 84 #3), or None (a
    summary.json written before it)."""
    reasons = trace.get("unsaid_reasons")
    why = reasons.get(note_id) if isinstance(reasons, dict) else None
    if not isinstance(why, dict) or not why.get("fi"):
        return None
    return str(why["fi"]), str(why.get("en", ""))


def _unsaid(note_id: str, trace: Mapping[str, object]) -> str:
    why = unsaid_reason(note_id, trace)
    if why is None:
        return render("move_unsaid", id=note_id)
    return render("move_unsaid_why", id=note_id, fi=why[0], en=why[1])
