"""Make a review round (``bench/review``) and measure a change against the whole review set.

A round is written and annotated blind by helper sessions, then judged by them against kg's output at the commit
the round first met (``bench/README.md``, "bench_review"). This script writes their instructions, their judging
sheets, imports what they made, and lists every disagreement with the gold so that a change can be diffed before it
is committed. Run it with the kg to measure first on the path (``PYTHONPATH=WORKTREE``): it imports ``kg`` and
``bench`` from there.

    python bench/review_round.py setup 274 "theme C" "theme D" "theme E" "theme F"   # /tmp/review274/*/prompt.md
    python bench/review_round.py judge 274                                           # /tmp/review274/*/judge.md
    python bench/review_round.py import 274 COMMIT                                   # bench/review/274, rounds.csv
    python bench/review_round.py disagreements OUT                                   # every disagreement, a line each
    python bench/review_round.py dump OUT                                            # every citation kg reads
    python bench/review_round.py score 263-273 all                                   # pooled figures per group
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

from bench import bench_review
from bench.bench_review import FIELDS, Pool, predictions, review_text
from kg.reading import read_document

REVIEW = Path(__file__).resolve().parent / "review"
SHARED = REVIEW.parents[2] / "shared"
bench_review.REVIEW = REVIEW  # texts from this checkout's review set, whichever tree kg is imported from
WORK = Path("/tmp")
CONVENTIONS = [
    line
    for line in (REVIEW / "README.md").read_text(encoding="utf-8").split("\n")
    if line[:2] in ("- ", "  ")
]
FORMATS = (
    (
        "1",
        "clean text as typed in the office (letterhead in two columns of spaces, the title block, sections)",
    ),
    (
        "2",
        'OCR output of a scanned print: diacritics lost or misread throughout ("Két luan sé", "Chi thi s6", '
        '"Quyét dinh sb", "nim 2022", Đ read as D/P/B, "ngay 0§ thing 4"), a few symbols and dates broken across '
        'lines or with stray spaces and doubled hyphens ("33/CT- -TTg"), as a real OCR engine damages them',
    ),
    (
        "3",
        "Markdown copied from a provincial web portal: breadcrumbs with links, a header table (<br> in cells), "
        "**bold**/*italic* inside sentences, lists, a footer with the portal's address; the document's text inside",
    ),
    (
        "4",
        "text extracted from a PDF: hard line breaks mid-sentence (some inside a symbol or a date), a running page "
        'header or footer ("Trang 2/5", the portal stamp, an e-signature line "Ký bởi: … Thời gian ký: …") falling '
        "mid-paragraph, hyphenated words split at line ends",
    ),
)


@cache
def _scorer() -> ModuleType:
    return bench_review.scorer(SHARED)


def setup(number: str, themes: list[str]) -> None:
    """One folder per helper: two themes' documents each, the clean/OCR pair or the Markdown/PDF pair."""
    for letter, theme in zip("cdef", themes, strict=True):
        for half, formats in (("1", FORMATS[:2]), ("2", FORMATS[2:])):
            folder = WORK / f"review{number}" / f"{letter}{half}"
            folder.mkdir(parents=True, exist_ok=True)
            names = [f"{number}{letter}-{code}" for code, _ in formats]
            (folder / "prompt.md").write_text(_prompt(folder, theme, names, formats), encoding="utf-8")
    print(f"{WORK / f'review{number}'}: {len(themes) * 2} prompts")


def _prompt(folder: Path, theme: str, names: list[str], formats: tuple[tuple[str, str], ...]) -> str:
    docs = "\n".join(
        f"- `{folder}/{name}.txt`: {description}."
        for name, (_, description) in zip(names, formats, strict=True)
    )
    return f"""# Write and annotate two Vietnamese official documents (a review round for a citation extractor)

You are helping to test a citation extractor for Vietnamese Party and State documents. You write two realistic
documents and annotate, by hand, every reference they make to other documents. Work only in `{folder}`. Do not read
or run anything under `/work/main` (the extractor's code, its tests and its earlier review rounds): the annotation must
be blind. Use only the files named here and your own knowledge of Vietnamese administrative writing.

## Read first
1. `{SHARED}/gold/README.md`: the annotation format (the `self` block, mentions, edges) and its rules.
2. `{SHARED}/docs/vn-document-symbols.md`: how document numbers and symbols are formed.
3. `{SHARED}/seeds/` and `{SHARED}/gold/`: three real documents and their gold files, as examples of the texts and of
   the annotation. Look at one or two.

## The documents
Theme: **{theme}**. Write two different documents on it, issued in 2025 or 2026 by different bodies at different
levels (a province, a commune or ward after the 2025 mergers, a Party committee, a department, a mass organisation),
modelled on real ones of their kind (kế hoạch, báo cáo, công văn, quyết định, nghị quyết, chương trình, hướng dẫn,
thông báo kết luận ...). Each 60 to 140 lines, dense with references as such documents are: an opening "Căn cứ …" or
"Thực hiện …" list, references in the body (numbered ones with dates in different forms, laws and congress
resolutions by name, short forms such as "Đề án 06" or "Quy định 366", joint symbols, Party and State symbols, letters
of departments, an article of a law, a document cited twice), relations stated between cited documents, and a "Nơi
nhận" list at the end. Use realistic numbers, symbols, dates and bodies; real central documents may be cited as they
are, local ones are invented.

{docs}

Write each as plain UTF-8 text exactly as it would look in that form.

## The annotation
For each document write `NAME.gold.json` beside it (same base name), following the gold README exactly: `seed` is the
text's file name; `self` the document's own identity; `mentions` every mention in text order, each with `line`
(1-based, where its surface starts), `surface` (an exact substring of the file, newlines kept as `\\n`), and every
field of the spec; `edges` the relations the text states between two cited documents. Conventions the earlier gold
follows:

{chr(10).join(CONVENTIONS)}

Avoid one quirk of the scorer: on one line, a mention's surface must not also occur earlier on that line (two equal
surfaces, or a short one that is the start of a longer one before it, land on the same span). Where that would
happen, reword the text (the documents are yours) rather than the annotation.

## Check before you finish
Run, for each document (an empty prediction file scores nothing but checks that every surface is found):

    touch {folder}/empty.jsonl
    python3 {SHARED}/tools/score_refs.py {folder}/NAME.gold.json {folder}/empty.jsonl --text {folder}/NAME.txt

It must print scores, not "gold surface not found". Check too that each mention's `line` is the line its surface
starts on, and that the JSON parses. Then reply with one paragraph: the two documents, how many mentions each has.
"""


def disagreements(gold: dict[str, object], text: str) -> Iterator[tuple[str, int, str]]:
    """(kind, line, description) for each way kg's output at this tree differs from the gold."""
    preds = predictions(text)
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)

    def line_of(offset: int) -> int:
        return next(i for i, start in enumerate(starts[1:], 1) if start > offset)

    spans = _scorer().gold_spans(gold, text)
    matched: list[tuple[dict[str, object], dict[str, object]]] = []
    used: set[int] = set()
    for start, end, mention in spans:
        for k, pred in enumerate(preds):
            if k in used or not (pred["start"] < end and pred["end"] > start):
                continue
            if mention["kind"] == "numbered" and (
                pred["kind"] != "numbered"
                or _scorer().norm_symbol(pred["symbol"]) != _scorer().norm_symbol(mention["symbol"])
            ):
                continue
            if mention["kind"] == "named" and pred["kind"] != "named":
                continue
            used.add(k)
            matched.append((mention, pred))
            break
        else:
            label = mention["symbol"] or mention["name"]
            yield (
                "missed",
                mention["line"],
                f"{mention['kind']} {label!r}: gold surface {mention['surface']!r}",
            )
    for k, pred in enumerate(preds):
        if k not in used:
            start, end = int(pred["start"]), int(pred["end"])
            label = pred["symbol"] or pred["name"]
            fields = ", ".join(
                f"{f}={pred.get(f)!r}" for f in ("doc_type", "date", "issuer", "branch", "tier")
            )
            yield (
                "spurious",
                line_of(start),
                f"{pred['kind']} {label!r}: kg's surface {text[start:end]!r}; {fields}, relation={pred['relation']!r}",
            )
    for mention, pred in matched:
        label = mention["symbol"] or mention["name"]
        for field in (*FIELDS, "doc_type"):
            want, got = mention.get(field), pred.get(field)
            if want in (None, ""):
                continue
            same = (
                _scorer().fold(want) == _scorer().fold(got)
                if field in ("issuer", "doc_type")
                else want == got
            )
            if not same:
                yield field, int(str(mention["line"])), f"{label!r}: gold {want!r}, kg {got!r}"


def judge(number: str) -> None:
    """A judging sheet per helper: every disagreement of kg at this tree with the helper's gold."""
    for folder in sorted((WORK / f"review{number}").iterdir()):
        golds = sorted(folder.glob("*.gold.json"))
        if not golds:
            print(f"{folder}: no gold files", file=sys.stderr)
            continue
        sections = []
        count = 0
        for path in golds:
            text = read_document(path.with_name(path.name.replace(".gold.json", ".txt")))
            gold = json.loads(path.read_text(encoding="utf-8"))
            rows = sorted(disagreements(gold, text), key=lambda row: row[1])
            count += len(rows)
            items = "\n".join(
                f"{i}. line {line}, {kind}: {what}" for i, (kind, line, what) in enumerate(rows, 1)
            )
            sections.append(f"## {path.name}\n\n{items or 'No disagreements.'}\n")
        (folder / "judge.md").write_text(_judge_sheet(folder, "\n".join(sections)), encoding="utf-8")
        print(f"{folder}/judge.md: {count} disagreements")


def _judge_sheet(folder: Path, sections: str) -> str:
    return f"""# Judge the extractor's disagreements with your annotation

The citation extractor has now been run on the documents you wrote and annotated in `{folder}`. Below is every place
where its output differs from your gold files. For each one, decide under `{SHARED}/gold/README.md` and the
conventions below who is right, and correct your gold file where the extractor is right (add a mention it found that
is a real reference, remove one that is not, fix a field, a surface or a line). Keep your gold where it is right, or
where both readings are reasonable. Do not change the `.txt` files, and still do not look at `/work/main`.

Kinds: `missed` (in your gold, not found by the extractor with that symbol over that span), `spurious` (found by
the extractor, not in your gold), or a field (date, relation, branch, tier, issuer, doc_type) on a mention you both
found. A missed/spurious pair on the same line is often one mention whose symbol or span differs.

Reminders: the issuer is the body as stated in the mention (null when none is stated); branch and tier come from the
symbol's codes even when no issuer is stated; a short reference without the full symbol ("Quy định 366", "Đề án 06")
is a named mention; an alias the text defines is no mention, its later uses are; documents of the Fatherland Front and
the mass organisations are `joint`; all the conventions:

{chr(10).join(CONVENTIONS)}

After editing, check each gold file again (`python3 {SHARED}/tools/score_refs.py GOLD {folder}/empty.jsonl --text
TXT` must print scores). Then append a section "## Decisions" to this file, one line per numbered item ("1. kept:
…" or "1. changed: …", with the reason in a few words), and reply with the counts kept and changed.

{sections}"""


def import_round(number: str, commit: str) -> None:
    """Copy the judged round into ``bench/review/NUMBER`` and list it in ``rounds.csv`` at its first commit."""
    target = REVIEW / number
    target.mkdir(exist_ok=True)
    rows = []
    for gold_path in sorted((WORK / f"review{number}").glob("*/*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        text_path = gold_path.with_name(f"{name}.txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["seed"] = text_path.name
        text = text_path.read_text(encoding="utf-8")
        _scorer().gold_spans(gold, text)  # raises if a surface is not in the text
        shutil.copyfile(text_path, target / text_path.name)
        (target / gold_path.name).write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        rows.append([number, name, "text", "", commit])
    with (REVIEW / "rounds.csv").open("a", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)
    print(f"{target}: {len(rows)} documents")


def _rows() -> list[dict[str, str]]:
    return list(csv.DictReader((REVIEW / "rounds.csv").open(encoding="utf-8")))


def _gold(row: dict[str, str]) -> dict[str, object]:
    """The row's gold, from this checkout (an older tree's ``bench`` may lack a reader of its own)."""
    gold: dict[str, object] = json.loads(
        (REVIEW / row["round"] / f"{row['name']}.gold.json").read_text(encoding="utf-8")
    )
    return gold


def all_disagreements(out: Path) -> None:
    """Every disagreement over the review set, one sorted line each, for a diff before and after a change."""
    lines = []
    for row in _rows():
        text = review_text(row, SHARED)
        gold = _gold(row)
        lines += [f"{row['name']}\t{kind}\t{line}\t{what}" for kind, line, what in disagreements(gold, text)]
    out.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for line in lines:
        kind = line.split("\t")[1]
        counts[kind] = counts.get(kind, 0) + 1
    print(f"{out}: {len(lines)} disagreements; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def dump(out: Path) -> None:
    """Every citation kg reads in the seeds, the corpus and the written review texts, for a diff of a change."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus").glob("*/docs/*.txt"))
    paths += sorted(REVIEW.glob("*/*.txt"))
    fields = ("kind", "doc_type", "date", "issuer", "branch", "tier", "relation")
    with out.open("w", encoding="utf-8") as sink:
        for path in paths:
            for pred in predictions(read_document(path)):
                cells = [str(pred.get(f)) for f in fields]
                label = pred["symbol"] or pred["name"]
                sink.write(
                    f"{path.name}\t{pred['start']}\t{pred['end']}\t{label}\t" + "\t".join(cells) + "\n"
                )
    print(f"{out}: {len(paths)} texts")


def score(groups: list[str], digits: int) -> None:
    """Pooled figures over groups of rounds ("263-273", "270", "all")."""
    rows = _rows()
    score_one = _scorer().score
    keys = ("numbered_f1", "named_recall", *FIELDS)
    for group in groups:
        low, _, high = group.partition("-")
        chosen = [r for r in rows if group == "all" or int(low) <= int(r["round"]) <= int(high or low)]
        pool = Pool()
        for row in chosen:
            text = review_text(row, SHARED)
            pool.add(score_one(_gold(row), predictions(text), text))
        figures = pool.figures()
        cells = ",".join("-" if figures[k] is None else f"{figures[k]:.{digits}f}" for k in keys)
        print(f"{group}\t{figures['documents']}\t{cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verb = verbs.add_parser("setup")
    verb.add_argument("number")
    verb.add_argument("themes", nargs=4)
    verbs.add_parser("judge").add_argument("number")
    verb = verbs.add_parser("import")
    verb.add_argument("number")
    verb.add_argument("commit")
    verbs.add_parser("disagreements").add_argument("out", type=Path)
    verbs.add_parser("dump").add_argument("out", type=Path)
    verb = verbs.add_parser("score")
    verb.add_argument("groups", nargs="+")
    verb.add_argument("--digits", type=int, default=3)
    args = parser.parse_args()
    if args.verb == "setup":
        setup(args.number, args.themes)
    elif args.verb == "judge":
        judge(args.number)
    elif args.verb == "import":
        import_round(args.number, args.commit)
    elif args.verb == "disagreements":
        all_disagreements(args.out)
    elif args.verb == "dump":
        dump(args.out)
    else:
        score(args.groups, args.digits)


if __name__ == "__main__":
    main()
