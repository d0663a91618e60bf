"""Themes → BlogPost: pick the themes that get a bullet, tidy their notes into sentences and
keep only those no personal-data detector fires on, write one bullet per theme
(summarize/bullets.py, summarize/compose.py), and trace every bullet to its notes."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Collection, Sequence

from muistiinpanot.privacy import check_post
from muistiinpanot.records import BlogPost, Bullet, Clinic, Note, Theme, ThemeResult
from muistiinpanot.summarize import analyst, texts
from muistiinpanot.summarize.bullets import (
    BulletInputs,
    build_bullet,
    candidate_notes,
    clinic_counts,
)
from muistiinpanot.summarize.choose import (
    others_last,
    room_for_second,
    unnamed,
)
from muistiinpanot.summarize.clearing import clear_notes, note_text
from muistiinpanot.summarize.discussion import says_discussion
from muistiinpanot.summarize.government import learn_governments
from muistiinpanot.summarize.headingwords import said_headings
from muistiinpanot.summarize.naming import name_clinic
from muistiinpanot.summarize.notechecks import left_out
from muistiinpanot.summarize.notepieces import parse_pieces
from muistiinpanot.summarize.onegroupfold import folded, folds
from muistiinpanot.summarize.opening import opening_paragraph
from muistiinpanot.summarize.piece_settings import piece_settings
from muistiinpanot.summarize.pieces import Voice, note_groups, point_groups, root_point_groups
from muistiinpanot.summarize.postparts import (
    as_read,
    check_drafts,
    merged,
    note_lemmas,
    one_group,
    published,
    traced,
)
from muistiinpanot.summarize.postrepeats import repeats, sentences
from muistiinpanot.summarize.posttitle import TitleInputs, post_title
from muistiinpanot.summarize.protocols import SummaryAnalyzer
from muistiinpanot.summarize.reasons import theme_reason
from muistiinpanot.summarize.sentencemends import mender
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.slots import theme_slots
from muistiinpanot.summarize.smallthemes import others_bullet, small_themes
from muistiinpanot.summarize.subjectheading import subject_renamer
from muistiinpanot.summarize.title_reasons import reason_text
from muistiinpanot.summarize.unsaid import unsaid_reasons

logger = logging.getLogger(__name__)


def summarize_clinic(
    clinic: Clinic,
    notes: Sequence[Note],
    theme_result: ThemeResult,
    analyzer: SummaryAnalyzer,
    settings: SummarySettings | None = None,
    written: Sequence[str] = (),
    pinned: Collection[str] = (),
    renamed: Collection[str] = (),
) -> tuple[BlogPost, dict[str, object]]:
    """The clinic's blog post and its trace (JSON-able: per bullet the theme, the text and the
    note ids it was built from; per theme why it got a bullet or not). `written`: more
    written Finnish (the example notes) beside the clinic's notes for learning which
    infinitive a verb governs (government.learn_governments); `pinned`, `renamed`: the notes
    an analyst moved and the themes they renamed (analyst.Moves)."""
    settings = settings or SummarySettings()
    clinic = name_clinic(clinic, analyzer)
    kept = sorted((note for note in notes if note.status == "kept"), key=lambda n: n.id)
    by_id = {note.id: note for note in kept}
    slots = theme_slots(clinic, kept, by_id, theme_result, analyzer, settings)
    members, assigned, ranked, theme_trace, chosen, reserve = slots
    counts = clinic_counts(kept)  # the clinic's lemma counts behind every bullet's weights

    def candidates(themes: Sequence[Theme]) -> list[Note]:
        return [
            note
            for theme in themes
            for note in candidate_notes(
                theme,
                [by_id[i] for i in members[theme.id]],
                kept,
                settings.parse_notes,
                counts,
                pinned if settings.corrected_first else (),
            )
        ]

    reach = settings.comparative_reach  # tidy's: a spoken "ku" after a comparative is "kuin"
    passive = settings.passive_conditionals  # tidy's: "tehtäis" → "tehtäisiin"
    cleared, flagged = clear_notes(candidates(chosen), kept, analyzer, reach, passive)
    learned = learn_governments(
        [note_text(note) for note in notes],
        analyzer.voikko,
        settings.government_evidence,
        settings.government_share,
        tuple(written),
    )
    parse_only = functools.partial(
        parse_pieces, analyzer=analyzer, settings=piece_settings(settings), learned=learned
    )
    given, voikko = analyst.Moves(frozenset(pinned), frozenset(renamed)), analyzer.voikko
    moves = analyst.read_moves(theme_result.themes, members, by_id, given, voikko, settings)
    remark = functools.partial(says_discussion, analyzer)  # no point whole either (review 84)
    parse = functools.partial(
        analyst.with_whole_pieces, parse_only, moves, voikko, settings, remark=remark
    )
    pieces = parse(cleared)

    def prepare(themes: Sequence[Theme]) -> None:  # their notes cleared and parsed now
        more, found = clear_notes(candidates(themes), kept, analyzer, reach, passive)
        cleared.extend(more)
        flagged.update(found)
        pieces.update(parse(more))

    def give_slot() -> None:
        """A chosen theme got no bullet: its slot goes to the next theme below the cut (its
        notes cleared and parsed now; `[summary] free_slots`, review 54 #3)."""
        if not reserve:
            return
        theme = reserve.pop(0)
        theme_trace[theme.id].update(theme_reason(""))
        chosen.append(theme)
        prepare([theme])

    # the groups that wrote notes, also about the meeting itself ("0 pienryhmässä" otherwise)
    groups = len({note.group for note in notes if note.status != "empty"})
    claims = (
        root_point_groups(notes, members, analyzer.voikko)
        if settings.one_group_word_roots
        else None
    )
    voice = Voice(groups, note_groups(notes), point_groups(notes, members), claims)
    bullets: list[Bullet] = []
    bullet_trace: list[dict[str, object]] = []
    inputs = BulletInputs(kept, pieces, voice, analyzer, settings, counts, moves=moves)
    drafts = check_drafts(chosen, members, by_id, inputs)
    echo: frozenset[str] = frozenset()  # the content lemmas of the notes the post has said
    built = 0  # bullets built, a theme's second counted: its index and room, merged or not
    for position, theme in enumerate(chosen):
        theme_notes = [by_id[i] for i in members[theme.id]]
        draft, drafted_echo = drafts[position] if position < len(drafts) else (None, echo)
        bullet, used = build_bullet(
            theme,
            theme_notes,
            built,
            inputs,
            draft if position == built and drafted_echo == echo else None,  # as drafted
            echo=echo,
        )
        if bullet is None:
            none = left_out(
                assigned.get(theme.id, ()), members[theme.id], cleared, pieces, notes, analyzer
            )
            theme_trace[theme.id].update(reason=none.en, reason_fi=none.fi, rejected=none.rejected)
            logger.info("teema %s: ei nostoa: %s / no bullet: %s", theme.id, none.fi, none.en)
            give_slot()
            continue
        if not bullet.heading and repeats(bullet, bullets, analyzer, settings):
            theme_trace[theme.id].update(theme_reason("repeats an earlier bullet"))  # headless
            give_slot()
            continue
        theme_trace[theme.id]["bullet"] = True
        bullets.append(bullet)
        bullet_trace.append(traced(bullet, used))
        built, first_used = built + 1, used
        echo |= note_lemmas(by_id, bullet.note_ids)
        # room counted from the bullets built and the chosen themes still to come
        full = len(sentences(bullet.text)) >= settings.max_sentences  # its render had no room
        why = room_for_second(theme, built + len(chosen) - position - 1, settings, full)
        if why:
            if why != "too few notes":
                theme_trace[theme.id]["second_bullet_reason"] = why
            continue
        # the next distinct point: the notes the first bullet did not use (their lemmas weigh
        # nothing; a piece that says again a first bullet's note, duplicate_similarity, is not)
        said = {note.id for note in theme_notes if note.id in bullet.note_ids}
        rest = [note for note in theme_notes if note.id not in said]
        lemmas = note_lemmas(by_id, said)
        first = [piece.span.lemmas for i in sorted(said) for piece in pieces.get(i, ())]
        second, used = build_bullet(theme, rest, built, inputs, said=lemmas, echo=echo, first=first)
        if second is None:
            theme_trace[theme.id]["second_bullet_reason"] = "no further point in its notes"
            continue
        if repeats(second, bullets, analyzer, settings):
            theme_trace[theme.id]["second_bullet_reason"] = "repeats an earlier bullet"
            continue
        theme_trace[theme.id]["second_bullet"] = True
        fold = settings.one_group_fold and folds(
            second, bullets[-1], theme, voice, analyzer, settings.max_sentences
        )
        if fold:  # one group's lone point goes into its theme's first bullet (post42)
            theme_trace[theme.id]["second_bullet_folded"] = True
        elif settings.one_group_second:  # one group's point is not said as the groups' (#4)
            second = one_group(second, voice, analyzer, near=settings.one_group_near_points)
        if not (settings.merge_second_bullet or fold) and unnamed(theme, second.text, analyzer):
            # it would read as the heading's point: among "Muita nostoja" (review 38 #3, #4)
            theme_trace[theme.id]["second_bullet_heading"] = "no word of its label: others"
            second = dataclasses.replace(second, heading="")
        built += 1
        echo |= note_lemmas(by_id, second.note_ids)
        if settings.merge_second_bullet or fold:  # one bullet per theme, its heading once
            last = bullets[-1]
            bullets[-1] = folded(last, second, analyzer.voikko) if fold else merged(last, second)
            bullet_trace[-1] = traced(bullets[-1], [*first_used, *used])
        else:
            bullets.append(second)
            bullet_trace.append(traced(second, used))
    bullets, bullet_trace = others_last(bullets, bullet_trace, chosen)
    if not bullets:
        logger.warning(
            "klinikka %s: %d muistiinpanosta ei saatu nostoja (liian vähän muistiinpanoja tai "
            "toistuvia aiheita) / clinic %s: %d kept notes gave no highlights (too few notes "
            "or recurring topics)",
            clinic.id,
            len(kept),
            clinic.id,
            len(kept),
        )
    bullet_themes = [theme for theme in chosen if theme_trace[theme.id]["bullet"]]
    # a heading names what its bullets say; the opening and the title name it so (round 24)
    # a heading that only names the clinic's subject gives way (review 87)
    rename = subject_renamer(clinic, analyzer.voikko) if settings.subject_headings else None
    bullets, bullet_trace, bullet_themes = said_headings(  # an analyst's label as written
        bullets, bullet_trace, bullet_themes, voikko, settings.seeded_part_headings, rename
    )
    # the points of themes too small for a bullet of their own, last (post53)
    scores = {a.note_id: a.score for a in theme_result.assignments}
    small = small_themes(theme_result.themes, theme_trace, members, by_id, scores)
    extra, extra_used, extra_themes = others_bullet(small, members, by_id, bullets, inputs, prepare)
    if extra is not None:
        bullets, bullet_trace = [*bullets, extra], [*bullet_trace, traced(extra, extra_used)]
        bullet_trace[-1]["themes"] = extra_themes
        for theme_id in extra_themes:
            theme_trace[theme_id]["in_others_bullet"] = True
    # a theme no noun names ("Muita nostoja: …") keeps its bullet but is not the opening's
    # a ranked theme without a bullet may be larger than one named (rank_by_groups): the
    # opening then names no theme as the most discussed (review 55 #2)
    others = [theme for theme in ranked if not theme_trace[theme.id]["bullet"]]
    paragraph = (
        opening_paragraph(bullet_themes, analyzer, published(clinic), others)
        if settings.theme_paragraph
        else ""
    )
    if not bullets:
        paragraph = texts.build_shortfall(len(kept), settings.min_kept_notes)
    mend = mender(kept, analyzer.voikko, settings.sentence_mends, settings.shared_subject_verbs)
    title_inputs = TitleInputs(clinic, by_id, members, assigned, voice, theme_result)
    title = post_title(title_inputs, bullets, bullet_themes, paragraph, analyzer, settings, mend)
    # a range of numbers takes an en dash in what is published ("klo 7–22", review 52 #4)
    bullets = [dataclasses.replace(b, text=texts.en_dash_ranges(mend(b.text))) for b in bullets]
    for entry in bullet_trace:
        entry["text"] = texts.en_dash_ranges(mend(str(entry["text"])))
    post = BlogPost(
        title=texts.en_dash_ranges(title.text),
        lead=texts.build_lead(clinic, groups, len(kept)),
        paragraphs=(paragraph,) if paragraph else (),
        highlights_heading=texts.HIGHLIGHTS_HEADING,
        bullets=tuple(bullets),
        closing=texts.build_closing(clinic, groups),
        contact_heading=texts.CONTACT_HEADING,
        contact_lines=texts.build_contact_lines(clinic.contact),
    )
    check_post(as_read(post, bullet_themes, analyzer), analyzer, allowed=published(clinic))
    trace: dict[str, object] = {
        "title": post.title,
        "title_from": {
            "kind": title.kind,
            "theme": title.theme,
            "reason": reason_text(title.kind, title.reason),
            "reason_code": title.reason,
            "note_ids": list(title.note_ids),
        },
        "settings": dataclasses.asdict(settings),
        "themes": [theme_trace[theme.id] for theme in theme_result.themes],
        "bullets": bullet_trace,
        "privacy": {"notes_with_personal_data": sorted(flagged)},
    }
    moved = analyst.unsaid_moves(pinned if settings.corrected_first else (), bullet_trace)
    trace.update(moved)
    if unsaid := moved.get("unsaid_moves"):  # why, in an analyst's words (review 84 #3)
        read = (cleared, pieces)
        texts_said = [str(entry["text"]) for entry in bullet_trace]
        repeat = (settings.repeat_share, settings.repeat_common)
        told = unsaid_reasons(
            unsaid, assigned, members, theme_trace, read, notes, analyzer, texts_said, repeat
        )
        trace["unsaid_reasons"] = told
    return post, trace
