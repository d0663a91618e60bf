"""The opening paragraph names only the labels the detector reads as no personal data where
they stand, quoted inside its sentence (mend52): "Aamu-ihminen" (a kind of person, a fine
bullet heading) reads as a name mid-sentence in capitals, and check_post refused the whole
post of review 29's first clinic for it. The real spaCy and Voikko."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_published_data
from muistiinpanot.summarize import texts
from muistiinpanot.summarize.label_reading import read_in_prose
from muistiinpanot.summarize.opening import opening_labels


def test_a_label_read_as_a_name_mid_sentence_is_left_out(analyzer: LemmaAnalyzer) -> None:
    labels = [("Yrittäjät ja yritys", 9), ("Autoliike", 7), ("Hilkka", 4)]
    # the premise: quoted mid-sentence, the label is read as a name (alone it is not)
    assert find_published_data([texts.build_theme_paragraph(labels)], analyzer)[0]
    assert not find_published_data(["Hilkka"], analyzer)[0]
    kept = opening_labels(labels, analyzer, ())
    assert kept == labels[:2]
    assert not find_published_data([texts.build_theme_paragraph(kept)], analyzer)[0]


def test_a_common_nouns_label_capital_is_no_name(analyzer: LemmaAnalyzer) -> None:
    """mend52 left "Aamu-ihminen" (a kind of person) out of the opening, as its capital read
    as a name's; the capital is the label convention's (review 37 #9): kept, and the opening
    passes check_post's reading (labels read as in prose: label_reading.read_in_prose)."""
    labels = [("Yrittäjät ja yritys", 9), ("Autoliike", 7), ("Aamu-ihminen", 4)]
    assert find_published_data([texts.build_theme_paragraph(labels)], analyzer)[0]
    assert opening_labels(labels, analyzer, ()) == labels
    paragraph = texts.build_theme_paragraph(labels)
    read = read_in_prose(paragraph, [label for label, _ in labels], analyzer.voikko)
    assert not find_published_data([read], analyzer)[0]


def test_labels_of_no_personal_data_are_all_kept(analyzer: LemmaAnalyzer) -> None:
    labels = [("Kotikuntoutus", 5), ("Hengitysliikkeet", 3)]
    assert opening_labels(labels, analyzer, ()) == labels


def test_a_persons_name_as_a_label_is_left_out(analyzer: LemmaAnalyzer) -> None:
    labels = [("Kotikuntoutus", 5), ("Pekka Virtanen", 3), ("Arjen tuki", 2)]
    assert opening_labels(labels, analyzer, ()) == [("Kotikuntoutus", 5), ("Arjen tuki", 2)]
