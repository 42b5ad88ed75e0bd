"""Helpers shared by the crafted parser cases (tests/test_parse_*.py).

Every lookup also checks the one invariant every citation must keep whatever else is wrong: its
``start``/``end`` slice the ORIGINAL input to its ``surface``.
"""

from __future__ import annotations

from typing import Any

from kg.models import Citation, ParsedDocument
from kg.parse import parse_document


def parse(text: str) -> ParsedDocument:
    """Parse, and check that every citation's offsets slice the input to its surface."""
    doc = parse_document(text)
    for c in doc.citations:
        assert text[c.start : c.end] == c.surface, (c.start, c.end, c.surface)
    return doc


def cites(text: str, key: str) -> list[Citation]:
    """Every citation of ``key`` (a canonical symbol, else a name) in ``text``."""
    return [c for c in parse(text).citations if key in (c.symbol, c.name)]


def one(text: str, key: str) -> Citation:
    """The single citation of ``key``; fails with the full list when there is none or several."""
    doc = parse(text)
    found = [c for c in doc.citations if key in (c.symbol, c.name)]
    assert len(found) == 1, (key, [(c.symbol, c.name, c.surface) for c in doc.citations])
    return found[0]


def pick(record: Any, expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``record`` named in ``expected``, so one ``==`` shows every difference at once."""
    return {k: getattr(record, k) for k in expected}


def keys(doc: ParsedDocument) -> list[str]:
    """The cited documents in text order: symbol, else name."""
    return [c.symbol or c.name or c.surface for c in doc.citations]


def links(doc: ParsedDocument) -> set[tuple[str, str, str]]:
    """Links as (from, relation, to): a numbered document by its symbol, a named one by its name (as
    the gold edges write them)."""

    def label(c: Citation) -> str:
        return (c.name if c.kind == "named" else c.symbol) or c.surface

    return {
        (label(doc.citations[lk.source]), lk.relation, label(doc.citations[lk.target])) for lk in doc.links
    }
