"""What the page draws: a focus neighbourhood, filters, and an aggregated view when the store is too big.

A browser tab stays usable with a couple of thousand drawn nodes; a whole national store has far more.
So the page is never handed more than ``AGGREGATE_ABOVE`` nodes: without ``focus`` a bigger selection is
summarised as one node per issuing organ and jurisdiction, and if even that is too big the caller gets
``TooLarge`` (whose message suggests ``--focus``) instead of a page that hangs the browser.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass

import networkx as nx

from kg.folding import fold
from kg.html import style

AGGREGATE_ABOVE = 2000
ORGAN_RELATION = "issued_by"


class TooLarge(ValueError):
    """The selection cannot be drawn in one page, even summarised."""


@dataclass(frozen=True)
class Selection:
    graph: nx.MultiDiGraph
    description: str
    aggregated: bool = False


def neighbourhood(graph: nx.MultiDiGraph, centres: Iterable[Hashable], depth: int) -> set[Hashable]:
    """Nodes within ``depth`` steps of a centre, in either direction: what it rests on and what rests on it."""
    seen = {c for c in centres if c in graph}
    frontier = deque((c, 0) for c in seen)
    while frontier:
        node, distance = frontier.popleft()
        if distance == depth:
            continue
        for other in (*graph.successors(node), *graph.predecessors(node)):
            if other not in seen:
                seen.add(other)
                frontier.append((other, distance + 1))
    return seen


def _with_relations(graph: nx.MultiDiGraph, relations: Collection[str]) -> nx.MultiDiGraph:
    """Keep the chosen relations; organs (and their issued_by edges) only when issued_by is asked for."""
    wanted = set(relations)
    keep_organs = ORGAN_RELATION in wanted
    out = nx.MultiDiGraph()
    out.add_nodes_from(
        (n, a) for n, a in graph.nodes(data=True) if keep_organs or a.get("kind", "document") != "organ"
    )
    for u, v, k, a in graph.edges(keys=True, data=True):
        relation = a.get("relation") or k
        if u in out and v in out and (relation in wanted if wanted else relation != ORGAN_RELATION):
            out.add_edge(u, v, key=k, **a)
    return out


def _in_jurisdiction(graph: nx.MultiDiGraph, jurisdictions: Collection[str]) -> set[Hashable]:
    """Documents of the jurisdictions, plus everything they rest on (the central documents have none)."""
    wanted = [fold(j) for j in jurisdictions]
    local = {
        n for n, a in graph.nodes(data=True) if any(w in fold(a.get("jurisdiction") or "") for w in wanted)
    }
    above: set[Hashable] = set()
    for node in local:
        above |= nx.descendants(graph, node)
    return local | above


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: Collection[Hashable] = (),
    depth: int = 2,
    tiers: Collection[str] = (),
    relations: Collection[str] = (),
    jurisdictions: Collection[str] = (),
    limit: int = AGGREGATE_ABOVE,
) -> Selection:
    """The subgraph to draw; filters narrow it, ``focus`` nodes always stay in it."""
    work = _with_relations(graph, relations)
    parts: list[str] = []
    keep = set(work.nodes)
    if focus:
        keep = neighbourhood(work, focus, depth)
        labels = ", ".join(str(work.nodes[f].get("label") or f) for f in focus if f in work)
        parts.append(f"Lân cận của {labels} (bán kính {depth})")
    if jurisdictions:
        keep &= _in_jurisdiction(work, jurisdictions)
        parts.append("Địa bàn: " + ", ".join(jurisdictions))
    if tiers:
        keep = {n for n in keep if work.nodes[n].get("tier") in set(tiers)}
        parts.append("Cấp: " + ", ".join(tiers))
    if relations:
        parts.append("Quan hệ: " + ", ".join(relations))
    keep |= {f for f in focus if f in work}
    chosen = nx.MultiDiGraph(work.subgraph(keep))
    description = "; ".join(parts)
    if chosen.number_of_nodes() <= limit:
        return Selection(chosen, description)
    if focus:
        raise TooLarge(
            f"the neighbourhood has {chosen.number_of_nodes()} documents (more than {limit} cannot be drawn): "
            "lower --depth or add --tier/--relation filters"
        )
    summary = aggregate(chosen)
    if summary.number_of_nodes() > limit:
        raise TooLarge(
            f"{chosen.number_of_nodes()} documents in {summary.number_of_nodes()} organ/jurisdiction groups "
            f"is too many to draw: use --focus REF (with --depth) or --jurisdiction/--tier filters"
        )
    text = f"Tổng hợp {chosen.number_of_nodes()} văn bản theo cơ quan ban hành và địa bàn (dùng --focus để xem chi tiết)"
    return Selection(summary, "; ".join([*parts, text]), aggregated=True)


_LOCAL_TIERS = ("district", "commune")
_BRANCH_SHORT = {"party": "Đảng", "state": "Nhà nước", "joint": "Liên tịch", "other": "Khác"}


def _province(jurisdiction: str) -> str:
    """ "Vị Thủy, Hậu Giang" -> "Hậu Giang": jurisdictions below a province name the province last."""
    return jurisdiction.rsplit(",", 1)[-1].strip()


def _group_key(attrs: dict) -> tuple[str, str, str, str]:
    """Central and provincial documents group by issuer and jurisdiction; the hundreds of districts and
    communes of a province would still be too many groups, so they group by province."""
    band = style.band_of(attrs.get("tier"), attrs.get("branch"))
    branch = attrs.get("branch") or "other"
    jurisdiction = attrs.get("jurisdiction") or ""
    if attrs.get("tier") in _LOCAL_TIERS:
        return (band, branch, "", _province(jurisdiction))
    return (band, branch, attrs.get("issuer") or "", jurisdiction)


def _group_label(key: tuple[str, str, str, str], count: int) -> str:
    band, branch, issuer, jurisdiction = key
    if band in _LOCAL_TIERS:
        who = f"{style.BAND_LABELS[band]} · {_BRANCH_SHORT.get(branch, branch)}"
        return f"{count} · {who} ({jurisdiction or '?'})"
    who = issuer or "Không rõ cơ quan ban hành"
    if jurisdiction and fold(jurisdiction) not in fold(who):
        who = f"{who} ({jurisdiction})"
    return f"{count} · {who}"


def aggregate(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One node per group of documents (see ``_group_key``); one edge per related pair of groups and
    relation, with the number of document-level edges it stands for."""
    members: dict[tuple[str, str, str, str], list[Hashable]] = {}
    for node, attrs in graph.nodes(data=True):
        members.setdefault(_group_key(attrs), []).append(node)
    out = nx.MultiDiGraph()
    group_of: dict[Hashable, str] = {}
    for i, (key, nodes) in enumerate(sorted(members.items())):
        _band, branch, issuer, jurisdiction = key
        group_id = f"group:{i}"
        types = Counter(graph.nodes[n].get("doc_type") or "Khác" for n in nodes)
        out.add_node(
            group_id,
            kind="group",
            label=_group_label(key, len(nodes)),
            count=len(nodes),
            branch=branch,
            tier=graph.nodes[nodes[0]].get("tier"),
            issuer=issuer or None,
            jurisdiction=jurisdiction or None,
            title=", ".join(f"{t}: {c}" for t, c in types.most_common()),
            resolved=any(graph.nodes[n].get("resolved", True) for n in nodes),
            ingested=any(graph.nodes[n].get("ingested", False) for n in nodes),
            conflicts=[],
        )
        group_of.update(dict.fromkeys(nodes, group_id))
    counts = Counter(
        (group_of[u], group_of[v], a.get("relation") or k) for u, v, k, a in graph.edges(keys=True, data=True)
    )
    for (u, v, relation), count in counts.items():
        out.add_edge(u, v, key=relation, relation=relation, origin="aggregate", count=count, sentence=None)
    return out
