"""Short references: a type word and a bare number, without the symbol ("Chỉ thị 05 của Bộ Chính trị",
"Thông tư 80", "Quyết định số 1470"), or the type's code for its word ("NĐ 59", "QĐ 1847").

They name a document without its số ký hiệu, so they are named mentions (like "Đề án 06"). One that repeats
the type and number of a document cited in full earlier in the text is that document, and takes its symbol.
"""

from __future__ import annotations

import re
from functools import cache

from kg import registry
from kg.parse.find import ALIAS_BEFORE, FORM_BEFORE, TAIL_REACH, Mention, Taken, issuer_before, level, tail
from kg.parse.named import known_by_number
from kg.parse.symbols import canonical_code, is_type_code
from kg.parse.text import Source
from kg.parse.typewords import back_types, doc_type_of, ending_match, short_types, type_word_before

# A type word's first letters as printed or OCR'd ("Chỉ", "Chi", "Nghị", "Két", "Quyét", "Thông", "Tờ",
# "Hướng", "Báo"; in a heading's capitals: "NGHỊ QUYẾT 09"), at most three more words, "số" or not (after a line
# break, before or after "số", two digits: a digit alone there numbers a list or a footnote), then a number that does not go on
# into a symbol ("18-NQ/TW", "123/2020/NĐ-CP", "30a/2008/NQ-CP", "63**/**2010"; its year may follow: "Nghị định số
# 88/2024"), a decimal or another number ("Thông tư số 1 12/2018/TT-BTC" is OCR), nor into one whose last digit OCR
# read as a letter ("Kết luận số 12 I-KL/TW").
# Every alternative starts with a literal capital, which the regex engine skips to.
_HEADS = (
    "C[hH][iỉíìuưIỈÍÌUƯ]",
    "C[ôoóÔOÓ][nN][gG]",
    "N[gG][hH]",
    "K[eếéê&EẾÉÊ]",
    "Q[uU][yiýYIÝ]",
    "T[hH][oôồóéOÔỒÓÉ][nN][gG]",
    r"T[ờơoỜƠO]\s",
    "H[ưuứƯUỨ][ớơoóỚƠOÓ]?[nN][gG]",
    "B[áa4ÁA][oO]",
    "L[uU][aậâAẬÂ][tT]",
)
_CANDIDATE = re.compile(
    rf"(?:{'|'.join(_HEADS)})[^\W\d_]{{0,5}}1?(?:[ \t]{{0,3}}\n[ \t]*|[ \t]{{1,3}})(?:[^\W\d_]|[¢€]|1(?=[^\W\d_])){{1,7}}"
    rf"(?:[ \t]{{1,3}}\n?[ \t]*(?:[^\W\d_]|[¢€]){{1,7}}){{0,2}}?(?:[ \t]+|[ \t]*\n[ \t]*(?=[Ss]\S{{0,2}}[ \t]*:?[ \t]*\d|\d{{2,5}}[^\n\d]))"
    r"(?:[Ss]\S{0,2}[ \t]*:?(?:[ \t]*\n(?=[ \t]*\d\d))?[ \t]*)?(?<=[\s:])(?P<n>\d{1,5})(?:/(?P<y>(?:19|20)\d\d))?"
    r"(?![\w/\-–…]|\*+[ \t]*/|[ \t]*[/\-–][ \t]*\w|[ \t]+\d|[.,][\d.]|[ \t]+[IlO|]{1,2}[ \t]*[/\-–][ \t]*[A-ZĐ])"
)
# What may not follow the number (folded): a unit or a thing counted, which makes it a quantity ("Kế hoạch 5
# năm", "Báo cáo 6 tháng", "các Quyết định 03 cán bộ", "05 đội", "Kết luận 05 đảng viên có vi phạm", "Hướng dẫn 14 hợp tác xã"), but a year may ("Nghị định 59 năm 2023"), and so may
# "đối với" ("… thực hiện Nghị quyết 12 đối với 18 tổ chức đảng").
_COUNTED = re.compile(
    r"\s*(?:%|(?:nam(?!\s+(?:19|20)\d\d)|thang|tuan|quy(?!\s+dinh)|lan|nguoi|dong(?!\s+bo)|trieu|ty|nghin|ngan|ha|km|tan|can\s+bo"
    r"|don\s+vi|xa|ho|thon|to|diem|muc|van\s+ban|trang|cuoc|buoi|hoi\s+nghi|doi(?!\s+voi)|nhom|ban|phut|gio|ngay(?!\s*\d)"
    r"|x|lop|hoc\s+vien|dai\s+bieu|thanh\s+vien|tap\s+the|ca\s+nhan|dang\s+vien|to\s+chuc\s+dang|chi\s+bo"
    r"|hop\s+tac\s+xa|doanh\s+nghiep|co\s+so|san\s+pham|mo\s+hinh|hoi\s+vien|du\s+an|cong\s+trinh|truong\s+hop)(?![a-z]))"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_SAID_ABOVE = re.compile(r"\s+(?:n[o6de]i|neu)\s+tr[e€]n(?![a-z])")  # OCR: "néi trén"


def short(src: Source, limit: int, taken: Taken, start: int = 0) -> list[Mention]:
    """Every short reference in ``src.text[start:limit]`` that no other mention (``taken``) covers."""
    out: list[Mention] = []
    allowed, only_back = short_types(), back_types()
    for m in _CANDIDATE.finditer(src.text, start, limit):
        if taken.covers(m.start(), m.end()):
            continue
        number = m.group("n")
        # The candidate may start on an earlier capital ("Thực hiện Chỉ thị số 05"): the type word ends it.
        word = ending_match(type_word_before(), src.window(m.start(), m.start("n")), 6)
        begin = m.start() + word.start() if word else -1
        after = src.window(m.end(), _cell_end(src.text, m.end(), m.end() + 24))
        if word is None or not src.text[begin].isupper() or _COUNTED.match(after) or _SAID_ABOVE.match(after):
            continue  # "Chỉ thị số 33 nói trên" is a reference back, read by ``find.anaphora``
        before = taken.end_before(begin)
        back = src.window(begin - 48, begin)
        if (
            ALIAS_BEFORE.search(back)
            or FORM_BEFORE.search(back)
            or (before is not None and begin - before <= 3 and "(" in src.text[before:begin])
        ):
            continue
        doc_type = doc_type_of(word)
        said_number = word.group("word").rstrip(" :").endswith(("so", "s6", "sb"))
        if doc_type not in allowed and not (doc_type in only_back and said_number):
            continue
        found = Mention("named", begin, m.end(), m.start("n"), m.end(), doc_type=doc_type)
        # "Kế hoạch 2025" is the plan for a year, unless "Quyết định số 1925-QĐ/TU" was cited before
        found.only_back = not said_number and _YEAR.fullmatch(number) is not None
        found.name, found.number = f"{doc_type} số {number}" + (f"/{m['y']}" if m["y"] else ""), number
        found.year = int(m["y"]) if m["y"] else None  # "Nghị định số 88/2024": the year, not the symbol
        tail(src, found, min(limit, m.end() + TAIL_REACH))
        found.issuer = found.issuer or issuer_before(src, found)
        # "Chương trình 1719", "Nghị quyết 57": the gazetteer's, whoever cites it, unless another body is said to
        # issue it ("Nghị quyết số 57 … của HĐND tỉnh" is the council's)
        known = known_by_number(doc_type, number)
        if known and (found.issuer is None or found.issuer.branch in (None, known[2])):
            found.name, found.gazetteer_symbol, found.branch, found.tier = known
        if found.issuer and found.issuer.branch:
            found.branch, found.tier = found.issuer.branch, found.issuer.tier
        out.append(found)
    return out


# A type's code and a bare number ("NĐ 59", "QĐ 1847", "CT số 33", "NĐ 59/2023"): two or three capitals, OCR's
# B or P for Đ among them, or a Party code's lower-case letter ("QĐi", "CTr"); no symbol goes on after the number.
_ABBREVIATED = re.compile(
    r"(?P<code>[A-ZĐÐ](?<![\w/\-–.][A-ZĐÐ])[A-ZĐÐ]{1,2}[a-z]?)[ \t]+(?:s[ốôo][ \t]+)?(?P<n>\d{1,5})(?:/(?P<y>(?:19|20)\d\d))?"
    r"(?![\w/\-–]|[.,]\d)"
)


def abbreviations(src: Source, mentions: list[Mention], zones: list[tuple[int, int]]) -> list[Mention]:
    """Type codes for type words with a bare number ("Triển khai NĐ 59 và QĐ 1847"): each names the latest
    document of that type and number cited in full before it, and nothing when there is none (a code and a
    number alone say too little: "TT 33" may be a row's number) but for a year after the number ("NĐ 59/2023",
    named as "Nghị định 59/2023" is)."""
    out: list[Mention] = []
    cited = [m for m in mentions if m.symbol is not None and m.antecedent is None]
    for m in (m for start, end in zones for m in _ABBREVIATED.finditer(src.text, start, end)):
        code, _ = canonical_code(m.group("code"))
        if not is_type_code(code) or ALIAS_BEFORE.search(src.window(m.start() - 48, m.start())):
            continue
        number, year = m.group("n").lstrip("0"), int(m.group("y")) if m.group("y") else None
        earlier = next(
            (
                e
                for e in reversed(cited)
                if e.end <= m.start()
                and e.symbol is not None
                and e.symbol.type_code == code
                and e.symbol.number.lstrip("0") == number
                and year in (None, e.year)
            ),
            None,
        )
        if earlier is None and year is not None and not _row_heading(src.text, m):
            named = registry.type_codes()[code].name
            found = Mention("named", m.start(), m.end(), m.start(), m.end(), doc_type=named, year=year)
            found.name, found.number, found.confidence = f"{named} số {m.group('n')}/{year}", number, 0.7
            out.append(found)
            continue
        if earlier is None or _bracketed_alias(src, m, earlier, cited):
            continue
        found = Mention("named", m.start(), m.end(), m.start(), m.end(), symbol=earlier.symbol)
        found.doc_type = earlier.doc_type
        found.name = f"{earlier.doc_type} số {m.group('n')}" + (f"/{year}" if year else "")
        found.year, found.confidence, found.antecedent = earlier.year, 0.7, earlier
        out.append(found)
    return out


def _row_heading(text: str, m: re.Match[str]) -> bool:
    """Whether the code opens a table's row and a cell edge follows the number: "TT 1/1995 | 1/1998 |" is the
    column of row numbers (thứ tự) over months, no circular."""
    return (
        not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        and text[m.end() :].lstrip(" ")[:1] in "|\t"
    )


def _bracketed_alias(src: Source, m: re.Match[str], earlier: Mention, cited: list[Mention]) -> bool:
    """Whether "(NQ 57)" in brackets right after the full citation's title is the alias it is given, no mention:
    "Nghị quyết số 57-NQ/TW … về đột phá … chuyển đổi số quốc gia (NQ 57) cho 100% cán bộ"."""
    return (
        src.text[m.start() - 1 : m.start()] == "("
        and src.text[m.end() : m.end() + 1] == ")"
        and m.start() - earlier.end <= 400
        and ";" not in src.text[earlier.end : m.start()]
        and not any(earlier.end <= c.start < m.start() for c in cited)
    )


def _cell_end(text: str, start: int, end: int) -> int:
    """Where a table's cell ends before ``end`` ("Kế hoạch 1520 | Văn bản | 05": the unit is the next cell's)."""
    edges = [k for c in "|\t" if (k := text.find(c, start, end)) >= 0]
    return min(edges, default=end)


def resolve(mentions: list[Mention]) -> list[Mention]:
    """A short reference whose type and number were cited earlier (in full, or short with more said) is
    that document. One of a type that names only such a document ("Luật số 10") and has none is dropped."""
    latest: dict[tuple[str | None, str, int | None], Mention] = {}  # by type and number, and by year too
    seen: dict[tuple[str | None, str], list[Mention]] = {}
    back = back_types()
    kept = []
    for m in mentions:
        number = m.symbol.number if m.symbol is not None else m.number
        kept.append(m)
        if number is None:
            continue
        key = (m.doc_type, number.lstrip("0"))
        # "Nghị định số 88/2024", "Chỉ thị 05 ngày 21/10/2016": the latest of that year, else one of no known year
        earlier = latest.get((*key, m.year)) or latest.get((*key, None))
        tier = level(m)[1]
        if m.symbol is None and earlier is not None and tier and level(earlier)[1] not in (None, tier):
            # "Chỉ thị 35 của Bộ Chính trị" after the Tỉnh ủy's Chỉ thị 35-CT/TU: the latest of the level it states
            earlier = next((e for e in reversed(seen[key]) if level(e)[1] == tier), None)
        if (
            m.symbol is None
            and earlier is not None
            and earlier.year in (None, m.year or earlier.year)
            # an earlier reference back stands for its document as the document does
            and (earlier.symbol is not None or earlier.antecedent is not None or m.issuer is None)
        ):
            m.antecedent, m.year = earlier.antecedent or earlier, earlier.year
            m.gazetteer_symbol = earlier.symbol.text if earlier.symbol else earlier.gazetteer_symbol
        elif m.symbol is None and (m.doc_type in back or m.only_back):
            kept.pop()
            continue
        elif m.symbol is None and m.issuer is None and m.branch is None and m.doc_type != "Đề án":
            # "Nghị định 59", "Kết luận 01": a document known by its number alone is a central one; its type
            # tells the branch where only one branch issues it (a scheme may be anyone's: a Tỉnh ủy's "Đề án 05").
            m.branch, m.tier = _branch_of(m.doc_type) or _BY_NUMBER_ALONE.get(m.doc_type or ""), "central"
        if m.symbol is None and m.antecedent is None and m.year:
            # "Nghị định 132/2020" is 132/2020/NĐ-CP: no other organ issues a Nghị định
            m.gazetteer_symbol = _sole_symbol(m.doc_type, number, m.year) or m.gazetteer_symbol
        latest[(*key, None)] = latest[(*key, m.year)] = m
        seen.setdefault(key, []).append(m)
    return kept


def _sole_symbol(doc_type: str | None, number: str, year: int) -> str | None:
    """The symbol a type that one organ alone issues spells with its number and year."""
    kind = _sole_issuers().get(doc_type or "")
    return f"{number}/{year}/{kind.code}-{kind.sole_issuer}" if kind else None


@cache
def _sole_issuers() -> dict[str, registry.DocType]:
    return {kind.name: kind for kind in registry.type_codes().values() if kind.sole_issuer}


@cache
def _systems() -> dict[str, frozenset[str]]:
    """Which branches issue each type ("Nghị định": the State; "Kết luận": the Party)."""
    out: dict[str, set[str]] = {}
    for kind in registry.type_codes().values():
        out.setdefault(kind.name, set()).update(
            ("party", "state") if kind.system == "both" else (kind.system,)
        )
    return {name: frozenset(systems) for name, systems in out.items()}


# A type both branches issue whose number alone names the Party's: the State's regulations come with the decision that
# issues them and are cited through it, the Party's stand alone ("Quy định 366", "Quy định 69": 149 of 149 in the
# review set).
_BY_NUMBER_ALONE = {"Quy định": "party"}


def _branch_of(doc_type: str | None) -> str | None:
    systems = _systems().get(doc_type or "", frozenset())
    return next(iter(systems)) if len(systems) == 1 else None
