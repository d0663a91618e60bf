"""clinic.toml → Clinic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from muistiinpanot.errors import ConfigError
from muistiinpanot.records import Clinic, Contact
from muistiinpanot.tomlio import find_key_line, read_toml

CLINIC_FILE = "clinic.toml"
_TEXT_KEYS = ("id", "title", "topic", "organiser")
_CONTACT_KEYS = ("name", "role", "organisation", "email", "phone")


def read_clinic(folder: Path) -> Clinic:
    """Read `folder/clinic.toml` (when present) into a Clinic; the id defaults to the folder
    name. Unknown keys and wrong types are errors naming the line."""
    path = folder / CLINIC_FILE
    name = folder.resolve().name  # `run .` inside a clinic folder: the folder's own name
    if not path.is_file():
        return Clinic(id=name, path=folder)
    data, text = read_toml(path)
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = find_key_line(text, key)
        if key in _TEXT_KEYS:
            values[key] = _string(value, key, path, line)
        elif key == "date":
            values["date"] = _date(value, path, line)
        elif key == "contact":
            values["contact"] = _contact(value, path, text)
        else:
            raise ConfigError("config_unknown_key", path=path, line=line, key=key)
    clinic_id = values.pop("id", name)
    if not clinic_id or "/" in clinic_id or clinic_id.startswith("."):
        raise ConfigError(
            "config_bad_value",
            path=path,
            key="id",
            detail="tyhjä tai sisältää '/' / empty or has '/'",
        )
    return Clinic(id=clinic_id, path=folder, **values)


def _string(value: Any, key: str, path: Path, line: int | None) -> str:
    if not isinstance(value, str):
        raise ConfigError("config_bad_type", path=path, line=line, key=key, expected="string")
    return value.strip()


def _date(value: Any, path: Path, line: int | None) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ConfigError(
        "config_bad_value",
        path=path,
        line=line,
        key="date",
        detail="odotettiin VVVV-KK-PP / expected YYYY-MM-DD",
    )


def _contact(value: Any, path: Path, text: str) -> Contact:
    if not isinstance(value, dict):
        line = find_key_line(text, "contact")
        raise ConfigError("config_bad_type", path=path, line=line, key="contact", expected="table")
    fields: dict[str, str] = {}
    for key, item in value.items():
        line = find_key_line(text, key, table="contact")
        if key not in _CONTACT_KEYS:
            raise ConfigError("config_unknown_key", path=path, line=line, key=f"contact.{key}")
        fields[key] = _string(item, f"contact.{key}", path, line)
    return Contact(**fields)
