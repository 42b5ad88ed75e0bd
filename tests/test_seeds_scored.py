"""The parser on the dev seeds, through ``kg refs --json``, scored by the real gold scorer.

Thresholds are the issue's acceptance criteria. One correction to the scorer: its ``gold_spans`` places a
gold mention at the first occurrence of its surface on its line, so two identical mentions on one line
(seed 004 cites "Quyết định số 1847/QĐ-TTg ngày 27/12/2018" twice on line 57) land on the same span and
a correct prediction of the second one counts as a miss plus a spurious hit. The gold spec says every
occurrence counts separately; ``_gold_spans`` below gives each its own occurrence, and is otherwise the
scorer's rule.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED, load_scorer

GOLD = sorted((SHARED / "gold").glob("*.json")) if SHARED.is_dir() else []


def _seed_for(gold: dict, shared: Path) -> Path:
    return shared / "seeds" / gold["seed"]


def _gold_spans(gold: dict, text: str) -> list[tuple[int, int, dict]]:
    """The scorer's ``gold_spans``, except that an occurrence already taken by an identical earlier
    mention is skipped."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    taken: set[tuple[int, str]] = set()
    out = []
    for m in gold["mentions"]:
        surface = m["surface"]
        for lo in (starts[max(0, m["line"] - 1)], 0):
            i = text.find(surface, lo)
            while i >= 0 and (i, surface) in taken:
                i = text.find(surface, i + 1)
            if i >= 0:
                break
        assert i >= 0, f"gold surface not found: {surface!r}"
        taken.add((i, surface))
        out.append((i, i + len(surface), m))
    return out


def test_gold_spans_correction_only_separates_repeats(shared: Path) -> None:
    """Every gold mention gets its own place, and one moves only where the scorer stacked two."""
    scorer = load_scorer(shared)
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = _seed_for(gold, shared).read_text(encoding="utf-8")
        ours, theirs = _gold_spans(gold, text), scorer.gold_spans(gold, text)
        assert len({o[:2] for o in ours}) == len(ours), path.name
        stacked = Counter(t[:2] for t in theirs)
        for o, t in zip(ours, theirs, strict=True):
            assert o[:2] == t[:2] or stacked[t[:2]] > 1, (path.name, o[2]["line"], o[2]["surface"])


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    """Every gold file scored once; the per-criterion tests below read from it."""
    if not GOLD:
        pytest.skip(f"no gold annotations under {SHARED / 'gold'}")
    scorer = load_scorer(SHARED)
    scorer.gold_spans = _gold_spans
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
