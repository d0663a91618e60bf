"""Board and chat exports in their own layouts: Padlet, Miro, Zoom and Teams."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import read_one

SPEAKERS = ("Maija", "Mallikas", "Pekka", "Puupää", "Liisa", "Laine", "Anonymous")


@pytest.mark.parametrize(
    ("name", "layout", "texts"),
    [
        (
            "padlet.csv",
            "Padlet CSV",
            [
                "Tiedonkulku. Tieto ei kulje yksiköiden välillä, vaikka asiakas on sama",
                "Yhteiset tilat auttaisivat",
                "Kokeilut. Kokeiluille oma budjetti\nja lupa epäonnistua",
            ],
        ),
        (
            "miro.csv",
            "Miro CSV (ei otsikkoriviä / no header)",
            [
                "Siilot näkyy erityisesti lasten ja nuorten palveluissa",
                "Luottamus rakentuu pienissä asioissa, jos sovitaan jotain niin se tehdään",
                "yhteinen asiakastietojen katselu ois iso juttu",
            ],
        ),
        (
            "zoom_chat.txt",
            "Zoom chat",
            [
                "tieto ei kulje yksiköiden välillä",
                "yhteiset tilat auttais ja yhteinen kahvihuone",
                "sama kokemus meillä, tieto jää siiloihin",
            ],
        ),
        (
            "zoom_chat_vanha.txt",
            "Zoom chat",
            ["kokeiluille oma budjetti", "johdon pitää antaa lupa epäonnistua"],
        ),
        (
            "teams_chat.txt",
            "Teams/chat",
            ["tieto ei kulje yksiköiden välillä", "yhteiset tilat auttais"],
        ),
        (
            "teams_chat_kopio.txt",
            "Teams/chat",
            ["tieto ei kulje yksiköiden välillä", "yhteiset tilat auttais ja kahvihuone"],
        ),
        (
            "teams.vtt",
            "WebVTT",
            [
                "Tieto ei kulje yksiköiden välillä.",
                "Yhteiset tilat auttaisivat, ja yhteinen kahvihuone.",
            ],
        ),
        (
            "zoom.vtt",
            "WebVTT",
            ["Kokeiluille pitää saada oma budjetti.", "Johdon pitää antaa lupa epäonnistua."],
        ),
    ],
)
def test_read_export_layout_notes_without_speakers(
    exports_dir: Path, name: str, layout: str, texts: list[str]
) -> None:
    read = read_one(exports_dir / name)
    assert read.format == layout
    assert [note.text for note in read.notes] == texts
    for note in read.notes:
        assert not any(speaker in note.text for speaker in SPEAKERS)
        assert not any(speaker in (note.group or "") for speaker in SPEAKERS)


def test_read_padlet_section_is_group_and_author_never_read(exports_dir: Path) -> None:
    read = read_one(exports_dir / "padlet.csv")
    assert [note.group for note in read.notes] == ["Ryhmä 1", "Ryhmä 1", "Ryhmä 2"]
    assert read.warnings == ()  # Author is a known non-text column: no warning about it


def test_read_zoom_chat_counts_reactions_as_not_notes(exports_dir: Path) -> None:
    read = read_one(exports_dir / "zoom_chat.txt")
    assert [note.line for note in read.notes] == [1, 3, 8]
    assert len(read.warnings) == 1 and "1 chat" in read.warnings[0]


def test_read_text_with_a_time_in_one_line_stays_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "ryhma.txt"
    path.write_text(
        "tauko klo 10:15 jälkeen\nyhteiset tilat auttais\nsiilot purettava\n", encoding="utf-8"
    )
    read = read_one(path)
    assert read.format == "teksti / text"
    assert [note.text for note in read.notes][0] == "tauko klo 10:15 jälkeen"


def test_read_zoom_chat_leaves_out_private_messages(tmp_path: Path) -> None:
    """A direct message to one person is not the group's note (and often personal)."""
    path = tmp_path / "ryhma.txt"
    path.write_text(
        "10:15:32 From Matti M to Everyone:\n\ttieto ei kulje yksiköiden välillä\n"
        "10:16:01 From Liisa K to Matti M (Direct Message):\n\tsoita mulle 040 123 4567\n"
        "10:16:40 From Liisa K to Matti M(privately):\n\tkiitos\n"
        "10:17:10 From Liisa K to Everyone:\n\tluottamus syntyy kasvokkain\n",
        encoding="utf-8",
    )
    read = read_one(path)
    assert [note.text for note in read.notes] == [
        "tieto ei kulje yksiköiden välillä",
        "luottamus syntyy kasvokkain",
    ]
    assert "2 chat" in read.warnings[0]
