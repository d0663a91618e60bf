"""User-facing message texts, Finnish first, English after a slash."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "path_missing": "polkua ei löydy / path not found",
    "not_utf8": "tiedosto ei ole UTF-8-muotoinen tekstitiedosto / file is not UTF-8 text",
    "binary": "tiedosto näyttää binääritiedostolta, ei tekstiltä / file looks binary, not text",
    "unreadable": "tiedostoa ei voi lukea / cannot read file",
    "too_large": "tiedosto on liian suuri (yli {limit} tavua) / file too large (over {limit} bytes)",
    "too_many_rows": "taulukossa on liikaa rivejä (yli {limit}) / table has too many rows (over {limit})",
    "csv_no_text": "tekstisaraketta ei löydy; hyväksytyt otsikot: {aliases} / no text column; accepted headers: {aliases}",
    "csv_bad": "CSV-tiedostoa ei voi jäsentää: {detail} / cannot parse CSV: {detail}",
    "unsupported": "tiedostotyyppiä ei tueta ({suffix}); tuetut: {supported} / "
    "unsupported file type ({suffix}); supported: {supported}",
    "no_notes_files": "kansiosta ei löytynyt muistiinpanotiedostoja / no note files in folder",
    "no_clinics": "kansiosta ei löytynyt klinikoita (clinic.toml) eikä muistiinpanoja / "
    "no clinics (clinic.toml) or note files in folder",
    # inputs (ingest)
    "not_text": "tiedosto ei ole tekstiä tunnetulla merkistöllä (UTF-8, UTF-16, Windows-1252) / file is not text in a known encoding (UTF-8, UTF-16, Windows-1252)",
    "nul_byte": "tiedostossa on NUL-merkki (binääritiedosto?) / file contains a NUL character (binary file?)",
    "archive_too_large": "{kind}-tiedosto purkautuisi liian suureksi ({size} tavua, raja {limit}) / {kind} file would unpack too large ({size} bytes, limit {limit})",
    "archive_bad": "{kind}-tiedostoa ei voi avata: {detail} / cannot open {kind} file: {detail}",
    "sheet_missing": "taulukkoa '{sheet}' ei löydy / sheet '{sheet}' not found",
    "json_bad": "JSON-virhe: {detail} / JSON error: {detail}",
    "json_shape": "JSON-tiedoston pitää olla lista olioita, joissa on tekstikenttä ({aliases}) / a JSON file must be a list of objects with a text field ({aliases})",
    "json_too_deep": "JSON on liian syvästi sisäkkäinen (yli {limit} tasoa) / JSON nested too deeply (over {limit} levels)",
    "note_too_long": "muistiinpano on liian pitkä ({length} merkkiä, raja {limit}); jaa se osiin / note too long ({length} characters, limit {limit}); split it",
    "no_notes": "syötteessä ei ole yhtään muistiinpanoa (tyhjä tai pelkkää tyhjää tilaa) / the input has no notes (empty or only whitespace)",
    "too_many_files": "kansiossa on liikaa muistiinpanotiedostoja (yli {limit}) / too many note files in folder (over {limit})",
    "skip_hidden": "nimi alkaa merkillä '.' tai '_' (piilotettu) / name starts with '.' or '_' (hidden)",
    "skip_readme": "README-tiedosto, ei muistiinpanoja / README file, not notes",
    "skip_corrections": "analyytikon korjaukset: luetaan korjauksina, ei muistiinpanoina / analyst's corrections: read as corrections, not as notes",
    "skip_config": "asetustiedosto, ei muistiinpanoja / settings file, not notes",
    "skip_corpus_root": "korpuksen juuressa, ei minkään klinikan kansiossa / at the corpus root, in no clinic folder",
    "skip_not_clinic": "alikansio ilman clinic.toml-tiedostoa, ei klinikka / subfolder without clinic.toml, not a clinic",
    "skip_nested_clinic": "toinen klinikka (oma clinic.toml) / another clinic (has its own clinic.toml)",
    "warn_text_column": "käytettiin saraketta '{used}'; myös sarake '{other}' näyttää tekstiltä eikä sitä luettu / used column '{used}'; column '{other}' also looks like text and was not read",
    "log_not_read": "ei luettu / not read: {path} ({reason})",
    "log_corrections_read": "korjaukset luetaan tiedostosta {path} / corrections read from {path}",
    "log_encoding_detected": "{path}: ei UTF-8-muotoinen; luettiin merkistönä {encoding} (tunnistettu, arvaus) / not UTF-8; read as {encoding} (detected, a guess)",
    "log_output_wait": "toinen ajo (prosessi {pid}) käyttää tulostekansiota; odotetaan / output folder locked by another run (process {pid}); waiting",
    # the user cache folder (cache.py and the entries written into it)
    "cache_building_examples": "rakennetaan esimerkkien välimuistia ({count} esimerkkiä) / building the examples cache ({count} examples)",
    "log_cache_corrupt": "välimuistin merkintä on rikki tai vanhaa muotoa, rakennetaan uudelleen / broken or outdated cache entry, rebuilding: {path}",
    "log_cache_unwritable": "välimuistiin ei voi kirjoittaa ({path}: {detail}); ajo jatkuu, mutta seuraava ajo rakentaa sen uudelleen / cannot write the cache ({path}: {detail}); the run goes on, the next run builds it again",
    "log_cache_evicted": "välimuistista poistettiin {count} vähiten käytettyä merkintää (raja {limit_mb} Mt) / evicted {count} least recently used cache entries (limit {limit_mb} MB)",
    "log_cache_unindexed": "simplemma-sanakirjan hakemistoa ei voi tallentaa välimuistiin ({detail}); se rakennetaan joka ajossa / simplemma's dictionary index cannot be cached ({detail}); it is built on every run",
    "warn_chat_skipped": "{rows} ei ole muistiinpanoja (reaktiot, liittymiset, yksityisviestit) / {count} chat lines are not notes (reactions, joins, private messages)",
    "toml_bad": 'TOML-tiedoston rakenne ei kelpaa (jäsentimen viesti: "{detail}") / TOML error: {detail}{hint}',
    "toml_hint_date": " – päivämäärä muodossa 2026-05-14 / date as 2026-05-14",
    "toml_hint_none": "",
    "config_unknown_key": "tuntematon avain '{key}' / unknown key '{key}'",
    "config_bad_type": "avaimen '{key}' arvo on väärää tyyppiä, odotettiin {expected} / "
    "key '{key}' has the wrong type, expected {expected}",
    "config_missing_key": "pakollinen avain '{key}' puuttuu / required key '{key}' is missing",
    "config_bad_value": "avaimen '{key}' arvo ei kelpaa: {detail} / invalid value for '{key}': {detail}",
    "config_weights_bad": "avaimen '{key}' kohta '{item}' ei ole muotoa \"GLOB=W\", jossa W on desimaaliluku >= 0 (esim. 0.5 tai 2) / '{key}': '{item}' is not \"GLOB=W\" with W a decimal number >= 0 (e.g. 0.5 or 2)",
    "config_weights_no_file": "avaimen '{key}' kohta '{glob}' ei osu yhteenkään esimerkkitiedostoon (nimi ilman .csv:tä) / '{key}': '{glob}' matches no example file (name without .csv)",
    "config_weights_zero": "avaimen '{key}' painoilla teeman '{label}' jokainen esimerkki painaa 0, eikä luokitin opi siitä mitään / with '{key}', every example of theme '{label}' weighs 0 and the classifier learns nothing of it",
    "duplicate_id": "sama id '{id}' esiintyy useammin kuin kerran / id '{id}' occurs more than once",
    "gold_no_column": "sarake '{column}' puuttuu / column '{column}' is missing",
    "corrections_columns": "sarakkeet 'id' ja 'theme' (tai 'teema') vaaditaan; otsikkorivillä on {found} (erotin: {delimiter}) / columns 'id' and 'theme' (or 'teema') are required; the header has {found} (delimiter: {delimiter})",
    "corrections_one_column": "otsikkorivillä on vain yksi sarake ({found}); sarakkeet 'id' ja 'theme' (tai 'teema') vaaditaan, erotettuina pilkulla tai puolipisteellä, esim. id,theme / the header has only one column ({found}); columns 'id' and 'theme' (or 'teema') are required, separated by a comma or a semicolon, e.g. id,theme",
    "corrections_empty_cell": "sarake '{column}' on tyhjä / column '{column}' is empty",
    "themes_no_seeds": "teemalla '{id}' ei ole siemensanoja eikä -fraaseja / theme '{id}' has no seed lemmas or phrases",
    "themes_no_examples": "teemalla '{id}' ei ole esimerkkimuistiinpanoja kansiossa {folder} / theme '{id}' has no example notes in {folder}",
    "themes_shared_seed": "siemensana '{lemma}' on usealla teemalla: {ids} / seed lemma '{lemma}' belongs to several themes: {ids}",
    "corrections_applied": "muistiinpanojen korjauksia sovellettu {applied} (niistä kokouspuheena sivuun {aside}), muistiinpanoja siirtyi niiden mukana {moved}, teemoja nimetty uudelleen {renamed}, uusia teemoja {created} / note corrections applied: {applied} ({aside} of them set aside as meeting talk), notes moved along: {moved}, themes renamed: {renamed}, new themes: {created}",
    "label_withheld": "otsikko jätettiin pois julkaisusta, koska se luetaan henkilön nimeksi; valitse teemalle toinen nimi / heading left out of the post: reads as a person's name; choose another label",
    "move_unsaid": "muistiinpano {id}: analyytikon siirtämää muistiinpanoa ei sanottu koosteessa (teema ei saanut nostoa, tai muistiinpano ei läpäissyt teeman muistiinpanojen tarkistuksia) / note {id}: the note an analyst moved is not said in the post (its theme got no bullet, or the note did not pass the checks a theme's notes pass)",
    "move_unsaid_why": "muistiinpano {id}: analyytikon siirtämää muistiinpanoa ei sanottu koosteessa, koska {fi} / note {id}: the note an analyst moved is not said in the post: {en}",
    "label_cut": "otsikosta poistettiin nimi, koska osa siitä luetaan henkilön nimeksi; valitse teemalle toinen nimi / a name was taken out of the label: part of it reads as a person's name; choose another label",
    "corrections_unknown": "korjauksissa tuntemattomia tai käsittelemättömiä muistiinpanoja, ei sovellettu: {ids} / corrections name unknown or set-aside notes, not applied: {ids}",
    "corrections_other_clinic": "tunnisteet on tehty klinikalle {other}, tämä ajo on klinikka {clinic}: {ids}; ei sovellettu (jos kansio on nimetty uudelleen, vaihda tunnisteiden alku {other}/ muotoon {clinic}/) / the ids were made for clinic {other}, this run's clinic is {clinic}: {ids}; not applied (if the folder was renamed, change the ids' {other}/ to {clinic}/)",
    "corrections_renamed_folder": "{file}: tunnisteet on tehty klinikalle {other}, tämä kansio on klinikka {clinic}; rivien muistiinpanot etsittiin tämän klinikan samoista tiedostoista ja riveistä: jos kansiota ei ole nimetty uudelleen, tiedosto kuuluu toiselle klinikalle / {file}: the ids were made for clinic {other}, this folder is clinic {clinic}; the rows' notes were looked up at the same files and lines of this clinic: if the folder was not renamed, the file belongs to another clinic",
    "corrections_foreign_file": "{file}: tunnisteet on tehty klinikalle {other}, eikä useimpien rivien muistiinpanoja löytynyt tästä klinikasta ({clinic}): tiedosto kuuluu toiselle klinikalle, eikä sen korjauksia sovellettu / {file}: the ids were made for clinic {other}, and most rows' notes were not found in this clinic ({clinic}): the file belongs to another clinic, and none of its corrections was applied",
    "corrections_no_clinic": "tunnisteista puuttuu klinikan nimi {clinic}/: {ids}; ei sovellettu (kirjoita tunniste kuten notes.csv:n sarakkeessa id) / the ids lack the clinic name {clinic}/: {ids}; not applied (write each id as notes.csv's id column has it)",
    "corrections_unplaced": "teemaa ei löytynyt, nimeä ei sovellettu: {themes} / theme not found, the rename was not applied: {themes}",
    "corrections_stale": "{file}: teeman jäsenten teksti on muuttunut (rivejä lisätty tai poistettu?), nimeä ei sovellettu: {rows} / {file}: the texts of the theme's members have changed (lines added or deleted?), the rename was not applied: {rows}",
    "corrections_note_lost": "{file}: korjatun muistiinpanon tekstiä ei löytynyt (rivejä lisätty tai poistettu, teksti muutettu?), korjausta ei sovellettu: {rows} / {file}: the corrected note's text was not found (lines added or deleted, text edited?), the correction was not applied: {rows}",
    "corrections_note_edited": "{file}: korjatun muistiinpanon tekstiä on muokattu samalla rivillä, korjaus sovellettiin siihen: {rows} / {file}: the corrected note's text was edited on its own line, the correction was applied to it: {rows}",
    "corrections_note_ambiguous": "{file}: korjatun muistiinpanon teksti on usealla rivillä, korjausta ei sovellettu mihinkään niistä: {rows} / {file}: the corrected note's text is on several lines, the correction was applied to none of them: {rows}",
    "corrections_unknown_theme": "teemaa '{theme}' ei ole. Uusi teema tehdään antamalla rivillä myös sen nimi sarakkeessa {label_column}: otsikkorivillä on oltava {label_column} ({header}), ja rivi on esim. id{sep}{theme}{sep}Oma nimi / theme '{theme}' does not exist. A new theme is made by giving the row its name too in column {label_column}: the header must name {label_column} ({header}), and the row is e.g. id{sep}{theme}{sep}Own name. Teemat / themes: {known}",
    "corrections_unknown_theme_near": "teemaa '{theme}' ei ole – tarkoititko '{near}' (rivi: {note}{sep}{near})? Uusi teema tehdään antamalla rivillä myös sen nimi sarakkeessa {label_column}: otsikkorivillä on oltava {label_column} ({header}), ja rivi on esim. id{sep}{theme}{sep}Oma nimi / theme '{theme}' does not exist – did you mean '{near}' (the row: {note}{sep}{near})? A new theme is made by giving the row its name too in column {label_column}: the header must name {label_column} ({header}), and the row is e.g. id{sep}{theme}{sep}Own name. Teemat / themes: {known}",
    "corrections_unknown_numbered": "teemaa '{theme}' ei ole. Numeroidut tunnisteet (arkisto-N, uusi-N) antaa ohjelma, eikä niillä tehdä uutta teemaa: uusi teema tehdään kirjoittamalla sarakkeeseen {theme_column} sen nimi, esim. id{sep}Oma nimi / theme '{theme}' does not exist. Numbered ids (arkisto-N, uusi-N) are given by the program and make no new theme: a new theme is made by writing its name in column {theme_column}, e.g. id{sep}Own name. Arkiston teemat / the archive's themes: {numbered}. Muut teemat / other themes: {known}",
    "corrections_fitted_moved": "{file}: arkiston teemat sovitettiin uudelleen, ja teeman tunniste vaihtui; korjaukset sovellettiin uuteen tunnisteeseen (päivitä tiedosto): {rows} / {file}: the archive's themes were refitted and the theme's id changed; the corrections were applied to the new id (update the file): {rows}",
    "corrections_fitted_gone": "{file}: arkiston teemat sovitettiin uudelleen, eikä teemaa ole enää (se jakautui tai poistui), riviä ei sovellettu: {rows} / {file}: the archive's themes were refitted and the theme is gone (split or dropped), the row was not applied: {rows}",
    "corrections_fitted_none": "{file}: tässä ajossa ei ole arkiston sovitettua mallia (arkisto-N-teemat ovat arkiston omia: aja `archive --fit archive`), riviä ei sovellettu: {rows} / {file}: this run has no fitted archive model (arkisto-N themes are the archive's own: run `archive --fit archive`), the row was not applied: {rows}",
    "corrections_fitted_unused": "{file}: arkistossa ei ole teemaa, jonka tunniste rivillä on, eikä arkisto ole koskaan käyttänyt sen numeroa (numerot antaa ohjelma; uusi teema tehdään kirjoittamalla sen nimi sarakkeeseen {theme_column}, ei nimeämällä numeroa), riviä ei sovellettu: {rows} / {file}: the archive has no theme of the row's id and never used its number (the program gives the numbers; a new theme is made by writing its name in column {theme_column}, not by labelling a number), the row was not applied: {rows}",
    "corrections_emergent_gone": "{file}: tässä ajossa ei ole teemaa, jonka tunniste rivillä on (numerot ovat ajon omia; jos tarkoitat uutta teemaa, anna rivillä sen nimi sarakkeessa {label_column}), riviä ei sovellettu: {rows} / {file}: this run has no theme of the row's id (the numbers are the run's own; for a new theme, give the row its name in column {label_column}), the row was not applied: {rows}",
    "corrections_same_label": "kahdella teemalla on sama nimi: {labels} / two themes have the same label: {labels}",
    "corrections_theme_row_empty": "teemarivillä pitää olla {label_column} tai {members_column} / a theme row needs a {label_column} or {members_column}",
    "corrections_extra_cells": "{file}, rivi {row}: rivillä on enemmän soluja kuin otsikkorivillä ({columns}); ylimääräisiä ei luettu (lisää sarakkeen nimi otsikkoriville, esim. {column}) / {file}, row {row}: the row has more cells than the header ({columns}); the extra ones were not read (add the column's name to the header, e.g. {column})",
    "corrections_extra_cells_full": "{file}, rivi {row}: rivillä on enemmän soluja kuin otsikkorivillä ({columns}); ylimääräisiä ei luettu (otsikkorivillä ovat jo kaikki sarakkeet) / {file}, row {row}: the row has more cells than the header ({columns}); the extra ones were not read (the header already names every column)",
    "corrections_members_on_note_row": "{file}: rivillä {row} on id, joten sarake '{column}' ohitetaan ({column} kuuluu vain teemariville, jolla id on tyhjä) / {file}: row {row} has an id, so its '{column}' are ignored ({column} belong only to a theme row, whose id is empty)",
    "corrections_chatter_theme_row": "{file}: rivi {row}: kokouspuhe ei ole teema, jota voisi nimetä, joten rivi ohitetaan (muistiinpanon voi jättää sivuun rivillä, jolla on sen id) / {file}: row {row}: meeting talk is no theme to rename, so the row is skipped (a note is set aside by a row with its id)",
    "corrections_chatter_label": "{file}: rivi {row}: kokouspuheella ei ole nimeä, joten sarake '{column}' ohitetaan; muistiinpano jätetään sivuun / {file}: row {row}: meeting talk has no label, so its '{column}' is ignored; the note is set aside",
    "corrections_near_name": "{file}, rivi {row} / row {row}: teemaa '{theme}' ei ole, joten rivi tekee sen nimisen uuden teeman, jos se otetaan käyttöön – tarkoititko '{near}'? (Jos tarkoitit, korjaa nimi ja aja uudelleen.) / there is no theme '{theme}', so the row makes a new theme of that name if it is applied – did you mean '{near}'? (If you did, correct the name and run again.)",
    "corrections_clash": "ristiriitaisia korjauksia, myöhempi rivi voimassa: {clashes} / clashing corrections, the later row wins: {clashes}",
    "output_exists_file": "tulostekansion paikalla on tiedosto / a file is in the way of the output folder",
    "output_not_writable": "tulostekansioon ei voi kirjoittaa ({detail}); tulokset kootaan sen viereen ja vaihdetaan paikalleen, joten myös yläkansion pitää olla kirjoitettava / "
    "cannot write the output folder ({detail}); outputs are staged beside it and swapped in, so its parent folder must be writable too",
    "output_inside_input": "tulostekansio on luettavan kansion {folder} sisällä, jolloin seuraava ajo lukisi tulosteet muistiinpanoina; valitse toinen --out / the output folder is inside the input folder {folder}, where the next run would read the outputs as notes; choose another --out",
    "output_holds_input": "tulostekansio korvataan kokonaan, joten siinä ei voi olla syötettä eikä nykyistä kansiota ({inside}); valitse oma kansio --out / "
    "the output folder is replaced as a whole, so it cannot hold the input or the current folder ({inside}); choose a folder of its own with --out",
    "output_locked": "toinen ajo (prosessi {pid}) kirjoittaa samaan tulostekansioon; odotettiin {seconds} s. Yritä myöhemmin uudelleen tai valitse toinen --out / "
    "another run (process {pid}) is writing to this output folder; waited {seconds} s. Try again later or choose another --out",
    "store_bad": "arkiston tietokantaa ei voi avata: {detail} / cannot open the archive store: {detail}",
    "store_too_new": "arkiston tietokanta on uudempaa versiota ({version}) kuin tämä ohjelma ({known}) / archive store is schema version {version}, this program knows up to {known}",
    "archive_corrections": "korjauksia sovellettu {applied}; aiempien klinikoiden korjauksia {carried}, niiden mukana siirtyi {moved_notes} / corrections applied: {applied}; corrections carried from earlier clinics: {carried}, notes they moved: {carried_moved}",
    "archive_leak": "henkilötietojen tarkistus pysäytti koosteen (ohjelmavirhe, ilmoitathan siitä): {detail} / the personal-data check stopped the summary (a bug, please report it): {detail}",
    "locked": "toinen ajo (prosessi {pid}) pitää lukkoa; odotettiin {seconds} s / another run (process {pid}) holds the lock; waited {seconds} s",
    "archive_locked": "toinen arkistoajo (prosessi {pid}) on käynnissä; odotettiin {seconds} s / another archive run (process {pid}) holds the lock; waited {seconds} s",
}


def render(message_key: str, /, **values: object) -> str:
    """Return the message `message_key` with `values` filled in."""
    return MESSAGES[message_key].format(**values)


def counted(number: int, singular: str, partitive: str) -> str:
    """A Finnish count with its noun phrase agreeing: "1 tunniste", "1 nimetty teema" (the
    nominative singular after one) and "0 tunnistetta", "3 nimettyä teemaa" (the partitive
    singular after any other number: review 38 #19)."""
    return f"{number} {singular if number == 1 else partitive}"
