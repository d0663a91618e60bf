"""One detector for every kind of personal data, used wherever text leaves the program."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.privacy.acting_word_names import acting_word_names
from muistiinpanot.privacy.ages import person_ages, with_ages
from muistiinpanot.privacy.capitals import typed_normally
from muistiinpanot.privacy.cues import email_names
from muistiinpanot.privacy.known import current_known_names, known_name_spans
from muistiinpanot.privacy.name_halves import whole_foreign_names
from muistiinpanot.privacy.names import find_name_spans
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.patterns import find_pattern_spans, office_addresses
from muistiinpanot.privacy.protocols import PrivacyAnalyzer
from muistiinpanot.privacy.published_subjects import subject_word_names
from muistiinpanot.privacy.publisher import (
    foreign_full_names,
    kin_conjunct_names,
    kin_word_names,
    shouting,
    whole_names,
)
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.spans import (
    PersonalSpan,
    mask_placeholders,
    merge_spans,
    replace_spans,
    split_at_quotes,
)
from muistiinpanot.privacy.usage import current_domain_words
from muistiinpanot.privacy.verbs import VerbSense

#: What the detector found in a text, by (text, ner, cautious), under one set of domain words.
_Found = BoundedCache[tuple[str, bool, bool], tuple[PersonalSpan, ...]]

_SETTINGS: weakref.WeakKeyDictionary[PrivacyAnalyzer, PrivacySettings] = weakref.WeakKeyDictionary()
_SENSES: weakref.WeakKeyDictionary[PrivacyAnalyzer, tuple[VerbSense, NounSense]] = (
    weakref.WeakKeyDictionary()
)
#: Per analyzer, the findings memo of each set of domain words met (see `_found`).
_FOUND: weakref.WeakKeyDictionary[PrivacyAnalyzer, dict[int, tuple[frozenset[str], _Found]]] = (
    weakref.WeakKeyDictionary()
)
#: Sets of domain words whose memo an analyzer keeps at once (a run has one, plus none).
_DOMAINS_KEPT = 4


def configure_privacy(analyzer: PrivacyAnalyzer, settings: PrivacySettings) -> None:
    """Use `settings` ([privacy] of the run's pipeline file) whenever the detector runs with
    `analyzer`; without this call the documented defaults apply."""
    _SETTINGS[analyzer] = settings
    _SENSES.pop(analyzer, None)
    _FOUND.pop(analyzer, None)


def privacy_settings(analyzer: PrivacyAnalyzer) -> PrivacySettings:
    """The settings the detector uses with `analyzer` (see configure_privacy)."""
    return _SETTINGS.get(analyzer, _DEFAULTS)


_DEFAULTS = PrivacySettings()


def find_personal_data(
    texts: Sequence[str],
    analyzer: PrivacyAnalyzer,
    *,
    allowed: Iterable[str] = (),
    ner: bool = True,
    cautious: bool = False,
) -> list[list[PersonalSpan]]:
    """Personal data spans in each text, sorted and not overlapping. NER runs once over all
    `texts` (one nlp.pipe); `ner=False` leaves it out (Voikko and patterns only: cheap enough
    for every note). A span whose text occurs in one of the `allowed` strings (e.g. the
    published contact person) is not reported. `cautious`: the texts are to be published,
    where a doubtful proper noun dropped costs little and a name published much, so words
    with weaker evidence count too (the publisher's rules, README "Personal data")."""
    loud = [i for i, text in enumerate(texts) if shouting(text)]
    # "HOHDE LUPASI": capitals tell nothing, so the text is also read as typed normally
    cased = [typed_normally(texts[i], analyzer.voikko) for i in loud]
    found = _detect([*texts, *cased], analyzer, allowed, ner=ner, cautious=cautious)
    for k, (i, text) in enumerate(zip(loud, cased, strict=True)):
        both = [*found[i], *found[len(texts) + k]]
        # a name reaches over the capitals typed_normally gave beside it, in either mode: no
        # half of a pair one reading keeps whole ("TIINA TAIKURI"; review 19, finding 10)
        found[i] = merge_spans(
            text, whole_names(text, both, analyzer.voikko, privacy_settings(analyzer))
        )
    return found[: len(texts)]


def find_published_data(
    texts: Sequence[str],
    analyzer: PrivacyAnalyzer,
    *,
    allowed: Iterable[str] = (),
    ner: bool = True,
) -> list[list[PersonalSpan]]:
    """Personal data in text to be published (the post's title, sentences, bullets and final
    check, theme labels and keywords): the one place that decides how published text is
    read, cautiously (find_personal_data(cautious=True), the publisher's rules). Notes and
    `--redact` call find_personal_data as notes are read."""
    return find_personal_data(texts, analyzer, allowed=allowed, ner=ner, cautious=True)


def _detect(
    texts: Sequence[str],
    analyzer: PrivacyAnalyzer,
    allowed: Iterable[str],
    *,
    ner: bool,
    cautious: bool,
) -> list[list[PersonalSpan]]:
    """The spans of each text but those `allowed`. A text's spans depend on the text, `ner`,
    `cautious`, the analyzer's settings and the domain's words only (each text is read on
    its own), so each is found once and kept (`_found`); the names the clinic's notes make
    known (known.py) are added to published text's spans after the memo."""
    allowed_texts = tuple(a.casefold() for a in allowed if a)
    memo = _found(analyzer)
    found = memo.get_many((text, ner, cautious) for text in texts)
    missing = list(dict.fromkeys(text for text in texts if (text, ner, cautious) not in found))
    if missing:
        computed = {
            (text, ner, cautious): tuple(spans)
            for text, spans in zip(
                missing, _find(missing, analyzer, ner=ner, cautious=cautious), strict=True
            )
        }
        memo.put_many(computed)
        found.update(computed)
    known = current_known_names() if cautious else frozenset()
    result = []
    for original in texts:
        spans = list(found[(original, ner, cautious)])
        if known:  # names the clinic's notes make known (known.py), read outside the memo
            spans = merge_spans(
                original, spans + known_name_spans(original, analyzer.voikko, known)
            )
        result.append(
            [
                span
                for span in spans
                if not any(original[span.start : span.end].casefold() in a for a in allowed_texts)
            ]
        )
    return result


def _found(analyzer: PrivacyAnalyzer) -> _Found:
    """The analyzer's findings memo for the domain's words now in effect (usage.domain_words:
    they decide what published text is read as); the set is held, so its id is not reused."""
    domain = current_domain_words()
    tables = _FOUND.setdefault(analyzer, {})
    entry = tables.get(id(domain))
    if entry is None:
        if len(tables) >= _DOMAINS_KEPT:
            tables.clear()
        entry = tables[id(domain)] = (
            domain,
            BoundedCache(privacy_settings(analyzer).detected_texts_kept),
        )
    return entry[1]


def _find(
    texts: Sequence[str], analyzer: PrivacyAnalyzer, *, ner: bool, cautious: bool
) -> list[list[PersonalSpan]]:
    """Every span of personal data in each text (none left out as allowed)."""
    originals = texts
    settings = privacy_settings(analyzer)
    window, dottable = settings.owner_window, settings.dottable_letters
    surnames, mistyped = settings.contact_surnames, settings.mistyped_codes
    patterns = [
        find_pattern_spans(
            text,
            analyzer.voikko,
            window,
            dottable,
            surnames=surnames,
            mistyped=mistyped,
            bodies=settings.place_and_firm_shapes,
        )
        for text in texts
    ]
    # the words of an e-mail address are not a sentence's words ("posti ville.ranta (a)
    # kunta.fi": "posti" is no surname beside "ville"); kirjaamo@harjula.fi is no person at all
    texts = [
        _blank(mask_placeholders(text), [(s.start, s.end) for s in found if s.kind == "sähköposti"])
        for text, found in zip(texts, patterns, strict=True)
    ]
    persons = _person_spans(texts, analyzer) if ner else [[] for _ in texts]
    verbs, nouns = _senses(analyzer)
    result = []
    for original, text, person, found in zip(originals, texts, persons, patterns, strict=True):
        addresses = [original[s.start : s.end] for s in found if s.kind == "sähköposti"]
        # a person's age between a name and its verb hides no cue ("Aino 91v sanoi", ages.py)
        ages, aged = person_ages(text, analyzer.voikko) if settings.person_ages else ([], [])
        names = find_name_spans(
            _blank(text, office_addresses(text, analyzer.voikko) + ages),
            analyzer.voikko,
            person,
            verbs=verbs,
            nouns=nouns,
            spelled=email_names(addresses),
            settings=privacy_settings(analyzer),
            cautious=cautious,
        )
        if ages:  # a given name before a person's age ("Usko 84v, jolla …"), and the age
            names += [PersonalSpan(a, b, "nimi") for a, b in aged]  # goes with a name
            grown = with_ages(text, [(n.start, n.end) for n in names], ages)
            names = [PersonalSpan(a, b, n.kind) for n, (a, b) in zip(names, grown, strict=True)]
        spans = merge_spans(text, found + names)
        if cautious:  # never half a name in a published text ("Vo Thi Hanh")
            spans += foreign_full_names(text, analyzer.voikko, nouns, settings)
            if settings.publish_kin_word_names:  # "kirsin tytär" (privacy83)
                spans += kin_word_names(text, analyzer.voikko)
                spans += kin_conjunct_names(text, analyzer.voikko, spans)  # privacy86
            if settings.publish_subject_word_names:  # "jukka pitää kassan" (privacy83)
                spans += subject_word_names(text, analyzer.voikko, nouns, settings)
            if settings.publish_acting_word_names:  # "Lumi toi mukaan kahvit" (privacy87, 89)
                spans += acting_word_names(
                    text, analyzer.voikko, nouns, settings.acting_word_window, settings
                )
            spans = merge_spans(text, whole_names(text, spans, analyzer.voikko, settings))
        elif settings.whole_foreign_names:  # nor in a note, over words only names have
            spans = merge_spans(text, whole_foreign_names(text, spans, analyzer.voikko))
        result.append(split_at_quotes(text, spans))  # no quote mark half redacted
    return result


def _person_spans(texts: Sequence[str], analyzer: PrivacyAnalyzer) -> list[list[tuple[int, int]]]:
    """NER's person spans of each text; a text without a letter gets none without NER: the
    name rules read NER's spans only through the words they overlap (names.find_name_spans),
    and such a text has no word (note ids and their line numbers: "12", "2020-03-15")."""
    lettered = [text for text in texts if _LETTER.search(text)]
    found = dict(zip(lettered, analyzer.person_spans(lettered), strict=True)) if lettered else {}
    return [found.get(text, []) for text in texts]


#: A character that can start a word of names.find_name_spans (its _WORD).
_LETTER = re.compile(r"[^\W\d_]")


def _senses(analyzer: PrivacyAnalyzer) -> tuple[VerbSense, NounSense]:
    """One VerbSense and NounSense per analyzer (their readings are kept for the process)."""
    senses = _SENSES.get(analyzer)
    if senses is None:
        settings = privacy_settings(analyzer)
        kept, nearest = settings.sense_cache_words, settings.sense_nearest
        nouns = NounSense(analyzer, settings.nature_margin, settings.name_margin, kept, nearest)
        verbs = VerbSense(analyzer, settings.verb_margin, kept, nearest)
        senses = _SENSES[analyzer] = (verbs, nouns)
    return senses


def noun_sense(analyzer: PrivacyAnalyzer) -> NounSense:
    """The analyzer's NounSense (vector readings of nouns), as the detector uses it."""
    return _senses(analyzer)[1]


def _blank(text: str, ranges: Iterable[tuple[int, int]]) -> str:
    """`text` with each range replaced by spaces (same length, so offsets hold)."""
    for start, end in ranges:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


#: Redaction passes at most: removing a name can expose its neighbour as one (NER reads
#: "[nimi] - toivo" differently from "Pekka Virtanen - toivo"), so a redacted text is scanned
#: again until nothing is found, which also makes redacting twice change nothing.
_MAX_PASSES = 3


def redact_texts(texts: Sequence[str], analyzer: PrivacyAnalyzer) -> list[str]:
    """Each text with every piece of personal data replaced by its placeholder ("[nimi]" …);
    the result holds nothing `find_personal_data` would report (see _MAX_PASSES)."""
    result = list(texts)
    pending = list(range(len(result)))
    for _ in range(_MAX_PASSES):
        found = find_personal_data([result[i] for i in pending], analyzer)
        pending_next = []
        for index, spans in zip(pending, found, strict=True):
            if spans:
                result[index] = replace_spans(result[index], spans)
                pending_next.append(index)
        pending = pending_next
        if not pending:
            break
    return result


def redact_text(text: str, analyzer: PrivacyAnalyzer) -> str:
    """`text` with every piece of personal data replaced by its placeholder."""
    return redact_texts([text], analyzer)[0]
