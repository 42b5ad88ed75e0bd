"""The interactive page: a networkx graph (the ``kg.graph.load`` contract) in, one self-contained HTML file out.

The page must open on an air-gapped office computer, so everything it needs (vis-network, our CSS and
script, the data) is inlined and it refers to no URL at all. Document text is untrusted (titles come
from scanned or pasted files): it only reaches the page as JSON inside a ``<script type=
"application/json">`` block with ``<``, ``>`` and ``&`` written as ``\\u003c``-style escapes, and the
script puts it on screen through ``textContent``, never as markup.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from kg.folding import fold
from kg.html import style
from kg.html.layout import Layout, layout

LABEL_LINE = 24
LABEL_LINES = 2
CHAR_WIDTH = 8.0  # px per character of a 13px label, a little generous for Vietnamese diacritics
SENTENCE_MAX = 600
# Beyond this many nodes, hiding edges while panning keeps the page responsive.
BUSY = 400

# (character, JSON escape) pairs: str.replace per pair is much faster than str.translate on megabytes.
_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


@cache
def _asset(name: str) -> str:
    return (resources.files("kg.html") / "assets" / name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("kg.html", "assets"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no ``</script>``, ``<!--`` or line separators survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:
        text = text.replace(char, escape)
    return text


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _display_label(label: str) -> str:
    """Long names wrap onto two short lines (vis-network splits labels at newlines) instead of one wide one."""
    if len(label) <= LABEL_LINE:
        return label
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= LABEL_LINE:
            lines[-1] += " " + word
        else:
            lines.append(word)
    shown = lines[:LABEL_LINES]
    if len(lines) > LABEL_LINES:
        shown[-1] = _shorten(" ".join([shown[-1], *lines[LABEL_LINES:]]), LABEL_LINE)
    return "\n".join(_shorten(line, LABEL_LINE + 8) for line in shown)


def _tint(hex_colour: str, amount: float) -> str:
    """Mix a colour with white: unresolved documents keep their branch hue but look washed out."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


def _band(attrs: dict[str, Any]) -> str:
    return style.band_of(attrs.get("tier"), attrs.get("branch"))


def _node_facts(node: Hashable, attrs: dict[str, Any]) -> dict[str, Any]:
    """What the tooltip and the details panel show, and what the search looks at."""
    kind = attrs.get("kind", "document")
    facts = {
        "kind": kind,
        "band": _band(attrs),
        "tier": attrs.get("tier"),
        "branch": attrs.get("branch") or "other",
        "symbol": attrs.get("symbol"),
        "name": attrs.get("name"),
        "doc_type": attrs.get("doc_type"),
        "date": attrs.get("date") or (str(attrs["year"]) if attrs.get("year") else None),
        "issuer": attrs.get("issuer"),
        "jurisdiction": attrs.get("jurisdiction"),
        "title": attrs.get("title"),
        "resolved": bool(attrs.get("resolved", True)),
        "ingested": bool(attrs.get("ingested", False)),
        "conflicts": list(attrs.get("conflicts") or ()),
        "path": attrs.get("path"),
        "count": attrs.get("count"),
    }
    if kind == "organ":
        facts["issuer"] = attrs.get("name")
    label = str(attrs.get("label") or attrs.get("symbol") or attrs.get("name") or node)
    facts["label"] = label
    searchable = (label, facts["symbol"], facts["name"], facts["doc_type"], facts["title"], facts["issuer"])
    facts["search"] = fold(" ".join(s for s in searchable if s))
    return facts


def _node_style(facts: dict[str, Any]) -> dict[str, Any]:
    colour = style.BRANCH_COLOURS.get(facts["branch"], style.BRANCH_COLOURS["other"])
    if facts["kind"] == "group":
        shape = style.GROUP_SHAPE
    elif facts["kind"] == "organ":
        shape = style.ORGAN_SHAPE
    else:
        shape = style.shape_for(facts["doc_type"])
    look: dict[str, Any] = {
        "shape": shape,
        "size": 18 if facts["ingested"] else 11,
        "borderWidth": 1.5,
        "color": {
            "background": colour,
            "border": colour,
            "highlight": {"background": colour, "border": "#000000"},
            "hover": {"background": colour, "border": "#000000"},
        },
        "font": {"size": 13, "color": "#212121", "strokeWidth": 3, "strokeColor": "#ffffff"},
    }
    if shape in ("box", "ellipse"):
        look["color"]["background"] = _tint(colour, 0.8)
        look["font"] = {"size": 13, "color": "#212121"}
    if facts["kind"] == "group" and facts["count"]:
        look["font"]["size"] = 13 + min(12, len(str(facts["count"])) * 2)
    if facts["ingested"]:
        look["font"]["size"] = 15
    if not facts["resolved"]:
        # A file we read whose own number is unreadable stays prominent; only a reference we could not pin
        # down (year or jurisdiction unknown) is washed out.
        look["color"]["border"] = style.UNRESOLVED_BORDER
        look["borderWidth"] = 2.5
        look["shapeProperties"] = {"borderDashes": style.UNRESOLVED_DASHES}
        if not facts["ingested"]:
            look["color"]["background"] = _tint(colour, 0.65)
            look["font"]["color"] = "#616161"
    return look


def _merged_edges(graph: nx.MultiDiGraph) -> dict[tuple[Hashable, Hashable], list[dict[str, Any]]]:
    """One drawn arrow per ordered pair: parallel relations would otherwise be drawn on top of each other."""
    merged: dict[tuple[Hashable, Hashable], list[dict[str, Any]]] = {}
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        relation = str(attrs.get("relation") or key or "cites")
        sentence = attrs.get("sentence")
        merged.setdefault((source, target), []).append(
            {
                "relation": relation,
                "sentence": _shorten(" ".join(str(sentence).split()), SENTENCE_MAX) if sentence else None,
                "file": attrs.get("file"),
                "start": attrs.get("start"),
                "confidence": attrs.get("confidence"),
                "count": attrs.get("count"),
            }
        )
    strength = {relation: i for i, relation in enumerate(style.RELATIONS)}
    for evidence in merged.values():
        evidence.sort(key=lambda e: strength.get(e["relation"], len(strength)))
    return merged


def _edge_style(relation: str, count: int) -> dict[str, Any]:
    """The strongest relation's look; in a summary, thicker for more document-level edges."""
    rs = style.RELATION_STYLES.get(relation, style.UNKNOWN_RELATION_STYLE)
    return {
        "color": {"color": rs["color"], "highlight": "#000000", "hover": "#000000", "inherit": False},
        "width": cast(float, rs["width"]) + (min(6.0, math.log2(count)) if count > 1 else 0.0),
        "dashes": rs["dashes"],
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
    }


def _options(node_count: int) -> dict[str, Any]:
    busy = node_count > BUSY
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "hierarchical": {"enabled": False}},
        "interaction": {
            "hover": not busy,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": busy,
            "hideEdgesOnZoom": busy,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "edges": {"smooth": False, "selectionWidth": 1.5, "hoverWidth": 1},
        "nodes": {"chosen": True},
    }


def _network(graph: nx.MultiDiGraph, title: str) -> tuple[Network, Layout]:
    """The pyvis model of the page: nodes at fixed positions, one arrow per related pair."""
    net = Network(directed=True, heading=title, cdn_resources="in_line")
    facts = {node: _node_facts(node, attrs) for node, attrs in graph.nodes(data=True)}
    labels = {node: _display_label(fact["label"]) for node, fact in facts.items()}
    looks = {node: _node_style(fact) for node, fact in facts.items()}

    def width_of(node: Hashable) -> float:
        longest = max(len(line) for line in labels[node].split("\n"))
        return max(longest * CHAR_WIDTH * looks[node]["font"]["size"] / 13, 2.0 * looks[node]["size"])

    bands = tuple(key for key, _ in style.BANDS)
    placed = layout(
        graph,
        band_of=lambda node: facts[node]["band"],
        band_order=bands,
        sort_key=lambda node: (
            facts[node]["jurisdiction"] or "",
            facts[node]["date"] or "",
            facts[node]["label"],
        ),
        width_of=width_of,
    )
    for node, fact in facts.items():
        x, y = placed.positions[node]
        net.add_node(
            str(node),
            label=labels[node],
            x=round(x, 1),
            y=round(y, 1),
            kg=fact,
            **looks[node],
        )
    for i, ((source, target), evidence) in enumerate(_merged_edges(graph).items()):
        extra: dict[str, Any] = {}
        if placed.positions[source][1] == placed.positions[target][1] and source != target:
            # A straight arrow along a row would run through the documents between its ends: bend it.
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
        net.add_edge(
            str(source),
            str(target),
            id=f"e{i}",
            relations=list(dict.fromkeys(e["relation"] for e in evidence)),
            evidence=evidence,
            **_edge_style(evidence[0]["relation"], sum(e["count"] or 0 for e in evidence)),
            **extra,
        )
    net.options = _options(graph.number_of_nodes())
    return net, placed


def render(
    graph: nx.MultiDiGraph, *, title: str = "kg: văn bản và quan hệ dẫn chiếu", subtitle: str = ""
) -> str:
    """The whole page for ``graph`` as HTML text: every node of the graph is drawn, none is added."""
    net, placed = _network(graph, title)
    nodes, edges, heading, _height, _width, options = net.get_network_data()
    bands = [
        {"key": b.key, "label": style.BAND_LABELS[b.key], "top": b.top, "bottom": b.bottom, "count": b.count}
        for b in placed.bands
    ]
    present_branches = {n["kg"]["branch"] for n in nodes}
    present_shapes = {n["shape"] for n in nodes if n["kg"]["kind"] == "document"}
    present_relations = {r for e in edges for r in e["relations"]}
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "bands": bands,
        "extent": (placed.left, placed.right),
        "relationLabels": {r: str(s["label"]) for r, s in style.RELATION_STYLES.items()},
        "bandLabels": style.BAND_LABELS,
        "branchLabels": style.BRANCH_LABELS,
    }
    legend = {
        "branches": [
            (style.BRANCH_COLOURS[b], style.BRANCH_LABELS[b])
            for b in style.BRANCH_COLOURS
            if b in present_branches
        ],
        "shapes": [(f.shape, f.label) for f in style.SHAPE_FAMILIES if f.shape in present_shapes],
        "relations": [(r, style.RELATION_STYLES[r]) for r in style.RELATIONS if r in present_relations],
        "unresolved": any(not n["kg"]["resolved"] for n in nodes),
        "groups": any(n["kg"]["kind"] == "group" for n in nodes),
        "organs": any(n["kg"]["kind"] == "organ" for n in nodes),
    }
    other_relations = sorted(present_relations - set(style.RELATIONS))
    return (
        _environment()
        .get_template("page.html")
        .render(
            title=heading,
            subtitle=subtitle,
            node_count=len(nodes),
            edge_count=graph.number_of_edges(),
            bands=[(b["key"], b["label"]) for b in bands],
            relations=[
                (r, str(style.RELATION_STYLES[r]["label"])) for r in style.RELATIONS if r in present_relations
            ]
            + [(r, r) for r in other_relations],
            legend=legend,
            vis_js=Markup(_asset("vis-network.min.js")),
            page_css=Markup(_asset("graph.css")),
            page_js=Markup(_asset("graph.js")),
            data_json=Markup(script_json(payload)),
        )
    )


def write(graph: nx.MultiDiGraph, path: Path, **kwargs: Any) -> Path:
    """Render ``graph`` to ``path`` (parents created) and return the path written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(graph, **kwargs), encoding="utf-8")
    return path
