"""Why a chosen theme got no bullet, in words an analyst understands: which of its notes were
rejected, by what, counted. summary.json's `themes[].reason` (English) and `reason_fi`,
`rejected` (ids by cause), report.html's theme card and a log line at -v say it.

The causes, in the order a note meets them on its way to a bullet:
- `boundary`: on the theme's boundary (its score well below the theme's best), it stays in the
  theme but does not speak for it (eligible.eligible_members);
- `not_read`: beyond `[summary] parse_notes` (fast mode reads only the most telling notes);
- `personal_data`: every sentence withheld because a personal-data detector fired on it;
- `not_prose`: markup, a formula or a link, not a point to publish;
- `fragments`: no sentence that stands alone (no piece parsed from it, and no finite main
  predicate: "asukasilta ennen päätöstä");
- `structure`, `no_clause`, `language`, `unused`: which check left it out
  (notechecks.checked_notes);
- `repeated`, `not_chosen`: an `unused` note an analyst moved, told apart (unsaid.py);
- `checks`: its sentences failed the bullet's checks or repeated what the post said, or the
  clause of a note with a finite main predicate was left out by a check ("… ei riitä" with
  a word Voikko does not know is no fragment: review 38 #1).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from muistiinpanot.records import Note

#: cause → (Finnish, English), each followed by its count ("katkelma …: 2"), so that no
#: numeral has to agree with a noun
_CAUSES = {
    "boundary": ("teeman reunalla, heikko osuma", "on the theme's boundary, a weak match"),
    "not_read": ("ei luettu nostoa varten (parse_notes)", "not read for the bullet (parse_notes)"),
    "personal_data": ("pidätetty henkilötietojen vuoksi", "withheld for personal data"),
    "not_prose": (
        "ei proosaa: merkintä, kaava tai linkki",
        "not prose: markup, a formula or a link",
    ),
    "fragments": ("katkelma ilman kokonaista lausetta", "a fragment without a whole sentence"),
    "checks": (
        "lause ei läpäissyt tarkistuksia tai toisti jo sanottua",
        "its sentences failed the checks or repeated what the post said",
    ),
    # which check (notechecks.checked_notes, review 43 #6)
    "structure": (
        "lauseen rakenne ei kelvannut sellaisenaan (jäsennyksen tarkistus)",
        "the parse's check left its clause out (structure)",
    ),
    "no_clause": (
        "vain lauseenosia, ei kokonaista lausetta",
        "only parts of a clause, no whole sentence",
    ),
    "language": (
        "lause ei läpäissyt kieliasun tarkistusta",
        "its sentence failed the language check",
    ),
    "unused": (
        "lause toisti jo sanottua tai nostoon valittiin muita",
        "its sentence repeated what the post said or others were chosen",
    ),
    # an analyst's moved note whose clause passed (unsaid.py tells the two apart: mend185)
    "repeated": (
        "lause toisti sitä, mitä kooste jo sanoo",
        "its sentence repeated what the post already says",
    ),
    "not_chosen": (
        "lause kelpasi, mutta nostoon valittiin teeman muita muistiinpanoja",
        "its sentence passed, but the bullet took other notes of the theme",
    ),
}


def cause_words(cause: str) -> tuple[str, str]:
    """The Finnish and English words of a note's `cause` (one of the module doc's)."""
    return _CAUSES.get(cause, _CAUSES["checks"])


@dataclass(frozen=True, slots=True)
class NoBullet:
    """Why a theme got no bullet: the Finnish and English reasons and the ids by cause."""

    fi: str
    en: str
    rejected: dict[str, list[str]]


def no_bullet_reason(
    members: Sequence[str],
    eligible: Collection[str],
    sentences: Mapping[str, tuple[str, ...]],
    not_prose: Collection[str],
    parsed: Collection[str],
    duplicates: Sequence[Note],
    finite: Collection[str] | Mapping[str, str] = (),
) -> NoBullet:
    """The reason for a theme whose notes are `members` (kept note ids), of which `eligible`
    may speak for it; `sentences`: the publishable sentences of each note read for the
    bullet; `not_prose`: the ids of markup, formulas and links (left out whatever a
    personal-data detector said: a link is also an address); `parsed`: the ids with at least
    one piece; `duplicates`: the clinic's duplicate notes (those of the theme's notes are
    counted once, and said so); `finite`: the ids whose sentences have a finite main
    predicate (notechecks.finite_notes), which are no fragments, or a mapping of the ids left
    out by a check to that check (notechecks.checked_notes). A note read whose sentences
    are all gone and that is prose lost them to the personal-data detectors."""
    rejected: dict[str, list[str]] = {cause: [] for cause in _CAUSES}
    named = finite if isinstance(finite, Mapping) else dict.fromkeys(finite, "checks")
    for note_id in members:
        if note_id not in eligible:
            cause = "boundary"
        elif note_id not in sentences:
            cause = "not_read"
        elif not sentences[note_id]:
            cause = "not_prose" if note_id in not_prose else "personal_data"
        elif note_id not in parsed:
            cause = named.get(note_id, "fragments")
        else:
            cause = named.get(note_id, "checks")
        rejected[cause].append(note_id)
    rejected = {cause: ids for cause, ids in rejected.items() if ids}
    counted = [(len(ids), *_CAUSES[cause]) for cause, ids in rejected.items()]
    ours = set(members)
    repeats = sum(1 for note in duplicates if note.duplicate_of in ours)
    fi = "; ".join(f"{words}: {count}" for count, words, _ in counted)
    en = "; ".join(f"{words}: {count}" for count, _, words in counted)
    if repeats:
        fi += f"; lisäksi toistoja, laskettu kerran: {repeats}"
        en += f"; besides, duplicates counted once: {repeats}"
    fi = f"teeman muistiinpanot ({len(members)}) hylättiin – {fi}"
    en = f"its notes ({len(members)}) were rejected – {en}"
    return NoBullet(fi=fi, en=en, rejected=rejected)


#: why a theme got no bullet before its notes were read (choose.py, slots.py, post.py):
#: English as summary.json's `reason` → Finnish, its `reason_fi` (review 85 #1: the run's
#: warning about a note an analyst moved gives both)
_THEME_REASONS = {
    "": "",
    "muu": "muiden aiheiden kooste, ei oma teemansa",
    "emergent themes off": "uudet teemat eivät ole käytössä (include_emergent)",
    "too small": "teema on liian pieni (min_theme_size, min_theme_share)",
    "label has personal data": "teeman nimessä on henkilötietoja",
    "no label": "teemalla ei ole nimeä",
    "no noun to name it": "teemalle ei löytynyt nimeävää substantiivia",
    "same label as a stronger theme": "vahvemmalla teemalla on sama nimi",
    "beyond max_bullets": "nostojen enimmäismäärä täyttyi (max_bullets)",
    "too few notes in the clinic": "klinikalla on liian vähän muistiinpanoja (min_kept_notes)",
    "repeats an earlier bullet": "nosto toisti aiempaa nostoa",
}


def theme_reason(en: str) -> dict[str, str]:
    """summary.json's `reason` and `reason_fi` of a theme's trace for the English reason
    `en` (one of _THEME_REASONS; "" for none), set together where the reason is made."""
    return {"reason": en, "reason_fi": _THEME_REASONS[en]}
