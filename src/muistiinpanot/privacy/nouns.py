"""What a common noun names, for nouns no list names: a nearest-centroid reading of the model's
floret vectors, as verbs.py reads verbs. A capitalised noun whose vector lies nearer the
lexicon's words of nature (trees, plants, animals, birds, weather, colours: `nature_nouns`)
than its words of people and groups (`people_nouns`) and of things and documents
(`thing_nouns`) by `margin` cannot itself promise, ask or be of an opinion: where a person
stands ("Pihlaja lupasi", "HAAPA TOIMITTAA"), such a word is a surname or a given name
("Pihlaja", "Haapa", "Sini"). A person noun or a group ("Asukas kertoi", "Kunta lupasi") or a
document ("Raportti kertoo") is read as itself. The lists are general Finnish categories, and
the vectors carry the reading to nouns of any note.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from muistiinpanot.bounded import BoundedCache
from muistiinpanot.privacy.context import load_name_lexicon, spoken_forms
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.verbs import Vectors, unit_vectors


class NounSense:
    """Whether a noun's base form names something of nature (`natural`) and whether a word
    no dictionary knows is shaped like a name (`name_like`), from the vectors."""

    def __init__(
        self,
        vectors: Vectors,
        margin: float,
        name_margin: float,
        kept: int = 100_000,
        nearest: int = 3,
    ) -> None:
        self.vectors = vectors
        self.nearest = nearest  # how many nearest words of each side are averaged
        self.margin = margin
        self.name_margin = name_margin
        self._rows: tuple[npt.NDArray[np.float32], ...] | None = None
        self._scores: BoundedCache[str, tuple[float, float, float]] = BoundedCache(kept)
        self._names: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None
        self._name_scores: BoundedCache[str, float] = BoundedCache(kept)
        self._animals: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None

    def name_score(self, word: str) -> float:
        """Mean cosine to the nearest Finnish names of the gazetteer minus that to the
        nearest common and spoken words (the lexicon's nouns, lexicons/spoken.toml)."""
        word = word.casefold()
        score = self._name_scores.get_many([word]).get(word)
        if score is None:
            names, words = self._name_rows()
            vector = unit_vectors(self.vectors, [word])[0]
            near_names = float(np.sort(names @ vector)[-self.nearest :].mean())
            near_words = float(np.sort(words @ vector)[-self.nearest :].mean())
            score = near_names - near_words
            self._name_scores.put_many({word: score})
        return score

    def name_like(self, word: str) -> bool:
        """A word whose subword vector lies nearer Finnish names than common and spoken
        words by at least `name_margin` ("anttu", "sakke"; not "rekry", "oikeesti")."""
        return self.name_score(word) >= self.name_margin

    def _name_rows(self) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        if self._names is None:
            lexicon = load_name_lexicon()
            common = lexicon.nature_nouns | lexicon.people_nouns | lexicon.thing_nouns
            self._names = (
                unit_vectors(self.vectors, sorted(load_gazetteer().finnish)),
                unit_vectors(self.vectors, sorted(common | spoken_forms())),
            )
        return self._names

    def score(self, noun: str) -> float:
        """Mean cosine to the nearest words of nature minus the larger of those to the
        nearest words of people and of things."""
        nature, people, things = self._nearness(noun)
        return nature - max(people, things)

    def personal(self, noun: str) -> bool:
        """A word of people or groups: nearer those words than to nature and things
        ("asiakas", "kunta"; not "pulmu")."""
        nature, people, things = self._nearness(noun)
        return people >= max(nature, things)

    def peopled(self, noun: str) -> bool:
        """A word nearer the words of people and groups than those of nature, whatever its
        nearness to things: an office or a service one calls ("sosiaalitoimi",
        "päivystys"), not a window or a roof ("ikkuna", "katto"; privacy/human_acts.py)."""
        nature, people, _ = self._nearness(noun)
        return people > nature

    def made(self, noun: str) -> bool:
        """A made thing's word: nearer the words of things than those of people, and no word
        of nature by `natural` ("pulla", "avain"; not "ilo", "rauha", "lämpö";
        handled_things.py)."""
        nature, people, things = self._nearness(noun)
        return things > people and nature - max(people, things) < self.margin

    def _nearness(self, noun: str) -> tuple[float, float, float]:
        """Mean cosine to the nearest words of nature, of people and of things."""
        noun = noun.casefold()
        found = self._scores.get_many([noun]).get(noun)
        if found is None:
            vector = unit_vectors(self.vectors, [noun])[0]
            nature, people, things = (
                float(np.sort(rows @ vector)[-self.nearest :].mean()) for rows in self._centres()
            )
            found = (nature, people, things)
            self._scores.put_many({noun: found})
        return found

    def natural(self, noun: str) -> bool:
        """A word of nature: nearer those words by at least `margin`."""
        return self.score(noun) >= self.margin

    def animal(self, noun: str, nearness: float) -> bool:
        """A kind of animal (review 59 #3: "Karhun perhe myi …" is a story's): its vector's
        mean cosine to the nearest animal kinds (lexicons/lookalikes.toml `animal_kinds`) is at
        least `nearness` and above that to the lexicon's other nouns (people, things and
        nature but the animals): "karhu", "kettu", not "kuusi", "pihlaja", "mäki"."""
        if self._animals is None:
            kinds = set(load_lookalikes().animal_kinds)
            lexicon = load_name_lexicon()
            others = (lexicon.people_nouns | lexicon.thing_nouns | lexicon.nature_nouns) - kinds
            self._animals = (
                unit_vectors(self.vectors, sorted(kinds)),
                unit_vectors(self.vectors, sorted(others)),
            )
        vector = unit_vectors(self.vectors, [noun.casefold()])[0]
        near, other = (
            float(np.sort(rows @ vector)[-self.nearest :].mean()) for rows in self._animals
        )
        return near >= nearness and near > other

    def _centres(self) -> tuple[npt.NDArray[np.float32], ...]:
        if self._rows is None:
            lexicon = load_name_lexicon()
            self._rows = tuple(
                unit_vectors(self.vectors, sorted(words))
                for words in (lexicon.nature_nouns, lexicon.people_nouns, lexicon.thing_nouns)
            )
        return self._rows
