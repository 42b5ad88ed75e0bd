"""The out-of-sample review set (``bench/review``): documents annotated by hand before kg ran on them, scored by the
shared scorer. The thresholds sit a little under today's figures (``make bench`` prints them), so that a change
that loses accuracy on documents kg was not tuned on when they were written fails here."""

from __future__ import annotations

from pathlib import Path

from bench.bench_review import run

# numbered F1, named recall and field accuracies pooled over all rounds (after round 337 was added and read:
# 0.992 / 0.961 / date 0.997 / relation 0.952 / branch 0.998 / tier 0.998 / issuer 0.982 over 4,535 documents; the
# issuer floor sits at 0.96 since round 87's slide deck, whose "CV 1234/TCT-CS, 12/3/2015, Tổng cục Thuế" lines kg does
# not read issuers from, and rounds 107–114, whose annotators name an issuer the symbol implies where the text states
# none; the relation floor at 0.91 since rounds 99–106, relation 0.884 over their 144 documents, most of the misses
# provisions named by "quy định tại X", which kg cites where their annotators read a basis)
FLOORS = {
    "numbered_f1": 0.98,
    "named_recall": 0.93,
    "date": 0.99,
    "relation": 0.91,
    "branch": 0.99,
    "tier": 0.99,
    "issuer": 0.96,
}


def test_the_review_set_scores_above_its_floors(shared: Path, tmp_path: Path) -> None:
    result = run(shared, tmp_path)
    assert result is not None
    overall = result["all"]
    assert isinstance(overall, dict) and overall["documents"] >= 4535
    assert {k: v for k, v in overall.items() if k in FLOORS and v < FLOORS[k]} == {}
