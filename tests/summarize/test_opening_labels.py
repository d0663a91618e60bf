"""The opening paragraph names only the labels the detector reads as no personal data where
they stand, quoted inside its sentence (mend52): "Aamu-ihminen" (a kind of person, a fine
bullet heading) reads as a name mid-sentence in capitals, and check_post refused the whole
post of review 29's first clinic for it. The real spaCy and Voikko."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.choose import opening_labels


def test_a_label_read_as_a_name_mid_sentence_is_left_out(analyzer: LemmaAnalyzer) -> None:
    labels = [("Yrittäjät ja yritys", 9), ("Autoliike", 7), ("Aamu-ihminen", 4)]
    # the premise: quoted mid-sentence, the label is read as a name
    assert find_published_data([texts.build_theme_paragraph(labels)], analyzer)[0]
    kept = opening_labels(labels, analyzer, ())
    assert kept == labels[:2]
    assert not find_published_data([texts.build_theme_paragraph(kept)], analyzer)[0]


def test_labels_of_no_personal_data_are_all_kept(analyzer: LemmaAnalyzer) -> None:
    labels = [("Kotikuntoutus", 5), ("Hengitysliikkeet", 3)]
    assert opening_labels(labels, analyzer, ()) == labels


def test_a_persons_name_as_a_label_is_left_out(analyzer: LemmaAnalyzer) -> None:
    labels = [("Kotikuntoutus", 5), ("Pekka Virtanen", 3), ("Arjen tuki", 2)]
    assert opening_labels(labels, analyzer, ()) == [("Kotikuntoutus", 5), ("Arjen tuki", 2)]
