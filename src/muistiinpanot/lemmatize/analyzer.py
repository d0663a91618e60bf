"""Finnish lemmas with spaCy's Finnish model and libvoikko.

Accurate mode runs only the model's tok2vec and morphologizer (POS + UD features) and
lemmatizes in Python over cached Voikko analyses (lemmatize/lemmatizer.py); fast mode runs the
tokenizer alone and chooses among Voikko's analyses without context.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from muistiinpanot.lemmatize.lemmatizer import Lemma, Lemmatizer
from muistiinpanot.lemmatize.voikko import VoikkoCache

logger = logging.getLogger(__name__)

Mode = Literal["accurate", "fast"]
MODEL_NAME = "spacy_fi_experimental_web_md"
# The parser, NER and the model's own lemmatizer are not needed: measured, dropping them
# leaves lemma accuracy unchanged and roughly quadruples throughput.
_ACCURATE_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
_FAST_EXCLUDE = ["tok2vec", "morphologizer", *_ACCURATE_EXCLUDE]


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


_EMPTY_TOKEN = LemmaToken(text="", lemma="", pos="X", is_punct=True)


class LemmaAnalyzer:
    """Lemmatizes Finnish text. `mode="accurate"` uses the neural morphologizer for
    disambiguation; `mode="fast"` uses Voikko alone."""

    def __init__(self, mode: Mode = "accurate", batch_size: int = 256) -> None:
        import spacy

        if mode not in ("accurate", "fast"):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode
        self.batch_size = batch_size
        self.voikko = VoikkoCache()
        self.lemmatizer = Lemmatizer(self.voikko)
        exclude = _ACCURATE_EXCLUDE if mode == "accurate" else _FAST_EXCLUDE
        self._nlp: Any = spacy.load(MODEL_NAME, exclude=exclude)
        self._ner: Any = None

    @property
    def nlp(self) -> Any:
        return self._nlp

    def analyze(self, texts: Sequence[str]) -> list[list[LemmaToken]]:
        """Tokenize and lemmatize each text."""
        if self.mode == "fast":
            return [self._tokens(self._nlp.make_doc(text)) for text in texts]
        return [self._tokens(doc) for doc in self._nlp.pipe(texts, batch_size=self.batch_size)]

    def analyze_pretokenized(self, sentences: Sequence[Sequence[str]]) -> list[list[LemmaToken]]:
        """Lemmatize sentences already split into tokens: exactly one LemmaToken per token."""
        if self.mode == "fast":
            return [
                [self._untagged(word, i) if word else _EMPTY_TOKEN for i, word in enumerate(s)]
                for s in sentences
            ]
        from spacy.tokens import Doc

        docs = (
            Doc(self._nlp.vocab, words=[word or "_" for word in words])
            for words in sentences
            if words
        )
        tagged = iter(self._nlp.pipe(docs, batch_size=self.batch_size))
        result = []
        for words in sentences:
            tokens = self._tokens(next(tagged)) if words else []
            result.append([t if w else _EMPTY_TOKEN for w, t in zip(words, tokens, strict=True)])
        return result

    def word_vector(self, word: str) -> npt.NDArray[np.float32]:
        """The model's floret vector of `word` (subword-based, so never missing)."""
        return np.asarray(self._nlp.vocab.get_vector(word), dtype=np.float32)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Character spans of person names (spaCy NER, label PERSON) in each text."""
        if self._ner is None:
            import spacy

            self._ner = spacy.load(
                MODEL_NAME,
                exclude=[
                    "tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer"
                ],
            )  # fmt: skip
        spans: list[list[tuple[int, int]]] = []
        for doc in self._ner.pipe(texts, batch_size=self.batch_size):
            spans.append(
                [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]
            )
        return spans

    def _tokens(self, doc: Any) -> list[LemmaToken]:
        if self.mode == "fast":
            return [self._untagged(token.text, token.i) for token in doc]
        tokens = []
        for token in doc:
            text = token.text
            if token.is_space:
                lemma = Lemma(text, (), "SPACE")
            else:
                lemma = self.lemmatizer.lemmatize_tagged(text, token.pos_, str(token.morph))
            tokens.append(_lemma_token(text, lemma, token.pos_ or lemma.pos))
        return tokens

    def _untagged(self, text: str, index: int) -> LemmaToken:
        if not text or text.isspace():
            return LemmaToken(text, text, "SPACE", is_punct=True)
        lemma = self.lemmatizer.lemmatize_untagged(text)
        if index == 0 and lemma.pos == "PROPN" and text[:1].isupper():
            lower = self.lemmatizer.lemmatize_untagged(text.lower())
            lemma = lower if lower.pos != "PROPN" or self.voikko.analyze(text.lower()) else lemma
        return _lemma_token(text, lemma, lemma.pos)


def _lemma_token(text: str, lemma: Lemma, pos: str) -> LemmaToken:
    from spacy.lang.fi.stop_words import STOP_WORDS

    is_punct = pos in ("PUNCT", "SPACE") or not any(ch.isalnum() for ch in text)
    return LemmaToken(
        text=text,
        lemma=lemma.lemma if pos == "PROPN" or lemma.pos == "PROPN" else lemma.lemma.lower(),
        pos=pos,
        is_stop=text.lower() in STOP_WORDS or lemma.lemma.lower() in STOP_WORDS,
        is_punct=is_punct,
        compound_parts=lemma.parts,
    )


@functools.lru_cache(maxsize=2)
def load_analyzer(mode: Mode = "accurate") -> LemmaAnalyzer:
    """The process-wide analyzer for `mode` (the spaCy model is loaded once per process)."""
    logger.info("loading %s (%s mode)", MODEL_NAME, mode)
    return LemmaAnalyzer(mode)
