"""The graph layer: an embedded store of documents and the references between them, and its queries.

``load(db)`` returns the whole graph as a ``networkx.MultiDiGraph`` (contract: docs/data-model.md). It is
imported lazily so that the CLI's queries, which never load the whole graph, do not pay for networkx.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx


def load(db: str | Path | Any) -> nx.MultiDiGraph:
    """Every document and organ of the store ``db`` (a path or an open ``Store``) as a MultiDiGraph."""
    from kg.graph.loader import load_graph

    return load_graph(db)
