"""Round 29's kinds (docs/privacy.md, "Round 29"): names in contact lines, what blind round
19 missed: a given name before a comma or a colon and an address or an e-mail address is
their owner's, and a capitalised word no register knows (or known only as a place) in the
nominative right before a found surname is the name's first part. Beside their
counter-cases, the real spaCy and Voikko, both modes, sentences of our own."""

from __future__ import annotations

from kinds_cases import finds, leaves

test_a_name_in_a_contact_line = finds(
    [
        # a given name that is a word too, a comma or a colon, then an address or an
        # e-mail address
        ("Tuuli, Kauppakatu 12 A 3, 40100 Jyväskylä", "Tuuli"),
        ("yhteyshenkilö: Onni, Hämeenkatu 5 B 8, 33200 Tampere", "Onni"),
        ("Toivo: tk74@example.fi", "Toivo"),
        # a word no register knows as a name (Voikko: a place only) before a found surname
        ("asiakas: Lyydia Virtanen, Puistokatu 3 A 1, 90100 Oulu", "Lyydia"),
        ("Lyydia Kinnunen tulee ensi viikolla", "Lyydia Kinnunen"),
    ]
)


test_no_owner_where_no_name = leaves(
    [
        # an office, a place or a role before the address: no given name's reading
        ("Toimisto, Kauppakatu 12 A 3, 40100 Jyväskylä", "Toimisto"),
        ("Kuopio, Koulukatu 9 B 14, 70100 Kuopio", "Kuopio,"),
        ("Rehtori: Puistotie 4, 00200 Helsinki", "Rehtori"),
        # a given name's word with no comma or colon before the address
        ("Tuuli Kauppakatu 12 A 3 puhalsi", "Tuuli"),
        # a place's genitive or a title before a surname
        ("Kuopion Paananen voitti kisan", "Kuopion"),
        ("Rehtori Paananen avasi juhlan", "Rehtori"),
        ("Oulun Virtanen soitti", "Oulun"),
        # a firm's name
        ("tilasimme Lyydia Paananen Oy:ltä kahvit", "Lyydia"),
    ]
)
