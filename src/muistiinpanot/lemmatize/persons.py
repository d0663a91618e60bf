"""Person names by spaCy's NER (the lemmatizing pipeline's own disabled `ner` pipe, run alone),
kept per text for the process."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.lemmatize.blas import single_threaded_blas

__all__ = ["PersonSpans"]


class PersonSpans:
    """Character spans of person names (label PERSON) in texts of `nlp`'s tokenizer, `batch_size`
    texts at a time; the spans of the `max_person_texts` texts used last are kept (thread-safe:
    bounded.BoundedCache)."""

    def __init__(self, nlp: Any, batch_size: int, max_person_texts: int) -> None:
        self._nlp = nlp
        self._batch_size = batch_size
        #: Person name spans by text.
        self.cache: BoundedCache[str, tuple[tuple[int, int], ...]] = BoundedCache(max_person_texts)

    def spans(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """The person name spans of each text, NER run once over the texts not seen."""
        found = self.cache.get_many(texts)
        missing = sorted({text for text in texts if text not in found})
        if missing:
            ner = self._nlp.get_pipe("ner")
            docs = self._nlp.tokenizer.pipe(missing, batch_size=self._batch_size)
            with single_threaded_blas():
                tagged = list(ner.pipe(docs, batch_size=self._batch_size))
            computed = {
                text: tuple(
                    (ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"
                )
                for text, doc in zip(missing, tagged, strict=True)
            }
            self.cache.put_many(computed)
            found.update(computed)
        return [list(found[text]) for text in texts]
