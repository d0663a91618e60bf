"""The [chatter] table of pipelines/*.toml as a frozen settings dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChatterSettings:
    """The [chatter] table of pipelines/*.toml. `enabled`: mark chatter at all;
    `max_words`: longer notes are never chatter (a meeting remark is short);
    `classifier`: also use the classifier (chatter/model.py) beside the lexicon rule;
    `min_probability`: its probability that makes a note chatter; `bind_meeting_words`: a
    note whose only sign of the meeting is a meeting word or pattern is chatter by the
    classifier only when one of them is not bound to a topical word (chatter/bind.py),
    and a note naming someone, whose speaker signs are only the speaker's own words, only
    when no named person acts on a topical thing (chatter.bind.named_persons_act);
    `people_sign`: someone of those present asked or told ("kuka", "joku", "kaikille": the
    lexicon's `people`) is a sign of the meeting like the speaker or the people addressed;
    `move_sign`: so is a move of the meeting the features do not read (chatter/moves.py: a
    "let us" after particles, a question without a question mark, a word pointing at the
    meeting's own notes); `wish_sign`: so is a verbless wish of a good time ("hyvää
    päivänjatkoa"; chatter.moves.wishes_time; off: alone it misses the landing rule of
    round 30); `thanked_topic`: a thanks to a group of the
    topic is no chatter (chatter/thanks.py: the one thanked is no meeting word and stands in
    at least `thanked_topic_notes` other notes of the clinic: "kiitos vapaaehtoisille");
    `thanked_named`: a thanks to a capitalised recipient and what it is for is chatter
    ("kiitos Liisa Niemiselle hyvästä fasilitoinnista"; chatter.thanks.thanks_named); `bare_notes`:
    a note of no content word at all (interjections, an acknowledgement, punctuation, emoji: a
    lone "ok", review 50) is chatter (chatter/bare.py); `contact_lines`: a note giving a contact
    (a phone number or e-mail with a verb of calling, asking or answering said to those
    present, or a word for a contact) is chatter, and `farewells`: so is a verbless farewell of
    thanks and wishes to those present (chatter/contact.py; review 75); `named_contacts`: so is
    a note opening with a person's name and carrying that person's own e-mail or a phone in
    the name's apposition ("Sanna Mäkelä rehtori, 050 …, kertoo mielellään"; review 87);
    `assents`: so is a short assent or move with nothing of the topic ("kuulostaa hyvältä,
    mennään eteenpäin", "sovitaan niin"; chatter/assent.py, review 87); `essive_forms`: a
    meeting noun in the essive under a topical noun is the thing's form, no act of the
    meeting ("ohjeet, myös kuvina"; chatter/bind.py rule 8, review 80 #3)."""

    enabled: bool = True
    max_words: int = 12
    classifier: bool = True
    min_probability: float = 0.85
    bind_meeting_words: bool = True
    people_sign: bool = True
    move_sign: bool = True
    wish_sign: bool = False
    thanked_topic: bool = True
    thanked_topic_notes: int = 2
    thanked_named: bool = True
    bare_notes: bool = True
    contact_lines: bool = True
    farewells: bool = True
    named_contacts: bool = False
    assents: bool = False
    essive_forms: bool = True
