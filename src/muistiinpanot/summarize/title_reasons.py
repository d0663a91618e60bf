"""What a fallback title says and why (split out of summarize/title.py): the theme the
opening paragraph names as the largest, which a fallback title names (review 40 #12), and the
reason a title is no statement in Finnish and English, as summary.json `title_from.reason` says
it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np

from muistiinpanot.records import Theme
from muistiinpanot.summarize.headingwords import compound_bases
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer
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
    theme: Theme,
    notes: Sequence[frozenset[str]],
    voikko: Speller,
    share: float,
    part: bool = False,
) -> bool:
    """Whether an emergent theme's label words are each carried by at least `share` of its
    `notes` (each its content lemmas, lowercased), so that "eniten puhutti X ja Y" is true of
    the theme (review 70 #1: "Ruokailuaika" named five notes of 21 on the menu). A label word
    is each part's last word ("Ruokalista" and "osallisuus" of "Ruokalista ja oppilaiden
    osallisuus") by Voikko's base forms; a note carries it with a lemma equal to it or a
    compound Voikko reads with it as a part ("kasvisruoka" carries "ruoka"; "kirjasto" does
    not carry "kirja", nor "tilasto" "tila": review 71 #3), and every word the title names
    must pass, not their union. A seeded theme's label is the organiser's name, which its
    notes need not say, unless the post names it by one `part` of that label, the part its
    bullets say (texts: seeded_part_headings): that part is the post's word, and its notes
    must carry it as an emergent label's ("eniten puhutti avoimuus" of a theme whose notes
    say that information comes late, review 91 #3); `share` 0 is off."""
    if share <= 0 or (theme.kind != "emergent" and not part) or not notes:
        return True
    heads = _heads(theme.label)
    parts: dict[str, frozenset[str]] = {}
    for head in heads:
        bases = {head.lower()} | {a.get("BASEFORM", "").lower() for a in voikko.analyze(head)}
        carried = sum(
            bool(lemmas & bases or _parts(lemmas, voikko, parts) & bases) for lemmas in notes
        )
        if carried < share * len(notes):
            return False
    return True


def clear_lead(
    named: Theme,
    themes: Sequence[Theme],
    members: Mapping[str, Sequence[str]],
    note_groups: Mapping[str, frozenset[str]],
    analyzer: SummaryAnalyzer,
    ratio: float,
    cosine: float,
) -> bool:
    """Whether `named` leads clearly, so that "eniten puhutti X" is true (review 73 #1): its
    notes (`members`) at least `ratio` times, and more than, those of every other theme and
    of every set of other themes whose labels name one topic, and its groups (`note_groups`,
    a note's word-for-word repeats counted) at least theirs. Themes are one topic when a
    head word of one label and one of the other's (Voikko's base forms) have word vectors at
    least `cosine` alike, directly or through another ("Kuljetus", "Taksi", "Bussi"); a
    seeded theme is weighed as any other. `ratio` 0 is off."""
    if ratio <= 0:
        return True
    rivals = [t for t in themes if t.id != named.id and t.kind != "muu" and members.get(t.id)]
    own = len(members.get(named.id, ()))
    mine = _groups(members.get(named.id, ()), note_groups)
    for topic in _topics(rivals, analyzer, cosine):
        notes = [i for t in topic for i in members[t.id]]
        if own <= len(notes) or own < ratio * len(notes):
            return False
        if len(mine) < len(_groups(notes, note_groups)):
            return False
    return True


def _groups(notes: Sequence[str], note_groups: Mapping[str, frozenset[str]]) -> set[str]:
    return set().union(*(note_groups.get(i, frozenset()) for i in notes))


def _topics(themes: Sequence[Theme], analyzer: SummaryAnalyzer, cosine: float) -> list[list[Theme]]:
    """`themes` joined into topics: linked when two of their label heads are alike."""
    vectors = []
    for theme in themes:
        heads = _heads(theme.label) if theme.named else []
        rows = [analyzer.word_vector(_base(head, analyzer.voikko)) for head in heads]
        unit = [r / n for r in rows if (n := float(np.linalg.norm(r))) > 0]
        vectors.append(np.array(unit) if unit else np.zeros((0, 1)))
    parent = list(range(len(themes)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(vectors):
        for j in range(i + 1, len(themes)):
            b = vectors[j]
            if len(a) and len(b) and float((a @ b.T).max()) >= cosine:
                parent[root(j)] = root(i)
    topics: dict[int, list[Theme]] = {}
    for i, theme in enumerate(themes):
        topics.setdefault(root(i), []).append(theme)
    return list(topics.values())


def _heads(label: str) -> list[str]:
    """Each part's last word ("Siilot", "organisaatiorajat" of "Siilot ja organisaatiorajat")."""
    return [part.split()[-1] for part in re.split(r",\s*| ja | sekä ", label) if part.split()]


def _base(word: str, voikko: Speller) -> str:
    """`word`'s first Voikko base form, lowercased (the word itself when Voikko has none)."""
    found = [a.get("BASEFORM", "") for a in voikko.analyze(word)]
    return next((x for x in found if x), word).lower()


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
