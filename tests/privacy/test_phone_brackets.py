"""A phone number in brackets keeps both brackets under `--redact` (privacy/phones.py,
_without_open_bracket; docs/privacy.md, "privacy81"): libphonenumber's match takes the
opening bracket and leaves the closing one, so "Riikka(050 …)" became "[nimi][puhelin])".
An area code's own brackets stay in the number. Square brackets too (review 85 #2, mend182:
"soita Tuulalle [045 …]" became "soita [nimi] [puhelin]]"). Sentences of our own; real spaCy
and Voikko.
"""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import redact_text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Tuula(045 321 6543) tuo kahvit", "[nimi]([puhelin]) tuo kahvit"),
        ("Tuula (045 321 6543) tuo kahvit", "[nimi] ([puhelin]) tuo kahvit"),
        ("Kalle Nurmi(040 246 8135) avaa salin", "[nimi]([puhelin]) avaa salin"),
        ("soita huomenna (09) 876 5432", "soita huomenna [puhelin]"),
        ("kysy Kallelta [040 246 8135] avaimet", "kysy [nimi] [[puhelin]] avaimet"),
        ("Tuula[045 321 6543] tuo kahvit", "[nimi][[puhelin]] tuo kahvit"),
        ("avaimet [040 246 8135]", "avaimet [[puhelin]]"),
        ("avaimet {040 246 8135}", "avaimet {[puhelin]}"),
        ("avaimet [(09) 876 5432]", "avaimet [[puhelin]]"),
    ],
)
def test_brackets_round_a_phone_stay(analyzer: LemmaAnalyzer, text: str, redacted: str) -> None:
    assert redact_text(text, analyzer) == redacted
