"""The page in a real browser (headless Debian Chromium), with every network request blocked and counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.html import render, select
from tests.browser import Visit, chromium, missing_reason, open_page
from tests.html_graphs import XSS_TITLE, flow_graph, synthetic_graph

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(missing_reason() is not None, reason=missing_reason() or ""),
]

CT33 = "vn/state/ttg/ct/2021/33"
KG_PLAN = "vn/kien-giang/state/ubnd/kh/2024/112"
XSS_NODE = "vn/hau-giang/party/tu/ctr/2023/15"
DISTRICT = "vn/hau-giang/vi-thuy/state/ubnd/bc/2024/45"

# Non-white pixels on the drawing's canvas: proof that vis-network drew something, not just loaded.
INK = """() => {
  const canvas = document.querySelector('#kg-graph canvas');
  const ctx = canvas.getContext('2d');
  const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < px.length; i += 16) if (px[i] < 200 || px[i + 1] < 200 || px[i + 2] < 200) ink++;
  return ink;
}"""


def _write(tmp_path: Path, graph: nx.MultiDiGraph, name: str = "graph.html") -> Path:
    path = tmp_path / name
    path.write_text(render(graph, title="Kiểm thử"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def visit(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Visit]:
    path = _write(tmp_path_factory.mktemp("html"), flow_graph())
    with open_page(browser, path) as v:
        yield v


def _dom_point(visit: Visit, node: str) -> tuple[float, float]:
    """Where a node is on screen, for real mouse events."""
    box = visit.page.locator("#kg-graph").bounding_box()
    point = visit.page.evaluate(
        "(id) => { const p = kg.network.getPositions([id])[id]; return kg.network.canvasToDOM(p); }", node
    )
    return box["x"] + point["x"], box["y"] + point["y"]


def test_offline_and_clean(visit: Visit) -> None:
    assert visit.requests == []
    assert visit.errors == []
    assert visit.dialogs == []


def test_network_is_drawn_whole(visit: Visit) -> None:
    graph = flow_graph()
    assert visit.page.evaluate("kg.nodes.length") == graph.number_of_nodes()
    assert visit.page.evaluate("Object.keys(kg.network.getPositions()).length") == graph.number_of_nodes()
    assert visit.page.evaluate(INK) > 500
    assert visit.page.locator("#kg-count").get_attribute("data-nodes") == str(graph.number_of_nodes())


def test_search_finds_33_ct_ttg_and_highlights_its_lineage(visit: Visit) -> None:
    page = visit.page
    page.fill("#kg-search-input", "33/ct-ttg")
    first = page.locator("#kg-search-results li").first
    assert first.get_attribute("data-id") == CT33
    page.press("#kg-search-input", "Enter")
    assert page.locator("#kg-details").is_visible()
    assert "33/CT-TTg" in page.inner_text("#kg-details")
    assert page.evaluate("kg.network.getSelectedNodes()") == [CT33]
    colour = "(id) => kg.nodes.get(id).color.background"
    assert page.evaluate(colour, KG_PLAN) != "#eeeeee"  # implements 33/CT-TTg: lit
    assert page.evaluate(colour, DISTRICT) == "#eeeeee"  # unrelated: dimmed
    page.click("#kg-clear")
    assert page.evaluate(colour, DISTRICT) != "#eeeeee"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thu tuong chinh phu", CT33),  # issuer, typed without diacritics
        ("CHỈ THỊ 33", CT33),
        ("ke hoach dan van", "vn/hau-giang/state/ubnd/kh/2024/80"),
        ("đan chu o co so", "vn/state/qh/luat/thuc-hien-dan-chu-o-co-so"),
    ],
)
def test_search_ignores_diacritics(visit: Visit, query: str, expected: str) -> None:
    visit.page.fill("#kg-search-input", query)
    ids = visit.page.locator("#kg-search-results li").evaluate_all("items => items.map(li => li.dataset.id)")
    assert expected in ids
    visit.page.fill("#kg-search-input", "")


def test_clicking_a_node_highlights_up_and_down(visit: Visit) -> None:
    page = visit.page
    page.mouse.click(*_dom_point(visit, "vn/hau-giang/state/ubnd/kh/2024/80"))
    details = page.inner_text("#kg-details")
    assert "80/KH-UBND" in details
    lit = page.evaluate("kg.nodes.get().filter(n => n.color.background !== '#eeeeee').map(n => n.id)")
    # Up: the Tỉnh ủy programme and through it the Politburo conclusion, the law, the joint resolution;
    # down: the district report. Kiên Giang's plan and 33/CT-TTg are not in this lineage.
    assert set(lit) == {
        "vn/hau-giang/state/ubnd/kh/2024/80",
        XSS_NODE,
        "vn/party/bct/kl/2023/57",
        "vn/state/qh/luat/thuc-hien-dan-chu-o-co-so",
        "vn/joint/nqlt/2013/01",
        DISTRICT,
    }
    box = page.locator("#kg-graph").bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)  # empty canvas clears
    assert page.locator("#kg-details").is_hidden()


def test_hostile_title_is_shown_as_text(visit: Visit) -> None:
    page = visit.page
    page.evaluate("(id) => kg.select(id, false)", XSS_NODE)
    assert XSS_TITLE in page.inner_text("#kg-details")
    assert page.locator("#kg-details img, #kg-details script").count() == 0
    page.mouse.move(5, 5)
    page.mouse.move(*_dom_point(visit, XSS_NODE), steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert XSS_TITLE in tooltip.inner_text()
    assert page.locator("img").count() == 0
    page.click("#kg-clear")
    assert visit.dialogs == []
    assert visit.errors == []


def test_edge_click_shows_the_evidence_sentence(visit: Visit) -> None:
    page = visit.page
    (x1, y1), (x2, y2) = _dom_point(visit, XSS_NODE), _dom_point(visit, "vn/party/bct/kl/2023/57")
    page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    text = page.inner_text("#kg-details")
    assert "thực hiện (implements)" in text
    assert "Thực hiện Kết luận số 57-KL/TW </script><img src=x onerror=alert(3)>" in text
    assert visit.dialogs == []
    page.click("#kg-clear")


def test_filters_hide_tiers_and_relations(visit: Visit) -> None:
    page = visit.page
    page.uncheck('input[data-band="district"]')
    assert page.evaluate("(id) => kg.nodes.get(id).hidden", DISTRICT) is True
    page.check('input[data-band="district"]')
    assert page.evaluate("(id) => kg.nodes.get(id).hidden", DISTRICT) is False
    page.uncheck('input[data-relation="implements"]')
    hidden = page.evaluate("kg.edges.get().filter(e => e.hidden).map(e => e.relations)")
    assert hidden and all("implements" in rs for rs in hidden)
    # 112/KH-UBND -> 33/CT-TTg also cites: the arrow stays while one of its relations is shown.
    assert ["implements", "cites"] not in hidden
    page.check('input[data-relation="implements"]')
    assert page.evaluate("kg.edges.get().filter(e => e.hidden).length") == 0


def test_summary_page_and_large_focus_open_clean(browser: Any, tmp_path: Path) -> None:
    graph = synthetic_graph(2600)
    for name, chosen in (
        ("summary.html", select(graph)),
        ("focus.html", select(graph, focus=["c/state/1"], depth=2)),
    ):
        with open_page(browser, _write(tmp_path, chosen.graph, name)) as v:
            assert v.page.evaluate("kg.nodes.length") == chosen.graph.number_of_nodes()
            assert v.page.evaluate(INK) > 500
            assert v.requests == [] and v.errors == []


def test_harness_sees_what_a_leaky_page_would_fetch(browser: Any, tmp_path: Path) -> None:
    """The zero-request assertions above mean something: a page that does fetch is caught."""
    leaky = tmp_path / "leaky.html"
    leaky.write_text(
        '<!DOCTYPE html><link rel="stylesheet" href="https://cdn.example.invalid/b.css">'
        '<img src="http://example.invalid/x.png"><script>document.body.dataset.kgReady = "1"</script>',
        encoding="utf-8",
    )
    with open_page(browser, leaky) as v:
        assert {"https://cdn.example.invalid/b.css", "http://example.invalid/x.png"} <= set(v.requests)
