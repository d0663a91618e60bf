"""A promise or a commitment said, then not kept, read from the parse (seeded40).

A note tells a broken promise as an event ("luvattiin et katuvalot korjataan, eikä
vieläkään", "sanottiin että korjataan, sit ei kuulunu mitään"): a verb of commitment
(lexicons/commitment.toml: a verb of promising or agreeing in the past, or in the present
said again and again, "luvataan joka vuosi"; or a verb of saying in the past whose complement
is still to come, a clause in the present or the conditional or a participle of one's own
doing, "-vansa") followed, after its own complement, in the same sentence by a negation
that is not the complement's nor a negative promise's own repeated on its verb ("lupasi ettei
maksut nouse, eikä noussut": kept), a contrast ("mut", "vaikka"), or a verb with "-kin" that is not
the promised verb again ("olikin": contrary to what was said; "ja niin se tekikin": kept);
or, in that sentence or any later one of the note, by "still not" ("vieläkään") or a verb of
undoing a plan ("peruttiin", "unohtu"). A bare negation or contrast in a later sentence is
not read (mend152, review 74 #2). The classifier reads the event and not the promise;
`promise_lift` lifts such a note's decision for `settings.promise_theme` by
`settings.promise_margin` in the seeded decision (seeded_choice.py; 0: off, and nothing is
parsed).

seeded41: a commitment told in the past with its sequel is read too, and lifts the theme by
`settings.promise_sequel_margin` (0: off): in the commitment's own sentence, after its
complement's whole clause (mend162, review 78; clauses.py), a sequel word of time or
persistence ("nyt on joulukuu", "sit", "vieläkin"), or a finite verb in the past that is
neither the promised verb again nor the pro-verb nor another verb of commitment ("luvattiin
katos ja sit seistiin sateessa", "sovittiin hinnasta ja laskussa oli tupla"); or a
commitment said in a concessive clause, its own or the one of the verb it is conjoined to
("lopetettiin, vaikka sanottiin et se jatkuu"). A negated saying is no commitment ("kukaan
ei kertonu et …": not being told is openness's), nor one in the present ("sopii"). This
reads a promise kept in other words as well ("lupas aurata ja aura kävi joka aamu"): the
theme's own definition holds kept agreements ("sovitusta pidetään kiinni"), and so does the
dev gold."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.themes.clauses import WORD_PARTS, theme_lift
from muistiinpanot.themes.clauses import clause as _clause
from muistiinpanot.themes.clauses import clause_end as _clause_end
from muistiinpanot.themes.clauses import commitment_words as _lexicon
from muistiinpanot.themes.clauses import conceded as _conceded
from muistiinpanot.themes.clauses import past as _past
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.protocols import Analyzer, Morphology
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import FloatArray

__all__ = ["broken_promises", "promise_lift", "promise_readings"]


def promise_lift(
    texts: Sequence[str],
    definitions: Sequence[ThemeDefinition],
    analyzer: Analyzer,
    settings: ThemeSettings,
) -> FloatArray:
    """What each note's seeded decision gains per theme: `settings.promise_margin` for the
    theme `settings.promise_theme` where the note tells a broken promise,
    `settings.promise_sequel_margin` where it tells a commitment and its sequel, else 0."""
    margins = {"broken": settings.promise_margin, "sequel": settings.promise_sequel_margin}
    if not any(margins.values()) or settings.promise_theme not in {d.id for d in definitions}:
        return theme_lift([0.0] * len(texts), definitions, settings.promise_theme)
    readings = promise_readings(texts, analyzer, sequels=bool(margins["sequel"]))
    values = [margins.get(reading, 0.0) for reading in readings]
    return theme_lift(values, definitions, settings.promise_theme)


def broken_promises(texts: Sequence[str], analyzer: Analyzer) -> list[bool]:
    """Whether each text tells a commitment said and then not kept (module docstring)."""
    return [reading == "broken" for reading in promise_readings(texts, analyzer, False)]


def promise_readings(texts: Sequence[str], analyzer: Analyzer, sequels: bool) -> list[str]:
    """Each text's reading: "broken" (a commitment said and then not kept), "sequel" (with
    `sequels`: a commitment told in the past with its sequel, seeded41) or ""."""
    voikko = analyzer.voikko
    # speed29: only a note that may hold a verb of commitment is parsed; the others read ""
    maybe = [_may_commit(text, voikko) for text in texts]
    parsed = iter(analyzer.parse([text for text, may in zip(texts, maybe, strict=True) if may]))
    readings = []
    for may in maybe:
        tokens = next(parsed) if may else []
        committed = _commitments(tokens, voikko)  # found once, read by both readings
        if committed and _broken(tokens, voikko, committed):
            readings.append("broken")
        elif committed and sequels and _sequel(tokens, voikko, committed):
            readings.append("sequel")
        else:
            readings.append("")
    return readings


_WORDS = re.compile(r"[^\W\d_]+")


def _may_commit(text: str, voikko: Morphology) -> bool:
    """Whether a word of `text` may be read as a verb of commitment (`_commitment` reads the
    parse's lemma and Voikko's base forms): a word or a run of its letters that Voikko reads
    as one (a base form, or the verb of a participle: "luvattu", "sovitun"), or a spoken form
    of one (lexicons/spoken.toml), or a word Voikko does not know (the lemmatizer guesses its
    lemma from a known form near it) that begins as one of the verbs does (inflection and
    consonant gradation leave a verb's first two letters: "lupas", "sovittii"). A prefilter:
    `_broken` flags no note it leaves out (checked on every dev note, speed29)."""
    verbs = _lexicon("promise") | _lexicon("saying")
    starts = {verb[:2] for verb in verbs}
    spoken = _spoken_commitments()
    lowered = text.lower()
    words = {word.strip(".,:;!?()[]\"'»«”“…") for word in lowered.split()}
    for word in (words | set(_WORDS.findall(lowered))) - {""}:
        if word in spoken:
            return True
        readings = voikko.analyze(word)
        if any(_bases(reading) & verbs for reading in readings):
            return True
        if not readings and word[:2] in starts:
            return True
    return False


def _bases(reading: dict[str, str]) -> set[str]:
    """A Voikko reading's base form and the words it is built of ("+luva(luvata)+t+tu(+tu)")."""
    return {reading.get("BASEFORM", ""), *WORD_PARTS.findall(reading.get("WORDBASES", ""))}


@functools.cache
def _spoken_commitments() -> frozenset[str]:
    """The spoken forms (lexicons/spoken.toml) whose lemma is a verb of commitment."""
    verbs = _lexicon("promise") | _lexicon("saying")
    forms = read_lexicon("spoken").get("forms", {})
    return frozenset(form.lower() for form, entry in forms.items() if entry["lemma"] in verbs)


def _commitments(tokens: Sequence[ParsedToken], voikko: Morphology) -> list[int]:
    """The indices of the tokens that are a commitment (`_commitment`)."""
    return [index for index in range(len(tokens)) if _commitment(index, tokens, voikko)]


def _said(tokens: Sequence[ParsedToken], index: int) -> list[int]:
    """The commitment's first complement clause after it, if any: a second one may be the
    undoing, misread."""
    return [i for i, t in enumerate(tokens) if t.head == index and i > index and _clause(t)][:1]


def _broken(
    tokens: Sequence[ParsedToken], voikko: Morphology, committed: Sequence[int] | None = None
) -> bool:
    """Whether a commitment (`committed`, found here when not given) is undone after it."""
    for index in _commitments(tokens, voikko) if committed is None else committed:
        # what was said is not its undoing: "sanoi ettei kuulu heille" reads on after the
        # commitment's own complement verb, and not its negation
        said = _said(tokens, index)
        start = max([index, *said]) + 1
        if _undone(tokens, start, said, voikko):
            return True
    return False


def _sequel(
    tokens: Sequence[ParsedToken], voikko: Morphology, committed: Sequence[int] | None = None
) -> bool:
    """Whether a commitment told in the past, not negated, has a sequel in its own sentence
    after its complement, or is said in a concessive clause (module docstring, seeded41);
    `committed` as in `_broken`."""
    commitments = _lexicon("promise") | _lexicon("saying")
    for index in _commitments(tokens, voikko) if committed is None else committed:
        token = tokens[index]
        negated = any(t.head == index and "Polarity=Neg" in t.morph for t in tokens)
        if negated or not _past(token, voikko.analyze(token.text.lower())):
            continue  # "kukaan ei kertonu et …" commits nobody; "sopii" tells no story
        if _conceded(tokens, index):
            return True  # "lopetettiin, vaikka sanottiin et se jatkuu"
        said = _said(tokens, index)
        promised = set().union(*(_lemmas(tokens[i], voikko) for i in said))
        again = promised | _lemmas(token, voikko) | _lexicon("pro_verbs") | commitments
        for later in tokens[max([index, *(_clause_end(tokens, i) for i in said)]) + 1 :]:
            word = later.text.lower()
            if later.pos == "PUNCT" and word in _lexicon("sentence_end"):
                break
            if word in _lexicon("sequel"):
                return True  # "nyt on joulukuu", "ja sit seistiin sateessa"
            finite = later.pos in {"VERB", "AUX"} and "VerbForm=Fin" in later.morph
            if finite and "Tense=Past" in later.morph and not _lemmas(later, voikko) & again:
                return True  # "sovittiin hinnasta ja laskussa oli tupla"
    return False


def _undone(
    tokens: Sequence[ParsedToken], start: int, said: Sequence[int], voikko: Morphology
) -> bool:
    """Whether what follows the commitment's complement (from `start`) undoes it. In its own
    sentence: a negation (not one repeating a negative complement's own on the same verb:
    "lupasi ettei maksut nouse, eikä noussut" kept a negative promise), an `undoing` word, a
    verb of undoing, or a verb with "-kin" that is not the promised verb again nor the
    pro-verb ("lupasivat korjata ja korjasivatkin", "ja niin se tekikin": kept; "se olikin":
    contrary to what was said). In the sentences after it, only "still not" (`still_not`)
    and a verb of undoing (review 74 #2: "luvattiin kahvinkeitin. Palaverit ei ala
    ajallaan." is not a broken promise)."""
    negative = any(t.head in said and "Polarity=Neg" in t.morph for t in tokens)
    promised = set().union(*(_lemmas(tokens[i], voikko) for i in said)) | _lexicon("pro_verbs")
    own_sentence = True
    for later in tokens[start:]:
        word = later.text.lower()
        if later.pos == "PUNCT" and word in _lexicon("sentence_end"):
            own_sentence = False
        if word in _lexicon("still_not"):
            return True
        if later.pos == "VERB" and _lemmas(later, voikko) & _lexicon("undoing_verbs"):
            return True  # "se peruttiin", "unohtu"
        if not own_sentence or (later.head in said and "Polarity=Neg" in later.morph):
            continue
        if word in _lexicon("undoing"):
            return True
        repeated = negative and _repeats(later, tokens, promised, voikko)
        if "Polarity=Neg" in later.morph and not repeated:
            return True
        kin = later.pos in {"VERB", "AUX"} and "Clitic=Kin" in later.morph
        if kin and not _lemmas(later, voikko) & promised:
            return True  # "olikin", "pitikin": contrary to what was said
    return False


def _repeats(
    negation: ParsedToken, tokens: Sequence[ParsedToken], promised: set[str], voikko: Morphology
) -> bool:
    """Whether a negation negates the promised verb again ("lupasi ettei maksut nouse, eikä
    ne noussut"; the negation verb's head is the verb negated)."""
    verbs = [negation, *([tokens[negation.head]] if 0 <= negation.head < len(tokens) else [])]
    return any(_lemmas(verb, voikko) & promised for verb in verbs)


def _commitment(index: int, tokens: Sequence[ParsedToken], voikko: Morphology) -> bool:
    token = tokens[index]
    if token.pos not in {"VERB", "AUX"}:
        return False
    readings = voikko.analyze(token.text.lower())
    lemmas = _lemmas(token, voikko)
    promise = bool(lemmas & _lexicon("promise"))
    saying = bool(lemmas & _lexicon("saying"))
    if not (promise or saying):
        return False
    if not _past(token, readings) and not (promise and "Mood=Ind" in token.morph):
        return False  # a promise made again and again ("luvataan joka vuosi") is one too
    return promise or any(
        child.head == index and child is not token and _still_to_come(child) for child in tokens
    )


def _lemmas(token: ParsedToken, voikko: Morphology) -> set[str]:
    """The parse's lemma and Voikko's base forms of a token."""
    readings = voikko.analyze(token.text.lower())
    return {token.lemma.lower(), *(r.get("BASEFORM", "") for r in readings)}


def _still_to_come(child: ParsedToken) -> bool:
    """A complement still to come: a clause in the present or the conditional, or a
    participle with a possessive suffix ("hoitavansa")."""
    if not _clause(child):
        return False
    morph = child.morph
    if "VerbForm=Fin" in morph:
        return "Tense=Pres" in morph or "Mood=Cnd" in morph
    return "PartForm=Pres" in morph and "Person[psor]" in morph
