"""Load an export into a SPARQL 1.1 store, in batches, idempotently per named graph.

Two protocols, because stores differ in what they do well: the Graph Store HTTP Protocol (PUT the
first batch, POST the rest) takes large batches and is the fast path; SPARQL Update (DROP SILENT GRAPH,
then INSERT DATA) works with any endpoint that accepts updates, but in small batches: Virtuoso refuses an
INSERT DATA that compiles to more than 10 000 lines of SQL (a few hundred triples).
Either way a second push of the same store leaves the named graph exactly as the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Literal
from urllib.parse import urlencode

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from kg.rdf.endpoint import Client, EndpointError
from kg.rdf.export import triples
from kg.rdf.iri import valid_iri

Protocol = Literal["gsp", "update"]
DEFAULT_BATCH: dict[str, int] = {"gsp": 50_000, "update": 250}


@dataclass(frozen=True, slots=True)
class PushReport:
    triples: int
    batches: int
    graph: str


def _batches(stream: Iterable[ox.Triple], size: int) -> Iterator[bytes]:
    it = iter(stream)
    while batch := list(islice(it, size)):
        yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""  # (None only with an output file)


def push(
    graph: nx.MultiDiGraph,
    endpoint: str,
    graph_iri: str,
    base: str,
    protocol: Protocol = "gsp",
    user: str | None = None,
    password: str | None = None,
    batch: int | None = None,
) -> PushReport:
    """Replace the named graph ``graph_iri`` at ``endpoint`` by the export of ``graph``."""
    if not valid_iri(graph_iri):
        raise EndpointError(f"not a valid graph IRI: {graph_iri!r}")
    size = batch or DEFAULT_BATCH[protocol]
    if size < 1:
        raise EndpointError("the batch size must be at least 1")
    client = Client(user, password)
    count = batches = 0
    target = URIRef(graph_iri).n3()
    if protocol == "update":
        client.update(endpoint, f"DROP SILENT GRAPH {target}")
    url = f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode({'graph': graph_iri})}"
    for body in _batches(triples(graph, base), size):
        if protocol == "gsp":
            client.request(
                "PUT" if batches == 0 else "POST",
                url,
                data=body,
                headers={"Content-Type": "application/n-triples; charset=utf-8"},
            )
        else:
            client.update(endpoint, f"INSERT DATA {{ GRAPH {target} {{\n{body.decode('utf-8')}}} }}")
        count += body.count(b"\n")
        batches += 1
    if batches == 0 and protocol == "gsp":  # an empty store still empties the graph
        client.request("PUT", url, data=b"", headers={"Content-Type": "application/n-triples"})
    return PushReport(count, batches, graph_iri)
