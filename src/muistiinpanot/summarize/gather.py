"""The sentences of one bullet: the opening (the theme's point), then what other notes said,
gathered rather than listed note by note, within `[summary] max_sentences` and `max_words`:

- clauses of different notes that share their predicate, coordinated (summarize/merge.py);
- infinitive phrases under one modal ("Lisäksi pitäisi kuulla asukkaita ja järjestää
  asukasiltoja."), the shared verb said once ("pitäisi kertoa A ja B", summarize/infinitives.py);
- noun phrases of further notes in one colon list ("Esimerkkeinä mainittiin: A, B ja C.");
- clauses whose topics share a head noun, each clause whole (summarize/topics.py);
- clauses that start alike up to a verb of the same lemma, and two short clauses of what is
  or of proposals as one compound sentence (summarize/compounds.py);
- a clause of one note as a sentence of its own.

Units that gather more notes come first when the caps leave no room for all, of those the
ones that say more groups' notes; every sentence passes summarize/grammar.py (repaired or
dropped)."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from muistiinpanot.summarize.compounds import compound_units, uncounted
from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.infinitives import infinitive_units
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.jointopics import same_topic
from muistiinpanot.summarize.leadin import lead_in
from muistiinpanot.summarize.merge import coordinate, merge_clauses
from muistiinpanot.summarize.parsetree import Frame
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.repeats import folded, said_once
from muistiinpanot.summarize.restated import restates, verbs_alike
from muistiinpanot.summarize.restatedclauses import restated_clauses
from muistiinpanot.summarize.sameopenings import said_openings_once
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.stated import stated_notes
from muistiinpanot.summarize.topics import topic_units

_WORD = re.compile(r"[^\W\d_]+")
FloatArray = npt.NDArray[np.float64]
logger = logging.getLogger(__name__)

#: Lead-ins of gathered lists, rotated over the bullets: noun phrases (nominative) are listed
#: under a neutral predicate (the tone of the note they came from need not be theirs).
_LIST = ("Esimerkkeinä mainittiin: {}.", "Esiin nousivat myös {}.", "Lisäksi mainittiin {}.")


def render_bullet(
    opening: Piece,
    chosen: Sequence[Piece],
    offers: Mapping[str, Sequence[Piece]],
    index: int,
    voice: Voice,
    speller: Speller,
    settings: SummarySettings,
    vector: Callable[[frozenset[str]], FloatArray],
    preferred: Mapping[str, int] | None = None,
) -> tuple[str, list[tuple[str, str]]]:
    """The bullet text and the (note id, piece text) pairs it says. `chosen` are the other
    notes' pieces in order of preference (one per note); `offers` every piece of each note;
    `vector` turns a lemma set into a unit vector (clauses of one point are near);
    `preferred`: note id → rank, the sentences of higher-ranked notes take the slots first
    (summarize/analyst.py, mend159)."""
    ranks = preferred or {}

    def rank(unit: Unit) -> int:
        return max((ranks.get(p.note_id, 0) for p in unit.pieces), default=0)

    form = _forms(chosen, offers)
    order = {piece.note_id: position for position, piece in enumerate(chosen)}
    clause_units, first = _clause_units(opening, [form[p.note_id] for p in chosen], speller)
    first, clause_units = shared_starts(first, clause_units, speller, settings.max_predicates)
    common = settings.repeat_common if settings.restated_clauses else None
    first, clause_units = topic_units(
        first,
        clause_units,
        speller,
        settings.topic_words,
        settings.max_predicates,
        common,
        settings.restated_mostly_said,
    )
    if settings.restated_clauses:  # a clause another says with more gives its place
        first, clause_units = restated_clauses(first, clause_units, speller, settings.repeat_common)
    clause_units = compound_units(
        clause_units,
        settings.compound_words,
        speller,
        settings.compound_clauses,
        functools.partial(_related_topic, vector, settings.compound_similarity, speller),
        functools.partial(verbs_alike, vector, settings.restated_verb_similarity),
        common,
        settings.restated_mostly_said,
    )
    first, clause_units = said_once(first, clause_units)
    units = clause_units + infinitive_units(form, order, index, voice, speller)
    slots = max(settings.max_sentences - 1, 0)
    words = first.words
    selected: list[Unit] = []
    for unit in sorted(
        units, key=lambda u: (-rank(u), -len(u.pieces), -_groups(u, voice), u.position)
    ):
        if settings.restated_sentences:  # "Illalla ei kulje bussia. Ilta-aikaan ei ole …"
            pool = [first, *selected]
            host = restates(unit.text, [u.text for u in pool], speller, settings.repeat_common)
            if host:  # said already: its notes with the sentence that says it, its slot free
                first, selected = folded(pool, host, unit)
                continue
        if len(selected) < slots and words + unit.words <= settings.max_words:
            selected.append(unit)
            words += unit.words
    said = {p.note_id for unit in [first, *selected] for p in unit.pieces}
    listable = [
        phrase
        for piece in chosen
        if piece.note_id not in said
        and (phrase := _best_phrase(offers[piece.note_id], form[piece.note_id])) is not None
    ]
    dropped: Unit | None = None
    if len(listable) >= 2 and len(selected) == slots and selected:
        # room for the list: the last single-note sentence gives way (its note may join it)
        singles = [u for u in selected if len(u.pieces) == 1]
        if singles:
            dropped = max(singles, key=lambda u: u.position)
            selected.remove(dropped)
            words -= dropped.words
            note = dropped.pieces[0].note_id
            phrase = _best_phrase(offers[note], dropped.pieces[0])
            if phrase is not None:
                listable.append(phrase)
                listable.sort(key=lambda p: order.get(p.note_id, 0))
    room = settings.max_words - words
    before = [first, *sorted(selected, key=lambda u: (u.tone, u.position))]
    last = frozenset().union(*(p.span.lemmas for p in before[-1].pieces))
    template = _LIST[index % len(_LIST)]
    if template == _LIST[0] and not all(
        _illustrates(last, p.span.lemmas) for p in listable[: settings.list_items]
    ):
        template = _LIST[1]  # not examples of the sentence before: no "Esimerkkeinä"
    listed = _list_unit(listable[: settings.list_items], room, template, speller)
    if listed is not None and len(selected) < slots:
        selected.append(listed)
    elif dropped is not None:  # no list after all: the sentence stays
        selected.append(dropped)
    selected.sort(key=lambda u: (u is listed, -rank(u), u.tone, u.position))
    sentences = [first.text, *(unit.text for unit in selected)]
    if settings.same_openings:  # "Luottamus syntyy, jos … Luottamus syntyy, kun …"
        sentences = said_openings_once(sentences)
    used = [(p.note_id, p.span.text) for unit in [first, *selected] for p in unit.pieces]
    share = settings.lead_in_stated_share  # the groups of the notes it states (stated.py)
    stating = stated_notes(sentences[0], first.pieces, speller, share) if share else []
    sentences[0] = lead_in(
        sentences[0], index, voice, speller, stating or [p.note_id for p in first.pieces]
    )
    return " ".join(sentences), used


def _groups(unit: Unit, voice: Voice) -> int:
    """How many groups wrote the notes `unit` says (summary34: of two sentences that gather as
    many notes, the one that says more groups' notes takes the slot)."""
    return len(frozenset().union(*(voice.note_groups.get(p.note_id, ()) for p in unit.pieces)))


def _related(
    vector: Callable[[frozenset[str]], FloatArray], least: float, group: Sequence[Unit], unit: Unit
) -> float:
    """How near `unit` is to the point of `group`: the cosine of their content lemmas' unit
    vectors when it is at least `least` ([summary] compound_similarity), else 0. Words of time
    and measure are left out (review 44 #8, mend90: "Perehdytys kestää viikon" + "Hoitoon
    pääsee kolmen viikon päästä" share how long, not a point)."""
    said = uncounted(frozenset().union(*(p.span.lemmas for u in group for p in u.pieces)))
    new = uncounted(frozenset().union(*(p.span.lemmas for p in unit.pieces)))
    if not said or not new:
        return 0.0  # a time or a measure alone is no point to share
    cosine = float(vector(said) @ vector(new))
    logger.debug("compound: %.2f %r + %r", cosine, [u.text for u in group], unit.text)
    return cosine if cosine >= least else 0.0


def _related_topic(
    vector: Callable[[frozenset[str]], FloatArray],
    least: float,
    speller: Speller,
    group: Sequence[Unit],
    unit: Unit,
) -> float:
    """`_related`, and 0 when `unit`'s subject is no thing `group` speaks of (jointopics.py:
    "Selkokieli auttaa kaikkia" is no point of "henkilökunta ei ehdi auttaa", review 70 #2);
    proposals are not judged so: joined, they list what should be done and state no relation
    between what is (a first version judged them too and split proposals of one theme)."""
    proposal = unit.tone == TONE_ORDER["proposal"]
    if not proposal and not same_topic(group, unit, speller, vector, least):
        return 0.0
    return _related(vector, least, group, unit)


def _forms(chosen: Sequence[Piece], offers: Mapping[str, Sequence[Piece]]) -> dict[str, Piece]:
    """How each chosen note is said: its infinitive phrase when another chosen note shares
    the modal (or it offers nothing else), its chosen piece otherwise."""
    infinitive = {
        p.note_id: next((o for o in offers[p.note_id] if o.kind == "infinitive"), p) for p in chosen
    }
    modals = Counter(i.modal for i in infinitive.values() if i.kind == "infinitive")
    form: dict[str, Piece] = {}
    for piece in chosen:
        alternative = infinitive[piece.note_id]
        shared = alternative.kind == "infinitive" and modals[alternative.modal] >= 2
        form[piece.note_id] = alternative if shared else piece
    return form


def _clause_units(
    opening: Piece, forms: Sequence[Piece], speller: Speller
) -> tuple[list[Unit], Unit]:
    """Sentences of the clauses (the opening's first), clauses that share a predicate
    coordinated; a coordinated sentence that fails the grammar check falls back to its
    clauses one by one. Returns the other units and the opening's."""
    clauses = [opening, *(p for p in forms if p.kind == "clause")]
    tone = {id(p): TONE_ORDER[p.tone] for p in clauses}
    units: list[Unit] = []
    first: Unit | None = None
    for position, (text, group) in enumerate(merge_clauses(clauses, _frame, speller)):
        repaired = repair_sentence(text, speller) if text else None
        parts = [(repaired, group)] if repaired else [(p.span.text, [p]) for p in group]
        for sentence, members in parts:
            if sentence is None:
                continue
            unit = Unit(sentence, list(members), position, tone[id(members[0])])
            if members[0] is opening:
                first = unit
            else:
                units.append(unit)
    assert first is not None  # the opening's text passed the check before it was chosen
    return units, first


def _best_phrase(found: Sequence[Piece], said: Piece) -> Piece | None:
    """The note's noun phrase to list: its longest that is not from a problem (lifted out of
    "ei valmiita vastauksia" a phrase would say the opposite)."""
    if said.kind == "phrase":
        return said
    return next((p for p in found if p.kind == "phrase" and p.tone != "problem"), None)


def _illustrates(said: frozenset[str], item: frozenset[str]) -> bool:
    """Whether a listed noun phrase (its content lemmas `item`) is an example of what the
    sentence before it (`said`) names: a word of it, or a compound whose head is one
    ("kirjailijatapahtuma" of "tapahtuma"; Finnish compounds end in their head). Nearness
    of word vectors is not enough: a clinic's notes are all near its topic (review 34 #4)."""
    return any(
        word == base or (len(base) >= 3 and word.endswith(base)) for word in item for base in said
    )


def _list_unit(phrases: Sequence[Piece], room: int, template: str, speller: Speller) -> Unit | None:
    """The list of up to as many `phrases` as fit in `room` words (two at least), said with
    `template` (one of _LIST)."""
    for count in range(len(phrases), 1, -1):
        members = list(phrases[:count])
        text = template.format(coordinate([p.span.text for p in members]))
        if len(_WORD.findall(text)) > room:
            continue
        repaired = repair_sentence(text, speller)
        if repaired is not None:
            return Unit(repaired, members, 10**6, TONE_ORDER["statement"])
    return None


def _frame(piece: Piece) -> Frame | None:
    return piece.frame
