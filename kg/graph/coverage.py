"""Coverage: which provinces (and districts) have implemented a central document, when, and which have not.

Read from the down-lineage, so a province counts when any of its documents implements the directive
directly or through a chain (a district report → the province's plan → the directive). Provinces are
those of the pre-2025 table; ``after_2025`` regroups them into the 34 provinces that absorbed them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kg import registry
from kg.folding import slug
from kg.graph.identity import jurisdiction_from_key
from kg.graph.lineage import DEFAULT_DEPTH, DEFAULT_RELATIONS, lineage
from kg.graph.store import Store


def _days(start: str | None, end: str | None) -> int | None:
    if not start or not end or len(start) != 10 or len(end) != 10:
        return None
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def coverage(
    store: Store, ref: str, *, relations: tuple[str, ...] = DEFAULT_RELATIONS, after_2025: bool = False
) -> dict[str, Any]:
    """{"query", "root", "covered": [...], "uncovered": [...]} with the first implementing document per province."""
    result = lineage(store, ref, "down", DEFAULT_DEPTH, relations)
    root = next(d for d in result["documents"] if d["id"] == result["root"])
    by_slug = {slug(p.name): p for p in registry.provinces()}
    jurs = {
        row[0]: row[1]
        for row in store.conn.execute(
            f"SELECT id, jur FROM documents WHERE id IN ({','.join('?' * len(result['documents']))})",
            [d["id"] for d in result["documents"]],
        )
    }
    covered: dict[str, dict[str, Any]] = {}
    for d in result["documents"]:
        if d["id"] == root["id"]:
            continue
        province_slug, district_slug = jurisdiction_from_key(jurs.get(d["id"]))
        if province_slug is None:
            continue
        province = by_slug.get(province_slug)
        name = province.name if province else province_slug
        group = (province.successor_2025 if province else name) if after_2025 else name
        entry = covered.setdefault(
            group,
            {"jurisdiction": group, "documents": 0, "districts": set(), "first": None, "provinces": set()},
        )
        entry["documents"] += 1
        entry["provinces"].add(name)
        if district_slug:
            entry["districts"].add((d.get("jurisdiction") or district_slug).split(",")[0])
        when = d.get("date") or (str(d["year"]) if d.get("year") else None)
        first = entry["first"]
        if first is None or (when or "9999") < (first["date"] or "9999"):
            entry["first"] = {
                "id": d["id"],
                "label": d["label"],
                "date": when,
                "depth": d["depth"],
                "via": "direct" if d["depth"] == 1 else "chain",
            }
    rows = []
    for entry in sorted(covered.values(), key=lambda e: ((e["first"]["date"] or "9999"), e["jurisdiction"])):
        first = entry["first"]
        rows.append(
            {
                "jurisdiction": entry["jurisdiction"],
                "provinces": sorted(entry["provinces"]),
                "documents": entry["documents"],
                "districts": sorted(entry["districts"]),
                "first": first,
                "lag_days": _days(root.get("date"), first["date"]),
            }
        )
    if after_2025:
        known = sorted({p.successor_2025 for p in registry.provinces()})
    else:
        known = sorted(p.name for p in registry.provinces())
    return {
        "query": ref,
        "root": result["root"],
        "label": root["label"],
        "date": root.get("date"),
        "grouping": "2025" if after_2025 else "pre-2025",
        "covered": rows,
        "uncovered": [k for k in known if k not in covered],
    }
