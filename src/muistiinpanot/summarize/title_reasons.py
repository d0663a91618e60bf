"""What a fallback title says and why (split out of summarize/title.py): the theme the
opening paragraph names as the largest, which a fallback title names (review 40 #12), and the
reason a title is no statement in Finnish and English, as summary.json `title_from.reason` says
it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.records import Theme
from muistiinpanot.summarize.headingwords import compound_bases
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.texts import prose_label


def opening_theme(themes: Sequence[Theme], paragraph: str) -> Theme | None:
    """The theme a fallback title names: the first of `themes` (the bullet themes, most notes
    first) that the opening `paragraph` quotes, when it says that theme was discussed most
    ("Eniten keskustelua herätti…"); without an opening paragraph the first named theme of a
    noun-phrase label; None when the opening names no theme as the largest ("muun
    muassa")."""
    named = [t for t in themes if t.named and prose_label(t.label)]
    if not paragraph:
        return named[0] if named else None
    if not paragraph.startswith("Eniten"):
        return None
    quoted = paragraph.lower()
    return next((t for t in named if f"”{t.label.lower()}”" in quoted), None)


def label_carried(
    theme: Theme, notes: Sequence[frozenset[str]], voikko: Speller, share: float
) -> bool:
    """Whether an emergent theme's label words are each carried by at least `share` of its
    `notes` (each its content lemmas, lowercased), so that "eniten puhutti X ja Y" is true of
    the theme (review 70 #1: "Ruokailuaika" named five notes of 21 on the menu). A label word
    is each part's last word ("Ruokalista" and "osallisuus" of "Ruokalista ja oppilaiden
    osallisuus") by Voikko's base forms; a note carries it with a lemma equal to it or a
    compound Voikko reads with it as a part ("kasvisruoka" carries "ruoka"; "kirjasto" does
    not carry "kirja", nor "tilasto" "tila": review 71 #3), and every word the title names
    must pass, not their union. A seeded theme's label is the organiser's name, which its
    notes need not say; `share` 0 is off."""
    if share <= 0 or theme.kind != "emergent" or not notes:
        return True
    heads = [
        part.split()[-1] for part in re.split(r",\s*| ja | sekä ", theme.label) if part.split()
    ]
    parts: dict[str, frozenset[str]] = {}
    for head in heads:
        bases = {head.lower()} | {a.get("BASEFORM", "").lower() for a in voikko.analyze(head)}
        carried = sum(
            bool(lemmas & bases or _parts(lemmas, voikko, parts) & bases) for lemmas in notes
        )
        if carried < share * len(notes):
            return False
    return True


def _parts(lemmas: frozenset[str], voikko: Speller, cache: dict[str, frozenset[str]]) -> set[str]:
    """The base forms of the compound parts Voikko reads in `lemmas`
    (headingwords.compound_bases: "+kasvis(kasvis)+ruoka(ruoka)": kasvis, ruoka)."""
    found: set[str] = set()
    for lemma in lemmas:
        if lemma not in cache:
            cache[lemma] = frozenset(compound_bases(voikko.analyze(lemma)))
        found |= cache[lemma]
    return found


#: Why a title is no statement (Title.reason) in Finnish and English, as summary.json
#: `title_from.reason` says it; the code itself is `title_from.reason_code`.
REASONS = {
    "no theme": ("yhtäkään teemaa ei ollut", "there was no theme"),
    "no bullet": ("pääteemasta ei ollut nostoa", "the main theme had no bullet"),
    "off": ("otsikkolauseet on kytketty pois (title_words = 0)", "statement titles are off"),
    "one group's point": (
        "pääteeman lauseista yhdenkään asiaa ei kirjannut useampi kuin yksi ryhmä",
        "no sentence of the main theme made a point more than one group wrote",
    ),
    "no shared wording": (
        "pääteeman lauseista yhdenkään asiaa ei kirjoittanut kaksi ryhmää samoin sanoin",
        "no sentence of the main theme said a point two groups wrote in the same words",
    ),
    "too long": ("pääteeman lauseet olivat liian pitkiä", "the sentences were too long"),
    "a question": ("lause oli kysymys", "the sentence was a question"),
    "no finite predicate": ("lauseesta puuttui verbi", "the sentence had no finite verb"),
    "a hedge": ("lause oli varaus tai arvelu (voisi, ehkä)", "the sentence was a hedge"),
    "leans on text before it": (
        "lause nojasi edeltävään tekstiin (se, myös)",
        "the sentence leaned on the text before it",
    ),
    "a lint problem": ("lauseessa oli kielivirhe", "the sentence had a language problem"),
    "personal data": ("lauseessa oli henkilötietoja", "the sentence held personal data"),
}


def reason_text(kind: str, reason: str) -> str:
    """Why a title of `kind` (title.Title.kind) is no statement (its `reason`), in Finnish and
    English, and what the fallback names: the theme of the most notes, which the opening names
    first; "" for a statement."""
    if kind == "statement":
        return ""
    fi, en = REASONS.get(reason, (reason, reason))
    if kind == "fallback":
        fi += ", joten otsikko nimeää teeman, josta kertyi eniten muistiinpanoja"
        en += ", so the title names the theme with the most notes"
    else:
        fi += ", joten otsikko on klinikan nimi"
        en += ", so the title is the clinic's name"
    return f"{fi} / {en}"
