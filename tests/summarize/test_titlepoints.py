"""The title's point made by several groups in their own words (summarize/titlepoints.py,
post49, review 87 #1: every group said the trip takes longer than the swim, none word for
word, and the title was the clinic's name). Real spaCy and Voikko; notes of our own."""

from __future__ import annotations

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.normalize import normalize_notes
from muistiinpanot.records import Bullet, Clinic, Note, SourceRef, Theme
from muistiinpanot.summarize.title import Support, TitleSettings, build_title
from muistiinpanot.summarize.titlepoints import PointWords, same_point

LIBRARY = Clinic(
    id="x", title="Verkkoklinikka: Kirjaston palvelut", topic="Miten kirjasto palvelee?"
)
QUEUES = Theme("uusi-1", "Lainaustiski", "emergent", size=4)

#: Three groups say the queue at the desk takes longer than the errand, none word for word;
#: a fourth says something else of the desk.
NOTES = {
    "q1": ("g1", "jonottaminen tiskille kestää pidempään kuin itse asiointi"),
    "q2": ("g2", "asiakkaat jonottavat tiskillä liian kauan, asiointi kestää"),
    "q3": ("g3", "jonotusaika venyy, jonottaminen vie enemmän aikaa kuin asiointi"),
    "q4": ("g4", "tiskin aukioloajat ovat liian lyhyet"),
}
BULLET = Bullet(
    "uusi-1",
    "Lainaustiski",
    "Jonottaminen tiskille kestää pidempään kuin itse asiointi. "
    "Tiskin aukioloajat ovat liian lyhyet.",
    ("q1", "q2", "q3", "q4"),
)


def _support(analyzer: LemmaAnalyzer, share: float) -> Support:
    raw = [Note(i, "x", g, text, SourceRef("r.txt", 1)) for i, (g, text) in NOTES.items()]
    done = lemmatize_notes(normalize_notes(raw), analyzer)
    lemmas = {n.id: frozenset(x.lower() for x in n.content_lemmas) for n in done}
    groups = {i: frozenset({g}) for i, (g, _) in NOTES.items()}
    if share <= 0:
        return Support(lemmas, groups)
    words = PointWords(analyzer.voikko, (LIBRARY.title, LIBRARY.topic, QUEUES.label))
    parsed = analyzer.parse([text for _, text in NOTES.values()])
    points = {i: words.of_tokens(tokens) for i, tokens in zip(NOTES, parsed, strict=True)}
    return Support(lemmas, groups, 0, 1.0, {}, points, share, words)


def test_a_point_three_groups_made_in_their_own_words_is_the_title(
    analyzer: LemmaAnalyzer,
) -> None:
    title = build_title(
        LIBRARY, QUEUES, [BULLET], _support(analyzer, 0.5), analyzer, TitleSettings(12, 2)
    )
    assert (title.text, title.kind) == (
        "Jonottaminen tiskille kestää pidempään kuin itse asiointi",
        "statement",
    )
    assert {"q1", "q2"} <= set(title.note_ids) and "q4" not in title.note_ids


def test_off_the_title_needs_a_word_for_word_repeat(analyzer: LemmaAnalyzer) -> None:
    title = build_title(
        LIBRARY, QUEUES, [BULLET], _support(analyzer, 0.0), analyzer, TitleSettings(12, 2)
    )
    assert title.kind == "name"


def test_a_point_one_group_made_is_no_title_though_its_words_recur(
    analyzer: LemmaAnalyzer,
) -> None:
    """The opening hours share "tiski" (the label's word) and "liian" with other notes:
    no point two groups made."""
    one = Bullet("uusi-1", "Lainaustiski", "Tiskin aukioloajat ovat liian lyhyet.", ("q4",))
    title = build_title(
        LIBRARY, QUEUES, [one], _support(analyzer, 0.5), analyzer, TitleSettings(12, 2)
    )
    assert (title.kind, title.reason) == ("name", "one group's point")


def test_the_labels_words_and_a_derivations_base_say_no_point(analyzer: LemmaAnalyzer) -> None:
    """ "Lainaustiski" makes "tiski" a word every note of the theme says; a compound's part
    counts ("matka-aika" says "aika"), a derivation's base does not ("toimikunta" is no
    "toimia")."""
    words = PointWords(analyzer.voikko, ("Lainaustiski", "Uintimatkat"))
    (desk,) = analyzer.parse(["Tiskillä on jono."])
    assert frozenset({"tiski"}) not in words.of_tokens(desk)
    assert any("jono" in w for w in words.of_tokens(desk))
    (trip,) = analyzer.parse(["Matka-aika on pitkä."])
    assert any("aika" in w for w in words.of_tokens(trip))
    assert not any("matka" in w for w in words.of_tokens(trip))
    a, b = analyzer.parse(["Kylätoimikunta kokoontuu.", "Aikataulu ei toimi."])
    assert same_point(words.of_tokens(a), {"b": words.of_tokens(b)}, 0.0) == ()


def test_a_sentence_joining_two_groups_different_points_is_no_shared_point(
    analyzer: LemmaAnalyzer,
) -> None:
    """Each note says its half of "…, ja …" in full, but the two share no word: no point
    two groups made. A three-letter compound part joins nothing ("kurssityö", "työntekijä")."""
    words = PointWords(analyzer.voikko, (LIBRARY.title, LIBRARY.topic, QUEUES.label))
    one, two, joined = analyzer.parse(
        [
            "lehtien valikoimaa pitäisi laajentaa",
            "aukioloaikoja pitäisi pidentää iltaisin",
            "Lehtien valikoimaa pitäisi laajentaa, ja aukioloaikoja pitäisi pidentää iltaisin.",
        ]
    )
    notes = {"r1": words.of_tokens(one), "r2": words.of_tokens(two)}
    assert len(same_point(words.of_tokens(joined), notes, 0.5)) == 1
    staff, course = analyzer.parse(["työntekijä osaa lukea", "kurssityö tehdään lukiossa"])
    assert same_point(words.of_tokens(staff), {"c": words.of_tokens(course)}, 0.0) == ()
