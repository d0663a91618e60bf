"""PrivacySettings: the [privacy] table of pipelines/*.toml as a frozen dataclass (its bounds:
setting_bounds.py): the rules' switches and thresholds here, the measures of reading (vector
margins, caches, word windows) in measure_settings.py and text to publish in
publish_settings.py, which it extends (the fields keep their order: MeasureSettings' first,
then PublishSettings')."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.privacy.publish_settings import PublishSettings


@dataclass(frozen=True, slots=True)
class PrivacySettings(PublishSettings):
    """Thresholds of the personal-data detector; every default is the documented default.
    The measures of reading, `verb_margin` to `shortest_nickname_prefix`: MeasureSettings;
    text to publish and pairs, `publish_unfitting_nouns` to `paid_fore_names`: PublishSettings.

    `lower_case_frames`: a register given name that is also a word, typed in lower case, is a
      person in a frame only a person fits: an act only people do, the allative thanked, a
      name given in quotes ("usva jäi jonoon", "kiitos voitolle"; lower_frames.py); false
      reads only capitalised ones there.
    `whole_foreign_names`: in a note (not only in text to publish) a name found reaches over
      the capitalised words beside it that Voikko does not know or reads only as a name
      ("Vo Thi Hanh", "Nguyen Van Duc"; name_halves.py); false leaves such halves as found.
    `family_person_genitives`: a lone surname's genitive before a place or trade noun
      ("Laitisen kaupassa", "Tiaisen tilalla") is a person's when another word of the text
      points to a person: "hän", a person or kin noun, a verb people do or of a life's events,
      a life's event or care ("hautajaiset", "ambulanssi"; family_persons.py); false leaves
      such a genitive to the other rules (a firm's or a farm's name where none marks it).
    `family_trades`: for that rule, a place that trades (the subject of a business verb,
      the source of a purchase: "Tammisen tila myy aurinkosähköä naapureille") names a
      business: a person noun in the trade's counterpart role (a buyer, a recipient) with no
      tie to the family is no cue there; household and kin nouns, pronouns and a life's cues
      still are (family_trades.py, review 36 mends); false reads every cue at every place.
    `surname_places`: a lone surname's genitive before a place noun (a farm, an estate, land,
      a point on a way: "Väisäsen tila", "Hakalan risteys"), or before a service's noun
      that acts on an object ("Sirviön taksi hoitaa koulukyydit"), is a place's or a firm's
      name where no word of the text points to a person (surname_places.py); false leaves
      it marked.
    `place_and_firm_shapes`: a lone surname after a capitalised trade's noun inside a
      sentence is a firm's name ("Koneliike Niemiselle"), a capitalised compound of common
      nouns of people or groups a unit's ("Liikuntatoimi"; firm_names.py), a surname of the
      -la/-lä shape in the inessive, or where its case or clause gives it a place, a place's
      ("Pesäpallokenttä Mäntylässä", "Toivolan vanha koulu"; la_places.py), an @-handle
      with a body's noun and no given name a body's ("@nuorisotila_pihlaja"; mentions.py),
      and a number after a body's inflected "numero" or "puhelin" the body's
      ("Kotipalvelun numeroon 09 …"; phones.py); false leaves them marked (round 67).
    `nickname_owners`: a capitalised, inflected nickname no dictionary knows is a person's
      as an owner: a genitive before a common noun, an adessive before "olla" ("Tapsan
      traktorilla", "Antsalla on"; nickname_owners.py); false leaves it to the other rules.
    `attending_frames`: a register given name that is also a word is a person as the subject
      of going to, visiting or staying away from a gathering people attend, or of fetching a
      person ("Usva meni kerhoon", "Kielo kävi kampaajalla", "Lumi noutaa lapset";
      attending.py); false leaves it to the other frames of given_words.py.
    `mind_frames`: a register given name that is also a word is a person as the subject of
      a verb of perceiving, feeling or wanting, as the partitive experiencer of a verb of
      feeling, or as the genitive client of a title or a compound agent noun ("Tuisku
      huomasi", "Otsoa pelotti", "Kielon perhetyöntekijä"; mind_frames.py); false leaves it
      to the other frames of given_words.py.
    `doing_frames`: a register given name that is also a word is a person as the subject of
      a verb of performing or a sport, or of making, mending or handling a made thing with
      an object ("Sointu laulaa kuorossa", "Tuuli rakensi laiturin"; doing_frames.py); false
      leaves it to the other frames of given_words.py.
    `repeated_name_parts`: a part of a full name the text gives, read again alone in the
      same text in any case, is that name, though Voikko reads it only as a common word
      ("Usva Korhonen … Usvan mukaan", "Matti Kivi … Kiveltä"), and a register given name
      right before a marked surname is its first part ("Pilvi Virtanen"; name_parts.py);
      false leaves such words to the other rules.
    `lower_full_names`: a lower-case given name that is no common word, right before a
      common noun the register holds as a surname, is a full name ("minna honka toi",
      "lähetti timo vaara"; lower_full_names.py); false leaves the surname to the other
      rules.
    `register_conjuncts`: capitalised words coordinated at a clause's opening, at least two
      of them register names that are also words, are names: the capital of a conjunct is
      the writer's ("Sade ja Valo kävivät", "Pilvi ja Voitto vetää talkoita";
      register_conjuncts.py); false leaves them to the other rules.
    `surname_words`: a register surname Voikko reads only as a common word, opening its
      clause in the allative or the ablative, is a person as the one told or given something
      or as where something said comes from ("Kuuselle pitää ilmoittaa", "Kuuselta tuli
      kysymys"; surname_words.py); false leaves it to the other rules.
    `role_appositions`: two capitalised words of no Finnish reading, one unknown to Voikko,
      right after a person noun in the nominative (or its "on") are the name of the one in
      that role, though the gazetteer knows neither ("Poimija Supaporn Chaiyasit",
      "yhteyshenkilö on Ananda Perera"; role_appositions.py); false leaves them to foreign.py.
    `unlisted_foreign_pairs`: two capitalised words of no Finnish reading, one unknown to
      Voikko and the gazetteer, neither common in English or another European language
      (below `unlisted_pair_zipf`, also the last's stem before a Finnish case ending), are a
      person's name in foreign.py's frames though no list names them ("Somchai Boonmee
      löysi", "Semhar Tesfayn kanssa"; unlisted_pairs.py); false leaves such a pair to the
      frames that need no evidence of the words.
    `quoted_predicates`: a capitalised word alone in quotes opening its clause, whose "on"
      or "oli" has a person noun for its head ('"Taisto" on joukkueen nuorin pelaaja'), is
      a person's name (quoted_predicates.py); false leaves quoted words to the other rules.
    `quoted_nicknames`: a word alone in quotes between a given name and a capitalised word,
      or tied to a name (marked, or in NER's span) by "eli"/"alias" in the same case or by
      "oikealta nimeltään", is that person's nickname ('Maija "Murskaaja" Hautala', '"Kotka"
      eli Markku Kotilainen'; quoted_nicknames.py); false leaves quoted words to the other
      rules.
    `habitive_owners`: a capitalised register name in the adessive as the owner beside
      "olla" ("Onnilla on avaimet", "avain on Lumilla") or the one visited after "käydä"
      ("kävin Kivellä") is a person (habitive_owners.py); false leaves it to the other rules.
    `habitive_zipf`: ... where the word is its sentence's first, only when Finnish text
      writes the adessive form less often than this (wordfreq Zipf: "Onnilla" 1.5, "Mäellä"
      3.0); a place reading's adessive this frequent is the place's locative.
    `account_sources`: a word opening its clause (or after a comma, colon or conjunction) in
      the genitive before "mukaan", with a statement after it (a finite verb, or a nominative
      noun and its predicative: "pysäkit pimeitä"), is the account's source, a person, where
      the genitive is Voikko's own name's ("matin mukaan") or, capitalised, a common noun's
      whose base the register lists as a given name or surname ("Kiven mukaan kukat tuplaa
      sadon"; a common word's genitive needs a subject or object before a passive verb:
      "Tuulen mukaan purjehditaan" stays; account_sources.py, privacy84/85; a place there
      speaks when `lone_place_zipf` says so); false leaves it to the other rules.
    `account_word_margin`: ... a common noun's genitive only where wordfreq's frequency of it
      exceeds log10 of the register's bearers of the name (the larger of given name and
      surname) by at most this ("kiven" 1.31 against Kivi's bearers).
    `publish_acting_word_names`: in text to publish, a register name that is also a word, in
      lower case or capitalised, as the subject of an agent's act (a made thing's making,
      bringing or giving, an errand, telling a person, a promise to act, a visit to do
      something, being at work or good at doing: "Lumi toi mukaan rakkoleväpussit", "kojun
      kyltin maalas ilona"; acting_word_names.py, privacy87) is a name; false leaves it to
      the other rules.
    `acting_word_window`: words read back from a word-name ending its clause for its verb,
      only oblique words between ("luodon kuvat otti satu"; privacy89).
    `lower_double_given`: a lower-case hyphened word Voikko reads as a given name whose two
      parts are Finnish register given names, not meeting at the same vowel, is a person's
      double given name ("kirsi-marja"; not "suvi-ilta"; double_given.py, privacy88); false
      leaves it to the frames of lone lower-case names.
    `habitive_not_thing`: a capitalised given name (no place) read in the adessive before
      "olla" is the owner of a clause of having, never the subject a thing's head noun names
      ("Kallella on auto"; named.py, privacy88); false drops it as "Helmi on kylän
      ravintola" is dropped.
    `habitive_other_lemma`: ... a sentence's first word past `habitive_zipf` is still the
      owner where every reading of it is a given name's adessive singular (no verb, common
      word, place or plural: "Akulla", "Tarjoilla"; habitive_owners.py, privacy90 and
      privacy93); off since review 95: "Sannalla" (santa) is not told from "Akulla" (akku),
      and the forms it still reads other rules find; false leaves it to the frequency gate.
    `foreign_frames`: a capitalised word of no reading but a name's, rare in Finnish text,
      as the complement of a person noun's copula closing its clause ("opettaja on Ewan,")
      or as a genitive inside its sentence before a kin noun ("Dungin äidin"), and a
      lower-case particle surname after a lower-case name ("ahmed al-rashid"), is a name
      (foreign_frames.py, privacy90); false leaves them to the other rules.
    `contact_surnames`: a given name and the word after it right before a phone number are
      a full name when that word reads as a surname ("tarja pelto, 045 …", "Minna Ahmadi,
      044 …"; contact_surnames.py); false leaves the word to the other rules.
    `lower_name_pairs`: a lower-case given name, a word too or not, before a surname no
      register holds but rare in Finnish (below `lower_pair_zipf`, wordfreq) or a register
      surname's common noun, in a person's frame or case, is a full name ("jukka kivi
      soitti", "olli routasalo ajaa", "kysykää pekka harakalta"; lower_pairs.py); false
      leaves such pairs to lower_full_names.py.
    `paid_or_asked`: a register name that is a word too, opening its clause in the allative
      before a passive verb of paying or giving ("Lumille maksettiin matkakulut") or in the
      partitive before a passive verb of asking and a MA-infinitive ("Toivoa pyydettiin
      tarkistamaan"), is the one paid or asked (register_recipients.mark_paid_or_asked).
    `bidden_window`: how many words after the passive that rule reads for the gifts of
      `figurative_gifts`, the infinitive and the infinitive's object.
    `lone_given_names`: a given name alone, no surname, typed in lower case or with a
      second reading in Voikko (a common word's, a place's), in a frame only a person fits:
      "the only one" with a person noun or a relative clause of will ("Aleksi oli ainoa nuori
      joka", "mäki oli ainoa joka jaksoi"), two lower-case register names coordinated as
      the subject of an errand or a person's act ("emmi ja sara hoitaa kassan"), a place
      reading's genitive before "mukaan" ("Kaijan mukaan"); a lower-case name in a case no
      demonstrative before it agrees with is no product ("annetaan tää jonnalle";
      lone_given.py, tools.py); false leaves them to the other rules.
    `lone_place_zipf`: a given name Voikko reads as a place is a place that speaks (no
      person) before "mukaan" when Finnish text writes its inessive or adessive at least
      this often (wordfreq's Zipf scale: "Kaarinassa" 3.4, "Kaijassa" 0).
    `trade_titles`: a capitalised common word right after a lower-case trade's noun of the
      suffixes -uri/-yri, -ias/-iäs, -isti, -ari/-äri ("puutarhuri", "torikauppias"), as
      the subject of a verb people do, is a name ("puutarhuri Kataja istutti",
      "torikauppias Kivi sanoi"; trade_titles.py); false leaves it to the title rule.
    `handled_things`: a register given name that is a word of nature too, as the subject
      of an errand with a made thing ("Pilvi hoitaa kirjanpidon") or of bringing one to a
      gathering or a person ("Taimi toi pullaa talkoisiin"), is a person
      (handled_things.py); false leaves it to the other frames.
    `group_and_firm_owners`: a name's genitive before a noun of a group of persons or a kin
      ("Aarne Heikkilän perikunta", "Salmisen pariskunta") and a whole name's before a
      private firm's noun in lower case ("Kimmo Vehviläisen marjayhtiö") stay a person's
      (owned_heads.py, round 69); false lets the organisations' rule take them back.
    `asked_or_sent_names`: a register given name read only as a place, in the ablative
      after a verb of asking ("Kysykää Inarilta"), and a register given name's allative
      opening its clause as the receiver of a message that comes or leaves ("Lumille lähti
      kirje") are persons (asked_places.py, round 69); false leaves them to the other rules.
    `kin_name_pairs`: two words read as a given name and a surname's genitive, in either
      order, right before a noun of kin are a person's name ("aallon sannan tytär";
      kin_pairs.py, round 70); false leaves them to the other rules.
    `owed_names`: a register given name's allative opening its clause before a verb of
      necessity and the infinitive of paying ("Tuulille pitäis maksaa"), and a common
      register surname's allative before a passive of paying ("Kivelle maksettiin"), are
      the one paid (owed_names.py, round 73); false leaves them to the other rules.
    `given_genitive_heads`: a register given name that is a word, capitalised, in its own
      genitive (a form the word does not take: "Lumin", "Merin") before a noun, or in a
      genitive Voikko reads as a given name's before a group or a view (given_words.toml
      `led_groups`, `stated_views`: "Kielon ryhmä", "Ritvan arvio"), is a person
      (own_genitives.py, round 74); false leaves them to the other rules.
    `given_genitive_word_margin`: how far (Zipf, log10) wordfreq's frequency of such a
      genitive may exceed log10 of the register's bearers of the name before its common
      word's reading vetoes a group or a view ("Illan ryhmä", "Aamun ryhmä"; review 67).
    `given_genitive_common_bearers`: bearers (population register) at or above which a given
      name is never vetoed so ("Toivon ryhmä", "Rauhan ryhmä"; review 69).
    `handed_names`: a capitalised given name in the allative or the ablative, opening its
      clause before a passive or a necessive of a verb of handing over, promising, lending,
      telling, asking or buying, or up to `register_window` words after such a verb, is the
      receiver or the giver ("Toivolle luvattiin", "Sirkalta lainattiin"; handed_names.py,
      round 75); false leaves them to the other rules.
    `thanked_lower_names`: a lower-case register given name in the nominative, a noun's or
      a name's, ending its clause right after "kiitos"/"kiitti" is the one addressed ("kiitti
      paula"; handed_names.mark_thanked_lower, round 75), a focus adverb between or its
      elative reason after ("kiitos myös toivo", "kiitti tuuli vetämisestä"; review 69); a
      common noun few bear only as `given_genitive_*` allow; false leaves it to the other rules.
    `treated_names`: a given name's singular partitive opening its clause, capitalised or in
      lower case, before a passive or a necessive of a verb whose object is a person
      (thanking, congratulating, reminding, comforting, guiding, bullying) is that person
      ("Kaislaa onniteltiin", "Tuulia pitäis kiittää"; treated_names.py, round 76); false
      leaves them to the other rules.
    `word_given_pairs`: a lower-case register given name that Voikko reads only as a noun,
      right before Voikko's own surname ("lumi ahonen ilmoitti") or before a register
      surname's genitive and a person's postposition ("lumi harjun kanssa"), is a full name
      (word_given_pairs.py, round 82b); false leaves them to the other rules.
    `word_given_word_surnames`: with `word_given_pairs`, a -nen surname of Voikko's that is
      also an adjective or a verb's potential or -minen form ("valo järvinen", "lumi
      tuominen") is the surname too (review 74 #1); false wants no common word's reading.
    `word_given_extend`: with `word_given_pairs`, a last pass marks a word it reads as a
      given name right before a lower-case surname another rule marked ("valo järvinen"
      where only "järvinen" was found; review 74 #1); false leaves the given name.
    `word_given_role_imperative`: with `word_given_extend`, that given name may also be a
      verb's bare imperative ("arvo", arpoa's) where a person noun in the nominative stands
      right before it ("mestari arvo lindholm"; privacy91); false wants a noun's reading only.
    `paid_after_verb`: a capitalised given name's or common register surname's allative
      inside its sentence up to `register_window` words after a verb of paying ("maksettiin
      Kivelle", "maksetaanko Kivelle") is the one paid (owed_names.py, round 82b; read
      only with `owed_names` on, as is `handed_word_forms`).
    `handed_word_forms`: a common noun's singular allative whose base the register gives as
      a given name, in the word's own form ("onnelle"), opening its clause before a passive
      or a necessive of a verb of handing over or paying ("onnelle maksetaan", "onnelle
      pitää lähettää") is the one handed to (owed_names.py, round 82b).
    `paid_surname_bearers`: how many bearers the population register must give a surname
      that is a word for its allative before "maksettiin" to be read as a person's.
    `sent_clause_window`: how many words after such an allative are read for its verb of
      coming or sending and its message noun, and after such an ablative for a body's noun
      or a model asked for, which keeps it a place (asked_places.py; review 55 #3).
    `owner_persons`: a whole name the organisations' or works' rules would take back stays
      a person's where the grammar makes it one: the object of a verb whose object is a
      person, the owner of a dwelling in lower case ("Tapasin Sofia Lindqvistin
      kävelykadulla", "Jürgen Hoffmannin talon"; organisations.py), a name after a person
      noun ("Taiteilija Ingrid Holmströmin veistos"; works.py); false drops them as before.
    `person_ages`: a person's age right after a capitalised word or a lower-case register
      given name ("Aino 91v sanoi", "Helmi (88)", "Onni 82-vuotias") is blanked before the
      name rules read the text, and the given name before it is a person (ages.py, review
      76); false lets the age break the cues after it, as before.
    `mistyped_codes`: an identity code of the exact shape (a real date DDMMYY, a century
      sign, three digits, a check character of the alphabet) and a Finnish IBAN of the exact
      shape (FI, two digits, 14 digits, in groups of four or not) are personal data though
      their check fails ("hetu 120384-123X", "FI45 5000 1420 0388 11"; patterns.py); no
      context word is needed; false keeps only codes whose check holds.
    """

    lower_case_frames: bool = True
    whole_foreign_names: bool = True
    family_person_genitives: bool = True
    family_trades: bool = True
    surname_places: bool = True
    place_and_firm_shapes: bool = True
    nickname_owners: bool = True
    attending_frames: bool = True
    mind_frames: bool = True
    doing_frames: bool = True
    repeated_name_parts: bool = True
    lower_full_names: bool = True
    register_conjuncts: bool = True
    surname_words: bool = True
    role_appositions: bool = True
    unlisted_foreign_pairs: bool = True
    unlisted_pair_zipf: float = 3.0
    quoted_predicates: bool = True
    contact_surnames: bool = True
    lower_name_pairs: bool = True
    lower_pair_zipf: float = 2.5
    owner_persons: bool = True
    mistyped_codes: bool = True
    paid_or_asked: bool = True
    bidden_window: int = 5
    lone_given_names: bool = True
    lone_place_zipf: float = 2.0
    trade_titles: bool = True
    handled_things: bool = True
    group_and_firm_owners: bool = True
    asked_or_sent_names: bool = True
    sent_clause_window: int = 5
    kin_name_pairs: bool = True
    owed_names: bool = True
    paid_surname_bearers: int = 1000
    given_genitive_heads: bool = True
    given_genitive_word_margin: float = 1.0
    given_genitive_common_bearers: int = 1000
    handed_names: bool = True
    thanked_lower_names: bool = True
    treated_names: bool = True
    word_given_pairs: bool = True
    word_given_word_surnames: bool = True
    word_given_extend: bool = True
    word_given_role_imperative: bool = True
    paid_after_verb: bool = True
    handed_word_forms: bool = True
    person_ages: bool = True
    quoted_nicknames: bool = True
    habitive_owners: bool = True
    habitive_zipf: float = 2.0
    account_sources: bool = True
    account_word_margin: float = 1.5
    publish_acting_word_names: bool = True
    acting_word_window: int = 4
    lower_double_given: bool = True
    habitive_not_thing: bool = True
    habitive_other_lemma: bool = False
    foreign_frames: bool = True


#: The documented defaults (the detector without configure_privacy).
DEFAULT_SETTINGS = PrivacySettings()
