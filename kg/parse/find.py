"""Find numbered mentions by their symbol, with their type word, date, issuer and title, and the
anaphora that point back to them ("Chỉ thị số 33 nói trên"). Named mentions are in ``named``.

Work is local: one scan of the text finds anchors, and only the few hundred characters around each
anchor are folded and read. That keeps parsing within a small factor of a bare regex scan.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from kg import registry
from kg.parse import issuers
from kg.parse.dates import DATE_LEADING, DIGIT_LOOKALIKES, date_after, date_opening, iso_date
from kg.parse.symbols import (
    SYMBOL_RE,
    Symbol,
    canonical_code,
    is_type_code,
    organ_code,
    parse_match,
    registered,
    scan_view,
    symbol_start,
)
from kg.parse.text import BLANK_RUN, CAPITALS, Source, blank, fold_view, squash
from kg.parse.typewords import any_type_word, doc_type_of, ending_match, type_word_before, type_words


@dataclass(slots=True)
class Mention:
    """A mention under construction (positions in ``Source.text``); becomes a ``Citation`` at the end."""

    kind: str
    start: int
    end: int
    sym_start: int
    tail_end: int
    symbol: Symbol | None = None
    name: str | None = None
    doc_type: str | None = None
    gazetteer_symbol: str | None = None
    number: str | None = None  # the bare number of a short reference ("Chỉ thị 05")
    sym_end: int = -1  # where the symbol's characters end (a company keeps them as printed)
    date: str | None = None
    year: int | None = None
    issuer: issuers.Issuer | None = None
    title: str | None = None
    branch: str | None = None
    tier: str | None = None
    confidence: float = 1.0
    uncertain: bool = False
    relation: str = "cites"
    sentence_start: int = -1
    antecedent: Mention | None = None
    day_month: tuple[str, str] | None = None  # a day printed without its year: the citing document's year
    only_back: bool = False  # a short reference that names only a document cited before ("Quyết định 1925")
    amending: bool = False  # a law's number after its name "Luật sửa đổi, bổ sung … của Luật A, Luật B"
    title_span: tuple[int, int] | None = None  # where the title was read from, for ``titles_through_links``
    unnumbered: bool = False  # a number-less reference back ("Quyết định nói trên"), folded away


def level(document: Mention) -> tuple[str | None, str | None]:
    """The branch and tier of a document's stated issuer, or of the first organ its symbol names."""
    if document.issuer is not None and document.issuer.tier:
        return document.issuer.branch, document.issuer.tier
    organ = (
        registry.organ(document.symbol.issuer_codes[0])
        if document.symbol and document.symbol.issuer_codes
        else None
    )
    return (organ.branch, organ.tier) if organ else (None, None)


class Taken:
    """The spans earlier steps found mentions in, for a later scan to skip (sorted once, looked up by
    bisection)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def end_before(self, pos: int) -> int | None:
        """End of the last span that starts at or before ``pos``."""
        k = bisect_right(self._starts, pos) - 1
        return self._spans[k][1] if k >= 0 else None

    def covers(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)``."""
        last = self.end_before(end - 1)
        return last is not None and start < last


# "Luật Lưu trữ số 33/2024/QH15", "Luật sửa đổi, bổ sung một số điều của Luật … số 87/2025/QH15"; OCR "s6".
# The name runs over single line breaks, not over a blank line or into the next preamble line ("Căn cứ"), nor
# over a passive ("Luật X năm 2015 được sửa đổi, bổ sung bởi Luật số 47/2019/QH14" names two laws), nor over
# another type word ("Pháp lệnh xử lý vi phạm hành chính, các Nghị định: số 97/2007/NĐ-CP", "… trình tại văn bản số").
_LAW_WITH_NUMBER = re.compile(
    r"(?P<word>(?:(?:(?<!dong\s)bo\s+)?lu[ae]t|ph[a]p\s+l[e]nh)(?:(?:[ \t]+\n?|\n)[ \t]*(?!can\s+cu\b|duoc\b|tai\s+van\s+ban\b|ngh[il]\s+d[il]nh|th[oe]ng\s+t[uw]|quy[e]t\s+d[il]nh)[^\s;.]+){1,18}?\s+s(?:[^\s\d]{0,2}|6):?)\s*"
)
_LAW_HINT = re.compile(r"[Ll][uư][aậâạáàảãấầéèẹ]t|LUẬT|[Pp]h[aá]p\s+l[eệéẹê]nh")
# "Luật Tổ chức chính quyền địa phương và Luật Ngân sách nhà nước số 83/2015/QH13", "Luật … thay thế Pháp lệnh …
# số 34/2007/PL-UBTVQH11": the number is the last one's, unless an amending law names the others ("Luật sửa đổi
# … của Luật A và Luật B số 47/2019").
_INNER_LAW = re.compile(r"(?<=\s)(?:bo\s+)?lu[ae]t\s|(?<=\s)ph[a]p\s+l[e]nh\s")
_AMENDING_LAW = re.compile(r"lu[a]t\s+s[uwit][rt]?a\s+d[oe6d]i(?=[^;.:]*$)")
# What stands between an amending law's head and the last law it names: the laws before, one by one (a name may
# hold a comma: "Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật Quản lý, sử dụng tài sản công"); "của" may be left out
# ("Luật sửa đổi, bổ sung Luật thuế tiêu thụ đặc biệt số 70/2014/QH13").
_AMENDED_LIST = re.compile(
    r"lu[a]t\s+s\S{0,3}a\s+d\S{0,3}i,?\s+b\S{0,3}\s+sung\b(?:[^;.:\d]{0,160}?\sc\S{0,2}a)?\s+"
    r"(?:(?:b[o]\s+)?lu[a]t\s[^,;.:\d]{1,60}?(?:,\s+[^,;.:\d\s]+(?:\s+[^,;.:\d\s]+){0,4})?(?:,|\sva)\s+)*"
)
_NEXT_LAW = re.compile(r"[ \t\n]*(?:,|va\s)[ \t\n]*(?:bo\s+)?lu[a]t\s(?!s\S{0,3}a\s+d)")
# Page furniture between a type word, its symbol and its date: a page number alone on its line (maybe between
# dashes: "- 3 -"), and the "--- PAGE 2 ---" / "--- PAGE BREAK ---" markers of OCR text (matched on folded text).
_PAGE_NO = r"(?:-[ \t]*\d{{1,{0}}}[ \t]*-|\d{{1,{0}}})"
PAGE_NUMBER = re.compile(
    rf"\n[ \t]*{_PAGE_NO.format(4)}[ \t]*(?=\n)|-{{3}}[ \t]*page(?:[ \t]+break|[ \t]+\d+)[ \t]*-{{3}}"
)
_SHORT_YEAR_DATE = re.compile(
    r"[\s,;:(]*ng\S{0,5}?\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{2})(?![\d/])"
)
_PAGE_NUMBER_LINE = re.compile(rf"\n[ \t]*{_PAGE_NO.format(3)}[ \t]*(?=\n)")
_LONE_PAGE_NUMBER = re.compile(rf"\n[ \t]*\n[ \t]*{_PAGE_NO.format(4)}[ \t]*\n(?=[ \t]*\n)")
_NEW_LINE_DATE = re.compile(r"[ \t*_]*\n\s*Ngày\b")
# A date OCR spoiled beyond reading ("ngày 12/02/215", "ngay 1§ thang 01 nam 2022", "ngay 0§ thing 4_ nam 2022", "ngiy
# 1S thang 5 nam 2014", "nga) 2§/7/2025"), or a draft's left blank ("ngày.... tháng.... năm 2021", "ngày.../.../...."):
# skipped, so that the issuer after it is still read; its year, when that is whole, is the document's.
_SPOILED_DATE = re.compile(
    r"^[\s,;:(]*ng\S{0,4}?\s*(?:[\d§?]{1,2}\s*[/.-]\s*[\d§?]{1,2}\s*[/.-]\s*(?:(?P<y>(?:19|20)\d\d)|\d{2,4})(?!\d)"
    r"|[\dols§?_%#]{1,3}\s*th\S{0,4}\s*[\dolijs§?_%#]{1,3}\s*,?\s*n\S{0,3}m\s*(?P<year>(?:19|20)\d\d)(?!\d)"
    # (a blank's dots as OCR spoils them, "ngày ‹. . tháng ... năm 2025"; a day left blank, "ngày …/8/2025")
    r"|[.…‹„][.…‹„ \t]{0,12}\s*(?:/\s*[.…]{1,12}\s*/\s*(?:(?P<by>(?:19|20)\d\d)(?!\d)|[.…]{1,12})"
    r"|/\s*\d{1,2}\s*/\s*(?P<dy>(?:19|20)\d\d)(?!\d)"
    r"|th\S{0,4}\s*[.…]{1,12}\s*,?\s*n\S{0,3}m\s*(?:(?P<byear>(?:19|20)\d\d)(?!\d)|[.…]{1,12})"
    # … or left blank whole before its issuer ("Tờ trình số .../TTr-HĐTĐKT ngày ... của Hội đồng …"), or its day only
    # ("ngày … tháng 9 năm 2022")
    r"|(?=\s*cua\s)|\s*th\S{0,4}\s*\d{1,2}\s*,?\s*n\S{0,3}m\s*(?P<my>(?:19|20)\d\d)(?!\d))"
    # (or blank with no dots: "ngày tháng năm 2021", "ngày / /2025", "ngày /11/2025")
    r"|th\S{0,4}\s+(?:\d{1,2}\s+)?n\S{0,3}m\s*(?P<ey>(?:19|20)\d\d)(?!\d)"
    r"|(?:\d{1,2})?[ \t]*/[ \t]*(?:\d{1,2})?[ \t]*/[ \t]*(?P<sy>(?:19|20)\d\d)(?!\d))"
)
# A month and year, or a year, for a day ("Kế hoạch số 112/KH-UBND tháng 3/2024 của UBND huyện", "Quyết định số
# 1847/QĐ-TTg năm 2018 của Thủ tướng Chính phủ về …"): the year, and the issuer and title after it; not a period
# ("năm 2024-2025").
_MONTH_YEAR = re.compile(
    r"^(?:[\s,;:(]*thang\s*\d{1,2}\s*[/.-]|[ \t\n(]*nam)\s*(?P<year>(?:19|20)\d\d)(?!\d|\s*[-–]\s*\d)\)?"
)
# A day and month without their year ("Công văn số 3495/UBND-NLN ngày 7/9 của UBND tỉnh", "ngày 07 tháng 9", "… ngày
# 22/8."), as urgent letters date what they answer: the year is the symbol's, or the citing document's
# (``Mention.day_month``).
# a date printed twice, or its year ("ngày 31/12/2024 2024 của Chính phủ")
_PRINTED_AGAIN = re.compile(r"[ \t]+(?P<y>\d{4})(?![\d/])|\s*(?=ngay\s*\d)")
_DAY_MONTH = re.compile(
    r"^[\s,;:(]*ngay\s*(?P<d>\d{1,2})\s*(?:[/.-]|thang)\s*(?P<m>\d{1,2})(?![\d/-])(?!\.\S)(?!\s*(?:[/.-]|,?\s*n\S{0,3}m)\s*\d)"
)


def _in_url(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a URL (the token around it has a scheme or "www.")."""
    token_start = max(text.rfind(" ", max(0, pos - 300), pos), text.rfind("\n", max(0, pos - 300), pos)) + 1
    token = text[token_start:pos]
    return "://" in token or "www." in token


def numbered(src: Source, limit: int, start: int = 0) -> list[Mention]:
    """Every symbol in ``src.text[start:limit]`` with its type word, date, issuer and title."""
    text = src.text
    scanned = scan_view(text)
    matches = list(SYMBOL_RE.finditer(scanned, start, limit))
    symbols = [parse_match(m) for m in matches]
    # where the next symbol starts; a date OCR spelled with letters only looks like one ("12-NQ/TU ngay 2O/O1/2025"),
    # and so does a form's number the old way ("mẫu số 12-MST", "mã ngành 7414 - Tư vấn"), and a steering committee
    # named for the resolution that set it up ("của Ban Chỉ đạo 138/CP") is the issuer's name
    next_starts = [limit] * len(matches)
    for i in range(len(matches) - 2, -1, -1):
        after = _start_of(matches[i + 1])
        next_starts[i] = (
            next_starts[i + 1]
            if (
                symbols[i + 1] is None
                and (matches[i + 1].group("old") or _DAY_WORD.search(src.window(after - 8, after)))
            )
            or _COMMITTEE_BEFORE.search(src.window(after - 16, after))
            else after
        )
    out: list[Mention] = []
    # the last mention whose issuer was the subject before it ("UBND huyện ban hành …"), while the list goes on
    enacted: Mention | None = None
    for i, m in enumerate(matches):
        sym = symbols[i]
        if (
            sym is not None
            and scanned is not text
            and scanned[m.start() : m.end()] != text[m.start() : m.end()]
        ):
            sym = replace(sym, repaired=True)  # "số ll-QĐi/TW"
        if (
            sym is None
            or _in_url(text, m.start())
            or FORM_BEFORE.search(src.window(m.start() - 48, m.start()))
        ):
            continue
        s0, s1 = symbol_start(m), m.end()
        assert s0 is not None  # parse_match has read the number
        lo = max(0, s0 - 12)
        if (split := _SPLIT_NUMBER.search(src.window(lo, s0))) and sym.number.isdigit():
            # a digit set apart after "số": OCR's space inside the number ("Nghị định số 1 23/2008/NĐ-CP", "số 52
            # 7/QĐ-UBND"), or its first digit printed twice ("Luật số 2 28/2023/QH15") or a speck ("Nghị định số 5
            # 141/2013/NĐ-CP"): either way the type word before it is the mention's
            if FORM_BEFORE.search(src.window(lo + split.start("d") - 48, lo + split.start("d"))):
                continue  # a form's code wrapped at its hyphen ("bảng kê số 05-⏎3/BK-QTT-TNCN")
            head = _number_head(split["d"], sym)
            sym = replace(sym, text=head + sym.text, number=head + sym.number, repaired=True)
            s0 = lo + split.start("d")
        next_start = next_starts[i]
        mention = Mention("numbered", s0, s1, s0, s1, symbol=sym, year=sym.year, uncertain="?" in sym.number)
        mention.sym_end = s1
        shared = (
            (
                _SHARED_NUMBERS.search(text, max(0, s0 - 60), s0)
                or (_shared_normative(src, s0) if sym.year else None)
                or _shared_after_type_word(src, s0)
            )
            if text[max(0, s0 - 6) : s0].rstrip(" \t").endswith((",", ";", "và"))
            else None
        )
        if shared:
            mention.sym_start = shared.start("nums")
        type_word(src, mention, matches[i - 1].end() if i else start)
        if party := _party_short_form(sym, mention.doc_type):
            sym = mention.symbol = party  # "Nghị quyết 18/TW" is 18-NQ/TW
        # ("Văn bản số 215/TCKH ngày …": a letter's word is its type word, though no longer symbol goes on)
        letter = mention.start == s0 and _LETTER_WORD.search(src.window(s0 - 16, s0)) is not None
        if (
            sym.form == "congvan"
            and len(sym.issuer_codes) + (sym.type_code is not None) == 1
            and (
                (mention.start == s0 and not letter)
                or text[s1 : s1 + 1] == "/"
                or (text[s1 : s1 + 1] == "." and text[s1 + 1 : s1 + 2].isalnum())
                or (letter and text[s1 : s1 + 1] == "-")
            )
        ) or (len(sym.number) > 5 and mention.start == s0):
            # An organ alone ("74/CP") is a symbol only after its type word ("Nghị định số 74/CP"), and only
            # when nothing follows it ("6602/CT.TTHT" is a longer symbol misprinted; a sentence's stop may). So is a number of six
            # digits, a company's dated one ("công văn số 170809/KT"): alone, it is OCR's "Số" read as digits
            # before a letterhead's own number ("864305 /TCT-KK" for "Số: 1305/TCT-KK").
            continue
        if (alias := ALIAS_BEFORE.search(back := src.window(mention.start - 40, mention.start))) and (
            any(o.symbol is not None and o.symbol.text == sym.text for o in out)
            or (
                _SAID_IN_BRACKETS.search(back, 0, alias.start())
                and (not out or _CLAUSE_ENDS.search(src.text, out[-1].end, mention.start))
            )
        ):
            # "(sau đây gọi tắt là Quyết định số 1847/QĐ-TTg)": the alias of the document cited before it (maybe
            # across a page's footnotes), or of one named before it ("Luật Lực lượng tham gia bảo vệ an ninh, trật tự
            # ở cơ sở (sau đây gọi tắt là Luật số 30/2023/QH15)"); one numbered in the same clause is a mention, the
            # gazette's correction of a misprint ("Quyết định số 38/2011/QĐ-TTg ngày 31 tháng 12 năm 2019 … (sau
            # đây viết tắt là Quyết định số 38/2019/QĐ-TTg)")
            continue
        tail(src, mention, min(next_start, s1 + TAIL_REACH))
        if (
            sym.form == "congvan"
            and len(sym.issuer_codes) == 1
            and not registered(sym.issuer_codes[0])
            and (mention.doc_type != "Công văn" or mention.date is None)
            and not any(o.symbol is not None and o.symbol.text == sym.text for o in out)
        ):
            continue  # a body the registry does not list: a letter after "Công văn" with its date, or one cited so
            # before ("Thông báo 01/TTN" is a form's code)
        if mention.date is None and (day := _row_date(src, mention) or _date_at_clause_start(src, mention)):
            mention.date, mention.year = day, mention.year or int(day[:4])
        if mention.issuer is None:
            mention.issuer = issuer_before(src, mention)
            if mention.issuer and mention.date is None:
                _date_before(src, mention)
            if (
                mention.issuer is None
                and enacted is not None
                and (objects := _SAME_OBJECT.fullmatch(src.window(enacted.tail_end, mention.start)))
                # after ";", or after a document the first one's title names ("… Kế hoạch số 45 … thực hiện Chỉ thị số
                # 33/CT-TTg và Nghị quyết số 76/NQ-CP"), only a document of the same organ's numbering
                and (
                    (
                        ";" not in objects.group(0)
                        and out[-1] is enacted
                        and not _names_a_document(src, enacted.tail_end, mention.start)
                    )
                    or _same_organ(enacted, mention)
                )
                # (unless the type word names its own organ: "… và Công văn của Bộ Xây dựng số 2468/BXD-VTATGT")
                and _issuer_after_type_word(src, mention) is None
            ):  # "UBND huyện ban hành Kế hoạch số 38 … về … và Kế hoạch số 45 …": both are the subject's; so is
                # the next after one the first one's title names ("… Kế hoạch số 45 … thực hiện Quyết định 23; …")
                mention.issuer = enacted.issuer
                if _dated_by_the_clause(src, enacted, mention):
                    # "Ngày 15/3/2024, UBND tỉnh ban hành Kế hoạch số 45 … và Quyết định số 312 …": the same day
                    mention.date, mention.year = enacted.date, mention.year or enacted.year
            if mention.issuer is not None:
                enacted = mention
            elif not _in_title_of(src, enacted, mention):
                enacted = None
            mention.issuer = (
                mention.issuer
                or _issuer_after_type_word(src, mention)
                or _labelled_issuer(src, mention)
                or _lead_issuer(src, mention)
                or _row_issuer(src, mention)
            )
        else:
            # (a document the first one's title names, with its own issuer, leaves the list to go on: "… ban hành Kế
            # hoạch số 25-KH/TU … thực hiện Kế hoạch số 02-KH/BCĐTW … của Ban Chỉ đạo Trung ương; Chương trình hành
            # động số 09-CTr/TU …")
            enacted = enacted if _in_title_of(src, enacted, mention) else None
            if (
                out
                and out[-1].date is None
                and mention.date
                and _SAME_DAY.match(src.window(s1, s1 + 16))
                and _JOINED.fullmatch(src.window(out[-1].tail_end, mention.start))
            ):  # "Quyết định số 1289/QĐ-UBND và Quyết định số 1290/QĐ-UBND cùng ngày 15/5/2024 của …": both
                out[-1].date, out[-1].year = mention.date, out[-1].year or mention.year
            # "Nghị định số 48/2013/NĐ-CP ngày … và Nghị định số 92/2017/NĐ-CP ngày … của Chính phủ": both, and so
            # every earlier item of the list ("các Nghị định số A, B, C và D của Chính phủ")
            later = mention
            for earlier in reversed(out[-8:]):
                if not (
                    earlier.issuer is None
                    and _same_organ(earlier, mention)
                    # the Party centre's code is three bodies' (Bộ Chính trị, Ban Bí thư, the Central Committee): only
                    # documents of one type word share it ("Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ
                    # Chính trị", not "Quyết định số 217-QĐ/TW ngày … và Quy định số 124-QĐ/TW ngày … của Ban Bí
                    # thư"), or a short list of documents named bare ("Chỉ thị 35-CT/TW và Kết luận 12-KL/TW của Bộ
                    # Chính trị")
                    and (
                        "TW" not in sym.issuer_codes
                        or earlier.doc_type == mention.doc_type
                        or (earlier.date is None and mention.date is None)
                    )
                    # (a joint document's organs are not those of one before it: "Nghị định số 59/2023/NĐ-CP và Nghị
                    # quyết liên tịch số 01/NQLT-CP-ĐCTUBTWMTTQVN … của Chính phủ và Đoàn Chủ tịch …")
                    and not _fewer_organs(earlier, mention)
                    and _JOINED.fullmatch(src.window(earlier.tail_end, later.start))
                ):
                    break
                # (and the title after the issuer, when the type word is theirs together: "các Công điện số A … và số
                # B … của Thủ tướng Chính phủ về …")
                if _NO_TYPE_WORD.match(src.window(later.start, later.sym_start)):
                    earlier.title = earlier.title or mention.title
                    # … and the day, when it is of their year ("các Thông tư số 01/2021/TT-BNV, 02/2021/TT-BNV và
                    # 03/2021/TT-BNV ngày 02/02/2021": issued together)
                    if earlier.date is None and mention.date and earlier.year == int(mention.date[:4]):
                        earlier.date = mention.date
                earlier.issuer, later = mention.issuer, earlier
        mention.sym_start = s0
        if shared:
            others = _sharing(mention, shared)
            others[0].start, mention.start = mention.start, s0  # "Kết luận số 187" · "188-KL/TW …"
            out.extend(others)
        out.append(mention)
    _issuer_after_aside(src, out)
    _issuer_before_numbers_in_brackets(src, out)
    for mention in out:
        _partner_after(src, mention)
    return out


def _names_body(code: str, body: str) -> bool:
    """Whether a symbol's ``code`` names the organ coded ``body``: the same, one holding the other ("TĐTN" a Tỉnh
    đoàn's ĐTN), or its parent's ("HPN" a ward's Women's Union, HLHPN)."""
    organ = registry.organ(code)
    return body in code or code in body or (organ is not None and organ.parent == body)


# "với" after a joint document's date, OCR's "v&i" too
_WITH_AFTER = re.compile(r"[ \t\n]*v[o&6e]i[ \t\n]+")


def _partner_after(src: Source, mention: Mention) -> None:
    """The other body of a joint document its issuer signed "with" after the date: "UBND phường ban hành … Chương
    trình phối hợp số 03/CTrPH-UBND-HPN ngày 10/9/2025 với Hội LHPN phường", when the symbol names that body too."""
    sym, issuer = mention.symbol, mention.issuer
    if (
        sym is None
        or issuer is None
        or issuer.code is None
        or len(sym.issuer_codes) < 2
        or mention.date is None
    ):
        return
    if (joined := _WITH_AFTER.match(src.folded, mention.tail_end)) is None:
        return
    at = joined.end()
    partner = issuers.recognise(src.window(at, at + 120), src.text[at : at + 120], alone=True)
    if (
        partner is not None
        and partner.code is not None
        and partner.code != issuer.code
        and partner.name not in issuer.name
        and any(_names_body(code, partner.code) for code in sym.issuer_codes[1:])
    ):
        mention.issuer = replace(issuer, name=f"{issuer.name} và {partner.name}")


def _dated_by_the_clause(src: Source, enacted: Mention, mention: Mention) -> bool:
    """Whether ``mention``, undated, shares the date that opens the clause whose subject issued ``enacted`` (which
    printed no date of its own after its symbol), its year no other than its symbol's."""
    return (
        mention.date is None
        and enacted.date is not None
        and _DAY_WORD_ANYWHERE.search(src.window(enacted.sym_end, enacted.tail_end)) is None
        and mention.year in (None, int(enacted.date[:4]))
    )


_DAY_WORD_ANYWHERE = re.compile(r"ng\S{0,3}y|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_DAY_WORD = re.compile(r"ng\S{0,3}y\s*$")
_COMMITTEE_BEFORE = re.compile(r"\bban\s+ch\S\s+d\S{1,2}o\s+$")
# (… or a line's hyphen: "Quyết định số 29-⏎60/QĐ-UBND")
_SPLIT_NUMBER = re.compile(r"(?<![^\W\d_])s[o6be]\s+(?P<d>\d{1,2})(?: |-[ \t]*\n[ \t]*)$")
# No normative document of one year is numbered higher: decrees and circulars run to about 200 a year, the National
# Assembly's laws and resolutions to fewer.
_MAX_NORMATIVE_NUMBER = 300
_MAX_ASSEMBLY_NUMBER = 200


def _number_head(digits: str, sym: Symbol) -> str:
    """The digits OCR set apart before the symbol's number, when they belong to it (else ""): not a first digit
    printed twice ("2 28/2023/QH15"; a "1" is the hundreds of most three-digit numbers: "1 17/2018/NĐ-CP"), nor a
    number no normative document of its year reaches ("5 141/2013/NĐ-CP"), nor more than five digits."""
    number = digits + sym.number
    doubled = digits == sym.number[0] and digits != "1"
    too_high = sym.year is not None and int(number) > (
        _MAX_ASSEMBLY_NUMBER if sym.form == "assembly" else _MAX_NORMATIVE_NUMBER
    )
    return "" if doubled or too_high or len(number) > 5 else digits


_PASSED_BY = re.compile(r"(?<![a-z])quoc\s+hoi(?![a-z])")


def passed_by(src: Source, start: int, end: int) -> issuers.Issuer | None:
    """The assembly a date read at ``start:end`` names: "Luật Hải quan số 54/2014/QH13 được Quốc hội (khóa XIII)
    thông qua ngày 23/6/2014", "Luật Đất đai được Quốc hội thông qua ngày 18/01/2024"."""
    passed = _PASSED_BY.search(src.folded, start, end)
    if passed is None:
        return None
    return issuers.recognise(src.window(passed.start(), end), src.text[passed.start() : end])


# (not Markdown's emphasis around the date: "ngày **12/9/2024**")
_UNREAD_DIGIT = re.compile(r"\d[§?#%]|[§?#%]\d|(?<!\*)\d\*(?!\*)(?=[ \t]*th)")


# A report sent "về" (to) a body: the verb that sends it stands before the document.
_SENDS = re.compile(r"(?<![a-z])(?:bao\s+cao|gui)(?![a-z])")


def _sent_to(src: Source, mention: Mention, at: int) -> bool:
    """Whether the "về" at ``at`` after a document names where a report on it goes, a body, not its subject."""
    if not src.folded.startswith("ve ", at) or not _SENDS.search(
        src.window(mention.start - 80, mention.start)
    ):
        return False
    to = issuers.recognise(src.window(at + 3, at + 120), src.text[at + 3 : at + 120])
    return to is not None and to.code is not None


_NO_TYPE_WORD = re.compile(r"\s*(?:so\s*)?$")


def _issuer_after_aside(src: Source, mentions: list[Mention]) -> None:
    """ "Thông tư số 38/2015/TT-BTC (sửa đổi, bổ sung tại Thông tư số 39/2018/TT-BTC) của Bộ Tài chính": the issuer
    after the bracket is the document's before it, and the amending one's too when its symbol names the same organ."""
    for a, b in itertools.pairwise(mentions):
        if a.issuer is not None or not _ASIDE_OPENS.fullmatch(src.window(a.tail_end, b.start)):
            continue
        close = _ASIDE_CLOSES.match(src.window(b.tail_end, b.tail_end + 40))
        if close is None:
            continue
        at = b.tail_end + close.end()
        found = issuers.recognise(
            src.window(at, at + 120), src.text[at : at + 120], (), organ_code(a.symbol) if a.symbol else None
        )
        if found is not None and found.code is not None:
            a.issuer = found
            if b.issuer is None and _same_organ(a, b):
                b.issuer = found


def _issuer_before_numbers_in_brackets(src: Source, mentions: list[Mention]) -> None:
    """ "các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch phê duyệt … (Số 1226/QĐ-BVHTTDL ngày 29/4/2025 và số
    2657/QĐ-BVHTTDL …)": the organ named with the plural type word issued each document the bracket numbers."""
    for m in mentions:
        if m.issuer is not None:
            continue
        opened = src.text.rfind("(", max(0, m.start - 300), m.start)
        if opened < 0 or not _NUMBERS_IN_BRACKET.fullmatch(src.window(opened, m.start)):
            continue
        before = src.window(opened - 300, opened)
        lead = next(reversed(list(_PLURAL_OF.finditer(before))), None)
        if lead is None:
            continue
        at = opened - len(before) + lead.end()
        found = issuers.recognise(src.window(at, opened), src.text[at:opened])
        if found is not None and found.code is not None:
            m.issuer = found


# (folded) a bracket that numbers documents a plural type word named: "(Số A ngày …, số B ngày … và số …" up to the next
_NUMBERS_IN_BRACKET = re.compile(r"\(\s*(?:s\S{0,2}\s+[^()]{4,120}?(?:,|va|;)\s*)*(?:s\S{0,2}\s*)?")
# … and the plural type word and the "của" before the organ: "các Quyết định của", "Các Nghị định của Chính phủ"
_PLURAL_OF = re.compile(
    r"(?<![a-z])cac\s+"
    + r"(?:quyet\s+dinh|nghi\s+dinh|thong\s+tu|nghi\s+quyet|chi\s+thi|ke\s+hoach|van\s+ban)\s+cua\s+"
)


# (folded) a bracket that opens on a change made to the document before it, and closes before its issuer
_ASIDE_OPENS = re.compile(r"\s*\(\s*(?:da\s+)?(?:duoc\s+)?(?:sua\s+doi|bo\s+sung|thay\s+the)[^()]{0,60}")
_ASIDE_CLOSES = re.compile(r"[^()\n]{0,20}?\)\s*,?\s*cua\s+")


# An alias the text gives a document it cites: "(sau đây gọi tắt là Nghị định 100)", "… 103/2014/TT-BTC
# (Thông tư 103)", "(sau đây gọi tắt là Đề án 06)", and the next of two ("… là Quyết định 217 và Quyết định 218"). It
# names that document again; it is not another mention. (OCR's "goi tit 1a", "goi tat li")
ALIAS_BEFORE = re.compile(
    r"(?:g[og6]i(?:\s+(?:t[a-z]t|chung))?|viet(?:\s+(?:t[a-z]t|gon))?)\s+[l1][ai]\s*:?\s*[\"']?\s*"
    r"(?:(?:[a-z]+\s+){1,3}(?:s\S{0,2}\s+)?\d{1,5}[\"']?\s*(?:,|va)\s*[\"']?\s*)?$"
)
# … said in brackets, before the words that give the alias; and what ends a clause between a numbered document and an
# alias of its own: a sentence's or a list item's end
_SAID_IN_BRACKETS = re.compile(r"\(\s*(?:sau\s+d[a-z]y\s+)?(?:duoc\s+)?$")
_CLAUSE_ENDS = re.compile(r";|\.\s|\n\s*(?:[-+•*]|\d+\.|[IVX]+\.|\n)")

# "theo mẫu số 02/QTT-TNCN", "tờ khai 05/KK-TNCN", "Phụ lục 01/BHXH-TCT", "bảng kê 05-1/BK-QTT-TNCN": a form's or an
# annex's code, not a document (on folded text).
# (OCR's "phy lục"; the next of a list of forms: "phụ lục số 04/BHXH-TCT và 05/BHXH-TCT")
# (not a sample a laboratory analysed or took: "Báo cáo kết quả phân tích mẫu số 125/BC-TTQT")
FORM_BEFORE = re.compile(
    r"(?<![a-z])(?<!phan tich )(?<!lay )(?:mau|to khai|bieu|ph[uy] luc|bang ke)(?:\s+s\S{0,2})?\s*:?\s*"
    r"(?:\d{1,3}[a-z]?/[a-z\d/-]{2,16}\s*(?:,|va)\s*)?$"
)


def _start_of(m: re.Match[str]) -> int:
    start = symbol_start(m)
    return m.start() if start is None else start


# "Kết luận số 187, 188-KL/TW", "Quyết định số 123 và 124/QĐ-UBND": numbers that share one symbol's rest.
_SHARED_NUMBERS = re.compile(r"(?<=[sS][ốôoó6] )(?P<nums>(?:\d{1,5}[ \t]*(?:,|và|;)[ \t]*){1,6})$")
# "Thông tư 78/2014, 119/2014, 151/2014/TT-BTC": normative numbers, each with its own year, after a word
# that is not part of a date ("tháng 12/2014, 151/2014/TT-BTC" lists no Thông tư 12/2014).
_SHARED_NORMATIVE = re.compile(
    r"(?<=[^\W\d] )(?P<nums>(?:\d{1,5}/(?:19|20)\d\d[ \t]*(?:,|và|;)[ \t]*){1,6})$"
)
_DATE_WORD = re.compile(r"(?:^|\s)(?:ngay|thang|nam|quy|ky|den)\s*$")
_ITEM = re.compile(r"(?P<n>\d{1,5})(?:/(?P<y>\d{4}))?")


# … or right after the type word, with no "số": "Kết luận 126, 127-KL/TW"
_SHARED_AFTER_WORD = re.compile(r"(?<=[^\W\d_] )(?P<nums>(?:\d{1,5}[ \t]*(?:,|và|;)[ \t]*){1,6})$")


def _shared_after_type_word(src: Source, s0: int) -> re.Match[str] | None:
    shared = _SHARED_AFTER_WORD.search(src.text, max(0, s0 - 60), s0)
    if shared and ending_match(type_word_before(), src.window(shared.start() - 60, shared.start()), 7):
        return shared
    return None


def _shared_normative(src: Source, s0: int) -> re.Match[str] | None:
    shared = _SHARED_NORMATIVE.search(src.text, max(0, s0 - 90), s0)
    if shared and _DATE_WORD.search(src.window(shared.start() - 12, shared.start())):
        return None
    return shared


def _sharing(mention: Mention, shared: re.Match[str]) -> list[Mention]:
    """One mention for each number listed before the symbol, with the symbol's type, issuer and tail; a
    number with its own year keeps it, and the date only when it is of that year."""
    sym = mention.symbol
    assert sym is not None
    out = []
    for item in _ITEM.finditer(shared.group("nums")):
        start = shared.start("nums") + item.start()
        number = item.group("n")
        rest = sym.text[len(sym.number) :]
        year = int(item.group("y")) if item.group("y") else sym.year
        if item.group("y") and sym.year:
            rest = f"/{year}{rest[len(str(sym.year)) + 1 :]}"
        other = Mention(
            "numbered",
            start,
            start + len(item.group(0)),
            start,
            start + len(item.group(0)),
            symbol=Symbol(
                number + rest, number, year, sym.type_code, sym.issuer_codes, sym.form, sym.repaired
            ),
            doc_type=mention.doc_type,
            date=mention.date if not mention.date or year is None or mention.date[:4] == str(year) else None,
            year=year if item.group("y") else mention.year,
            issuer=mention.issuer,
            title=mention.title,
        )
        out.append(other)
    return out


# A Party-form symbol whose organ code OCR destroyed: "728- QD/l[a".
_ORPHAN = re.compile(
    r"(?<![\w/.-])(?P<pn>\d{1,5})[ \t]*-[ \t\n-]{0,4}(?P<pt>[A-ZĐÐ][A-Za-zĐđÐ]{0,4})[ \t]*/[ \t]*(?P<junk>[^\s,;]{1,5})"
)


def orphans(src: Source, mentions: list[Mention]) -> list[Mention]:
    """Symbols with an unreadable organ between two Party citations of the same organ take that organ.

    The list context is the evidence ("Kế hoạch 164-KH/TU, Quyết định 728- QD/l[a …; Quyết định
    729-QD/TU"); such a mention is marked ``uncertain``.
    """
    out: list[Mention] = []
    numbered_only = [m for m in mentions if m.symbol is not None]
    for before, after in itertools.pairwise(numbered_only):
        sb, sa = before.symbol, after.symbol
        assert sb is not None and sa is not None
        if sb.form != "party" or sa.form != "party" or sb.issuer_codes != sa.issuer_codes:
            continue
        if after.start - before.end > 600:
            continue
        for m in _ORPHAN.finditer(src.text, before.end, after.start):
            type_code, _ = canonical_code(m.group("pt"))
            if not is_type_code(type_code) or m.group("junk") in sb.issuer_codes:
                continue
            text = f"{m.group('pn')}-{type_code}/{'-'.join(sb.issuer_codes)}"
            sym = Symbol(text, m.group("pn"), None, type_code, sb.issuer_codes, "party", True)
            mention = Mention("numbered", m.start(), m.end(), m.start(), m.end(), symbol=sym, uncertain=True)
            mention.confidence = 0.5
            type_word(src, mention, before.end)
            if ALIAS_BEFORE.search(src.window(mention.start - 40, mention.start)):
                continue  # "(sau đây gọi tắt là Chỉ thị số 52-⏎CT/TW)": an alias, read and left out by ``numbered``
            tail(src, mention, after.start)
            out.append(mention)
    return out


# "Chỉ thị số 33 nói trên", "Quyết định trên", "Nghị định nêu trên": a reference back to an earlier citation.
# Anchored on "trên" itself (a leading optional "nói/nêu" would cost the regex its fast first-letter skip).
_ANAPHOR = re.compile(
    r"tr[êeé€]n(?:(?<=[nN][óoô6dé]i[ \n]tr[êeé€]n)|(?<=[nN][êeé]u[ \n]tr[êeé€]n)|(?<=[nN]odi[ \n]tr[êeé€]n)"
    r"|(?=\s*[.,;:)\n]|\s+(?:và|của|đã|được|để|thì|về|có|gan|gắn)\s))"
)
# the OCR spellings _ANAPHOR reads: "néu trén", "ndi tr€n", "nodi trén"; the line may break before "trên"
_SAID = re.compile(r"(?:n[óoô6dé]i|nodi|n[êeé]u)\s+$")
# "03 Quyết định trên" counts documents; "Điều 11 Thông tư số 06 nêu trên" locates a provision in one.
_PLURAL = re.compile(
    r"(?<![a-z\d])(?:(?<!dieu )(?<!khoan )(?<!diem )(?<!muc )(?<!chuong )(?<!luc )\d+|cac|nhung|hai|ba|mot so"
    r"|(?:cac\s+)?du\s+(?:an|thao))\s+$"  # … nor a bill: "Từ những nội dung của dự án Luật nêu trên"
)
# "Thông tư số 40 nêu trên", "Chỉ thị 33 nói trên", OCR's "số 4O" (on folded text).
_NUMBER_AT_END = re.compile(r"(?:\s+s\S{0,2}?)?\s*(?P<n>(?=[ol]?\d)[\dol]{1,5})\s*$")


def anaphora(src: Source, mentions: list[Mention], zones: list[tuple[int, int]]) -> list[Mention]:
    """Mentions that point back to the latest earlier citation of the same type (and number, if given), in
    each zone (the body; an attachment after the distribution list points back into the body too).

    The type word must be capitalised ("Quyết định trên", not "các quyết định trên") unless "nói trên" or "nêu
    trên" says it of a number or a letter ("công văn số 5161 nêu trên"), and "Kế hoạch này" (the document itself)
    is not one.
    """
    out: list[Mention] = []
    if not mentions:
        return out
    starts = [m.start for m in mentions]
    anaphors = (
        a for start, end in zones for a in _ANAPHOR.finditer(src.text, max(start, mentions[0].end), end)
    )
    for a in anaphors:
        said = _SAID.search(src.text, max(0, a.start() - 8), a.start())
        a_start = said.start() if said else a.start()
        back = src.window(a_start - 60, a_start)
        number = _NUMBER_AT_END.search(back)
        head = back[: number.start()] if number else back.rstrip()
        word = ending_match(type_word_before(), head + " ", 5)
        if word is None:
            continue
        w0 = a_start - len(back) + word.start("word")
        doc_type = doc_type_of(word)
        # (in lower case only with "nói trên, nêu trên" and a number or a letter: "công văn số 5161 nêu trên", "công
        # văn nói trên"; "kế hoạch trên" is as often "the plan on …", "pháp luật nêu trên" the law in general)
        lower = bool(said) and (number is not None or doc_type == "Công văn")
        if not (src.text[w0].isupper() or lower) or _PLURAL.search(back, 0, word.start("word")):
            continue
        # "Kế hoạch liên tịch nói trên" is the joint plan ("07-KHLT/…", "85-KH/BDVTU-BCSĐUBND")
        joint = "lien" in word.group("word")
        for earlier in reversed(mentions[: bisect_right(starts, w0)]):
            sym = earlier.symbol
            if earlier.doc_type != doc_type or earlier.end > w0:
                continue
            if sym is None:
                if earlier.kind == "named" and earlier.antecedent is None and not (number or joint):
                    # "… Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII và Chương trình số
                    # 19-CTr/TU … thực hiện Nghị quyết nói trên": the nearest of its type, cited by name
                    found = Mention("named", w0, a.end(), w0, a.end(), doc_type=doc_type)
                    found.name, found.year, found.confidence, found.antecedent = (
                        earlier.name,
                        earlier.year,
                        0.7,
                        earlier,
                    )
                    found.gazetteer_symbol, found.unnumbered = earlier.gazetteer_symbol, True
                    out.append(found)
                    break
                continue
            if joint and not ((sym.type_code or "").endswith("LT") or len(sym.issuer_codes) > 1):
                continue
            if number and sym.number.lstrip("0") != number.group("n").translate(DIGIT_LOOKALIKES).lstrip("0"):
                continue
            # No symbol is printed: a named mention ("Chỉ thị số 33"), with the symbol of what it points to.
            found = Mention("named", w0, a.end(), w0, a.end(), symbol=sym, doc_type=doc_type)
            found.name = (
                f"{doc_type} số {number.group('n').translate(DIGIT_LOOKALIKES)}" if number else doc_type
            )
            found.year, found.confidence, found.antecedent = earlier.year, 0.7, earlier
            found.unnumbered = number is None
            out.append(found)
            break
    return out


def _coded_word(back: str, nearest: int, sym: Symbol | None, doc_type: str | None) -> tuple[int, str] | None:
    """Where, before the nearest type word (at ``nearest`` in the folded window ``back``), the type word the symbol's
    type code names stands, a short description between and no punctuation; and that type."""
    coded = _doc_type_of_symbol(sym) if sym is not None and sym.type_code else None
    if coded is None or doc_type is None or coded == doc_type or coded.lower().endswith(doc_type.lower()):
        return None
    pattern = next((p for t, p in type_words() if t == coded), None)
    found = [w.start() for w in re.finditer(rf"(?<![a-z]){pattern}\s", back[:nearest])] if pattern else []
    if (
        not found
        or len(back[found[-1] : nearest].split()) > 9
        or re.search(r"[,;.:()]", back[found[-1] : nearest])
    ):
        return None
    return found[-1], coded


def _whole_organ(src: Source, who: str, at: int) -> issuers.Issuer | None:
    """The registered organ ``who`` (folded, at ``at`` in the text) names whole, if it does."""
    found = issuers.recognise(who, src.text[at : at + len(who)])
    return found if found and found.code and found.end == len(who) else None


def _owned_type_word(src: Source, back: str, s0: int) -> re.Match[str] | None:
    """A type word as printed, with its capital, that a registered organ's "của X" parts from the number ("Nghị quyết
    của Quốc hội số …"; not "hướng dẫn của Bộ Tài chính tại văn bản số …")."""
    # (the big alternation is searched only where "của" and "số" stand: most numbers have neither before them)
    owned = _TYPE_OF_OWNER.search(back) if _OWNER_HINT.search(back) else None
    if owned is None or not src.text[s0 - len(back) + owned.start("word")].isupper():
        return None
    return owned if _whole_organ(src, owned.group("who"), s0 - len(back) + owned.start("who")) else None


def type_word(src: Source, mention: Mention, floor: int = 0) -> None:
    """The type word before the symbol, looked for after ``floor`` (the previous symbol's end): in "Luật số
    65/2020/QH14 và Luật số 62/2025/QH15" the second law's name does not reach back over the first."""
    s0 = mention.sym_start
    back = src.window(max(s0 - 80, floor), s0)
    if BLANK_RUN in back:  # page furniture blanked between the type word and the number counts for nothing
        blanked = sum(map(len, _BLANKED.findall(src.text, max(s0 - 480, floor), s0)))
        back = src.window(max(s0 - 80 - blanked, floor), s0)
    if "\n" in back or "---" in back:  # a page number or page marker stands on its own line
        back = PAGE_NUMBER.sub(blank, back)
    m = ending_match(type_word_before(), back, 7)
    doc_type = doc_type_of(m) if m else None
    law = None
    sym = mention.symbol
    # only the National Assembly and its Standing Committee pass laws and ordinances: "… kỷ luật của Đảng, …
    # Chương trình kiểm tra, giám sát số 04-CTr/ĐU" is no law's number
    lawful = sym is not None and (sym.form == "assembly" or any("QH" in code for code in sym.issuer_codes))
    if (
        (m is None or doc_type in ("Luật", "Bộ luật", "Pháp lệnh"))
        and lawful
        and _LAW_HINT.search(src.text, max(0, s0 - 160, floor), s0)
    ):
        wide = src.window(max(s0 - 160, floor), s0)
        law = ending_match(_LAW_WITH_NUMBER, wide, 20)
    if law:
        m = None
    elif m is None and (owned := _owned_type_word(src, back, s0)):
        m, doc_type = owned, doc_type_of(owned)
    if m and (earlier := _coded_word(back, m.start("word"), mention.symbol, doc_type)):
        # "Tờ trình đề nghị ban hành Nghị quyết số 471/TTr-UBND": the word the symbol's type code names, its
        # description between, is the type word; the nearer one is the description's
        mention.start, mention.doc_type = s0 - len(back) + earlier[0], earlier[1]
    elif m:
        mention.start = s0 - len(back) + m.start("word")
        mention.doc_type = doc_type
    elif law:
        word = law.group("word")
        # the amending law's head may stand before the window: "Luật sửa đổi … của Luật A, Luật B và Luật C số …"; the
        # last head is this number's ("Luật sửa đổi … của Luật A số X và Luật sửa đổi … của Luật A số Y")
        at = s0 - len(wide) + law.start("word")
        before = src.window(s0 - 400, at)
        amending = next(reversed(list(_AMENDING_LAW.finditer(before + " " + word))), None)
        # a capitalised type word after another word of the name ("pháp luật", "Bộ luật", "Luật Luật sư" are none)
        heads = [
            h.start()
            for h in _INNER_LAW.finditer(word)
            if h.start() > 5
            and src.text[at + h.start()].isupper()
            and not word[: h.start()].endswith("luat ")
        ]
        # (the head in the window before the law's words, or in them, past the space joining the two)
        head = at - len(before) + amending.start() if amending else at
        head -= amending is not None and head > at
        last_law = at + (heads[-1] if heads else 0)
        listed = bool(amending) and _AMENDED_LIST.fullmatch(src.window(head, last_law)) is not None
        # an amending law's name, the laws it names one by one, the number its own; in a list of laws each with
        # its number ("… quy hoạch của Luật Đường sắt số 06/2017/QH14, Luật Giao thông đường bộ số …") the
        # number is the last law's
        own = (
            listed
            and mention.symbol is not None
            and mention.symbol.form == "assembly"
            and not _NEXT_LAW.match(src.window(mention.end, mention.end + 16))
        )
        last = heads[-1] if heads and (not amending or (listed and not own)) else 0
        mention.start, word, mention.amending = (head, word, True) if own else (at + last, word[last:], False)
        mention.doc_type = (
            "Bộ luật" if word.startswith("bo") else "Pháp lệnh" if word.startswith("ph") else "Luật"
        )
    sym = mention.symbol
    assert sym is not None
    if mention.doc_type is None and sym.type_code is None and _ITEM_NUMBER.search(back):
        mention.doc_type = _list_head(src, s0)
    if mention.doc_type is None or (mention.doc_type == "Đề án" and sym.type_code == "QĐ"):
        mention.doc_type = _doc_type_of_symbol(sym)
    elif (
        (coded := _doc_type_of_symbol(sym))
        and coded != mention.doc_type
        and coded.endswith(mention.doc_type.lower())
    ):
        mention.doc_type = (
            coded  # "Phép lénh số 34/2007/PL-UBTVQH11": OCR left "lệnh" of the word the code names
        )
    # OCR's P or D for the Đ of a scheme's code, which its type word or the Party's shape says ("Đề án số 03-PA/HU",
    # "03-DA/HU": a Party document is no "Dự án")
    if (code := sym.type_code) in ("PA", "DA") and (
        mention.doc_type == "Đề án" or (sym.form == "party" and code == "DA")
    ):
        text = sym.text.replace(f"-{code}/", "-ĐA/").replace(f"/{code}-", "/ĐA-")
        mention.symbol = Symbol(text, sym.number, sym.year, "ĐA", sym.issuer_codes, sym.form, True)
        mention.doc_type = "Đề án"
    # … and of a request's ("Đơn đề nghị số 02/DN-HKD", "Giấy đề nghị … số 0825/2022/DNHT-MK": "ĐN", "ĐNHT")
    elif (lead := sym.type_code or next(iter(sym.issuer_codes), "")).startswith(
        "DN"
    ) and mention.doc_type in _REQUESTS:
        fixed = f"Đ{lead[1:]}"
        codes = sym.issuer_codes if sym.type_code else (fixed, *sym.issuer_codes[1:])
        text = re.sub(rf"(?<=/){lead}(?=-|$)", fixed, sym.text, count=1)
        mention.symbol = Symbol(
            text, sym.number, sym.year, fixed if sym.type_code else None, codes, sym.form, True
        )
    # … and of a telegram's, read as the Government's code ("Công điện số 32/CP-TTg": the Prime Minister's "32/CĐ-TTg")
    elif (
        mention.doc_type == "Công điện"
        and not sym.type_code
        and len(sym.issuer_codes) > 1
        and sym.issuer_codes[0] == "CP"
    ):
        text = re.sub(r"(?<=/)CP(?=-)", "CĐ", sym.text, count=1)
        mention.symbol = Symbol(text, sym.number, sym.year, "CĐ", sym.issuer_codes[1:], "state", True)


_REQUESTS = frozenset(["Đơn đề nghị", "Giấy đề nghị"])
# An item of a list: "…: số 55/2010/QH12 …; số 28/2016/QH14" (the symbol has no type code of its own).
_ITEM_NUMBER = re.compile(r"[;:,(]\s*s[^\s\d]{0,2}\s*:?\s*$")
_LIST_HEAD = re.compile(
    r"(?<![a-z])cac\s+(?:"
    + "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(type_words()))
    + ")(?![a-z])"
)
_SENTENCE_BREAK = re.compile(r"\.\s|\n\s*\n")


def _list_head(src: Source, s0: int) -> str | None:
    """The type of a list's items, named once at its head: "Căn cứ các Nghị quyết của Quốc hội: số
    55/2010/QH12 …; số 28/2016/QH14 …" are resolutions, whatever their symbols alone would suggest."""
    back = src.window(s0 - 300, s0)
    cut = max((b.end() for b in _SENTENCE_BREAK.finditer(back)), default=0)
    heads = list(_LIST_HEAD.finditer(back, cut))
    return doc_type_of(heads[-1]) if heads else None


def _party_short_form(sym: Symbol, doc_type: str | None) -> Symbol | None:
    """A Party document cited by its number and its organ ("Nghị quyết 18/TW", "Chỉ thị 05/TU"): its type word gives
    the type code every Party symbol carries, 18-NQ/TW."""
    if sym.form != "congvan" or sym.type_code or len(sym.issuer_codes) != 1:
        return None
    organ = registry.organ(sym.issuer_codes[0])
    code = _party_type_codes().get(doc_type or "")
    if organ is None or organ.branch != "party" or code is None:
        return None
    return replace(sym, text=f"{sym.number}-{code}/{organ.code}", type_code=code, form="party", repaired=True)


@cache
def _party_type_codes() -> dict[str, str]:
    """The Party's type code of each type name ("Nghị quyết": NQ, "Quy định": QĐi)."""
    out: dict[str, str] = {}
    for kind in registry.type_codes().values():
        if kind.system in ("party", "both"):
            out.setdefault(kind.name, kind.code)
    return out


def _doc_type_of_symbol(sym: Symbol) -> str | None:
    if sym.form == "congvan":
        return "Công văn"
    if sym.form == "assembly":
        return "Luật" if sym.issuer_codes[0].startswith("QH") else "Pháp lệnh"
    if sym.type_code == "TT" and sym.form == "party":
        return "Thông tri"
    known = registry.type_codes().get(sym.type_code or "")
    return known.name if known else None


# "của X" (OCR: "ctia", "c6a"); "giữa X và Y" for a programme between two bodies (OCR: "giira", "gitra", "gifra",
# "giita", "gita"); an Assembly's session before it ("Nghị quyết số 30/2021/QH15 ngày 28/7/2021 (tại) Kỳ họp thứ nhất,
# Quốc hội khóa XV").
OF = re.compile(
    # ("Chỉ thị số 05/CT-TTg nêu trên của Thủ tướng Chính phủ": a reference back, then its issuer; "Thông báo số
    # 512-TB/TU ngày 28/8/2025 kết luận của Thường trực Tỉnh ủy": what the notice does, then whose it is)
    r"^[\s,?]*(?:(?:(?:neu|noi)\s+tren|ket\s+luan)\s+(?=c[a-z]{0,2}a\b))?(?P<of>(?:cua\s+)?c[a-z6]{0,2}a\b|gi(?:u|ir|tr|tt|fr|it|ii|t)a\b|of(?=\s+the\s)"
    r"|(?:cua\s+|tai\s+)?ky\s+hop\s+(?:thu\s+)?\w+\s*,?(?=\s*quoc\s+hoi))?\s*"
)
_OF_BEFORE = re.compile(r"(?<![a-z])c[a-z6]{0,2}a\s+")
# … and after a comma, the next document's stated issuer ("…, của Ban Bí thư tại văn bản số …")
_AT_DOCUMENT = re.compile(
    r"\s+tai\s+(?:cac\s+)?(?:van\s+ban|cong\s+van|thong\s+bao|ket\s+luan|to\s+trinh|bao\s+cao|quyet\s+dinh"
    r"|nghi\s+quyet|chi\s+thi|ke\s+hoach|huong\s+dan)(?![a-z])"
)


# The agent of a passive right after the mention: "… được Bộ Chính trị ban hành", "… được Quốc hội thông qua".
_ISSUED_BY_AGENT = re.compile(r"[\s,]*(?:(?:da\s+)?duoc|(?P<do>do))\s+")
_ISSUED = re.compile(r"\s*(?:ky\s+)?(?:ban\s+hanh|thong\s+qua)(?![a-z])")
# ("Nghị định số 12/2015/NĐ-CP ngày 12/02/2015 do Chính phủ." : "do" names its issuer, the verb left out, at a clause's end)
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
# (after the organ's former name or its role in the matter: "Tổng cục Thuế (trước đây) tại …", "Công ty X (chủ đầu tư) tại …")
_AT = re.compile(r"(?:\s*\(\s*(?:cu|truoc\s+day|chu\s+dau\s+tu)\s*\))?\s+tai\s*")


def passive_agent(src: Source, fwd: str, pos: int) -> tuple[issuers.Issuer, int] | None:
    """The agent of a passive that ``fwd`` (folded, at ``pos`` in the text) opens with, and where its verb ends."""
    agent = _ISSUED_BY_AGENT.match(fwd)
    by = (
        issuers.recognise(fwd[agent.end() :], src.text[pos + agent.end() : pos + len(fwd)]) if agent else None
    )
    if agent is None or by is None:
        return None
    issued = _ISSUED.match(fwd, agent.end() + by.end) or (
        _CLAUSE_END.match(fwd, agent.end() + by.end) if agent.group("do") and by.code else None
    )
    return (by, issued.end()) if issued else None


# How promptly or fully a body issued something ("đã kịp thời ban hành", "đã ban hành kịp thời", folded)
_HOW = r"(?:kip\s+thoi|khan\s+truong|nhanh\s+chong|day\s+du|dung\s+han|dong\s+bo|chu\s+dong)"


# "…, Bộ Tài chính đã ban hành Thông tư số 119/2014/TT-BTC", "Tổng cục Hải quan (đã) có công văn số …", "Ban Dân vận
# Tỉnh ủy và UBND tỉnh ký Chương trình phối hợp số …": the subject of "ban hành" (or "có", "ký", "ký ban hành") is the
# issuer; it starts its clause (after a comma, a full stop, a colon or a line break).
# (after another verb of the subject's: "Ủy ban nhân dân tỉnh đã tiếp thu và ban hành Công văn số …"; an adverb of how:
# "UBND tỉnh đã kịp thời ban hành …", "Hội Liên hiệp Phụ nữ phường đã chủ động ban hành …", "Chính phủ mới ban hành …")
_ENACTED_BY = re.compile(
    r"(?:^|[,.;:\n])\s*(?P<who>[^,.;:\n]{2,80}?)\s+(?:(?:da\s+)?(?:[a-z]+\s+){1,2}va\s+)?"
    # (… or advised issuing it: "Ban Tổ chức Thành ủy tham mưu ban hành Hướng dẫn số 24-HD/BTCTU", its own when its
    # code is the symbol's)
    r"(?P<advised>(?:da\s+)?tham\s+muu\s+(?=ban\s+hanh))?"
    rf"(?:(?:(?:da|vua|cung|moi)\s+)?(?:{_HOW}\s+)?(?:ban\s+hanh|ky(?:\s+ket|\s+ban\s+hanh)?|(?:cu\s+the|the\s+che)\s+hoa\s+bang|thong\s+qua)|(?:da\s+)?co"
    r"|(?:da\s+)?xay\s+dung)"
    r"\s*$"
)


_ADVISED_WHOM = re.compile(r"(?<![a-z])(?:da\s+)?tham\s+muu(?:\s+cho)?\s+(?=\S)")


def _term_aside_joined(back: str) -> str:
    """``back`` with the commas around a term blanked ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam,⏎khóa XII, đã
    thông qua …": the term is part of the subject); the same length, so offsets hold."""
    return _TERM_ASIDE.sub(_aside_blanked, back)


def _aside_blanked(aside: re.Match[str]) -> str:
    """The term's commas, and the session after it ("…, khóa XII, kỳ họp thứ 3 đã thông qua"), as spaces."""
    kept = (
        aside.group(0)[: aside.start("session") - aside.start()] if aside.group("session") else aside.group(0)
    )
    return kept.replace(",", " ").ljust(len(aside.group(0)))


_TERM_ASIDE = re.compile(
    r",?\s*khoa\s+(?:[ivxl]+|[1-3]?\d)(?P<session>\s*,?\s*ky\s+hop\s+thu\s+\w+)?\s*,?"
    r"(?=\s*(?:da\s+)?(?:thong\s+qua|ban\s+hanh)\s*$)"
)
# … where a line may wrap inside its subject ("UBND⏎huyện đã ban hành", "Ban Thường⏎vụ Huyện ủy"): the last words of
# the line before (up to twenty, two bodies that sign together: "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam
# phường phối hợp với Ủy ban⏎nhân dân phường ký kết …"; else twelve, "Ủy ban nhân dân tỉnh Bạc⏎Liêu (cũ) ban hành …",
# "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam,⏎khóa XII, đã thông qua …"; else the nearest four)
_WRAPPED = tuple(
    re.compile(rf"(?<![^\s,.;:])((?:[^\s,.;:]+[ \t]+){{0,{n}}}[^\s,.;:]+)[ \t]*\n[ \t]*\Z")
    for n in (19, 11, 3)
)


# "… được UBND huyện công nhận tại Quyết định số 2210/QĐ-UBND" ("… phê duyệt theo", "… ban hành kèm theo"; OCR's "dudc
# HDND xa théng qua tai"): the agent of a passive act is the issuer.
# (… and "dự án do Bộ Công an trình tại văn bản số …": the organ that submitted it; "bị Ủy ban Kiểm tra Huyện ủy thi hành
# kỷ luật bằng hình thức khiển trách tại Quyết định số …": the body that disciplined; "đã được Sở Xây dựng thông báo kết
# quả thẩm định tại Thông báo số …": the one that appraised; "được Ủy ban Kiểm tra Huyện ủy triển khai bằng Kế hoạch
# số …": the one that carried it out by it; "được Thủ tướng Chính phủ hỗ trợ tại Quyết định số …", "được UBND tỉnh tặng
# Bằng khen tại …", "được Ủy ban nhân dân tỉnh khen thưởng tại …": the one that gave it; "tài liệu do Bộ Nội vụ cung cấp
# tại Công văn số …": the one that supplied it; "được Quốc hội phê chuẩn tại …", "đã được UBND thành phố thống kê tại
# Báo cáo số …"; OCR's "chdp thuan" for "chấp thuận")
_AGENT = re.compile(
    r"(?<![a-z])(?:d(?:u|w|ir)[oqgd][ceg]?|do|bi)\s+(?P<who>(?:[^,.;:\n]|\n(?!\s*\n)){2,60}?)\s+(?:phe\s+(?:duyet|chuan)|cong\s+nhan|ban\s+hanh|quy\s+dinh|chi\s+ra"
    r"|thong\s+bao|tham\s+dinh|xac\s+nhan|chap\s+nhan|cu\s+the\s+hoa|trien\s+khai|phat\s+dong|du\s+kien"
    r"|s[uw]a\s+doi(?:,?\s+bo\s+sung)?"
    r"|quyet\s+dinh|ch[ad]p\s+thuan|giao|thanh\s+lap|kien\s+toan|trinh|de\s+nghi|bao\s+cao|huong\s+dan|chi\s+dao|danh\s+gia|cong\s+bo|ket\s+luan|thi\s+hanh\s+ky\s+luat"
    r"|th[oe]ng\s+qua|xac\s+dinh|the\s+che\s+hoa|ho\s+tro|tang|cap|phan\s+bo|bo\s+tri|duc\s+rut|tong\s+ket|xuat\s+cap|khen\s+thuong|thong\s+ke"
    r"|chuyen(?:\s+den)?|cung\s+cap|xep\s+hang)"
    r"(?:\s+(?!tai\b|theo\b|kem\b|quy\s+dinh\b)[a-z0-9]+){0,8}?"
    r"\s+(?:tai|(?:kem\s+)?theo|(?<=den\s)kem|(?:(?<=khai\s)|(?<=sung\s)|(?<=doi\s)|(?<=hoa\s))bang)\s*$"
)


# "UBND tỉnh ban hành kế hoạch công tác …: Kế hoạch số 118/KH-UBND, …", "… đã ban hành:⏎- Kế hoạch số …" (over a bullet
# or an item's number: "… đã ban hành các văn bản sau:⏎(1) Kế hoạch số …")
# (… or their count, or what they are, the documents in brackets after it: "Chủ tịch UBND xã đã ban hành 02 công điện
# (Công điện số …", "UBND xã đã⏎ban hành Quy chế thực hiện dân chủ trong hoạt động của cơ quan (Quyết định số …")
_ISSUED_LIST = re.compile(
    r"(?P<verb>ban\s+hanh)(?:(?:\s[^.;:\n]{0,80})?:\s*(?:(?:[-+•*]|\(?\d{1,2}[.)]|[a-z]\))\s*)?"
    r"|(?:\s+[^\s,.;:()]+){1,15}?\s*\(\s*"
    # (… or counted, then named among them: "UBND huyện đã ban hành 14 văn bản chỉ đạo …, trong đó có Chỉ thị số …")
    r"|\s+\d{1,3}\s(?:[^.;:\n]|\n(?![ \t]*\n)){0,80}?,\s*trong\s+d[o6]\s+(?:co\s+)?)$"
)
_PLURAL_ENDING = re.compile(r"\s+(?:cac|nhung)\s*$")
_AMONG_THEM = re.compile(
    r"(?<![a-z])trong\s+d[o6]\s+co\s*$"
)  # "…, trong đó có": one of what was named before
# … and how it was issued ("UBND tỉnh đã ban hành kịp thời Quyết định số 29/2024/QĐ-UBND")
_HOW_ISSUED = re.compile(rf"(?<=ban\shanh)\s+{_HOW}\s*$")
_GENERIC_WORD = re.compile(r"\s+(?:(?:cac|nhung)\s+)?v[a]n\s+b[a]n(?:\s+s\S{0,2})?\s*$|\s+(?:cac|nhung)\s*$")


_LISTED_ORGAN = re.compile(r"(?:[,;(]|\s(?=va\s))\s*(?:va\s+)?(?P<who>[^,;:(]{2,80}?)\s+tai\s*$")
_SUBJECT_VERB = (
    r"tham\s+dinh|gop\s+y|y\s+kien|trinh|de\s+nghi|hu[oe]ng\s+dan|thong\s+bao|bao\s+cao|ket\s+luan|tra\s+loi"
    r"|tong\s+ket|so\s+ket|thi\s+hanh\s+ky\s+luat|cung\s+cap|tong\s+hop|chi\s+dao|phan\s+anh|de\s+xuat|yeu\s+cau"
)
_SUBJECT_AT = re.compile(
    # (the body a meeting heard, its name over a line break: "… họp nghe Công an⏎phường báo cáo tại Báo cáo số …")
    r"(?:^|[.:,;]\s|\n|\sma\s|\snghe\s|\()[\s\-+•]*(?P<who>(?:[^,;:.\n]|\n(?![ \t]*\n)){2,60}?)\s+(?:da\s+)?"
    r"(?:tiep\s+tuc\s+)?(?:c[o6]\s+|cho\s+)?"
    # (… or what it submitted, and to whom: "Bộ Tài chính đã trình Thủ tướng Chính phủ tại Tờ trình số …"; whom it
    # answered or guided: "Cục Hải quan tỉnh Bắc Ninh đã hướng dẫn Công ty tại công văn số …")
    rf"(?:(?:gop\s+y|y\s+kien)\s+ve(?:\s+[a-z]+){{1,10}}?|trinh(?:\s+[a-z]+){{1,5}}?(?=\s+tai\s*$)"
    r"|(?:hu[oe]ng\s+dan|tra\s+loi)\s+(?:cong\s+ty|doanh\s+nghiep|don\s+vi|nguoi\s+nop\s+thue)(?=\s+tai\s*$)"
    rf"|{_SUBJECT_VERB})"
    r"(?:\s+du\s+thao(?:\s+[a-z]+){0,3}?|\s+vuong\s+mac|\s+bang\s+hinh\s+thuc(?:\s+[a-z]+){1,3}?"
    r"|\s+cu\s+the|\s+chi\s+tiet)?\s+tai\s*$"
)
# The body a meeting heard present the document: "Ban Thường vụ Thành ủy họp nghe Ban cán sự đảng UBND thành phố báo
# cáo Tờ trình số …"
_HEARD = re.compile(
    r"(?<![a-z])nghe\s+(?P<who>(?:[^,;:.\n]|\n(?![ \t]*\n)){2,60}?)\s+(?:bao\s+cao|trinh\s+bay)"
    r"(?:\s+(?:[^,;:.\n]|\n(?![ \t]*\n)){1,80}?\s+tai)?\s*$"
)  # (its name may wrap: "… sau khi nghe Ban cán sự đảng Ủy ban nhân dân⏎tỉnh trình bày Tờ trình số …"; what it reported
# may come between: "… nghe Ủy ban nhân dân xã báo cáo tình hình dịch bệnh tại Báo cáo số 41/BC-UBND")
_GIVING_VERB = (
    r"giao|de\s+ra|phan\s+bo|thong\s+qua|gia\s+han|phe\s+duyet|quyet\s+dinh|chap\s+thuan|ban\s+hanh|cho\s+phep"
    r"|kien\s+toan|thanh\s+lap"
)
_GIVEN_AT = re.compile(
    rf"(?P<who>(?:[^,;:.()\n]|\n(?![ \t]*\n)){{2,80}}?)\s+(?:da\s+)?(?:{_GIVING_VERB})(?:\s+(?!tai\b|theo\b|quy\s+dinh\b)[a-z0-9]+){{0,10}}?\s+tai\s*$"
)
# Their verbs, sought first (and their "tại" at the end): the patterns above try every start and length of the organ's
# name, slow on a line of blanks that names none.
_SUBJECT_OR_GIVING_VERB = re.compile(rf"(?<![a-z])(?:{_SUBJECT_VERB}|{_GIVING_VERB})(?![a-z])")
_EXCHANGED_WITH = re.compile(
    r"(?<![a-z])(?:trao\s+doi|thong\s+nhat|thoa\s+thuan)(?:\s+(?:thong\s+nhat|y\s+kien))?\s+voi\s+"
    r"(?P<who>[^,;:.()\n]{2,80}?)\s+tai\s*$"
)
_ENGLISH_OWNER = re.compile(
    r"(?<![a-z])(?P<who>the\s+[a-z ]{3,60}?)\s*['’]s\s+(?:decree|decision|circular|resolution|directive|law)\s+no\.?\s*$"
)
_PASSIVE_MARK = re.compile(r"(?<![a-z])(?:d(?:u|w|ir)[oqgd][ceg]?|do)\s")
_LETTER_WORD = re.compile(r"\s+(?:v[a]n\s+b[a]n|c[o]ng\s+v[a]n)(?:\s+s\S{0,2})?\s*$")
_ORGAN_BEFORE_BRACKET = re.compile(r"(?P<who>[^,;:()\n]{2,80}?)\s*\(\s*(?:tai\s*)?$")


# OCR's readings of the verbs that name the issuer before the document, each as long as the word it stands for:
# "Ban Bí thư đã c6 Chỉ thị số …", "Quốc hội đã théng qua Luật …", "Ban Thường vụ Thành ủy ban hdnh Kế hoạch …" (folded)
_OCR_VERBS = {"c6": "co", "theng": "thong", "h4nh": "hanh", "hdnh": "hanh"}
_OCR_VERB = re.compile(r"(?<= )(?:c6|theng(?= qua)|(?<=ban )h[4d]nh)(?![a-z0-9])")


def issuer_before(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The issuer stated before the document: "Theo đề nghị của Sở Tư pháp tại Tờ trình số 358/TTr-STP", or
    the subject of "ban hành" ("Ủy ban nhân dân huyện ban hành Kế hoạch số 45/KH-UBND")."""
    back = _OCR_VERB.sub(
        lambda m: _OCR_VERBS[m.group(0)], _blank_now_called(src.window(mention.start - 100, mention.start))
    )
    if (bold := len(back) - len(back.rstrip("*_"))) and back[:-bold].endswith(" "):
        # "… đã thẩm định dự thảo tại **Báo cáo thẩm định số 256/BC-STP**": the emphasis is no part of the clause
        back, mention = back[:-bold], replace(mention, start=mention.start - bold)
    if (letter := _LETTER_WORD.search(back)) and back[: letter.start()].endswith(" co"):
        # "Văn phòng Chính phủ đã có Văn bản số 4326/VPCP-KTTH": the letter's word is no part of the clause
        back, mention = (
            back[: letter.start()],
            replace(mention, start=mention.start - len(back) + letter.start()),
        )
    if (plural := _PLURAL_ENDING.search(back)) and back[: plural.start()].endswith("ban hanh"):
        # "Bộ Tài chính đã ban hành các Quyết định số 89/QĐ-BTC …": the plural's word is no part of the clause either
        back, mention = (
            back[: plural.start()],
            replace(mention, start=mention.start - len(back) + plural.start()),
        )
    if owner := _ENGLISH_OWNER.search(back):  # an English translation's "the Government's Decree No. …"
        return issuers.english(owner.group("who"))
    if how := _HOW_ISSUED.search(back):
        back, mention = back[: how.start()], replace(mention, start=mention.start - len(back) + how.start())
    if (
        back.rstrip().endswith(("hanh", " co", " ky", "ky ket", "hoa bang", "thong qua", "xay dung"))
        and not _AMONG_THEM.search(back)
    ):  # "… ban hành", "… (đã) có công văn số …", "… ký", "… cụ thể hóa bằng", "Quốc hội đã thông qua", "… (đã) xây dựng"
        found = _enacted_by(src, mention, back)
        # a bare "có" ("has") names its subject the issuer only of a letter, or when the subject is a registered organ
        bare_co = back.rstrip().endswith(" co") and not back.rstrip().endswith("da co")
        if found is not None or not back.rstrip().endswith("hoa bang"):
            return (
                found
                if not (bare_co and found and found.code is None and mention.doc_type != "Công văn")
                else None
            )
        # (… a passive's agent that gave it force: "… được Quốc hội thể chế hóa bằng Nghị quyết số …", read below)
    if (
        (listed := _ISSUED_LIST.search(back))
        and (  # "UBND tỉnh ban hành kế hoạch công tác …: Kế hoạch số 118/KH-UBND"
            found := _enacted_by(
                src,
                replace(mention, start=mention.start - len(back) + listed.end("verb")),
                back[: listed.end("verb")],
            )
        )
    ):
        return found
    if generic := _GENERIC_WORD.search(back):  # "… của Sở Nội vụ tại Văn bản số 70/TTr-SNV"
        # (offsets below count back from the mention's start: it moves back with the cut)
        back, mention = (
            back[: generic.start()],
            replace(mention, start=mention.start - len(back) + generic.start()),
        )
    if back.rstrip().endswith("(") and (named := _named_before_bracket(src, mention)):
        return named
    if back.rstrip().endswith("(") and (bracket := _ORGAN_BEFORE_BRACKET.search(back)):
        # the organ the bracket's document is of: "… theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy (Hướng dẫn số 87-HD/BTGTU)",
        # "Bộ Xây dựng (công văn số 4050/BXD-KHTC)" opening a line; not the end of another noun ("tổ chức phi chính phủ
        # (Quyết định số 20/2017/QĐ-TTg)")
        who = bracket.group("who").rstrip()
        at = mention.start - len(back) + bracket.start("who")
        printed = src.text[at : at + len(who)]  # (the folded view blanks a table's bars)
        if "|" in printed:  # the organ's own cell ("| 4 | Bộ Ngoại giao (công văn số 4739/BNG-QTTV …)")
            at, who = at + printed.rindex("|") + 1, who[printed.rindex("|") + 1 :]
        of = who.rfind("cua ") if who.startswith("cua ") else who.rfind(" cua ") + 1
        start = of + 4 if of > 0 or who.startswith("cua ") else len(who) - len(who.lstrip(" -+•*"))
        found = issuers.recognise(who[start:], src.text[at + start : at + len(who)])
        return found if found and found.code and start + found.end == len(who) else None
    if heard := _HEARD.search(back):
        found = _organ_ending(src, heard.group("who"), mention.start - len(back) + heard.start("who"))
        return found if found and found.code else None
    if not back.rstrip().endswith(("tai", "theo", "bang", "kem")):
        return None
    # "được UBND huyện công nhận tại Quyết định số …"; from each "do" on ("trong đó có 06 đơn do Đoàn đại biểu Quốc
    # hội tỉnh chuyển đến tại …": "đó" folds as "do" too)
    agent = _AGENT.search(back)
    while agent:
        at = mention.start - len(back) + agent.start("who")
        who = _NOTE_AT_END.sub(
            "", agent.group("who")
        )  # ("… do Ban Thường vụ Thành ủy Tân An (cũ) phê duyệt tại …")
        found = issuers.recognise(who, src.text[at : at + len(who)])
        if found and found.end == len(who):
            return found
        agent = _AGENT.search(back, agent.start("who"))
    ofs = list(_OF_BEFORE.finditer(back))
    if ofs:
        of = ofs[-1]
        at = mention.start - len(back) + of.end()
        found = issuers.recognise(back[of.end() :], src.text[at : mention.start])
        if found and _AT.fullmatch(back, of.end() + found.end):
            return found
    # the organ a bracket says where it spoke: "… trao đổi với Thanh tra Chính phủ (tại Công văn số 2036/TTCP-BTCD)"
    if bracket := _ORGAN_BEFORE_BRACKET.search(back):
        found = _organ_ending(src, bracket.group("who"), mention.start - len(back) + bracket.start("who"))
        if found and found.code:
            return found
    # a list of opinions, each organ before its own letter: "… của Bộ A tại Văn bản số X, Bộ Y tế tại Văn bản số Y";
    # or the sentence's subject and what it did there: "Sở Tư pháp đã thẩm định tại Báo cáo số …"
    if (item := _LISTED_ORGAN.search(back)) and (
        found := _whole_organ(src, item.group("who"), mention.start - len(back) + item.start("who"))
    ):
        return found
    # (the subject may follow the sentence's topic, and be followed by what it is now called: "Nội dung này Tổng cục
    # Thuế (nay là Cục Thuế) đã có hướng dẫn tại Công văn số …")
    stripped = back.rstrip()
    verb = (
        stripped.endswith("tai")
        and stripped[-4:-3].isspace()
        and _SUBJECT_OR_GIVING_VERB.search(back) is not None
    )
    if verb and (subject := _SUBJECT_AT.search(back)):
        found = _organ_ending(
            src,
            _NOTE_AT_END.sub("", _NOW_CALLED.sub("", subject.group("who"))),
            mention.start - len(back) + subject.start("who"),
        )
        # (a company too, by its proper name: "… mà Công ty Điện lực Quảng Trị đã đề xuất tại Công văn số …", not "Đề
        # nghị Công ty căn cứ hướng dẫn tại …")
        if found and (found.code or (found.branch == "other" and found.name.split()[-1][:1].isupper())):
            return found
    if exchanged := _EXCHANGED_WITH.search(back):
        # the body the citing one agreed with, in its letter: "… sau khi trao đổi thống nhất với Sở Lao động - Thương binh
        # và Xã hội tại công văn số 2231/SLĐTBXH-LĐVL"
        found = _organ_ending(src, exchanged.group("who"), mention.start - len(back) + exchanged.start("who"))
        if found and found.code:
            return found
    if verb and (given := _GIVEN_AT.search(back)):
        # an organ's act in a relative clause: "… hoàn thành chỉ tiêu UBND tỉnh giao tại Quyết định số 15/QĐ-UBND", "…,
        # trình HĐND tỉnh thông qua tại Nghị quyết số 18/NQ-HĐND", "(đã được Quốc hội gia hạn tại Nghị quyết số …)"
        who, at = given.group("who"), mention.start - len(back) + given.start("who")
        # "… tại Nghị quyết số 28/NQ-HĐND … và UBND tỉnh phê duyệt dự án tại …", "… các hạng mục còn tồn đọng của năm
        # 2024 mà Ủy ban nhân dân xã đã phê duyệt tại …": the subject after the last "và" or "mà"
        if (joined := max(who.rfind(" va "), who.rfind(" ma "))) >= 0:
            who, at = who[joined + 4 :], at + joined + 4
        found = _organ_ending(src, who, at)
        before = who[: len(who) - found.end].split() if found else []
        # (after a passive, only its agent: "(đã được Quốc hội gia hạn tại …)", not the organ it was submitted to, "…
        # được Tổng cục Thuế trình Bộ Tài chính phê duyệt tại Tờ trình số …")
        passive = [i for i, w in enumerate(before) if _PASSIVE_MARK.fullmatch(w + " ")]
        if passive and passive[-1] != len(before) - 1:
            return None
        return found if found and found.code and before[-1:] != ["cua"] else None
    return None


# The document named by its type and organ, its subject, then its number in brackets: "sau khi nghe Báo cáo của Ban Tổ
# chức Trung ương về tình hình … (Báo cáo số 565-BC/BTCTW, ngày 27/11/2025)"; or the organ heard doing what the type
# word says: "nghe Đảng ủy Ủy ban nhân dân tỉnh báo cáo kết quả … (Báo cáo số 214-BC/ĐU ngày 16/02/2026)".
_NAMED_BEFORE_BRACKET = (
    r"(?:(?<![a-z]){0}\s+c[a-z]{{0,2}}a\s+(?P<who>[^,;:()]{{2,80}}?)\s+v[e]\s"
    r"|(?<![a-z])nghe\s+(?P<heard>[^,;:()]{{2,80}}?)\s+{0}\s)[^()]{{0,300}}\(\s*$"
)


def _named_before_bracket(src: Source, mention: Mention) -> issuers.Issuer | None:
    if mention.doc_type is None:
        return None
    back = src.window(mention.start - 420, mention.start)
    named = re.search(_NAMED_BEFORE_BRACKET.format(fold_view(mention.doc_type).replace(" ", r"\s+")), back)
    if named is None:
        return None
    group = "who" if named.group("who") else "heard"
    at = mention.start - len(back) + named.start(group)
    found = issuers.recognise(named.group(group), src.text[at : at + len(named.group(group))])
    return found if found and found.end == len(named.group(group)) else None


def _enacted_by(src: Source, mention: Mention, back: str) -> issuers.Issuer | None:
    """The subject of "ban hành", from the clause's first word on: "Tham mưu Ban Thường vụ Huyện ủy ban
    hành …", "Sau khi Hội nghị lần thứ tám … ban hành …" name the issuer after a word or two."""
    back = _term_aside_joined(back)
    if joint := _AND_PARTNER.search(back):
        # "UBND quận ban hành Kế hoạch A và phối hợp với Hội Liên hiệp Phụ nữ quận ban hành Kế hoạch liên tịch B": the
        # clause from "phối hợp" on is the subject's, with its partner
        back = " " * joint.end() + back[joint.end() :]
    clause = _ENACTED_BY.search(back)
    if clause is None or _BARE_ENACTED.search(back):
        return _subject_goes_on(src, mention, back)
    who = clause.group("who")
    at = mention.start - len(back) + clause.start("who")
    # "Ban Thường vụ Tỉnh ủy Tiền Giang (trước hợp nhất) ban hành …": a note on the organ is no part of its name;
    # "Ngày 19 tháng 10 năm 2020 Chính phủ đã ban hành …": nor the date before it
    who = _NOTE_AT_END.sub("", who)
    if leading := DATE_LEADING.match(who):
        who, at = who[leading.end() :], at + leading.end()
    if clause.group("advised"):
        found = _organ_ending(src, who, at)
        codes = mention.symbol.issuer_codes if mention.symbol else ()
        return found if found and found.code in codes else None
    if advisee := _ADVISED_WHOM.search(who):
        # "Ban Thường trực Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành …": the body advised issued it
        return _organ_ending(src, who[advisee.end() :], at + advisee.end())
    # (its "phối hợp với" may end the line above: "… phối hợp với⏎Sở Nội vụ ban hành …", no organ's first words)
    partner_above = _PARTNER_WRAPPED.search(back, 0, clause.start("who"))
    for pattern in () if partner_above else _WRAPPED:
        wrapped = pattern.search(back, 0, clause.start("who"))
        if wrapped and (
            found := _organ_ending(
                src,
                back[wrapped.start(1) : clause.start("who") + len(who)],
                mention.start - len(back) + wrapped.start(1),
            )
        ):
            return found  # "UBND⏎huyện đã ban hành …"
    found = _organ_ending(src, who, at, organ_code(mention.symbol) if mention.symbol else None)
    if (
        found
        and (_PARTNER_ONLY.match(who) or partner_above)
        and (subject := _sentence_subject(src, mention))
        # (not itself: a heading's "… phối hợp" over the line that names it, "4. Công tác truyền thông, phối hợp⏎- Ban
        # Thường vụ Hội Liên hiệp Phụ nữ huyện ban hành …")
        and subject.name != found.name
    ):
        # "Ban Dân vận Tỉnh ủy …; phối hợp với Ban cán sự đảng UBND tỉnh ban hành Chương trình …": the two issued it
        return replace(found, name=f"{subject.name} và {found.name}")
    codes = mention.symbol.issuer_codes if mention.symbol else ()
    return (
        _listed_with(src, back, clause.start("who"), mention.start - len(back), found, codes)
        if found
        else None
    )


def _listed_with(
    src: Source, back: str, start: int, base: int, found: issuers.Issuer, codes: tuple[str, ...]
) -> issuers.Issuer:
    """``found`` with the organ listed before it and a comma, when the two are Party organs of one level or the
    symbol names both ("Bộ Chính trị, Ban Bí thư ban hành Kết luận số 137-KL/TW"); not an organ the clause before
    names ("Trên cơ sở chỉ đạo của Chính phủ, Bộ Quốc phòng đã ban hành Thông tư số 44/2018/TT-BQP")."""
    before = back[:start].rstrip()
    if not found.code or not before.endswith(","):
        return found
    comma = len(before) - 1
    begin = max(before.rfind(c, 0, comma) for c in ",.;:\n([]") + 1
    begin += len(before[begin:comma]) - len(before[begin:comma].lstrip())
    first = issuers.recognise(before[begin:comma], src.text[base + begin : base + comma])
    if (
        first is None
        or first.end != comma - begin
        or not (
            (first.branch == found.branch == "party" and first.tier == found.tier)
            or {first.code, found.code} <= set(codes)
        )
    ):
        return found
    return replace(found, name=f"{first.name}, {found.name}")


def _blank_now_called(back: str) -> str:
    """``back`` with what an organ is now called blanked, so that offsets hold: no part of a clause ("Cục Thuế tỉnh
    Vĩnh Phúc (nay là⏎Thuế tỉnh Phú Thọ) có Thông báo số …"); and the comma inside the culture ministry's or
    department's name, which no clause ends at ("Sở Văn hóa, Thể thao và Du lịch ban hành …")."""
    back = _CULTURE_COMMA.sub(" ", back)
    return _NOW_CALLED_AFTER.sub(lambda m: " " * len(m.group(0)), back) if "(" in back else back


_CULTURE_COMMA = re.compile(r"(?<=van\shoa),(?=\s*the\s+thao\b)")


def _organ_ending(src: Source, who: str, at: int, expect: str | None = None) -> issuers.Issuer | None:
    """The longest organ that ends ``who`` (folded, at ``at`` in the text) from one of its first words; with the
    organ it works with when the clause says so ("Sở Nội vụ phối hợp với Liên đoàn Lao động tỉnh ban hành …").
    ``expect``: the organ code of the symbol, which vouches for a name OCR damaged ("Quéc hdi ban hanh …")."""
    for k, word in enumerate(_WORD_START.finditer(who)):
        found = issuers.recognise(
            who[word.start() :], src.text[at + word.start() : at + len(who)], expect=expect
        )
        # far into the clause ("Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh ban hành"), only a registered organ
        if found and word.start() + found.end == len(who) and (k < 8 or found.code):
            partner = _WITH_PARTNER.fullmatch(who, 0, word.start())
            first = _partner_before(src, partner.group(1), at + partner.start(1)) if partner else None
            if first and first.code:
                return replace(found, name=f"{first.name} và {found.name}")
            return found
    return None


def _partner_before(src: Source, words: str, at: int) -> issuers.Issuer | None:
    """The organ that ends ``words`` (before "phối hợp với"), its name wrapped or not, from the first word it can
    start at: under a heading ("3. Công tác phối hợp của Mặt trận⏎Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với …"),
    after the verb that set it to work ("… chỉ đạo Ủy ban⏎Mặt trận Tổ quốc Việt Nam xã phối hợp với …")."""
    for word in _WORD_START.finditer(words):
        start = word.start()
        found = issuers.recognise(words[start:], src.text[at + start : at + len(words)])
        if found and found.end >= len(words) - start:
            return found
    return None


# "X phối hợp (với) Y": the body a joint document's second issuer works with
# (OCR: "phdi hgp véi")
_PARTNER = r"ph\S{1,2}i\s+h\S{1,2}p(?:\s+v\S{1,2}i)?\s+"
_WITH_PARTNER = re.compile(rf"\s*(\S.*?)\s+{_PARTNER}", re.DOTALL)
_PARTNER_ONLY = re.compile(rf"\s*{_PARTNER}")
_AND_PARTNER = re.compile(
    rf"\sva\s+(?={_PARTNER}[^,.;:]{{2,80}}?\s+(?:(?:da|cung)\s+)?(?:ban\s+hanh|ky(?:\s+ket)?)\s*$)"
)
_PARTNER_WRAPPED = re.compile(r"(?<![a-z])ph\S{1,2}i\s+h\S{1,2}p(?:\s+v\S{1,2}i)?[ \t]*\n\s*$")


# An organ in brackets that ends a table's cell or a line ("… ngày 05/6/2021 (UBND tỉnh) |")
_ORGAN_IN_BRACKET = re.compile(r"[ \t]*\(([^()\n]{2,40}?)(?:[ \t]+c[ũu])?\)[ \t]*(?=\||$|\n)")
# (after an opening bracket or quote: "(Tổng cục Hải quan đã có công văn số …")
_WORD_START = re.compile(r"(?<![^\s(\"“'])[^\s(\"“']")
# "Ban Thường vụ Huyện ủy quán triệt X; ban hành Quyết định Y": the sentence's subject issues Y too.
# (… "đồng thời" or "sau đó" between: "UBND tỉnh ban hành Quyết định X …; đồng thời ban hành Kế hoạch Y")
_BARE_ENACTED = re.compile(
    r"[;,]\s*(?:(?:dong\s+thoi|sau\s+do|tiep\s+do),?\s+)?(?:(?:da|vua|cung)\s+)?ban\s+hanh\s*$"
)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:]\s|\n)\s*(?:[-+•*]\s*)?(?=\S)")


def _subject_goes_on(src: Source, mention: Mention, back: str) -> issuers.Issuer | None:
    """The organ that opens the sentence, when a clause after ";" or "," goes on with its "ban hành"."""
    return _sentence_subject(src, mention) if _BARE_ENACTED.search(back) else None


def _sentence_subject(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The registered organ that opens the sentence ``mention`` is in; back over lines the sentence wrapped from
    ("Ban Dân vận Tỉnh ủy tham mưu …⏎triển khai …; phối hợp với …"), to its first. A later clause of the sentence
    that names an organ of its own names it instead ("Đảng ủy xã ban hành …; UBND xã ban hành …; phối hợp với …")."""
    wide = src.window(mention.start - 400, mention.start)
    offset = mention.start - len(wide)
    opened = _sentence_opener(src, wide, offset)
    if opened is None:
        return None
    found, end = opened
    for clause in _CLAUSE_OPENS.finditer(wide, end):
        if clause.group("who") is not None:
            # "Đảng ủy lãnh đạo Ủy ban nhân dân xã ban hành Kế hoạch số 96/KH-UBND …; ban hành Quyết định số …": the body
            # the subject led to issue goes on issuing
            at = offset + clause.start("who")
            later = issuers.recognise(clause.group("who"), src.text[at : at + len(clause.group("who"))])
            later = later if later and later.end == len(clause.group("who")) else None
        else:
            later = issuers.recognise(wide[clause.end() :], src.text[offset + clause.end() : mention.start])
        if later and later.code:
            found = later
    return found


_CLAUSE_OPENS = re.compile(
    r";\s*|(?<![a-z])(?:lanh\s+dao|chi\s+dao)\s+(?P<who>[^,;:\n]{2,80}?)\s+(?:da\s+)?ban\s+hanh\s"
)


def _sentence_opener(src: Source, wide: str, offset: int) -> tuple[issuers.Issuer, int] | None:
    """The registered organ that opens the sentence that ``wide`` (at ``offset`` in the text) ends in, and where its
    name ends in ``wide``."""
    for opening in reversed(list(_SENTENCE_OPENS.finditer(wide))):
        wrapped = _WRAPPED_LINE.search(wide, 0, opening.start() + 1)
        at = offset + opening.end()
        # (a line the sentence wrapped onto opens no clause: "… của⏎Chủ tịch UBND tỉnh về …; ban hành …", "… đến 100%⏎chi
        # bộ, đảng viên; ban hành …")
        # (… nor the rest of a symbol broken at its slash or dash: "… Nghị quyết số 21-NQ/⏎TW, Ban Thường vụ …")
        # (… nor the rest of an issuer's name after "của": "… ngày 05/8/2025 của Ban Thường vụ⏎Thành ủy; ban hành …")
        if wrapped and (
            _OF_AT_LINE_END.search(wide, 0, opening.start() + 1)
            or not src.text[at].isupper()
            or wide[opening.start() - 1] in "/-"
            or _subject_wrapped_into(src, wide, opening.end(), offset, _OF_TAIL)
        ):
            continue
        if wrapped and (found := _subject_wrapped_into(src, wide, opening.end(), offset)):
            return found, opening.end()  # "…, Ban Thường vụ⏎Huyện ủy đã tổ chức quán triệt …; ban hành …"
        found = issuers.recognise(wide[opening.end() :], src.text[at : offset + len(wide)])
        if found and found.code:
            return found, opening.end() + found.end
        if intro := _INTRODUCTION.match(wide, opening.end()):
            # "Ngay sau khi chính quyền địa phương hai cấp chính thức hoạt động từ ngày 01/7/2025, Ban Thường vụ Đảng
            # ủy phường đã tổ chức quán triệt …; ban hành …": the organ after the clause that says when
            found = issuers.recognise(
                wide[intro.end() :], src.text[offset + intro.end() : offset + len(wide)]
            )
            if found and found.code:
                return found, intro.end() + found.end
        if not wrapped:
            return None
    return None


# A clause that says when or on what basis, before a sentence's subject (folded)
_INTRODUCTION = re.compile(
    r"(?:ngay\s+)?(?:sau\s+khi|truoc\s+khi|khi|tren\s+co\s+so|ngay\s+\d|(?:truoc|sau)\s+(?:sap\s+xep|hop\s+nhat|sap\s+nhap))"
    r"[^,;.:]{0,160}?,\s*"
)


def _subject_wrapped_into(
    src: Source, wide: str, line_start: int, offset: int, opens: re.Pattern[str] | None = None
) -> issuers.Issuer | None:
    """The registered organ whose name the line break before ``line_start`` (in ``wide``, at ``offset`` in the text)
    falls inside: its first words end the line above, after the stop or comma that opens its clause (or after what
    ``opens`` says comes before it)."""
    if (tail := (opens or _CLAUSE_TAIL).search(wide, 0, line_start)) is None:
        return None
    found = issuers.recognise(wide[tail.start(1) :], src.text[offset + tail.start(1) : offset + len(wide)])
    return found if found and found.code and tail.start(1) + found.end > line_start else None


_CLAUSE_TAIL = re.compile(r"(?:\A|[,;:.]|\n)[ \t]*((?:[^\s,.;:]+[ \t]+){0,11}[^\s,.;:]+)[ \t]*\n[ \t]*\Z")


# … or after "của", the issuer's first words at the line's end
_OF_TAIL = re.compile(r"(?<![a-z])c[a-z6]{0,2}a[ \t]+((?:[^\s,.;:]+[ \t]+){0,3}[^\s,.;:]+)[ \t]*\n[ \t]*\Z")


_OF_AT_LINE_END = re.compile(r"(?<![a-z])(?:c[a-z]{0,2}a|do|voi|va|cho)[ \t]*\n$")


# A line break inside a sentence: after a word, a figure, a comma or a symbol broken at its dash, not after a stop, a
# colon or a blank line (folded).
_WRAPPED_LINE = re.compile(r"[a-z0-9,)%/-][ \t]*\n$")
_NOTE_AT_END = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_DAY_WORD_WRAPPED = re.compile(r"(?<![a-z])ng\S{0,3}y[ \t]*\n[ \t]*$")


def _date_before(src: Source, mention: Mention) -> None:
    """The date that opens the clause of the subject who issued ``mention`` ("Ngày 05/3/2024, UBND tỉnh đã ban
    hành Công văn số …"), when the document's own year does not contradict it."""
    back = _term_aside_joined(_blank_now_called(src.window(mention.start - 140, mention.start)))
    clause = _ENACTED_BY.search(back)
    before = back[: clause.start("who")] if clause else ""
    date = date_opening(before) if clause else None
    if date is None and before.rstrip(" \t").endswith("\n") and before.count("\n", before.rfind(",")) == 1:
        # the subject wrapped onto the verb's line: the date before its first line ("Ngày 03/6/2008, Quốc hội nước
        # Cộng hòa xã hội chủ nghĩa Việt Nam,⏎khóa XII, đã thông qua …")
        date = date_opening(before[: before.rfind(",") + 1])
    if clause and date is None:
        # (its "ngày" may end the line above: "…, ngày⏎10/5/2011 Thủ tướng Chính phủ ban hành …")
        wrapped = _DAY_WORD_WRAPPED.search(before)
        leading = DATE_LEADING.match(back, wrapped.start() if wrapped else clause.start("who"))
        if leading:
            date = iso_date(leading.group("d"), leading.group("m"), leading.group("y"))
    if date and mention.year in (None, int(date[:4])):
        mention.date, mention.year = date, int(date[:4])


# A date that opens the clause, then the document it was given in: "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP …"
# (not "Ngày …, theo Kế hoạch số …, UBND huyện tổ chức …": the date of what was done under it).
_DATE_THEN_DOCUMENT = re.compile(r",\s*tai\s*$")


def _date_at_clause_start(src: Source, mention: Mention) -> str | None:
    """The date of a clause that opens with it and goes straight to the document ("Ngày 22/10/2025, tại Thông báo
    số 569/TB-VPCP của Văn phòng Chính phủ, …"), when the document's own year does not contradict it."""
    back = src.window(mention.start - 60, mention.start)
    if (then := _DATE_THEN_DOCUMENT.search(back)) is None:
        return None
    date = date_opening(back[: then.start() + 1])
    return date if date and mention.year in (None, int(date[:4])) else None


# A list's lead that names the items' issuer: "Căn cứ các văn bản sau của Ủy ban nhân dân tỉnh:", "Các Văn bản
# thẩm định của Sở Tư pháp: Số 294/BC-STP …, số 1890/STP-VB …".
_ITEM_SEPARATOR = re.compile(r"[;,:]|\svà\s")
_ITEM_LINE = re.compile(r"\n[ \t*_]*(?:[-+•]|\(?\d{1,2}[\\ ]?[.)]|[a-zđ]\))[ \t]*(?:\S+[ \t]+){0,3}\S*$")
# (a comma inside one title: "các Thông tư của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ:")
_LEAD_OF = re.compile(r"(?<![a-z])c[a-z]{0,2}a\s+(?P<who>(?:(?!(?<![a-z])c[a-z]{0,2}a\s)[^;:]){2,80}?)\s*$")
# What an organ is now called, in brackets after its name: at a lead's end, and before the title after an issuer
_NOW_CALLED_BRACKET = r"\s*[*_]*\(\s*nay\s+(?:la\s)?[^()]{}\)[*_]*"
_NOW_CALLED = re.compile(_NOW_CALLED_BRACKET.format("*") + r"\s*$")
# … or the country it is of ("Căn cứ các Luật của Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam: …")
_COUNTRY = re.compile(r"\s+nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam\s*$")
# … or what it was ("của Ủy ban nhân dân tỉnh Hà Giang (cũ):", before a merger)
_FORMER = re.compile(r"\s*\(\s*cu\s*\)\s*$")
_NOW_CALLED_AFTER = re.compile(_NOW_CALLED_BRACKET.format("{1,120}"))
_FORMER_NOTE = re.compile(r"[ \t]*\((?:cu|truoc\s+(?:sap\s+xep|hop\s+nhat|sat\s+nhap))\)")
_OWN_ISSUER = re.compile(r"(?<![a-z])(?:c[a-z]{0,2}a|tai)\s")
# … or names it as the subject that issued them: "UBND tỉnh đã ban hành các văn bản sau:⏎(1) Kế hoạch số …;⏎(2) …"
_ENACTING_LEAD = re.compile(
    r"(?:^|[,.;]\s|(?<![a-z])do\s)\s*(?P<who>[^,.;:\n]{2,80}?)\s+(?:da\s+)?ban\s+hanh(?:\s[^.;:\n]{0,80})?$"
)
_SYMBOL_LIKE = re.compile(r"\d\s*/\s*\w")


# "Căn cứ các Nghị định của Chính phủ số 63/2010/NĐ-CP …; số 48/2013/NĐ-CP … và số 92/2017/NĐ-CP": a lead that
# names its items' type and issuer before the first number, each item a bare "số …" (on folded text).
_NUMBERS_LEAD = re.compile(
    r"(?<![a-z])(?:cac|nhung)\s+[a-z]+(?:\s+[a-z]+)?\s+c[a-z]{0,2}a\s+(?P<who>[^;:.]{2,80}?)\s+so\s+(?=\d|$)"
)
_SENTENCE_GAP = re.compile(r"\.\s|\n[ \t]*\n")
_BARE_ITEM = re.compile(r"(?:^|[;,]|\sva)\s+so\s*$")


# "Kế hoạch của Ủy ban nhân dân tỉnh số 46/KH-UBND", "Ké hoach cua Ban Thuong vu Tinh uy s6 18-KH/TU": the issuer
# between the type word and the number (folded)
# (its name may wrap: "Quyết định của UBND⏎tỉnh số 09/2023/QĐ-UBND")
_OWNER_BEFORE_NUMBER = (
    r"\s+c[a-z]{0,2}a\s+(?P<who>(?:[^,;:.()\n]|,(?=\s)|\n(?!\s*\n)){2,80}?)\s+s\S{0,2}\s*:?\s*$"
)
_ISSUER_BEFORE_NUMBER = re.compile(r"(?<![a-z])" + any_type_word() + _OWNER_BEFORE_NUMBER)
_OWNER_HINT = re.compile(r"(?<![a-z])c[a-z]{0,2}a\s.{0,80}\ss\S{0,2}\s*:?\s*$", re.DOTALL)
# … and the type it names ("Nghị quyết của Quốc hội số 244/2025/QH15" is no law)
_TYPE_OF_OWNER = re.compile(
    r"(?<![a-z])(?P<word>"
    + "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(type_words()))
    + ")"
    + _OWNER_BEFORE_NUMBER
)


def _issuer_after_type_word(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The organ a type word names before the number: a registered body that fills the gap."""
    back = src.window(mention.sym_start - 100, mention.sym_start)
    if (
        not back.rstrip().endswith(("so", "s6", "sb", "so:"))
        or (found := _ISSUER_BEFORE_NUMBER.search(back)) is None
    ):
        return None
    return _whole_organ(src, found.group("who"), mention.sym_start - len(back) + found.start("who"))


# A list's item labelled with its organ, then a colon: "- Ban Dân vận Trung ương: Hướng dẫn số 27-HD/BDVTW …"
_ORGAN_LABEL = re.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?P<who>[^:;,.()\n]{2,80}?)[ \t]*:[ \t]*")
_CELL_ORGAN = re.compile(r"[ \t*_]*(?P<who>[^:;,.()|\n]{2,80}?)[ \t]*,[ \t]*")


def _labelled_issuer(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The organ that labels the mention's line before a colon, its document right after; or that opens the
    mention's table cell before a comma ("| UBND tỉnh, Quyết định số 2874/QĐ-UBND ngày 30/10/2019 |")."""
    line_start = src.text.rfind("\n", 0, mention.start) + 1
    label = _ORGAN_LABEL.fullmatch(src.window(line_start, mention.start))
    if label is None and src.text[line_start : line_start + 1] == "|":
        line_start = src.text.rfind("|", line_start, mention.start) + 1
        label = _CELL_ORGAN.fullmatch(src.window(line_start, mention.start))
    return _whole_organ(src, label.group("who"), line_start + label.start("who")) if label else None


def _numbers_lead_issuer(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The issuer a lead like "các Nghị định của Chính phủ số A; số B và số C" states for its bare items."""
    start = mention.start
    origin = max(0, start - 600)
    window = src.window(origin, start)
    lead = max(_NUMBERS_LEAD.finditer(window), key=lambda m: m.start(), default=None)
    if lead is None or (
        lead.end() < len(window)
        and (_SENTENCE_GAP.search(window, lead.end()) or not _BARE_ITEM.search(window[-12:]))
    ):
        return None
    at = origin + lead.start("who")
    found = issuers.recognise(lead.group("who"), src.text[at : origin + lead.end("who")])
    return found if found and found.code and found.end >= len(lead.group("who")) else None


def _lead_issuer(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The issuer a list's lead states for its items (the lead ends in "của X:", the item is in its list)."""
    text = src.text
    colon = text.rfind(":", max(0, mention.start - 2400), mention.start)
    # (a colon that leads no list, the header's "Số:" above "Căn cứ các Nghị định của Chính phủ số A; số B", leaves
    # the lead before the numbers)
    if colon < 0 or ". " in text[colon : mention.start] or ".\n" in text[colon : mention.start]:
        return _numbers_lead_issuer(src, mention)
    # an item opens after the colon, a ";", a "," or "và" ("số 48/2013/NĐ-CP … và số 92/2017/NĐ-CP"), or on its
    # own line ("- Nghị định số …"); not in running prose
    item = _ITEM_SEPARATOR.split(text[colon + 1 : mention.start])[-1]
    if len(item.split()) > 4 and not _ITEM_LINE.search(item):
        return _numbers_lead_issuer(src, mention)
    line_start = text.rfind("\n", 0, colon) + 1
    own_line = text.rfind("\n", 0, mention.start) + 1
    # "Theo đề nghị của X tại Tờ trình số …": the item names its own; an earlier item's title may name others'
    # ("số 187/2025/NĐ-CP … sửa đổi … của Nghị định số 78/2025/NĐ-CP …; số 79/2025/NĐ-CP")
    item_start = max(colon, own_line, text.rfind(";", 0, mention.start))
    if _OWN_ISSUER.search(src.window(item_start, mention.start)):
        return None
    lead = _LEAD_OF.search(src.window(line_start, colon))
    if (
        lead is None
        and line_start > 0
        and not text[max(0, line_start - 80) : line_start - 1].rstrip().endswith((".", ";", ":"))
    ):
        # the lead wrapped onto the colon's line ("Căn cứ các Nghị định của⏎Chính phủ: …")
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        lead = _LEAD_OF.search(src.window(line_start, colon))
    if lead is None:
        enacting = _ENACTING_LEAD.search(src.window(line_start, colon))
        if enacting is None:
            return _numbers_lead_issuer(src, mention)
        # ("… sau đây do Ủy ban nhân dân tỉnh Hà Giang (trước sắp xếp) ban hành:": a note on the organ is no part of it)
        who = _NOTE_AT_END.sub("", enacting.group("who"))
        found = _organ_ending(src, who, line_start + enacting.start("who"))
        return found if found and found.code else None
    if _SYMBOL_LIKE.search(src.text, line_start, colon):
        return None  # "… Nghị định số 83/2013/NĐ-CP … của Chính phủ:" is a citation's issuer, not a lead's
    head = _LIST_HEAD.search(src.window(line_start, colon))
    # ("Căn cứ các Nghị định của Chính phủ: …" issues no "Thông báo số 1856-TB/TU" below the list)
    if head is not None and mention.doc_type is not None and doc_type_of(head) != mention.doc_type:
        return None
    at = line_start + lead.start("who")
    # (less what the organ is now called: "… của Bộ trưởng Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi
    # trường): số …")
    who = _COUNTRY.sub("", _FORMER.sub("", _NOW_CALLED.sub("", lead.group("who"))))
    found = issuers.recognise(who, text[at : at + len(who)])
    return found if found and found.code and found.end >= len(who.rstrip()) else None


_EARLIER_SYMBOL = re.compile(r"\d+(?:/\d{4})?[ \t]*[-/][ \t]*[A-ZĐ][A-Za-zĐ]*[ \t]*[-/][ \t]*[A-ZĐ]")


def _row_issuer(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The organ a table row names for the mention (see ``_row_organ``), unless the symbol is a central body's and
    the organ a local one: "| UBND tỉnh | Triển khai Chỉ thị số 26/CT-TTg |" is a note on the row's document."""
    line_start = src.text.rfind("\n", 0, mention.start) + 1
    if _EARLIER_SYMBOL.search(src.text, line_start, mention.start):
        return None  # "| 1 | 45-KH/HU | 5-7-2016 | BTV Huyện ủy | Thực hiện Nghị quyết 08-NQ/TU |": the row's own document's
    found = _row_organ(src, mention)
    if found is None or mention.symbol is None:
        return found
    if not _may_issue(found, mention.symbol.issuer_codes):
        return (
            None  # "| Công an xã | Thường xuyên | Nghị quyết số 12/2025/NQ-HĐND |": who does the row's task
        )
    if found.tier in (None, "central"):
        return found
    central = (registry.organ(code) for code in mention.symbol.issuer_codes)
    return None if any(organ is not None and organ.tier == "central" for organ in central) else found


def _may_issue(found: issuers.Issuer, codes: tuple[str, ...]) -> bool:
    """Whether the organ ``found`` may have issued a document whose symbol names the organs ``codes``: one of them,
    or a State organ above or under one of them ("Chủ tịch UBND" and "…/QĐ-UBND"), or any Party body for a Party
    organ's symbol (its standing committee, its boards); any organ, when a symbol's organ is not registered. A Party
    cell has no boards: it issues under its own code only ("| Chi bộ Trạm Y tế xã | … | Quyết định số 19-QĐ/UBKTĐU |"
    is the inspection committee's decision on it)."""
    organs = [registry.organ(c) for c in codes]
    if found.code is None or found.code in codes or not organs or any(o is None for o in organs):
        return True
    own = registry.organ(found.code)
    return any(
        o is not None
        and o.branch == found.branch
        and (
            (found.branch == "party" and found.code != "CB")
            or o.parent == found.code
            or (own is not None and own.parent == o.code)
        )
        for o in organs
    )


def _row_organ(src: Source, mention: Mention) -> issuers.Issuer | None:
    """The organ a table row's earlier cell names, whole: "| 2 | UBND huyện Bến Lức | Kế hoạch số 87/KH-UBND |"; or,
    for a document of a People's Committee, the place the row is for ("1      Xã Mỹ Hương      Kế hoạch số 21/KH-UBND")."""
    line_start = src.text.rfind("\n", 0, mention.start) + 1
    row = src.text[line_start : mention.start]
    if (
        row.lstrip(" *").startswith("|")
        and (cell := _column_cell(src, line_start, mention.start, _ISSUER_HEADING)) is not None
        and (named := _cell_organ(cell)) is not None
    ):
        return named
    if (
        row.lstrip(" *").startswith("|")
        and _column_cell(src, line_start, mention.start, _ACTOR_HEADING) is not None
    ):
        return None  # "| Rà soát … | Sở Tư pháp | … | Nghị quyết số 190/2025/QH15 |": who does the task, not the issuer
    if not row.lstrip(" *").startswith("|") and _COLUMN_GAP.search(row):
        spaced = _spaced_column_cell(src, line_start, mention.start)
        if spaced is not None:  # a table under a heading row that has an issuer column
            return _cell_organ(spaced) if spaced else None
    cells = (
        _CLOSED_CELL
        if row.lstrip(" *").startswith("|")
        else _SPACED_CELL
        if _COLUMN_GAP.search(row)
        else None
    )
    if cells is _CLOSED_CELL and _ACTS_ON.search(fold_view(row[row.rfind("|") + 1 :])):
        return None  # "| Chi bộ thôn Đăk La | … | Đại hội điểm theo Hướng dẫn số 14-HD/BTCHU |": the row's body acts on it
    for before in reversed(list(cells.finditer(row)) if cells else []):  # the cells before the mention's own
        if found := _cell_organ(before.group("who")):
            return found
    sym = mention.symbol
    place = _PLACE_CELL.search(row) if sym is not None and sym.issuer_codes[:1] == ("UBND",) else None
    if place is None:
        return None
    level = issuers.PLACE_LEVELS[fold_view(place.group("level")).lower()]
    return issuers.Issuer(
        f"Ủy ban nhân dân {place.group('level').lower()} {place.group('name')}",
        "UBND",
        "state",
        level,
        None,
        0,
    )


def _row_date(src: Source, mention: Mention) -> str | None:
    """The day a Markdown table row gives its document under a "Ngày" column, apart from the document's cell."""
    line_start = src.text.rfind("\n", 0, mention.start) + 1
    if not src.text[line_start : mention.start].lstrip(" *").startswith("|"):
        return None
    cell = _column_cell(src, line_start, mention.start, _DATE_HEADING)
    return date_after(fold_view(cell))[0] if cell else None


def _cell_organ(who: str) -> issuers.Issuer | None:
    """The organ a table cell names, whole."""
    found = issuers.recognise(fold_view(who), who) if len(who) >= 4 else None
    return found if found and found.code and found.end >= len(who) else None


_CLOSED_CELL = re.compile(r"\|[ \t*_]*(?P<who>[^|]*?)[ \t*_]*(?=\|)")
# What the mention's own cell says the row's body does with the document, which is then another's.
_ACTS_ON = re.compile(r"\b(?:theo|thuc\s+hien|can\s+cu|trien\s+khai|quan\s+triet)\b")
# A table's column headed by who issued each row's document: "| Số, ký hiệu | Ngày ban hành | Cơ quan ban hành |".
_ISSUER_HEADING = re.compile(r"(?:co\s+quan|don\s+vi|cap)\s+ban\s+hanh|noi\s+ban\s+hanh")
# … and the column of who carries a task out: "| Cơ quan chủ trì |", "| Đơn vị thực hiện |", "| Phối hợp |", a steering
# committee's "| Thành viên |"; or who holds an asset, or takes it over ("| Đơn vị quản lý |", "| Đơn vị tiếp nhận |")
_ACTOR_HEADING = re.compile(
    r"chu\s+tri|phoi\s+hop|(?:co\s+quan|don\s+vi|nguoi)\s+(?:thuc\s+hien|quan\s+ly|tiep\s+nhan)|thanh\s+vien"
    r"|phu\s+trach"
)
# … and by its date: "| Ngày |", "| Ngày ban hành |", "| Ngày, tháng |"
_DATE_HEADING = re.compile(r"^\s*(?:ngay|thoi\s+gian\s+ban\s+hanh)\b")
_RULE_ROW = re.compile(r"[ \t]*\|[\s|:\-]+\|?[ \t]*")
_SUMMARY = re.compile(r"trich\s+yeu|noi\s+dung|ghi\s+chu")


def _column_cell(src: Source, line_start: int, pos: int, heading_pattern: re.Pattern[str]) -> str | None:
    """The cell of a Markdown table row under the column whose heading ``heading_pattern`` finds, wherever the
    column stands, for the document the row lists (not one its summary names, at ``pos``)."""
    text = src.text
    end = text.find("\n", line_start)
    row = text[line_start : end if end >= 0 else len(text)]
    start = line_start
    # up to the rule under the table's heading row (or the heading row, when OCR printed no rule)
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        ruled = _RULE_ROW.fullmatch(line) is not None
        if ruled or (
            line.lstrip(" *").startswith("|")
            and heading_pattern.search(fold_view(line))
            and not _EARLIER_SYMBOL.search(line)
        ):
            heading_start = text.rfind("\n", 0, max(0, above - 1)) + 1 if ruled else above
            heading = text[heading_start : above if ruled else start].split("|")  # (folding blanks the bars)
            column = next(
                (j for j, cell in enumerate(heading) if heading_pattern.search(fold_view(cell))), None
            )
            cells = row.split("|")
            own = text.count("|", line_start, pos)
            if (
                column is None
                or column >= len(cells)
                or own >= len(heading)
                or _SUMMARY.search(fold_view(heading[own]))
            ):
                return None
            return cells[column].strip(" \t*_")
        if not line.lstrip(" *").startswith("|"):
            return None
        start = above
    return None


# … and in a Word table copied as text, its columns apart by a tab or a wide gap
_COLUMN_GAP = re.compile(r"\t|[ \t]{3}")
_SPACED_SPLIT = re.compile(r"\t|[ \t]{2,}")
_HEADING_REACH = 12


def _spaced_cells(line: str) -> list[str]:
    return [c for c in _SPACED_SPLIT.split(line.strip()) if c]


def _spaced_column_cell(src: Source, line_start: int, pos: int) -> str | None:
    """The issuer cell of a row of a table laid out with spaces ("1   12-KH/HU   20/3/2016   BTV Huyện ủy   Thực
    hiện Chỉ thị 16-CT/TU") under a heading row with an issuer column ("Cơ quan ban hành"): "" for a document named
    in the summary column (the row's issuer is not its), None when no such heading stands above."""
    text = src.text
    end = text.find("\n", line_start)
    cells = _spaced_cells(text[line_start : end if end >= 0 else len(text)])
    before = text[line_start:pos]
    own = len(_spaced_cells(before)) - (0 if _SPACED_SPLIT.search(before[-2:] or " ") else 1)
    start = line_start
    for _ in range(_HEADING_REACH):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1]
        heading = _spaced_cells(fold_view(line))
        column = next((j for j, cell in enumerate(heading) if _ISSUER_HEADING.search(cell)), None)
        if column is not None:
            if len(heading) != len(cells) or not 0 <= own < len(cells):
                return None
            return "" if _SUMMARY.search(heading[own]) or own == column else cells[column]
        if not _COLUMN_GAP.search(line):
            return None
        start = above
    return None


_SPACED_CELL = re.compile(r"(?:^|\t|[ \t]{3})[ \t]*(?P<who>[^\t]+?)(?=\t|[ \t]{3})")
# A row's cell that names a place by its level, or its People's Committee ("| Xã Mỹ Hương |", "  Thị trấn Huỳnh Hữu
# Nghĩa   ", "⇥UBND xã Vĩnh Hảo⇥"), right before the mention's cell.
_PLACE_CELL = re.compile(
    rf"(?:^|\||\t|[ \t]{{2}})[ \t*_]*(?:(?:UBND|Ủy ban nhân dân|ỦY BAN NHÂN DÂN)[ \t]+)?"
    rf"(?P<level>[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Qq]uận|[Tt]hị xã)[ \t]+"
    rf"(?P<name>[{CAPITALS}0-9][^|\t\n]*?)[ \t*_]*(?:\|[ \t*_]*|\t[ \t]*|[ \t]{{2,}})$"
)


# Between two objects of one "ban hành": the first one's title ("về …", "ban hành Quy chế …", "thực hiện công tác …")
# or an aside in brackets, then "và" or a comma (no new clause).
_TITLE_HEAD = (
    r"\s+(?:ve|ban\s+hanh|(?:trien\s+khai\s+)?th(?:u|ii|y|w)c\s+hien|trien\s+khai|phe\s+duyet|quy\s+dinh|huong\s+dan|thanh\s+lap"
    r"|sua\s+doi)\s"
)
_SAME_OBJECT = re.compile(
    rf"(?:{_TITLE_HEAD}(?:[^.;:\n]|\n(?![ \t]*\n)){{0,160}}?)?"
    # (each on a bulleted line of its own: "… đã ban hành:⏎- Kế hoạch số A …;⏎- Quyết định số B …")
    r"(?:\s*\([^()]{0,80}\))?\s*(?:,|;|va)\s*(?:[-+•*]\s*)?(?:v[a]n\s+b[a]n\s+)?(?:s[^\s\d]{0,2}\s*)?"
)


# … and a document the first one's title names, before the list goes on
_IN_TITLE_SO_FAR = re.compile(_TITLE_HEAD + r"(?:[^.;:\n]|\n(?![ \t]*\n)){0,160}")
_TYPE_WORD = re.compile(r"(?<![a-z])" + any_type_word() + r"(?![a-z])")


def _in_title_of(src: Source, enacted: Mention | None, mention: Mention) -> bool:
    """Whether ``mention`` stands in the title of ``enacted``, the list's last item its subject issued."""
    return enacted is not None and bool(
        _IN_TITLE_SO_FAR.fullmatch(src.window(enacted.tail_end, mention.start))
    )


def _names_a_document(src: Source, start: int, end: int) -> bool:
    """Whether a capitalised type word stands in ``text[start:end]`` ("… triển khai thi hành Luật X và …")."""
    return any(src.text[m.start()].isupper() for m in _TYPE_WORD.finditer(src.folded, start, end))


# (a bare "số" after the list's first item: "Công điện số 008/CĐ-UBND và số 009/CĐ-UBND …; số 010/CĐ-UBND …")
# (folded) between two items of a list: "," or "và", maybe the next item's provision or a generic word for a paper
# ("…, Mục II Tờ trình số B", "… và văn bản số B")
_JOINED = re.compile(
    r"\s*(?:,|va|;(?=\s*s\S{0,2}\s*:?\s*$))\s*(?:(?:muc|khoan|diem|dieu|phan)\s+[0-9a-z.]{1,5},?\s+(?:cua\s+)?)*"
    r"(?:(?:van\s+ban|cong\s+van)\s+)?(?:s\S{0,2}\s*:?\s*)?"
)
_SAME_DAY = re.compile(r"[\s,]*cung\s+ng")


def _fewer_organs(a: Mention, b: Mention) -> bool:
    """Whether ``b`` is a joint document, its organs stated, whose symbol names more organs than ``a``'s (not a
    unit after the organ: "1148/QĐ-UBND-HC" is the UBND's)."""
    return (
        a.symbol is not None
        and b.symbol is not None
        and b.issuer is not None
        and " và " in b.issuer.name
        and len(a.symbol.issuer_codes) < len(b.symbol.issuer_codes)
    )


def _same_organ(a: Mention, b: Mention) -> bool:
    """Whether two symbols name one organ first ("…/QĐ-UBND" and "…/UBND-NV", a unit's letter, are the UBND's)."""
    return (
        a.symbol is not None
        and b.symbol is not None
        and a.symbol.issuer_codes[:1] == b.symbol.issuer_codes[:1]
    )


# A title opens with "về", or with what the document does: "ban hành", "phê duyệt", "quy định", "hướng dẫn",
# "sửa đổi, bổ sung", a line break maybe inside ("ban⏎hành"); after a note in brackets, or the bracket that closes an
# issuer's term. After the document's issuer only, an act ("(triển khai) thực hiện", "công bố", "thành lập",
# "bãi bỏ", "tạm ngưng hiệu lực", "đình chỉ"): after a bare symbol it is more often the main clause's verb.
_TITLE_START = re.compile(
    r'^(?P<note>[\s,]*+\([^()\n]{1,30}\))?(?P<lead>[\s,]*+\)?[\s,]*+)(?:v[e€]\S?\s|v\s?/\s?v[\s:.]|ban\s+h\S{1,2}nh|phe\s+(?:duyet|chuan)|th[o]ng\s+qua(?=\s+(?:ke\s+hoach|du\s+toan|quyet\s+toan|bao\s+cao|de\s+an|chuong\s+trinh|quy\s+hoach|danh\s+muc|chu\s+truong|phuong\s+an))|"|quy\s+d[il]nh|h[uw][ode]{1,3}ng\s+d[ae]n|s[uw]a\s+d[oe]i|giai\s+thich'
    r"|(?P<act>(?:tri[e]n\s+khai\s+)?th[uw]c\s+hi[e]n(?!\s+(?:theo|nh[uw]|d[u]ng|k[e]\s+khai))|tri[e]n\s+khai|c[o]ng\s+b[o]"
    r"|th[a]nh\s+l[a]p|b[a]i\s+b[o]|t[a]m\s+ng[uw]ng|d[il]nh\s+ch[il])\s)"
)
# Page furniture that PDF text puts in mid-sentence: e-signature stamps and gazette page headers.
_FURNITURE = re.compile(r"\n[^\n]*(?:Người ký|Ký bởi|Thời gian ký|Email:|Cơ quan:|CÔNG BÁO/)[^\n]*(?=\n)")
# Where a title ends: a clause break, a blank line, a sentence's end (a capital or a number, "… công tác phí.⏎2.1 …"
# opens the next), a list item, or what the text says next about the document (", có hiệu lực kể từ …", "hết hiệu
# lực", "được sửa đổi" but for procedures so described, "… như sau:", ", cụ thể").
_LISTED_IN_TITLE = r"(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|Điều|Khoản|Điểm|Mục|Chương|Phụ\s+lục)\s"
# (Every alternative opens with one of a few signs or a space; the lookahead ahead of them spares the engine trying
# thirty alternatives at every letter of a title, half the time of the search.)
_TITLE_END = re.compile(
    r"(?=[;.,:(|\s])(?:"
    rf";|\n\s*\n|\.[*_]*\s+(?=[*_#(\[^ \t¹²³⁴-⁹]*[{CAPITALS}\d\n])|\.$|\n\s*[-+•]\s|\n[ \t]*(?=[a-zđ]\)\s|\d{{1,2}}\.[ \t]+[{CAPITALS}])|,\s*có\s+hiệu\s+lực\b|\s+(?:đã\s+)?hết\s+hiệu\s+lực\b"
    r"|(?<!thủ tục hành chính),?\s+\(?(?:đã\s+)?được\s+(?:sửa\s+đổi|đính\s+chính)\b"
    r"|\s+được\s+sửa\s+đổi(?=(?:,?\s+bổ\s+sung)?\s+(?:bởi|tại|theo)\s)"
    r"|,?\s+(?:đã\s+)?được\s+(?:quy\s+định\s+chi\s+tiết|hướng\s+dẫn)(?=[^.;:\n]{0,40}?\s(?:bởi|tại)\s)"
    # (a report's own work on it: "… được tiếp tục thực hiện", "… đã được triển khai thực hiện.")
    r"|\s+(?:(?:đã|tiếp\s+tục|vẫn|đều)\s+)?được\s+(?:tiếp\s+tục\s+)?(?:triển\s+khai|thực\s+hiện|quán\s+triệt)(?=\s*[.;,]|\s+(?:nghiêm|có\s+hiệu))|\s+như\s+sau\s*:|:\s*[“\"]|(?<=:)\s*[-+•][ \t]*[“\"]|(?<![vV]/[vV]):[ \t]+(?=[a-zđ\d])|,\s*theo\s+(?=[A-ZĐ])|,\s*cụ\s+thể\b"
    # the main clause after an opening "Thực hiện X," ("…, Ủy ban nhân dân tỉnh ban hành …", "…, UBND tỉnh đã sắp xếp
    # …", "…, Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh báo cáo như sau:", "…, tỉnh có 148 …"), whose subject
    # is no document nor a provision the title lists ("… Luật thuế GTGT, Luật thuế TTĐB và Luật quản lý thuế đã …")
    rf"|,\s+(?!{_LISTED_IN_TITLE})(?=[{CAPITALS}][^\s,.;]*\s+(?:[^\s,.;]+\s+){{0,10}}?(?:(?:đã|sẽ|đang)\s+(?!được\s)[^\W\d]|(?:ban\s+hành(?!\s+kèm)|xây\s+dựng|đề\s+nghị|yêu\s+cầu|có\s+ý\s+kiến|chỉ\s+đạo|b[áa]o\s+c[áa]o|hướng\s+dẫn|thông\s+báo|tham\s+mưu|chủ\s+trì|quyết\s+định)[\s:]))"
    rf"|,\s+(?!{_LISTED_IN_TITLE})(?=[{CAPITALS}][^,.;:\n]{{0,80}}?\s+(?:nh[ưu]\s+sau|chỉ\s+thị|quyết\s+định|kết\s+luận)\s*:)"
    # … and an alias after it ("(sau đây gọi tắt là Công điện 280), các sở, ban, ngành đã …")
    r"|\s*\((?=\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s)"
    r"|,\s*theo\s+đó\b|\s+nêu\s+rõ\b|\s+có\s+căn\s+cứ\s+ban\s+hành\b|,?\s+(?:đã\s+)?cho\s+thấy\b"
    # … or the next task after a comma ("…, đẩy mạnh thực hiện Đề án 06"): the text's own carrying out of another
    r"|,\s*(?:đẩy\s+mạnh|tăng\s+cường)\s+(?:thực\s+hiện|triển\s+khai)\s"
    # what the citing text goes on to say of it or do by it: "… theo đúng Nghị định X", "… giai đoạn 2022-2025 đã giao
    # Bộ Tài chính …", "… xuất ngũ hoặc Quyết định hưởng trợ cấp theo quy định tại …"
    r"|\s+theo\s+đúng\b|\s+(?:cũng\s+)?đã\s+(?:giao|đưa\s+ra|chỉ\s+đạo|yêu\s+cầu|xác\s+định|nêu|đề\s+ra)\b"
    rf"|\s+hoặc\s+(?={_LISTED_IN_TITLE})"
    # … or a reason after a comma (", do Nghị định X đã hết hiệu lực")
    rf"|,\s*(?:do|vì)\s+(?=[{CAPITALS}\d]|[^,.;:]{{0,60}}?\s(?:đã|chưa|không)\s)"
    # … or the next object of the verb before it ("theo quy định tại Nghị định X quy định Y và các văn bản hướng dẫn")
    r"|\s+và\s+(?:các\s+)?(?:văn\s+bản|quy\s+định)(?:\s+(?:của\s+)?pháp\s+luật)?\s+(?:hướng\s+dẫn|hiện\s+hành|có\s+liên\s+quan|liên\s+quan|khác)\b"
    # … or the text's own words on it: ", đồng thời …", "… có nội dung trùng lặp", "…, báo cáo Thủ tướng …"
    rf"|,\s*đồng\s+thời\b|\s+có\s+nội\s+dung\b|,\s+(?:báo\s+cáo|trình)\s+(?=[{CAPITALS}])"  # a consolidated text's "… có căn cứ ban hành như sau:"
    # "… từ ngày Thông tư này có hiệu lực", a new line of the preamble whose ";" OCR lost ("⏎Căn cứ Luật …")
    r"|\s+(?:kể\s+)?từ\s+ngày\s+(?:\S+\s+){1,3}?này\s+có\s+hiệu\s+lực\b"
    r"|\s*\n[ \t]*(?=(?:[-+•*][ \t]*)?(?:Căn\s+cứ|Thực\s+hiện|Xét)\s)"
    r"|,\s+(?=(?:tỉnh|huyện|xã|phường|thành\s+phố)\s+có\s+\d)"
    # … or the citing place's own clause ("…, phường đã rà soát …"); a change said of it, in brackets or passive
    # ("(thay thế Nghị định số …)", "… đã được thay thế bởi …")
    r"|,\s+(?=(?:tỉnh|huyện|xã|phường|thị\s+trấn|thành\s+phố|đặc\s+khu)\s+đã\s)"
    r"|\s*\((?=\s*(?:thay\s+thế|bãi\s+bỏ)\s)|\s+(?:đã\s+được\s+thay\s+thế|được\s+thay\s+thế\s+bởi)\b"
    # (… or after a comma, "… hệ thống chính trị tỉnh Thái Bình, thay thế Quyết định số …"; not a title's own verbs,
    # "sửa đổi, thay thế …")
    r"|(?<!đổi)(?<!sung)(?<!bỏ),\s+(?=thay\s+thế\s)"
    # … or a task of the citing document after a comma ("… về giá đất, tham mưu xây dựng …", "…, hoàn thành trước
    # ngày …", "…, các chi bộ đưa nội dung …")
    r"|,\s+(?=(?:tham\s+mưu|hoàn\s+thành\s+(?:trước|trong)|các\s+(?:chi\s+bộ|cấp\s+ủy|đảng\s+bộ)|đề\s+nghị\s+các)\s)"
    # … or the bodies that carried it out, and what they did ("…, các sở, ngành đã xây dựng …"), or where a report on it
    # goes ("… gửi về Ban Tuyên giáo Tỉnh ủy trước ngày …")
    r"|,\s+(?=(?:các|những)\s+[^.;:\n]{0,40}?\s(?:đã|sẽ|đang|cần|phải|chưa)\s)"
    rf"|\s+(?=gửi\s+về\s+[{CAPITALS}])"
    # … or a clause of the citing text: ", theo tin của …", "… thì …", ", góp phần …"
    r"|,\s*theo\s+(?:tin|dự\s+báo|báo\s+cáo|thông\s+báo)\s|\s+thì[\s:]|,\s*góp\s+phần\s"
    # … or the list's next object, a direction given in a letter ("… và ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn
    # số Y", "… và hướng dẫn của Bộ Nội vụ tại Công văn số Z")
    r"|\s+và\s+(?:ý\s+kiến\s+)?(?:chỉ\s+đạo|kết\s+luận|đề\s+nghị|hướng\s+dẫn)\s+của\s+(?=[^.;:]{2,80}?\s+tại\s)"
    r"|\s*\|(?=[^\n]*\|[ \t]*(?:\n|$))"  # a Markdown table's cell edge (its row ends in "|"; OCR prints "|" for "1")
    ")"
)


_LEFTOVER = re.compile(
    r"(?:(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)[A-ZĐ0-9]{2,6}(?:[ \t\u00a0]+[A-ZĐ0-9]{2,6})?|\.)"
    r"(?=[ \t\u00a0]+ng[aà]y\s+\d)"
)
_BLANKED = re.compile(r"[ \t\n]{16,}")
# (folded) the alias a text gives the document right after it: "(sau đây gọi tắt là Nghị định 100)", "(NĐ 100)"
_ALIAS_AFTER = re.compile(
    r"\s*\(\s*(?:(?:(?:sau\s+day\s+)?(?:duoc\s+)?(?:goi|viet)(?:\s+(?:tat|gon|chung))?\s+la\s*:?\s*[\"“]?)?"
    r"(?:[a-z]+\s+){1,3}(?:so\s+)?\d{1,5}[\"”]?"
    # … or a note on its version: "Quy định số 11-QĐi/TW (sửa đổi) của Bộ Chính trị"
    r"|sua\s+doi(?:,?\s+bo\s+sung)?|moi|cu"
    # … or on when it came: "công văn số 171011/KT ngày 11/10/2017 (gửi ngày 18/10/2017) của Công ty …"
    r"|(?:gui|nhan|den)\s+ngay\s+[\d/.\s-]{6,12})\s*\)"
)
# After a date, a comma or a line with something blanked on it (a page number, a table's cell) ends the clause.
_BREAK = re.compile(r",|\n[^\n]*\n|[ \t]{3}")


# A table printed one cell a line whose column after the document's is the day it lost force ("Ngày hết hiệu lực,
# ngưng hiệu lực"): a bare date alone on the next line is that day, not the document's ("Được thay thế bởi Quyết
# định số 53/2019/QĐ-UBND⏎01/01/2020").
_BARE_DATE_LINE = re.compile(r"[ \t]*\n[ \t]*[\d/.\-]{8,10}[ \t]*(?:\n|$)")
_EXPIRY_HEADING = re.compile(r"\n[ \t*_]*(?:ngay|thoi\s+diem)\s+(?:het|ngung|bat\s+dau|co)\s+hieu\s+luc")


def _expiry_cell(src: Source, pos: int, used: int) -> bool:
    if not _BARE_DATE_LINE.match(src.text, pos) or src.text.find("\n", pos, pos + used) < 0:
        return False
    return _EXPIRY_HEADING.search(src.folded, max(0, pos - 4000), pos) is not None


# How far past its symbol a mention's date, issuer and title may reach: a gazette decree's title runs to 350
# characters after a date and an issuer of 100.
TAIL_REACH = 560


def tail(src: Source, mention: Mention, limit: int) -> None:
    """Date, issuer and title that follow the symbol (never past ``limit``, the next symbol, nor past the end of
    a Markdown table's cell: "| Nghị định số 150/2025/NĐ-CP | 31/7/2025 |" gives the deadline column no date)."""
    pos = mention.sym_start + (mention.end - mention.sym_start)
    limit = _markdown_cell_end(src.text, pos, limit)
    fwd = src.window(pos, limit)
    if "---" in fwd:
        fwd = PAGE_NUMBER.sub(blank, fwd)
    elif "\n\n" in fwd:  # a page number between blank lines inside the date ("ngày 12 tháng 5 năm⏎⏎2⏎⏎2016")
        fwd = _LONE_PAGE_NUMBER.sub(blank, fwd)
    # a scan's leftover of the symbol before its date ("số 61702/CT-TTr GCN ngày …", "06/CV⏎NET 2023 ngày …"), or its
    # speck of a full stop ("12/2015/ND- CP. ngày 12 tháng 02 năm 2015": a sentence does not go on in lower case)
    if leftover := _LEFTOVER.match(src.text, pos):
        fwd, pos = fwd[leftover.end() - pos :], leftover.end()
    # "… SỐ 66-NQ/TW⏎Ngày 28 tháng 11 năm 2025, tại …": a capital "Ngày" on the next line opens a new sentence.
    date, used = date_after(fwd) if not _NEW_LINE_DATE.match(src.text, pos) else (None, 0)
    expired = bool(date) and _expiry_cell(src, pos, used)
    if expired:
        date, used = None, 0
    # "ngay 1* thang 9 nam 2024": a digit OCR could not read (the fold blanks its sign)
    if date and _UNREAD_DIGIT.search(src.text, pos, pos + used):
        date, used = None, 0
    if (
        not date
        and mention.year
        and (short := _SHORT_YEAR_DATE.match(fwd))
        and int(short["y"]) == mention.year % 100
    ):
        # "ngày 06/5/10": a year in two digits, the symbol's own ("38/2010/QĐ-TTg")
        date, used = iso_date(short["d"], short["m"], str(mention.year)), short.end()
    if (
        not date
        and not expired
        and "\n" in fwd[:60]
        and (unpaged := _PAGE_NUMBER_LINE.sub(blank, fwd, count=1)) != fwd
    ):
        # a page number alone on its line inside the date ("ngày⏎      2⏎14/12/2020"); not a year on its own line
        date, used = date_after(unpaged)
        fwd = unpaged if date else fwd
    if date:
        mention.date, mention.year = date, mention.year or int(date[:4])
        mention.end = mention.tail_end = pos + used
        mention.issuer = passed_by(src, pos, pos + used) or mention.issuer
        fwd, pos = fwd[used:], pos + used
        if again := _PRINTED_AGAIN.match(fwd):
            # "ngày 20/4/2018⏎ngày 20/4/2018 của Bộ Tài chính", "ngày 31/12/2024 2024 của Chính phủ": printed twice
            if again["y"]:
                repeated, more = again["y"] == date[:4], 0
            else:
                day, more = date_after(fwd[again.end() :])
                repeated = day == date
            if repeated:
                fwd, pos = fwd[again.end() + more :], pos + again.end() + more
    elif spoiled := _SPOILED_DATE.match(fwd):
        if year := next((y for y in spoiled.groups() if y), None):
            mention.year = mention.year or int(year)
        mention.end = mention.tail_end = pos + spoiled.end()
        fwd, pos = fwd[spoiled.end() :], pos + spoiled.end()
    elif month := _MONTH_YEAR.match(fwd):
        mention.year = mention.year or int(month["year"])
        fwd, pos = fwd[month.end() :], pos + month.end()
        # ("Nghị quyết 347/NQ-CP năm 2025, Nghị quyết 380/NQ-CP năm 2025 của Chính phủ": a list goes on after it)
        mention.tail_end = pos
    elif (yearless := _DAY_MONTH.match(fwd)) and iso_date(yearless["d"], yearless["m"], "2024"):
        if mention.year:
            mention.date = iso_date(yearless["d"], yearless["m"], str(mention.year))
        else:
            mention.day_month = (yearless["d"], yearless["m"])
        mention.end = mention.tail_end = pos + yearless.end()
        fwd, pos = fwd[yearless.end() :], pos + yearless.end()
    if "\n" in fwd:  # a page number alone on its line in the issuer ("của Ban⏎ 3⏎Bí thư …"), after the date
        fwd = PAGE_NUMBER.sub(blank, fwd)
    if alias := _ALIAS_AFTER.match(fwd):
        # "Nghị định số 12/2015/NĐ-CP (NĐ 12) của Chính phủ": the issuer after the alias, which the tail takes in
        fwd, pos = fwd[alias.end() :], pos + alias.end()
        mention.tail_end = pos
    if (
        fwd[:1] == ")"
        and (
            src.text[: mention.start].rstrip(" \t*_").endswith("(")
            or src.text.count("(", mention.start, pos) > src.text.count(")", mention.start, pos)
        )
        and (after := OF.match(fwd[1:]))
        and after.group("of")
    ):
        # "Kết quả sơ kết (Báo cáo số 112-BC/HU ngày 25/11/2013) của Ban Thường vụ Huyện ủy": the bracket holds the
        # document alone, and "của" after it says whose it is (… or its date alone: "Chỉ thị số 01/2005/CT-TTg (ngày
        # 04/02/2005) của Thủ tướng Chính phủ")
        fwd, pos = fwd[1:], pos + 1
    of = OF.match(fwd)
    assert of is not None
    # 120 characters of text: page furniture blanked in mid-issuer ("của Hội đồng nhân dân ⏎ Ký bởi … ⏎ CÔNG BÁO … ⏎
    # tỉnh") does not count
    window = fwd[of.end() : of.end() + 120]
    if BLANK_RUN in window:
        window = fwd[
            of.end() : of.end() + 120 + sum(map(len, _BLANKED.findall(fwd, of.end(), of.end() + 400)))
        ]
    # Only "của X", or a registered organ right after the date, can be the issuer. Without "của", after a comma
    # or a full stop a new clause starts ("…, Bộ Tư pháp tổ chức họp", "… 27/CT-TTg. Ủy ban nhân dân thành phố
    # ban hành …"), and so it does right after a bare symbol.
    after_date = bool(mention.date) and window[:1].isalnum() and not _BREAK.search(of.group(0))
    found = (
        issuers.recognise(
            window,
            src.text[pos + of.end() : pos + of.end() + len(window)],
            mention.symbol.issuer_codes if mention.symbol and len(mention.symbol.issuer_codes) > 1 else (),
            organ_code(mention.symbol) if mention.symbol and of.group("of") else None,
            between=of.group("of") is not None and of.group("of").startswith("gi"),
        )
        if of.group("of") or after_date
        else None
    )
    if (below := _cell_goes_on(src.text, pos + of.end(), limit)) is not None:
        # "| QĐ 1520/QB-UBND ngày 12/8/2019 cua UBND |⏎|  | huyén Y Yén |": the issuer wraps into the row below, or
        # opens it ("| QĐ số 2145/QĐ-UBND ngày 18/10/2018 |⏎|  | của UBND huyện Gia Viễn |")
        cell = src.text[pos + of.end() : limit].rstrip(" \t*_")
        lead = OF.match(fold_view(below)) if not cell.strip() else None
        joined = (
            f"{cell} {below}" if of.group("of") else below[lead.end() :] if lead and lead.group("of") else ""
        )
        longer = issuers.recognise(fold_view(joined), joined) if joined else None
        if (
            longer
            and longer.code
            and longer.end > len(cell)
            # (the cell below holds the name's end, then the title if any: not "| Kinh phí chi trả 9 tháng: … |", whose
            # first word would read as a district's name)
            and _name_ends_there(joined[longer.end :])
            and (found is None or longer.end > found.end)
        ):
            found = replace(longer, end=len(cell))
    if (
        found is None
        and mention.date
        and (bracket := _ORGAN_IN_BRACKET.match(fwd))
        and (
            organ := issuers.recognise(
                bracket.group(1), src.text[pos + bracket.start(1) : pos + bracket.end(1)]
            )
        )
        and organ.code
        and organ.end == len(bracket.group(1))
    ):
        # "| 1850/QĐ-UBND ngày 05/6/2021 (UBND tỉnh) |": a table's cell names the issuer in brackets after the date
        mention.issuer = organ
        mention.tail_end = pos + bracket.end()
        return
    if found and _other_level(found, mention):
        found = None  # "báo cáo kết quả thực hiện Chỉ thị số 33/CT-TTg của UBND huyện": the report's, not the directive's
    if found and "," in of.group(0) and _AT_DOCUMENT.match(fwd, of.end() + found.end):
        found = None  # "… của Bộ Chính trị tại Thông báo số 99-TB/TW ngày 21/11/2025, của Ban Bí thư tại văn bản số …"
    if found and (of.group("of") or found.code):  # "… ngày 28/03/2024 UBND tỉnh Đồng Nai": a registered organ
        mention.issuer = found
        fwd = fwd[of.end() + found.end :]
        pos += of.end() + found.end
        if now := _NOW_CALLED_AFTER.match(fwd):  # the issuer's new name: the title follows it
            fwd, pos = fwd[now.end() :], pos + now.end()
        mention.tail_end = pos
        if not mention.date:
            # (after a note that the organ was the former province's: "… của Ban Thường vụ Tỉnh ủy Vĩnh Phúc (cũ),
            # ngày 21/3/2023")
            former = _FORMER_NOTE.match(fwd)
            date, used = date_after(fwd[former.end() :] if former else fwd)
            used += former.end() if former and date else 0
            if date:
                mention.date, mention.year = date, mention.year or int(date[:4])
                pos += used
                mention.tail_end = pos
                fwd = fwd[used:]
    elif agent := passive_agent(src, fwd, pos):
        # "Kết luận số 70-KL/TW được Bộ Chính trị ban hành nhằm …": the passive's agent, and the day it states
        # ("… được Chính phủ ban hành ngày 14/8/2023")
        mention.issuer, issued = agent
        fwd, pos = fwd[issued:], pos + issued
        day, used = date_after(fwd) if not mention.date else (None, 0)
        if day:
            mention.date, mention.year = day, mention.year or int(day[:4])
            fwd, pos = fwd[used:], pos + used
        mention.tail_end = pos
    head = _TITLE_START.match(fwd)
    if head and head.group("act") and mention.issuer is None:
        head = None
    if head and _sent_to(src, mention, pos + head.end("lead")):
        head = None  # "báo cáo kết quả thực hiện Kế hoạch số 12-KH/ĐU về Ban Thường vụ Đảng ủy xã": where, not what
    if head and ")" in head.group("lead") and src.text.rfind("(", mention.sym_end, pos) < 0:
        # "(Nghị định số 12/2015/NĐ-CP) quy định …": the bracket closes an aside the mention is in
        head = None
    if head:
        # (searched to the line's end, which a table's cell edge looks at, but ending before ``limit``)
        line_end = src.text.find("\n", limit)
        end = _TITLE_END.search(src.text, pos + head.start(), len(src.text) if line_end < 0 else line_end)
        end = end if end and end.start() < limit else None
        stop = end.start() if end else limit
        if end is None and _CARRIES_OUT_NEXT.search(src.window(max(pos, limit - 60), limit)):
            # "Kết luận 01-KL/TW … về tiếp tục thực hiện Chỉ thị số 05-CT/TW … về …": the document the title
            # names is part of it
            end = _TITLE_END.search(src.text, limit, pos + 400)
            stop = end.start() if end else pos + 400
        opened = _QUOTED_TITLE.match(src.text, pos + head.start(), stop)
        if (
            opened
        ):  # a title in quotes ends with them ("“về …”, UBND tỉnh ban hành …", "“VỀ …” TRÊN ĐỊA BÀN TỈNH")
            stop = opened.end()
        # "của UBND tỉnh Bình Định (cũ) về …", "của Ban Chấp hành Trung ương Đảng (khóa XI) về …" (the term read)
        start = pos + head.end("lead")
        stop = min(stop, start + 400)
        # "(Kèm theo Nghị định số 151/2025/NĐ-CP … quy định về …)⏎Trình tự …": the aside's end
        if (closed := _aside_closes(src, mention.start, start, stop)) is not None:
            stop = closed
        stop = _before_next_listed(src, start, stop)
        # "… quy định về thành lập … cho phù hợp với dự thảo Nghị định": the citing text's aim, unless the title
        # itself changes something to fit ("sửa đổi … cho phù hợp với Luật X")
        if (fit := _TO_FIT.search(src.window(start, stop))) and not _CHANGE_TITLE.match(
            src.window(start, stop)
        ):
            stop = start + fit.start()
        if _PROVISION_BEFORE.search(src.window(mention.start - 40, mention.start)):
            if _PROVISION_OPENS.match(said := src.window(start, stop)):
                # "Tại khoản 3 Điều 1 Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh …": what the provision says
                stop = start
            elif verb := _PROVISION_SAYS.search(said, 1):
                # "Tại khoản 22 Điều 7 Thông tư số 219/2013/TT-BTC … hướng dẫn về thuế GTGT quy định về việc …:": the
                # provision's own verb ends the title
                stop = start + verb.start()
        if mention.date is None and (dated := _amended_law_dated(src, mention, start, stop)):
            stop = dated
        if mention.issuer is None and (agent_at := _agent_after_title(src, mention, start, stop)) is not None:
            stop = agent_at
        mention.title_span = (start, stop)
        mention.title = _title_text(src, *mention.title_span)


_AGENT_IN_TITLE = re.compile(r"\s(?:(?:da\s+)?duoc|do)\s+")


def _agent_after_title(src: Source, mention: Mention, start: int, stop: int) -> int | None:
    """Where a title ends that the passive's agent and its day follow ("Thông tư số 31/2021/TT-BTC quy định về … được
    Bộ Tài chính ban hành ngày 17/5/2021"); the agent, a registered organ, and the day are the document's."""
    said = src.window(start, stop)
    for agent in _AGENT_IN_TITLE.finditer(said):
        by = issuers.recognise(said[agent.end() :], src.text[start + agent.end() : stop])
        if (
            by is None
            or not _signs_with(by.code, mention)
            or (issued := _ISSUED.match(said, agent.end() + by.end)) is None
        ):
            continue
        mention.issuer = by
        if mention.date is None:
            day, _ = date_after(said[issued.end() :])
            if day:
                mention.date, mention.year = day, mention.year or int(day[:4])
        return start + agent.start()
    return None


def _signs_with(code: str | None, mention: Mention) -> bool:
    """Whether an organ of ``code`` signs with the mention's symbol (its code there, or a Party committee's standing
    body its committee's): "… hướng dẫn Nghị định 121/2021/NĐ-CP về … do Bộ trưởng Bộ Tài chính ban hành" names the
    guiding circular's issuer, not the decree's."""
    codes = mention.symbol.issuer_codes if mention.symbol else ()
    organ = registry.organ(code) if code else None
    return organ is not None and (
        not codes or code in codes or (organ.branch == "party" and organ.parent in codes)
    )


# An amending law's title and the day it was passed, its symbol first: "Luật số 26/2012/QH13 sửa đổi, bổ sung một số
# điều của Luật Thuế thu nhập cá nhân ngày 22/11/2012 của Quốc hội": the day is the amending law's (folded).
_AMENDED_LAW_THEN_DATE = re.compile(
    r"(?:ve\s+viec\s+)?s[uw]a\s+d[o]i[^;\d]{0,120}?(?<![a-z])(?:bo\s+)?luat\s[^;\d]{2,200}?(?=,?\s*ng\S{0,3}y\s*\d)"
)


def _amended_law_dated(src: Source, mention: Mention, start: int, stop: int) -> int | None:
    """Where the title of an amending law without a date ends, when the day it was passed follows the law it
    amends (on or after its own symbol's year: the law it amends is older); the day, and the issuer after it, are
    then the amending law's."""
    if not (
        mention.symbol and mention.symbol.issuer_codes and mention.symbol.issuer_codes[0].startswith("QH")
    ):
        return None
    title = _AMENDED_LAW_THEN_DATE.match(src.window(start, stop))
    if title is None:
        return None
    after = src.window(start + title.end(), stop)
    day, used = date_after(after)
    if day is None or (mention.year is not None and int(day[:4]) < mention.year):
        return None
    mention.date = day
    of = OF.match(after[used:])
    if of and of.group("of") and mention.issuer is None:
        at = start + title.end() + used + of.end()
        found = issuers.recognise(after[used + of.end() :], src.text[at:stop])
        mention.issuer = found if found and found.code else None
    return start + title.end()


# A provision named before the document ("khoản 22 Điều 7", "Điều 5 của") and the verb that says what it provides.
_PROVISION_BEFORE = re.compile(r"(?<![a-z])(?:khoan|dieu|diem|muc)\s+[\w.]{1,6}\s+(?:cua\s+)?$")
# (the verb that opens a quotation, "… quy định:", "… quy định về việc …:", or ends the title before "như sau:"; not
# the noun, "một số quy định", "theo quy định")
_PROVISION_SAYS = re.compile(
    r"(?<!\smot\sso)(?<!\scac)(?<!\snhung)(?<!\stheo)(?<!\sdo)(?<!\scua)(?<!\sco)(?<!\sduoc)\s+quy\s+dinh"
    r"(?:(?:\s+ve(?![a-z])[^.;:\n]{0,80})?\s*:|\s*$)"
)
# (what the provision says, "quy định các trường hợp …:", not a title that goes on to the provision's own verb: "quy định chi
# tiết … Luật Đầu tư quy định:")
_PROVISION_OPENS = re.compile(r"quy\s+dinh(?!\s+chi\s+tiet)(?:\s+(?:(?!quy\s+dinh)[^.;:\n]){1,160}?)?\s*:")
# The next item of a list of documents after a comma: "… về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Luật
# Bình đẳng giới, Luật …". A title that lists documents names one before its comma ("… thi hành Luật Đất đai, Luật Nhà ở").
_NEXT_LISTED = re.compile(r",\s+(?:(?:bo\s+)?luat|phap\s+lenh|nghi\s+(?:dinh|quyet)|chi\s+thi|ket\s+luan)\s+")
_NAMES_A_DOCUMENT = re.compile(
    r"(?<![a-z])(?:luat|phap\s+lenh|nghi\s+(?:dinh|quyet)|chi\s+thi|ket\s+luan|thong\s+tu|quyet\s+dinh|chien\s+luoc"
    r"|chuong\s+trinh|de\s+an|ke\s+hoach|quy\s+(?:dinh|che)|dieu|khoan)(?![a-z])"
)


def _before_next_listed(src: Source, start: int, stop: int) -> int:
    """Where a title that names no document ends before the next document of its sentence's list, else ``stop``."""
    said = src.window(start, stop)
    for listed in _NEXT_LISTED.finditer(said):
        if _NAMES_A_DOCUMENT.search(said, 0, listed.start()):
            break
        if src.text[start + listed.end() : start + listed.end() + 1].isupper():
            return start + listed.start()
    return stop


_TO_FIT = re.compile(r"\s+cho\s+ph[uwit]\s+h[og]p\s+v[aoe]i\s")
_CHANGE_TITLE = re.compile(
    r"(?:ve\s+(?:viec\s+)?)?(?:s[uw]a\s+d[o]i|b[o]\s+sung|thay\s+th[e]|b[a]i\s+b[o]|di[e]u\s+ch[il]nh)"
)


def _aside_closes(src: Source, mention_start: int, start: int, stop: int) -> int | None:
    """Where the bracket a mention stands in closes, between ``start`` and ``stop``, if it opens on its line."""
    line = src.text.rfind("\n", 0, mention_start) + 1
    before = src.text[line:mention_start]
    if before.count("(") <= before.count(")"):
        return None
    depth = 0
    for k in range(start, stop):
        char = src.text[k]
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return k
    return None


def _title_text(src: Source, start: int, stop: int) -> str | None:
    """The title printed in ``src.text[start:stop]``, cleaned; None for what is no title. A title cut at a length
    loses the word it was cut in ("… thành phố Cần Thơ và các x")."""
    if stop < len(src.text) and src.text[stop].isalnum() and src.text[stop - 1].isalnum():
        stop = max(start, src.text.rfind(" ", start, stop), src.text.rfind("\n", start, stop))
    title = _clean_title(squash(_FURNITURE.sub(" ", src.text[start:stop])))
    if not title or title.startswith("”") or _VERB_ALONE.fullmatch(fold_view(title)):
        return None  # "… quy định như sau:", or past a quotation's end ("… Nghị định số X” tại khoản 3")
    return title


def titles_through_links(src: Source, mentions: list[Mention], linked: set[tuple[int, int]]) -> None:
    """Titles as the links read them: a title goes on through the document it names when it stopped at it ("Thông
    tư 120 … hướng dẫn thi hành Nghị định số 89/2002/NĐ-CP … về việc in, phát hành …"), and ends before a later
    document that is the list's next item, which the citing document itself carries out, relies on or changes
    ("… đến năm 2045 và Luật Tiếp cận thông tin"). ``linked`` holds the (source, target) index pairs of the links."""
    for i, m in enumerate(mentions):
        if m.title_span is None:
            continue
        start, stop = m.title_span
        first = next((j for j in range(i + 1, len(mentions)) if mentions[j].start >= start), len(mentions))
        last = first  # past the documents right after it that it names
        while last < len(mentions) and (i, last) in linked:
            last += 1
        if last > first and mentions[first].start <= stop <= mentions[first].sym_end:
            end = _TITLE_END.search(src.text, mentions[last - 1].tail_end, start + 400)
            stop = end.start() if end else start + 400
        inside = {i}  # the title's documents, and those their own titles name
        for j in range(first, len(mentions)):
            if mentions[j].start >= stop:
                break
            if (
                mentions[j].relation != "cites"  # the citing document's own act: no title names it
                and not any((k, j) in linked for k in inside)
                # … unless it goes on the title's own list ("… của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu")
                and not (j - 1 != i and j - 1 in inside and mentions[j - 1].doc_type == mentions[j].doc_type)
                and _NEXT_ITEM_BEFORE.search(src.window(max(start, mentions[j - 1].end), mentions[j].start))
            ):
                stop = mentions[j].start
                break
            inside.add(j)
            named = mentions[j].title_span
            if (i, j) in linked and named and named[1] < stop and src.text[named[1] - 1] in '"”':
                stop = named[1]  # the named document's quoted title ends the title that names it
                break
        if (start, stop) != m.title_span:
            m.title_span, m.title = (start, stop), _title_text(src, start, stop)


# What stands before a list's next item (folded): "và", "hoặc", a comma or a semicolon.
_NEXT_ITEM_BEFORE = re.compile(r"(?:[,;]|\s(?:va|hoac))\s*$")


def _other_level(found: issuers.Issuer, mention: Mention) -> bool:
    """Whether a stated local organ follows a symbol that only central organs issue: it is the citing document's, not
    the issuer ("kết quả thực hiện Nghị định số 61/2018/NĐ-CP của Ủy ban nhân dân tỉnh"). A province's own office of
    a central organ may sign with that organ's code, and a code named a local body on the document's day ("CT", a
    province's Cục Thuế or its chairman, before 2025)."""
    symbol, day = mention.symbol, mention.date or (str(mention.year) if mention.year else None)
    organs = [registry.organ_on(c, day) for c in symbol.issuer_codes] if symbol else []
    central = bool(organs) and all(o is not None and o.tier == "central" for o in organs)
    local = registry.organ(found.code) if found.code else None
    return central and (
        found.tier in ("district", "commune")
        or (
            found.tier == "province"
            and (found.code in _LOCAL_GOVERNMENT or (local is not None and local.parent == "UBND"))
        )
    )


# The province's own government, which no central symbol names (nor its departments, whose parent is the UBND)
_LOCAL_GOVERNMENT = frozenset(["UBND", "HĐND", "TU", "BTVTU"])


def _name_ends_there(rest: str) -> bool:
    """Whether an issuer's name ends where ``rest`` begins: nothing follows, or a sign, or a title ("về …")."""
    after = rest.strip(" \t*_")
    return not after or after[0] in ",.;:()" or _TITLE_START.match(fold_view(rest)) is not None


def _cell_goes_on(text: str, at: int, end: int) -> str | None:
    """What the row below adds to the Markdown table cell that holds ``at`` and ends at ``end``, when that row only
    goes on with the cells above it (its first column blank: a cell's text wrapped over two rows)."""
    line_start = text.rfind("\n", 0, at) + 1
    if (
        text[end : end + 1] != "|"
        or "\n" in text[at:end]
        or not text[line_start:at].lstrip(" \t").startswith("|")
    ):
        return None
    below_start = text.find("\n", end) + 1
    below_end = text.find("\n", below_start)
    below = text[below_start : below_end if below_end >= 0 else len(text)]
    cells = below.strip().split("|")
    column = text.count("|", line_start, at)
    if (
        not below_start
        or not below.lstrip(" \t").startswith("|")
        or len(cells) <= column + 1
        or cells[1].strip()
    ):
        return None
    return cells[column].strip(" \t*_") or None


def _markdown_cell_end(text: str, pos: int, limit: int) -> int:
    """``limit``, or the end of the Markdown table cell that holds ``pos``, on a row that opens its line with "|"
    (where OCR's "|" for a "1" never stands), unless the next column is headed by a date ("| Số, ký hiệu | Ngày ban
    hành |": the row's document's day, whether a rule row follows the heading or not)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not text[line_start:pos].lstrip(" \t").startswith("|"):
        return limit
    bar = text.find("|", pos, limit)
    if bar < 0:
        return limit
    top = line_start
    while top > 0 and text[text.rfind("\n", 0, top - 1) + 1 : top].lstrip(" \t").startswith("|"):
        top = text.rfind("\n", 0, top - 1) + 1
    heading = text[top : text.find("\n", top)].split("|")
    column = text.count("|", line_start, bar + 1)
    dated = column < len(heading) and _DATE_HEADING.search(fold_view(heading[column])) is not None
    return limit if dated else bar


# A title that ends in a verb taking the next citation, its type word and "số" ("… về tiếp tục thực hiện Chỉ thị số",
# "… hướng dẫn thi hành một số nội dung của Nghị định số", "… về tổ chức cuộc thi tìm hiểu Nghị quyết số").
_CARRIES_OUT_NEXT = re.compile(
    r"(?<![a-z])(?:thuc\s+hien|trien\s+khai|quan\s+triet|cu\s+the\s+hoa|so\s+ket|tong\s+ket|noi\s+dung\s+cua"
    r"|tim\s+hieu|tuyen\s+truyen|pho\s+bien|hoc\s+tap)"
    r"\s+(?:[a-z]+\s+){1,3}?(?:s\S{0,2}\s*:?\s*)?$"
)
# No title: a verb alone, "về (việc)" alone, a provision or a quotation's clause ("quy định tại Điều 37", "quy định
# “4. Đối với …", "“1. Doanh nghiệp …"), the passive that names the next document ("sửa đổi bổ sung bởi").
_VERB_ALONE = re.compile(
    r"(?:quy\s+d[il]nh|h[uw][o]ng\s+d[a]n|ban\s+hanh)(?:\s+(?:cu\s+the|chi\s+tiet|ro|kem\s+theo))?"
    r"|ve(?:\s+viec)?|sua\s+doi,?\s+bo\s+sung\s+(?:boi|theo)"
    r"|(?:quy\s+dinh\s+(?:tai\s+)?)?(?:\"\s*(?:\d|dieu\b|mau\b|khoan\b)|(?:dieu|khoan|diem)\s+\d).*"
)
_QUOTED_TITLE = re.compile(r"[\s,]*(?:“[^”]{4,400}”|\"[^\"\n]{4,400}\")")


# What a title does not keep: an alias in brackets ("(sau đây gọi tắt là Nghị định 65)", "(gọi tắt là …", "(viết tắt …"),
# emphasis marks, a dangling "và", and the type word of the next citation it ran into ("…, chứng từ, Nghị định số").
_ALIAS = re.compile(
    r"\s*\(\s*(?:sau\s+(?:đây|day|dây)\s+)?(?:được\s+)?(?:g[oọóòỏõơ]i|vi[eếềểễệê]t)\s[^)]*\)?", re.IGNORECASE
)  # OCR's "(sau day goi tit 1a …"
_SO = frozenset(["số", "so", "s6", "sô", "sb"])
# a letter's "V/v" (về việc) opening its title, as its subject line prints it
_ABOUT = re.compile(r"^[Vv]\s?/\s?[Vv]\s*[:.]?\s*")
_NEXT_TYPE_WORD = re.compile(r"[\s,;(]*(?:\S+\s+){0,3}?(?:số|so|s6|sô|sb)\s*:?\s*$", re.IGNORECASE)


# "… các cấp và" before the next citation: the list's "và", no part of the title; nor the next item's lead ("… của hệ
# thống chính trị và tinh thần Nghị quyết số 18-NQ/TW", "… và các Nghị định …")
_DANGLING_AND = re.compile(r"\s+(?:và|hoặc)(?:\s+(?:tinh\s+thần|các|những))?\s*$")
# the sentence's own verb before a quotation ("Thông tư X … hướng dẫn về thuế quy định:"): not the title's
# (… or what opens the list after it: "…, bao gồm:", "…, cụ thể:", "…, trong đó:")
_DANGLING_VERB = re.compile(
    r",?\s+(?:quy\s+định|hướng\s+dẫn|nêu\s+rõ|bao\s+gồm|gồm|cụ\s+thể|trong\s+đó|theo\s+hướng)(?:\s+như\s+sau)?\s*:\s*$"
)


def _clean_title(title: str) -> str:
    title = _ABOUT.sub("về việc ", _ALIAS.sub("", title).replace("*", "").strip(" ,_"), count=1)
    # The search is unanchored on the left (slow on a long title): only a title ending in "số" can match.
    tail = _NEXT_TYPE_WORD.search(title) if title.rstrip().rstrip(":").rstrip()[-2:].lower() in _SO else None
    word = tail and ending_match(type_word_before(), fold_view(title[tail.start() :]) + " ", 5)
    if tail and word:
        title = title[: tail.start() + word.start("word")]
    # an alias after it in brackets ("… Luật Quản lý thuế (Nghị định số 126/2020/NĐ-CP)") leaves its bracket, and an
    # annex's caption the one that closes it ("(Kèm theo Thông tư số 40/2015/TT-BCT … Việt Nam - Hàn Quốc)")
    title = _DANGLING_AND.sub("", _DANGLING_VERB.sub("", title)).strip(" ,;:").removesuffix("(").rstrip()
    return title[:-1].rstrip() if title.endswith(")") and title.count(")") > title.count("(") else title
