"""Finnish lemmas with spaCy's Finnish model and libvoikko.

FIRST VERSION: runs the model's own Voikko lemmatizer without parser and NER. To be replaced
by our own lemmatizer over cached Voikko analyses (see lemmatize/compounds.py).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from muistiinpanot.lemmatize.voikko import VoikkoCache

logger = logging.getLogger(__name__)

Mode = Literal["accurate", "fast"]
MODEL_NAME = "spacy_fi_experimental_web_md"


@dataclass(frozen=True, slots=True)
class LemmaToken:
    """One token: its text, lemma (lowercase except names), universal POS tag, whether it is a
    stop word or punctuation, and the lemmas of its compound parts (empty when not a compound)."""

    text: str
    lemma: str
    pos: str
    is_stop: bool = False
    is_punct: bool = False
    compound_parts: tuple[str, ...] = ()


class LemmaAnalyzer:
    """Lemmatizes Finnish text. `mode="accurate"` uses the neural tagger for disambiguation;
    `mode="fast"` uses Voikko alone."""

    def __init__(self, mode: Mode = "accurate", batch_size: int = 256) -> None:
        import spacy

        self.mode = mode
        self.batch_size = batch_size
        self.voikko = VoikkoCache()
        self._nlp: Any = spacy.load(MODEL_NAME, exclude=["parser", "ner"])
        self._ner: Any = None

    @property
    def nlp(self) -> Any:
        return self._nlp

    def analyze(self, texts: Sequence[str]) -> list[list[LemmaToken]]:
        """Tokenize and lemmatize each text."""
        return [self._tokens(doc) for doc in self._nlp.pipe(texts, batch_size=self.batch_size)]

    def analyze_pretokenized(self, sentences: Sequence[Sequence[str]]) -> list[list[LemmaToken]]:
        """Lemmatize sentences already split into tokens: exactly one LemmaToken per token."""
        from spacy.tokens import Doc

        docs = (Doc(self._nlp.vocab, words=list(words)) for words in sentences)
        return [self._tokens(doc) for doc in self._nlp.pipe(docs, batch_size=self.batch_size)]

    def word_vector(self, word: str) -> npt.NDArray[np.float32]:
        """The model's floret vector of `word` (subword-based, so never missing)."""
        return np.asarray(self._nlp.vocab.get_vector(word), dtype=np.float32)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Character spans of person names (spaCy NER, label PERSON) in each text."""
        if self._ner is None:
            import spacy

            self._ner = spacy.load(
                MODEL_NAME,
                exclude=["tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler",
                         "lemmatizer"],
            )
        spans: list[list[tuple[int, int]]] = []
        for doc in self._ner.pipe(texts, batch_size=self.batch_size):
            spans.append(
                [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]
            )
        return spans

    def _tokens(self, doc: Any) -> list[LemmaToken]:
        tokens = []
        for token in doc:
            lemma = token.lemma_ or token.text.lower()
            parts = self._compound_parts(token.text, lemma)
            tokens.append(
                LemmaToken(
                    text=token.text,
                    lemma=lemma if token.pos_ == "PROPN" else lemma.lower(),
                    pos=token.pos_,
                    is_stop=bool(token.is_stop),
                    is_punct=bool(token.is_punct or token.is_space),
                    compound_parts=parts,
                )
            )
        return tokens

    def _compound_parts(self, form: str, lemma: str) -> tuple[str, ...]:
        for analysis in self.voikko.analyze(form):
            if analysis.get("BASEFORM", "").lower() != lemma.lower():
                continue
            bases = analysis.get("WORDBASES", "")
            parts = [b.split("(")[-1].rstrip(")") for b in bases.split("+") if b]
            parts = [p for p in parts if p and not p.startswith("+") and len(p) > 1]
            if len(parts) > 1:
                return tuple(parts)
            return ()
        return ()


@functools.lru_cache(maxsize=2)
def load_analyzer(mode: Mode = "accurate") -> LemmaAnalyzer:
    """The process-wide analyzer for `mode` (the spaCy model is loaded once per process)."""
    logger.info("loading %s (%s mode)", MODEL_NAME, mode)
    return LemmaAnalyzer(mode)
