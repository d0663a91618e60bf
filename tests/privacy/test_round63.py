"""Round 63 (docs/privacy.md, "Round 63"; issue 12, recall): a full name typed in lower case
whose given name is a word too, whose surname no register holds or stands in a person's
case ("jukka kivi soitti", "olli routasalo ajaa", "kysykää pekka harakalta";
lower_pairs.py), and a whole name the organisations' and works' rules took back though the
grammar makes it a person's ("Tapasin Sofia Lindqvistin kävelykadulla", "Taiteilija
Ingrid Holmströmin veistos", "Jürgen Hoffmannin talon"; `owner_persons`).

FRESH_* were written (2026-12-06) before any code of the round and before the dev misses
were read, and run on lead acf41710; they were not tuned on (the dev rows of DEV_SHAPES
were). The comment says what lead did."""

from __future__ import annotations

import pytest
from kinds_cases import covered, finds, leaves

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: Persons lead misses and the rules of this round do not reach.
_LEFT = pytest.mark.xfail(strict=True, reason="no frame of the rules reads it")

FRESH_PERSONS = [
    # missed: "rauta korjasi" reads as a thing mending; no verb before
    pytest.param("kalle rauta korjasi aidan", "kalle rauta", marks=_LEFT),
    ("sanna kallio lähetti laskun", "sanna kallio"),  # found on lead
    ("tapio lehto kertoi hankkeesta", "tapio lehto"),  # found on lead
    ("riitta mäki hoiti ilmoittautumiset", "riitta mäki"),  # found on lead
    ("ville kurki puhui kokouksessa", "ville kurki"),  # found on lead
    ("anneli salmi toi kahvit", "anneli salmi"),  # found on lead
    ("puhuin arto niemen kanssa", "arto niemen"),  # found on lead
    ("sain viestin kirsi lahdelta", "kirsi lahdelta"),  # found on lead
    ("kysyin asiaa heikki koivistolta", "heikki koivistolta"),  # found on lead
    ("annoin avaimet seppo kuuselle", "seppo kuuselle"),  # missed: the allative
    ("pasi lumijärvi osallistui talkoisiin", "pasi lumijärvi"),  # found on lead
    ("leena karhusaari vastasi kyselyyn", "leena karhusaari"),  # missed: no register
    ("dmitri ivanov kertoi kokemuksistaan", "dmitri ivanov"),  # found on lead
    ("juttelin olga petrovan kanssa", "olga petrovan"),  # missed: an unknown genitive
    # missed: "matti" is a word too and "tuli" no predicate people alone take
    pytest.param("matti korpi tuli myöhässä", "matti korpi", marks=_LEFT),
    ("onni vuori kertoi ideastaan", "onni vuori"),  # found on lead
    ("Tapasin Henrik Åbergin kahvilassa", "Henrik Åbergin"),  # found on lead
    ("Kuvanveistäjä Astrid Nymanin pronssiveistos", "Astrid Nymanin"),  # missed: a work
    ("Jens Müllerin mökki paloi", "Jens Müllerin"),  # found on lead
    ("Soitin Lars Eklundille illalla", "Lars Eklundille"),  # found on lead
]
FRESH_LOOKALIKES = [  # all left on lead but one (now all: review 48 #5)
    ("toivo ja usko kantoivat hankkeen", "toivo"),
    ("ilta pimeni nopeasti", "ilta"),
    ("tuuli ja sade yltyivät illalla", "tuuli"),
    ("usva nousi järveltä", "usva"),
    ("sade ropisi katolla", "sade"),
    ("pilvi peitti auringon", "pilvi"),
    ("meri kuohui rannalla", "meri"),
    ("iso kivi kaatui", "kivi"),
    ("onni potkaisi meitä", "onni"),
    ("ilta rusko punersi", "ilta rusko"),  # marked on lead acf41710; left since mend98
    ("Kävin Stockmannin tavaratalossa", "Stockmannin"),
    ("Lindström Oy:n pesula", "Lindström"),
]

test_fresh_persons = finds(FRESH_PERSONS)  # type: ignore[arg-type]
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)  # type: ignore[arg-type]

#: The dev rows of the class the rules were written on (heldout24 to 43), as they read them.
DEV_SHAPES = [
    ("matti lumikangas valitti aidasta", "matti lumikangas"),
    ("kielikahvilan vetäjä on tiina kalliola ja se on joka tiistai", "tiina kalliola"),
    ("jukka kivi soitti poliisille susihavainnosta", "jukka kivi"),
    ("olli routasalo ajaa nyt bussia kasarmin ohi", "olli routasalo"),
    ("kerttu lumiaho lupasi tuoda lainakiekkoja kirjastoon", "kerttu lumiaho"),
    ("kysykää pekka harakalta kanalan rakentamisesta", "pekka harakalta"),
    ("palautteen kellokoneesta lähetti matti pyy", "matti pyy"),
    ("kirjastossa sieninäyttelyn kokosi kirsi kataja vapaaehtoisena", "kirsi kataja"),
    ("igor volkovin lapset ei saanu päiväkotipaikkaa läheltä kotia", "igor volkovin"),
    ("Tapasin Sofia Lindqvistin kävelykadulla ja hän puhui", "Sofia Lindqvistin"),
    ("Taiteilija Ingrid Holmströmin veistos paljastettiin", "Ingrid Holmströmin"),
    ("Jürgen Hoffmannin talon perustus halkesi tärinästä", "Jürgen Hoffmannin"),
    ("Anna-Liisa Kettusen talo on ollut tyhjänä kaksitoista vuotta", "Anna-Liisa Kettusen"),
]
test_dev_shapes = finds(DEV_SHAPES)

#: Written after the rules' first versions (probes; the first two are dev look-alikes the
#: first version marked): what the rules must leave.
PROBE_LOOKALIKES = [
    ("armas kotikylä on tyhjenemässä", "armas kotikylä"),  # an adjective, no given name
    ("lasten ilona sirkusteltta nousi kentälle", "ilona"),  # joy's essive
    ("Tapasimme Aleksis Kiven patsaalla", "Aleksis Kiven"),  # met each other at a statue
    ("Kävelimme Minna Canthin kadulla", "Minna Canthin"),  # a street named after her
    ("Kävin Stockmannin talossa", "Stockmannin"),  # a lone surname: a firm's house
]
test_probe_lookalikes = leaves(PROBE_LOOKALIKES)


@pytest.mark.parametrize(
    ("setting", "text", "piece"),
    [
        ("lower_name_pairs", "jukka kivi soitti poliisille", "jukka kivi"),
        ("owner_persons", "Taiteilija Ingrid Holmströmin veistos paljastettiin", "Ingrid"),
        ("owner_persons", "Tapasin Sofia Lindqvistin kävelykadulla", "Sofia Lindqvistin"),
    ],
)
def test_settings_off_leave_lead_reading(
    analyzer: LemmaAnalyzer, settings_of_our_own: None, setting: str, text: str, piece: str
) -> None:
    """Each setting off gives lead's reading back: the piece not covered."""
    configure_privacy(analyzer, PrivacySettings(**{setting: False}))  # type: ignore[arg-type]
    assert not covered(analyzer, text, piece, False)
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, piece, False)
