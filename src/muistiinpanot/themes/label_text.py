"""Text rules of emergent labels (naming.py): the fallback label of a theme no distinctive
noun names, acronyms kept in capitals, the capital first letter, what counts as a word."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from muistiinpanot.content import ParsedToken
from muistiinpanot.themes.settings import ThemeSettings


def fallback_label(
    tokens_by_note: Sequence[Sequence[ParsedToken]], unusable: frozenset[str], fallback: str
) -> str:
    """`fallback` (`label_fallback`) and the theme's two commonest nouns ("Muita nostoja:
    asiointi, ajanvaraus"; no distinctive noun names the theme), never an `unusable` word
    (generic or topic words, names); `fallback` alone when no other noun is left."""
    counts = Counter(
        token.lemma.lower()
        for tokens in tokens_by_note
        for token in {t.lemma.lower(): t for t in tokens if t.pos == "NOUN"}.values()
        if wordlike(token.lemma.lower()) and token.lemma.lower() not in unusable
    )
    top = [word for word, _ in sorted(counts.items(), key=lambda i: (-i[1], i[0]))[:2]]
    return f"{fallback}: {', '.join(top)}" if top else fallback


def is_fallback(label: str, settings: ThemeSettings) -> bool:
    """Whether `label` is the fallback of a theme no distinctive noun names."""
    return label == settings.label_fallback or label.startswith(f"{settings.label_fallback}:")


def acronyms(lemma: str, text: str) -> str:
    """`lemma` with the parts the note wrote as an acronym in capitals ("eu-rahoitus" of
    "EU-rahoitusta" → "EU-rahoitus"; an acronym has up to five letters: a word typed in
    capitals keeps the lemma's case)."""
    written = text.split("-")
    parts = lemma.split("-")
    if len(written) != len(parts):
        return lemma
    return "-".join(
        part.upper()
        if 1 < len(form) <= 5 and form.isupper() and form.lower().startswith(part[:2])
        else part
        for part, form in zip(parts, written, strict=True)
    )


def minen_noun(text: str) -> str | None:
    """The nominative of a noun made from a verb with -minen, from any of its case forms
    ("ilmoittautumisesta" -> "ilmoittautuminen"; the lemmatizer gives the verb); None for a
    form without the suffix."""
    form = text.lower()
    if form.endswith("minen"):
        return form if form.isalpha() else None
    cut = form.rfind("mis")
    if cut <= 0 or not form.isalpha():
        return None
    return form[:cut] + "minen"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def wordlike(lemma: str) -> bool:
    return len(lemma) >= 3 and lemma.replace("-", "").isalpha()
