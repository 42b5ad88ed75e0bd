"""National technical regulations and standards: "QCVN 06:2022/BXD" (a ministry's regulation, which its circular
issues), "TCVN 7271:2003", "TCVN ISO 9001:2015", "TCVN 6396-20:2017" (one part of a series), and an amendment of one,
"Sửa đổi 1:2024 QCVN 126:2021/BTTTT".

Their designations follow the standards bodies' convention, not the one of administrative documents: the series'
prefix, the number (a part's after a hyphen), a colon and the year, and after a slash a regulation's ministry. The
year is what tells a designation from a bare "QCVN 01" in running text, so only a designation with its year is one.
"""

from __future__ import annotations

import re

from kg import registry
from kg.parse.find import ALIAS_BEFORE, TAIL_REACH, Mention, Taken, tail
from kg.parse.symbols import Symbol, canonical_code
from kg.parse.text import BLANK_RUN, Source, squash

# (a line may break anywhere a space may stand: "QCVN⏎41:2019/BGTVT", "QCVN 126:2021 /BTTTT")
_GAP = r"[ \t]*\n?[ \t]*"
# (scanned from the series' letters, which the engine skips to; an amendment's designation before them is read back)
# (an agency's own standard too, "TCCS 18:2015", or spelled out: "Tiêu chuẩn cơ sở 661: 2018/BVTV")
_DESIGNATION = re.compile(
    rf"(?P<series>[QT]CVN|TCCS|Ti[êe]u[ \t]+chu[ẩa]n[ \t]+c[ơo][ \t]+s[ởo])(?<![^\W_][QT]CVN)(?<![^\W_]TCCS)"
    rf"(?:[ \t]+(?P<intl>ISO/IEC|ISO|IEC))?{_GAP}"
    rf"(?P<number>\d{{1,5}}(?:-\d{{1,3}}){{0,2}}){_GAP}:{_GAP}(?P<year>(?:19|20)\d\d)(?!\d)"
    rf"(?:{_GAP}/{_GAP}(?P<organ>[A-ZĐÐ][A-ZĐÐa-z&]{{1,11}})(?![^\W_]))?"
)
# … and a ministry's older designations, its number and year after a colon ("QCVN:01-2008/BLĐTBXH", an inspection
# procedure's "QTKĐ: 06-2021/BLĐTBXH"), kept as printed
_OLD_DESIGNATION = re.compile(
    r"(?P<series>QCVN|QTKĐ)(?<![^\W_]QCVN)(?<![^\W_]QTKĐ)[ \t]*:[ \t]*(?P<number>\d{1,3})-(?P<year>(?:19|20)\d\d)"
    r"/(?P<organ>[A-ZĐ][A-ZĐa-z&]{1,11})(?![^\W_])"
)
_AMENDMENT = re.compile(r"[Ss][ửu]a[ \t]+đ[ổo]i[ \t]+\d{1,2}[ \t]*:[ \t]*(?:19|20)\d\d[ \t]+$")
# (folded) the type's words printed before the designation: "Quy chuẩn kỹ thuật quốc gia QCVN …", "tiêu chuẩn TCVN …"
_TYPE_WORDS = re.compile(
    r"(?<![a-z])(?:quy\s+chuan(?:\s+ky\s+thuat)?(?:\s+quoc\s+gia)?|tieu\s+chuan(?:\s+(?:quoc\s+gia|viet\s+nam))?"
    r"|quy\s+trinh\s+kiem\s+dinh)"
    r"(?:\s+so)?\s*$"
)
_COLON = re.compile(r" ?: ?")
_OWN_DESIGNATION = re.compile(r"(?<![a-z])ky\s+hieu\s*:?\s*$")


# A gazette page's header and number (as read, or blanked as page furniture): what stands alone after them heads the page
_PAGE_TOP = re.compile(rf"(?:C[ÔO]NG\s+B[ÁA]O/[^\n]*\n[\s\d]*|{BLANK_RUN}[ \t]*)$")


def _running_head(text: str, start: int, end: int) -> bool:
    """Whether the designation stands alone on its line at a gazette page's top (the text's own, repeated)."""
    line_end = text.find("\n", end)
    return (
        not text[end : len(text) if line_end < 0 else line_end].strip()
        and _PAGE_TOP.search(text, max(0, start - 120), start) is not None
    )


def standards(src: Source, limit: int, taken: Taken, start: int = 0) -> list[Mention]:
    """Every technical regulation and standard in ``src.text[start:limit]`` that no symbol found covers."""
    out: list[Mention] = []
    if (
        "CVN" not in src.text
        and "QTK" not in src.text
        and "TCCS" not in src.text
        and "chuẩn cơ sở" not in src.text
    ):
        return out
    old = list(_OLD_DESIGNATION.finditer(src.text, start, limit)) if ":" in src.text else []
    for m in sorted([*_DESIGNATION.finditer(src.text, start, limit), *old], key=lambda m: m.start()):
        if taken.covers(m.start(), m.end()):
            continue
        series = m.group("series")
        spelled = not series.isupper()  # (its designation then the number as printed: "661:2018/BVTV")
        series = "TCCS" if spelled else series
        organ = canonical_code(m.group("organ"))[0] if m.group("organ") else None
        if m.re is _OLD_DESIGNATION:
            first, text = m.start(), f"{series}:{m.group('number')}-{m.group('year')}"
        else:
            amendment = _AMENDMENT.search(src.text, max(0, m.start() - 24), m.start())
            amended = amendment.group(0).strip() if amendment else None
            head = " ".join(filter(None, (amended, None if spelled else series, m.group("intl"))))
            first = amendment.start() if amendment else m.start()
            text = _COLON.sub(":", squash(f"{head} {m.group('number')}:{m.group('year')}"))
        symbol = Symbol(
            text + (f"/{organ}" if organ else ""),
            m.group("number"),
            int(m.group("year")),
            series,
            (organ,) if organ else (),
            "standard",
            False,
        )
        back = src.window(first - 48, first)
        if ALIAS_BEFORE.search(back) and any(o.symbol and o.symbol.text == symbol.text for o in out[-3:]):
            continue  # "(sau đây gọi là TCVN 9358:2012)": the alias of the standard just cited
        if _OWN_DESIGNATION.search(back) or _running_head(src.text, first, m.end()):
            # "… ký hiệu: QTKĐ: 06-2021/BLĐTBXH": the text's own designation, which a gazette repeats as each page's
            # running head
            continue
        words = _TYPE_WORDS.search(back)
        begin = first - len(back) + words.start() if words else first
        found = Mention("numbered", begin, m.end(), first, m.end(), symbol=symbol, year=symbol.year)
        found.sym_end = m.end()
        found.doc_type = registry.type_codes()[series].name
        tail(src, found, min(limit, m.end() + TAIL_REACH))
        out.append(found)
    return out
