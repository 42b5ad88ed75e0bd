"""Aliases the text gives a cited document: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII (sau đây gọi là
Nghị quyết Đại hội XVII)", "Kế hoạch số 196/KH-UBND … (sau đây gọi tắt là Kế hoạch CCHC năm 2024)".

The alias in its brackets names the document again, so it is no mention of its own; each later use of it is a
mention of that document, as "Chỉ thị số 33 nói trên" is. (A numbered alias, "Nghị định 100", is a short reference
and resolved as one.)
"""

from __future__ import annotations

import re
from functools import cache

from kg.folding import fold
from kg.parse.find import Mention, Taken, level
from kg.parse.text import Source
from kg.parse.typewords import any_type_word

# On the folded text: "(sau đây gọi tắt là …)", "(gọi chung là …)", "(sau đây viết tắt là …)", quoted, in Markdown's
# emphasis ("*Đề án hỏa táng*") or bare; or a short form in brackets alone ("(Chương trình MTQG)"), which
# ``_abbreviated`` checks. A said alias may run over a line break ("(sau đây gọi tắt là Chương trình⏎MTQG 1719)"), not
# over a blank line.
_ALIAS = re.compile(
    r"\(\s*(?P<said>(?:sau\s+day\s+)?(?:duoc\s+)?(?:goi|viet)(?:\s+(?:tat|chung|gon))?\s+la\s*:?\s*)?[\"'*_]{0,2}"
    r"(?P<alias>(?:[^()\"'*\n;]|\n(?![ \t]*\n)){4,80}?)[\"'*_]{0,2}\s*\)"
)
_NUMBER = re.compile(r"(\d{1,5})\b")
_LAW = re.compile(r"(?:bo\s+)?lu[a]t\s|ph[a]p\s+l[e]nh\s")
# How far after the document its alias may stand (its date, issuer and title between).
_REACH = 400


@cache
def _typed() -> re.Pattern[str]:
    """An alias that opens with a type word, then at least one more word."""
    return re.compile(rf"{any_type_word()}\s+\S")


def aliases(src: Source, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(the mentions without those inside an alias's brackets, the later uses of each alias), ``mentions`` in text
    order. An alias counts when it opens with a type word and says more than a bare type ("Kế hoạch CCHC năm 2024",
    "Luật THDC"; not "Nghị định", nor "Công ty ABC")."""
    if "(" not in src.text:
        return mentions, []
    kept, uses = list(mentions), list[Mention]()
    for m in _ALIAS.finditer(src.folded):
        if m.group("said") is None and "\n" in m.group("alias"):
            continue
        if (acronymed := _acronymed(src, kept, m)) is not None:
            # "Bộ luật Lao động năm 2019 (BLLĐ)": each later "BLLĐ" (OCR's "BLLD" too) names the code
            initials = _printed(src, m)
            for spelling in dict.fromkeys([initials, fold(initials).upper()]):
                uses += _later_uses(src, kept, m.end(), spelling, acronymed.doc_type, acronymed)
            continue
        if m.group("said") is None and not _abbreviated(_printed(src, m)):
            continue
        if (bare := _bare_alias(src, kept, m)) is not None:
            # (a later alias of the same word names its own document from there on)
            word = _printed(src, m)
            uses = [u for u in uses if u.start < m.start() or src.text[u.start : u.end] != word] + bare
            continue
        if (law := _abbreviated_law(src, kept, m)) is not None:
            # "Luật Trật tự, an toàn giao thông đường bộ (sau đây viết gọn là Luật TTATGTĐB)": each later "Luật
            # TTATGTĐB", which the named finder reads as a law of that name and no gazetteer knows, is that law
            # (one the gazetteer knows, "Luật thuế TNDN", is resolved as a name)
            _refer_found(src, kept, m.end(), _printed(src, m), law, unresolved=True)
            continue
        printed = _alias_text(src, m)
        document = _aliased(src, kept, m) if printed else None
        approver = _approver(src, kept, m) if printed is not None and document is None else None
        if printed is not None and approver is not None and (issuer := approver.issuer) is not None:
            # "Quyết định số 407/QĐ-TTg … phê duyệt Đề án “…” (sau đây gọi tắt là Đề án 407)": the scheme the
            # decision approved, its issuer's
            for d in kept:
                if (
                    d.start > m.end()
                    and d.kind == "named"
                    and d.issuer is None
                    and src.text.startswith(printed, d.start)
                ):
                    d.issuer, d.branch, d.tier = issuer, issuer.branch, issuer.tier
            # and the uses no earlier step found ("(Chương trình MTQG)": "Kinh phí thực hiện Chương trình MTQG")
            for use in _later_uses(src, kept, m.end(), printed, _type_word(src, m), None):
                use.issuer, use.branch, use.tier = issuer, issuer.branch, issuer.tier
                uses.append(use)
        if printed is None or document is None:
            continue
        number = _NUMBER.match(src.folded, m.start("alias") + len(fold(document.doc_type or "")) + 1)
        if number:
            # one named by its number is a short reference, found as one ("Quy định 124"): it is the aliased
            # document's, though another of that number is cited later (124-QĐ/TW of 2018 after that of 2023)
            if document.symbol is not None and document.symbol.number.lstrip("0") == number[1].lstrip("0"):
                _refer_found(src, kept, m.end(), printed, document)
            continue
        kept = [d for d in kept if not m.start() <= d.start < m.end()]
        # "Nghị quyết số 44, 45 và 43-NQ/TW (gọi chung là Nghị quyết Trung ương 8)": its uses name no one document
        referred = None if _collective(src, kept, m, document) else document
        # a use an earlier step found by its own shape ("Nghị quyết Đại hội XVII") is the alias's
        if referred is not None:
            _refer_found(src, kept, m.end(), printed, referred)
        for use in _later_uses(src, kept, m.end(), printed, document.doc_type, referred):
            if referred is None:
                # (the list's documents share the level of the organ their symbols name: "…-NQ/TW")
                use.branch, use.tier = level(document)
            uses.append(use)
    return kept, uses


_ACRONYM = re.compile(r"[A-ZĐ]{3,8}")


def _acronymed(src: Source, mentions: list[Mention], m: re.Match[str]) -> Mention | None:
    """The named document right before a bracket that holds its initials alone ("Bộ luật Lao động năm 2019 (BLLĐ)";
    not "Luật Thuế giá trị gia tăng (GTGT)", whose initials name the tax)."""
    printed = _printed(src, m)
    if m.group("said") is not None or not _ACRONYM.fullmatch(printed):
        return None
    document = next((d for d in reversed(mentions) if d.start < m.start()), None)
    if document is None or document.kind != "named" or not document.name or m.start() - document.end > 12:
        return None
    initials = "".join(w[0] for w in fold(document.name).upper().split())
    return document if initials == fold(printed).upper() else None


def _later_uses(
    src: Source,
    mentions: list[Mention],
    after: int,
    alias: str,
    doc_type: str | None,
    document: Mention | None,
) -> list[Mention]:
    """Each use of the alias after ``after`` that no mention covers, as a whole word, and not in a body's name ("Tổ
    công tác Đề án 06 huyện" is a task force)."""
    taken = Taken([(d.start, d.end) for d in mentions])
    out = []
    at = src.text.find(alias, after)
    while at >= 0:
        stop = at + len(alias)
        if (
            not taken.covers(at, stop)
            and not src.text[stop : stop + 1].isalnum()
            and not _BODY_NAMED_FOR.search(src.window(at - 24, at))
        ):
            out.append(_use(doc_type, document, alias, at, stop))
        at = src.text.find(alias, stop)
    return out


_BODY_NAMED_FOR = re.compile(r"(?<![a-z])(?:to\s+cong\s+tac|ban\s+chi\s+dao|to\s+giup\s+viec)\s*$")


# An abbreviation: two or more capitals ("MTQG", "KH&CN", "ĐTPT"), alone after the type word and its words.
_ABBREVIATION = re.compile(r"(?<!\w)[A-ZĐ][A-ZĐ&-]*[A-ZĐ](?!\w)")


def _abbreviated(printed: str) -> bool:
    """Whether a bracket with no "gọi là" is a short form: a type word with its capital, at most three more words, one
    an abbreviation ("(Chương trình MTQG)"; not "(Kế hoạch được ban hành kèm theo)", "(Quyết định của UBND)", nor a
    class of programmes, "06 chương trình thuộc lĩnh vực KH&CN (chương trình KC)")."""
    words = printed.split()
    return (
        2 <= len(words) <= 4
        and printed[:1].isupper()
        and any(_ABBREVIATION.fullmatch(w) for w in words[1:])
        and not any(w in ("của", "và", "số") for w in words)
    )


def _bare_alias(src: Source, mentions: list[Mention], m: re.Match[str]) -> list[Mention] | None:
    """The later uses of a bare type word a document is given as its alias ("Nghị định số 02/2025/NĐ-CP … (sau đây
    viết tắt là Nghị định)"), or None when the alias says more than its type: each "Nghị định" after it that stands
    alone ("triển khai thi hành Nghị định kịp thời", "(khoản 4 Điều 51 Nghị định)") is that document, but not "Nghị
    định này", "Nghị định số …", "các Nghị định", "Nghị định sửa đổi …"."""
    start, end = m.span("alias")
    printed = src.text[start:end].strip()
    if fold(printed) in _BARE_TYPES:
        # (the last document of that type before it: its title may name others, "… quy định chi tiết … Luật X")
        document = next(
            (
                d.antecedent or d
                for d in reversed(mentions)
                if d.start < m.start()
                and m.start() - d.end < _REACH
                and fold(d.doc_type or "") == fold(printed)
            ),
            None,
        )
    else:
        return None
    if document is None:
        return None
    taken = Taken([(d.start, d.end) for d in mentions])
    uses = []
    at = src.text.find(printed, m.end())
    while at >= 0:
        stop = at + len(printed)
        if (
            not taken.covers(at, stop)
            and not _BARE_BEFORE.search(src.window(at - 16, at))
            and not _BARE_AFTER.match(src.window(stop, stop + 24))
        ):
            uses.append(_use(document.doc_type, document, printed, at, stop))
        at = src.text.find(printed, stop)
    return uses


# The types a bare alias may name: one document each ("Chương trình", "Kế hoạch", "Đề án" alone are as often any
# programme, plan or scheme: annotators of the review set gave 95 of 104 bare "Chương trình" after such an alias no
# mention)
_BARE_TYPES = frozenset(["nghi dinh", "thong tu", "nghi quyet", "quyet dinh", "chi thi", "hiep dinh"])


# Before a bare type word, one of several or another document ("các Nghị định", "dự thảo Nghị định"), or another alias
# ("(sau đây gọi là Hiệp định)"); after it, what
# makes it another document ("Nghị định này", "Nghị định số 12", "Nghị định mới", "Nghị định sửa đổi …").
_BARE_BEFORE = re.compile(r"(?<![a-z])(?:cac|nhung|mot|moi|thao|an|so|tung|the|goi(?:\s+tat)?\s+la)\s+$")
_BARE_AFTER = re.compile(
    r"\s*(?:nay|so|s\S{0,2}\s*\d|\d|moi|khac|lien\s+tich|sua\s+doi|bo\s+sung|thay\s+the|cua\s+(?!chinh\s+phu\b))(?![a-z])"
    r"|[A-ZĐ]"
)


def _abbreviated_law(src: Source, mentions: list[Mention], m: re.Match[str]) -> Mention | None:
    """The law right before an alias that shortens its name to initials ("Luật TTATGTĐB", "Luật PCCC và CNCH"),
    which no gazetteer knows; a law's alias in words is its name ("Luật Bảo hiểm y tế"), resolved as one."""
    start, end = m.span("alias")
    words = src.text[start:end].split()
    if m.group("said") is None or not _LAW.match(src.folded, start):
        return None
    if not any(_ABBREVIATION.fullmatch(w) for w in words[1:]):
        return None
    before = [d for d in mentions if d.start < m.start()]
    law = before[-1].antecedent or before[-1] if before else None
    if law is None or m.start() - before[-1].end > 12 or fold(law.doc_type or "") not in _LAW_TYPES:
        return None
    return law


_LAW_TYPES = frozenset(["luat", "bo luat", "phap lenh"])


def _printed(src: Source, m: re.Match[str]) -> str:
    """The alias as printed, on one line: its later uses are."""
    return " ".join(src.text[slice(*m.span("alias"))].split())


def _alias_text(src: Source, m: re.Match[str]) -> str | None:
    """The alias as printed, if it can be one: a type word and more."""
    start, end = m.span("alias")
    printed = _printed(src, m)
    typed = _typed().match(src.folded, start, end) or _TREATY.match(src.folded, start, end)
    # (its words after the type may all be lower case when the text says it is an alias, the type word capitalised:
    # "(sau đây gọi tắt là Đề án hỏa táng)")
    if (
        typed is None
        or not (
            any(c.isdigit() for c in printed)
            or any(w[:1].isupper() for w in printed.split()[1:])
            or (m.group("said") is not None and printed[:1].isupper())
        )
        # a law's short name is its name, which the gazetteer and its versions resolve ("Luật số 35/2018/QH14, … và
        # Luật số 51/2024/QH15 (sau đây gọi là Luật Bảo hiểm y tế)" is the law as amended, not the last)
        or _LAW.match(src.folded, start)
        # one with a symbol's shape is no short name ("Thông tư số    /2021/TT-NHNN")
        or "/" in printed
        or src.folded.startswith("so ", typed.end() - 1)
    ):
        return None
    return printed


# … or a treaty's word, which types no numbered document: "Hiệp định về … (Hiệp định SPS)"
_TREATY = re.compile(r"(?:hiep\s+(?:dinh|uoc)|cong\s+uoc|nghi\s+dinh\s+thu|thoa\s+thuan)\s+\S")


def _aliased(src: Source, mentions: list[Mention], m: re.Match[str]) -> Mention | None:
    """The document the alias names: the last one before it, of the alias's type ("Thông tư … hướng dẫn Chương trình
    167" after Chương trình 167 names something else), or the one before that which the last issued ("Quy trình … ban
    hành kèm theo Quyết định số 1865/QĐ-TTg … (sau đây gọi tắt là Quy trình liên hồ chứa)")."""
    before = [d for d in mentions if d.start < m.start() and m.start() - d.end < _REACH]
    candidates = before[-1:]
    if len(before) > 1 and _ISSUED_WITH.fullmatch(src.folded, before[-2].end, before[-1].start):
        candidates.append(before[-2])
    for candidate in candidates:
        document = candidate.antecedent or candidate
        if document.doc_type and src.folded.startswith(fold(document.doc_type), m.start("alias")):
            return document
    return None


# (what a document was issued with: "… ban hành kèm theo", "… được ban hành tại")
_ISSUED_WITH = re.compile(r"\s+(?:(?:duoc\s+)?ban\s+hanh\s+)?(?:kem\s+theo|tai|theo)\s+")


def _approver(src: Source, mentions: list[Mention], m: re.Match[str]) -> Mention | None:
    """The document just before an alias of another type whose title approves or issues a document of the alias's
    type ("… phê duyệt Đề án …"), with its issuer known."""
    before = [d for d in mentions if d.start < m.start() and m.start() - d.end < _REACH]
    document = before[-1] if before else None
    if document is None or document.issuer is None or document.title_span is None:
        return None
    kind = fold(_type_word(src, m))
    title = " ".join(src.window(*document.title_span).split())  # (the type word may open a line of it)
    return document if kind and _APPROVES.search(title) and f" {kind}" in f" {title}" else None


def _type_word(src: Source, m: re.Match[str]) -> str:
    """The type word an alias opens with, as printed ("Chương trình" of "Chương trình MTQG")."""
    typed = _typed().match(src.folded, m.start("alias"))
    return src.text[m.start("alias") : typed.end() - 1].strip() if typed else ""


_APPROVES = re.compile(r"(?<![a-z])(?:phe\s+duyet|ban\s+hanh)\s")


def _collective(src: Source, mentions: list[Mention], m: re.Match[str], document: Mention) -> bool:
    """Whether a "gọi chung là" alias names the list before it, the aliased document and others of its type."""
    if "chung" not in src.folded[m.start() : m.start("alias")]:
        return False
    listed = [
        d for d in mentions if m.start() - _REACH <= d.start < m.start() and d.doc_type == document.doc_type
    ]
    return len(listed) >= 2


def _refer_found(
    src: Source, mentions: list[Mention], after: int, alias: str, document: Mention, unresolved: bool = False
) -> None:
    """Uses of the alias after ``after`` that earlier steps found as named mentions point to the document (with
    ``unresolved``, only those no gazetteer resolved)."""
    for d in mentions:
        if (
            d.start > after
            and d.kind == "named"
            and not (unresolved and d.gazetteer_symbol is not None)
            and src.text.startswith(alias, d.start)
            # (a longer name that opens with the alias names another document: "Nghị quyết Đại hội đại biểu Đảng bộ
            # tỉnh …" after "(sau đây gọi tắt là Nghị quyết Đại hội)" of the commune's congress; not "Nghị quyết Đại hội
            # thành kế hoạch", the alias in a sentence the named finder read too far)
            and not _NAME_GOES_ON.match(src.text, d.start + len(alias), d.end)
        ):
            _refer(d, document)


_NAME_GOES_ON = re.compile(r"\s+(?:đại\s+biểu|(?!NĂM\b)[A-ZĐ])")


def _use(doc_type: str | None, document: Mention | None, alias: str, start: int, end: int) -> Mention:
    """A later use of an alias: a mention of the aliased document (of several, when ``document`` is None)."""
    use = Mention("named", start, end, start, end, name=alias, doc_type=doc_type)
    if document is not None:
        _refer(use, document)
    return use


def _refer(use: Mention, document: Mention) -> None:
    use.antecedent = document
    use.year = document.year
    use.gazetteer_symbol = document.symbol.text if document.symbol else document.gazetteer_symbol
