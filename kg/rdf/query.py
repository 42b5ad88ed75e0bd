"""``kg sparql``: SPARQL 1.1 over the RDF of the current store, in an in-memory pyoxigraph store.

pyoxigraph rather than rdflib because it is faster at every size we measured (bench/bench_rdf.py,
docs/rdf.md): loading is a bulk N-Triples parse in Rust, and property paths such as ``kg:implements+``
run natively instead of in Python. The kg, ELI and other usual prefixes are predeclared.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.rdf.export import triples
from kg.rdf.vocab import PREFIXES

PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class QueryError(ValueError):
    """The query does not parse or cannot run: the message is the engine's, on one line."""


def load(graph: nx.MultiDiGraph, base: str) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(
        ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples(graph, base)
    )
    return store


def run(store: ox.Store, query: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    try:
        return store.query(PROLOGUE + query)
    except (SyntaxError, OSError, ValueError) as e:
        # Positions count the predeclared prefixes; give them in the user's own lines.
        skip = PROLOGUE.count("\n")
        message = re.sub(
            r"\b(\d+):(\d+)\b", lambda m: f"line {int(m[1]) - skip}, column {m[2]}", str(e), count=1
        )
        raise QueryError(" ".join(message.split())) from e


def _show(term: Any, compact: bool) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if compact:
            for prefix, ns in PREFIXES.items():
                if (
                    term.value.startswith(ns)
                    and term.value[len(ns) :].replace("_", "").replace("-", "").isalnum()
                ):
                    return f"{prefix}:{term.value[len(ns) :]}"
            return f"<{term.value}>"
        return term.value
    return term.value if isinstance(term, ox.Literal | ox.BlankNode) else str(term)


def render(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> str:
    """The result as ``table`` (aligned, prefixed names), ``json`` (SPARQL 1.1 JSON results) or ``csv``."""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)})
        return "true" if result else "false"
    if isinstance(result, ox.QueryTriples):
        fmt_rdf = ox.RdfFormat.N_TRIPLES if fmt != "table" else ox.RdfFormat.TURTLE
        # (serialize returns bytes when given no output file, None only when given one)
        data = ox.serialize(result, format=fmt_rdf, prefixes=PREFIXES if fmt == "table" else None)
        return (data or b"").decode("utf-8")
    if fmt == "json":
        return (result.serialize(format=ox.QueryResultsFormat.JSON) or b"").decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_show(sol[name], compact=fmt == "table") for name in names] for sol in result]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
