"""Ingest: idempotence, bad files, and crash safety (a process killed mid-run, then resumed)."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.parse
from kg.graph.doctor import doctor
from kg.graph.ingest import ingest
from kg.graph.store import Store
from tests.conftest import REPO
from tests.graph_util import KG_PLAN, cite, doc, fake_parse, write


@pytest.fixture(autouse=True)
def _fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.parse, "parse_document", fake_parse)


def _snapshot(db: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    with sqlite3.connect(db) as c:
        docs = c.execute(
            "SELECT id, label, date, jurisdiction, resolved, conflicts FROM documents ORDER BY id"
        ).fetchall()
        edges = c.execute(
            "SELECT src, dst, relation, origin, sentence FROM edges ORDER BY 1, 2, 3, 4, 5"
        ).fetchall()
        files = c.execute("SELECT path, sha256 FROM files ORDER BY path").fetchall()
    return docs, edges, files


def _corpus(directory: Path, n: int) -> Path:
    """n district reports, each citing its province's plan (undated in half of them) and the directive."""
    for i in range(n):
        province = ("Kiên Giang", "Hậu Giang", "Đồng Nai")[i % 3]
        citations = [
            cite("33/CT-TTg", date="2021-11-26" if i % 2 else None, tier="central"),
            cite(f"{100 + i % 7}/KH-UBND", date="2022-01-10" if i % 4 == 0 else None, tier="province"),
        ]
        write(
            directory,
            f"{i:04d}.txt",
            doc(
                {"jurisdiction": province, "tier": "province", "year": 2024, "title": f"Báo cáo {i}"},
                citations,
                [(1, 0, "implements")],
            ),
        )
    return directory


def test_reingest_is_idempotent(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    with Store.open(tmp_path / "kg.db", create=True) as s:
        first = ingest(s, [corpus])
    before = _snapshot(tmp_path / "kg.db")
    with Store.open(tmp_path / "kg.db") as s:
        second = ingest(s, [corpus])
    assert (first.new, second.new, second.unchanged, second.replaced) == (12, 0, 12, 0)
    assert _snapshot(tmp_path / "kg.db") == before


def test_same_content_under_two_names_is_one_file(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", KG_PLAN)
    b = write(tmp_path, "copy/b.txt", KG_PLAN)
    with Store.open(tmp_path / "kg.db", create=True) as s:
        report = ingest(s, [a, b])
        assert report.new == 1 and len(report.skipped) == 1 and "same content" in report.skipped[0]


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_bad_files_are_reported_in_one_line_and_skipped(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00" * 20)
    (d / "empty.txt").write_bytes(b"")
    (d / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    (d / "scan.pdf").write_bytes(_blank_pdf())
    (d / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    write(d, "good.txt", KG_PLAN)
    with Store.open(tmp_path / "kg.db", create=True) as s:
        report = ingest(s, [d, tmp_path / "missing.txt"])
        assert report.new == 1
        assert s.counts()["files"] == 1
    names = ("binary.txt", "empty.txt", "latin.txt", "scan.pdf", "broken.docx", "missing.txt")
    assert len(report.skipped) == len(names)
    for name in names:
        (line,) = [s for s in report.skipped if name in s]
        assert "\n" not in line and "Traceback" not in line


_KILL_SCRIPT = """
import sys, time
import kg.parse
from tests.graph_util import fake_parse

def slow(text):
    time.sleep(0.01)
    return fake_parse(text)

kg.parse.parse_document = slow
from kg.graph.ingest import ingest
from kg.graph.store import Store

ingest(Store.open(sys.argv[1], create=True), [sys.argv[2]])
"""


def _files(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as c:
            return c.execute("SELECT count(*) FROM files").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_that_the_next_run_completes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 150)
    db = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for threshold in (10, 60):
        proc = subprocess.Popen([sys.executable, "-c", _KILL_SCRIPT, str(db), str(corpus)], cwd=REPO, env=env)
        deadline = time.monotonic() + 120
        while _files(db) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Store.open(db) as s:
            assert 0 < s.counts()["files"] < 150
            assert doctor(s)["consistency"] == []
    with Store.open(db) as s:
        report = ingest(s, [corpus])
        assert report.new + report.unchanged == 150 and report.new > 0
        assert doctor(s)["consistency"] == []
    fresh = tmp_path / "fresh.db"
    with Store.open(fresh, create=True) as s:
        ingest(s, [corpus])
    assert _snapshot(db)[:2] == _snapshot(fresh)[:2]
