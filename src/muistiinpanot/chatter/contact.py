"""A contact line and a farewell: two kinds of meeting talk the rule and the classifier miss
(review 75), read by grammar and the closed classes of lexicons/meeting.toml.

A **contact line** gives those present a contact: "kysymyksiin vastaa Tuula Nurmi, puh 050 …",
"jos kysyttävää niin soittakaa Pekka 050 …", "yhteyshenkilö Kalle, kalle@…". It has

1. a phone number or an e-mail address (the lexicon's `contacts` patterns);
2. no negation and no verb in the conditional ("numeroon 020 … ei vastaa kukaan",
   "neuvontaan 0800 … pitäisi voida soittaa": a service as the topic);
3. and either a verb of calling, asking or answering (`contact_verbs`) said as an imperative
   ("soittakaa", "kysykää") or in the present indicative by the speaker ("mä vastaan") or
   beside a person's name (Voikko's etunimi or sukunimi: "vastaa Tuula Nurmi"; "kela vastaa
   …" names no person), or a word for a contact (`contact_words`, the word or a compound's
   first part: "yhteyshenkilö", "sähköpostiosoite", "lisätietoja"; "puh" as typed) beside no
   other verb than an imperative or "olla" ("yhteyshenkilö on Kalle, 040 …"), or beside the
   speaker or a person's name with every verb in the present ("lisätietoja antaa Jouni …",
   "yhteyshenkilönä toimii Timo …"). A word the tagger calls a verb that Voikko does not
   read as one ("puh.") is no verb here.

A past tense ("mä soitin numeroon 0800 … ja jonotin") or an infinitive under a modal tells of
the topic's service, not a contact given to the meeting.

A **named contact** (review 87, `[chatter] named_contacts`) hands a person on to those present:
"Sanna Mäkelä rehtori, 050 …, kertoo mielellään kokemuksistaan", "Tarja Kivelä (kuljettaja)
lupas kysyä reitistä, tarja.kivela@…". The note opens with a person's name (Voikko's etunimi
in the nominative for the first word, capitalised: "Anjan numero 017 … on vanhassa listassa"
is about the number) and the contact is that person's own: an e-mail address whose
part before "@" holds the name's first or last word (å/ä/ö folded), or a phone number standing
before the first verb, in the name's apposition. No negation and no verb in the conditional,
as above. What the person will tell or find out is a lead for later, not a point of the
discussion; a number told in a clause of its own ("Matti kertoi että 0800 … ei vastaa") is
not in the apposition and has a verb before it.

A **farewell** is a verbless note of thanks and wishes to those present: "kiitos kaikille ja
hyvää päivänjatkoa!", "hyvää kesää kaikille, kiitos". Cut at commas and conjunctions, every
stretch is a thanks or a greeting (the lexicon's `thanks`, `greetings`, interjections) with
nothing but adjectives ("iso kiitos") and pronouns ("kaikille", "teille") beside it, or a wish
of a good time (chatter.moves.wishes_time: "hyvää syksyn jatkoa") with no other word than
nouns of the wish, adjectives and pronouns. A thanks to a noun ("kiitos talkoolaisille": who
is thanked decides, chatter/thanks.py) or a clause ("kiitos ja palaute pitäisi näkyä") is no
farewell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.chatter.morphology import Analyze
from muistiinpanot.chatter.moves import wishes_time
from muistiinpanot.chatter.rule import MeetingLexicon, WordToken

_VERBS = frozenset({"VERB", "AUX"})
_NAMES = frozenset({"etunimi", "sukunimi"})


def contact_line(
    text: str, tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze
) -> bool:
    """Whether the note (its text and analysed tokens) gives a contact (module docstring)."""
    if not any(pattern.search(text) for pattern in lexicon.contacts):
        return False
    words = [token for token in tokens if not token.is_punct]
    verbs = _verbs(words, analyze)
    if any(token.lemma.lower() == "ei" for token, _ in verbs):
        return False
    if any(form.get("MOOD") == "conditional" for _, forms in verbs for form in forms):
        return False
    named = any(
        analysis.get("CLASS") in _NAMES for token in words for analysis in analyze(token.text)
    ) or any(form.get("PERSON") == "1" for _, forms in verbs for form in forms)
    for token, forms in verbs:
        if token.lemma.lower() in lexicon.contact_verbs and any(
            _said(form, named) for form in forms
        ):
            return True
    if not any(_contact_word(token, lexicon) for token in words):
        return False
    return all(
        any(_imperative(form) or _is(token, form) or (named and _present(form)) for form in forms)
        for token, forms in verbs
    )


def named_contact(
    text: str, tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze
) -> bool:
    """Whether the note hands on a named person with their own contact (module docstring)."""
    words = [token for token in tokens if not token.is_punct]
    if len(words) < 2 or not words[0].text[:1].isupper():
        return False
    if not any(
        analysis.get("CLASS") == "etunimi" and analysis.get("SIJAMUOTO") == "nimento"
        for analysis in analyze(words[0].text)
    ):
        return False
    verbs = _verbs(words, analyze)
    if any(token.lemma.lower() == "ei" for token, _ in verbs):
        return False
    if any(form.get("MOOD") == "conditional" for _, forms in verbs for form in forms):
        return False
    name = [_fold(words[0].text)]
    if words[1].text[:1].isupper() and words[1].text.isalpha():
        name.append(_fold(words[1].text))
    verb_at = _first_verb_at(text, tokens)
    for pattern in lexicon.contacts:
        for match in pattern.finditer(text):
            found = match.group(0)
            if "@" in found:
                local = _fold(found.split("@", 1)[0])
                if any(part in local for part in name):
                    return True
            elif match.start() < verb_at:
                return True
    return False


def _first_verb_at(text: str, tokens: Sequence[WordToken]) -> int:
    """Where the note's first verb starts in its text (the text's length if none)."""
    at = 0
    for token in tokens:
        found = text.find(token.text, at)
        if found < 0:
            continue
        if token.pos in _VERBS:
            return found
        at = found + len(token.text)
    return len(text)


def _fold(word: str) -> str:
    """A name as typed in an e-mail address: lower case, å/ä/ö without their marks."""
    return word.lower().translate(str.maketrans("åäö", "aao"))


def _verbs(
    words: Sequence[WordToken], analyze: Analyze
) -> list[tuple[WordToken, Sequence[Mapping[str, str]]]]:
    """The note's verbs with their verb readings: a token the tagger calls a verb and Voikko
    reads as one ("puh." is an abbreviation, no verb)."""
    found: list[tuple[WordToken, Sequence[Mapping[str, str]]]] = []
    for token in words:
        if token.pos not in _VERBS:
            continue
        forms = [form for form in analyze(token.text.lower()) if form.get("MOOD")]
        if forms or token.lemma.lower() == "ei":
            found.append((token, forms))
    return found


def farewell(tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze) -> bool:
    """Whether the note is a verbless farewell of thanks and wishes (module docstring)."""
    words = [token for token in tokens if not token.is_punct]
    if not words or any(token.pos in _VERBS for token in words):
        return False
    stretches: list[list[WordToken]] = [[]]
    for token in tokens:
        if token.is_punct or token.pos == "CCONJ":
            stretches.append([])
        else:
            stretches[-1].append(token)
    stretches = [stretch for stretch in stretches if stretch]
    return bool(stretches) and all(_parting(stretch, lexicon, analyze) for stretch in stretches)


def _parting(stretch: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze) -> bool:
    """A stretch of a farewell: a thanks or greeting, or a wish of a good time, each with
    adjectives and pronouns only beside it."""
    formula = [token for token in stretch if _formula(token, lexicon)]
    rest = [token for token in stretch if not _formula(token, lexicon)]
    if formula and all(token.pos in ("ADJ", "PRON", "INTJ") for token in rest):
        return True
    return wishes_time(stretch, analyze) and all(
        token.pos in ("ADJ", "PRON", "NOUN", "INTJ") for token in rest
    )


def _formula(token: WordToken, lexicon: MeetingLexicon) -> bool:
    surface = token.text.lower()
    return (
        token.lemma.lower() in lexicon.thanks
        or surface in lexicon.thanks
        or surface in lexicon.greetings
    )


def _said(form: Mapping[str, str], named: bool) -> bool:
    """A contact verb's reading said to those present (an imperative) or in the present by
    the speaker or beside a person's name."""
    return _imperative(form) or (named and _present(form))


def _present(form: Mapping[str, str]) -> bool:
    """An affirmative present indicative reading."""
    present = form.get("MOOD") == "indicative" and form.get("TENSE") == "present_simple"
    return present and form.get("NEGATIVE") != "true"


def _imperative(form: Mapping[str, str]) -> bool:
    return form.get("MOOD") == "imperative"


def _is(token: WordToken, form: Mapping[str, str]) -> bool:
    return token.lemma.lower() == "olla" and form.get("MOOD") == "indicative"


def _contact_word(token: WordToken, lexicon: MeetingLexicon) -> bool:
    """A word for a contact: the lemma, a compound's first part or the word as typed."""
    parts = [part.strip("()-") for part in token.compound_parts]
    first = parts[0] if parts else token.lemma.lower()
    return bool({token.lemma.lower(), first, token.text.lower()} & lexicon.contact_words)
