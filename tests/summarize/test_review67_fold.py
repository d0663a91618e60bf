"""Review 67 on post42's one-group fold: a folded point never sits in a bullet that says
several groups made it (#1), never makes a bullet longer than `[summary] max_sentences` (#2),
is not placed by the label's own words (#3), and goes only where it supports the heading: the
`unnamed` guard holds and it shares a word with the first bullet's own text (#4). The clinics
and sentences below are ours, written before the mend and apart from the dev rounds; the real
spaCy model and Voikko read them."""

from __future__ import annotations

import dataclasses

from test_full_second_bullet import _SETTINGS as _FULL
from test_second_bullets import _summary

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.onegroupfold import folded, folds
from muistiinpanot.summarize.pieces import ONE_GROUP, Voice
from muistiinpanot.summarize.postrepeats import sentences

#: A village library (ours): six notes of one theme, enough for a full first bullet.
_LIBRARY = [
    "kirjaston aukioloajat ovat liian lyhyet työssäkäyville",
    "kirjaston lastenosasto on ahdas ja meluisa",
    "kirjaston tietokoneet ovat hitaita ja vanhoja",
    "kirjastoauto ei enää käy sivukylissä",
    "kirjaston lehtilukusalissa on kylmä talvella",
    "kirjaston kahvio suljettiin viime vuonna",
]
#: The swimming hall beside it (ours).
_HALL = [
    "uimahallin vesi on liian kylmää",
    "uimahallin vuorot ovat täynnä iltaisin",
    "uimahallin pukuhuoneet ovat likaisia",
]
_THEMES = [
    (Theme("kirjasto", "Kirjasto", "seeded"), _LIBRARY),
    (Theme("halli", "Uimahalli", "seeded"), _HALL),
]

#: Four groups: notes a (ryhma1), b (ryhma2), c (ryhma3), d (ryhma4).
_VOICE = Voice(
    4,
    {
        "a": frozenset({"ryhma1"}),
        "b": frozenset({"ryhma2"}),
        "c": frozenset({"ryhma3"}),
        "d": frozenset({"ryhma4"}),
    },
)
_ROAD = Theme("tie", "Kylätie", "emergent")
_SECOND = Bullet("tie", "", "Kylätien kuopat rikkovat autojen renkaita keväällä.", ("d",))

#: The lead-in's own wiring, as written (near points off: one other group's note sharing a
#: word drops it since session 35; that count is tested in test_review60_mend122.py).
_SETTINGS = dataclasses.replace(_FULL, one_group_near_points=False)


def test_no_bullet_over_max_sentences_with_the_shipped_fold(analyzer: LemmaAnalyzer) -> None:
    """#2: the shipped settings (fold on) write no bullet of more sentences than
    `max_sentences`, and every note the post says without the fold it says with it."""
    assert _SETTINGS.one_group_fold is True
    post, _, _ = _summary(analyzer, _THEMES, _SETTINGS)
    off, _, _ = _summary(analyzer, _THEMES, dataclasses.replace(_SETTINGS, one_group_fold=False))
    for bullet in post.bullets:
        assert len(sentences(bullet.text)) <= _SETTINGS.max_sentences, bullet.text
    assert {i for b in post.bullets for i in b.note_ids} == {
        i for b in off.bullets for i in b.note_ids
    }


def test_a_lone_point_folds_into_a_bullet_with_room(analyzer: LemmaAnalyzer) -> None:
    """The fold itself still works: a first bullet of two sentences, no lead-in, a word of
    its own text shared (the road's holes)."""
    first = Bullet(
        "tie", "Kylätie", "Kylätie on kapea. Kuopat ovat syviä keväällä.", ("a", "b", "c")
    )
    assert folds(_SECOND, first, _ROAD, _VOICE, analyzer, max_sentences=3)


def test_no_fold_into_a_full_bullet(analyzer: LemmaAnalyzer) -> None:
    """#2: a first bullet of `max_sentences` sentences takes no further sentence."""
    first = Bullet(
        "tie",
        "Kylätie",
        "Kylätie on kapea. Kuopat ovat syviä keväällä. Aurausta ei tehdä ajoissa.",
        ("a", "b", "c"),
    )
    assert not folds(_SECOND, first, _ROAD, _VOICE, analyzer, max_sentences=3)
    assert folds(_SECOND, first, _ROAD, _VOICE, analyzer, max_sentences=4)


def test_no_fold_under_a_several_groups_attribution(analyzer: LemmaAnalyzer) -> None:
    """#1: a first bullet that says several groups made its points ("Ryhmien mukaan …",
    "Useat ryhmät …", "Osallistujien mukaan …") takes no one group's point."""
    for text in (
        "Ryhmien mukaan kylätie on kapea. Kuopat ovat syviä keväällä.",
        "Kylätie on kapea. Useat ryhmät sanoivat kuoppien olevan syviä.",
        "Osallistujien mukaan kylätien kuopat ovat syviä.",
    ):
        first = Bullet("tie", "Kylätie", text, ("a", "b", "c"))
        assert not folds(_SECOND, first, _ROAD, _VOICE, analyzer, max_sentences=3), text


def test_no_fold_without_a_word_of_the_first_bullet(analyzer: LemmaAnalyzer) -> None:
    """#4: the label's word alone ("kylätie") is no shared point; a sentence that names the
    label but no word of the first bullet's own text stays apart."""
    first = Bullet("tie", "Kylätie", "Kylätie on kapea. Aurausta ei tehdä ajoissa.", ("a", "b"))
    assert not folds(_SECOND, first, _ROAD, _VOICE, analyzer, max_sentences=3)


def test_no_fold_of_a_point_that_names_no_word_of_an_emergent_label(
    analyzer: LemmaAnalyzer,
) -> None:
    """#4: the `unnamed` guard holds when folding: a point of an emergent theme that names
    no word of its label goes among "Muita nostoja", not into the bullet."""
    first = Bullet("tie", "Kylätie", "Kuopat ovat syviä keväällä.", ("a", "b"))
    other = Bullet("tie", "", "Kuopat rikkovat autojen renkaita.", ("d",))
    assert not folds(other, first, _ROAD, _VOICE, analyzer, max_sentences=3)


def test_no_fold_of_several_groups_notes(analyzer: LemmaAnalyzer) -> None:
    first = Bullet("tie", "Kylätie", "Kylätie on kapea. Kuopat ovat syviä.", ("a",))
    two = dataclasses.replace(_SECOND, note_ids=("c", "d"))
    assert not folds(two, first, _ROAD, _VOICE, analyzer, max_sentences=3)


def test_the_label_s_word_does_not_place_the_point(analyzer: LemmaAnalyzer) -> None:
    """#3: the opening names the label ("luottamus") as the point does: the point follows
    the sentence that shares a word of its own (the staff), not the earliest."""
    first = Bullet(
        "luottamus",
        "Luottamus",
        "Luottamus johtoon on heikko. Työntekijöiden palautetta ei kuunnella. "
        "Johto ei kerro muutoksista.",
        ("a", "b", "c"),
    )
    second = Bullet("luottamus", "", "Luottamus työntekijöiden kesken on vahva.", ("d",))
    result = folded(first, second, analyzer.voikko)
    assert result.text == (
        "Luottamus johtoon on heikko. Työntekijöiden palautetta ei kuunnella. "
        "Luottamus työntekijöiden kesken on vahva. Johto ei kerro muutoksista."
    )


def test_with_the_fold_off_the_lead_in_stays(analyzer: LemmaAnalyzer) -> None:
    """Both ways: with the fold off, one group's lone second bullet keeps its lead-in."""
    off = dataclasses.replace(_SETTINGS, one_group_fold=False)
    post, themes, _ = _summary(analyzer, _THEMES, off)
    assert themes["kirjasto"]["second_bullet"] is True
    assert any(b.text.startswith(f"{ONE_GROUP} ") for b in post.bullets)
