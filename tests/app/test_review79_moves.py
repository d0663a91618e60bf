"""mend163 (review 79): an analyst's move is not approval to publish. Real runs (CLI, real
spaCy and Voikko) of the uimahalli test clinic (tests/fixtures/summarize, our own notes) with
two lines of our own added and moved by a corrections.csv into the theme of the changing
rooms: an off-topic clause and a verbless line. Each test failed on the lead (f17ce7a3)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app
from muistiinpanot.lemmatize.voikko import VoikkoCache
from muistiinpanot.summarize.analyst import names_label

REPO = Path(__file__).resolve().parents[2]
CLINIC = REPO / "tests" / "fixtures" / "summarize" / "uimahalli"
OFF_TOPIC = "uimahalli/ryhma4.txt:6"  # the neighbour's dog barked all night
VERBLESS = "uimahalli/ryhma4.txt:7"  # café – no vegetarian option, no lactose-free
MOVES = f"id,theme\n{OFF_TOPIC},uusi-2\n{VERBLESS},uusi-2\n"


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    root = tmp_path_factory.mktemp("review79")
    clinic = root / "uimahalli"
    shutil.copytree(CLINIC, clinic)
    with (clinic / "ryhma4.txt").open("a", encoding="utf-8") as notes:
        notes.write("naapurin koira haukkui koko yön pihalla\n")
        notes.write("kahvio – ei kasvisvaihtoehtoa, ei laktoositonta\n")
    (clinic / "corrections.csv").write_text(MOVES, encoding="utf-8")
    themes = str(REPO / "models" / "themes.toml")
    result = CliRunner().invoke(
        app, ["run", str(clinic), "--out", str(root / "out"), "--themes", themes, "--fast"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads((root / "out" / "summary.json").read_text("utf-8"))
    return summary, result.output


def _said(summary: dict[str, object]) -> set[str]:
    bullets = summary["bullets"]
    assert isinstance(bullets, list)
    return {n for b in bullets for n in b["note_ids"]}


def test_a_moved_note_off_the_themes_point_is_not_said(
    moved: tuple[dict[str, object], str],
) -> None:
    """Its relevance is weighed by the theme's own notes, and it passes the gain check."""
    summary, _ = moved
    assert OFF_TOPIC not in _said(summary)
    assert "koira" not in json.dumps(summary["bullets"], ensure_ascii=False)


def test_a_moved_verbless_line_is_not_offered_whole(
    moved: tuple[dict[str, object], str],
) -> None:
    summary, _ = moved
    assert VERBLESS not in _said(summary)
    assert "kasvisvaihtoehto" not in json.dumps(summary["bullets"], ensure_ascii=False)


def test_a_move_the_post_does_not_say_is_reported(moved: tuple[dict[str, object], str]) -> None:
    summary, output = moved
    assert summary["unsaid_moves"] == [OFF_TOPIC, VERBLESS]
    for note in (OFF_TOPIC, VERBLESS):
        assert f"note {note}: the note an analyst moved is not said in the post" in output
        assert f"muistiinpano {note}: analyytikon siirtämää muistiinpanoa ei sanottu" in output


def test_the_theme_keeps_its_own_points(moved: tuple[dict[str, object], str]) -> None:
    """The moved notes take no slot: the theme's bullet is made of its own notes."""
    summary, _ = moved
    bullets = summary["bullets"]
    assert isinstance(bullets, list)
    rooms = [b for b in bullets if b["theme"] == "uusi-2"]
    assert rooms and all(n.startswith("uimahalli/") for b in rooms for n in b["note_ids"])
    assert len(rooms[0]["note_ids"]) >= 3


@pytest.mark.parametrize(
    ("lemma", "label_word", "names"),
    [
        ("saunavuoro", "sauna", True),  # a compound part
        ("kyläkoulu", "koulu", True),
        ("sauna", "sauna", True),
        ("tilanne", "tila", False),  # only its letters begin with the label word
        ("tilaisuus", "tila", False),
        ("koulutus", "koulu", False),
        ("talous", "talo", False),
        ("kuvataide", "taide", True),
        ("ikkuna", "kuna", False),
    ],
)
def test_a_label_word_is_matched_by_lemma_and_compound_parts(
    lemma: str, label_word: str, names: bool
) -> None:
    speller = VoikkoCache()
    assert names_label({lemma}, frozenset({label_word}), speller) is names
