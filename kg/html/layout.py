"""Fixed positions: one horizontal band per tier, top to bottom, computed here and not in the browser.

vis-network's own hierarchical layout and physics take seconds on a couple of thousand nodes and give a
different picture on every load; a layout computed once in Python opens instantly and is the same for
everyone who opens the file. Inside a band the documents are ordered by the barycentre of their
neighbours (a few sweeps down and up), which puts a district plan under the provincial plan it
implements and keeps most edges short; long bands wrap onto several rows.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import networkx as nx

MIN_STEP = 70.0
LABEL_GAP = 40.0
ROW_SPACING = 100.0
BAND_GAP = 90.0
MIN_PER_ROW = 6
ASPECT = 1.5  # width / height of the whole drawing: about a landscape screen, so "fit" stays legible
SWEEPS = 4


@dataclass(frozen=True)
class Band:
    """A drawn band: its key, its vertical extent and how many nodes it holds."""

    key: str
    top: float
    bottom: float
    count: int


@dataclass(frozen=True)
class Layout:
    positions: dict[Hashable, tuple[float, float]]
    bands: tuple[Band, ...]
    left: float
    right: float


def layout(
    graph: nx.MultiDiGraph,
    band_of: Callable[[Hashable], str],
    band_order: tuple[str, ...],
    sort_key: Callable[[Hashable], tuple],
    width_of: Callable[[Hashable], float],
) -> Layout:
    """Place every node of ``graph`` in its band; ``band_order`` lists the band keys top to bottom.

    ``width_of`` is the drawn width of a node with its label: neighbours in a row are spaced so that
    labels never overlap.
    """
    members: dict[str, list[Hashable]] = {key: [] for key in band_order}
    for node in graph.nodes:
        members[band_of(node)].append(node)
    for nodes in members.values():
        nodes.sort(key=sort_key)

    count = graph.number_of_nodes()
    mean_width = (
        sum(max(MIN_STEP, width_of(n) + LABEL_GAP) for n in graph.nodes) / count if count else MIN_STEP
    )
    per_row = max(MIN_PER_ROW, round(math.sqrt(ASPECT * count * ROW_SPACING / mean_width)))
    # Rank within the band, as a fraction of its width, is what the barycentre compares across bands.
    rank: dict[Hashable, float] = {}

    def place(nodes: list[Hashable]) -> None:
        for i, node in enumerate(nodes):
            rank[node] = (i % per_row + 0.5) / min(len(nodes), per_row) if nodes else 0.0

    for nodes in members.values():
        place(nodes)
    neighbours = {node: set(graph.predecessors(node)) | set(graph.successors(node)) for node in graph.nodes}
    sweep_orders = (band_order, tuple(reversed(band_order)))
    for sweep in range(SWEEPS):
        for key in sweep_orders[sweep % 2]:
            nodes = members[key]

            def barycentre(node: Hashable) -> float:
                around = [rank[n] for n in neighbours[node] if n != node]
                return sum(around) / len(around) if around else rank[node]

            nodes.sort(key=barycentre)
            place(nodes)

    positions: dict[Hashable, tuple[float, float]] = {}
    bands: list[Band] = []
    y = 0.0
    half = 0.0
    for key in band_order:
        nodes = members[key]
        if not nodes:
            continue
        top = y
        rows = [nodes[i : i + per_row] for i in range(0, len(nodes), per_row)]
        for r, row in enumerate(rows):
            xs = [0.0]
            for before, after in itertools.pairwise(row):
                step = (width_of(before) + width_of(after)) / 2 + LABEL_GAP
                xs.append(xs[-1] + max(MIN_STEP, step))
            # Odd rows shift by half a step so labels of stacked rows do not line up into a wall.
            shift = (xs[-1] / max(1, len(xs) - 1)) / 2 if r % 2 else 0.0
            centre = xs[-1] / 2 - shift
            for node, x in zip(row, xs, strict=True):
                positions[node] = (x - centre, y)
            half = max(half, xs[-1] / 2 + shift + max(width_of(row[0]), width_of(row[-1])) / 2)
            if r < len(rows) - 1:
                y += ROW_SPACING
        bands.append(Band(key, top - ROW_SPACING / 2, y + ROW_SPACING / 2, len(nodes)))
        y += ROW_SPACING + BAND_GAP
    return Layout(positions, tuple(bands), -half, half)
