"""The notes a theme's bullet says first (mend159, review 76): the notes an analyst moved
into the theme (corrections.csv's note rows: `[summary] corrected_first`), then the notes
that say a word of the theme's label (`[summary] label_notes_first`), before the theme's
other notes.

A label names what its notes say: an emergent label is made of its notes' words, and an
analyst's label (a rename) is their name for the notes they saw under it. A bullet that
left those notes out for others of the theme said something its heading does not name
(review 76 #2: "Tieto hoitajan saapumisesta" over bank codes and sick leave). A note the
analyst moved is their statement that it belongs to the theme, not approval to publish it
(review 79): it is preferred there (first among the points after the opening, past an
emergent theme's keyword filter), but its relevance is weighed by the theme's own notes and
it passes the gain, room, grammar and personal-data checks every note passes; one the post
does not say is reported (`unsaid_moves`, the run's warnings).

Such a note that offers no piece (its sentence not cut into a clause, phrase or modal
infinitive by notepieces.py: a quotation inside it) is offered as its first tidied sentence
whole when that sentence has a finite verb (a verbless line is not), which compose.py's
grammar check still repairs or drops. Those notes are vouched for (review 80 #1): a verbless
noun phrase of theirs is read as a wish without an action noun or a goal
(wishes.verbless_wish), and a verbless front before "niin" without its comma is read as the
post reads it with the comma, never offered whole (review 80 #4: consequence_comma)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from muistiinpanot.records import Note, Theme
from muistiinpanot.summarize.notepieces import Cleared
from muistiinpanot.summarize.openers import consequence_connectives
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.tidy import load_tidy_lexicon
from muistiinpanot.summarize.wordchecks import known_word, label_words
from muistiinpanot.wordparts import compound_tails, parts

#: Ranks of the notes a bullet prefers (higher first); other notes rank 0.
CORRECTED = 2
LABELLED = 1


def names_label(lemmas: Collection[str], named: frozenset[str], speller: Speller) -> bool:
    """Whether one of `lemmas` is a word of `named` (a label's base forms) or a compound one
    of whose parts, as Voikko's WORDBASES splits it, is one ("saunavuoro" names "sauna"); a
    word that only begins or ends in a label word's letters is none ("tilanne" and
    "tilaisuus" do not name "tila", "koulutus" not "koulu", "talous" not "talo"; review 79
    #2)."""
    return any(
        lemma in named or not named.isdisjoint(_parts_of(lemma, speller)) for lemma in lemmas
    )


def _parts_of(lemma: str, speller: Speller) -> set[str]:
    """The base forms of the compound parts of `lemma` and its compound tails, by those of
    Voikko's analyses whose base form it is (empty when it is no compound)."""
    found: set[str] = set()
    for analysis in speller.analyze(lemma):
        split = parts(analysis)
        if analysis.get("BASEFORM", "").lower() == lemma and len(split) >= 2:
            found |= {part.base.casefold() for part in split if not part.derived}
            found |= set(compound_tails(analysis))
    return found


def preferred_notes(
    theme: Theme,
    members: Sequence[Note],
    pinned: Collection[str],
    speller: Speller,
    settings: SummarySettings,
    renamed: Collection[str] = (),
) -> dict[str, int]:
    """Note id → rank (CORRECTED, LABELLED) of the `members` of `theme` its bullet says
    first: those of `pinned` (an analyst's corrected notes), then those whose content
    lemmas name a word of its label (not a fallback label's, "Muita nostoja: …"), with
    `[summary] label_notes_first` or when an analyst gave the label (`renamed`)."""
    ranks: dict[str, int] = {}
    by_label = settings.label_notes_first or (settings.corrected_first and theme.id in renamed)
    if by_label and theme.named:
        named = label_words(theme.label, speller)
        for note in members:
            if named and names_label({x.lower() for x in note.content_lemmas}, named, speller):
                ranks[note.id] = LABELLED
    if settings.corrected_first:
        ranks.update({note.id: CORRECTED for note in members if note.id in pinned})
    return ranks


def whole_pieces(
    cleared: Sequence[Cleared],
    pieces: Mapping[str, tuple[Piece, ...]],
    wanted: Collection[str],
    speller: Speller,
    remark: Callable[[str], bool] = lambda sentence: False,
) -> dict[str, tuple[Piece, ...]]:
    """A piece of its first tidied sentence whole for each note of `wanted` that `cleared`
    holds with a sentence but `pieces` gives none (a note a detector fired on keeps no
    sentence and gets none), when that sentence is a clause: it has a finite verb other than
    the negation verb ("Kylätalo – ei esteetöntä vessaa, ei hissiä." is none; review 79 #1),
    and no `remark` about the talk that makes no point ("Puhuttiin lähinnä kuljetuksista.":
    discussion.says_discussion, the check every note's clause passes; review 84 #2), and
    every word of it is one Voikko knows (all_known): the sentence is the tidier's, and a
    spoken form or typo it left would be published as the note had it (review 91 #5)."""
    found: dict[str, tuple[Piece, ...]] = {}
    for item in cleared:
        note = item.note
        if note.id not in wanted or pieces.get(note.id) or not item.sentences:
            continue
        if not has_finite_verb(item.sentences[0], speller) or remark(item.sentences[0]):
            continue
        if not all_known(item.sentences[0], speller):
            continue  # "eka luokkalaiset odottaa": a spoken form the tidier left (review 91 #5)
        lemmas = frozenset(x.lower() for x in note.content_lemmas)
        found[note.id] = (Piece(note.id, "clause", Span(item.sentences[0], lemmas), "statement"),)
    return found


def with_whole_pieces(
    parse: Callable[..., dict[str, tuple[Piece, ...]]],
    moves: Moves,
    speller: Speller,
    settings: SummarySettings,
    cleared: Sequence[Cleared],
    remark: Callable[[str], bool] = lambda sentence: False,
) -> dict[str, tuple[Piece, ...]]:
    """`parse(cleared)` (notepieces.parse_pieces with the post's settings), the notes of
    fallback_ids(moves) vouched for with `[summary] vouched_wishes` (one more wish cue for a
    verbless noun phrase of theirs, wishes.verbless_wish, review 80 #1, review 81 #1); of
    those it gives no piece, one whose first sentence is a verbless front before a
    consequence without its comma is read, with `[summary] analyst_comma`, as the post reads
    it with the comma (consequence_comma: openers.consequence_front, then the wish), else
    none; the others get whole_pieces (`remark`: a sentence about the talk, which none
    is offered as)."""
    wanted = fallback_ids(moves)
    vouched = wanted if settings.vouched_wishes else frozenset()
    found = parse(cleared, vouched=vouched) if vouched else parse(cleared)
    fronted = {
        item.note.id: Cleared(item.note, (comma,))
        for item in cleared
        if settings.analyst_comma
        and item.note.id in wanted
        and not found.get(item.note.id)
        and item.sentences
        and (comma := consequence_comma(item.sentences[0], speller))
    }
    if fronted:
        again = parse(list(fronted.values()), vouched=vouched)
        found.update({note: pieces for note, pieces in again.items() if pieces})
    rest = wanted - set(fronted)
    return {**found, **whole_pieces(cleared, found, rest, speller, remark)}


def consequence_comma(sentence: str, speller: Speller) -> str | None:
    """`sentence` with a comma before its first consequence connective ("niin":
    openers.consequence_connectives) when no comma comes before it, the words before it have
    no finite verb and the words after it have one: "avainhallinta ja kulunvalvonta kuntoon
    niin iltakäyttö helpottuu" is a verbless wish and its consequence, which the post reads
    with the comma (review 80 #4); offered whole it published a verbless main clause."""
    words = sentence.split()
    for index, word in enumerate(words):
        if "," in word:
            return None
        if index and word.lower() in consequence_connectives():
            front, back = " ".join(words[:index]), " ".join(words[index:])
            if has_finite_verb(front, speller) or not has_finite_verb(back, speller):
                return None
            return f"{front}, {back}"
    return None


def all_known(sentence: str, speller: Speller) -> bool:
    """Whether every word of `sentence` is written Finnish Voikko knows, as a piece's words
    must be (wordchecks.known_word, with the tidy lexicon's kept words)."""
    keep = load_tidy_lexicon().keep
    return all(known_word(speller, keep, w) for w in re.findall(r"[^\W\d_]+", sentence))


def has_finite_verb(sentence: str, speller: Speller) -> bool:
    """Whether a word of `sentence` is, by one of Voikko's analyses, a verb in a mood (not a
    participle or infinitive, and not the negation verb "ei", which a verbless line uses)."""
    return any(
        analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") in _MOODS
        for word in re.findall(r"[^\W\d_]+", sentence)
        for analysis in speller.analyze(word.lower())
    )


_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})


@dataclass(frozen=True)
class Moves:
    """An analyst's corrections as one post reads them: `pinned`, the notes moved into a
    theme; `renamed`, the ids of the themes given a new label; `ranks`, theme id → note id →
    rank (preferred_notes), computed once per post (review 79 #4)."""

    pinned: frozenset[str] = frozenset()
    renamed: frozenset[str] = frozenset()
    ranks: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


def read_moves(
    themes: Sequence[Theme],
    members: Mapping[str, Sequence[str]],
    by_id: Mapping[str, Note],
    moves: Moves,
    speller: Speller,
    settings: SummarySettings,
) -> Moves:
    """`moves` with each theme's ranks (preferred_notes over its members)."""
    ranks = {
        theme.id: preferred_notes(
            theme,
            [by_id[i] for i in members.get(theme.id, ()) if i in by_id],
            moves.pinned,
            speller,
            settings,
            moves.renamed,
        )
        for theme in themes
    }
    return dataclasses.replace(moves, ranks=ranks)


def fallback_ids(moves: Moves) -> frozenset[str]:
    """The notes whose first sentence is offered whole when they offer no piece: the
    analyst's corrected notes, and the label's notes of a theme an analyst's theme row gave
    a new label."""
    return frozenset(
        note
        for theme, ranks in moves.ranks.items()
        for note, rank in ranks.items()
        if rank == CORRECTED or theme in moves.renamed
    )


def unsaid_moves(
    pinned: Collection[str], bullets: Sequence[Mapping[str, object]]
) -> dict[str, list[str]]:
    """`{"unsaid_moves": ids}` for the summary's trace: the analyst's moved notes (`pinned`)
    no bullet was built from (its theme got no bullet, or the note did not pass the checks
    every note of a theme passes); nothing when the clinic has no moved note, so that a
    post without corrections keeps its trace (review 79 #3; app/label_views.py warns)."""
    if not pinned:
        return {}
    said = {str(i) for bullet in bullets for i in _ids(bullet.get("note_ids"))}
    return {"unsaid_moves": sorted(set(pinned) - said)}


def _ids(value: object) -> list[object]:
    return value if isinstance(value, list) else []
