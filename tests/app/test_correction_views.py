"""The warnings for corrections ids that matched no note (review 38 #18)."""

from __future__ import annotations

from muistiinpanot.app.correction_views import unknown_id_warnings


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
