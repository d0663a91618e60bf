"""Review 54 mends (mend113; real spaCy parser and Voikko). Notes of our own, written before
the code was changed (each list's last rows are the review's notes, as a regression):

- a keyword after a comma at the end of a clause ("…, siilot", "…, yhteiset pelisäännöt") is
  a tag, no part of the sentence: the clause is published without it, and the lint counts
  such tails in our bullets ("trailing_fragments");
- a slash between two words ("kuljetuspalvelu / asiointiliikenne") is a note-taker's
  shorthand for "tai": the sentence says "tai", and the lint counts slashes left
  ("slash_lists");
- a wish puts every noun coordinated with its head in the partitive, also one joined to
  another conjunct ("kela ja vero" → "kelaa ja veroa", not "kelaa ja vero"); the lint counts
  conjuncts split between the nominative and the partitive ("split_coordinations");
- a note's root noun in the allative, to whom ("vapaaehtoisille kiitosta"), is listed as no
  phrase in the nominative ("vapaaehtoinen kiitosta" lost the allative)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.notepieces import Cleared, parse_pieces
from muistiinpanot.summarize.tidy import tidy_note

sys.path.insert(0, str(Path(__file__).parent))
from fixture_clinic import note_clauses  # noqa: E402


@pytest.mark.parametrize(
    ("note", "kept", "tag"),
    [
        (  # ours
            "kunnan ja seurakunnan välillä ei ole yhteistä kalenteria, siilot",
            "välillä ei ole yhteistä kalenteria",
            "siilot",
        ),
        ("opastusta tarvitaan kaikille, selkeät ohjeet", "opastusta tarvitaan kaikille", "ohjeet"),
        ("vanhemmat eivät lue viestejä, wilma", "vanhemmat eivät lue viestejä", "wilma"),
        (  # review 54
            "kirjaston ja asiointipisteen välillä ei ole yhteistä johtoa, siilot",
            "välillä ei ole yhteistä johtoa",
            "siilot",
        ),
        (
            "koulutusta tarvitaan molemmille, yhteiset pelisäännöt",
            "koulutusta tarvitaan molemmille",
            "pelisäännöt",
        ),
    ],
)
def test_a_keyword_after_a_comma_is_left_out(
    analyzer: LemmaAnalyzer, note: str, kept: str, tag: str
) -> None:
    clauses = [c.lower() for c in note_clauses(analyzer, note, "tidied")]
    assert any(kept in c for c in clauses), clauses
    assert not any(c.rstrip(".").endswith(tag) for c in clauses), clauses


@pytest.mark.parametrize(
    ("note", "tail"),
    [
        ("palaute kerätään kahdesti vuodessa, keväällä ja syksyllä", "syksyllä"),
        ("tilat ovat liian ahtaat, erityisesti keittiö", "keittiö"),
        ("kotihoito käy aamuisin, myös viikonloppuisin", "viikonloppuisin"),
    ],
)
def test_a_tail_that_says_more_stays(analyzer: LemmaAnalyzer, note: str, tail: str) -> None:
    clauses = [c.lower() for c in note_clauses(analyzer, note, "tidied")]
    assert any(c.rstrip(".").endswith(tail) for c in clauses), clauses


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("kirjasto / nuorisotila voisi olla auki iltaisin", "kirjasto tai nuorisotila"),
        ("ajanvaraus puhelimella/netissä", "puhelimella tai netissä"),
        (  # review 54
            "kuljetuspalvelu / asiointiliikenne pitää sovittaa aukioloaikoihin",
            "kuljetuspalvelu tai asiointiliikenne",
        ),
    ],
)
def test_a_slash_between_words_is_said_as_tai(
    analyzer: LemmaAnalyzer, note: str, written: str
) -> None:
    assert written in " ".join(tidy_note(note, analyzer.voikko)).lower()


def test_a_slash_between_numbers_stays(analyzer: LemmaAnalyzer) -> None:
    assert "24/7" in " ".join(tidy_note("päivystys pitäisi olla auki 24/7", analyzer.voikko))


@pytest.mark.parametrize(
    ("bullet", "key", "count"),
    [
        (
            "Kunnan ja seurakunnan välillä ei ole yhteistä kalenteria, siilot.",
            "trailing_fragments",
            1,
        ),
        ("Opastusta tarvitaan kaikille, selkeät ohjeet.", "trailing_fragments", 1),
        ("Esiin nousivat myös piha, valaistus ja pysäköinti.", "trailing_fragments", 0),
        ("Tilat ovat liian ahtaat, erityisesti keittiö.", "trailing_fragments", 0),
        ("Kirjasto / nuorisotila voisi olla auki iltaisin.", "slash_lists", 1),
        ("Päivystys on auki 24/7.", "slash_lists", 0),
    ],
)
def test_the_lint_counts_tags_and_slashes(
    analyzer: LemmaAnalyzer, bullet: str, key: str, count: int
) -> None:
    assert lint_bullets([bullet], analyzer)[key] == count


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("kauppakassi, lääkkeet ja kuljetus ikäihmisille", "lääkkeitä ja kuljetusta"),
        (  # review 54
            "etäasiointi videolla kirjastosta, kela ja vero",
            "kelaa ja veroa",
        ),
    ],
)
def test_a_wish_puts_every_conjunct_in_the_partitive(
    analyzer: LemmaAnalyzer, note: str, written: str
) -> None:
    clauses = [c.lower() for c in note_clauses(analyzer, note, "tidied")]
    assert any(written in c for c in clauses), clauses


@pytest.mark.parametrize(
    ("bullet", "count"),
    [
        ("Toivottiin etäasiointia videolla kirjastosta, kelaa ja vero.", 1),
        ("Toivottiin tiedotusta paikallislehdessä ja viestintää selkokielellä.", 0),
        ("Toivottiin hiekoitusta, aurausta ja harjausta aamulla.", 0),
        ("Kokeilu, joka epäonnistuu, ei ole virhe vaan tietoa.", 0),  # from a dev post
    ],
)
def test_the_lint_counts_split_coordinations(
    analyzer: LemmaAnalyzer, bullet: str, count: int
) -> None:
    assert lint_bullets([bullet], analyzer)["split_coordinations"] == count


def _phrases(analyzer: LemmaAnalyzer, text: str) -> list[str]:
    note = Note("n1", "c", "g", text, SourceRef("f.txt", 1))
    tidied = tuple(tidy_note(text, analyzer.voikko))
    (found,) = parse_pieces([Cleared(note, tidied)], analyzer).values()
    return [piece.span.text.lower() for piece in found if piece.kind == "phrase"]


@pytest.mark.parametrize(
    ("note", "lost"),
    [
        ("omaishoitajille lomaa ja tukea", "omaishoitaja "),
        ("kouluille lisää rahaa ja tiloja", "koulu "),
        ("vapaaehtoisille kiitosta ja näkyvyyttä", "vapaaehtoinen "),  # review 54
    ],
)
def test_a_noun_in_the_allative_is_no_listed_phrase(
    analyzer: LemmaAnalyzer, note: str, lost: str
) -> None:
    assert not [p for p in _phrases(analyzer, note) if p.startswith(lost)]


def test_a_nominative_phrase_is_still_listed(analyzer: LemmaAnalyzer) -> None:
    assert any(p.startswith("yhteiset tilat") for p in _phrases(analyzer, "yhteiset tilat"))
