"""Finnish lemmas with spaCy's Finnish model and libvoikko.

Accurate mode runs only the model's tok2vec and morphologizer (POS + UD features) and
lemmatizes in Python over cached Voikko analyses (lemmatize/lemmatizer.py); fast mode runs the
tokenizer alone and chooses among Voikko's analyses without context.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Sequence
from importlib.metadata import version
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.lemmatize.acronyms import DEFAULT_LISTED_ACRONYMS, ListedAcronyms, keep_acronyms
from muistiinpanot.lemmatize.blas import single_threaded_blas, use_matmul_ops
from muistiinpanot.lemmatize.connegatives import read_connegatives
from muistiinpanot.lemmatize.docs import parsed_tokens, tagged_tokens
from muistiinpanot.lemmatize.fast import FastLemmatizer
from muistiinpanot.lemmatize.lemmatizer import Lemmatizer
from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP
from muistiinpanot.lemmatize.reading import read_tokens
from muistiinpanot.lemmatize.tokens import EMPTY_TOKEN, LemmaToken, ParsedToken
from muistiinpanot.lemmatize.voikko import VoikkoCache, voikko_identity

__all__ = ["LemmaAnalyzer", "LemmaToken", "ParsedToken", "load_analyzer"]

logger = logging.getLogger(__name__)

Mode = Literal["accurate", "fast"]
Reading = Literal["parser", "voikko"]
MODEL_NAME = "spacy_fi_experimental_web_md"
# The parser and the model's own lemmatizer are not needed: measured, dropping them leaves lemma
# accuracy unchanged and roughly quadruples throughput. NER (its own small tok2vec over the
# shared vectors) is loaded but disabled: `person_spans` runs it alone, on published text only,
# without a second load of the model (loading it adds about 0.03 s of CPU).
# "lookups" is not a pipe: spaCy passes `exclude` on to Vocab.from_disk, which then skips the
# vocab's lookup tables (lexeme_prob: 500,000 word probabilities that nothing here reads, and
# most of the model's load time). Measured on the 1,364 UD Finnish-TDT dev sentences: POS,
# morphology and NER are identical with and without them.
# "strings" and "tokenizer" are not pipes either: "strings" skips the vocab's strings.json
# (127,000 strings, read into the StringStore at every start; every string a doc needs is added
# as it is met, labels are symbols or added by their pipes), "tokenizer" keeps the tokenizer
# spaCy builds from the Finnish language defaults instead of reading the model's own over it
# (the same rules: tests/lemmatize/test_analyzer.py compares them byte for byte). Measured on
# the 1,364 UD dev sentences and 204 SIB-200 dev texts: tokens, NER spans, POS, morphology,
# parses and floret vectors are identical with and without them; together about 0.1 s of CPU.
_ACCURATE_EXCLUDE = [
    "tagger", "parser", "attribute_ruler", "lemmatizer", "lookups", "strings", "tokenizer"
]  # fmt: skip
_FAST_EXCLUDE = ["tok2vec", "morphologizer", *_ACCURATE_EXCLUDE]
# The parser pipeline shares the lemmatizing pipeline's Vocab (strings and vectors), which is
# already loaded: "vocab" skips reading it from disk a second time (1.2 s → 0.06 s of CPU;
# identical parses); it uses the lemmatizing pipeline's tokenizer too.
_PARSE_EXCLUDE = ["tagger", "attribute_ruler", "lemmatizer", "ner", "vocab", "tokenizer"]


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
        batch_size: int = 256,
        max_vectors: int = 100_000,
        max_person_texts: int = 20_000,
        max_forms: int = 100_000,
        reading: Reading = "parser",
        auxiliary_gap: int = AUXILIARY_GAP,
        listed_acronyms: ListedAcronyms = DEFAULT_LISTED_ACRONYMS,
    ) -> None:
        import spacy

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
        exclude = _ACCURATE_EXCLUDE if mode == "accurate" else _FAST_EXCLUDE
        self._nlp: Any = spacy.load(MODEL_NAME, exclude=exclude, disable=["ner"])
        use_matmul_ops(self._nlp)
        self._parser: Any = None
        self._parser_lock = threading.Lock()
        #: Word vectors by word, each looked up once per process (see `word_vectors`).
        self._vectors: BoundedCache[str, npt.NDArray[np.float32]] = BoundedCache(max_vectors)
        #: The previous `analyze` call's analyses by text (see `analyze`).
        self._recent: dict[str, list[LemmaToken]] = {}
        #: Person name spans by text (see `person_spans`).
        self._persons: BoundedCache[str, tuple[tuple[int, int], ...]] = BoundedCache(
            max_person_texts
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
        """The model's floret vector of `word` (subword-based, so never missing); read-only."""
        found = self._vectors.get_many((word,))
        return found[word] if found else self.word_vectors([word])[0]

    def word_vectors(self, words: Sequence[str]) -> npt.NDArray[np.float32]:
        """The floret vectors of `words` (rows, read-only), those not yet seen computed in one
        batch (`Vectors.get_batch`: each row the mean of its subword rows, as one lookup gives,
        without adding a lexeme per word to the vocabulary) and kept for the process (the
        `max_vectors` used last)."""
        table = self._nlp.vocab.vectors
        if not words:
            return np.zeros((0, table.shape[1]), dtype=np.float32)
        found = self._vectors.get_many(words)
        missing = sorted({w for w in words if w not in found})
        if missing:
            # `batch_size` words a call: get_batch's memory (and time) per word grows with the
            # batch (every word's subword rows at once); each word's row is the same either way
            step = self.batch_size
            batch = np.concatenate(
                [
                    np.asarray(table.get_batch(missing[i : i + step]), dtype=np.float32)
                    for i in range(0, len(missing), step)
                ]
            )
            computed = {}
            for word, row in zip(missing, batch, strict=True):
                vector = row.copy() if word else np.zeros(table.shape[1], dtype=np.float32)
                vector.flags.writeable = False
                computed[word] = vector
            self._vectors.put_many(computed)
            found.update(computed)
        return np.array([found[w] for w in words], dtype=np.float32)

    def person_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Character spans of person names (spaCy NER, label PERSON) in each text. The same
        text is checked many times on its way out (a bullet when it is written, again in the
        finished post, an id piece in every output), so spans are kept per text for the
        process (the `max_person_texts` used last) and NER runs once over the texts not
        seen."""
        found = self._persons.get_many(texts)
        missing = sorted({text for text in texts if text not in found})
        if missing:
            ner = self._nlp.get_pipe("ner")
            docs = self._nlp.tokenizer.pipe(missing, batch_size=self.batch_size)
            with single_threaded_blas():
                tagged = list(ner.pipe(docs, batch_size=self.batch_size))
            computed = {
                text: tuple(
                    (ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"
                )
                for text, doc in zip(missing, tagged, strict=True)
            }
            self._persons.put_many(computed)
            found.update(computed)
        return [list(found[text]) for text in texts]

    def parse(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        """Dependency parse of each text (the model's parser, loaded on first use and sharing
        the vocabulary and vectors of the lemmatizing pipeline), lemmas as in `analyze`; with
        `reading="voikko"` the Voikko-only reading instead (lemmatize/reading.py: no parser
        network), over the mode's own lemmas: the neural tagger's in accurate mode, Voikko's
        alone in fast mode (the reading changes how clauses are read, not the mode)."""
        if self.reading == "voikko":
            return self._read(texts)
        with self._parser_lock:  # loaded once, whichever thread comes first
            if self._parser is None:
                import spacy

                parser = spacy.load(MODEL_NAME, exclude=_PARSE_EXCLUDE, vocab=self._nlp.vocab)
                parser.tokenizer = self._nlp.tokenizer
                use_matmul_ops(parser)
                self._parser = parser
        with single_threaded_blas():
            docs = list(self._parser.pipe(texts, batch_size=self.batch_size))
        return [parsed_tokens(doc, self.lemmatizer) for doc in docs]

    def _read(self, texts: Sequence[str]) -> list[list[ParsedToken]]:
        docs = [self._nlp.tokenizer(text) for text in texts]
        words = [[token.text for token in doc] for doc in docs]
        lemmas = self.analyze_pretokenized(words)  # fast mode: self.fast.lemmatize
        return [
            read_tokens(
                said,
                [bool(token.whitespace_) for token in doc],
                lemmas_of,
                self.voikko,
                self.auxiliary_gap,
            )
            for said, doc, lemmas_of in zip(words, docs, lemmas, strict=True)
        ]


@functools.lru_cache(maxsize=2)
def load_analyzer(
    mode: Mode = "accurate",
    batch_size: int = 256,
    max_vectors: int = 100_000,
    max_person_texts: int = 20_000,
    max_forms: int = 100_000,
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
