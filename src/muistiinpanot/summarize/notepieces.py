"""The pieces every cleared note offers a bullet (clauses, modal infinitive phrases, noun
phrases), from one batch of parses per clinic: each note's tokens written as the standard has
them (notewriting.standard_tokens) before its pieces are cut (phrases.sentence_pieces)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from muistiinpanot.records import Note
from muistiinpanot.summarize.adverbroots import directed
from muistiinpanot.summarize.alternatives import alternative_question
from muistiinpanot.summarize.answers import asks, bare_answer, elliptic_answer
from muistiinpanot.summarize.appended import noun_head, trimmed
from muistiinpanot.summarize.comparedwishes import compared_need
from muistiinpanot.summarize.dashcomments import dash_comment
from muistiinpanot.summarize.dashworries import dash_worry
from muistiinpanot.summarize.directions import directed_necessive, lative_case
from muistiinpanot.summarize.discussion import discussion_remark
from muistiinpanot.summarize.droppedclitic import dropped_clitic
from muistiinpanot.summarize.government import Governments, ungoverned
from muistiinpanot.summarize.judgedparts import judged_concern
from muistiinpanot.summarize.merge import named_opening
from muistiinpanot.summarize.modalphrase import necessive_in_force
from muistiinpanot.summarize.negatedhaving import negated_having
from muistiinpanot.summarize.notewriting import standard_tokens
from muistiinpanot.summarize.openers import (
    consequence_front,
    opening_conjunction,
    opens_with_consequence,
)
from muistiinpanot.summarize.parsetree import children_of
from muistiinpanot.summarize.phrases import Tone, sentence_pieces
from muistiinpanot.summarize.piece_settings import DEFAULT_PIECES, PieceSettings
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.predicate import has_finite_verb
from muistiinpanot.summarize.protocols import ParsedToken, SummaryAnalyzer
from muistiinpanot.summarize.quantifiers import floated_one
from muistiinpanot.summarize.saidframes import said_frame, that_content
from muistiinpanot.summarize.segments import verbless_parts
from muistiinpanot.summarize.splicedframes import framed_splice
from muistiinpanot.summarize.splicedlint import cleaner_joins, spoken_join
from muistiinpanot.summarize.splicednegation import spliced_clause, spliced_negation
from muistiinpanot.summarize.strandedadverb import stranded_adverb
from muistiinpanot.summarize.thatcopula import that_copula
from muistiinpanot.summarize.tidy import load_tidy_lexicon
from muistiinpanot.summarize.whynot import said_past, why_not_point
from muistiinpanot.summarize.wishes import verbless_wish
from muistiinpanot.summarize.wordchecks import (
    finite_form,
    known_word,
    loan_nouns,
    local_form,
    or_among,
    unfit_verb,
)


@dataclass(frozen=True, slots=True)
class Cleared:
    """A kept note's tidied sentences that no personal-data detector fired on."""

    note: Note
    sentences: tuple[str, ...]


def parse_pieces(
    cleared: Sequence[Cleared],
    analyzer: SummaryAnalyzer,
    settings: PieceSettings = DEFAULT_PIECES,
    learned: Governments | None = None,
    vouched: Collection[str] = (),
) -> dict[str, tuple[Piece, ...]]:
    """The pieces (clauses, modal infinitive phrases, noun phrases) of every cleared note,
    from one batch of parses, cut as the post's `settings` say (PieceSettings: each field's
    rule named there; piece_settings.piece_settings builds them from SummarySettings).
    `learned`: the infinitives written text shows governors take,
    government.learn_governments; `vouched`: the ids of the notes an analyst vouched for,
    whose verbless noun phrase is read as a wish without an action noun or a goal,
    wishes.verbless_wish. A note read with a join (`spliced_negations`, `spliced_clauses`)
    keeps it only as splicedlint.cleaner_joins lets it; `said_frames` also keeps no clause
    piece of a bare verb of saying alone (saidframes.said_frame)."""
    s = settings
    flat = [(c.note.id, sentence) for c in cleared for sentence in c.sentences]
    parsed = analyzer.parse([sentence for _, sentence in flat])
    pieces: dict[str, list[Piece]] = {c.note.id: [] for c in cleared}
    parts: dict[str, tuple[str, ...]] = dict.fromkeys(pieces, ())
    joined: set[str] = set()  # the notes read with a spliced clause joined
    finite = functools.partial(finite_form, analyzer.voikko)
    known: Callable[[str], bool] = functools.partial(
        known_word, analyzer.voikko, load_tidy_lexicon().keep
    )
    spelled: Callable[[str], bool] = analyzer.voikko.spell
    unfit = functools.partial(unfit_verb, analyzer.voikko, tagger_moods=s.tagger_moods)
    local = functools.partial(local_form, analyzer.voikko)  # "lumen alla" (nounphrases.py)
    vector = analyzer.word_vector if s.state_nouns else None  # "rahoitus katkolla": notwishes

    def named(word: str, after: str) -> bool:  # keeps its capital inside (review 24 #1)
        return named_opening(word, after, analyzer.voikko)

    def reparse(sentence: str) -> Sequence[ParsedToken]:
        return analyzer.parse([sentence])[0]

    def spoken(token: ParsedToken) -> bool:  # as said, or finite where an infinitive belongs
        return unfit(token) or ungoverned(token)

    def said(token: ParsedToken) -> bool:  # "oppisivat" tagged indicative is written (mend184)
        return unfit_verb(analyzer.voikko, token, tagger_moods=True) or ungoverned(token)

    for position, ((note_id, _), parsed_tokens) in enumerate(zip(flat, parsed, strict=True)):
        if position and flat[position - 1][0] == note_id:
            # "kuka päättää? ei kukaan ja …" → "Kukaan ei päätä ja …" (answers.py)
            whole = elliptic_answer(parsed[position - 1], parsed_tokens, analyzer.voikko)
            parsed_tokens = analyzer.parse([whole])[0] if whole else parsed_tokens
        if bare_answer(flat[position - 1] if position else None, note_id, parsed_tokens):
            continue  # "kuka omistaa nosturin? kukaan ei tiedä": no point without the question
        past = False  # a past "why not" point is its own sentence (review 57 #4)
        # "kuka vastaa avaimista? kaikki vastaavat": an answer's verb has the question's object
        answer = position > 0 and flat[position - 1][0] == note_id and asks(flat[position - 1])
        if s.appended_cuts and (front := consequence_front(parsed_tokens)):  # "X, niin Y" (openers)
            parsed_tokens = analyzer.parse([front])[0]
        if s.appended_cuts and (bare_clause := opening_conjunction(parsed_tokens)):
            parsed_tokens = analyzer.parse([bare_clause])[0]  # "mutta X …"
        if s.appended_cuts and (cut := trimmed(parsed_tokens)):  # "X, Y pitää arvioida"
            parsed_tokens = analyzer.parse([cut])[0]  # (appended.py)
        if s.stranded_adverbs and (moved := stranded_adverb(parsed_tokens)):  # "X, avoimesti"
            parsed_tokens = analyzer.parse([moved])[0]  # (strandedadverb.py)
        splice = (spliced_negation(parsed_tokens) if s.spliced_negations else None) or (
            spliced_clause(parsed_tokens) if s.spliced_clauses else None
        )  # "A, X eivät Y" → "A, ja X eivät Y" (splicednegation.py, review 82 #3, post47)
        if splice and s.said_frames and said_frame(parsed_tokens):
            # "Moni sanoi, bussi ei kulje" → "…, että bussi ei kulje" (saidframes.py, mend184)
            splice = that_content(parsed_tokens, analyzer.voikko)
        joined_tokens = analyzer.parse([splice])[0] if splice else None
        written = (  # the join as the post writes it: "seiso" is "seisoi" there (mend184)
            standard_tokens(
                joined_tokens, analyzer.voikko, learned, s.misread_parses, s.appended_cuts
            )
            if joined_tokens and s.said_frames
            else ()
        )
        if joined_tokens and not (s.said_frames and spoken_join(written, said, analyzer.voikko)):
            parsed_tokens = joined_tokens
            joined.add(note_id)
        if s.why_not_points and (point := why_not_point(parsed_tokens, analyzer.voikko)):
            # "Miksei kysytty kyläläisiltä ensin?" → "Olisi pitänyt kysyä …" (whynot.py)
            parsed_tokens, past = analyzer.parse([point])[0], said_past(point)
        if s.fragment_parts and (asked := alternative_question(parsed_tokens, analyzer.voikko)):
            # "kuka maksaa, kunta vai seurakunta" → "Kysyttiin, maksaako …" (alternatives.py)
            parsed_tokens = analyzer.parse([asked])[0]
        if (copula := that_copula(parsed_tokens)) is not None:  # "että X kipeä" (thatcopula.py)
            parsed_tokens = analyzer.parse([copula])[0]
        if s.possessive_clauses and (having := negated_having(parsed_tokens, analyzer.voikko)):
            parsed_tokens = analyzer.parse([having])[0]  # "X:llä ei aikaa" (negatedhaving.py)
        if (asked := dropped_clitic(parsed_tokens, analyzer.voikko)) is not None:  # "paljonko"
            parsed_tokens = analyzer.parse([asked])[0]  # (droppedclitic.py)
        floated = floated_one(parsed_tokens, analyzer.voikko)  # "kaverit … ainakin yksi"
        parsed_tokens = analyzer.parse([floated])[0] if floated else parsed_tokens
        if s.fragment_parts and (
            compared := compared_need(parsed_tokens, finite, analyzer.word_vector)
        ):
            parsed_tokens = analyzer.parse([compared])[0]  # "X -mmat kuin nyt": comparedwishes
        # agreement, possessives, necessive subjects, "he", infinitives, "eikä" (notewriting)
        tokens = standard_tokens(
            parsed_tokens, analyzer.voikko, learned, s.misread_parses, s.appended_cuts
        )
        # "chat" of "chatti", a noun of the parse, is written Finnish (review 84 #1)
        loans = loan_nouns(tokens, analyzer.voikko) if s.adapted_loans else frozenset()
        found = sentence_pieces(
            tokens,
            finite,
            or_among(known, loans),
            s.coordinated_words,
            spoken,
            or_among(spelled, loans),
            s.max_predicates,
            named,
            local,
            lambda word: lative_case(word, analyzer.voikko),
            s.possessive_clauses,
            s.necessive_copulas,
        )
        worry = dash_worry(tokens, analyzer.voikko, finite)  # "X - huoli että Y"
        framed = (
            framed_splice(tokens, children_of(tokens), s.framed_words)
            if found.clause.text
            else None
        )
        if worry is not None:  # "Huolena oli, että Y, kun X." (dashworries.py)
            pieces[note_id].append(Piece(note_id, "clause", worry[0], found.tone))
        elif framed is not None:  # "X, asukas kokee että Y" whole (splicedframes.py)
            pieces[note_id].append(Piece(note_id, "clause", framed, found.tone, predicates=2))
        elif (
            found.clause.text
            and not dash_comment(tokens, analyzer.voikko)
            and not (s.said_frames and not answer and said_frame(tokens))  # "Vanhemmat huomasivat."
            and not discussion_remark(tokens)  # "puhuttiin lähinnä X:stä" (review 73 #2)
            and not (s.appended_cuts and opens_with_consequence(found.clause.text, analyzer.voikko))
        ):
            clause = Piece(
                note_id,
                "clause",
                found.clause,
                found.tone,
                frame=found.frame,
                predicates=found.predicates,
                main=found.main,
            )
            pieces[note_id].append(clause)
        if (
            found.infinitive.text
            and not past
            and not (s.rules_in_force and necessive_in_force(tokens))
        ):
            # not under another note's present "pitäisi"; nor a rule in force ("pitää tilata")
            pieces[note_id].append(
                Piece(note_id, "infinitive", found.infinitive, found.tone, found.modal)
            )
        elif not found.clause.text:  # "auraus ennen klo 6 pääreiteillä" asks for it (wishes.py)
            wish = verbless_wish(
                tokens,
                children_of(tokens),
                analyzer.voikko,
                finite,
                s.wish_words,
                vector,
                note_id in vouched,
            )
            if wish is not None:
                tone: Tone = "proposal" if wish[1] else "problem"  # a harm raised: harms.py
                pieces[note_id].append(Piece(note_id, "clause", wish[0], tone, frame=wish[1]))
            elif worry is None and (need := directed_necessive(tokens, analyzer.voikko, reparse)):
                # "pöytäkirjat julki" → "Pöytäkirjat pitäisi tuoda julki." (directions.py)
                pieces[note_id].append(Piece(note_id, "clause", need[0], "proposal"))
        if not found.clause.text and not has_finite_verb(tokens) and not directed(tokens):
            # a list names what verbless notes name: a noun phrase lifted from a clause leaves
            # its point behind ("vaatii varmat tulokset" → "varmat tulokset")
            # and no phrase with a word Voikko does not know ("outlook", review 38 #6)
            pieces[note_id] += [
                Piece(note_id, "phrase", p, found.tone)
                for p in found.phrases
                if all(known(word) for word in p.text.split() if word.isalpha())
                and (not s.appended_cuts or noun_head(p.text, analyzer.voikko))
            ]
        if s.fragment_parts and not any(p.kind == "clause" for p in pieces[note_id]):
            # "X isossa tilassa, lämmitys kallista": a concern said whole (judgedparts.py)
            if concern := judged_concern(tokens, analyzer.voikko, finite, analyzer.word_vector):
                pieces[note_id].append(Piece(note_id, "clause", concern, "problem"))
            else:  # "avoin budjetti, kaikki kulut julki": its parts read alone (segments.py)
                parts[note_id] += verbless_parts(tokens, finite)
    if joined:  # a join that lints worse than the note without it gives way (splicedlint.py)
        unjoined = dataclasses.replace(s, spliced_negations=False, spliced_clauses=False)
        plain = parse_pieces(  # every setting but the joins (review 85 #4)
            [c for c in cleared if c.note.id in joined], analyzer, unjoined, learned, vouched
        )
        chosen = cleaner_joins(pieces, plain, joined, analyzer, s.max_predicates)
        parts.update({k: () for k, found in chosen.items() if found is not pieces[k]})
        pieces.update(chosen)
    if parts := {k: v for k, v in parts.items() if v}:
        again = [Cleared(c.note, parts[c.note.id]) for c in cleared if c.note.id in parts]
        # the run's own settings, no parts again (before style178 the defaults for five of them)
        found_parts = parse_pieces(
            again, analyzer, dataclasses.replace(s, fragment_parts=False), learned
        )
        for note_id, more in found_parts.items():
            pieces[note_id] += [p for p in more if p.kind == "clause"]
    return {note_id: tuple(found) for note_id, found in pieces.items()}
