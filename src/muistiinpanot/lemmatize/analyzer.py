"""Finnish lemmas with spaCy's Finnish model and libvoikko.

Accurate mode runs only the model's tok2vec and morphologizer (POS + UD features) and
lemmatizes in Python over cached Voikko analyses (lemmatize/lemmatizer.py); fast mode runs the
tokenizer alone and chooses among Voikko's analyses without context. The analyzer is the one
door the other stages use; its rooms: pipes.py (which pipes are loaded), wordvectors.py
(floret vectors), persons.py (NER person spans), parsing.py (dependency parses).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt

from muistiinpanot.config_sections import LemmatizeSettings
from muistiinpanot.lemmatize.acronyms import DEFAULT_LISTED_ACRONYMS, ListedAcronyms, keep_acronyms
from muistiinpanot.lemmatize.blas import single_threaded_blas
from muistiinpanot.lemmatize.connegatives import read_connegatives
from muistiinpanot.lemmatize.docs import tagged_tokens
from muistiinpanot.lemmatize.fast import FastLemmatizer
from muistiinpanot.lemmatize.lemmatizer import Lemmatizer
from muistiinpanot.lemmatize.parsing import Parser, Reading
from muistiinpanot.lemmatize.persons import PersonSpans
from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP
from muistiinpanot.lemmatize.pipes import MODEL_NAME, Mode, load_lemmatizing
from muistiinpanot.lemmatize.tokens import EMPTY_TOKEN, LemmaToken, ParsedToken
from muistiinpanot.lemmatize.voikko import VoikkoCache, voikko_identity
from muistiinpanot.lemmatize.wordvectors import WordVectors

__all__ = ["MODEL_NAME", "LemmaAnalyzer", "LemmaToken", "ParsedToken", "load_analyzer"]

logger = logging.getLogger(__name__)

#: The [lemmatize] defaults, written once (config_sections.LemmatizeSettings).
_D = LemmatizeSettings()


class LemmaAnalyzer:
    """Lemmatizes Finnish text. `mode="accurate"` uses the neural morphologizer for
    disambiguation; `mode="fast"` uses Voikko alone. `max_vectors` word vectors and the
    person spans of `max_person_texts` texts are kept for the process, and `max_forms` forms
    in each memo table of Voikko's analyses and the lemmatizer's lemmas (memory bounds,
    [lemmatize] in the pipeline file; results do not depend on them). Its caches are safe
    to use from several threads at once (bounded.BoundedCache, VoikkoCache's lock)."""

    def __init__(
        self,
        mode: Mode = "accurate",
        batch_size: int = _D.batch_size,
        max_vectors: int = _D.max_vectors,
        max_person_texts: int = _D.max_person_texts,
        max_forms: int = _D.max_forms,
        reading: Reading = "parser",
        auxiliary_gap: int = AUXILIARY_GAP,
        listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS,
    ) -> None:
        if mode not in ("accurate", "fast"):
            raise ValueError(f"unknown mode {mode!r}")
        if reading not in ("parser", "voikko"):
            raise ValueError(f"unknown reading {reading!r}")
        self.mode = mode
        self.reading = reading
        self.auxiliary_gap = auxiliary_gap
        self.listed_acronyms = listed_acronyms
        self.batch_size = batch_size
        self.voikko = VoikkoCache(max_forms=max_forms)
        thorough = mode == "accurate"
        self.lemmatizer = Lemmatizer(
            self.voikko, thorough=thorough, max_forms=max_forms, listed_acronyms=listed_acronyms
        )
        self.fast = FastLemmatizer(self.lemmatizer)
        self._nlp: Any = load_lemmatizing(mode)
        #: The previous `analyze` call's analyses by text (see `analyze`).
        self._recent: dict[str, list[LemmaToken]] = {}
        self.vectors = WordVectors(self._nlp, batch_size, max_vectors)
        self.persons = PersonSpans(self._nlp, batch_size, max_person_texts)
        self.parser = Parser(
            self._nlp,
            reading,
            self.lemmatizer,
            self.analyze_pretokenized,  # fast mode: self.fast.lemmatize
            self.voikko,
            auxiliary_gap,
            batch_size,
        )

    @property
    def nlp(self) -> Any:
        return self._nlp

    @property
    def lemma_identity(self) -> str:
        """What lemmas depend on beside this code (the key of lemmas kept on disk): the mode,
        the settings that change lemmas (not `reading`, which only `parse` reads), Voikko's
        dictionaries, the versions of the model, wordfreq (acronyms) and simplemma (ties)."""
        acronyms, model = self.listed_acronyms, self._nlp.meta.get("version", "")
        versions = [f"{p} {version(p)}" for p in ("wordfreq", "simplemma")]
        head = f"{self.mode} gap={self.auxiliary_gap} acr={acronyms.min_zipf},{acronyms.margin}"
        return "\0".join([head, voikko_identity(), f"{MODEL_NAME} {model}", *versions])

    def analyze(self, texts: Sequence[str]) -> list[list[LemmaToken]]:
        """Tokenize and lemmatize each text. The texts of the previous call are answered
        from its results (the chatter step reads the notes lemmatize has just analysed: in
        accurate mode a second pass of the tagger over the clinic's notes); only the last
        call is kept, so memory holds one clinic's analyses at most."""
        recent = self._recent
        missing = list(dict.fromkeys(text for text in texts if text not in recent))
        found = dict(zip(missing, self._analyze(missing), strict=True)) if missing else {}
        result = [list(found[text] if text in found else recent[text]) for text in texts]
        self._recent = {**{t: recent[t] for t in texts if t in recent}, **found}
        return result

    def _analyze(self, texts: Sequence[str]) -> list[list[LemmaToken]]:
        """The texts' tokens, an acronym of theirs with a case ending kept (acronyms.py: `elyn`
        is `ely` where the texts have `ely` or `ELY`) and a spoken verb after a negation read
        as the verb (connegatives.py: `ei tarvi` is `tarvita`)."""
        if self.mode == "fast":
            tokenizer = self._nlp.tokenizer
            found = [self.fast.lemmatize([t.text for t in tokenizer(text)]) for text in texts]
        else:
            with single_threaded_blas():
                docs = list(self._nlp.pipe(texts, batch_size=self.batch_size))
            found = [tagged_tokens(doc, self.lemmatizer) for doc in docs]
        found = keep_acronyms(found, self.voikko)
        return read_connegatives(found, self.voikko, self.auxiliary_gap)

    def analyze_pretokenized(self, sentences: Sequence[Sequence[str]]) -> list[list[LemmaToken]]:
        """Lemmatize sentences already split into tokens: exactly one LemmaToken per token (a
        spoken verb after a negation read as the verb, as `analyze` reads it)."""
        if self.mode == "fast":
            found = [self.fast.lemmatize(words) for words in sentences]
            return read_connegatives(found, self.voikko, self.auxiliary_gap)
        from spacy.tokens import Doc

        docs = (
            Doc(self._nlp.vocab, words=[word or "_" for word in words])
            for words in sentences
            if words
        )
        with single_threaded_blas():
            tagged = iter(list(self._nlp.pipe(docs, batch_size=self.batch_size)))
        result = []
        for words in sentences:
            tokens = tagged_tokens(next(tagged), self.lemmatizer) if words else []
            result.append([t if w else EMPTY_TOKEN for w, t in zip(words, tokens, strict=True)])
        return read_connegatives(result, self.voikko, self.auxiliary_gap)

    def word_vector(self, word: str) -> npt.NDArray[np.float32]:
        """The model's floret vector of `word` (subword-based, so never missing); read-only
        (wordvectors.WordVectors)."""
        return self.vectors.vector(word)

    def word_vectors(self, words: Sequence[str]) -> npt.NDArray[np.float32]:
        """The floret vectors of `words` (rows, read-only), computed once per process for the
        `max_vectors` used last (wordvectors.WordVectors)."""
        return self.vectors.vectors(words)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Character spans of person names (spaCy NER, label PERSON) in each text. The same
        text is checked many times on its way out (a bullet when it is written, again in the
        finished post, an id piece in every output), so spans are kept per text for the
        process (the `max_person_texts` used last) and NER runs once over the texts not
        seen (persons.PersonSpans)."""
        return self.persons.spans(texts)

    def parse(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        """Dependency parse of each text (the model's parser, loaded on first use and sharing
        the vocabulary and vectors of the lemmatizing pipeline), lemmas as in `analyze`; with
        `reading="voikko"` the Voikko-only reading instead (lemmatize/reading.py: no parser
        network), over the mode's own lemmas: the neural tagger's in accurate mode, Voikko's
        alone in fast mode (the reading changes how clauses are read, not the mode;
        parsing.Parser)."""
        return self.parser.parse(texts)


@functools.lru_cache(maxsize=2)
def load_analyzer(
    mode: Mode = "accurate",
    batch_size: int = _D.batch_size,
    max_vectors: int = _D.max_vectors,
    max_person_texts: int = _D.max_person_texts,
    max_forms: int = _D.max_forms,
    reading: Reading = "parser",
    auxiliary_gap: int = AUXILIARY_GAP,
    listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS,
) -> LemmaAnalyzer:
    """The process-wide analyzer for `mode` (the spaCy model is loaded once per process);
    `batch_size` texts go through spaCy's `nlp.pipe` at a time; `max_vectors` and
    `max_person_texts` and `max_forms` bound its caches ([lemmatize] in the pipeline file);
    `reading` is what `parse` runs ("parser" or "voikko": [fast] reading), `auxiliary_gap`
    the words the Voikko reading lets stand between an auxiliary and its verb, `listed_acronyms`
    when wordfreq makes an unknown form an acronym (acronyms.ListedAcronyms)."""
    logger.info("loading %s (%s mode)", MODEL_NAME, mode)
    return LemmaAnalyzer(
        mode,
        batch_size,
        max_vectors,
        max_person_texts,
        max_forms,
        reading,
        auxiliary_gap,
        listed_acronyms,
    )
