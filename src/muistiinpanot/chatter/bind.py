"""Whether a note's meeting words are said about the meeting or about a thing of the topic.

The classifier of chatter/model.py takes a meeting act or pattern as a sign of the meeting:
"linkki chattiin", "tauko 15 min", "kiitos vetäjälle". The same words also name or measure
things of the topic: "kutsubussin odotusaika on tunti", "paloasemalta kylään ajaa 35
minuuttia", "kiitoskortti kotihoitajille", "palautelinkki kotihoidosta". This module reads
the grammatical role of each meeting word (the dependency parse) and the meeting lexicon,
with no list of topical words and no fitted threshold (the one count, two participants, is
the rule's own):

1. A compound with a meeting act as one part and a part outside the meeting lexicon
   ("odotus|aika", "kiitos|kortti", "palaute|linkki") is a topical thing when a noun
   outside the lexicon modifies it ("kutsubussin odotusaika", "palautelinkki kotihoidosta"):
   it is no act. Without such a modifier it stays an act ("kyselylinkki chattiin",
   "ryhmätyöhön on varattu 20 min"): the same compound is meeting talk as often as not.
2. A meeting word (or a link, clock time or "N min" match) is bound to its clause when the
   clause is about topical things: the meeting word is the predicate, or an argument of it
   (subject, object, oblique, complement), and among the clause's other participants (the
   predicate and its arguments) is a topical compound ("sammutusyksikön saapumisaika on
   yli 20 minuuttia") or two words outside the lexicon, nouns or the predicate
   ("paloasemalta kylään ajaa 35 minuuttia": "ajaa", "paloasema", "kylä"; "äiti odotti
   takaisinsoittoa": "äiti", "takaisinsoitto"). A meeting noun that a topical noun owns
   as its possessor ("hakulomakkeen linkki") is no act and counts as one topical
   participant: "kuntosalin linkki kaatui viime viikolla" is bound, "palautekyselyn linkki
   on chatissa" leaves the chat free.
3. A meeting word a numeral measures (a clock time, "15 minuuttia") is bound when the
   clause's subject is topical: "luistinrata on auki klo 17–21" tells the rink's hours,
   "kahvitauko on klo 10" the meeting's.
4. A meeting noun listed with a thing of the topic (coordinated, `conj`, with a noun
   outside the lexicon, or past a comma with a compound of rule 1) names that kind of thing:
   "kuulokkeet tai korvatulpat jakoon", "kuulokkeet kaikille, vastamelukuulokkeet" (review
   38 #13); listed with meeting words only ("kamera ja mikki päälle") it stays an act.
   `lists_topical_things` tells chatter/mark.py when every meeting word of a note is so listed.
5. A meeting word that is the predicate nominal of a clause whose subject is topical is
   bound: "vakuutus on iso kysymysmerkki" says what the insurance is (review 52); "tämä on
   hyvä kysymys", "linkki on chatissa" keep theirs free.
6. A named person's act on a thing of the topic (a proper noun the subject, a topical noun
   the object of the same verb) is no meeting talk, though the speaker's "meidän" or a
   "tästä" beside it is a sign of the meeting to the classifier ("Aino tästä meidän
   ryhmästä vetää lukupiiriä"; review 52). `named_persons_act` tells chatter/mark.py.
7. A meeting word in a relative clause whose antecedent is a topical noun tells what the
   thing has or is: "vapaaehtoisen kortti jossa kuva" (review 54 #1); "mikki jossa kaiku"
   keeps its act free (its antecedent is the meeting's).
8. A meeting noun in the essive (every Voikko reading "olento") that modifies a topical
   noun tells the form the thing takes: "selkokieliset ohjeet, myös kuvina", "tiedote myös
   videona" (review 80 #3: instructions as pictures, not the call's picture). Only with
   Voikko's analyses (`analyze`) and a topical head in the parse: "jaan sen kuvana
   chattiin" keeps the chat free, and a meeting word in the essive under a verb keeps its
   act.

The parse's noun modifier or conjunct hung on a predicate or adverb is read as the
predicate's oblique (`nmod` modifies nominals, `conj` joins like with like): "auki klo
17", "varattu vaan 15 minuuttia" (the minutes coordinated to the verb). A possessor, an
adverbial, a coordinated word or a word set apart by a comma is never bound ("mikä tän
ryhmän nimi oli"; "sori, naapurin koira haukkuu"). A note has a free meeting
word when one of its acts or pattern matches is not bound; chatter/mark.py asks for one before
the classifier may call a note chatter on its meeting words alone. How the parse is read
(relations, heads, comma stretches, pattern spans) is chatter/parse.py's.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.chatter.grammar import Grammar, MeetingWordsLexicon
from muistiinpanot.chatter.morphology import Analyze
from muistiinpanot.chatter.parse import ParsedWord, pattern_spans
from muistiinpanot.content import Token


def has_free_meeting_word(
    text: str,
    tokens: Sequence[Token],
    parsed: Sequence[ParsedWord],
    lexicon: MeetingWordsLexicon,
    analyze: Analyze | None = None,
) -> bool:
    """Whether the note (its text, its analysed tokens with lemmas and compound parts, and
    its parse in the same tokenization) names a meeting act or pattern not bound to the
    topic. `lexicon`: chatter.rule.MeetingLexicon (acts, vocabulary, forms, patterns);
    `analyze`: Voikko's analyses of a word, for rule 8 (none: rule 8 is not read)."""
    if len(tokens) != len(parsed):  # not the same tokenization: no grammar to read
        return True
    grammar = Grammar(tokens, parsed, lexicon)
    if any(
        kind == "act"
        and not grammar.bound(i)
        and not grammar.describes_thing(i)
        and not (analyze is not None and _form_of_thing(grammar, i, analyze))
        for i, kind in enumerate(grammar.kinds)
    ):
        return True
    return any(
        not grammar.bound(min(span), span) for span in pattern_spans(text, parsed, lexicon.patterns)
    )


def _form_of_thing(grammar: Grammar, index: int, analyze: Analyze) -> bool:
    """Rule 8: the meeting word is in the essive, every reading of it (the parser's tag
    aside: it takes "kuvina" for an adjective now and then), and its head in the parse is a
    topical noun ("ohjeet, myös kuvina": the form the instructions take)."""
    word = grammar.parsed[index]
    head = word.head
    if head == index or not grammar.topical_noun(head):
        return False
    readings = analyze(word.text.lower())
    return bool(readings) and all(r.get("SIJAMUOTO") == "olento" for r in readings)


def lists_topical_things(
    text: str, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: MeetingWordsLexicon
) -> bool:
    """Whether each meeting word of the note is listed with a thing of the topic (rule 4)
    and no pattern matches: its meeting words name things, whoever the note addresses."""
    if len(tokens) != len(parsed):
        return False
    kinds = Grammar(tokens, parsed, lexicon).kinds
    return (
        "listed" in kinds
        and "act" not in kinds
        and not pattern_spans(text, parsed, lexicon.patterns)
    )


def named_persons_act(
    text: str, tokens: Sequence[Token], parsed: Sequence[ParsedWord], lexicon: MeetingWordsLexicon
) -> bool:
    """Whether the note tells what a named person does with a thing of the topic (rule 6): a
    verb heading its clause has a proper noun as its subject and a topical noun as its
    object ("Aino tästä meidän ryhmästä vetää lukupiiriä"; not "Pekka vetää tän session")."""
    if len(tokens) != len(parsed):
        return False
    grammar = Grammar(tokens, parsed, lexicon)
    for verb, word in enumerate(parsed):
        if word.pos != "VERB" or grammar.head[verb] != verb:
            continue
        subjects = grammar.dependents(verb, verb, frozenset({"nsubj"}))
        objects = grammar.dependents(verb, verb, frozenset({"obj"}))
        if any(parsed[i].pos == "PROPN" for i in subjects) and any(
            grammar.topical_noun(i) for i in objects
        ):
            return True
    return False
