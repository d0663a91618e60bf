"""A short assent or move of the meeting that says nothing of the topic (review 87): "kuulostaa
hyvältä, mennään eteenpäin", "sovitaan niin", "vaikuttaa järkevältä".

Cut at punctuation and conjunctions, every stretch of the note is one of

- an **assent**: a verb of seeming (the lexicon's `assent_verbs`: "kuulostaa", "vaikuttaa",
  "näyttää") in the affirmative present, third person, with an adjective in the ablative and
  nothing else: no subject or object named ("idea kuulostaa hyvältä" names what is judged and
  stays a note of the topic), no other verb ("näyttää hyvältä uida");
- a **move**: a "let us" (an affirmative passive present) of ending, agreeing or moving on
  (`closings`, `moving_on`) with particles and deictic adverbs of the talk's course only
  (`move_adverbs`: "mennään eteenpäin", "sovitaan niin", "jatketaan"): a manner adverb
  ("edetään vaiheittain"), a noun, an adjective or a further verb ("mennään uimahalliin
  bussilla", "sovitaan kuljetuksista") is the topic's;
- an interjection or particle alone ("ok", "joo").

and at least one stretch is an assent or a move. Grammar and closed classes only: no word of
any topic decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.chatter.morphology import Analyze
from muistiinpanot.chatter.rule import MeetingLexicon, WordToken

_FILLERS = frozenset({"ADV", "PART", "INTJ"})


def assent(tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze) -> bool:
    """Whether every stretch of the note is an assent, a move or a particle (docstring)."""
    stretches: list[list[WordToken]] = [[]]
    for token in tokens:
        if token.is_punct or token.pos in ("CCONJ", "SCONJ"):
            stretches.append([])
        else:
            stretches[-1].append(token)
    kinds = [_kind(stretch, lexicon, analyze) for stretch in stretches if stretch]
    return bool(kinds) and None not in kinds and any(kind != "particle" for kind in kinds)


def _kind(stretch: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze) -> str | None:
    verbs = [token for token in stretch if token.pos in ("VERB", "AUX")]
    rest = [token for token in stretch if token not in verbs]
    if not verbs:
        return "particle" if all(token.pos in ("INTJ", "PART") for token in rest) else None
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    lemma = verb.lemma.lower()
    forms = [form for form in analyze(verb.text.lower()) if form.get("MOOD")]
    if lemma in lexicon.assent_verbs and any(_said(form, "3") for form in forms):
        ablatives = [token for token in rest if _ablative_adjective(token, analyze)]
        others = [token for token in rest if token not in ablatives]
        if ablatives and all(token.pos in _FILLERS for token in others):
            return "assent"
        return None
    moving = lexicon.closings | lexicon.moving_on
    if lemma in moving and any(_said(form, "4") for form in forms):
        course = lexicon.move_adverbs
        return "move" if all(_course(token, course) for token in rest) else None
    return None


def _course(token: WordToken, adverbs: frozenset[str]) -> bool:
    """A particle, an interjection or a deictic adverb of the talk's course (`move_adverbs`)."""
    return token.pos in ("PART", "INTJ") or token.text.lower() in adverbs


def _said(form: Mapping[str, str], person: str) -> bool:
    """An affirmative present indicative in the given person ("4": the passive)."""
    return (
        form.get("MOOD") == "indicative"
        and form.get("TENSE") == "present_simple"
        and form.get("PERSON") == person
        and form.get("NEGATIVE") != "true"
    )


def _ablative_adjective(token: WordToken, analyze: Analyze) -> bool:
    return token.pos == "ADJ" and any(
        form.get("SIJAMUOTO") == "ulkoeronto" for form in analyze(token.text.lower())
    )
