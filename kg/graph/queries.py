"""The small read-only queries behind ``kg show``, ``kg stats`` and ``kg search``: indexed, never the whole graph."""

from __future__ import annotations

from typing import Any

from kg import registry
from kg.folding import fold, slug
from kg.graph.resolve import resolve_one
from kg.graph.store import Store, document_dict


def _edges(store: Store, column: str, doc_id: str, limit: int) -> list[dict[str, Any]]:
    other = "dst" if column == "src" else "src"
    rows = store.conn.execute(
        f'SELECT e.{other} AS other, e.relation, e.origin, e.sentence, e.start, e."end", e.confidence, f.path,'
        f" d.label, d.date, d.year, d.tier, d.branch, d.jurisdiction"
        f" FROM edges e LEFT JOIN files f ON f.id = e.file_id LEFT JOIN documents d ON d.id = e.{other}"
        f" WHERE e.{column} = ? ORDER BY e.id LIMIT ?",
        (doc_id, limit),
    )
    return [
        {
            "id": r["other"],
            "label": r["label"],
            "relation": r["relation"],
            "origin": r["origin"],
            "date": r["date"] or (str(r["year"]) if r["year"] else None),
            "tier": r["tier"],
            "branch": r["branch"],
            "jurisdiction": r["jurisdiction"],
            "sentence": r["sentence"],
            "file": r["path"],
            "start": r["start"],
            "end": r["end"],
            "confidence": r["confidence"],
        }
        for r in rows
    ]


def show(store: Store, ref: str, limit: int = 500) -> dict[str, Any]:
    """A document with its citations out (what it cites) and in (who cites it)."""
    doc_id = resolve_one(store, ref)
    doc = store.document(doc_id)
    assert doc is not None
    return {
        "query": ref,
        "document": doc,
        "out": _edges(store, "src", doc_id, limit),
        "in": _edges(store, "dst", doc_id, limit),
    }


def jurisdiction_keys(name: str) -> list[str]:
    """The jurisdiction slugs a place name covers; a post-2025 province also covers those it absorbed."""
    absorbed = registry.absorbed_by(name)
    if absorbed:
        return sorted({slug(p) for p in absorbed})
    j = registry.jurisdiction(name)
    return [j.key] if j else [slug(name)]


def _jur_filter(jurisdiction: str | None) -> tuple[str, list[str]]:
    if not jurisdiction:
        return "", []
    keys = jurisdiction_keys(jurisdiction)
    clause = " OR ".join("(jur = ? OR jur LIKE ?)" for _ in keys)
    args: list[str] = []
    for k in keys:
        args += [k, f"{k}.%"]
    return f" AND ({clause})", args


def stats(store: Store, jurisdiction: str | None = None) -> dict[str, Any]:
    where, args = _jur_filter(jurisdiction)
    q = store.conn.execute

    def by(column: str) -> dict[str, int]:
        return {
            (r[0] if r[0] is not None else "unknown"): r[1]
            for r in q(
                f"SELECT {column}, count(*) FROM documents WHERE 1=1{where} GROUP BY {column} ORDER BY count(*) DESC",
                args,
            )
        }

    out: dict[str, Any] = {"jurisdiction_filter": jurisdiction, **store.counts()}
    out["by_type"] = by("doc_type")
    out["by_branch"] = by("branch")
    out["by_tier"] = by("tier")
    out["by_jurisdiction"] = by("jurisdiction")
    out["by_relation"] = {
        r[0]: r[1] for r in q("SELECT relation, count(*) FROM edges GROUP BY relation ORDER BY 2 DESC")
    }
    if jurisdiction:
        out["documents"] = sum(out["by_tier"].values())
    return out


def search(store: Store, text: str, limit: int = 50, jurisdiction: str | None = None) -> list[dict[str, Any]]:
    """Documents whose symbol, name, title or issuer contain every word of TEXT, diacritics ignored."""
    words = fold(text).split()
    if not words:
        return []
    where, args = _jur_filter(jurisdiction)
    clause = " AND ".join("search LIKE ?" for _ in words)
    rows = store.conn.execute(
        f"SELECT * FROM documents WHERE {clause}{where} ORDER BY ingested DESC, resolved DESC, date DESC LIMIT ?",
        [f"%{w}%" for w in words] + args + [limit],
    )
    return [document_dict(r) for r in rows]
