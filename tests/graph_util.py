"""Hand-built parser output for the graph tests: a test file holds the JSON of a ParsedDocument, and
``fake_parse`` (patched over ``kg.parse.parse_document``) turns it back into records. Identity and store
behaviour are then tested on exactly the facts each test states, independent of the parser's accuracy.
``contract_document`` builds the networkx side: a document node as the data model defines it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.models import Citation, Header, Link, ParsedDocument


def cite(symbol: str | None, relation: str = "implements", **kw: Any) -> dict[str, Any]:
    kw.setdefault("sentence", f"Thực hiện {symbol or kw.get('name')}.")
    kw.setdefault("kind", "numbered" if symbol else "named")
    return {
        "symbol": symbol,
        "relation": relation,
        "start": 0,
        "end": 10,
        "surface": symbol or kw.get("name"),
        **kw,
    }


def doc(
    header: dict[str, Any], citations: list[dict[str, Any]] = (), links: list[tuple[int, int, str]] = ()
) -> str:
    return json.dumps(
        {"header": header, "citations": list(citations), "links": [list(lk) for lk in links]},
        ensure_ascii=False,
    )


def fake_parse(text: str) -> ParsedDocument:
    data = json.loads(text)
    h = dict(data["header"])
    h["issuer_codes"] = tuple(h.get("issuer_codes", ()))
    citations = []
    for c in data["citations"]:
        c = dict(c)
        c["issuer_codes"] = tuple(c.get("issuer_codes", ()))
        citations.append(Citation(**c))
    links = tuple(Link(s, t, r, 0, 10, "liên kết") for s, t, r in data["links"])
    return ParsedDocument(Header(**h), tuple(citations), links)


def contract_document(graph: Any, node_id: str, **attrs: Any) -> str:
    """Add a document node to a networkx graph with every attribute of docs/data-model.md present
    (None or empty unless given), as ``kg.graph.load`` would, for tests that need no store."""
    values: dict[str, Any] = {
        "kind": "document",
        "symbol": None,
        "name": None,
        "doc_type": None,
        "type_code": None,
        "number": None,
        "year": None,
        "date": None,
        "issuer": None,
        "issuer_codes": [],
        "branch": None,
        "tier": None,
        "jurisdiction": None,
        "title": None,
        "ingested": False,
        "path": None,
        "resolved": True,
        "conflicts": [],
        **attrs,
    }
    values["label"] = values["symbol"] or values["name"] or node_id
    graph.add_node(node_id, **values)
    return node_id


def write(directory: Path, name: str, text: str) -> Path:
    p = directory / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


KG_PLAN = doc(
    {
        "doc_type": "Kế hoạch",
        "year": 2024,
        "jurisdiction": "Kiên Giang",
        "issuer": "Ủy ban nhân dân tỉnh Kiên Giang",
        "tier": "province",
        "branch": "state",
    },
    [
        cite("33/CT-TTg", date="2021-11-26", tier="central", issuer="Thủ tướng Chính phủ"),
        cite("25-NQ/TW", date="2013-06-03", tier="central"),
        cite("114-KL/TW", date="2015-07-14", tier="central"),
        cite("250/KH-UBND", date="2021-12-31", tier="province"),
        cite("13-CTr/TU", relation="cites", date="2021-08-03", tier="province"),
        cite("33/CT-TTg", tier="central"),
    ],
    [(3, 4, "implements")],
)
