"""Commands of this family are added as they are built."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
