"""Out-of-sample accuracy: kg on documents annotated by hand before kg ran on them (``bench/review``), scored by
``shared/tools/score_refs.py`` as the seeds are.

Each round holds documents from ``shared/corpus`` (their gold here, their text read from the corpus, cut to the lines
the annotator kept) and documents written for the round (text and gold here). ``rounds.csv`` names them and the
commit kg was at when each round was annotated. The figures are pooled over documents: numbered F1 from the summed
true and false hits, field accuracies over every matched mention whose gold has the field.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from kg.cli.refs_cmd import citation_record, links_from
from kg.parse import parse_document
from kg.reading import read_document

REVIEW = Path(__file__).resolve().parent / "review"
FIELDS = ("date", "relation", "branch", "tier", "issuer")


def scorer(shared: Path) -> ModuleType:
    """The shared scorer, loaded from its file (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("score_refs", shared / "tools" / "score_refs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def review_text(row: dict[str, str], shared: Path) -> str:
    """The text the annotator read: the round's own file, or the corpus document cut to the lines kept."""
    if row["source"] == "text":
        return read_document(REVIEW / row["round"] / f"{row['name']}.txt")
    text = read_document(shared / row["source"])
    return "\n".join(text.split("\n")[: int(row["lines"])]) + "\n" if row["lines"] else text


def predictions(text: str) -> list[dict[str, object]]:
    """What ``kg refs FILE --json`` prints for ``text``, one dict per citation."""
    parsed = parse_document(text)
    return [
        json.loads(json.dumps(citation_record(c, "review", text, links), ensure_ascii=False))
        for c, links in zip(parsed.citations, links_from(text, parsed), strict=True)
    ]


class Pool:
    """Summed counts over documents."""

    def __init__(self) -> None:
        self.docs = 0
        self.hits = {kind: [0, 0, 0] for kind in ("numbered", "named")}  # tp, fp, fn
        self.fields = {field: [0, 0] for field in FIELDS}  # correct, n

    def add(self, result: dict[str, dict[str, int] | None]) -> None:
        self.docs += 1
        for kind, counts in self.hits.items():
            found = result[kind]
            assert found is not None
            for i, key in enumerate(("tp", "fp", "fn")):
                counts[i] += found[key]
        for field, counts in self.fields.items():
            if found := result[field]:
                counts[0] += found["correct"]
                counts[1] += found["n"]

    def figures(self) -> dict[str, float | int | None]:
        tp, fp, fn = self.hits["numbered"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        named_tp, _, named_fn = self.hits["named"]
        recall = named_tp / (named_tp + named_fn) if named_tp + named_fn else 1.0
        out: dict[str, float | int | None] = {
            "documents": self.docs,
            "numbered_f1": f1,
            "named_recall": recall,
        }
        out |= {field: (c / n if n else None) for field, (c, n) in self.fields.items()}
        return out


def _line(label: str, figures: dict[str, float | int | None]) -> str:
    def cell(value: float | int | None) -> str:
        return "    -" if value is None else f"{value:.3f}"

    keys = ("numbered_f1", "named_recall", *FIELDS)
    return f"   {label:<10} {figures['documents']:>4}  " + "  ".join(f"{cell(figures[k]):>8}" for k in keys)


def run(shared: Path | None, out: Path) -> dict[str, object] | None:
    if shared is None or not (shared / "tools" / "score_refs.py").is_file():
        print("   review: skipped (needs shared/tools/score_refs.py and shared/corpus)")
        return None
    score: Callable[..., dict[str, dict[str, int] | None]] = scorer(shared).score
    rows = list(csv.DictReader((REVIEW / "rounds.csv").open(encoding="utf-8")))
    pools: dict[str, Pool] = {}
    total = Pool()
    for row in rows:
        text = review_text(row, shared)
        gold = json.loads((REVIEW / row["round"] / f"{row['name']}.gold.json").read_text(encoding="utf-8"))
        result = score(gold, predictions(text), text)
        pools.setdefault(row["round"], Pool()).add(result)
        total.add(result)
    print("   round      docs  numbered     named      date  relation    branch      tier    issuer")
    by_number = sorted(pools.items(), key=lambda item: (len(item[0]), item[0]))  # (round 100 after 99)
    figures = {name: pool.figures() for name, pool in by_number}
    for name, values in figures.items():
        print(_line(name, values))
    overall = total.figures()
    print(_line("all", overall))
    return {"rounds": figures, "all": overall}
