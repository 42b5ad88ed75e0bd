"""Hand-built graphs that follow docs/data-model.md, for the page tests (no store or parser needed)."""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from tests.graph_util import contract_document

XSS_TITLE = "<img src=x onerror=alert(1)> về </script><script>alert(2)</script> <!-- phòng chống"


def document(graph: nx.MultiDiGraph, node_id: str, **attrs: Any) -> str:
    """A document node (every contract attribute present), by default a provincial State one."""
    symbol = attrs.get("symbol")
    defaults = {"branch": "state", "tier": "province", "number": symbol.split("/")[0] if symbol else None}
    return contract_document(graph, node_id, **{**defaults, **attrs})


def relate(
    graph: nx.MultiDiGraph, source: str, target: str, relation: str, sentence: str = "", **attrs: Any
) -> None:
    """Add an edge citing -> cited, keyed by relation, with its evidence."""
    values: dict[str, Any] = {
        "relation": relation,
        "origin": "mention",
        "file": graph.nodes[source].get("path"),
        "start": 0,
        "end": len(sentence),
        "sentence": sentence,
        "confidence": 0.9,
        "method": "test",
    }
    values.update(attrs)
    graph.add_edge(source, target, key=relation, **values)


def flow_graph() -> nx.MultiDiGraph:
    """Politburo conclusion -> PM directive -> provincial plans -> a district report, plus an unresolved plan."""
    g = nx.MultiDiGraph()
    kl = document(
        g,
        "vn/party/bct/kl/2023/57",
        symbol="57-KL/TW",
        doc_type="Kết luận",
        type_code="KL",
        branch="party",
        tier="central",
        issuer="Bộ Chính trị",
        date="2023-06-15",
        title="về tiếp tục nâng cao chất lượng công tác dân vận",
    )
    ct = document(
        g,
        "vn/state/ttg/ct/2021/33",
        symbol="33/CT-TTg",
        doc_type="Chỉ thị",
        type_code="CT",
        branch="state",
        tier="central",
        issuer="Thủ tướng Chính phủ",
        date="2021-11-26",
        title="về tăng cường công tác phòng, chống rửa tiền",
    )
    luat = document(
        g,
        "vn/state/qh/luat/thuc-hien-dan-chu-o-co-so",
        name="Luật Thực hiện dân chủ ở cơ sở",
        doc_type="Luật",
        branch="state",
        tier="central",
        issuer="Quốc hội",
    )
    kg_plan = document(
        g,
        "vn/kien-giang/state/ubnd/kh/2024/112",
        symbol="112/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        branch="state",
        tier="province",
        jurisdiction="Kiên Giang",
        issuer="Ủy ban nhân dân tỉnh Kiên Giang",
        date="2024-05-20",
        ingested=True,
        path="samples/kien-giang_ke-hoach-ct33-2024.txt",
        title="thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ",
    )
    tu = document(
        g,
        "vn/hau-giang/party/tu/ctr/2023/15",
        symbol="15-CTr/TU",
        doc_type="Chương trình",
        type_code="CTr",
        branch="party",
        tier="province",
        jurisdiction="Hậu Giang",
        issuer="Tỉnh ủy Hậu Giang",
        date="2023-09-01",
        title=XSS_TITLE,
        conflicts=["date: 2023-09-01 vs 2023-09-10"],
    )
    hg_plan = document(
        g,
        "vn/hau-giang/state/ubnd/kh/2024/80",
        symbol="80/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        branch="state",
        tier="province",
        jurisdiction="Hậu Giang",
        issuer="Ủy ban nhân dân tỉnh Hậu Giang",
        date="2024-04-02",
        ingested=True,
        path="samples/hau-giang_ke-hoach-dan-van-2024.txt",
        title="về công tác dân vận năm 2024",
    )
    district = document(
        g,
        "vn/hau-giang/vi-thuy/state/ubnd/bc/2024/45",
        symbol="45/BC-UBND",
        doc_type="Báo cáo",
        type_code="BC",
        branch="state",
        tier="district",
        jurisdiction="Vị Thủy, Hậu Giang",
        issuer="Ủy ban nhân dân huyện Vị Thủy",
        date="2024-10-10",
        ingested=True,
        title="kết quả thực hiện Kế hoạch số 80/KH-UBND",
    )
    unresolved = document(
        g,
        "unresolved/kh-ubnd/2019/12",
        symbol="12/KH-UBND",
        doc_type="Kế hoạch",
        type_code="KH",
        branch="state",
        tier="province",
        resolved=False,
    )
    joint = document(
        g,
        "vn/joint/nqlt/2013/01",
        symbol="01/2013/NQLT-CP-UBTWMTTQVN",
        doc_type="Nghị quyết liên tịch",
        branch="joint",
        tier="central",
        issuer="Chính phủ - Ủy ban Trung ương MTTQ Việt Nam",
    )
    relate(
        g, kg_plan, ct, "implements", "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"
    )
    relate(g, kg_plan, ct, "cites", "như Chỉ thị số 33/CT-TTg đã nêu")
    relate(g, kg_plan, unresolved, "replaces", "Kế hoạch này thay thế Kế hoạch số 12/KH-UBND")
    relate(g, tu, kl, "implements", "Thực hiện Kết luận số 57-KL/TW </script><img src=x onerror=alert(3)>")
    relate(g, hg_plan, tu, "implements", "Thực hiện Chương trình số 15-CTr/TU của Tỉnh ủy")
    relate(g, hg_plan, luat, "based_on", "Căn cứ Luật Thực hiện dân chủ ở cơ sở")
    relate(g, hg_plan, joint, "cites", "theo Nghị quyết liên tịch số 01/2013/NQLT-CP-UBTWMTTQVN")
    relate(g, district, hg_plan, "implements", "Thực hiện Kế hoạch số 80/KH-UBND của UBND tỉnh")
    return g


def synthetic_graph(size: int, seed: int = 7) -> nx.MultiDiGraph:
    """A store-shaped graph of ``size`` documents: central directives, provincial plans implementing them,
    district and commune plans implementing their province's; for scale tests and the bench."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    provinces = [f"Tỉnh {i:02d}" for i in range(34)]
    central: list[str] = []
    by_place: dict[str, list[str]] = {p: [] for p in provinces}
    shares = (("party", 0.03), ("state", 0.04))
    for branch, share in shares:
        for i in range(max(1, int(size * share))):
            code, doc_type = (
                ("CT", "Chỉ thị")
                if i % 2
                else (("KL", "Kết luận") if branch == "party" else ("QĐ", "Quyết định"))
            )
            symbol = f"{i + 1}-{code}/TW" if branch == "party" else f"{i + 1}/{code}-TTg"
            central.append(
                document(
                    g,
                    f"c/{branch}/{i}",
                    symbol=symbol,
                    doc_type=doc_type,
                    branch=branch,
                    tier="central",
                    issuer="Ban Bí thư" if branch == "party" else "Thủ tướng Chính phủ",
                    date=f"20{10 + i % 14}-0{1 + i % 9}-1{i % 9}",
                    title=f"về chủ đề số {i} của trung ương",
                )
            )
    n = len(central)
    while n < size:
        place = rng.choice(provinces)
        tier = rng.choices(("province", "district", "commune"), (0.3, 0.55, 0.15))[0]
        if tier != "province" and not by_place[place]:
            tier = "province"
        branch = rng.choice(("party", "state", "state"))
        symbol = f"{n}-KH/TU" if branch == "party" else f"{n}/KH-UBND"
        jurisdiction = place if tier == "province" else f"Huyện {n % 9}, {place}"
        node = document(
            g,
            f"l/{n}",
            symbol=symbol,
            doc_type="Kế hoạch",
            branch=branch,
            tier=tier,
            jurisdiction=jurisdiction,
            ingested=rng.random() < 0.7,
            resolved=rng.random() > 0.05,
            issuer=("Tỉnh ủy " if branch == "party" else "Ủy ban nhân dân ") + place,
            title=f"thực hiện văn bản cấp trên tại {jurisdiction}",
        )
        if tier == "province":
            for target in rng.sample(central, k=min(len(central), rng.randint(1, 3))):
                relate(g, node, target, "implements", f"Thực hiện {g.nodes[target]['symbol']} của trung ương")
            by_place[place].append(node)
        else:
            target = rng.choice(by_place[place])
            relate(g, node, target, "implements", f"Thực hiện {g.nodes[target]['symbol']} của tỉnh")
            if rng.random() < 0.3:
                relate(g, node, rng.choice(central), "based_on", "Căn cứ văn bản trung ương")
        n += 1
    return g
