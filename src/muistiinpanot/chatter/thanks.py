"""Thanks as meeting talk or as a point of the topic (review 54 #1).

"kiitos vetäjälle", "kiitos kaikille osallistujille" thank someone of the meeting: chatter.
"kiitos vapaaehtoisille" in a clinic on volunteers' snow work thanks a group the topic is
about: a point (thank the volunteers), like "kiitos talkoolaisille jotka jäädytti radan".
The one thanked decides: the recipient of the thanks (the allative noun of its comma
stretch, "kiitos X:lle"; the partitive object of the verb, "kiitetään X:ää") is a topic's
actor when it is no word of the meeting lexicon (acts, vocabulary, the people of the
meeting) and at least `min_notes` other notes of the same clinic use it as a content word:
the clinic's own notes, not a list, tell who the topic's actors are. A recipient no other
note names (the leader, the hosts), a pronoun ("kaikille") or a name is the meeting's: a
recipient written with a capital inside the note is a person ("kiitos Lumille" in a snow
clinic thanks Lumi; review 55 #4).

A thanks to a capitalised recipient followed only by what it is for (elatives) is chatter
whatever the topic's words in it ("kiitos Liisa Niemiselle hyvästä fasilitoinnista",
"kiitos Kivikylän kyläyhdistykselle tilasta"; review 57 #4): thanks_named.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from muistiinpanot.chatter.morphology import Analyze
from muistiinpanot.chatter.rule import MeetingLexicon, WordToken, meeting_lexicon
from muistiinpanot.records import Note

_RECIPIENT_POS = frozenset({"NOUN", "ADJ"})
_ALLATIVE = "ulkotulento"
_PARTITIVE = "osanto"
_ELATIVE = "sisaeronto"


def without_topic_thanks(
    notes: Sequence[Note],
    marked: Sequence[int],
    tokens: Mapping[int, Sequence[WordToken]],
    analyze: Analyze,
    min_notes: int,
) -> list[int]:
    """`marked` (indices of `notes` found chatter, `tokens` their analysed words) without
    the notes that thank a topic's actor."""
    counts = topic_counts(notes)
    lexicon = meeting_lexicon()
    return [
        index
        for index in marked
        if not thanks_topic_actor(notes[index], tokens[index], lexicon, analyze, counts, min_notes)
    ]


def topic_counts(notes: Sequence[Note]) -> Counter[str]:
    """In how many kept notes each content lemma stands (once a note)."""
    counts: Counter[str] = Counter()
    for note in notes:
        if note.status == "kept":
            counts.update({lemma.lower() for lemma in note.content_lemmas or note.lemmas})
    return counts


def thanks_topic_actor(
    note: Note,
    tokens: Sequence[WordToken],
    lexicon: MeetingLexicon,
    analyze: Analyze,
    counts: Counter[str],
    min_notes: int,
) -> bool:
    """Whether the note thanks a topic's actor (see the module docstring): `counts` are
    topic_counts of the clinic's notes, this note's own lemmas among them."""
    own = {lemma.lower() for lemma in note.content_lemmas or note.lemmas}
    meeting = lexicon.acts | lexicon.vocabulary
    first = next((t for t in tokens if not t.is_punct), None)
    stretch: list[WordToken] = []
    for token in [*tokens, None]:
        if token is not None and not (token.is_punct and token.text in ",;:.!?"):
            stretch.append(token)
            continue
        for recipient in _recipients(stretch, lexicon, analyze):
            lemma = recipient.lemma.lower()
            if lemma in meeting or recipient.text.lower() in lexicon.people:
                continue
            if recipient is not first and recipient.text[:1].isupper():
                continue  # "kiitos Lumille": a capital inside the note, a person (review 55 #4)
            if counts[lemma] - (lemma in own) >= min_notes:
                return True
        stretch = []
    return False


def _recipients(
    stretch: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze
) -> list[WordToken]:
    """The nouns a thanks of the stretch goes to: allatives beside "kiitos", allatives and
    partitives beside the verb "kiittää"; none without a thanks."""
    thanks = [
        t for t in stretch if t.lemma.lower() in lexicon.thanks or t.text.lower() in lexicon.thanks
    ]
    if not thanks:
        return []
    cases = {_ALLATIVE}
    if any(t.pos == "VERB" for t in thanks):
        cases.add(_PARTITIVE)
    return [
        t
        for t in stretch
        if t not in thanks
        and t.pos in _RECIPIENT_POS
        and any(a.get("SIJAMUOTO") in cases for a in analyze(t.text.lower()))
    ]


def thanks_named(tokens: Sequence[WordToken], lexicon: MeetingLexicon, analyze: Analyze) -> bool:
    """Whether the note is a thanks (adjectives before it: "iso kiitos") to a recipient
    opening with a capital and ending in an allative ("Liisa Niemiselle", "Kivikylän
    kyläyhdistykselle"), followed by nothing but elatives: what it is for ("hyvästä
    fasilitoinnista")."""
    words = [t for t in tokens if not t.is_punct]
    k = 0
    while k < len(words) and words[k].pos == "ADJ":
        k += 1
    if k >= len(words) or not _thanks(words[k], lexicon):
        return False
    k += 1
    if k >= len(words) or not words[k].text[:1].isupper():
        return False
    while k < len(words) and not _in_case(words[k], _ALLATIVE, analyze):
        if not words[k].text[:1].isupper():
            return False
        k += 1
    if k >= len(words):
        return False
    return all(_in_case(w, _ELATIVE, analyze) for w in words[k + 1 :])


def _thanks(token: WordToken, lexicon: MeetingLexicon) -> bool:
    return token.lemma.lower() in lexicon.thanks or token.text.lower() in lexicon.thanks


def _in_case(token: WordToken, case: str, analyze: Analyze) -> bool:
    return any(a.get("SIJAMUOTO") == case for a in analyze(token.text))
