"""The post around the bullets: a clinic without clinic.toml, numbers and groups by count,
and a clinic too small for highlights (real Voikko and spaCy)."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import Clinic, Note, SourceRef, Theme, ThemeAssignment, ThemeResult
from muistiinpanot.report.markdown import render_markdown
from muistiinpanot.summarize import summarize_clinic
from muistiinpanot.summarize.naming import name_clinic
from muistiinpanot.summarize.settings import SummarySettings
from muistiinpanot.summarize.texts import (
    build_theme_paragraph,
    bullet_heading,
    count_words,
    finnish_date,
    only_verb,
    prose_label,
)


@pytest.mark.parametrize(
    ("clinic_id", "title", "date"),
    [
        ("2025-09-siilot-yhteistyo", "Siilot yhteistyö", "2025-09"),
        ("luottamus_ja_data_2025-11-13", "Luottamus ja data", "2025-11-13"),
        ("hyvinvointi-ryhma", "Hyvinvointi ryhmä", ""),
        ("2026-02-18", "", "2026-02-18"),
    ],
)
def test_name_clinic_from_folder_name(
    analyzer: LemmaAnalyzer, clinic_id: str, title: str, date: str
) -> None:
    named = name_clinic(Clinic(id=clinic_id), analyzer)
    assert (named.title, named.date) == (title, date)


def test_name_clinic_keeps_clinic_toml(analyzer: LemmaAnalyzer) -> None:
    clinic = Clinic(id="2025-09-x", title="Verkkoklinikka: Siilot", date="2025-09-18")
    assert name_clinic(clinic, analyzer) == clinic


def test_finnish_date_of_a_month() -> None:
    assert finnish_date("2025-09") == "syyskuussa 2025"
    assert finnish_date("2025-09-18") == "18.9.2025"


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "yksi ryhmä"),
        (2, "kaksi ryhmää"),
        (4, "neljä ryhmää"),
        (10, "kymmenen ryhmää"),
        (12, "12 ryhmää"),
    ],  # fmt: skip
)
def test_count_words(number: int, text: str) -> None:
    assert count_words(number, "ryhmä", "ryhmää") == text


def test_post_of_one_group_with_three_notes(
    analyzer: LemmaAnalyzer, caplog: pytest.LogCaptureFixture
) -> None:
    texts = ["tieto ei kulje yksiköiden välillä", "yhteiset tilat auttais", "luottamus puuttuu"]
    raw = [
        Note(
            f"2025-09-18-siilot/r.txt:{i}", "2025-09-18-siilot", "ryhma1", t, SourceRef("r.txt", i)
        )
        for i, t in enumerate(texts, start=1)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    themes = ThemeResult(
        (Theme("siilot", "Siilot", "seeded", size=3, share=1.0),),
        tuple(ThemeAssignment(n.id, "siilot", 0.9) for n in notes),
    )
    with caplog.at_level(logging.WARNING):
        post, trace = summarize_clinic(Clinic(id="2025-09-18-siilot"), notes, themes, analyzer)
    assert post.bullets == ()
    assert post.title == "Siilot"
    assert "Verkkoklinikka ”Siilot” pidettiin 18.9.2025." in post.lead
    assert "yhdessä ryhmässä" in post.lead and "kertyi yhteensä kolme" in post.lead
    assert "Ryhmien" not in render_markdown(post)
    assert post.paragraphs[0].startswith("Kolme muistiinpanoa ei riitä nostoihin")
    assert "2025-09-18-siilot" in caplog.text
    assert "\\" not in render_markdown(post)
    assert "yhden ryhmän" in post.closing


@pytest.mark.parametrize(
    ("word", "verb"), [("osaaminen", False), ("kysyä", True), ("palvelu", False)]
)
def test_only_verb_reads_verbal_nouns_as_names(
    analyzer: LemmaAnalyzer, word: str, verb: bool
) -> None:
    """A MINEN-infinitive ("osaaminen") names a thing and can head a bullet."""
    assert only_verb(word, analyzer.voikko) is verb


@pytest.mark.parametrize(
    ("label", "prose"),
    [
        ("Luottamus", True),
        ("Osallisuus ja asukasraati", True),
        ("Muita nostoja: paikka, aika", False),
        ("Muita nostoja", False),
        ("Muut aiheet", False),
        ("", False),
    ],
)
def test_prose_label(label: str, prose: bool) -> None:
    assert prose_label(label) is prose


def test_theme_paragraph_never_names_a_fallback_label() -> None:
    text = build_theme_paragraph([("Muita nostoja: ahdistus, koulu", 9), ("Luottamus", 5)])
    assert text == "Eniten keskustelua herätti teema ”Luottamus” (5 muistiinpanoa)."
    assert build_theme_paragraph([("Muita nostoja: paikka, aika", 4)]) == ""


@pytest.mark.parametrize(
    ("label", "heading"),
    [
        ("Osallisuus ja asukasraadit", "Osallisuus ja asukasraadit"),
        ("Siilot ja organisaatiorajat", "Siilot ja organisaatiorajat"),
        # a fallback list of keywords names no theme in prose: its bullet goes without a heading
        ("Muita nostoja: ahdistus, alakoulu", ""),
    ],
)
def test_bullet_heading(label: str, heading: str) -> None:
    assert bullet_heading(Theme("uusi-1", label, "emergent", size=4)) == heading


def test_a_bullet_without_a_heading_comes_last(analyzer: LemmaAnalyzer) -> None:
    grab_bag = [
        "ahdistus näkyy jo alakoulussa",
        "koulupsykologille jonotetaan kuukausia",
        "kuraattorit ovat ylikuormittuneita",
        "alakoulun ahdistus on lisääntynyt",
        "yksinäisyys näkyy välitunneilla",
        "psykologin jonot ovat pitkät",
    ]
    silos = [
        "tieto ei kulje yksiköiden välillä",
        "jokainen yksikkö tekee omaa budjettiaan",
        "sote ja sivistys eivät puhu keskenään",
        "yhteiset palaverit puuttuvat yksiköiden väliltä",
    ]
    raw = [
        Note(f"k/r.txt:{i}", "k", "ryhma1", t, SourceRef("r.txt", i))
        for i, t in enumerate(grab_bag + silos, start=1)
    ]
    notes = lemmatize_notes(normalize_notes(raw), analyzer)
    fallback = Theme(
        "uusi-1",
        "Muita nostoja: ahdistus, alakoulu",
        "emergent",
        size=6,
        share=0.6,
        keywords=("ahdistus", "alakoulu"),
    )
    seeded = Theme("siilot", "Siilot", "seeded", size=4, share=0.4)
    themes = ThemeResult(
        (fallback, seeded),
        tuple(
            ThemeAssignment(n.id, "uusi-1" if i < 6 else "siilot", 0.9) for i, n in enumerate(notes)
        ),
    )
    # the four silos notes fill their bullet; their second bullet (full_second_bullet) is
    # test_full_second_bullet.py's, not this order's
    settings = SummarySettings(min_kept_notes=1, merge_second_bullet=False, full_second_bullet=0)
    post, trace = summarize_clinic(Clinic(id="k"), notes, themes, analyzer, settings)
    # the six notes without a heading give two bullets (second_bullet_notes), both last, the
    # first headed by the label's remainder: below "Siilot" it is not read as its point
    assert [b.heading for b in post.bullets] == ["Siilot", "Muita nostoja", ""], post.bullets
    assert [b["theme"] for b in trace["bullets"]] == ["siilot", "uusi-1", "uusi-1"]
    # written into one bullet (the default), the second point stays under that heading
    merged = dataclasses.replace(settings, merge_second_bullet=True)
    post, trace = summarize_clinic(Clinic(id="k"), notes, themes, analyzer, merged)
    assert [b.heading for b in post.bullets] == ["Siilot", "Muita nostoja"], post.bullets
    assert [b["theme"] for b in trace["bullets"]] == ["siilot", "uusi-1"]
