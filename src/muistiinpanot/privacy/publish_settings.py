"""PublishSettings: the [privacy] settings of text to publish and of the pair rules, between
MeasureSettings (measure_settings.py), which it extends, and PrivacySettings (settings.py),
which extends it (the fields keep their order)."""

from __future__ import annotations

from dataclasses import dataclass

from muistiinpanot.privacy.measure_settings import MeasureSettings


@dataclass(frozen=True, slots=True)
class PublishSettings(MeasureSettings):
    """How text to publish is read (`publish_*`, `clinic_names`) and the levels and windows
    of the rules for pairs of capitalised words (`kin_pair_english_zipf` to
    `paid_fore_names`); every default is the documented default.

    `publish_kin_word_names`: in text to publish, a lower-case word read as a given name's
      genitive right before a noun of kin or of a tie between persons is a name ("kirsin
      tytär"; publisher.kin_word_names, privacy83); false leaves it to the other rules.
    `publish_subject_word_names`: in text to publish, a lower-case given name that is also a
      common noun of no nature, as the subject of an act done to a made thing, is a name
      ("jukka pitää kassan"; published_subjects.py, privacy83).
    `publish_unfitting_nouns`: in text to publish (find_personal_data(cautious=True): the
      post's sentences, theme labels and keywords), a capitalised noun whose every common
      reading is no person nor group is a name where a person stands ("Usvan mielestä",
      "Kuuselle kannattaa kertoa", "Hongan kanssa sovittiin"), unless it is a compound or a
      derivation, the sentence shows it naming a thing or a body, or the text or the
      domain's writers (the example notes: app/models.py) write it in lower case
      (grounding.unfitting, roles.py, usage.py); false reads published text as notes are
      read.
    `publish_margin`: such a noun counts only when its vector lies nearer Finnish names, or
      words of nature, than common words by at least this much (nouns.py; "usva", "honka";
      not "data", "hanke", "strategia"); lower drops more words from the post.
    `kin_pair_english_zipf`: two capitalised words Voikko does not know before a noun of kin
      or of a household ("Senait Tesfayen perhe") are no person's when a part the gazetteer
      does not know as a name is at least this common in English (wordfreq's Zipf scale,
      3.0: once in a million words; "Addis Abeban perheet", "Family Clubin perheet";
      kin_owners.py); higher flags more such pairs.
    `pair_common_word_zipf`: two capitalised words nothing knows in a person's frame
      (unknown_names.py) are a paper, a firm or an organisation, not a name, when a part the
      gazetteer does not know is at least this common in a European language (wordfreq's
      Zipf scale, 4.0: ten in a million words; "Svenska Dagbladet kertoi", "Rädda Barnen
      osallistui"; kin_owners.european_word_part); lower leaves more pairs.
    `chain_adverbs`: how many adverbs may stand between the auxiliaries of a negated or
      perfect passive and its participle of telling or asking for a name nothing but the
      gazetteer knows, or a pair nothing knows, in the allative or the ablative before them
      to be the one told ("Kwabenalle ei ole vielä kerrottu", "Sita Gurungille ei ole enää
      ilmoitettu"; unknown_names.py, read by passive_telling.py); 0 reads the auxiliaries and
      the participle side by side only.
    `paid_fore_names`: how many capitalised words right before the allative of one paid a
      wage may be the same name's ("Chidi Okaforille maksettiin palkka"; paid_names.py); 0
      reads the allative alone.
    `clinic_names`: a word the clinic's notes use in a frame only a person takes ("hohde
      lupasi", "kysytään hohteelta") and read as a name there or elsewhere in the clinic is
      that person's name in all the clinic publishes, in any case form (clinic_evidence.py,
      known.py); false reads each published text alone.
    """

    publish_unfitting_nouns: bool = True
    publish_kin_word_names: bool = True
    publish_subject_word_names: bool = True
    publish_margin: float = 0.0
    clinic_names: bool = True
    kin_pair_english_zipf: float = 3.0
    pair_common_word_zipf: float = 4.0
    chain_adverbs: int = 1
    paid_fore_names: int = 2
