"""A verbless note that names a harm (review 43 #2, mend86): "Melu eläimille, esim. lintujen
pesimäaika metsissä" has the frame of a wish (a head noun and a goal, wishes.py), but its head
is a noun of harm, nuisance or danger (lexicons/tone.toml `harm`, or a compound ending in one,
as Voikko splits it), so what the note names is a harm to someone, not what the group asked
for: "Toivottiin melua eläimille" reversed it. It is said in the neutral frame "Esiin nousi"
with the noun phrase as written ("Esiin nousi melu eläimille, esimerkiksi …"; a plural or
coordinated head: "Esiin nousivat pölyhaitat …").

A note that ends in a predicate noun of harm says what the harm is (review 46 #1, mend93):
"sähköt ja akkujen lataus talvella turvallisuusriski" was "Toivottiin sähköjä ja akkujen
latausta talvella turvallisuusriski"; it is stated with the copula it leaves out ("Sähköt
ja akkujen lataus talvella ovat turvallisuusriski.")."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection, Sequence
from importlib import resources

from muistiinpanot.summarize.parsetree import join_words, span_lemmas
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: The neutral frame of a harm: singular and plural.
RAISED = ("Esiin nousi", "Esiin nousivat")
#: The copula of a harm stated of its subject: singular and plural.
RAISED_COPULA = ("on", "ovat")
_NOUN_CLASSES = frozenset({"nimisana", "nimisana_laatusana"})
_LAST_PART = re.compile(r"\+[^()+]*\(([^)]*)\)$")


def harm_noun(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as a noun whose base form, or its compound's last part, is
    a noun of harm (lexicons/tone.toml `harm`)."""
    for analysis in speller.analyze(word.lower()):
        if analysis.get("CLASS") not in ("nimisana", "nimisana_laatusana"):
            continue
        base = analysis.get("BASEFORM", "").lower()
        last = _LAST_PART.search(analysis.get("WORDBASES", ""))
        if base in _harm_nouns() or (last and last.group(1).lower() in _harm_nouns()):
            return True
    return False


def predicate_noun(
    tokens: Sequence[ParsedToken], phrase: Collection[int], rest: list[int], speller: Speller
) -> int | None:
    """The position of a predicate noun a verbless note ends in (review 46 #1): a nominative
    noun (as Voikko reads it, whatever case the tagger gave it) after the head's phrase
    (`phrase`; `rest`: the other words, in order), not coordinated with it nor one of its
    words, whose copula the note leaves out ("akkujen lataus talvella turvallisuusriski":
    the charging is a risk, though the parse hangs "turvallisuusriski" on "lataus")."""
    last = rest[-1] if rest else -1
    if last <= max(phrase, default=-1) or tokens[last].dep in ("conj", "compound", "flat"):
        return None
    if tokens[last - 1].pos in ("CCONJ", "PUNCT") or tokens[last].pos != "NOUN":
        return None
    nominative = any(
        a.get("CLASS") in _NOUN_CLASSES and a.get("SIJAMUOTO") == "nimento"
        for a in speller.analyze(tokens[last].text.lower())
    )
    return last if nominative else None


def stated_harm(
    tokens: Sequence[ParsedToken], predicate: int, plural: bool, speller: Speller
) -> tuple[str, frozenset[str]] | None:
    """The note whose last word is its predicate noun with the copula it leaves out before
    that word, and its lemmas, when the noun is a harm ("Sähköt ja akkujen lataus talvella
    ovat turvallisuusriski."): the note says what is a risk, it asks for nothing. None for
    another predicate noun: neither a wish nor a harm raised."""
    if not harm_noun(tokens[predicate].text, speller):
        return None
    words = [i for i in range(predicate) if tokens[i].pos != "PUNCT" or tokens[i].text not in ".!"]
    subject = join_words(tokens, words, None).rstrip(" ,;:–-")
    subject = subject[:1].upper() + subject[1:]
    sentence = f"{subject} {RAISED_COPULA[plural]} {tokens[predicate].text}."
    return sentence, span_lemmas(tokens, [*words, predicate])


def raised(text: str, plural: bool) -> str:
    """The sentence that says a harm was raised: the neutral frame and `text` as written."""
    return f"{RAISED[plural]} {text}."


def raised_together(sentences: Sequence[str]) -> str | None:
    """Harms raised in one sentence (review 44 #9: the subjects coordinated, so the plural verb,
    and a list "A, B ja C", not "A ja B ja C"): "Esiin nousi melu eläimille." + "Esiin nousivat
    pölyhaitat asukkaille." → "Esiin nousivat melu eläimille ja pölyhaitat asukkaille."; None
    unless every sentence is a harm raised."""
    rests = []
    for sentence in sentences:
        frame = next((f for f in reversed(RAISED) if sentence.startswith(f"{f} ")), None)
        if frame is None:
            return None
        rests.append(sentence[len(frame) + 1 :].rstrip(" ."))
    if len(rests) < 2:
        return None
    return f"{RAISED[1]} {', '.join(rests[:-1])} ja {rests[-1]}."


@functools.cache
def _harm_nouns() -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["harm"]["nouns"])
