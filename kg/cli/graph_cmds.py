"""The graph commands: ingest, lineage, coverage, show, stats, search, doctor.

Kept light at import time (no networkx): a lineage query from the shell must answer in well under a
second on a large store, and most of that budget is interpreter start-up.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from kg.cli.common import db_option, db_path, fail, password_option, user_option

TIERS = ("central", "province", "district", "commune")
json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@contextmanager
def _store(db: str | None, create: bool = False) -> Iterator[Any]:
    """The store, or a one-line error (missing store, newer schema, not an SQLite file)."""
    import sqlite3

    from kg.graph.schema import SchemaError
    from kg.graph.store import Store, StoreMissing

    try:
        store = Store.open(db_path(db), create=create)
    except (StoreMissing, SchemaError) as exc:
        fail(str(exc))
    except sqlite3.DatabaseError as exc:
        fail(f"{db_path(db)}: not a kg store ({exc})")
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _ref_errors(store: Any) -> Iterator[None]:
    """An unknown or ambiguous REF: the candidates, one per line, and exit code 2."""
    from kg.graph.resolve import RefError

    try:
        yield
    except RefError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        docs = store.documents(exc.candidates)
        for doc_id in exc.candidates[:50]:
            d = docs.get(doc_id, {})
            where = d.get("jurisdiction") or d.get("issuer") or ""
            click.echo(f"  {doc_id}  {d.get('label', '')}  {_when(d)}  {where}".rstrip(), err=True)
        raise SystemExit(2) from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


# --- ingest --------------------------------------------------------------------------------------


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False),
    help="CSV: path,symbol,doc_type,issuer,date,jurisdiction,title.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Parser processes."
)
@json_option
def ingest_cmd(
    paths: tuple[str, ...], db: str | None, manifest: str | None, jobs: int, as_json: bool
) -> None:
    """Add .txt/.md/.pdf/.docx files (directories recursively) to the store; unchanged files are skipped."""
    from kg.graph.ingest import collect, ingest
    from kg.reading import InputError

    files, _ = collect(paths)
    with _store(db, create=True) as store:
        show_bar = len(files) > 5 and not as_json
        bar_cm = click.progressbar(length=len(files), label="ingest", file=sys.stderr) if show_bar else None
        try:
            if bar_cm is not None:
                with bar_cm as bar:
                    report = ingest(store, paths, manifest=manifest, jobs=jobs, progress=bar.update)
            else:
                report = ingest(store, paths, manifest=manifest, jobs=jobs)
        except InputError as exc:
            fail(str(exc))
        counts = store.counts()
    if report.seen == 0 and report.skipped:
        for line in report.skipped:
            click.echo(f"kg: skipped: {line}", err=True)
        fail("nothing to ingest")
    summary = {
        "files": report.seen,
        "new": report.new,
        "replaced": report.replaced,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "warnings": report.warnings,
        "citations": report.citations,
        "links": report.links,
        "store": counts,
    }
    if as_json:
        _echo_json(summary)
        return
    for line in report.warnings:
        click.echo(f"kg: warning: {line}", err=True)
    for line in report.skipped:
        click.echo(f"kg: skipped: {line}", err=True)
    click.echo(
        f"{report.seen} files: {report.new} new, {report.replaced} replaced, {report.unchanged} unchanged, "
        f"{len(report.skipped)} skipped; {report.citations} citations, {report.links} links written\n"
        f"store {db_path(db)}: {counts['documents']} documents ({counts['unresolved']} unresolved), "
        f"{counts['citations']} citations, {counts['links']} links, {counts['files']} files"
    )


# --- lineage ---------------------------------------------------------------------------------------


@click.command("lineage")
@click.argument("ref")
@click.option(
    "--down", "direction", flag_value="down", default=True, help="Documents that implement REF (default)."
)
@click.option("--up", "direction", flag_value="up", help="Documents REF implements.")
@click.option("--both", "direction", flag_value="both", help="Both directions.")
@click.option("--depth", type=click.IntRange(1, 50), default=10, show_default=True)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    help="Relations to follow (repeatable or comma list; default implements,based_on,guides; add cites explicitly).",
)
@click.option(
    "--tier",
    "tiers",
    multiple=True,
    help="Walk only through documents of these tiers (central, province, …).",
)
@click.option("--endpoint", metavar="URL", help="Answer from a SPARQL endpoint instead of the local store.")
@user_option
@password_option
@db_option
@json_option
def lineage_cmd(
    ref: str,
    direction: str,
    depth: int,
    relations: tuple[str, ...],
    tiers: tuple[str, ...],
    endpoint: str | None,
    user: str | None,
    password: str | None,
    db: str | None,
    as_json: bool,
) -> None:
    """The implementation chain of REF: a symbol (33/CT-TTg, "chi thi 33 ttg 2021"), a file path or an id."""
    from kg.graph.lineage import DEFAULT_RELATIONS, format_tree, lineage
    from kg.models import RELATIONS

    rels = _split(relations) or list(DEFAULT_RELATIONS)
    bad = [r for r in rels if r not in RELATIONS]
    if bad:
        fail(f"unknown relation {bad[0]!r} (one of {', '.join(RELATIONS)})")
    tier_list = _split(tiers) or None
    bad = [t for t in tier_list or () if t not in TIERS]
    if bad:
        fail(f"unknown tier {bad[0]!r} (one of {', '.join(TIERS)})")
    if endpoint:
        result = _remote_lineage(endpoint, ref, direction, depth, rels, tier_list, user, password)
    elif user:
        fail("--user and --password are for --endpoint")
    else:
        with _store(db) as store, _ref_errors(store):
            result = lineage(store, ref, direction, depth, rels, tier_list)  # type: ignore[arg-type]
    if as_json:
        _echo_json(result)
    else:
        click.echo(format_tree(result))


def _remote_lineage(
    endpoint: str,
    ref: str,
    direction: str,
    depth: int,
    rels: list[str],
    tiers: list[str] | None,
    user: str | None,
    password: str | None,
) -> dict[str, Any]:
    """``kg.rdf.remote.lineage``, with an unreachable store or an unknown REF as a one-line error."""
    from kg.graph.resolve import RefError
    from kg.rdf import remote
    from kg.rdf.endpoint import EndpointError

    try:
        return remote.lineage(
            endpoint,
            ref,
            direction=direction,  # type: ignore[arg-type]
            depth=depth,
            relations=rels,
            tiers=tiers,
            user=user,
            password=password,
        )
    except EndpointError as exc:
        fail(str(exc))
    except RefError as exc:
        more = f", … ({len(exc.candidates)} in all)" if len(exc.candidates) > 10 else ""
        fail(f"{exc}: {', '.join(exc.candidates[:10])}{more}" if exc.candidates else str(exc))


# --- coverage --------------------------------------------------------------------------------------


@click.command("coverage")
@click.argument("ref")
@click.option(
    "--after-2025", is_flag=True, help="Group by the 34 provinces of 1 July 2025 (absorbed ones included)."
)
@db_option
@json_option
def coverage_cmd(ref: str, after_2025: bool, db: str | None, as_json: bool) -> None:
    """Which provinces implement REF (directly or through their chain), when, with what lag; and which do not."""
    from kg.graph.coverage import coverage

    with _store(db) as store, _ref_errors(store):
        result = coverage(store, ref, after_2025=after_2025)
    if as_json:
        _echo_json(result)
        return
    click.echo(
        f"{result['label']} ({result['date'] or 'date unknown'}): {len(result['covered'])} jurisdictions implement it"
    )
    for row in result["covered"]:
        first = row["first"]
        lag = f"{row['lag_days']} days" if row["lag_days"] is not None else "lag unknown"
        absorbed = (
            f" (incl. {', '.join(p for p in row['provinces'] if p != row['jurisdiction'])})"
            if len(row["provinces"]) > 1
            else ""
        )
        districts = f"; districts: {', '.join(row['districts'])}" if row["districts"] else ""
        click.echo(
            f"  {row['jurisdiction']}{absorbed}: {first['label']} {first['date'] or ''} ({first['via']}), {lag}, "
            f"{row['documents']} documents{districts}"
        )
    click.echo(f"none known in {len(result['uncovered'])}: {', '.join(result['uncovered'])}")


# --- show, stats, search -------------------------------------------------------------------------------


def _when(d: dict[str, Any]) -> str:
    return d.get("date") or (str(d["year"]) if d.get("year") else "")


@click.command("show")
@click.argument("ref")
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=500,
    show_default=True,
    help="At most this many citations each way.",
)
@db_option
@json_option
def show_cmd(ref: str, limit: int, db: str | None, as_json: bool) -> None:
    """One document: its identity, what it cites and who cites it, with the evidence sentences."""
    from kg.graph.queries import show

    with _store(db) as store, _ref_errors(store):
        result = show(store, ref, limit)
    if as_json:
        _echo_json(result)
        return
    d = result["document"]
    click.echo(f"{d['label']}   [{d['id']}]")
    for field in ("doc_type", "date", "year", "issuer", "branch", "tier", "jurisdiction", "title", "path"):
        if d.get(field):
            click.echo(f"  {field}: {d[field]}")
    if not d["resolved"]:
        click.echo("  unresolved: numbering period or jurisdiction not known yet")
    for c in d["conflicts"]:
        click.echo(f"  conflict: {c}")
    for title, rows, arrow in (("cites", result["out"], "→"), ("cited by", result["in"], "←")):
        click.echo(f"{title} ({len(rows)}):")
        for r in rows:
            click.echo(
                f"  {r['relation']:<10} {arrow} {r['label'] or r['id']}  {r['date'] or ''}  {r['jurisdiction'] or ''}".rstrip()
            )
            if r["sentence"]:
                click.echo(f"               “{' '.join(r['sentence'].split())[:200]}”")


@click.command("stats")
@click.option("--jurisdiction", help="Only this province (a post-2025 province includes those it absorbed).")
@db_option
@json_option
def stats_cmd(jurisdiction: str | None, db: str | None, as_json: bool) -> None:
    """Counts by type, branch, tier and jurisdiction."""
    from kg.graph.queries import stats

    with _store(db) as store:
        result = stats(store, jurisdiction)
    if as_json:
        _echo_json(result)
        return
    click.echo(
        f"{result['documents']} documents ({result['unresolved']} unresolved), {result['files']} files, "
        f"{result['citations']} citations, {result['links']} links"
    )
    for key, title in (
        ("by_type", "type"),
        ("by_branch", "branch"),
        ("by_tier", "tier"),
        ("by_jurisdiction", "jurisdiction"),
        ("by_relation", "relation"),
    ):
        click.echo(f"by {title}:")
        for name, n in list(result[key].items())[:25]:
            click.echo(f"  {n:>7}  {name}")


@click.command("search")
@click.argument("text")
@click.option("--jurisdiction", help="Only this province (a post-2025 province includes those it absorbed).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@db_option
@json_option
def search_cmd(text: str, jurisdiction: str | None, limit: int, db: str | None, as_json: bool) -> None:
    """Find documents by symbol, name, title or issuer; diacritics and case are ignored."""
    from kg.graph.queries import search

    with _store(db) as store:
        rows = search(store, text, limit, jurisdiction)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no match", err=True)
        raise SystemExit(1)
    for d in rows:
        where = d.get("jurisdiction") or d.get("issuer") or ""
        title = f"  {d['title'][:90]}" if d.get("title") else ""
        click.echo(f"{d['label']:<28} {_when(d):<10} {where:<20} {d['id']}{title}")


# --- doctor --------------------------------------------------------------------------------------


@click.command("doctor")
@click.option(
    "--limit", type=click.IntRange(1), default=200, show_default=True, help="At most this many per section."
)
@db_option
@json_option
def doctor_cmd(limit: int, db: str | None, as_json: bool) -> None:
    """Conflicting facts, documents citing later ones, unresolved references, store consistency."""
    from kg.graph.doctor import doctor

    with _store(db) as store:
        result = doctor(store, limit)
    if as_json:
        _echo_json(result)
    else:
        _print_doctor(result, click.echo)
    if result["consistency"]:
        raise SystemExit(1)


def _print_doctor(result: dict[str, Any], echo: Callable[[str], None]) -> None:
    echo(f"conflicts ({len(result['conflicts'])}):")
    for c in result["conflicts"]:
        echo(f"  {c['label']}  {'; '.join(c['conflicts'])}   [{c['id']}]")
    echo(f"temporal impossibilities ({len(result['temporal'])}):")
    for t in result["temporal"]:
        echo(
            f"  {t['from_label']} ({t['from_date']}) {t['relation']} {t['to_label']} ({t['to_date']})  {t['file'] or ''}"
        )
    echo(f"unresolved ({len(result['unresolved'])}):")
    for u in result["unresolved"]:
        echo(f"  {u['label']}  {u['reason']}, {u['mentions']} mentions   [{u['id']}]")
    echo("consistency: " + ("ok" if not result["consistency"] else "; ".join(result["consistency"])))


COMMANDS: list[click.Command] = [
    ingest_cmd,
    lineage_cmd,
    coverage_cmd,
    show_cmd,
    stats_cmd,
    search_cmd,
    doctor_cmd,
]
