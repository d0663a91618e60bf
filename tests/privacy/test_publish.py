"""Personal data at the publication boundary: every column of a redacted note, identifiers
that embed file names, theme keywords and labels, the JSON trace, the post check."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.privacy import (
    IdentifierRedactor,
    PersonalDataLeak,
    carries_personal_data,
    check_post,
    find_personal_data,
    find_published_data,
    is_personal_word,
    redact_notes,
    redact_trace,
    scrub_themes,
)
from muistiinpanot.records import (
    FALLBACK_LABEL,
    BlogPost,
    Bullet,
    Note,
    SourceRef,
    Theme,
    ThemeResult,
)


def _note(text: str, path: str = "ryhma1.txt", line: int = 1, clinic: str = "k") -> Note:
    return Note(
        id=f"{clinic}/{path}:{line}",
        clinic=clinic,
        group=path.rsplit(".", 1)[0],
        text=text,
        source=SourceRef(path, line=line),
        clean_text=text,
    )


def test_redact_notes_every_column(analyzer: LemmaAnalyzer) -> None:
    notes = lemmatize_notes(
        [
            _note("kysy liisalta, hetu 131052-308T", "Matti Virtanen.txt", 1),
            _note("tili FI21 1234 5600 0007 85 ja MATTI VIRTANEN", "Matti Virtanen.txt", 2),
            _note("avoin valmistelu auttaa", "ryhma2.txt", 1),
        ],
        analyzer,
    )
    redacted = redact_notes(notes, analyzer)
    first, second, plain = redacted
    assert first.text == "kysy [nimi], hetu [henkilötunnus]"
    assert second.text == "tili [tilinumero] ja [nimi]"
    assert first.id == "k/[nimi-1].txt:1" and second.id == "k/[nimi-1].txt:2"
    assert first.group == "[nimi-1]" and first.source.path == "[nimi-1].txt"
    for note in (first, second):
        columns = " ".join([note.id, note.group, note.text, note.clean_text, note.source.path])
        columns += " " + " ".join(note.lemmas + note.content_lemmas)
        for secret in ("liisa", "matti", "virtanen", "131052", "308t", "fi21", "0007"):
            assert secret not in columns.casefold()
    assert plain.text == "avoin valmistelu auttaa" and plain.id == "k/ryhma2.txt:1"
    assert "valmistelu" in plain.lemmas


def test_identifier_redactor_keeps_ids_distinct(analyzer: LemmaAnalyzer) -> None:
    redactor = IdentifierRedactor(analyzer)
    ids = ["k/Matti Virtanen.txt:1", "k/liisa-korhonen.md:1", "k/ryhma3.txt:1"]
    redacted = redactor.redact(ids)
    assert redacted[2] == "k/ryhma3.txt:1"
    assert len(set(redacted)) == 3
    assert all("virtanen" not in r.casefold() and "korhonen" not in r.casefold() for r in redacted)
    assert redactor.redact_one("Matti Virtanen") == redacted[0][2:-6]  # same name, same mark


def test_redact_trace_replaces_known_ids_only(analyzer: LemmaAnalyzer) -> None:
    trace = {"bullets": [{"note_ids": ["k/Pekka Mäkelä.txt:3"], "text": "k/Pekka Mäkelä.txt:3 x"}]}
    result = redact_trace(trace, ["k/Pekka Mäkelä.txt:3"], IdentifierRedactor(analyzer))
    text = trace["bullets"][0]["text"]
    assert result == {"bullets": [{"note_ids": ["k/[nimi-1].txt:3"], "text": text}]}


def test_redact_trace_redacts_ids_inside_the_corrections_strings(analyzer: LemmaAnalyzer) -> None:
    """The corrections' trace strings name notes inside them ('old → new', 'rivi 2 / row 2:
    id → teema'): those ids are redacted in place, a longer id before its prefix (review 42
    #8); other strings keep an id inside them as they are."""
    known = ["k/Pekka Mäkelä.txt:1", "k/Pekka Mäkelä.txt:10", "k/Pekka Mäkelä.txt"]
    trace = {
        "corrections": {
            "relocated": ["k/a.txt:1 → k/Pekka Mäkelä.txt:10"],
            "lost": ["rivi 2 / row 2: k/Pekka Mäkelä.txt:99 → muu"],
            "set_aside": ["k/Pekka Mäkelä.txt:1"],
        },
        "text": "k/Pekka Mäkelä.txt:1 x",
    }
    result = redact_trace(trace, known, IdentifierRedactor(analyzer), composite=("corrections",))
    assert result == {
        "corrections": {
            "relocated": ["k/a.txt:1 → k/[nimi-1].txt:10"],
            "lost": ["rivi 2 / row 2: k/[nimi-1].txt:99 → muu"],
            "set_aside": ["k/[nimi-1].txt:1"],
        },
        "text": "k/Pekka Mäkelä.txt:1 x",
    }


@pytest.mark.parametrize(
    ("word", "personal"),
    [("virtanen", True), ("Laaksonen", True), ("pekka", True), ("toivo", False),
     ("mäki", False), ("luottamus", False), ("kpi", False), ("helsinki", False),
     ("fatima", True), ("dmitri", True), ("salo", False), ("howspace", False),
     ("karkkainen", True), ("kovalenko", True), ("hiilineutraalius", False),
     # -inen adjectives derived from a word Voikko knows are no surnames
     ("monitoimijainen", False), ("sotelainen", False)],
)  # fmt: skip
def test_is_personal_word_without_context(
    analyzer: LemmaAnalyzer, word: str, personal: bool
) -> None:
    assert is_personal_word(word, analyzer.voikko) is personal


def test_scrub_themes_keeps_names_out_of_keywords_and_labels(analyzer: LemmaAnalyzer) -> None:
    notes = lemmatize_notes(
        [
            _note("kysy toivolta virtaselta lisää budjetista", line=1),
            _note("toivo on että rahoitus jatkuu", line=2),
            _note("Mäki ja laakso ovat eri asia", line=3),
            # lower-case names: after an initial, after a verb of asking
            _note("t. hyvönen ja e. kuusisto tarkistaa budjetin", line=4),
            _note("kysy salmelta budjetista", line=5),
            _note("kysy vartiaiselta, se tietää budjetista", line=6),
        ],
        analyzer,
    )
    theme = Theme(
        "uusi-1",
        "Virtanen ja budjetti",
        "emergent",
        label_en="Virtanen and budget",
        keywords=("virtanen", "toivo", "budjetti", "mäki", "kuusisto", "salmi", "vartiainen"),
    )
    result = scrub_themes(ThemeResult((theme,), ()), notes, analyzer).themes[0]
    assert result.keywords == ("budjetti", "mäki")  # "toivo" was used as a name in note 1
    # withheld whole, never cut to "Budjetti" (mend146)
    assert result.label == FALLBACK_LABEL and result.label_en == "" and not result.named
    only_name = Theme("uusi-2", "Laaksonen", "emergent", keywords=("laaksonen",))
    scrubbed = scrub_themes(ThemeResult((only_name,), ()), notes, analyzer).themes[0]
    assert scrubbed.label == FALLBACK_LABEL and scrubbed.keywords == ()


def test_check_post_raises_without_showing_the_data(analyzer: LemmaAnalyzer) -> None:
    post = BlogPost(
        title="Otsikko",
        lead="Johdanto.",
        paragraphs=(),
        highlights_heading="Nostoja",
        bullets=(Bullet("t", "Teema", "Tilille FI21 1234 5600 0007 85 maksetaan.", ("a",)),),
        closing="Loppu.",
        contact_heading="Lisätiedot",
        contact_lines=(),
    )
    with pytest.raises(PersonalDataLeak) as error:
        check_post(post, analyzer)
    assert "bullets[0].text: tilinumero" in str(error.value)
    assert "FI21" not in str(error.value)


def test_carries_personal_data_follows_a_name_the_tidier_respelt(analyzer: LemmaAnalyzer) -> None:
    text = "tepa kävi esittelemässä mallia. toinen huomio: malli toimii"
    spans = find_personal_data([text], analyzer, ner=False)[0]
    sentences = ["Taepa kävi esittelemässä mallia.", "Toinen huomio: malli toimii."]
    assert carries_personal_data(sentences, text, spans, analyzer) == [True, False]
    assert carries_personal_data(sentences, text, [], analyzer) == [False, False]


def test_check_post_reads_the_post_as_published_text_is_read(analyzer: LemmaAnalyzer) -> None:
    """A name only the cautious publisher reads ("Sumun kanssa": a noun of nature where a
    person's company stands; "Sumun mielestä" is read in notes too since round 18) raises
    in the final check too, wherever it ended up."""
    text = "Sumun kanssa sovittiin kirjaston aukioloajat."
    assert find_personal_data([text], analyzer) == [[]]  # notes are read as before
    assert find_published_data([text], analyzer) == find_personal_data(
        [text], analyzer, cautious=True
    )
    post = BlogPost(
        title="Otsikko",
        lead="Johdanto.",
        paragraphs=(),
        highlights_heading="Nostoja",
        bullets=(Bullet("t", "Kirjasto", text, ("a",)),),
        closing="Loppu.",
        contact_heading="Lisätiedot",
        contact_lines=(),
    )
    with pytest.raises(PersonalDataLeak) as error:
        check_post(post, analyzer)
    assert "bullets[0].text: nimi" in str(error.value)
    check_post(post, analyzer, allowed=("Sumun",))  # published on purpose (the contact)
