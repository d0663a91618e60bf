"""Review 46 #3 (mend94): with `--redact`, a removed word's lemma leaves with it, whatever base
form the lemmatizer guessed for it ("kysytään vekeltä" kept the lemma "vekki", a word no
rule derives from the span's own words). The check compares the plain and the redacted
notes: the lemmas the analyzer gives the words `--redact` removed must be in no redacted
note's lemmas, in notes.csv and in notes.xlsx's lemma cells; once on sentences of our own
(written before the rule, run on lead a22a838: the comment says what lead did) and once over
every clinic of the sample corpus (corpus/)."""

from __future__ import annotations

import csv
import difflib
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from lemmatized import lemmatized_notes
from muistiinpanot.cli import app
from muistiinpanot.lemmatize import LemmaAnalyzer, load_analyzer
from muistiinpanot.privacy import redact_notes

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()
_WORD = re.compile(r"\w+")

NICKNAMES = [
    "kysytään vekeltä onks budjettia",  # review 46: "vekki" kept on lead
    "soitetaan jartsalle huomenna saunan avaimista",
    "tepolta saatiin hyvä vinkki lämmitysvuoroihin",
    "kimmo ja pekka lupas hoitaa puuhuollon",
    "kysyin hannelelta miten laiturin korjaus etenee",
    "pasin mukaan vapaaehtoisia tarvitaan lisää",
]


def removed_lemmas(plain: str, redacted: str, analyzer: LemmaAnalyzer) -> set[str]:
    """The lemmas (lower-case, compound parts too) the analyzer gives the words of `plain`
    that `redacted` no longer has (both read by the analyzer's tokenizer), less those of the
    words it kept."""
    plain_tokens, redacted_tokens = analyzer.analyze([plain, redacted])
    tokens = [t for t in plain_tokens if _key(t.text)]
    kept_words = [_key(t.text) for t in redacted_tokens if _key(t.text)]
    matcher = difflib.SequenceMatcher(None, [_key(t.text) for t in tokens], kept_words)
    gone: set[str] = set()
    stayed: set[str] = set()
    for tag, start, end, _, _ in matcher.get_opcodes():
        for token in tokens[start:end]:
            lemmas = {token.lemma.casefold(), *(p.casefold() for p in token.compound_parts)}
            (stayed if tag == "equal" else gone).update(lemmas)
    return gone - stayed


def _key(token: str) -> str:
    return " ".join(_WORD.findall(token.casefold()))


def leaks(
    plain: Sequence[tuple[str, str]], redacted: Sequence[tuple[str, str]], analyzer: LemmaAnalyzer
) -> list[str]:
    """Each redacted note (text, its lemmas) still carrying a lemma of a removed word:
    "text: lemmas"; `plain` the same notes unredacted."""
    assert len(plain) == len(redacted)
    found = []
    for (text, _), (redacted_text, lemmas) in zip(plain, redacted, strict=True):
        if text == redacted_text:
            continue
        carried = removed_lemmas(text, redacted_text, analyzer) & {
            lemma.casefold() for lemma in lemmas.split()
        }
        if carried:
            found.append(f"{redacted_text}: {sorted(carried)}")
    return found


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_a_removed_words_guessed_lemma_leaves_with_it(mode: str) -> None:
    analyzer = load_analyzer(mode)  # type: ignore[arg-type]
    notes = lemmatized_notes(analyzer, NICKNAMES)
    redacted = redact_notes(notes, analyzer)
    assert any(r.text != n.text for r, n in zip(redacted, notes, strict=True))
    plain = [(n.text, " ".join(n.lemmas)) for n in notes]
    assert leaks(plain, [(r.text, " ".join(r.lemmas)) for r in redacted], analyzer) == []
    for note in redacted:
        assert removed_lemmas(notes[redacted.index(note)].text, note.text, analyzer).isdisjoint(
            lemma.casefold() for lemma in note.content_lemmas
        )


def test_the_reviews_nickname_lemma_is_gone(analyzer: LemmaAnalyzer) -> None:
    notes = lemmatized_notes(analyzer, [NICKNAMES[0]])
    assert "vekki" in notes[0].lemmas  # the lemmatizer's guess the span's words do not give
    (redacted,) = redact_notes(notes, analyzer)
    assert redacted.text == "kysytään [nimi] onks budjettia"
    assert "vekki" not in redacted.lemmas


def _notes_csv(folder: Path) -> list[tuple[str, str]]:
    with (folder / "notes.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["lemmas"]) for row in csv.DictReader(handle)]


def _xlsx_notes(folder: Path) -> list[tuple[str, str]]:
    sheet = load_workbook(folder / "notes.xlsx", read_only=True)["Muistiinpanot"]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(cell) for cell in rows[0]]
    text, lemmas = header.index("text"), header.index("lemmas")
    return [(str(row[text] or ""), str(row[lemmas] or "")) for row in rows[1:]]


CLINICS = sorted(p.name for p in (REPO / "corpus").iterdir() if (p / "clinic.toml").exists())


@pytest.mark.parametrize("clinic", CLINICS)
def test_no_redacted_outputs_lemma_of_a_removed_word_in_the_corpus(
    clinic: str, tmp_path: Path, analyzer: LemmaAnalyzer
) -> None:
    source = tmp_path / clinic
    shutil.copytree(REPO / "corpus" / clinic, source)
    themes = str(REPO / "models" / "themes.toml")
    outs = {}
    for name, flags in (("plain", []), ("redact", ["--redact"])):
        out = tmp_path / name
        result = runner.invoke(
            app, ["run", str(source), "--out", str(out), "--themes", themes, *flags]
        )
        assert result.exit_code == 0, result.output
        outs[name] = out
    plain = _notes_csv(outs["plain"])
    redacted = _notes_csv(outs["redact"])
    assert sum(p != r for p, r in zip(plain, redacted, strict=True)) > 0  # something removed
    assert leaks(plain, redacted, analyzer) == []
    assert leaks(_xlsx_notes(outs["plain"]), _xlsx_notes(outs["redact"]), analyzer) == []
