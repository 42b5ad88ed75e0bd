"""Options and error handling shared by the commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import click

DEFAULT_DB = "kg.db"


def db_path(value: str | None) -> Path:
    """The store to use: --db, else $KG_DB, else ./kg.db."""
    return Path(value or os.environ.get("KG_DB") or DEFAULT_DB)


db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="FILE",
    help=f"SQLite store (default: $KG_DB or ./{DEFAULT_DB}).",
)

user_option = click.option(
    "--user", metavar="NAME", help="User for the SPARQL store (Digest or Basic, as the server asks)."
)
password_option = click.option(
    "--password", metavar="SECRET", envvar="KG_SPARQL_PASSWORD", help="Password (or $KG_SPARQL_PASSWORD)."
)


def fail(message: str, code: int = 2) -> NoReturn:
    """Report an input problem in one line, without a traceback, and exit non-zero."""
    click.echo(f"kg: error: {message}", err=True)
    raise SystemExit(code)
