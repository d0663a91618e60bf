"""Two clauses of one bullet sentence that say the same (review 50 #3): joined, the sentence
says its point twice ("Hiekoitus unohtuu kokonaan, ja hiekoitus jää tekemättä"; "Pitäisi
kokeilla ensin yhdellä kylällä ja kokeilla, …"), so summarize/joins.py keeps one of them
(the first) and folds the other's notes into it."""

from __future__ import annotations

from collections.abc import Iterable

from muistiinpanot.summarize.protocols import Speller


def same_things(first: Iterable[str], second: Iterable[str], speller: Speller) -> bool:
    """Whether two clauses' content lemmas (Span.lemmas) name the same things: the same
    lemmas once their verbs are set aside (Voikko reads a lemma only as a verb), and at
    least one. Two clauses on one subject and nothing else ("hiekoitus unohtuu" and
    "hiekoitus jää tekemättä") state one problem; "tiekuntamaksujen korotus huolettaa" and
    "tiekuntamaksut ovat liian korkeita" name two things."""
    things = [
        {lemma for lemma in lemmas if not _verb(lemma, speller)} for lemmas in (first, second)
    ]
    return bool(things[0]) and things[0] == things[1]


def same_verb(first: str, second: str, speller: Speller) -> bool:
    """Whether the first words of two clause rests are forms of one verb (Voikko): "kokeilla
    ensin yhdellä kylällä" and "kokeilla, ennen kuin ostetaan" join into a sentence that says
    "kokeilla" twice."""
    heads = [rest.split(" ", 1)[0].strip(",.;:").lower() for rest in (first, second)]
    if not all(heads):
        return False
    bases = [
        {a.get("BASEFORM", "") for a in speller.analyze(head) if a.get("CLASS") == "teonsana"}
        for head in heads
    ]
    return bool(bases[0] & bases[1] - {""})


def _verb(lemma: str, speller: Speller) -> bool:
    analyses = speller.analyze(lemma)
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)
