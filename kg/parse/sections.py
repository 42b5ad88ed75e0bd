"""Sections of a document found by their headings, for rules that hold inside one.

A report's proposals ("V. ĐỀ XUẤT, KIẾN NGHỊ", "3. Kiến nghị") ask others to act: "Bãi bỏ Thông tư X" there is a
request, and the report itself changes nothing.
"""

from __future__ import annotations

import re

from kg.parse.text import Source

# A heading line of its own, numbered by a Roman numeral or a digit or not at all (matched on folded text).
_PROPOSALS = re.compile(
    r"^[ \t*#_]*(?:(?P<roman>[ivx]{1,4})\.|(?P<digit>\d{1,2})\.)?[ \t*_]*(?:(?:nhung|mot\s+so|cac)\s+)?"
    r"(?P<word>de\s+xuat|kien\s+nghi)(?:[ \t]*(?:,|va)[ \t]*(?:de\s+xuat|kien\s+nghi))?[ \t*_:.]*$",
    re.MULTILINE,
)
_ROMAN_HEADING = re.compile(r"^[ \t*#_]*[ivx]{1,4}\.[ \t]", re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^[ \t*#_]*(?:[ivx]{1,4}|\d{1,2})\.[ \t]", re.MULTILINE)


def proposals(src: Source, limit: int) -> list[tuple[int, int]]:
    """Spans of ``src.text[:limit]`` under a proposals heading, which opens with a capital (a line that wrapped
    before "đề xuất." is none): up to the next heading of its rank or above (a Roman numeral's section ends at the
    next Roman numeral; a digit's, or an unnumbered one's, "Đề xuất:", at the next numbered heading)."""
    out = []
    for m in _PROPOSALS.finditer(src.folded, 0, limit):
        if not src.text[m.start("word")].isupper():
            continue
        ends = _ROMAN_HEADING if m.group("roman") else _NUMBERED_HEADING
        following = ends.search(src.folded, m.end(), limit)
        out.append((m.end(), following.start() if following else limit))
    return out
