"""What the page is given to draw: focus neighbourhoods, filters, and the summary of a store too big to draw."""

from __future__ import annotations

import pytest

from kg.html import AGGREGATE_ABOVE, TooLarge, render, select
from kg.html.select import aggregate, neighbourhood
from tests.html_graphs import document, flow_graph, relate, synthetic_graph

CT33 = "vn/state/ttg/ct/2021/33"
KG_PLAN = "vn/kien-giang/state/ubnd/kh/2024/112"
HG_PLAN = "vn/hau-giang/state/ubnd/kh/2024/80"
DISTRICT = "vn/hau-giang/vi-thuy/state/ubnd/bc/2024/45"


def test_everything_by_default() -> None:
    graph = flow_graph()
    chosen = select(graph)
    assert set(chosen.graph.nodes) == set(graph.nodes)
    assert chosen.graph.number_of_edges() == graph.number_of_edges()
    assert not chosen.aggregated and chosen.description == ""


def test_focus_depth_goes_both_ways() -> None:
    graph = flow_graph()
    assert neighbourhood(graph, [CT33], 0) == {CT33}
    assert neighbourhood(graph, [CT33], 1) == {CT33, KG_PLAN}
    assert neighbourhood(graph, [CT33], 2) == {CT33, KG_PLAN, "unresolved/kh-ubnd/2019/12"}
    chosen = select(graph, focus=[HG_PLAN], depth=1)
    assert DISTRICT in chosen.graph and "vn/hau-giang/party/tu/ctr/2023/15" in chosen.graph
    assert "vn/party/bct/kl/2023/57" not in chosen.graph
    assert "80/KH-UBND" in chosen.description and "bán kính 1" in chosen.description


def test_tier_filter_keeps_the_focus() -> None:
    chosen = select(flow_graph(), focus=[CT33], depth=3, tiers=["province"])
    assert set(chosen.graph.nodes) == {CT33, KG_PLAN, "unresolved/kh-ubnd/2019/12"}


def test_relation_filter_drops_edges_not_nodes() -> None:
    chosen = select(flow_graph(), relations=["implements"])
    relations = {r for _, _, r in chosen.graph.edges(data="relation")}
    assert relations == {"implements"}
    assert chosen.graph.number_of_nodes() == flow_graph().number_of_nodes()


def test_organs_only_with_issued_by() -> None:
    graph = flow_graph()
    graph.add_node(
        "organ:TTg", kind="organ", code="TTg", name="Thủ tướng Chính phủ", branch="state", tier="central"
    )
    relate(graph, CT33, "organ:TTg", "issued_by")
    assert "organ:TTg" not in select(graph).graph
    assert "organ:TTg" in select(graph, relations=["issued_by", "implements"]).graph


def test_jurisdiction_keeps_what_local_documents_rest_on() -> None:
    chosen = select(flow_graph(), jurisdictions=["hau giang"])
    assert HG_PLAN in chosen.graph and DISTRICT in chosen.graph
    assert "vn/party/bct/kl/2023/57" in chosen.graph  # the Politburo conclusion Hậu Giang implements
    assert KG_PLAN not in chosen.graph and CT33 not in chosen.graph


def test_large_store_is_summarised_not_drawn_whole() -> None:
    graph = synthetic_graph(AGGREGATE_ABOVE + 500)
    chosen = select(graph)
    assert chosen.aggregated and chosen.graph.number_of_nodes() < 400
    assert sum(c for _, c in chosen.graph.nodes(data="count")) == graph.number_of_nodes()
    assert sum(c for _, _, c in chosen.graph.edges(data="count")) == graph.number_of_edges()
    assert "--focus" in chosen.description
    render(chosen.graph)  # the summary draws like any graph


def test_too_many_groups_refuses_with_advice() -> None:
    graph = synthetic_graph(300)
    with pytest.raises(TooLarge, match="--focus"):
        select(graph, limit=20)
    with pytest.raises(TooLarge, match="--depth"):
        select(graph, focus=["c/party/0"], depth=5, limit=20)


def test_aggregate_groups_by_issuer_and_jurisdiction() -> None:
    g = flow_graph()
    document(
        g,
        "extra",
        symbol="81/KH-UBND",
        issuer="Ủy ban nhân dân tỉnh Hậu Giang",
        jurisdiction="Hậu Giang",
        branch="state",
        tier="province",
        doc_type="Kế hoạch",
    )
    relate(g, "extra", "vn/hau-giang/party/tu/ctr/2023/15", "implements")
    summary = aggregate(g)
    hg = [a for _, a in summary.nodes(data=True) if a["issuer"] == "Ủy ban nhân dân tỉnh Hậu Giang"]
    assert len(hg) == 1 and hg[0]["count"] == 2 and hg[0]["title"] == "Kế hoạch: 2"
    counts = [c for _, _, r, c in summary.edges(keys=True, data="count") if r == "implements"]
    assert 2 in counts
