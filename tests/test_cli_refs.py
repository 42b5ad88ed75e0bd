"""``kg refs``: output formats (with a fixed parse result) and input handling (with the real parser)."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.parse
from kg.cli import main
from kg.models import Citation, Header, Link, ParsedDocument
from tests.conftest import SAMPLES, to_cp1258

TEXT = (
    "ỦY BAN NHÂN DÂN\nSố: 250/KH-UBND\n\n"
    "Thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ;\n"
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở;\n"
)
# read by shared/tools/score_refs.py (shared/gold/README.md)
SCORER_FIELDS = ("kind", "symbol", "name", "doc_type", "date", "year", "issuer", "branch", "tier")
SCORER_FIELDS += ("relation", "title", "start", "end")


def _fake_parse(text: str) -> ParsedDocument:
    """A fixed parse of TEXT: the CLI is tested on its own, whatever state the parser is in."""
    s1 = text.index("Chỉ thị")
    e1 = text.index(" của Thủ")
    s2 = text.index("Luật")
    e2 = text.index(";\n", s2)
    ct = Citation(
        kind="numbered",
        start=s1,
        end=e1,
        surface=text[s1:e1],
        symbol="33/CT-TTg",
        doc_type="Chỉ thị",
        date="2021-11-26",
        year=2021,
        type_code="CT",
        issuer="Thủ tướng Chính phủ",
        branch="state",
        tier="central",
        relation="implements",
    )
    law = Citation(
        kind="named",
        start=s2,
        end=e2,
        surface=text[s2:e2],
        symbol="10/2022/QH15",  # the gazetteer's number: the edge still names the law as the text does
        name="Luật Thực hiện dân chủ ở cơ sở",
        doc_type="Luật",
        branch="state",
        tier="central",
        relation="based_on",
    )
    header = Header(symbol="250/KH-UBND", doc_type="Kế hoạch", issuer="Ủy ban nhân dân", tier="province")
    return ParsedDocument(header, (ct, law), (Link(0, 1, "guides", s1, e2),))


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.parse, "parse_document", _fake_parse)


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(main, ["refs", *args])


def test_json_lines_carry_every_field(fake_parser: None, doc: Path) -> None:
    result = run(str(doc), "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    for row in rows:
        for field in (*SCORER_FIELDS, "surface", "file", "line"):
            assert field in row, field
        assert row["file"] == str(doc)
        assert TEXT[row["start"] : row["end"]] == row["surface"]
        assert row["line"] == TEXT[: row["start"]].count("\n") + 1
    assert rows[0]["symbol"] == "33/CT-TTg" and rows[0]["line"] == 4
    assert rows[1]["kind"] == "named" and rows[1]["line"] == 5
    assert "Chỉ thị" in result.stdout  # ensure_ascii=False: Vietnamese stays readable
    assert result.stderr == ""


def test_json_lines_carry_the_links_each_citation_is_the_source_of(fake_parser: None, doc: Path) -> None:
    """A script reads the stated links from --json too, in the gold's edge shape, on the line where the link is
    stated: the later of its two documents' (the gold's edges have the line of "Kế hoạch A … thực hiện⏎Chương trình
    B" on B's)."""
    rows = [json.loads(line) for line in run(str(doc), "--json").stdout.splitlines()]
    assert rows[0]["links"] == [{"to": "Luật Thực hiện dân chủ ở cơ sở", "relation": "guides", "line": 5}]
    assert rows[1]["links"] == []


def test_table_shows_citations_header_and_links(fake_parser: None, doc: Path) -> None:
    result = run(str(doc))
    assert result.exit_code == 0
    out = result.stdout
    row = next(line for line in out.splitlines() if "33/CT-TTg" in line)
    for value in ("4", "Chỉ thị", "2021-11-26", "Thủ tướng Chính phủ", "implements", "central/state"):
        assert value in row
    assert "Luật Thực hiện dân chủ ở cơ sở" in out
    assert re.search(r"header: Kế hoạch, 250/KH-UBND, Ủy ban nhân dân .*\(province/-\)", out)
    assert "33/CT-TTg --guides--> Luật Thực hiện dân chủ ở cơ sở (line 5)" in out


def test_table_says_when_nothing_is_found(monkeypatch: pytest.MonkeyPatch, doc: Path) -> None:
    monkeypatch.setattr(kg.parse, "parse_document", lambda text: ParsedDocument(Header()))
    out = run(str(doc)).stdout
    assert "(no references found)" in out and "header: (not found)" in out


def test_html_page_is_offline_and_marks_each_file(fake_parser: None, doc: Path, tmp_path: Path) -> None:
    other = tmp_path / "a<b>.txt"
    other.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "refs.html"
    result = run(str(doc), str(other), "--html", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<figure") == 2
    assert page.count("<mark") == 4
    assert ">CT</span>" in page and ">Luật</span>" in page
    assert "a&lt;b&gt;.txt" in page and "a<b>.txt" not in page
    assert not re.search(r"(?:src|href)\s*=|https?://|//cdn", page)  # nothing fetched when opened
    assert 'lang="vi"' in page


BAD = {
    "missing.txt": None,
    "empty.txt": b"",
    "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" + bytes(range(256)),
    "latin1.txt": "Perché però là, città".encode("latin-1"),
}


@pytest.mark.parametrize("name", [*BAD, "directory"])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name == "directory":
        path.mkdir()
    elif BAD[name] is not None:
        path.write_bytes(BAD[name])
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {path}: ")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_bad_files_do_not_stop_the_others(fake_parser: None, doc: Path, tmp_path: Path) -> None:
    missing, empty = tmp_path / "missing.txt", tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(str(missing), str(doc), str(empty), "--json")
    assert result.exit_code == 2
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(doc), str(doc)]
    errors = result.stderr.splitlines()
    assert errors == [f"kg: error: {missing}: no such file", f"kg: error: {empty}: is empty"]


def test_no_traceback_from_the_installed_command(tmp_path: Path) -> None:
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7 garbage")
    proc = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "refs", "junk.pdf", "nope.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("kg: error: junk.pdf: is not a readable PDF")
    assert lines[1] == "kg: error: nope.txt: no such file"


ENCODINGS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16-le": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "cp1258": to_cp1258,
    "crlf": lambda s: s.replace("\n", "\r\n").encode("utf-8"),
}


def _citations(path: Path) -> list[tuple]:
    result = run(str(path), "--json")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["start"], r["end"], r["kind"], r["symbol"], r["name"], r["date"], r["relation"]) for r in rows]


@pytest.mark.parametrize("encoding", [e for e in ENCODINGS if e != "utf-8"])
def test_parser_sees_the_same_citations_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    """Real parser: the plain UTF-8 file is the reference; the sample cites 33/CT-TTg among others."""
    text = (SAMPLES / "kien-giang_ke-hoach-ct33-2024.txt").read_text(encoding="utf-8")
    reference = tmp_path / "utf-8.txt"
    reference.write_bytes(ENCODINGS["utf-8"](text))
    expected = _citations(reference)
    assert any(c[3] == "33/CT-TTg" for c in expected)
    other = tmp_path / f"{encoding}.txt"
    other.write_bytes(ENCODINGS[encoding](text))
    assert _citations(other) == expected
