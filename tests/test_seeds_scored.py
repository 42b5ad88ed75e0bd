"""The parser on the dev seeds, through ``kg refs --json``, scored by the real gold scorer.

Thresholds are the issue's acceptance criteria; they fail until the parser is complete.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED, load_scorer

GOLD = sorted((SHARED / "gold").glob("*.json")) if SHARED.is_dir() else []


def _seed_for(gold: dict, shared: Path) -> Path:
    return shared / "seeds" / gold["seed"]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    """Every gold file scored once; the per-criterion tests below read from it."""
    if not GOLD:
        pytest.skip(f"no gold annotations under {SHARED / 'gold'}")
    scorer = load_scorer(SHARED)
    out = {}
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        seed = _seed_for(gold, SHARED)
        result = CliRunner().invoke(main, ["refs", str(seed), "--json"])
        assert result.exit_code == 0, result.stderr
        preds = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        out[path.stem] = scorer.score(gold, preds, seed.read_text(encoding="utf-8"))
        out[path.stem]["gold"] = gold
    return out


def _accuracy(result: dict, field: str) -> float:
    """The scorer gives None when no matched pair has the field: 0 if gold has it at all, else 1."""
    entry = result[field]
    if entry is not None:
        return entry["accuracy"]
    return 0.0 if any(m.get(field) for m in result["gold"]["mentions"]) else 1.0


@pytest.mark.parametrize("seed", [p.stem for p in GOLD])
@pytest.mark.parametrize(
    ("criterion", "threshold"),
    [
        ("numbered_f1", 0.98),
        ("date", 0.97),
        ("relation", 0.92),
        ("branch", 0.97),
        ("tier", 0.97),
        ("named_recall", 0.90),
    ],
)
def test_seed_meets_threshold(scores: dict[str, dict], seed: str, criterion: str, threshold: float) -> None:
    result = scores[seed]
    if criterion == "numbered_f1":
        value = result["numbered"]["f1"]
    elif criterion == "named_recall":
        value = result["named"]["recall"]
    else:
        value = _accuracy(result, criterion)
    detail = {k: result[k] for k in ("missed", "spurious", "wrong_relation", "wrong_date")}
    assert value >= threshold, f"{seed} {criterion} = {value:.3f} < {threshold}; {detail}"
