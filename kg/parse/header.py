"""The document's own identity: "Số: 7763 /BC-UBND", the place-and-date line, the type line and title,
the letterhead and the signature block. Partial or garbled headers give what can be read and name
what could not in ``Header.unread``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from kg import registry
from kg.folding import fold
from kg.models import Header
from kg.parse import issuers
from kg.parse.dates import DATE_ANYWHERE, YEAR, date_after, iso_date, year_of
from kg.parse.spelling import province_in
from kg.parse.symbols import SYMBOL_RE, parse_match, symbol_start
from kg.parse.text import CAPITALS, Source, fold_view, squash
from kg.parse.typewords import any_type_word, doc_type_of, type_words

HEAD = 6000
# "Số: 118/2026/NĐ-CP", "Số 212-KL/TW" (Party style, no colon), "Luật số: 51/2024/QH15", "| Số:10988/BNV-CQĐP".
# The number and type lines open at the start of the text or after a break: each is also compiled opening
# with the break alone, for _line_search.
# "Số:" as printed and as OCR reads it ("Sé:", "sé;", "86:", "$6:", a bare "s" before the symbol, "Số $9934 /…" with
# the sign for a digit it could not read), indented by a centred layout or not; a narrow column wraps the symbol after
# a hyphen or slash ("Số: 3783/QĐ-⏎UBND").
_NUMBER = (
    r"[ \t]*[\W_]{0,6}(?:(?:[a-z]+ ){1,2}s[o0-9eb]\s*:|s[o0-9eb]\s*(?:hi[e]u)?\s*(?::|;(?=\s*\d)|(?=[$#%§?]?\d))|[8$][o0-9eb6]\s*:"
    r"|s[ \t]+(?=\d{1,5}[ \t]*[-/][ \t]*[a-z]))"
    r"\s*(?P<raw>[^\n|]{0,60}(?:(?:(?<=[-/])|(?<=[-/][ \t]))\n[^\n|]{0,30})?)"
)
# (… or after the rule a flattened letterhead prints under the organ's name, a wide gap in the folded view: "CHÍNH
# PHỦ_______ Số: 172/2025/NĐ-CP |", with its colon)
_RULE_THEN_NUMBER = r"[ \t]{4}(?=[ \t]*s[o0]\s*:)"
_NUMBER_LINE = re.compile(rf"(?:^|\n|\||{_RULE_THEN_NUMBER})" + _NUMBER)
# The dots of a printed form's field around a number written into it ("Số: . 828../QĐ-BHXH"; a dot after a number
# alone may be a digit OCR could not read: "Số: 6. /TCT-DNNCN").
_FILL_IN = re.compile(r"^[.…_\s]+|(?<=\d)[.…_]+(?=\s*/)")
_NUMBER_AFTER_BREAK = re.compile(rf"(?:[\n|]|{_RULE_THEN_NUMBER})" + _NUMBER)
_GARBLED = re.compile(
    r"^(?P<num>[^\s/]{0,6}?)\s*/\s*(?P<body>[A-Za-zĐđÐ]{1,8}(?:\s*[-~–]\s*[A-Za-zĐđÐ&]{1,10}){1,3})"
)
_TYPE_WORDS = (
    r"K[EÉẾ]\s*HO[AẠ]CH|B[AÁ]O\s*C[AÁ]O|QUY[EẾÉ]T\s*[ĐD][IỊ]NH|CH[IỈ]\s*TH[IỊ]|NGH[IỊ]\s*QUY[EẾÉ]T|NGH[IỊ]\s*[ĐD][IỊ]NH"
    r"|TH[OÔ]NG\s*T[UƯ]|K[EẾÉ]T\s*LU[AẬ]N|CH[UƯ][OƠ]NG\s*TR[IÌ]NH|H[UƯ][OỚ]NG\s*D[AẪ]N|QUY\s*[ĐD][IỊ]NH|QUY\s*CH[EẾ]"
    r"|LU[AẬ]T|C[OÔ]NG\s*V[AĂ]N|C[OÔ]NG\s*[ĐD]I[EỆ]N|T[OỜ]\s*TR[IÌ]NH|TH[OÔ]NG\s*B[AÁ]O|[ĐD][EỀ]\s*[AÁ]N|PH[UƯ][OƠ]NG\s*[AÁ]N"
)
_TYPE = (
    rf"[#*\s]*(?P<t>{_TYPE_WORDS})"
    # "CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN TỊCH": a joint document is of its type; so is a Party committee's
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG", and "THÔNG BÁO KẾT LUẬN", "BÁO CÁO TÓM TẮT", "NGHỊ QUYẾT CHUYÊN ĐỀ", "KẾT LUẬN THANH TRA"
    r"(?P<q>[ \t]+(?:PH[OỐ]I\s*H[OỢ]P|LI[EÊ]N\s*T[IỊ]CH|LI[EÊ]N\s*NG[AÀ]NH|H[AÀ]NH\s*[ĐD][OỘ]NG|K[EẾÉ]T\s*LU[AẬ]N"
    r"|T[OÓ]M\s*T[AẮ]T|CHUY[EÊ]N\s*[ĐD][EỀ]|S[OƠ]\s*K[EẾ]T|T[OỔ]NG\s*K[EẾ]T|THANH\s*TRA|KI[EỂ]M\s*TRA|GI[AÁ]M\s*S[AÁ]T))?"
    r"\d?[*\s]*(?=\n)"  # (a consolidated text's footnote mark glued on: "NGHỊ ĐỊNH1")
)
_TYPE_LINE = re.compile(r"(?:^|\n)" + _TYPE)
# A law's type line names it, in capitals: "LUẬT THUẾ GIÁ TRỊ GIA TĂNG", "BỘ LUẬT LAO ĐỘNG", "PHÁP LỆNH …" (under
# "DỰ THẢO" maybe; under another type line, "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG⏎LUẬT …", it is that document's subject).
_LAW_TITLE = re.compile(
    r"(?:^|\n)(?P<above>[^\n]*)\n[#*\s]*(?P<t>(?:B[OỘ]\s+)?LU[AẬ]T|PH[AÁ]P\s+L[EỆ]NH)[ \t]+(?P<name>[^\n]{3,150}?)[*\s]*(?=\n)"
)
_TYPE_ABOVE = re.compile(rf"[#*\s]*(?:{_TYPE_WORDS})(?![^\W\d_])")
_TYPE_AFTER_BREAK = re.compile(r"\n" + _TYPE)
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SELF = re.compile(
    r"(?<![a-z])(?:" + "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(type_words())) + r")\s+n[a]y$"
)
# The same without the groups: about twice as quick to rule a window out, as most are.
_SELF_ANY = re.compile(r"(?<![a-z])" + any_type_word() + r"\s+n[a]y$")
_BILL = re.compile(r"(?<![a-z])du\s+(?:an|thao)\s+$")
# "này" after white space; the look-behind comes after the letters so that the scan can skip to each "n".
_THIS = re.compile(r"n[àa]y(?<=\s...)(?!\w)")
# Anchored on ", ngày" (the place is read back to the start of its line): a pattern that starts with the
# place would retry a 40-character group at every position of the header.
_PLACE_DATE = re.compile(
    rf",[ \t]*\n?[ \t*_]*ng\S{{0,3}}?[yv)](?![a-z])(?P<rest>(?:[^\n]|\n(?![ \t]*\n)){{0,40}}?n\S{{1,3}}m\s*(?P<y>{YEAR}))"
)
# … and without its comma ("Hà Nội ngày 01 tháng 12 năm 2025"): a line of the place's words and a whole date alone,
# the words checked on the printed line (see ``_bare_place_date``).
_PLACE_DATE_BARE = re.compile(
    rf"[ \t]+ng\S{{0,3}}?[yv)][ \t]+(?P<rest>\d{{1,2}}[ \t]+th\S{{1,4}}[ \t]+\d{{1,2}}[ \t]+n\S{{1,3}}m[ \t]*(?P<y>{YEAR}))"
    r"[ \t*_]*(?=\n|$)"
)
# Lines after the title that start the preamble or repeat the issuing organ ("ỦY BAN NHÂN DÂN TỈNH …").
_TITLE_STOP = re.compile(
    r"\n[*_\s]*(?:C[ăa]n c[ứu]|Th[ựu]c hi[ệe]n|X[ée]t|Theo|Kính gửi|[ỦU][YỶ] BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|(?:TỔNG |CHI )?CỤC TRƯỞNG|VỤ TRƯỞNG|TỈNH ỦY|BAN THƯỜNG VỤ|-{3,}|_{3,}|={3,}"
    r"|(?:THỦ TƯỚNG )?CHÍNH PHỦ[*_ \t]*(?=\n|$)|QUỐC HỘI[*_ \t]*(?=\n|$)"  # the Government's enacting line
    r"|[^\n]{0,80}?\s[*_]*điện[*_ \t]*:)"  # a Công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:"
)
# A Party document's line under its type line, in capitals, that says who issued it or at which plenum: "CỦA BAN
# THƯỜNG VỤ TỈNH ỦY", "HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX"; the title below it opens with
# "về" (a notice's "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ⏎TẠI BUỔI LÀM VIỆC …" is its title).
_ISSUING_LINE = re.compile(r"[*_ \t]*(?:CỦA|HỘI NGHỊ LẦN THỨ)\s[^a-zđ]*?\n(?=[*_ \t]*(?:VỀ|về)\s)")
_SIGN = re.compile(r"(?:TM|T/M|KT|K/T|TL|T/L)\.?\s*(?P<organ>[^\n]{3,60})")
# The organ a signature block signs for ("TM. ỦY BAN NHÂN DÂN"), on the folded tail, white space squashed.
_SIGNERS = ("uy ban nhan dan", "ban thuong vu", "tinh uy", "huyen uy", "hoi dong nhan dan")
_SIGNED_FOR = re.compile(rf"(?:tm|t/m|kt|k/t)\.?\s*({'|'.join(_SIGNERS)})")
_PROVINCE_MENTION = re.compile(r"(?:t[iỉ]nh|th[aà]nh ph[oố])\s+([A-ZĐ][^\s,.;]*(?:\s+[A-ZĐ][^\s,.;]*){0,2})")


def type_line_below(text: str, pos: int) -> bool:
    """Whether a type line ("QUY ĐỊNH", "KẾ HOẠCH") stands within the five lines after ``pos``."""
    found = _TYPE_AFTER_BREAK.search(text, pos, pos + 400)
    return found is not None and text.count("\n", pos, found.start()) < 5


def number_line(src: Source) -> tuple[int, int] | None:
    """Where the document prints its own number ("Số: 7763/BC-UBND"): that symbol is not a citation."""
    found = _own_number(src.text[:HEAD]) or _consolidation_stamp(src)
    return (found[0].start("raw"), found[0].end("raw")) if found else None


# A consolidated text (văn bản hợp nhất) prints its own number and date under the stamp that closes it, not at its
# head: "XÁC THỰC VĂN BẢN HỢP NHẤT⏎Số: 462/VBHN-BLĐTBXH⏎Hà Nội, ngày 10 tháng 02 năm 2025" (folded text).
_CONSOLIDATED_STAMP = re.compile(
    r"xac\s+thuc\s+van\s+ban\s+hop\s+nhat[ \t*_]*\n\s*so\s*:?[ \t]*(?P<raw>[^\n]*)(?:\s*\n\s*(?P<place>[^\n]+))?"
)


def _consolidation_stamp(src: Source) -> tuple[re.Match[str], re.Match[str]] | None:
    """The stamp's "Số" line and the symbol on it."""
    at = src.folded.rfind("xac thuc van ban hop nhat")
    m = _CONSOLIDATED_STAMP.match(src.folded, at) if at >= 0 else None
    sm = SYMBOL_RE.search(src.text, m.start("raw"), m.end("raw")) if m else None
    return (m, sm) if m and sm and sm.start() - m.start("raw") <= 3 else None


@lru_cache(maxsize=4)
def _head_view(head: str) -> str:
    """Folded view of the header, ``src.window(0, HEAD)``.

    (Cached: folding the header costs more than all the rest of reading it, and parse_header, number_line
    and the issuer and province steps all read it for the same document.)"""
    return fold_view(head)


_OTHER_COLUMN = re.compile(r"[ \t]{4,}[^\W\d_]")


@lru_cache(maxsize=4)
def _own_number(head: str) -> tuple[re.Match[str], re.Match[str] | None] | None:
    """The "Số" line and the symbol on it.

    Without a colon ("Số 212-KL/TW", Party style) the symbol must stand alone on its line (or before the
    place and date), or this is a body line that happens to start with "số 85-CTr/…". (Cached:
    parse_header and number_line both ask.)
    """
    view = _head_view(head)
    m = _line_search(_NUMBER_LINE, _NUMBER_AFTER_BREAK, view)
    if not m:
        return _number_before_place(head) or _heading(head, view)
    while m:
        raw = head[m.start("raw") : m.end("raw")]
        sm = SYMBOL_RE.search(raw)
        if ":" in m.group(0) or ";" in view[m.start() : m.start("raw")]:  # (OCR's "sé;" for "Số:")
            return m, sm if sm and sm.start() <= 3 else None
        if sm and sm.start() <= 3:
            end = head.find("\n", m.start("raw") + sm.end())
            rest = head[m.start("raw") + sm.end() : end if end >= 0 else len(head)]
            # (or the other column of a two-column head: "Số 28-KHLT/BTGTU-SVHTTDL      ĐẢNG CỘNG SẢN VIỆT NAM"; or alone
            # in its Markdown cell: "| Số **18-HD/BTGDVTU** | *Tuyên Quang, ngày …* |")
            if (
                not rest.strip()
                or _PLACE_DATE_AFTER.match(rest)
                or _OTHER_COLUMN.match(rest)
                or rest.lstrip(" \t*_").startswith("|")
            ):
                return m, sm
        # a gazette's masthead above the document ("CÔNG BÁO⏎Số 512 + 513   Ngày 20 tháng 11 năm 2025")
        m = _NUMBER_AFTER_BREAK.search(view, m.end()) if _MASTHEAD.match(raw) else None
    return None


# A web catalogue's copy opens with the document's own heading, alone on the first line, before its text: "Công văn số
# 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ …⏎⏎Trả lời văn bản số …"
_HEADING = re.compile(
    r"\A[\s*#_]*(?P<t>" + any_type_word() + r")\s+(?:s\S{0,2}\s*:?\s*)?(?P<raw>\S+)\s+ngay\s+(?=\d)"
)
_HEADING_ABOUT = re.compile(r"\s(ve\s+\S.*)$")
_APART = re.compile(r"\n[ \t]*(?:\n|k[i]nh\s+g[uw]i|$)")
_SAID = re.compile(r"(?<!\w)(?:đã|sẽ|yêu\s+cầu|đề\s+nghị)\s")


def _heading(head: str, view: str) -> tuple[re.Match[str], re.Match[str] | None] | None:
    m = _HEADING.match(view)
    line_end = view.find("\n", m.end()) if m else -1
    # (a sentence that opens the text with a citation says what the document did, "… của UBND tỉnh đã giao …", or
    # cites more, and the text goes on under it; a heading stands apart: a blank line, the address, or nothing follows)
    if (
        m is None
        or "\n" in view[: m.end()]
        or line_end < 0
        or _SAID.search(head, m.end(), line_end)
        or ";" in view[m.end() : line_end]
        or view[m.end() : line_end]
        .rstrip(" *_")
        .endswith(":")  # ("… được sửa đổi, bổ sung bởi:", a list's lead)
        or SYMBOL_RE.search(head, m.end(), line_end)
        or not _APART.match(view, line_end)
    ):
        return None
    raw = head[m.start("raw") : m.end("raw")]
    sm = SYMBOL_RE.match(raw)
    return (m, sm) if sm and sm.end() >= len(raw.rstrip(",;")) else None


def _heading_parts(
    src: Source, m: re.Match[str]
) -> tuple[str | None, str | None, str | None, issuers.Issuer | None]:
    """The date, type, "về …" title and issuer ("của Cục Thuế TP Đà Nẵng") a catalogue's heading line gives."""
    line_end = src.text.find("\n", m.end())
    date, used = date_after(src.window(m.end(), line_end))
    # (its title: what it is about, else what the line says it does: "… ngày 24/11/2025 hợp nhất Thông tư …")
    about = _HEADING_ABOUT.search(src.window(m.end(), line_end))
    title = (
        squash(src.text[m.end() + about.start(1) if about else m.end() + used : line_end]).rstrip(". ")
        or None
    )
    by = _BY.match(src.window(m.end() + used, line_end))
    start = m.end() + used + by.end() if by else line_end
    issuer = issuers.recognise(src.window(start, line_end), src.text[start:line_end]) if by else None
    return date, _type_names().get(re.sub(r"[^a-z]", "", m.group("t"))), title, issuer


_BY = re.compile(r"\s*,?\s*cua\s+")


# A gazette issue's number and day: "Số 512 + 513   Ngày 20 tháng 11 năm 2025", "Số 244/Ngày 23-04-2026".
_MASTHEAD = re.compile(r"\d{1,4}(?:\s*\+\s*\d{1,4})*\s*/?\s*Ng[aà]y\b", re.IGNORECASE)


# A letter's number printed without "Số:", on the line of its place and date ("3765 /CT-TTHT Bình Dương, ngày 14 …").
_BARE_NUMBER = re.compile(
    r"(?:^|\n)[ \t]*(?P<raw>\d[^\n]{0,60}?)(?=\s+[^\W\d][^\n,]{1,40},\s*ng\S{0,3}[yv)]\s*\d)"
)


def _number_before_place(head: str) -> tuple[re.Match[str], re.Match[str] | None] | None:
    for m in _BARE_NUMBER.finditer(head, 0, 1500):
        sm = SYMBOL_RE.search(m.group("raw"))
        if sm and sm.start() == 0 and _PLACE_DATE_AFTER.match(head, m.start("raw") + sm.end()):
            return m, sm
    return None


# Title-case words ("Hà Nội", "Tp. Hồ Chí Minh"), not a code ("CT-TTHT", "GTGT") nor a subject line before them.
_PLACE_WORDS_AT_END = re.compile(
    rf"(?<![^\s|])(?:T[Pp]\.[ \t]*)?(?:(?:(?![^\s,]*(?:[{CAPITALS}]{{2}}|\d))[{CAPITALS}][^\s,]*|phố|xã)[ \t]*){{1,5}}$"
)
# The place-and-date column flattened onto the number's line: "Số 87-BC/HU        Hải Lăng, ngày 15 …".
_PLACE_DATE_AFTER = re.compile(
    r"\s+[^\W\d][^\n,]{1,40},\s*ng\S{0,3}[yv)]\s*(?:\d|[OoSl]\S?\s*th)", re.IGNORECASE
)  # OCR "nga)", "ngav", a day spoiled to letters ("Hà Nội, ngày OSthang AOnăm 2020")


def _bare_place_date(head: str, folded_head: str) -> re.Match[str] | None:
    """The place-and-date line without the comma after the place, where the place's words alone open it."""
    for m in _PLACE_DATE_BARE.finditer(folded_head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _PLACE_LINE_START.fullmatch(head, line_start, m.start()):
            return m
    return None


_PLACE_LINE_START = re.compile(
    rf"[ \t*_|#]*(?:T[Pp]\.[ \t]*)?(?:(?![^\s,]*(?:[{CAPITALS}]{{2}}|\d))[{CAPITALS}][^\s,]*[ \t]+){{0,3}}"
    rf"(?![^\s,]*(?:[{CAPITALS}]{{2}}|\d))[{CAPITALS}][^\s,]*"
)


# What OCR printed glued before the number line's symbol, up to the colon: digits and signs.
# (a speck, "Số:.2953", is no digit)
_GLUED_BEFORE = re.compile(r"(?<![^\s:.,])[^\s:.,*_|(\[A-Za-z]*[^\s:.,*_|(\[A-Za-z\d][^\s:.,*_|(\[A-Za-z]*$")


# A law or resolution of an assembly has no place-and-date line: its date is the day its closing sentence says it
# was passed ("Luật này được Quốc hội … khóa XV, kỳ họp thứ 7 thông qua ngày 29 tháng 6 năm 2024").
# (found from "thông qua", the rarer words, then the sentence's subject looked for before them)
_PASSED = re.compile(r"thong qua\s*(?=ng\S{0,3}?[yv)]\s)")
_THIS_PASSED = re.compile(r"(?:luat|lenh|quyet|phap) nay (?:da )?duoc [^.;]{0,250}$")


def _passed_on(src: Source) -> str | None:
    """The day the document's closing sentence says an assembly passed it."""
    for m in _PASSED.finditer(src.folded):
        if _THIS_PASSED.search(src.folded, max(0, m.start() - 300), m.start()):
            return date_after(src.folded[m.end() : m.end() + 40])[0]
    return None


def parse_header(src: Source) -> Header:
    text = src.text
    head = text[:HEAD]
    unread: list[str] = []
    symbol = number = type_code = None
    sym_year: int | None = None
    issuer_codes: tuple[str, ...] = ()
    folded_head = _head_view(head)
    own = _own_number(head)
    if own:
        m, sm = own
        raw = head[m.start("raw") : m.end("raw")]
        sym = parse_match(sm) if sm else None
        if sym and sm and (start := symbol_start(sm)) is not None:
            # "Số: #49 /TCT-TTKT", "Số:2#37 /QĐ-BYC": signs glued to the number stand for digits OCR could not read
            glued = _GLUED_BEFORE.search(head, 0, m.start("raw") + start)
            if glued:
                read = re.sub(r"\D+", "?", glued.group(0))
                sym = replace(sym, text=read + sym.text, number=read + sym.number)
        if (
            sym is None
            and raw.lstrip()[:1] in ".…_"
            and (filled := SYMBOL_RE.match(_FILL_IN.sub("", raw.strip())))
        ):
            sym = parse_match(filled)  # "Số: . 828../QD-BHXH": the number written into a dotted field
        if sym:
            symbol, number, type_code, issuer_codes = sym.text, sym.number, sym.type_code, sym.issuer_codes
            sym_year = sym.year
            if "?" in sym.number:  # "Số: 456? /TCT-DNNCN": a digit OCR could not read
                number = None
                unread.append("number")
        else:
            g = _GARBLED.match(raw.strip())
            if g:
                digits = "".join(c if c.isdigit() else "?" for c in g.group("num")) or "?"
                body = re.sub(r"\s*[-~–]\s*", "-", g.group("body")).replace("Ð", "Đ")
                symbol = f"{digits}/{body}"
                number = None if "?" in digits else digits
                # its parts read as a whole symbol's: "…/CT-TTHT" is a letter of the Cục Thuế, no Chỉ thị
                whole = SYMBOL_RE.fullmatch(f"1/{body}")
                probe = parse_match(whole) if whole else None
                type_code, issuer_codes = (
                    (probe.type_code, probe.issuer_codes)
                    if probe
                    else (body.split("-")[0], tuple(body.split("-")[1:]))
                )
                unread.append("number")
    stamp = _consolidation_stamp(src) if own is None else None
    if stamp and (sym := parse_match(stamp[1])):
        symbol, number, type_code, issuer_codes = sym.text, sym.number, sym.type_code, sym.issuer_codes
        sym_year = sym.year
    place = date = None
    year: int | None = None
    heading = own[0] if own and own[0].re is _HEADING else None
    pd = None if heading else _PLACE_DATE.search(folded_head) or _bare_place_date(head, folded_head)
    if pd:
        line_start = folded_head.rfind("\n", 0, pd.start()) + 1
        place = squash(head[max(line_start, pd.start() - 40) : pd.start()]).strip("*# ")
        # the number flattened onto the place's line ("Số: 21/24 /TCHQ-TXNK Hà Nội", "số: 44/CT-TTHT | Hà Nội")
        place = re.sub(r"^.*/\S+[\s|]+", "", place) if "/" in place else place
        # the place is the capitalised words before the comma, not a subject line flattened before them
        named = _PLACE_WORDS_AT_END.search(place)
        place = named.group(0).strip() if named else place
        year = year_of(pd.group("y"))
        dm = DATE_ANYWHERE.search(folded_head, pd.start("rest") - 8, pd.end())
        if dm:
            d, mo, y = (
                (dm.group("d"), dm.group("m"), dm.group("y"))
                if dm.group("d")
                else (dm.group("d2"), dm.group("m2"), dm.group("y2"))
            )
            date = iso_date(d, mo, y)
        if not date:
            unread.append("date")
    elif date := _passed_on(src):
        year = int(date[:4])
    doc_type = title = None
    tl = _line_search(_TYPE_LINE, _TYPE_AFTER_BREAK, head)
    stated = None
    if heading:
        date, doc_type, title, stated = _heading_parts(src, heading)
        place = stated.name if stated else None
    elif tl:
        key = re.sub(r"[^a-z]", "", src.window(tl.start("t"), tl.end("t")))
        joint = re.sub(r"[^a-z]", "", src.window(tl.start("t"), tl.end("q"))) if tl.group("q") else ""
        doc_type = _type_names().get(joint) or _type_names().get(key)  # "Thông tư liên tịch" is a type
        after = text[tl.end() : tl.end() + 600].lstrip("\n *#")
        if issuing := _ISSUING_LINE.match(after):
            after = after[issuing.end() :].lstrip("\n *#")
        block = _TITLE_STOP.split(re.split(r"\n\s*\n", after, maxsplit=1)[0], maxsplit=1)[0]
        title = squash(block.replace("#", " ")).strip("* ") or None
    elif (
        (law := _LAW_TITLE.search("\n" + head))
        and law.group("name").isupper()
        and not (law.group("above").isupper() and _TYPE_ABOVE.match(law.group("above")))
    ):
        doc_type = _type_names().get(re.sub(r"[^a-z]", "", fold(law.group("t"))))
        title = squash(law.group("name")).strip("* ")
    elif subject := _subject(src, head):  # a letter has no type line: "V/v …" says what it is about
        title = subject
        doc_type = "Công văn" if type_code is None else None  # its number, even unreadable, has no type code
    else:
        first = _first_line(_PAGE_MARKS.sub("", head, count=1) if head.lstrip().startswith("---") else head)
        # the address ("Kính gửi: Cục Thuế tỉnh …") says to whom, not what about, and a letterhead in capitals
        # ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI …") by whom
        if (
            len(first.split()) >= 4
            and not _NUMBER_LINE.match(first)
            and not _ADDRESS.match(fold_view(first))
            and not _letterhead(first)
            and not _STAMP.match(fold_view(first))
        ):
            title = squash(first)
    if doc_type is None and type_code and not stamp:  # (a consolidated text is of the type it consolidates)
        known = registry.type_codes().get(type_code)
        doc_type = known.name if known else None
    if doc_type is None:
        doc_type = _self_reference(src)
    # the letterhead stands above the number line, or the place and date
    top = own[0].start() if own else (pd.start() if pd else 0)
    day = date or (str(year) if year else None)
    issuer, code, branch, tier = (
        (stated.name, stated.code, stated.branch, stated.tier)
        if stated
        else (type_code and _joint_issuer(issuer_codes, day))
        or _issuer(src, issuer_codes, tl.start() if tl else 0, day, top)
    )
    if code in ("UBND", "HĐND") and tier == "province" and issuer in _BODY_OF_CITY and _city_district(src):
        # "ỦY BAN NHÂN DÂN⏎THÀNH PHỐ BẢO LỘC": a city under a province is of a district's level
        issuer, tier = f"{issuer} thành phố", "district"
    if code == "UBND" and tier == "district" and (below := _commune(src)):
        # "ỦY BAN NHÂN DÂN⏎HUYỆN NHƠN TRẠCH⏎XÃ PHƯỚC THIỆN": the commune under its district issues it
        issuer, tier = f"Ủy ban nhân dân {below[0]}", "commune"
    # "07-KHLT/BDVTU-SNV": a plan of a Party and a State body together is joint
    # (a letter's codes after its organ's are drafting units: "3878/BHXH-THU" is no joint letter with a Thị ủy)
    if type_code and {o.branch for c in issuer_codes if (o := registry.organ(c))} >= {"party", "state"}:
        branch = "joint"
    # a central body's place of issue ("Hà Nội, ngày …") is no jurisdiction
    province = _province(src, place, tier is not None) if tier != "central" else None
    # (a commune's letterhead names its district above it: "ĐẢNG BỘ HUYỆN CẨM GIÀNG⏎ĐẢNG ỦY XÃ CẨM VŨ")
    district = (
        _district(src, place, province)
        if tier == "district"
        else _district(src, None, province)
        if tier == "commune"
        else None
    )
    province = district.province if district else province
    jurisdiction = f"{district.name}, {province}" if district else province
    if issuer and district and tier == "district" and not issuer.endswith(district.name):
        # (an office of the district says its kind: "Phòng Nội vụ huyện Hải Lăng")
        kind = (
            f" {district.kind}" if issuer.startswith(_OFFICES) and not issuer.endswith(district.kind) else ""
        )
        issuer = f"{issuer}{kind} {district.name}"
    elif issuer and tier == "commune" and (commune := _commune(src)):
        if issuer.endswith(commune[0]):
            issuer = f"{issuer} {commune[1]}"  # "ỦY BAN NHÂN DÂN⏎XÃ DIỄN CHÂU": Ủy ban nhân dân xã Diễn Châu
        elif issuer.endswith("ủy"):
            issuer = (
                f"{issuer} {commune[0]} {commune[1]}"  # "ĐẢNG ỦY XÃ MỸ THÀNH NAM": Đảng ủy xã Mỹ Thành Nam
            )
    elif issuer and province and tier == "province" and not issuer.endswith(province):
        if issuer.endswith("ủy"):
            issuer = f"{issuer} {province}"
        else:  # "Cục Thuế tỉnh" of a city: "Cục Thuế thành phố Hà Nội"
            base = issuer.removesuffix(" tỉnh").removesuffix(" thành phố")
            issuer = f"{base} {'thành phố' if _is_city(province) else 'tỉnh'} {province}"
    if (
        date is None
        and stamp
        and (dm := DATE_ANYWHERE.search(stamp[0].group("place") or ""))
        and dm.group("d")
    ):
        date = iso_date(dm.group("d"), dm.group("m"), dm.group("y"))
    if (
        year is None and sym_year
    ):  # no date printed, but the year in the document's own symbol ("72/2022/QH15")
        year = sym_year
    if year is None and title:
        # ("… năm 2025" is the year of the work; "đến năm 2025", "tầm nhìn năm 2030" a horizon)
        ym = re.search(r"(?<!den\s)(?<!nhin\s)n\S{1,3}m\s+((?:19|20)\d\d)\s*$", fold_view(title))
        year = int(ym.group(1)) if ym else None
    return Header(
        symbol=symbol,
        number=number,
        type_code=type_code,
        issuer_codes=issuer_codes,
        doc_type=doc_type,
        date=date,
        year=year or (int(date[:4]) if date else None),
        issuer=issuer,
        branch=branch,  # type: ignore[arg-type]
        tier=tier,  # type: ignore[arg-type]
        jurisdiction=jurisdiction,
        province=province,
        district=district.name if district else None,
        place=place,
        title=title,
        unread=tuple(unread),
    )


_OFFICES = ("Phòng ", "Chi cục ")


def _line_search(at_start: re.Pattern[str], after_break: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``at_start.search(text)``, for a pattern that opens with "the start of the text or a line break" when
    ``after_break`` is the same pattern opening with the break alone: the start is tried alone, then the
    engine skips from break to break instead of trying the pattern at every position."""
    return at_start.match(text) or after_break.search(text, 1)


# A letter's subject line: "V/v: Hoàn thuế theo Hiệp định.", OCR "V/y", "Viv", "V%" (the "/v" as one sign), a speck or a
# quote before it ("‘V/y"); on the
# folded header. (Possessive spaces: page furniture is blanked into long runs of them, which plain ones would try
# in every split.)
_SUBJECT_LINE = r"[^\S\n]*+[*_.('\"]{0,3}[^\S\n]*+v(?:[^\S\n]?/[^\S\n]?[vy]\b|iv\b|%)[^\S\n]*:?[^\S\n]*(?=\S)"
_SUBJECT = re.compile(r"(?:^|\n)" + _SUBJECT_LINE)
_SUBJECT_AFTER_BREAK = re.compile(r"\n" + _SUBJECT_LINE)
# Where the subject ends: a blank line, the address or the place-and-date line, a column's wide gap.
_SUBJECT_END = re.compile(
    r"\n[^\S\n]*\n|\s*[*_]*(?:K[íi]nh\s+g[ửưu]i|K/g)\b|[ \t]{3,}|\n[^\n]*, ngày\b"
    rf"|[ \t]+(?:TP\.[ \t]*)?(?:[{CAPITALS}]\S*[ \t]+){{0,3}}[{CAPITALS}]\S*,[ \t]*ng\S{{0,3}}y"  # "… Hà Nội, ngày"
)


_EMPHASIS = re.compile(r"\s*(\*{1,2}|_{1,2})")


@cache
def _closing(mark: str) -> re.Pattern[str]:
    """The mark that closes an emphasis opened by ``mark``: the same run, not part of a longer one ("*V/v ch**ính
    sách thu**ế*" closes after "ế")."""
    return re.compile(rf"(?<!{re.escape(mark[0])}){re.escape(mark)}(?!{re.escape(mark[0])})")


def _subject(src: Source, head: str) -> str | None:
    """The subject line of a letter ("V/v triển khai thực hiện Thông tư số 06/2024/TT-BNV"), its wrapped lines
    included, without "V/v"."""
    found = _line_search(_SUBJECT, _SUBJECT_AFTER_BREAK, _head_view(head)[:2500])
    if found is None:
        return None
    end = _SUBJECT_END.search(head, found.end(), found.end() + 400)
    stop = end.start() if end else found.end() + 400
    # set in emphasis ("*V/v thuế suất thuế⏎GTGT*"), it ends where the emphasis closes
    opening = _EMPHASIS.match(head, found.start())
    if opening and (closing := _closing(opening.group(1)).search(head, found.end(), stop)):
        stop = closing.start()
    subject = squash(head[found.end() : stop]).strip("*_ ")
    # beside the place and date in two columns it wraps to the next line, in lower case ("V/v trả lời kiến nghị của
    # các địa     Hà Nội, ngày …⏎phương về chế độ …"), up to that line's own column gap or end
    if end and end.group(0).strip(" \t") == "" and "\n" not in end.group(0):
        line_end = head.find("\n", end.end())
        goes_on = _GOES_ON_BELOW.match(head, line_end + 1) if line_end >= 0 else None
        if goes_on and goes_on.group("words")[0].islower():
            subject = f"{subject} {squash(goes_on.group('words'))}"
    return subject or None


_GOES_ON_BELOW = re.compile(r"[ \t]*(?P<words>[^\W\d_][^\n]*?)(?:[ \t]{3,}|[ \t]*(?:\n|$))")


# OCR's page markers before the letterhead ("--- PAGE 1 ---"), page furniture and no title.
_PAGE_MARKS = re.compile(r"^(?:\s*-{3}[^\n]*-{3}[ \t]*(?:\n|$))+", re.IGNORECASE)


def _first_line(text: str) -> str:
    """The first line of ``text`` that is not blank, cut where ``str.splitlines`` cuts, without cutting all
    of ``text`` into lines: the blank lines before it and it are all that is split."""
    blank = len(text) - len(text.lstrip())
    if blank == len(text):
        return ""
    end = _LINE_BREAK.search(text, blank)
    return text[: end.start() if end else len(text)].splitlines()[-1]


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened on its line, or in its paragraph above (curly quotes): a letter
    quoting "Hướng dẫn tại Thông tư này …" speaks of the quoted circular, not of itself."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    if line.count("“") > line.count("”") or line.count('"') % 2 == 1:
        return True
    paragraph = text[max(text.rfind("\n\n", max(0, pos - 800), pos), pos - 800, 0) : pos]
    return paragraph.count("“") > paragraph.count("”")


def this_type(folded: str) -> str | None:
    """The type ``folded`` ends by calling a document "this" ("… nghi dinh nay"), or None."""
    m = _SELF.search(folded) if _SELF_ANY.search(folded) else None
    return doc_type_of(m) if m else None


def _self_reference(src: Source) -> str | None:
    """The type a document calls itself by ("Kế hoạch này", "Quyết định này"), when no type line survives.

    Each "này" is read with the 24 characters before it. The windows are folded in one call, a new line
    between them; a window is searched in place (``$`` at its end, and the new line before it is no letter
    to the look-behind, as its start is), which is much quicker than folding each alone."""
    text = src.text
    spans = [
        (max(0, near.start() - 24), near.end())
        for near in _THIS.finditer(text)
        if not _quoted(text, near.start())
    ]
    folded = fold_view("\n".join(text[start:end] for start, end in spans))
    counts: Counter[str] = Counter()
    pos = 0
    for start, end in spans:
        stop = pos + end - start
        if (
            _SELF_ANY.search(folded, pos, stop)
            and (m := _SELF.search(folded, pos, stop))
            and not _BILL.search(
                folded, pos, m.start()
            )  # "dự án Luật này": the bill a letter sends, not itself
        ):
            counts[doc_type_of(m)] += 1
        pos = stop + 1
    return counts.most_common(1)[0][0] if counts else None


def _is_city(province: str) -> bool:
    return any(p.name == province and p.kind == "thành phố" for p in registry.provinces())


def _district(src: Source, place: str | None, province: str | None) -> registry.District | None:
    """A district document's district: the district its letterhead names, else its place line; in the
    province the document names, where several have a district of that name ("Châu Thành")."""
    names = []
    for line in _letterhead(src.text[:1500]):
        m = _DISTRICT_LINE.search(line.strip(" *#"))
        if m:
            names.append(m.group(1).title())
    # the letterhead first: a district's documents may be dated at its town or the province's city ("Vinh, ngày …")
    names += [place] if place else []
    for name in names:
        if d := registry.find_district(name, province) or registry.find_district(name):
            return d
    return None


_DISTRICT_LINE = re.compile(r"(?:HUYỆN|QUẬN|THỊ XÃ|HUYEN|QUAN|THÀNH PHỐ|THANH PHO)\s+(.+)$")
_BODY_OF_CITY = ("Ủy ban nhân dân", "Hội đồng nhân dân")


def _city_district(src: Source) -> registry.District | None:
    """The city under a province a letterhead line names ("THÀNH PHỐ BẢO LỘC"; not "THÀNH PHỐ HÀ NỘI", a province)."""
    for line in _letterhead(src.text[:1500]):
        if (m := re.search(r"TH[ÀA]NH PH[ỐO]\s+(.+)$", line.strip(" *#|"))) and (
            d := registry.find_district(m.group(1).strip(" *#|").title())
        ):
            return d if d.kind == "thành phố" else None
    return None


# (not the "XÃ" of a town, "THỊ XÃ BUÔN HỒ")
_COMMUNE_LINE = re.compile(r"(?<!THỊ )(?<!THI )\b(XÃ|PHƯỜNG|THỊ TRẤN|XA|PHUONG|THI TRAN)\s+(\S.*)$")


_LEVEL_WORDS = {"XA": "xã", "PHUONG": "phường", "THI TRAN": "thị trấn"}  # as OCR prints them, restored


def _commune(src: Source) -> tuple[str, str] | None:
    """(level, name) of the commune its letterhead names: "XÃ DIỄN CHÂU" is ("xã", "Diễn Châu")."""
    for line in _letterhead(src.text[:1500]):
        if (m := _COMMUNE_LINE.search(line.strip(" *#"))) and not m.group(2).startswith(
            ("HỘI", "VIỆT", "HOI", "VIET")
        ):
            return _LEVEL_WORDS.get(m.group(1), m.group(1).lower()), m.group(2).strip(" *#-–—_").title()
    return None


def _province(src: Source, place: str | None, issued: bool) -> str | None:
    """The province the document belongs to: its place line, its letterhead, else the one it names most.

    With no issuer read (``issued`` false), a province named once, or no more often than another, is a place the text
    speaks of, not its own ("… khu kinh tế tỉnh Quảng Ninh" in a ministry's report whose letterhead is lost)."""
    for candidate in (place, " ".join(_letterhead(src.text[:1500]))):
        if candidate and (p := province_in(_fold(candidate))):
            return p
    counts: Counter[str] = Counter()
    for m in _PROVINCE_MENTION.finditer(src.text[:15000]):
        p = province_in(_fold(m.group(1)))
        if p and not _addressed(src, m.start()):
            counts[p] += 1
    if not counts:
        for m in _province_word().finditer(src.text[:15000]):
            p = province_in(fold_view(m.group(1)))
            if p and not _addressed(src, m.start()):
                counts[p] += 1
    ranked = [*counts.most_common(2), ("", 0)]
    return ranked[0][0] if ranked[0][1] and (issued or ranked[0][1] > max(1, ranked[1][1])) else None


def _addressed(src: Source, pos: int) -> bool:
    """Whether ``pos`` stands on the address line ("Kính gửi: Cục Thuế tỉnh Đồng Nai"): a place the letter goes to."""
    return _ADDRESS.match(src.folded, src.text.rfind("\n", 0, pos) + 1) is not None


def _fold(s: str) -> str:
    return " ".join(fold_view(s).split())


@cache
def _bmp() -> tuple[str, str]:
    """Every character of the BMP, and its folded view (past the BMP a character folds to itself)."""
    chars = "".join(map(chr, range(0x10000)))
    return chars, fold_view(chars)


@cache
def _unfolded(atom: str, negate: bool = False) -> str:
    r"""A character class of the original text: the characters whose folded view matches ``atom`` (or,
    negated, does not). Folding is one character for one, so a pattern of the folded view written with
    these classes in place of its atoms matches the original text at the same places, and the text need
    not be folded to be searched. (Past the BMP a character is its own folded view: ``atom`` must match
    none of those, and a negated class takes them all, as ``\S`` does.)"""
    chars, folded = _bmp()
    members = "".join(chars[m.start()] for m in re.finditer(atom, folded))
    return f"[{'^' if negate else ''}{re.escape(members)}]"


@cache
def _province_word() -> re.Pattern[str]:
    r"""``t[iỉ]nh\s+(\S+\s+\S+)`` of the folded view ("tỉnh" and two words), on the original text."""
    t, i, n, h, space = (_unfolded(atom) for atom in ("t", "[iỉ]", "n", "h", r"\s"))
    other = _unfolded(r"\s", negate=True)
    return re.compile(rf"{t}{i}{n}{h}{space}+({other}+{space}+{other}+)")


@cache
def _signed_for_hint() -> re.Pattern[str]:
    """``_SIGNED_FOR`` loosened for the original text, white space not squashed: a tail it does not match
    would not match ``_SIGNED_FOR`` folded either, and is not folded (most documents sign without "TM." or
    "KT."). "TM", "KT" are let in as T or K then M or T, so that the pattern opens with one class, which
    the engine scans for quickly."""
    space, dot, slash = _unfolded(r"\s"), _unfolded(r"\."), _unfolded("/")

    def written(folded: str) -> str:
        return f"{space}+".join("".join(_unfolded(c) for c in word) for word in folded.split(" "))

    signers = "|".join(map(written, _SIGNERS))
    return re.compile(f"{_unfolded('[tk]')}{slash}?{_unfolded('[mt]')}{dot}?{space}*(?:{signers})")


@cache
def _type_names() -> dict[str, str]:
    """Type line text, letters only and folded ("kehoach"), to the type name, from the type tables."""
    names = {t.name for t in registry.type_codes().values()} | {name for name, _ in type_words()}
    return {re.sub(r"[^a-z]", "", fold(name)): name for name in names}


@cache
def _organ_lines() -> tuple[tuple[str, str, str, str, str], ...]:
    """Letterhead and signature-block organ lines (kg/data/letterheads.csv), in match order."""
    rows = registry.data_rows("letterheads.csv")
    return tuple((r["key"], r["name"], r["code"], r["branch"], r["tier"]) for r in rows)


_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
_NUMBER_START = re.compile(r"[\W_]*S[ỐốÔôOo0-9]\S?[ \t]*:?[ \t]*\S{0,3}\d")
_UPPER = re.compile(f"[{CAPITALS}]")
# Vietnamese small letters: the range à-ỹ alone also holds capitals ("Ệ", "Ứ", "Đ").
_LOWER = re.compile("[a-z" + "".join(c for c in map(chr, range(0xE0, 0x1EFA)) if c.islower()) + "]")
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


# The right column's motto, run onto the organ's line by OCR (on folded text).
_MOTTO = re.compile(
    r"\s+(?:[dpb][oe6dgq]c\s+l[a]p\b|c[o]ng\s+h[o]a\s+x[a]\s+h[o]i|[dp][a]ng\s+c[o]ng\s+s[a]n)"
)


@lru_cache(maxsize=4)
def _letterhead(head: str) -> tuple[str, ...]:
    """Upper-case lines of the header: the letterhead, not body prose that mentions other organs.

    A line needs four capitals, and four times as many as lower-case letters; so a line shorter than four
    characters, or one with more than a fifth of its characters in ASCII lower case (counted on its bytes,
    which is much quicker than matching each letter), is not upper case, and most prose is dropped before
    the letters are counted. (Cached: the province, district and issuer steps each read the same header.)"""
    out = []
    for printed in head.splitlines():
        # Two columns flattened onto one line ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …"): the organ is on the left.
        line = _COLUMN_GAP.split(printed.strip(), 1)[0] if "   " in printed or "\t" in printed else printed
        # … or with a single space, OCR's ("HUYEN LONG THANH Déc lap - Tu do - Hanh phuc"): the motto is cut off
        motto = _MOTTO.search(fold_view(line)) if len(line) > 24 else None
        line = line[: motto.start()] if motto else line
        if len(line) < 4 or _NUMBER_START.match(line):  # a number line ("Số: 126/BC-UBND") names no organ
            continue
        ascii_ = line.encode("ascii", "ignore")
        if 5 * (len(ascii_) - len(ascii_.translate(None, _ASCII_LOWER))) > len(line):
            continue
        upper, lower = len(_UPPER.findall(line)), len(_LOWER.findall(line))
        if upper >= 4 and upper >= 4 * lower:
            out.append(line)
    return tuple(out)


def _lowest_organ(head: str) -> tuple[str, str, str, str] | None:
    """The organ the letterhead names last: the issuing body stands under its superior ("UBND HUYỆN LONG ĐIỀN⏎
    UBND XÃ PHƯỚC HƯNG"); of two names at one place, the first listed (the longer) wins."""
    best, best_at = None, -1
    for key, name, code, branch, tier in _organ_lines():
        at = head.rfind(key)
        if at > best_at:
            best, best_at = (name, code, branch, tier), at
    return best


_ENACTING_UBND = re.compile(
    r"(?:uy ban nhan dan|ubnd) (?P<level>tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\b[^.;:]{0,40}? ban hanh"
)
# A local level's folded word: (tier, the word in the organ's name below a province).
_LEVELS = {
    "tinh": ("province", ""),
    "thanh pho": ("province", ""),
    "huyen": ("district", " huyện"),
    "quan": ("district", " quận"),
    "thi xa": ("district", " thị xã"),
    "xa": ("commune", " xã"),
    "phuong": ("commune", " phường"),
    "thi tran": ("commune", " thị trấn"),
}


def _joint_issuer(codes: tuple[str, ...], day: str | None) -> tuple[str, str, str, str] | None:
    """The bodies of a joint symbol with a type code ("215-BC/BDVTU-BCSĐUBND", letterhead "BAN DÂN VẬN TỈNH ỦY - BAN
    CÁN SỰ ĐẢNG UBND TỈNH"); a letter's "1234/BTC-TCT" is the ministry's, its unit drafted it."""
    known = [organ for code in codes if (organ := registry.organ_on(code, day)) and organ.tier]
    if len(codes) < 2 or len(known) < len(codes):
        return None
    branches = {organ.branch for organ in known}
    return (
        " và ".join([", ".join(organ.name for organ in known[:-1]), known[-1].name]),
        codes[0],
        branches.pop() if len(branches) == 1 else "joint",
        str(known[0].tier),
    )


def _issuer(
    src: Source, codes: tuple[str, ...], type_line: int, day: str | None, top: int
) -> tuple[str | None, str | None, str | None, str | None]:
    """Issuer from the symbol's organ code, the letterhead, or the signature block ("TM. ỦY BAN NHÂN DÂN").

    The letterhead stands above the type line; the title below it may name another organ in capitals
    ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP … CỦA CHÍNH PHỦ"), so lines above it are read first."""
    above = _fold(" ".join(_letterhead(src.text[:type_line]))) if type_line else ""
    folded_head = _fold(" ".join(_letterhead(src.text[:1500])))
    # (the office that issues: "123/VP-KT"; not the unit that drafted a letter, "412/UBND-VP", "1985/SNV-VP")
    if codes[:1] == ("VP",) or "van phong ubnd" in folded_head or "van phong uy ban nhan dan" in folded_head:
        return "Văn phòng Ủy ban nhân dân", "VP", "state", "province"
    for code in codes:
        # the Assembly's bodies sign with their term ("78/2025/UBTVQH15")
        organ = registry.organ_on(code, day) or registry.organ_on(code.rstrip("0123456789"), day)
        if organ and organ.tier:
            # one code, bodies of several levels ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH" signs with ĐU, as a commune's does)
            named = _named_in_letterhead(src.text[: type_line or 1500], code)
            if named and named.tier and named.tier != organ.tier:
                return named.name, code, named.branch, named.tier
            # … or the same level under its parent's code and its place ("THÀNH ỦY THANH HÓA" over "…-KH/ThU", which
            # the registry reads as a Thị ủy's)
            if named and named.tier == organ.tier and named.code != code and named.jurisdiction:
                return named.name, code, named.branch, named.tier
            # … and the body the letterhead names more fully than the code's organ ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH")
            if (
                named
                and named.jurisdiction
                is None  # (a place it names is added below, restored: "ĐẢNG ỦY XÃ CÁT HANH")
                and named.name.lower().startswith(f"{organ.name.lower()} ")
                and named.tier == organ.tier
            ):
                return named.name, code, named.branch, named.tier
            if code == "ĐU" and _PROVINCIAL_PARTY_UNIT.search(above or folded_head):
                # a provincial agency's Party committee under the province's ("ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN⏎
                # ĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), which signs with ĐU as a commune's does
                return organ.name, code, organ.branch, "province"
            return organ.name, code, organ.branch, organ.tier
    for head in (above, folded_head):
        if found := _lowest_organ(head):
            # a body of the same branch, named without a place, under one the tables list ("UBND TỈNH QUẢNG NAM⏎
            # THANH TRA TỈNH"): the lower issues it
            named = _named_in_letterhead(src.text[:type_line]) if head is above and above else None
            if (
                named
                and named.tier
                and named.jurisdiction is None
                and named.code != found[1]
                and named.branch == found[2]
            ):
                return named.name, named.code, named.branch, named.tier
            return found
    # an organ the letterhead tables do not list ("CỤC THUẾ TP HÀ NỘI"), read as an issuer
    named = _named_in_letterhead(src.text[:top]) if top else None
    if named and named.tier:
        return named.name, named.code, named.branch, named.tier
    tail = src.text[-2500:]
    sign = _SIGNED_FOR.search(" ".join(fold_view(tail).split())) if _signed_for_hint().search(tail) else None
    if sign:
        for key, name, code, branch, tier in _organ_lines():
            if key.startswith(sign.group(1)):
                return name, code, branch, tier
    body = _head_view(src.text[:HEAD])
    # "Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch …": a document without its letterhead says who issues it
    enacted = _ENACTING_UBND.search(body) if "ban hanh" in body and (not codes or "UBND" in codes) else None
    if enacted:
        tier, word = _LEVELS[enacted.group("level")]
        return f"Ủy ban nhân dân{word}", "UBND", "state", tier
    for code in codes:
        organ = registry.organ(code)
        if organ:
            return organ.name, code, organ.branch, organ.tier or "province"
    # a reply that lost its letterhead names its writer at its first sentence: "Tổng cục Thuế nhận được công văn …"
    if (writer := _writer(body)) and (
        named := issuers.recognise(body[slice(*writer)], src.text[slice(*writer)])
    ):
        return named.name, named.code, named.branch, named.tier
    return None, None, None, None


# (folded letterhead) the province's Party organisation of its People's Committee or of its Party bodies, over a unit's
# Party committee that is no commune's
_PROVINCIAL_PARTY_UNIT = re.compile(
    r"[dpb]ang\s+b[o6]\s+(?:uy\s+ban\s+nhan\s+dan|ubnd|cac\s+co\s+quan\s+[dpb]ang)\s+(?:tinh|thanh\s+pho)\b"
    r"(?:(?![dpb]ang\s+uy\s).)*[dpb]ang\s+uy\s+(?!xa\b|phuong\b|thi\s+tran\b|dac\s+khu\b)"
)


def _named_in_letterhead(head: str, code: str | None = None) -> issuers.Issuer | None:
    """The organ (of ``code``, or of the body whose local office ``code`` is: "HỘI LHPN HUYỆN …" for "HPN") a
    letterhead line names whole, the lowest line first."""
    organ = registry.organ(code) if code else None
    family = {code, organ.parent} if organ else {code}
    for line in reversed(_letterhead(head)):
        found = issuers.recognise(fold_view(line), line)
        if found and (code is None or found.code in family) and found.end >= len(line.rstrip()):
            return found
    return None


# An e-signature stamp's line, OCR's lost marks too ("Ky bởi: Tổng cục Thuế"): what signed, not what about.
_STAMP = re.compile(r"[\s*_]*(?:nguoi\s+ky|ky\s+boi|thoi\s+gian\s+ky|ngay\s+ky|email|co\s+quan)\s*:")
_ADDRESS = re.compile(r"[\s*_]*(?:k[i]nh\s+g[uw]i|k/g)\b")
# What a reply says it received (on the folded header); its subject opens the sentence.
_RECEIVED = re.compile(  # (tried at a run of spaces' first only: blanked page furniture leaves long runs)
    r"(?<!\s)(?:\s+da)?\s+nhan\s+duoc\s+(?:cong\s+van|van\s+ban|cv|don|thu|to\s+trinh|bao\s+cao|phieu|y\s+kien|de\s+nghi)"
)


# … and what a reply's writer says it does: "…, Tổng cục Thuế có ý kiến như sau:", "Tổng cục Thuế trả lời để …"
_ANSWERS = re.compile(r"(?<!\s)\s+(?:co\s+y\s+kien|tra\s+loi|huong\s+dan)\s+(?:nhu\s+sau|de)(?![a-z])")


def _writer(body: str) -> tuple[int, int] | None:
    """(start, end) of the subject of the first "… nhận được công văn …" (or "… có ý kiến như sau"), when it opens its
    sentence or clause."""
    received = _RECEIVED.search(body) or _ANSWERS.search(body)
    if received is None:
        return None
    start = max(body.rfind(mark, 0, received.start()) for mark in ("\n", ". ", ": ", ";", ",")) + 1
    while start < received.start() and body[start] in " \t*_.:":
        start += 1
    return (start, received.start()) if 4 <= received.start() - start <= 80 else None
