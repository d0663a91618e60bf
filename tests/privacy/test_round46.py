"""Round 46 (issue 12) and review 29's mends (mend52). A number after an identifier's label is
no phone only when it cannot be a phone; an @-handle typed without the dots of ä and ö that is
a compound or a plural of common nouns is no person's, unless a dotted spelling has a part the
register knows; a clause's first word that the clause calls slang or a dialect is mentioned,
not a person, only when it is written as a word (lower case or quoted) and is no person
elsewhere in the note; a register given name hyphened to a noun of kin or gender is a
person's. The shop rule ("Lahtisen pyöräliike") is gone: a "-liike" compound is a movement as
often as a shop. The real spaCy and Voikko, sentences of our own (none is a row of a dev set);
the reviewer's sentences are marked "review 29"."""

from __future__ import annotations

from kinds_cases import finds, leaves

# Review 29, finding 1 and 4: a surname's genitive before a "-liike" compound stays marked,
# a movement of the body (health data beside it) and a shop alike.
test_a_surname_before_a_liike_compound_stays = finds(
    [
        # review 29
        ("Korhosen hengitysliikkeet olivat pinnallisia ennen sairaalaan vientiä.", "Korhosen"),
        ("Mäkisen kävelyliike on muuttunut aivoinfarktin jälkeen.", "Mäkisen"),
        ("Heikkisen potkuliike parani fysioterapiassa.", "Heikkisen"),
        ("Salosen kiertoliike olkapäässä on rajoittunut.", "Salosen"),
        ("Virtasen heittoliike on kuntoutuksen jälkeen jäykkä.", "Virtasen"),
        ("Lahtisen tanssiliikkeet saivat kaikki nauramaan.", "Lahtisen"),
        ("Niemisen ympäristöliike keräsi nimiä.", "Niemisen"),
        ("Lahtisen vaateliike meni konkurssiin, kun Lahtinen sairastui.", "Lahtisen"),
        ("Korhosen pyöräliikkeen omistaja Jari kertoi, että asiakkaat vähenivät.", "Korhosen"),
        # fresh
        ("Tolosen nielemisliike on hidastunut leikkauksen jälkeen", "Tolosen"),
        ("Laaksosen uintiliike paranee altaassa viikko viikolta", "Laaksosen"),
        ("Hakalan nostoliike sattuu selkään", "Hakalan"),
        ("Korhosen käsiliike oli nopea ja varma", "Korhosen"),
        ("Tolosen vastaliike yllätti valtuuston", "Tolosen"),
        ("Korhosen silmänliike oli hidas", "Korhosen"),
        ("Korhosen Sannan kenkäliike on auki", "Korhosen Sannan"),
        ("Sanna Korhosen kenkäliike on auki", "Sanna Korhosen"),
        ("Korhosen liike oli kömpelö", "Korhosen"),
        ("Tolosen kenkäliikekäynti jäi kesken", "Tolosen"),
    ]
)
