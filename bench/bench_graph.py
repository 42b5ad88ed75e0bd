"""The graph layer at scale: ingest throughput, peak memory, and `kg lineage` latency on a 1M-edge store.

* Ingest: ``kg ingest --jobs 2`` on ``SHARED/corpus`` (1,511 real documents), as a subprocess: documents/s,
  MB/s (10**6 bytes of file content), peak RSS of the largest process; then the same run again, where
  every file is unchanged.
* Scale: a generated store of about 200,000 documents and 1,000,000 citation edges, written through
  ``Store.bulk_insert`` (not by parsing a million files): 2,000 central documents cited with a Zipf-like
  popularity (1/rank), and per province (63) and district (10 per province) plans and letters that cite
  central documents and earlier provincial documents (districts implement them; provincial documents
  mostly cite or rely on each other). It is cached in OUT/graph-1m.db.
* Latency: wall time of ``kg lineage REF`` run as a subprocess (interpreter start-up included, as a user
  sees it), for local documents ``--up`` and central documents ``--down``, p50/p95; and the same queries
  in-process, which is the part this layer controls. Target: p50 < 200 ms from the CLI.
"""

from __future__ import annotations

import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg import registry
from kg.folding import slug
from kg.graph.lineage import lineage
from kg.graph.store import Store

KG = Path(sys.executable).parent / "kg"
SEED = 20261121
CENTRAL = 2_000
LOCAL_PER_PROVINCE = 1_500
DISTRICTS_PER_PROVINCE = 10
DOCS_PER_DISTRICT = 150
EDGES_TARGET = 1_000_000
QUERIES = 40
STORE_VERSION = "2"
CENTRAL_RELATIONS = ("implements", "implements", "based_on", "cites")
LOCAL_RELATIONS = ("cites", "cites", "based_on", "implements")


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def bench_ingest(shared: Path | None, out: Path) -> dict[str, Any]:
    corpus = shared / "corpus" if shared else None
    if corpus is None or not corpus.is_dir():
        print("   ingest: no shared corpus; skipped")
        return {}
    files = [p for p in corpus.rglob("docs/*.txt")]
    size = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "corpus.db"
        started = time.perf_counter()
        run = subprocess.run(
            [str(KG), "ingest", str(corpus), "--jobs", "2", "--db", str(db), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        first = time.perf_counter() - started
        rss = _peak_rss_mb()
        started = time.perf_counter()
        subprocess.run(
            [str(KG), "ingest", str(corpus), "--jobs", "2", "--db", str(db)], capture_output=True, check=True
        )
        again = time.perf_counter() - started
    import json

    summary = json.loads(run.stdout)
    docs = summary["new"] + summary["replaced"]
    result = {
        "files": len(files),
        "ingested": docs,
        "skipped": len(summary["skipped"]),
        "mb": round(size / 1e6, 1),
        "seconds": round(first, 1),
        "docs_per_s": round(docs / first, 1),
        "mb_per_s": round(size / 1e6 / first, 2),
        "peak_rss_mb": round(rss, 1),
        "unchanged_rerun_seconds": round(again, 2),
        "store": summary["store"],
    }
    print(
        f"   ingest --jobs 2: {docs} documents, {result['mb']} MB in {result['seconds']} s = "
        f"{result['docs_per_s']} docs/s, {result['mb_per_s']} MB/s; peak RSS {result['peak_rss_mb']} MB; "
        f"re-run (all unchanged) {result['unchanged_rerun_seconds']} s"
    )
    print(
        f"   store: {summary['store']['documents']} documents ({summary['store']['unresolved']} unresolved), "
        f"{summary['store']['citations']} citations, {summary['store']['links']} links"
    )
    return result


def _central(rng: random.Random) -> list[dict[str, Any]]:
    kinds = [("ttg", "CT", "TTg", "state", "Chỉ thị"), ("ttg", "QĐ", "TTg", "state", "Quyết định"),
             ("cp", "NQ", "CP", "state", "Nghị quyết"), ("tw", "KL", "TW", "party", "Kết luận"),
             ("tw", "NQ", "TW", "party", "Nghị quyết"), ("tw", "CT", "TW", "party", "Chỉ thị")]  # fmt: skip
    docs = []
    for i in range(CENTRAL):
        organ, type_code, code, branch, name = kinds[i % len(kinds)]
        year = 2011 + rng.randrange(14)
        number = 1 + i // len(kinds)
        if branch == "party":
            term = registry.party_term(year=year)
            symbol, period = f"{number}-{type_code}/{code}", f"k{term}"
        else:
            symbol, period = f"{number}/{type_code}-{code}", str(year)
        date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        key = slug(type_code)
        docs.append(
            {
                "id": f"vn/{organ}/{key}/{period}/{number}",
                "mkey": f"n/{organ}/{key}/{number}",
                "period": period,
                "organ_key": organ,
                "type_key": key,
                "number_key": str(number),
                "symbol": symbol,
                "doc_type": name,
                "type_code": type_code,
                "number": str(number),
                "year": year,
                "date": date,
                "issuer": registry.organ(code).name if registry.organ(code) else code,
                "issuer_codes": f'["{code}"]',
                "branch": branch,
                "tier": "central",
                "title": f"về nhiệm vụ số {i}",
            }
        )
    return docs


def generate(db: Path) -> dict[str, int]:
    """Write the synthetic store; returns its counts."""
    rng = random.Random(SEED)
    central = _central(rng)
    weights = [1 / (rank + 1) for rank in range(len(central))]
    documents = list(central)
    edges: list[dict[str, Any]] = []
    provinces = registry.provinces()
    per_doc = EDGES_TARGET / (
        len(provinces) * (LOCAL_PER_PROVINCE + DISTRICTS_PER_PROVINCE * DOCS_PER_DISTRICT)
    )
    for p in provinces:
        jur = slug(p.name)
        mine: list[str] = []
        places = [(jur, p.name, "province", LOCAL_PER_PROVINCE)]
        places += [
            (f"{jur}.huyen-{k}", f"Huyện {k}, {p.name}", "district", DOCS_PER_DISTRICT)
            for k in range(DISTRICTS_PER_PROVINCE)
        ]
        for place, name, tier, count in places:
            for n in range(1, count + 1):
                year = 2016 + rng.randrange(9)
                type_code = rng.choice(("KH", "QĐ", "BC"))
                key = slug(type_code)
                doc_id = f"vn/{place}/ubnd/{key}/{year}/{n}"
                documents.append(
                    {
                        "id": doc_id,
                        "mkey": f"l/ubnd/{key}/{n}",
                        "jur": place,
                        "period": str(year),
                        "organ_key": "ubnd",
                        "type_key": key,
                        "number_key": str(n),
                        "symbol": f"{n}/{type_code}-UBND",
                        "doc_type": registry.type_codes()[type_code].name,
                        "type_code": type_code,
                        "number": str(n),
                        "year": year,
                        "date": f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                        "issuer": f"Ủy ban nhân dân {name}",
                        "issuer_codes": '["UBND"]',
                        "branch": "state",
                        "tier": tier,
                        "jurisdiction": name,
                        "title": f"kế hoạch số {n}",
                    }
                )
                k = max(1, round(rng.gauss(per_doc, 1.5)))
                picks = {
                    (c["id"], rng.choice(CENTRAL_RELATIONS))
                    for c in rng.choices(central, weights, k=max(1, k // 2))
                }
                if mine:
                    # a district document implements its province's plans; a provincial one mostly cites them
                    local_relations = ("implements",) if tier == "district" else LOCAL_RELATIONS
                    picks |= {(rng.choice(mine), rng.choice(local_relations)) for _ in range(k - len(picks))}
                edges += [
                    {
                        "src": doc_id,
                        "dst": target,
                        "relation": relation,
                        "origin": "mention",
                        "sentence": f"Thực hiện văn bản {target} của cơ quan cấp trên.",
                        "confidence": 0.9,
                    }
                    for target, relation in picks
                ]
                if tier == "province":
                    mine.append(doc_id)
    with Store.open(db, create=True) as store:
        store.bulk_insert(documents, edges)
        store.conn.execute("INSERT OR REPLACE INTO meta VALUES ('bench_graph', ?)", (STORE_VERSION,))
        store.conn.execute("ANALYZE")
        return store.counts()


def _store(out: Path) -> tuple[Path, dict[str, int], float]:
    db = out / "graph-1m.db"
    if db.exists():
        with Store.open(db) as s:
            row = s.conn.execute("SELECT value FROM meta WHERE key = 'bench_graph'").fetchone()
            if row and row[0] == STORE_VERSION:
                return db, s.counts(), 0.0
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    counts = generate(db)
    return db, counts, time.perf_counter() - started


def _timed_cli(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(KG), *args], capture_output=True, check=True)
    return (time.perf_counter() - started) * 1000


def bench_lineage(out: Path) -> dict[str, Any]:
    db, counts, built = _store(out)
    how = f"generated in {built:.0f} s" if built else "cached"
    print(f"   store: {counts['documents']} documents, {counts['citations']} citation edges ({how}, {db})")
    rng = random.Random(SEED + 1)
    with Store.open(db) as store:
        local = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM documents WHERE tier != 'central' ORDER BY random() LIMIT ?", (QUERIES,)
            )
        ]
        central = [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM documents WHERE tier = 'central' ORDER BY random() LIMIT ?", (QUERIES,)
            )
        ]
        hub = store.conn.execute(
            "SELECT dst FROM edges GROUP BY dst ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        rng.shuffle(local)
        queries = [(doc, "--up") for doc in local] + [(doc, "--down") for doc in central]
        in_process = {"--up": [], "--down": []}
        sizes = []
        for doc, flag in queries:
            started = time.perf_counter()
            result = lineage(store, doc, flag[2:], 10)  # type: ignore[arg-type]
            in_process[flag].append((time.perf_counter() - started) * 1000)
            sizes.append(len(result["documents"]))
    _timed_cli(["--version"])
    startup = [_timed_cli(["--version"]) for _ in range(10)]
    cli = {"--up": [], "--down": []}
    for doc, flag in queries:
        cli[flag].append(_timed_cli(["lineage", doc, flag, "--db", str(db)]))
    hub_ms = [_timed_cli(["lineage", hub, "--down", "--db", str(db), "--json"]) for _ in range(3)]
    all_cli = cli["--up"] + cli["--down"]
    result = {
        "documents": counts["documents"],
        "edges": counts["citations"],
        "queries": len(queries),
        "cli_p50_ms": round(_pct(all_cli, 0.5), 1),
        "cli_p95_ms": round(_pct(all_cli, 0.95), 1),
        "cli_up_p50_ms": round(_pct(cli["--up"], 0.5), 1),
        "cli_down_p50_ms": round(_pct(cli["--down"], 0.5), 1),
        "cli_startup_p50_ms": round(_pct(startup, 0.5), 1),
        "in_process_up_p50_ms": round(_pct(in_process["--up"], 0.5), 2),
        "in_process_down_p50_ms": round(_pct(in_process["--down"], 0.5), 2),
        "in_process_p95_ms": round(_pct(in_process["--up"] + in_process["--down"], 0.95), 2),
        "result_documents_median": statistics.median(sizes),
        "hub": hub,
        "hub_down_cli_ms": round(min(hub_ms), 1),
        "target_p50_ms": 200,
    }
    print(
        f"   kg lineage (CLI subprocess, {len(queries)} queries): p50 {result['cli_p50_ms']} ms, "
        f"p95 {result['cli_p95_ms']} ms (up p50 {result['cli_up_p50_ms']}, down p50 {result['cli_down_p50_ms']}); "
        f"target p50 < 200 ms: {'met' if result['cli_p50_ms'] < 200 else 'NOT met'}"
    )
    print(f"   of which interpreter + kg import (kg --version): p50 {result['cli_startup_p50_ms']} ms")
    print(
        f"   lineage in-process: up p50 {result['in_process_up_p50_ms']} ms, down p50 "
        f"{result['in_process_down_p50_ms']} ms, p95 {result['in_process_p95_ms']} ms; "
        f"median result {result['result_documents_median']} documents"
    )
    print(f"   most cited document {hub} --down --json: {result['hub_down_cli_ms']} ms")
    return result


def run(shared: Path | None, out: Path) -> dict[str, Any]:
    if not KG.exists() and shutil.which("kg") is None:
        raise RuntimeError(f"the kg command is not installed next to {sys.executable}")
    return {"ingest": bench_ingest(shared, out), "lineage": bench_lineage(out)}
