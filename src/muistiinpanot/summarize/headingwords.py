"""Which words of a bullet's heading its sentences say (labels round 24, issue 12).

A heading word is said when some word of the text has a base form or compound part (Voikko's
analyses, four letters or more) holding that heading word's base form or a compound part of
it: "saunavuoro" says "Sauna", "videovastaanotto" says "Etävastaanotto" (the rule of
choose.unnamed, per word). "ja" joins and is no word of its own."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence

from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.opening import NAMELESS_LABEL
from muistiinpanot.summarize.protocols import Speller

_WORDS = re.compile(r"[^\W\d_]+")
_BASES = re.compile(r"\(([^)]+)\)")
_SEGMENTS = re.compile(r"\+([^()+]+)(?:\(([^)]*)\))?")  # "+etä" has no base of its own
_JOINS = frozenset({"ja", "sekä", "tai"})


def word_bases(word: str, voikko: Speller, short: bool = False) -> set[str]:
    """`word`'s base forms and their compound parts of four letters or more (`short`: of any
    length; never a derivational suffix, "+us"; the word itself lowercased when it has
    none)."""
    found = voikko.analyze(word)
    whole = {a.get("BASEFORM", "").lower() for a in found}
    bases = {base for base in whole if base and not base.startswith("+")} | compound_bases(found)
    return {base for base in bases if short or len(base) > 3} or {word.lower()}


def compound_bases(analyses: Sequence[Mapping[str, str]]) -> set[str]:
    """The base forms of the compound parts of Voikko's `analyses` of a word, lowercased
    ("+kasvis(kasvis)+ruoka(ruoka)": kasvis, ruoka); a derivational suffix ("(+ja)") is no
    part."""
    return {
        part.lower()
        for a in analyses
        for part in _BASES.findall(a.get("WORDBASES", ""))
        if part and not part.startswith("+")
    }


def text_bases(text: str, voikko: Speller) -> set[str]:
    """The bases of every word of `text`, short ones too: each word's base forms and the last
    compound part of each of its analyses, and its other compound parts marked "+" (a
    modifier: "+sauna" of "saunavuoro"); the word itself lowercased when Voikko has none."""
    return {base for word in _WORDS.findall(text) for base in _said_bases(word, voikko)}


def _said_bases(word: str, voikko: Speller) -> set[str]:
    found = voikko.analyze(word)
    bases = {a.get("BASEFORM", "").lower() for a in found} - {""}
    modifiers: set[str] = set()
    for analysis in found:
        stems = [b for b in _BASES.findall(analysis.get("WORDBASES", "")) if not b.startswith("+")]
        stems = [b.lower().replace("=", "") for b in stems]
        if stems:
            bases.add(stems[-1])
            modifiers |= set(stems[:-1])
    return (bases | {f"+{m}" for m in modifiers - bases}) or {word.lower()}


def says(word: str, said: set[str], voikko: Speller, compound_heads: bool = True) -> bool:
    """Whether a text of bases `said` (text_bases) says `word`: a base of it of four letters
    or more inside one of them, or a shorter one ("ovi" of "ovelle", "yö") equal to one. Of a
    compound only its whole base form and its head (the last part) count (`compound_heads`):
    "kylälle" does not say "Kylätalo", "videovastaanotto" says "Etävastaanotto" (review 62
    #3, mend124), and then only a said base or compound part equal to one of them does, never
    one that holds it ("talous" does not say "Kylätalo": review 63 #4, mend128); without it
    any compound part does, as for a seeded label (said_heading)."""
    if compound_heads:
        heads = _saying_bases(word, voikko)
        if _compound(word, voikko):
            return bool(heads & said)
        return bool(heads & {base.lstrip("+") for base in said})  # "saunavuoro": "Sauna"
    said = {base.lstrip("+") for base in said}
    bases = word_bases(word, voikko, True)
    return any(part in base if len(part) > 3 else part == base for part in bases for base in said)


def _saying_bases(word: str, voikko: Speller) -> set[str]:
    """`word`'s base forms (of a word of one stem its derivational base too: "avoin" of
    "avoimuus") and, of a compound, its head and the head's base: the base form less the modifiers'
    segments ("+kylä(kylä)+talo(talo)" → "talo", "+energia(energia)+kustann(kustantaa)+us(+us)"
    → "kustannus"); the word itself lowercased when Voikko does not know it."""
    found = voikko.analyze(word)
    bases = {a.get("BASEFORM", "").lower() for a in found} - {""}
    for analysis in found:
        base = analysis.get("BASEFORM", "").lower()
        segments = _SEGMENTS.findall(analysis.get("WORDBASES", ""))
        stems = [i for i, (_, stem) in enumerate(segments) if not stem.startswith("+")]
        if len(stems) < 2:  # no compound: its derivational base too ("avoin" of "avoimuus")
            bases |= {stem.lower() for _, stem in segments if stem and not stem.startswith("+")}
            continue
        bases.add(segments[stems[-1]][1].lower().replace("=", "") or base)  # the head's base
        modifiers = "".join(surface for surface, _ in segments[: stems[-1]]).lower()
        if base.startswith(modifiers) and len(base) > len(modifiers):
            bases.add(base[len(modifiers) :].lstrip("-"))
    return bases or {word.lower()}


def _compound(word: str, voikko: Speller) -> bool:
    """Whether Voikko reads `word` as a compound (two stems or more)."""
    return any(
        len([b for b in _BASES.findall(a.get("WORDBASES", "")) if not b.startswith("+")]) > 1
        for a in voikko.analyze(word.lower())
    )


def heading_words_unsaid(
    heading: str, text: str, voikko: Speller, compound_heads: bool = True
) -> list[str]:
    """The words of `heading` (not its joining words) that `text` does not say (says)."""
    said = text_bases(text, voikko)
    return [
        word
        for word in _WORDS.findall(heading)
        if word.lower() not in _JOINS and not says(word, said, voikko, compound_heads)
    ]


def said_heading(
    theme: Theme, texts: Sequence[str], voikko: Speller, seeded_parts: bool = True
) -> str:
    """The heading an emergent `theme`'s bullets (`texts`) are published under: its label when
    they say every word of it, or when they do not say its first part ("X" of "X ja Y");
    its first part alone when they say that but not the second, so that the heading promises
    nothing the bullet does not say ("Henkilöstö ja vakuutus" over a bullet on staff and
    residents' drives → "Henkilöstö": the first head passed the label's rules alone). A
    second part alone need not name a theme (a second head may be too common to: "Aika" of
    "Resurssit ja aika"), and another word of the theme said in the bullet was, on the dev
    posts, a generic word, a time or a compound's part ("alue", "viikko", "työ" of
    "työpaja"): both keep the label (labels round 24, review 43 #5). An emergent label none
    of whose words the bullets say gives no heading ("": review 50 #4, "Maitoauto ja
    reitit" over ambulances and mailboxes): its bullets go last, among "Muita nostoja".

    A seeded theme (`seeded_parts`, summary35) is headed the same way, by either part: both
    parts of a label of models/themes.toml are the network's own names for the theme ("Tiedon
    jakaminen" of "Avoimuus ja tiedon jakaminen"). A label none of whose parts is said stays:
    the theme's name is the heading still."""
    label = theme.label
    seeded = seeded_parts and theme.kind == "seeded"
    if not (theme.kind == "emergent" or seeded) or not theme.named or not label.strip():
        return label
    text = " ".join(texts)
    words = [w for w in _WORDS.findall(label) if w.lower() not in _JOINS]
    if theme.kind == "emergent" and heading_words_unsaid(label, text, voikko) == words:
        return ""  # "Maitoauto ja reitit" over ambulances and mailboxes: no heading of it
    parts = label.split(" ja ")
    if len(parts) != 2:
        return label
    # a seeded label is the network's own name: a compound part said keeps it ("kokeilla" and
    # "Kokeilukulttuuri"); an emergent label's word is said by its whole or its head (says)
    heads = theme.kind == "emergent"
    first, second = (not heading_words_unsaid(part, text, voikko, heads) for part in parts)
    if first and not second:
        return parts[0]
    if seeded and second and not first:
        return parts[1][:1].upper() + parts[1][1:]
    return label


def said_headings(
    bullets: Sequence[Bullet],
    trace: Sequence[dict[str, object]],
    themes: Sequence[Theme],
    voikko: Speller,
    seeded_parts: bool = True,
    rename: Callable[[str, Theme, Sequence[str]], str] | None = None,
) -> tuple[list[Bullet], list[dict[str, object]], list[Theme]]:
    """The post's bullets, their traces and its bullet themes with each emergent theme's
    heading (and each seeded theme's, `seeded_parts`) as its bullets say it (said_heading; a
    theme's bullets under its label, a second bullet too, as the post prints it under the
    first): the opening paragraph and the title name a theme by that heading. themes.csv and
    the review page keep the label. A label an analyst gave in corrections.csv
    (`Theme.edited`) is their name for the theme, which the heading, the opening and the
    title keep whole (review 70 #3). `rename`: a last say on each heading, given the theme and
    its bullets (subjectheading.subject_heading: a heading that only names the clinic's
    subject gives way, review 87)."""
    headings: dict[str, str] = {}
    for theme in themes:
        said = [b.text for b in bullets if b.theme == theme.id and b.heading == theme.label]
        if said and not theme.edited:
            heading = said_heading(theme, said, voikko, seeded_parts)
            heading = _first_bullets_heading(theme, said, heading, voikko)
            headings[theme.id] = rename(heading, theme, said) if rename else heading
    label = {theme.id: theme.label for theme in themes}
    new_bullets, new_trace = list(bullets), [dict(t) for t in trace]
    for index, bullet in enumerate(bullets):
        heading = headings.get(bullet.theme, bullet.heading)
        if (
            bullet.heading
            and bullet.heading == label.get(bullet.theme)
            and heading != bullet.heading
        ):
            new_bullets[index] = dataclasses.replace(bullet, heading=heading)
            new_trace[index]["heading"] = heading
            new_trace[index]["label"] = bullet.heading
    new_themes = [_headed(t, headings.get(t.id, t.label)) for t in themes]
    unheaded = {theme_id for theme_id, heading in headings.items() if not heading}
    new_bullets, new_trace = _unheaded_last(new_bullets, new_trace, unheaded)
    return new_bullets, new_trace, new_themes


def _first_bullets_heading(
    theme: Theme, texts: Sequence[str], heading: str, voikko: Speller
) -> str:
    """An emergent theme's `heading` ("X ja Y", said by its bullets `texts` together) cut to
    "X" when the first bullet, the one printed under it, says X but not Y, not even as a
    compound's part ("hankintalaki" says "hankinta"): the heading is read as the first
    bullet's, and a word of the notes only a further bullet says is a promise that bullet
    does not keep (review 80 #3: "Sähkökatko ja radio" over a bullet on outages, radio said
    only in the next one). A seeded label is the network's name of its theme, not words of
    the notes: it stays."""
    parts = heading.split(" ja ")
    if theme.kind != "emergent" or len(texts) < 2 or heading != theme.label or len(parts) != 2:
        return heading
    first = not heading_words_unsaid(parts[0], texts[0], voikko)
    second = not heading_words_unsaid(parts[1], texts[0], voikko, compound_heads=False)
    return parts[0] if first and not second else heading


def _unheaded_last(
    bullets: list[Bullet], trace: list[dict[str, object]], unheaded: set[str]
) -> tuple[list[Bullet], list[dict[str, object]]]:
    """The bullets of the `unheaded` themes moved last, the first of them under "Muita
    nostoja" when a bullet of another heading stands above it (choose.others_last: it would
    read as a further point of the theme above)."""
    if not unheaded:
        return bullets, trace
    order = sorted(range(len(bullets)), key=lambda i: bullets[i].theme in unheaded)
    ordered, traced = [bullets[i] for i in order], [trace[i] for i in order]
    first = next(i for i, b in enumerate(ordered) if b.theme in unheaded)
    above = next((b.heading for b in reversed(ordered[:first]) if b.heading), "")
    if above and above != NAMELESS_LABEL:  # not among "Muita nostoja" already
        ordered[first] = dataclasses.replace(ordered[first], heading=NAMELESS_LABEL)
        traced[first] = {**traced[first], "heading": NAMELESS_LABEL}
    return ordered, traced


def _headed(theme: Theme, heading: str) -> Theme:
    """`theme` named by its `heading`; one without a heading is named as a theme no noun
    names (choose.NAMELESS_LABEL), left out of the opening and the title."""
    if heading:
        return dataclasses.replace(theme, label=heading)
    return dataclasses.replace(theme, label=NAMELESS_LABEL, named=False)
