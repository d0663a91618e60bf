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
    "output_not_writable": "tulostekansioon ei voi kirjoittaa ({detail}); tulokset kootaan sen viereen ja vaihdetaan paikalleen, joten myös yläkansion pitää olla kirjoitettava / "
    "cannot write the output folder ({detail}); outputs are staged beside it and swapped in, so its parent folder must be writable too",
    "output_locked": "toinen ajo (prosessi {pid}) kirjoittaa samaan tulostekansioon; odotettiin {seconds} s. Yritä myöhemmin uudelleen tai valitse toinen --out / "
    "another run (process {pid}) is writing to this output folder; waited {seconds} s. Try again later or choose another --out",
}


def render(message_key: str, /, **values: object) -> str:
    """Return the message `message_key` with `values` filled in."""
    return MESSAGES[message_key].format(**values)
