"""The warnings of an analyst's corrections: ids that matched no note (review 38 #18), and
the one list `run` and `archive` print (review 40 #23)."""

from __future__ import annotations

from muistiinpanot.app.correction_views import correction_warnings, unknown_id_warnings
from muistiinpanot.themes.corrections import CorrectionOutcome


def test_unknown_id_warnings_name_the_other_clinic_and_a_missing_clinic() -> None:
    warnings = unknown_id_warnings(
        ("c1/ei-ole.txt:9", "vanha/ryhma1.txt:2", "vanha/ryhma2.md:13", "ryhma1.txt:4", "x"),
        "c1",
    )
    assert len(warnings) == 3
    unknown, other, bare = warnings
    assert unknown.endswith("not applied: c1/ei-ole.txt:9, x")
    assert other.startswith(
        "tunnisteet on tehty klinikalle vanha, tämä ajo on klinikka c1: "
        "vanha/ryhma1.txt:2, vanha/ryhma2.md:13;"
    )
    assert "vaihda tunnisteiden alku vanha/ muotoon c1/" in other
    assert bare.startswith("tunnisteista puuttuu klinikan nimi c1/: ryhma1.txt:4;")


def test_unknown_id_warnings_keep_the_plain_message_for_this_clinics_ids() -> None:
    (only,) = unknown_id_warnings(("c1/ryhma1.txt:99",), "c1")
    assert only.startswith("korjauksissa tuntemattomia tai käsittelemättömiä muistiinpanoja")
    assert unknown_id_warnings((), "c1") == ()


def test_correction_warnings_are_the_runs_and_the_archives() -> None:
    """Review 40 #23/#27: one list of a clinic's correction warnings, which `run` and
    `archive` both print: an edited note's row and the folder the ids were made for too."""
    outcome = CorrectionOutcome(
        file="corrections.csv",
        unknown_ids=("vanha/ryhma1.txt:2",),
        lost=("rivi 3 / row 3: vanha/ryhma1.txt:5 → muu",),
        edited=("rivi 2 / row 2: vanha/ryhma1.txt:3 → uusi-3",),
        other_clinics=("vanha",),
    )
    warnings = correction_warnings(outcome, "c1")
    assert len(warnings) == 4
    other, renamed, lost, edited = warnings
    assert other.startswith("tunnisteet on tehty klinikalle vanha, tämä ajo on klinikka c1")
    assert renamed.startswith(
        "corrections.csv: tunnisteet on tehty klinikalle vanha, tämä kansio on klinikka c1;"
    )
    assert "looked up at the same files and lines of this clinic" in renamed
    assert lost.startswith("corrections.csv: korjatun muistiinpanon tekstiä ei löytynyt")
    assert edited.startswith(
        "corrections.csv: korjatun muistiinpanon tekstiä on muokattu samalla rivillä"
    )
    assert edited.endswith("applied to it: rivi 2 / row 2: vanha/ryhma1.txt:3 → uusi-3")
    assert correction_warnings(CorrectionOutcome(), "c1") == ()
