"""Lemmas, compound parts, unknown words and spoken forms, in both modes (real model, Voikko)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_pretokenized_lines

MODES = ["analyzer", "fast_analyzer"]


def _lemma(analyzer: LemmaAnalyzer, sentence: str, word: str) -> str:
    tokens = analyzer.analyze_pretokenized([sentence.split(" ")])[0]
    return next(t.lemma for t in tokens if t.text == word)


@pytest.fixture(params=MODES)
def any_analyzer(request: pytest.FixtureRequest) -> LemmaAnalyzer:
    analyzer: LemmaAnalyzer = request.getfixturevalue(request.param)
    return analyzer


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Talot ovat kauniita .", "Talot", "talo"),
        ("Kävimme kaupungissa eilen .", "kaupungissa", "kaupunki"),
        ("Ihmiset tekivät töitä yhdessä .", "tekivät", "tehdä"),
        ("Innovaatiojohtamisen merkitys kasvaa .", "Innovaatiojohtamisen", "innovaatiojohtaminen"),
        ("Johtaminen on vaikeaa .", "Johtaminen", "johtaminen"),
        ("Tieto liikkuu huonosti organisaatioiden välillä .", "organisaatioiden", "organisaatio"),
    ],
)
def test_analyzer_inflections(any_analyzer: LemmaAnalyzer, sentence: str, word: str, lemma: str):
    assert _lemma(any_analyzer, sentence, word) == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Hän on tehnyt paljon työtä .", "tehnyt", "tehdä"),
        ("Asia on jo päätetty .", "päätetty", "päättää"),
        ("Puhuimme asiasta heidän kanssaan .", "heidän", "hän"),
        ("Tilanne on EU:ssa toinen .", "EU:ssa", "EU"),
    ],
)
def test_analyzer_accurate_follows_ud(
    analyzer: LemmaAnalyzer, sentence: str, word: str, lemma: str
):
    assert _lemma(analyzer, sentence, word) == lemma


@pytest.mark.parametrize(
    ("word", "lemma", "parts"),
    [
        ("siilorajat", "siiloraja", ("siilo", "raja")),
        ("kokeilukulttuuria", "kokeilukulttuuri", ("kokeilu", "kulttuuri")),
        ("sote-palvelut", "sote-palvelu", ("sote", "palvelu")),
        ("sotekeskus", "sotekeskus", ("sote", "keskus")),
        ("innovaatiojohtamisen", "innovaatiojohtaminen", ("innovaatio", "johtaminen")),
        ("talo", "talo", ()),
        # a suffix inside a morph (WORDBASES `+lasket(laskettaa)tel(+ella)+u(+u)`)
        ("laskettelukeskus", "laskettelukeskus", ("laskettelu", "keskus")),
        ("menettelytapoja", "menettelytapa", ("menettely", "tapa")),
        ("tarkkaavaisuushäiriö", "tarkkaavaisuushäiriö", ("tarkkaavaisuus", "häiriö")),
        # a first part in the stem of an -nen word is given in its base form, also when
        # Voikko derives the verb inside the part (`ilmoittau(ilmoittaa)tumis(+tua)`)
        ("ilmoittautumislomake", "ilmoittautumislomake", ("ilmoittautuminen", "lomake")),
        ("kokoontumistilat", "kokoontumistila", ("kokoontuminen", "tila")),
        ("asumisneuvontaa", "asumisneuvonta", ("asuminen", "neuvonta")),
        ("vapaaehtoistyö", "vapaaehtoistyö", ("vapaa", "ehtoinen", "työ")),  # not "ehtois"
    ],
)
def test_analyzer_compound_parts(any_analyzer: LemmaAnalyzer, word: str, lemma: str, parts):
    token = any_analyzer.analyze_pretokenized([["Meillä", "on", word, "."]])[0][2]
    assert (token.lemma, token.compound_parts) == (lemma, parts)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("yhteistyo", "yhteistyö"),
        ("organisatiot", "organisaatio"),
        ("pitäis", "pitää"),
        ("mennää", "mennä"),
        ("oikeesti", "oikeasti"),
    ],
)
def test_analyzer_unknown_words(any_analyzer: LemmaAnalyzer, word: str, lemma: str):
    assert _lemma(any_analyzer, f"Mun mielestä {word} on tärkeää", word) == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("mä oon sitä mieltä", "mä", "minä"),
        ("mä oon sitä mieltä", "oon", "olla"),
        ("sä et oo täällä", "sä", "sinä"),
        ("ei se oo niin", "oo", "olla"),
        ("mut sit ku tää loppuu", "mut", "mutta"),
        ("mut sit ku tää loppuu", "sit", "sitten"),
        ("mut sit ku tää loppuu", "ku", "kun"),
        ("mut sit ku tää loppuu", "tää", "tämä"),
        ("noi ihmiset tietää", "noi", "nuo"),
        ("meidän pitäis tehdä enemmän", "pitäis", "pitää"),
        ("se ois hyvä", "ois", "olla"),
        ("luulen et se toimii", "et", "että"),
    ],
)
def test_analyzer_spoken_forms(any_analyzer: LemmaAnalyzer, sentence: str, word: str, lemma: str):
    assert _lemma(any_analyzer, sentence, word) == lemma


def test_analyzer_analyze_tokenizes_text(any_analyzer: LemmaAnalyzer):
    tokens = any_analyzer.analyze(["Siilorajat pitää purkaa, sanoi Matti."])[0]
    assert [t.text for t in tokens][:2] == ["Siilorajat", "pitää"]
    assert tokens[0].lemma == "siiloraja"
    assert tokens[-1].is_punct


def test_voikko_cache_hit_on_repeated_words(fast_analyzer: LemmaAnalyzer):
    fast_analyzer.voikko.clear()
    fast_analyzer.lemmatizer.clear()
    fast_analyzer.analyze_pretokenized([["kissa", "istuu"]])
    misses = fast_analyzer.voikko.misses
    fast_analyzer.lemmatizer.clear()  # force a second look-up of the same forms
    fast_analyzer.analyze_pretokenized([["kissa", "istuu"]])
    assert fast_analyzer.voikko.misses == misses
    assert fast_analyzer.voikko.hits >= 2


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["talo", "Mä", "oon", ",", "", "EU:ssa", "sote-palvelut", "xqzt", "3"]),
            max_size=6,
        ),
        max_size=4,
    )
)
def test_pretokenized_one_lemma_per_token(analyzer: LemmaAnalyzer, sentences: list[list[str]]):
    lines = [" ".join(tokens) for tokens in sentences]
    output = list(lemmatize_pretokenized_lines(lines, analyzer))
    assert len(output) == len(lines)
    for line, out in zip(lines, output, strict=True):
        assert len(out.split(" ")) == len(line.split(" ")) if line else out == ""


def test_analyzer_model_without_vocab_lookups_tags_as_the_full_model(
    analyzer: LemmaAnalyzer,
) -> None:
    """The analyzer skips the vocab's lookup tables and strings and the model's tokenizer file
    (start-up costs); tokens, tags and person names must not change."""
    import spacy

    from muistiinpanot.lemmatize.analyzer import MODEL_NAME

    full = spacy.load(MODEL_NAME, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    texts = [
        "Siilorajat pitäis purkaa, mut kukaan ei tiedä miten.",
        "Hyvinvointialueen ja kuntien välinen tiedonkulku takkuaa edelleen.",
        "Luottamus rakentuu avoimuudesta: kerrotaan myös keskeneräisestä.",
        "Kysy Matti Virtaselta, hän vastaa kokeiluista Tampereella.",
    ]
    assert analyzer.nlp.vocab.lookups.tables == []
    tokenizer = analyzer.nlp.tokenizer.to_bytes(exclude=["vocab"])  # rules, exceptions
    assert tokenizer == full.tokenizer.to_bytes(exclude=["vocab"])
    ours = [[(t.pos_, str(t.morph)) for t in doc] for doc in analyzer.nlp.pipe(texts)]
    stock = [[(t.pos_, str(t.morph)) for t in doc] for doc in full.pipe(texts)]
    assert ours == stock
    ner = full.get_pipe("ner")
    assert analyzer.person_spans(texts) == [
        [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        for doc in ner.pipe(full.tokenizer.pipe(texts))
    ]
