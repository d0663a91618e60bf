"""How much of what a good post should say the summary's bullets say: content-lemma recall,
precision and F against hand-written reference points, per corpus clinic and overall, with a
hand-written model post scored the same way in the same run as the human baseline.

    python benchmarks/summary_quality.py [--corpus corpus] [--references DIR] [--json]
        [--config FILE]     # a pipeline file (pipelines/*.toml) instead of the defaults
        [--posts DIR]       # also write each clinic's bullets to DIR/<clinic>.md, to read

The references (`benchmarks/data/summary_reference/<clinic>.toml`: per gold theme a list of
points; `<clinic>.post.md`: a model post written by hand) were written from the notes by
another engineer before any output was seen. Both sides are lemmatized with the project's
analyzer and reduced to content lemmas (muistiinpanot/content.py, compound parts included,
lowercased); each side is the SET of its lemmas over the clinic's whole highlights section
(bullet texts, not headings). recall = |B ∩ R| / |R|, precision = |B ∩ R| / |B|, F their
harmonic mean; "overall" sums the intersections and set sizes over clinics (micro average).
A point counts as covered when at least half of its content lemmas occur in the bullets.
Also a per-bullet lint of our bullets: sentences without a finite verb, "että … että",
spoken forms left, necessive subjects left in the nominative, plural subjects before a
singular verb (main clause; any clause), words Voikko does not know, verb forms Voikko does
not read as the parser does, subordinate clauses without their comma, finite verbs another
verb governs ("joutuu kertoo"), predicates disagreeing with a subject the parse shows
elsewhere, chains of more coordinated predicates than `[summary] max_predicates`
(summarize/lint.py; always with spaCy's parse, also when the run reads clauses with Voikko alone);
how many notes a bullet and a sentence gather (note ids per bullet in summary.json); and the
length of the bullets (words and sentences per bullet, mean and largest), since the
set-based F rewards long bullets. `--posts DIR` writes each clinic's post (title, lead,
paragraphs, bullets) for reading."""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from muistiinpanot.app.pipeline import Models, load_models, process_clinic
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.content import content_lemmas
from muistiinpanot.ingest import read_batches
from muistiinpanot.lemmatize import LemmaAnalyzer, load_analyzer
from muistiinpanot.records import ClinicNotes
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.tidy_sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
REFERENCES = DATA / "summary_reference"
_BULLET = re.compile(r"^\s*[-*•]\s+(.*\S)\s*$")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Score:
    overlap: int
    bullets: int
    reference: int
    covered: int
    points: int

    @property
    def recall(self) -> float:
        return self.overlap / self.reference if self.reference else 0.0

    @property
    def precision(self) -> float:
        return self.overlap / self.bullets if self.bullets else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, int, int, int, int]:
        return (self.overlap, self.bullets, self.reference, self.covered, self.points)


def lemma_sets(texts: list[str], analyzer: LemmaAnalyzer) -> list[set[str]]:
    return [
        {lemma.lower() for lemma in content_lemmas(tokens)} for tokens in analyzer.analyze(texts)
    ]


def score(bullets: list[str], points: list[str], analyzer: LemmaAnalyzer) -> Score:
    said = set().union(*lemma_sets(bullets, analyzer)) if bullets else set()
    wanted = lemma_sets(points, analyzer)
    reference = set().union(*wanted) if wanted else set()
    covered = sum(1 for lemmas in wanted if lemmas and len(lemmas & said) * 2 >= len(lemmas))
    return Score(len(said & reference), len(said), len(reference), covered, len(wanted))


class DevSet(NamedTuple):
    """One summary dev set as summary_sets.py and summary_misses.py read it: its clinics'
    notes and references, the run settings for its corpus and the models (loaded once)."""

    name: str
    corpus: Path
    references: Path
    settings: RunSettings
    batches: list[ClinicNotes]
    models: Models


def set_paths(name: str) -> tuple[Path, Path]:
    """The corpus and reference folders of a dev set: `corpus` (references in
    data/summary_reference/) or a data/summary_heldout*/ folder."""
    if name == "corpus":
        return ROOT / "corpus", REFERENCES
    return DATA / name / "corpus", DATA / name / "references"


def read_sets(names: list[str], config: Path | None) -> Iterator[DevSet]:
    """Each named dev set with its run settings (`config`: a pipeline settings file, None
    the bundled one), the models loaded once for the first set."""
    models = None
    for name in names:
        corpus, references = set_paths(name)
        with tempfile.TemporaryDirectory() as out:
            settings = load_run_settings(config, input_path=corpus, out=Path(out))
            _, batches = read_batches(corpus)
            models = models or load_models(settings)
        yield DevSet(name, corpus, references, settings, batches, models)


def read_points(path: Path) -> list[str]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [point for theme in data["theme"] for point in theme["points"]]


def read_post_bullets(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [m.group(1) for line in lines if (m := _BULLET.match(line))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--references", type=Path, default=REFERENCES)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--config", type=Path, default=None, help="a pipeline file (settings)")
    parser.add_argument("--posts", type=Path, default=None, help="write each clinic's bullets here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as out:
        settings = load_run_settings(args.config, input_path=args.corpus, out=Path(out))
        _, batches = read_batches(args.corpus)
        models = load_models(settings)
    analyzer = models.analyzer
    # the lint reads the bullets with spaCy's parse even when the run read notes with
    # Voikko alone ([fast] reading = "voikko"), so that lint counts compare across readings
    linter = analyzer if analyzer.reading == "parser" else load_analyzer(analyzer.mode)
    rows: list[dict[str, object]] = []
    total = human_total = Score(0, 0, 0, 0, 0)
    ours_all: list[str] = []
    human_all: list[str] = []
    lint: Counter[str] = Counter()
    gathered: list[int] = []  # notes per bullet
    for batch in batches:
        reference = args.references / f"{batch.clinic.id}.toml"
        if not reference.is_file():
            continue
        points = read_points(reference)
        output = process_clinic(batch, models, settings)
        bullets = [bullet.text for bullet in output.post.bullets]
        if args.posts is not None:
            args.posts.mkdir(parents=True, exist_ok=True)
            post_ = output.post
            lines = [f"# {post_.title}", "", post_.lead, "", *post_.paragraphs, ""]
            lines += [
                f"- {bullet.heading}: {bullet.text}" if bullet.heading else f"- {bullet.text}"
                for bullet in post_.bullets
            ]
            (args.posts / f"{batch.clinic.id}.md").write_text("\n".join(lines) + "\n", "utf-8")
        gathered += [len(bullet.note_ids) for bullet in output.post.bullets]
        ours = score(bullets, points, analyzer)
        ours_all += bullets
        total += ours
        clinic_lint = lint_bullets(bullets, linter, settings.summary.max_predicates)
        lint += clinic_lint
        row: dict[str, object] = {"clinic": batch.clinic.id, "system": "muistiinpanot"}
        row.update(_figures(ours, len(bullets)) | _lengths(bullets))
        row["lint"] = dict(clinic_lint)
        rows.append(row)
        post = args.references / f"{batch.clinic.id}.post.md"
        if post.is_file():
            human_bullets = read_post_bullets(post)
            human = score(human_bullets, points, analyzer)
            human_total += human
            human_all += human_bullets
            rows.append(
                {"clinic": batch.clinic.id, "system": "hand-written post"}
                | _figures(human, len(human_bullets))
                | _lengths(human_bullets)
                | {
                    "lint": dict(
                        lint_bullets(human_bullets, linter, settings.summary.max_predicates)
                    )
                }
            )
    rows.append(
        {"clinic": "overall", "system": "muistiinpanot"} | _figures(total, 0) | _lengths(ours_all)
    )
    if human_total.points:
        rows.append(
            {"clinic": "overall", "system": "hand-written post"}
            | _figures(human_total, 0)
            | _lengths(human_all)
        )
    notes = {
        "notes_per_bullet": round(sum(gathered) / max(len(gathered), 1), 2),
        "notes_per_sentence": round(sum(gathered) / max(lint["sentences"], 1), 2),
    }
    if args.json:
        print(json.dumps({"rows": rows, "lint": dict(lint)} | notes, ensure_ascii=False, indent=2))
        return
    print(f"{'clinic':28} {'system':18} {'bullets':>7} {'recall':>7} {'prec.':>7} {'F':>6} "
          f"{'points covered':>15} {'words/bullet':>13} {'sent./bullet':>13}")  # fmt: skip
    for row in rows:
        bullets = row["bullets"] or ""
        print(
            f"{row['clinic']!s:28} {row['system']!s:18} {bullets!s:>7} {row['recall']:>7.3f} "
            f"{row['precision']:>7.3f} {row['f1']:>6.3f} {row['covered']!s:>15} "
            f"{row['words_mean']:>6.1f} (≤{row['words_max']!s:>3}) "
            f"{row['sentences_mean']:>6.2f} (≤{row['sentences_max']!s})"
        )
    sentences = lint["sentences"]
    print(
        f"\nlint of our bullets: {sentences} sentences, {lint['no_finite_verb']} without a finite "
        f"verb, {lint['no_finite_predicate']} without a finite main predicate, "
        f"{lint['etta_etta']} with 'että' twice, {lint['spoken']} spoken forms left, "
        f"{lint['necessive_nominative']} necessive subjects in the nominative, "
        f"{lint['disagreement']} plural subjects before a singular verb, "
        f"{lint['unknown_words']} words Voikko does not know; {lint['clause_disagreement']} "
        f"plural subjects before a singular verb in any clause, {lint['unfit_verbs']} verb forms "
        f"Voikko does not read as the parse does, {lint['missing_commas']} subordinate clauses "
        f"without their comma, {lint['ungoverned_verbs']} finite verbs another verb governs, "
        f"{lint['parse_disagreement']} predicates disagreeing with a shared, coordinated or "
        f"following plural subject, {lint['predicate_chains']} chains of more "
        f"coordinated predicates than max_predicates, {lint['adverb_predicatives']} copulas "
        f"before an adverb of direction ('ovat julki'), {lint['contrast_commas']} contrasts "
        f"'X ei Y' without their comma"
    )
    print(
        f"notes gathered: {notes['notes_per_bullet']} per bullet, "
        f"{notes['notes_per_sentence']} per sentence"
    )


def _figures(result: Score, bullets: int) -> dict[str, object]:
    return {
        "bullets": bullets,
        "recall": round(result.recall, 3),
        "precision": round(result.precision, 3),
        "f1": round(result.f1, 3),
        "covered": f"{result.covered}/{result.points}",
    }


def _lengths(bullets: list[str]) -> dict[str, object]:
    """Words and sentences per bullet: mean and largest."""
    words = [len(_WORD.findall(text)) for text in bullets] or [0]
    sentences = [len(split_sentences(text)) for text in bullets] or [0]
    return {
        "words_mean": round(sum(words) / len(words), 1),
        "words_max": max(words),
        "sentences_mean": round(sum(sentences) / len(sentences), 2),
        "sentences_max": max(sentences),
    }


if __name__ == "__main__":
    main()
