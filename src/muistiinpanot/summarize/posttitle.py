"""The post's title from its bullets (summarize/title.py) and the themes the opening names
(summarize/title_reasons.py), finished as the bullets are: a statement taken from a
bullet's sentence gets the same sentence mends (review 74 #6), and every title opens with
a capital (a clinic's title "Verkkoklinikka: tuohityöt …" without its prefix; review 75)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.records import Bullet, Clinic, Note, Theme, ThemeResult
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.postparts import note_lemmas, published
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.title import Support, Title, TitleSettings, build_title, main_theme
from muistiinpanot.summarize.title_reasons import clear_lead, label_carried, opening_theme
from muistiinpanot.summarize.titlepoints import Point, PointWords


@dataclasses.dataclass(frozen=True, slots=True)
class TitleInputs:
    """What the title is chosen from: the clinic, its kept notes by id, the themes' members
    (eligible ones and all assigned), the groups' voice and the themes result."""

    clinic: Clinic
    by_id: Mapping[str, Note]
    members: Mapping[str, Sequence[str]]
    assigned: Mapping[str, tuple[str, ...]]
    voice: Voice
    theme_result: ThemeResult


def post_title(
    inputs: TitleInputs,
    bullets: Sequence[Bullet],
    bullet_themes: Sequence[Theme],
    paragraph: str,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings,
    mend: Callable[[str], str],
) -> Title:
    """The post's title (build_title), its text finished by `finished_title`."""
    by_id, members, voice = inputs.by_id, inputs.members, inputs.voice
    main = main_theme(bullet_themes, members, voice.note_groups)
    lemmas = {i: note_lemmas(by_id, [i]) for i in members.get(main.id, ())} if main else {}
    words = None
    if settings.title_point_share > 0 and main:
        clinic_words = (inputs.clinic.title, inputs.clinic.topic, main.label)
        words = PointWords(analyzer.voikko, clinic_words, settings.title_point_words)
    support = Support(
        lemmas,
        voice.note_groups,
        settings.title_lemmas,
        settings.title_common,
        voice.point_groups or {},
        _points(words, by_id, list(lemmas), analyzer) if words else {},
        settings.title_point_share,
        words,
    )
    title_settings = TitleSettings(settings.title_words, settings.title_groups)
    largest = opening_theme(bullet_themes, paragraph if bullets else "")
    carried = [note_lemmas(by_id, [i]) for i in members.get(largest.id, ())] if largest else []
    labels = {t.id: t.label for t in inputs.theme_result.themes}
    part = bool(  # a seeded label's part, as its bullets say it (review 91 #3)
        settings.title_part_cover
        and largest
        and largest.label != labels.get(largest.id, largest.label)
    )
    cover = settings.title_label_cover
    if largest and not label_carried(largest, carried, analyzer.voikko, cover, part):
        largest = None  # no "eniten puhutti X" of a word of a minority of its notes (review 70)
    lead = (settings.title_lead_ratio, settings.title_topic_cosine)  # a clear lead (review 73)
    if largest and not clear_lead(
        largest, inputs.theme_result.themes, inputs.assigned, voice.note_groups, analyzer, *lead
    ):
        largest = None
    clinic = inputs.clinic
    title = build_title(
        clinic, main, bullets, support, analyzer, title_settings, published(clinic), largest
    )
    return dataclasses.replace(title, text=finished_title(title.text, title.kind, mend))


def finished_title(text: str, kind: str, mend: Callable[[str], str]) -> str:
    """`text` of a title of `kind` ("statement", "fallback", "name") as published: a
    statement, a bullet's sentence, mended as the bullets are; its first letter a capital."""
    if kind == "statement":
        text = mend(text)
    return text[:1].upper() + text[1:]


def _points(
    words: PointWords, by_id: Mapping[str, Note], ids: Sequence[str], analyzer: SummaryAnalyzer
) -> dict[str, Point]:
    """The point of each note of `ids` (titlepoints), its text parsed (one parse of all)."""
    parsed = analyzer.parse([by_id[i].clean_text or by_id[i].text for i in ids])
    return {i: words.of_tokens(tokens) for i, tokens in zip(ids, parsed, strict=True)}
