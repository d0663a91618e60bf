"""Clauses of different notes that share their predicate, coordinated into one sentence:

- the same verb after different subjects: "Keskeneräisen näyttäminen pelottaa virkamiehiä." +
  "Somekohu pelottaa." → "Keskeneräisen näyttäminen ja somekohu pelottavat virkamiehiä." (the
  verb made plural with Voikko's forms; the rests must agree or all but one be empty);
- the same predicate after the same subject, or opening clauses without one: "Tarvitaan
  yhteisiä tiloja." + "Tarvitaan aikaa." → "Tarvitaan yhteisiä tiloja ja aikaa."

Only clauses with a parsetree.Frame take part; nothing is added but "ja" and the verb's
plural ending."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from muistiinpanot.privacy import surname_before_kin
from muistiinpanot.summarize.memberrepeats import unrepeated
from muistiinpanot.summarize.parsetree import Frame, capitalise
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.verbforms import plural_predicate

T = TypeVar("T")

#: At most this many clauses in one coordinated sentence.
_MAX_JOINED = 3
#: Voikko's classes of proper nouns: a word with one keeps its capital inside a sentence.
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
#: Conjunctions that a further "ja" may follow without falling under them.
_PLAIN_CONJUNCTIONS = frozenset({"ja", "sekä"})
#: The conjunction of a comparison (Voikko also reads it as "kuu" in the instructive plural):
#: a "ja" after it adds a term to the comparison ("enemmän kuin B ja C", review 70 #2).
_COMPARISON = "kuin"
_WORDS = re.compile(r"[^\W\d_]+")


def merge_clauses(
    items: Sequence[T], frame_of: Callable[[T], Frame | None], speller: Speller
) -> list[tuple[str, list[T]]]:
    """`items` (clause pieces, in order) as sentences: (text, the items it says); "" as the
    text of an item that stands alone (the caller writes its own clause)."""
    groups: list[list[T]] = []
    for item in items:
        frame = frame_of(item)
        target = None
        if frame is not None:
            for group in groups:
                frames = [frame_of(member) for member in group]
                if len(group) < _MAX_JOINED and _joined([*frames, frame], speller):
                    target = group
                    break
        if target is None:
            groups.append([item])
        else:
            target.append(item)
    return [
        (_joined([frame_of(member) for member in group], speller) or "", group)
        if len(group) > 1
        else ("", group)
        for group in groups
    ]


def _joined(frames: Sequence[Frame | None], speller: Speller) -> str | None:
    """The one sentence of `frames`, or None when they do not share a predicate."""
    known = [frame for frame in frames if frame is not None]
    if len(known) != len(frames) or len(known) < 2:
        return None
    first = known[0]
    if any(f.predicate.lower() != first.predicate.lower() for f in known):
        return None
    subjects = [f.subject.lower() for f in known]
    if len(set(subjects)) == 1:  # one subject (or none): coordinate what follows the verb
        rests = [f.rest for f in known]
        if not all(rests) or len({r.lower() for r in rests}) < len(rests):
            return None
        rests = unrepeated(rests)  # "verkkoyhteyden" + "sähköä ja verkkoyhteyden": said once
        if any(not rest[:1].isalnum() for rest in rests):
            return None  # a rest that starts with a comma or dash cannot be coordinated
        if any("," in rest for rest in rests[:-1]):
            return None  # "A, joka …, ja B": the "ja" would attach inside the first rest
        if any(contrasted(rest, speller) for rest in rests[:-1]):
            return None  # "A eikä B" + "C" is no "A eikä B ja C" (review 52 #1)
        subject = f"{first.subject} " if first.subject else ""
        return _sentence(f"{subject}{first.predicate} {coordinate(rests)}")
    if not all(subjects) or len(set(subjects)) < len(subjects):
        return None
    if len({f.rest.lower() for f in known if f.rest}) > 1:
        return None
    rest = next((f.rest for f in known if f.rest), "")
    predicate = plural_predicate(first.predicate, rest, speller)
    if predicate is None:
        return None
    listed = coordinate([first.subject, *(inside(f.subject, speller) for f in known[1:])])
    return _sentence(f"{listed} {predicate}{glued(rest)}")


def contrasted(text: str, speller: Speller) -> bool:
    """Whether `text`, a rest that another clause's rest would follow after "ja", holds a
    negation (Voikko's "kieltosana": "eikä", "ei vain") or a conjunction other than "ja" or
    "sekä" ("mutta", "vaan", "kuin": a comparison would take the joined rest as its term, review
    70 #2): the joined rest would fall under it ("Johtajien pitää
    uskaltaa kokeilla eikä vain säästää ja käydä paikan päällä", review 52 #1)."""
    for word in _WORDS.findall(text.lower()):
        analyses = speller.analyze(word)
        if any(a.get("CLASS") == "kieltosana" for a in analyses):
            return True
        conjunction = analyses and all(a.get("CLASS") == "sidesana" for a in analyses)
        if (conjunction and word not in _PLAIN_CONJUNCTIONS) or word == _COMPARISON:
            return True
    return False


def inside(text: str, speller: Speller) -> str:
    """`text` as it reads inside a sentence (after "ja"): lowercase first letter unless an
    acronym, a word Voikko does not know ("Teams"), one it reads only as a name, one it
    also reads as a first or place name ("Matti"), or a register surname before kin (see
    `named_opening`); a surname's or an institution's name reading beside a common noun's is
    not enough ("Asukkaat" → "asukkaat": Voikko knows a surname Asukas; "Kaupunginhallitus"
    → "kaupunginhallitus", a joined clause's whole compound since review 24 #5)."""
    word, _, rest = text.partition(" ")
    classes = {a.get("CLASS", "") for a in speller.analyze(word.strip(",.").lower())}
    named = classes & {"etunimi", "paikannimi"} or classes <= _NAME_CLASSES
    if word[1:2].isupper() or not classes or named or named_opening(word, rest, speller):
        return text
    return text[:1].lower() + text[1:]


def named_opening(first: str, rest: str, speller: Speller) -> bool:
    """Whether `first`, a clause's capitalised first word before `rest`, keeps its capital
    wherever the summary moves the clause inside a sentence (a join's "ja", a coordination,
    a lead-in): privacy reads it as a person's name there, a register surname that is a
    common word before a noun of kin ("Tammen perhe": tammi), which its own note's opening
    hides from the check; lower-cased, the post's check no longer sees a name (review 23
    #1, review 24 #1); or a word Voikko does not know before another capitalised word, a
    name of two words from another language ("Tsion Bekele", "Stora Enso": lower-cased, the
    first would read as a typo and the name would hide from that check, review 27 #1)."""
    second = rest.split(" ", 1)[0].strip(",.;:")
    if not second:
        return False
    bare = first.strip(",.")
    if second[:1].isupper() and bare.isalpha() and not speller.analyze(bare.lower()):
        return True
    return surname_before_kin(bare, second, speller)


def keeps_capital(word: str, speller: Speller) -> bool:
    """Whether `word`, opening a sentence, keeps its capital after a lead-in: Voikko writes
    every base form of it with a capital (a name, or a compound whose first part is one:
    "Wilma-viestejä" → "Wilma-viesti"), or it is a hyphen compound whose last part Voikko
    knows and whose first part is a name to Voikko or unknown to it ("Teams-palaverit",
    "Trello-taulu": products outnumber any list, so a clipped word Voikko does not know keeps
    it too, "Digi-opastus") or has a capital inside ("OmaKanta-palvelu"); not one whose
    first part Voikko reads as a common word ("Some-kanavat", also "Kanta-palvelut")."""
    bare = word.strip(",.")
    analyses = speller.analyze(bare.lower())
    if analyses:
        return all(a.get("BASEFORM", "")[:1].isupper() for a in analyses)
    head, hyphen, last = bare.rpartition("-")
    if not (hyphen and head and last and speller.analyze(last.lower())):
        return False
    if any(char.isupper() for char in head[1:]):
        return True  # a capital inside the first part marks a product's name: "OmaKanta-"
    first = speller.analyze(head.lower())
    return all(a.get("BASEFORM", "")[:1].isupper() for a in first)


def glued(rest: str) -> str:
    """`rest` as it follows the predicate: after a space, or glued when it opens with ","."""
    if not rest:
        return ""
    return rest if rest[0] in ",;:" else f" {rest}"


def coordinate(items: Sequence[str]) -> str:
    """ "A, B ja C"; "A, B sekä C ja D" when an item has a "ja" of its own."""
    if len(items) < 2:
        return "".join(items)
    last = "sekä" if any(" ja " in item for item in items) else "ja"
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def _sentence(text: str) -> str:
    return capitalise(text.strip().rstrip(" ,;:–-")) + "."
