"""post42 (the facilitator's read of rounds 65–70): a second bullet that one group of several
wrote was published on its own under the theme's heading, opening "Yhden ryhmän mukaan …",
which read as gossip rather than the groups' point. With `[summary] one_group_fold` such a
bullet of one sentence that supports its theme (it names the heading or shares a content word
with the first bullet's notes) is folded into the theme's first bullet, its point stated
without the lead-in; a longer one states its point without the lead-in. The clinics below are
ours, written before the code and apart from the dev rounds; the real spaCy model and Voikko
read them."""

from __future__ import annotations

import dataclasses

from test_full_second_bullet import _SETTINGS
from test_second_bullets import _summary

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import BlogPost, Bullet, Theme
from muistiinpanot.summarize.onegroupfold import folded
from muistiinpanot.summarize.pieces import ONE_GROUP

#: A public sauna by the lake (ours): five notes of one theme, the first bullet full.
_SAUNA = [
    "yleisen saunan vuorot ovat vain lauantaisin, mikä ei sovi vuorotyöläisille",
    "saunan kiuas lämpiää liian hitaasti talvella",
    "saunan pukuhuoneessa ei ole lukittavia kaappeja",
    "saunan vieressä olevaan avantoon pitäisi saada kaide",
    "saunamajurin palkka maksetaan vuokratuloista, jotka eivät riitä",
]
#: The park beside it (ours).
_PARK = [
    "puiston penkit ovat liian matalia vanhuksille",
    "puistossa ei ole tarpeeksi roska-astioita",
    "puiston valaistus sammuu jo kymmeneltä illalla",
]
_THEMES = [
    (Theme("sauna", "Sauna", "seeded"), _SAUNA),
    (Theme("puisto", "Puisto", "seeded"), _PARK),
]


def _said(post: BlogPost) -> set[str]:
    return {i for bullet in post.bullets for i in bullet.note_ids}


def test_a_lone_point_of_one_group_is_folded_into_its_theme_s_bullet(
    analyzer: LemmaAnalyzer,
) -> None:
    off = dataclasses.replace(_SETTINGS, one_group_fold=False)
    before, _, _ = _summary(analyzer, _THEMES, off)
    seconds = [b for b in before.bullets if b.text.startswith(f"{ONE_GROUP} ")]
    assert seconds, [b.text for b in before.bullets]  # the case the fold mends is there
    on = dataclasses.replace(_SETTINGS, one_group_fold=True)
    after, themes, _ = _summary(analyzer, _THEMES, on)
    assert not any(ONE_GROUP in b.text for b in after.bullets)
    assert _said(after) == _said(before)  # no point lost, none added
    for second in seconds:
        point = second.text.removeprefix(f"{ONE_GROUP} ")
        point = point[0].upper() + point[1:]
        (first,) = [b for b in after.bullets if b.theme == second.theme]
        assert point in first.text and not first.text.startswith(point), first.text
        assert set(second.note_ids) <= set(first.note_ids)
        assert themes[second.theme]["second_bullet_folded"] is True


def test_without_the_fold_the_lead_in_stays(analyzer: LemmaAnalyzer) -> None:
    off = dataclasses.replace(_SETTINGS, one_group_fold=False)
    post, themes, _ = _summary(analyzer, _THEMES, off)
    assert any(b.text.startswith(f"{ONE_GROUP} ") for b in post.bullets)
    assert not any("second_bullet_folded" in entry for entry in themes.values())


def test_a_folded_point_follows_the_sentence_it_shares_words_with(
    analyzer: LemmaAnalyzer,
) -> None:
    """Ours (written with the code): the folded sentence follows the first bullet's sentence
    of the most shared nouns and adjectives; the opening stays first; none shared: last."""
    first = Bullet(
        "kyla",
        "Kylä",
        "Kylän kahvila on liian pieni. Bussi ei kulje illalla. Pitäisi olla penkkejä.",
        ("a", "b", "c"),
    )
    second = Bullet("kyla", "Kylä", "Bussin kuljettaja ei pysähdy koulun kohdalla.", ("d",))
    result = folded(first, second, analyzer.voikko)
    assert result.text == (
        "Kylän kahvila on liian pieni. Bussi ei kulje illalla. "
        "Bussin kuljettaja ei pysähdy koulun kohdalla. Pitäisi olla penkkejä."
    )
    assert result.note_ids == ("a", "b", "c", "d")
    apart = Bullet("kyla", "Kylä", "Lumityöt jäävät tekemättä.", ("e",))
    assert folded(first, apart, analyzer.voikko).text.endswith(" Lumityöt jäävät tekemättä.")
