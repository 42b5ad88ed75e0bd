"""Lineage: the documents that implement a document (down) or that it implements (up), as a JSON dict.

The walk is a breadth-first search with one indexed query per level (``edges(dst, relation)`` down,
``edges(src, relation)`` up) and a visited set, so it touches only the part of the store it returns and
terminates on cycles. Building the JSON is separate from reading the store: ``build_result`` takes plain
rows, so that ``kg.rdf.remote`` can answer the same shape from a SPARQL endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from kg.graph.resolve import resolve_one
from kg.graph.store import Store

Direction = Literal["down", "up", "both"]
DEFAULT_RELATIONS: tuple[str, ...] = ("implements", "based_on", "guides")
DEFAULT_DEPTH = 10
TIER_GROUPS: tuple[str, ...] = ("party-central", "state-central", "province", "district", "commune", "other")
DOCUMENT_FIELDS: tuple[str, ...] = (
    "id",
    "label",
    "symbol",
    "name",
    "doc_type",
    "number",
    "date",
    "year",
    "issuer",
    "branch",
    "tier",
    "jurisdiction",
    "title",
    "ingested",
    "path",
    "resolved",
    "conflicts",
)


def tier_group(doc: dict[str, Any]) -> str:
    """Party central → State central → province → district → commune, the order a reader climbs."""
    tier = doc.get("tier")
    if tier == "central":
        return "party-central" if doc.get("branch") == "party" else "state-central"
    return tier if tier in ("province", "district", "commune") else "other"


def lineage(
    store: Store,
    ref: str,
    direction: Direction = "down",
    depth: int = DEFAULT_DEPTH,
    relations: Sequence[str] = DEFAULT_RELATIONS,
    tiers: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The lineage of the document REF names (``RefError`` if it names none or several)."""
    root = resolve_one(store, ref)
    directions: tuple[str, ...] = ("down", "up") if direction == "both" else (direction,)
    reached: dict[str, tuple[int, str]] = {root: (0, "")}
    edges: list[dict[str, Any]] = []
    for d in directions:
        found, walked = _walk(store, root, d, depth, tuple(relations), tuple(tiers) if tiers else None)
        for doc, (level, _) in found.items():
            if doc not in reached or reached[doc][0] > level:
                reached[doc] = (level, d)
        edges += walked
    docs = store.documents(reached)
    for doc_id, (level, d) in reached.items():
        docs.setdefault(doc_id, {"id": doc_id, "label": doc_id})
        docs[doc_id]["depth"] = level
        docs[doc_id]["direction"] = d or None
    return build_result(ref, root, direction, depth, relations, tiers, docs.values(), edges)


def _walk(
    store: Store,
    root: str,
    direction: str,
    depth: int,
    relations: tuple[str, ...],
    tiers: tuple[str, ...] | None,
) -> tuple[dict[str, tuple[int, str]], list[dict[str, Any]]]:
    """BFS from ``root``; returns {doc: (depth, direction)} and the edges walked (citing → cited)."""
    near, far = ("dst", "src") if direction == "down" else ("src", "dst")
    visited: dict[str, tuple[int, str]] = {root: (0, direction)}
    frontier = [root]
    edges: list[dict[str, Any]] = []
    rel_marks = ",".join("?" * len(relations))
    tier_join = ""
    tier_args: tuple[str, ...] = ()
    if tiers:
        tier_join = f" JOIN documents d ON d.id = e.{far} AND d.tier IN ({','.join('?' * len(tiers))})"
        tier_args = tiers
    level = 0
    while frontier and level < depth:
        level += 1
        nxt: list[str] = []
        for i in range(0, len(frontier), 400):
            chunk = frontier[i : i + 400]
            sql = (
                f'SELECT e.src, e.dst, e.relation, e.origin, e.sentence, e.start, e."end", e.confidence, f.path'
                f" FROM edges e LEFT JOIN files f ON f.id = e.file_id{tier_join}"
                f" WHERE e.{near} IN ({','.join('?' * len(chunk))}) AND e.relation IN ({rel_marks})"
                f" ORDER BY e.id"
            )
            for row in store.conn.execute(sql, (*tier_args, *chunk, *relations)):
                edges.append(
                    {
                        "from": row[0],
                        "to": row[1],
                        "relation": row[2],
                        "origin": row[3],
                        "sentence": row[4],
                        "start": row[5],
                        "end": row[6],
                        "confidence": row[7],
                        "file": row[8],
                    }
                )
                other = row[1] if direction == "up" else row[0]
                if other not in visited:
                    visited[other] = (level, direction)
                    nxt.append(other)
        frontier = nxt
    return visited, edges


def build_result(
    query: str,
    root: str,
    direction: str,
    depth: int,
    relations: Sequence[str],
    tiers: Sequence[str] | None,
    documents: Iterable[dict[str, Any]],
    edges: Iterable[dict[str, Any]],
) -> dict[str, Any]:
    """The ``kg lineage --json`` document (schema in docs/graph.md); edges repeated by several mentions
    are merged into one with a ``mentions`` count and the first evidence."""
    docs = []
    for d in documents:
        out = {f: d.get(f) for f in DOCUMENT_FIELDS}
        out["conflicts"] = list(d.get("conflicts") or [])
        out["depth"] = d.get("depth", 0)
        out["direction"] = d.get("direction")
        out["group"] = tier_group(d)
        docs.append(out)
    docs.sort(key=lambda x: (x["depth"], TIER_GROUPS.index(x["group"]), x["date"] or "", x["label"] or ""))
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for e in edges:
        k = (e["from"], e["to"], e["relation"])
        if k in merged:
            merged[k]["mentions"] += 1
        else:
            merged[k] = {**e, "mentions": 1}
    return {
        "query": query,
        "root": root,
        "direction": direction,
        "depth": depth,
        "relations": list(relations),
        "tiers": list(tiers) if tiers else None,
        "documents": docs,
        "edges": list(merged.values()),
    }


def format_tree(result: dict[str, Any]) -> str:
    """The human form: the root, then each level's documents under the document that reached them,
    siblings grouped by tier, each with its evidence sentence."""
    docs = {d["id"]: d for d in result["documents"]}
    root = result["root"]
    children: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    into: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in result["edges"]:
        into.setdefault((e["from"], "down"), []).append(e)
        into.setdefault((e["to"], "up"), []).append(e)
    for d in result["documents"]:
        if d["id"] == root:
            continue
        down = d["direction"] == "down"
        for e in into.get((d["id"], d["direction"]), ()):
            parent = e["to"] if down else e["from"]
            if parent in docs and docs[parent]["depth"] == d["depth"] - 1:
                children.setdefault(parent, []).append((d, e))
                break
    lines = [_describe(docs[root])]
    _render(root, children, docs, "", lines)
    counts: dict[str, int] = {}
    for d in result["documents"]:
        if d["id"] != root:
            counts[d["group"]] = counts.get(d["group"], 0) + 1
    summary = ", ".join(f"{counts[g]} {g}" for g in TIER_GROUPS if g in counts) or "nothing"
    lines.append(f"({len(result['documents']) - 1} documents {_verb(result['direction'])}: {summary})")
    return "\n".join(lines)


def _verb(direction: str) -> str:
    return {"down": "below", "up": "above", "both": "linked"}.get(direction, "linked")


def _render(
    node: str,
    children: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]],
    docs: dict[str, dict[str, Any]],
    indent: str,
    lines: list[str],
) -> None:
    kids = sorted(
        children.get(node, []),
        key=lambda p: (TIER_GROUPS.index(p[0]["group"]), p[0]["date"] or "", p[0]["label"] or ""),
    )
    group = None
    for i, (doc, edge) in enumerate(kids):
        last = i == len(kids) - 1
        if doc["group"] != group:
            group = doc["group"]
            lines.append(f"{indent}│ [{group}]")
        arrow = "←" if doc["direction"] == "down" else "→"
        lines.append(f"{indent}{'└' if last else '├'}─ {edge['relation']} {arrow} {_describe(doc)}")
        pad = indent + ("   " if last else "│  ")
        if edge.get("sentence"):
            lines.append(f"{pad}  “{_clip(edge['sentence'])}”")
        _render(doc["id"], children, docs, pad, lines)


def _describe(d: dict[str, Any]) -> str:
    bits = [
        d.get("doc_type"),
        d.get("date") or (str(d["year"]) if d.get("year") else None),
        d.get("issuer"),
        d.get("jurisdiction"),
    ]
    head = d.get("label") or d["id"]
    extra = " · ".join(b for b in bits if b)
    flags = "" if d.get("resolved", True) else " [unresolved]"
    if d.get("conflicts"):
        flags += " [conflict: " + "; ".join(d["conflicts"]) + "]"
    title = f" — {_clip(d['title'], 100)}" if d.get("title") else ""
    return f"{head}  ({extra}){flags}{title}" if extra else f"{head}{flags}{title}"


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
