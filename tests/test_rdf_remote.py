"""kg push and kg lineage --endpoint against a real SPARQL store: OpenLink Virtuoso on loopback.

Skipped, with the reason, only when the ``virtuoso-t`` binary is missing (.ci/run installs it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.lineage import lineage as local_lineage
from kg.graph.resolve import RefError
from kg.graph.store import Store
from kg.rdf import remote
from kg.rdf.endpoint import Client, EndpointError
from kg.rdf.push import push
from tests import virtuoso
from tests.conftest import SAMPLES
from tests.rdf_graphs import sample_graph

pytestmark = pytest.mark.slow
BASE = "https://kg.test"
GRAPH = "https://kg.test/graph/samples"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[virtuoso.Virtuoso]:
    if virtuoso.binary() is None:
        pytest.skip("virtuoso-t not found: install the Debian package virtuoso-opensource (.ci/run does)")
    with virtuoso.running(tmp_path_factory.mktemp("virtuoso")) as v:
        yield v


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "samples.db"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


@pytest.fixture(scope="module")
def pushed(server: virtuoso.Virtuoso, samples_db: Path) -> virtuoso.Virtuoso:
    result = CliRunner().invoke(
        main,
        [
            *("push", "--db", str(samples_db), "--base", BASE, "--endpoint", server.gsp, "--graph", GRAPH),
            *("--user", virtuoso.USER, "--password", virtuoso.PASSWORD),
        ],
    )
    assert result.exit_code == 0, result.stderr
    return server


def count(server: virtuoso.Virtuoso, graph: str) -> int:
    rows = Client().select(
        server.sparql, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    return rows[0]["n"]


def comparable(result: dict[str, Any]) -> tuple[list[dict[str, Any]], set[tuple[str, str, str]]]:
    docs = sorted(result["documents"], key=lambda d: d["id"])
    edges = {(e["from"], e["relation"], e["to"]) for e in result["edges"]}
    return docs, edges


@pytest.mark.parametrize(
    ("ref", "direction"),
    [("33/CT-TTg", "down"), ("kien-giang_ke-hoach-ct33-2024.txt", "up"), ("25-NQ/TW", "both")],
)
def test_remote_lineage_equals_local(
    pushed: virtuoso.Virtuoso, samples_db: Path, ref: str, direction: str
) -> None:
    if ref.endswith(".txt"):
        ref = str(SAMPLES / ref)
    with Store.open(samples_db) as store:
        local = local_lineage(store, ref, direction)  # type: ignore[arg-type]
    answer = remote.lineage(pushed.sparql, ref, direction=direction)  # type: ignore[arg-type]
    assert answer["root"] == local["root"]
    assert len(local["documents"]) > 1
    assert comparable(answer) == comparable(local)


def test_remote_lineage_depth_and_tiers_as_local(pushed: virtuoso.Virtuoso, samples_db: Path) -> None:
    with Store.open(samples_db) as store:
        local = local_lineage(store, "33/CT-TTg", "down", depth=1, tiers=["province"])
    answer = remote.lineage(pushed.sparql, "33/CT-TTg", direction="down", depth=1, tiers=["province"])
    assert comparable(answer) == comparable(local)


def test_cli_lineage_endpoint_matches_local(pushed: virtuoso.Virtuoso, samples_db: Path) -> None:
    runner = CliRunner()
    here = runner.invoke(main, ["lineage", "33/CT-TTg", "--down", "--db", str(samples_db), "--json"])
    there = runner.invoke(main, ["lineage", "33/CT-TTg", "--down", "--endpoint", pushed.sparql, "--json"])
    assert here.exit_code == 0 and there.exit_code == 0, there.stderr
    assert comparable(json.loads(there.stdout)) == comparable(json.loads(here.stdout))


def test_cli_lineage_endpoint_with_credentials_and_unknown_ref(pushed: virtuoso.Virtuoso) -> None:
    auth = ["--endpoint", pushed.sparql_auth, "--user", virtuoso.USER, "--password", virtuoso.PASSWORD]
    runner = CliRunner()
    ok = runner.invoke(main, ["lineage", "33/CT-TTg", *auth, "--json"])
    assert ok.exit_code == 0, ok.stderr
    assert json.loads(ok.stdout)["root"]
    unknown = runner.invoke(main, ["lineage", "999/XX-YY", *auth])
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert len(unknown.stderr.strip().splitlines()) == 1 and "matches no document" in unknown.stderr
    refused = runner.invoke(main, ["lineage", "33/CT-TTg", "--endpoint", pushed.sparql_auth])
    assert refused.exit_code == 2 and "give --user and --password" in refused.stderr


def test_push_is_idempotent_per_named_graph(server: virtuoso.Virtuoso) -> None:
    graph = "https://kg.test/graph/idempotent"
    first = push(sample_graph(), server.gsp, graph, BASE, "gsp", virtuoso.USER, virtuoso.PASSWORD, batch=40)
    assert first.batches > 1
    n = count(server, graph)
    assert n == first.triples
    again = push(sample_graph(), server.gsp, graph, BASE, "gsp", virtuoso.USER, virtuoso.PASSWORD)
    assert count(server, graph) == n == again.triples


def test_push_by_sparql_update_gives_the_same_graph(server: virtuoso.Virtuoso) -> None:
    gsp, upd = "https://kg.test/graph/gsp", "https://kg.test/graph/update"
    push(sample_graph(), server.gsp, gsp, BASE, "gsp", virtuoso.USER, virtuoso.PASSWORD)
    push(sample_graph(), server.sparql_auth, upd, BASE, "update", virtuoso.USER, virtuoso.PASSWORD, batch=50)
    push(sample_graph(), server.sparql_auth, upd, BASE, "update", virtuoso.USER, virtuoso.PASSWORD, batch=50)
    rows = Client().select(
        server.sparql,
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{gsp}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH <{upd}> {{ ?s ?p ?o }} }} }}",
    )
    assert rows[0]["n"] == 0
    assert count(server, gsp) == count(server, upd) > 0


@pytest.mark.parametrize(
    "ref",
    [
        '33/CT-TTg" } ; DROP GRAPH <https://kg.test/graph/samples> ; SELECT * { "',
        "} DROP ALL ; #",
        '33\\" } UNION { ?doc ?p ?o',
        "{ } ; DROP SILENT GRAPH <" + GRAPH + "> }",
        "'; DROP ALL; --",
    ],
)
def test_ref_is_bound_never_spliced(pushed: virtuoso.Virtuoso, ref: str) -> None:
    before = count(pushed, GRAPH)
    with pytest.raises(RefError):
        remote.lineage(pushed.sparql_auth, ref, user=virtuoso.USER, password=virtuoso.PASSWORD)
    assert count(pushed, GRAPH) == before


def test_unreachable_endpoint_is_one_line(tmp_path: Path, samples_db: Path) -> None:
    with pytest.raises(EndpointError, match="cannot reach"):
        remote.lineage("http://127.0.0.1:9/sparql", "33/CT-TTg")
    result = CliRunner().invoke(main, ["push", "--db", str(samples_db), "--endpoint", "http://127.0.0.1:9/x"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot reach" in result.stderr


def test_wrong_password_is_one_line(server: virtuoso.Virtuoso, samples_db: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["push", "--db", str(samples_db), "--endpoint", server.gsp, "--user", "dba", "--password", "nope"],
    )
    assert result.exit_code == 2
    assert "refused the credentials" in result.stderr
