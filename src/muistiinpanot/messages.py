"""User-facing message texts, Finnish first, English after a slash."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "path_missing": "polkua ei löydy / path not found",
    "not_utf8": "tiedosto ei ole UTF-8-muotoinen tekstitiedosto / file is not UTF-8 text",
    "binary": "tiedosto näyttää binääritiedostolta, ei tekstiltä / file looks binary, not text",
    "unreadable": "tiedostoa ei voi lukea / cannot read file",
    "too_large": "tiedosto on liian suuri (yli {limit} tavua) / file too large (over {limit} bytes)",
    "too_many_rows": "taulukossa on liikaa rivejä (yli {limit}) / table has too many rows (over {limit})",
    "csv_no_text": "sarake 'text' puuttuu / column 'text' is missing",
    "csv_bad": "CSV-tiedostoa ei voi jäsentää: {detail} / cannot parse CSV: {detail}",
    "unsupported": "tiedostotyyppiä ei tueta ({suffix}); tuetut: .txt, .md, .csv / "
    "unsupported file type ({suffix}); supported: .txt, .md, .csv",
    "no_notes_files": "kansiosta ei löytynyt muistiinpanotiedostoja / no note files in folder",
    "no_clinics": "kansiosta ei löytynyt klinikoita (clinic.toml) eikä muistiinpanoja / "
    "no clinics (clinic.toml) or note files in folder",
    "toml_bad": "TOML-virhe: {detail} / TOML error: {detail}",
    "config_unknown_key": "tuntematon avain '{key}' / unknown key '{key}'",
    "config_bad_type": "avaimen '{key}' arvo on väärää tyyppiä, odotettiin {expected} / "
    "key '{key}' has the wrong type, expected {expected}",
    "config_missing_key": "pakollinen avain '{key}' puuttuu / required key '{key}' is missing",
    "config_bad_value": "avaimen '{key}' arvo ei kelpaa: {detail} / invalid value for '{key}': {detail}",
    "duplicate_id": "sama id '{id}' esiintyy useammin kuin kerran / id '{id}' occurs more than once",
    "gold_no_column": "sarake '{column}' puuttuu / column '{column}' is missing",
    "output_exists_file": "tulostekansion paikalla on tiedosto / a file is in the way of the output folder",
}


def render(message_key: str, /, **values: object) -> str:
    """Return the message `message_key` with `values` filled in."""
    return MESSAGES[message_key].format(**values)
