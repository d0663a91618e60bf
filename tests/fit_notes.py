"""Notes of two topics no seeded theme of the small theme fixtures covers (remote work, public
transport), and the three clinics of them the `archive --fit archive` tests fit on: the one
copy for tests/archive/test_archive_fit.py, test_archive_fit_corrections.py and
tests/app/test_review49_corrections.py (each clinic: a few notes of each topic and a seeded
note or two; importable from any test folder, as tests/ holds the root conftest.py)."""

from __future__ import annotations

REMOTE = [
    "etätyö helpottaa keskittymistä kotona",
    "etätyöpäivinä palaverit venyvät verkossa",
    "etätyö vähentää työmatkoja ja kotona ehtii enemmän",
    "kotona tehtävä etätyö eristää työkavereista",
]
BUSES = [
    "bussivuorot kulkevat liian harvoin iltaisin",
    "bussilippu on kallis ja vuorot harvassa",
    "joukkoliikenne ei tavoita kyliä, bussit kulkevat harvoin",
    "bussipysäkit ovat kaukana ja vuoroja on vähän",
]
#: Notes of seeded themes (siilot, luottamus).
SEEDED = [
    "siilot estävät yhteistyön",
    "luottamus johtoon puuttuu",
    "tieto ei kulje yksiköiden välillä",
]
#: Clinic id → (date, notes).
FIT_CLINICS = {
    "2025-01-arki": ("2025-01-15", [*REMOTE[:3], *BUSES[:3], SEEDED[0]]),
    "2025-06-arki": ("2025-06-10", [*REMOTE[1:], *BUSES[1:], SEEDED[1]]),
    "2026-02-arki": ("2026-02-20", REMOTE[::2] + BUSES[::2] + REMOTE[1:2] + BUSES[1:2]),
}
