"""A sentence to publish loses only the piece that carries personal data when the rest stays
a sentence of its own, instead of the whole sentence. Rules of Finnish sentence structure,
no word of any data set:

- a genitive's opinion or source frame ("Sumun mielestä", "Pekan ja Liisan mukaan") is an
  adverbial: the sentence stands without it ("Sumun mielestä aukioloja pitäisi pidentää" ->
  "Aukioloja pitäisi pidentää");
- a main clause (one with a finite verb, not opened by a subordinating conjunction or a
  relative pronoun), together with the subordinate clauses and verbless pieces after it,
  leaves the sentence when it holds the data and another main clause stays ("Pekka lupasi
  selvittää asian, ja kirjasto pidentää aukioloja" -> "Kirjasto pidentää aukioloja"); a
  subordinate clause opening the sentence goes with the main clause after it;
- a member of a list of three or more single words goes, and the list stays a list
  ("kirjasto, nuorisotalo ja Pekka" -> "kirjasto ja nuorisotalo"; two members would change
  the verb's number).

Anything else (the name inside the one main clause, a clause the rest depends on) gives
None: the sentence goes whole, as before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.nametags import cut_name_tag
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.publisher import nominative_noun
from muistiinpanot.privacy.readings import FINITE_MOODS
from muistiinpanot.privacy.spans import PersonalSpan

#: A genitive's postposition framing a whole sentence as someone's view or word.
_FRAME = re.compile(r"\s*(?:(?:näkemyksen|käsityksen)\s+)?(?:mielestä|mukaan)\b,?", re.IGNORECASE)
#: Words joining coordinated names inside one frame ("Pekan ja Liisan mielestä").
_NAME_JOINERS = re.compile(r"^(?:\s*(?:,|ja|sekä|tai)\s*)$", re.IGNORECASE)
_NAME_JOINER_WORDS = re.compile(r"(?:,|\bja\b|\bsekä\b|\btai\b)", re.IGNORECASE)
#: Coordinating conjunctions that may open a main clause after a comma.
_COORDINATORS = frozenset({"ja", "sekä", "mutta", "vaan", "tai", "eli", "joten"})
#: Subordinating conjunctions and relative and interrogative pronouns: a clause they open
#: depends on another.
_SUBORDINATORS = frozenset(
    {"että", "ettei", "koska", "jotta", "jottei", "kun", "jos", "jollei", "vaikka", "kunnes"}
    | {"kuin", "mikäli", "ellei", "sillä", "miten", "miksi", "kuinka", "missä", "mihin"}
    | {"joka", "jonka", "jota", "jossa", "josta", "johon", "jolla", "jolta", "jolle"}
    | {"jotka", "joiden", "joita", "joissa", "joista", "joihin", "joilla", "joilta", "joille"}
    | {"mikä", "minkä", "mitä", "mistä", "millä", "miltä", "mille", "mitkä", "joksi", "jona"}
)
#: Personal pronouns: a kept piece naming "hän" would point at the person left out.
_PERSONAL_PRONOUN = re.compile(
    r"\b(?:hän\w*|häne\w*|he|heidä\w*|hei(?:lle|ltä|llä|hin|ssä|stä|ksi|tä|nä))\b",
    re.IGNORECASE,
)
#: Pronouns pointing back at what was said before.
_POINTING = frozenset({"se", "ne", "tämä", "nämä", "tuo", "nuo", "hän", "he"})
_SEGMENT = re.compile(r"[^,;]+")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_LIST_CONJUNCTIONS = frozenset({"ja", "sekä", "tai"})
_LIST_SEPARATOR = re.compile(r"^(?:,\s*|\s+(?:ja|sekä|tai)\s+)$", re.IGNORECASE)
_END = ".!?"
#: The fewest words a trimmed sentence keeps.
_SHORTEST = 3


def drop_personal_pieces(
    sentence: str, spans: Sequence[PersonalSpan], voikko: Analyses
) -> str | None:
    """`sentence` without the pieces that hold `spans`, or None when what is left would not
    be a sentence (see the module docstring). Spans must lie inside `sentence`."""
    if not spans:
        return sentence
    if (tag := cut_name_tag(sentence, spans)) is not None:  # "… paremmin - Virtanen"
        sentence, spans = tag
        if not spans:
            return _tidy(sentence, sentence, voikko)
    edits: list[tuple[int, int, str]] = []
    rest: list[PersonalSpan] = []
    for span in spans:
        frame = _frame(sentence, span, spans, voikko)
        edit = _framed(sentence, frame, voikko) if frame else _list_member(sentence, span, voikko)
        if edit is None:
            rest.append(span)
        elif edit in edits:
            continue  # "Pekan ja Liisan mielestä": one frame
        elif any(s < edit[1] and edit[0] < e for s, e, _ in edits):
            return None  # two names in one list, or a list inside a frame
        else:
            edits.append(edit)
    text = _edit(sentence, edits)
    if rest:
        clauses = _drop_clauses(text, rest, voikko)
        if clauses is None:
            return None
        text = clauses
    return _tidy(text, sentence, voikko)


def _framed(sentence: str, frame: tuple[int, int], voikko: Analyses) -> tuple[int, int, str]:
    """The edit of a name's frame: the range, with the genitives of the body that owns the
    name before it (_owner), and what stays of it (_source)."""
    start, end = frame
    owner = _owner(sentence, start, voikko)
    chain = sentence[owner:start].split() if owner is not None else []
    return (start if owner is None else owner), end, _source(sentence[start:end], chain)


def _source(frame: str, owners: Sequence[str] = ()) -> str:
    """What stays of a frame: nothing of an opinion's ("Sumun mielestä"), a neutral source of
    a source's ("Virtasen mukaan lainaus putosi" → "Erään henkilön mukaan lainaus putosi"):
    without it a person's claim would read as the groups' own statement (review 52 #2). A
    name owned by the genitives before it (`owners`) is one of that body's: "Kyläyhdistyksen
    Virtasen mukaan" → "Erään kyläyhdistyksen edustajan mukaan" (review 52 #5, summary39: not
    "Kyläyhdistyksen erään henkilön", nor the body's only member); of two genitives the last
    is the name's title ("Metsästysseuran puheenjohtajan Laaksosen mukaan" → "Erään
    metsästysseuran puheenjohtajan mukaan")."""
    if not re.search(r"\bmukaan\b", frame, re.IGNORECASE):
        return ""
    several = _NAME_JOINER_WORDS.search(frame)
    if len(owners) > 1:
        return f"erään {' '.join(owners).lower()} mukaan "
    if owners:
        member = "edustajien" if several else "edustajan"
        return f"erään {owners[0].lower()} {member} mukaan "
    return "eräiden henkilöiden mukaan " if several else "erään henkilön mukaan "


def _owner(sentence: str, start: int, voikko: Analyses) -> int | None:
    """Where the genitives that own the name at `start` begin: the words just before it that
    are common nouns Voikko reads only in the genitive ("Kyläyhdistyksen", "kunnan
    puheenjohtajan"), at most two; None when the word before is no such genitive (mend109)."""
    found, end = None, start
    for match in reversed(list(_WORDS.finditer(sentence[:start]))[-2:]):
        between = sentence[match.end() : end]
        if not between or between.strip() or not _genitive_only(match.group(0), voikko):
            break
        found = end = match.start()
    return found


def _genitive_only(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` only as a common noun in the genitive."""
    readings = voikko.analyze(word.casefold())
    return bool(readings) and all(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "omanto" for a in readings
    )


def _frame(
    sentence: str, span: PersonalSpan, spans: Sequence[PersonalSpan], voikko: Analyses
) -> tuple[int, int] | None:
    """The range of "<name's> mielestä" when the span opens such a frame (or is one of the
    coordinated names of one)."""
    end = span.end
    for other in sorted(spans):  # "Pekan ja Liisan mielestä": reach over the next names
        if other.start >= end and _NAME_JOINERS.match(sentence[end : other.start]):
            end = other.end
    match = _FRAME.match(sentence, end)
    if match is None or not sentence[span.start : span.end][-1:].isalpha():
        return None
    start = span.start
    for other in sorted(spans, reverse=True):  # and back over the names before it
        if other.end <= start and _NAME_JOINERS.match(sentence[other.end : start]):
            start = other.start
    before = _WORDS.findall(sentence[:start])
    if before and sentence[:start].endswith(" ") and nominative_noun(before[-1], voikko):
        return None  # "rehtori Oksasen mukaan": a title stands with the name
    return start, match.end()


def _list_member(
    sentence: str, span: PersonalSpan, voikko: Analyses
) -> tuple[int, int, str] | None:
    """The list of three or more single words that the span is a member of, as its range
    and its text without that member ("a, b ja c" -> "a ja b")."""
    items = [
        (m.start(), m.end())
        for m in _WORDS.finditer(sentence)
        if m.group(0).casefold() not in _LIST_CONJUNCTIONS
    ]
    index = next((i for i, (s, e) in enumerate(items) if s <= span.start < e), None)
    if index is None or items[index][1] < span.end:
        return None
    left = right = index
    while left > 0 and _LIST_SEPARATOR.match(sentence[items[left - 1][1] : items[left][0]]):
        left -= 1
    while right + 1 < len(items) and _LIST_SEPARATOR.match(
        sentence[items[right][1] : items[right + 1][0]]
    ):
        right += 1
    members = items[left : right + 1]
    joints = [sentence[a[1] : b[0]].strip() for a, b in zip(members, members[1:], strict=False)]
    # a list: commas, then one conjunction closing it ("a, b ja c")
    if len(members) < 3 or any(j != "," for j in joints[:-1]) or joints[-1] == ",":
        return None
    if any(_finite(sentence[s:e], voikko) for s, e in members):
        return None  # clauses joined, not a list of words
    kept = [sentence[s:e] for k, (s, e) in enumerate(members) if k != index - left]
    text = ", ".join(kept[:-1]) + f" {joints[-1]} " + kept[-1]
    return members[0][0], members[-1][1], text


def _drop_clauses(text: str, spans: Sequence[PersonalSpan], voikko: Analyses) -> str | None:
    """`text` without the main clauses (with what depends on them) that hold `spans`."""
    units: list[list[tuple[int, int]]] = []
    has_main: list[bool] = []
    for match in _SEGMENT.finditer(text):
        words = _WORDS.findall(match.group(0))
        if not words:
            continue
        main = _clause(words, voikko) and not _subordinate(words[0].casefold())
        if not units or (main and has_main[-1]):
            units.append([])
            has_main.append(False)
        units[-1].append((match.start(), match.end()))
        has_main[-1] = has_main[-1] or main
    kept = [u for u in units if not any(u[0][0] <= s.start < u[-1][1] for s in spans)]
    if len(kept) == len(units) or not kept:
        return None
    if any(  # "…, niillä oli yhteinen palvelupolku": what it points at has gone
        _anaphoric(text[u[0][0] : u[-1][1]], voikko)
        for k, u in enumerate(units)
        if u in kept and any(v not in kept for v in units[:k])
    ):
        return None
    pieces: list[str] = []
    for unit in kept:
        piece = text[unit[0][0] : unit[-1][1]].strip()
        if not pieces:
            first, _, after = piece.partition(" ")
            if first.casefold() in _COORDINATORS and after:
                piece = after.strip()
            if _subordinate(_first(piece)):
                return None
        pieces.append(piece)
    return ", ".join(pieces)


def _tidy(text: str, original: str, voikko: Analyses) -> str | None:
    """The trimmed sentence with its spaces, capital and final stop, or None when it is too
    short or has no finite verb."""
    body = re.sub(r"\s+", " ", text).strip(" ,;:-–")
    body = re.sub(r"\s+([,.;:!?])", r"\1", body).rstrip(_END + " ,")
    words = _WORDS.findall(body)
    if len(words) < _SHORTEST or not _clause(words, voikko) or _PERSONAL_PRONOUN.search(body):
        return None
    stop = original.rstrip()[-1:] if original.rstrip()[-1:] in _END else ""
    return body[:1].upper() + body[1:] + stop


def _edit(text: str, edits: Sequence[tuple[int, int, str]]) -> str:
    """`text` with each range replaced, padded with spaces so that later offsets hold."""
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new.ljust(end - start) + text[end:]
    return text


def _first(text: str) -> str:
    words = _WORDS.findall(text)
    return words[0].casefold() if words else ""


def _anaphoric(text: str, voikko: Analyses) -> bool:
    """Whether `text` holds a pronoun pointing back (a form of "se", "ne", "tämä" …)."""
    return any(
        a.get("CLASS") == "asemosana" and a.get("BASEFORM", "").casefold() in _POINTING
        for word in _WORDS.findall(text)
        for a in voikko.analyze(word.casefold())
    )


def _subordinate(word: str) -> bool:
    return word in _SUBORDINATORS


def _clause(words: Sequence[str], voikko: Analyses) -> bool:
    return any(_finite(word, voikko) for word in words)


def _finite(word: str, voikko: Analyses) -> bool:
    return any(
        a.get("CLASS") in {"teonsana", "kieltosana"} and a.get("MOOD") in FINITE_MOODS
        for a in voikko.analyze(word.casefold())
    )
