"""What a theme's notes say of its words, for its label (naming.py): the notes that use each
word as a noun, alone or as a compound's last or first part, the compounds, its modifiers,
spellings, and its uses as a time or place and in the plural (label_forms.py); and what labels
know beyond the notes (LabelWords)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from muistiinpanot.content import ParsedToken
from muistiinpanot.themes.label_forms import (
    Analyses,
    is_counted,
    is_plural,
    is_setting,
    modifier_text,
    plural_candidate,
)
from muistiinpanot.themes.label_text import acronyms, minen_noun, wordlike
from muistiinpanot.themes.label_time import is_duration

__all__ = ["Evidence", "LabelNote", "LabelWords", "best_phrase", "theme_evidence"]

#: Punctuation that ends a sentence: the next word is capitalised whatever it is.
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


@dataclass(frozen=True, slots=True)
class LabelWords:
    """What labels know beyond a theme's notes: `excluded` words (names, personal data) are
    never in a label, `generic` ones and the batch's `background` (its topic words: soft.py)
    never alone; `example_share` is each lemma's document
    share in the labelled example notes (empty without examples); `spread_out` below."""

    excluded: frozenset[str]
    generic: frozenset[str]
    background: frozenset[str] = frozenset()
    example_share: Mapping[str, float] = field(default_factory=dict)
    #: words spread evenly over the example notes' topics, however rare (general verbs
    #: among them are no keywords: keywords.keyword_lists)
    spread_out: frozenset[str] = frozenset()
    #: Voikko's analyses of a word (checks a label word's nominative plural); None: labels
    #: keep the singular
    analyses: Analyses | None = None
    #: whether a noun names a time (label_time.time_nouns); None: any time or place
    is_time: Callable[[str], bool] | None = None
    #: a word's frequency in general Finnish (label_general.general_zipf); None: unknown,
    #: no word is too common to stand alone
    frequency: Callable[[str], float] | None = None
    #: which of some notes' texts hold personal data, so that the post never shows them
    #: whole (the privacy detector, wired in app/); None: every note may be shown
    withheld: Callable[[Sequence[str]], Sequence[bool]] | None = None


#: One parsed note of a theme: its tokens and its content lemmas (compound parts included).
LabelNote = tuple[Sequence[ParsedToken], Sequence[str]]


@dataclass(slots=True)
class Evidence:
    """What a theme's notes say of its words: the notes using each as a noun (on its own,
    or as the last part of a compound noun: "ruoka" in "kouluruoka"), the notes using it on its
    own, the compounds it ends, the notes with it as a compound's first part, its tokens
    tagged noun or not, its modifiers ("avoin" of "avoin data") and acronym spellings."""

    nouns: dict[str, set[int]] = field(default_factory=dict)
    alone: dict[str, set[int]] = field(default_factory=dict)
    endings: dict[str, set[str]] = field(default_factory=dict)
    inner: dict[str, set[int]] = field(default_factory=dict)
    starts: dict[str, set[str]] = field(default_factory=dict)
    cased: dict[str, str] = field(default_factory=dict)
    tags: dict[str, Counter[bool]] = field(default_factory=dict)
    phrases: dict[str, dict[str, set[int]]] = field(default_factory=dict)
    forms: dict[str, Counter[str]] = field(default_factory=dict)
    #: per noun, its uses as a time or place adverbial (True) or not (label_forms.is_setting)
    setting: dict[str, Counter[bool]] = field(default_factory=dict)
    #: per noun, its uses as a setting or as an object in a measure case (True): for a time,
    #: when or how long ("vie kuukausia": label_time.is_duration)
    timed: dict[str, Counter[bool]] = field(default_factory=dict)
    #: per noun, its uses counted by a numeral (True) or not (label_forms.is_counted)
    counted: dict[str, Counter[bool]] = field(default_factory=dict)
    #: per noun, its uses in the plural (True) or singular, and its nominative plurals
    plural: dict[str, Counter[bool]] = field(default_factory=dict)
    plurals: dict[str, Counter[str]] = field(default_factory=dict)
    #: per noun, its uses in lower case (True) or capitalised inside a sentence, not
    #: opening it (False): a word no note writes in lower case may be a name ("Selja")
    lowered: dict[str, Counter[bool]] = field(default_factory=dict)
    #: per noun, the forms the notes write it in (lower case) with the parse's case and
    #: number ("kertoja", "Par", "Plur"): what Voikko must read as it before a label shows
    #: the parse's lemma (label_reading.written_as)
    written: dict[str, Counter[tuple[str, str, str]]] = field(default_factory=dict)
    #: the notes whose text holds personal data (LabelWords.withheld): the post does not
    #: show them, so a label's second noun needs notes besides them (label_pair)
    withheld: frozenset[int] = frozenset()


def theme_evidence(
    notes: Sequence[LabelNote], words: LabelWords, withheld: frozenset[int] = frozenset()
) -> Evidence:
    """What the theme's `notes` say of their words; `withheld`: the notes that hold
    personal data (their indices)."""
    found = Evidence(withheld=withheld)
    for note, (tokens, doc) in enumerate(notes):
        lemmas = [token.lemma.lower() for token in tokens]
        for index, (token, lemma) in enumerate(zip(tokens, lemmas, strict=True)):
            if not wordlike(lemma) or lemma in words.excluded:
                continue
            # a noun as a postposition ("kilometrin päähän", "vuoden ajan") is no noun here
            noun = token.pos == "NOUN" and token.dep != "case"
            found.tags.setdefault(lemma, Counter())[noun] += 1
            if any(segment.isupper() for segment in token.text.split("-")):
                found.cased.setdefault(lemma, acronyms(lemma, token.text))
            elif token.pos == "NOUN" and "Derivation=Minen" in token.morph:
                made = minen_noun(token.text)  # "ilmoittautuminen", lemmatized "ilmoittautua"
                if made and made.startswith(lemma[: max(2, len(lemma) - 3)]):
                    found.cased.setdefault(lemma, made)
            if noun:
                found.nouns.setdefault(lemma, set()).add(note)
                found.alone.setdefault(lemma, set()).add(note)
                setting = is_setting(tokens, index)
                found.setting.setdefault(lemma, Counter())[setting] += 1
                timed = setting or is_duration(tokens, index)
                found.timed.setdefault(lemma, Counter())[timed] += 1
                found.counted.setdefault(lemma, Counter())[is_counted(tokens, index)] += 1
                found.plural.setdefault(lemma, Counter())[is_plural(token)] += 1
                found.written.setdefault(lemma, Counter())[_written(token)] += 1
                lower = token.text[:1].islower()
                if lower or not _opens_sentence(tokens, index):  # opening, either may be
                    found.lowered.setdefault(lemma, Counter())[lower] += 1
                candidate = plural_candidate(token)
                if candidate:
                    found.plurals.setdefault(lemma, Counter())[candidate] += 1
        for part in sorted(set(doc) - set(lemmas)):  # compound parts
            # a compound noun is about its last part ("ruoka" of "kouluruoka", not "koulu")
            holders = [t for t, lemma in zip(tokens, lemmas, strict=True) if lemma.endswith(part)]
            held = [i for i, lemma in enumerate(lemmas) if lemma.endswith(part)]
            usable = wordlike(part) and part not in words.excluded
            if usable and holders and all(t.pos == "NOUN" for t in holders):
                found.nouns.setdefault(part, set()).add(note)
                found.endings.setdefault(part, set()).update(t.lemma.lower() for t in holders)
                found.setting.setdefault(part, Counter()).update(
                    is_setting(tokens, i) for i in held
                )
                found.timed.setdefault(part, Counter()).update(
                    is_setting(tokens, i) or is_duration(tokens, i) for i in held
                )
                found.counted.setdefault(part, Counter()).update(
                    is_counted(tokens, i) for i in held
                )
            elif usable and not holders:  # a first part ("osaaminen" of "osaamiskartoitus")
                found.inner.setdefault(part, set()).add(note)
                found.starts.setdefault(part, set()).update(
                    lemma
                    for t, lemma in zip(tokens, lemmas, strict=True)
                    if t.pos == "NOUN" and lemma != part and lemma.startswith(part)
                )
        for index, modifier in enumerate(tokens):
            head = tokens[modifier.head] if 0 <= modifier.head < len(tokens) else modifier
            text = modifier_text(modifier, index, words.excluded | words.generic)
            if text and head.pos == "NOUN" and modifier.head > index:
                lemma, key = head.lemma.lower(), modifier.lemma.lower()
                found.phrases.setdefault(lemma, {}).setdefault(key, set()).add(note)
                found.forms.setdefault(f"{lemma} {key}", Counter())[text] += 1
    return found


def _written(token: ParsedToken) -> tuple[str, str, str]:
    """A noun's form as written (lower case) with the parse's case and number ("" unknown)."""
    features = dict(f.split("=", 1) for f in token.morph.split("|") if "=" in f)
    return token.text.lower(), features.get("Case", ""), features.get("Number", "")


def _opens_sentence(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the token at `index` is its sentence's first word (only punctuation, a dash
    or a quote before it since a full stop, "!", "?" or the note's start): capitalised there
    whether or not it is a name."""
    for token in reversed(tokens[:index]):
        if token.text in _SENTENCE_ENDS:
            return True
        if any(char.isalnum() for char in token.text):
            return False
    return True


def best_phrase(
    lemma: str, covered: set[int], found: Evidence, share: float, min_notes: int
) -> str | None:
    """The head's best phrase ("avoin data") or compound ("kouluruoka"): the modifier, or
    the compound noun, most of its notes share, when that is in at least two notes and in
    `share` (`label_phrase_share`) of the head's notes."""
    needed = max(min_notes, 2, share * len(covered))
    modifiers = sorted(found.phrases.get(lemma, {}).items(), key=lambda m: (-len(m[1]), m[0]))
    if modifiers and len(modifiers[0][1]) >= needed:
        forms = found.forms[f"{lemma} {modifiers[0][0]}"]
        form = sorted(forms.items(), key=lambda item: (-item[1], item[0]))[0][0]
        return f"{form} {lemma}"
    compounds = sorted(
        (-len(notes), word)
        for word, notes in found.alone.items()
        if word != lemma and (word.endswith(lemma) or word.startswith(lemma))
    )
    if compounds and -compounds[0][0] >= needed:
        return compounds[0][1]
    return None
