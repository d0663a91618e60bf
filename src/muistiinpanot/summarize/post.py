"""Themes → BlogPost: pick the themes that get a bullet, choose representative and diverse notes
for each (MMR), tidy them into sentences, keep personal data out, and trace every bullet."""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from muistiinpanot.privacy import check_post, find_personal_data
from muistiinpanot.records import NO_THEME, BlogPost, Bullet, Clinic, Note, Theme, ThemeResult
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.compose import compose_bullet
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.select import centrality, note_vectors, select_mmr
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.tidy import tidy_note

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W\d_]+")
_PERSONAL_PENALTY = 1.0
_SHORT_PENALTY = 0.3
_LONG_PENALTY = 0.2
_QUESTION_PENALTY = 0.1
_GENERIC_LABELS = frozenset({"muut", "muut aiheet", "muu", "sekalaiset"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A kept note ready for a bullet: its tidied sentences without personal data."""

    note: Note
    sentences: tuple[str, ...]
    has_personal_data: bool
    words: int


def summarize_clinic(
    clinic: Clinic,
    notes: Sequence[Note],
    theme_result: ThemeResult,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings | None = None,
) -> tuple[BlogPost, dict[str, object]]:
    """The clinic's blog post and its trace (JSON-able: per bullet the theme, the text and the
    note ids it was built from; per theme why it got a bullet or not)."""
    settings = settings or SummarySettings()
    kept = sorted((note for note in notes if note.status == "kept"), key=lambda n: n.id)
    by_id = {note.id: note for note in kept}
    members: dict[str, list[str]] = defaultdict(list)
    for assignment in sorted(theme_result.assignments, key=lambda a: a.note_id):
        if assignment.note_id in by_id:
            members[assignment.theme].append(assignment.note_id)

    chosen, theme_trace = _choose_themes(theme_result.themes, len(kept), analyzer, settings)
    candidates = _candidates(
        [by_id[i] for theme in chosen for i in members[theme.id]], kept, analyzer
    )
    bullets: list[Bullet] = []
    bullet_trace: list[dict[str, object]] = []
    for theme in chosen:
        bullet, used = _build_bullet(
            theme, members[theme.id], candidates, len(bullets), analyzer, settings
        )
        if bullet is None:
            theme_trace[theme.id]["reason"] = "no usable notes"
            continue
        theme_trace[theme.id]["bullet"] = True
        bullets.append(bullet)
        bullet_trace.append(
            {
                "theme": theme.id,
                "heading": bullet.heading,
                "text": bullet.text,
                "note_ids": list(bullet.note_ids),
                "sentences": [{"note_id": i, "text": s} for i, s in used],
            }
        )
    bullet_themes = [theme for theme in chosen if theme_trace[theme.id]["bullet"]]
    groups = len({note.group for note in kept})
    sizes = {theme.id: theme.size for theme in bullet_themes}
    paragraph = (
        texts.build_theme_paragraph([(b.heading, sizes[b.theme]) for b in bullets])
        if settings.theme_paragraph
        else ""
    )
    post = BlogPost(
        title=texts.build_title(clinic, bullet_themes, settings.title_themes),
        lead=texts.build_lead(clinic, groups, len(kept)),
        paragraphs=(paragraph,) if paragraph else (),
        highlights_heading=texts.HIGHLIGHTS_HEADING,
        bullets=tuple(bullets),
        closing=texts.build_closing(clinic, groups),
        contact_heading=texts.CONTACT_HEADING,
        contact_lines=texts.build_contact_lines(clinic.contact),
    )
    check_post(post, analyzer, allowed=_published(clinic))
    trace: dict[str, object] = {
        "title": post.title,
        "settings": dataclasses.asdict(settings),
        "themes": [theme_trace[theme.id] for theme in theme_result.themes],
        "bullets": bullet_trace,
        "privacy": {
            "notes_with_personal_data": sorted(
                c.note.id for c in candidates.values() if c.has_personal_data
            )
        },
    }
    return post, trace


def _choose_themes(
    themes: Sequence[Theme], kept: int, analyzer: SummaryAnalyzer, settings: SummarySettings
) -> tuple[list[Theme], dict[str, dict[str, object]]]:
    """Themes that get a bullet, strongest first, and a trace entry for every theme."""
    labels = find_personal_data(
        [f"{theme.label}. {', '.join(theme.keywords)}" for theme in themes], analyzer
    )
    trace: dict[str, dict[str, object]] = {}
    eligible = []
    for theme, label_spans in zip(themes, labels, strict=True):
        share = theme.share or (theme.size / kept if kept else 0.0)
        reason = ""
        if theme.kind == "muu" or theme.id == NO_THEME:
            reason = "muu"
        elif theme.kind == "emergent" and not settings.include_emergent:
            reason = "emergent themes off"
        elif theme.size < settings.min_theme_size or share < settings.min_theme_share:
            reason = "too small"
        elif label_spans:
            reason = "label has personal data"
        elif theme.kind == "emergent" and _generic_label(theme):
            reason = "no label"
        elif theme.kind == "emergent" and not _nameable(theme, analyzer):
            reason = "no noun to name it"
        trace[theme.id] = {
            "id": theme.id,
            "label": theme.label,
            "kind": theme.kind,
            "size": theme.size,
            "bullet": False,
            "reason": reason,
        }
        if not reason:
            eligible.append(theme)
    eligible.sort(key=lambda t: (-t.size, t.kind != "seeded", t.id))
    seen: set[str] = set()
    for theme in list(eligible):
        if theme.label.strip().lower() in seen:
            trace[theme.id]["reason"] = "same label as a stronger theme"
            eligible.remove(theme)
        seen.add(theme.label.strip().lower())
    for theme in eligible[settings.max_bullets :]:
        trace[theme.id]["reason"] = "beyond max_bullets"
    return eligible[: settings.max_bullets], trace


def _candidates(
    notes: Sequence[Note], kept: Sequence[Note], analyzer: SummaryAnalyzer
) -> dict[str, _Candidate]:
    """Tidy `notes` and drop every sentence in which a detector fires (raw or tidied text).
    Voikko and patterns only: NER runs on the composed bullets (_build_bullet) and the post
    (check_post), the text that is published, not on every note."""
    vocabulary = Counter(word.lower() for note in kept for word in _WORD.findall(_text(note)))
    tidied = [tidy_note(_text(note), analyzer.voikko, vocabulary=vocabulary) for note in notes]
    raw = find_personal_data([_text(note) for note in notes], analyzer, ner=False)
    flat = [sentence for sentences in tidied for sentence in sentences]
    flagged = iter(find_personal_data(flat, analyzer, ner=False))
    result = {}
    for note, sentences, raw_spans in zip(notes, tidied, raw, strict=True):
        clean = tuple(sentence for sentence in sentences if not next(flagged))
        result[note.id] = _Candidate(
            note=note,
            sentences=clean,
            has_personal_data=bool(raw_spans) or len(clean) < len(sentences),
            words=sum(len(_WORD.findall(sentence)) for sentence in clean),
        )
    return result


def _build_bullet(
    theme: Theme,
    member_ids: Sequence[str],
    candidates: dict[str, _Candidate],
    index: int,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings,
) -> tuple[Bullet | None, list[tuple[str, str]]]:
    """The bullet of `theme` and the (note id, sentence) pairs it was built from."""
    usable = [candidates[i] for i in member_ids if candidates[i].sentences]
    if theme.kind == "emergent":
        # an emergent theme is named by its keywords: its bullet quotes notes that use them
        # (a vague note can sit at the centre of a cluster without saying what it is about)
        keywords = set(theme.keywords[:_NAMING_KEYWORDS])
        naming = [c for c in usable if keywords & {w.lower() for w in c.note.lemmas}]
        usable = naming or usable
    excluded: set[str] = set()
    while usable:
        pool = [c for c in usable if c.note.id not in excluded]
        if not pool:
            break
        used = _pick_sentences(theme, pool, analyzer, settings)
        text = compose_bullet([s for _, s in used], index, analyzer.voikko)
        spans = find_personal_data([text], analyzer)[0]
        if not spans:
            note_ids = tuple(dict.fromkeys(i for i, _ in used))
            heading = texts.theme_heading(theme, analyzer.voikko)
            return Bullet(theme.id, heading, text, note_ids), used
        # The detector fired only in context: leave out the notes whose sentences it hit.
        hit = {i for i, sentence in used for s in spans if text[s.start : s.end] in sentence}
        excluded |= hit or {i for i, _ in used}
        logger.info("theme %s: left out notes %s after a detector fired", theme.id, sorted(hit))
    return None, []


def _pick_sentences(
    theme: Theme, pool: Sequence[_Candidate], analyzer: SummaryAnalyzer, settings: SummarySettings
) -> list[tuple[str, str]]:
    vectors = note_vectors([c.note for c in pool], analyzer)
    relevance = centrality(vectors)
    representatives = set(theme.representative_ids)
    scores = []
    for candidate, value in zip(pool, relevance, strict=True):
        score = float(value)
        if candidate.note.id in representatives:
            score += settings.representative_bonus
        if candidate.has_personal_data:
            score -= _PERSONAL_PENALTY
        if candidate.words < settings.min_words:
            score -= _SHORT_PENALTY
        if candidate.words > settings.max_words:
            score -= _LONG_PENALTY
        if all(sentence.endswith("?") for sentence in candidate.sentences):
            score -= _QUESTION_PENALTY
        scores.append(score)
    order = select_mmr(
        np.asarray(vectors),
        scores,
        len(pool),
        lambda_=settings.mmr_lambda,
        duplicate_similarity=settings.duplicate_similarity,
    )
    budget = _sentence_budget(theme, settings)
    used: list[tuple[str, str]] = []
    for position in order:
        candidate = pool[position]
        sentences = candidate.sentences
        if used and len(used) + len(sentences) > budget:
            continue
        used.extend((candidate.note.id, s) for s in sentences[:budget])
        if len(used) >= budget:
            break
    return used


def _sentence_budget(theme: Theme, settings: SummarySettings) -> int:
    wanted = 1 + theme.size // max(settings.notes_per_sentence, 1)
    return max(settings.min_sentences, min(settings.max_sentences, wanted))


def _published(clinic: Clinic) -> tuple[str, ...]:
    """Strings from clinic.toml that are published on purpose."""
    contact = clinic.contact
    return (clinic.title, clinic.topic, clinic.organiser, contact.name, contact.organisation)


#: Keywords of an emergent theme that its bullet's notes should use.
_NAMING_KEYWORDS = 3


def _nameable(theme: Theme, analyzer: SummaryAnalyzer) -> bool:
    """Whether the bullet heading of an emergent theme names a thing: a heading made only of
    verbs ("Jatkaa") says nothing a reader can hold on to (typically logistics notes)."""
    words = re.findall(r"[^\W\d_]+", texts.theme_heading(theme, analyzer.voikko))
    return any(not texts.only_verb(word, analyzer.voikko) for word in words)


def _generic_label(theme: Theme) -> bool:
    """An emergent theme without keywords or with a catch-all label is not a real theme."""
    label = theme.label.strip().lower()
    return not theme.keywords or not label or label in _GENERIC_LABELS or label == theme.id


def _text(note: Note) -> str:
    return note.clean_text or note.text
