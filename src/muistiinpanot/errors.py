"""Our errors. Library code raises these; only cli/ prints them and exits."""

from __future__ import annotations

from pathlib import Path

from muistiinpanot.messages import render

#: Exit codes of every command (README, "Exit codes"): done; an error (bad input, settings,
#: store); wrong command-line usage (typer's own); partly failed (archive: some clinics failed,
#: the others are done); another run holds a lock (sysexits EX_TEMPFAIL: try again later).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTLY_FAILED, EXIT_LOCKED = 0, 1, 2, 3, 75


class MuistiinpanotError(Exception):
    """Base of every error caused by the user's input or configuration (never by a bug).

    `path` names the file, `line` or `row` the place in it; `message_key` selects the text
    in messages.py and `values` fill it.
    """

    def __init__(
        self,
        message_key: str,
        /,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        row: int | None = None,
        **values: object,
    ) -> None:
        self.message_key = message_key
        self.path = Path(path) if path is not None else None
        self.line = line
        self.row = row
        self.values = values
        super().__init__(self.user_message())

    def user_message(self) -> str:
        """'ryhma3.csv, rivi 4 / row 4: sarake 'text' puuttuu / column 'text' is missing'."""
        where: list[str] = []
        if self.path is not None:
            where.append(str(self.path))
        if self.line is not None:
            where.append(f"rivi {self.line} / line {self.line}")
        if self.row is not None:
            where.append(f"rivi {self.row} / row {self.row}")
        text = render(self.message_key, **self.values)
        said = f"{', '.join(where)}: {text}" if where else text
        # notes added on the way up (BaseException.add_note): warnings that explain the error
        return "\n".join([said, *getattr(self, "__notes__", ())])


class InputError(MuistiinpanotError):
    """A notes file or folder that cannot be read as notes."""


class ConfigError(MuistiinpanotError):
    """A pipeline, clinic or theme definition file that is broken."""


class OutputError(MuistiinpanotError):
    """An output folder that cannot be written or replaced."""


class StoreError(MuistiinpanotError):
    """The archive's SQLite store cannot be opened or is from a newer version."""


class LockedError(MuistiinpanotError):
    """Another run holds a lock (an output folder's or the archive store's) and did not
    release it in time (locking.py; every command exits with EXIT_LOCKED)."""
