"""Sections of a document found by their headings, for rules that hold inside one.

A report's proposals ("V. ĐỀ XUẤT, KIẾN NGHỊ", "3. Kiến nghị") ask others to act: "Bãi bỏ Thông tư X" there is a
request, and the report itself changes nothing.
"""

from __future__ import annotations

import re

from kg.parse.text import Source

# A heading line of its own, numbered by a Roman numeral or a digit or not at all (matched on folded text, a line
# at a time: the scan looks for the words first, which a pattern that opens with a line start would not let it).
_PROPOSALS = re.compile(
    r"[ \t*#_]*(?:(?P<roman>[ivx]{1,4})\.|(?P<digit>\d{1,2})\.)?[ \t*_]*(?:(?:nhung|mot\s+so|cac)\s+)?"
    r"(?P<word>de\s+xuat|kien\s+nghi)(?:[ \t]*(?:,|va)[ \t]*(?:de\s+xuat|kien\s+nghi))?[ \t*_:.]*"
)
_PROPOSAL_WORD = re.compile(r"de\s+xuat|kien\s+nghi")
_ROMAN_HEADING = re.compile(r"^[ \t*#_]*[ivx]{1,4}\.[ \t]", re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^[ \t*#_]*(?:[ivx]{1,4}|\d{1,2})\.[ \t]", re.MULTILINE)


def proposals(src: Source, limit: int) -> list[tuple[int, int]]:
    """Spans of ``src.text[:limit]`` under a proposals heading, which opens with a capital (a line that wrapped
    before "đề xuất." is none): up to the next heading of its rank or above (a Roman numeral's section ends at the
    next Roman numeral; a digit's, or an unnumbered one's, "Đề xuất:", at the next numbered heading)."""
    out: list[tuple[int, int]] = []
    done = -1
    for word in _PROPOSAL_WORD.finditer(src.folded, 0, limit):
        line_start = src.folded.rfind("\n", 0, word.start()) + 1
        if line_start <= done:
            continue
        line_end = src.folded.find("\n", word.end(), limit)
        done = line_end = limit if line_end < 0 else line_end
        m = _PROPOSALS.fullmatch(src.folded, line_start, line_end)
        if m is None or not src.text[m.start("word")].isupper():
            continue
        ends = _ROMAN_HEADING if m.group("roman") else _NUMBERED_HEADING
        following = ends.search(src.folded, m.end(), limit)
        out.append((m.end(), following.start() if following else limit))
    return out
