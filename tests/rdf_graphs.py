"""Hand-built graphs that follow docs/data-model.md, for the RDF tests (independent of the parser and store)."""

from __future__ import annotations

import random

import networkx as nx

from kg.folding import slug
from tests.graph_util import contract_document as _doc

KG_PLAN = "vn/kien-giang/ubnd/kh/2024/f0123456789"
CT33 = "vn/ttg/ct/2021/33"
NQ25 = "vn/tw/nq/k11/25"
KH250 = "vn/kien-giang/ubnd/kh/2021/250"
DISTRICT_PLAN = "vn/kien-giang.chau-thanh/ubnd/kh/2024/12"
LAW = "vn/name/luat-thuc-hien-dan-chu-o-co-so"
UNRESOLVED = "vn/_/ubnd/kh/_/7"
SENTENCE = (
    "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường "
    "và đổi mới công tác dân vận của cơ quan hành chính nhà nước"
)


def _organ(
    g: nx.MultiDiGraph, node: str, code: str, name: str, branch: str, tier: str | None, **kw: object
) -> None:
    g.add_node(
        node,
        kind="organ",
        code=code,
        name=name,
        branch=branch,
        tier=tier,
        parent=kw.get("parent"),
        jurisdiction=kw.get("jurisdiction"),
    )


def _edge(g: nx.MultiDiGraph, u: str, v: str, relation: str, **kw: object) -> None:
    data = {
        "relation": relation,
        "origin": "issued_by" if relation == "issued_by" else "mention",
        "file": "samples/kien-giang_ke-hoach-ct33-2024.txt",
        "start": 120,
        "end": 137,
        "sentence": SENTENCE,
        "confidence": 0.95,
        "method": "kg.parse/0.1 rule",
    }
    data.update(kw)
    g.add_edge(u, v, key=relation, **data)


def sample_graph() -> nx.MultiDiGraph:
    """The shape of the bundled samples: a district plan -> provincial plan -> 33/CT-TTg, plus citations."""
    g = nx.MultiDiGraph()
    _doc(
        g,
        KG_PLAN,
        symbol="?/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        year=2024,
        issuer="Ủy ban nhân dân tỉnh",
        issuer_codes=["UBND"],
        branch="state",
        tier="province",
        jurisdiction="Kiên Giang",
        title="thực hiện Chỉ thị số 33/CT-TTg … trên địa bàn tỉnh Kiên Giang năm 2024",
        ingested=True,
        path="samples/kien-giang_ke-hoach-ct33-2024.txt",
    )
    _doc(
        g,
        CT33,
        symbol="33/CT-TTg",
        doc_type="Chỉ thị",
        type_code="CT",
        number="33",
        year=2021,
        date="2021-11-26",
        issuer="Thủ tướng Chính phủ",
        issuer_codes=["TTg"],
        branch="state",
        tier="central",
        title="tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước",
    )
    _doc(
        g,
        NQ25,
        symbol="25-NQ/TW",
        doc_type="Nghị quyết",
        type_code="NQ",
        number="25",
        year=2013,
        date="2013-06-03",
        issuer="Ban Chấp hành Trung ương Đảng",
        issuer_codes=["TW"],
        branch="party",
        tier="central",
        conflicts=["date: 2013-06-03 vs 2013-06-30"],
    )
    _doc(
        g,
        KH250,
        symbol="250/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        number="250",
        year=2021,
        date="2021-12-31",
        issuer="Ủy ban nhân dân tỉnh",
        issuer_codes=["UBND"],
        branch="state",
        tier="province",
        jurisdiction="Kiên Giang",
    )
    _doc(
        g,
        DISTRICT_PLAN,
        symbol="12/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        number="12",
        year=2024,
        date="2024-02-30",
        issuer="Ủy ban nhân dân huyện",
        issuer_codes=["UBND"],
        branch="state",
        tier="district",
        jurisdiction="Châu Thành, Kiên Giang",
        ingested=True,
        path='samples/district "quoted".txt',
    )
    _doc(g, LAW, name="Luật Thực hiện dân chủ ở cơ sở", doc_type="Luật", branch="state", tier="central")
    _doc(
        g,
        UNRESOLVED,
        symbol="07/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        number="07",
        issuer_codes=["UBND"],
        branch="state",
        tier="province",
        resolved=False,
    )
    _organ(g, "organ:TTg", "TTg", "Thủ tướng Chính phủ", "state", "central", parent="organ:CP")
    _organ(g, "organ:CP", "CP", "Chính phủ", "state", "central")
    _organ(g, "organ:TW", "TW", "Ban Chấp hành Trung ương Đảng", "party", "central")
    _organ(
        g, "organ:UBND@kien-giang", "UBND", "Ủy ban nhân dân", "state", "province", jurisdiction="Kiên Giang"
    )
    _organ(
        g,
        "organ:UBND@kien-giang.chau-thanh",
        "UBND",
        "Ủy ban nhân dân",
        "state",
        "district",
        jurisdiction="Châu Thành, Kiên Giang",
    )
    _edge(g, KG_PLAN, CT33, "implements")
    _edge(g, KG_PLAN, NQ25, "cites", start=900, end=908, confidence=1.0)
    _edge(g, KG_PLAN, KH250, "cites", start=1200, end=1211)
    _edge(g, KG_PLAN, LAW, "based_on", start=10, end=40)
    _edge(g, KH250, NQ25, "implements", origin="link", start=1200, end=1300, confidence=0.8)
    _edge(g, DISTRICT_PLAN, KG_PLAN, "implements", file='samples/district "quoted".txt', start=5, end=30)
    _edge(g, DISTRICT_PLAN, UNRESOLVED, "guides", file='samples/district "quoted".txt')
    _edge(g, KG_PLAN, "organ:UBND@kien-giang", "issued_by", sentence="", start=None, end=None, confidence=1.0)
    _edge(g, CT33, "organ:TTg", "issued_by", sentence="", start=None, end=None, file=None)
    _edge(g, NQ25, "organ:TW", "issued_by", sentence="", start=None, end=None, file=None)
    _edge(g, KH250, "organ:UBND@kien-giang", "issued_by", sentence="", start=None, end=None, file=None)
    _edge(g, DISTRICT_PLAN, "organ:UBND@kien-giang.chau-thanh", "issued_by", sentence="", file=None)
    return g


def large_graph(documents: int, seed: int = 7) -> nx.MultiDiGraph:
    """A synthetic store of ``documents`` documents, about 3 edges each, for throughput measurements."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    provinces = ["Kiên Giang", "Hậu Giang", "Đồng Nai", "An Giang", "Cà Mau", "Bạc Liêu"]
    _organ(g, "organ:TTg", "TTg", "Thủ tướng Chính phủ", "state", "central")
    for p in provinces:
        _organ(g, f"organ:UBND@{slug(p)}", "UBND", "Ủy ban nhân dân", "state", "province", jurisdiction=p)
    central = max(1, documents // 20)
    ids = []
    for i in range(documents):
        year = 2015 + i % 10
        if i < central:
            node = f"vn/ttg/ct/{year}/{i}"
            _doc(
                g,
                node,
                symbol=f"{i}/CT-TTg",
                doc_type="Chỉ thị",
                type_code="CT",
                number=str(i),
                year=year,
                date=f"{year}-0{1 + i % 9}-1{i % 10}",
                issuer="Thủ tướng Chính phủ",
                issuer_codes=["TTg"],
                branch="state",
                tier="central",
                title=f"về nhiệm vụ số {i}",
            )
            _edge(g, node, "organ:TTg", "issued_by", sentence="", start=None, end=None)
        else:
            p = provinces[i % len(provinces)]
            node = f"vn/{slug(p)}/ubnd/kh/{year}/{i}"
            _doc(
                g,
                node,
                symbol=f"{i}/KH-UBND",
                doc_type="Kế hoạch",
                type_code="KH",
                number=str(i),
                year=year,
                issuer="Ủy ban nhân dân tỉnh",
                issuer_codes=["UBND"],
                branch="state",
                tier="province",
                jurisdiction=p,
                ingested=True,
                path=f"corpus/{i}.txt",
                title=f"thực hiện nhiệm vụ {i}",
            )
            _edge(g, node, f"organ:UBND@{slug(p)}", "issued_by", sentence="", start=None, end=None)
            _edge(g, node, ids[rng.randrange(central)], "implements", file=f"corpus/{i}.txt")
            _edge(g, node, ids[rng.randrange(len(ids))], "cites", file=f"corpus/{i}.txt")
        ids.append(node)
    return g
