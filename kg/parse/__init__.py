"""Citation parsing: text in, records out. Pure functions, no I/O.

    >>> from kg.parse import parse_document
    >>> doc = parse_document("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")
    >>> c = doc.citations[0]
    >>> c.symbol, c.date, c.relation, c.branch, c.tier
    ('114-KL/TW', '2015-07-14', 'implements', 'party', 'central')

Steps, one module each: ``text`` (offset-keeping views), ``symbols`` (find and normalise số ký hiệu),
``typewords`` (the type word before a number or name), ``find`` (numbered mentions with their type word,
date, issuer and title), ``named`` (documents cited by name), ``short`` and ``aliases`` (references back),
``relations`` (the governing verb and links between cited documents), ``header`` (the document's own identity).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import cast

from kg import registry
from kg.folding import fold
from kg.models import Branch, Citation, Header, Link, Organ, ParsedDocument, Tier
from kg.parse.aliases import aliases
from kg.parse.approved import approved_by_title
from kg.parse.blanks import blanks
from kg.parse.dates import iso_date
from kg.parse.find import Mention, Taken, anaphora, numbered, orphans, titles_through_links
from kg.parse.header import number_line, parse_header, this_type, type_line_below
from kg.parse.issuers import Issuer
from kg.parse.letters import letters
from kg.parse.named import named
from kg.parse.relations import LinkFound, assign, changed_by_an_organ, changed_by_itself, sentence_start
from kg.parse.sections import basis_column, column_item, proposals, repeal_lists, site_title
from kg.parse.short import abbreviations, resolve, short
from kg.parse.standards import standards
from kg.parse.symbols import Symbol, normalize_symbol, symbol_key
from kg.parse.text import CAPITALS, Source, fold_view, squash
from kg.parse.typewords import ranks

__all__ = ["normalize_symbol", "parse_document"]

_RECIPIENTS = re.compile(r"\n[\W_]{0,6}N[ơoó][iíìl]\s+nh[aậâéạ]n\s*:", re.IGNORECASE)
# (a recipient's line goes on indented, in brackets or in lower case: "- Ban Thường vụ Đảng ủy Chính phủ⏎  (để báo cáo theo
# Kế hoạch số 05-KH/ĐU),")
_RECIPIENT = re.compile(
    r"[ \t*_]*(?:[-+•–]|L[ưu]u\s*:)[^\n]*(?:\n|$)"
    r"|[ \t]+(?:\(|[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])[^\n]*(?:\n|$)"
)
# Every alternative starts with a plain character, so that the regex engine skips straight to them.
_BEFORE_CAPITAL = rf"(?=\s+[{CAPITALS}\-+•])"
_SENTENCE_END = re.compile(rf"\.{_BEFORE_CAPITAL}|!{_BEFORE_CAPITAL}|\?{_BEFORE_CAPITAL}|\n[ \t]*\n|;")


def _years_of_days(mentions: list[Mention], header: Header) -> None:
    """A day printed without its year ("Công văn số 3495/UBND-NLN ngày 7/9") is the latest such day by the citing
    document's own date: in its year, or the year before when that day is still to come."""
    if header.date is None:
        return
    for m in mentions:
        if m.day_month and m.date is None:
            day = iso_date(*m.day_month, header.date[:4])
            if day is None or day > header.date:
                day = iso_date(*m.day_month, str(int(header.date[:4]) - 1))
            if day:
                m.date, m.year = day, int(day[:4])


def parse_document(text: str) -> ParsedDocument:
    """Find every reference in ``text``; offsets index ``text`` itself."""
    src = Source.of(text)
    header = parse_header(src)
    # a web page's title of the document restates what it cites (an appended English translation cites as the text does)
    text_end = site_title(src.text, header.symbol) or len(src.text)
    limit = min(_body_end(src.text), text_end)
    own = number_line(src)
    zones = [(0, limit), (min(_after_recipients(src.text, limit), text_end), text_end)]
    mentions = [
        m
        for start, end in zones
        for m in numbered(src, end, start)
        if not (
            own and m.sym_start < own[1] and own[0] < m.sym_end
        )  # (OCR signs before its number: "Số: #49 /…")
        and not _NUMBER_LINE_START.fullmatch(src.text, src.text.rfind("\n", 0, m.start) + 1, m.start)
    ]
    mentions += orphans(src, mentions)
    taken = Taken([(m.start, m.end) for m in mentions])
    mentions += [m for start, end in zones for m in letters(src, end, taken, start)]
    mentions += [m for start, end in zones for m in blanks(src, end, taken, start, header.doc_type)]
    mentions += [m for start, end in zones for m in standards(src, end, taken, start)]
    taken = Taken([(m.start, m.end) for m in mentions])
    mentions += [m for start, end in zones for m in named(src, end, taken, start)]
    amended_inside = (
        _amended_inside(src, mentions) + _amending_list(src, mentions) + _named_aside(src, mentions)
    )
    # the laws inside an amending law's name; numbered ones are in already, and bring the amending law named for them
    inner = [m for _, m in amended_inside]
    present = {id(m) for m in mentions}  # (a bracketed name's laws are read already)
    mentions += list({id(a): a for a, law in amended_inside if law.kind == "numbered"}.values())
    taken = Taken([(m.start, m.end) for m in mentions])
    mentions += [m for m in inner if m.kind == "named" and id(m) not in present]
    mentions += [m for start, end in zones for m in short(src, end, taken, start)]
    mentions.sort(key=lambda m: m.start)
    if header.symbol is None:
        header = _named_by_annex(src, mentions, header) or header
    mentions = _drop_overlaps(
        src, [m for m in mentions if not _is_own(src, m, header, own) and not _site_licence(src, m)], inner
    )
    mentions = _without_repeated_heads(src, mentions)
    _years_of_days(mentions, header)
    mentions = _drop_overlaps(
        src,
        sorted(
            mentions + anaphora(src, mentions, zones) + abbreviations(src, mentions, zones),
            key=lambda m: m.start,
        ),
        inner,
    )
    mentions, uses = aliases(src, resolve(_without_bracket_aliases(src, mentions)))
    # (an alias used in the "Nơi nhận" list, "- Tổ công tác Đề án 06 tỉnh;", names a recipient)
    uses = [u for u in uses if any(start <= u.start < end for start, end in zones)]
    if uses:
        mentions = sorted(mentions + uses, key=lambda m: m.start)
    approved_by_title(src, mentions)
    _damaged_repeats(src, mentions)
    laws = _law_names(src, mentions)
    links = assign(src, mentions) + _amended_by_name(mentions, laws, amended_inside)
    links += _changed_by_another(src, mentions, header)
    # "V. ĐỀ XUẤT, KIẾN NGHỊ … Bãi bỏ Thông tư X": a request; a Tờ trình is one throughout ("… ban hành Quyết định
    # mới thay thế Quyết định X là cần thiết": what it proposes changes X, it does not)
    for start, end in [(0, limit)] if header.doc_type == "Tờ trình" else proposals(src, limit):
        for m in mentions:
            if start <= m.start < end and (
                (m.relation in _CHANGES and not changed_by_itself(src, m))
                # "2. Đề nghị UBND huyện … cụ thể hóa Kế hoạch X": others are asked to carry X out
                or (m.relation == "implements" and _REQUEST.match(src.window(m.sentence_start, m.start)))
            ):
                m.relation = "cites"
    # "Phụ lục I⏎DANH MỤC VĂN BẢN … BÃI BỎ TOÀN BỘ⏎…⏎1. Thông tư số 28/2005/TT-LĐTBXH …": each item is repealed
    for start, end in repeal_lists(src):
        for m in mentions:
            if (
                start <= m.start < end
                and m.relation == "cites"
                and (
                    _ITEM_OPENING.fullmatch(src.window(m.sentence_start, m.start)) or _opens_row(src, m.start)
                )
            ):
                m.relation = "repeals"
    # "**Căn cứ pháp lý**⏎…⏎- Luật Bảo vệ môi trường năm 2020;⏎- Nghị định số 08/2022/NĐ-CP …": a flattened table's
    # basis column, each item under it a row's legal basis
    # (an appendix below the signature holds it as often as the body does)
    if (column := basis_column(src, text_end)) is not None:
        for m in mentions:
            if m.start > column and m.relation == "cites" and column_item(src, m.start):
                m.relation = "based_on"
    # "…; các nội dung khác của Nghị quyết nói trên giữ nguyên hiệu lực": what is kept in force is not changed
    for m in mentions:
        if m.relation in _CHANGES and _KEPT.match(src.window(m.tail_end, m.tail_end + 40)):
            m.relation = "cites"
    # "2. Đề nghị UBND huyện chỉ đạo …; rà soát, sửa đổi Quyết định X": the request goes on past its ";"; "- Bộ Tài
    # chính sửa đổi, bổ sung Thông tư X": an organ's task, as a resolution assigns it
    for m in mentions:
        if m.relation in _CHANGES and (
            changed_by_an_organ(src, m)
            or (
                m.sentence_start >= 0
                and _REQUEST.match(src.window(m.sentence_start, m.start))
                and not changed_by_itself(src, m)
            )
        ):
            m.relation = "cites"
    for m in mentions:  # a plan's "hướng dẫn thực hiện Nghị định X" is a task of carrying X out
        if m.relation == "guides":
            # "Thông tư này hướng dẫn thi hành Nghị định X", "Nghị định này quy định chi tiết Luật Y": the gold's
            # mention relations have no "guides" (a link between two cited documents has); guidance on carrying X
            # out, and the details of Y, carry them out (annotators: 30 to 12 over the review set)
            m.relation = "implements" if header.doc_type in _GUIDING or header.doc_type in _PLANS else "cites"
    named_cities: dict[str, Issuer] = {}
    for m in mentions:
        if m.antecedent is None:
            if m.issuer is not None:
                m.issuer = _own_city(m.issuer, header, m.date)
                m.issuer = _city_named_before(m.issuer, named_cities)
            _classify(m, header)
        elif m.branch is None or (m.antecedent.tier and m.tier != m.antecedent.tier):
            # a reference back is what it points to, at its level: "Nghị quyết Đại hội XIII" (an alias) is the
            # national congress's, whatever its own short shape would say
            m.branch, m.tier = m.antecedent.branch, m.antecedent.tier
    _share_other(mentions)
    _same_as_stated(mentions)
    _types_as_named(src, mentions)
    _level_of_approving(src, mentions)
    links = _changed_by_its_peer(mentions, links)
    _changed_by_its_organ(mentions, links)
    titles_through_links(src, mentions, {(lk.source, lk.target) for lk in links})
    # undated (OCR lost the date line), the document is no older than the latest document it cites
    day = (
        header.date
        or (f"{header.year}-12-31" if header.year else None)
        or max((m.date for m in mentions if m.date and m.antecedent is None), default=None)
    )
    # the version a mention names by its date ("Bộ luật Lao động ngày 20 tháng 11 năm 2019") is the one the
    # document means by the bare name too
    dated = {m.name: m.gazetteer_symbol for m in mentions if m.kind == "named" and m.name and m.date}
    # an assembly's law names the laws as they stand when it takes effect: those passed by its own day
    passed = header.date if header.issuer in {registry.organs()[c].name for c in ("QH", "UBTVQH")} else None
    # … and so does one named by its year before ("Luật Ngân sách nhà nước năm 2025 … Luật Ngân sách nhà nước")
    stated: dict[str, str] = {}
    for m in mentions:  # else a law's name means the version in force when the document was written
        if m.kind == "named" and m.gazetteer_symbol and m.name and m.date is None:
            if m.year is None and (m.name in stated or m.name in dated):
                m.gazetteer_symbol = stated.get(m.name) or dated[m.name]
            elif m.year is None and m.relation in ("guides", "implements") and header.year:
                # a decree details a law passed but not yet in force: the latest passed by its year
                m.gazetteer_symbol = registry.law_passed_by(m.name, m.gazetteer_symbol, header.year)
            else:
                m.gazetteer_symbol = registry.law_version(
                    m.name, m.gazetteer_symbol, m.year, day, passed if m.year is None else None
                )
        if m.kind == "named" and m.name and m.gazetteer_symbol and (m.year or m.date):
            stated[m.name] = m.gazetteer_symbol
    for link in links:  # "Thông tư 156/2013 hướng dẫn … Luật Quản lý thuế": a law passed by 2013, not of 2019
        source, target = mentions[link.source], mentions[link.target]
        if _version_unknown(target) and source.year:
            target.gazetteer_symbol = registry.law_passed_by(
                target.name or "", target.gazetteer_symbol, source.year
            )
    _named_as_numbered(mentions, laws)
    for (
        link
    ) in links:  # "Luật Ngân sách nhà nước số 89/2025/QH15, 83/2015/QH13 … Nghị định 163/2016 quy định chi
        # tiết … Luật ngân sách nhà nước": the text's number later than the decree is not the law it details
        source, target = mentions[link.source], mentions[link.target]
        if _version_unknown(target) and source.year and _later_than(target.gazetteer_symbol, source.year):
            symbol = registry.law_passed_by(target.name or "", target.gazetteer_symbol, source.year)
            target.gazetteer_symbol = None if _later_than(symbol, source.year) else symbol
    for m in mentions:
        if m.branch == "other" and m.symbol and m.sym_end > 0:
            m.symbol = _as_printed(m.symbol, src.text[m.sym_start : m.sym_end])
    _approved_by_a_cited_decision(mentions)
    for link in links:
        target, source = mentions[link.target], mentions[link.source]
        if target.kind == "named" and target.branch is None:
            target.branch, target.tier = source.branch, source.tier
    for m, after in itertools.pairwise(mentions):
        # "Đề án Văn hóa công vụ (ban hành kèm) theo Quyết định số 1847/QĐ-TTg": the scheme is the approver's
        if (
            m.kind == "named"
            and m.branch is None
            and after.branch
            and _APPROVED_BY.fullmatch(src.window(m.end, after.start))
        ):
            m.branch, m.tier = after.branch, after.tier
    for m in mentions:
        if m.branch is None:
            m.branch, m.tier = _national_scheme(src, m) or (header.branch, m.tier or header.tier)
    mentions, links = _unnumbered_folded(mentions, links)
    index = {id(m): i for i, m in enumerate(mentions)}
    squashed: dict[tuple[int, int], str] = {}
    citations = tuple(_citation(src, m, header, limit, index, _evidence(src, m, squashed)) for m in mentions)
    # one link per (source, target, relation): two steps may read one passive ("… được sửa đổi bởi …")
    distinct: dict[tuple[int, int, str], LinkFound] = {}
    for lk in links:
        distinct.setdefault((lk.source, lk.target, lk.relation), lk)
    return ParsedDocument(
        header=header,
        citations=citations,
        links=tuple(
            Link(
                lk.source,
                lk.target,
                lk.relation,  # type: ignore[arg-type]
                src.to_original(lk.start),
                src.to_original(lk.end),
                citations[lk.target].sentence,
            )
            for lk in distinct.values()
            if _key(citations[lk.source]) != _key(citations[lk.target])
        ),
    )


def _unnumbered_folded(
    mentions: list[Mention], links: list[LinkFound]
) -> tuple[list[Mention], list[LinkFound]]:
    """The mentions without the references back that print no number ("Quyết định nói trên"), and the links they
    took part in moved to the documents they point to ("Chương trình số 19-CTr/TU … thực hiện Nghị quyết nói trên":
    the programme carries out the resolution named before). Such a reference is read, for what the sentence says,
    but it is no citation of its own: the annotators left 35 of 37 out over the review set."""
    if not any(m.unnumbered for m in mentions):
        return mentions, links
    position = {id(m): i for i, m in enumerate(mentions)}

    def pointed(i: int) -> int:
        m = mentions[i]
        while m.unnumbered and m.antecedent is not None and id(m.antecedent) in position:
            m = m.antecedent
        return position[id(m)]

    kept = [i for i, m in enumerate(mentions) if not m.unnumbered]
    new_index = {old: new for new, old in enumerate(kept)}
    moved = [
        replace(lk, source=new_index[source], target=new_index[target])
        for lk in links
        if (source := pointed(lk.source)) in new_index
        and (target := pointed(lk.target)) in new_index
        and source != target
    ]
    return [mentions[i] for i in kept], moved


def _body_end(text: str) -> int:
    """Where the "Nơi nhận" distribution list starts (recipients are not citations)."""
    found = [m.start() for m in _RECIPIENTS.finditer(text, len(text) // 3)]
    return found[-1] if found else len(text)


def _key(c: Citation) -> str:
    return _symbol_key(c.symbol) if c.symbol else c.name or c.surface


@lru_cache(maxsize=1 << 16)
def _symbol_key(symbol: str) -> str:
    """``symbol_key``, remembered: every mention is compared with the header, and symbols repeat a lot."""
    return symbol_key(symbol)


_NUMBER_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t*_]*s[o0]\s*:\s*$")


def _is_own(src: Source, m: Mention, header: Header, own: tuple[int, int] | None) -> bool:
    """The document's own symbol is not a citation where the text plainly means the document itself: with
    the document's own date, "(Kèm theo Kế hoạch số 157/KH-UBND …)" above an appendix or a form, or above its
    number line (``own``), in a web page's title.

    A mention of the same symbol with another day stays (numbers start again every year), and so does one of
    another type or in a document whose header is undated (a misread header must not cost a real citation). A law's enacting formula ("Quốc hội ban hành Luật Thuế xuất
    khẩu.") names the law itself."""
    if m.number is not None:  # "(Kèm theo Kế hoạch số 45 …)" in plan 45/KH-UBND; not "Thông tư liên tịch số
        # 01/2017" (an alias) in 01/2022/TTLT-…, whose year is another
        return (
            m.doc_type == header.doc_type
            and (header.number or "").lstrip("0") == m.number.lstrip("0")
            and not (m.year and header.year and m.year != header.year)
        )
    if m.kind == "named" and _own_type_line(src, m, header):
        return (
            True  # "NGHỊ QUYẾT⏎Đại hội đại biểu Đảng bộ xã … lần thứ XXIV": the congress's resolution itself
        )
    if (
        m.kind == "named"
    ):  # in the preamble: later ones are quoted formulas of other laws (consolidated texts)
        return (
            m.start < _PREAMBLE
            and header.doc_type in ("Luật", "Bộ luật")
            and _ENACTED.search(src.window(m.start - 24, m.start)) is not None
            and '"' not in src.window(m.end, m.end + 60).partition("\n")[0]  # a quoted one is another law's
        )
    if m.symbol is not None and _attached_number(src, m):
        return True
    if (
        m.symbol is not None
        and m.symbol.type_code == "VBHN"
        and _NUMBER_LINE_BEFORE.search(src.window(m.start - 12, m.start))
    ):
        return True  # "Số: 06/VBHN-BYT⏎XÁC THỰC VĂN BẢN HỢP NHẤT": a consolidated text's own number, in its last block
    if m.symbol is None or not header.symbol:
        return False
    under_annex = _UNDER_ANNEX.search(src.window(m.start - 40, m.start)) is not None
    if "?" in header.symbol:  # a header number OCR spoiled ("?4/KH-VP"): its annexes still say which
        return under_annex and _fits(fold(m.symbol.text), fold(header.symbol))
    if _symbol_key(m.symbol.text) != _symbol_key(header.symbol):
        return False
    # a symbol with its year names one document only ("… được sửa đổi bởi Thông tư 13/2020/TT-BTC, Thông tư
    # 06/2026/TT-BTC" in the annexes of 06/2026/TT-BTC itself)
    own_year = m.symbol.year is not None and m.symbol.form in ("normative", "assembly")
    return (
        own_year
        or bool(m.date and m.date == header.date)
        or under_annex
        or _running_header(src, m)
        or (own is not None and m.end <= own[0])
        # "Văn phòng … kiểm tra việc thực hiện Kế hoạch số 215/KH-UBND" in plan 215/KH-UBND, undated, of its type
        or (m.date is None and m.doc_type == header.doc_type and header.date is not None)
    )


def _own_type_line(src: Source, m: Mention, header: Header) -> bool:
    """Whether a named mention opens at the document's own type line, in capitals alone on its line, in the header,
    or is a law's type line that names it ("DỰ THẢO⏎LUẬT THUẾ GIÁ TRỊ GIA TĂNG")."""
    line = src.text[m.start : src.text.find("\n", m.start)].strip(" \t*#_")
    lines = src.text[m.start : src.text.find("\n", m.end)].strip(" \t*#_")
    typed = re.sub(r"\s+", "", fold_view(m.doc_type or ""))
    named = typed + re.sub(r"\s+", "", fold_view(header.title or ""))
    return (
        m.start < _PREAMBLE
        and not src.text[src.text.rfind("\n", 0, m.start) + 1 : m.start].strip(" \t*#_")
        and header.doc_type == m.doc_type
        and line.isupper()
        and (
            re.sub(r"\s+", "", fold_view(line)) == typed
            or (lines.isupper() and _BILL_MARK.sub("", re.sub(r"\s+", "", fold_view(lines))) == named)
        )
    )


_BILL_MARK = re.compile(r"^duthao")


# "(Kèm theo Quyết định số …)", "(Ban hành kèm Nghị quyết số …)": an annex names the document it belongs to.
_UNDER_ANNEX = re.compile(r"(?<![a-z])kem(?:\s+theo)?(?![a-z])")
# … on its caption line, the bracket opening it: "*(kèm⏎theo Công văn số 4001/UBND-ĐT ngày …)*".
_ANNEX_CAPTION = re.compile(r"\(\s*(?:ban\s+hanh\s+)?kem\s+theo\s*$")


def _named_by_annex(src: Source, mentions: list[Mention], header: Header) -> Header | None:
    """The identity of a letter whose header prints no number (copied from a web page without its letterhead),
    from the caption of an annex after its signature: "PHỤ LỤC … (Kèm theo Công văn số 4001/UBND-ĐT ngày 24 tháng
    11 năm 2025 …)" names the letter it is attached to. A decree's or a circular's annex may be another one's, the
    one it amends ("Mẫu số 01 (Kèm theo Thông tư số 86/2024/TT-BTC)"), and before the signature such a caption
    may be a form quoted. A text that opens with such a caption under the annex's own heading ("PHỤ LỤC VIII⏎HƯỚNG
    DẪN KÊ KHAI C/O⏎(ban hành kèm theo Thông tư số 40/2015/TT-BCT …)") is that document's annex, whatever its type."""
    for k, m in enumerate(mentions):
        if m.symbol is None or not _ANNEX_CAPTION.search(src.window(m.start - 40, m.start)):
            continue
        if k == 0 and _opens_the_text(src, m):
            issuer = m.issuer
            return replace(
                header,
                symbol=m.symbol.text,
                number=m.symbol.number,
                type_code=m.symbol.type_code,
                issuer_codes=m.symbol.issuer_codes,
                doc_type=m.doc_type,
                date=m.date,
                year=m.symbol.year or (int(m.date[:4]) if m.date else None),
                issuer=header.issuer or (issuer.name if issuer else None),
                branch=header.branch or cast(Branch | None, issuer and issuer.branch),
                tier=header.tier or cast(Tier | None, issuer and issuer.tier),
                title=m.title,
            )
        if m.doc_type == "Công văn" and _RECIPIENTS.search(src.text, 0, m.start):
            return replace(
                header,
                symbol=m.symbol.text,
                number=None if "?" in m.symbol.number else m.symbol.number,  # "49# /TCT-KK": a digit unread
                unread=header.unread + (("number",) if "?" in m.symbol.number else ()),
                type_code=m.symbol.type_code,
                issuer_codes=m.symbol.issuer_codes,
                doc_type=m.doc_type or header.doc_type,
                date=header.date or m.date,
                year=header.year or m.symbol.year or (int(m.date[:4]) if m.date else None),
            )
    return None


# What may stand above an annex's caption at the top of a text: its heading and name, a few lines that are no
# sentence (none ends in a stop, a colon or a comma).
_ANNEX_HEADING_LINES = 6
_ANNEX_HEADING_CHARS = 400


def _opens_the_text(src: Source, m: Mention) -> bool:
    """Whether the caption of ``m`` opens its line under no more than an annex's heading at the top of the text."""
    caption = src.text.rfind("(", 0, m.start)
    above = src.text[:caption]
    lines = [line.strip(" \t*_#") for line in above.split("\n")]
    return (
        not lines[-1]
        and len(above.strip()) <= _ANNEX_HEADING_CHARS
        and len([line for line in lines if line]) <= _ANNEX_HEADING_LINES
        and not any(line.endswith((".", ";", ":", ",")) for line in lines)
    )


# How often a long line in capitals must be printed whole to be a page's running head (a comparison table's column
# titles on every page: "THÔNG TƯ 104/2014/TT-BTC NGÀY 6/8/2014 THÔNG TƯ 60/2012/TT-BTC NGÀY 12/4/2012"; a short one,
# "QCVN 02:2019" alone, is a table's cell as often).
_RUNNING_HEAD_REPEATS = 3
_RUNNING_HEAD_CHARS = 30


def _without_repeated_heads(src: Source, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those on a page's running head after its first printing."""
    heads: dict[int, tuple[str, int]] = {}  # a mention's line in capitals, and where that line starts
    for m in mentions:
        start = src.text.rfind("\n", 0, m.start) + 1
        end = src.text.find("\n", m.end)
        line = src.text[start : end if end >= 0 else len(src.text)].strip()
        if len(line) >= _RUNNING_HEAD_CHARS and not any(c.islower() for c in line):
            heads[id(m)] = (line, start)
    if not heads:
        return mentions
    printed = Counter(line.strip() for line in src.text.split("\n"))
    first: dict[str, int] = {}
    return [
        m
        for m in mentions
        if (head := heads.get(id(m))) is None
        or printed[head[0]] < _RUNNING_HEAD_REPEATS
        or first.setdefault(*head) == head[1]
    ]


# A web portal's footer, around the licence it runs under: its managing body, the credit it asks for, its address.
_SITE_FOOTER = re.compile(r"co\s+quan\s+chu\s+quan|ghi\s+ro\s+nguon|ban\s+quyen|©|email\s*:|dia\s+chi\s*:")
_FOOTER_LINE_BEFORE = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[^\n]*\Z")
_FOOTER_LINE_AFTER = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[^\n]*")


def _site_licence(src: Source, m: Mention) -> bool:
    """Whether ``m`` is the licence a web page's footer names ("Giấy phép số 58/GP-TTĐT … của Cục …" under "Cơ quan
    chủ quản: …"): the portal's, page furniture, not a document the text cites."""
    if m.symbol is None or m.symbol.type_code != "GP":
        return False
    # its line and the lines beside it, past the blank ones a cell's "<br>" leaves
    before = _FOOTER_LINE_BEFORE.search(src.text, 0, m.start)
    after = _FOOTER_LINE_AFTER.match(src.text, m.end)
    start, end = before.start() if before else 0, after.end() if after else len(src.text)
    return _SITE_FOOTER.search(src.window(start, end)) is not None


def _running_header(src: Source, m: Mention) -> bool:
    """Whether the own symbol stands in a page's running header: "UBND TỈNH AN GIANG - 1250/QĐ-UBND    2" (no type
    word before it, the organ in capitals beside it, nothing in lower case on its line), or "Sở Nội vụ - Báo cáo số
    1205/BC-SNV" (the organ, a dash, the document's type and number, and nothing after it on its line)."""
    start = src.text.rfind("\n", 0, m.start) + 1
    end = src.text.find("\n", m.end)
    before, after = src.text[start : m.start], src.text[m.end : end if end >= 0 else len(src.text)]
    if m.start == m.sym_start and any(c.isupper() for c in before + after):
        return not any(c.islower() for c in before + after)
    return m.date is None and not after.strip(" \t|0123456789") and _ORGAN_DASH.search(before) is not None


_ORGAN_DASH = re.compile(r"^[ \t*_]*[^\W\d_][^\n]{1,60}?\s[-–]\s")


# The number line of a document printed after the first one in the same file (a decision and the regulation it
# issues): "Số" opens its line ("**Số:**", OCR "Sé"), the place and date may follow the symbol.
_NUMBER_WORD_LINE = re.compile(r"[\s*_#|]*s\S{0,2}\s*:?[\s*_]*")
_AFTER_OWN_NUMBER = re.compile(r"[ \t*_]*(?:$|[^\n]{0,40},[ \t]*ng\S{0,3}y\b)")
_PLACE_AND_DAY = re.compile(r"[ \t*_]*[^\n,]{2,40},[ \t]*ng\S{0,3}y[ \t]*[\d.…]{1,3}[ \t]*th\S{0,3}ng\b")
_MOTTO = re.compile(r"\s*c[o0]ng\s+h[o0]a\s+x[a]\s+h[o0]i\s+ch[u]\s+ngh[il]a")


def _attached_number(src: Source, m: Mention) -> bool:
    """Whether ``m`` is the number line of a document the file holds after the first one: "Số 15-QĐi/TU   Thanh Hóa,
    ngày …" on its own line, a type line ("QUY ĐỊNH") a few lines below."""
    line_start = src.text.rfind("\n", 0, m.sym_start) + 1
    if m.sym_start - line_start > 12 or not _NUMBER_WORD_LINE.fullmatch(src.window(line_start, m.sym_start)):
        return False
    line_end = src.text.find("\n", m.sym_start)
    line_end = len(src.text) if line_end < 0 else line_end
    if m.end > line_end or "S" not in src.text[line_start : m.sym_start]:  # "…kèm theo Quyết định⏎số 12/…"
        return False
    after = src.window(m.end, line_end)
    return _AFTER_OWN_NUMBER.match(after) is not None and (
        type_line_below(src.text, line_end)
        # a letter has no type line: its place and day beside the number ("Số: 1193/CT-TTHT Trà Vinh, ngày 12 tháng 6
        # năm 2019"), or the national motto under it, make the line a header
        or _PLACE_AND_DAY.match(after) is not None
        or _MOTTO.match(src.window(line_end, line_end + 60)) is not None
    )


def _fits(symbol: str, pattern: str) -> bool:
    """Whether ``symbol`` is ``pattern`` read where it has "?": "94/kh-vp" fits "?4/kh-vp"."""
    return len(symbol) == len(pattern) and all(p in ("?", c) for c, p in zip(symbol, pattern, strict=True))


_PREAMBLE = 4000
_ENACTED = re.compile(r"(?:^|\n)[\s\W]*quoc\s+hoi\s+ban\s+hanh\s+$")


def _after_recipients(text: str, start: int) -> int:
    """End of the "Nơi nhận" list that starts at ``start``: what follows it (signature, footnotes, appendices,
    forms) is read again, the recipients themselves are not."""
    if start >= len(text):
        return start
    pos = text.find("\n", text.find(":", start)) + 1 or len(text)
    while m := _RECIPIENT.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    return pos


_SAID_ABOVE = re.compile(r"[\s,]*(?:n[eêói]\S{0,2}u|n[oó]i)\s+tr[eê]n\b", re.IGNORECASE)


def _damaged_repeats(src: Source, mentions: list[Mention]) -> None:
    """A symbol OCR damaged where the text says it was cited above ("công văn số 16/2017/CV- O nêu trên"): the one
    cited above with its number, year and first code."""
    seen: dict[tuple[str, int | None, str], list[Symbol]] = {}
    texts = set()
    for m in mentions:
        sym = m.symbol
        if m.kind != "numbered" or sym is None:
            continue
        key = (sym.number.lstrip("0"), sym.year, sym.type_code or next(iter(sym.issuer_codes), ""))
        earlier = {s.text: s for s in seen.get(key, [])}
        if sym.text not in texts and len(earlier) == 1 and _SAID_ABOVE.match(src.text, m.tail_end):
            m.symbol = sym = replace(next(iter(earlier.values())), repaired=True)
        seen.setdefault(key, []).append(sym)
        texts.add(sym.text)


def _drop_overlaps(src: Source, mentions: list[Mention], inner: list[Mention]) -> list[Mention]:
    """Mentions that do not overlap, but for the laws named inside an amending law's name (``inner``); a named
    one in brackets right after the same document named in full ("Đề án phát triển ứng dụng dữ liệu về dân cư …
    (Đề án 06)") is its short name, no second mention, and so is its own symbol repeated there; nor is a named one
    whose number follows it in brackets."""
    out: list[Mention] = []
    kept = {id(m) for m in inner}
    reach = -1  # the furthest end so far: an amending law's name holds the laws it names
    for m in mentions:
        if m.start < reach and m.kind == "named" and id(m) not in kept:
            continue
        if (
            out
            and m.kind == out[-1].kind == "named"
            and m.name == out[-1].name
            and src.text[out[-1].end : m.start].strip() == "("
        ):
            continue
        if (  # "Nghị quyết số 19-NQ/TW ngày … của Ban Chấp hành Trung ương Đảng (Nghị quyết số 19-NQ/TW)": its short name
            out
            and m.symbol is not None
            and out[-1].symbol is not None
            and m.symbol.text == out[-1].symbol.text
            and src.text[max(out[-1].end, out[-1].tail_end) : m.start].strip() == "("
        ):
            continue
        row_document = (
            _row_document(src, m, out)
            if m.kind == "named" and m.gazetteer_symbol is None and m.antecedent is None
            else None
        )
        if row_document is not None:  # its trích yếu is its title
            cell_end = src.text.find("|", m.start)
            row_document.title = row_document.title or squash(src.text[m.start : cell_end])
            continue
        if out and m.start < out[-1].end and out[-1].kind == "named" and id(m) not in kept:
            out.pop()
        elif (
            out
            and m.kind == "numbered"
            and out[-1].kind == "named"
            and id(out[-1]) not in kept
            and out[-1].doc_type == m.doc_type
            and src.text[out[-1].end : m.start].strip() == "("
        ):
            out.pop()  # "Nghị quyết Trung ương 7 khóa XI (Nghị quyết số 25-NQ/TW …)": the name, then its number
        out.append(m)
        reach = max(reach, m.end)
    return out


def _row_document(src: Source, m: Mention, before: list[Mention]) -> Mention | None:
    """The document of the table row whose title a named mention is: "| 4 | 05-ĐA/HU | 10/3/2022 | Đề án nâng cao
    chất lượng … |" lists one scheme, whose trích yếu opens with its type word."""
    line_start = src.text.rfind("\n", 0, m.start) + 1
    row = src.text[line_start : m.start]
    if (
        not row.lstrip(" *").startswith("|")
        or not row.rstrip(" *").endswith("|")
        or "|" not in src.text[m.start :]
    ):
        return None
    return next(
        (
            b
            for b in reversed(before[-4:])
            if b.kind == "numbered" and b.start >= line_start and b.doc_type == m.doc_type
        ),
        None,
    )


def _city_named_before(issuer: Issuer, named: dict[str, Issuer]) -> Issuer:
    """A city's body named by its level word alone after the text named it with its city ("… của UBND thành phố Buôn
    Ma Thuột …; chỉ đạo của UBND thành phố tại …") is that city's, at its level; ``named`` remembers them, by the name
    before the city's."""
    if issuer.jurisdiction is not None and issuer.tier and (cut := issuer.name.find(" thành phố ")) > 0:
        named.setdefault(issuer.name[: cut + len(" thành phố")], issuer)
    elif issuer.jurisdiction is None and (earlier := named.get(issuer.name)) is not None:
        return replace(issuer, tier=earlier.tier, jurisdiction=earlier.jurisdiction)
    return issuer


def _own_city(issuer: Issuer, header: Header, cited: str | None) -> Issuer:
    """A city's body named by its level word alone ("Ban Thường vụ Thành ủy", "Thành đoàn", "Ủy ban nhân dân thành phố") in a
    document of a city's body is that city's: a city under a province is of a district's level (Buôn Ma Thuột), one
    under the centre of a province's; named alone in any other document, the level word says neither, unless both
    documents (``cited``: the cited one's date) are of the two-level government, whose only cities are the centre's."""
    if issuer.jurisdiction is not None or not issuer.name.endswith(("thành phố", "Thành ủy", "Thành đoàn")):
        return issuer
    if (
        header.jurisdiction
        and header.issuer
        and header.tier in ("district", "province")
        and (
            "Thành ủy " in header.issuer
            or "thành phố " in header.issuer
            # (a city under the centre's Party committee reads as a province's: "Tỉnh ủy Hải Phòng")
            or (
                (city := registry.find_province(header.jurisdiction)) is not None and city.kind == "thành phố"
            )
        )
    ):
        return replace(issuer, tier=header.tier, jurisdiction=header.jurisdiction)
    if (
        header.tier == "commune"
        and header.district
        and registry.find_district(header.district, header.province, "thành phố") is not None
    ):
        # a ward's document: the city above it, of a district's level ("Ban Thường vụ Thành ủy" in a plan of a ward of
        # Buôn Ma Thuột)
        return replace(issuer, tier="district", jurisdiction=f"{header.district}, {header.province}")
    if (
        header.tier == "commune"
        and header.province
        and (city := registry.find_province(header.province)) is not None
        and city.kind == "thành phố"
    ):
        # … or the city under the centre it is in ("Hội Chữ thập đỏ thành phố" in a plan of a ward of Đà Nẵng)
        return replace(issuer, tier="province", jurisdiction=header.province)
    if header.tier == "commune" and _two_level(header.date) and (cited is None or _two_level(cited)):
        # … which a ward's report of 2026 names alone ("Liên đoàn Lao động Thành phố" in a report of phường Dĩ An)
        return replace(issuer, tier="province")
    return issuer


def _two_level(day: str | None) -> bool:
    """Whether a document of that day is of the two-level local government (from 1 July 2025: no districts)."""
    return day is not None and day >= "2025-07-01"


def _classify(m: Mention, header: Header) -> None:
    """Branch and tier from the symbol's organ codes, the stated issuer, and the citing document's level."""
    issuer = m.issuer
    if m.kind == "named":
        return
    sym = m.symbol
    assert sym is not None
    # a ministry's regulation or a national standard, whatever its code reads as ("QCVN 01:2019/BCT")
    if sym.form == "standard":
        m.branch, m.tier = "state", "central"
        return
    organs = registry.organs()
    known = _known_organs(sym.issuer_codes)
    if sym.form == "congvan" and known and registry.organ(sym.issuer_codes[0]):
        known = known[:1]  # "1234/UBND-THU": a letter's organ, then its drafting unit (Phòng Thu, no Thị ủy)
    branches = {o.branch for o in known}
    # a stated joint issuer speaks for the codes kg does not know ("03-KH/UBKTTU-TTr … của Ủy ban Kiểm tra Tỉnh ủy và
    # Thanh tra tỉnh")
    stated_joint = issuer is not None and issuer.branch == "joint" and len(known) < len(sym.issuer_codes)
    if (
        sym.form == "party"
        and not stated_joint
        and all(o.branch == "state" and (o.tier == "central" or header.tier != "central") for o in known)
        and known
        and not (issuer and issuer.branch == "party")
        # (the citing body's own code in a Party document: "05-KH/BCĐ" in the report "18-BC/BCĐ" of a Huyện ủy's
        # steering committee)
        and not (header.branch == "party" and set(sym.issuer_codes) & set(header.issuer_codes))
        # (a steering committee numbering the Party's way is a Party committee's: "06-KH/BCĐ" of a Tỉnh ủy's steering
        # committee on anti-corruption or on digital transformation; the review set 45 of 45)
        and not any(o.code.startswith("BCĐ") for o in known)
    ):
        # State organs in the Party's shape ("89-TC/TCT" of the Tax Department)
        branch = "state"
    elif sym.form == "party" and (
        branches == {"joint"}
        or (known and known[0].branch == "joint" and known[0].code == sym.issuer_codes[0])
        or (not known and issuer and issuer.branch == "joint")
        or stated_joint
    ):
        # the Front and its member organisations number the Party's way ("08-KH/HND"), their units' codes after
        # theirs ("123-HD/TWĐTN-BTC": the Youth Union's Ban Tổ chức, no Bộ Tài chính)
        branch = "joint"
    elif sym.form == "party":
        # (a Party body's with a State one, or with the Front: "08-KHLT/BDVTU-MTTQ"; a steering committee is the
        # organ's it belongs to, "18-HD/BTGDVTW-BCĐ" the Party's)
        state_side = any(o.branch == "state" and not o.code.startswith("BCĐ") for o in known)
        branch = "joint" if (state_side and "party" in branches) or "joint" in branches else "party"
    elif (issuer and issuer.branch == "other") or (sym.type_code == "CV" and not known):
        branch = "other"
    elif (
        branches == {"party"}
        and (kind := registry.type_codes().get(sym.type_code or ""))
        and kind.system == "state"
    ):
        branch = "state"  # "Công điện số 12/CĐ-TW": a type only the State issues, from a central steering committee
    elif known:  # a joint resolution of State bodies and the Front's presidium is joint too
        branch = "joint" if {"party", "state"} <= branches or "joint" in branches else known[0].branch
    elif issuer and issuer.branch:
        branch = issuer.branch
    else:
        branch = "state"
    tier = None
    if branch != "other":
        lead = known[0] if known else None
        if lead and lead.code in registry.organ_history():  # "1535/CT-TTHT" of 2014: a provincial Cục Thuế
            day = (
                m.date
                or (str(m.year) if m.year else None)
                or header.date
                or (str(header.year) if header.year else None)
            )
            lead = registry.organ_on(lead.code, day)
        # (the symbol's own organ unknown, a known code after it is a drafting unit's: "298/CCCNTY-TY … của Chi cục Chăn
        # nuôi và Thú y tỉnh" is the province's sub-department's, whose Phòng Thú y signs TY as the Cục Thú y does)
        unit_only = lead is not None and lead.code not in (
            sym.issuer_codes[0],
            sym.issuer_codes[0].rstrip("0123456789"),
        )
        if (
            issuer
            and issuer.tier
            and (
                unit_only
                or issuer.code in sym.issuer_codes
                # a code of the 1980s yields to its stated issuer ("Quyết định số 87-CT … của Chủ tịch Hội đồng Bộ
                # trưởng": no Cục Thuế)
                or "/" not in sym.text
                # a body the symbol's codes leave room for; "1520/KH-SNV … của UBND huyện" (the report's closing
                # "Trên đây là báo cáo … Kế hoạch 1520/KH-SNV của UBND huyện") is still the department's
                or (
                    issuer.code in ("UBND", "HĐND", "VP", "BTVTU", "BBT", "BCT")
                    and not (
                        known and all(o.tier and o.branch == "state" and o.code != "UBND" for o in known)
                    )
                )
                # a body registered without a code of its own, named with its place, signs with its own letters, which
                # may spell another's ("612/TTH-NVDTPC … của Thuế tỉnh Thanh Hóa": no Thanh tra huyện)
                or (not issuer.code and issuer.jurisdiction is not None)
                # "TU" is a Thị ủy's code too: "38-KH/TU … của Thị ủy Kiến Tường" is the town's
                or (
                    lead
                    and lead.code in _TOWN_CODES
                    and issuer.branch == "party"
                    and issuer.tier == "district"
                )
                # a mass organisation that signs with one code at every level ("05/KH-HPN … của Hội LHPN huyện",
                # "27-KH/TĐTN … của Ban Thường vụ Thành đoàn" of a province's city); a department's parent (UBND) is no
                # such body
                or (
                    lead
                    and lead.branch == "joint"
                    and (issuer.branch == "joint" or (lead.parent is not None and issuer.code == lead.parent))
                )
                # a Party committee that signs ĐU at any level ("03-TTr/ĐU … của Đảng ủy Chính phủ")
                or (
                    sym.issuer_codes[:1] == ("ĐU",)
                    and issuer.code is not None
                    and issuer.code.startswith("ĐU")
                )
            )
            and not (
                lead and lead.tier == "central" and issuer.code not in sym.issuer_codes and not unit_only
            )
        ):  # a central code is not overruled by a local organ read near it
            tier = issuer.tier
        elif lead and lead.code in header.issuer_codes and lead.code in _LEVELLESS_CODES and header.tier:
            tier = (
                header.tier
            )  # "Kế hoạch số 05-KH/ĐU" in a report of the provincial Đảng ủy that signs ĐU too
        elif lead and lead.tier:
            tier = lead.tier
        elif any(c.endswith("TW") for c in sym.issuer_codes) or (
            lead
            and lead.tier is None
            and lead.branch == "state"
            and any(o.tier == "central" and o.branch == "state" for o in known[1:])
        ):
            # a central body outside the registry (BCĐTW, BTCTW, UBKTTW …), or a steering committee a ministry's code
            # places ("15/CĐ-BCĐ-BNNMT"; not a mass organisation beside a code the centre's office signs too:
            # "08/CTrPH-MTTQ-BHXH")
            tier = "central"
        elif (
            not known
            and header.tier in _LOCAL
            and sym.issuer_codes[:1] == header.issuer_codes[:1]
            and not (issuer and issuer.jurisdiction)
        ):
            # the citing body's own code, unregistered, its issuer named without a place ("2011/QĐ-CTBNI … của Cục
            # trưởng Cục Thuế" in a letter of 2387/QĐ-CTBNI)
            tier = header.tier
        elif issuer and issuer.tier:
            tier = issuer.tier
        elif lead and lead.parent and organs.get(lead.parent) and organs[lead.parent].tier:
            # (a central body's local unit signing with a local body: "118/KH-BĐBP-CAT", the border guards and the
            # province's police)
            tier = next((o.tier for o in known[1:] if o.tier in _LOCAL), organs[lead.parent].tier)
        elif (
            (sym.form == "normative" or (sym.form == "congvan" and not sym.issuer_codes))
            and (kind := registry.type_codes().get(sym.type_code or ""))
            and kind.tier
        ):
            # "Thông tư số 92/2015/TT-BIC": whoever OCR made of the issuer, a ministry's; "13-TTLB": the ministries'
            tier = kind.tier
        else:
            tier = header.tier if header.tier in ("province", "district", "commune") else "province"
    m.branch, m.tier = branch, tier


_LOCAL = frozenset(["province", "district", "commune"])

# A place, a local body or a short number in a scheme's name makes it someone's own ("Đề án phát triển du lịch Hà
# Tĩnh …", "… của Sở Y tế", "Chương trình phối hợp số 45", "Đề án 05"), and so do two bodies' coordination and a local
# government's bonds ("Chương trình phối hợp giai đoạn 2023-2027", "… trái phiếu chính quyền địa phương"); OCR's "huyén"
# folds
_LOCAL_SCHEME = re.compile(
    r"(?<!\w)(?:[Tt]ỉnh|[Tt]hành phố|[Tt]hị trấn|[Qq]uận|(?:[Xx]ã|[Pp]hường|Sở|Ban|Huyện|Tỉnh)\s+[A-ZĐ])"
    r"|^\w+(?:\s+\w+)?\s+\d+$|số\s+\d"
)
_LOCAL_SCHEME_FOLDED = re.compile(r"(?<![a-z])(?:huyen|thi\s+xa|dia\s+ban|dia\s+phuong|phoi\s+hop)(?![a-z])")
# (… or after it: "Đề án “Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2022 - 2025 của tỉnh"; not "… trên địa bàn tỉnh", the
# centre's carried out here)
_LOCAL_AFTER = re.compile(
    r"[ \t]*(?:(?:giai đoạn|đến năm)[\s\d,–-]*)?của\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)"
    r"(?!\w)"
)
_PARTYS = re.compile(r"(?<![a-z])(?:cua\s+dang|co\s+quan\s+dang)(?![a-z])")


def _national_scheme(src: Source, m: Mention) -> tuple[Branch, Tier] | None:
    """A programme, scheme or strategy cited by a name that ties it to no place is the centre's.

    (A commune's or a province's own scheme rarely carries a name of its own: in the review set's local documents,
    annotators read such names, "Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021-2030", as the
    centre's 1,369 times and as a local body's 30.)
    """
    if m.kind != "named" or m.doc_type not in ("Chương trình", "Đề án", "Chiến lược") or not m.name:
        return None
    folded = f" {fold(m.name)} "
    if (
        _LOCAL_SCHEME.search(m.name)
        or _LOCAL_AFTER.match(src.text, m.end)
        or _LOCAL_SCHEME_FOLDED.search(folded)
        or any(f" {name} " in folded for name in registry.province_by_folded_name())
    ):
        return None
    return ("party" if _PARTYS.search(folded) else "state"), "central"


# Codes that bodies of several levels sign with (a province's steering committee 389 as the nation's): the level of
# the citing document's own is its header's.
_LEVELLESS_CODES = frozenset(["ĐU", "ĐUK", "BCĐ389"])
# Party codes a town's or a provincial city's committee uses as a province's does (Thị ủy, Thành ủy: "TU").
_TOWN_CODES = frozenset(["TU", "BDVTU", "BTVTU"])


@lru_cache(maxsize=1 << 14)
def _known_organs(codes: tuple[str, ...]) -> tuple[Organ, ...]:
    """The registry organs among a symbol's codes, remembered: a document cites the same issuers over and over."""
    return tuple(o for c in codes if (o := registry.organ(c) or registry.organ(c.rstrip("0123456789"))))


_AMENDING_NAME = "luat sua doi, bo sung "
# a law's or an ordinance's that amends others named after them ("Pháp lệnh sửa đổi, bổ sung … của Pháp lệnh …")
_AMENDING_NAMES = ("Luật sửa đổi", "Pháp lệnh sửa đổi")
_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_NUMBER_WORD = re.compile(r"\s+s\S{0,2}\s*:?\s*$")


def _version_unknown(m: Mention) -> bool:
    """Whether ``m`` names a law without saying which version: the name alone, resolved to a symbol."""
    return m.kind == "named" and bool(m.name) and bool(m.gazetteer_symbol) and m.year is None


def _later_than(symbol: str | None, year: int) -> bool:
    found = _SYMBOL_YEAR.search(symbol) if symbol else None
    return found is not None and int(found.group(1)) > year


_AMENDED_SINCE = re.compile(r"[\s,(]*(?:da\s+)?d[uw]\S{0,3}c\s+s[uw]\S{0,2}a\s+d")


# (or right after the verb: "Luật sửa đổi Luật Quy hoạch, Luật Đầu tư …"; an ordinance's: "… của Pháp lệnh …")
_OF_LAW = re.compile(
    r"(?<![a-z])(?:c[a-z]{0,2}a|s[uw]a\s+d[oe]i(?:,?\s+b[o]\s+sung)?)\s+(?=(?:(?:b[o]\s+)?lu[a]t|phap\s+lenh)\s)"
)
_ITS_DATE = re.compile(r"\s+(?:ng\S{0,3}y\s*\d|n[a]m\s+(?:19|20)\d\d)")


def _laws_inside(src: Source, m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The laws (and codes) an amending law cited by name names after "của", up to its own date ("Luật sửa đổi, bổ sung
    một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019")."""
    span = src.window(m.start, m.end)
    of = _OF_LAW.search(span)
    if of is None:
        return []
    date = _ITS_DATE.search(span, of.end())
    others = Taken([(o.start, o.end) for o in mentions if o.end <= m.start or o.start >= m.end])
    found = named(
        src, m.start + (date.start() if date else len(span)), others, m.start + of.end(), lower=True
    )
    laws: list[Mention] = []  # (a code's "luật" is no law of its own: "… của Bộ luật Hình sự")
    for law in sorted(found, key=lambda o: (o.start, -o.end)):
        if not laws or law.start >= laws[-1].end:
            laws.append(law)
    return laws


def _amending_list(src: Source, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(amending law, law it amends) for an amending law named by the numbered laws it amends ("Luật sửa đổi, bổ sung
    một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 … ngày 29 tháng 6 năm 2024"): the
    amending law is a mention of its own, by name, dated with the list's date; the laws in it are cited."""
    laws = [m for m in mentions if m.kind == "numbered" and m.doc_type == "Luật" and m.start < m.sym_start]
    out: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(laws):
        first, base = laws[i], max(0, laws[i].start - 60)
        lead = _AMENDING_LEAD.search(src.window(base, first.start))
        chain = [first]
        while i + 1 < len(laws) and _LIST_JOIN.fullmatch(src.window(chain[-1].tail_end, laws[i + 1].start)):
            i += 1
            chain.append(laws[i])
        i += 1
        if lead is None or len(chain) < 2:  # one law's number after the name may be the amending law's own
            continue
        names = [_NUMBER_WORD.sub("", squash(src.text[law.start : law.sym_start])) for law in chain]
        last = chain[-1]
        start = base + lead.start()
        amending = Mention("named", start, last.end, start, last.end, doc_type="Luật")
        amending.name = f"Luật sửa đổi, bổ sung một số điều của {', '.join(names[:-1])} và {names[-1]}"
        amending.date, amending.tail_end = last.date, last.tail_end
        amending.year = int(last.date[:4]) if last.date else None
        amending.branch, amending.tier = "state", "central"
        if last.date:  # the list's date is the amending law's
            last.date, last.end = None, last.sym_end
        out += [(amending, law) for law in chain]
    return out


_AMENDING_LEAD = re.compile(
    r"(?<![a-z])luat\s+sua\s+doi,?\s+bo\s+sung\s+(?:mot\s+so\s+dieu\s+)?cua\s+(?:cac\s+)?$"
)
_LIST_JOIN = re.compile(r"\s*,?\s*(?:va\s+)?")


# "(Luật sửa đổi, bổ sung một số điều của …": a law's name in brackets after its number (folded, OCR'd too)
_AMENDING_ASIDE = re.compile(
    r"\s*\(\s*lu[a]t\s+s\w{1,3}a\s+d\w{1,2}i,?\s+b\w{0,2}\s+sung\s+(?:m\w{1,2}t\s+s\w{0,2}\s+d\w{1,3}u\s+)?c\w{1,2}a\s"
)


def _named_aside(src: Source, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(amending law, law it amends) for a law cited by number and named after it in brackets ("Luật số 97/2025/QH15
    ngày 25/6/2025 (Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn …)"): the
    laws in its name are cited, as in a name before the number."""
    out: list[tuple[Mention, Mention]] = []
    for m in mentions:
        if (
            m.kind != "numbered"
            or m.doc_type != "Luật"
            or not (aside := _AMENDING_ASIDE.match(src.window(m.end, m.end + 80)))
        ):
            continue
        close = src.text.find(")", m.end + aside.end(), m.end + aside.end() + 400)
        if close < 0:
            continue
        out += [
            (m, law) for law in mentions if law.kind == "named" and m.end + aside.end() <= law.start < close
        ]
    return out


def _amended_inside(src: Source, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(amending law, law it amends) for the laws named inside an amending law's name before its number ("Luật
    sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan … số 90/2025/QH15"): each is cited, as when
    the number comes first."""
    out: list[tuple[Mention, Mention]] = []
    if not any(
        m.amending or (m.kind == "named" and (m.name or "").startswith(_AMENDING_NAMES)) for m in mentions
    ):
        return out
    # the day a law was passed identifies it ("Luật Quản lý thuế năm 2012" may be the law as amended that year),
    # unless it is another's, the name standing inside that law's ("Luật sửa đổi, bổ sung … của Luật Quản lý thuế
    # ngày 20 tháng 11 năm 2012")
    dated: dict[tuple[str, int], set[str]] = {}
    end = -1
    for o in sorted((o for o in mentions if o.kind == "named"), key=lambda o: o.start):
        if o.name and o.date and o.start >= end:
            dated.setdefault((fold_view(o.name), int(o.date[:4])), set()).add(o.date)
        end = max(end, o.end)
    for m in mentions:
        if m.kind == "named" and (m.name or "").startswith(_AMENDING_NAMES):
            out += [(m, law) for law in _laws_inside(src, m, mentions)]
            continue
        if not m.amending or m.symbol is None:
            continue
        name = src.window(m.start, m.sym_start)
        others = Taken([(o.start, o.end) for o in mentions if o is not m])
        number_word = _NUMBER_WORD.search(name)
        laws = named(src, m.start + number_word.start() if number_word else m.sym_start, others, m.start + 4)
        own = m.symbol.text
        # "… của Luật Thống kê số 89/2015/QH13" after "Luật Thống kê ngày 23 tháng 11 năm 2015": the number is
        # the amended law's own, and the mention that law's
        owner = next(
            (
                law
                for law in reversed(laws)
                if law.name
                and (
                    law.gazetteer_symbol == own
                    or registry.is_law_version(law.name, own)
                    # (… passed that year, unless the number's own date is another day: "Luật Ban hành văn bản quy
                    # phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi … của Luật Ban hành văn bản quy phạm pháp
                    # luật số 87/2025/QH15 ngày 25 tháng 6 năm 2025")
                    or _passed_that_day(dated.get((fold_view(law.name), m.symbol.year or 0)), m.date)
                )
            ),
            None,
        )
        # "… của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung …": amended since, so its own number
        if owner is None and laws and _AMENDED_SINCE.match(src.window(m.end, m.end + 40)):
            owner = laws[-1]
        if owner is None:
            out += [(m, law) for law in laws]
        else:
            m.start, m.amending = owner.start, False
    return out


def _passed_that_day(days: set[str] | None, date: str | None) -> bool:
    """Whether a law named with one of ``days`` (passed in the number's year) is the one a number dated ``date``
    is."""
    return days is not None and (date is None or date in days)


def _law_names(src: Source, mentions: list[Mention]) -> dict[int, str]:
    """The folded name of each law the text names: a named mention's, or the words before a law's number
    ("Luật Quản lý, sử dụng tài sản công số 15/2017/QH14")."""
    names = {}
    for i, m in enumerate(mentions):
        if m.kind == "named" and m.name:
            names[i] = " ".join(fold_view(m.name).split())
        elif (
            m.symbol is not None
            and m.symbol.form == "assembly"  # "LUẬT QUẢN LÝ … số 111/TTr-BTC" is the bill's report
            and m.doc_type in ("Luật", "Bộ luật")
            and m.start < m.sym_start
        ):
            name = " ".join(_NUMBER_WORD.sub("", src.window(m.start, m.sym_start)).split())
            if name not in ("luat", "bo luat"):  # "Luật số 90/2025/QH15" names no law
                names[i] = name
    return names


def _amended_by_name(
    mentions: list[Mention], names: dict[int, str], inside: list[tuple[Mention, Mention]]
) -> list[LinkFound]:
    """ "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
    with its number or not: an amending law named after the laws it amends amends those of them the text cites
    nearby, or the laws named inside its name (which the citing document only mentions)."""
    index = {id(m): i for i, m in enumerate(mentions)}
    out = []
    for amending, law in inside:
        if id(amending) in index and id(law) in index:
            law.relation = "cites"
            out.append(LinkFound(index[id(amending)], index[id(law)], "amends", amending.start, law.end))
    named_inside = {id(amending) for amending, _ in inside}
    for i, name in names.items():
        if not name.startswith(_AMENDING_NAME) or id(mentions[i]) in named_inside:
            continue
        amended = name[len(_AMENDING_NAME) :]
        own_symbol = mentions[i].symbol
        for j, other in names.items():
            target_symbol = mentions[j].symbol
            if (
                j != i
                and not other.startswith(_AMENDING_NAME)
                # a number after the name may be the amended law's own ("Luật sửa đổi … của Luật Bảo hiểm y tế số
                # 25/2008/QH12"): a numbered one amends only an older law cited by number
                and (
                    own_symbol is None
                    or (
                        target_symbol is not None
                        and target_symbol.year is not None
                        and own_symbol.year is not None
                        and target_symbol.year <= own_symbol.year
                        and target_symbol.text != own_symbol.text
                    )
                )
                and abs(mentions[j].start - mentions[i].start) < 600
                and re.search(rf"(?<![a-z]){re.escape(other)}(?![a-z])", amended)
            ):  # "Luật Đầu tư" is not "Luật Đầu tư công"
                m, target = mentions[i], mentions[j]
                out.append(LinkFound(i, j, "amends", min(m.start, target.start), max(m.end, target.end)))
    return out


def _named_as_numbered(mentions: list[Mention], names: dict[int, str]) -> None:
    """A law named again without its number ("Luật Quản lý, sử dụng tài sản công" after "Luật Quản lý, sử dụng
    tài sản công số 15/2017/QH14") is the law cited with it."""
    numbered_laws: dict[str, str] = {}
    for i, m in enumerate(mentions):
        if m.kind == "numbered" and m.symbol is not None and i in names:
            numbered_laws[names[i]] = m.symbol.text
        elif m.kind == "named" and m.name and m.year is None:  # the text's own number beats the gazetteer's
            m.gazetteer_symbol = numbered_laws.get(names[i], m.gazetteer_symbol)


# (folded) What stands between a document's citation and a short name in brackets after its title: the title, on one
# sentence.
_TITLE_BEFORE_BRACKET = re.compile(
    r"(?:[^.;:()\n]|\n(?![ \t]*\n)){0,400}\(\s*[“\"«]?\s*"
)  # (a title may wrap)
_DIGITS = re.compile(r"\d+")


def _without_bracket_aliases(src: Source, mentions: list[Mention]) -> list[Mention]:
    """ "Nghị quyết số 57-NQ/TW … về đột phá … (Nghị quyết 57);", "Quyết định số 06/QĐ-TTg … phê duyệt Đề án … (Đề án
    06)": a short name in brackets right after the title is the cited document's alias, no mention of its own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        number = _DIGITS.search(m.name or "")
        if (
            prev is not None
            and m.kind == "named"
            and prev.symbol is not None
            and number is not None
            and number.group(0).lstrip("0") == prev.symbol.number.lstrip("0")
            and src.text[m.end : m.end + 3].lstrip(' ”"»')[:1] == ")"
            and _TITLE_BEFORE_BRACKET.fullmatch(src.window(prev.end, m.start))
        ):
            continue
        if (
            prev is not None
            and m.kind == prev.kind == "named"
            and prev.symbol is None
            and m.doc_type == prev.doc_type
            and number is not None
            and src.text[m.end : m.end + 3].lstrip(' ”"»')[:1] == ")"
            and _BRACKET_RIGHT_AFTER.fullmatch(src.text, prev.end, m.start)
        ):
            continue  # "Đề án Văn hóa công vụ (Đề án 1847)": a named document's short name, right after it
        out.append(m)
    return out


_BRACKET_RIGHT_AFTER = re.compile(r"[\s\"”»*_]*\(\s*[“\"«]?\s*")


# A line that opens with "Số:" prints a document's own number, never a citation: a certified copy's stamp under the
# signature ("SAO LỤC⏎Số: 17/SL-LĐLĐ"), the heads of the letters a compilation holds, a gazette's repeat of the
# header.
_NUMBER_LINE_START = re.compile(r"[ \t*_|#]*S[ốoô6éóồổ][ \t]*:[ \t.]*")  # (OCR: "Sé:. 248 /TCT-CS")


def _same_as_stated(mentions: list[Mention]) -> None:
    """A symbol cited again without its issuer ("Kế hoạch số 45/KH-UBND nói trên", "… theo Kế hoạch số 45/KH-UBND")
    is the document cited earlier with one: its level is that one's, not the citing document's. So is one cited
    before it, bare, when its symbol has its year ("| Nghị quyết số 12/2025/NQ-HĐND |" in a table, "… Nghị quyết số
    12/2025/NQ-HĐND … của HĐND tỉnh" below): a yearless one may be another organ's of the same number."""
    stated: dict[str, Mention] = {}
    later: dict[str, Mention] = {}
    for m in mentions:
        if m.symbol is not None and m.issuer is not None and m.symbol.year is not None:
            later.setdefault(_symbol_key(m.symbol.text), m)
    for m in mentions:
        if m.symbol is None:
            continue
        key = _symbol_key(m.symbol.text)
        if m.issuer is not None:
            stated[key] = m
        elif (same := stated.get(key) or later.get(key)) and not (
            m.date and same.date and m.date != same.date
        ):
            m.branch, m.tier = same.branch, same.tier


def _types_as_named(src: Source, mentions: list[Mention]) -> None:
    """A symbol printed without its type word ("| 294-QĐ/TW |", "theo 43/2022/QH15") is the document the text names
    with one ("Quy định số 294-QĐ/TW", "Nghị quyết số 43/2022/QH15"): a code two types share takes the named type."""
    named: dict[str, set[str]] = {}
    bare: list[Mention] = []
    for m in mentions:
        if m.kind != "numbered" or m.symbol is None or m.doc_type is None or m.antecedent is not None:
            continue
        if _BARE_NUMBER.fullmatch(fold_view(src.text[m.start : m.sym_start])):
            bare.append(m)
        else:
            named.setdefault(_symbol_key(m.symbol.text), set()).add(m.doc_type)
    for m in bare:
        assert m.symbol is not None
        if len(types := named.get(_symbol_key(m.symbol.text), set())) == 1:
            m.doc_type = next(iter(types))


_BARE_NUMBER = re.compile(r"[\s*_]*(?:s[o6]\s*:?\s*)?")


# (folded) What stands between a scheme's name and the decision in brackets that approved it: its subject, then the
# bracket ("Đề án 939 về Hỗ trợ phụ nữ khởi nghiệp (Quyết định số 939/QĐ-TTg)", "… (ban hành kèm theo Quyết định …").
_APPROVED_IN_BRACKETS = re.compile(
    r"[^();.\n]{0,240}(?:\n[^();.\n]{1,240}){0,2}\(\s*(?:(?:ban\s+hanh\s+)?kem\s+theo|phe\s+duyet\s+tai|tai|theo)?\s*"
)
_SCHEMES = frozenset(["Đề án", "Chương trình", "Chiến lược", "Quy hoạch"])


def _level_of_approving(src: Source, mentions: list[Mention]) -> None:
    """A scheme named without its organ takes the level of the decision in brackets that approved it."""
    for m, decision in itertools.pairwise(mentions):
        if (
            m.kind == "named"
            and m.branch is None
            and m.doc_type in _SCHEMES
            and decision.doc_type == "Quyết định"
            and decision.branch is not None
            and _APPROVED_IN_BRACKETS.fullmatch(src.window(m.end, decision.start))
        ):
            m.branch, m.tier = decision.branch, decision.tier


# (at the clause's start, or after a comma and a word that turns to it: "…, lưu ý Nghị định này đã thay thế …")
_THIS_CHANGES = re.compile(
    r"(?:^|[;,])[\W\d_]*(?:(?:luu\s+y|dong\s+thoi|trong\s+do)\s+)?(?P<this>(?:[^\W\d_]+\s+){1,4}?nay)\s+"
    r"(?:(?:se|da)\s+)?(?:thay\s+the|bai\s+bo|sua\s+doi)"
)


def _changed_by_another(src: Source, mentions: list[Mention], header: Header) -> list[LinkFound]:
    """ "… theo Nghị định số 150/2025/NĐ-CP. Nghị định này thay thế các Nghị định số A, B": in a plan, "Nghị định
    này" is the decree just cited, which replaces A and B; the plan itself only names them."""
    out: list[LinkFound] = []
    subject: dict[int, int] = {}  # clause start -> the document "<type> này" names there
    for i, m in enumerate(mentions):
        if m.relation not in _CHANGES or m.sentence_start < 0:
            continue
        # (the clause after a ";" too: "… thực hiện theo Thông tư số 27/2023/TT-BGDĐT; Thông tư này thay thế …")
        opening = next(reversed(list(_THIS_CHANGES.finditer(src.window(m.sentence_start, m.start)))), None)
        clause = m.sentence_start + (opening.start() if opening else 0)
        if clause not in subject:
            doc_type = this_type(opening.group("this")) if opening else None
            earlier = (
                k
                for k in range(i - 1, -1, -1)
                if mentions[k].end <= clause and mentions[k].doc_type == doc_type and mentions[k].symbol
            )
            # (the citing document's own type known and another: in a decree, "Nghị định này" is the decree itself)
            found = next(earlier, None) if doc_type and header.doc_type not in (None, doc_type) else None
            subject[clause] = -1 if found is None else found
        source = subject[clause]
        if source >= 0 and clause - mentions[source].end < 400:
            out.append(LinkFound(source, i, m.relation, mentions[source].start, m.end))
            m.relation = "cites"
    return out


def _changed_by_its_peer(mentions: list[Mention], links: list[LinkFound]) -> list[LinkFound]:
    """A law amends or replaces no decree, and a decree no ministry's circular: in "Thông tư 96 hướng dẫn … tại Nghị định 12 … và
    sửa đổi, bổ sung … Thông tư 78" the change is the nearest document of the changed one's rank before it in the
    sentence (the circular whose title it is); with none, there is no change."""
    rank = ranks()
    out = []
    for link in links:
        agent, changed = mentions[link.source], mentions[link.target]
        # (a rank apart: "Luật X thay thế Pháp lệnh Y" is a law's own change)
        above = rank.get(agent.doc_type or "", 9) + 1 < rank.get(changed.doc_type or "", -1)
        if link.relation not in ("amends", "replaces") or not above:
            out.append(link)
            continue
        peer = next(
            (
                k
                for k in range(min(link.source, link.target) - 1, -1, -1)
                if mentions[k].sentence_start == changed.sentence_start
                and rank.get(mentions[k].doc_type or "") == rank[changed.doc_type or ""]
            ),
            None,
        )
        if peer is not None and not any(lk.source == peer and lk.target == link.target for lk in links):
            out.append(replace(link, source=peer, start=min(link.start, mentions[peer].start)))
    return out


def _changed_by_its_organ(mentions: list[Mention], links: list[LinkFound]) -> None:
    """ "Quyết định số 18/2023/QĐ-UBND … của UBND tỉnh …, được sửa đổi, bổ sung bởi Quyết định số 09/2024/QĐ-UBND":
    of two documents with the same organ code, one changing the other, the one whose issuer the text never states
    is the other's organ's, of its level."""
    stated = {_symbol_key(m.symbol.text) for m in mentions if m.symbol is not None and m.issuer is not None}
    for link in links:
        if link.relation not in _CHANGES:
            continue
        agent, changed = mentions[link.source], mentions[link.target]
        if (
            agent.symbol is None
            or changed.symbol is None
            or agent.symbol.issuer_codes != changed.symbol.issuer_codes
        ):
            continue
        agent_stated = _symbol_key(agent.symbol.text) in stated
        changed_stated = _symbol_key(changed.symbol.text) in stated
        if agent_stated != changed_stated:
            known, unknown = (agent, changed) if agent_stated else (changed, agent)
            unknown.branch, unknown.tier = known.branch, known.tier


def _share_other(mentions: list[Mention]) -> None:
    """A company's letters share its unregistered code: "công văn số 55/VTDKHN-TCKT … và số 96/VTDKHN-TCKT
    … của Công ty …" are both the company's (branch other), though its name follows the second only."""
    others = {
        m.symbol.issuer_codes[0]
        for m in mentions
        if m.symbol and m.symbol.issuer_codes and m.issuer and m.issuer.branch == "other"
    }
    for m in mentions:
        sym = m.symbol
        codes = sym.issuer_codes if sym else ()
        if m.issuer is None and codes and codes[0] in others and not _known_organs(codes):
            m.branch, m.tier = "other", None


# The relations that change the document they point at.
_CHANGES = frozenset(["amends", "replaces", "repeals"])
_KEPT = re.compile(r"[\s,]*(?:(?:van|tiep\s+tuc)\s+)?(?:giu\s+nguyen|con)\s+hieu\s+luc")
_REQUEST = re.compile(r"[\W\d_]*(?:[a-z][.)]\s*)?(?:[dp]e\s+nghi|kien\s+nghi|de\s+xuat)(?![a-z])")

# The documents that guide others (a Thông tư "hướng dẫn" a Nghị định); a plan or a report guides nothing.
_GUIDING = frozenset(
    [
        None,
        "Thông tư",
        "Thông tư liên tịch",
        "Nghị định",
        "Hướng dẫn",
        "Quyết định",
        "Nghị quyết",
        "Quy định",
        "Công văn",
    ]
)
# Documents that set tasks: their "hướng dẫn thực hiện X" is a task of carrying X out (a directive's too)
_PLANS = frozenset(["Kế hoạch", "Chương trình", "Đề án", "Phương án", "Chỉ thị"])


def _approved_by_a_cited_decision(mentions: list[Mention]) -> None:
    """A scheme or programme named without its issuer ("Đề án 131", "Đề án “Nâng cao nhận thức …”") is of the level
    of the decision the text cites approving it ("Quyết định số 131/QĐ-TTg … phê duyệt Đề án …"), not the citing
    document's."""
    approvals = [
        (m, _words(m.title))
        for m in mentions
        if m.symbol and m.symbol.type_code == "QĐ" and m.title and _APPROVES.search(fold(m.title))
    ]
    if not approvals:
        return
    for m in mentions:
        if m.kind != "named" or m.branch is not None or m.doc_type not in _APPROVED_KINDS:
            continue
        # what follows the type word: "131" (known by its decision's number), or the name's words
        name = _words((m.name or "")[len(m.doc_type or "") :])
        for decision, title in approvals:
            assert decision.symbol is not None
            if (
                decision.symbol.number.lstrip("0") == name.lstrip("0")
                if name.isdigit()
                else len(name) > 12 and name in title
            ):
                m.branch, m.tier = decision.branch, decision.tier
                break


def _words(text: str) -> str:
    """Folded words of ``text`` joined by single spaces, quotes and punctuation dropped (a name's comparison key)."""
    return " ".join(_WORD_CHARS.findall(fold(text)))


_APPROVED_KINDS = frozenset(["Đề án", "Chương trình", "Chiến lược", "Quy hoạch", "Dự án"])
_APPROVES = re.compile(r"phe\s+duyet\s+(?:de\s+an|chuong\s+trinh|chien\s+luoc|quy\s+hoach|du\s+an)")
_WORD_CHARS = re.compile(r"\w+")
# What may stand before the document that opens a list's item: its number or bullet, a table row's cells of numbers
_ITEM_OPENING = re.compile(r"[\s*_|]*(?:(?:\d{1,3}|[a-zđ])[\\ ]?[.)]|[-+•]|\d{1,3}\s*\|)?[\s*_|]*")
# … or a flattened table's row: its number cell, then the document ("1 Nghị định 210/2013/NĐ-CP 19/12/2013 Về …", or the
# number alone on the line above)
_ROW_OPENING = re.compile(r"[\s*_|]*\d{1,3}[ \t\n]+")


def _opens_row(src: Source, pos: int) -> bool:
    line = src.text.rfind("\n", 0, pos) + 1
    if not src.text[line:pos].strip():
        line = src.text.rfind("\n", 0, max(0, line - 1)) + 1
    return _ROW_OPENING.fullmatch(src.text, line, pos) is not None


# (or with the approver between: "Quy hoạch tỉnh … đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 995/QĐ-TTg")
_APPROVED_BY = re.compile(
    r"\s*(?:(?:ban\s+hanh\s+)?kem\s+theo|theo|tai"
    r"|(?:da\s+)?duoc(?:\s+[^\s,;.]+){0,6}?\s+(?:phe\s+duyet|ban\s+hanh)\s+(?:tai|theo))\s*"
)
_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"[\s/-]+")


def _as_printed(sym: Symbol, printed: str) -> Symbol:
    """A company's symbol follows no convention: its separators and letters stay as printed ("1711/CV/MIPEC",
    "644/CV-Tas"), spaces and line breaks aside, unless reading it repaired more than that."""
    printed = _SPACES.sub("", printed).replace("--", "-")
    same = _SEPARATORS.sub("", printed).casefold() == _SEPARATORS.sub("", sym.text).casefold()
    return replace(sym, text=printed) if same else sym


def _evidence(src: Source, m: Mention, squashed: dict[tuple[int, int], str]) -> str:
    """The sentence that states the reference: its head (the governing verb) and the item's own clause.

    In a long "Thực hiện X; Y; Z" list the whole sentence is too long to show and the clause alone lacks
    the verb, so the evidence is "head … clause". The items of a list share their head and often their
    clause, so each span is squashed once (``squashed`` maps a span to its text).
    """
    s0 = m.sentence_start if m.sentence_start >= 0 else sentence_start(src, m.start, 0)
    end = _SENTENCE_END.search(src.text, m.end, m.end + 600)
    s1 = end.end() if end else min(len(src.text), m.end + 600)
    c0 = max(s0, src.text.rfind(";", s0, m.start) + 1)
    clause = _squashed(src, c0, s1, squashed)
    if c0 <= s0 + 1:
        return clause
    first = src.text.find(";", s0, c0)
    cut = min(c0, s0 + 160, first + 1 if first >= 0 else c0)
    head = _squashed(src, s0, cut, squashed)
    if cut == s0 + 160:
        head = head.rsplit(" ", 1)[0]
    return f"{head} … {clause}"


def _squashed(src: Source, start: int, end: int, squashed: dict[tuple[int, int], str]) -> str:
    if (start, end) not in squashed:
        squashed[start, end] = squash(src.text[start:end])
    return squashed[start, end]


def _citation(
    src: Source, m: Mention, header: Header, body_end: int, index: dict[int, int], sentence: str
) -> Citation:
    start, end = src.to_original(m.start), src.to_original(m.end)
    sym = m.symbol
    issuer = m.issuer
    jurisdiction = issuer.jurisdiction if issuer else None
    if (
        jurisdiction is None
        and issuer
        and issuer.name.endswith(("tỉnh", "Tỉnh ủy"))
        and header.province
        and m.tier == header.tier
    ):
        jurisdiction = header.province
    # a symbol's year that is not its date's: one of them is misprinted ("Nghị định số 24/2000/NĐ-CP ngày 06/3/2006")
    conflict = bool(sym and sym.year and m.date and int(m.date[:4]) != sym.year)
    return Citation(
        kind=m.kind,  # type: ignore[arg-type]
        start=start,
        end=end,
        surface=src.original[start:end],
        symbol=sym.text if sym else m.gazetteer_symbol,
        name=m.name,
        number=sym.number if sym else m.number,
        year=m.year,
        type_code=sym.type_code if sym else None,
        doc_type=m.doc_type,
        issuer_codes=sym.issuer_codes if sym else (),
        issuer=issuer.name if issuer else None,
        branch=m.branch,  # type: ignore[arg-type]
        tier=m.tier,  # type: ignore[arg-type]
        jurisdiction=jurisdiction,
        date=m.date,
        title=m.title,
        relation=m.relation,  # type: ignore[arg-type]
        zone="appendix" if m.start > body_end else "body",
        sentence=sentence,
        confidence=m.confidence * (0.85 if sym and sym.repaired else 1.0) * (0.9 if conflict else 1.0),
        ocr_repaired=bool(sym and sym.repaired),
        uncertain=m.uncertain or conflict,
        antecedent=index.get(id(m.antecedent)) if m.antecedent else None,
    )
