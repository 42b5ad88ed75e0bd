"""The whole store as a networkx graph, for analysis and for the RDF and HTML exports (docs/data-model.md).

Only ``kg.graph.load`` reads everything; the CLI queries never call it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg import registry
from kg.graph.identity import canonical_organ, jurisdiction_from_key
from kg.graph.store import NODE_FIELDS, Store, document_dict


def organ_id(code: str, jur: str | None, local: bool) -> str:
    """``organ:TTg`` for a national organ, ``organ:UBND@kien-giang`` for a local one."""
    return f"organ:{code}@{jur}" if local and jur else f"organ:{code}"


def load_graph(db: str | Path | Store) -> nx.MultiDiGraph:
    """Documents (ingested or only cited) and organs as nodes; citations, stated links and issued_by as edges."""
    store = db if isinstance(db, Store) else Store.open(db)
    try:
        g = nx.MultiDiGraph()
        organs: dict[str, dict[str, Any]] = {}
        issued: list[tuple[str, str]] = []
        for row in store.conn.execute("SELECT * FROM documents"):
            d = document_dict(row)
            g.add_node(d["id"], kind="document", **{f: d.get(f) for f in NODE_FIELDS})
            for oid, attrs in _organs_of(d, row["jur"]):
                organs.setdefault(oid, attrs)
                issued.append((d["id"], oid))
        for oid, attrs in organs.items():
            g.add_node(oid, **attrs)
        for row in store.conn.execute(
            'SELECT e.src, e.dst, e.relation, e.origin, e.start, e."end", e.sentence, e.confidence, e.method, f.path'
            " FROM edges e LEFT JOIN files f ON f.id = e.file_id ORDER BY e.id"
        ):
            if g.has_edge(row[0], row[1], key=row[2]):
                continue
            g.add_edge(
                row[0],
                row[1],
                key=row[2],
                relation=row[2],
                origin=row[3],
                file=row[9],
                start=row[4],
                end=row[5],
                sentence=row[6],
                confidence=row[7],
                method=row[8],
            )
        for doc, oid in issued:
            g.add_edge(
                doc,
                oid,
                key="issued_by",
                relation="issued_by",
                origin="issued_by",
                file=None,
                start=None,
                end=None,
                sentence=None,
                confidence=1.0,
                method="kg.graph symbol",
            )
        return g
    finally:
        if not isinstance(db, Store):
            store.close()


def _organs_of(d: dict[str, Any], jur: str | None) -> list[tuple[str, dict[str, Any]]]:
    """The issuers a document's symbol names; local organs are scoped to the document's jurisdiction."""
    out = []
    for raw in d.get("issuer_codes") or []:
        code = canonical_organ(raw)
        organ = registry.organ(code)
        tier = organ.tier if organ and organ.tier else d.get("tier")
        local = tier not in (None, "central")
        where = jur if local else None
        parent = None
        if organ is not None and organ.parent:
            p = registry.organ(organ.parent)
            parent_local = p is not None and p.tier != "central"
            parent = organ_id(organ.parent, where, parent_local)
        province, _ = jurisdiction_from_key(where)
        out.append(
            (
                organ_id(code, where, local),
                {
                    "kind": "organ",
                    "code": code,
                    "name": organ.name if organ else code,
                    "branch": organ.branch if organ else d.get("branch"),
                    "tier": tier,
                    "parent": parent,
                    "jurisdiction": d.get("jurisdiction") if local else None,
                    "label": code
                    if not local
                    else f"{code} {d.get('jurisdiction') or province or ''}".strip(),
                },
            )
        )
    return out
