"""Files → parsed documents → the store, one transaction per file.

Parsing is the slow part and is pure, so ``jobs > 1`` parses in a process pool; writing stays in this
process because SQLite has one writer and because per-file transactions are what make a killed run safe
to resume. A file is keyed by its content hash: an unchanged file is not even parsed again.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import kg.parse
from kg import __version__, registry
from kg.graph.identity import Key, citation_key, commune_of, header_jurisdiction, header_key, parse_symbol
from kg.graph.store import Mention, Store, citation_facts, header_facts
from kg.models import Header, ParsedDocument
from kg.reading import DOCUMENT_SUFFIXES, InputError, read_document
from kg.registry import Jurisdiction

INGEST_SUFFIXES = frozenset(s for s in DOCUMENT_SUFFIXES if s)
MANIFEST_COLUMNS = ("path", "symbol", "doc_type", "issuer", "date", "jurisdiction", "title")
METHOD = f"kg.parse/{__version__} rule"
_NOT_DOCUMENTS = re.compile(r"^(readme|license|licence|changelog|manifest)\b", re.IGNORECASE)
"""Files a directory walk skips: a corpus's own README is not one of its documents (name them to ingest them)."""


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One manifest line: the identity a file has when its own header is missing or garbled."""

    line: int
    path: str
    symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    date: str | None = None
    year: int | None = None
    jurisdiction: str | None = None
    title: str | None = None


@dataclass
class IngestReport:
    """Counts for the summary line; ``skipped`` holds one line per file that was not ingested."""

    seen: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    citations: int = 0
    links: int = 0
    bytes: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files named, and document files under directories named (recursively, sorted); missing paths reported."""
    out: list[Path] = []
    problems: list[str] = []
    seen: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in INGEST_SUFFIXES and not _NOT_DOCUMENTS.match(f.name)
            )
        elif p.exists():
            found = [p]
        else:
            problems.append(f"{p}: no such file or directory")
            continue
        for f in found:
            r = f.resolve()
            if r not in seen:
                seen.add(r)
                out.append(f)
    return out, problems


_DATE_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str) -> tuple[str | None, int | None] | None:
    """(ISO date, year) from "2021-11-26", "26/11/2021" or "2021"; None if it is none of them."""
    t = text.strip()
    if re.fullmatch(r"\d{4}", t):
        return None, int(t)
    m = _DATE_ISO.match(t)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DATE_DMY.match(t)
        if not m:
            return None
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return (day.isoformat(), y) if 1945 <= y <= 2100 else None


def read_manifest(path: str | Path) -> tuple[dict[Path, ManifestRow], list[str]]:
    """Rows keyed by the resolved path of their file (relative paths are relative to the manifest)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read manifest ({exc})") from None
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or "path" not in reader.fieldnames:
        raise InputError(
            f"{p}: manifest needs a header row with at least a 'path' column ({', '.join(MANIFEST_COLUMNS)})"
        )
    rows: dict[Path, ManifestRow] = {}
    problems: list[str] = []
    for line, rec in enumerate(reader, start=2):
        where = f"{p}:{line}"
        if None in rec:
            problems.append(f"{where}: more cells than columns; row ignored")
            continue
        values: dict[str, str | None] = {
            k: (v or "").strip() or None for k, v in rec.items() if k in MANIFEST_COLUMNS
        }
        listed = values.get("path")
        if not listed:
            problems.append(f"{where}: empty path; row ignored")
            continue
        iso = year = None
        if day := values.get("date"):
            parsed = parse_date(day)
            if parsed is None:
                problems.append(f"{where}: date {day!r} is not YYYY-MM-DD, DD/MM/YYYY or YYYY; row ignored")
                continue
            iso, year = parsed
        if values.get("symbol") and parse_symbol(values["symbol"]) is None:
            problems.append(
                f"{where}: {values['symbol']!r} is not a document symbol (33/CT-TTg, 114-KL/TW); row ignored"
            )
            continue
        target = Path(listed)
        if not target.is_absolute():
            target = p.parent / target
        rows[target.resolve()] = ManifestRow(
            line,
            listed,
            values.get("symbol"),
            values.get("doc_type"),
            values.get("issuer"),
            iso,
            year,
            values.get("jurisdiction"),
            values.get("title"),
        )
    return rows, problems


def apply_manifest(h: Header, row: ManifestRow) -> Header:
    """The header with the manifest's facts in place of the printed (or unreadable) ones."""
    changes: dict[str, object] = {}
    if row.symbol:
        parts = parse_symbol(row.symbol)
        assert parts is not None
        changes.update(
            symbol=row.symbol, number=parts.number, type_code=parts.type_code, issuer_codes=parts.organs
        )
        organ = registry.organ(parts.organs[0]) if parts.organs else None
        changes["branch"] = "party" if parts.party_style else (organ.branch if organ else "state")
        changes["tier"] = organ.tier if organ and organ.tier else h.tier
    if row.doc_type:
        changes["doc_type"] = row.doc_type
    if row.issuer:
        changes["issuer"] = row.issuer
    if row.date or row.year:
        changes.update(date=row.date, year=row.year)
    if row.jurisdiction:
        changes.update(jurisdiction=row.jurisdiction, province=None, district=None)
        j = registry.jurisdiction(row.jurisdiction)
        if j is not None and changes.get("tier", h.tier) in (None, "central"):
            changes["tier"] = "district" if j.district else "province"
    if row.title:
        changes["title"] = row.title
    changes["unread"] = tuple(f for f in h.unread if f not in changes)
    return replace(h, **changes)  # type: ignore[arg-type]


def mentions_of(parsed: ParsedDocument, content_hash: str) -> tuple[Mention, list[Mention]]:
    """The file's own identity and one Mention per citation, with what the document itself settles.

    A bare "Chỉ thị số 33/CT-TTg" in a document that elsewhere writes "Chỉ thị số 33/CT-TTg ngày
    26/11/2021" is the same document: an incomplete key takes the period and jurisdiction of the
    complete keys of the same symbol in the same file when they agree, and an anaphor takes its
    antecedent's.
    """
    h = parsed.header
    context = header_jurisdiction(h)
    own_key = header_key(h, content_hash)
    own = Mention(own_key, header_facts(h), context.display if context else None)
    home = commune_of(h.issuer) if h.tier == "commune" else None
    keys = [citation_key(c, context, home) for c in parsed.citations]
    complete: dict[str, set[tuple[str | None, str | None]]] = {}
    for k in keys:
        if k.stated:
            complete.setdefault(k.mkey, set()).add((k.jur, k.period))
    settled: list[Key] = []
    for i, (c, k) in enumerate(zip(parsed.citations, keys, strict=True)):
        if not k.stated and c.antecedent is not None and 0 <= c.antecedent < len(keys) and c.antecedent != i:
            ante = keys[c.antecedent]
            if ante.mkey == k.mkey and ante.stated:
                k = ante
        if not k.stated:
            options = {
                (jur, period)
                for jur, period in complete.get(k.mkey, ())
                if (k.jur is None or k.jur == jur) and (k.period is None or k.period == period)
            }
            if len(options) == 1:
                jur, period = options.pop()
                k = replace(k, jur=jur, period=period)
        settled.append(k)
    names = {}
    if context is not None:
        names = {context.key: context.display, Jurisdiction(context.province).key: context.province}
    out = []
    for c, k in zip(parsed.citations, settled, strict=True):
        j = registry.jurisdiction(c.jurisdiction) if c.jurisdiction else None
        name = j.display if j else names.get(k.jur or "") if k.scope in ("local", "named") else None
        out.append(Mention(k, citation_facts(c), name))
    return own, out


def _parse_file(path: str) -> tuple[ParsedDocument | None, str | None]:
    """Worker: read and parse one file; an unreadable file is a one-line reason, never an exception."""
    try:
        text = read_document(path)
    except InputError as exc:
        return None, str(exc)
    try:
        return kg.parse.parse_document(text), None
    except Exception as exc:  # a parser bug must not stop a corpus run; it is reported per file
        return None, f"{path}: parser failed ({type(exc).__name__}: {exc})"


def _parsed(paths: Sequence[str], jobs: int) -> Iterator[tuple[ParsedDocument | None, str | None]]:
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            yield _parse_file(p)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_parse_file, paths, chunksize=4)


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files and directories; returns what happened, never raises for one bad file."""
    report = IngestReport()
    files, problems = collect(paths)
    report.skipped += problems
    rows: dict[Path, ManifestRow] = {}
    if manifest is not None:
        rows, manifest_problems = read_manifest(manifest)
        report.warnings += manifest_problems
        inputs = {f.resolve() for f in files}
        report.warnings += [
            f"{manifest}:{r.line}: {r.path} is not among the files ingested; row ignored"
            for key, r in rows.items()
            if key not in inputs
        ]
    report.seen = len(files)
    todo: list[tuple[Path, str, int]] = []
    this_run: dict[str, str] = {}
    for f in files:
        resolved = f.resolve()
        try:
            data = f.read_bytes()
        except OSError as exc:
            report.skipped.append(f"{f}: cannot be read ({exc.strerror or exc})")
            if progress:
                progress(1)
            continue
        sha = hashlib.sha256(data).hexdigest()
        key = str(resolved)
        known = store.file_by_path(key)
        if known is not None and known["sha256"] == sha:
            report.unchanged += 1
            if progress:
                progress(1)
            continue
        twin = store.file_by_hash(sha)
        twin_path = this_run.get(sha) or (twin["path"] if twin is not None else key)
        if twin_path != key:
            report.skipped.append(f"{f}: same content as {twin_path}")
            if progress:
                progress(1)
            continue
        this_run[sha] = key
        todo.append((f, sha, len(data)))
    results = _parsed([str(f) for f, _, _ in todo], jobs)
    for (f, sha, size), (parsed, error) in zip(todo, results, strict=True):
        if progress:
            progress(1)
        if parsed is None:
            report.skipped.append(error or f"{f}: unreadable")
            continue
        row = rows.get(f.resolve())
        if row is not None:
            parsed = replace(parsed, header=apply_manifest(parsed.header, row))
        own, mentions = mentions_of(parsed, sha)
        written = store.put_file(
            str(f.resolve()), sha, size, own, mentions, parsed.links, manifest=row is not None, method=METHOD
        )
        report.replaced += int(written.replaced)
        report.new += int(not written.replaced)
        report.citations += written.citations
        report.links += written.links
        report.bytes += size
    return report
