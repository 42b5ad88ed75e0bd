"""``kg lineage --endpoint``: the same lineage JSON as ``kg.graph.lineage``, answered by a SPARQL store.

The reachable documents come from one SPARQL 1.1 property path (``(kg:implements|kg:basedOn|…)+``);
the edges among them and the documents' facts from batched queries; the depth and tier limits are then
applied by the same breadth-first rule as the local walk, so both answers are equal.

REF never reaches the query text as text: every value taken from it is written as an escaped RDF
literal (``rdflib.Literal.n3``), and IRIs only after ``valid_iri`` (tests/test_rdf_remote.py tries
quotes, braces, ``}``, ``;`` and ``DROP``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef

from kg.folding import fold
from kg.graph.identity import number_key
from kg.graph.lineage import DEFAULT_DEPTH, DEFAULT_RELATIONS, Direction, build_result
from kg.graph.resolve import _STOPWORDS, RefError, _replace_type_names, _tokens
from kg.rdf.endpoint import Client, EndpointError
from kg.rdf.iri import valid_iri
from kg.rdf.vocab import ELI, KG, PROPERTY_RELATION, RELATION_PROPERTY, VIETNAM
from kg.registry import party_term

_PREFIXES = f"PREFIX kg: <{KG}>\nPREFIX eli: <{ELI}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
_CHUNK = 200


def _lit(value: str) -> str:
    return Literal(value).n3()


def _iri(value: str) -> str:
    """An IRI that came back from the store, re-checked before it is written into the next query."""
    if not valid_iri(value):
        raise EndpointError(f"the store returned an unusable IRI: {value!r}")
    return URIRef(value).n3()


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def lineage(
    endpoint: str,
    ref: str,
    direction: Direction = "down",
    depth: int = DEFAULT_DEPTH,
    relations: Sequence[str] = DEFAULT_RELATIONS,
    tiers: Sequence[str] | None = None,
    user: str | None = None,
    password: str | None = None,
) -> dict[str, Any]:
    """The lineage of the document REF names, from the store at ``endpoint`` (``RefError`` as locally)."""
    unknown = [r for r in relations if r not in RELATION_PROPERTY]
    if unknown:
        raise EndpointError(f"unknown relation(s): {', '.join(unknown)}")
    client = Client(user, password)
    root_iri, root_id = _resolve(client, endpoint, ref)
    path = "|".join(URIRef(RELATION_PROPERTY[r]).n3() for r in relations)
    directions: tuple[str, ...] = ("down", "up") if direction == "both" else (direction,)
    reached: dict[str, tuple[int, str]] = {root_iri: (0, "")}
    all_edges: list[dict[str, Any]] = []
    docs: dict[str, dict[str, Any]] = {}
    for d in directions:
        pattern = f"?doc ({path})+ {_iri(root_iri)}" if d == "down" else f"{_iri(root_iri)} ({path})+ ?doc"
        rows = client.select(endpoint, f"{_PREFIXES}SELECT DISTINCT ?doc WHERE {{ {pattern} }}")
        reachable = sorted({root_iri, *(r["doc"] for r in rows)})
        edges = _edges(client, endpoint, reachable, d, relations)
        docs.update(_documents(client, endpoint, [i for i in reachable if i not in docs]))
        found, walked = _walk(root_iri, d, depth, edges, docs, tiers)
        for iri, level in found.items():
            if iri not in reached or reached[iri][0] > level:
                reached[iri] = (level, d)
        all_edges += walked
    out = []
    for doc_iri, (level, way) in reached.items():
        doc = dict(docs.get(doc_iri) or {"id": doc_iri, "label": doc_iri})
        doc["depth"] = level
        doc["direction"] = way or None
        out.append(doc)
    ids = {i: row["id"] for i, row in docs.items()}
    edges_out = [
        {**e, "from": ids.get(e["from"], e["from"]), "to": ids.get(e["to"], e["to"])} for e in all_edges
    ]
    return build_result(ref, root_id, direction, depth, relations, tiers, out, edges_out)


def _walk(
    root: str,
    direction: str,
    depth: int,
    edges: list[dict[str, Any]],
    docs: dict[str, dict[str, Any]],
    tiers: Sequence[str] | None,
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The local breadth-first rule (kg.graph.lineage._walk) over the edges fetched from the store."""
    near, far = ("to", "from") if direction == "down" else ("from", "to")
    by_near: dict[str, list[dict[str, Any]]] = {}
    for e in edges:
        if tiers is None or (docs.get(e[far]) or {}).get("tier") in tiers:
            by_near.setdefault(e[near], []).append(e)
    visited = {root: 0}
    frontier = [root]
    walked: list[dict[str, Any]] = []
    level = 0
    while frontier and level < depth:
        level += 1
        nxt = []
        for node in frontier:
            for e in by_near.get(node, ()):
                walked.append(e)
                if e[far] not in visited:
                    visited[e[far]] = level
                    nxt.append(e[far])
        frontier = nxt
    return visited, walked


def _edges(
    client: Client, endpoint: str, reachable: Sequence[str], direction: str, relations: Sequence[str]
) -> list[dict[str, Any]]:
    """Every evidenced edge of the given relations whose near end (cited end when walking down) is reachable."""
    near = "?o" if direction == "down" else "?s"
    props = " ".join(URIRef(RELATION_PROPERTY[r]).n3() for r in relations)
    out = []
    for chunk in _chunks(reachable):
        values = " ".join(_iri(i) for i in chunk)
        rows = client.select(
            endpoint,
            f"""{_PREFIXES}SELECT DISTINCT ?s ?p ?o ?origin ?sentence ?start ?end ?confidence ?file ?mentions WHERE {{
  VALUES {near} {{ {values} }}
  VALUES ?p {{ {props} }}
  ?s ?p ?o .
  OPTIONAL {{
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL {{ ?ev kg:origin ?origin }} OPTIONAL {{ ?ev kg:sentence ?sentence }}
    OPTIONAL {{ ?ev kg:startOffset ?start }} OPTIONAL {{ ?ev kg:endOffset ?end }}
    OPTIONAL {{ ?ev kg:confidence ?confidence }} OPTIONAL {{ ?ev kg:sourceFile ?file }}
    OPTIONAL {{ ?ev kg:mentions ?mentions }}
  }}
}} ORDER BY ?s ?p ?o""",
        )
        for r in rows:
            out.append(
                {
                    "from": r["s"],
                    "to": r["o"],
                    "relation": PROPERTY_RELATION[r["p"]],
                    "origin": r.get("origin"),
                    "sentence": r.get("sentence"),
                    "start": r.get("start"),
                    "end": r.get("end"),
                    "confidence": r.get("confidence"),
                    "file": r.get("file"),
                    "_mentions": r.get("mentions", 1),
                }
            )
    return _expand_mentions(out)


def _expand_mentions(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per mention, as the local store walks them; ``build_result`` merges them back with a count."""
    out = []
    for e in edges:
        n = e.pop("_mentions")
        out += [e] * max(1, int(n))
    return out


def _documents(client: Client, endpoint: str, iris: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The lineage fields (kg.graph.lineage.DOCUMENT_FIELDS) of each document, read back from RDF."""
    docs: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(iris)):
        values = " ".join(_iri(i) for i in chunk)
        rows = client.select(
            endpoint,
            f"""{_PREFIXES}SELECT ?doc ?p ?v ?vlabel ?broader WHERE {{
  VALUES ?doc {{ {values} }}
  ?doc a kg:Document ; ?p ?v .
  VALUES ?p {{ kg:id rdfs:label eli:id_local kg:name eli:type_document kg:number eli:date_document kg:year
              kg:issuerText kg:branch kg:tier eli:jurisdiction eli:title kg:ingested kg:sourceFile
              kg:resolved kg:conflict }}
  OPTIONAL {{ ?v skos:prefLabel ?vlabel . FILTER(lang(?vlabel) = "vi") }}
  OPTIONAL {{ ?v skos:broader ?up . ?up a kg:Province ; skos:prefLabel ?broader . }}
}}""",
        )
        for r in rows:
            doc = docs.setdefault(r["doc"], {"conflicts": []})
            _set(doc, r)
    for doc in docs.values():
        doc["conflicts"].sort()
    return docs


_FIELD = {
    str(KG.id): "id",
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    str(ELI.id_local): "symbol",
    str(KG.name): "name",
    str(KG.number): "number",
    str(ELI.date_document): "date",
    str(KG.year): "year",
    str(KG.issuerText): "issuer",
    str(ELI.title): "title",
    str(KG.ingested): "ingested",
    str(KG.sourceFile): "path",
    str(KG.resolved): "resolved",
}


def _set(doc: dict[str, Any], r: dict[str, Any]) -> None:
    p, v = r["p"], r["v"]
    if p in _FIELD:
        doc[_FIELD[p]] = v
    elif p == str(KG.conflict):
        doc["conflicts"].append(v)
    elif p == str(ELI.type_document):
        doc["doc_type"] = None if v.endswith("/van-ban") else r.get("vlabel")
    elif p in (str(KG.branch), str(KG.tier)):
        doc["branch" if p == str(KG.branch) else "tier"] = v.rsplit("/", 1)[-1]
    elif p == str(ELI.jurisdiction) and v != str(VIETNAM) and r.get("vlabel") is not None:
        # country:VNM is the national level of a central document, which has no jurisdiction string
        label = r["vlabel"]
        doc["jurisdiction"] = f"{label}, {r['broader']}" if r.get("broader") else label


def _resolve(client: Client, endpoint: str, ref: str) -> tuple[str, str]:
    """(IRI, kg id) of the one document REF names, by the local resolver's rules (kg.graph.resolve)."""
    text = ref.strip()
    if not text:
        raise RefError(ref, [])
    found = _candidates(client, endpoint, "?doc kg:id ?key .", [text])
    if not found:
        path = Path(text)
        if (path.suffix or "/" in text) and path.is_file():
            found = _candidates(client, endpoint, "?doc kg:sourceFile ?key .", [str(path.resolve()), text])
    if not found:
        found = _by_tokens(client, endpoint, text)
    if len(found) != 1:
        raise RefError(ref, sorted(d for _, d in found))
    return found[0]


def _candidates(client: Client, endpoint: str, pattern: str, keys: Sequence[str]) -> list[tuple[str, str]]:
    values = " ".join(_lit(k) for k in keys)
    rows = client.select(
        endpoint,
        f"{_PREFIXES}SELECT DISTINCT ?doc ?id WHERE {{ VALUES ?key {{ {values} }} {pattern} ?doc a kg:Document ; kg:id ?id . }}",
    )
    return sorted((r["doc"], r["id"]) for r in rows)


def _by_tokens(client: Client, endpoint: str, text: str) -> list[tuple[str, str]]:
    """A symbol or a description: the number selects candidates, every other word must be in their facts."""
    tokens = _replace_type_names(_tokens(text))
    index = next((i for i, t in enumerate(tokens) if t.isdigit()), None)
    if index is None:
        words = [t for t in _tokens(text) if t not in _STOPWORDS] or _tokens(text)
        rows = _facts(client, endpoint, None)
        exact = [r for r in rows if fold(r.get("label") or "") == fold(text)]
        hits = exact or [r for r in rows if words and all(w in r["vocabulary"] for w in words)]
        return _best(hits)
    number = number_key(tokens[index])
    rest = tokens[:index] + tokens[index + 1 :]
    years = [int(t) for t in rest if len(t) == 4 and t.isdigit() and 1945 <= int(t) <= 2100]
    words = [t for t in rest if not t.isdigit() and t not in _STOPWORDS]
    hits = []
    for r in _facts(client, endpoint, number):
        if any(w not in r["vocabulary"] for w in words):
            continue
        if years and not all(_year_matches(y, r) for y in years):
            continue
        hits.append(r)
    return _best(hits)


def _year_matches(year: int, r: dict[str, Any]) -> bool:
    if r.get("year") is not None:
        return r["year"] == year
    period = r["id"].split("/")[-2] if r["id"].count("/") >= 3 else ""
    if period.startswith("k") and period[1:].isdigit():
        return party_term(year=year) == int(period[1:])
    return period == str(year)


def _facts(client: Client, endpoint: str, number: str | None) -> list[dict[str, Any]]:
    """Documents (with the given number key, or all) and the words they can be named by."""
    restrict = f"FILTER(STRENDS(?id, {_lit('/' + number)}))" if number is not None else ""
    rows = client.select(
        endpoint,
        f"""{_PREFIXES}SELECT ?doc ?id ?resolved ?year ?label ?text WHERE {{
  ?doc a kg:Document ; kg:id ?id ; kg:resolved ?resolved .
  {restrict}
  OPTIONAL {{ ?doc kg:year ?year }} OPTIONAL {{ ?doc rdfs:label ?label }}
  OPTIONAL {{ ?doc eli:id_local|kg:name|eli:title|kg:issuerText ?text }}
}}""",
    )
    facts: dict[str, dict[str, Any]] = {}
    for r in rows:
        f = facts.setdefault(r["doc"], {**r, "vocabulary": set(re.split(r"[/.-]", r["id"]))})
        f["vocabulary"] |= set(_tokens(r.get("text") or "")) | set(_tokens(r.get("label") or ""))
    return list(facts.values())


def _best(hits: list[dict[str, Any]]) -> list[tuple[str, str]]:
    resolved = sorted((h["doc"], h["id"]) for h in hits if h["resolved"])
    return resolved or sorted((h["doc"], h["id"]) for h in hits)
