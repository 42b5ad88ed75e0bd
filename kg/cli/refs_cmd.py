"""``kg refs``: the citations of one or more documents, as a table, JSON Lines or a displaCy page.

The JSON Lines field names are a public interface: the gold scorer (shared/tools/score_refs.py) reads
them. Each line is one citation's ``Citation.to_dict()`` plus ``file``, ``line`` and ``links`` (what the text
says this document does to another cited one, in the gold's edge shape); nothing else is printed on stdout
with ``--json``, since every line counts as a prediction.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from kg.models import Citation, Link, ParsedDocument

_COLUMNS = (("line", 5), ("reference", 36), ("type", 14), ("date", 10), ("issuer", 30), ("relation", 10))
_PALETTE = ("#7aecec", "#bfeeb7", "#feca74", "#ff9561", "#aa9cfc", "#c887fb", "#9cc9cc", "#ffeb80", "#e4e7d2")


def line_of(text: str, offset: int) -> int:
    """1-based line of ``offset``, counting "\\n" only, as the scorer's ``text.split("\\n")`` does."""
    return text.count("\n", 0, offset) + 1


def citation_record(
    citation: Citation, file: str, text: str, links: list[dict[str, object]]
) -> dict[str, object]:
    """One JSON Lines object: every Citation field, plus the file as given, the 1-based line and its links."""
    return {"file": file, "line": line_of(text, citation.start), **citation.to_dict(), "links": links}


def links_from(text: str, parsed: ParsedDocument) -> list[list[dict[str, object]]]:
    """Per citation, the links it is the source of: ``{"to", "relation", "line"}``, as the gold's edges, whose line is
    where the link is stated: the later of its two documents ("Kế hoạch A … thực hiện⏎Chương trình B": B's line;
    "Nghị định A … được sửa đổi bởi⏎Nghị định B": B's)."""
    out: list[list[dict[str, object]]] = [[] for _ in parsed.citations]
    for link in parsed.links:
        target = parsed.citations[link.target]
        out[link.source].append(
            {"to": target.edge_name, "relation": link.relation, "line": _stated_on(text, parsed, link)}
        )
    return out


def _stated_on(text: str, parsed: ParsedDocument, link: Link) -> int:
    return line_of(text, max(parsed.citations[link.source].start, parsed.citations[link.target].start))


def _cell(value: object, width: int) -> str:
    text = " ".join(str(value).split()) if value not in (None, "") else "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(values: Iterable[object], last: str) -> str:
    """Fixed-width cells, then the last column unpadded."""
    cells = [_cell(v, w).ljust(w) for v, (_, w) in zip(values, _COLUMNS, strict=True)]
    return "  ".join([*cells, last]).rstrip()


def format_table(file: str, text: str, parsed: ParsedDocument) -> str:
    """The human view: one row per citation, then the document's own identity and the stated links."""
    lines = [f"== {file}"]
    if parsed.citations:
        lines.append(_row([name for name, _ in _COLUMNS], "tier/branch"))
        for c in parsed.citations:
            values = [line_of(text, c.start), c.key, c.doc_type, c.date or c.year, c.issuer, c.relation]
            lines.append(_row(values, f"{c.tier or '-'}/{c.branch or '-'}"))
    else:
        lines.append("(no references found)")
    h = parsed.header
    identity = ", ".join(
        str(v)
        for v in (h.doc_type, h.symbol, h.date or h.year, h.issuer, h.jurisdiction)
        if v not in (None, "")
    )
    scope = f" ({h.tier or '-'}/{h.branch or '-'})" if h.tier or h.branch else ""
    lines.append(f"header: {identity or '(not found)'}{scope}")
    if h.title:
        lines.append(f"title: {h.title}")
    if parsed.links:
        lines.append("links:")
        for link in parsed.links:
            source, target = parsed.citations[link.source], parsed.citations[link.target]
            lines.append(
                f"  {source.edge_name} --{link.relation}--> {target.edge_name} (line {_stated_on(text, parsed, link)})"
            )
    return "\n".join(lines)


def render_html(documents: list[tuple[str, str, ParsedDocument]]) -> str:
    """A self-contained displaCy page (inline styles, no CDN), one section per file, for review."""
    from spacy import displacy

    sections = []
    labels: dict[str, str] = {}
    for file, text, parsed in documents:
        ents = []
        last_end = 0
        for c in sorted(parsed.citations, key=lambda c: (c.start, -c.end)):
            if c.start < last_end:  # displaCy's entity style cannot draw overlapping marks
                continue
            label = c.type_code or c.doc_type or "REF"
            labels.setdefault(label, _PALETTE[len(labels) % len(_PALETTE)])
            ents.append({"start": c.start, "end": c.end, "label": label})
            last_end = c.end
        sections.append({"text": text, "ents": ents, "title": html.escape(file), "settings": {"lang": "vi"}})
    return displacy.render(
        sections, style="ent", manual=True, page=True, jupyter=False, options={"colors": labels}
    )


@click.command("refs")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per citation (for scoring).")
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    metavar="OUT",
    help="Also write a displaCy page highlighting the references, for review.",
)
def refs(files: tuple[str, ...], as_json: bool, html_out: Path | None) -> None:
    """Find the citations in FILE... (.txt/.md in UTF-8, UTF-16 or Windows-1258, .pdf, .docx).

    A file that cannot be read is reported in one line on stderr; the others are still processed and
    the exit status is 2.
    """
    from kg.parse import parse_document
    from kg.reading import InputError, read_document

    failed = False
    done: list[tuple[str, str, ParsedDocument]] = []
    for file in files:
        try:
            text = read_document(file)
        except InputError as exc:
            click.echo(f"kg: error: {' '.join(str(exc).splitlines())}", err=True)
            failed = True
            continue
        parsed = parse_document(text)
        done.append((file, text, parsed))
        if as_json:
            for c, links in zip(parsed.citations, links_from(text, parsed), strict=True):
                click.echo(json.dumps(citation_record(c, file, text, links), ensure_ascii=False))
        else:
            if len(done) > 1:
                click.echo()
            click.echo(format_table(file, text, parsed))
    if html_out is not None and done:
        try:
            html_out.write_text(render_html(done), encoding="utf-8")
        except OSError as exc:
            click.echo(f"kg: error: {html_out}: cannot be written ({exc.strerror or exc})", err=True)
            failed = True
    if failed:
        raise SystemExit(2)


COMMANDS: list[click.Command] = [refs]
