"""The Voikko-only reading (lemmatize/reading.py, structure.py): fast mode's stand-in for the
dependency parse, on Finnish sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app
from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.lemmatize import LemmaAnalyzer, ParsedToken
from muistiinpanot.lemmatize.reading import read_tokens
from muistiinpanot.summarize.commas import clause_commas
from muistiinpanot.summarize.predicate import has_finite_predicate


def _read(analyzer: LemmaAnalyzer, text: str) -> dict[str, ParsedToken]:
    doc = analyzer.nlp.tokenizer(text)
    words = [token.text for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    tokens = read_tokens(words, spaces, analyzer.fast.lemmatize(words), analyzer.voikko)
    assert [t.text for t in tokens] == words
    return {token.text: token for token in tokens}


def _head(tokens: dict[str, ParsedToken], word: str) -> str:
    index = tokens[word].head
    return list(tokens.values())[index].text


@pytest.mark.parametrize(
    ("text", "root", "relations"),
    [
        # a finite verb, its subject and object
        (
            "Asiakkaat odottavat vastausta liian kauan.",
            "odottavat",
            {"Asiakkaat": "nsubj", "vastausta": "obj"},
        ),
        # the negation verb is an auxiliary of its connegative verb
        ("Tieto ei kulje yksiköiden välillä.", "kulje", {"ei": "aux", "Tieto": "nsubj"}),
        # a modal before an infinitive: the infinitive heads, the genitive is the subject
        (
            "Meidän täytyy sopia yhteiset pelisäännöt.",
            "sopia",
            {"täytyy": "aux", "Meidän": "nsubj", "pelisäännöt": "obj", "yhteiset": "amod"},
        ),
        # olla before a predicative is a copula
        ("Palaute on tärkeää.", "tärkeää", {"on": "cop", "Palaute": "nsubj"}),
        # … but after a locative it is the existential verb, and what exists its subject
        ("Meillä ei ole aikaa kehittämiseen.", "ole", {"aikaa": "nsubj", "ei": "aux"}),
        # olla before a past participle is the perfect's auxiliary
        ("Ohjeet on kirjoitettu huolellisesti.", "kirjoitettu", {"on": "aux"}),
        # a chain of auxiliaries before a copula; "valmista" is not read as an imperative
        (
            "Kaikki ei tarvitse olla valmista.",
            "valmista",
            {"ei": "aux", "tarvitse": "aux", "olla": "cop", "Kaikki": "nsubj"},
        ),
        # a stop word Voikko reads as a noun is the determiner of the noun it agrees with
        ("Sama asia toistuu usein.", "toistuu", {"asia": "nsubj", "Sama": "det"}),
        # a verbless note is headed by its noun phrase
        ("Hyvä yhteistyö yksiköiden välillä", "yhteistyö", {"Hyvä": "amod"}),
    ],
)
def test_read_tokens_predicate_and_arguments(
    fast_analyzer: LemmaAnalyzer, text: str, root: str, relations: dict[str, str]
) -> None:
    tokens = _read(fast_analyzer, text)
    roots = [token.text for token in tokens.values() if token.dep == "ROOT"]
    assert roots == [root]
    assert list(tokens).index(root) == tokens[root].head
    for word, dep in relations.items():
        assert (word, tokens[word].dep) == (word, dep)
        assert _head(tokens, word) == root or dep in ("amod", "det")


def test_read_tokens_finite_verb_features(fast_analyzer: LemmaAnalyzer) -> None:
    tokens = _read(fast_analyzer, "Tieto ei kulje, ja vastaukset tulevat hitaasti.")
    assert "Polarity=Neg" in tokens["ei"].morph
    assert "Connegative=Yes" in tokens["kulje"].morph
    assert "VerbForm=Fin" in tokens["kulje"].morph
    # "tulevat" is also a participle ("tulevat muutokset"); after a nominative in a stretch
    # with no other finite verb it is read as the verb
    assert tokens["tulevat"].pos == "VERB"
    assert "VerbForm=Fin" in tokens["tulevat"].morph
    assert "Number=Plur" in tokens["tulevat"].morph


def test_read_tokens_connegative_after_a_negation_verb(fast_analyzer: LemmaAnalyzer) -> None:
    """A word after a negation verb that Voikko can read as its connegative is that verb,
    not the interjection or noun the word also is ("ei jaa", "ei tee")."""
    tokens = _read(fast_analyzer, "Yrittäjä ja alue ei jaa tietoa keskenään.")
    assert (tokens["jaa"].pos, tokens["jaa"].lemma, tokens["jaa"].dep) == ("VERB", "jakaa", "ROOT")
    assert "Connegative=Yes" in tokens["jaa"].morph
    assert (tokens["ei"].dep, tokens["tietoa"].dep) == ("aux", "obj")


def test_read_tokens_participle_subject_before_a_verb(fast_analyzer: LemmaAnalyzer) -> None:
    """Of two finite readings side by side, the first is a participle in the nominative:
    the other verb's subject ("töissä käyvät ei pääse": the working cannot come)."""
    tokens = _read(fast_analyzer, "Ryhmät kokoontuvat päivällä, kun töissä käyvät ei pääse.")
    assert "VerbForm=Fin" not in tokens["käyvät"].morph
    assert (tokens["käyvät"].dep, _head(tokens, "käyvät")) == ("nsubj", "pääse")
    assert "Number=Plur" in tokens["käyvät"].morph
    # a verb after its subject, the only finite one of its stretch: a verb
    tokens = _read(fast_analyzer, "Asiakkaat odottavat vastausta liian kauan.")
    assert "VerbForm=Fin" in tokens["odottavat"].morph


def test_read_tokens_noun_phrase_stays_verbless(fast_analyzer: LemmaAnalyzer) -> None:
    tokens = _read(fast_analyzer, "Tulevat muutokset ja niiden aikataulu")
    assert not any("VerbForm=Fin" in token.morph for token in tokens.values())
    assert tokens["muutokset"].dep == "ROOT"
    assert (tokens["aikataulu"].dep, _head(tokens, "aikataulu")) == ("conj", "muutokset")
    assert tokens["ja"].dep == "cc"


@pytest.mark.parametrize(
    ("text", "main", "clause", "relation", "marker"),
    [
        ("Johto kuuntelee, kun työntekijät kertovat ongelmista.", "kuuntelee", "kertovat",
         "advcl", "kun"),
        ("Ryhmä totesi, että palautetta kerätään liian harvoin.", "totesi", "kerätään",
         "ccomp", "että"),
        ("Tiimi suunnittelee ja johto päättää.", "suunnittelee", "päättää", "conj", "ja"),
        ("Kukaan ei tiedä, mitä toisessa yksikössä tehdään.", "tiedä", "tehdään", "ccomp", None),
    ],
)  # fmt: skip
def test_read_tokens_clause_split(
    fast_analyzer: LemmaAnalyzer,
    text: str,
    main: str,
    clause: str,
    relation: str,
    marker: str | None,
) -> None:
    tokens = _read(fast_analyzer, text)
    assert tokens[main].dep == "ROOT"
    assert (tokens[clause].dep, _head(tokens, clause)) == (relation, main)
    if marker is not None:
        assert _head(tokens, marker) == clause
        assert tokens[marker].dep in ("mark", "cc")
    # every word of the second clause hangs inside it, not on the main verb
    after = list(tokens)[list(tokens).index(clause) + 1 : -1]
    assert all(_head(tokens, word) == clause for word in after)


def test_read_tokens_relative_clause(fast_analyzer: LemmaAnalyzer) -> None:
    tokens = _read(fast_analyzer, "Tarvitaan koordinaattori, joka kokoaa tiedot yhteen.")
    assert tokens["Tarvitaan"].dep == "ROOT"
    assert (tokens["kokoaa"].dep, _head(tokens, "kokoaa")) == ("acl:relcl", "koordinaattori")
    assert (tokens["joka"].dep, "PronType=Rel" in tokens["joka"].morph) == ("nsubj", True)
    assert (tokens["tiedot"].dep, _head(tokens, "tiedot")) == ("obj", "kokoaa")


def test_read_tokens_relative_clause_without_commas_inside_another(
    fast_analyzer: LemmaAnalyzer,
) -> None:
    """A relative clause a note writes without commas, inside the clause it qualifies: it
    ends at its verb, and the finite verbs after it are the outer clause's."""
    tokens = _read(fast_analyzer, "Johto ymmärtää, että kokeilu joka epäonnistuu ei ole virhe.")
    assert tokens["ymmärtää"].dep == "ROOT"
    assert (tokens["epäonnistuu"].dep, _head(tokens, "epäonnistuu")) == ("acl:relcl", "kokeilu")
    assert _head(tokens, "joka") == "epäonnistuu"
    assert (tokens["virhe"].dep, _head(tokens, "virhe")) == ("ccomp", "ymmärtää")
    assert {_head(tokens, w) for w in ("kokeilu", "ei", "ole", "että")} == {"virhe"}
    assert tokens["kokeilu"].dep == "nsubj"


def test_read_tokens_indirect_question_by_its_clitic(fast_analyzer: LemmaAnalyzer) -> None:
    """A verb with the question clitic after a finite verb opens an indirect question, read
    as the finite verb it is there ("uskaltaa": also an infinitive)."""
    tokens = _read(fast_analyzer, "Luottamus ratkaisee uskaltaako työntekijä ehdottaa.")
    assert "VerbForm=Fin" in tokens["uskaltaako"].morph
    assert (tokens["uskaltaako"].dep, _head(tokens, "uskaltaako")) == ("ccomp", "ratkaisee")


@pytest.mark.parametrize(
    ("text", "commas"),
    [
        ("Mittarit pitäisi sopia ennen kuin kokeilu alkaa.", ["ennen"]),
        ("Lasku maksettiin ennen kuin kukaan huomasi.", ["ennen"]),
        # an adverb of the clause before its conjunction opens it ("vasta kun", "heti kun")
        ("Palaute luettiin vasta kun hanke oli ohi.", ["vasta"]),
        ("Tilat avataan heti kun remontti valmistuu.", ["heti"]),
        ("Luottamus ratkaisee uskaltaako työntekijä ehdottaa.", ["uskaltaako"]),
        ("Pitää kertoa etukäteen, että tietää milloin voi vaikuttaa.", ["milloin"]),
        ("Johto ymmärtää, että kokeilu joka epäonnistuu ei ole virhe.", ["joka", "ei"]),
        # a comparison takes no comma
        ("Siellä käy enemmän ihmisiä kuin täällä on.", []),
    ],
)
def test_read_tokens_give_the_comma_rules_their_clauses(
    fast_analyzer: LemmaAnalyzer, text: str, commas: list[str]
) -> None:
    """The summary's comma rules (summarize/commas.py) find, on the Voikko reading, the
    subordinate clauses a note writes without their commas."""
    tokens = list(_read(fast_analyzer, text).values())
    assert [tokens[i].text for i in sorted(clause_commas(tokens))] == commas


@pytest.mark.parametrize(
    ("text", "root", "finite_root"),
    [
        # a verbless statement beside a clause with a subject of its own: no predicate
        ("Kokeilusuunnitelmat näkyviin, niin muut voivat kommentoida.", "Kokeilusuunnitelmat",
         False),
        # a negation verb without its verb is a particle, not a predicate
        ("Lautakunnan keskustelut näkyviin, ei vain päätökset.", "keskustelut", False),
        # an adverbial before the comma, or the subject the clause goes on with: predicated
        ("Ryhmien mukaan, tieto ei kulje.", "kulje", True),
        ("Lyhyt vapaaehtoisuus, yksi ilta kerrallaan, houkuttelisi nuoria.", "houkuttelisi",
         True),
        # a verb that does not agree with the opening nominative: not its predicate
        ("Lukupiirin tapaamiset keväällä, voi tulla kuka tahansa.", "tapaamiset", False),
        ("Kirjaston uusi lukusali, viihtyvät kaikki.", "lukusali", False),
        # … one that agrees may be
        ("Kirjaston uusi lukusali, yllättävän hiljainen, houkuttelee opiskelijoita.",
         "houkuttelee", True),
        # a quantity in the partitive, then a clause with a subject of its own
        ("Opettajalla 30 oppilasta, raja on 25.", None, False),
    ],
)  # fmt: skip
def test_read_tokens_verbless_statement_before_a_clause(
    fast_analyzer: LemmaAnalyzer, text: str, root: str | None, finite_root: bool
) -> None:
    tokens = _read(fast_analyzer, text)
    roots = [t.text for t in tokens.values() if t.dep == "ROOT"]
    assert len(roots) == 1 and root in (None, roots[0])
    assert has_finite_predicate(list(tokens.values())) is finite_root


def test_read_tokens_coordinated_clause_shares_the_subject(fast_analyzer: LemmaAnalyzer) -> None:
    """A clause after "ja" without a subject before its verb shares the first clause's: the
    nominative after its verb is its object, as the parse reads it, so the summary's
    agreement rules see the shared plural subject."""
    tokens = _read(fast_analyzer, "Keittiö sekä opettajat söivät yhdessä ja tunsi lapset.")
    assert (tokens["tunsi"].dep, _head(tokens, "tunsi")) == ("conj", "söivät")
    assert (tokens["lapset"].dep, _head(tokens, "lapset")) == ("obj", "tunsi")
    # a clause with a subject of its own keeps it
    tokens = _read(fast_analyzer, "Keittiö suunnittelee ja opettajat valvovat ruokailua.")
    assert (tokens["opettajat"].dep, _head(tokens, "opettajat")) == ("nsubj", "valvovat")


def test_read_tokens_one_root_per_sentence(fast_analyzer: LemmaAnalyzer) -> None:
    tokens = _read(fast_analyzer, "Aikaa puuttuu. Resursseja ei ole.")
    assert [t.text for t in tokens.values() if t.dep == "ROOT"] == ["puuttuu", "ole"]


def test_parse_reads_with_voikko_without_the_parser(fast_analyzer: LemmaAnalyzer) -> None:
    reader = LemmaAnalyzer("fast", reading="voikko")
    parsed = reader.parse(["Asiakkaat odottavat vastausta."])[0]
    assert [t.dep for t in parsed] == ["nsubj", "ROOT", "obj", "punct"]
    assert reader.parser._parser is None  # no neural parse was loaded


def test_fast_settings_reading(tmp_path: Path) -> None:
    def reading(config: Path | None, fast: bool) -> str:
        settings = load_run_settings(config, input_path=tmp_path, out=tmp_path, fast=fast)
        return settings.lemmatize.reading

    assert (reading(None, True), reading(None, False)) == ("parser", "parser")
    bundled = Path(__file__).parents[2] / "pipelines" / "clinic.toml"
    assert (reading(bundled, True), reading(bundled, False)) == ("parser", "parser")
    config = tmp_path / "clinic.toml"
    config.write_text('[fast]\nreading = "voikko"\n', encoding="utf-8")
    assert reading(config, True) == "voikko"
    config.write_text('[fast]\nreading = "neural"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        reading(config, True)


def test_a_fast_run_with_the_voikko_reading_writes_a_post(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end: `run --fast` with `[fast] reading = "voikko"` reads the clauses of its
    labels and bullets with the Voikko reading (counted) and writes a post from them."""
    import muistiinpanot.lemmatize.parsing as parsing_module

    calls: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> list[ParsedToken]:
        calls.append(1)
        return read_tokens(*args, **kwargs)

    monkeypatch.setattr(parsing_module, "read_tokens", counted)
    clinic = tmp_path / "klinikka"
    clinic.mkdir()
    notes = [
        "tieto ei kulje yksiköiden välillä",
        "siilot haittaa yhteistyötä eri osastojen kesken",
        "luottamus syntyy kasvokkain ja pienissä teoissa",
        "johdon pitäisi antaa lupa kokeilla uutta",
        "kokeiluille tarvitaan aikaa ja rahaa",
        "päätösten perustelut pitäisi kertoa avoimesti asukkaille",
    ]
    (clinic / "ryhma1.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    config = tmp_path / "clinic.toml"
    config.write_text('[fast]\nreading = "voikko"\n', encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--fast", "--config", str(config), "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    post = (out / "summary.md").read_text(encoding="utf-8")
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert "Nostoja verkkoklinikan ryhmätyöskentelyn pohjalta" in post
    assert trace["bullets"]  # the groups' points reach the post through the Voikko reading
    assert calls  # the setting reached the analyzer the run used


def test_the_voikko_reading_keeps_the_accurate_modes_lemmas() -> None:
    """[lemmatize] reading = "voikko" changes how clauses are read, not the mode: in accurate
    mode the reading's lemmas and word classes are the neural tagger's ("Tuli" the noun, not
    fast mode's verb "tulla")."""
    from muistiinpanot.lemmatize import LemmaAnalyzer

    accurate = LemmaAnalyzer("accurate", reading="voikko")
    texts = ["Tuli sammui nopeasti", "Kuusi kaatui myrskyssä", ""]
    tagged = accurate.analyze(texts)
    read = accurate.parse(texts)
    assert [[t.lemma for t in tokens] for tokens in read] == [
        [t.lemma for t in tokens] for tokens in tagged
    ]
    assert read[0][0].pos == "NOUN"


def test_the_auxiliary_gap_bounds_the_words_between_an_auxiliary_and_its_verb(
    fast_analyzer: LemmaAnalyzer,
) -> None:
    """[lemmatize] auxiliary_gap: with the default, "ei" takes "ole" past two words as its
    verb; with none allowed it finds no verb and "ole" heads the clause alone."""
    words = ["se", "ei", "kyllä", "ole", "valmis"]
    lemmas = fast_analyzer.fast.lemmatize(words)
    spaces = [True] * 4 + [False]
    wide = read_tokens(words, spaces, lemmas, fast_analyzer.voikko)
    narrow = read_tokens(words, spaces, lemmas, fast_analyzer.voikko, auxiliary_gap=0)
    assert (wide[1].dep, wide[1].head) == ("aux", 4)
    assert narrow[1].dep != "aux"


def test_the_auxiliary_gap_setting_reaches_the_analyzer(tmp_path: Path) -> None:
    from muistiinpanot.app.models import load_models

    config = tmp_path / "clinic.toml"
    config.write_text("[lemmatize]\nauxiliary_gap = 1\n", encoding="utf-8")
    settings = load_run_settings(config, input_path=tmp_path, out=tmp_path, fast=True)
    assert settings.lemmatize.auxiliary_gap == 1
    assert load_models(settings).analyzer.auxiliary_gap == 1
    config.write_text("[lemmatize]\nauxiliary_gap = -1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_run_settings(config, input_path=tmp_path, out=tmp_path, fast=True)


@pytest.mark.parametrize(
    ("text", "postposition", "genitive"),
    [
        ("Vastuu on nyt asukkaan puolella.", "puolella", "asukkaan"),
        ("Tuki tuli kunnan puolelta liian myöhään.", "puolelta", "kunnan"),
        ("Muutos näkyy ensin nuorten kohdalla.", "kohdalla", "nuorten"),
        ("Päätös tehtiin lasten kohdalle erikseen.", "kohdalle", "lasten"),
        ("Kiitos tuli yhdistyksen taholta.", "taholta", "yhdistyksen"),
        ("Puhuin asukkaiden puolesta kokouksessa.", "puolesta", "asukkaiden"),
    ],
)
def test_read_tokens_postposition_nouns_after_a_genitive(
    fast_analyzer: LemmaAnalyzer, text: str, postposition: str, genitive: str
) -> None:
    """A noun that Finnish uses as a postposition in its local cases (lexicons/reading.toml),
    after a genitive, is the genitive's postposition (ADP, "case"), not a noun of its own;
    elsewhere it stays the noun ("puoli" as a half, a side)."""
    tokens = _read(fast_analyzer, text)
    assert (tokens[postposition].pos, tokens[postposition].dep) == ("ADP", "case")
    assert _head(tokens, postposition) == genitive
    tokens = _read(fast_analyzer, "Puolella ryhmistä ei ollut aikaa.")
    assert tokens["Puolella"].pos == "NOUN"


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Sopimuksen kohdassa 3 sanotaan muuta.", "kohdassa"),
        ("Ohjeen kohdassa neljä on virhe.", "kohdassa"),
        ("Pöytäkirjan kohdasta 5 puuttuu nimi.", "kohdasta"),
        ("Kakun puolessa oli marjoja.", "puolessa"),
    ],
)
def test_read_tokens_postposition_nouns_only_in_their_cases(
    fast_analyzer: LemmaAnalyzer, text: str, noun: str
) -> None:
    """A listed noun after a genitive stays a noun in a case Finnish does not use it as a
    postposition in ("kohta" is one in the adessive, ablative and allative only: "lasten
    kohdalla" but "sopimuksen kohdassa 3", a clause of the contract)."""
    tokens = _read(fast_analyzer, text)
    assert (noun, tokens[noun].pos) == (noun, "NOUN")
    assert tokens[noun].dep != "case"


@pytest.mark.parametrize(
    ("text", "determiner", "noun", "verb"),
    [
        ("Iltapäivän kokoukseen saapuu aina samat kasvot.", "samat", "kasvot", "saapuu"),
        ("Muut kunnat odottavat tuloksia.", "Muut", "kunnat", "odottavat"),
        ("Monet asukkaat käyttävät palvelua.", "Monet", "asukkaat", "käyttävät"),
    ],
)
def test_read_tokens_indefinite_determiners(
    fast_analyzer: LemmaAnalyzer, text: str, determiner: str, noun: str, verb: str
) -> None:
    """A function word Voikko reads as a noun or an untyped pronoun, agreeing with the noun
    after it, is that noun's indefinite determiner (PRON, det, PronType=Ind), as the parse
    reads it; the noun phrase is one, the verb's subject."""
    tokens = _read(fast_analyzer, text)
    assert (tokens[determiner].pos, tokens[determiner].dep) == ("PRON", "det")
    assert "PronType=Ind" in tokens[determiner].morph
    assert _head(tokens, determiner) == noun
    assert (tokens[noun].dep, _head(tokens, noun)) == ("nsubj", verb)


def test_a_definite_plural_subject_after_its_verb_gets_a_plural_verb(
    fast_analyzer: LemmaAnalyzer,
) -> None:
    """The summary's agreement rule (summarize/concord.py) makes a verb plural before a
    plural subject that a determiner makes definite; on the Voikko reading it sees the
    determiner."""
    from muistiinpanot.summarize.concord import concord_tokens

    parsed = list(_read(fast_analyzer, "Iltapäivän kokoukseen saapuu aina samat kasvot.").values())
    fixed = concord_tokens(parsed, fast_analyzer.voikko)
    assert [t.text for t in fixed][2] == "saapuvat"


@pytest.mark.parametrize(
    ("text", "numeral", "noun"),
    [
        ("Lupaa odotetaan neljä viikkoa.", "neljä", "viikkoa"),
        ("Kortti maksaa 25 euroa vuodessa.", "25", "euroa"),
        # a fraction counts as a numeral does (lexicons/reading.toml), a stop word after it
        # is no determiner
        ("Perheet jonottavat puoli vuotta asuntoa.", "puoli", "vuotta"),
        ("Jonossa kuluu puolen vuoden odotus.", "puolen", "vuoden"),
    ],
)
def test_read_tokens_numeral_counts_its_noun(
    fast_analyzer: LemmaAnalyzer, text: str, numeral: str, noun: str
) -> None:
    """A numeral before a nominal counts it (nummod), as the parse reads it, and the noun is
    the phrase's head: the emergent labels tell a measure noun by its numerals."""
    tokens = _read(fast_analyzer, text)
    assert (tokens[numeral].dep, _head(tokens, numeral)) == ("nummod", noun)
    assert _head(tokens, noun) != numeral
    assert tokens[noun].pos == "NOUN"
    # the noun "puoli" stays a noun
    assert _read(fast_analyzer, "Tekninen puoli laskee kustannukset.")["puoli"].pos == "NOUN"


@pytest.mark.parametrize(
    ("text", "numeral", "noun"),
    [
        ("Vuonna 2020 kaupunki lopetti kerhon.", "2020", "kaupunki"),
        ("Vuonna 2019 kaupungin budjetti kasvoi.", "2019", "kaupungin"),
        ("Keväällä 2021 asukkaat perustivat kerhon.", "2021", "asukkaat"),
        ("Vuonna 1998 yhdistys aloitti toimintansa.", "1998", "yhdistys"),
    ],
)
def test_read_tokens_a_number_does_not_count_a_noun_it_does_not_govern(
    fast_analyzer: LemmaAnalyzer, text: str, numeral: str, noun: str
) -> None:
    """A number counts the next word only in the partitive or in its own case; a year after
    "vuonna" names the year and closes its phrase: the noun after it is no counted noun."""
    tokens = _read(fast_analyzer, text)
    assert _head(tokens, numeral) != noun
    assert _head(tokens, noun) != numeral


@pytest.mark.parametrize(
    ("text", "numeral", "noun"),
    [
        ("Yksi kunta jäi pois.", "Yksi", "kunta"),
        ("Ryhmään tuli 3 lapsen perhe.", "3", "lapsen"),
        ("Kolmen kunnan raja kulkee tässä.", "Kolmen", "kunnan"),
        ("Olin jäsenenä 5 vuotta.", "5", "vuotta"),
    ],
)
def test_read_tokens_a_number_counts_a_noun_that_agrees(
    fast_analyzer: LemmaAnalyzer, text: str, numeral: str, noun: str
) -> None:
    """A numeral still counts a noun in its case, and a number in digits one in a case
    other than the nominative, or a partitive after an essive ("jäsenenä 5 vuotta")."""
    tokens = _read(fast_analyzer, text)
    assert (tokens[numeral].dep, _head(tokens, numeral)) == ("nummod", noun)
