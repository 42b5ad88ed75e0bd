"""Find mentions: numbered ones by their symbol, named ones by their type word and name.

Work is local: one scan of the text finds anchors, and only the few hundred characters around each
anchor are folded and read. That keeps parsing within a small factor of a bare regex scan.
"""

from __future__ import annotations

import csv
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from kg import registry
from kg.folding import fold
from kg.parse import issuers
from kg.parse.dates import date_after
from kg.parse.fuzzy import close
from kg.parse.spelling import reads_as, respell
from kg.parse.symbols import SYMBOL_RE, Symbol, canonical_code, is_type_code, parse_match, symbol_start
from kg.parse.text import Source, fold_view, squash


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


@cache
def type_words() -> tuple[tuple[str, str], ...]:
    """(doc_type, folded OCR-tolerant pattern) for the type words, longest first."""
    with resources.files("kg.data").joinpath("type_words.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if not r["doc_type"].startswith("#")]
    # A type word may be broken across lines ("Nghi\nquyét"): any run of white space stands for a space.
    return tuple((r["doc_type"], r["pattern"].replace(" ?", r"\s*").replace(" ", r"\s+")) for r in rows)


@cache
def _type_word_before() -> re.Pattern[str]:
    """Type word, then optional "số", then the number: matched at the END of a folded look-back window."""
    alts = "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(type_words()))
    return re.compile(rf"(?P<word>(?:{alts})[\s(]*?(?:\s*s[^\s]{{0,2}}\s*:?)?)\s*")


# "Luật Lưu trữ số 33/2024/QH15", "Luật sửa đổi, bổ sung một số điều của Luật … số 87/2025/QH15".
# The name runs over single line breaks, not over a blank line or into the next preamble line ("Căn cứ").
_LAW_WITH_NUMBER = re.compile(
    r"(?P<word>(?:bo\s+)?lu[a]t(?:(?:[ \t]+\n?|\n)[ \t]*(?!can\s+cu\b)[^\s;.]+){1,18}?\s+s[^\s\d]{0,2}:?)\s*"
)
_LAW_HINT = re.compile(r"[Ll][uư][aậâạ]t|LUẬT")
# Page furniture between a type word, its symbol and its date: a page number alone on its line, and the
# "--- PAGE 2 ---" / "--- PAGE BREAK ---" markers of OCR text (matched on folded text).
_PAGE_NUMBER = re.compile(r"\n[ \t]*\d{1,4}[ \t]*(?=\n)|-{3}[ \t]*page(?:[ \t]+break|[ \t]+\d+)[ \t]*-{3}")
_NEW_LINE_DATE = re.compile(r"[ \t*_]*\n\s*Ngày\b")
# A date OCR spoiled beyond reading ("ngày 12/02/215"): skipped, so that the issuer after it is still read.
_SPOILED_DATE = re.compile(r"^[\s,;:(]*ng\S{0,4}?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)")
_WORD_END_REVERSED = re.compile(r"[a-z0-9&](?![a-z0-9])")


def _ending_match(pattern: re.Pattern[str], back: str, words: int) -> re.Match[str] | None:
    """The longest match of ``pattern`` that ends the window, tried only at the last few word starts.

    (A ``$``-anchored search would try every position of the window with every alternative.) The starts
    are tried with the pattern's group-free twin, twice as fast on a big alternation, and the one that
    matches is matched again with the groups.
    """
    plain = _without_groups(pattern)
    # The last word starts, found from the end: a word start of ``back`` is a word end of it reversed.
    tail = len(back) - 1
    starts = [tail - w.start() for w in itertools.islice(_WORD_END_REVERSED.finditer(back[::-1]), words)][
        ::-1
    ]
    for pos in starts:
        if plain.fullmatch(back, pos):
            return pattern.fullmatch(back, pos)
    return None


@lru_cache(maxsize=8)
def _without_groups(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with its named groups made non-capturing: it matches the same strings."""
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern), pattern.flags)


@lru_cache(maxsize=8)
def _type_groups(pattern: re.Pattern[str]) -> tuple[tuple[int, str], ...]:
    """(group index, doc_type) of a pattern's ``t<i>`` groups, one per type word, in pattern order."""
    words = type_words()
    return tuple(
        sorted(
            (index, words[int(name[1:])][0])
            for name, index in pattern.groupindex.items()
            if name[0] == "t" and name[1:].isdigit()
        )
    )


def _doc_type_of(m: re.Match[str]) -> str:
    """The type word a match of a ``t<i>``-grouped pattern found (spans read at once: no groupdict)."""
    spans = m.regs
    return next(name for index, name in _type_groups(m.re) if spans[index][1] > spans[index][0])


def _in_url(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a URL (the token around it has a scheme or "www.")."""
    token_start = max(text.rfind(" ", max(0, pos - 300), pos), text.rfind("\n", max(0, pos - 300), pos)) + 1
    token = text[token_start:pos]
    return "://" in token or "www." in token


def numbered(src: Source, limit: int, start: int = 0) -> list[Mention]:
    """Every symbol in ``src.text[start:limit]`` with its type word, date, issuer and title."""
    text = src.text
    matches = list(SYMBOL_RE.finditer(text, start, limit))
    out: list[Mention] = []
    for i, m in enumerate(matches):
        sym = parse_match(m)
        if (
            sym is None
            or _in_url(text, m.start())
            or _FORM_BEFORE.search(src.window(m.start() - 24, m.start()))
        ):
            continue
        s0, s1 = symbol_start(m), m.end()
        assert s0 is not None  # parse_match has read the number
        next_start = _start_of(matches[i + 1]) if i + 1 < len(matches) else limit
        mention = Mention("numbered", s0, s1, s0, s1, symbol=sym, year=sym.year, uncertain="?" in sym.number)
        shared = (
            (
                _SHARED_NUMBERS.search(text, max(0, s0 - 60), s0)
                or (_shared_normative(src, s0) if sym.year else None)
            )
            if text[max(0, s0 - 6) : s0].rstrip(" \t").endswith((",", ";", "và"))
            else None
        )
        if shared:
            mention.sym_start = shared.start("nums")
        _type_word(src, mention, matches[i - 1].end() if i else start)
        if (
            sym.form == "congvan"
            and len(sym.issuer_codes) + (sym.type_code is not None) == 1
            and (mention.start == s0 or text[s1 : s1 + 1] in "./")
        ):
            # An organ alone ("74/CP") is a symbol only after its type word ("Nghị định số 74/CP"), and only
            # when nothing follows it ("6602/CT.TTHT" is a longer symbol misprinted).
            continue
        _tail(src, mention, min(next_start, s1 + 320))
        if mention.issuer is None:
            mention.issuer = _issuer_before(src, mention)
        mention.sym_start = s0
        if shared:
            others = _sharing(mention, shared)
            others[0].start, mention.start = mention.start, s0  # "Kết luận số 187" · "188-KL/TW …"
            out.extend(others)
        out.append(mention)
    return out


# "theo mẫu số 02/QTT-TNCN", "tờ khai 05/KK-TNCN": a form's code, not a document (on folded text).
_FORM_BEFORE = re.compile(r"(?<![a-z])(?:mau|to khai|bieu)(?:\s+s\S{0,2})?\s*:?\s*$")


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
            _type_word(src, mention, before.end)
            _tail(src, mention, after.start)
            out.append(mention)
    return out


# "Chỉ thị số 33 nói trên", "Quyết định trên", "Nghị định nêu trên": a reference back to an earlier citation.
# Anchored on "trên" itself (a leading optional "nói/nêu" would cost the regex its fast first-letter skip).
_ANAPHOR = re.compile(r"tr[êe]n(?=\s*[.,;:)\n]|\s+(?:và|của|đã|được|để|thì|về|có)\s)")
_SAID = re.compile(r"(?:n[óo]i|n[êe]u)\s+$")
_PLURAL = re.compile(r"(?:\d+|cac|nhung|hai|ba|mot so)\s+$")
_NUMBER_AT_END = re.compile(r"\s+s[^\s\d]{0,2}\s*(?P<n>\d{1,5})\s*$")


def anaphora(src: Source, mentions: list[Mention], limit: int) -> list[Mention]:
    """Mentions that point back to the latest earlier citation of the same type (and number, if given).

    The type word must be capitalised ("Quyết định trên", not "các quyết định trên"), and "Kế hoạch này"
    (the document itself) is not one.
    """
    out: list[Mention] = []
    if not mentions:
        return out
    starts = [m.start for m in mentions]
    for a in _ANAPHOR.finditer(src.text, mentions[0].end, limit):
        said = _SAID.search(src.text, max(0, a.start() - 8), a.start())
        a_start = said.start() if said else a.start()
        back = src.window(a_start - 60, a_start)
        number = _NUMBER_AT_END.search(back)
        head = back[: number.start()] if number else back.rstrip()
        word = _ending_match(_type_word_before(), head + " ", 5)
        if word is None:
            continue
        w0 = a_start - len(back) + word.start("word")
        if not src.text[w0].isupper() or _PLURAL.search(back, 0, word.start("word")):
            continue
        doc_type = _doc_type_of(word)
        for earlier in reversed(mentions[: bisect_right(starts, w0)]):
            sym = earlier.symbol
            if sym is None or earlier.doc_type != doc_type or earlier.end > w0:
                continue
            if number and sym.number.lstrip("0") != number.group("n").lstrip("0"):
                continue
            found = Mention("numbered", w0, a.end(), w0, a.end(), symbol=sym, doc_type=doc_type)
            found.year, found.branch, found.tier, found.confidence = (
                earlier.year,
                earlier.branch,
                earlier.tier,
                0.7,
            )
            found.antecedent = earlier
            out.append(found)
            break
    return out


def _type_word(src: Source, mention: Mention, floor: int = 0) -> None:
    """The type word before the symbol, looked for after ``floor`` (the previous symbol's end): in "Luật số
    65/2020/QH14 và Luật số 62/2025/QH15" the second law's name does not reach back over the first."""
    s0 = mention.sym_start
    back = _PAGE_NUMBER.sub(lambda p: " " * len(p.group(0)), src.window(max(s0 - 80, floor), s0))
    m = _ending_match(_type_word_before(), back, 7)
    doc_type = _doc_type_of(m) if m else None
    law = None
    if (m is None or doc_type in ("Luật", "Bộ luật")) and _LAW_HINT.search(
        src.text, max(0, s0 - 160, floor), s0
    ):
        wide = src.window(max(s0 - 160, floor), s0)
        law = _ending_match(_LAW_WITH_NUMBER, wide, 20)
    if law:
        m = None
    if m:
        mention.start = s0 - len(back) + m.start("word")
        mention.doc_type = doc_type
    elif law:
        mention.start = s0 - len(wide) + law.start("word")
        mention.doc_type = "Bộ luật" if law.group("word").startswith("bo") else "Luật"
    sym = mention.symbol
    assert sym is not None
    if mention.doc_type is None and sym.type_code is None and _ITEM_NUMBER.search(back):
        mention.doc_type = _list_head(src, s0)
    if mention.doc_type is None or (mention.doc_type == "Đề án" and sym.type_code == "QĐ"):
        mention.doc_type = _doc_type_of_symbol(sym)
    if mention.doc_type == "Đề án" and sym.type_code == "PA":
        text = sym.text.replace("-PA/", "-ĐA/").replace("/PA-", "/ĐA-")
        mention.symbol = Symbol(text, sym.number, sym.year, "ĐA", sym.issuer_codes, sym.form, True)


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
    return _doc_type_of(heads[-1]) if heads else None


def _doc_type_of_symbol(sym: Symbol) -> str | None:
    if sym.form == "congvan":
        return "Công văn"
    if sym.form == "assembly":
        return "Luật" if sym.issuer_codes[0].startswith("QH") else "Pháp lệnh"
    if sym.type_code == "TT" and sym.form == "party":
        return "Thông tri"
    known = registry.type_codes().get(sym.type_code or "")
    return known.name if known else None


_OF = re.compile(r"^[\s,]*(?P<of>c[a-z]{0,2}a\b)?\s*")
_OF_BEFORE = re.compile(r"(?<![a-z])c[a-z]{0,2}a\s+")
_AT = re.compile(r"\s+tai\s*")


def _issuer_before(src: Source, mention: Mention) -> issuers.Issuer | None:
    """ "Theo đề nghị của Sở Tư pháp tại Tờ trình số 358/TTr-STP": the issuer stated before the document."""
    back = src.window(mention.start - 100, mention.start)
    if not back.rstrip().endswith("tai"):
        return None
    ofs = list(_OF_BEFORE.finditer(back))
    if not ofs:
        return None
    of = ofs[-1]
    at = mention.start - len(back) + of.end()
    found = issuers.recognise(back[of.end() :], src.text[at : mention.start])
    return found if found and _AT.fullmatch(back, of.end() + found.end) else None


_TITLE_START = re.compile(r'^[\s,]*(?:v[e€]\S?\s|ban h\S{1,2}nh|phe duyet|"|quy d[il]nh)')
# Page furniture that PDF text puts in mid-sentence: e-signature stamps and gazette page headers.
_FURNITURE = re.compile(r"\n[^\n]*(?:Người ký|Ký bởi|Thời gian ký|Email:|Cơ quan:|CÔNG BÁO/)[^\n]*(?=\n)")
_TITLE_END = re.compile(r";|\n\s*\n|\.\s+(?=[A-ZĐ\n])|\.$|\n\s*[-+•]\s")


def _tail(src: Source, mention: Mention, limit: int) -> None:
    """Date, issuer and title that follow the symbol (never past ``limit``, the next symbol)."""
    pos = mention.sym_start + (mention.end - mention.sym_start)
    fwd = src.window(pos, limit)
    if "---" in fwd:
        fwd = _PAGE_NUMBER.sub(lambda p: " " * len(p.group(0)), fwd)
    # "… SỐ 66-NQ/TW⏎Ngày 28 tháng 11 năm 2025, tại …": a capital "Ngày" on the next line opens a new sentence.
    date, used = date_after(fwd) if not _NEW_LINE_DATE.match(src.text, pos) else (None, 0)
    if date:
        mention.date, mention.year = date, mention.year or int(date[:4])
        mention.end = mention.tail_end = pos + used
        fwd, pos = fwd[used:], pos + used
    elif spoiled := _SPOILED_DATE.match(fwd):
        fwd, pos = fwd[spoiled.end() :], pos + spoiled.end()
    of = _OF.match(fwd)
    assert of is not None
    window = fwd[of.end() : of.end() + 120]
    # Only "của X", or a registered organ right after the date (below), can be the issuer.
    found = (
        issuers.recognise(window, src.text[pos + of.end() : pos + of.end() + 120])
        if window.strip() and (of.group("of") or mention.date)
        else None
    )
    # Without "của", only a registered organ right after the date is its issuer ("… ngày 28/03/2024 UBND tỉnh
    # Đồng Nai"); after a comma or a full stop a new clause starts ("…, Bộ Tư pháp tổ chức họp", "…
    # 27/CT-TTg. Ủy ban nhân dân thành phố ban hành …"), and so it does right after a bare symbol.
    if found and (
        of.group("of") or (found.code and mention.date and "," not in of.group(0) and window[:1].isalnum())
    ):
        mention.issuer = found
        fwd = fwd[of.end() + found.end :]
        pos += of.end() + found.end
        mention.tail_end = pos
        if not mention.date:
            date, used = date_after(fwd)
            if date:
                mention.date, mention.year = date, mention.year or int(date[:4])
                pos += used
                mention.tail_end = pos
                fwd = fwd[used:]
    head = _TITLE_START.match(fwd)
    if head:
        end = _TITLE_END.search(src.text, pos + head.start(), limit)
        stop = end.start() if end else limit
        title = _clean_title(squash(_FURNITURE.sub(" ", src.text[pos : min(stop, pos + 400)])))
        if title:
            mention.title = title


# What a title does not keep: an alias in brackets ("(sau đây gọi tắt là Nghị định 65)"), emphasis marks,
# and the type word of the next citation it ran into ("…, chứng từ, Nghị định số").
_ALIAS = re.compile(r"\s*\(\s*sau\s+đây\s+gọi[^)]*\)?", re.IGNORECASE)
_SO = frozenset(["số", "so", "s6", "sô"])
_NEXT_TYPE_WORD = re.compile(r"[\s,;(]*(?:\S+\s+){0,3}?(?:số|so|s6|sô)\s*:?\s*$", re.IGNORECASE)


def _clean_title(title: str) -> str:
    title = _ALIAS.sub("", title).replace("*", "").strip(" ,_")
    # The search is unanchored on the left (slow on a long title): only a title ending in "số" can match.
    tail = _NEXT_TYPE_WORD.search(title) if title.rstrip().rstrip(":").rstrip()[-2:].lower() in _SO else None
    word = tail and _ending_match(_type_word_before(), fold_view(title[tail.start() :]) + " ", 5)
    if tail and word:
        title = title[: tail.start() + word.start("word")]
    return title.strip(" ,;")


# Named references: a capitalised type word followed by a name, found by one scan. Every alternative
# starts with one literal capital, which lets the regex engine skip from one candidate letter to the next
# (it cannot when an alternative starts with a class); an empty group at its end names the kind.
_NAMED_PARTS = (
    ("law", "B", r"[ôộo]\s+[lL][uư][aậâạ]t(?=[ \t\n]+\S)"),
    ("law", "L", r"[uư][aậâạ]t(?=[ \t\n]+\S)"),
    # in a title printed in capitals: "TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM", "NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII"
    ("law", "B", r"[ỘÔO]\s+LU[ẬÂA]T(?=[ \t\n]+\S)"),
    ("law", "L", r"U[ẬÂA]T(?=[ \t\n]+\S)"),
    ("congress", "ĐD", r"[AẠ]I\s+H[ỘÔO]I(?=[ \t\n])"),
    ("congress", "ĐDPÐB", r"[aạ]i\s+h[oộô]i(?=[ \t\n])"),
    ("congress", "N", r"gh[iị]\s+quy[eế]t\s+(?P<low>[đd][aạ]i\s+h[oộô]i)(?=[ \t\n])"),
    ("constitution", "H", r"i[eế]n\s+ph[aá]p(?=[\s,;.])"),
    (
        "plenum",
        "N",
        r"gh[iị]\s+quy[eế]t\s+(?:[Hh][oộ]i\s+ngh[iị]\s+)?Trung\s+[uư][oơ]ng\s+(?:l[aầ]n\s+th[uứ]\s+)?"
        r"(?P<pn>\d{1,2})\s*[(,]?\s*kh[oó][aá]\s+(?P<pk>[XVI]{1,6})\)?",
    ),
    ("programme", "C", r"h[uư][oơ]ng\s+tr[iì]nh(?=[ \t\n]+[a-zđà-ỹ])"),
    ("scheme", "ĐDPÐ", r"[eềéê€]\s+[aáàé4e]n(?=[ \t\n]+\S)"),
    ("charter", "Đ", r"i[eề]u\s+l[eệ]\s+Đ[aả]ng"),
)
_NAMED_ANCHOR = re.compile(
    "|".join(
        rf"{cap}(?<!\w{cap}){rest}(?P<{kind}_{i}_{j}>)"
        for i, (kind, caps, rest) in enumerate(_NAMED_PARTS)
        for j, cap in enumerate(caps)
    )
)


@cache
def gazetteer() -> tuple[tuple[str, str | None, str, str, str, re.Pattern[str]], ...]:
    with resources.files("kg.data").joinpath("named_documents.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if not r["name"].startswith("#")]
    return tuple(
        (
            r["name"],
            r["symbol"] or None,
            r["doc_type"],
            r["branch"],
            r["tier"],
            re.compile(r["pattern"].replace(" ", r"\s+")),
        )
        for r in rows
    )


_RESOLUTION_BEFORE = re.compile(r"(?<![a-z])(ngh[il1]\s*qu[yi]\S{1,2}t)\s+$")
_WORD = re.compile(r"[^\s,;.:()\"“”]+")
# Words that end a law's name ("Luật Đất đai năm 2013", "Luật Đầu tư về …"), as printed. An OCR'd word
# without diacritics is compared folded; a word printed with them must be the stop word itself, so that
# "Bảo vệ", "Thi hành" and "Tài nguyên" are not read as "về", "thì" and "tại".
_LAW_STOP_WORDS = [
    "năm",
    "số",
    "về",
    "và",
    "như",
    "để",
    "nhằm",
    "theo",
    "tại",
    "của",
    "ngày",
    "được",
    "đã",
    "hiện",
    "thì",
    "các",
    "này",
    "quy",
    "định",
    "sửa",
    "đổi",
    "bổ",
    "sung",
    "hoặc",
    "thuộc",
    "trên",
    "với",
    "là",
    "có",
    "không",
    "khi",
    "trong",
    "đối",
]
_LAW_STOP = frozenset(_LAW_STOP_WORDS)
_LAW_STOP_FOLDED = frozenset(fold(w) for w in _LAW_STOP_WORDS)
# A comma inside a law's name: "Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng", "Luật Quản lý,
# sử dụng tài sản công".
_LAW_AFTER_COMMA = frozenset(["chong", "khen", "su"])


def _ends_law_name(printed: str, folded: str) -> bool:
    if printed.isascii():
        return printed.islower() and folded in _LAW_STOP_FOLDED
    return printed.lower() in _LAW_STOP


# A name printed in lower case ("Luật thuế giá trị gia tăng chưa quy định …") ends at one of these, which
# no law's name holds in lower case, or at a capitalised word on the next line (a table's next cell).
_LOWER_CASE_NAME_STOP = frozenset(
    "chưa nêu chỉ cũng dự gồm góp giao mới sẽ vẫn đang phải cần đều mà dẫn đáp do nên".split()  # noqa: SIM905
)
_ACRONYM = re.compile(r"[A-ZĐ]{2,6}")


def _ends_lower_case_name(printed: str, gap: str) -> bool:
    return printed in _LOWER_CASE_NAME_STOP or (
        "\n" in gap and printed[:1].isupper() and not _ACRONYM.fullmatch(printed)
    )


_CONGRESS_WORDS = frozenset(
    [
        "san",
        "dai",
        "bieu",
        "toan",
        "quoc",
        "lan",
        "thu",
        "cua",
        "dang",
        "bo",
        "tinh",
        "thanh",
        "cac",
        "cap",
        "nhiem",
        "ky",
        "khoa",
        "huyen",
        "lan",
    ]
)
_ROMAN = re.compile(r"^(?:[ivxlh1]{1,6}|\d{1,2}|20\d\d\s*-\s*20\d\d|20\d\d)$")


def named(src: Source, limit: int, taken: list[tuple[int, int]], start: int = 0) -> list[Mention]:
    """Laws, congress resolutions, programmes and schemes cited by name in ``src.text[start:limit]``."""
    out: list[Mention] = []
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    for m in _NAMED_ANCHOR.finditer(src.text, start, limit):
        kind = str(m.lastgroup).partition("_")[0]
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and (m.start() < taken[k][1] or _alias(src.text, taken[k][1], m.start())):
            continue
        found = None
        if kind == "law":
            found = _law(src, m, limit)
        elif kind == "congress":
            found = _congress(src, m.start("low") if m.group("low") else m.start(), m.end(), limit, out)
        elif kind == "programme":
            found = _gazetteer_entry(src, m.start(), m.end(), limit, "Chương trình") or _programme(
                src, m, limit
            )
        elif kind == "scheme":
            found = _scheme(src, m, limit)
        elif kind == "plenum":  # "Nghị quyết Trung ương 4 khóa XII": a Central Committee plenum's resolution
            found = Mention("named", m.start(), m.end(), m.start(), m.end(), doc_type="Nghị quyết")
            found.name = f"Nghị quyết Trung ương {m.group('pn')} khóa {m.group('pk')}"
            found.branch, found.tier = "party", "central"
        elif kind == "constitution":
            found = _constitution(src, m, limit)
        elif kind == "charter":
            found = Mention(
                "named", m.start(), m.end(), m.start(), m.end(), name="Điều lệ Đảng", doc_type="Điều lệ"
            )
            found.branch, found.tier = "party", "central"
        if found:
            if kind in ("programme", "scheme"):
                found.issuer = _issuer_within(src, found) or _issuer_after(src, found, limit)
                if found.branch is None and found.issuer and found.issuer.branch:
                    found.branch, found.tier = found.issuer.branch, found.issuer.tier
            out.append(found)
    return out


_OF_WITHIN = re.compile(r"\sc[a-z]{0,2}a\s+")


def _issuer_within(src: Source, m: Mention) -> issuers.Issuer | None:
    """The issuer a programme's own name states ("Chương trình tổng thể … của Chính phủ 5 năm …").

    A quoted name is a title, and whoever it mentions ("sự lãnh đạo của Đảng") is not its issuer.
    """
    folded = src.window(m.start, m.end)
    if '"' in folded:
        return None
    for of in _OF_WITHIN.finditer(folded):
        found = issuers.recognise(folded[of.end() :], src.text[m.start + of.end() : m.end])
        if found and found.code:
            return found
    return None


def _issuer_after(src: Source, m: Mention, limit: int) -> issuers.Issuer | None:
    """ "Đề án 06 của Chính phủ", "Đề án “…” của Ban Thường vụ Tỉnh ủy": the issuer stated after a name."""
    after = src.window(m.end, min(limit, m.end + 120))
    of = _OF.match(after)
    if of is None or not of.group("of"):
        return None
    return issuers.recognise(after[of.end() :], src.text[m.end + of.end() : m.end + 120])


_CONSTITUTION_TAIL = re.compile(
    r"(?P<country>\s+nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam)?(?:\s*,?\s*nam\s+(?P<y>(?:19|20)\d\d))?"
)


def _constitution(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """ "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (năm 2013)": the Constitution, cited by name."""
    after = src.window(m.end(), min(limit, m.end() + 80))
    if after.lstrip().startswith("nay"):
        return None  # "Hiến pháp này": the Constitution's own text
    tail = _CONSTITUTION_TAIL.match(after)
    assert tail is not None
    stop = m.end() + tail.end()
    mention = Mention("named", m.start(), stop, m.start(), stop, doc_type="Hiến pháp")
    mention.name = (
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam" if tail.group("country") else "Hiến pháp"
    )
    mention.year = int(tail.group("y")) if tail.group("y") else None
    mention.branch, mention.tier = "state", "central"
    return mention


def _alias(text: str, previous_end: int, start: int) -> bool:
    """A short name in brackets right after a citation defines an alias ("… số 89/2025/QH15 (Luật Ngân
    sách nhà nước)"): it names the same document, it is not another mention."""
    return start - previous_end <= 3 and "(" in text[previous_end:start]


def _law(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    before = src.text[max(0, m.start() - 12) : m.start()].rstrip()
    if fold_view(before).endswith(("hoc", "khoa", "phap", "cong ty", "phong")) or before.endswith(
        ("kỷ", "KỶ")
    ):
        # "Đại học Luật", "Công ty Luật TNHH …", "Văn phòng Luật": a school, a firm; "PHÁP LUẬT", "KỶ LUẬT"
        return None
    if m.group(0).isupper() and not _SAME_LINE_CAPITALS.match(src.text, m.end()):
        return (
            None  # in capitals, the name follows on the same line, in capitals ("LUẬT⏎SỬA ĐỔI …" heads a law)
        )
    is_code = m.group(0).lower().startswith(("bộ", "bô", "bo"))
    doc_type = "Bộ luật" if is_code else "Luật"
    after = src.window(m.end(), min(limit, m.end() + 200))
    if "\n" in after and _ANY_FURNITURE.search(after):
        after = _PAGE_NUMBER.sub(_blank, _FOLDED_FURNITURE.sub(_blank, after))
    amending = _AMENDING.match(after)
    if amending:  # "Luật sửa đổi, bổ sung một số điều của Luật X": the amending law, named after X
        after = " " * amending.end() + after[amending.end() :]
    first = _WORD.search(after)
    if first is None or first.group(0) in ("nay", "su", "so", "dinh", "phap"):
        return None
    hit = _gazetteer_hit(after, doc_type)
    if amending:
        hit = None if hit is None else (*hit[:1], None, *hit[2:])
    lower_case = src.text[m.end() + first.start()].islower() and not hit
    if hit:
        name, symbol, branch, tier, end = hit
    else:
        end = 0
        shouting = (
            len(first.group(0)) > 1 and src.text[m.end() + first.start() : m.end() + first.end()].isupper()
        )
        for w in itertools.islice(_WORD.finditer(after), 9):
            gap = after[end : w.start()].strip()
            printed = src.text[m.end() + w.start() : m.end() + w.end()]
            if (
                _ends_law_name(printed, w.group(0))
                or (gap and not (gap == "," and w.group(0) in _LAW_AFTER_COMMA))
                or not printed[:1].isalpha()  # a law's name has no numbers ("Luật X⏎2⏎9": table cells)
                or (shouting and not printed.isupper())  # a name in capitals ends where they do
                or (end and printed[:1].isupper() and _BLANK_LINE.search(after, end, w.start()))
                or (lower_case and end and _ends_lower_case_name(printed, after[end : w.start()]))
            ):
                break
            end = w.end()
            if lower_case and _ACRONYM.fullmatch(printed):
                break  # "Luật thuế GTGT": the abbreviation closes the name
        name, symbol, branch, tier = (
            f"{_inner_type(amending, doc_type)} "
            f"{_sentence_case(_as_read(src, m.end(), after, amending.end() if amending else 0, end))}",
            None,
            "state",
            "central",
        )
    if end == 0 or _NUMBER_AFTER_NAME.match(after, end):  # "Luật Đất đai số 31/2024/QH15" is numbered
        return None
    if amending:
        name = f"Luật sửa đổi, bổ sung {'một số điều của ' if amending.group('some') else ''}{name}"
    mention = Mention(
        "named", m.start(), m.end() + end, m.start(), m.end() + end, name=name, doc_type=doc_type
    )
    mention.gazetteer_symbol, mention.branch, mention.tier = symbol, branch, tier
    year = re.match(r"^\s*,?\s*(?:n\S{1,3}m\s+)?((?:19|20)\d\d)(?![\d/])", after[end:])
    date, used = date_after(after[end:])
    if year:
        mention.year = int(year.group(1))
        mention.end = mention.tail_end = m.end() + end + year.end()
    elif date:
        mention.date, mention.year = date, int(date[:4])
        mention.end = mention.tail_end = m.end() + end + used
    elif lower_case and not _lower_case_law(src, m.start(), after[:end]):
        return None  # "Luật ban hành … năm 2015" is a name; "Luật này", "luật pháp" are not
    if symbol and mention.year and _SYMBOL_YEAR.match(symbol) and int(symbol.split("/")[1]) != mention.year:
        mention.gazetteer_symbol = None  # "Luật Quản lý thuế năm 2006" is not today's 38/2019/QH14
    return mention


@cache
def _law_heads() -> frozenset[tuple[str, ...]]:
    """How law names begin, as folded words (kg/data/law_heads.csv)."""
    with resources.files("kg.data").joinpath("law_heads.csv").open(encoding="utf-8") as f:
        rows = [r["folded"] for r in csv.DictReader(f) if not r["folded"].startswith("#")]
    return frozenset(tuple(_WORD.findall(r)) for r in rows)


_PLURAL_BEFORE = re.compile(r"(?:cac|nhung|mot so)\s+$")


def _lower_case_law(src: Source, start: int, folded_name: str) -> bool:
    """A law named in lower case ("Luật thuế giá trị gia tăng", "Luật kế toán"), as letters write them:
    its name begins as a law's name does, and it is not one of several ("các Luật thuế hiện hành")."""
    words = tuple(_WORD.findall(folded_name))
    heads = _law_heads()
    return any(words[:n] in heads for n in range(1, min(len(words), 5) + 1)) and not _PLURAL_BEFORE.search(
        src.window(start - 10, start)
    )


# A name runs over a blank line only where the text goes on in lower case ("Luật Hải⏎⏎quan"): a capital
# after it starts the next paragraph ("LUẬT LAO ĐỘNG⏎⏎Điều 117"); gazette page furniture is skipped.
_NUMBER_AFTER_NAME = re.compile(r"\s*(?:s[^\s\d]{0,2}:?\s*\d|\d+\s*/)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ANY_FURNITURE = re.compile(r"\n[ \t]*\d|cong bao/|ky boi|nguoi ky|thoi gian ky|email:|co quan:|---")
_FOLDED_FURNITURE = re.compile(
    r"\n[^\n]*(?:nguoi ky|ky boi|thoi gian ky|email:|co quan:|cong bao/)[^\n]*(?=\n)"
)
_SAME_LINE_CAPITALS = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]{2}")


def _as_read(src: Source, offset: int, view: str, start: int, end: int) -> str:
    """``src.text[offset + start : offset + end]`` as the words of ``view`` read it: without what the view
    blanked (page furniture in mid-name, markup), white space folded."""
    printed = src.text[offset + start : offset + end]
    return squash("".join(" " if v == " " else c for c, v in zip(printed, view[start:end], strict=True)))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _sentence_case(name: str) -> str:
    """A name from a title printed in capitals, as it is written in a sentence ("VIỆC LÀM" -> "Việc làm");
    Roman numerals and "Đảng" keep their capitals."""
    if not name.isupper() or " " not in name:
        return name  # "Luật BHXH": an abbreviation keeps its capitals
    # Roman numerals and abbreviations (no vowel: "GTGT", "TNDN") keep their capitals.
    words = [
        w if _ROMAN_NUMERAL.fullmatch(w) or not _VOWEL.search(fold(w)) else w.lower() for w in name.split()
    ]
    words = ["Đảng" if w == "đảng" else w for w in words]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


_ROMAN_NUMERAL = re.compile(r"[IVXL]+")
_VOWEL = re.compile(r"[aeiouy]")


def _inner_type(amending: re.Match[str] | None, doc_type: str) -> str:
    """The type of the law an amending law is named after ("… của Bộ luật Lao động")."""
    if amending is None:
        return doc_type
    return "Bộ luật" if amending.group("code") else "Luật"


_AMENDING = re.compile(
    r"\s+sua\s+doi,?\s+bo\s+sung(?P<some>\s+mot\s+so\s+dieu)?(?:\s+cua)?\s+(?:cac\s+)?(?P<code>bo\s+)?luat(?=\s)"
)
_SYMBOL_YEAR = re.compile(r"\d+/\d{4}/")


@cache
def _gazetteer_of(doc_type: str) -> tuple[re.Pattern[str], tuple[tuple[str, str | None, str, str], ...]]:
    """One pattern for the gazetteer entries of a type, tried in the data file's order (the first that
    matches wins, as an alternation does), and the entries its groups ``g<i>`` stand for."""
    entries = [e for e in gazetteer() if e[2] == doc_type]
    alts = "|".join(f"(?P<g{i}>{e[5].pattern})" for i, e in enumerate(entries))
    return re.compile(rf"\s*(?:{alts})"), tuple((e[0], e[1], e[3], e[4]) for e in entries)


def _gazetteer_hit(folded_after: str, doc_type: str) -> tuple[str, str | None, str, str, int] | None:
    pattern, entries = _gazetteer_of(doc_type)
    hit = pattern.match(folded_after) if entries else None
    if hit is None:
        return None
    name, symbol, branch, tier = entries[int(str(hit.lastgroup)[1:])]
    return name, symbol, branch, tier, hit.end()


# A programme named by what it does and for how long: "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai
# đoạn 2021 - 2025", "Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030".
_PERIOD = re.compile(
    r"(?:giai\s+do\S{1,2}n\s+(?:tu\s+)?(?:19|20)\d\d\s*(?:-|den)\s*(?:nam\s+)?(?:19|20)\d\d"
    r"|den\s+nam\s+(?:19|20)\d\d)(?:,?\s*tam\s+nhin\s+(?:den\s+)?(?:nam\s+)?(?:19|20)\d\d)?"
)
_PROGRAMME_STOP = re.compile(r"[;.(\"]|\n\s*\n|:")
_PROGRAMME_NOUN = re.compile(r"(?:phe\s+duyet|ban\s+hanh|xay\s+dung|(?<![a-z])cac|nhung)\s*$")
# "Chương trình số 04/CTr-UBND … về Chương trình cải cách hành chính …": a numbered programme's own title.
_OWN_TITLE = re.compile(r"chuong\s+trinh\s+s\S{0,2}\s*\d[^;]*?\bve\s*$")
_NOT_A_PROGRAMME = ("hanh dong", "nay", "cong tac", "so ", "lam viec", "ky hop")


def _programme(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """A programme cited by name: its name runs to the period it covers, and a national target programme
    ("mục tiêu quốc gia") is the State's. One a decision approves or that is still to be drawn up ("phê
    duyệt", "xây dựng Chương trình …"), or "các chương trình", names none; "Chương trình hành động" has
    its number."""
    if _PROGRAMME_NOUN.search(src.window(m.start() - 16, m.start())) or _OWN_TITLE.search(
        src.window(m.start() - 200, m.start())
    ):
        return None
    after = src.window(m.end(), min(limit, m.end() + 250))
    lead = after.lstrip()
    if lead.startswith(_NOT_A_PROGRAMME):
        return None
    stop = _PROGRAMME_STOP.search(after)
    span = after[: stop.start() if stop else len(after)]
    period = _PERIOD.search(span)
    if period is None or len(span[: period.start()].split()) > 25:
        return None
    end = m.end() + period.end()
    name = re.sub(r"(\d{4})\s*-\s*(\d{4})", r"\1-\2", squash(src.text[m.start() : end]))
    mention = Mention("named", m.start(), end, m.start(), end, name=name, doc_type="Chương trình")
    if lead.startswith("muc tieu quoc gia"):
        mention.branch, mention.tier = "state", "central"
    return mention


def _gazetteer_entry(src: Source, start: int, anchor_end: int, limit: int, doc_type: str) -> Mention | None:
    words = len(doc_type.split())
    folded = src.window(start, min(limit, start + 300))
    after = " ".join(folded.split()[words:])
    hit = _gazetteer_hit(folded.split(None, words)[-1], doc_type) if after else None
    if not hit:
        return None
    name, symbol, branch, tier, _ = hit
    rest = folded
    period = re.search(r"giai do\S{1,2}n\s*(20\d\d)\s*-\s*(20\d\d)", rest[:220])
    stop = re.search(r"[;.]|\n\s*\n|\btheo\b|\bve\b", rest[20:])
    end_rel = (
        period.end()
        if period and (not stop or period.start() < stop.start() + 20)
        else (stop.start() + 20 if stop else len(rest))
    )
    full = squash(src.text[start : start + end_rel])
    if period:
        name = re.sub(r"\s+", " ", full)
        name = re.sub(r"(\d{4})\s*-\s*(\d{4})", r"\1-\2", name)
    mention = Mention("named", start, start + end_rel, start, start + end_rel, name=name, doc_type=doc_type)
    mention.gazetteer_symbol, mention.branch, mention.tier = symbol, branch, tier
    return mention


def _congress(src: Source, a0: int, a1: int, limit: int, previous: list[Mention]) -> Mention | None:
    resolution = _RESOLUTION_BEFORE.search(src.window(a0 - 16, a0))
    has_resolution = resolution is not None
    start = a0 - (len(src.window(a0 - 16, a0)) - resolution.start(1)) if resolution else a0
    if not has_resolution:
        back = src.window(a0 - 6, a0)
        coordinated = (
            back.rstrip().endswith(" va")
            and previous
            and previous[-1].name
            and "Đại hội" in previous[-1].name
        )
        if not coordinated or a0 - previous[-1].end > 12:
            return None
    after = src.window(a1, min(limit, a1 + 160))
    end = 0
    shouting = src.text[a0:a1].isupper()  # a title in capitals: a capital no longer starts a name
    for w in _WORD.finditer(after):
        gap = after[end : w.start()]
        token = w.group(0)
        if token == "-":
            continue  # "nhiệm kỳ 2020 - 2025": the dash is part of the gap
        if gap.strip() not in ("", "-", ","):
            break
        if "," in gap and not close(token, "nhiem"):
            break
        printed = src.text[a1 + w.start() : a1 + w.end()]
        original = printed[0]
        if not end and token == "dong":
            return None  # "Đại hội đồng (cổ đông)" is a general assembly, not a Party congress
        if not (
            any(reads_as(printed, c) for c in _CONGRESS_WORDS)
            or _ROMAN.match(token)
            or (original.isupper() and end and token not in ("ve", "va") and not shouting)
            or (token.endswith("ang") and after[:end].rstrip().endswith("cua"))
        ):
            break
        end = w.end()
        if _YEAR_RANGE_END.search(after, 0, end):
            break  # the term of office ("nhiệm kỳ 2020 - 2025") closes the name
    if end == 0 and not has_resolution:
        return None
    stop = a1 + end
    congress = _sentence_case(respell(squash(src.text[a0:stop])))
    name = f"Nghị quyết {congress}"
    mention_tier = _congress_tier(re.findall(r"\w+", src.window(start, stop)))
    mention = Mention("named", start, stop, start, stop, name=name, doc_type="Nghị quyết")
    mention.branch, mention.tier = "party", mention_tier
    mention.issuer = issuers.Issuer(
        _TERM_OF_OFFICE.split(congress)[0], None, "party", mention_tier, None, stop - a0
    )
    return mention


_YEAR_RANGE_END = re.compile(r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d$")
# "…, nhiệm kỳ 2020-2025" names the congress's term, not the congress.
_TERM_OF_OFFICE = re.compile(r",?\s+nhiệm\s+kỳ\b", re.IGNORECASE)


def _congress_tier(toks: list[str]) -> str:
    """National congress ("toàn quốc", "… của Đảng") or a local one (Đảng bộ tỉnh, các cấp)."""
    local = any(t in ("bo", "tinh", "cac", "huyen", "b") for t in toks[2:])
    national = any(close(t, "quoc") for t in toks) or any(
        close(a, "cua") and b.endswith("ang") and len(b) <= 6 for a, b in itertools.pairwise(toks)
    )
    if national and not local:
        return "central"
    below = next((b for a, b in itertools.pairwise(toks) if a == "bo" and b in _CONGRESS_LEVELS), None)
    return _CONGRESS_LEVELS[below] if below else "province"


# The level of a local Party organisation's congress, from the word after "Đảng bộ".
_CONGRESS_LEVELS = {
    "huyen": "district",
    "quan": "district",
    "thi": "district",
    "xa": "commune",
    "phuong": "commune",
}


_SCHEME_NUMBER = re.compile(
    r"(?:s\S{1,2}\s+)?(\d{1,3})(?![\d/.\-]|\s*[/-]|\s*%|\s+(?:nam|thang|ngay|nguoi|trieu|ty)\b)"
)


# Words that make "Đề án" a common noun ("thi Đề án": an exam; "kết thúc Đề án", "thực hiện các Đề án"),
# and those before the Đề án a decision approves or issues: that is the decision's own content, not a
# citation, even in a cited decision's title (gold 004: "… phê duyệt Đề án Văn hóa công vụ").
_SCHEME_NOUN_BEFORE = re.compile(
    r"(?:(?<![a-z])thi|ket\s+thuc|thuc\s+hien\s+cac|(?<![a-z])cac|nhung|phe\s+duyet|ban\s+hanh|xay\s+dung)\s*$"
)
# A name does not begin with a function word ("Đề án đã được phê duyệt", "Đề án do cơ quan … quyết định").
_SCHEME_NOT_NAME = frozenset(
    "da do duoc cua hang nhu va la se thi de phai dang con cung voi tai trong theo khi khac".split()  # noqa: SIM905
)


def _scheme(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """An Đề án cited by name."""
    back = src.window(m.start() - 20, m.start())
    if _SCHEME_NOUN_BEFORE.search(back):
        return None
    after_start = m.end()
    folded = src.window(after_start, min(limit, after_start + 400))
    lead = folded.lstrip()
    numbered_by_habit = _SCHEME_NUMBER.match(lead)
    own_line = "\n" in folded[: len(folded) - len(lead)] and re.match(
        r"[ \t]*(?:\n|$)", lead[numbered_by_habit.end() :] if numbered_by_habit else ""
    )
    if (
        numbered_by_habit and not own_line
    ):  # a number alone on its line is a table's row number  # "Đề án 06": known by its number alone, it has no symbol of its own
        stop = after_start + (len(folded) - len(lead)) + numbered_by_habit.end()
        name = f"Đề án {numbered_by_habit.group(1)}"
        mention = Mention("named", m.start(), stop, m.start(), stop, name=name, doc_type="Đề án")
        known = _gazetteer_hit(name[6:], "Đề án")  # "Đề án 06" is the Government's, whoever cites it
        if known:
            mention.gazetteer_symbol, mention.branch, mention.tier = known[1:4]
        return mention
    first = _WORD.match(lead)
    if not lead or lead.startswith(("nay", "so", "tren")) or re.match(r"^\d", lead):
        return None
    if first and first.group(0) in _SCHEME_NOT_NAME:
        return None
    if lead.startswith('"'):
        q0 = after_start + (len(folded) - len(lead))
        close = folded.find('"', len(folded) - len(lead) + 1)
        stop = after_start + close + 1 if close > 0 else after_start + len(folded)
        end_nl = re.search(r"\n\s*\n", src.text[q0:stop])
        if end_nl:
            stop = q0 + end_nl.start()
    else:
        end = re.search(r"[;]|\.\s|\.$|\n\s*\n", folded)
        stop = after_start + (end.start() if end else len(folded))
    name = squash(src.text[m.start() : stop])
    if len(name.split()) < 3:
        return None
    return Mention(
        "named",
        m.start(),
        stop,
        m.start(),
        stop,
        name=f"Đề án {name.split(None, 2)[2]}" if len(name.split()) > 2 else name,
        doc_type="Đề án",
    )
