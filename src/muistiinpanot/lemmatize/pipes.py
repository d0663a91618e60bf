"""The spaCy pipelines the analyzer runs, loaded with only the pipes it uses: the lemmatizing
pipeline (accurate mode: tok2vec + morphologizer, NER loaded but disabled; fast mode: the
tokenizer alone) and the parser pipeline, which shares the lemmatizing pipeline's vocabulary,
vectors and tokenizer."""

from __future__ import annotations

from typing import Any, Literal

from muistiinpanot.lemmatize.blas import use_matmul_ops

__all__ = ["MODEL_NAME", "Mode", "load_lemmatizing", "load_parsing"]

Mode = Literal["accurate", "fast"]
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


def load_lemmatizing(mode: Mode) -> Any:
    """The lemmatizing pipeline of `mode` (NER loaded, disabled: persons.PersonSpans runs it)."""
    import spacy

    exclude = _ACCURATE_EXCLUDE if mode == "accurate" else _FAST_EXCLUDE
    nlp = spacy.load(MODEL_NAME, exclude=exclude, disable=["ner"])
    use_matmul_ops(nlp)
    return nlp


def load_parsing(nlp: Any) -> Any:
    """The parser pipeline over the vocabulary and tokenizer of the lemmatizing pipeline `nlp`."""
    import spacy

    parser = spacy.load(MODEL_NAME, exclude=_PARSE_EXCLUDE, vocab=nlp.vocab)
    parser.tokenizer = nlp.tokenizer
    use_matmul_ops(parser)
    return parser
