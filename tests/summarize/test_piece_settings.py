"""style177: parse_pieces reads one PieceSettings, built from SummarySettings in one place."""

from __future__ import annotations

import dataclasses

from muistiinpanot.summarize.piece_settings import DEFAULT_PIECES, PieceSettings, piece_settings
from muistiinpanot.summarize.settings import SummarySettings


def test_piece_settings_defaults_are_the_summary_defaults() -> None:
    assert piece_settings(SummarySettings()) == DEFAULT_PIECES == PieceSettings()


def test_piece_settings_carry_every_field_of_the_summary() -> None:
    summary = SummarySettings()
    for field in dataclasses.fields(PieceSettings):
        value = getattr(summary, field.name)  # each piece setting is a summary setting
        changed = (not value) if isinstance(value, bool) else value + 1
        built = piece_settings(dataclasses.replace(summary, **{field.name: changed}))
        assert getattr(built, field.name) == changed
