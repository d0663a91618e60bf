"""How common a word is in a language's text: wordfreq's Zipf scale (log10 of uses per
billion words: 6 about once in a thousand words, 3 once in a million; 0 for a word the list
lacks). The one door to wordfreq for the lemmatizer, the themes' labels, the privacy rules and
the summary. wordfreq is imported on the first call: importing it and reading a language's
list costs about half a CPU second, which start-up and a run that asks nothing need not pay."""

from __future__ import annotations


def zipf(word: str, language: str = "fi") -> float:
    """The Zipf frequency of `word`, as written, in `language` (Finnish by default)."""
    from wordfreq import zipf_frequency  # imported here: start-up need not load it

    return float(zipf_frequency(word, language))
