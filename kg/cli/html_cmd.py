"""``kg html``: the interactive graph page, written as one file that opens offline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click

from kg.cli.common import db_option, db_path, fail

TIERS = ("central", "province", "district", "commune")


def _split(values: tuple[str, ...]) -> list[str]:
    """Repeated options and comma lists mean the same: --tier province,district == --tier province --tier district."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.command("html")
@db_option
@click.option(
    "-o",
    "--output",
    default="exports/graph.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (directories are created).",
)
@click.option(
    "--focus",
    "focus",
    multiple=True,
    metavar="REF",
    help="Draw the neighbourhood of this document (repeatable).",
)
@click.option(
    "--depth", type=click.IntRange(0, 50), default=2, show_default=True, help="Steps around --focus."
)
@click.option(
    "--tier", "tiers", multiple=True, metavar="TIER", help=f"Only these tiers ({', '.join(TIERS)})."
)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    metavar="REL",
    help="Only these relations (issued_by adds organs).",
)
@click.option(
    "--jurisdiction", "jurisdictions", multiple=True, metavar="NAME", help="Only this province or district."
)
@click.option("--title", default=None, help="Page heading.")
def html_cmd(
    db: str | None,
    output: Path,
    focus: tuple[str, ...],
    depth: int,
    tiers: tuple[str, ...],
    relations: tuple[str, ...],
    jurisdictions: tuple[str, ...],
    title: str | None,
) -> None:
    """Write an interactive graph page (no network needed to view it) and print its path.

    \b
    Documents are drawn top to bottom by tier (central Party, central State, province, district,
    commune), coloured by branch and shaped by type; click one to highlight its lineage, search by
    symbol or title (diacritics optional). A store above 2,000 documents is summarised by issuer and
    jurisdiction unless --focus is given.
    """
    from kg.graph import load
    from kg.graph.resolve import RefError, resolve_one
    from kg.graph.schema import SchemaError
    from kg.graph.store import Store, StoreMissing
    from kg.html import TooLarge, select, write
    from kg.html.style import RELATIONS

    tier_list, relation_list = _split(tiers), _split(relations)
    for name, values, allowed in (("--tier", tier_list, TIERS), ("--relation", relation_list, RELATIONS)):
        unknown = [v for v in values if v not in allowed]
        if unknown:
            fail(f"{name} {', '.join(unknown)}: choose from {', '.join(allowed)}")
    path = db_path(db)
    try:
        store = Store.open(path)
    except (StoreMissing, SchemaError) as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(f"{path}: not a kg store ({exc})")
    try:
        graph = load(store)
        try:
            centres = [resolve_one(store, ref) for ref in focus]
        except RefError as exc:
            lines = [
                f"  {c}  {graph.nodes[c].get('label', '')}" if c in graph else f"  {c}"
                for c in exc.candidates
            ]
            fail("\n".join([str(exc), *lines]))
    finally:
        store.close()
    try:
        chosen = select(
            graph,
            focus=centres,
            depth=depth,
            tiers=tier_list,
            relations=relation_list,
            jurisdictions=_split(jurisdictions),
        )
    except TooLarge as exc:
        fail(str(exc))
    heading = title or f"kg: văn bản và quan hệ dẫn chiếu ({path.name})"
    written = write(chosen.graph, output, title=heading, subtitle=chosen.description)
    if chosen.aggregated:
        click.echo(
            f"kg html: {graph.number_of_nodes()} nodes is too many to draw one by one; "
            "the page shows them grouped by issuer and jurisdiction (use --focus REF for detail)",
            err=True,
        )
    click.echo(str(written))


COMMANDS: list[click.Command] = [html_cmd]
