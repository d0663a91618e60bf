"""The fixed Finnish texts of the post around the bullets: title, lead, theme paragraph, closing
and contact block, filled from clinic.toml and counts (never from note text)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.records import Clinic, Contact, Theme
from muistiinpanot.summarize.protocols import Speller

HIGHLIGHTS_HEADING = "Nostoja verkkoklinikan ryhmätyöskentelyn pohjalta"
CONTACT_HEADING = "Lisätiedot"

_INESSIVE = ("yhdessä", "kahdessa", "kolmessa", "neljässä", "viidessä", "kuudessa",
             "seitsemässä", "kahdeksassa", "yhdeksässä", "kymmenessä")  # fmt: skip
_GENITIVE = ("yhden", "kahden", "kolmen", "neljän", "viiden", "kuuden", "seitsemän",
             "kahdeksan", "yhdeksän", "kymmenen")  # fmt: skip
#: Two numbers of at most four digits joined by a hyphen, nothing number-like either side.
_NUMBER_RANGE = re.compile(
    r"(?<![\d+\-–/])(?<!\d[.,:])\b(\d{1,4})-(\d{1,4})\b(?![\-–/]|[.,:]\d|\s\d)"
)
_CLINIC_PREFIX = re.compile(r"^\s*verkkoklinikka\s*[:–—-]\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys",
           "loka", "marras", "joulu")  # fmt: skip
_NUMBERS = ("yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
            "yhdeksän", "kymmenen")  # fmt: skip


def finnish_date(iso: str) -> str:
    """ "2025-09-18" → "18.9.2025", "2025-09" → "syyskuussa 2025"; anything else as it is."""
    match = _ISO_DATE.match(iso)
    if match is not None:
        year, month, day = match.groups()
        return f"{int(day)}.{int(month)}.{year}"
    match = _ISO_MONTH.match(iso)
    if match is not None and 1 <= int(match.group(2)) <= 12:
        return f"{_MONTHS[int(match.group(2)) - 1]}kuussa {match.group(1)}"
    return iso


def count_words(number: int, singular: str, partitive: str) -> str:
    """ "yksi ryhmä", "neljä ryhmää", "12 ryhmää": numbers up to ten in words, the noun in
    the nominative singular after one and in the partitive after other numbers."""
    return f"{number_word(number)} {singular if number == 1 else partitive}"


def number_word(number: int) -> str:
    """1–10 in Finnish words ("neljä"), other numbers in digits."""
    return _NUMBERS[number - 1] if 1 <= number <= len(_NUMBERS) else str(number)


def clinic_name(clinic: Clinic) -> str:
    """The clinic's title without a leading "Verkkoklinikka:" (or its topic; "" for none)."""
    return _CLINIC_PREFIX.sub("", clinic.title).strip() or clinic.topic.strip()


def fallback_title(clinic: Clinic, theme: Theme | None, speller: Speller | None = None) -> str:
    """The title when no sentence of the post can state the clinic's main point
    (summarize/title.py): the clinic title without "Verkkoklinikka:" and "eniten puhutti
    <main theme>" ("Talvipyöräily kunnan arjessa: eniten puhutti auraus"), or the clinic
    title alone when it names that theme already or the theme's label is no noun phrase
    (so no "myös" and no theme list: review 34, finding 6); "Verkkoklinikka <date>" without
    a clinic title. The verb agrees with the label (plural_subject, read with `speller`
    when given)."""
    name = clinic_name(clinic) or f"Verkkoklinikka {_title_date(clinic.date)}".strip()
    if theme is None or not prose_label(theme.label) or named_in(theme.label, name):
        return name
    label = _lower_first(theme.label)
    verb = "puhuttivat" if plural_subject(label, speller) else "puhutti"
    if name.endswith(("?", "!")):  # "Lähikirjasto vai omatoimikioski? Eniten …", no "?:"
        return f"{name} Eniten {verb} {label}"
    return f"{name.rstrip(':;,–- ')}: eniten {verb} {label}"


def en_dash_ranges(text: str) -> str:
    """`text` with an en dash in a range of two numbers ("klo 7-22" → "klo 7–22", "2019-2021"
    → "2019–2021", review 52 #4); not inside a longer run of digits and hyphens (a date
    "2026-10-08", a phone number "040-765 4321", a code "+358-…")."""
    return _NUMBER_RANGE.sub("\\1–\\2", text)


def plural_subject(label: str, speller: Speller | None = None) -> bool:
    """Whether a label is a plural subject for the verb: coordinated ("avoimuus ja tiedon
    jakaminen") or a nominative plural head word ("siilot"). The head is the word after the
    genitive attributes that precede it (review 46 #4: "talvisäilytyksen järjestelyt" is
    plural, its first word is not); an agreeing attribute shares its head's number. With a
    `speller`, "ja" coordinates subjects only when each part has a word Voikko reads in the
    nominative: "tiedottaminen ajoissa ja ymmärrettävästi" joins two adverbials of one
    subject (review 91 #3). When "ja" joins no subjects, the head is read over the whole
    label, past the genitives and the "ja" between them (review 92 #1: "lasten ja nuorten
    palvelut" is plural, "tiedottaminen ajoissa ja …" is not), and what follows the genitives
    is read for coordination again (review 94 #2: "nuorten ja ikäihmisten yksinäisyys ja tuki"
    joins two subjects after the genitives)."""
    if _coordinated(label, speller):
        return True
    words = label.split()
    while len(words) > 1 and (words[0].endswith("n") or words[0] == "ja"):
        words = words[1:]
    rest = " ".join(words)
    if rest != label.strip() and _coordinated(rest, speller):
        return True
    return bool(words) and words[0].endswith("t")


def _coordinated(label: str, speller: Speller | None) -> bool:
    """Whether "ja" joins subjects in `label`: each part has a nominative word (with a
    `speller`; without one any "ja" does)."""
    parts = f" {label} ".split(" ja ")
    return len(parts) > 1 and (speller is None or all(_nominative(p, speller) for p in parts))


def _nominative(part: str, speller: Speller) -> bool:
    """Whether a word of `part` has a reading in the nominative."""
    return any(
        a.get("SIJAMUOTO") == "nimento" for w in part.split() for a in speller.analyze(w.lower())
    )


def theme_heading(theme: Theme) -> str:
    """The bullet heading of `theme`: its label, exactly as themes.csv has it (emergent labels
    are noun phrases already: themes/naming.py), so the post and the tables never differ."""
    return theme.label


def bullet_heading(theme: Theme) -> str:
    """The heading a bullet of `theme` is published under: its heading when that can name a
    theme in prose, "" for a fallback list of keywords ("Muita nostoja: ahdistus, alakoulu"),
    whose bullet is written without one, as the blog's bullets are (themes.csv and the review
    report keep the label)."""
    heading = theme_heading(theme)
    return heading if prose_label(heading) else ""


def only_verb(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` only as a verb form; a verbal noun ("osaaminen", the
    MINEN-infinitive) names a thing."""
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(
        a.get("CLASS") == "teonsana" and a.get("MOOD") != "MINEN-infinitive" for a in analyses
    )


def build_lead(clinic: Clinic, groups: int, notes: int) -> str:
    """Which clinic, when, about what, and how many groups (those that wrote any note, also
    one about the meeting itself) and notes (kept: on the clinic's topic)."""
    date = finnish_date(clinic.date)
    when = f" {date}" if date else ""
    name = clinic_name(clinic)
    if clinic.organiser.strip() and name:
        first = f"{clinic.organiser.strip()} järjesti{when} verkkoklinikan aiheesta ”{name}”."
    elif clinic.organiser.strip():
        first = f"{clinic.organiser.strip()} järjesti{when} verkkoklinikan."
    elif name:
        first = f"Verkkoklinikka ”{name}” pidettiin{when}."
    else:
        first = f"Verkkoklinikka pidettiin{when}." if when else "Verkkoklinikan muistiinpanot."
    sentences = [first]
    topic = clinic.topic.strip()
    if topic and topic != name:
        sentences.append(
            f"Klinikan kysymys oli: {topic}" if topic.endswith("?") else f"Aiheena oli {topic}."
        )
    if groups == 1:
        group_text = "yhdessä ryhmässä"
    else:
        group_text = f"{_inessive(groups)} pienryhmässä" if groups > 1 else "pienryhmissä"
    if notes == 0:  # every note was about the meeting itself (chatter) or empty
        sentences.append(
            f"Osallistujat keskustelivat {group_text}, mutta muistiinpanoihin kirjattiin vain "
            "tapaamisen käytännön asioita."
        )
        return " ".join(sentences)
    total = f"yhteensä {number_word(notes)}" if notes != 1 else "vain yksi"
    sentences.append(f"Osallistujat keskustelivat {group_text}, ja muistiinpanoja kertyi {total}.")
    return " ".join(sentences)


def build_theme_paragraph(themes: Sequence[tuple[str, int]], larger: int = 0) -> str:
    """The largest themes (heading, note count; up to three), or "" when there are none. A
    heading that is no noun phrase (a fallback such as "Muita nostoja: paikka, aika", a
    catch-all such as "Muut aiheet") is never put into the sentence. `larger`: the size of
    the largest theme left out of the sentence (its label reads as a name, or it has no
    bullet: summarize/choose.py); when it is larger than the smallest listed, the sentence
    says "muun muassa" ("among others"), not "Eniten" ("most"; review 55 #2)."""
    top = [(heading, size) for heading, size in themes if size > 0 and prose_label(heading)][:3]
    if not top:
        return ""
    size = top[0][1]
    parts = [f"”{top[0][0]}” ({size} {'muistiinpano' if size == 1 else 'muistiinpanoa'})"]
    parts += [f"”{heading}” ({size})" for heading, size in top[1:]]
    most_discussed = larger <= min(size for _, size in top)
    most = "Eniten keskustelua" if most_discussed else "Keskustelua"
    among = "" if most_discussed else "muun muassa "
    if len(parts) == 1:
        return f"{most} herätti {among}teema {parts[0]}."
    listed = f"{', '.join(parts[:-1])} ja {parts[-1]}"
    return f"{most} herättivät {among}teemat {listed}."


#: First words of labels that name no theme but a remainder ("Muita nostoja: …", "Muut aiheet").
_REMAINDER = frozenset({"muita", "muut", "muu", "sekalaiset", "sekalaista", "other", "misc"})


def prose_label(label: str) -> bool:
    """Whether `label` can stand in a sentence as the name of a theme: a noun phrase, not a
    list after a colon and not a remainder ("Muita nostoja: paikka, aika", "Muut aiheet")."""
    words = label.strip().split()
    return bool(words) and ":" not in label and words[0].lower() not in _REMAINDER


def remainder_heading(label: str) -> str:
    """The heading a bullet without one gets below headed bullets: what its label says before
    a colon ("Muita nostoja: ahdistus, alakoulu" → "Muita nostoja"), a remainder's name."""
    return label.split(":", 1)[0].strip()


def build_shortfall(kept: int, minimum: int) -> str:
    """What the post could not do when the clinic gave no highlights."""
    if kept == 0:
        return "Muistiinpanoissa ei käsitelty klinikan aihetta, joten nostoja ei voitu koota."
    if kept < minimum:
        have = count_words(kept, "muistiinpano", "muistiinpanoa")
        return (
            f"{have[:1].upper()}{have[1:]} ei riitä nostoihin: niiden kokoamiseen tarvitaan "
            f"vähintään {number_word(minimum)}."
        )
    return (
        "Nostoja ei voitu koota, koska mikään aihe ei toistunut muistiinpanoissa riittävän "
        "usein. Muistiinpanot ovat luettavissa sellaisinaan tiedostossa notes.csv."
    )


def _title_date(iso: str) -> str:
    match = _ISO_MONTH.match(iso)
    if match is not None:
        return f"{int(match.group(2))}/{match.group(1)}"
    return finnish_date(iso)


def build_closing(clinic: Clinic, groups: int) -> str:
    """Says that the post was compiled from the groups' notes."""
    date = finnish_date(clinic.date)
    held = f"{date} pidetyn " if date else ""
    if groups == 1:
        group_text = "yhden ryhmän"
    else:
        group_text = f"{_genitive(groups)} ryhmän" if groups > 1 else "ryhmien"
    return f"Kooste on laadittu {held}verkkoklinikan {group_text} muistiinpanojen pohjalta."


def build_contact_lines(contact: Contact) -> tuple[str, ...]:
    """Name, role and organisation on one line, then e-mail and phone (empty parts left out)."""
    first = ", ".join(p.strip() for p in (contact.name, contact.role, contact.organisation) if p)
    lines = [first, contact.email.strip(), contact.phone.strip()]
    return tuple(line for line in lines if line)


def _inessive(number: int) -> str:
    return _INESSIVE[number - 1] if 1 <= number <= len(_INESSIVE) else str(number)


def _genitive(number: int) -> str:
    return _GENITIVE[number - 1] if 1 <= number <= len(_GENITIVE) else str(number)


def _lower_first(label: str) -> str:
    if len(label) > 1 and label[1].isupper():
        return label  # an acronym
    return label[:1].lower() + label[1:]


def named_in(label: str, title: str) -> bool:
    """True when every longer word of `label` shares its first five letters with a word of
    `title` (a crude stem match: "Siilot" is named in "Siilot ja yhteistyö")."""
    stems = {word[:5].lower() for word in re.findall(r"[^\W\d_]+", title)}
    words = [word for word in re.findall(r"[^\W\d_]+", label) if len(word) > 3]
    return bool(words) and all(word[:5].lower() in stems for word in words)
