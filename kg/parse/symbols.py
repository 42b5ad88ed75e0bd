"""Số ký hiệu: find symbol shapes in raw text and turn a raw match into its canonical form.

The shapes (see shared docs, "vn-document-symbols"): Party ``N-TYPE/ORG[-ORG]``, State ``N/TYPE-ORG[-UNIT]``,
normative ``N/YYYY/TYPE-ORG``, National Assembly ``N/YYYY/QHkk``, State công văn ``N/ORG-UNIT``. OCR and
typing damage (spaces and doubled hyphens, line breaks, Đ read as B/D/P, eth for Đ) is repaired here and
nowhere else, so that every caller sees one spelling per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from kg import registry
from kg.folding import fold, is_syllable

_LETTERS = "A-Za-zĐđÐðƯư"
# "&" occurs inside a code as printed ("BNN&PTNT"); the canonical code drops it. Ư stands for Trung ương in one ("UBTƯMTTQVN").
# OCR swaps the case of the letters whose two cases look alike, and reads Đ as a lower-case b: a code may open with one
# in lower case before a capital ("209/2013/NĐ-cP", "KH-uBND", "45- -NQ/bU").
# A National Assembly's term as OCR prints it ("QHI3", "QHIS", "QH 15", "QH1 1", "QH.14", "0H14", "0BTVQHI4", "QH⏎15") is read before
# the general shape, which would stop at the space.
# OCR prints a code's last C as "€" ("38/2015/TT-BT€"). A code ends where no letter, digit or bracket follows; a
# footnote's number may ("NĐ-CP¹", "UBND[1]"), Markdown's closing "_" ("_Quyết định số 1509/QĐ-UBND_"), and so may a
# word a PDF's text or OCR glued to it ("6670/BYT-MTngày 16/8/2021", "35/2025/QĐ-TTgcủa Thủ tướng", "1234/UBND-KTvề
# việc", "119/2014/TT-BTCsửa đổi", "… TT-BTChướng dẫn").
_CODE_END = (
    r"(?:(?![^\W_¹²³⁰⁴-⁹]|\[(?!\^?\d{1,3}\]))"
    r"|(?:(?<=[A-ZĐ\d])|(?<=TTg))(?=(?:ng[aà]y|c[uủ]a|về|và|tại|sửa|hướng|quy|ban|bổ|thay)(?![^\W\d_])))"
)
_TERM = rf"(?:(?:[U0]BTVQH|QH|0H)(?:\.?[ \t]|[ \t.]|[ \t]*\n[ \t]*)?[1Il|¡][ \t]?[\dIlS|O]|T[ \t]W|T[ \t]T(?=[ \t]*-)){_CODE_END}"
# A narrow column breaks a line inside a short type code too, before its hyphen ("126/2020/N⏎Đ-CP", "12/2021/N⏎Q-HĐND").
_BROKEN_CODE = r"[A-ZĐÐ]{1,2}\n[ \t]*[A-ZĐÐ]{1,3}(?=[ \t]*[-–])"
_CODE = rf"(?:{_TERM}|{_BROKEN_CODE}|(?:[A-ZĐÐ]|[cosuvxzqb](?=[A-ZĐÐ]))(?:[{_LETTERS}]|&[ \t]?){{0,14}}€?\d{{0,3}}(?:\.(?:[IVX]{{2,5}}(?=[ \t]*-)|[A-Z][A-Za-z]{{0,2}}\d?|[A-ZĐ]{{2,6}}|\d\d)){{0,2}}{_CODE_END})"
# After a line break, any indent before a capitals' code: a gazette page header blanked between two groups
# ("NĐ-⏎<blank>CP") leaves one; a page's first words ("Danh mục") are not a code.
_HYPHEN = r"[ \t]*[-–—][ \t\n\-–—]{0,4}(?:(?<=\n)[ \t]+(?=[A-ZĐ][A-ZĐ\d]))?"
_GROUPS = rf"{_CODE}(?:{_HYPHEN}{_CODE})*"

# OCR reads digits as look-alike letters, l and I for 1, O for 0 ("l07/KH-UBND", "2O /TCT-TNCN"), and
# prints a digit it could not read as §, ?, %, # or & ("§3/2013/NĐ-CP", "1%6-KH/HU", "22#5/QĐ-UBND", "§&7/2010/NĐ-CP"),
# inside a number also as °, ], *, ~, _, ¢ or a block ("7°5/QĐ-UBND", "3]8/BC-STP", "15*2/UBND-NNMT", "3~7/KH-UBND",
# "2_0-BC/HU", "1¢5/QD-UBND", "1▮-KH/TU", "4•-TB/ĐU"): the canonical number has "?" there.
_LEADS = "lIO§?%#&"
_INSIDE = r"°\]*~_¢▮•"
_NUMBER_FIX = str.maketrans({"l": "1", "I": "1", "O": "0", **dict.fromkeys("§%#&°]*~_¢▮•", "?")})

# One scan finds every candidate; the alternatives are tried in order at each digit run. It starts with a bare digit
# (the look-behinds come after it), so the regex engine can skip to digits quickly. The character before the number is
# no word character but a look-alike, which ``symbol_start`` reads, nor a colon but after "số" or a space ("10:30", OCR's
# "36:3678" and "s6:4582" for "Số:", most often a document's own number; "số:123/QĐ-UBND", "số :444/2013/TT-BTC" are
# numbers), nor a dot inside a word or number ("1.2", but
# OCR's stray dot in "số .1838/QĐ-BTC" or "số.1838/QĐ-BTC", an English translation's "No.120/2016/ND-CP", is no part of
# anything). A number may end in a letter ("30c/NQ-CP", "1234a/QĐ-
# UBND"), and a Government resolution of a numbered series has a dotted number ("66.7/2025/NQ-CP") before its year;
# OCR may put a law's year after its code ("38/QH14/2019") or drop the slash after it ("32/2013QH13", "49/2025TT-BCT"),
# which is read only before a type code. A narrow column breaks a line after any slash
# ("41-QĐ/⏎TW", "59/⏎2023/NĐ-CP"), or right after the number ("114⏎KL/TW", "1847⏎/QĐ-TTg", "182⏎-KL/TW"). Before 1998 the
# Government and the Council of Ministers numbered with a hyphen and their code alone ("Nghị định số 90-CP", "Quyết
# định số 111-HĐBT"). The Government printed some resolutions with their year after the number and a hyphen, as companies
# number their letters ("Nghị quyết số 19-2016/NQ-CP", "công văn 1-2020/CV"). A Party document for internal use has
# "/nb" (nội bộ) after its organ ("Công văn số 141-CV/VPTW/nb"), part of its symbol as printed.
SYMBOL_RE = re.compile(
    rf"""(?P<n>\d(?<![^\WlIOố]\d)(?<![/⁄\-–]\d)(?:(?<!:\d)|(?<=[sS]ố:\d)|(?<=\s:\d))(?:(?<!\S\.\d)|(?<=No\.\d)|(?<=[sS][ốo]\.\d))[\d{_LEADS}{_INSIDE}]{{0,5}}(?:[a-e](?=/)|\.\d{{1,2}}(?=/(?:19|20)\d\d/))?)
    (?:
      (?:[ \t]*\n?[ \t]*[-–—][ \t\n\-–—]{{0,4}}|[ \t]{{1,2}}|[ \t]*\n[ \t]*)(?P<pt>{_CODE})[ \t]*/[ \t]*\n?[ \t]*(?P<po>{_GROUPS})(?:/(?P<nb>nb)(?![^\W_]))?
    | (?:[ \t]*[-–][ \t]?(?P<hy>(?:19|20)\d\d)(?=[ \t]*/[ \t]*[A-ZĐ]))?[ \t]*\n?[ \t]*/[ \t]*\n?[ \t]*(?:(?P<sy>(?:[1lI]9|2[0O689])(?:[ \t]?[\dOlI]|[\dOlI][ \t]?)[\dlILO])[ \t]*/[ \t]*\n?[ \t]*|(?P<sg>(?:19|20)\d\d)(?=[A-ZĐ]))?(?P<sb>{_GROUPS}(?:/{_GROUPS})?(?(sy)|(?(sg)|(?:(?<=[A-Za-z])/(?:19|20)\d\d(?![\d/\w]))?)))
      (?:(?<=QH\d\d)[ \t]*/[ \t]*(?P<ty>(?:19|20)\d\d)(?![\d/]))?
    | [ \t]*[-–][ \t]*(?P<old>{_CODE})(?![ \t]*[-–/])
    )""",
    re.VERBOSE,
)

# A year printed after an organ's code, as companies number their letters ("88/LGEVH-LOG/2018", "2808/CV-Vilube/2012").
_YEAR_AFTER_CODE = re.compile(r"[A-Za-z]/(?:19|20)\d\d$")
# The National Assembly's code with its term, Q read as O by OCR ("22/2023/OH15").
_ASSEMBLY = re.compile(r"(?P<standing>UBTV)?[QO]H(?P<term>\d{1,2})")
_ASSEMBLY_WITHOUT_TERM = frozenset(["QH", "UBTVQH"])
_TERM_AFTER_SPECK = re.compile(r"[ \t.,¡!|'`]*[\dIlS|]")
# (OCR's case swaps make no code whose only lower case is the "r" of "Tr")
_TR_CASED = re.compile(r"(?:[A-ZĐ]|Tr)*Tr(?:[A-ZĐ]|Tr)*\d*")
_TERM_SPECK = re.compile(r"(?P<standing>UBTV)?QH[Il|](?P<term>1\d)")
_TERM_FIX = str.maketrans({"I": "1", "l": "1", "|": "1", "¡": "1", "S": "5", "O": "0", " ": None, "\t": None})
# A year as OCR reads it ("118/202 L/NĐ-CP", "118/202l/NĐ-CP", "73/2O24/NĐ-CP", "83/2Ol5/QH13"), and the space it may leave
# ("146/20 14/TT-BTC").
_YEAR_FIX = str.maketrans({"l": "1", "I": "1", "L": "1", "O": "0", " ": None, "\t": None})
# The police's units, a letter for their branch after P and their number ("PC08", "PA05", "PV01").
_POLICE_UNIT = re.compile(r"P[ACVKXH]")
_UNIT_DIGITS = re.compile(r"[ \t](\d{2})(?![\d/])")
_SPLIT_GROUPS = re.compile(r"[ \t\n]*[-–—][ \t\n\-–—]*|/")
# A code set apart from its hyphen that is a capitalised word of one Vietnamese syllable ("TT- Trong"), not a
# company's name ("12/CV- Liksin") nor a code in capitals ("33/CT- TTg").
_WORD_AFTER_HYPHEN = re.compile(r"[-–—][ \t\n\-–—]*[ \t\n][ \t\n\-–—]*[A-ZĐ][a-zđ]{2,}$")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A canonical symbol and what its parts say about the document."""

    text: str
    number: str
    year: int | None
    type_code: str | None
    issuer_codes: tuple[str, ...]
    form: str  # party | state | normative | assembly | congvan
    repaired: bool


@cache
def _ocr_codes() -> dict[str, str]:
    import csv
    from importlib import resources

    with resources.files("kg.data").joinpath("ocr_codes.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
    return {seen: canon for seen, canon in rows[1:]}


@cache
def _units_after() -> dict[tuple[str, str], str]:
    """(organ code, unit as OCR printed it) -> the unit's code: a repair only that organ's unit is read with."""
    return {(r["organ"], r["seen"]): r["canonical"] for r in registry.data_rows("unit_codes.csv")}


def _units_read(codes: list[str]) -> list[str]:
    """``codes`` with each unit that the organ before it names read back ("SKHCN-CDS": the science department's
    digital-transformation unit, CĐS)."""
    if len(codes) < 2:
        return codes
    table = _units_after()
    return [codes[0], *(table.get((organ, unit.upper()), unit) for organ, unit in pairwise(codes))]


@cache
def _known_codes() -> dict[str, str]:
    """Upper-cased, Đ-folded spelling -> canonical spelling, for type and organ codes."""
    out: dict[str, str] = {}
    for code in (*registry.organs(), *registry.type_codes()):
        out.setdefault(_key(code), code)
    return out


@cache
def _codes_read_as_d() -> dict[str, tuple[str, ...]]:
    """Codes with a Đ, keyed with every B and P read as D: OCR reads Đ as B or P ("QPi", "BLPTBXH"). (The OCR
    table's canonical codes count too: a unit's "HĐTĐKT" read "HBTBKT".)"""
    found: dict[str, set[str]] = {}
    for code in (*registry.organs(), *registry.type_codes(), *_ocr_codes().values()):
        if "Đ" in code:
            found.setdefault(_key(code).replace("B", "D").replace("P", "D"), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in found.items()}


def _read_as_d(code: str) -> str | None:
    """The one code ``code`` is, its Đ printed B, P or D; never a choice between two organs ("BGDBT" is the
    ministry's "BGDĐT", "PGDĐT" no misreading of it)."""
    candidates = _codes_read_as_d().get(_key(code).replace("B", "D").replace("P", "D"), ())
    fitting = [canon for canon in candidates if _only_d_misread(code, canon)]
    return fitting[0] if len(fitting) == 1 else None


def _joined_read_as_d(code: str) -> str | None:
    """Two organs' codes run together, the Đ of one printed D, B or P ("DUUBND": a commune's Party committee's, ĐU, and
    its People's Committee's; "DUDBP": ĐU and a border post's ĐBP), or an organ's and its unit's number, when one split
    alone reads so (not two letters and a number: "PH10" is a police unit's, no "ĐH10")."""
    readings = {
        f"{head}{tail}"
        for i in range(2, len(code) - 1)
        if (head := _organ_piece(code[:i]))
        and (tail := _organ_piece(code[i:]) or (_unit_number(code[i:]) if i > 2 else None))
    }
    readings = {r for r in readings if "Đ" in r and _only_d_misread(code, r)}
    return readings.pop() if len(readings) == 1 else None


def _organ_piece(piece: str) -> str | None:
    """The organ ``piece`` names, as printed or its Đ misread ("DU", "PU": ĐU), never one of two."""
    if piece in registry.organs():
        return piece
    read = _read_as_d(piece)
    return read if read in registry.organs() else None


def _unit_number(piece: str) -> str | None:
    return piece if piece.isdigit() and len(piece) <= 2 else None


def _only_d_misread(printed: str, canon: str) -> bool:
    """Whether ``printed`` differs from ``canon`` only where ``canon`` has a Đ."""
    return len(printed) == len(canon) and all(
        a.upper() == b.upper() or (b in "Đđ" and a.upper() in "BPDĐ")
        for a, b in zip(printed, canon, strict=True)
    )


def _key(code: str) -> str:
    return code.replace("Ð", "Đ").replace("ð", "đ").upper().replace("Đ", "D")


@lru_cache(maxsize=1 << 12)
def canonical_code(raw: str) -> tuple[str, bool]:
    """(canonical spelling, whether it was repaired) for one code group such as "Qb" or "TTG".

    An "&" stays where it was printed ("BNN&MT", "SGD&ĐT"): the gold keeps a symbol's characters, and the
    registry reads such a code as the organ's ("BNNMT")."""
    printed = raw.replace("Ð", "Đ").replace("ð", "đ").replace(" ", "").replace("\t", "").replace("\n", "")
    if "€" in printed:
        return _canonical(printed.replace("€", "C"))[0], True
    if "&" not in printed:
        return _canonical(printed)
    canon, repaired = _canonical(printed.replace("&", ""))
    if len(canon) != len(printed) - printed.count("&"):
        return canon, repaired
    letters = iter(canon)
    return "".join(c if c == "&" else next(letters) for c in printed), repaired


def _canonical(printed: str) -> tuple[str, bool]:
    code = printed
    if code in registry.organs() or code in registry.type_codes():
        return code, False
    if code in ("TW", "TT") and code != printed:  # "57-NQ/T W", "22/2010/T T-BTC"
        return code, True
    if code.startswith(("QH", "UBTVQH", "OH", "UBTVOH", "0H", "0BTVQH")) and not _ASSEMBLY.fullmatch(code):
        # Q read as O or 0 ("UBTVOHI2", "0H14"), U as 0 ("0BTVQHI4"), a dot before the term ("QH.14")
        head = (
            code[:-2]
            .replace("OH", "QH")
            .replace("0H", "QH")
            .replace("0BTV", "UBTV")
            .translate(_TERM_FIX)
            .rstrip(".")
        )
        term = head + code[-2:].translate(_TERM_FIX)
        if _ASSEMBLY.fullmatch(term):
            return term, True
        if extra := _TERM_SPECK.fullmatch(code):  # a speck read as "I" before the term: "UBTVQHI15"
            return f"{extra['standing'] or ''}QH{extra['term']}", True
    upper = code.upper()
    repairs = _ocr_codes()
    if upper in repairs:
        canon = repairs[upper]
        return canon, canon != code and not (canon.upper() == upper and "Đ" in upper)
    known = _known_codes().get(_key(code))
    if known:
        return known, False
    if upper.startswith("BCD") and len(code) > 4 and code.isupper():
        # a steering committee's code ("Ban Chỉ đạo", BCĐ) with OCR's or a typist's D: "114/QD-BCDTTTC"
        return "BCĐ" + code[3:], True
    # a B or P printed where the code has Đ (two letters are too few to tell "BH", bảo hiểm, from an OCR'd "ĐH")
    read_as_d = _read_as_d(code) if len(code) > 2 and ("B" in upper or "P" in upper) else None
    if read_as_d:
        return read_as_d, read_as_d != code
    if code.isupper() and "Đ" not in code and (joined := _joined_read_as_d(code)):
        return joined, True
    bare = code[:-1]
    organ = registry.organs().get(bare) if code[-1:].isdigit() and not bare[-1:].isdigit() else None
    if organ and organ.tier == "central" and not _ASSEMBLY.fullmatch(code):
        # A footnote's number glued to a central organ's code ("66-NQ/TW1", "140/NQ-CP2"); a unit's
        # ("UBND-VP5") and an elected body's term ("BC-UBTCNS14") are part of the code.
        return bare, True
    # a unit's number after a code of its own casing ("312/TTr-TTr1", the tax inspectorate 1), and a code whose only
    # lower case is the "r" of "Tr" ("81529/CT-HTr", "…/BGDĐT-GDTrH": "Hỗ trợ", "Trung học"), as offices print them
    stem = code.rstrip("0123456789")
    if (stem != code and (stem in registry.type_codes() or stem in registry.organs())) or _TR_CASED.fullmatch(
        code
    ):
        return code, False
    return (code.upper() if any(c.islower() for c in code[1:]) and code not in ("TTg",) else code), False


def is_type_code(code: str) -> bool:
    return code in registry.type_codes()


def _issuer_known(code: str) -> bool:
    """Whether ``code`` names an issuer: a registered organ, a province's department ("SNV"), or a steering committee
    known by its task or level ("BCĐQG", "BCĐ35")."""
    return registry.organ(code) is not None or (code[:1] == "S" and len(code) >= 3) or code.startswith("BCĐ")


def organ_code(symbol: Symbol) -> str | None:
    """The registry's code of the one organ that issued ``symbol`` ("QH" for "38/2019/QH14"), if it names one."""
    if len(symbol.issuer_codes) != 1:
        return None
    code = symbol.issuer_codes[0]
    assembly = _ASSEMBLY.fullmatch(code)
    return f"{assembly['standing'] or ''}QH" if assembly else code


def symbol_start(m: re.Match[str]) -> int | None:
    """Where a SYMBOL_RE match's symbol starts: back over look-alikes of its first digits ("l07", "§3"),
    which must start a word themselves; None when the match is inside a word ("CO2/…", "Sol07/…")."""
    text, s = m.string, m.start()
    k = s
    while k > s - 2 and k and text[k - 1] in _LEADS:
        k -= 1
    if k < s and not (k and _joins(text[k - 1])):
        return k
    if (
        s and text[s - 1] == "ố"
    ):  # "số78/2014/TT-BTC": the word "số" glued to the number (and to the type word before
        # it, as PDF text glues words: "công vănsố6673/VPCP-PL"; a syllable ends in "số" only so)
        return s if text[s - 2 : s - 1] in ("s", "S") and not (s > 2 and text[s - 3].isdigit()) else None
    return None if s and text[s - 1] in "lIO" else s


# A number OCR printed in look-alike letters only ("Quy định số ll-QĐi/TW", "Kết luận số Ol-KL/TW"), right after
# "số" and before a symbol's code: no digit starts it, so the scan would not see it.
# (It opens with the literal "s" of "số", which the regex engine skips to; a look-behind first would try every
# position.)
# … and OCR's "số" glued to the number ("Chỉ thị s633/CT-TTg", "Kết luận sb01-KL/TW"): its "6" or "b" is no digit.
_LETTERS_ONLY_NUMBER = re.compile(
    r"s(?:[ốoô6][ \t](?P<n>[lIO]{1,3})"
    r"(?=[ \t]*(?:[-–][ \t]*[A-ZĐ][A-Za-zĐđ]{0,5}|/[ \t]*[A-ZĐ][A-Za-zĐđ]{0,5}-)[ \t]*[/\w])"
    r"|(?<=\ss)(?P<glued>[ốô6bé])(?=\d{1,5}[ \t]*[-/][ \t]*(?:[A-ZĐ]|(?:19|20)\d\d/)))"
)


def scan_view(text: str) -> str:
    """``text`` (same length) as the symbol scan reads it: numbers printed in look-alike letters only read as
    digits, OCR's "số" glued to a number set apart, a type code's hyphen that OCR printed as a space before a
    registered organ's code restored ("595/QĐ BHXH"), and a page number inside a broken symbol blanked."""
    if _LETTERS_ONLY_NUMBER.search(text):
        text = _LETTERS_ONLY_NUMBER.sub(_read, text)
    if _spaced_code().search(text):
        text = _spaced_code().sub(_hyphen_if_organ, text)
    if "\n\n" in text:  # (tried only where a hyphen ends a line before a blank one: a search costs more)
        for dash in ("-\n\n", "–\n\n"):
            at = text.find(dash)
            while at >= 0:
                if page := _PAGE_IN_SYMBOL.match(text, at):
                    text = text[:at] + _line_break_only(page) + text[page.end() :]
                at = text.find(dash, at + 1)
    return text


# A page's number alone between blank lines where a symbol broke after its hyphen ("215/KH-⏎⏎2⏎⏎UBND"): the hyphen and
# one line break remain, as for a symbol broken over two lines.
_PAGE_IN_SYMBOL = re.compile(
    r"[-–](?<=[A-ZĐ][-–])\n(?:[ \t]*\n)+[ \t]*\d{1,3}[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=[A-ZĐ]{2})"
)


def _line_break_only(m: re.Match[str]) -> str:
    return m.group(0)[0] + "\n" + " " * (len(m.group(0)) - 2)


@cache
def _spaced_code() -> re.Pattern[str]:
    """A State type code after a number's slash, a space, and the capitals of what may be an organ's code (the slash
    first, a literal the regex engine skips to)."""
    types = sorted(
        (c for c, t in registry.type_codes().items() if t.system != "party"), key=len, reverse=True
    )
    return re.compile(
        rf"/(?<=\d/)(?:(?:19|20)\d\d/)?(?:{'|'.join(map(re.escape, types))}) (?P<organ>[A-ZĐ]{{2,10}})(?![^\W_])"
    )


def _hyphen_if_organ(m: re.Match[str]) -> str:
    if m.group("organ") not in registry.organs():
        return m.group(0)
    space = m.start("organ") - 1 - m.start()
    return f"{m.group(0)[:space]}-{m.group(0)[space + 1 :]}"


def _read(m: re.Match[str]) -> str:
    if m.group("glued"):
        return "s "
    return m.group(0)[: m.start("n") - m.start()] + m.group("n").translate(_NUMBER_FIX)


def _joins(c: str) -> bool:
    """Whether a character before a number makes it part of something else (a word, a date, a path)."""
    return c.isalnum() or c in "_:./-–"


def _number(m: re.Match[str]) -> tuple[str, bool] | None:
    """(canonical number, whether OCR look-alikes were read), or None when the match starts no symbol."""
    start = symbol_start(m)
    if start is None:
        return None
    raw = m.string[start : m.end("n")]
    number = raw.translate(_NUMBER_FIX)
    return number, number != raw


def _year(raw: str) -> int:
    """A symbol's year as printed, OCR look-alikes read: a 6, 8 or 9 for the 0 of 20xx ("65/2613/NĐ-CP")."""
    year = raw.translate(_YEAR_FIX)
    return int("20" + year[2:] if year[0] == "2" else year)


def parse_match(m: re.Match[str]) -> Symbol | None:
    """The canonical symbol for a SYMBOL_RE match, or None when the shape is not a document symbol."""
    read = _number(m)
    if read is None:
        return None
    number, misread = read
    if m.group("pt"):
        party_type, rep1 = canonical_code(m.group("pt"))
        if not is_type_code(party_type):
            return None
        groups = [g for g in _SPLIT_GROUPS.split(m.group("po")) if g]
        orgs = [_party_read(*canonical_code(g), first=k == 0) for k, g in enumerate(groups)]
        if len(orgs) == 1 and (bare := _footnote_marked(orgs[0][0])):
            orgs = [(bare, True)]
        organ_codes = tuple(c for c, _ in orgs)
        repaired = misread or rep1 or any(r for _, r in orgs) or _spaced(m.group(0))
        text = f"{number}-{party_type}/{'-'.join(organ_codes)}{'/nb' if m.group('nb') else ''}"
        return Symbol(text, number, None, party_type, organ_codes, "party", repaired)
    if m.group("old"):
        return _old_style(number, m.group("old"), misread or _spaced(m.group(0)))
    sy = (
        m.group("sy") or m.group("ty") or m.group("sg")
    )  # (a year after a National Assembly's code: "38/QH14/2019")
    year = _year(sy) if sy else None
    misread = (
        misread
        or bool(m.group("ty") or m.group("sg"))
        or bool(sy and (not sy.replace(" ", "").replace("\t", "").isdigit() or sy[:2] in ("26", "28", "29")))
    )
    # "Thông⏎tư 67/2022/TT- Trong thời hạn …": OCR lost the issuer, and the next word is no code
    if _WORD_AFTER_HYPHEN.search(m.group("sb")) and is_syllable(m.group("sb").rsplit(maxsplit=1)[-1]):
        return None
    parts = [canonical_code(g) for g in _SPLIT_GROUPS.split(m.group("sb")) if g]
    codes = [c for c, _ in parts]
    if (units := _units_read(codes)) != codes:
        codes, parts = units, [(c, True) for c in units]
    if (
        len(codes) >= 2
        and _POLICE_UNIT.fullmatch(codes[-1])
        and (digits := _UNIT_DIGITS.match(m.string, m.end()))
    ):
        # a police unit's number OCR set apart ("2850/CAT-⏎PC 08" is the provincial police's PC08)
        codes, parts = (
            [*codes[:-1], codes[-1] + digits.group(1)],
            [*parts[:-1], (codes[-1] + digits.group(1), True)],
        )
    if hyphen_year := m.group("hy"):
        return _hyphen_year(number, hyphen_year, codes, m.group("sb"), misread or any(r for _, r in parts))
    # a code a line's hyphen broke in two, "1256/BN-⏎NMT-TL", or a typist's stray one ("09/2008/TT-BLĐTB-XH")
    if rejoined := _rejoined(codes, broken="\n" in m.group("sb")):
        codes, parts = rejoined, [(c, True) for c in rejoined]
    if m.group("sg") and not (is_type_code(codes[0]) or _ASSEMBLY.fullmatch(codes[0])):
        return None
    repaired = misread or any(r for _, r in parts) or _spaced(m.group(0))
    if len(codes) == 1 and (glued := _glued(codes[0])):
        codes, repaired = list(glued), True
    elif year and len(codes) == 1 and (dotted := _dotted(codes[0])):  # OCR's "." for "-": "134/2016/ND.CP"
        codes, repaired = list(dotted), True
    elif not year and len(codes) == 1 and (split := _organ_dot_unit(codes[0])):  # … and "6602/CT.TTHT"
        codes, repaired = list(split), True
    elif year and len(codes) == 2 and (sole := _sole_issuer_misread(*codes)):  # "134/2016/NĐ-CY"
        codes, repaired = [codes[0], sole], True
    if year and len(codes) == 1 and (assembly := _ASSEMBLY.fullmatch(codes[0])):
        code = f"{assembly['standing'] or ''}QH{assembly['term']}"
        repaired = repaired or code != codes[0]
        return Symbol(f"{number}/{year}/{code}", number, year, None, (code,), "assembly", repaired)
    if (
        year
        and len(codes) == 1
        and codes[0] in _ASSEMBLY_WITHOUT_TERM
        and not _TERM_AFTER_SPECK.match(m.string, m.end())
    ):
        # (its term left out: "Pháp lệnh số 02/2020/UBTVQH ngày 09 tháng 12 năm 2020"; not one OCR broke off,
        # "33/2024/QH. 15", "107/2016/QH!113")
        return Symbol(f"{number}/{year}/{codes[0]}", number, year, None, (codes[0],), "assembly", repaired)
    if not year and len(codes) == 1:
        return _one_code(number, codes[0], repaired, m.group("sb").isupper())
    if (
        codes[0] == "CB"
        and len(codes) >= 2
        and (organ := registry.organ(codes[1]))
        and organ.branch == "state"
    ):
        # OCR's B for Đ in a State body's telegram ("Công điện số 05/CB-UBND"): a Chi bộ numbers the Party way
        codes, repaired = ["CĐ", *codes[1:]], True
    if (
        len(codes) == 2
        and is_type_code(codes[0])
        # (not a tax department's letter with its unit's number: "94606/CT-TKT3" of the Cục Thuế)
        and (year or codes[0] not in registry.organs())
        and (bare := _footnote_marked(codes[1]))
    ):
        codes, repaired = [codes[0], bare], True
    if (
        len(codes) >= 2
        and is_type_code(codes[0])
        and not (codes[0] in registry.organs() and not _issuer_known(codes[1]))
    ) or (year and len(codes) >= 2):
        type_code: str | None = codes[0]
        issuers = tuple(codes[1:])
    elif len(codes) >= 2:
        type_code, issuers = None, tuple(codes)
    else:
        return None
    body = "-".join(codes)
    if len(codes) == 2 and _YEAR_AFTER_CODE.search(m.group("sb")):
        body = "/".join(codes)  # a company's letter numbered with its year after its code: "1025/PLYK/2025"
    elif "/" in m.group("sb") and len(codes) > 2:
        first, _, _ = m.group("sb").partition("/")
        n_first = len([g for g in _SPLIT_GROUPS.split(first) if g])
        if not (year and n_first == 1 and type_code == codes[0] and type_code.endswith("LT")):
            # (but a joint circular's type code and its issuers are one body: "88/2016/TTLT/BTC-BTNMT" is printed
            # for 88/2016/TTLT-BTC-BTNMT)
            body = "-".join(codes[:n_first]) + "/" + "-".join(codes[n_first:])
    if (
        not year
        and type_code
        and (registry.type_codes()[type_code].system != "state" or type_code == "TT")
        and all(_party_organ(c) for c in issuers)
    ):
        # A Party document printed the State way ("27/NQ- TW"; "297/TT-TW", TT the Party's Thông tri): its canonical
        # form is the Party one; a type only the State issues stays as printed ("Công điện số 12/CĐ-TW" of the
        # central steering committee)
        return Symbol(
            f"{number}-{type_code}/{'-'.join(issuers)}", number, None, type_code, issuers, "party", True
        )
    text = f"{number}/{year}/{body}" if year else f"{number}/{body}"
    form = "normative" if year else ("state" if type_code else "congvan")
    return Symbol(text, number, year, type_code, issuers, form, repaired)


def _party_read(code: str, repaired: bool, first: bool) -> tuple[str, bool]:
    """A Party symbol's organ code, OCR's P for its Đ read back ("01-NQ/PH": the congress's "ĐH"), or the B of a longer
    first code, its issuer's ("08-KH/BTN": a Youth Union's "ĐTN"): the Party's shape says what a State letter's "PH"
    or a unit's "…/TTKSBT-BTN", "27-HD/TWĐTN-BTN" does not."""
    if (
        code[:1] in ("P", "B" if first and len(code) > 2 else "P")
        and code not in registry.organs()
        and f"Đ{code[1:]}" in registry.organs()
    ):
        return f"Đ{code[1:]}", True
    return code, repaired


def _party_organ(code: str) -> bool:
    """Whether ``code`` is a Party organ's; two letters with a P are not read as Đ here ("27/CV-PH" of a company is no
    congress's "ĐH")."""
    organ = registry.organ(code)
    return organ is not None and organ.branch == "party" and (len(code) > 2 or code in registry.organs())


def _hyphen_year(number: str, year: str, codes: list[str], printed: str, repaired: bool) -> Symbol:
    """A number with its year after a hyphen, its codes kept as printed ("03-2018/CV/ISB")."""
    type_code = codes[0] if is_type_code(codes[0]) else None
    issuers = tuple(codes[1:] if type_code else codes)
    body = "/".join(
        "-".join(canonical_code(g)[0] for g in _SPLIT_GROUPS.split(part) if g) for part in printed.split("/")
    )
    form = "state" if type_code and issuers else "congvan"
    return Symbol(f"{number}-{year}/{body}", number, int(year), type_code, issuers, form, repaired)


def _rejoined(codes: list[str], broken: bool) -> list[str] | None:
    """The codes with two neighbours joined, when neither is a type's or an organ's and together they are an organ's
    ("BN" and "NMT": BNNMT); on one line, only when one of them is too short to be a code of its own ("BLĐTB" and
    "XH"; not "1187/BCH-PTDS", the command's own two codes), and over a line break only when the second is short too
    (not "1186/BCH-⏎PTDS")."""
    for k in range(len(codes) - 1):
        a, b = codes[k], codes[k + 1]
        if (
            not (_code_known(a) or _code_known(b))
            and (min(len(a), len(b)) <= 2 or (broken and len(b) <= 3))
            and registry.organ(a + b) is not None
        ):
            return [*codes[:k], a + b, *codes[k + 2 :]]
    return None


def _code_known(code: str) -> bool:
    return is_type_code(code) or registry.organ(code) is not None


@lru_cache(maxsize=1 << 10)
def _glued(code: str) -> tuple[str, str] | None:
    """A type code and a State organ's printed without the hyphen ("27/CTTg", "79/2025/NĐCP", "10/2024/TTBTC",
    "406/NQUBTVQH15"): the split, when the whole is no organ's code and exactly one split reads as a type (two letters
    at least) and a registered State organ or the Assembly's (a Party symbol is never printed the State way)."""
    if registry.organ(code) is not None or _ASSEMBLY.fullmatch(code):
        return None
    # (… or with the letter the two share printed once, a central organ's: "27/CTTg" is CT-TTg; a form's "01/CTKT" is
    # no CT-TKT)
    for shared in (0, 1):
        splits = [
            (code[:k], organ)
            for k in range(2, len(code) - 1)
            if is_type_code(code[:k])
            and (
                (
                    (found := registry.organ(organ := canonical_code(code[k - shared :])[0])) is not None
                    and found.branch == "state"
                    and (not shared or found.tier == "central")
                )
                or _ASSEMBLY.fullmatch(organ)
            )
        ]
        if splits:
            return splits[0] if len(splits) == 1 else None
    return None


def _dotted(code: str) -> tuple[str, str] | None:
    """A type code and an organ's joined by a dot, as OCR reads a normative symbol's hyphen ("ND.CP", "NĐ.Cp")."""
    head, dot, tail = code.partition(".")
    if not dot:
        return None
    kind, organ = canonical_code(head)[0], canonical_code(tail.upper())[0]
    return (kind, organ) if is_type_code(kind) and registry.organ(organ) is not None else None


def _sole_issuer_misread(type_code: str, code: str) -> str | None:
    """The one organ that issues ``type_code``, when ``code`` is no organ's and differs from it in one letter, or in
    two neighbours swapped, as OCR and typists misprint it ("NĐ-CY", "NĐ-CI", "NĐ-PC": only the Government issues
    decrees)."""
    kind = registry.type_codes().get(type_code)
    sole = kind.sole_issuer if kind else None
    if sole is None or len(code) != len(sole) or registry.organ(code) is not None:
        return None
    differ = [i for i, (a, b) in enumerate(zip(code, sole, strict=True)) if a != b]
    swapped = (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and code[differ[0] : differ[1] + 1] == sole[differ[1]] + sole[differ[0]]
    )
    return sole if len(differ) == 1 or swapped else None


def _footnote_marked(code: str) -> str | None:
    """A local organ's code with a footnote's number glued to it, when it is the symbol's only issuer ("12-CT/TU2",
    "156/KH-UBND5"): the code without it. (A unit's number is part of its code, "669/UBND-VP5"; so is an elected
    body's term.)"""
    if not code[-1:].isdigit() or code[-2:-1].isdigit() or _assembly_body(code):
        return None
    organ = registry.organ(code[:-1])
    return code[:-1] if organ is not None and organ.tier != "central" else None


def _one_code(number: str, code: str, repaired: bool, capitals: bool) -> Symbol | None:
    """A symbol of one code alone: an organ's, as old decrees are numbered ("Nghị định số 74/CP", "Quyết định
    số 111/HĐBT"), a letter's ("số 07/CV"), or one printed in capitals by a body the registry does not list
    ("45/HĐTĐKT"); the caller keeps it only after its type word (the last only after "Công văn", with its date)."""
    if registered(code):
        return Symbol(f"{number}/{code}", number, None, None, (code,), "congvan", repaired)
    if code == "CV":  # a company's letter: "công văn số 07/CV ngày … của Công ty …"
        return Symbol(f"{number}/{code}", number, None, code, (), "congvan", repaired)
    if (
        code in _OLD_JOINT_CODES
    ):  # "Thông tư liên tịch số 14/TTLB": the ministries' joint circular, as "13-TTLB"
        return Symbol(f"{number}/{code}", number, None, code, (), "congvan", repaired)
    if capitals and len(code) >= 2 and code.isalpha() and not is_type_code(code):
        # a body the registry does not list ("45/HĐTĐKT", "170809/KT"); a type alone ("…/QĐ") is a form's blank
        return Symbol(f"{number}/{code}", number, None, None, (code,), "congvan", repaired)
    return None


def _organ_dot_unit(code: str) -> tuple[str, str] | None:
    """A letter's organ code and its unit's joined by a dot for the hyphen, as OCR and some offices print them
    ("6602/CT.TTHT" for 6602/CT-TTHT, "9123/BCT.PC"); not a type code and an organ's ("12/QĐ.UBND"), nor a code
    whose dot is its own ("CCTKV.05", a regional tax office's)."""
    head, dot, unit = code.partition(".")
    if not dot or not registered(head) or registered(unit) or not _UNIT.fullmatch(unit):
        return None
    return head, unit


_UNIT = re.compile(r"[A-ZĐ][A-ZĐ\d]+")


def _old_style(number: str, raw: str, repaired: bool) -> Symbol | None:
    """A symbol numbered the way of the 1980s and 1990s ("90-CP", "87-CT", "13-TTLB"): only a State organ's code or the
    joint circular's, and the caller keeps it only after its type word, as an organ's code alone."""
    code, fixed = canonical_code(raw)
    if (
        code in _OLD_JOINT_CODES
    ):  # "Thông tư liên Bộ số 13-TTLB": the ministries' joint circular, its type's code alone
        return Symbol(f"{number}-{code}", number, None, code, (), "congvan", repaired or fixed)
    organ = registry.organ(code)
    if organ is None or organ.branch != "state":
        return None
    return Symbol(f"{number}-{code}", number, None, None, (code,), "congvan", repaired or fixed)


_OLD_JOINT_CODES = frozenset(["TTLB"])


def registered(code: str) -> bool:
    """Whether ``code`` is a registered organ's, or an Assembly body's with its term."""
    return registry.organ(code) is not None or _assembly_body(code)


def _assembly_body(code: str) -> bool:
    """Whether ``code`` is an Assembly body's with its term, as the committees sign letters ("980/UBTCNS15")."""
    organ = registry.organ(code[:-2]) if code[-2:].isdigit() else None
    return organ is not None and (organ.code == "QH" or organ.parent == "QH")


def _spaced(raw: str) -> bool:
    return bool(re.search(r"\s|--|-\s*-", raw))


def normalize_symbol(raw: str) -> str | None:
    """The canonical form of a raw symbol string, or None if it is not one ("23- -Qb/TW" -> "23-QĐ/TW")."""
    m = SYMBOL_RE.search(raw.strip())
    if not m or symbol_start(m) != 0 or m.end() != len(raw.strip()):
        return None
    sym = parse_match(m)
    return sym.text if sym else None


def symbol_key(symbol: str) -> str:
    """Comparison key for symbols: case, Đ, an "&" and leading zeros do not matter."""
    return re.sub(r"^0+(?=\d)", "", fold(symbol).replace(" ", "").replace("&", ""))
