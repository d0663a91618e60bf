"""Acts only a person does, read for a register given name that is also a common word
("Sade", "Usva", "Ilo", "Armas"; given_words.py; docs/privacy.md, "Round 39"). The word's
common reading is no person, so only the predicate tells: weather and feelings do things
too ("Sade kasteli pihan", "Usva nousi järveltä", "Ilo oli suuri"), but none of these:

- `acts`: the nominative subject of a verb of inventing ("Tuuli keksi nimen"; lexicon
  `inventing_verbs`), of queueing ("Usva jonotti"; `queue_verbs`), of a verb of joining
  (`joining_verbs`) with a queue in the illative after it ("Sade jäi jonoon", by compound
  part: "meni ruokajonoon"; not a force settling on one: "Usva laskeutui autojonoon"), or
  of a verb of asking or calling (privacy.toml `asking_verbs`) with the one called: an
  allative or an illative that is a person, a personal pronoun or a word of people or groups (the
  vectors: nearer people than nature, "sosiaalitoimeen", "päivystykseen"; not
  "ikkunaan"), or either with the elative of the errand ("soitti sosiaalitoimeen
  häätöuhasta", an errand nearer people than nature; not "räystäistä"); a spoken pronoun's
  allative Voikko does not know is the pronoun ("soittaa mulle", lexicon
  `spoken_person_allatives`), unless a partitive or a place after it is what is played
  ("soittaa mulle rumpua katolla"; round 43). "Soittaa" also plays ("Sade soitti
  peltikattoa", "soitti meille rauhoittavaa musiikkia"): with an object, a partitive or an
  accusative, it is music whatever allative follows (review 26, 4).
  Each reads only the verb's own phrase, up to a conjunction or the next finite verb ("Sade
  tuli ja jonoon jäi enää muutama": the queue is another clause's; review 26, 2).
- `source`: the ablative the verb of coming (`coming_verbs`) beside it brings something a
  person utters from (`uttered_nouns`, privacy.toml `recipient_words`: "Armaalta tuli hyvä
  idea", "Usvalta tuli ehdotus"); not shelter or help ("Sateelta tuli suojaa"), nor a
  time's ablative ("Aamulta tuli vastaus").

Every rule only marks more text; none un-marks anything (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.lexicons import time_stretches
from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import CONJUNCTION, FINITE_MOODS, part_of, time_noun
from muistiinpanot.privacy.structure import person_noun

#: Voikko's cases of the one called ("soitti Usvalle", "soitti päivystykseen") and of the
#: errand called about ("soitti … asumistuesta").
_ALLATIVE, _ILLATIVE, _ELATIVE = "ulkotulento", "sisatulento", "sisaeronto"
#: Voikko's class of a pronoun ("minulle", "heille", "siihen").
_PRONOUN = "asemosana"
#: "Soittaa": calling, or playing what its object is; Voikko's cases of that object and the
#: classes of a word in them ("musiikkia", "tuttua", "kappaleen").
_PLAYING = "soittaa"
_PARTITIVE, _GENITIVE = "osanto", "omanto"
_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})
#: Voikko's classes of what a genitive attribute stands before: a noun or a postposition.
_HEADS = frozenset({"nimisana", "suhdesana"})
#: Voikko's cases of what is played and where: the partitive, the adessive, the inessive.
_PLAYED_WHERE = ("osanto", "ulkoolento", "sisaolento")


def acts(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    nouns: NounSense | None,
    *,
    inventing: bool = True,
) -> bool:
    """Whether word i is the subject of an act only a person does (module docstring), in a
    compound tense and past an aside too (acted_verb.py: "Usva on jonottanut");
    `inventing=False` leaves out the verbs of inventing (lower_frames.py: grit and need
    invent too, "sisu keksi keinon")."""
    found = acted_verb(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    verbs = verb_readings(verb.text, voikko)
    bases = {base for base, _ in verbs}
    if not bases:
        return False
    lexicon = load_given_lexicon()
    if any(
        base in lexicon.human_only_verbs
        and (inventing or base not in lexicon.inventing_verbs)
        and (past or base not in lexicon.person_only_verbs)
        for base, past in verbs
    ):
        return True  # "keksi", "jonotti", "kertoi", "on kertonut"; not "Usko kertoo paljon"
    _, end = comma_clause(text, words, j)
    after = _own_phrase(words[j + 1 : end], voikko)
    readings = [a for w in after for a in voikko.analyze(w.text.casefold())]
    if bases & lexicon.joining_verbs and any(
        _is(a, _ILLATIVE) and part_of(a, lexicon.queue_nouns) for a in readings
    ):
        return True  # "jäi jonoon", "meni ruokajonoon"
    if bases & load_name_lexicon().asking_verbs:
        if _PLAYING in bases and _played(after, voikko):
            return False  # "Sade soitti peltikattoon meille rauhoittavaa musiikkia"
        return _called(after, voikko, nouns)
    return False


def _own_phrase(after: Sequence[Word], voikko: Analyses) -> Sequence[Word]:
    """The words after a verb up to a conjunction ("ja", "mutta", "kun") or the next finite
    verb: what belongs to another clause is not the verb's ("Sade tuli ja jonoon jäi enää
    muutama", "Lumi tuli yöllä ja aamulla jouduimme jonoon"; review 26, finding 2)."""
    for k, word in enumerate(after):
        readings = voikko.analyze(word.text.casefold())
        if any(a.get("CLASS") == CONJUNCTION or _finite(a) for a in readings) and not any(
            a.get("CLASS") in _NOMINALS for a in readings
        ):
            return after[:k]  # not "Kelaan" (kela; "kelata" too)
    return after


def _finite(analysis: Mapping[str, str]) -> bool:
    """A finite verb's reading (a mood with a person: "jäi", "jouduimme"; not "jääneet")."""
    return analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") in FINITE_MOODS


def _called(after: Sequence[Word], voikko: Analyses, nouns: NounSense | None) -> bool:
    """Whether the words after a verb of calling name the one called (a person, a pronoun, a
    word of people or groups in the allative or the illative) or, beside any allative or
    illative, the errand in the elative."""
    spoken = load_given_lexicon().spoken_person_allatives
    if any(w.text.casefold() in spoken for w in after) and not _played_where(after, voikko):
        return True  # "soittaa mulle": a spoken pronoun Voikko does not know (round 43)
    addressed = [
        (w, a)
        for w in after
        for a in voikko.analyze(w.text.casefold())
        if _is(a, _ALLATIVE) or _is(a, _ILLATIVE)
    ]
    if not addressed:
        return False
    if nouns is not None and any(
        _is(a, _ELATIVE) and a.get("CLASS") == "nimisana" and nouns.peopled(a.get("BASEFORM", ""))
        for w in after
        for a in voikko.analyze(w.text.casefold())
    ):
        return True  # "soitti sosiaalitoimeen häätöuhasta"; not "räystäistä" (review 26, 4)
    return any(_person_like(w, a, voikko, nouns) for w, a in addressed)


def _played(after: Sequence[Word], voikko: Analyses) -> bool:
    """Whether the verb has an object, what "soittaa" then plays: a partitive ("musiikkia",
    "tuttua säveltä", "ääntä") or an accusative no noun follows ("soitti kappaleen"; not the
    attribute "kaupungin katoille"). Not a time or a count, its adverbials ("koko illan",
    "kolme kertaa": the numeral's partitive). One calls no one something (review 26, 4)."""
    timed = [_time(voikko.analyze(w.text.casefold())) for w in after]
    for k, word in enumerate(after):
        readings = voikko.analyze(word.text.casefold())
        if timed[k] or (k + 1 < len(after) and timed[k + 1]):
            continue  # "koko illan", "monta kertaa": a time and its attribute
        if k and _numeral(after[k - 1], voikko):
            continue  # "kolme kappaletta": a count
        nominal = [a for a in readings if a.get("CLASS") in _NOMINALS]
        if any(_is(a, _PARTITIVE) for a in nominal):
            return True
        if any(_is(a, _GENITIVE) for a in nominal) and not (
            k + 1 < len(after)
            and any(a.get("CLASS") in _HEADS for a in voikko.analyze(after[k + 1].text))
        ):
            return True
    return False


def _played_where(after: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a noun after the verb is what is played or where: a partitive ("soittaa mulle
    rumpua"), or an adessive or an inessive that is no time ("soittaa mulle peltikatolla";
    not "illalla"; round 43)."""
    for word in after:
        readings = voikko.analyze(word.text.casefold())
        if time_noun(readings):
            continue
        if any(
            a.get("CLASS") == "nimisana" and _is(a, case)
            for a in readings
            for case in _PLAYED_WHERE
        ):
            return True
    return False


def _time(readings: Sequence[Mapping[str, str]]) -> bool:
    """A noun of a time (readings.time_noun) or of a stretch of time or an occasion
    (lexicons/time.toml `stretches`: "kerta", "hetki")."""
    stretches = time_stretches()
    return time_noun(readings) or any(
        a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold() in stretches
        for a in readings
    )


def _numeral(word: Word, voikko: Analyses) -> bool:
    return any(a.get("CLASS") == "lukusana" for a in voikko.analyze(word.text.casefold()))


def _person_like(
    word: Word, analysis: Mapping[str, str], voikko: Analyses, nouns: NounSense | None
) -> bool:
    """A personal pronoun (given_words.toml `person_pronouns`: "minulle", not "siihen"), a
    person noun, or a noun nearer the words of people than those of nature."""
    base = analysis.get("BASEFORM", "").casefold()
    if analysis.get("CLASS") == _PRONOUN:
        return base in load_given_lexicon().person_pronouns
    if analysis.get("CLASS") != "nimisana" or not base:
        return False
    return person_noun(word.text, voikko) or (nouns is not None and nouns.peopled(base))


def source(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether the ablative at i is where something a person utters comes from: a verb of
    coming up to `reach` words (PrivacySettings.register_window) before or after it in its
    clause and an uttered noun (by base form or compound part) in the clause ("Armaalta
    tuli hyvä idea")."""
    if time_noun(voikko.analyze(words[i].text)):
        return False  # "Aamulta tuli vastaus": from the morning's mail, a time
    start, end = comma_clause(text, words, i)
    lexicon = load_given_lexicon()
    near = range(max(start, i - reach), min(end, i + reach + 1))
    if not any(
        k != i and {b for b, _ in verb_readings(words[k].text, voikko)} & lexicon.coming_verbs
        for k in near
    ):
        return False
    uttered = lexicon.uttered_nouns | load_name_lexicon().recipient_words
    return any(
        k != i
        and (
            words[k].text.casefold() in uttered
            or any(
                a.get("CLASS") == "nimisana" and part_of(a, uttered)
                for a in voikko.analyze(words[k].text.casefold())
            )
        )
        for k in range(start, end)
    )


def _is(analysis: Mapping[str, str], case: str) -> bool:
    return analysis.get("SIJAMUOTO") == case
