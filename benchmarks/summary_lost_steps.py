"""Which step of the bullet drops each note of a point summary_lost.py lists as lost (summary33):
reruns the clinics of those points through the pipeline, records every composition of a
theme's bullet, and names for each note that backs the point (summary_lost's rule: its gold
label's notes sharing two of the point's content lemmas) the last step it reached:

    python benchmarks/summary_lost.py DIR --json L.json
    python benchmarks/summary_lost_steps.py DIR L.json [--causes not-chosen,no-piece]

- `not-member`: not among the notes the bullet was built from (the theme's boundary,
  summarize/eligible.py; a second bullet's members are the notes its first did not use);
- `no-pieces`: the note offers no piece (notepieces.parse_pieces);
- `not-in-pool`: its pieces were held back (an emergent theme's notes that use none of its
  naming keywords, a noun phrase of a problem, a piece that repeats the first bullet);
- `not-offered`: compose's grammar check or `_openable` (first person, length) took it out;
- `not-selected`: select_points (MMR, budget, no distinctive lemma beyond those covered);
- `not-rendered`: chosen, but gather.render_bullet's `max_sentences` / `max_words` slots took
  other units (shown with its place in MMR order);
- `OPENING` / `SAID`: the bullet says it.

Each note also shows `g`, how many groups make its point by the note's own words (notes of the
theme sharing two content words with it, a compound with its parts one word, words in more than
half the theme's notes not counted): what a rule "a point several groups made replaces a
one-group point" could see. It patches private functions of summarize/ (bullets._composer,
compose._opening, compose.select_points) to record them; the pipeline's output is unchanged."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import muistiinpanot.summarize.bullets as bullets_module
import muistiinpanot.summarize.compose as compose_module
from muistiinpanot.app.pipeline import analyze_notes, known_clinic_names, publish_clinic
from muistiinpanot.records import Note

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary_lost import read_clinics  # noqa: E402
from summary_quality import lemma_sets, read_sets  # noqa: E402

Call = dict[str, Any]
_CALLS: list[Call] = []
_NOW: Call = {}


def _words(lemmas: Sequence[str]) -> list[frozenset[str]]:
    """A note's content words, a compound with its parts (listed after it) as one word."""
    words: list[set[str]] = []
    for lemma in (x.lower() for x in lemmas):
        if words and lemma != max(words[-1], key=len) and lemma in max(words[-1], key=len):
            words[-1].add(lemma)
        else:
            words.append({lemma})
    return [frozenset(word) for word in words]


def point_groups(members: Sequence[Note]) -> dict[str, int]:
    """Per note, the groups of the theme's notes that share two of its content words, words
    in more than half of the notes not counted (itself included)."""
    words = {n.id: _words(n.content_lemmas) for n in members}
    lemmas = {i: frozenset().union(*found) for i, found in words.items()}
    counts = Counter(lemma for found in lemmas.values() for lemma in found)
    common = frozenset(x for x, c in counts.items() if c > 0.5 * len(lemmas))
    group = {n.id: n.group for n in members}
    result = {}
    for note, found in words.items():
        point = [w for w in found if not w & common]
        peers = {o for o, theirs in lemmas.items() if sum(bool(w & theirs) for w in point) >= 2}
        result[note] = len({group[o] for o in peers | {note}})
    return result


def _patch() -> None:
    composer, opening, select = (
        bullets_module._composer,
        compose_module._opening,
        compose_module.select_points,
    )
    compose_bullet = bullets_module.compose_bullet

    def recorded_composer(theme, members, index, inputs, *rest, **named):  # type: ignore[no-untyped-def]
        build = composer(theme, members, index, inputs, *rest, **named)
        first = rest[2] if len(rest) > 2 else named.get("first", ())

        def compose(excluded: set[str]) -> tuple[str, list[tuple[str, str]]]:
            _NOW.clear()
            _NOW.update(
                theme=theme.id,
                second=bool(first),
                members=[m.id for m in members],
                pieces={m.id: bool(inputs.pieces.get(m.id)) for m in members},
                excluded=set(excluded),
                groups=point_groups(members),
            )
            text, used = build(excluded)
            _CALLS.append({**_NOW, "used": [i for i, _ in used], "text": text})
            return text, used

        return compose

    def recorded_bullet(pieces, *rest, **named):  # type: ignore[no-untyped-def]
        _NOW["pool"] = {p.note_id for p in pieces}
        return compose_bullet(pieces, *rest, **named)

    def recorded_opening(clauses, *rest, **named):  # type: ignore[no-untyped-def]
        chosen = opening(clauses, *rest, **named)
        _NOW["opening"] = chosen.note_id
        return chosen

    def recorded_select(opening_piece, offers, *rest, **named):  # type: ignore[no-untyped-def]
        chosen = select(opening_piece, offers, *rest, **named)
        _NOW.update(offers=set(offers), chosen=[p.note_id for p in chosen])
        return chosen

    bullets_module._composer = recorded_composer  # type: ignore[assignment]
    bullets_module.compose_bullet = recorded_bullet  # type: ignore[assignment]
    compose_module._opening = recorded_opening  # type: ignore[assignment]
    compose_module.select_points = recorded_select  # type: ignore[assignment]


def step(call: Call, note: str) -> str:
    """The last step of `call` (one composition of a bullet) that `note` reached."""
    chosen = call.get("chosen", [])
    checks: list[tuple[bool, Callable[[], str]]] = [
        (note not in call["members"], lambda: "not-member"),
        (not call["pieces"].get(note), lambda: "no-pieces"),
        (note in call["excluded"], lambda: "excluded"),
        (note not in call.get("pool", ()), lambda: "not-in-pool"),
        (call.get("opening") == note, lambda: "OPENING"),
        (note not in call.get("offers", ()), lambda: "not-offered"),
        (note not in chosen, lambda: "not-selected"),
        (
            note not in call["used"],
            lambda: f"not-rendered(#{chosen.index(note) + 1} of {len(chosen)})",
        ),
    ]
    return next((name() for failed, name in checks if failed), "SAID")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path, help="summary_sets.py's --posts folder")
    parser.add_argument("lost", type=Path, help="summary_lost.py's --json file")
    parser.add_argument("--causes", default="not-chosen")
    args = parser.parse_args()
    causes = args.causes.split(",")
    rows = json.loads(args.lost.read_text("utf-8"))
    lost = [
        r for r in rows if r["kind"] == "point" and not r["covered"] and r.get("cause") in causes
    ]
    wanted = {(r["set"], r["clinic"]) for r in lost}
    stored = {(c.set, c.id): c for c in read_clinics(args.posts)}
    _patch()
    tally: Counter[str] = Counter()
    for name, _, _, settings, batches, models in read_sets(sorted({s for s, _ in wanted}), None):
        for batch in batches:
            if (name, batch.clinic.id) not in wanted:
                continue
            notes, themes = analyze_notes(batch.notes, models, settings)
            _CALLS.clear()
            publish_clinic(
                batch.clinic,
                notes,
                themes,
                models,
                settings.summary,
                known_clinic_names(notes, models),
            )
            final = {(c["theme"], c["second"]): c for c in _CALLS}  # the last composition
            clinic = stored[(name, batch.clinic.id)]
            ids = [i for i in clinic.notes if i in clinic.gold]
            texts = [str(clinic.notes[i]["text"]) for i in ids]
            note_lemmas = dict(zip(ids, lemma_sets(texts, models.analyzer), strict=True))
            for row in (r for r in lost if (r["set"], r["clinic"]) == (name, batch.clinic.id)):
                point = lemma_sets([row["text"]], models.analyzer)[0]
                least = 1 if len(point) <= 3 else 2
                print(f"\n{name}/{batch.clinic.id} [{row['cause']}] {row['label']}: {row['text']}")
                furthest = ""
                for i in ids:
                    if clinic.gold[i] != row["label"] or len(point & note_lemmas[i]) < least:
                        continue
                    theme = clinic.notes[i]["theme"]
                    calls = [(s, c) for (t, s), c in sorted(final.items()) if t == theme]
                    steps = [f"{'2nd' if s else '1st'}:{step(c, i)}" for s, c in calls]
                    groups = calls[0][1]["groups"].get(i, 0) if calls else 0
                    if any("not-rendered" in s for s in steps):
                        furthest = "not-rendered"
                    print(
                        f"   g={groups} {str(clinic.notes[i]['group'])[:10]:10} {theme!s:20} "
                        f"{' '.join(steps) or 'no bullet'} | {clinic.notes[i]['text']}"
                    )
                tally[furthest or "other"] += 1
    print(f"\n{sum(tally.values())} points: " + ", ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    main()
