"""The graph (docs/data-model.md) as ELI-aligned RDF, streamed triple by triple.

``triples`` is the one mapping from the networkx graph to RDF; every format is a serialization of that
stream. N-Triples, Turtle and RDF/XML go through pyoxigraph's streaming writers (constant memory, fast);
JSON-LD needs the whole graph to compact it, so it goes through rdflib with the kg context.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg import registry
from kg.folding import slug
from kg.graph.identity import type_code_for_name
from kg.rdf import iri
from kg.rdf.vocab import BRANCH, DOCTYPE, ELI, ELI_SUPER, KG, ORG, PREFIXES, RELATION_PROPERTY, TIER, VIETNAM

FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "xml": ox.RdfFormat.RDF_XML,
    "jsonld": None,
}
EXTENSIONS = {"nt": "nt", "ttl": "ttl", "xml": "rdf", "jsonld": "jsonld"}
BRANCHES = frozenset({"party", "state", "joint", "other"})
TIERS = frozenset({"central", "province", "district", "commune"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExportError(ValueError):
    """The graph breaks the data-model contract in a way that would give wrong RDF."""


def _n(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


# Predicates and classes, converted once: NamedNode construction validates the IRI.
_T = {
    name: _n(term)
    for name, term in {
        "type": RDF.type,
        "label": RDFS.label,
        "subject": RDF.subject,
        "predicate": RDF.predicate,
        "object": RDF.object,
        "prefLabel": SKOS.prefLabel,
        "inScheme": SKOS.inScheme,
        "broader": SKOS.broader,
        "Concept": SKOS.Concept,
        "Document": KG.Document,
        "Organ": KG.Organ,
        "Province": KG.Province,
        "District": KG.District,
        "Evidence": KG.Evidence,
        "ResourceType": ELI.ResourceType,
        "AdministrativeArea": ELI.AdministrativeArea,
        "id_local": ELI.id_local,
        "date_document": ELI.date_document,
        "type_document": ELI.type_document,
        "passed_by": ELI.passed_by,
        "title": ELI.title,
        "jurisdiction": ELI.jurisdiction,
        "name": KG.name,
        "number": KG.number,
        "year": KG.year,
        "issuerText": KG.issuerText,
        "issuerCode": KG.issuerCode,
        "branch": KG.branch,
        "tier": KG.tier,
        "ingested": KG.ingested,
        "resolved": KG.resolved,
        "unresolvedIssuer": KG.unresolvedIssuer,
        "conflict": KG.conflict,
        "sourceFile": KG.sourceFile,
        "code": KG.code,
        "orgJurisdiction": KG.jurisdiction,
        "subOrganizationOf": ORG.subOrganizationOf,
        "mergedInto": KG.mergedInto,
        "placeKind": KG.placeKind,
        "evidence": KG.evidence,
        "sentence": KG.sentence,
        "startOffset": KG.startOffset,
        "endOffset": KG.endOffset,
        "confidence": KG.confidence,
        "extractionMethod": KG.extractionMethod,
        "origin": KG.origin,
        "id": KG.id,
        "mentions": KG.mentions,
        "DocumentTypes": KG.DocumentTypes,
    }.items()
}
_REL = {rel: _n(p) for rel, p in RELATION_PROPERTY.items()}
_ELI_REL = {rel: _n(p) for rel, p in ELI_SUPER.items()}
_XSD = {name: _n(XSD[name]) for name in ("date", "integer", "boolean", "double")}
_TRUE = ox.Literal("true", datatype=_XSD["boolean"])
_FALSE = ox.Literal("false", datatype=_XSD["boolean"])
_VIETNAM = _n(VIETNAM)


def _vi(text: str) -> ox.Literal:
    return ox.Literal(text, language="vi")


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD["integer"])


def _bool(value: Any) -> ox.Literal:
    return _TRUE if value else _FALSE


def _date(value: Any) -> ox.Literal | None:
    """An xsd:date, or None for a partial or impossible date (the year is exported separately)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return None
    return ox.Literal(value, datatype=_XSD["date"])


def _type_key(attrs: Mapping[str, Any]) -> tuple[str, str]:
    """(local name in doctype:, Vietnamese label) of a document's type; ``van-ban`` when unknown."""
    code = attrs.get("type_code")
    if not code or code not in registry.type_codes():
        code = type_code_for_name(attrs.get("doc_type"), party=attrs.get("branch") == "party") or code
    if code and code in registry.type_codes():
        return iri.code_slug(code), registry.type_codes()[code].name
    name = attrs.get("doc_type")
    if name and slug(name):
        return slug(name), name
    return "van-ban", "Văn bản"


class _Names:
    """The IRI of every node, computed once; organs whose slugs collide get a hash suffix (deterministic)."""

    def __init__(self, graph: nx.MultiDiGraph, base: str) -> None:
        self.base = base
        self.iris: dict[str, ox.NamedNode] = {}
        organ_iris: dict[str, list[str]] = {}
        for node, attrs in graph.nodes(data=True):
            if attrs.get("kind") == "organ":
                j = registry.jurisdiction(attrs["jurisdiction"]) if attrs.get("jurisdiction") else None
                organ_iris.setdefault(iri.organ_iri(base, attrs.get("code") or node, j), []).append(node)
            else:
                self.iris[node] = _n(iri.document_iri(base, node))
        for name, nodes in organ_iris.items():
            for node in nodes:
                self.iris[node] = _n(name if len(nodes) == 1 else f"{name}-{iri.short_hash(node)}")

    def place(self, text: str | None, emitted: set[str]) -> tuple[ox.NamedNode | None, list[ox.Triple]]:
        """The place IRI of a jurisdiction text, and its description the first time it is seen."""
        j = registry.jurisdiction(text) if text else None
        if j is None:
            return None, []
        node = _n(iri.place_iri(self.base, j))
        if node.value in emitted:
            return node, []
        province = registry.Jurisdiction(j.province)
        prov_node = _n(iri.place_iri(self.base, province))
        out: list[ox.Triple] = []
        if prov_node.value not in emitted:
            emitted.add(prov_node.value)
            out += self._province(prov_node, j.province, emitted)
        if j.district:
            emitted.add(node.value)
            out += [
                ox.Triple(node, _T["type"], _T["District"]),
                ox.Triple(node, _T["prefLabel"], _vi(j.district)),
                ox.Triple(node, _T["broader"], prov_node),
            ]
        return node, out

    def _province(self, node: ox.NamedNode, name: str, emitted: set[str]) -> list[ox.Triple]:
        out = [
            ox.Triple(node, _T["type"], _T["Province"]),
            ox.Triple(node, _T["prefLabel"], _vi(name)),
            ox.Triple(node, _T["broader"], _VIETNAM),
        ]
        record = registry.find_province(name)
        if record is not None:
            out.append(ox.Triple(node, _T["placeKind"], ox.Literal(record.kind)))
            if slug(record.successor_2025) != slug(record.name):
                succ = _n(iri.place_iri(self.base, registry.Jurisdiction(record.successor_2025)))
                out.append(ox.Triple(node, _T["mergedInto"], succ))
                if succ.value not in emitted:
                    emitted.add(succ.value)
                    out += self._province(succ, record.successor_2025, emitted)
        return out


def _fixed() -> Iterator[ox.Triple]:
    """What every export states once: the national jurisdiction and the link to the ontology."""
    yield ox.Triple(_VIETNAM, _T["type"], _T["AdministrativeArea"])
    yield ox.Triple(_VIETNAM, _T["prefLabel"], _vi("Việt Nam"))
    yield ox.Triple(_VIETNAM, _T["prefLabel"], ox.Literal("Viet Nam", language="en"))


def triples(graph: nx.MultiDiGraph, base: str) -> Iterator[ox.Triple]:
    """Every triple of the export, each subject's triples together, in a deterministic order."""
    names = _Names(graph, base)
    places: set[str] = set()
    types: set[str] = set()
    yield from _fixed()
    for node in sorted(graph.nodes):
        attrs = graph.nodes[node]
        if attrs.get("kind") == "organ":
            yield from _organ(graph, names, node, attrs, places)
        else:
            yield from _document(graph, names, node, attrs, places, types)


def _organ(
    graph: nx.MultiDiGraph, names: _Names, node: str, attrs: Mapping[str, Any], places: set[str]
) -> Iterator[ox.Triple]:
    s = names.iris[node]
    place, described = names.place(attrs.get("jurisdiction"), places)
    yield from described
    yield ox.Triple(s, _T["type"], _T["Organ"])
    yield ox.Triple(s, _T["id"], ox.Literal(node))
    yield ox.Triple(s, _T["code"], ox.Literal(attrs.get("code") or node))
    yield ox.Triple(s, _T["prefLabel"], _vi(attrs.get("name") or attrs.get("code") or node))
    if attrs.get("branch") in BRANCHES:
        yield ox.Triple(s, _T["branch"], _n(BRANCH[attrs["branch"]]))
    if attrs.get("tier") in TIERS:
        yield ox.Triple(s, _T["tier"], _n(TIER[attrs["tier"]]))
    parent = attrs.get("parent")
    if parent and parent in graph and graph.nodes[parent].get("kind") == "organ":
        yield ox.Triple(s, _T["subOrganizationOf"], names.iris[parent])
    if place is not None:
        yield ox.Triple(s, _T["orgJurisdiction"], place)


def _document(
    graph: nx.MultiDiGraph,
    names: _Names,
    node: str,
    attrs: Mapping[str, Any],
    places: set[str],
    types: set[str],
) -> Iterator[ox.Triple]:
    s = names.iris[node]
    type_key, type_label = _type_key(attrs)
    concept = _n(DOCTYPE[type_key])
    if type_key not in types:
        types.add(type_key)
        yield ox.Triple(concept, _T["type"], _T["Concept"])
        yield ox.Triple(concept, _T["type"], _T["ResourceType"])
        yield ox.Triple(concept, _T["inScheme"], _T["DocumentTypes"])
        yield ox.Triple(concept, _T["prefLabel"], _vi(type_label))
    place, described = names.place(attrs.get("jurisdiction"), places)
    yield from described
    if place is None and attrs.get("tier") == "central":
        place = _VIETNAM

    yield ox.Triple(s, _T["type"], _T["Document"])
    yield ox.Triple(s, _T["id"], ox.Literal(node))
    yield ox.Triple(
        s, _T["label"], ox.Literal(attrs.get("label") or attrs.get("symbol") or attrs.get("name") or node)
    )
    if attrs.get("symbol"):
        yield ox.Triple(s, _T["id_local"], ox.Literal(attrs["symbol"]))
    if attrs.get("name"):
        yield ox.Triple(s, _T["name"], _vi(attrs["name"]))
    if attrs.get("number"):
        yield ox.Triple(s, _T["number"], ox.Literal(str(attrs["number"])))
    if attrs.get("year") is not None:
        yield ox.Triple(s, _T["year"], _int(attrs["year"]))
    date = _date(attrs.get("date"))
    if date is not None:
        yield ox.Triple(s, _T["date_document"], date)
    yield ox.Triple(s, _T["type_document"], concept)
    if attrs.get("title"):
        yield ox.Triple(s, _T["title"], _vi(attrs["title"]))
    if attrs.get("issuer"):
        yield ox.Triple(s, _T["issuerText"], _vi(attrs["issuer"]))
    for code in attrs.get("issuer_codes") or ():
        yield ox.Triple(s, _T["issuerCode"], ox.Literal(code))
    if attrs.get("branch") in BRANCHES:
        yield ox.Triple(s, _T["branch"], _n(BRANCH[attrs["branch"]]))
    if attrs.get("tier") in TIERS:
        yield ox.Triple(s, _T["tier"], _n(TIER[attrs["tier"]]))
    if place is not None:
        yield ox.Triple(s, _T["jurisdiction"], place)
    yield ox.Triple(s, _T["ingested"], _bool(attrs.get("ingested")))
    if attrs.get("path"):
        yield ox.Triple(s, _T["sourceFile"], ox.Literal(str(attrs["path"])))
    yield ox.Triple(s, _T["resolved"], _bool(attrs.get("resolved", True)))
    for conflict in attrs.get("conflicts") or ():
        yield ox.Triple(s, _T["conflict"], ox.Literal(conflict))

    issued = False
    evidence: list[ox.Triple] = []
    for _, target, key, data in sorted(
        graph.out_edges(node, keys=True, data=True), key=lambda e: (e[2], e[1])
    ):
        relation = data.get("relation") or key
        o = names.iris[target]
        if relation == "issued_by":
            issued = True
            predicate = _T["passed_by"]
            yield ox.Triple(s, predicate, o)
        elif relation in _REL:
            predicate = _REL[relation]
            yield ox.Triple(s, predicate, o)
            yield ox.Triple(s, _ELI_REL[relation], o)
        else:
            raise ExportError(
                f"edge {node} -> {target} has relation {relation!r}, not one of docs/data-model.md"
            )
        ev = _n(iri.evidence_iri(names.base, node, relation, target))
        yield ox.Triple(s, _T["evidence"], ev)
        evidence += _evidence(ev, s, predicate, o, data)
    if not issued:
        yield ox.Triple(s, _T["unresolvedIssuer"], _TRUE)
    yield from evidence


def _evidence(
    ev: ox.NamedNode, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode, data: Mapping[str, Any]
) -> list[ox.Triple]:
    """The qualified relation: the reified edge with where and how it was found."""
    out = [
        ox.Triple(ev, _T["type"], _T["Evidence"]),
        ox.Triple(ev, _T["subject"], s),
        ox.Triple(ev, _T["predicate"], p),
        ox.Triple(ev, _T["object"], o),
    ]
    if data.get("file"):
        out.append(ox.Triple(ev, _T["sourceFile"], ox.Literal(str(data["file"]))))
    if data.get("sentence"):
        out.append(ox.Triple(ev, _T["sentence"], _vi(data["sentence"])))
    if data.get("start") is not None:
        out.append(ox.Triple(ev, _T["startOffset"], _int(data["start"])))
    if data.get("end") is not None:
        out.append(ox.Triple(ev, _T["endOffset"], _int(data["end"])))
    if data.get("confidence") is not None:
        out.append(
            ox.Triple(
                ev, _T["confidence"], ox.Literal(repr(float(data["confidence"])), datatype=_XSD["double"])
            )
        )
    if data.get("method"):
        out.append(ox.Triple(ev, _T["extractionMethod"], ox.Literal(str(data["method"]))))
    if data.get("mentions") is not None:
        out.append(ox.Triple(ev, _T["mentions"], _int(data["mentions"])))
    if data.get("origin"):
        out.append(ox.Triple(ev, _T["origin"], ox.Literal(str(data["origin"]))))
    return out


def write(graph: nx.MultiDiGraph, out: IO[bytes], fmt: str, base: str) -> int:
    """Serialize the export to ``out``; returns the number of triples written."""
    count = 0

    def counted(stream: Iterable[ox.Triple]) -> Iterator[ox.Triple]:
        nonlocal count
        for t in stream:
            count += 1
            yield t

    if fmt == "jsonld":
        g = to_rdflib(graph, base)
        count = len(g)
        out.write(g.serialize(format="json-ld", context=json_ld_context(), auto_compact=True).encode("utf-8"))
        return count
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    prefixes = None if fmt == "nt" else PREFIXES
    ox.serialize(counted(triples(graph, base)), out, FORMATS[fmt], prefixes=prefixes)
    return count


def to_rdflib(graph: nx.MultiDiGraph, base: str) -> rdflib.Graph:
    """The export as an in-memory rdflib graph (for JSON-LD, validation and small SPARQL jobs)."""
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.parse(data=ox.serialize(triples(graph, base), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def json_ld_context() -> dict[str, str]:
    return dict(PREFIXES)


def graph_counts(graph: nx.MultiDiGraph) -> Counter[str]:
    """What the store holds: documents, organs and edges per relation (the round-trip reference)."""
    counts: Counter[str] = Counter()
    for _, attrs in graph.nodes(data=True):
        counts["organs" if attrs.get("kind") == "organ" else "documents"] += 1
    for _, _, key, data in graph.edges(keys=True, data=True):
        counts[data.get("relation") or key] += 1
    return counts


def rdf_counts(g: rdflib.Graph) -> Counter[str]:
    """The same counts read back from RDF, by the kg terms only (the ELI super-properties are extra)."""
    counts: Counter[str] = Counter()
    counts["documents"] = sum(1 for _ in g.subjects(RDF.type, KG.Document))
    counts["organs"] = sum(1 for _ in g.subjects(RDF.type, KG.Organ))
    for relation, prop in RELATION_PROPERTY.items():
        counts[relation] = sum(1 for _ in g.triples((None, prop, None)))
    counts["issued_by"] = sum(1 for _ in g.triples((None, ELI.passed_by, None)))
    return +counts
