"""RDF at scale: export throughput (N-Triples, Turtle), SPARQL engine choice, push throughput to Virtuoso.

* Export: ``kg.rdf.export.write`` on the large generated store of bench_graph (OUT/graph-1m.db, about
  200,000 documents and 1,000,000 edges) when it exists, else on a synthetic graph of 200,000 documents
  (tests/rdf_graphs.large_graph). Triples/s for nt and ttl, and how much the peak RSS grows while writing
  N-Triples (the writer streams, so it should stay flat: the graph itself is already in memory).
* SPARQL: the same property-path query (``kg:implements+``) on the same ~260k triples, rdflib (parse +
  query) against pyoxigraph (bulk load + query); the reason kg sparql uses pyoxigraph.
* Push: Graph Store Protocol batches of 50,000 triples into a loopback Virtuoso with its own temporary
  database (skipped when virtuoso-t is missing), triples/s; and SPARQL Update (250 per batch) on a
  smaller graph, to show why GSP is the default.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
import rdflib

from kg.rdf.export import write
from kg.rdf.push import push
from kg.rdf.query import PROLOGUE, load
from tests import virtuoso
from tests.rdf_graphs import large_graph

BASE = "https://kg.test"
SPARQL = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d kg:implements+ ?c . ?c kg:tier tier:central }"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _store_graph(out: Path) -> tuple[nx.MultiDiGraph, str]:
    db = out / "graph-1m.db"
    if db.is_file():
        from kg.graph import load as load_graph

        return load_graph(db), f"{db} (bench_graph store)"
    return large_graph(200_000), "synthetic graph of 200,000 documents (bench_graph store not found)"


def _export(graph: nx.MultiDiGraph, fmt: str, tmp: Path) -> dict[str, float]:
    before = _rss_mb()
    started = time.perf_counter()
    with open(tmp / f"export.{fmt}", "wb") as f:
        triples = write(graph, f, fmt, BASE)
    seconds = time.perf_counter() - started
    size = (tmp / f"export.{fmt}").stat().st_size
    (tmp / f"export.{fmt}").unlink()
    return {
        "triples": triples,
        "seconds": round(seconds, 2),
        "triples_per_s": round(triples / seconds),
        "mb": round(size / 1e6, 1),
        "peak_rss_growth_mb": round(_rss_mb() - before, 1),
    }


def _engines(tmp: Path) -> dict[str, Any]:
    graph = large_graph(5_000)
    nt = tmp / "engines.nt"
    with open(nt, "wb") as f:
        triples = write(graph, f, "nt", BASE)
    started = time.perf_counter()
    g = rdflib.Graph().parse(nt, format="nt")
    rdflib_load = time.perf_counter() - started
    started = time.perf_counter()
    rdflib_answer = int(next(iter(g.query(PROLOGUE + SPARQL)))[0])
    rdflib_query = time.perf_counter() - started
    started = time.perf_counter()
    store = load(graph, BASE)
    ox_load = time.perf_counter() - started
    started = time.perf_counter()
    ox_answer = int(next(iter(store.query(PROLOGUE + SPARQL)))["n"].value)
    ox_query = time.perf_counter() - started
    assert ox_answer == rdflib_answer, (ox_answer, rdflib_answer)
    return {
        "triples": triples,
        "rdflib_load_s": round(rdflib_load, 2),
        "rdflib_query_s": round(rdflib_query, 3),
        "pyoxigraph_load_s": round(ox_load, 2),
        "pyoxigraph_query_s": round(ox_query, 3),
        "answer": ox_answer,
    }


def _push(tmp: Path) -> dict[str, Any]:
    if virtuoso.binary() is None:
        return {"skipped": "virtuoso-t not found (Debian package virtuoso-opensource)"}
    results: dict[str, Any] = {}
    with virtuoso.running(tmp / "virtuoso") as server:
        for name, graph, url, protocol in (
            ("gsp", large_graph(20_000), server.gsp, "gsp"),
            ("update", large_graph(1_000), server.sparql_auth, "update"),
        ):
            started = time.perf_counter()
            report = push(
                graph, url, f"{BASE}/graph/{name}", BASE, protocol, virtuoso.USER, virtuoso.PASSWORD
            )  # type: ignore[arg-type]
            seconds = time.perf_counter() - started
            results[name] = {
                "triples": report.triples,
                "batches": report.batches,
                "seconds": round(seconds, 2),
                "triples_per_s": round(report.triples / seconds),
            }
    return results


def run(shared: Path | None, out: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(dir=out) as d:
        tmp = Path(d)
        started = time.perf_counter()
        graph, source = _store_graph(out)
        print(
            f"   graph: {source}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
            f"({time.perf_counter() - started:.1f} s to load)"
        )
        summary: dict[str, Any] = {
            "graph": source,
            "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(),
        }
        for fmt in ("nt", "ttl"):
            summary[f"export_{fmt}"] = r = _export(graph, fmt, tmp)
            print(
                f"   export {fmt}: {r['triples']} triples in {r['seconds']} s = {r['triples_per_s']:,} triples/s "
                f"({r['mb']} MB; peak RSS +{r['peak_rss_growth_mb']} MB)"
            )
        del graph
        summary["sparql_engines"] = e = _engines(tmp)
        print(
            f"   sparql on {e['triples']} triples: rdflib load {e['rdflib_load_s']} s + query {e['rdflib_query_s']} s; "
            f"pyoxigraph load {e['pyoxigraph_load_s']} s + query {e['pyoxigraph_query_s']} s"
        )
        summary["push_virtuoso"] = p = _push(tmp)
        for name, r in p.items():
            if isinstance(r, dict):
                print(
                    f"   push {name}: {r['triples']} triples in {r['batches']} batches, {r['seconds']} s = "
                    f"{r['triples_per_s']:,} triples/s"
                )
            else:
                print(f"   push: {r}")
    return summary
