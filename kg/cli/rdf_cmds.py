"""``kg export``, ``kg validate``, ``kg sparql``, ``kg push``: the store as linked data (docs/rdf.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.cli.common import db_option, db_path, fail, password_option, user_option
from kg.rdf import DEFAULT_BASE

EXPORT_DIR = Path("exports")

base_option = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    metavar="IRI",
    help="Base of the data IRIs: documents are {base}/eli/vn/{issuer}/{type}/{year}/{number}.",
)


def _base(value: str) -> str:
    from kg.rdf.iri import valid_iri

    base = value.rstrip("/")
    if not valid_iri(base):
        fail(f"--base must be an absolute IRI without spaces, quotes or <>{{}}|\\^`: {value!r}")
    return base


def _graph(db: str | None) -> Any:
    """The whole store as networkx (docs/data-model.md), or a one-line error."""
    import sqlite3

    from kg.graph import load

    path = db_path(db)
    if not path.is_file():
        fail(f"no store at {path} (run `kg ingest DIR --db {path}` first)")
    try:
        return load(path)
    except sqlite3.DatabaseError as e:
        fail(f"{path} is not a kg store: {e}")


@click.command("export")
@click.option(
    "-o", "--output", metavar="FILE", help="Output file, '-' for stdout (default: exports/kg.<ext>)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "jsonld", "nt", "xml"]),
    help="Serialization (default: from the file extension, else ttl). nt streams in constant memory.",
)
@base_option
@db_option
def export_cmd(output: str | None, fmt: str | None, base: str, db: str | None) -> None:
    """Write the store as ELI-aligned RDF (ontology/kg.ttl) with the evidence of every edge."""
    from kg.rdf.export import EXTENSIONS, ExportError, write

    by_ext = {
        "ttl": "ttl",
        "nt": "nt",
        "jsonld": "jsonld",
        "json": "jsonld",
        "rdf": "xml",
        "xml": "xml",
        "owl": "xml",
    }
    if fmt is None:
        ext = Path(output).suffix.lstrip(".").lower() if output and output != "-" else ""
        fmt = by_ext.get(ext, "ttl")
    base = _base(base)
    graph = _graph(db)
    target = output or str(EXPORT_DIR / f"kg.{EXTENSIONS[fmt]}")
    try:
        if target == "-":
            count = write(graph, sys.stdout.buffer, fmt, base)
            sys.stdout.buffer.flush()
        else:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as out:
                count = write(graph, out, fmt, base)
    except ExportError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write {target}: {e.strerror or e}")
    if target != "-":
        click.echo(f"kg: wrote {count} triples ({fmt}) to {target}", err=True)


_PARSE_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
}


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
def validate_cmd(file: str) -> None:
    """Check an export against ontology/shapes.ttl (SHACL); exit 1 when it does not conform."""
    import rdflib

    from kg.rdf.export import rdf_counts
    from kg.rdf.validate import validate

    path = Path(file)
    if not path.is_file():
        fail(f"no such file: {file}")
    fmt = _PARSE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        fail(f"cannot tell the RDF format of {file} (use .ttl, .nt, .jsonld, .rdf)")
    try:
        data = rdflib.Graph().parse(path, format=fmt)
    except Exception as e:  # rdflib raises many unrelated types for a bad file
        fail(f"{file} is not valid {fmt}: {' '.join(str(e).split())[:300]}")
    counts = rdf_counts(data)
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    violations = validate(data)
    for v in violations:
        click.echo(str(v))
    if violations:
        click.echo(f"{file}: {len(violations)} violation(s) of ontology/shapes.ttl ({summary})", err=True)
        raise SystemExit(1)
    click.echo(f"{file} conforms to ontology/shapes.ttl ({summary})")


@click.command("sparql")
@click.argument("query")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@base_option
@db_option
def sparql_cmd(query: str, fmt: str, base: str, db: str | None) -> None:
    """Run a SPARQL 1.1 query (text, or @file) over the store's RDF; kg:, eli:, skos: … are predeclared.

    \b
    Example: which documents does the Kiên Giang plan implement, through any chain?
      kg sparql 'SELECT ?d WHERE { ?p kg:sourceFile ?f FILTER(CONTAINS(?f, "kien-giang"))
                                   ?p kg:implements+ ?d }'
    """
    from kg.rdf.query import QueryError, load, render, run

    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as e:
            fail(f"cannot read query file {query[1:]}: {e.strerror or e}")
    store = load(_graph(db), _base(base))
    try:
        click.echo(render(run(store, query), fmt))
    except QueryError as e:
        fail(f"bad query: {e}")


@click.command("push")
@click.option(
    "--endpoint", required=True, metavar="URL", help="Graph Store (gsp) or SPARQL Update (update) URL."
)
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace (default: {base}/graph).")
@click.option(
    "--protocol",
    type=click.Choice(["gsp", "update"]),
    default="gsp",
    show_default=True,
    help="gsp: Graph Store HTTP Protocol (Virtuoso: …/sparql-graph-crud-auth); update: SPARQL Update (…/sparql-auth).",
)
@user_option
@password_option
@click.option(
    "--batch",
    type=click.IntRange(1),
    metavar="N",
    help="Triples per request (default 50000 gsp, 250 update).",
)
@base_option
@db_option
def push_cmd(
    endpoint: str,
    graph_iri: str | None,
    protocol: str,
    user: str | None,
    password: str | None,
    batch: int | None,
    base: str,
    db: str | None,
) -> None:
    """Load the export into a SPARQL 1.1 store; pushing again replaces the named graph (idempotent)."""
    from kg.rdf.endpoint import EndpointError
    from kg.rdf.push import push

    base = _base(base)
    graph = _graph(db)
    try:
        report = push(graph, endpoint, graph_iri or f"{base}/graph", base, protocol, user, password, batch)  # type: ignore[arg-type]
    except EndpointError as e:
        fail(str(e))
    click.echo(
        f"kg: pushed {report.triples} triples in {report.batches} batch(es) to <{report.graph}> at {endpoint}"
    )


COMMANDS: list[click.Command] = [export_cmd, validate_cmd, sparql_cmd, push_cmd]
