"""The sentences of one bullet: the opening (the theme's point), then what other notes said,
gathered rather than listed note by note, within `[summary] max_sentences` and `max_words`:

- clauses of different notes that share their predicate, coordinated (summarize/merge.py);
- infinitive phrases under one modal ("Lisäksi pitäisi kuulla asukkaita ja järjestää
  asukasiltoja."), the shared verb said once ("pitäisi kertoa A ja B");
- noun phrases of further notes in one colon list ("Esimerkkeinä mainittiin: A, B ja C.");
- two short clauses of the same tone (problem, statement or proposal) that share nothing
  else, as one compound sentence ("A ei onnistu sopimuksilla, eikä tieto liiku.");
- a clause of one note as a sentence of its own.

Units that gather more notes come first when the caps leave no room for all; every sentence
passes summarize/grammar.py (repaired or dropped)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.merge import merge_clauses
from muistiinpanot.summarize.parsetree import Frame
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import SummarySettings

_WORD = re.compile(r"[^\W\d_]+")
#: A sentence that ends in an abbreviation ("… jne.") cannot be continued after its dot.
_ABBREVIATION_END = re.compile(r"\b(?:jne|yms|tms|ym|esim|mm|ns|vrt|ks)\.$", re.IGNORECASE)
_TONE_ORDER = {"problem": 0, "statement": 1, "proposal": 2}

#: Lead-ins of gathered sentences, rotated over the bullets: infinitive phrases share the
#: modal, noun phrases (nominative) are listed under a neutral predicate (the tone of the note
#: they came from need not be theirs).
_INFINITIVE = ("Lisäksi pitäisi {}.", "Samalla pitäisi {}.", "{according} pitäisi myös {}.")
_LIST = ("Esimerkkeinä mainittiin: {}.", "Esiin nousivat myös {}.", "Lisäksi mainittiin {}.")


@dataclass(slots=True)
class _Unit:
    """One sentence of the bullet and the pieces it says."""

    text: str
    pieces: list[Piece]
    position: int
    tone: int = 0
    words: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(_WORD.findall(self.text))


def render_bullet(
    opening: Piece,
    chosen: Sequence[Piece],
    offers: Mapping[str, Sequence[Piece]],
    index: int,
    voice: Voice,
    speller: Speller,
    settings: SummarySettings,
) -> tuple[str, list[tuple[str, str]]]:
    """The bullet text and the (note id, piece text) pairs it says. `chosen` are the other
    notes' pieces in order of preference (one per note); `offers` every piece of each note."""
    form = _forms(chosen, offers)
    order = {piece.note_id: position for position, piece in enumerate(chosen)}
    clause_units, first = _clause_units(opening, [form[p.note_id] for p in chosen], speller)
    first, clause_units = _shared_starts(first, clause_units, speller)
    clause_units = _compound_units(clause_units, settings.compound_words, speller)
    units = clause_units + _infinitive_units(form, order, index, voice, speller)
    slots = max(settings.max_sentences - 1, 0)
    words = first.words
    selected: list[_Unit] = []
    for unit in sorted(units, key=lambda u: (-len(u.pieces), u.position)):
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
    dropped: _Unit | None = None
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
    listed = _list_unit(listable[: settings.list_items], room, index, speller)
    if listed is not None and len(selected) < slots:
        selected.append(listed)
    elif dropped is not None:  # no list after all: the sentence stays
        selected.append(dropped)
    selected.sort(key=lambda u: (u is listed, u.tone, u.position))
    sentences = [first.text, *(unit.text for unit in selected)]
    used = [(p.note_id, p.span.text) for unit in [first, *selected] for p in unit.pieces]
    sentences[0] = lead_in(sentences[0], index, voice, speller)
    return " ".join(sentences), used


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
) -> tuple[list[_Unit], _Unit]:
    """Sentences of the clauses (the opening's first), clauses that share a predicate
    coordinated; a coordinated sentence that fails the grammar check falls back to its
    clauses one by one. Returns the other units and the opening's."""
    clauses = [opening, *(p for p in forms if p.kind == "clause")]
    tone = {id(p): _TONE_ORDER[p.tone] for p in clauses}
    units: list[_Unit] = []
    first: _Unit | None = None
    for position, (text, group) in enumerate(merge_clauses(clauses, _frame, speller)):
        repaired = repair_sentence(text, speller) if text else None
        parts = [(repaired, group)] if repaired else [(p.span.text, [p]) for p in group]
        for sentence, members in parts:
            if sentence is None:
                continue
            unit = _Unit(sentence, list(members), position, tone[id(members[0])])
            if members[0] is opening:
                first = unit
            else:
                units.append(unit)
    assert first is not None  # the opening's text passed the check before it was chosen
    return units, first


_NEGATION_KA = {"ei": "eikä", "eivät": "eivätkä"}


#: At most this many words stand before the shared verb of clauses joined by _shared_starts.
_SHARED_START_WORDS = 3


def _shared_starts(first: _Unit, units: list[_Unit], speller: Speller) -> tuple[_Unit, list[_Unit]]:
    """Single clauses that start alike, the same words and then a finite verb of the same
    lemma (Voikko), said as one clause with their rests coordinated: "Johdon pitäisi antaa
    lupa kokeilla." + "Johdon pitää näyttää esimerkkiä." → "Johdon pitäisi antaa lupa
    kokeilla ja näyttää esimerkkiä." (the first clause's verb form; at most three clauses;
    a rest with a comma is not followed by another, where "ja" would attach inside it)."""
    result: list[_Unit] = []
    by_start: dict[tuple[str, ...], _Unit] = {}
    for unit in [first, *units]:
        split = _start(unit.text, speller) if len(unit.pieces) == 1 or unit is first else None
        target = by_start.get(split[0]) if split is not None else None
        if split is not None and target is not None:
            joined = _join_rests(target, unit, split[1], speller)
            if joined is not None:
                result[result.index(target)] = joined
                by_start[split[0]] = joined
                if joined is not first and target is first:
                    first = joined
                continue
        result.append(unit)
        if split is not None and split[0] not in by_start:
            by_start[split[0]] = unit
    return first, [unit for unit in result if unit is not first]


def _start(text: str, speller: Speller) -> tuple[tuple[str, ...], str] | None:
    """(the words up to the first finite verb, that verb as its lemma; what follows it) or
    None when no finite verb comes early or nothing follows it."""
    words = text.rstrip(".").split(" ")
    for index, word in enumerate(words[: _SHARED_START_WORDS + 1]):
        lemmas = {
            a.get("BASEFORM", "")
            for a in speller.analyze(word.lower())
            if a.get("MOOD") in ("indicative", "conditional") and a.get("CLASS") == "teonsana"
        }
        if len(lemmas) == 1:
            rest = " ".join(words[index + 1 :])
            key = (*(w.lower() for w in words[:index]), lemmas.pop())
            return (key, rest) if rest and not rest.startswith((",", "–")) else None
    return None


def _join_rests(target: _Unit, unit: _Unit, rest: str, speller: Speller) -> _Unit | None:
    if len(target.pieces) >= 3 or "," in target.text or _ABBREVIATION_END.search(target.text):
        return None
    if target.text.rstrip(".").lower().endswith(rest.lower()):
        return None  # says the same again
    repaired = repair_sentence(f"{target.text.rstrip('.')} ja {rest}.", speller)
    if repaired is None:
        return None
    return _Unit(repaired, [*target.pieces, *unit.pieces], target.position, target.tone)


def _compound_units(units: list[_Unit], most: int, speller: Speller) -> list[_Unit]:
    """`units` with single short clauses paired into compound sentences, in order: what is
    (problems and statements) with what is, proposals with proposals ("A ei onnistu
    sopimuksilla." + "Tieto ei liiku." → "A ei onnistu sopimuksilla, eikä tieto liiku."). The
    first clause of a pair has no comma (a "ja" after it would attach inside it); a pair
    that fails the grammar check stays apart."""
    result: list[_Unit] = []
    waiting: dict[bool, _Unit] = {}
    for unit in units:
        if len(unit.pieces) != 1 or unit.words > most or unit.text.endswith("?"):
            result.append(unit)
            continue
        proposal = unit.tone == _TONE_ORDER["proposal"]
        partner = waiting.pop(proposal, None)
        joined = _compound(partner, unit, speller) if partner is not None else None
        if joined is not None:
            result.append(joined)
            continue
        if partner is not None:
            result.append(partner)
        if "," in unit.text:
            result.append(unit)
        else:
            waiting[proposal] = unit
    result += waiting.values()
    return sorted(result, key=lambda u: u.position)


def _compound(first: _Unit, second: _Unit, speller: Speller) -> _Unit | None:
    """ "A." + "B." → "A, ja b."; a negated second clause takes "eikä" ("…, eikä tieto liiku",
    "…, eikä ole aikaa")."""
    if _ABBREVIATION_END.search(first.text):
        return None
    frame = second.pieces[0].frame
    words = frame.predicate.split() if frame is not None else []
    head, _, after = second.text.partition(" ")
    if frame is not None and frame.subject and words and words[0].lower() in _NEGATION_KA:
        rest = " ".join([*words[1:], frame.rest]).strip()
        tail = f"{_NEGATION_KA[words[0].lower()]} {_inside(frame.subject, speller)} {rest}"
    elif head.lower() in _NEGATION_KA and after:
        tail = f"{_NEGATION_KA[head.lower()]} {after}"
    else:
        tail = f"ja {_inside(second.text, speller)}"
    text = f"{first.text.rstrip('.')}, {tail.strip().rstrip('.')}."
    repaired = repair_sentence(text, speller)
    if repaired is None:
        return None
    return _Unit(repaired, [*first.pieces, *second.pieces], first.position, first.tone)


def _inside(text: str, speller: Speller) -> str:
    """`text` as it reads inside a sentence: lowercase first letter unless a name or acronym."""
    word = text.split(" ", 1)[0]
    if (len(word) > 1 and word.isupper()) or _proper(word, speller):
        return text
    return text[:1].lower() + text[1:]


def _infinitive_units(
    form: Mapping[str, Piece], order: Mapping[str, int], index: int, voice: Voice, speller: Speller
) -> list[_Unit]:
    """One sentence per modal for the infinitive phrases under it ("Lisäksi pitäisi A ja B")."""
    groups: dict[str, list[Piece]] = {}
    for piece in sorted(form.values(), key=lambda p: order[p.note_id]):
        if piece.kind == "infinitive":
            groups.setdefault(piece.modal, []).append(piece)
    units = []
    for group in groups.values():
        text = _INFINITIVE[index % len(_INFINITIVE)].format(
            _shared_verb([p.span.text for p in group]), according=voice.according
        )
        repaired = repair_sentence(text, speller)
        if repaired is not None:
            position = order[group[0].note_id] + 1
            units.append(_Unit(repaired, group, position, _TONE_ORDER["proposal"]))
    return units


def _shared_verb(phrases: Sequence[str]) -> str:
    """ "kertoa A", "kertoa B" → "kertoa A ja B"; phrases with different verbs listed."""
    heads = {phrase.split(" ", 1)[0].lower() for phrase in phrases}
    if len(phrases) > 1 and len(heads) == 1 and all(" " in phrase for phrase in phrases):
        verb = phrases[0].split(" ", 1)[0]
        return f"{verb} {coordinate([phrase.split(' ', 1)[1] for phrase in phrases])}"
    return coordinate(list(phrases))


def _best_phrase(found: Sequence[Piece], said: Piece) -> Piece | None:
    """The note's noun phrase to list: its longest that is not from a problem (lifted out of
    "ei valmiita vastauksia" a phrase would say the opposite)."""
    if said.kind == "phrase":
        return said
    return next((p for p in found if p.kind == "phrase" and p.tone != "problem"), None)


def _list_unit(phrases: Sequence[Piece], room: int, index: int, speller: Speller) -> _Unit | None:
    """The colon list of up to as many `phrases` as fit in `room` words (two at least)."""
    template = _LIST[index % len(_LIST)]
    for count in range(len(phrases), 1, -1):
        members = list(phrases[:count])
        text = template.format(coordinate([p.span.text for p in members]))
        if len(_WORD.findall(text)) > room:
            continue
        repaired = repair_sentence(text, speller)
        if repaired is not None:
            return _Unit(repaired, members, 10**6, _TONE_ORDER["statement"])
    return None


def lead_in(sentence: str, index: int, voice: Voice, speller: Speller) -> str:
    """`sentence` with a lead-in on every third bullet (the second, fifth …), so that most
    bullets state their point directly."""
    if index % 3 != 1:
        return sentence
    first = sentence.split(" ", 1)[0]
    if not (len(first) > 1 and first.isupper()) and not _proper(first, speller):
        sentence = sentence[:1].lower() + sentence[1:]
    return f"{voice.according} {sentence}"


def _proper(word: str, speller: Speller) -> bool:
    classes = {a.get("CLASS", "") for a in speller.analyze(word.strip(",.").lower())}
    names = {"etunimi", "sukunimi", "paikannimi", "nimi"}
    return bool(classes) and classes <= names


def _frame(piece: Piece) -> Frame | None:
    return piece.frame


def coordinate(items: Sequence[str]) -> str:
    """ "A, B ja C"; "A, B sekä C ja D" when an item has a "ja" of its own."""
    if len(items) < 2:
        return "".join(items)
    last = "sekä" if any(" ja " in item for item in items) else "ja"
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
