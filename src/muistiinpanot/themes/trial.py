"""A trial proposed, not told as made, lifts `settings.trial_theme` (seeded42).

The theme definition of innovaatiojohtaminen holds "kokeilukulttuuri" and "pienet testit ennen
isoa päätöstä": a note that proposes to try a thing out ("vois kokeilla yhden kesän ja katsoa
tuleeko porukkaa", "pilottina yhdessä koulussa ensin", "kirjastoauto kokeeksi kylille") is a
trial in the theme's sense. The classifier reads the thing tried (a sauna, a course, a lending
library) and calls such a note "other"; this reading reads the trial instead. A note reads as a
proposed trial when its lemmas (the seeded views' lemmas: a compound's parts are there too,
"kokeiluvuosi" → kokeilu, vuosi) hold a word of trying (lexicons/trial.toml: the verbs and
nouns of trying a thing out), and no word of its text is a verb of trying told in the past
("kokeiltiin uutta lakkaa ja se kesti kaks viikkoa", "on testattu": a trial made, an event;
Voikko's past tense or past participle of the verb). `trial_lift` adds `settings.trial_margin`
to such a note's decision for `settings.trial_theme` in the seeded decision (seeded_choice.py;
0: off). Nothing is parsed: the lemmas are the note's own, and Voikko's analyses are cached.
A bound of the trial (a time, a scope, a word of judging it) was measured as a further
condition and lost on the dev rounds it was chosen on (docs/measurements.md, seeded42)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Morphology
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray

__all__ = ["proposed_trials", "trial_lift"]

_WORDS = re.compile(r"[^\W\d_]+")


def trial_lift(
    docs: Sequence[Sequence[str]],
    texts: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    voikko: Morphology,
    settings: ThemeSettings,
) -> FloatArray:
    """What each note's seeded decision gains per theme: `settings.trial_margin` for the theme
    `settings.trial_theme` where the note proposes a bounded trial (module docstring), else 0."""
    lift = np.zeros((len(docs), len(definitions)))
    ids = [definition.id for definition in definitions]
    if settings.trial_margin and settings.trial_theme in ids:
        column = ids.index(settings.trial_theme)
        for row, proposed in enumerate(proposed_trials(docs, texts, voikko)):
            if proposed:
                lift[row, column] = settings.trial_margin
    return lift


def proposed_trials(
    docs: Sequence[Sequence[str]], texts: Sequence[str], voikko: Morphology
) -> list[bool]:
    """Whether each note (its lemmas `docs[i]`, its text `texts[i]`) proposes a trial: a word
    of trying, and no verb of trying told in the past."""
    trial = _words("trial")
    return [
        bool(set(doc) & trial) and not _told(text, voikko)
        for doc, text in zip(docs, texts, strict=True)
    ]


def _told(text: str, voikko: Morphology) -> bool:
    """Whether a word of `text` is a verb of trying in the past ("kokeiltiin", "testasi", "on
    kokeiltu"): the note tells a trial made, an event."""
    verbs = _words("verbs")
    for word in set(_WORDS.findall(text.lower())):
        for reading in voikko.analyze(word):
            base = reading.get("BASEFORM", "")
            past = reading.get("TENSE", "").startswith("past")
            participle = reading.get("PARTICIPLE", "").startswith("past")
            if (past and base in verbs) or (participle and _participle_of(base, verbs)):
                return True
    return False


def _participle_of(base: str, verbs: frozenset[str]) -> bool:
    """Whether a past participle's base form ("kokeiltu", "testattu") is of a verb of `verbs`:
    Voikko gives the participle itself as its base form; its stem before the participle's
    ending is the verb's before its infinitive ending ("kokeil-tu" / "kokeil-la")."""
    stem = re.sub(r"(t|tt|n|l|r|s)(u|y|ut|yt)$", "", base)
    return any(len(stem) >= 4 and verb.startswith(stem) for verb in verbs)


@functools.cache
def _words(table: str) -> frozenset[str]:
    """lexicons/trial.toml: "trial" (its verbs and nouns) or "verbs"."""
    lexicon = read_lexicon("trial")["trial"]
    return frozenset(lexicon["verbs"]) | (
        frozenset(lexicon["nouns"]) if table == "trial" else frozenset()
    )
