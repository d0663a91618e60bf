"""Whether a label may show the parser's lemma of a noun (label_pair.py): Voikko must read a
form the notes write it in as that lemma, in the case and number the parse gives, and no other
noun Voikko reads that form as in that case and number may be more common in general Finnish
(label_general.general_zipf). The parser picks one reading of a homograph, sometimes a rare
one: "kymmeniä kertoja" is "kerta" to a reader, the parse made it "kerto" (a rare noun Voikko
also knows), and the label "Sopimus ja kerto" named nothing the notes say (review 23 #6).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from muistiinpanot.themes.label_evidence import LabelWords

__all__ = ["written_as"]

#: The parse's (Universal Dependencies) cases as Voikko names them (SIJAMUOTO).
_CASES = {
    "Nom": "nimento",
    "Gen": "omanto",
    "Par": "osanto",
    "Ess": "olento",
    "Tra": "tulento",
    "Ine": "sisaolento",
    "Ela": "sisaeronto",
    "Ill": "sisatulento",
    "Ade": "ulkoolento",
    "Abl": "ulkoeronto",
    "All": "ulkotulento",
    "Abe": "vajanto",
    "Com": "seuraava",
    "Ins": "keinonto",
}
_NUMBERS = {"Sing": "singular", "Plur": "plural"}
#: Voikko's classes of a noun's readings ("kuuro" is both a noun and an adjective): only
#: another noun is a rival reading; an adjective's is another word class, as a verb's is
#: ("vanhemmat" is "vanhempi", parents, whatever "vanha" + comparative is)
_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})


def written_as(
    lemma: str, shown: str, written: Counter[tuple[str, str, str]], words: LabelWords
) -> bool:
    """Whether some form of `written` (form, the parse's case and number) is, to Voikko, a
    form of `lemma` (or of the text it is `shown` as; a -minen noun's base form is its verb
    to Voikko: "osaamista" → "osata") and of no commoner noun in that case and number (see
    the module docstring). A noun Voikko knows in none of its forms tells nothing ("HVA:n",
    new compounds): kept. Without Voikko (`words.analyses` None), any lemma; without
    frequencies, any reading Voikko has."""
    if words.analyses is None:
        return True
    members = _last_members(lemma, written, words)
    if members:  # "inva-paikkoja": read as its last member, "paikkoja", is of "paikka"
        return written_as(lemma.rpartition("-")[2], shown.rpartition("-")[2], members, words)
    accepted = {lemma, shown.lower()}
    frequency = words.frequency
    own = max(frequency(word) for word in accepted) if frequency is not None else 0.0
    known = False
    for (form, case, number), _ in written.most_common():
        readings = [_fields(a) for a in words.analyses(form)]
        known = known or bool(readings)
        if not any(
            base in accepted or (kind == "teonsana" and lemma.endswith("minen"))
            for base, kind, _, _ in readings
        ):
            continue
        rivals = {
            base
            for base, kind, sija, luku in readings
            if kind in _NOUNS
            and base not in accepted
            and (not case or case not in _CASES or sija == _CASES[case])
            and (not number or number not in _NUMBERS or luku == _NUMBERS[number])
        }
        if frequency is None or not any(frequency(rival) > own for rival in rivals):
            return True
    return not known


def _last_members(
    lemma: str, written: Counter[tuple[str, str, str]], words: LabelWords
) -> Counter[tuple[str, str, str]]:
    """For a hyphenated lemma whose written forms Voikko knows none of ("inva-paikka": a
    first member it lacks), the forms' last members, which carry the inflection
    ("paikkoja"); empty otherwise."""
    prefix, hyphen, last = lemma.rpartition("-")
    if not hyphen or not prefix or not last or words.analyses is None:
        return Counter()
    members: Counter[tuple[str, str, str]] = Counter()
    for (form, case, number), count in written.items():
        head, _, member = form.rpartition("-")
        if head != prefix or not member or words.analyses(form):
            return Counter()
        members[(member, case, number)] += count
    return members


def _fields(analysis: Mapping[str, str]) -> tuple[str, str, str, str]:
    return (
        analysis.get("BASEFORM", "").lower(),
        analysis.get("CLASS", ""),
        analysis.get("SIJAMUOTO", ""),
        analysis.get("NUMBER", ""),
    )
