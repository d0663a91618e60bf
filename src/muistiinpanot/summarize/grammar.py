"""A check of every sentence a bullet is made of, with Voikko's analyses: the sentence is
repaired where a rule knows how, and dropped (None) where it still fails.

Repairs: a bare example list spliced on at the sentence's end put in brackets ("Pitäisi kokeilla
ensin yhdessä asiassa, esim. leikkipuistot." → "… yhdessä asiassa (esim. leikkipuistot)."); a
quotation left open closed at the sentence's end; "myös" said once (a sentence
gathered from a template and notes or from two notes can say it twice: the last stays,
nearest what it adds); the subject of a necessive clause
into the genitive ("Sähköinen ajanvaraus pitäisi olla helppo" → "Sähköisen ajanvarauksen
pitäisi olla helppo"; its agreeing adjectives too, a word before it in another case is
left alone: "Virheistä oppimisen pitäisi olla …"), and a
singular verb after a plural or coordinated subject made plural (agreement.fix_agreement), and
the comma before a subordinate clause that the words show where the parse does not
(textcommas.add_clause_commas: "… ei katso, syökö isä ne").

Checks: a finite verb (a word Voikko reads as one), at most one "että", no spoken form left
(spoken-form lexicon), one sentence only ("esim." never ends one: it would split it), and no
necessive subject left in the nominative.
"""

from __future__ import annotations

import functools
import re

from muistiinpanot.summarize.agreement import fix_agreement
from muistiinpanot.summarize.commawords import FINITE_MOODS as FINITE_MOODS
from muistiinpanot.summarize.contrastcomma import contrast_commas
from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.necessive import NECESSIVE_VERBS
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.textcommas import add_clause_commas
from muistiinpanot.summarize.tidy import load_tidy_lexicon
from muistiinpanot.summarize.tidy_sentences import split_sentences

_WORD = re.compile(r"[^\W\d_]+")
_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "lukusana"})
#: Keys of the spoken-form lexicon that are standard written words too.
_ALSO_STANDARD = frozenset({"tosi", "jotain", "vähä", "noi", "toi"})
#: Abbreviations that never end a sentence.
_NEVER_FINAL = frozenset({"esim", "mm", "ns", "ks", "kts", "vrt", "vs", "em"})


@functools.cache
def spoken_forms() -> frozenset[str]:
    """Words of the spoken-form lexicon that are not also standard written Finnish."""
    return frozenset(load_tidy_lexicon().spoken) - _ALSO_STANDARD


def repair_sentence(text: str, speller: Speller) -> str | None:
    """`text` (one sentence) repaired as the module doc says, or None when it fails a check."""
    fixed = fix_necessive_subject(once_also(close_quote(bracket_example(text, speller))), speller)
    if fixed is None:
        return None
    fixed = add_clause_commas(fix_agreement(fixed, speller), speller)
    fixed = contrast_commas(fixed, speller)  # "… luokka-asteittain, ei koulujen mukaan"
    if sentence_problems(fixed, speller):
        return None
    return _EXAMPLE.sub(r"\1simerkiksi", fixed)  # "esim." is written out (review 43 #2)


#: "esim." before a word: a published sentence writes it out.
_EXAMPLE = re.compile(r"\b([Ee])sim\.(?=\s+\w)")


_QUOTES = ('"', "”")


def close_quote(text: str) -> str:
    """`text` with a quotation left open closed before the sentence's final punctuation (a
    quote the note ended its line with loses its closing mark when the sentence is cut:
    'vastaus on aina "soita huomenna.' → 'vastaus on aina "soita huomenna".'). A mark right
    after a digit is the inch or second sign, not a quote ('Ruutu oli 27" eikä riittänyt.')."""
    stripped = text.rstrip()
    end = len(stripped.rstrip(".?!"))
    for mark in _QUOTES:
        # a mark right after a digit is the inch or second sign ('27"'), no quotation
        quotes = [m.start() for m in re.finditer(r"(?<!\d)" + re.escape(mark), stripped)]
        if len(quotes) % 2 == 1 and quotes[-1] < end:
            return stripped[:end] + mark + stripped[end:] + text[len(stripped) :]
    return text


#: ", esim. …" or ", esimerkiksi …" at a sentence's end, up to its final punctuation.
_EXAMPLE_TAIL = re.compile(r",\s+(esim\.|esimerkiksi)\s+([^()]+?)\s*([.!?]?)\s*$", re.IGNORECASE)


def bracket_example(text: str, speller: Speller) -> str:
    """`text` with a verbless example list after its last comma put in brackets: a bare noun
    phrase spliced on with ", esim." is no part of the clause before it (its case is its own:
    "… kokeilla yhdessä asiassa, esim. leikkipuistot"), and written Finnish brackets it
    ("… yhdessä asiassa (esim. leikkipuistot)."). A tail with a finite verb (Voikko) is a
    clause of its own and stays ("…, esim. kirjasto voisi auttaa"), and so does one that is
    no nominative or partitive noun phrase (an adverbial: "…, esimerkiksi kertomalla siitä").
    A list's closing abbreviation keeps its dot inside the brackets ("(esim. kynät jne.).")."""
    match = _EXAMPLE_TAIL.search(text)
    if match is None:
        return text
    words = _WORD.findall(match.group(2))
    if not words or any(_finite(word.lower(), speller) for word in words):
        return text
    if not _noun_phrase(words, speller):
        return text  # "…, esimerkiksi julkaisemalla omat ajatuksensa": an adverbial
    tail, end = match.group(2), match.group(3)
    if end == "." and words[-1].lower() in _LIST_CLOSERS and tail.endswith(words[-1]):
        tail += "."  # "esim. koulut, päiväkodit jne." → "(esim. koulut, päiväkodit jne.)."
    return f"{text[: match.start()]} ({match.group(1)} {tail}){end}"


#: The abbreviations that close a list ("jne.", "yms."): their dot stays inside the brackets.
_LIST_CLOSERS = frozenset({"jne", "yms", "tms", "ym"})
#: Voikko's cases of a noun phrase's words: the head's (nominative, partitive) and an
#: attribute's genitive.
_PHRASE_CASES = frozenset({"nimento", "osanto", "omanto"})


def _noun_phrase(words: list[str], speller: Speller) -> bool:
    """Whether `words` are nominative or partitive noun phrases (a list of them): each word in
    the nominative, partitive or genitive (an attribute; the action noun "kaatuminen" too),
    a conjunction or a list's closing abbreviation, and the last a head in the nominative or
    partitive ("koulut, päiväkodit jne.", "leipää ja hedelmiä"; not "kirjastosta" or
    "julkaisemalla omat ajatuksensa"). A word Voikko does not know (a loan word) passes."""
    last: set[str] = set()
    for word in words:
        if word.lower() in _LIST_CLOSERS:
            continue
        readings = speller.analyze(word.lower())
        if not readings or any(r.get("CLASS") == "sidesana" for r in readings):
            continue
        cases = {r.get("SIJAMUOTO", "") for r in readings}  # also "kaatuminen" (a verb's)
        if not cases & _PHRASE_CASES:
            return False
        last = cases
    return not last or bool(last & {"nimento", "osanto"})


_ALSO = re.compile(r"\bmyös\b\s*", re.IGNORECASE)


def once_also(text: str) -> str:
    """`text` with every "myös" but the last left out ("Lisäksi pitäisi myös julkaista
    raportit, myös silloin kun …" → "Lisäksi pitäisi julkaista raportit, myös silloin kun …")."""
    found = list(_ALSO.finditer(text))
    for match in reversed(found[:-1]):
        text = text[: match.start()] + text[match.end() :]
    if found[:-1] and found[0].start() == 0:  # "Myös X …, myös Y" → "X …, myös Y"
        text = text[:1].upper() + text[1:]
    return text


def sentence_problems(text: str, speller: Speller) -> list[str]:
    """What is wrong with one sentence: "no_finite_verb", "etta_etta", "spoken", "split"
    (more than one sentence, or one that ends in an abbreviation such as "esim."),
    "necessive_nominative"; [] when nothing is."""
    words = _WORD.findall(text)
    lower = [word.lower() for word in words]
    problems = []
    if not any(_finite(word, speller) for word in lower):
        problems.append("no_finite_verb")
    if lower.count("että") > 1:
        problems.append("etta_etta")
    if spoken_forms() & set(lower):
        problems.append("spoken")
    ends_short = bool(lower) and lower[-1] in _NEVER_FINAL and text.rstrip().endswith(".")
    if len(split_sentences(text.strip())) != 1 or ends_short:
        problems.append("split")
    if _necessive_subject(words, speller) is not None:
        problems.append("necessive_nominative")
    return problems


def fix_necessive_subject(text: str, speller: Speller) -> str | None:
    """`text` with the nominative subject of a necessive "X pitäisi olla" in the genitive;
    unchanged when there is none, None when a word of it has no genitive Voikko confirms."""
    matches = list(_WORD.finditer(text))
    subject = _necessive_subject([m.group(0) for m in matches], speller)
    if subject is None:
        return text
    parts = []
    position = 0
    for index in subject:
        match = matches[index]
        form = genitive(match.group(0), speller)
        if form is None:
            return None
        parts += [text[position : match.start()], form]
        position = match.end()
    parts.append(text[position:])
    return "".join(parts)


def _necessive_subject(words: list[str], speller: Speller) -> list[int] | None:
    """Indexes of the nominative words of the subject before a necessive verb followed by
    "olla" (one adverb may stand between), or None. The subject is read leftwards from the
    verb over nominatives, genitive attributes and "ja"; its last word must be a nominative."""
    for index in range(1, len(words) - 1):
        if not _necessive_verb(words[index], speller):
            continue
        after = [w.lower() for w in words[index + 1 : index + 3]]
        adverb = len(after) == 2 and _only(after[0], speller, {"seikkasana"})
        if not (after[:1] == ["olla"] or (adverb and after[1] == "olla")):
            continue
        if _case(words[index - 1], speller) != "nimento":
            continue
        found = []
        position = index - 1
        while position >= 0:
            word = words[position]
            case = _case(word, speller)
            if case == "nimento":
                found.append(position)
            elif case != "omanto" and word.lower() not in ("ja", "sekä"):
                break
            position -= 1
        return sorted(found)
    return None


def _necessive_verb(word: str, speller: Speller) -> bool:
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(
        a.get("BASEFORM") in NECESSIVE_VERBS
        and a.get("PERSON") == "3"
        and a.get("NUMBER") == "singular"
        and a.get("MOOD") in ("indicative", "conditional")
        for a in analyses
    )


def _case(word: str, speller: Speller) -> str:
    """ "nimento" when every analysis of `word` is a nominative nominal (or verbal noun),
    "omanto" when one is a genitive, "" otherwise (names and acronyms are not moved)."""
    if len(word) > 1 and word.isupper():
        return ""
    analyses = speller.analyze(word.lower())
    if not analyses:
        return ""
    nominal = [
        a for a in analyses if a.get("CLASS") in _NOMINALS or a.get("MOOD") == "MINEN-infinitive"
    ]
    if any(a.get("SIJAMUOTO") == "omanto" for a in nominal):
        return "omanto"
    nominative = all(a.get("SIJAMUOTO") == "nimento" for a in nominal)
    if nominal and len(nominal) == len(analyses) and nominative:
        return "nimento"
    return ""


def _only(word: str, speller: Speller, classes: set[str]) -> bool:
    analyses = speller.analyze(word)
    return bool(analyses) and all(a.get("CLASS") in classes for a in analyses)


def _finite(word: str, speller: Speller) -> bool:
    return any(
        a.get("CLASS") in ("teonsana", "kieltosana") and a.get("MOOD") in FINITE_MOODS
        for a in speller.analyze(word)
    )
