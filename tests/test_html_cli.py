"""``kg html`` on the real samples store: the path printed, focus through the resolver, one-line errors,
and the samples page in headless Chromium with the network blocked."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph import load
from kg.html import select
from tests.browser import chromium, missing_reason, open_page
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "samples.db"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _html(*args: str) -> Any:
    return CliRunner().invoke(main, ["html", *args])


def _node_ids(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    data = re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1)
    return {n["id"] for n in json.loads(data)["nodes"]}


def test_writes_the_page_and_prints_its_path(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "graph.html"
    result = _html("--db", str(store), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    expected = select(load(store)).graph
    assert _node_ids(out) == set(expected.nodes)
    assert expected.number_of_nodes() > 20


def test_focus_resolves_ref_through_the_store(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    result = _html("--db", str(store), "-o", str(out), "--focus", "Chỉ thị 33/CT-TTg", "--depth", "1")
    assert result.exit_code == 0, result.output
    graph = load(store)
    ct33 = next(n for n, s in graph.nodes(data="symbol") if s == "33/CT-TTg")
    ids = _node_ids(out)
    assert ct33 in ids
    assert ids == {ct33, *graph.predecessors(ct33), *graph.successors(ct33)} - {
        n for n, k in graph.nodes(data="kind") if k == "organ"
    }
    assert "33/CT-TTg" in out.read_text(encoding="utf-8")


def test_filters_reach_the_selection(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "central.html"
    result = _html("--db", str(store), "-o", str(out), "--tier", "central", "--relation", "implements,cites")
    assert result.exit_code == 0, result.output
    graph = load(store)
    assert all(graph.nodes[n]["tier"] == "central" for n in _node_ids(out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "{tmp}/none.db"], "no store"),
        (["--focus", "Kế hoạch 99999/KH-XYZ"], "matches no document"),
        (["--tier", "nation"], "--tier nation"),
        (["--relation", "likes"], "--relation likes"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(store: Path, tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--db" not in args:
        args = ["--db", str(store), *args]
    result = _html(*args, "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    with chromium() as b:
        yield b


@pytest.mark.slow
def test_samples_page_in_chromium(store: Path, tmp_path: Path, browser: Any) -> None:
    out = tmp_path / "graph.html"
    assert _html("--db", str(store), "-o", str(out)).exit_code == 0
    with open_page(browser, out) as visit:
        page = visit.page
        assert visit.requests == [] and visit.errors == [] and visit.dialogs == []
        assert page.evaluate("kg.nodes.length") == select(load(store)).graph.number_of_nodes()
        page.fill("#kg-search-input", "33/ct-ttg")
        first = page.locator("#kg-search-results li").first
        assert first.locator(".kg-r-label").inner_text() == "33/CT-TTg"
        page.press("#kg-search-input", "Enter")
        assert "33/CT-TTg" in page.inner_text("#kg-details")
        # The Kiên Giang plan implements 33/CT-TTg: it is in the highlighted lineage.
        lit = page.evaluate(
            "kg.nodes.get().filter(n => n.color.background !== '#eeeeee').map(n => n.kg.jurisdiction)"
        )
        assert "Kiên Giang" in lit
