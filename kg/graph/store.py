"""The embedded SQLite store: connection, transactions, and the resolution of mentions to documents.

Why a mention table and re-resolution rather than writing document ids once: a mention with no date
("Chỉ thị số 33/CT-TTg") or no jurisdiction names an unknown document until some other mention or file
supplies the missing fact. Every mention keeps what it states (``mkey``, ``jur``, ``period``); its
``target`` is recomputed whenever the set of *stated* documents of its ``mkey`` changes:

* exactly one compatible stated document → that document (the mention merges into it);
* none, or several → the mention's own unresolved id (``…/_/…``), a node of its own that waits for
  evidence (and that ``kg doctor`` lists).

Every file is written in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT`` in WAL mode): a process killed
at any point leaves the store as it was before that file.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kg import registry
from kg.folding import fold
from kg.graph.identity import UNKNOWN, Key, parse_symbol
from kg.graph.schema import migrate
from kg.models import Citation, Header, Link

_MENTION_FIELDS = (
    "kind",
    "symbol",
    "name",
    "number",
    "year",
    "type_code",
    "doc_type",
    "issuer",
    "issuer_codes",
    "branch",
    "tier",
    "jurisdiction",
    "date",
    "title",
    "relation",
    "zone",
    "sentence",
    "start",
    "end",
    "confidence",
    "ocr_repaired",
    "uncertain",
    "surface",
)
# A document's attributes in the data model (docs/data-model.md), in column order; kg.graph.loader
# copies exactly these onto each networkx node.
NODE_FIELDS = (
    "symbol",
    "name",
    "doc_type",
    "type_code",
    "number",
    "year",
    "date",
    "issuer",
    "issuer_codes",
    "branch",
    "tier",
    "jurisdiction",
    "title",
    "ingested",
    "path",
    "resolved",
    "conflicts",
    "label",
)
# The identity keys before them and the folded search text after are the store's own.
_DOC_COLUMNS = ("id", "mkey", "jur", "period", "organ_key", "type_key", "number_key", *NODE_FIELDS, "search")
_EDGE_COLUMNS = (
    "src",
    "dst",
    "relation",
    "origin",
    "file_id",
    "src_mention",
    "dst_mention",
    "start",
    "end",
    "sentence",
    "confidence",
    "method",
)


class StoreMissing(Exception):
    """A query was asked of a store that does not exist yet."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A row to write: one citation (or the file's own header) with the identity it states."""

    key: Key
    facts: dict[str, Any]
    jurisdiction_name: str | None = None


@dataclass(frozen=True, slots=True)
class FileWrite:
    """What one file contributed, for the ingest summary."""

    doc_id: str
    citations: int
    links: int
    replaced: bool


def citation_facts(c: Citation) -> dict[str, Any]:
    d = {f: getattr(c, f) for f in _MENTION_FIELDS}
    by_name = registry.organ_by_name(c.issuer)
    codes = (
        c.issuer_codes or ((p := parse_symbol(c.symbol)) and p.organs) or ((by_name.code,) if by_name else ())
    )
    d["issuer_codes"] = json.dumps(list(codes), ensure_ascii=False)
    d["ocr_repaired"] = int(c.ocr_repaired)
    d["uncertain"] = int(c.uncertain)
    organ = registry.organ(c.issuer_codes[0]) if c.issuer_codes else None
    if organ is None and (parts := parse_symbol(c.symbol)) and parts.organs:
        organ = registry.organ(parts.organs[0])
    if organ is not None:
        d["branch"] = d["branch"] or organ.branch
        d["tier"] = d["tier"] or organ.tier
    if d["doc_type"] is None:
        q = parse_symbol(c.symbol)
        d["doc_type"] = type_name(c.type_code or (q.type_code if q else None))
    return d


def type_name(code: str | None) -> str | None:
    """ "Chỉ thị" for CT: the type a symbol states when the sentence does not name it."""
    if not code:
        return None
    t = registry.type_codes().get(code)
    return t.name if t else None


def header_facts(h: Header) -> dict[str, Any]:
    d: dict[str, Any] = dict.fromkeys(_MENTION_FIELDS)
    d.update(
        kind="numbered" if h.symbol else "named",
        symbol=h.symbol,
        number=h.number,
        year=h.year,
        type_code=h.type_code,
        doc_type=h.doc_type,
        issuer=h.issuer,
        issuer_codes=json.dumps(list(h.issuer_codes or _codes_by_name(h.issuer)), ensure_ascii=False),
        branch=h.branch,
        tier=h.tier,
        jurisdiction=h.jurisdiction,
        date=h.date,
        title=h.title,
        relation="self",
        zone="header",
    )
    return d


def _codes_by_name(issuer: str | None) -> tuple[str, ...]:
    o = registry.organ_by_name(issuer)
    return (o.code,) if o else ()


class Store:
    """One SQLite store; not shared between threads (each process opens its own)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> Store:
        """Open ``path``; a query command passes ``create=False`` so that a typo does not create a store."""
        p = Path(path)
        if not create and not p.exists():
            raise StoreMissing(f"no store at {p} (run `kg ingest PATH` first, or pass --db / set KG_DB)")
        if create and p.parent and not p.parent.exists():
            p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        migrate(conn)
        return cls(conn, p)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- reading -------------------------------------------------------------------------------

    def file_by_path(self, path: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM files WHERE path = ?", (path,)).fetchone()

    def file_by_hash(self, sha: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM files WHERE sha256 = ? LIMIT 1", (sha,)).fetchone()

    def file_doc(self, file_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT target FROM mentions WHERE file_id = ? AND is_self = 1", (file_id,)
        ).fetchone()
        return row[0] if row else None

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return document_dict(row) if row else None

    def documents(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT * FROM documents WHERE id IN ({marks})", chunk):
                out[row["id"]] = document_dict(row)
        return out

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            "files": q("SELECT count(*) FROM files").fetchone()[0],
            "citations": q("SELECT count(*) FROM edges WHERE origin = 'mention'").fetchone()[0],
            "links": q("SELECT count(*) FROM edges WHERE origin = 'link'").fetchone()[0],
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "unresolved": q("SELECT count(*) FROM documents WHERE resolved = 0").fetchone()[0],
        }

    # --- writing -------------------------------------------------------------------------------

    def put_file(
        self,
        path: str,
        sha: str,
        size: int,
        own: Mention,
        mentions: Sequence[Mention],
        links: Sequence[Link],
        *,
        manifest: bool = False,
        method: str = "kg.parse rule",
    ) -> FileWrite:
        """Write (or replace) one file's evidence and re-resolve what it touches, in one transaction."""
        with self.transaction() as c:
            old = self.file_by_path(path)
            changed: set[str] = set()
            mkeys = {own.key.mkey} | {m.key.mkey for m in mentions}
            if old is not None:
                for row in c.execute(
                    "SELECT DISTINCT mkey, target FROM mentions WHERE file_id = ?", (old["id"],)
                ):
                    mkeys.add(row["mkey"])
                    changed.add(row["target"])
            before = {mk: self._stated(mk) for mk in mkeys}
            if old is not None:
                c.execute("DELETE FROM files WHERE id = ?", (old["id"],))
            file_id = c.execute(
                "INSERT INTO files (path, sha256, size, manifest, ingested_at) VALUES (?, ?, ?, ?, ?)",
                (path, sha, size, int(manifest), datetime.now(UTC).isoformat(timespec="seconds")),
            ).lastrowid
            assert file_id is not None
            self_id = self._insert_mention(file_id, -1, own, is_self=True)
            ids = [self._insert_mention(file_id, i, m) for i, m in enumerate(mentions)]
            targets = {m.key.doc_id for m in (own, *mentions)}
            edge_rows = [
                (
                    own.key.doc_id,
                    m.key.doc_id,
                    m.facts["relation"] or "cites",
                    "mention",
                    file_id,
                    self_id,
                    mid,
                    m.facts["start"],
                    m.facts["end"],
                    m.facts["sentence"],
                    m.facts["confidence"],
                    method,
                )
                for m, mid in zip(mentions, ids, strict=True)
            ]
            edge_rows += [
                (
                    mentions[lk.source].key.doc_id,
                    mentions[lk.target].key.doc_id,
                    lk.relation,
                    "link",
                    file_id,
                    ids[lk.source],
                    ids[lk.target],
                    lk.start,
                    lk.end,
                    lk.sentence,
                    lk.confidence,
                    method,
                )
                for lk in links
                if 0 <= lk.source < len(mentions) and 0 <= lk.target < len(mentions)
            ]
            self._insert_edges(edge_rows)
            changed |= targets
            changed |= self._reresolve(mkeys, before, file_id)
            for doc_id in changed:
                self._rebuild(doc_id)
            doc_id = self.file_doc(file_id) or own.key.doc_id
        return FileWrite(doc_id, len(mentions), len(links), old is not None)

    def _insert_mention(self, file_id: int, idx: int, m: Mention, is_self: bool = False) -> int:
        facts = dict(m.facts)
        facts["jurisdiction"] = m.jurisdiction_name or facts.get("jurisdiction")
        cols = (
            "file_id",
            "idx",
            "is_self",
            "mkey",
            "jur",
            "period",
            "stated",
            "own_id",
            "target",
            *_MENTION_FIELDS,
        )
        values = (
            file_id,
            idx,
            int(is_self),
            m.key.mkey,
            m.key.jur,
            m.key.period,
            int(m.key.stated),
            m.key.doc_id,
            m.key.doc_id,
            *(facts.get(f) for f in _MENTION_FIELDS),
        )
        quoted = ", ".join(f'"{c}"' for c in cols)
        cur = self.conn.execute(
            f"INSERT INTO mentions ({quoted}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _insert_edges(self, rows: Iterable[Sequence[Any]]) -> None:
        quoted = ", ".join(f'"{c}"' for c in _EDGE_COLUMNS)
        self.conn.executemany(
            f"INSERT INTO edges ({quoted}) VALUES ({', '.join('?' * len(_EDGE_COLUMNS))})", rows
        )

    def _stated(self, mkey: str) -> dict[str, tuple[str | None, str | None]]:
        """The documents of ``mkey`` that some mention names completely: id -> (jurisdiction, period)."""
        return {
            row[0]: (row[1], row[2])
            for row in self.conn.execute(
                "SELECT DISTINCT own_id, jur, period FROM mentions WHERE mkey = ? AND stated = 1", (mkey,)
            )
        }

    def _reresolve(
        self, mkeys: Iterable[str], before: dict[str, dict[str, tuple[str | None, str | None]]], file_id: int
    ) -> set[str]:
        """Point every incomplete mention at its unique candidate, or at its own unresolved node."""
        changed: set[str] = set()
        for mk in mkeys:
            stated = self._stated(mk)
            if stated != before.get(mk):
                rows = self.conn.execute(
                    "SELECT id, jur, period, own_id, target FROM mentions WHERE mkey = ? AND stated = 0",
                    (mk,),
                ).fetchall()
            else:
                rows = self.conn.execute(
                    "SELECT id, jur, period, own_id, target FROM mentions WHERE mkey = ? AND stated = 0 AND file_id = ?",
                    (mk, file_id),
                ).fetchall()
            for row in rows:
                candidates = [
                    doc
                    for doc, (jur, period) in stated.items()
                    if (row["jur"] is None or row["jur"] == jur)
                    and (row["period"] is None or row["period"] == period)
                ]
                target = candidates[0] if len(candidates) == 1 else row["own_id"]
                if target != row["target"]:
                    self._retarget(row["id"], target)
                    changed |= {row["target"], target}
        return changed

    def _retarget(self, mention_id: int, target: str) -> None:
        self.conn.execute("UPDATE mentions SET target = ? WHERE id = ?", (target, mention_id))
        self.conn.execute("UPDATE edges SET dst = ? WHERE dst_mention = ?", (target, mention_id))
        self.conn.execute("UPDATE edges SET src = ? WHERE src_mention = ?", (target, mention_id))

    def _rebuild(self, doc_id: str) -> None:
        """Recompute one document's attributes from the mentions that target it; drop it if none do."""
        rows = self.conn.execute(
            "SELECT m.*, f.path AS file_path FROM mentions m JOIN files f ON f.id = m.file_id WHERE m.target = ?",
            (doc_id,),
        ).fetchall()
        if not rows:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            return
        row = aggregate(doc_id, rows)
        quoted = ", ".join(f'"{c}"' for c in _DOC_COLUMNS)
        self.conn.execute(
            f"INSERT OR REPLACE INTO documents ({quoted}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))})",
            tuple(row[c] for c in _DOC_COLUMNS),
        )

    # --- bulk API (benchmarks, imports) -------------------------------------------------------------

    def bulk_insert(self, documents: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> None:
        """Write already-resolved documents and edges directly, in one transaction (no mention evidence)."""
        quoted = ", ".join(f'"{c}"' for c in _DOC_COLUMNS)
        with self.transaction() as c:
            c.executemany(
                f"INSERT OR REPLACE INTO documents ({quoted}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))})",
                (tuple(_doc_defaults(d)[k] for k in _DOC_COLUMNS) for d in documents),
            )
            self._insert_edges(
                tuple(
                    e.get(k, "mention" if k == "origin" else 1.0 if k == "confidence" else None)
                    for k in _EDGE_COLUMNS
                )
                for e in edges
            )


def _doc_defaults(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(_DOC_COLUMNS)
    out.update(ingested=0, resolved=1, conflicts="[]", issuer_codes="[]")
    out.update(d)
    if out["label"] is None:
        out["label"] = out["symbol"] or out["name"] or out["id"]
    if out["search"] is None:
        out["search"] = search_text(out)
    return out


def _mode(values: Iterable[Any]) -> Any:
    """The most frequent non-empty value; ties go to the longer (more complete) one, then the smaller."""
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(str(v)), str(v)))


def search_text(d: dict[str, Any]) -> str:
    parts = (
        d.get("symbol"),
        d.get("name"),
        d.get("title"),
        d.get("issuer"),
        d.get("doc_type"),
        d.get("jurisdiction"),
    )
    return fold(" ".join(p for p in parts if p))


def aggregate(doc_id: str, rows: Sequence[sqlite3.Row]) -> dict[str, Any]:
    """A document's attributes: its own header first, else what most mentions say; conflicts kept."""
    own = next((r for r in rows if r["is_self"]), None)

    def pick(field: str) -> Any:
        if own is not None and own[field] not in (None, ""):
            return own[field]
        return _mode(r[field] for r in rows if not r["is_self"])

    dates = sorted({r["date"] for r in rows if r["date"]})
    conflicts = [f"date: {' vs '.join(dates)}"] if len(dates) > 1 else []
    first = rows[0]
    stated = [r for r in rows if r["stated"]]
    jur = stated[0]["jur"] if stated else first["jur"]
    period = stated[0]["period"] if stated else first["period"]
    mkey = first["mkey"]
    organ_key = type_key = number_key = None
    if mkey.startswith(("n/", "l/")):
        _, organ_key, type_key, number_key = mkey.split("/", 3)
    date = pick("date")
    year = pick("year") or (int(date[:4]) if date else None)
    if year is None and period and period.isdigit():
        year = int(period)
    symbol = pick("symbol")
    name = pick("name")
    d: dict[str, Any] = {
        "id": doc_id,
        "mkey": mkey,
        "jur": jur or None,
        "period": period or None,
        "organ_key": organ_key,
        "type_key": type_key,
        "number_key": number_key,
        "symbol": symbol,
        "name": None if symbol else name,
        "doc_type": pick("doc_type"),
        "type_code": pick("type_code"),
        "number": pick("number") or ((p := parse_symbol(symbol)) and p.number),
        "year": year,
        "date": date,
        "issuer": pick("issuer"),
        "issuer_codes": pick("issuer_codes") or "[]",
        "branch": pick("branch"),
        "tier": pick("tier"),
        "jurisdiction": pick("jurisdiction"),
        "title": pick("title"),
        "ingested": int(own is not None),
        "path": own["file_path"] if own is not None else None,
        "resolved": int(mkey.startswith("f/") or f"/{UNKNOWN}/" not in doc_id),
        "conflicts": json.dumps(conflicts, ensure_ascii=False),
    }
    d["label"] = label(d)
    d["search"] = search_text(d)
    return d


def label(d: dict[str, Any]) -> str:
    """Symbol, else name, else "Kế hoạch (Hậu Giang, 2024)" for a document whose number is not printed."""
    symbol = d.get("symbol")
    if symbol and "?" not in symbol:
        return symbol
    if d.get("name"):
        return d["name"]
    where = ", ".join(str(x) for x in (d.get("jurisdiction") or d.get("issuer"), d.get("year")) if x)
    base = d.get("doc_type") or symbol or "Văn bản"
    return f"{base} ({where})" if where else base


def document_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A documents row as the data model's node attributes (plus ``id``)."""
    d = dict(row)
    d["issuer_codes"] = json.loads(d["issuer_codes"] or "[]")
    d["conflicts"] = json.loads(d["conflicts"] or "[]")
    d["ingested"] = bool(d["ingested"])
    d["resolved"] = bool(d["resolved"])
    return d
