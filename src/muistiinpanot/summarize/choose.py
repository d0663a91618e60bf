"""Which themes of a clinic get a bullet in its post, and which get a second one."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Mapping, Sequence

from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import NO_THEME, Bullet, Theme
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.label_reading import prose_reading
from muistiinpanot.summarize.opening import NAMELESS_LABEL, labels_read_as_names
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.reasons import theme_reason
from muistiinpanot.summarize.settings import SummarySettings

#: A compound part in Voikko's WORDBASES ("+etä(etä)+vastaanotto(vastaanotto)").
_PARTS = re.compile(r"\(([^)]+)\)")
_GENERIC_LABELS = frozenset({"muut", "muut aiheet", "muu", "sekalaiset"})

logger = logging.getLogger(__name__)


def choose_themes(
    themes: Sequence[Theme],
    kept: int,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings,
    allowed: Sequence[str] = (),
    groups: Mapping[str, tuple[int, int]] | None = None,
) -> tuple[list[Theme], dict[str, dict[str, object]]]:
    """Themes that get a bullet (rank_themes' first `max_bullets`, largest first) and a
    trace entry for every theme; those below the cut are traced "beyond max_bullets"."""
    ranked, trace = rank_themes(themes, kept, analyzer, settings, allowed, groups)
    chosen, _ = split_slots(ranked, trace, settings, groups)
    return chosen, trace


def split_slots(
    ranked: Sequence[Theme],
    trace: Mapping[str, dict[str, object]],
    settings: SummarySettings,
    groups: Mapping[str, tuple[int, int]] | None = None,
) -> tuple[list[Theme], list[Theme]]:
    """The first `max_bullets` of `ranked` in the post's order (largest first; ties to more
    groups, then to more notes that may be said: the opening names the largest first), and
    the rest in their rank, each traced "beyond max_bullets": the themes a slot goes on to
    when a chosen theme is left without a bullet (`[summary] free_slots`, review 54 #3)."""
    groups = groups or {}
    chosen = sorted(
        ranked[: settings.max_bullets],
        key=lambda t: (-t.size, *(-n for n in groups.get(t.id, (0, 0))), t.id),
    )
    for theme in ranked[settings.max_bullets :]:
        trace[theme.id].update(theme_reason("beyond max_bullets"))
    return chosen, list(ranked[settings.max_bullets :])


def rank_themes(
    themes: Sequence[Theme],
    kept: int,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings,
    allowed: Sequence[str] = (),
    groups: Mapping[str, tuple[int, int]] | None = None,
) -> tuple[list[Theme], dict[str, dict[str, object]]]:
    """Every theme that may get a bullet, strongest first, and a trace entry for every
    theme. With `[summary] rank_by_groups` the strongest is the one more groups wrote (its
    notes that may be said), then the larger (review 54 #2: the post's points are those many
    groups made); otherwise the larger, then more groups. A theme
    whose label the detector reads as a name quoted in the opening's sentence keeps its
    bullet under NAMELESS_LABEL: a label is never a person's name, and one read as a name
    in prose is not published as a heading either, where the detector reads it alone and
    more weakly (review 31 #6); `allowed` are the clinic's strings published on purpose.
    Themes of as many notes go by `groups` (theme id → how many groups wrote the notes it
    may say, and how many such notes), more first, not by kind: a seeded theme wins no tie
    of its own (review 52 #3)."""
    groups = groups or {}
    cheap = [_cheap_reason(theme, kept, settings) for theme in themes]
    # the detector reads only the labels of the themes the cheap checks leave in: each text
    # is read on its own, so the others' spans would decide nothing
    read = [theme for theme, reason in zip(themes, cheap, strict=True) if not reason]
    # the label as its words stand in prose: its first word's capital is the label
    # convention's, no evidence of a name (label_reading.prose_reading; review 37 #9)
    texts_read = [
        f"{prose_reading(theme.label, analyzer.voikko)}. {', '.join(theme.keywords)}"
        for theme in read
    ]
    labels = iter(find_published_data(texts_read, analyzer))
    in_prose = iter(labels_read_as_names([(t.label, t.size) for t in read], analyzer, allowed))
    trace: dict[str, dict[str, object]] = {}
    eligible = []
    for theme, reason in zip(themes, cheap, strict=True):
        as_name = False
        if not reason:  # only the themes read have a label's spans
            reason, as_name = ("label has personal data" if next(labels) else ""), next(in_prose)
        if not reason and theme.kind == "emergent":
            if _generic_label(theme):
                reason = "no label"
            elif not _nameable(theme, analyzer):
                reason = "no noun to name it"
        if not reason and as_name:
            theme = dataclasses.replace(theme, label=NAMELESS_LABEL, named=False)
            logger.info(
                "teeman %s nimi luetaan lauseessa henkilön nimeksi, joten sitä ei julkaista "
                "(nosto ilman otsikkoa) / theme %s: its label reads as a person's name in a "
                "sentence and is not published (a bullet without a heading)",
                theme.id,
                theme.id,
            )
        trace[theme.id] = {
            "id": theme.id,
            "label": theme.label,
            "kind": theme.kind,
            "size": theme.size,
            "bullet": False,
            **theme_reason(reason),
        }
        if as_name:
            trace[theme.id]["label_left_out"] = "reads as a name"
        if not reason:
            eligible.append(theme)

    def strength(theme: Theme) -> tuple[int, int, int]:
        writers, said = groups.get(theme.id, (0, 0))
        if settings.rank_by_groups:
            return (-writers, -theme.size, -said)
        return (-theme.size, -writers, -said)

    eligible.sort(key=lambda t: (*strength(t), t.id))
    seen: set[str] = set()
    for theme in list(eligible):
        if theme.label.strip().lower() in seen and theme.label != NAMELESS_LABEL:
            trace[theme.id].update(theme_reason("same label as a stronger theme"))
            eligible.remove(theme)
        seen.add(theme.label.strip().lower())
    return eligible, trace


def _cheap_reason(theme: Theme, kept: int, settings: SummarySettings) -> str:
    """Why `theme` gets no bullet by its kind and size alone ("" when these leave it in)."""
    share = theme.share or (theme.size / kept if kept else 0.0)
    if theme.kind == "muu" or theme.id == NO_THEME:
        return "muu"
    if theme.kind == "emergent" and not settings.include_emergent:
        return "emergent themes off"
    if theme.size < settings.min_theme_size or share < settings.min_theme_share:
        return "too small"
    return ""


def room_for_second(
    theme: Theme, planned: int, settings: SummarySettings, full: bool = False
) -> str:
    """Why `theme`, whose first bullet is built, gets no second bullet ("" when it may get
    one): it needs at least `[summary] second_bullet_notes` notes ("too few notes"; 0 =
    never), or, with a `full` first bullet (as many sentences as `max_sentences`: points
    the choice found were left out for want of room), at least `full_second_bullet` notes
    (summary37); and room below `max_bullets` beside the `planned` bullets (those built and
    one for each chosen theme still to come; the chosen themes come largest first, so the
    largest get the room: one bullet cannot say what a much larger theme's notes said)."""
    least = settings.second_bullet_notes
    if full and 0 < settings.full_second_bullet < least:
        least = settings.full_second_bullet
    if settings.second_bullet_notes <= 0 or theme.size < least:
        return "too few notes"
    if planned >= settings.max_bullets:
        return "no room below max_bullets"
    return ""


def unnamed(theme: Theme, text: str, analyzer: SummaryAnalyzer) -> str:
    """Why the second bullet `text` of an emergent `theme` is no point of its heading ("" when
    it is; post.py then moves it among "Muita nostoja"): it names no word of the theme's label
    (no base form of its words, nor a compound part of one, holds a label word's base form or
    compound part of four letters or more: "saunavuoro" names "Sauna", "videovastaanotto"
    names "Etävastaanotto"). The post prints a second bullet without a heading right under
    the theme's first, so it reads as the heading's point; an emergent label names what its
    notes name, so a point that names none of it belongs elsewhere (review 38 #3, #4:
    "Vanhukset eivät halua muuttaa …" under "Hissi"). A seeded label names a theme in words
    its notes need not use ("Siilot"), and its second bullets stay where they are."""
    if theme.kind != "emergent" or not texts.bullet_heading(theme):  # a fallback heads nothing
        return ""
    voikko = analyzer.voikko

    def bases(word: str) -> set[str]:  # its base forms and their compound parts
        found = voikko.analyze(word)
        parts = {p.lower() for a in found for p in _PARTS.findall(a.get("WORDBASES", ""))}
        whole = {a.get("BASEFORM", "").lower() for a in found}
        return {base for base in whole | parts if len(base) > 3} or {word.lower()}

    label = {
        base
        for word in re.findall(r"[^\W\d_]+", texts.theme_heading(theme))
        for base in bases(word)
    }
    said = {base for word in re.findall(r"[^\W\d_]+", text) for base in bases(word)}
    if any(part in base for part in label for base in said):
        return ""
    return "does not name its theme's label"


def _nameable(theme: Theme, analyzer: SummaryAnalyzer) -> bool:
    """Whether the bullet heading of an emergent theme names a thing: a heading made only of
    verbs ("Jatkaa") says nothing a reader can hold on to (typically logistics notes)."""
    words = re.findall(r"[^\W\d_]+", texts.theme_heading(theme))
    return any(not texts.only_verb(word, analyzer.voikko) for word in words)


def _generic_label(theme: Theme) -> bool:
    """An emergent theme without keywords or with a catch-all label is not a real theme: a
    label the program made, never one an analyst gave (`Theme.edited`: a new theme
    "Digipalvelut" of corrections.csv has the id digipalvelut; review 85 #1)."""
    if theme.edited:
        return False
    label = theme.label.strip().lower()
    return not theme.keywords or not label or label in _GENERIC_LABELS or label == theme.id


def others_last(
    bullets: Sequence[Bullet], trace: Sequence[dict[str, object]], chosen: Sequence[Theme]
) -> tuple[list[Bullet], list[dict[str, object]]]:
    """The bullets with those without a heading (a fallback label's: texts.bullet_heading, or
    a named theme's second bullet that names no word of its label: unnamed) last; when
    a headed bullet stands above them, the first of them is headed by its label's remainder
    ("Muita nostoja"; a named theme's: "Muita nostoja"), so that it cannot be read as a
    further point of the theme above it (a theme's second bullet is written under its first,
    without a heading)."""
    order = sorted(range(len(bullets)), key=lambda i: not bullets[i].heading)
    ordered, traced = [bullets[i] for i in order], [trace[i] for i in order]
    labels = {theme.id: theme.label for theme in chosen}
    named = {theme.id for theme in chosen if texts.bullet_heading(theme)}
    headless = [i for i, bullet in enumerate(ordered) if not bullet.heading]
    if headless and headless[0] > 0:
        first = ordered[headless[0]]  # a named theme's point its label does not name: others
        label = NAMELESS_LABEL if first.theme in named else labels.get(first.theme, "")
        heading = texts.remainder_heading(label)
        if heading:
            ordered[headless[0]] = dataclasses.replace(first, heading=heading)
            traced[headless[0]] = {**traced[headless[0]], "heading": heading}
    return ordered, traced
