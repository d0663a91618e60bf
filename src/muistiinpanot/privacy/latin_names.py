"""The Latin-script names of a Faker person provider (gazetteer.py reads every provider):
its own name lists, with names in Cyrillic letters transliterated the Finnish and the English
way ("Юлия" → "julija", "yuliya") and names in other scripts dropped."""

from __future__ import annotations

from collections.abc import Iterable

#: Highest code point of the Latin letters kept (Latin-1, Latin Extended-A and -B).
_LATIN_END = 0x250
#: Each Cyrillic letter in the Finnish (SFS 4900-like) and the English way of writing it in
#: Latin letters ("Юлия" → "julija", "yuliya"); a letter missing here drops the name.
_TRANSLIT: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("g", "g"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "ё": ("jo", "yo"), "є": ("je", "ye"), "ж": ("z", "zh"),
    "з": ("z", "z"), "и": ("i", "i"), "і": ("i", "i"), "ї": ("ji", "yi"), "й": ("i", "y"),
    "к": ("k", "k"), "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"),
    "п": ("p", "p"), "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"),
    "ф": ("f", "f"), "х": ("h", "kh"), "ц": ("ts", "ts"), "ч": ("tš", "ch"),
    "ш": ("š", "sh"), "щ": ("štš", "shch"), "ъ": ("", ""), "ы": ("y", "y"), "ь": ("", ""),
    "э": ("e", "e"), "ю": ("ju", "yu"), "я": ("ja", "ya"), "'": ("", ""), "-": ("-", "-"),
    "’": ("", ""),
}  # fmt: skip


def provider_names(
    provider: type, attributes: Iterable[str], *, cyrillic: bool = False
) -> set[str]:
    """The provider's own (not inherited) name lists among `attributes`; a list may be a
    tuple or a dict of weights; `cyrillic`: names in Cyrillic letters, transliterated."""
    names: set[str] = set()
    for attribute in attributes:
        value = vars(provider).get(attribute)
        if not isinstance(value, tuple | list | dict):
            continue
        for name in value:
            if not isinstance(name, str):
                continue
            if cyrillic:
                names.update(_transliterations(name.casefold()))
            elif _latin_word(name):
                names.add(name.casefold())
    return names


def _transliterations(name: str) -> set[str]:
    """A Cyrillic name in Latin letters, the Finnish and the English way (none when a
    letter has no transliteration)."""
    if not all(letter in _TRANSLIT for letter in name):
        return set()
    return {"".join(_TRANSLIT[letter][way] for letter in name) for way in (0, 1)}


def _latin_word(name: str) -> bool:
    letters = name.replace("-", "").replace("'", "")
    return bool(letters) and all(c.isalpha() and ord(c) < _LATIN_END for c in letters)
