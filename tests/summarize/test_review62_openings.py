"""Sentences of one bullet that open the same way (review 62 #5, mend124; real Voikko).
Written before the code, with sentences of my own: two sentences of a bullet whose openings
(subject and verb; since mend128 the same words in the same forms, and the same subordinator
after) are the same are said once, joined, the later one's point kept; two that open with
other verbs both stay."""

from __future__ import annotations

from muistiinpanot.summarize.sameopenings import said_openings_once


def test_same_openings_said_once() -> None:
    sentences = [
        "Yhteistyö onnistuu, jos rahoitus on varmaa.",
        "Tiedotusta pitäisi lisätä.",
        "Yhteistyö onnistuu, jos tavoitteet ovat yhteiset.",
    ]
    found = said_openings_once(sentences)
    opening = [s for s in found if s.startswith("Yhteistyö onnistuu")]
    assert len(opening) == 1, found
    assert "rahoitus" in opening[0] and "tavoitteet" in opening[0], found
    assert "Tiedotusta pitäisi lisätä." in found


def test_different_openings_kept() -> None:
    sentences = [
        "Yhteistyö onnistuu, jos rahoitus on varmaa.",
        "Yhteistyö kaatuu, kun tavoitteet ovat eri.",
    ]
    assert said_openings_once(sentences) == sentences
