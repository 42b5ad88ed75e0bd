"""The page as text: self-contained, document text escaped, every node of the graph drawn with its style."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.html import page, style
from kg.html.page import render, script_json
from tests.html_graphs import XSS_TITLE, document, flow_graph, relate


def _payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "data block missing"
    return json.loads(match.group(1))


class _Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them (script bodies are opaque)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def html() -> str:
    return render(flow_graph(), title="Kiểm thử <b>tiêu đề</b>")


def test_page_refers_to_no_url(html: str) -> None:
    tags = _Elements(html).tags
    fetching = [(t, a) for t, a in tags if {"src", "href", "srcset", "action", "poster", "data"} & set(a)]
    assert fetching == []
    assert not [t for t, _ in tags if t in ("link", "img", "iframe", "object", "embed", "base")]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""@import""", html)
    assert "cdn" not in html.lower().replace("cdn_resources", "")
    # The content security policy forbids every fetch, so a future regression fails loudly in the browser.
    assert "default-src 'none'" in html


def test_vis_network_inlined(html: str) -> None:
    assert "vis-network" in html and "@version 9.1.2" in html
    scripts = [a for t, a in _Elements(html).tags if t == "script"]
    assert scripts == [{"type": "application/json", "id": "kg-data"}, {}, {}]  # data, vis-network, page


def test_assets_cannot_close_their_script_element() -> None:
    for name in ("vis-network.min.js", "graph.js", "graph.css"):
        text = page._asset(name).lower()
        assert "</script" not in text and "<!--" not in text and "</style" not in text, name


def test_document_text_never_appears_as_markup(html: str) -> None:
    assert "<img" not in html
    # Raw angle brackets from documents would show up here; every one is a \u003c escape instead.
    data = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data and ">" not in data and "&" not in data
    hostile = next(n for n in _payload(html)["nodes"] if n["id"] == "vn/hau-giang/party/tu/ctr/2023/15")
    assert hostile["kg"]["title"] == XSS_TITLE
    assert "Kiểm thử &lt;b&gt;tiêu đề&lt;/b&gt;" in html and "<b>tiêu" not in html


def test_script_json_escapes_everything_that_could_end_a_script() -> None:
    text = script_json({"t": "</script><!-- & \u2028 \u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"t": "</script><!-- & \u2028 \u2029 >"}


def test_every_node_and_related_pair_is_drawn(html: str) -> None:
    graph = flow_graph()
    data = _payload(html)
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    pairs = {(u, v) for u, v in graph.edges()}
    assert {(e["from"], e["to"]) for e in data["edges"]} == pairs
    # 112/KH-UBND both implements and cites 33/CT-TTg: one arrow, two relations, the strongest first.
    both = next(e for e in data["edges"] if e["to"] == "vn/state/ttg/ct/2021/33")
    assert both["relations"] == ["implements", "cites"]
    assert both["evidence"][0]["sentence"].startswith("Thực hiện Chỉ thị số 33/CT-TTg")
    assert both["color"]["color"] == style.RELATION_STYLES["implements"]["color"]


def test_layout_reads_top_down_by_tier(html: str) -> None:
    nodes = {n["id"]: n for n in _payload(html)["nodes"]}
    y = {key: nodes[key]["y"] for key in nodes}
    party = y["vn/party/bct/kl/2023/57"]
    state = y["vn/state/ttg/ct/2021/33"]
    province = y["vn/kien-giang/state/ubnd/kh/2024/112"]
    district = y["vn/hau-giang/vi-thuy/state/ubnd/bc/2024/45"]
    assert party < state < province < district
    # Positions are computed in Python: no physics or layout runs in the browser.
    assert _payload(html)["options"]["physics"] == {"enabled": False}


def test_colour_by_branch_shape_by_type_and_unresolved_dashed(html: str) -> None:
    nodes = {n["id"]: n for n in _payload(html)["nodes"]}
    assert nodes["vn/party/bct/kl/2023/57"]["color"]["background"] == style.BRANCH_COLOURS["party"]
    assert nodes["vn/party/bct/kl/2023/57"]["shape"] == "diamond"
    assert nodes["vn/state/ttg/ct/2021/33"]["color"]["background"] == style.BRANCH_COLOURS["state"]
    assert nodes["vn/state/ttg/ct/2021/33"]["shape"] == "triangle"
    assert nodes["vn/joint/nqlt/2013/01"]["color"]["background"] == style.BRANCH_COLOURS["joint"]
    assert nodes["vn/joint/nqlt/2013/01"]["shape"] == "hexagon"
    assert nodes["vn/kien-giang/state/ubnd/kh/2024/112"]["shape"] == "square"
    unresolved = nodes["unresolved/kh-ubnd/2019/12"]
    assert unresolved["shapeProperties"]["borderDashes"]
    assert unresolved["color"]["border"] == style.UNRESOLVED_BORDER
    assert "shapeProperties" not in nodes["vn/state/ttg/ct/2021/33"]


def test_legend_lists_what_is_drawn(html: str) -> None:
    legend = html[html.index('id="kg-legend"') : html.index("</section>", html.index('id="kg-legend"'))]
    for text in ("Đảng (party)", "Nhà nước (state)", "Liên tịch (joint)", "Kết luận", "Chỉ thị", "viền đứt"):
        assert text in legend
    assert "thực hiện (implements)" in legend and "bãi bỏ" not in legend


def test_tier_and_relation_filters_offered(html: str) -> None:
    assert re.findall(r'checkbox" data-band="([^"]+)"', html) == [
        "central-party",
        "central-state",
        "province",
        "district",
    ]
    assert set(re.findall(r'checkbox" data-relation="([^"]+)"', html)) == {
        "implements",
        "based_on",
        "replaces",
        "cites",
    }


def test_search_key_is_folded(html: str) -> None:
    node = next(n for n in _payload(html)["nodes"] if n["id"] == "vn/hau-giang/state/ubnd/kh/2024/80")
    assert "ke hoach" in node["kg"]["search"] and "uy ban nhan dan tinh hau giang" in node["kg"]["search"]


def test_long_names_wrap_and_empty_graph_renders() -> None:
    g = nx.MultiDiGraph()
    document(g, "n", name="Luật Thực hiện dân chủ ở cơ sở và những điều khoản rất dài khác", tier="central")
    data = _payload(render(g))
    label = data["nodes"][0]["label"]
    assert "\n" in label and all(len(line) <= 32 for line in label.split("\n"))
    assert _payload(render(nx.MultiDiGraph()))["nodes"] == []


def test_graph_with_organs_and_unknown_tier() -> None:
    g = nx.MultiDiGraph()
    doc = document(g, "d", symbol="5/KH-UBND", tier=None, branch=None)
    g.add_node(
        "organ:UBND", kind="organ", code="UBND", name="Ủy ban nhân dân", branch="state", tier="province"
    )
    relate(g, doc, "organ:UBND", "issued_by")
    html = render(g)
    nodes = {n["id"]: n for n in _payload(html)["nodes"]}
    assert nodes["d"]["kg"]["band"] == "unplaced" and nodes["organ:UBND"]["shape"] == "ellipse"
    assert "Cơ quan ban hành" in html


def test_write_creates_parents(tmp_path: Path) -> None:
    out = page.write(flow_graph(), tmp_path / "a" / "b" / "graph.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
