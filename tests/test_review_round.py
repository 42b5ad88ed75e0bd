"""The review-round tool (``bench/review_round.py``): its disagreement list is what judges and the before/after
diffs of a change read, so it must report each kind of difference where the scorer sees it."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bench import review_round
from bench.review_round import REVIEW, disagreements, import_round


def _document(name: str) -> tuple[dict[str, object], str]:
    folder = REVIEW / name[:3]
    gold = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))
    return gold, (folder / f"{name}.txt").read_text(encoding="utf-8")


def test_a_removed_mention_shows_as_spurious_and_a_changed_date_as_a_date(shared: Path) -> None:
    gold, text = _document("273c-1")
    mentions = gold["mentions"]
    assert isinstance(mentions, list)
    before = list(disagreements(gold, text))
    assert mentions[0]["symbol"] == "72/2025/QH15" and mentions[1]["date"] == "2024-01-18"
    mentions[1] = mentions[1] | {"date": "2024-01-19"}
    del mentions[0]
    after = list(disagreements(gold, text))
    added = [row for row in after if row not in before]
    assert [(kind, line) for kind, line, _ in added] == [("spurious", 10), ("date", 11)]
    assert "'72/2025/QH15'" in added[0][2] and "gold '2024-01-19', kg '2024-01-18'" in added[1][2]


def test_a_mention_kg_does_not_read_shows_as_missed(shared: Path) -> None:
    gold, text = _document("273c-1")
    before = list(disagreements(gold, text))
    line = text.count("\n") + 1
    text += "Căn cứ Văn bản 77 XZ ngày 01/01/2026.\n"
    mention = {"line": line, "surface": "Văn bản 77 XZ", "kind": "numbered", "symbol": "77/XZ"}
    gold["mentions"] = [*gold["mentions"], mention]  # type: ignore[misc]
    added = [row for row in disagreements(gold, text) if row not in before]
    assert added == [("missed", line, "numbered '77/XZ': gold surface 'Văn bản 77 XZ'")]


def test_import_copies_the_judged_round_and_lists_it(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = tmp_path / "review"
    (review).mkdir()
    (review / "rounds.csv").write_text("round,name,source,lines,first_contact\n", encoding="utf-8")
    helper = tmp_path / "review999" / "c1"
    helper.mkdir(parents=True)
    gold, text = _document("273c-1")
    (helper / "999c-1.txt").write_text(text, encoding="utf-8")
    (helper / "999c-1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(review_round, "WORK", tmp_path)
    monkeypatch.setattr(review_round, "REVIEW", review)
    import_round("999", "abc1234")
    imported = json.loads((review / "999" / "999c-1.gold.json").read_text(encoding="utf-8"))
    assert imported["seed"] == "999c-1.txt" and imported["mentions"] == gold["mentions"]
    rows = list(csv.DictReader((review / "rounds.csv").open(encoding="utf-8")))
    assert rows == [
        {"round": "999", "name": "999c-1", "source": "text", "lines": "", "first_contact": "abc1234"}
    ]
