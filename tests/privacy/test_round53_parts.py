"""Round 53: the parts of a full name a text gives, read again alone in the same text
(name_parts.py; docs/privacy.md, "Round 53"; issue 12, recall). The fresh sentences were
written (2026-12-06) before the rule was run: persons, a full name and then one of its parts
alone, which Voikko reads only as a common word or a place, and look-alikes, the same
words used as the words. Before, lead 9d35743, both modes: the full names were found (but
"Pilvi" of "Pilvi Virtanen" in notes, whose repeats "Pilvi", "Pilven" other rules find);
of the other repeats none; of the look-alikes none was marked, and none is after. Then two
dev person rows where a town shares the name's part (heldout4, heldout6), which the first
version marked as the name: the condition on places came after they were seen."""

from __future__ import annotations

import dataclasses

import pytest
from kinds_cases import MODES, found, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: A lower-case repeat after a capitalised full name is read as the word: a known miss.
_LOWER = pytest.mark.xfail(strict=True, reason="a lower-case repeat of a capitalised name")

FRESH_REPEATS = [
    ("Pilvi Virtanen avasi illan. Myöhemmin Pilvi sanoi, että tila on pieni.", "Pilvi Virtanen"),
    ("Pilvi Virtanen avasi illan. Pilven mielestä tila on pieni.", "Pilven"),
    ("Usva Korhonen avasi illan. Usvan mukaan tila on pieni.", "Usvan"),
    ("Usva Korhonen avasi illan. Usva toi kahvia.", "Usva"),
    ("Matti Kivi avasi illan. Kivi toi kahvia.", "Kivi"),
    pytest.param("Matti Kivi avasi illan. kiveltä kysyttiin lisää.", "kiveltä", marks=_LOWER),
    ("Tiina Kalliola vetää kielikahvilaa. Kalliolan kanssa sovittiin ajat.", "Kalliolan"),
    ("tiina kalliola vetää kielikahvilaa. kalliolan kanssa sovittiin ajat.", "kalliolan"),
    ("Kalle Päätalo kävi kylässä. Päätalon mukaan tie on huono.", "Päätalon"),
    ("Lumi Salo tuli myöhässä. Lumi toi pullaa.", "Lumi"),
    ("Sade Mäkinen tuli myöhässä. Sade toi pullaa.", "Sade"),
]
FRESH_LOOKALIKES = [
    ("Pekka Kivi avasi illan. Pihalla oli iso kivi, johon moni kompastui.", "iso kivi"),
    ("Sade Mäkinen tuli myöhässä, koska sade yllätti kaikki.", "sade yllätti"),
    ("Liisa Salo kertoi hankkeesta. Salon kaupunki on mukana myös.", "Salon kaupunki"),
    ("Anna Järvi esitteli tulokset. järvi oli jäässä koko maaliskuun.", "järvi oli"),
    ("Usva Korhonen avasi illan. Aamulla usva peitti koko järven.", "usva peitti"),
    ("Kalle Kallio kertoi hankkeesta. Kallion päällä on näkötorni.", "Kallion päällä"),
    ("Lumi Salo tuli myöhässä. Lunta satoi koko yön.", "Lunta"),
    ("Pilvi Virtanen tuli. Taivaalla ei ollut yhtään pilveä.", "pilveä"),
]
#: Texts the rule must add nothing to, though other rules mark the piece: a noun of time
#: that other rules read as the name's inflection (neighbours.same_name_again: "Illalla"),
#: and the dev rows where a town shares a name's part (heldout4's and heldout6's writer;
#: the publisher joins "Kotkasta" to the name before it, as it did).
NOT_ADDED = [
    "Ilta Koivisto veti kerhoa. Illalla on vielä kokous.",
    "Sari Kotka Kotkasta kerto miten satama-alueen vesihuolto hoidetaan",
    "Kaarina Lehtomäki kertoi Kaarinan päiväkotijonoista",
]


@MODES
@pytest.mark.parametrize(("text", "piece"), FRESH_REPEATS)
def test_fresh_repeats(analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool) -> None:
    """The repeat is a finding of its own (the full name is another)."""
    assert piece in found(analyzer, text, cautious)


test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)


@MODES
@pytest.mark.parametrize("text", NOT_ADDED)
def test_not_added(analyzer: LemmaAnalyzer, text: str, cautious: bool) -> None:
    """The setting on finds what it finds off: no time, no town is read as the name."""
    on = found(analyzer, text, cautious)
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), repeated_name_parts=False))
    try:
        assert found(analyzer, text, cautious) == on
    finally:
        configure_privacy(analyzer, PrivacySettings())


@MODES
def test_setting_off(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    """`repeated_name_parts = false` leaves the repeat to the other rules (privacy85: with
    `account_sources` off too, which reads "Usvan mukaan" since it weighs "usvan" against
    Usva's given-name bearers)."""
    text = "Usva Korhonen avasi illan. Usvan mukaan tila on pieni."
    off = dataclasses.replace(PrivacySettings(), repeated_name_parts=False, account_sources=False)
    configure_privacy(analyzer, off)
    try:
        assert "Usvan" not in found(analyzer, text, cautious)
    finally:
        configure_privacy(analyzer, PrivacySettings())
    assert "Usvan" in found(analyzer, text, cautious)
