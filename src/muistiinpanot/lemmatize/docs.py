"""A spaCy doc's tokens read as ours: each lemma from the Lemmatizer (Voikko, guided by the
neural tagger's word class and morphology), LemmaToken for the lemmatizing pipeline's docs
and ParsedToken (with the dependency parse) for the parser's (lemmatize/parsing.py)."""

from __future__ import annotations

from typing import Any

from muistiinpanot.lemmatize.lemmatizer import Lemma, Lemmatizer
from muistiinpanot.lemmatize.tokens import LemmaToken, ParsedToken, lemma_token

__all__ = ["parsed_tokens", "tagged_tokens"]


def tagged_tokens(doc: Any, lemmatizer: Lemmatizer) -> list[LemmaToken]:
    """The tokens of a doc of the lemmatizing pipeline (whitespace tokens as SPACE)."""
    tokens = []
    for token in doc:
        text = token.text
        if token.is_space:
            lemma = Lemma(text, (), "SPACE")
        else:
            lemma = lemmatizer.lemmatize_tagged(text, token.pos_, str(token.morph))
        tokens.append(lemma_token(text, lemma, token.pos_ or lemma.pos))
    return tokens


def parsed_tokens(doc: Any, lemmatizer: Lemmatizer) -> list[ParsedToken]:
    """The tokens of a parsed doc, with each token's relation and head."""
    tokens = []
    for token in doc:
        morph = str(token.morph)
        lemma = lemmatizer.lemmatize_tagged(token.text, token.pos_, morph)
        tagged = lemma_token(token.text, lemma, token.pos_)
        tokens.append(
            ParsedToken(
                text=token.text,
                lemma=tagged.lemma,
                is_stop=tagged.is_stop,
                pos=token.pos_,
                morph=morph,
                dep=token.dep_,
                head=token.head.i,
                space=bool(token.whitespace_),
            )
        )
    return tokens
