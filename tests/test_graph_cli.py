"""Every graph command, in its human and its --json form, on a small hand-built store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.parse
from kg.cli import main
from tests.graph_util import KG_PLAN, cite, doc, fake_parse, write

HG_PLAN = doc(
    {
        "jurisdiction": "Hậu Giang",
        "province": "Hậu Giang",
        "tier": "province",
        "year": 2024,
        "doc_type": "Kế hoạch",
        "issuer": "Ủy ban nhân dân tỉnh Hậu Giang",
    },
    [
        cite("33/CT-TTg", date="2021-11-26", tier="central", issuer="Thủ tướng Chính phủ"),
        cite("396-QĐ/TU", date="2021-10-19", tier="province"),
        cite("396-QĐ/TU", date="2021-10-29", tier="province"),
    ],
)
DISTRICT = doc(
    {
        "jurisdiction": "Tháp Mười, Đồng Tháp",
        "province": "Đồng Tháp",
        "district": "Tháp Mười",
        "tier": "district",
        "symbol": "45/BC-UBND",
        "date": "2022-03-01",
    },
    [
        cite("33/CT-TTg", date="2021-11-26", tier="central"),
        cite("33/CT-TTg", date="2016-04-01", relation="cites", tier="central"),
    ],
)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kg.parse, "parse_document", fake_parse)
    monkeypatch.delenv("KG_DB", raising=False)
    corpus = tmp_path / "corpus"
    write(corpus, "kien-giang.txt", KG_PLAN)
    write(corpus, "hau-giang.txt", HG_PLAN)
    write(corpus, "thap-muoi.txt", DISTRICT)
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(tmp_path / "kg.db")])
    assert result.exit_code == 0, result.output
    return tmp_path / "kg.db"


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_ingest_human_and_json(tmp_path: Path, db: Path) -> None:
    code, out, _ = run("ingest", str(tmp_path / "corpus"), "--db", str(db))
    assert code == 0 and "0 new" in out and "3 unchanged" in out
    code, out, _ = run("ingest", str(tmp_path / "corpus"), "--db", str(db), "--json")
    data = json.loads(out)
    assert code == 0 and data["unchanged"] == 3 and data["store"]["files"] == 3


def test_ingest_reports_bad_files_and_goes_on(tmp_path: Path, db: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"")
    write(
        tmp_path,
        "more/ok.txt",
        doc({"year": 2024, "jurisdiction": "Cà Mau"}, [cite("114-KL/TW", date="2015-07-14")]),
    )
    code, out, err = run("ingest", str(tmp_path / "bad.txt"), str(tmp_path / "more"), "--db", str(db))
    assert code == 0 and "1 new" in out and "1 skipped" in out
    assert [line for line in err.splitlines() if "bad.txt" in line] == [
        f"kg: skipped: {tmp_path / 'bad.txt'}: is empty"
    ]


def test_lineage_human_and_json(db: Path) -> None:
    code, out, _ = run("lineage", "Chỉ thị 33/CT-TTg năm 2021", "--down", "--db", str(db))
    assert code == 0 and "Kiên Giang" in out and "Hậu Giang" in out and "Tháp Mười" in out
    code, out, _ = run("lineage", "chi thi 33 ttg 2021", "--db", str(db), "--json")
    data = json.loads(out)
    assert code == 0 and data["root"] == "vn/ttg/ct/2021/33"
    assert set(data) >= {"query", "root", "documents", "edges"}
    assert {d["jurisdiction"] for d in data["documents"] if d["depth"] == 1} == {
        "Kiên Giang",
        "Hậu Giang",
        "Tháp Mười, Đồng Tháp",
    }
    assert all(e["to"] == "vn/ttg/ct/2021/33" and e["relation"] == "implements" for e in data["edges"])


def test_lineage_up_follows_links_and_cites_only_when_asked(tmp_path: Path, db: Path) -> None:
    code, out, _ = run(
        "lineage", str(tmp_path / "corpus" / "kien-giang.txt"), "--up", "--json", "--db", str(db)
    )
    labels = {d["label"] for d in json.loads(out)["documents"]}
    assert code == 0 and {"33/CT-TTg", "25-NQ/TW", "114-KL/TW", "250/KH-UBND", "13-CTr/TU"} <= labels
    code, out, _ = run("lineage", "45/BC-UBND", "--up", "--json", "--db", str(db))
    assert {d["id"] for d in json.loads(out)["documents"]} == {
        "vn/dong-thap.thap-muoi/ubnd/bc/2022/45",
        "vn/ttg/ct/2021/33",
    }
    code, out, _ = run(
        "lineage", "45/BC-UBND", "--up", "--relation", "implements,cites", "--json", "--db", str(db)
    )
    assert "vn/ttg/ct/2016/33" in {d["id"] for d in json.loads(out)["documents"]}


def test_lineage_errors(tmp_path: Path, db: Path) -> None:
    code, _, err = run("lineage", "33/CT-TTg", "--up", "--db", str(db))
    assert code == 2 and "ambiguous" in err and "vn/ttg/ct/2016/33" in err and "vn/ttg/ct/2021/33" in err
    code, _, err = run("lineage", "999/XX-YY", "--db", str(db))
    assert code == 2 and "matches no document" in err
    code, _, err = run("lineage", "33/CT-TTg", "--relation", "loves", "--db", str(db))
    assert code == 2 and "unknown relation" in err and "Traceback" not in err
    code, _, err = run("lineage", "33/CT-TTg", "--db", str(tmp_path / "nope.db"))
    assert code == 2 and "kg ingest" in err and not (tmp_path / "nope.db").exists()
    code, _, err = run("lineage", "33/CT-TTg", "--user", "dba", "--db", str(db))
    assert code == 2 and "--endpoint" in err


def test_lineage_unreachable_endpoint_is_one_line() -> None:
    """As a user sees it (a real process, so a traceback would show): one line on stderr, exit 2."""
    cli = "from kg.cli import main; main()"
    args = [
        "lineage",
        "33/CT-TTg",
        "--endpoint",
        "http://127.0.0.1:9/sparql",
        "--user",
        "u",
        "--password",
        "p",
    ]
    result = subprocess.run([sys.executable, "-c", cli, *args], capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "kg: error: cannot reach http://127.0.0.1:9/sparql: Connection refused"
    ]


def test_coverage_human_and_json(db: Path) -> None:
    code, out, _ = run("coverage", "33/CT-TTg 2021", "--db", str(db))
    assert code == 0 and "Kiên Giang" in out and "Đồng Tháp" in out and "none known in" in out
    code, out, _ = run("coverage", "33/CT-TTg 2021", "--json", "--db", str(db))
    data = json.loads(out)
    rows = {r["jurisdiction"]: r for r in data["covered"]}
    assert set(rows) == {"Kiên Giang", "Hậu Giang", "Đồng Tháp"}
    assert rows["Đồng Tháp"]["districts"] == ["Tháp Mười"] and rows["Đồng Tháp"]["lag_days"] == 95
    assert "Cà Mau" in data["uncovered"] and "Kiên Giang" not in data["uncovered"]
    code, out, _ = run("coverage", "33/CT-TTg 2021", "--after-2025", "--json", "--db", str(db))
    rows = {r["jurisdiction"]: r for r in json.loads(out)["covered"]}
    assert set(rows) == {"An Giang", "Cần Thơ", "Đồng Tháp"} and rows["Cần Thơ"]["provinces"] == ["Hậu Giang"]


def test_show_human_and_json(db: Path) -> None:
    code, out, _ = run("show", "396-QĐ/TU", "--db", str(db))
    assert code == 0 and "conflict: date: 2021-10-19 vs 2021-10-29" in out and "cited by (2)" in out
    code, out, _ = run("show", "vn/ttg/ct/2021/33", "--json", "--db", str(db))
    data = json.loads(out)
    assert data["document"]["symbol"] == "33/CT-TTg" and len(data["in"]) == 4 and data["out"] == []


def test_stats_human_and_json(db: Path) -> None:
    code, out, _ = run("stats", "--db", str(db))
    assert code == 0 and "by tier:" in out
    code, out, _ = run("stats", "--json", "--db", str(db))
    data = json.loads(out)
    assert data["files"] == 3 and data["by_tier"]["central"] >= 4
    code, out, _ = run("stats", "--jurisdiction", "Cần Thơ", "--json", "--db", str(db))
    assert set(json.loads(out)["by_jurisdiction"]) == {"Hậu Giang"}


def test_search_human_and_json(db: Path) -> None:
    code, out, _ = run("search", "thu tuong chinh phu", "--db", str(db))
    assert code == 0 and "33/CT-TTg" in out
    code, out, _ = run("search", "Hậu Giang", "--json", "--db", str(db))
    assert code == 0 and all("hau giang" in d["search"] for d in json.loads(out))
    code, _, err = run("search", "không có gì như vậy", "--db", str(db))
    assert code == 1 and "no match" in err


def test_doctor_human_and_json(db: Path) -> None:
    code, out, _ = run("doctor", "--db", str(db))
    assert code == 0 and "consistency: ok" in out and "396-QĐ/TU" in out
    code, out, _ = run("doctor", "--json", "--db", str(db))
    data = json.loads(out)
    assert [c["label"] for c in data["conflicts"]] == ["396-QĐ/TU"]
    # the Kiên Giang plan (2024) citing... nothing later; the district report (2022) cites nothing later either
    assert data["temporal"] == []
    assert data["consistency"] == []


def test_doctor_finds_a_document_citing_a_later_one(tmp_path: Path, db: Path) -> None:
    write(
        tmp_path,
        "old.txt",
        doc(
            {"symbol": "5/KH-UBND", "date": "2020-01-02", "jurisdiction": "Cà Mau", "tier": "province"},
            [cite("33/CT-TTg", date="2021-11-26")],
        ),
    )
    run("ingest", str(tmp_path / "old.txt"), "--db", str(db))
    code, out, _ = run("doctor", "--json", "--db", str(db))
    assert code == 0
    assert [(t["from_label"], t["to_label"]) for t in json.loads(out)["temporal"]] == [
        ("5/KH-UBND", "33/CT-TTg")
    ]
