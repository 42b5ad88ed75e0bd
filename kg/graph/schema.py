"""The store's tables, versioned with ``PRAGMA user_version`` so that an old store is upgraded in place.

Three layers, each derived from the one before:

* ``files`` and ``mentions`` are the evidence: what each ingested file says (its own header is the mention
  with ``is_self = 1``). They change only when a file is ingested or replaced.
* ``documents`` are the nodes: one row per id that some mention currently targets, with attributes
  aggregated over those mentions.
* ``edges`` are citing → cited relations (one per mention, one per stated link), with their evidence;
  ``src``/``dst`` are denormalised from the mentions' targets so that lineage walks one indexed table.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: initial schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        manifest INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX files_sha ON files (sha256);
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        is_self INTEGER NOT NULL DEFAULT 0,
        mkey TEXT NOT NULL,
        jur TEXT,
        period TEXT,
        stated INTEGER NOT NULL,
        own_id TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT, symbol TEXT, name TEXT, number TEXT, year INTEGER, type_code TEXT, doc_type TEXT,
        issuer TEXT, issuer_codes TEXT, branch TEXT, tier TEXT, jurisdiction TEXT, date TEXT, title TEXT,
        relation TEXT, zone TEXT, sentence TEXT, start INTEGER, "end" INTEGER, confidence REAL,
        ocr_repaired INTEGER, uncertain INTEGER, surface TEXT
    );
    CREATE INDEX mentions_target ON mentions (target);
    CREATE INDEX mentions_mkey ON mentions (mkey, stated);
    CREATE INDEX mentions_file ON mentions (file_id);
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        mkey TEXT,
        jur TEXT,
        period TEXT,
        organ_key TEXT, type_key TEXT, number_key TEXT,
        symbol TEXT, name TEXT, doc_type TEXT, type_code TEXT, number TEXT, year INTEGER, date TEXT,
        issuer TEXT, issuer_codes TEXT, branch TEXT, tier TEXT, jurisdiction TEXT, title TEXT,
        ingested INTEGER NOT NULL DEFAULT 0,
        path TEXT,
        resolved INTEGER NOT NULL DEFAULT 1,
        conflicts TEXT NOT NULL DEFAULT '[]',
        label TEXT,
        search TEXT
    );
    CREATE INDEX documents_mkey ON documents (mkey);
    CREATE INDEX documents_number ON documents (number_key);
    CREATE INDEX documents_path ON documents (path);
    CREATE TABLE edges (
        id INTEGER PRIMARY KEY,
        src TEXT NOT NULL,
        dst TEXT NOT NULL,
        relation TEXT NOT NULL,
        origin TEXT NOT NULL,
        file_id INTEGER REFERENCES files (id) ON DELETE CASCADE,
        src_mention INTEGER,
        dst_mention INTEGER,
        start INTEGER, "end" INTEGER, sentence TEXT, confidence REAL, method TEXT
    );
    CREATE INDEX edges_src ON edges (src, relation);
    CREATE INDEX edges_dst ON edges (dst, relation);
    CREATE INDEX edges_file ON edges (file_id);
    CREATE INDEX edges_src_mention ON edges (src_mention);
    CREATE INDEX edges_dst_mention ON edges (dst_mention);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The store was written by a newer kg."""


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the store to ``SCHEMA_VERSION``, one migration per transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"store schema version {version} is newer than this kg ({SCHEMA_VERSION}); upgrade kg"
        )
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        for statement in _statements(MIGRATIONS[number]):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
