"""seeded_choice.py: with the bundled examples, a note whose best seeded theme comes within
`other_margin` of the blended "other" score joins that theme; notes on other topics stay out.

The silo note (note 7) is chosen to sit between the two margins: written for this test and
checked by running the classifier with the bundled examples (the 39 files of session 15: its
"other" score beats its siilot decision by 0.03, inside 0.07, with the views weighed alike;
with the default `view_weights` of session 17 it joins siilot at margin 0). When the examples
change, a note that is no longer borderline makes this test fail; write another borderline
note, do not drop the check that the margin decides it. Session 22: after lemma25 (unknown
words' corrections ranked) the first note, "junioripuoli ja edustusjoukkue tekee omat juttunsa",
joined siilot without the margin too; of twelve candidates probed, the first that sat between
the margins and joined siilot with the default view weights replaced it. Session 23: after
lemma26 (and emergent27) "joukkueet tekee kukin omat juttunsa" stayed out even within the
margin; of ten candidates probed, only "junioripuoli tekee omat juttunsa" sat between the
margins and joined siilot with the default view weights."""

from __future__ import annotations

from pathlib import Path

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.examples import load_examples

REPO = Path(__file__).resolve().parents[2]

# A sports club's clinic: five notes on openness, two on silos, two on trust, three on
# trying new things, and twelve on the club's everyday matters (no seeded theme).
CLUB = [
    "jäteauton uudet reitit päätettiin eikä asukkaille sanottu mitään",
    "hallituksen kokousten muistiot pitäis näyttää myös jäsenille",
    "seuran talousluvut vois näyttää kaikille vuosikokouksessa",
    "kukaan ei kertonut että kenttä suljetaan koko kesäksi",
    "uuden hallin hinta selvisi vasta lehdestä",
    "valmentajat ei puhu keskenään vaikka treenaa samoja lapsia",
    "junioripuoli tekee omat juttunsa",
    "vanhemmat ei usko että seura pitää lupauksensa",
    "talkoolaiset on pettyneitä kun sovitusta ei pidetty kiinni",
    "kokeiltiin kerran maksutonta harrastusiltaa ja väkeä tuli paljon",
    "uudet treenimuodot testataan ensin yhdellä joukkueella",
    "puheenjohtaja torppaa kaikki uudet ehdotukset heti",
    "kahvitauko kymmeneltä",
    "parkkipaikkoja on liian vähän kentän vieressä",
    "lumityöt myöhästyy joka aamu",
    "pukuhuoneet on liian ahtaita",
    "jäähallin jäänhoitokone on rikki",
    "kenttävalot sammuu liian aikaisin",
    "katsomossa on liian vähän penkkejä",
    "kioskin kahvi on kallista",
    "pelipaidat pitää tilata ajoissa",
    "bussivuoro kentälle kulkee vain kerran tunnissa",
    "tuomareista on pulaa",
    "kesäleirin ilmoittautuminen alkaa maaliskuussa",
]
EVERYDAY = range(12, 24)
OWN_THING = "k/r.txt:07"  # "junioripuoli tekee omat juttunsa"


def _themes(analyzer: LemmaAnalyzer, settings: ThemeSettings) -> dict[str, str]:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(example_rows(REPO / "models" / "training"), definitions, analyzer)
    notes = [
        Note(f"k/r.txt:{n:02d}", "k", "r", text, SourceRef("k/r.txt", line=n), clean_text=text)
        for n, text in enumerate(CLUB, start=1)
    ]
    lemmatized = lemmatize_notes(notes, analyzer)
    result = assign_themes(lemmatized, definitions, analyzer, settings, examples)
    return {a.note_id: a.theme for a in result.assignments}


#: The views weighed alike (before session 17), where note 7 is borderline.
EQUAL = (1.0, 1.0, 1.0)


def test_note_near_a_theme_joins_it_within_the_margin(analyzer: LemmaAnalyzer) -> None:
    themes = _themes(analyzer, ThemeSettings(other_margin=0.07, view_weights=EQUAL))
    assert themes[OWN_THING] == "siilot"
    assert [themes[f"k/r.txt:{n:02d}"] for n in range(1, 6)] == ["avoimuus"] * 5
    seeded = {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}
    assert not {themes[f"k/r.txt:{n + 1:02d}"] for n in EVERYDAY} & seeded
    # without the margin the blended "other" score wins for the same note
    unmargined = _themes(analyzer, ThemeSettings(other_margin=0.0, view_weights=EQUAL))
    assert themes != unmargined
    assert unmargined[OWN_THING] not in seeded


def test_the_classifier_weighed_above_the_other_views_finds_the_own_words_note(
    analyzer: LemmaAnalyzer,
) -> None:
    """With the default `view_weights` (the classifier four times either similarity view)
    note 7 joins siilot at margin 0, and still no everyday note joins a seeded theme."""
    themes = _themes(analyzer, ThemeSettings())
    assert themes[OWN_THING] == "siilot"
    assert [themes[f"k/r.txt:{n:02d}"] for n in range(1, 6)] == ["avoimuus"] * 5
    seeded = {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}
    assert not {themes[f"k/r.txt:{n + 1:02d}"] for n in EVERYDAY} & seeded
