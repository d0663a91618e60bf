"""A theme label in which any personal data is found is withheld whole, never cut around the
name (mend146): a cut keeps the words next to the name, and those may be another name the
detector missed (review 71, mend143's report: with "Matti" known from the clinic's notes,
"Mattin ja Tuulian ruokalistatoiveet …" was cut to "Tuulian ruokalistatoiveet …" and
published). The label becomes the post's nameless heading ("Muita nostoja", `named` false).
Sentences written before the code changed."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import scrub_themes
from muistiinpanot.privacy.known import known_names
from muistiinpanot.records import FALLBACK_LABEL, Theme, ThemeResult


def _scrubbed(label: str, analyzer: LemmaAnalyzer, names: frozenset[str]) -> Theme:
    theme = Theme("t", label, "emergent", keywords=("ruokalista",), edited=True)
    with known_names(names):
        return scrub_themes(ThemeResult((theme,), ()), [], analyzer).themes[0]


def test_the_reviews_label_with_a_known_name_is_withheld_whole(analyzer: LemmaAnalyzer) -> None:
    label = "Mattin ja Tuulian ruokalistatoiveet ja oppilaiden osallisuus"
    theme = _scrubbed(label, analyzer, frozenset({"matti"}))
    assert theme.label == FALLBACK_LABEL and not theme.named
    assert "Tuulia" not in theme.label_en


def test_a_label_with_one_name_and_words_around_it_is_withheld_whole(
    analyzer: LemmaAnalyzer,
) -> None:
    for label in ("Koulun kerhot ja Virtasen ehdotus", "Pihan kunnostus, kysy Laaksoselta"):
        theme = _scrubbed(label, analyzer, frozenset())
        assert theme.label == FALLBACK_LABEL and not theme.named, label


def test_a_label_without_a_name_is_kept_as_written(analyzer: LemmaAnalyzer) -> None:
    for label in ("Koulun kerhot ja pihan kunnostus", "Oppilaiden osallisuus"):
        theme = _scrubbed(label, analyzer, frozenset())
        assert theme.label == label and theme.named, label
