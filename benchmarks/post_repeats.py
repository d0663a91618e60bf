"""Bullets of a post that say again what an earlier bullet of it says (summary36, review 46
#5), by summarize/postrepeats.py's rule and the [summary] defaults (or the values given),
over the posts summary_sets.py wrote (`--posts D`; each clinic's summary.json trace):

    python benchmarks/summary_sets.py --sets corpus summary_heldout ... --posts D
    python benchmarks/post_repeats.py D [--share 0.66] [--common 5.5] [--list]

It counts the bullets (a "Muita nostoja" line and a theme's second bullet each one) each of
whose sentences repeats a sentence of an earlier bullet, so a run with `post_repeats` off
shows what the rule would take out, and a run with it on shows none (a check)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from muistiinpanot.lemmatize.voikko import VoikkoCache
from muistiinpanot.summarize.postrepeats import repeated_sentence, repeats_post, sentences
from muistiinpanot.summarize.settings import SummarySettings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("posts", type=Path)
    parser.add_argument("--share", type=float, default=SummarySettings().repeat_share)
    parser.add_argument("--common", type=float, default=SummarySettings().repeat_common)
    parser.add_argument("--list", action="store_true", help="print each repeat and its source")
    args = parser.parse_args()
    voikko = VoikkoCache()
    posts = bullets = repeated = 0
    for path in sorted(args.posts.glob("*.json")):
        if path.name.endswith(".notes.json"):
            continue
        posts += 1
        texts = [bullet["text"] for bullet in json.loads(path.read_text("utf-8"))["bullets"]]
        for i, text in enumerate(texts):
            bullets += 1
            if not repeats_post(text, texts[:i], voikko, args.share, args.common):
                continue
            repeated += 1
            if args.list:
                said = [s for earlier in texts[:i] for s in sentences(earlier)]
                for own in sentences(text):
                    source = repeated_sentence(own, said, voikko, args.share, args.common)
                    print(f"{path.stem}\n   {own}\n   = {source}")
    print(f"{posts} posts, {bullets} bullets: {repeated} repeat an earlier bullet")


if __name__ == "__main__":
    main()
