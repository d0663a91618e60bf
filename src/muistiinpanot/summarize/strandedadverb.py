"""A manner adverb stranded after a comma at the end of a clause (review 87, mend187):
"Vuoroista pitäisi sopia yhdessä koulujen kanssa, avoimesti." hangs "avoimesti" on after the
clause, as said; written Finnish has it inside, "… koulujen kanssa avoimesti.".

Only an adverb the parse marks as derived with -sti (`Derivation=Sti`: "avoimesti",
"selkeästi"), the one word after the sentence's last comma, whose head is a verb before the
comma, the clause's root, with no other verb and no comma between them (a subordinate or
coordinated clause there would take the adverb as its own once the comma goes: "Pitää
kertoa, mitä tehdään, selkeästi" stays), and no adverb right before the comma ("Kaikki
meni hyvin, varmasti"). A sentence adverb, which judges the whole clause
("…, valitettavasti": lexicons/commas.toml `sentence_adverbs`), and other adverbs
("…, onneksi", "…, varsinkin pienten kanssa") stay as they are."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.summarize.parsetree import join_words
from muistiinpanot.summarize.protocols import ParsedToken

_END = frozenset({".", "!", "?"})


def stranded_adverb(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence with the comma before its stranded manner adverb left out (see the
    module doc); None when it has none."""
    last = len(tokens) - 1
    while last >= 0 and tokens[last].pos == "PUNCT" and tokens[last].text in _END:
        last -= 1
    comma = last - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    adverb = tokens[last]
    if adverb.pos != "ADV" or "Derivation=Sti" not in adverb.morph:
        return None
    if adverb.text.lower() in read_lexicon("commas")["sentence_adverbs"]["words"]:
        return None
    head = adverb.head
    if not 0 <= head < comma or tokens[head].pos != "VERB" or tokens[head].dep != "ROOT":
        return None
    if tokens[comma - 1].pos == "ADV":
        return None
    between = tokens[head + 1 : comma]
    if any(t.pos in ("VERB", "AUX", "SCONJ") or t.text in (",", ";", ":") for t in between):
        return None
    return join_words(tokens, [i for i in range(len(tokens)) if i != comma], None)
