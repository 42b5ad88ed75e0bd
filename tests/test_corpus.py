"""The parser over the whole shared corpus (~1,500 real documents, ~77 MB).

Robustness (no exception, offsets that slice the text to the surface) and the header: where a manifest
gives a document's own symbol and the header prints it, ``header.symbol`` must equal it.
"""

from __future__ import annotations

import csv
import re

import pytest

from kg.models import ParsedDocument
from kg.parse import parse_document
from kg.reading import read_document
from tests.conftest import SHARED, load_scorer

HEADER_CHARS = 1500
HEADER_RATE = 0.98


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[str, dict[str, str]]]:
    """Every corpus document: id -> (text, manifest row)."""
    docs: dict[str, tuple[str, dict[str, str]]] = {}
    for manifest in sorted(SHARED.glob("corpus/*/manifest.csv")):
        with manifest.open(encoding="utf-8", newline="") as f:
            rows = {row["id"]: row for row in csv.DictReader(f)}
        for path in sorted((manifest.parent / "docs").glob("*.txt")):
            docs[path.stem] = (read_document(path), rows.get(path.stem, {}))
    if not docs:
        pytest.skip(f"no corpus under {SHARED / 'corpus'}")
    return docs


@pytest.fixture(scope="module")
def parsed(corpus: dict[str, tuple[str, dict[str, str]]]) -> dict[str, ParsedDocument]:
    out, failures = {}, []
    for doc_id, (text, _) in corpus.items():
        try:
            out[doc_id] = parse_document(text)
        except Exception as exc:  # collect them all: one crash must not hide the next
            failures.append(f"{doc_id}: {type(exc).__name__}: {exc}")
    assert not failures, f"{len(failures)} documents crash the parser:\n" + "\n".join(failures[:20])
    return out


def test_offsets_slice_to_surface(corpus, parsed) -> None:
    bad = [
        f"{doc_id}@{c.start}: {c.surface!r} != {corpus[doc_id][0][c.start : c.end]!r}"
        for doc_id, doc in parsed.items()
        for c in doc.citations
        if not (0 <= c.start <= c.end <= len(corpus[doc_id][0]))
        or corpus[doc_id][0][c.start : c.end] != c.surface
    ]
    assert not bad, f"{len(bad)} citations whose offsets miss their surface:\n" + "\n".join(bad[:20])


def _printed_in_header(norm_symbol, symbol: str, text: str) -> bool:
    """The manifest symbol occurs (normalised like the scorer) in the first HEADER_CHARS characters."""
    head = norm_symbol(text[:HEADER_CHARS])
    return bool(re.search(r"(?<!\d)" + re.escape(norm_symbol(symbol)), head))


def test_header_symbol_matches_manifest(corpus, parsed, capsys) -> None:
    norm_symbol = load_scorer(SHARED).norm_symbol
    checked, wrong = 0, []
    for doc_id, (text, row) in corpus.items():
        symbol = (row.get("symbol") or "").strip()
        if not symbol or not _printed_in_header(norm_symbol, symbol, text):
            continue
        checked += 1
        found = parsed[doc_id].header.symbol
        if norm_symbol(found) != norm_symbol(symbol):
            wrong.append(f"{doc_id}: manifest {symbol!r}, header {found!r}")
    assert checked >= 100, f"only {checked} documents print their manifest symbol in the header"
    rate = 1 - len(wrong) / checked
    with capsys.disabled():
        print(f"\nheader symbol: {checked - len(wrong)}/{checked} = {rate:.3f}")
    assert rate >= HEADER_RATE, f"header symbol rate {rate:.3f} < {HEADER_RATE}:\n" + "\n".join(wrong[:30])
