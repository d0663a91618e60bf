"""Review 73 #2 (mend149): the archive's report.html in a real headless chromium. The chart's
legend names every trend it draws and says how many of all it shows ("näytetään 10 / 22,
loput taulukossa"); the date labels never overlap, also of clinics two weeks apart; the page
does not scroll sideways (the table fits). Fresh trends of my own, written before the code.

Needs Debian's `chromium` and `chromium-driver` and selenium, as tests/report/test_browser.py;
skipped, saying why, only when they are missing."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import pytest

from muistiinpanot.archive.report import render_report_html
from muistiinpanot.archive.trends import TrendRow

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
from selenium.webdriver.common.by import By  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no chromium/chromedriver: install with 'bash scripts/setup.sh test' "
    "(apt packages chromium, chromium-driver)",
)

WORDS = [
    "Kirjastot",
    "Uimahallit",
    "Ladut",
    "Pysäköinti",
    "Kuljetus",
    "Vapaaehtoiset",
    "Aukioloajat",
    "Hiekoitus",
    "Ruokailu",
    "Hygienia",
    "Luottamus",
    "Avoimuus",
    "Sovellus",
    "Kotihoito",
    "Esteettömyys",
    "Tilat",
    "Rahoitus",
    "Viestintä",
    "Nuoret",
    "Ikäihmiset",
    "Koulutus",
    "Työrauha",
]


def _rows(dates: list[str]) -> list[TrendRow]:
    rows = []
    for c, date in enumerate(dates):
        for t, word in enumerate(WORDS):
            if (c + t) % 3 == 0 or t < 5:  # the largest five in every clinic
                share = round(0.02 + 0.3 / (t + 1), 3)
                rows.append(
                    TrendRow(date, f"k{c}", f"Verkkoklinikka: {word} ja muut asiat {c}",
                             f"trendi-{t + 1}", f"{word} ja palvelut", "emergent",
                             int(share * 100), share)
                )  # fmt: skip
    return rows


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        f"--user-data-dir={tmp_path_factory.mktemp('chrome-profile')}",
        "--window-size=1300,1000",
    ):
        options.add_argument(flag)
    chrome = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    yield chrome
    chrome.quit()


def _open(driver: object, tmp_path: Path, rows: list[TrendRow], themes: int = 10) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_report_html(rows, max_themes=themes), encoding="utf-8")
    driver.get(page.as_uri())  # type: ignore[attr-defined]


def _boxes(driver: object, css: str) -> list[tuple[str, dict[str, float]]]:
    found = driver.find_elements(By.CSS_SELECTOR, css)  # type: ignore[attr-defined]
    script = "return arguments[0].getBoundingClientRect().toJSON()"
    return [(e.text, driver.execute_script(script, e)) for e in found]  # type: ignore[attr-defined]


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"] - 0.5
        and b["left"] < a["right"] - 0.5
        and a["top"] < b["bottom"] - 0.5
        and b["top"] < a["bottom"] - 0.5
    )


REVIEWED = ["2025-09-18", "2025-11-13", "2026-02-12", "2026-04-16", "2026-11-19", "2026-12-03"]


def test_the_legend_says_how_many_trends_it_shows(driver: object, tmp_path: Path) -> None:
    _open(driver, tmp_path, _rows(REVIEWED))
    body = driver.find_element(By.TAG_NAME, "body").text  # type: ignore[attr-defined]
    assert "näytetään 10 / 22, loput taulukossa" in body
    assert "10 / 22 shown, the rest in the table" in body
    legend = driver.find_elements(By.CSS_SELECTOR, ".legend li")  # type: ignore[attr-defined]
    assert len(legend) == 10
    # every trend is in the table
    text = driver.find_element(By.TAG_NAME, "table").text  # type: ignore[attr-defined]
    assert all(f"{word} ja palvelut" in text for word in WORDS)


def test_all_trends_drawn_need_no_count(driver: object, tmp_path: Path) -> None:
    _open(driver, tmp_path, _rows(REVIEWED), themes=30)
    body = driver.find_element(By.TAG_NAME, "body").text  # type: ignore[attr-defined]
    assert "loput taulukossa" not in body


@pytest.mark.parametrize("clinics", [6, 40])
def test_date_labels_never_overlap_and_the_page_fits(
    driver: object, tmp_path: Path, clinics: int
) -> None:
    dates = REVIEWED
    if clinics > 6:  # fortnightly clinics over a year and a half, some a day apart
        start = dt.date(2025, 1, 8)
        dates = sorted({(start + dt.timedelta(days=14 * i + (i % 4 == 0))).isoformat()
                        for i in range(clinics)} | {"2025-01-09"})  # fmt: skip
    _open(driver, tmp_path, _rows(dates))
    labels = _boxes(driver, "svg text.date")
    assert labels, "no date labels"
    for (_, a), (_, b) in combinations(labels, 2):
        assert not _overlap(a, b)
    if clinics == 6:  # few clinics: every date is labelled, 2026-11-19 and 2026-12-03 too
        assert [text for text, _ in labels] == REVIEWED
    wide = driver.execute_script(  # type: ignore[attr-defined]
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert wide[0] <= wide[1], "the page scrolls sideways"
