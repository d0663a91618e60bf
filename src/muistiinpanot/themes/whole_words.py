"""A compound's part as the whole word the notes say (review 70 #2, review 80): the keywords
people are shown name "kulunvalvonta", not its "kulku" (keywords.keyword_lists); and a shown
keyword that is a compound's part of another shown one is left out beside it (mend175)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence


def whole_word(
    lemma: str, docs: Sequence[Sequence[str]], parts_of: Mapping[str, frozenset[str]] | None
) -> str | None:
    """The one whole word that holds `lemma` in every note of the theme with it, or None.
    Held means as a compound's part (`parts_of`, Voikko's parts: "jäämä" of "ylijäämäruoka"),
    or inside its text or a part's ("kirja" of "kirjasto", "ehtoinen" of
    "vapaaehtoistoiminta", whose part is "vapaaehtoinen"). Then no note says `lemma` as a word
    of its own, and the whole word is what the notes say ("ylijäämä" for "yli" and "jäämä",
    "selkokieli" for "selko": review 70 #2). The shortest holder counts, so a word's
    derivations are the word ("ristiriita" for "risti", of "ristiriita" and
    "ristiriitainen"). A part several words share ("radio" of "radioasema" and
    "radioteatteri") has no one word: it is what they have in common, and stays (as
    keywords._is_fragment keeps it)."""
    found = parts_of or {}

    def holds(other: str, part: str) -> bool:
        words = {other, *found.get(other, ())}
        return part in found.get(other, ()) or any(
            len(word) > len(part) and part in word for word in words
        )

    holders: set[str] = set()
    for doc in docs:
        if lemma not in doc:
            continue
        held = {other for other in doc if other != lemma and holds(other, lemma)}
        if not held:
            return None
        holders |= held
    # the shortest holders: a holder that holds another is its derivation or a longer compound
    roots = [h for h in holders if not any(g != h and holds(h, g) for g in holders)]
    return roots[0] if len(roots) == 1 else None


def add_shown(
    shown: list[str], word: str, echoes: Callable[[str, str], bool], dropped: set[str]
) -> None:
    """Append `word` (the next shown keyword in rank order) to `shown`, unless it echoes a
    word shown already (`echoes(part, compound)`: keywords._echoes, "luku" of "lukupiiri")
    or was left out so (`dropped`); a shown word that echoes `word` leaves `shown` for it
    (into `dropped`). Beside the compound the part only repeats it (mend175); the next
    ranked word takes the free place."""
    if word in dropped or any(echoes(word, other) for other in shown):
        dropped.add(word)
        return
    for part in [other for other in shown if echoes(other, word)]:
        shown.remove(part)
        dropped.add(part)
    shown.append(word)
