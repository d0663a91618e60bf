"""Review 59 #2 and #3 (mend121): kin_pairs and kin_owners (round 70) read nature words and a
story's animals as names. Written before the code, with sentences of my own (none from the
review's probes or from benchmarks data); not tuned on.

- #2: two words both read as common nouns before a kin noun ("järven tuulen tytär") are a
  name only when both are capitalised or Voikko itself reads each as the name its place
  wants (a surname's genitive, a given name);
- #3: a story animal's family that sells or gives ("Hirven perhe myi …") is no person in
  notes (the publisher still redacts a sentence-opening family's genitive, review 25 #2)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

NOTES = pytest.mark.parametrize("cautious", [False])

NATURE_PAIRS = [
    ("Sadussa järven tuulen tytär tanssi rannalla", "järven tuulen"),
    ("niityn lumen poika lähti kotiin", "niityn lumen"),
    ("vanha tarina kertoo meren sateen tyttärestä", "meren sateen"),
]
test_nature_pairs = leaves(NATURE_PAIRS)

KIN_PERSONS = [
    ("mäen sannan tytär laulaa kuorossa", "mäen sannan"),
    ("Tuuli Rannan poika ajaa taksia", "Tuuli Rannan"),
]
test_kin_persons = finds(KIN_PERSONS)

STORY_ANIMALS = [
    ("Hirven perhe myi mustikoita sadussa", "Hirven"),
    ("Jäniksen lapset lahjoittivat porkkanoita tarinassa", "Jäniksen"),
]
test_story_animals = leaves(STORY_ANIMALS, NOTES)
