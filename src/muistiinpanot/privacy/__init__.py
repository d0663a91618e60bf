"""Personal data: one detector (names in any casing, e-mails also obfuscated, Finnish phone
numbers, identity codes, IBANs, street addresses) used wherever text leaves the program: the
post, theme labels and keywords, identifiers that embed file names, and `--redact` of notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from muistiinpanot._lazy import lazy_getattr

if TYPE_CHECKING:
    from muistiinpanot.privacy.classify import classify_word
    from muistiinpanot.privacy.clinic_evidence import clinic_names, marked_names
    from muistiinpanot.privacy.detect import (
        configure_privacy,
        find_personal_data,
        find_published_data,
        redact_text,
        redact_texts,
    )
    from muistiinpanot.privacy.kin_owners import surname_before_kin
    from muistiinpanot.privacy.known import known_names
    from muistiinpanot.privacy.lemmas import is_personal_word
    from muistiinpanot.privacy.patterns import is_valid_hetu
    from muistiinpanot.privacy.publish import (
        PersonalDataLeak,
        check_post,
        note_spans,
        personal_notes,
        published_name,
        redact_notes,
        scrub_themes,
    )
    from muistiinpanot.privacy.redact_ids import (
        IdentifierRedactor,
        clinic_redactor,
        note_identifiers,
        published_clinic,
        redact_theme_ids,
        redact_trace,
    )
    from muistiinpanot.privacy.settings import PrivacySettings
    from muistiinpanot.privacy.spans import PLACEHOLDERS, PersonalSpan, replace_spans
    from muistiinpanot.privacy.trimming import carries_personal_data, trim_sentences
    from muistiinpanot.privacy.usage import domain_words, lower_case_nouns

#: Public name → module that defines it, imported on first use (see muistiinpanot._lazy).
_EXPORTS = {
    "IdentifierRedactor": "muistiinpanot.privacy.redact_ids",
    "PLACEHOLDERS": "muistiinpanot.privacy.spans",
    "PersonalDataLeak": "muistiinpanot.privacy.publish",
    "PersonalSpan": "muistiinpanot.privacy.spans",
    "PrivacySettings": "muistiinpanot.privacy.settings",
    "carries_personal_data": "muistiinpanot.privacy.trimming",
    "check_post": "muistiinpanot.privacy.publish",
    "classify_word": "muistiinpanot.privacy.classify",
    "clinic_names": "muistiinpanot.privacy.clinic_evidence",
    "marked_names": "muistiinpanot.privacy.clinic_evidence",
    "clinic_redactor": "muistiinpanot.privacy.redact_ids",
    "domain_words": "muistiinpanot.privacy.usage",
    "lower_case_nouns": "muistiinpanot.privacy.usage",
    "configure_privacy": "muistiinpanot.privacy.detect",
    "find_personal_data": "muistiinpanot.privacy.detect",
    "find_published_data": "muistiinpanot.privacy.detect",
    "is_personal_word": "muistiinpanot.privacy.lemmas",
    "known_names": "muistiinpanot.privacy.known",
    "is_valid_hetu": "muistiinpanot.privacy.patterns",
    "note_identifiers": "muistiinpanot.privacy.redact_ids",
    "note_spans": "muistiinpanot.privacy.publish",
    "personal_notes": "muistiinpanot.privacy.publish",
    "published_clinic": "muistiinpanot.privacy.redact_ids",
    "redact_notes": "muistiinpanot.privacy.publish",
    "published_name": "muistiinpanot.privacy.publish",
    "redact_text": "muistiinpanot.privacy.detect",
    "redact_texts": "muistiinpanot.privacy.detect",
    "redact_theme_ids": "muistiinpanot.privacy.redact_ids",
    "redact_trace": "muistiinpanot.privacy.redact_ids",
    "replace_spans": "muistiinpanot.privacy.spans",
    "scrub_themes": "muistiinpanot.privacy.publish",
    "surname_before_kin": "muistiinpanot.privacy.kin_owners",
    "trim_sentences": "muistiinpanot.privacy.trimming",
}

__all__ = [
    "IdentifierRedactor",
    "PLACEHOLDERS",
    "PersonalDataLeak",
    "PersonalSpan",
    "PrivacySettings",
    "carries_personal_data",
    "check_post",
    "classify_word",
    "clinic_names",
    "clinic_redactor",
    "domain_words",
    "lower_case_nouns",
    "configure_privacy",
    "find_personal_data",
    "find_published_data",
    "is_personal_word",
    "known_names",
    "marked_names",
    "is_valid_hetu",
    "note_identifiers",
    "note_spans",
    "personal_notes",
    "published_clinic",
    "redact_notes",
    "published_name",
    "redact_text",
    "redact_texts",
    "redact_theme_ids",
    "redact_trace",
    "replace_spans",
    "scrub_themes",
    "surname_before_kin",
    "trim_sentences",
]

__getattr__ = lazy_getattr(__name__, _EXPORTS)
