"""The post's title: one statement of the clinic's main point, as the clinic blog's title is
(`../shared/seeds/`, its first line: one clause, no lead-in, no prefix). The main theme is the
one the most groups wrote notes on; of its bullets' sentences that are short full clauses
standing alone (`statement_problem`), the one whose point the most groups made (`Support`; by
default a note written word for word in two groups) is the title. Otherwise a fallback names
the clinic and the theme the opening paragraph names first, the one of the most notes
("Talvipyöräily kunnan arjessa: eniten puhutti auraus"), so that the title and the opening
never disagree on which theme was discussed most (review 40 #12), or is the clinic title
alone when that names the theme already or the opening names none as the largest
(texts.fallback_title). Why a title is no statement is said in Finnish and English
(`reason_text`, summary.json `title_from.reason`)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import numpy as np
import numpy.typing as npt

from muistiinpanot.privacy import find_published_data
from muistiinpanot.records import Bullet, Clinic, Theme
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.predicate import has_finite_predicate
from muistiinpanot.summarize.protocols import ParsedToken, Speller, SummaryAnalyzer
from muistiinpanot.summarize.texts import fallback_title, prose_label
from muistiinpanot.summarize.tidy_sentences import split_sentences
from muistiinpanot.summarize.titlepoints import Point, PointWords, same_point

#: A lead-in the bullets put before a sentence (pieces.Voice): the title states the point.
_LEAD_IN = re.compile(
    r"^(?:(?:Ryhmien|Ryhmän|Osallistujien|Yhden ryhmän|Erään ryhmän) mukaan"
    r"|(?:Ryhmissä|Ryhmässä|Yhdessä ryhmässä) todettiin, että)\s+"
)


@dataclass(frozen=True, slots=True)
class Title:
    """The title, the main theme's id ("" for none), how it was made ("statement",
    "fallback" or "name"), when it is no statement, why not, and for a statement the notes
    that made its point (summary.json `title_from`)."""

    text: str
    theme: str
    kind: str
    reason: str = ""
    note_ids: tuple[str, ...] = ()


def main_theme(
    themes: Sequence[Theme],
    members: Mapping[str, Sequence[str]],
    note_groups: Mapping[str, frozenset[str]],
) -> Theme | None:
    """The theme of `themes` (strongest first) whose notes the most groups wrote, a note's
    word-for-word repeat in another group counted (pieces.note_groups); of equals the first.
    Only a theme whose label is a noun phrase (not "Muita nostoja: …")."""
    best, most = None, 0
    for theme in themes:
        if not prose_label(theme.label):
            continue
        found = set().union(*(note_groups.get(i, frozenset()) for i in members.get(theme.id, ())))
        if len(found) > most:
            best, most = theme, len(found)
    return best


def build_title(
    clinic: Clinic,
    theme: Theme | None,
    bullets: Sequence[Bullet],
    support: Support,
    analyzer: SummaryAnalyzer,
    settings: TitleSettings,
    allowed: Iterable[str] = (),
    largest: Theme | None = None,
) -> Title:
    """The title: of the sentences of `theme`'s bullets that pass `statement_problem` with
    at most `settings.words` words, the one whose point the most groups made (`Support`), at
    least `settings.groups` of them, the first of equals; the fallback otherwise (also with
    `settings.words` 0), which names `largest`, the theme the opening names first
    (`opening_theme`), or the clinic alone when that is None."""
    if theme is None:
        return Title(fallback_title(clinic, None), "", "name", "no theme")
    texts = [b.text for b in bullets if b.theme == theme.id]
    sentences = [s for text in texts for s in split_sentences(text)]
    if not sentences or settings.words <= 0:
        return _fallback(clinic, largest, "no bullet" if not sentences else "off", analyzer.voikko)
    best, most, reason, near = "", 0, "", 0
    behind: tuple[str, ...] = ()
    parsing = _ParsedOnce(analyzer)
    for sentence in sentences:
        statement = _LEAD_IN.sub("", sentence).strip()
        statement = statement[:1].upper() + statement[1:]
        problem = statement_problem(statement, analyzer, settings.words, allowed, parsing)
        if problem:
            reason = reason or problem
            continue
        notes = support.notes(statement, parsing)
        groups = support.groups(notes)
        near = max(near, len(set().union(*(support.near.get(i, frozenset()) for i in notes))))
        if groups > most:
            best, most, behind = statement, groups, notes
    # "one group's point" only when no other group's note shares a word of it (review 50 #1)
    # and always so when the same point in other words is counted (support.share: post49)
    shared = near >= settings.groups and support.share <= 0
    alone = "no shared wording" if shared else "one group's point"
    if not best:  # no sentence passed, or none shares a word with a note of the theme
        return _fallback(clinic, largest, reason or alone, analyzer.voikko)
    if most < settings.groups:
        return _fallback(clinic, largest, alone, analyzer.voikko)
    return Title(best.rstrip("."), theme.id, "statement", note_ids=behind)


@dataclass(frozen=True, slots=True)
class TitleSettings:
    """`words`: the most words a statement title has (0: always the fallback); `groups`: the
    fewest groups that must have made its point ([summary] title_words, title_groups)."""

    words: int
    groups: int


@dataclass(frozen=True, slots=True)
class Support:
    """The main theme's kept notes (id → content lemmas) and each note's groups: a sentence's
    point is that of the note of the theme it shares the most content lemmas with, and the
    groups that made it are that note's (its word-for-word repeats in other groups
    counted: pieces.note_groups) and, with `shared` above 0, those of the theme's notes
    sharing at least `shared` of its content lemmas with it (the same point in other words),
    not counting the lemmas in more than the share `common` of the theme's notes."""

    lemmas: Mapping[str, frozenset[str]]
    note_groups: Mapping[str, frozenset[str]]
    shared: int = 0
    common: float = 1.0
    near: Mapping[str, frozenset[str]] = field(default_factory=dict)  # pieces.point_groups
    #: with `share` above 0, the notes' point words (titlepoints.PointWords) and the reader
    #: of a sentence's: its point is also made by the notes titlepoints.same_point finds
    points: Mapping[str, Point] = field(default_factory=dict)
    share: float = 0.0
    words: PointWords | None = None

    def notes(self, sentence: str, analyzer: SummaryAnalyzer) -> tuple[str, ...]:
        """The notes that make the point of `sentence`, the one it says first."""
        (tokens,) = analyzer.parse([sentence])
        said = {t.lemma.lower() for t in tokens if t.pos in _CONTENT}
        if not self.lemmas or not said:
            return ()
        source = max(sorted(self.lemmas), key=lambda i: len(self.lemmas[i] & said))
        if not self.lemmas[source] & said:
            return ()
        if self.share > 0 and self.words is not None:  # the same point in other words
            said_point = self.words.of_tokens(tokens)
            heard = same_point(said_point, self.points, self.share, self.words.least)
            return (source, *(i for i in heard if i != source))
        if self.shared <= 0:  # only the note and its word-for-word repeats
            return (source,)
        point = self.lemmas[source] - self._common()
        same = sorted(i for i, found in self.lemmas.items() if len(found & point) >= self.shared)
        return (source, *(i for i in same if i != source))

    def _common(self) -> frozenset[str]:
        """The lemmas in more than `common` of the theme's notes: the theme's own words
        ("kokeilu" in a theme of experiments), which say no point alone."""
        counts = Counter(lemma for found in self.lemmas.values() for lemma in found)
        return frozenset(x for x, n in counts.items() if n > self.common * len(self.lemmas))

    def groups(self, note_ids: Iterable[str]) -> int:
        """The number of groups that wrote the notes (or repeated them word for word)."""
        return len(set().union(*(self.note_groups.get(i, frozenset()) for i in note_ids)))


_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV"})


def statement_problem(
    sentence: str,
    analyzer: SummaryAnalyzer,
    max_words: int,
    allowed: Iterable[str] = (),
    parsing: SummaryAnalyzer | None = None,
) -> str:
    """Why `sentence` cannot be the title ("" when it can): more than `max_words` words, a
    question, no finite main predicate, a hedge or a word that leans on text before it
    (lexicons/tone.toml `hedge`, `leaning`; "voisi", "saattaisi"; the potential mood), a
    personal or demonstrative pronoun or a verb in the first or second person (whose point
    is it, and what does "se" refer to?), any problem of summarize/lint.py, or personal data
    where the title is read alone (privacy.find_published_data). `parsing`: `analyzer` with
    its parses kept (`_ParsedOnce`), for the parse and the lint; the privacy check reads
    `analyzer` itself (its settings and findings are kept by analyzer)."""
    if len(sentence.split()) > max_words:
        return "too long"
    if sentence.rstrip().endswith("?"):
        return "a question"
    reader = analyzer if parsing is None else parsing
    (tokens,) = reader.parse([sentence])
    if not has_finite_predicate(tokens):
        return "no finite predicate"
    if any(_hedge(token) for token in tokens):
        return "a hedge"
    if any(_leaning(token) for token in tokens):
        return "leans on text before it"
    lint = lint_bullets([sentence], reader)
    if any(count for key, count in lint.items() if key != "sentences"):
        return "a lint problem"
    (found,) = find_published_data([sentence.rstrip(".")], analyzer, allowed=allowed)
    if found:
        return "personal data"
    return ""


class _ParsedOnce:
    """`analyzer` whose `parse` answers a list of texts asked before from its first answer
    (copies of its token lists): a title candidate's check, its lint and its support each
    parse the same one sentence, and the parse of the same texts is the same."""

    def __init__(self, analyzer: SummaryAnalyzer) -> None:
        self._analyzer = analyzer
        self._parses: dict[tuple[str, ...], Sequence[Sequence[ParsedToken]]] = {}

    @property
    def voikko(self) -> Speller:
        return self._analyzer.voikko

    def word_vector(self, word: str) -> npt.NDArray[np.float32]:
        return self._analyzer.word_vector(word)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        return self._analyzer.person_spans(texts)

    def parse(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        key = tuple(texts)
        found = self._parses.get(key)
        if found is None:
            found = self._parses[key] = self._analyzer.parse(texts)
        return [list(tokens) for tokens in found]


def _fallback(
    clinic: Clinic, theme: Theme | None, reason: str, speller: Speller | None = None
) -> Title:
    text = fallback_title(clinic, theme, speller)
    kind = "name" if text == fallback_title(clinic, None) else "fallback"
    return Title(text, theme.id if theme else "", kind, reason)


def _hedge(token: ParsedToken) -> bool:
    words = {token.lemma.lower(), token.text.lower()}
    if words & _tone_words("hedge"):
        return True
    if "Mood=Pot" in token.morph:
        return True
    return token.lemma.lower() in ("voida", "saattaa") and "Mood=Cnd" in token.morph


def _leaning(token: ParsedToken) -> bool:
    if {token.lemma.lower(), token.text.lower()} & _tone_words("leaning"):
        return True
    if token.pos == "PRON" and re.search(r"PronType=(?:Prs|Dem)", token.morph):
        return True
    return re.search(r"Person=[12]", token.morph) is not None and token.pos in ("VERB", "AUX")


@functools.cache
def _tone_words(table: str) -> frozenset[str]:
    text = resources.files("muistiinpanot.lexicons").joinpath("tone.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)[table]["adverbs"])
