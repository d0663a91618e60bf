"""A spliced clause's join kept only when the written whole is as clean as the note without
it (post47; mend172's next step): a note's clause pieces read with the join
(splicednegation.py) are linted (lint.lint_bullets, every kind of hit) against its pieces
read without it, and the join gives way when it adds a hit ("eivätkä yhdistykset pysty
maksaan": the note's spoken infinitive carried into the post) or leaves fewer clauses (a
joined whole over `coordinated_words` whose cut would drop its turn gives none)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from muistiinpanot.summarize.lint import lint_bullets
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
    if "VerbForm=Inf" not in token.morph or not token.text.isalpha():
        return False
    analyses = speller.analyze(token.text.lower())
    return bool(analyses) and not any(a.get("CLASS") == "teonsana" for a in analyses)


def lint_hits(texts: Sequence[str], analyzer: SummaryAnalyzer, max_predicates: int) -> int:
    """Every lint hit of `texts` (lint_bullets' counts but the sentences)."""
    if not texts:
        return 0
    counts = lint_bullets(texts, analyzer, max_predicates)
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
    plain ones."""
    chosen: dict[str, list[Piece]] = {}
    for note_id in notes:
        with_join = [p.span.text for p in joined[note_id] if p.kind == "clause"]
        without = [p.span.text for p in plain.get(note_id, ()) if p.kind == "clause"]
        if with_join == without:
            chosen[note_id] = joined[note_id]
            continue
        worse = len(with_join) < len(without) or lint_hits(
            with_join, analyzer, max_predicates
        ) > lint_hits(without, analyzer, max_predicates)
        chosen[note_id] = list(plain.get(note_id, ())) if worse else joined[note_id]
    return chosen
