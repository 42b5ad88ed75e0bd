"""What a careful reader should look at: conflicting facts, impossible dates, unresolved references, and
any inconsistency between the layers of the store (there should be none, even after a killed run)."""

from __future__ import annotations

import json
from typing import Any

from kg.graph.store import Store


def doctor(store: Store, limit: int = 200) -> dict[str, Any]:
    q = store.conn.execute
    conflicts = [
        {"id": r["id"], "label": r["label"], "conflicts": json.loads(r["conflicts"])}
        for r in q(
            "SELECT id, label, conflicts FROM documents WHERE conflicts != '[]' ORDER BY id LIMIT ?", (limit,)
        )
    ]
    temporal = [
        {
            "from": r["src"],
            "from_label": r["sl"],
            "from_date": r["sd"],
            "to": r["dst"],
            "to_label": r["dl"],
            "to_date": r["dd"],
            "relation": r["relation"],
            "file": r["path"],
            "sentence": r["sentence"],
        }
        for r in q(
            """SELECT e.src, e.dst, e.relation, e.sentence, f.path, s.label sl, d.label dl,
                      coalesce(s.date, s.year) sd, coalesce(d.date, d.year) dd
               FROM edges e JOIN documents s ON s.id = e.src JOIN documents d ON d.id = e.dst
               LEFT JOIN files f ON f.id = e.file_id
               WHERE e.src != e.dst AND (
                     (s.date IS NOT NULL AND d.date IS NOT NULL AND s.date < d.date)
                  OR (s.year IS NOT NULL AND d.year IS NOT NULL AND s.year < d.year))
               ORDER BY e.id LIMIT ?""",
            (limit,),
        )
    ]
    unresolved = []
    for r in q(
        """SELECT d.id, d.label, d.mkey, count(m.id) n FROM documents d LEFT JOIN mentions m ON m.target = d.id
           WHERE d.resolved = 0 GROUP BY d.id ORDER BY n DESC, d.id LIMIT ?""",
        (limit,),
    ):
        stated = q(
            "SELECT count(DISTINCT own_id) FROM mentions WHERE mkey = ? AND stated = 1", (r["mkey"],)
        ).fetchone()[0]
        missing = "jurisdiction" if r["id"].startswith("vn/_/") else "period"
        reason = f"{stated} candidates: ambiguous" if stated > 1 else f"{missing} unknown"
        unresolved.append({"id": r["id"], "label": r["label"], "mentions": r["n"], "reason": reason})
    consistency = []
    dangling = q(
        "SELECT count(*) FROM edges e WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.src)"
        " OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = e.dst)"
    ).fetchone()[0]
    if dangling:
        consistency.append(f"{dangling} edges point to a missing document")
    orphans = q(
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.target)"
    ).fetchone()[0]
    if orphans:
        consistency.append(f"{orphans} mentions point to a missing document")
    selfless = q(
        "SELECT count(*) FROM files f WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.file_id = f.id AND m.is_self = 1)"
    ).fetchone()[0]
    if selfless:
        consistency.append(f"{selfless} files have no identity row")
    integrity = q("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        consistency.append(f"sqlite integrity_check: {integrity}")
    return {
        "conflicts": conflicts,
        "temporal": temporal,
        "unresolved": unresolved,
        "consistency": consistency,
    }
