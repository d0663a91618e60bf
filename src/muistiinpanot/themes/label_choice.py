"""How an emergent theme's label is put together from its head nouns (label_heads.py finds and
scores them): the best head alone, or with a second head joined by "ja" when the second says
something of its own, or when the first is too weak to stand alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from muistiinpanot.themes.label_roots import Roots, held_in, one_thing
from muistiinpanot.themes.label_text import capital
from muistiinpanot.themes.settings import ThemeSettings


@dataclass(slots=True)
class Head:
    """A head noun of a theme: its lemma, the theme's notes with it, its score and the text
    shown (its phrase, compound or the word)."""

    lemma: str
    notes: set[int]
    score: float
    text: str
    #: the text names two things already ("Asukasilta ja asukasraati"): no second head
    whole: bool = False
    #: the text is a compound or an acronym ("Merimetso", "EU-rahoitus"): specific alone
    specific: bool = False
    #: the text is one word too common in general Finnish to name a theme alone ("Koulu")
    common: bool = False
    #: such a word with a modifier or compound fewer of its notes use ("Kylän koulu")
    phrased: str | None = None
    #: a topic word of the batch that this theme owns (label_heads._owned: "opettaja"): no
    #: second head of a first head that stands alone ("Jäätie", not "Jäätie ja lossi")
    topical: bool = False
    #: the text names a time or a measure ("Kuukausi", "Viikko", "Euro": label_time): when
    #: or how much, never a label's head or second head
    timed: bool = False
    #: the roots of the text (label_roots.word_roots): a second head whose roots run inside
    #: the first's, or the first's inside its, names the same thing ("Lapset ja lastenhoito")
    roots: Roots = frozenset()
    #: under `label_cover_share` of the theme's notes carry the text (label_heads): a word of
    #: a corner of the theme ("Kirjasto" of two notes in ten), no label's first head; it may
    #: still be a second head (review 40 #13)
    narrow: bool = False
    #: the text is a compound one note writes ("eläkeläisryhmät" of "ryhmä"): no second head
    rare: bool = False


def label_options(
    heads: Sequence[Head],
    settings: ThemeSettings,
    size: int = 0,
    spread: Callable[[str], float] | None = None,
) -> list[str]:
    """Labels for the theme, best first: the best head with the best second head that
    passes ("Osallisuus ja asukasraati"), or alone; then the next heads for a theme whose
    first label another theme already has. A head that is weak alone (`_is_weak`: a plain
    word, not a compound or acronym, or in under `label_phrase_share` of the theme's `size`
    notes, or with under `label_own_share` of the batch's notes using it in this theme)
    takes the best second head with notes of its own even when that scores under
    `label_pair_share` of it ("Tunti" alone is a word, "Tunti ja välitunti" a topic); with
    no such head it stands alone. A head too common in general Finnish to stand alone
    (`Head.common`: "Koulu") takes the best second head with a note of its own that is not
    so common ("Hinta ja kurssimaksu"), or else a modifier or compound two of its notes use
    (`Head.phrased`: "Kylän koulu"), or else a common second head ("Data ja yliopisto");
    with none it names no label (the next head does, or the fallback). A head whose next
    head (another word) names the same thing (`Head.roots`: "lataus" and "latauspaikka")
    stands alone, or gives way to it when too common ("Lastenhoito", not "Lapset"), and no
    second head is one naming the first's thing. A time or a measure
    (`Head.timed`) is no head and no second head: it says when or how much of what the notes
    are about, not what ("Kuukausi" over notes on how long street works take). A `narrow`
    head (a word of a corner of the theme's notes) is no first head, a `rare` one (a
    compound of one note) no second head."""
    options = []
    for position, first in enumerate(heads):
        if first.timed or first.narrow:
            continue
        rest = [h for h in heads[position + 1 :] if not h.timed and not h.rare]
        namesake = _namesake(first, rest)
        if first.common and namesake is not None and not namesake.common:
            # the next head names the first's thing more closely ("lapset", "lastenhoito")
            options.append(capital(namesake.text))
            continue
        if first.common:  # never alone: with a second head not so common, its phrase, or
            # another common head (two common words together still say what the notes share)
            seconds = [h for h in rest if _own_notes(first, h, False)]
            rarer = [h for h in seconds if not h.common]
            if rarer or (seconds and not first.phrased):
                options.append(capital(f"{first.text} ja {(rarer or seconds)[0].text}"))
            elif first.phrased:
                options.append(capital(first.phrased))
            continue
        if namesake is not None:  # the first says it alone, no weaker word joins it
            options.append(capital(first.text))
            continue
        rest = [h for h in rest if not h.topical]  # a topic word: no second to a word alone
        second = next((h for h in rest if not first.whole and _pairs(first, h, settings)), None)
        if second is None and not first.whole and _is_weak(first, settings, size, spread):
            second = next((h for h in rest if _own_notes(first, h)), None)
        if second is None and not first.whole and not first.specific and " " not in first.text:
            # a plain word still alone: a second head with notes beyond the first's
            second = next((h for h in rest if _own_notes(first, h, strict=False)), None)
        options.append(capital(f"{first.text} ja {second.text}" if second else first.text))
    return options


def _is_weak(
    head: Head, settings: ThemeSettings, size: int, spread: Callable[[str], float] | None
) -> bool:
    """Whether a lone `head` says too little of its theme: a single word (no phrase) that is
    no compound or acronym ("Koulu", "Hinta": a compound such as "Merimetso" or
    "Kouluruoka" carries its own modifier), or that under `label_phrase_share` of the
    theme's `size` notes use, or whose notes in the batch are under `label_own_share` in
    this theme (`spread`: the theme's share of them)."""
    if " " in head.text:
        return False
    rare = len(head.notes) < settings.label_phrase_share * size
    spread_out = spread is not None and spread(head.lemma) < settings.label_own_share
    return not head.specific or rare or spread_out


def _own_notes(first: Head, second: Head, strict: bool = True) -> bool:
    """Whether `second` is another word than `first` with most of its notes not the first's
    (`strict`), or with any note that is not the first's."""
    if second.whole or _same_thing(first, second):
        return False
    own = len(second.notes - first.notes)
    return own * 2 > len(second.notes) if strict else own > 0


def _namesake(first: Head, rest: Sequence[Head]) -> Head | None:
    """The next of the `rest` heads that is another word than `first` (no compound of its
    lemma nor a part of it, no head of two compounds) when its roots hold the first's
    ("lataus" in "latauspaikka": label_roots.held_in; a part of the first, "auto" of
    "autotie", is only no second head); else None."""
    if first.whole:
        return None
    other = next(
        (
            h
            for h in rest
            if not h.whole
            and first.lemma not in h.lemma
            and h.lemma not in first.lemma
            and h.text.lower() != first.text.lower()  # another head shown as the same word
        ),
        None,
    )
    return other if other is not None and held_in(first.roots, other.roots) else None


def _same_thing(first: Head, second: Head) -> bool:
    """Whether two heads are one word, one's lemma inside the other's, or name one thing by
    their roots ("lapset" and "lastenhoito", "asumisneuvonta" and "asumisneuvoja":
    label_roots.one_thing)."""
    if first.lemma in second.lemma or second.lemma in first.lemma:
        return True
    return one_thing(first.roots, second.roots)


def _pairs(first: Head, second: Head, settings: ThemeSettings) -> bool:
    """Whether `second` says something of its own beside `first`: distinctive enough, most
    of its notes not the first's, and not the same word (a compound and its own part)."""
    return second.score >= settings.label_pair_share * first.score and _own_notes(first, second)


def named_lemmas(heads: Sequence[Head], label: str) -> set[str]:
    """The lemmas of the heads `label` names: each head whose text is the label or one of its
    parts joined by "ja" ("Hakemus ja jono": hakemus, jono)."""
    parts = {part.lower() for part in label.split(" ja ")}
    return {h.lemma for h in heads if h.text.lower() in parts}


def distinguishing_label(heads: Sequence[Head], label: str, others: set[str]) -> str | None:
    """For a theme whose `label` names only heads another theme's label of the clinic names
    too: its first head that label names, joined with the theme's best head that is none of
    the other themes' heads (`others`, their lemmas), another word than the first and no
    compound of it, whether or not its notes are the first's too ("Hakemus ja jono" beside
    "Liite ja hakemus", not "Hakemus" and "Hakemus 2"); None when the label
    names two things already or no head tells the theme apart."""
    parts = {part.lower() for part in label.split(" ja ")}
    first = next((h for h in heads if not h.timed and h.text.lower() in parts), None)
    if first is None or first.whole:
        return None
    second = next(
        (
            h
            for h in heads
            if h is not first
            and not h.timed
            and h.lemma not in others
            and h.text.lower() not in parts
            and not h.whole
            and not _same_thing(first, h)
        ),
        None,
    )
    return capital(f"{first.text} ja {second.text}") if second else None
