"""The Done-means scenario on the three dev seeds in samples/, with the real parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SAMPLES

KIEN_GIANG = SAMPLES / "kien-giang_ke-hoach-ct33-2024.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "kg.db"
    r = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", str(path)])
    assert r.exit_code == 0, r.output
    return path


def _lineage(db: Path, *args: str) -> dict:
    r = CliRunner().invoke(main, ["lineage", *args, "--json", "--db", str(db)])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


def test_directive_down_reaches_the_three_plans(db: Path) -> None:
    result = _lineage(db, "33/CT-TTg", "--down")
    direct = {d["jurisdiction"] for d in result["documents"] if d["depth"] == 1 and d["ingested"]}
    assert direct >= {"Kiên Giang", "Hậu Giang", "Đồng Nai"}


def test_plan_up_reaches_central_documents_and_the_party_programme_through_250(db: Path) -> None:
    result = _lineage(db, str(KIEN_GIANG), "--up")
    labels = {d["label"]: d for d in result["documents"]}
    assert {"33/CT-TTg", "25-NQ/TW", "114-KL/TW", "250/KH-UBND", "13-CTr/TU"} <= set(labels)
    assert any(
        e["from"] == labels["250/KH-UBND"]["id"]
        and e["to"] == labels["13-CTr/TU"]["id"]
        and e["relation"] == "implements"
        for e in result["edges"]
    )


def test_seed_store_is_consistent(db: Path) -> None:
    r = CliRunner().invoke(main, ["doctor", "--json", "--db", str(db)])
    assert r.exit_code == 0 and json.loads(r.stdout)["consistency"] == []
