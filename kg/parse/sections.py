"""Sections of a document found by their headings, for rules that hold inside one.

A report's proposals ("V. ĐỀ XUẤT, KIẾN NGHỊ", "3. Kiến nghị") ask others to act: "Bãi bỏ Thông tư X" there is a
request, and the report itself changes nothing. A web page may append the document's English translation, whose
"Pursuant to Decree No. …" repeat the citations of the Vietnamese text. An annex that lists what the document repeals
("Phụ lục I⏎DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ") repeals each document its items open with. A table of
procedures whose "Căn cứ pháp lý" column a PDF flattened to a line of its own gives each row's legal basis below it.
"""

from __future__ import annotations

import re
from functools import cache

from kg.parse.text import CAPITALS, Source, fold_view
from kg.parse.typewords import any_type_word

# A heading line of its own, numbered by a Roman numeral or a digit or not at all (matched on folded text, a line
# at a time: the scan looks for the words first, which a pattern that opens with a line start would not let it).
# … or a request to a body, which the items under it list ("2. Kiến nghị Chủ tịch Ủy ban nhân dân tỉnh:⏎a) Giao Sở Y tế
# bãi bỏ …", "Đề nghị Ủy ban nhân dân tỉnh:", "3. Yêu cầu Giám đốc Trung tâm:").
_PROPOSALS = re.compile(
    r"[ \t*#_]*(?:(?P<roman>[ivx]{1,4})\.|(?P<digit>\d{1,2})\.)?[ \t*_]*(?:(?:nhung|mot\s+so|cac)\s+)?"
    r"(?:(?P<word>de\s+xuat|kien\s+nghi)(?:[ \t]*(?:,|va)[ \t]*(?:de\s+xuat|kien\s+nghi))?[ \t*_:.]*"
    r"|(?P<ask>kien\s+nghi|de\s+nghi|yeu\s+cau)[ \t]+[^\n:;.]{2,80}?:[ \t*_]*)"
)
# The words' scan: each pattern opens with a plain literal, which the engine skips to ("xuat", rare, before its
# "de"; "kien"), where one alternation of the two would test every character of the text.
_PROPOSAL_WORDS = (
    re.compile(r"xuat(?:(?<=de\sxuat)|(?<=de\s\sxuat)|(?<=de\s\s\sxuat))"),
    re.compile(r"nghi(?<=de\snghi)"),
    re.compile(r"kien\s+nghi"),
    re.compile(r"yeu\s+cau"),
)
_DE_BEFORE = re.compile(r"de\s+$")
# (as printed) the body a request is made to: a capital, and no "như sau" before the colon
_ADDRESSEE = re.compile(rf"[ \t]+[{CAPITALS}](?![^\n:]*như\s+sau)")
_ROMAN_HEADING = re.compile(r"^[ \t*#_]*[ivx]{1,4}\.[ \t]", re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^[ \t*#_]*(?:[ivx]{1,4}|\d{1,2})\.[ \t]", re.MULTILINE)


def proposals(src: Source, limit: int) -> list[tuple[int, int]]:
    """Spans of ``src.text[:limit]`` under a proposals heading, which opens with a capital (a line that wrapped
    before "đề xuất." is none): up to the next heading of its rank or above (a Roman numeral's section ends at the
    next Roman numeral; a digit's, or an unnumbered one's, "Đề xuất:", at the next numbered heading)."""
    out: list[tuple[int, int]] = []
    done = -1
    words = sorted(
        (_word_start(src.folded, w), w.end())
        for p in _PROPOSAL_WORDS
        for w in p.finditer(src.folded, 0, limit)
    )
    for word_start, word_end in words:
        line_start = src.folded.rfind("\n", 0, word_start) + 1
        if line_start <= done:
            continue
        line_end = src.folded.find("\n", word_end, limit)
        done = line_end = limit if line_end < 0 else line_end
        m = _PROPOSALS.fullmatch(src.folded, line_start, line_end)
        if m is None or not src.text[m.start("word") if m.group("word") else m.start("ask")].isupper():
            continue
        if m.group("ask") and not _ADDRESSEE.match(src.text, m.end("ask")):
            continue  # "Đề nghị có định dạng như sau:": the noun, a request's form
        ends = _ROMAN_HEADING if m.group("roman") else _NUMBERED_HEADING
        following = ends.search(src.folded, m.end(), limit)
        out.append((m.end(), following.start() if following else limit))
    return out


def _word_start(folded: str, word: re.Match[str]) -> int:
    """Where a proposal word starts: "xuat" is found first, and its "de" stands before it."""
    if word.group(0) not in ("xuat", "nghi"):
        return word.start()
    de = _DE_BEFORE.search(folded, word.start() - 5, word.start())
    return de.start() if de else word.start()


def site_title(text: str, symbol: str | None) -> int | None:
    """Where a web page's one-line title of the document stands as its last line, if it does: its type and own symbol,
    then what it does ("Quyết định 81/2025/QĐ-UBND bãi bỏ Quyết định 55/2014/QĐ-UBND …", thuvienphapluat.vn's). It
    restates what the document cites and is no part of the original."""
    body = text.rstrip()
    start = body.rfind("\n") + 1
    if symbol is None or start < len(body) // 2:
        return None
    line, own = fold_view(body[start:]), fold_view(symbol)
    titled = _title_type().match(line)
    if titled is None or not line.startswith(own, titled.end()):
        return None
    return None if _SYMBOL_GOES_ON.match(line, titled.end() + len(own)) else start


@cache
def _title_type() -> re.Pattern[str]:
    """A line's opening type word (compiled once: the type words' alternation is long)."""
    return re.compile(rf"[ \t*_#]*{any_type_word()}\s+")


_SYMBOL_GOES_ON = re.compile(r"[\w/-]")


# An annex's caption that names what the document repeals: "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ" (folded,
# over one line break); the annex runs to the next annex's "Phụ lục" line.
_REPEAL_LIST = re.compile(
    r"\n[ \t*#_]*danh\s+muc\s+(?:cac\s+)?van\s+ban(?:[^\n]|\n(?![ \t]*\n)){0,120}?\bbai\s+bo\b"
)
_NEXT_ANNEX = re.compile(r"\n[ \t*#_]*phu\s+luc\b")


def repeal_lists(src: Source) -> list[tuple[int, int]]:
    """Spans of the annexes, captioned in capitals, that list the documents the citing one repeals."""
    out = []
    for m in _REPEAL_LIST.finditer(src.folded):
        caption = src.text[m.start() + 1 : m.end()].lstrip(" \t*#_")
        if not caption[:9].isupper():
            continue
        following = _NEXT_ANNEX.search(src.folded, m.end())
        out.append((m.end(), following.start() if following else len(src.text)))
    return out


# A table's column heading on a line of its own, as a PDF's text layer flattens a table ("**TT**⏎**Tên thủ tục hành
# chính**⏎…⏎**Căn cứ pháp lý**"); a heading that goes on ("1.11. Căn cứ pháp lý của thủ tục hành chính:") is a list's lead.
_BASIS_COLUMN = re.compile(r"^[ \t*_|]*can\s+cu\s+phap\s+ly[ \t*_|]*$", re.MULTILINE)


def basis_column(src: Source, limit: int) -> int | None:
    """Where the first "Căn cứ pháp lý" column heading in ``src.text[:limit]`` ends: the documents whose items open
    under it are the rows' legal basis."""
    found = _BASIS_COLUMN.search(src.folded, 0, limit)
    return found.end() if found else None


# An item of such a column: a bullet or a number in brackets at its line's start ("- Luật …", "(2) Nghị định số …")
_COLUMN_ITEM = re.compile(r"[ \t*_|]*(?:[-+•]|\(\d{1,2}\))[ \t*_]*")


def column_item(src: Source, pos: int) -> bool:
    """Whether ``pos`` opens an item of a basis column (only what opens its line is a row's basis, not a document
    named inside a procedure's name or its fees' cell)."""
    return _COLUMN_ITEM.fullmatch(src.text, src.text.rfind("\n", 0, pos) + 1, pos) is not None
