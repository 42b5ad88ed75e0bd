"""Letters of companies and other bodies, whose numbers follow no convention ("công văn số 002/KJV ngày
13/7/2022 của Công ty …", "số 08/2020-HQ&T", "số 27072022").

Such a number is a symbol only where the text says what it is: a letter ("công văn", "văn bản") with its
number and date (or, undated, "của Công ty …"), sent by a body outside the State and the Party. It is kept as printed.
"""

from __future__ import annotations

import re

from kg.parse.find import TAIL_REACH, Mention, Taken, tail
from kg.parse.symbols import Symbol
from kg.parse.text import Source

# "số …" and a number as printed, then its date ("công văn số 002/KJV ngày …", "văn bản số: 27072022 đề ngày
# …", "số ADM2018/07-01 ngày", "số 07/PANTRA ghi ngày", "số Mascot/log/1013/15 ngày", "số CV-TBD-122709 ngày"); the
# word before says it is a letter. The scan starts at
# a literal "s", which the engine skips to.
# … or, undated, the company that sent it ("Trả lời văn bản số FA20191016 của Công ty về …")
_BY_COMPANY = (
    r"của\s+(?:quý\s+)?(?:[Cc]ông\s+ty|[Tt]ổng\s+[Cc]ông\s+ty|[Nn]gân\s+hàng|[Tt]ập\s+đoàn|[Cc]hi\s+nhánh)\b"
)
_NUMBER_DATED = re.compile(
    r"s[ốoô6]\s*:?\s*(?P<tok>(?=[^\s,;()]{0,16}\d)[A-Za-z\d][^\s,;()]*?)[.,;]?\s+"
    rf"(?=(?:[đd][ềeé]\s+|ghi\s+)?ng[àa]y\b|(?P<by>{_BY_COMPANY}))"
)
# (a company's "văn thư số 01/CV/2018/TNCN ngày …" too)
_LETTER_WORD = re.compile(r"(?<![a-z])(?:c[o]ng\s+v[a]n|v[a]n\s+b[a]n|v[a]n\s+th[uw])\s+$")
_NUMBER = re.compile(r"\d+")


def letters(src: Source, limit: int, taken: Taken, start: int = 0) -> list[Mention]:
    """Every company's or association's letter in ``src.text[start:limit]`` that no symbol found covers."""
    out: list[Mention] = []
    for m in _NUMBER_DATED.finditer(src.text, start, limit):
        if taken.covers(m.start("tok"), m.end("tok")):
            continue
        back = src.window(m.start() - 16, m.start())
        word = _LETTER_WORD.search(back)
        if word is None:
            continue
        begin = m.start() - len(back) + word.start()
        token = m.group("tok")
        number = _NUMBER.search(token)
        assert number is not None
        symbol = Symbol(token, number.group(0), None, None, (), "congvan", False)
        found = Mention("numbered", begin, m.end("tok"), m.start("tok"), m.end("tok"), symbol=symbol)
        found.doc_type = "Công văn"
        tail(src, found, min(limit, m.end() + TAIL_REACH))
        if found.issuer is not None and found.issuer.branch == "other" and (found.date or m.group("by")):
            out.append(found)
    return out
