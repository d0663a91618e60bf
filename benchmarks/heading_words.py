"""Published bullet headings as a reader holds them against their bullet (issue 12, labels
round 24), counted by rules fixed before any output was read, over the posts
`summary_sets.py --posts DIR` wrote (each `*.json` beside its `.md`):

    python benchmarks/summary_sets.py --sets corpus summary_heldout … --json F --posts DIR
    python benchmarks/heading_words.py DIR [--list]

  unsaid   a headed bullet (not the remainder "Muita nostoja") whose heading has a word
           that none of the bullet's sentences says: no word of the bullet has a base form
           or compound part (Voikko's, four letters or more) holding that word's base form
           or a compound part of it (summarize.choose.unnamed's rule, per heading word), or
           for a base of three letters or fewer one equal to it ("ovi" of "ovelle";
           summarize.headingwords.says);
  lone     a heading of one word (a trailing number aside);
  title    the title names such an unsaid heading (title_from.kind "fallback" and its
           theme's heading is unsaid).

Emergent and seeded themes are counted apart: a seeded label names a theme in words its
notes need not use ("Siilot")."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from muistiinpanot.lemmatize.voikko import VoikkoCache
from muistiinpanot.summarize.headingwords import heading_words_unsaid

_REMAINDER = "Muita nostoja"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path)
    parser.add_argument("--list", action="store_true", help="print every unsaid heading")
    args = parser.parse_args()
    voikko = VoikkoCache()
    counts: Counter[str] = Counter()
    for path in sorted(args.posts.glob("*.json")):
        if path.name.endswith(".notes.json"):
            continue
        post = json.loads(path.read_text("utf-8"))
        kinds = {theme["id"]: theme["kind"] for theme in post.get("themes", [])}
        unsaid_themes: set[str] = set()
        counts["posts"] += 1
        texts: dict[tuple[str, str], list[str]] = {}
        for bullet in post.get("bullets", []):  # a second bullet is printed under the first
            heading = bullet.get("heading", "")
            if heading and not heading.startswith(_REMAINDER):
                texts.setdefault((bullet["theme"], heading), []).append(bullet["text"])
        for (theme, heading), said in texts.items():
            kind = kinds.get(theme, "?")
            counts[f"{kind} headings"] += 1
            if len(re.sub(r"\s+\d+$", "", heading).split()) == 1:
                counts[f"{kind} lone"] += 1
            missing = heading_words_unsaid(heading, " ".join(said), voikko)
            if missing:
                counts[f"{kind} unsaid"] += 1
                counts[
                    f"{kind} unsaid all"
                    if len(missing) == len(heading.split()) - heading.count(" ja ")
                    else f"{kind} unsaid some"
                ] += 1
                unsaid_themes.add(theme)
                if args.list:
                    print(
                        f"{path.stem}\t{kind}\t{heading}\t{','.join(missing)}\t{' / '.join(said)}"
                    )
        source = post.get("title_from", {})
        if source.get("kind") == "fallback" and source.get("theme") in unsaid_themes:
            counts["title unsaid"] += 1
            if args.list:
                print(f"{path.stem}\tTITLE\t{post['title']}")
    for key in sorted(counts):
        print(f"{key:20} {counts[key]}", file=sys.stderr if args.list else sys.stdout)


if __name__ == "__main__":
    main()
