"""Views of the original text that keep offsets: matching happens on a view, spans refer to the original.

Most input is NFC, where folding is a one-character-for-one-character translation, so a view has the
same offsets as the original. Decomposed input (NFD, Windows-1258 decoding) is composed first and an
offset map leads back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from kg.folding import is_syllable

_COMBINING = re.compile(r"[\u0300-\u036f]")
# Capital letters a Vietnamese sentence may open with ("Ủy ban …", "Ông …"), for a regex character class.
CAPITALS = "A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯ" + "".join(c for c in map(chr, range(0x1EA0, 0x1EFA)) if c.isupper())
# One mark, then the rest of the run: a pattern that opens with a character set is scanned for much faster.
_MARKS = re.compile(r"[\u0300-\u036f][\u0300-\u036f]*")
# Markdown emphasis inside a word ("ng**ày", "x**ã h**ội", a web page's bold set letter by letter): dropped, as a
# decomposed letter's marks are composed, so that dates and names read whole.
# (The letter before the run is checked by ``_in_word``: a pattern that opens with a look-behind is tried at every
# character, one that opens with "*" only where one stands.)
_IN_WORD_EMPHASIS = re.compile(r"\*{1,3}(?=[^\W\d_])")
_MARKS_OR_EMPHASIS = re.compile(_MARKS.pattern + "|" + _IN_WORD_EMPHASIS.pattern)
_LETTER = re.compile(r"[^\W\d_]")


def _in_word(text: str, m: re.Match[str]) -> bool:
    """Whether a run of "*" found before a letter has a letter before it too."""
    return m.start() > 0 and _LETTER.match(text, m.start() - 1) is not None


def _has_emphasis_in_word(text: str) -> bool:
    return "*" in text and any(_in_word(text, m) for m in _IN_WORD_EMPHASIS.finditer(text))


_PIECE = 1 << 14


@cache
def _fold_table() -> str:
    """Lower case, strip diacritics, Đ/Ð/Ɖ -> d, OCR's € -> e, markup blanked: one character for one character.

    A string indexed by code point rather than a dict: ``str.translate`` looks it up about twice as fast,
    and a character past its end raises IndexError, which ``translate`` takes as "keep it".
    """
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2000):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        if len(decomposed) > 1 and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for ch in "ĐđÐðƉɖ":
        table[ord(ch)] = "d"
    # OCR's sign for a marked e (seed 000: "thay th€", "tri€n khai"; its "¢" stands for an o or an e, and stays)
    table[ord("€")] = "e"
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    for ch in "–—−":
        table[ord(ch)] = "-"
    for ch in "“”„«»":
        table[ord(ch)] = '"'
    for ch in "‘’´":
        table[ord(ch)] = "'"
    # … and a footnote's mark after a word ("ngày 26/02/2024² của UBND huyện")
    for ch in "*_#`>|\u00a0\u200b¹²³⁰⁴⁵⁶⁷⁸⁹":
        table[ord(ch)] = " "
    return "".join(table.get(cp, chr(cp)) for cp in range(max(table) + 1))


def fold_view(text: str) -> str:
    """Folded copy of ``text`` with the same length (NFC input), markup and odd spaces blanked."""
    return text.translate(_fold_table())


@cache
def _fold_array() -> np.ndarray:
    """The fold table over every UTF-16 code unit (surrogates map to themselves)."""
    table = np.arange(1 << 16, dtype=np.uint16)
    folds = _fold_table()
    table[: len(folds)] = np.frombuffer(folds.encode("utf-16-le"), dtype=np.uint16)
    return table


def fold_text(text: str) -> str:
    """``fold_view`` for a whole document: one table lookup per UTF-16 code unit, about five times quicker
    than ``str.translate`` on Vietnamese text, whose every character goes through its slow path."""
    units = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16)
    return _fold_array()[units].tobytes().decode("utf-16-le")


def _unusual(text: str) -> tuple[bool, bool]:
    """Whether ``text`` has a combining mark (U+0300–U+036F), and whether it has a Cyrillic letter.

    Every character from U+0300 to U+03FF has 0x03 for its high UTF-16 byte, and a Cyrillic one 0x04, so
    the high bytes are looked through first, a piece at a time so that the bytes stay in the processor's
    cache: several times quicker than matching each character, and NFC text rarely has one (Greek letters
    do). A combining mark is confirmed by the regular expression.
    """
    combining = cyrillic = False
    for start in range(0, len(text), _PIECE):
        high = text[start : start + _PIECE].encode("utf-16-be", "surrogatepass")[::2]
        if not combining and b"\x03" in high:
            combining = _COMBINING.search(text, start) is not None
        cyrillic = cyrillic or b"\x04" in high
        if combining and cyrillic:
            break
    return combining, cyrillic


# Page furniture of gazette PDFs: the page header "CÔNG BÁO/Số 245/Ngày 23-04-2026", its page number, an
# e-signature stamp, and the blank lines around them. It stands in mid-sentence, so it is blanked (one line
# break kept) for every step that reads sentences, names and titles. Found from its anchors, then line by
# line around them (a pattern tried at every line break would cost more than the rest of reading).
_FURNITURE_LINE = re.compile(
    r"[ \t\f]*(?:\d{1,4}[ \t]*|(?:\d{1,4}[ \t]+)?CÔNG BÁO/Số[^\n]{0,80}|-{3}[ \t]*PAGE[^\n]{0,20}?-{3}[ \t]*"
    r"|(?:Người ký|Ký bởi|Thời gian ký|Ngày ký|Email|Cơ quan)[ \t]*:[^\n]*"
    r"|[^\n]{0,200}?Page[ \t]\d{1,3}[ \t]of[ \t]\d{1,3}[ \t]*"
    r"|[^\n]{0,120}?Trang[ \t]+\d{1,3}[ \t]*/[ \t]*\d{1,3}[ \t]*|Trang[ \t]+\d{1,3}[ \t]*|[\w.-]+\.vn(?![^\W_])[^\n]{0,100}"
    r"|(?:Cổng|CỔNG)[ \t]+(?:TTĐT|[Tt]hông[ \t]+tin[ \t]+điện[ \t]+tử|THÔNG[ \t]+TIN[ \t]+ĐIỆN[ \t]+TỬ)[^\n]{0,100}?"
    r"[\w-]+\.vn\b[^\n]{0,60}?)?"
)
# … and OCR's page markers ("--- PAGE BREAK ---", "--- PAGE 2 ---"), and a browser's print header: the page's title
# and its number ("VCCI góp ý Dự thảo Nghị định sửa đổi Nghị định 134/2016/NĐ-CP … Page 2 of 6"), and a portal's
# footer, its page of pages after its name or before its address ("Cổng TTĐT Đảng bộ tỉnh Đồng Nai | Văn bản điện tử
# Trang 3/4", "Trang 2/4⏎laocai.dcs.vn - Cổng Thông tin điện tử …", "Trang 3/4⏎Cổng Thông tin điện tử Đảng bộ tỉnh An
# Giang - angiang.dcs.vn", "Trang 2/4⏎CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI - https://laocai.gov.vn - Ngày đăng: …"; an
# address joined to the portal's name: "ninhkieu.cantho.gov.vn_Cổng thông tin điện tử phường Ninh Kiều_10/12/2025")
_FURNITURE_ANCHORS = ("CÔNG BÁO/Số", "Ký bởi", "Người ký", "--- PAGE", " of ", "Trang ")


def anchors(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each of ``words`` occurs in ``text``, in order (``str.find`` is several times quicker here than a
    pattern of the words)."""
    found = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            found.append(pos)
            pos = text.find(word, pos + 1)
    return sorted(found)


# What blanked page furniture leaves in mid-text: a run of spaces no typist makes ("… hiệu lực thi hành ⏎<spaces>1. …").
BLANK_RUN = " " * 16


def _furniture_blanked(text: str, found: list[int]) -> str:
    spans: list[tuple[int, int]] = []
    for anchor in found:
        start = text.rfind("\n", 0, anchor) + 1
        end = text.find("\n", anchor)
        if end < 0 or not _FURNITURE_LINE.fullmatch(text, start, end) or (spans and start < spans[-1][1]):
            continue
        while start > 1:  # the lines above: blank, a page number, more of the stamp
            above = text.rfind("\n", 0, start - 1) + 1
            if not _FURNITURE_LINE.fullmatch(text, above, start - 1):
                break
            start = above
        while True:  # and below
            below = text.find("\n", end + 1)
            if below < 0 or not _FURNITURE_LINE.fullmatch(text, end + 1, below):
                break
            end = below
        if text.startswith("--- PAGE", anchor) and not _mid_sentence(text, start, end + 1):
            continue  # an OCR page marker is read over only in mid-sentence: a new page may open a paragraph
        spans.append((start, end + 1))
    return _spans_blanked(text, spans)


def _spans_blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (in order, apart) as spaces: what it masks keeps its length, so offsets hold."""
    pieces, done = [], 0
    for start, end in spans:
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join([*pieces, text[done:]])


def _mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in mid-sentence: the words after it go on in lower case, or those before it
    stop on a word that goes on ("… theo hướng dẫn của⏎--- PAGE 2 ---⏎Sở Nội vụ …")."""
    before = text[max(0, start - 12) : start].split()
    return text[end : end + 40].lstrip()[:1].islower() or (bool(before) and before[-1] in _GOES_ON)


_GOES_ON = frozenset("của và số về tại theo ngày các với cho những".split())  # noqa: SIM905


# A page break in mid-sentence: a blank line after a word, maybe with the page's number ("2", "- 2 -") between blank
# lines. Opened by the line break, a character that the scan skips to; the word before it is looked behind at there.
_PAGE_BREAK_IN_SENTENCE = re.compile(
    r"\n(?:(?:(?<=[^\W\d_,]\n)|(?<=[^\W\d_,][ \t]\n))(?:[ \t]*\n(?:[ \t]*(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?[ \t]*\n[ \t]*\n)?"
    # (… or the number on the line after the word's, then the blank its running header left: "… triển khai⏎2⏎⏎")
    r"|[ \t]*(?:-[ \t]*)?\d{1,3}(?:[ \t]*-)?[ \t]*\n[ \t]*\n))(?=[ \t]*[^\W\d_])"
)


# A verb whose object must follow: a line that ends in it ends no sentence ("Thông tư này thay thế⏎⏎Thông tư số …").
_TAKES_OBJECT = frozenset(
    [
        "thay thế",
        "sửa đổi",
        "bổ sung",
        "căn cứ",
        "bãi bỏ",
        "thực hiện",
        "triển khai",
        "quán triệt",
        "cụ thể hóa",
    ]
)


# A line that holds a page's number alone ("3", "- 3 -", "Trang 3").
_PAGE_NUMBER_LINE = re.compile(
    r"^[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?(?P<n>\d{1,3})(?:[ \t]*-)?[ \t]*$", re.MULTILINE
)


def _running_headers_blanked(text: str) -> str:
    """The running header a PDF repeats next to each page's number ("UBND xã X – Báo cáo số 186/BC-UBND ngày …") as
    spaces, so that a sentence the page break cut goes on past it ("… của Ban Tổ chức⏎⏎3⏎<header>⏎Thành ủy …").
    A header names the document (a figure at least) and stands beside a different page number, set apart, at each of
    its occurrences but one at the top, where it may head the document; a table's row label beside its row's number,
    or a line of the text that happens to repeat, does not."""
    beside: dict[str, list[tuple[int, int, str]]] = {}
    for number in _PAGE_NUMBER_LINE.finditer(text):
        before_end = number.start() - 1
        # (set apart, as a page's number is: centred or after a blank line; not a table's row number)
        if (
            not number.group(0).startswith("        ")
            and text[max(0, before_end - 1) : before_end + 1] != "\n\n"
        ):
            continue
        after_start, after_end = number.end() + 1, text.find("\n", number.end() + 1)
        spans = [(text.rfind("\n", 0, before_end) + 1, before_end)] if before_end > 0 else []
        spans += [(after_start, after_end)] if after_end > 0 else []
        for start, end in spans:
            line = text[start:end].strip()
            if len(line) >= 12 and any(c.isdigit() for c in line):
                beside.setdefault(line, []).append((start, end, number.group("n")))
    blanked = sorted(
        (start, end)
        for line, found in beside.items()
        if len({n for _, _, n in found}) == len(found) >= 2
        and text.count(line) - len(found) <= (1 if line in text[:1500] else 0)
        for start, end, _ in found
    )
    return _spans_blanked(text, blanked) if blanked else text


def _joined(m: re.Match[str]) -> str:
    """The page break as one line break, when the words around it go on lowercase, or those before it stop on a word
    that goes on or a verb that wants its object: one sentence."""
    start, end = m.start(), m.end()
    after = m.string[end : end + 8].lstrip(" \t")
    before = m.string[max(0, start - 16) : start].split()
    # (not "ngày", "tiếp theo": "… công tác ngắn ngày⏎⏎Tại Điều 2 …", "… cho giai đoạn tiếp theo⏎⏎Tổng cục Thuế")
    goes_on = bool(before) and (
        (before[-1] in _GOES_ON and before[-1] != "ngày" and before[-2:] != ["tiếp", "theo"])
        or " ".join(before[-2:]) in _TAKES_OBJECT
    )
    # (not an item's letter: "⏎⏎a) …")
    return (
        "\n" + " " * (len(m.group(0)) - 1)
        if (after[:1].islower() or (goes_on and after[:1].isupper())) and after[1:2] not in ").:"
        else m.group(0)
    )


_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Markdown's escape before a character that would mark up ("\- Căn cứ …", "1\. Căn cứ …"): the character is text, the
# backslash no part of it (a "\|" in a cell stays: its bar is no cell edge).
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[-.*+#()\[\]_!>`])")


def _as_line_break(m: re.Match[str]) -> str:
    """A cell's line break as one (a letterhead's "ỦY BAN NHÂN DÂN <br> HUYỆN X" is two lines); in a row of three
    cells or more, as spaces: a table's column holds its documents ("| … | Luật X;<br>Nghị định Y |")."""
    text, pos = m.string, m.start()
    end = text.find("\n", pos)
    row = text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]
    return " " * len(m.group(0)) if row.count("|") >= 4 else "\n" + " " * (len(m.group(0)) - 1)


# A footnote's marker glued to the word before it: Markdown's ("Tỉnh ủy[^2]") or a Word export's ("Bộ Chính trị[1]").
# A footnote's text ("[^2]: …" opening its line) keeps its marker, which ends the sentence before it.
# Opened by its bracket, so that the scan skips from "[" to "["; what stands before it is looked behind at there.
_FOOTNOTE_MARK = re.compile(r"\[(?:(?<=\S\[)\^\w{1,8}|(?<=[^\W\d_]\[)\d{1,3})\]")
# (after a letter or a date's year: "Điều 12(5)" is a paragraph of the article)
_GLUED_NOTE_MARK = re.compile(r"\((?:(?<=[^\W\d_]\()|(?<=/\d\d\d\d\())\d{1,2}\)(?=[\s,.;:])")
# Markdown emphasis closed or opened at a symbol's slash ("số** 72**/2025/QH15", "395/**ĐA-CP", "63**/**2010"): the
# marks are blanked, so the symbol reads whole.
# (each opens with its literal, which the regex engine skips to)
_EMPHASIS_BEFORE_SLASH = re.compile(r"\*{1,3}(?=[ \t]*/)")
_EMPHASIS_AFTER_SLASH = re.compile(r"/\*{1,3}(?=[\dA-ZĐ])")
_SYMBOL_CHARACTER = re.compile(r"[\dA-ZĐ]")


def _closing_blanked(m: re.Match[str]) -> str:
    """Marks before a slash as spaces, when a digit or a capital stands before them (the look-behind, read here)."""
    if m.start() > 0 and _SYMBOL_CHARACTER.match(m.string, m.start() - 1):
        return " " * len(m.group(0))
    return m.group(0)


def _opening_blanked(m: re.Match[str]) -> str:
    return "/" + " " * (len(m.group(0)) - 1)


# Hyphens other than "-" that Word and PDF exports set inside a symbol: the hyphen and non-breaking hyphen (U+2010,
# U+2011) and the minus sign, one for one; a soft hyphen (U+00AD) only between a symbol's capitals or digits ("NĐ\u00adCP").
_HYPHENS = str.maketrans("\u2010\u2011\u2212", "---")
_SOFT_HYPHEN = re.compile("\u00ad(?<=[\\dA-ZĐ]\u00ad)(?=[\\dA-ZĐ])")
_FRACTION_SLASH = re.compile(r"⁄(?<=\d⁄)(?=(?:19|20)\d[ \t]?\d|[A-ZĐ])")
# … and OCR's doubled slash, one of each ("71/⁄2014/QH13"): the fraction slash is a speck (found from itself, a literal
# the regex engine skips to; a look-behind first is tried at every character)
_SLASH_SPECK = re.compile(r"⁄(?<=\d/⁄)(?=(?:19|20)\d|[A-ZĐ])")
# PDF text of the gazette sets some capitals of a symbol in Cyrillic ("NĐ-СР", "BТС"): read as Latin.
_CYRILLIC_CAPITALS = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")


def _composed(original: str, emphasis: bool = False) -> tuple[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Decomposed input composed (NFC), and emphasis inside words dropped when ``emphasis``, with the sparse offset
    map back to it (see ``Source``)."""
    out: list[str] = []
    restarts, origins = [0], [0]
    done = pos = 0
    # A cluster is a run of marks and the character before it (none at the start of the text).
    for m in (_MARKS_OR_EMPHASIS if emphasis else _MARKS).finditer(original):
        if original[m.start()] == "*":  # the run of marks dropped: what follows it restarts the map
            if not _in_word(original, m):
                continue
            out.append(original[done : m.start()])
            pos += m.start() - done
            restarts.append(pos)
            origins.append(m.end())
            done = m.end()
            continue
        start, end = max(m.start() - 1, 0), m.end()
        out.append(original[done:start])
        pos += start - done
        composed = unicodedata.normalize("NFC", original[start:end])
        out.append(composed)
        # Every character of a composed cluster stands for the cluster's start; the first one is where
        # the run before it leads to, the others restart the map there.
        restarts.extend(range(pos + 1, pos + len(composed)))
        origins.extend([start] * (len(composed) - 1))
        pos += len(composed)
        restarts.append(pos)
        origins.append(end)
        done = end
    out.append(original[done:])
    return "".join(out), (tuple(restarts), tuple(origins))


# A word a line's end hyphenated ("Ủy ban nhân dân phư-⏎ờng", "Chư-⏎ơng trình 1719"): its halves joined where they make
# one syllable (not "công chức-⏎viên chức", a name's capital "Krông-⏎Pắc", nor a foreign name's "Ma-lai-xi-⏎a"), the
# break blanked after it, so that offsets hold: the line goes on.
_LINE_END_HYPHEN = re.compile(r"(?<![^\W_])([^\W\d_]{1,7})-([ \t]*\n[ \t]*)([^\W\d_]{1,7})(?![^\W_])")


def _hyphenation_mended(m: re.Match[str]) -> str:
    head, break_, rest = m.groups()
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if not rest[0].islower() or not is_syllable(head + rest) or "-" in (before, after):
        return m.group(0)
    return head + rest + " " * (len(break_) + 1)


@dataclass(frozen=True, slots=True)
class Source:
    """The text the parser works on (``text``), and how to map its offsets to the original input.

    ``offsets`` is None when the two have the same offsets. Otherwise it is sparse, the map changing only
    where decomposed input was composed: the positions of ``text`` where the map restarts, and the offset
    in the original of each; from a restart the offsets go up one by one.
    """

    original: str
    text: str
    offsets: tuple[tuple[int, ...], tuple[int, ...]] | None
    folded: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # every step reads folded windows of the text, many overlapping: folding it once is cheaper
        object.__setattr__(self, "folded", fold_text(self.text))

    @classmethod
    def of(cls, original: str) -> Source:
        combining, cyrillic = _unusual(original)
        emphasis = _has_emphasis_in_word(original)
        text, offsets = _composed(original, emphasis) if combining or emphasis else (original, None)
        text = text.replace("Ð", "Đ").replace("ð", "đ")
        if "\xa0" in text:  # a no-break space (PDF and scan indents): a space to every step that reads layout
            text = text.replace("\xa0", " ")
        found = anchors(text, _FURNITURE_ANCHORS)
        if found:
            text = _furniture_blanked(text, found)
        if "\u2010" in text or "\u2011" in text or "\u2212" in text:
            text = text.translate(_HYPHENS)
        if "\u00ad" in text:
            text = _SOFT_HYPHEN.sub("-", text)
        if "⁄" in text:  # the fraction slash some PDFs print in a symbol ("31⁄2018/NĐ-CP"), one for one
            text = _SLASH_SPECK.sub(" ", _FRACTION_SLASH.sub("/", text))
        if "*" in text:
            if "*/" in text or "* /" in text:
                text = _EMPHASIS_BEFORE_SLASH.sub(_closing_blanked, text)
            if "/*" in text:
                text = _EMPHASIS_AFTER_SLASH.sub(_opening_blanked, text)
        if "[" in text:
            text = _FOOTNOTE_MARK.sub(blank, text)
        if "(" in text:  # a Word export's "(1)" glued to the word or number before it ("76/NQ-CP(1) ngày …")
            text = _GLUED_NOTE_MARK.sub(blank, text)
        if (
            "-\n" in text or "- \n" in text
        ):  # (the forms a line's hyphen takes; the pattern's scan costs more)
            text = _LINE_END_HYPHEN.sub(_hyphenation_mended, text)
        if "\n\n" in text:  # a page number between blank lines in mid-sentence ("theo quy⏎⏎2⏎⏎định tại …")
            text = _PAGE_BREAK_IN_SENTENCE.sub(_joined, _running_headers_blanked(text))
        if "\\" in text:
            text = _MARKDOWN_ESCAPE.sub(" ", text)
        if "<br" in text or "<BR" in text:  # a Markdown cell's line break ("ỦY BAN NHÂN DÂN <br> HUYỆN …")
            text = _HTML_BREAK.sub(_as_line_break, text)
        if (
            "](" in text
        ):  # a Markdown link around a citation: its words stay, the brackets and address are blanked
            text = _MARKDOWN_LINK.sub(_link_words, text)
        return cls(original, text.translate(_CYRILLIC_CAPITALS) if cyrillic else text, offsets)

    def to_original(self, pos: int) -> int:
        """Offset in the original input of position ``pos`` of ``text``."""
        if self.offsets is None:
            return pos
        restarts, origins = self.offsets
        size = len(self.text) + 1
        if pos < 0:  # counted from the end, as on a table of every position
            pos += size
            if pos < 0:
                raise IndexError(f"position {pos - size} before the start of the text")
        pos = min(pos, size - 1)
        k = bisect_right(restarts, pos) - 1
        return origins[k] + pos - restarts[k]

    def window(self, start: int, end: int) -> str:
        """Folded view of ``text[start:end]`` (same length)."""
        return self.folded[start if start > 0 else 0 : end]


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def line_of(starts: list[int], pos: int) -> int:
    """1-based line number of ``pos``."""
    return bisect_right(starts, pos)


def squash(text: str) -> str:
    """Whitespace folded to single spaces: how evidence sentences and titles are shown."""
    return " ".join(text.replace("**", "").split())


# "[Nghị định số 15/2014/NĐ-CP](https://thuvienphapluat.vn/…) ngày 27 tháng 02 năm 2014": a web page's link
_MARKDOWN_LINK = re.compile(r"\[(?P<words>[^\[\]\n]{1,200})\]\((?:https?://|www\.)[^()\s]{1,500}\)")


def _link_words(m: re.Match[str]) -> str:
    """The link's words in place, the rest as spaces (offsets hold)."""
    return " " + m.group("words") + " " * (m.end() - m.end("words"))


def blank(m: re.Match[str]) -> str:
    """A match's text as spaces: what it masks keeps its length, so offsets still hold."""
    return " " * len(m.group(0))
