"""The meeting's own moves: signs that a short note is said in the meeting which the
classifier's features (chatter/model.py) do not read, used only where chatter/mark.py asks for a
sign of the meeting beside the classifier's probability (never a rule on their own).

- a "let us" after interjections and particles: the first verb is a passive present and
  only interjections, stop words and general meeting words come before it ("ok ok, mennään
  eteenpäin", "no niin, aloitellaan pikkuhiljaa"; the feature `hortative` reads the first
  word alone);
- a question without a question mark: the note opens with an interrogative ("mikä tän
  tapaamisen tavoite oli", "milloin seuraava tapaaminen on"), with a verb carrying the
  question clitic -ko/-kö (Voikko's KYSYMYSLIITE: "saako taulua muokata vielä huomenna") or,
  in a spoken form Voikko does not know, a verb's spoken -ks/-kse ("onks", "kuuleeks");
- a word pointing at the meeting's own notes and turns, in any form (the lexicon's
  `pointers`: "peukku edelliselle", "samaa mieltä edellisen puhujan kanssa");
- a verbless wish of a good time to those present (`wishes_time`, chatter/mark.py's
  `[chatter] wish_sign`): "hyvää päivänjatkoa", "kiitos kaikille ja hyvää viikonloppua".

These are grammar and closed classes (the interrogatives, a clitic, the pointing words), not
words of a topic; the classifier's probability must still reach `min_probability`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.chatter.model import MeetingWords, passive_present
from muistiinpanot.content import Token
from muistiinpanot.lexicons import time_units

Analyses = Callable[[str], Sequence[Mapping[str, str]]]

#: Interrogative pronouns and adverbs (lemmas): a note they open asks something.
_INTERROGATIVES = frozenset(
    {"mikä", "kuka", "kumpi", "milloin", "miksi", "miten", "kuinka", "montako", "paljonko"}
)


def meeting_move(tokens: Sequence[Token], words: MeetingWords, analyses: Analyses) -> bool:
    """Whether the note (its analysed tokens) makes a move of the meeting: a "let us" after
    particles, a question without a question mark or a word pointing at its own notes."""
    seen = [token for token in tokens if not token.is_punct]
    if not seen:
        return False
    if any(token.lemma.lower() in words.pointers for token in seen):
        return True
    first = seen[0]
    surface = getattr(first, "text", first.lemma).lower()
    if _asks(surface, first.lemma.lower(), analyses(surface), analyses):
        return True
    for token in seen:
        if token.pos in ("VERB", "AUX"):
            surface = getattr(token, "text", token.lemma).lower()
            return any(
                passive_present(form) and form.get("NEGATIVE") != "true"
                for form in analyses(surface)
            )  # "mennään"; "nähdä" is also the passive's connegative, no "let us"
        if not (token.pos == "INTJ" or token.is_stop or token.lemma.lower() in words.general):
            return False
    return False


def _asks(surface: str, lemma: str, forms: Sequence[Mapping[str, str]], analyses: Analyses) -> bool:
    """Whether a note's first word makes it a question: an interrogative, a word with the
    question clitic or (unknown to Voikko) a verb whose spoken -ks/-kse is that clitic
    ("onks" is "onko"; "ekaks", the spoken translative "ekaksi", is no verb)."""
    if lemma in _INTERROGATIVES:
        return True
    if forms:
        return any(form.get("KYSYMYSLIITE") == "true" for form in forms)
    spoken = re.fullmatch(r"(\w+?)kse?", surface)  # "onks", "kuuleeks"; not "ekaks" (-ksi)
    if spoken is None:
        return False
    back = any(vowel in spoken.group(1) for vowel in "aou")
    written = analyses(spoken.group(1) + ("ko" if back else "kö"))
    return any(form.get("KYSYMYSLIITE") == "true" and form.get("MOOD") for form in written)


def wishes_time(tokens: Sequence[Token], analyses: Analyses) -> bool:
    """Whether the note wishes those present a good time: it has no verb, and "hyvää" (the
    partitive of "hyvä") is followed by a partitive noun, that noun or a genitive noun
    before it naming a time (lexicons/time.toml `units`, as the word or a compound part):
    "hyvää päivänjatkoa", "hyvää kevään jatkoa", "hyvää yötä kaikille ja kiitos". A good
    thing that names no time ("hyvää yhteistyötä kuntien kanssa") is no wish of the meeting,
    nor is a clause ("hyvää iltaa toivottiin kaikille asukkaille" has a verb)."""
    seen = [token for token in tokens if not token.is_punct]
    if any(token.pos in ("VERB", "AUX") for token in seen):
        return False
    units = time_units()
    for at, token in enumerate(seen):
        if token.lemma.lower() != "hyvä" or not _in_case(token, "osanto", analyses):
            continue
        timed = False
        for after in seen[at + 1 : at + 3]:
            if after.pos != "NOUN":
                break
            parts = {part.strip("()-") for part in after.compound_parts}
            timed = timed or bool(({after.lemma.lower()} | parts) & units)
            if _in_case(after, "osanto", analyses):
                return timed
            if not _in_case(after, "omanto", analyses):
                break
    return False


def _in_case(token: Token, case: str, analyses: Analyses) -> bool:
    surface = getattr(token, "text", token.lemma).lower()
    return any(form.get("SIJAMUOTO") == case for form in analyses(surface))
