"""The post's opening paragraph: which bullet themes it names (their labels read as no
personal data in its sentence) and whether it may call them the most discussed."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from muistiinpanot.privacy import PersonalSpan, find_published_data
from muistiinpanot.records import Theme
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.label_reading import prose_reading
from muistiinpanot.summarize.protocols import SummaryAnalyzer

logger = logging.getLogger(__name__)

#: The label a theme gets in the post when its own reads as a person's name in a sentence:
#: no prose label, so its bullet has no heading (texts.bullet_heading), goes below the headed
#: ones and is named neither in the title nor in the opening (review 31 #6).
NAMELESS_LABEL = "Muita nostoja"


def opening_labels(
    labels: Sequence[tuple[str, int]], analyzer: SummaryAnalyzer, allowed: Sequence[str]
) -> list[tuple[str, int]]:
    """The (label, size) pairs whose label, quoted mid-sentence in the opening paragraph
    (texts.build_theme_paragraph), the detector reads as no personal data: a label fine as a
    bullet's heading may read as a name inside a sentence ("… ja ”Pekka Virtanen” (4)"), and
    check_post would refuse the whole post (mend52). Each label is read as its words stand
    in prose (label_reading.prose_reading: the capital of its first word is the label
    convention's, review 37 #9), as check_post reads the opening."""
    reading = {label: prose_reading(label, analyzer.voikko) for label, _ in labels}
    kept = list(labels)
    while kept:
        paragraph = texts.build_theme_paragraph([(reading[label], size) for label, size in kept])
        spans = find_published_data([paragraph], analyzer, allowed=allowed)[0]
        if not spans:
            return kept
        named = {label for label, _ in kept if _inside_label(paragraph, reading[label], spans)}
        if not named:  # a finding outside every label: the paragraph's own words
            return []
        kept = [(label, size) for label, size in kept if label not in named]
    return kept


def opening_paragraph(
    themes: Sequence[Theme],
    analyzer: SummaryAnalyzer,
    allowed: Sequence[str],
    others: Sequence[Theme] = (),
) -> str:
    """The opening paragraph over the bullet `themes` (strongest first): the named ones whose
    labels `opening_labels` keeps; when a theme left out for its label (NAMELESS_LABEL, a
    fallback label "Muita nostoja: …" of a theme no noun names, review 82 #2, or dropped
    here) or one of `others` (ranked themes without a bullet: with rank_by_groups a
    larger theme of fewer groups may have none) is larger than the smallest named, it says
    "muun muassa", not "Eniten" (review 31 #6, review 55 #2). Each label left out is logged
    by theme id, never by its text."""
    named = [theme for theme in themes if theme.named]
    kept = opening_labels([(t.label, t.size) for t in named], analyzer, allowed)
    listed = {label for label, _ in kept}
    left_out = [t for t in named if t.label not in listed and texts.prose_label(t.label)]
    for theme in left_out:
        logger.info(
            "teeman %s nimi jätettiin pois avauskappaleesta (luetaan lauseessa henkilötiedoksi)"
            " / theme %s: its label was left out of the opening (it reads as personal data in"
            " the sentence)",
            theme.id,
            theme.id,
        )
    hidden = [t.size for t in themes if t.label == NAMELESS_LABEL] + [t.size for t in left_out]
    # a bullet theme no noun names ("Muita nostoja: kurssi, jono") is a topic the opening
    # cannot name; the catch-all "Muut aiheet" is none (review 82 #2)
    hidden += [t.size for t in themes if t.kind != "muu" and not texts.prose_label(t.label)]
    hidden += [t.size for t in others]
    return texts.build_theme_paragraph(kept, max(hidden, default=0))


def labels_read_as_names(
    labels: Sequence[tuple[str, int]], analyzer: SummaryAnalyzer, allowed: Sequence[str]
) -> list[bool]:
    """Whether the detector reads each (label, size)'s label as a name (a span inside it)
    where the opening paragraph quotes it ("Eniten keskustelua herätti teema ”Jukka” (5 …)"),
    the label read as its words stand in prose (label_reading.prose_reading: "Auton
    varaaminen" is read as "auton varaaminen", "Jukka" and "Virtasen tiimi" as typed;
    review 37 #9)."""
    readings = [prose_reading(label, analyzer.voikko) for label, _ in labels]
    paragraphs = [
        texts.build_theme_paragraph([(reading, max(size, 1))]) if texts.prose_label(label) else ""
        for (label, size), reading in zip(labels, readings, strict=True)
    ]
    found = find_published_data(paragraphs, analyzer, allowed=allowed)
    return [
        bool(paragraph) and _inside_label(paragraph, reading, spans)
        for reading, paragraph, spans in zip(readings, paragraphs, found, strict=True)
    ]


def _inside_label(paragraph: str, label: str, spans: Sequence[PersonalSpan]) -> bool:
    """Whether a span of `spans` overlaps `label` where `paragraph` quotes it (”label”)."""
    start = paragraph.find(f"”{label}”") + 1
    return any(s.start < start + len(label) and start < s.end for s in spans)
