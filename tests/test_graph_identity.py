"""Identity: one node per real document (year, term and jurisdiction scoping, OCR variants, merges, conflicts)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.parse
from kg.graph.identity import citation_key, header_key, parse_symbol
from kg.graph.ingest import ingest
from kg.graph.store import Store
from kg.models import Citation, Header
from kg.registry import jurisdiction
from tests.graph_util import KG_PLAN, cite, doc, fake_parse, write


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(kg.parse, "parse_document", fake_parse)
    s = Store.open(tmp_path / "kg.db", create=True)
    yield s
    s.close()


def _ingest(store: Store, directory: Path, files: dict[str, str]) -> None:
    paths = [write(directory, name, text) for name, text in files.items()]
    report = ingest(store, paths)
    assert not report.skipped


def _ids(store: Store, like: str) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT id FROM documents WHERE id LIKE ? ORDER BY id", (like,))]


def _targets(store: Store, src_like: str) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT dst FROM edges WHERE src LIKE ?", (src_like,))}


def _c(symbol: str, **kw: object) -> Citation:
    return Citation("numbered", 0, 1, symbol, symbol=symbol, **kw)  # type: ignore[arg-type]


def test_symbol_shapes() -> None:
    assert parse_symbol("33/CT-TTg") == parse_symbol("33/CT-TTg")
    p = parse_symbol("85-CTr/BDVTU-BCSPUBND")
    assert p is not None and p.party_style and p.organs == ("BDVTU", "BCSPUBND") and p.type_code == "CTr"
    p = parse_symbol("59/2023/NĐ-CP")
    assert p is not None and p.year == 2023 and p.type_code == "NĐ" and p.organs == ("CP",)
    p = parse_symbol("1657/UBND-KGVX")
    assert p is not None and p.type_code is None and p.organs == ("UBND", "KGVX")
    p = parse_symbol("66.7/2025/NQ-CP")  # a resolution of the Government's numbered series
    assert p is not None and (p.number, p.year, p.type_code) == ("66.7", 2025, "NQ")
    assert parse_symbol("Luật Tiếp công dân") is None


def test_state_numbers_are_scoped_by_year_party_numbers_by_term() -> None:
    kg = jurisdiction("Kiên Giang")
    assert citation_key(_c("33/CT-TTg", date="2021-11-26"), kg).doc_id == "vn/ttg/ct/2021/33"
    assert citation_key(_c("33/CT-TTg", date="2016-03-01"), kg).doc_id == "vn/ttg/ct/2016/33"
    assert citation_key(_c("05-CT/TW", date="2016-05-15"), kg).doc_id == "vn/tw/ct/k12/5"
    assert citation_key(_c("05-CT/TW", date="2011-08-01"), kg).doc_id == "vn/tw/ct/k11/5"
    # the term also comes from "khóa XI" in the issuer when no date is given
    assert (
        citation_key(_c("25-NQ/TW", issuer="Ban Chấp hành Trung ương Đảng khóa XI"), kg).doc_id
        == "vn/tw/nq/k11/25"
    )
    # a normative symbol carries its year; QH laws and resolutions are told apart by type
    assert citation_key(_c("59/2023/NĐ-CP"), kg).stated
    law = citation_key(_c("51/2024/QH15", doc_type="Luật"), kg).doc_id
    resolution = citation_key(_c("51/2024/QH15", doc_type="Nghị quyết"), kg).doc_id
    assert law != resolution


def test_local_numbers_are_scoped_by_jurisdiction() -> None:
    kg, hg = jurisdiction("Kiên Giang"), jurisdiction("Hậu Giang")
    bare = _c("1329/QĐ-UBND", date="2022-07-22", tier="province")
    assert citation_key(bare, kg).doc_id == "vn/kien-giang/ubnd/qd/2022/1329"
    assert citation_key(bare, hg).doc_id == "vn/hau-giang/ubnd/qd/2022/1329"
    stated = _c("1329/QĐ-UBND", date="2022-07-22", tier="province", jurisdiction="Hậu Giang")
    assert citation_key(stated, kg).doc_id == "vn/hau-giang/ubnd/qd/2022/1329"
    district = jurisdiction("Tháp Mười, Đồng Tháp")
    assert citation_key(_c("12/KH-UBND", date="2023-01-05", tier="district"), district).doc_id == (
        "vn/dong-thap.thap-muoi/ubnd/kh/2023/12"
    )
    # a district plan cited from a provincial document: its district is not known
    assert citation_key(_c("12/KH-UBND", date="2023-01-05", tier="district"), hg).jur is None
    # a provincial plan cited from a district report is the district's own province
    assert citation_key(_c("250/KH-UBND", date="2021-12-31", tier="province"), district).jur == "dong-thap"


def test_communes_number_their_own_documents() -> None:
    """Since 2025 each commune's council and committee number from 01 like the province's: the commune is part of
    the key, from the issuer's name or, for a bare "UBND xã", from the citing commune."""
    gia_lai = jurisdiction("Gia Lai")
    own = Header(
        symbol="15/NQ-HĐND",
        date="2025-09-26",
        province="Gia Lai",
        tier="commune",
        issuer="Hội đồng nhân dân xã Ia Hrung",
    )
    province = Header(
        symbol="15/NQ-HĐND",
        date="2025-07-10",
        province="Gia Lai",
        tier="province",
        issuer="Hội đồng nhân dân tỉnh Gia Lai",
    )
    assert header_key(own, "00" * 32).doc_id == "vn/gia-lai/hdnd-xa-ia-hrung/nq/2025/15"
    assert header_key(province, "00" * 32).doc_id == "vn/gia-lai/hdnd/nq/2025/15"
    # cited by name from the province, whose "Ia Hrung" is no province
    cited = _c(
        "15/NQ-HĐND",
        date="2025-09-26",
        tier="commune",
        issuer="Hội đồng nhân dân xã Ia Hrung",
        jurisdiction="Ia Hrung",
    )
    assert citation_key(cited, gia_lai).doc_id == header_key(own, "00" * 32).doc_id
    bare = _c("48/TTr-UBND", date="2025-09-19", tier="commune", issuer="Ủy ban nhân dân xã")
    assert citation_key(bare, gia_lai, "xa-ia-hrung").doc_id == "vn/gia-lai/ubnd-xa-ia-hrung/ttr/2025/48"
    assert citation_key(bare, gia_lai).jur is None  # a commune unnamed, from the province: not known


def test_ocr_variants_give_one_id() -> None:
    ctx = jurisdiction("Hậu Giang")
    assert (
        len(
            {
                citation_key(_c(s, date="2021-07-30"), ctx).doc_id
                for s in ("23-QĐ/TW", "23-QD/TW", "023-QĐ/TW")
            }
        )
        == 1
    )
    a = citation_key(_c("85-CTr/BDVTU-BCSPUBND", date="2022-04-26"), ctx).doc_id
    b = citation_key(_c("85-CTr/BDVTU-BCSĐUBND", date="2022-04-26"), ctx).doc_id
    assert a == b == "vn/hau-giang/bdvtu-bcsdubnd/ctr/k13/85"
    internal = citation_key(_c("141-CV/VPTW/nb", date="2011-03-26"), ctx).doc_id  # a copy for internal use
    assert internal == citation_key(_c("141-CV/VPTW", date="2011-03-26"), ctx).doc_id


def test_header_without_number_is_its_file() -> None:
    h = Header(
        symbol="?/KH-UBND", year=2024, jurisdiction="Kiên Giang", issuer="Ủy ban nhân dân tỉnh Kiên Giang"
    )
    assert header_key(h, "ab" * 32).doc_id == "vn/kien-giang/ubnd/kh/2024/fabababab"[:-4] + "ababab"
    numbered = Header(symbol="250/KH-UBND", date="2021-12-31", jurisdiction="Kiên Giang", tier="province")
    assert header_key(numbered, "00" * 32).doc_id == "vn/kien-giang/ubnd/kh/2021/250"


def test_years_keep_documents_apart_and_an_undated_mention_waits(store: Store, tmp_path: Path) -> None:
    _ingest(
        store,
        tmp_path,
        {"a.txt": KG_PLAN, "b.txt": doc({"year": 2017}, [cite("33/CT-TTg", date="2016-11-02")])},
    )
    assert _ids(store, "vn/ttg/ct/%/33") == ["vn/ttg/ct/2016/33", "vn/ttg/ct/2021/33"]
    # the undated mention in a.txt was settled by the dated one in the same file
    assert store.conn.execute("SELECT count(*) FROM edges WHERE dst = 'vn/ttg/ct/2021/33'").fetchone()[0] == 2
    _ingest(store, tmp_path, {"c.txt": doc({"year": 2024}, [cite("33/CT-TTg")])})
    # two candidates: the undated mention stays an unresolved node, and doctor can say why
    assert "vn/ttg/ct/_/33" in _ids(store, "vn/ttg/ct/%")
    row = store.conn.execute("SELECT resolved FROM documents WHERE id = 'vn/ttg/ct/_/33'").fetchone()
    assert row[0] == 0


def test_unresolved_node_merges_when_evidence_arrives(store: Store, tmp_path: Path) -> None:
    _ingest(store, tmp_path, {"district.txt": doc({"year": 2024}, [cite("114-KL/TW")])})
    assert _ids(store, "vn/tw/kl/%") == ["vn/tw/kl/_/114"]
    _ingest(store, tmp_path, {"province.txt": doc({"year": 2024}, [cite("114-KL/TW", date="2015-07-14")])})
    assert _ids(store, "vn/tw/kl/%") == ["vn/tw/kl/k11/114"]
    assert store.conn.execute("SELECT count(*) FROM edges WHERE dst = 'vn/tw/kl/k11/114'").fetchone()[0] == 2
    # an undated mention ingested after the evidence resolves at once to the unique candidate
    _ingest(store, tmp_path, {"later.txt": doc({"year": 2023}, [cite("114-KL/TW")])})
    assert _ids(store, "vn/tw/kl/%") == ["vn/tw/kl/k11/114"]


def test_jurisdictions_keep_local_documents_apart(store: Store, tmp_path: Path) -> None:
    hg = {"jurisdiction": "Hậu Giang", "tier": "province", "year": 2024}
    kg = {"jurisdiction": "Kiên Giang", "tier": "province", "year": 2024}
    qd = cite(
        "1329/QĐ-UBND", relation="replaces", date="2022-07-22", tier="province", issuer="Ủy ban nhân dân tỉnh"
    )
    _ingest(store, tmp_path, {"hg.txt": doc(hg, [qd]), "kg.txt": doc(kg, [qd])})
    assert _ids(store, "%/ubnd/qd/2022/1329") == [
        "vn/hau-giang/ubnd/qd/2022/1329",
        "vn/kien-giang/ubnd/qd/2022/1329",
    ]
    assert store.document("vn/hau-giang/ubnd/qd/2022/1329")["jurisdiction"] == "Hậu Giang"


def test_conflicting_dates_are_kept_and_flagged(store: Store, tmp_path: Path) -> None:
    h = {"jurisdiction": "Hậu Giang", "tier": "province", "year": 2024}
    _ingest(
        store,
        tmp_path,
        {"x.txt": doc(h, [cite("396-QĐ/TU", date="2021-10-19"), cite("396-QĐ/TU", date="2021-10-29")])},
    )
    d = store.document("vn/hau-giang/tu/qd/k13/396")
    assert d is not None and d["conflicts"] == ["date: 2021-10-19 vs 2021-10-29"]
    dates = {r[0] for r in store.conn.execute("SELECT date FROM mentions WHERE target = ?", (d["id"],))}
    assert dates == {"2021-10-19", "2021-10-29"}


def test_header_merges_with_references_and_chains_form(store: Store, tmp_path: Path) -> None:
    district = doc(
        {
            "jurisdiction": "Tháp Mười, Đồng Tháp",
            "province": "Đồng Tháp",
            "district": "Tháp Mười",
            "tier": "district",
            "year": 2024,
            "symbol": "45/BC-UBND",
            "date": "2024-03-01",
        },
        [cite("120/KH-UBND", date="2023-02-10", tier="province", jurisdiction="Đồng Tháp")],
    )
    province = doc(
        {
            "jurisdiction": "Đồng Tháp",
            "province": "Đồng Tháp",
            "tier": "province",
            "symbol": "120/KH-UBND",
            "date": "2023-02-10",
            "title": "Kế hoạch thực hiện",
        },
        [cite("15-CTr/TU", date="2021-09-01", tier="province")],
    )
    party = doc(
        {
            "jurisdiction": "Đồng Tháp",
            "province": "Đồng Tháp",
            "tier": "province",
            "symbol": "15-CTr/TU",
            "date": "2021-09-01",
            "branch": "party",
        },
        [cite("01-KL/TW", date="2021-05-18", tier="central")],
    )
    _ingest(store, tmp_path, {"district.txt": district, "province.txt": province, "party.txt": party})
    plan = store.document("vn/dong-thap/ubnd/kh/2023/120")
    assert plan is not None and plan["ingested"] and plan["path"].endswith("province.txt")
    from kg.graph.lineage import lineage

    up = lineage(store, str(tmp_path / "district.txt"), "up")
    assert {d["id"] for d in up["documents"]} == {
        "vn/dong-thap.thap-muoi/ubnd/bc/2024/45",
        "vn/dong-thap/ubnd/kh/2023/120",
        "vn/dong-thap/tu/ctr/k13/15",
        "vn/tw/kl/k13/1",
    }


def test_changed_file_replaces_its_citations(store: Store, tmp_path: Path) -> None:
    _ingest(store, tmp_path, {"a.txt": KG_PLAN})
    assert "vn/tw/nq/k11/25" in _targets(store, "vn/kien-giang/%")
    _ingest(
        store,
        tmp_path,
        {"a.txt": doc({"jurisdiction": "Kiên Giang", "year": 2024}, [cite("33/CT-TTg", date="2021-11-26")])},
    )
    assert store.document("vn/tw/nq/k11/25") is None
    assert store.conn.execute("SELECT count(*) FROM files").fetchone()[0] == 1
    assert _targets(store, "vn/kien-giang/%") == {"vn/ttg/ct/2021/33"}


def test_manifest_sets_identity(store: Store, tmp_path: Path) -> None:
    plan = write(
        tmp_path,
        "docs/garbled.txt",
        doc({"symbol": "?4/KH-VP", "year": 2024}, [cite("33/CT-TTg", date="2021-11-26")]),
    )
    citing = write(
        tmp_path,
        "docs/citing.txt",
        doc(
            {"jurisdiction": "Đồng Nai", "year": 2024},
            [cite("74/KH-VP", relation="implements", date="2024-04-08", tier="province")],
        ),
    )
    manifest = write(
        tmp_path,
        "manifest.csv",
        "path,symbol,doc_type,issuer,date,jurisdiction,title\n"
        "docs/garbled.txt,74/KH-VP,Kế hoạch,Văn phòng UBND tỉnh Đồng Nai,08/04/2024,Đồng Nai,Dân vận chính quyền 2024\n"
        "docs/citing.txt,,,,31/02/2024,,\n"
        ",1/KH-X,,,,,\n",
    )
    report = ingest(store, [plan, citing], manifest=manifest)
    assert any(":3:" in w and "date" in w for w in report.warnings)
    assert any(":4:" in w and "empty path" in w for w in report.warnings)
    d = store.document("vn/dong-nai/vp/kh/2024/74")
    assert d is not None and d["ingested"] and d["title"] == "Dân vận chính quyền 2024"
    assert store.conn.execute("SELECT count(*) FROM mentions WHERE target = ?", (d["id"],)).fetchone()[0] == 2
