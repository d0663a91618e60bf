"""MeasureSettings: the measures of the [privacy] table by which the detector reads words
(vector margins, caches, word windows, word lengths); PrivacySettings (settings.py) extends
it with the rules' switches and their thresholds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MeasureSettings:
    """The detector's measures of reading; every default is the documented default.

    `verb_margin`: a verb no list names is one people do when its floret vector is nearer
      the lexicon's verbs of people than its verbs of things by this much (cosine; verbs.py).
    `nature_margin`: a capitalised noun is read as a name where a person stands ("Pihlaja
      lupasi") when its vector is nearer the lexicon's words of nature than those of people
      and of things by this much (nouns.py); lower keeps fewer such words as words.
    `kin_animal_nearness`: a sentence-opening genitive before a kin noun that gives, sells
      or pays (`owning_verbs`, round 70) is a story's animal, not a family's name, when its
      vector's mean cosine to the nearest animal kinds is at least this and above that to
      the lexicon's other nouns (nouns.py `animal`; "Karhun perhe myi …": review 59 #3).
    `name_margin`: a lower-case word no dictionary knows is read as a nickname where a person
      stands ("anttu kävi") when its vector is nearer Finnish names than common and spoken
      words by this much (nouns.py); lower flags more unknown words.
    `lemma_nearness`: a lemma at least this near a removed name or its stem (difflib's
      ratio) is the lemmatizer's guess for that name and leaves keywords and redacted
      lemmas too ("kakkainen" for "karkkaiselta"; lemmas.py).
    `sense_cache_words`: how many words' vector readings (verbs.py, nouns.py) are kept, the
      least recently used out first (memory stays bounded over any number of notes).
    `detected_texts_kept`: how many texts' findings the detector keeps per reading (notes or
      published text, with or without NER, the domain's words), the least recently used out
      first: the same text is checked many times on its way out (a note when its theme is
      labelled, again for its bullet, in the final check of the post), and is read once.
    `sense_nearest`: how many nearest lexicon words of each side the vector readings average
      (verbs.py, nouns.py).
    `role_window`: how many words from a verb of asking or telling (or one whose object is
      a person) a name may stand ("kysytään vielä tepalta"; roles.py).
    `opinion_window`: how many words after "olla" its "mieltä" may stand ("on molemmat sitä
      mieltä"; roles.py).
    `recipient_window`: how many words from a foreign full name in the allative or ablative
      a recipient word or a verb of asking, telling, promising or giving may stand
      (foreign._recipient_slot; promising and giving only where the first part is a given
      name of the gazetteer or both parts have letters Finnish does not use).
    `register_window`: how many words before a register name that is also a common word its
      verb of asking or of giving may stand, and how far after it the clause's words are
      read for a figurative gift ("kysy vaikka kaislalta", "lähetin ehdotuksen Tammelle";
      register_recipients.py); also how far from such a name in the ablative its verb of
      coming may stand ("Armaalta tuli idea"; human_acts.py) and how far before a name given
      in quotes its verb of naming ('kutsuu häntä "Jokeksi"'; called_names.py).
    `system_verb_window`: how many words after a capitalised given name in the inessive that
      names an information system (lexicons/tools.toml `system_names`) its clause's verb of a
      thing may stand for the name to be the system's ("Wilmassa ei vieläkään näy"; tools.py).
    `maker_head_window`: how many words after a participle of making its head, a work's or a
      built thing's noun, may stand for the genitive name before the participle to be the
      maker's ("Alvar Aallon suunnittelema uusi kirjasto": one adjective; works.py).
    `hiring_object_window`: how many words after a verb of taking on staff its object, a
      person noun, may stand for a surname's farm or workshop that is its subject to be a
      business ("Tolvasen tila ottaa kaksi harjoittelijaa"; hiring.py).
    `complement_window`: how many words after "olla" a person noun may stand for
      coordinated subjects ("on kumpikin pitkän linjan kalastajia"; subjects.py), and a
      thing's head noun for a thing named like a person ("on kylän ainoa ravintola"; named.py).
    `owner_window`: how many characters before a phone number its owner's given name is
      looked for, past a label such as "puh." ("Raili 040 …", "tiedot Ainolta, tel. 040 …";
      mentions.py), a thing's label that makes it no phone ("mikrosiru 246 …";
      lookalikes.py), and an office line's owner and name ("Terveysaseman vaihde 09 …";
      phones.py).
    `language_noun_window`: how many words may stand between "on"/"oli" and a noun of a
      variety of language for the clause's first word to be mentioned, not a person ("kalle on
      vanhaa stadin slangia"; mentioned_words.py).
    `hyphen_name_letters`: the fewest letters of a register given name hyphened to a noun of
      kin or sex read as a person's ("Aino-täti"; hyphen_names.py).
    `dottable_letters`: at most this many a and o letters of an e-mail address's local part
      are tried dotted when reading it as ordinary words typed without the dots ("kesatyot@":
      kesätyöt; 2^n spellings; mentions.py).
    `shortest_nickname`: the fewest letters of a lower-case unknown word read as a nickname
      ("hva", "tmi" are abbreviations; grounding.py, nicknames.py).
    `shortest_nickname_prefix`: the fewest letters of a given name's beginning a nickname
      keeps ("Ve" of "Veikko" in "Veke": the first syllable's onset and vowel; nicknames.py).
    """

    verb_margin: float = 0.05
    nature_margin: float = 0.15
    name_margin: float = 0.05
    kin_animal_nearness: float = 0.38
    lemma_nearness: float = 0.75
    sense_cache_words: int = 100_000
    detected_texts_kept: int = 20_000
    sense_nearest: int = 3
    role_window: int = 2
    opinion_window: int = 3
    recipient_window: int = 3
    register_window: int = 2
    system_verb_window: int = 3
    maker_head_window: int = 2
    hiring_object_window: int = 2
    complement_window: int = 4
    owner_window: int = 60
    dottable_letters: int = 8
    language_noun_window: int = 2
    hyphen_name_letters: int = 3
    shortest_nickname: int = 4
    shortest_nickname_prefix: int = 2
