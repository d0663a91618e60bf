"""Acts only a person does, read for a register given name that is also a common word
("Sade", "Usva", "Ilo", "Armas"; given_words.py; docs/privacy.md, "Round 39"). The word's
common reading is no person, so only the predicate tells: weather and feelings do things
too ("Sade kasteli pihan", "Usva nousi järveltä", "Ilo oli suuri"), but none of these:

- `acts`: the nominative subject of a verb only a person does (given_lexicon
  `human_only_verbs`, one list with unknown_names.py): of inventing ("Tuuli keksi nimen";
  `inventing_verbs`), of queueing ("Usva jonotti"; `queue_verbs`), of the mind and talk in
  the past ("Usva kertoi"; `person_only_verbs`; a present "Usko kertoo paljon" is a
  thing's showing), in a compound tense and past an aside too (acted_verb.py: "Usva on
  jonottanut", "Sade itse keksi"; review 26, finding 1), of a verb of joining
  (`joining_verbs`) with a queue in the illative after it ("Sade jäi jonoon", by compound
  part: "meni ruokajonoon"; not a force settling on one: "Usva laskeutui autojonoon"), or
  of a verb of asking or calling (privacy.toml `asking_verbs`) with the one called: an
  allative or an illative that is a person, a personal pronoun or a word of people or groups (the
  vectors: nearer people than nature, "sosiaalitoimeen", "päivystykseen"; not
  "ikkunaan"), or either with the elative of the errand ("soitti sosiaalitoimeen
  häätöuhasta"); a spoken pronoun's allative Voikko does not know is the pronoun
  ("soittaa mulle", lexicon `spoken_person_allatives`), unless a partitive or a place
  after it is what is played ("soittaa mulle rumpua katolla"). "Soittaa" also plays ("Sade soitti
  peltikattoa"): a partitive and no one called is music.
- `source`: the ablative the verb of coming (`coming_verbs`) beside it brings something a
  person utters from (`uttered_nouns`, privacy.toml `recipient_words`: "Armaalta tuli hyvä
  idea", "Usvalta tuli ehdotus"); not shelter or help ("Sateelta tuli suojaa"), nor a
  time's ablative ("Aamulta tuli vastaus").

Every rule only marks more text; none un-marks anything (issue 12).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import Word, load_name_lexicon
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import comma_clause, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of, time_noun
from muistiinpanot.privacy.structure import person_noun

#: Voikko's cases of the one called ("soitti Usvalle", "soitti päivystykseen") and of the
#: errand called about ("soitti … asumistuesta").
_ALLATIVE, _ILLATIVE, _ELATIVE = "ulkotulento", "sisatulento", "sisaeronto"
#: Voikko's class of a pronoun ("minulle", "heille", "siihen").
_PRONOUN = "asemosana"
#: Voikko's cases of what is played and where: the partitive, the adessive, the inessive.
_PLAYED = ("osanto", "ulkoolento", "sisaolento")


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
    after = words[j + 1 : end]
    readings = [a for w in after for a in voikko.analyze(w.text.casefold())]
    if bases & lexicon.joining_verbs and any(
        _is(a, _ILLATIVE) and part_of(a, lexicon.queue_nouns) for a in readings
    ):
        return True  # "jäi jonoon", "meni ruokajonoon"
    if bases & load_name_lexicon().asking_verbs:
        return _called(after, voikko, nouns)
    return False


def _called(after: Sequence[Word], voikko: Analyses, nouns: NounSense | None) -> bool:
    """Whether the words after a verb of calling name the one called (a person, a pronoun, a
    word of people or groups in the allative or the illative) or, beside any allative or
    illative, the errand in the elative."""
    spoken = load_given_lexicon().spoken_person_allatives
    if any(w.text.casefold() in spoken for w in after) and not _played(after, voikko):
        return True  # "soittaa mulle": a spoken pronoun Voikko does not know (round 43)
    addressed = [
        (w, a)
        for w in after
        for a in voikko.analyze(w.text.casefold())
        if _is(a, _ALLATIVE) or _is(a, _ILLATIVE)
    ]
    if not addressed:
        return False
    if any(
        _is(a, _ELATIVE) and a.get("CLASS") == "nimisana"
        for w in after
        for a in voikko.analyze(w.text.casefold())
    ):
        return True  # "soitti sosiaalitoimeen häätöuhasta"
    return any(_person_like(w, a, voikko, nouns) for w, a in addressed)


def _played(after: Sequence[Word], voikko: Analyses) -> bool:
    """Whether a noun after the verb is what is played or where: a partitive ("soittaa mulle
    rumpua"), or an adessive or an inessive that is no time ("soittaa mulle peltikatolla";
    not "illalla")."""
    for word in after:
        readings = voikko.analyze(word.text.casefold())
        if time_noun(readings):
            continue
        if any(a.get("CLASS") == "nimisana" and _is(a, case) for a in readings for case in _PLAYED):
            return True
    return False


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
