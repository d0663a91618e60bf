"""Would the stranded adverb's moved sentence read the same from the parse it already has
(the comma token dropped, heads above it shifted) as from a re-parse? Sentences of our own
(style178). usage: python benchmarks/stranded_same_parse.py"""

from __future__ import annotations

import dataclasses
import time

from muistiinpanot.lemmatize import load_analyzer
from muistiinpanot.summarize.strandedadverb import stranded_adverb

SENTENCES = [
    "Vuoroista pitäisi sopia yhdessä koulujen kanssa, avoimesti.",
    "Asiasta pitää kertoa vanhemmille, selkeästi.",
    "Palaute pitäisi antaa heti, rakentavasti.",
    "Johto viestii muutoksista, epäselvästi.",
    "Kokoukset pitää valmistella, huolellisesti.",
    "Tiimi tekee työnsä, tehokkaasti.",
    "Rahat pitäisi jakaa kunnille, oikeudenmukaisesti.",
    "Uudet työntekijät pitää perehdyttää, kunnolla.",
    "Hankinnat pitäisi kilpailuttaa, läpinäkyvästi.",
    "Tiedotteet lähetetään kotiin, myöhäisesti.",
]

analyzer = load_analyzer()
for sentence, tokens in zip(SENTENCES, analyzer.parse(SENTENCES), strict=True):
    moved = stranded_adverb(tokens)
    if not moved:
        print("no hit:", sentence)
        continue
    comma = max(i for i, t in enumerate(tokens) if t.text == ",")
    derived = [
        dataclasses.replace(t, head=t.head - (t.head > comma))
        for i, t in enumerate(tokens)
        if i != comma
    ]
    start = time.process_time()
    again = analyzer.parse([moved])[0]
    took = time.process_time() - start
    fields = ("pos", "dep", "head", "lemma", "morph")
    differ = [
        a.text
        for a, b in zip(derived, again, strict=False)
        if any(getattr(a, f) != getattr(b, f) for f in fields)
    ]
    same = not differ and len(derived) == len(again)
    print("same" if same else f"DIFF {differ}", f"{took:.4f} s", moved)
