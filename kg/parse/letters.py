"""Letters of companies and other bodies, whose numbers follow no convention ("công văn số 002/KJV ngày
13/7/2022 của Công ty …", "số 08/2020-HQ&T", "số 27072022").

Such a number is a symbol only where the text says what it is: a letter ("công văn", "văn bản") with its
number and date, sent by a body outside the State and the Party. It is kept as printed.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.parse.find import Mention, tail
from kg.parse.symbols import Symbol
from kg.parse.text import Source

# "công văn số …", "văn bản số: …", OCR'd ("cong van s6"), then the number as printed, then its date.
_LETTER = re.compile(
    r"(?<![^\W\d_])(?:[Cc][ôoó]ng\s+v[ăaâ]n|[Vv][ăaâ]n\s+b[ảaà]n)\s+s[ốoô6]\s*:?\s*"
    r"(?P<tok>\d[^\s,;()]*?)[.,;]?\s+(?=(?:đề\s+|de\s+)?ng[àa]y\b)"
)
_NUMBER = re.compile(r"\d+")


def letters(src: Source, limit: int, taken: list[tuple[int, int]], start: int = 0) -> list[Mention]:
    """Every company's or association's letter in ``src.text[start:limit]`` that no symbol found covers."""
    out: list[Mention] = []
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    for m in _LETTER.finditer(src.text, start, limit):
        k = bisect_right(starts, m.end("tok")) - 1
        if k >= 0 and m.start("tok") < taken[k][1]:
            continue
        token = m.group("tok")
        number = _NUMBER.match(token)
        assert number is not None
        symbol = Symbol(token, number.group(0), None, None, (), "congvan", False)
        found = Mention("numbered", m.start(), m.end("tok"), m.start("tok"), m.end("tok"), symbol=symbol)
        found.doc_type = "Công văn"
        tail(src, found, min(limit, m.end() + 320))
        if found.issuer is not None and found.issuer.branch == "other" and found.date:
            out.append(found)
    return out
