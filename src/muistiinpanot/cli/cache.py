"""`muistiinpanot cache info|clear`: the user cache folder."""

from __future__ import annotations

import typer

cache_app = typer.Typer(
    no_args_is_help=True, help="Välimuisti / the user cache of built example models."
)


@cache_app.command("info")
def cache_info() -> None:
    """Näytä välimuistin paikka ja koko / show where the cache is and its size."""
    from muistiinpanot.cache import usage

    found = usage()
    typer.echo(f"{found.folder}: {found.entries} kohdetta / entries, {found.bytes / 1e6:.1f} MB")


@cache_app.command("clear")
def cache_clear() -> None:
    """Tyhjennä välimuisti / remove every cached entry (rebuilt on the next run)."""
    from muistiinpanot.cache import clear

    removed = clear()
    typer.echo(
        f"{removed.folder}: poistettu / removed {removed.entries} kohdetta / entries, "
        f"{removed.bytes / 1e6:.1f} MB"
    )
