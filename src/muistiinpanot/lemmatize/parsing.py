"""Dependency parses of texts: the model's parser (its pipeline loaded on first use, sharing
the lemmatizing pipeline's vocabulary, vectors and tokenizer) or the Voikko-only reading
(lemmatize/reading.py: no parser network)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Literal

from muistiinpanot.lemmatize.blas import single_threaded_blas
from muistiinpanot.lemmatize.docs import parsed_tokens
from muistiinpanot.lemmatize.lemmatizer import Lemmatizer
from muistiinpanot.lemmatize.pipes import load_parsing
from muistiinpanot.lemmatize.reading import read_tokens
from muistiinpanot.lemmatize.tokens import LemmaToken, ParsedToken
from muistiinpanot.lemmatize.voikko import VoikkoCache

__all__ = ["Parser", "Reading"]

Reading = Literal["parser", "voikko"]


class Parser:
    """Parses texts as `reading` says: "parser" runs the model's parser over `nlp`'s
    vocabulary, lemmas by `lemmatizer`; "voikko" reads clauses over the lemmas
    `lemmatize_words` gives the tokens of `nlp`'s tokenizer (the analyzer's own:
    LemmaAnalyzer.analyze_pretokenized), the auxiliary and its verb at most `auxiliary_gap`
    words apart."""

    def __init__(
        self,
        nlp: Any,
        reading: Reading,
        lemmatizer: Lemmatizer,
        lemmatize_words: Callable[[Sequence[Sequence[str]]], list[list[LemmaToken]]],
        voikko: VoikkoCache,
        auxiliary_gap: int,
        batch_size: int,
    ) -> None:
        self._nlp = nlp
        self.reading = reading
        self._lemmatizer = lemmatizer
        self._lemmatize_words = lemmatize_words
        self._voikko = voikko
        self._auxiliary_gap = auxiliary_gap
        self._batch_size = batch_size
        self._parser: Any = None
        self._lock = threading.Lock()

    def parse(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        """The parsed tokens of each text."""
        if self.reading == "voikko":
            return self._read(texts)
        with self._lock:  # loaded once, whichever thread comes first
            if self._parser is None:
                self._parser = load_parsing(self._nlp)
        with single_threaded_blas():
            docs = list(self._parser.pipe(texts, batch_size=self._batch_size))
        return [parsed_tokens(doc, self._lemmatizer) for doc in docs]

    def _read(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        docs = [self._nlp.tokenizer(text) for text in texts]
        words = [[token.text for token in doc] for doc in docs]
        lemmas = self._lemmatize_words(words)
        return [
            read_tokens(
                said,
                [bool(token.whitespace_) for token in doc],
                lemmas_of,
                self._voikko,
                self._auxiliary_gap,
            )
            for said, doc, lemmas_of in zip(words, docs, lemmas, strict=True)
        ]
