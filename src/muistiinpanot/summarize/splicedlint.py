"""A spliced clause's join kept only when the written whole is as clean as the note without
it (post47; mend172's next step): a note's clause pieces read with the join
(splicednegation.py) are linted (lint.lint_each, every kind of hit, every note of a clinic in
one parse) against its pieces read without it, and the join gives way when it adds a hit or
leaves fewer clauses (a joined whole over `coordinated_words` whose cut would drop its turn
gives none). The lint does not see every spoken verb ("eivätkä yhdistykset pysty maksaan":
"maksaan" is a real form, "into the liver"), and a note that gives nothing without its join
compares 0 hits with 0: `spoken_join` refuses such a join before it is read (review 85 #2)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from muistiinpanot.summarize.lint import lint_each
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.protocols import ParsedToken, Speller, SummaryAnalyzer


def spoken_join(
    tokens: Sequence[ParsedToken], spoken: Callable[[ParsedToken], bool], speller: Speller
) -> bool:
    """Whether the clause a join adds (after the sentence's first comma) has a verb as said,
    not written (review 85 #2, mend181): `spoken` (wordchecks.unfit_verb, government's
    finite form where an infinitive belongs), or an infinitive of the parse that Voikko
    knows with no verb reading ("pysty maksaan": "maksaan" is "into the liver", the spoken
    "maksamaan"). Such a join is refused whatever the note gives without it: a join that
    carries a spoken verb into the post is never the written whole."""
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), len(tokens))
    return any(
        spoken(t) or _no_verb(t, speller) for t in tokens[comma + 1 :] if t.pos in ("VERB", "AUX")
    )


def _no_verb(token: ParsedToken, speller: Speller) -> bool:
    if "VerbForm=Inf" not in token.morph or "Case=Ill" not in token.morph:
        return False  # the -maan infinitive said "-aan"; not "tietämättään" (Voikko: adverb)
    if not token.text.isalpha():
        return False
    analyses = speller.analyze(token.text.lower())
    return bool(analyses) and not any(a.get("CLASS") == "teonsana" for a in analyses)


def _hits(counts: Mapping[str, int]) -> int:
    return sum(value for key, value in counts.items() if key != "sentences")


def cleaner_joins(
    joined: Mapping[str, list[Piece]],
    plain: Mapping[str, Sequence[Piece]],
    notes: Collection[str],
    analyzer: SummaryAnalyzer,
    max_predicates: int,
) -> dict[str, list[Piece]]:
    """For each of `notes` (read with a join), its pieces with the join when their clauses
    are as many and lint no worse than the pieces of `plain` (read without it), else the
    plain ones. Every clause of every note is linted in one parse (review 85 #3)."""
    chosen: dict[str, list[Piece]] = {}
    compared: list[tuple[str, list[str], list[str]]] = []
    for note_id in notes:
        with_join = [p.span.text for p in joined[note_id] if p.kind == "clause"]
        without = [p.span.text for p in plain.get(note_id, ()) if p.kind == "clause"]
        if with_join == without:
            chosen[note_id] = joined[note_id]
        elif len(with_join) < len(without):
            chosen[note_id] = list(plain.get(note_id, ()))
        else:
            compared.append((note_id, with_join, without))
    texts = [text for _, with_join, without in compared for text in (*with_join, *without)]
    counts = iter(lint_each(texts, analyzer, max_predicates) if texts else ())
    for note_id, with_join, without in compared:
        hits_with = sum(_hits(next(counts)) for _ in with_join)
        hits_without = sum(_hits(next(counts)) for _ in without)
        worse = hits_with > hits_without
        chosen[note_id] = list(plain.get(note_id, ())) if worse else joined[note_id]
    return chosen
