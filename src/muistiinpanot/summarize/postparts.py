"""The post's parts around its bullets (summarize/post.py): each theme's first draft checked
by the detector in one pass, a theme's two bullets merged, a bullet's trace, the post as its
final check reads it, and the clinic's strings published on purpose."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import BlogPost, Bullet, Clinic, Note, Theme
from muistiinpanot.summarize.bullets import BulletInputs, Draft, draft_bullet
from muistiinpanot.summarize.label_reading import prose_reading, read_in_prose
from muistiinpanot.summarize.leadin import attributed
from muistiinpanot.summarize.pieces import ONE_GROUP, Voice
from muistiinpanot.summarize.postrepeats import sentences
from muistiinpanot.summarize.predicate import has_finite_predicate
from muistiinpanot.summarize.protocols import ParsedToken, SummaryAnalyzer
from muistiinpanot.summarize.wishes import is_wish


def as_read(post: BlogPost, themes: Sequence[Theme], analyzer: SummaryAnalyzer) -> BlogPost:
    """`post` as its final check reads it: the headings and the labels the opening quotes as
    their words stand in prose, as choose_themes read them (the capital of a label's first
    word is the label convention's, no evidence of a name: label_reading; review 37 #9)."""
    labels = [theme.label for theme in themes]
    voikko = analyzer.voikko
    return dataclasses.replace(
        post,
        paragraphs=tuple(read_in_prose(text, labels, voikko) for text in post.paragraphs),
        bullets=tuple(
            dataclasses.replace(bullet, heading=prose_reading(bullet.heading, voikko))
            for bullet in post.bullets
        ),
    )


def merged(first: Bullet, second: Bullet) -> Bullet:
    """A theme's first bullet with its second's sentences after its own (what the second
    says is a further point of the same theme: a facilitator names the theme once)."""
    ids = (*first.note_ids, *(i for i in second.note_ids if i not in first.note_ids))
    return dataclasses.replace(first, text=f"{first.text} {second.text}", note_ids=ids)


def traced(bullet: Bullet, used: Sequence[tuple[str, str]]) -> dict[str, object]:
    """A bullet's entry in summary.json: its theme, text, note ids and the pieces it says."""
    return {
        "theme": bullet.theme,
        "heading": bullet.heading,
        "text": bullet.text,
        "note_ids": list(bullet.note_ids),
        "pieces": [{"note_id": i, "text": s} for i, s in used],
    }


def check_drafts(
    chosen: Sequence[Theme],
    members: Mapping[str, Sequence[str]],
    by_id: Mapping[str, Note],
    inputs: BulletInputs,
) -> list[tuple[Draft, frozenset[str]]]:
    """Each chosen theme's first bullet text (bullets.draft_bullet, at its position when every
    theme before it gets a bullet as drafted) and the lemmas the drafts before it said, read
    by the detector in one pass, NER's batch included (the detector keeps what it found, so
    build_bullet's check of each finds it again)."""
    drafts: list[tuple[Draft, frozenset[str]]] = []
    echo: frozenset[str] = frozenset()
    for index, theme in enumerate(chosen):
        draft = draft_bullet(theme, [by_id[i] for i in members[theme.id]], index, inputs, echo)
        drafts.append((draft, echo))
        echo |= note_lemmas(by_id, {note_id for note_id, _ in draft[1]})
    written = [text for (text, _), _ in drafts if text]
    if written:
        find_published_data(written, inputs.analyzer)
    return drafts


def note_lemmas(by_id: Mapping[str, Note], note_ids: Iterable[str]) -> frozenset[str]:
    """The content lemmas of the notes, lowercased."""
    return frozenset(x.lower() for i in note_ids for x in by_id[i].content_lemmas)


def published(clinic: Clinic) -> tuple[str, ...]:
    """Strings from clinic.toml that are published on purpose."""
    contact = clinic.contact
    return (clinic.title, clinic.topic, clinic.organiser, contact.name, contact.organisation)


def one_group(
    bullet: Bullet, voice: Voice, analyzer: SummaryAnalyzer, *, near: bool = True
) -> Bullet:
    """A theme's second `bullet` opened with "Yhden ryhmän mukaan" when one group of several
    wrote its notes (or their word-for-word repeats: Voice.one_of_several, the count by which
    a first bullet takes no lead-in; review 52 #4): printed under the theme's first bullet, it
    would read as the groups' point. Left as it is: with `near` ([summary]
    one_group_near_points), a point another group's note makes too in its own words
    (Voice.according_to, its `point_groups`: "Yhden ryhmän mukaan" said of a point three
    groups made is a wrong statement, review 60 #3), a wish ("Toivottiin …" says
    whose it is no more than the notes do), and a first sentence the lead-in does not fit
    (_attributable)."""
    alone = voice.according_to(bullet.note_ids) == ONE_GROUP if near else None
    if not voice.one_of_several(bullet.note_ids) or alone is False or is_wish(bullet.text):
        return bullet
    first, *rest = sentences(bullet.text)
    said = attributed(first, ONE_GROUP, analyzer.voikko)
    if not _attributable(first, said, analyzer):
        return bullet
    return dataclasses.replace(bullet, text=" ".join([said, *rest]))


def _attributable(sentence: str, said: str, analyzer: SummaryAnalyzer) -> bool:
    """Whether the lead-in fits `sentence` (`said`: with it): the sentence has no source of
    its own in its first words ("Erään henkilön mukaan …") nor anywhere by the parse (a
    genitive's "mukaan": "… urheiluseuran edustajan mukaan."), does not open with a conjunction
    ("Kun museo lupasi …": the lead-in before a subordinate clause), its first word lower-cased
    is a word Voikko knows (or keeps its capital), and the parse of `said` still shows a
    finite main predicate."""
    words = sentence.split()
    if "mukaan" in (w.lower().strip(",") for w in words[:4]):
        return False
    opening = said.split()[len(ONE_GROUP.split())].strip(",.")
    readings = analyzer.voikko.analyze(opening.lower())
    if any(a.get("CLASS") == "sidesana" for a in readings):
        return False
    if not readings and opening == opening.lower():
        return False  # a word Voikko knows only with its capital, or not at all
    (tokens,) = analyzer.parse([said])
    sources = [t for t in tokens if t.lemma.lower() == "mukaan" and _adposition(t)]
    if len(sources) > 1:
        return False  # "… erään urheiluseuran edustajan mukaan." (review 57 #3)
    return has_finite_predicate(tokens)


def _adposition(token: ParsedToken) -> bool:
    """Whether the parse reads `token` as an adposition of a genitive ("ryhmän mukaan")."""
    return token.dep == "case" or token.pos == "ADP"
