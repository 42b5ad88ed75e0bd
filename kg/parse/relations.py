"""What the citing document does with each cited document, and what cited documents do to each other.

Within a sentence, a strong verb ("Thực hiện", "Căn cứ", "thay thế") governs the list that follows it
("Thực hiện X; Y; Z" makes all three implements). A weak one ("theo") binds only the next citation. A
verb that stands inside the description of an earlier citation ("Kế hoạch 250/KH-UBND … thực hiện
Chương trình 13-CTr/TU") states a link between the two cited documents instead.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache

from kg import registry
from kg.parse import issuers
from kg.parse.alternation import first_letter_alternation
from kg.parse.find import ALIAS_BEFORE, Mention
from kg.parse.symbols import Symbol
from kg.parse.text import BLANK_RUN, CAPITALS, Source, anchors, fold_view
from kg.parse.typewords import any_type_word, ranks


@dataclass(frozen=True, slots=True)
class Verb:
    relation: str
    strength: str  # strong | weak | passive | report | adjacent | issued_under | neutral
    start: int
    end: int
    provision: bool = False  # a weak "Tại khoản … Điều … X" opening its sentence or item


@dataclass(frozen=True, slots=True)
class LinkFound:
    source: int
    target: int
    relation: str
    start: int
    end: int


@cache
def _verbs() -> tuple[re.Pattern[str], tuple[tuple[str, str, bool], ...]]:
    rows = registry.data_rows("relations.csv")  # (a comma in an unquoted pattern, "{1,3}", would split it)
    # A phrase may be broken across lines ("sửa đổi, bổ\nsung"): a space in a pattern stands for any run.
    patterns = [r["pattern"].replace(" ", r"\s+") for r in rows]
    for p in patterns:
        if re.compile(p).groups:
            raise ValueError(f"relations.csv: {p!r} has a capturing group, write (?:...) instead")
    # Each phrase is marked by an empty group at its end, and the phrases are nested under their first letter
    # (see alternation): the scan takes half the time it took with the phrases one after another.
    alts, order = first_letter_alternation(patterns)
    pattern = re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")
    # "provision" is a weak phrase that gives way to a list's lead
    return pattern, tuple(
        (
            rows[i]["relation"],
            rows[i]["strength"].replace("provision", "weak"),
            rows[i]["strength"] == "provision",
        )
        for i in order
    )


def _by_first_character(forms: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """A pattern for ``(first characters, rest)`` forms, tried in order, whose every alternative starts with
    one plain character: the regex engine then skips straight to those characters (2.5x faster than a
    pattern that starts with a character class)."""
    firsts = dict.fromkeys(c for chars, _ in forms for c in chars)
    return re.compile(
        "|".join(
            re.escape(c) + "(?:" + "|".join(rest for chars, rest in forms if c in chars) + ")" for c in firsts
        )
    )


# A list's next document below a blank line.
_LISTED_TYPE = (
    r"[ \t*_]*(?:Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Chương\s+trình"
    r"|Thông\s+tư|Luật|Bộ\s+luật|Hướng\s+dẫn|Quy\s+định|Công\s+văn|Thông\s+báo|Đề\s+án)\s"
)
_LISTED_NEXT = rf"[ \t]*\n{_LISTED_TYPE}"
# A blank line ends a sentence only where the text does (a page break inside a sentence is no boundary).
# What a dash opening a line continues, the line having wrapped there: a range of years ("giai đoạn 2021⏎- 2025"), the
# socio-economic pair ("kinh tế⏎- xã hội")
_SOCIO_DASH = r"[ \t]*x[ãa][ \t]+h[ộo]i\b"
_WRAPPED_DASH = rf"[ \t]*(?:19|20)\d\d\b|{_SOCIO_DASH}"
_BOUNDARY = _by_first_character(
    (
        # "…để chỉ đạo.⏎*(Kèm theo …)*", "**5.** …", '… gia tăng."" Tại điểm …', an italic quotation's "… đối tượng.*⏎Tại …";
        # not OCR's speck opening a line ("Thông tư số⏎. 156/2013/TT-BTC")
        # (OCR may set a space before the closing quote: "… có điều kiện. ”⏎⏎- Tại …")
        (".!?", rf"(?<!\n.)(?:[ \t]?[\"”])?[\"”)*_]{{0,3}}\s+(?=[*_(\[]*[{CAPITALS}\d\-+•])"),
        # (… and one closed without its full stop: '… vào ngân sách nhà nước"*⏎Tại khoản 1 …')
        ('"”', rf"[*_]{{1,2}}[ \t]*\n(?=[ \t]*[*_]*[{CAPITALS}])"),
        ('.:!?"”)', r"[ \t]*\n[ \t]*\n"),
        # (a quoted provision closed at a line's end, the next line opening with a capital: "… thi hành…”⏎Điều 84 …";
        # a title in quotes is no such end, see ``_boundaries``)
        ("”", rf"[ \t]*\n(?=[ \t]*[{CAPITALS}])"),
        # (a list of documents after ";" goes on over blank lines: "Thực hiện Nghị quyết X;⏎⏎Chỉ thị Y;⏎⏎…")
        (";", rf"[ \t]*\n[ \t]*\n(?!{_LISTED_TYPE})"),
        # (a date OCR set below a blank line goes on the sentence: "… có hiệu lực kể từ ngày⏎⏎02/07/2021 thay thế …")
        (
            "\n",
            rf"(?!(?<=;\n){_LISTED_NEXT})[ \t]*\n(?=[ \t]*(?:[{CAPITALS}#+•*]|-(?!{_SOCIO_DASH})|\d(?!\d?/\d{{1,2}}/\d)))",
        ),
        # … or a table's next row ("| 2 |", a Word table's "2⇥", a row laid out with spaces: "7 47-QĐ/ĐU 14/10/2025 …"),
        # or a footnote ("[^2]: …", "[2] …") ("- 2025;" after "giai đoạn 2021" is a year range the line wrapped, and
        # "- xã hội" after "kinh tế" the socio-economic dash, no bullet; a lone "|" opening a line is OCR's speck, no row)
        (
            "\n",
            rf"[ \t]*(?:[-+•](?!{_WRAPPED_DASH})|[IVX]+\.|\d+\.|[a-zđ]\)|#|\|(?=[^\n]*\|)|\d{{1,3}}[ \t]*\||\d{{1,3}}\t"
            r"|\d{1,3}[ \t]+(?=\d{1,5}[ \t]*[-/][ \t]*[A-ZĐ])|\[\^?\w{1,4}\])",
        ),
        # a preamble line opens a sentence even right under the title ("…NĂM 2024⏎Căn cứ Luật …"), and so does the
        # enacting formula after it ("…;*⏎*Ủy ban nhân dân tỉnh Quảng Ninh ban hành Quyết định sửa đổi …")
        ("\n", r"[ \t*_]*(?=(?:C[ăa]n\s+c[ứửu]|Th[ựu]c\s+hi[ệêée]n|X[ée]t\s|Theo\s+[đd][ềeé]\s+ngh[ịi])\b)"),
        (
            "\n",
            r"(?:(?<=[;.:,]\n)|(?<=[;.:,][*_ \t]\n)|(?<=[;.:,][*_ \t][*_ \t]\n))"
            r"[ \t*_]*(?=(?:Ủy\s+ban|Hội\s+đồng|Bộ\s+trưởng|Chủ\s+tịch|Chính\s+phủ|Quốc\s+hội|Thủ\s+tướng|Ban\s+Thường)"
            r"[^\n;]{0,120}?\sban\s+hành\s+(?:Quyết|Nghị|Thông|Chỉ|Kế|Quy|Luật|Bộ\s+luật|Pháp)\w*\s)",
        ),
        (":", r"\s*\n"),
    )
)
# "cụ thể hóa bằng (việc ban hành) X", "… bằng kế hoạch riêng (X)": X is the means
_BY_MEANS = re.compile(r"\s+b[a]ng\s+(?:(?:viec\s+)?ban\s+hanh\s+)?(?:cac\s+)?(?:(?:[a-z]+\s+){1,4}\(\s*)?")
# "… sửa đổi, bổ sung, thay thế X": a list of changes, one verb
_CHANGE_LISTED = re.compile(r"(?<![a-z])(?:b[o]\s+sung|s[uw]a\s+d[o]i|b[a]i\s+b[o]),\s*$")
# A change's subject that is another document, unnumbered, named in a report, a proposal or a wait ("chưa ban hành
# Thông tư sửa đổi", "đề nghị sớm trình Nghị quyết thay thế", "dự thảo (dự án) Nghị định sửa đổi", "các Nghị định sửa đổi,
# bổ sung"): the verb is that document's.
_OTHERS_CHANGE = re.compile(
    r"(?<![a-z])(?:chua|khong|da|dang|se|sap|de\s+nghi|kien\s+nghi|de\s+xuat|du\s+(?:thao|an)|xay\s+dung|nghien\s+cuu|trinh"
    r"|cac)"
    r"\s+(?:[a-z]+\s+){0,4}?(?:cac\s+)?(?:luat|phap\s+lenh|nghi\s+dinh|thong\s+tu(?:\s+lien\s+tich)?|quyet\s+dinh"
    r"|nghi\s+quyet|chi\s+thi|van\s+ban)(?:\s+(?:moi|khac))?\s*(?:de\s+)?$"
)


def _others_change(src: Source, start: int, verb_start: int) -> bool:
    """Whether an unnumbered document, not the citing one, is the subject of the change verb at ``verb_start``; the
    marker is in lower case ("Đà Nẵng ban hành Quyết định bãi bỏ …", "Bộ Xây dựng ban hành Thông tư sửa đổi …" are
    a name and the citing document's own enacting words)."""
    before = src.window(start, verb_start)
    found = _OTHERS_CHANGE.search(before)
    if (
        found is not None
        and (_OWN_DRAFT.search(before, 0, found.end()) or _DRAFTING.match(before, found.start()))
        and not _REPORTED.search(before)
    ):
        # "Sở Tư pháp chủ trì xây dựng dự thảo Quyết định thay thế X", "Nghiên cứu, xây dựng Nghị định sửa đổi X":
        # the plan's own task (gold 000), in a clause that reports nothing done
        found = None
    if (
        found is None
        and (typed := _LOWER_TYPE_BEFORE.search(before))
        and src.text[start + typed.start()].islower()
    ):
        return True  # "sau khi Chính phủ ban hành nghị định thay thế Nghị định X": a decree to come, in lower case
    return (found is not None and src.text[start + found.start()].islower()) or _ASKED_TO_CHANGE.search(
        before
    ) is not None


_LOWER_TYPE_BEFORE = re.compile(
    r"(?<![a-z])(?:nghi\s+dinh|thong\s+tu|quyet\s+dinh|nghi\s+quyet|(?<!phap\s)luat)(?:\s+moi)?\s*$"
)


_DRAFTING = re.compile(r"xay\s+dung|nghien\s+cuu")
# A plan's own task of drafting the new document: the drafting verb right before "dự thảo", in a clause that reports
# nothing done ("Bộ Tài chính đã chủ trì nghiên cứu, xây dựng dự thảo …", "đang phối hợp … hoàn thiện dự thảo …").
_OWN_DRAFT = re.compile(
    r"(?<![a-z])(?:xay\s+dung|soan\s+thao|hoan\s+thien|chuan\s+bi)\s+du\s+thao\s+"
    r"(?:luat|nghi\s+dinh|nghi\s+quyet|thong\s+tu|quyet\s+dinh)\s*$"
)
_REPORTED = re.compile(r"(?<![a-z])(?:da|dang|hien\s+nay)\s")


# A change asked of another body or not yet made, with or without the new document's type: "đề nghị Bộ Tài chính
# nghiên cứu sửa đổi X", "Trong thời gian chưa sửa đổi X". (A plan's own task, "tham mưu UBND tỉnh sửa đổi X", "tham
# mưu xây dựng … thay thế X", is the change the plan makes: gold 000.)
# The words that ask something of another body.
_ASKING = r"de\s+nghi|kien\s+nghi|de\s+xuat"
_ASKED_TO_CHANGE = re.compile(
    rf"(?<![a-z])(?:{_ASKING}|chua)(?![a-z])\s*(?:[a-z]+\s+){{0,6}}?$"
    # "Yêu cầu (Chỉ đạo) Ủy ban nhân dân huyện sửa đổi X": with the body it is asked of
    r"|(?<![a-z])(?:yeu\s+cau|chi\s+dao)\s+(?:[a-z]+\s+){1,6}?$"
    # "Báo cáo (Trình) Bộ Tài chính xem xét, sửa đổi X": a change put to a higher body to weigh
    r"|(?<![a-z])(?:bao\s+cao|trinh)\s+(?:[a-z]+\s+){1,6}?xem\s+xet[\s,]*$"
    # "Văn bản cần sửa đổi, bổ sung: X", "UBND tỉnh cần ban hành quyết định bãi bỏ X": what a review finds needed
    r"|(?<![a-z])can(?:\s+(?:duoc|phai))?\s+(?:ban\s+hanh\s+(?:[a-z]+\s+){1,3}?)?$"
)


# … and the list of changes asked goes on over ";" ("Chỉ đạo UBND huyện bãi bỏ Quyết định X; sửa đổi Quyết định Y")
_ASKED_LIST_GOES_ON = re.compile(
    r"[\s\-+•]*(?:de\s+nghi|kien\s+nghi|yeu\s+cau|chi\s+dao)\s[^.]*;\s*(?:[a-z]+\s+){0,1}$"
)
_CHANGES_NEXT = re.compile(r"\s*(?:(?:da|se|cung)\s+)?(?:thay\s+th[e]|b[a]i\s+b[o])(?![a-z])")
# Verbs that open a plan's task and govern no document as the relation verbs do ("tuyên truyền", "phổ biến", …; not
# the noun of a list's item, "…; chỉ đạo của UBND thành phố tại Công văn số …").
_TASK = re.compile(
    r"\s*(?:[-+•]\s*)?(?:tuyen\s+truyen|pho\s+bien|bao\s+cao|kiem\s+tra|don\s+doc|ra\s+soat|danh\s+gia|tham\s+muu"
    r"|phoi\s+hop|theo\s+doi|giam\s+sat|chi\s+dao(?!\s+cua\s)|nang\s+cao|tang\s+cuong|bao\s+dam|dam\s+bao"
    r"|chu\s+trong|quan\s+tam|tap\s+trung|coi\s+trong|uu\s+tien|long\s+ghep|san\s+sang|dua\s+noi\s+dung"
    r"|tiep\s+nhan|ban\s+hanh)\b"
)
# A clause of its own after ";" that carries on from no verb before it: a connective ("…; qua kiểm tra, phát hiện …
# Quyết định X chưa phù hợp", "…; tuy nhiên … chưa đạt yêu cầu tại X", "…; chi tiết tại Báo cáo X", "…; xem thêm Công
# văn X") or a request
# ("…; tổng hợp vướng mắc, … kiến nghị Chính phủ sửa đổi X": the phrase of the change asked).
_CLAUSE_AFTER_SEMICOLON = re.compile(
    r"\s*(?:[-+•]\s*)?(?:qua(?:\s+[a-z]+){1,3}\s*,|tuy\s+(?:nhien|vay)|nhung|song|ngoai\s+ra|ben\s+canh\s+do"
    r"|mat\s+khac|do\s+do|vi\s+vay|chi\s+tiet\s+tai|xem\s+them)(?![a-z])"
)
_ASKS = re.compile(rf"(?:{_ASKING})\s")
# A passive that says where its object stands ("… đã được công bố tại X"), not where a task is set out ("được giao tại").
_PLACED_AT = (
    r"(?<![a-z])duoc\s+(?!giao|neu|phan\s+cong|de\s+ra|xac\s+dinh)[a-z]+(?:\s+[a-z]+)?\s+(?:tai|trong)\s*$"
)
# … one that says which document approved or issued it ("… được phê duyệt tại X")
_APPROVED_AT_END = re.compile(r"(?<![a-z])duoc\s+(?:phe\s+duyet|ban\s+hanh)\s+(?:tai|kem\s+theo)\s*$")
# (… or says what its subject is: "…; mức thù lao … là mức quy định tại Điều 18 Nghị định X")
_OWN_PREDICATE = re.compile(
    r"\s*(?:[-+•]\s*)?(?:khong|chua)\s|[^;]*\s(?:da\s+)?duoc\s*$|[^;]*\s(?<!nhat\s)(?<!goi\s)(?<!tat\s)la\s(?:(?!theo\s)[^;])*$|[^;]*"
    + _PLACED_AT
)
_TITLE_GOES_ON = re.compile(
    r"[ \t]*(?:quy\s+dinh\s+chi\s+tiet|huong\s+dan\s+(?:thi\s+hanh|thuc\s+hien|chi\s+tiet)|quy\s+dinh\s+(?:ve|viec)"
    # (… and what the cited decision also changes: "ban hành Quy định …; bãi bỏ Quyết định số 3047/QĐ-UBND")
    r"|bai\s+bo|thay\s+the|sua\s+doi)"
    r"(?![a-z])"
)
_OWN_SUBJECT = re.compile(r"\s*(?:[-+•]\s*)?viec\s")
# … but one that still names a rule, a form or an opinion to go by is the list's ("…; tuyệt đối không gọi công dân ngoài
# độ tuổi quy định tại Luật X", "…; sử dụng mẫu biểu kèm theo Công văn Y", "Theo đề nghị …; ý kiến của Sở Tài chính
# tại Z")
_STILL_A_BASIS = re.compile(
    r"(?<![a-z])(?:quy\s+dinh|kem\s+theo|ap\s+dung|y\s+kien|de\s+nghi|can\s+cu)(?![a-z])"
)
_AT_THE_SAME_TIME = re.compile(r"[\s.,]*;\s*dong\s+thoi,?\s*")
_SELF_THEN_CLAUSE = re.compile(
    r"(?<![a-z])nay(?:\s*;|(?P<between>[^;,:]{0,40}),(?!\s*(?:va|hoac)\s))(?P<rest>[^;]*)$"
)


def _clause_after_self(m: re.Match[str]) -> bool:
    """Whether what follows the citing document's "… này," is a clause of its own ("…, lồng ghép với X"), not more of
    a list ("Căn cứ quy định tại Nghị định này, Luật X, Luật Y") nor of the provisions a verb after it takes ("… Thông
    tư này đang viện dẫn theo quy định tại Mục 2, Điều 9 Thông tư X")."""
    if m.group("between") is None:
        return True  # "… Kế hoạch này; chuẩn bị sơ kết X"
    rest = _ARTICLE_REFS.sub(" ", m.group("rest"))
    return (
        bool(rest.strip())
        and not _OPENS_WITH_TYPE.match(rest)
        and not any(v.strength != "neutral" for v in verbs_in(m.group("between"), 0))
    )


_AND_AT_END = re.compile(r"(?<![a-z])(?:va|hoac)\s*$")
# … and with the provisions the next item cites in it ("… về chứng từ thanh toán và khoản 3 Điều 73 Luật Quản lý thuế")
_AND_PROVISIONS_AT_END = re.compile(
    r"(?<![a-z])(?:va|hoac)(?:\s+(?:diem|khoan|dieu)\s+[\da-z]{1,4}(?:\s*,)?)*(?:\s+cua)?\s*$"
)
_BASIS_TOO = re.compile(r"(?<![a-z])(?:va|dong\s+thoi)\s*$")
# A letter that asks for guidance ("đề nghị (được) hướng dẫn", "xin ý kiến hướng dẫn", "kiến nghị hướng dẫn")
_ASKED_FOR = re.compile(rf"(?<![a-z])(?:{_ASKING}|xin)(?:\s+[a-z]+){{0,3}}?\s*$")
# … and before a second predicate's verb, its adverbs: "… và tiếp tục thực hiện nghiêm Y".
_AND_THEN_AT_END = re.compile(
    r"(?<![a-z])(?:va|hoac)\s+(?:(?:hon\s+)?\d{1,2}\s+nam\s+)?(?:(?:tiep\s+tuc|day\s+manh|to\s+chuc|chi\s+dao|trien\s+khai)\s+)*$"
    r"|(?<![a-z])(?:va|hoac)\s*$"
)
_TITLE_NEXT = re.compile(r"[\s,]*ve\s")
_TITLE_MARK = re.compile(r"(?<![a-z])(?:v[eé]\S?|ban hanh|phe (?:duyet|chuan))(?![a-z])")
# A title that opens with its guide's verb, right after the document's date and issuer (on folded text).
_GUIDE_TITLE = re.compile(r"[\s,]*(?:ve\s+viec\s+)?huong\s+dan(?![a-z])")
# A new clause after a comma: its own verb ("…, UBND huyện ban hành …"), "đồng thời", "gắn với", and the citing
# document's purpose right before the verb ("…, góp phần thực hiện …", "…, nhằm triển khai …"), or a new subject
# ("…, các sở, ban, ngành tiếp tục thực hiện …").
# "Gắn việc thực hiện Đề án X với (việc) thực hiện Kết luận Y": "với (việc)" joins a second object, no description.
# "Cụ thể hóa Quy định X bằng việc sửa đổi Kế hoạch Y": the means, the citing document's own act. (A bracket after a
# comma is an aside on the document: "Quy chế X về tiếp dân, đối thoại với dân (ban hành để cụ thể hóa Y)".)
# A sentence whose subject is the citing document and whose verb changes others: "Chương trình này thay thế …", and a
# proposal's "Nghị quyết được thông qua sẽ thay thế …".
_SELF_CHANGES = re.compile(
    r"[\W\d_]*(?:[a-z]+\s+){1,3}(?:n[a]y|d(?:u|w)[oq]c\s+(?:thong\s+qua|ban\s+hanh))\s+"
    r"(?:(?:se\s+)?(?:thay\s+th[e]|b[a]i\s+b[o]|s[uw]a\s+d[o]i)|c[o]\s+hi[e]u\s+l[uw]c)"
)
_CLAUSE_BREAK = re.compile(
    r",[^,;(]{0,80}?\b(?<!chi\s)(?<!yeu\scau\s)(?<!su\snghiep\s)(?<!cong\stac\s)(?<!qua\strinh\s)(?<!tham\squyen\s)(?<!thu\stuc\s)(?<!luat\s)(?:ban hanh|xay dung)\b|,\s*(?:dong thoi|gan v[aeo6d]i)\b|(?<![a-z])(?:v[aeo6d]i|b[a]ng)\s+(?:vi[e]c\b|$)|(?<![a-z])b[a]ng\s+c[a]ch\b"
    r"|,\s*(?:g[o]p\s+ph[a]n|nh[a]m|de)\s+(?:(?:tiep\s+tuc|to\s+chuc)\s+)?$"
    # … or what it serves as, after a comma (", làm cơ sở để địa phương triển khai …")
    r"|,\s*lam\s+(?:co\s+so|can\s+cu)\b"
    # … or the purpose's second verb after a comma ("… X nhằm khắc phục bất cập, thực hiện đúng chỉ đạo …")
    r"|\snh[a]m\s[^,;]{2,80},\s*$"
    r"|,\s*(?:cac|nhung)\s+[^;]{0,60}?\s(?:da|dang|se|tiep\s+tuc)\s+(?:(?:to\s+chuc|trien\s+khai)\s+)?$"
)
# (as printed: folded, "thì" is "thi" of "thi hành"; OCR's "thì hành" is that)
_THEN = re.compile(r"(?<!\w)thì(?!\w)(?!\s+hành)")
_ACCORDINGLY = re.compile(r",\s*theo\s+do(?![a-z])")
_EXCEPTION_OPENS = re.compile(r",\s*tr[u]\s+(?:khi\s+)?[^;]*$")
_REASON_OPENS = re.compile(r",\s*(?:do|vi)\s+(?:(?:ke\s+)?tu\s+ngay\s+[\d/.\-]+\s+)?$")


# What a quoted provision's item goes on with: "… quy định: …", "… hướng dẫn …", "… quy định người nộp thuế bao gồm:
# …", not "… chưa có quy định …" nor the title of a document it changes ("… sửa đổi … Thông tư số 119/2020/TT-BTC …
# quy định về …", a consolidated text's list); on folded text, from the end of the citation's date and issuer, over
# wrapped lines; OCR's "suy định".
_QUOTES_SAYS = (
    r"(?:(?!(?<!duoc )s[uw]a\s+d[oe]i|thay\s+the|bai\s+bo)(?:[^\n.;]|\n(?![ \t]*\n))){{0,{reach}}}?"
    r"(?<![a-z])(?<!co )(?<!khong )(?:[qs]u[yi]\s+dinh|huong\s+dan)(?![a-z])"  # (the older spelling "qui định")
)
_QUOTES_RULE = re.compile(_QUOTES_SAYS.format(reach=200))
# (a verbatim quotation, opened by its colon, may follow a title of 300 characters: "Điều 31 Thông tư số 205/2013/TT-BTC
# … hướng dẫn thực hiện các Hiệp định tránh đánh thuế hai lần … tại Việt Nam, quy định:")
_QUOTES_VERBATIM = re.compile(_QUOTES_SAYS.format(reach=360) + r"(?:\s+nhu\s+sau)?\s*:")
# … or the paragraph ends and the next one opens with the quotation, or with the quoted point's letter ("Khoản 4 Điều 12
# Thông tư X … về khai quyết toán thuế.⏎⏎“a) Khai quyết toán …”", "… quy định thời hạn nộp hồ sơ.⏎⏎e) Thời hạn …"; not
# "Điều 87 Luật X chưa có quy định về …", a report's finding)
_QUOTED_NEXT = re.compile(
    r'(?:(?!chua\s+co\s|khong\s+co\s)(?:[^\n;]|\n(?![ \t]*\n))){0,360}?\n[ \t]*\n[\s._\-]*(?:"|[a-zđ]\)\s)'
)


def _opens_quoting_its_rule(src: Source, m: Mention) -> bool:
    """Whether a document opens its line (or its item) to quote what it provides ("- Luật doanh nghiệp số
    68/2014/QH13 … quy định:⏎“…”"): the letter's basis, as "- Khoản 2 Điều 5 Nghị định X quy định:" is."""
    line = src.text.rfind("\n", 0, m.start) + 1
    bullet = src.text[line : m.start].strip(" \t*_")
    # (not a line the sentence wrapped onto: "… quy định tại điểm b khoản 2 Điều 67⏎Luật X …")
    above = src.text[max(0, line - 200) : line].rstrip(" \t*_\n")
    return (
        bullet in ("-", "+", "•")
        or (not bullet and (not above or above.endswith((".", ";", ":", "!", "?", "”"))))
    ) and _QUOTES_VERBATIM.match(src.window(m.tail_end, m.tail_end + 400)) is not None


def bulleted(src: Source, pos: int) -> bool:
    """Whether a bullet alone stands before ``pos`` on its line ("- Khoản 1 Điều 4 …")."""
    before = src.text[src.text.rfind("\n", 0, pos) + 1 : pos].strip(" \t*_")
    return before in ("-", "+", "•")


def verbs_in(folded: str, offset: int) -> list[Verb]:
    pattern, meta = _verbs()
    out = []
    for m in pattern.finditer(folded):
        relation, strength, provision = meta[m.lastindex - 1]  # type: ignore[operator]
        out.append(Verb(relation, strength, offset + m.start(), offset + m.end(), provision))
    return out


# A boundary looks ahead at the capital that opens the next sentence, which may be a mention's first letter:
# the scan reads a few characters past the end of its range (enough for a list's next type word), and keeps the
# boundaries that end inside it.
_LOOKAHEAD = 24


# A numbered heading on a line of its own, with no full stop ("2. Việc thực hiện Điều lệ Đảng⏎Các chi bộ …", an article's
# "Điều 6. Sửa đổi, bổ sung Thông tư số 06/2022/TT-BNV⏎Sửa đổi khoản 3 Điều 5 …"). A
# line that wrapped is not one: it runs to the margin (so a heading is short), it may stop on a word that goes on
# ("… của⏎", "… Điều 1⏎", "… Mẫu số 02-⏎"), inside a name ("… của Thủ tướng⏎Chính phủ"), or inside a title in
# capitals ("… SỬA ĐỔI, BỔ SUNG⏎NGHỊ ĐỊNH …"); a paragraph opens below it with a capital and lower case.
_HEADING_BODY = (
    # (an article's, unless its line wraps before its object, a numbered document: "Điều 2. Bãi bỏ toàn bộ⏎Quyết định số
    # 35/2015/…")
    r"[ \t*_#]*(?:Điều[ \t]+\d{1,3}[a-z]?(?=[^\n]*\n(?![ \t*_]*\w+[ \t]+\w+[ \t]+số[ \t]*\d))"
    r"|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)][ \t]+(?P<words>[^\n.;:!?]{3,60}?)"
    r"[ \t*_]*\n"
    rf"(?=[ \t*_]*[{CAPITALS}][^\W\d_]*[a-zà-ỹđ])"
)
# (searched from the line break before it, a literal the regex engine skips to; the text's first line alone)
_HEADING_LINE = re.compile(r"\n" + _HEADING_BODY)
_FIRST_LINE_HEADING = re.compile(_HEADING_BODY)
_GOES_ON = frozenset("của và số về tại theo ngày các với cho những năm".split())  # noqa: SIM905


def _heading_end(m: re.Match[str]) -> bool:
    words = m.group("words").split()
    last = words[-1]
    return not (
        last[-1] in "-,(/"
        or last[-1].isdigit()
        or last in _GOES_ON
        # (the Party and the State end a heading: "1. Thực hiện chủ trương, đường lối của Đảng và Nhà nước")
        or (any(w[0].isupper() for w in words[1:][-2:]) and not _PARTY_AND_STATE.search(m.group("words")))
    )


_PARTY_AND_STATE = re.compile(r"(?:của|với)\s+(?:Đảng|Nhà\s+nước)(?:\s+và\s+(?:Đảng|Nhà\s+nước))?$")


# A unit's number and its heading in running text: "thực hiện theo mẫu tại Mục II. Mẫu biểu hồ sơ khai thuế … – Phụ lục
# II … ban hành kèm theo Thông tư X" is one reference; its full stop ends no sentence (unless a blank line follows:
# "… nêu tại Mục I.⏎⏎Công tác tuyển dụng …"); nor does one after the units that hold it ("tại Mục 5 Phần VI. Phụ lục I
# Nghị định X", "tại Điểm a Mục 1 của “Phần C. Trình tự” …").
_UNIT_CITED = re.compile(
    r"(?<![a-z])(?:tai|theo|cua|thuoc)\s+(?:(?:diem|khoan|muc|tiet|dieu|chuong|phan|phu\s+luc)\s+[\da-z]{1,5}\s+"
    r"(?:cua\s+)?)*[“\"]?(?:muc|chuong|phan|dieu|phu\s+luc)\s+[\divxlca-e]{1,5}$"
)


def _unit_number_stop(src: Source, m: re.Match[str]) -> bool:
    pos = m.start()
    return src.text[pos] == "." and (
        (
            (src.text[pos - 1].isdigit() or src.text[pos - 1] in "IVXLCABDE")
            and _UNIT_CITED.search(src.window(pos - 40, pos)) is not None
        )
        or _NUMBER_ABBREVIATION.search(src.text, max(0, pos - 3), pos) is not None
    )


# … nor does an English translation's "No." before a number ("Pursuant to Decree No. 54/2019/ND-CP …")
_NUMBER_ABBREVIATION = re.compile(r"(?<![A-Za-z])No$")


def _boundaries(src: Source, lo: int, hi: int) -> list[re.Match[str]]:
    found = [
        m
        for m in _BOUNDARY.finditer(src.text, lo, hi + _LOOKAHEAD)
        if m.end() <= hi
        and not (m.start() and m.group().count("\n") < 2 and _unit_number_stop(src, m))
        and not (m.group().startswith("”") and not _provision_quote(src, m.start()))
    ]
    if src.text.find("\n", lo, hi) < 0:
        return found
    start = src.text.rfind("\n", 0, lo) + 1
    first = _FIRST_LINE_HEADING.match(src.text, 0, hi + _LOOKAHEAD) if start == 0 else None
    headings = [
        m
        for m in [first, *_HEADING_LINE.finditer(src.text, max(start - 1, 0), hi + _LOOKAHEAD)]
        if m and lo < m.end() <= hi and _heading_end(m)
    ]
    return sorted(found + headings, key=lambda m: m.end()) if headings else found


def _provision_quote(src: Source, close: int) -> bool:
    """Whether the quotation that closes at ``close`` quotes a provision: it opened its line, or after a colon."""
    opened = src.text.rfind("“", max(0, close - _QUOTE_REACH), close)
    return opened >= 0 and (
        _opens_line(src.text, opened) or src.text[max(0, opened - 4) : opened].rstrip().endswith(":")
    )


def changed_by_itself(src: Source, m: Mention) -> bool:
    """Whether ``m``'s sentence says the citing document itself changes it ("Báo cáo này thay thế Báo cáo số 98 …"),
    not the document a proposal asks for ("Nghị quyết được thông qua sẽ thay thế …"). (Read from the sentence's start
    and from the line's: a heading above may run into the sentence, "III. KIẾN NGHỊ⏎Báo cáo này thay thế …".)"""
    for start in (m.sentence_start, src.text.rfind("\n", 0, m.start) + 1):
        said = _SELF_CHANGES.match(src.window(start, m.start)) if start >= 0 else None
        if said is not None and "duoc" not in said.group(0):
            return True
    return False


def changed_by_an_organ(src: Source, m: Mention) -> bool:
    """Whether the clause that changes ``m`` has an organ for its subject ("- Bộ Tài chính sửa đổi, bổ sung Thông tư
    số 72/2024/TT-BTC …", a resolution's assignment; "Bộ Y tế bãi bỏ Thông tư X"): the organ's act, not the citing
    document's (read from the sentence's start, and from the line's when a bullet opens it: a line may wrap before an
    issuer, "… của Bộ trưởng⏎Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung … Thông tư X")."""
    line = src.text.rfind("\n", 0, m.start) + 1
    for start in (
        m.sentence_start,
        line if bulleted(src, line + 2) or src.text[line : line + 1] in "-+•" else -1,
    ):
        said = _ORGAN_CHANGES.match(src.window(start, m.start)) if start >= 0 else None
        if said is None:
            continue
        at = start + said.start("who")
        found = issuers.recognise(said.group("who"), src.text[at : at + len(said.group("who"))])
        if found is not None and found.code is not None and found.end >= len(said.group("who").rstrip()):
            return True
    return False


_ORGAN_CHANGES = re.compile(
    r"[\s\-+•*]*(?P<who>[^,;:.()\n]{2,60}?)\s+(?:(?:se|da|can|tiep\s+tuc|khan\s+truong|(?:co|chiu)\s+trach\s+nhiem)\s+)?"
    r"(?:s[uw]a\s+d[o]i|b[o]\s+sung|b[a]i\s+b[o]|thay\s+th[e])(?![a-z])"
)


def sentence_start(src: Source, pos: int, floor: int) -> int:
    """Start of the sentence containing ``pos`` (not before ``floor``)."""
    start = max(floor, pos - 800, 0)
    found = _boundaries(src, start, pos)
    return found[-1].end() if found else start


def _boundary_between(src: Source, lo: int, hi: int) -> int | None:
    """End of the last sentence boundary in ``text[lo:hi]``, if any.

    Like ``sentence_start``, it looks at most 800 characters back: a longer run without one is taken to
    start a sentence there.
    """
    far = hi - lo > 800
    if far:
        lo = hi - 800
    found = _boundaries(src, lo, hi)
    if found:
        return found[-1].end()
    return lo if far else None


@dataclass(frozen=True, slots=True)
class _Folded:
    """Folded view of the text from ``start`` up to a mention, folded once: the gap, the separators and the
    distance checks all read parts of it."""

    start: int
    text: str

    def window(self, start: int, end: int) -> str:
        """Folded ``text[start:end]``, for ``start`` not before ``self.start`` (as ``Source.window``)."""
        return self.text[start - self.start : end - self.start]


# How far before a list's passive lead ("…, được sửa đổi, bổ sung bởi:") the document it changes may be named.
_PASSIVE_REACH = 400


# A page's footnotes, which PDF text prints in mid-sentence: a rule of underscores, then lines opening with a
# footnote's mark ("¹ Công văn số …", "1 Công văn số …", "(1) Công văn số …", Markdown's "[^1]: …") and the lines
# they wrap onto, then maybe the page's number alone between blank lines; without the rule, a line of its own that
# opens with a superscript mark.
_FOOTNOTES = re.compile(
    rf"\n[ \t]*_{{5,}}[ \t]*\n(?:[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{{1,3}}\]:?|\(\d{{1,3}}\)|\d{{1,2}}[ \t]+(?=[{CAPITALS}]))[^\n]*(?:\n|$)"
    r"(?:[ \t]*[^\s¹²³⁴⁵⁶⁷⁸⁹⁰[][^\n]*(?:\n|$))*)+"
    r"(?:[ \t]*\n[ \t]*\d{1,3}[ \t]*\n(?=[ \t]*\n))?"
    rf"|\n[ \t]*[¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}[ \t]*(?=[{CAPITALS}])[^\n]*(?=\n)"
)
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


def assign(src: Source, mentions: list[Mention]) -> list[LinkFound]:
    """Set ``relation`` on every mention (in text order) and return the links between mentions.

    A page's footnotes in mid-sentence are read apart: the sentence goes on over them, and each note is a
    sentence of its own."""
    marked = "___" in src.text or any(mark in src.text for mark in _SUPERSCRIPTS)
    blocks = [(m.start(), m.end()) for m in _FOOTNOTES.finditer(src.text)] if marked else []
    if not blocks:
        return _assign(src, mentions)
    inside = [any(start <= m.start < end for start, end in blocks) for m in mentions]
    body, notes = list(src.text), [" " if c != "\n" else c for c in src.text]
    for start, end in blocks:
        body[start:end] = [" "] * (end - start)
        notes[start:end] = src.text[start:end]
    out = []
    for keep, text in ((False, body), (True, notes)):
        index = [i for i, flag in enumerate(inside) if flag == keep]
        view = Source(src.original, "".join(text), src.offsets)
        out += [
            replace(lk, source=index[lk.source], target=index[lk.target])
            for lk in _assign(view, [mentions[i] for i in index])
        ]
    return out


def _assign(src: Source, mentions: list[Mention]) -> list[LinkFound]:
    links: list[LinkFound] = []
    link_source: dict[int, LinkFound] = {}
    passive_of: dict[int, LinkFound] = {}
    governing: str | None = None
    weak_prev: str | None = None  # the relation a weak verb gave the previous mention
    weak_run = 0  # how many mentions that weak verb has given it, up to the previous one
    weak_rule = False  # whether that weak verb names where a rule stands ("theo quy định tại")
    led_prev: str | None = None  # … or a list's lead, on an earlier line
    first_item: tuple[int, str] | None = None  # the sentence's first mention: its end and its relation
    weak_after_head = False  # whether a weak verb after that mention governs the list now
    carried: list[int] = []  # what the sentence's opening "Thực hiện X; Y," carries out
    issued_for: list[int] = []  # … and what the documents its main clause reports issuing carry out
    prev: int | None = None
    sent = 0
    columns = _flat_columns(src)
    for i, m in enumerate(mentions):
        lead: Verb | None = None
        led = False
        if prev is not None:
            boundary = _boundary_between(src, mentions[prev].end, m.start)
            if boundary is not None:
                governing, prev = None, None
                carried, issued_for = [], []
                first_item, weak_after_head = None, False
                gap_start = sent = boundary
            else:
                gap_start = min(mentions[prev].tail_end, m.start)
        else:
            gap_start = sentence_start(src, m.start, mentions[i - 1].end if i else 0)
            sent = gap_start
        lo = gap_start if prev is None else min(gap_start, mentions[prev].end)
        view = _Folded(lo, src.window(lo, m.start))
        gap = view.window(gap_start, m.start)
        verbs = verbs_in(gap, gap_start)
        if (
            prev is None
            and "nay" in gap
            and (self_then := _SELF_THEN_CLAUSE.search(gap))
            and _clause_after_self(self_then)
        ):
            # "Chủ trì thực hiện Kế hoạch này; chuẩn bị sơ kết Kết luận 114", "… ban hành Kế hoạch thực hiện Chương
            # trình này trước ngày 31/3/2026, lồng ghép với Kế hoạch 128": the verb took the document itself
            cut = self_then.start("rest")
            gap, gap_start = gap[cut:], gap_start + cut
            verbs = [v for v in verbs if v.start >= gap_start]
        if (
            prev is not None
            and ";" in gap
            # "Căn cứ Nghị định 152/2025 … quy định về phân cấp …; quy định chi tiết … Luật Thi đua, khen thưởng": in a
            # preamble, a title of two parts goes on over its ";" (in lower case, a guide's verb opening the part)
            and not (
                governing == "based_on"
                and _TITLE_GOES_ON.match(gap, gap.rindex(";") + 1)
                and src.text[gap_start + gap.rindex(";") + 1 :].lstrip()[:1].islower()
            )
        ):
            cut = gap.rindex(";") + 1
            gap, gap_start = gap[cut:], gap_start + cut
            verbs = [v for v in verbs if v.start >= gap_start]
            opening = next((v for v in verbs if v.strength == "strong"), None)
            before = view.window(gap_start, opening.start).split() if opening else []
            if (
                opening
                # (who guides is read below; a change opens a clause of its own: "Bãi bỏ X; thay thế cụm từ … tại Y")
                and opening.relation in ("implements", "based_on", *_CHANGES)
                and len(before) <= 3
                and not (before and src.text[opening.start].isupper())  # "; Cục Thi hành án …" is an organ
            ):
                governing = (
                    opening.relation
                )  # "…theo Hướng dẫn X; thực hiện Đề án … kèm theo Y": a new clause
            elif (
                governing == weak_prev
                and opening is None
                and (first := next(iter(verbs), None)) is not None
                and first.strength == "neutral"
                and not view.window(gap_start, first.start).strip(" \t\n-+•")
            ):
                governing = (
                    "cites"  # "… theo Quyết định X; đề nghị bãi bỏ Nghị quyết Y": a request of its own
                )
            elif opening is None and _TASK.match(gap) and not src.text[gap_start:].lstrip()[:1].isupper():
                governing = (
                    "cites"  # "Quán triệt X; tuyên truyền … Luật Y": a new task with a verb of its own
                )
            elif opening is None and (
                _CLAUSE_AFTER_SEMICOLON.match(gap)
                or any(v.strength == "neutral" and _ASKS.match(view.window(v.start, v.end)) for v in verbs)
            ):
                governing = "cites"
            elif (
                governing == weak_prev
                and weak_after_head
                and weak_run < 2
                and first_item is not None
                and not gap.strip()
            ):
                # "Tiếp tục phổ biến Luật Đất đai … theo Luật số 43/2024/QH15; Luật Nhà ở …": the "theo" belonged to
                # the first item; the list after ";" goes on with the sentence's first object (not after a list of
                # the "theo"'s own: "… theo quy định của Luật A, Luật B; Nghị định C")
                governing = first_item[1]
            elif (
                weak_prev
                not in (None, "cites")  # (a "theo" in a title before names, no list of the clause's)
                and governing != weak_prev
                and weak_run >= 2
                and opening is None
                and not gap.strip()
            ):
                # "… thực hiện Chương trình … theo quy định tại Luật A, Nghị định B; Thông tư C": the weak verb's own
                # list goes on over ";"
                governing = weak_prev
            elif governing == weak_prev and (
                _OWN_PREDICATE.match(gap)
                # "…; việc áp dụng tình tiết giảm nhẹ tại Điều 5 Quy định X chưa chính xác": a subject of its own,
                # with no verb of its own for X
                or (not verbs and _OWN_SUBJECT.match(gap))
            ):
                # "… theo Hướng dẫn X; không tiếp tục áp dụng mẫu phiếu tại Y", "… theo Nghị định X; tình trạng nhũng
                # nhiễu đã được Chỉ thị Y chỉ ra": a weak verb's list goes on over ";" ("theo Nghị định A; khoản 2 Điều
                # 5 Thông tư B"), not into a clause that denies or whose passive Y is the agent of
                governing = "cites"
            elif (
                governing == weak_prev
                and opening is None
                and not any(v.strength == "weak" for v in verbs)
                and len(_ARTICLE_REFS.sub(" ", gap).split()) >= 6
                and not _STILL_A_BASIS.search(gap)
            ):
                # "… theo quy định tại Thông tư X; nhân lực trạm còn thiếu 02 bác sĩ so với định mức tại Thông tư Y": a
                # clause of its own, which the weak verb's list does not reach
                governing = "cites"
            elif governing in _CHANGES and _CHANGES_NEXT.match(src.window(m.end, m.end + 24)):
                # "… thay thế Pháp lệnh X; Nghị định Y thay thế Quyết định Z": Y, right before a verb of its own, is the
                # subject of its own change, not the list's next object (after its date and issuer, "sửa đổi …" is
                # its title: "Bãi bỏ Thông tư A; Thông tư B ngày … của Bộ trưởng … sửa đổi … Thông tư A")
                governing = "cites"
        issued = False
        if prev is not None and governing and (clause := _NEW_CLAUSE.search(gap) or _organ_issues(gap)):
            # "Thực hiện X, UBND huyện đã thành lập Ban Chỉ đạo (Quyết định số Y)": reported; "Thực hiện X, UBND
            # tỉnh đã ban hành Kế hoạch Y": and Y carries X out
            issued = governing == "implements" and " ".join(clause.group("verb").split()) in _ISSUING
            issued_for = carried if issued else []
            governing = "cites"
        elif issued_for and prev is not None:  # "… Kế hoạch Y và Quyết định Z"
            issued = _AND_OR_COMMA.fullmatch(view.window(mentions[prev].tail_end, m.start)) is not None
        elif (
            prev is not None
            and governing
            and (
                _new_subject(
                    view.window(mentions[prev].tail_end, m.start), src.text[mentions[prev].tail_end : m.start]
                )
                # a reason after a comma ("… thay thế Quyết định X, do Nghị định Y đã hết hiệu lực"), or an exception
                # ("Bãi bỏ Điều 5 Quyết định X, trừ các trường hợp quy định tại khoản 2 Điều 3 Quyết định X")
                or _REASON_OPENS.search(view.window(mentions[prev].tail_end, m.start)) is not None
                or _EXCEPTION_OPENS.search(view.window(mentions[prev].tail_end, m.start)) is not None
            )
        ):
            # "Thực hiện Quyết định X, Sở Nội vụ tuyên truyền về Nghị định Y": the organ's own act
            governing = "cites"
        if prev is None:
            carried, issued_for = [], []
        found = [
            v
            for v in verbs
            if v.strength != "neutral"
            and (prev is None or _governs(view, v, m))
            and (v.strength != "adjacent" or _adjacent(view, v, m))
            # a quoted provision's act is not the citing document's, but what it says of two others holds, a title's
            # verb too ("“1. Thực hiện theo quy định tại Luật số 70/2014/QH13 … sửa đổi, bổ sung … của Luật thuế X")
            and not (
                v.strength != "passive"
                and _quoted(src, v)
                and (v.relation in _CHANGES_AND_IMPLEMENTS or _quoting(src, v.start))
                and not (
                    prev is not None
                    and v.strength in ("strong", "adjacent")
                    and _in_description(view, mentions[prev], v, over_semicolon=False)
                )
            )
            and not (v.relation == "implements" and prev is None and _not_carried_out(view, v, m))
            # "Hướng dẫn thực hiện Tiểu dự án 1 … thuộc Chương trình … được phê duyệt tại Quyết định X": the guide's
            # object is what X approved; X is named where it stands
            and not (
                v.relation == "guides"
                and prev is None
                and _APPROVED_AT_END.search(view.window(v.end, m.start)) is not None
            )
            and not (v.relation == "implements" and prev is None and _judged(src, view, gap_start, v, m))
            and not _in_quoted_phrase(src, v.start)
            # "(sau đây gọi tắt là Hướng dẫn 12)": an alias names a document, its type word is no verb
            and not ALIAS_BEFORE.search(src.window(v.start - 30, v.start))
            and not (v.strength == "weak" and _quoted_before(src, v, m))
            # "| Khai thuế … nộp thuế theo phương pháp khoán | Thông tư số 40/2021/TT-BTC |": "theo" took its object in
            # its own cell
            and not (v.strength == "weak" and _other_cell(src, v.end, m.start))
            # "xác định theo thời gian sử dụng và được quy định cụ thể tại khoản 1 Điều 20 Thông tư X", "kê khai theo
            # quý nhưng chưa nộp hồ sơ quy định tại X": "theo" took its own object, a second predicate names X
            and not (
                v.strength == "weak"
                and _DEFINED_BEFORE.search(_ARTICLE_REFS.sub(" ", view.window(v.end, m.start)))
            )
            # "khai thác đá theo cả khối lớn thì nộp phí; mức phí nêu tại Nghị định X": a weak verb's object ends
            # at the clause's ";" (not at one between provisions: "theo quy định tại Điều 13; khoản 2 Điều 18 …")
            and not (v.strength == "weak" and prev is None and _new_clause_after(view.window(v.end, m.start)))
            # "Theo Giấy chứng nhận đầu tư thì doanh nghiệp …, tuy nhiên Thông tư X …": no verb reaches past the "thì"
            # that opens the main clause, nor past ", theo đó" ("Bổ sung Điều 11 …, theo đó trường hợp Hiệp định X …")
            and not _THEN.search(src.text, v.end, m.start)
            and not _ACCORDINGLY.search(view.window(v.end, m.start))
            # "thực hiện số hóa hồ sơ …; niêm yết các thủ tục đã được công bố tại Quyết định X": a clause of its own,
            # whose passive says where its object was published
            and not (
                v.strength == "strong" and prev is None and _passive_clause_after(view.window(v.end, m.start))
            )
            # "xây dựng kế hoạch triển khai; lồng ghép với Kế hoạch X": a verb whose clause ends at once has no object
            # here (OCR's speck in "theo quy định tại ; Điều 6 Luật X" ends nothing)
            and not _ENDS_AT_ONCE.match(view.window(v.end, m.start))
            and (
                prev is not None
                or v.relation not in _CHANGES_AND_IMPLEMENTS
                or v.strength != "strong"
                or _near(view, v, m)
                or _opens(view, gap_start, v)
            )
        ]
        if (
            found
            and found[-1].provision
            and (
                prev is not None
                or found[0] is not found[-1]
                or _list_lead(src, m.start)
                # an item that opens with the provision itself quotes it: "- Khoản 1 Điều 4 Luật X quy định: …"; a
                # paragraph only when the quotation follows ("Khoản 4 Điều 2 Thông tư X quy định:", not "Điều 4 Luật
                # X quy định 11 khoản thu nhập …", a report's summary)
                or (
                    src.text[found[-1].start] not in "Tt"
                    and not (_QUOTES_RULE if bulleted(src, found[-1].start) else _QUOTES_VERBATIM).match(
                        following := src.window(m.tail_end, m.tail_end + 400)
                    )
                    and not _QUOTED_NEXT.match(following)
                )
            )
        ):
            found.pop()  # "Thay thế cụm từ … tại các điều sau đây:⏎- Tại Điều 5 Quyết định X": the lead governs
        elif (
            found
            and prev is None
            and found[-1].strength == "adjacent"
            and _ITEM_SUBJECT.fullmatch(
                src.window(src.text.rfind("\n", 0, found[-1].start) + 1, found[-1].start)
            )
            and (item_lead := _list_lead(src, found[-1].start)) is not None
            and item_lead.relation != "cites"
        ):
            found[-1] = (
                item_lead  # "Căn cứ các văn bản sau:⏎- Chính phủ ban hành Nghị định số …": its issuer named
            )
        if (quoter := _quoted_changer(src, mentions, i, verbs)) is not None:
            links.append(
                quoter
            )  # "Tại Điều 2 Thông tư A quy định:⏎“Điều 2. Sửa đổi … Thông tư B …”": A changes B
        sym_gap = view.window(mentions[prev].end, m.start) if prev is not None else ""
        verb = found[-1] if found else None
        target = (
            _changed(src, mentions, prev, m, verb)
            if verb
            and verb.strength == "passive"
            and prev is not None
            and not _YEAR_ONLY.match(gap, verb.end - gap_start)
            # "thực hiện Chương trình theo tổng mức đã được phê duyệt tại Y": what Y approved is no document
            and not (
                verb.relation == "cites"
                and any(
                    v.strength != "neutral" and v.start < verb.start
                    for v in verbs_in(view.window(mentions[prev].tail_end, verb.start), 0)
                )
            )
            else None
        )
        if target is None and verb is not None and verb.strength == "passive" and verb.relation == "guides":
            found.pop()  # "… được hướng dẫn tại X" said of no document before it: the clause's own verb governs X
            verb = found[-1] if found else None
        if verb and target is not None:
            # "Thông tư 219 … hướng dẫn Luật X (đã được sửa đổi, bổ sung theo Thông tư 119, Thông tư 151)": the
            # agents change the document before them that they can change (a circular does not amend a law)
            links.append(LinkFound(i, target, verb.relation, mentions[target].start, m.end))
            passive_of[i] = links[-1]
            # "Luật Cán bộ, công chức và Luật Viên chức được sửa đổi, bổ sung bởi Luật số 52/2019/QH14": both (a pair
            # only: in a longer list each item has its own amendments)
            if (
                verb.relation in _CHANGES
                and target == prev
                and target
                and _JUST_AND.fullmatch(src.window(mentions[target - 1].tail_end, mentions[target].start))
                and mentions[target - 1].doc_type == mentions[target].doc_type
                and (
                    target < 2
                    or not _AND_OR_COMMA.fullmatch(
                        src.window(mentions[target - 2].tail_end, mentions[target - 1].start)
                    )
                )
                and _can_change(m, mentions[target - 1])
            ):
                links.append(LinkFound(i, target - 1, verb.relation, mentions[target - 1].start, m.end))
            # the agent stands as the document it changed does: "theo Nghị định X, được sửa đổi bởi Nghị định Y", "Căn cứ
            # Nghị định X đã được thay thế bởi Nghị định Y"; one that took the place of what a weak verb took is only
            # named ("… được xây dựng theo Nghị định X, nay đã được thay thế bởi Nghị định Y")
            changed = mentions[target].relation
            cited = (
                verb.relation == "cites"
                or (verb.relation == "replaces" and target == prev and weak_prev is not None)
                or changed in _CHANGES
                or governing in _CHANGES
            )
            m.relation = "cites" if cited else changed
        elif verb and verb.relation == "implements" and _BY_MEANS.fullmatch(view.window(verb.end, m.start)):
            # "Ban Thường vụ Huyện ủy cụ thể hóa bằng Quy định số 05-QĐi/HU": the body's own instrument, which carries
            # out the document the sentence is about
            if i and mentions[i - 1].start >= sent:
                links.append(LinkFound(i, i - 1, "implements", mentions[i - 1].start, m.end))
            m.relation = "cites"
        elif (
            not verb
            and prev is not None
            and governing == "implements"
            and _BY_MEANS.fullmatch(view.window(max(mentions[prev].tail_end, mentions[prev].end), m.start))
        ):
            # "… đã cụ thể hóa Chỉ thị số 05-CT/TW bằng Kế hoạch số 12-KH/HU": the instrument carries the document out
            links.append(LinkFound(i, prev, "implements", mentions[prev].start, m.end))
            m.relation = "cites"
        elif verb and verb.strength == "issued_under" and prev is not None:
            # "Nghị quyết số 28/2023/NQ-HĐND được ban hành theo Thông tư số 56/2023/TT-BTC": the resolution carries
            # out the circular; the citing document only mentions it
            links.append(LinkFound(prev, i, verb.relation, mentions[prev].start, m.end))
            m.relation = "cites"
        elif (
            prev is not None
            and prev in passive_of
            and not found
            # "… được sửa đổi, bổ sung tại Thông tư A và Điều 1 Thông tư B": an article of the next agent
            and _AND_OR_COMMA.fullmatch(_ARTICLE_REFS.sub(" ", view.window(mentions[prev].tail_end, m.start)))
            and not _below(m, mentions[passive_of[prev].target])
            and _can_change(m, mentions[passive_of[prev].target])
            and not _earlier(m, mentions[passive_of[prev].target])
            # "… theo Luật số 08/2017/QH14, Luật Đất đai số 45/2013/QH13": after an amending law named by its number,
            # a law named by its subject is the outer list's next item
            and not (_law_by_subject(src, m) and not _law_by_subject(src, mentions[prev]))
        ):
            agent = passive_of[prev]  # the list of agents goes on
            links.append(LinkFound(i, agent.target, agent.relation, agent.start, m.end))
            passive_of[i] = links[-1]
            m.relation = mentions[prev].relation
        elif verb and verb.strength == "draft":
            # "Căn cứ ý kiến góp ý dự thảo sửa đổi Quyết định X … tại Văn bản Y": the draft changes X; the clause's
            # verb governs Y
            m.relation = "cites"
            governing = next((v.relation for v in reversed(found) if v.strength == "strong"), governing)
        elif verb and verb.strength == "adjacent" and verb.relation == "cites":
            # "…, UBND huyện ban hành Kế hoạch B và Quyết định C": reported, and so is the rest of its list;
            # "Quyết định 892-QĐ/TU … ban hành Quy định số 03-QĐi/TU": the decision issues the regulation
            if (
                prev is not None
                and "ban" in view.window(verb.start, verb.end)
                and _ISSUED_BY_PREV.fullmatch(view.window(mentions[prev].tail_end, verb.start))
                and m.kind == "numbered"  # what a title names without a number is no document of its own
                and not _SECOND_OBJECT.search(view.window(verb.end, m.start))
            ):
                links.append(LinkFound(prev, i, "issues", mentions[prev].start, m.end))
            m.relation = governing = "cites"
        elif (
            verb
            and prev is not None
            and verb.relation in _CHANGES
            and prev in link_source
            and link_source[prev].relation in _CHANGES
            and _AT_THE_SAME_TIME.fullmatch(
                view.window(max(mentions[prev].tail_end, mentions[prev].end), verb.start)
            )
        ):
            # "Nghị định X … thay thế Nghị định A, Nghị định B; đồng thời bãi bỏ … của Nghị định C": X's second change
            head = link_source[prev].source
            links.append(LinkFound(head, i, verb.relation, mentions[head].start, m.end))
            link_source[i] = links[-1]
            m.relation = "cites"
        elif (
            verb
            and prev is not None
            and verb.strength in ("strong", "adjacent")
            and _in_description(view, mentions[prev], verb, over_semicolon=governing == "based_on")
            # "Cơ quan thuế áp dụng Nghị định A và căn cứ Nghị định B", "… theo Kế hoạch A (đồng thời căn cứ B)": the
            # subject's second basis, not A's
            and not (
                verb.relation == "based_on"
                and _BASIS_TOO.search(view.window(mentions[prev].tail_end, verb.start))
            )
            # "Chương trình này thay thế A … thực hiện B và bãi bỏ C", "Sửa đổi … Quyết định A … của UBND tỉnh và bãi
            # bỏ Quyết định B": the citing document's second change
            and not (
                verb.relation in _CHANGES
                and (
                    (
                        _AND_AT_END.search(view.window(mentions[prev].end, verb.start))
                        and _SELF_CHANGES.match(src.window(sent, verb.start))
                    )
                    or (
                        governing in _CHANGES
                        and _NEXT_CHANGE.fullmatch(view.window(mentions[prev].tail_end, verb.start))
                        is not None
                    )
                )
            )
        ):
            if _later(m, mentions[prev]) or _coordinated(view.window(verb.end, m.start)):
                # "Nghị định 27/2022 … tổ chức thực hiện … và Nghị định 38/2023": the verb is in the earlier
                # decree's title, which cannot name a later one, or has an object of its own before "và"; the
                # document is the list's next item
                m.relation = governing or "cites"
            else:
                # "Quy định 232 … về thi hành Điều lệ Đảng (thay thế Quy định 24)": a change in brackets after a
                # document named in a title is the titled document's
                head = prev
                if (
                    verb.relation in _CHANGES
                    and prev in link_source
                    and view.window(verb.start - 2, verb.start).strip() in ("(", ",")
                    and not _CHANGE_LISTED.search(view.window(verb.start - 24, verb.start))
                ):  # … and so is one after a comma ("Nghị định 145 quy định chi tiết Bộ luật Lao động …, thay thế …")
                    head = link_source[prev].source
                elif (
                    prev in link_source
                    and link_source[prev].relation == verb.relation
                    and _AND_OR_SEMICOLON.fullmatch(view.window(mentions[prev].tail_end, verb.start))
                ):  # "Thông tư 60 hướng dẫn thi hành … Luật A và (;) hướng dẫn thi hành Nghị định B": the title's verb again
                    head = link_source[prev].source
                if verb.relation in _CHANGES and _apart(mentions[head], m):
                    # "Xây dựng Kế hoạch thực hiện Nghị quyết 57-NQ/TW …, thay thế Kế hoạch số 215/KH-UBND": a Party
                    # resolution changes no State plan; the change is the citing document's
                    m.relation = governing = verb.relation
                else:
                    # "Nghị định 226 … sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật
                    # Đất đai": a decree changes no law; the law is only named in its title
                    relation = (
                        "cites"
                        if (verb.relation in _CHANGES and not _can_change(mentions[head], m))
                        # "công văn X của Công ty … đề nghị hướng dẫn áp dụng Thông tư Y": X asks for guidance on Y
                        or (
                            verb.relation == "guides"
                            and _ASKED_FOR.search(view.window(mentions[head].tail_end, verb.start))
                        )
                        else verb.relation
                    )
                    links.append(LinkFound(head, i, relation, mentions[head].start, m.end))
                    m.relation = "cites"
                    link_source[i] = links[-1]
        elif (
            verb
            and prev is not None
            and verb.strength == "weak"
            and _plan_follows(view, mentions[prev], verb)
        ):
            links.append(LinkFound(prev, i, "implements", mentions[prev].start, m.end))
            m.relation = "cites"
        elif (
            verb
            and prev is not None
            and verb.relation == "based_on"
            and verb.strength == "weak"
            and _described_under(src, view, mentions[prev], verb)
        ):
            # "công văn số 353/TCT-CS … của Tổng cục Thuế hướng dẫn trích lập … theo quy định tại Thông tư 228": what
            # the letter says, reported (the letter guides applying 228); the citing document is not based on 228
            said = view.window(mentions[prev].tail_end, verb.start)
            relation = (
                "guides"
                if _GUIDES_UNDER.match(said)
                # "Nghị định 72/2024 … quy định chính sách giảm thuế … theo Nghị quyết 142/2024/QH15": pursuant to a
                # higher document, the decree carries it out
                else "implements"
                if view.window(verb.start, verb.end) == "theo"
                and (
                    (_RULES_UNDER.match(said) and _outranks(m, mentions[prev]))
                    # "Công văn 3105/UBND-NC về chấn chỉnh kỷ cương hành chính theo Chỉ thị 26/CT-TTg": a document
                    # of a lower level or force, on a subject set by a higher one, carries it out
                    or (
                        _SUBJECT_WITH_COMMAS.match(said)
                        and (_below(mentions[prev], m) or _outranks(m, mentions[prev]))
                    )
                )
                else "cites"
            )
            links.append(LinkFound(prev, i, relation, mentions[prev].start, m.end))
            link_source[i] = links[-1]
            m.relation = "cites"
        elif (
            verb
            and prev is None
            and verb.relation == "guides"
            and found[0].strength == "strong"
            and found[0] is not verb
        ):
            # "Căn cứ các Nghị định … quy định chi tiết … Luật X": the verb describes what the preamble
            # names without a number; the citing document does not guide X, it is based on those decrees.
            m.relation, governing = "cites", found[0].relation
        elif (
            verb
            and prev is None
            and verb.relation == "guides"
            and not (_opens(view, gap_start, verb) or _by_this(view, verb))
        ):
            # Only the citing document guides ("Thông tư này hướng dẫn …", its own title "Hướng dẫn thi hành
            # …"); "Nghị định của Chính phủ hướng dẫn Luật X" says what another document does.
            m.relation = "cites"
        elif verb and verb.strength == "report":
            if (
                prev is not None
                and governing
                and _TITLE_NEXT.match(title := view.window(mentions[prev].tail_end, verb.start))
                and "," not in title
                and _in_description(view, mentions[prev], verb)
            ):
                # "Thực hiện Công văn X … về việc tổng kết 10 năm thực hiện Kết luận Y; Hướng dẫn Z …": the review is
                # the letter's subject; the list goes on under the opening verb
                links.append(LinkFound(prev, i, "cites", mentions[prev].start, m.end))
                link_source[i] = links[-1]  # "… báo cáo kết quả thực hiện Chỉ thị X và Nghị quyết Y"
                m.relation = "cites"
            else:
                m.relation = governing = "cites"
        elif verb and verb.strength == "passive":
            # "Đoạn này được sửa đổi theo Thông tư X": X is the agent; "căn cứ giá thóc được phê duyệt tại Quyết định
            # X": the verb before the passive governs; so does a change of X's parts whose passive says where they
            # were published ("thay thế ba (03) thủ tục hành chính được công bố tại Quyết định X")
            active = [
                v
                for v in found
                if v.strength != "passive" and (v.relation not in _CHANGES or v.relation == "amends")
            ]
            m.relation = governing or (
                active[-1].relation if active and verb.relation == "cites" else "cites"
            )
        elif (
            verb
            and verb.relation in _CHANGES
            and (
                _others_change(src, max(sent, verb.start - 90), verb.start)
                or _ASKED_LIST_GOES_ON.match(src.window(sent, verb.start)) is not None
            )
        ):
            # "Bộ Tài chính chưa ban hành Thông tư sửa đổi, bổ sung Thông tư X": a document without a number,
            # reported, proposed or awaited, makes the change; the citing document only names X
            m.relation = governing = "cites"
        elif verb:
            m.relation = verb.relation
            # "sửa đổi X cho phù hợp với Y và Z", "bãi bỏ X theo Y và Z": what follows a change's standard is
            # more of the standard, not more to change
            # (a weak "cites" binds its document only: "trước ngày Nghị định X có hiệu lực thì …, theo Y và Z")
            if (
                verb.strength in ("strong", "adjacent")
                or (governing is None and verb.relation != "cites")
                or governing in _CHANGES
            ):
                governing = verb.relation
        elif (
            prev is not None
            and prev in link_source
            and (shared := _shared_description(m, mentions, link_source, prev)) is not None
            # after the previous item's own date and issuer: "… Nghị quyết 71/NQ-CP ngày 01/4/2025 của Chính
            # phủ và Kế hoạch 07-KH/TU": both in the description of the plan that carries them out; or after the
            # item's own "ban hành Quy chế …" title, then "và"; or after its "về/hướng dẫn/quy định …" title, when
            # the next item is later than it or its sibling (its title cannot name it)
            and (
                _NEXT_ITEM.fullmatch(
                    gap_after := view.window(max(mentions[prev].tail_end, mentions[prev].end), m.start)
                )
                or (_TITLED_ITEM.fullmatch(gap_after) is not None and _later(m, mentions[prev]))
                or (
                    shared.relation == "guides"
                    and _NEXT_PROVISION.fullmatch(gap_after) is not None
                    and _document_of(m) != _document_of(mentions[prev])
                )
            )
        ):
            links.append(LinkFound(shared.source, i, shared.relation, shared.start, m.end))
            link_source[i] = shared  # the list goes on: "sửa đổi … của Thông tư A, Thông tư B, Thông tư C"
            m.relation = "cites"
        elif (
            m.kind == "named"
            and m.antecedent is None  # "… và Chỉ thị số 33 nói trên": a reference back is in no title
            and prev is not None
            # (or a guide's title whose verb takes another object: "Thông tư X … hướng dẫn một số nội dung thực hiện đa
            # dạng hóa sinh kế … thuộc Chương trình mục tiêu quốc gia …")
            and (
                _TITLE_MARK.search(sym_gap)
                or _GUIDE_TITLE.match(view.window(max(mentions[prev].tail_end, mentions[prev].end), m.start))
            )
            and ";" not in sym_gap
            and not _SECOND_PREDICATE.search(sym_gap)
            # (… nor past the end its title was read to: "… về công tác phụ nữ trong tình hình mới, Luật Bình đẳng giới")
            and not _listed_past_title(src, mentions[prev], m)
            and not _other_cell(src, mentions[prev].end, m.start)
            and not _OWN_CLAUSE.search(sym_gap)
            and not _REASON.search(
                sym_gap
            )  # "… bãi bỏ X … do không còn phù hợp với Luật Y": the citing body's reason
            # "… về X và Nghị quyết Trung ương 4 khóa XII về Y": a document with a title of its own is the next
            # item; so is one after "và" when no verb of the title takes it and the title lists nothing ("Kết luận
            # 114 … về nâng cao hiệu quả công tác dân vận và Nghị quyết Đại hội Đảng bộ xã"; not "Ban Chỉ đạo về
            # phát triển khoa học, công nghệ, chuyển đổi số và Đề án 06"), or lists but is a Party document's, which
            # names no State scheme or law ("Nghị quyết 57-NQ/TW … về đột phá phát triển khoa học, công nghệ … và
            # Đề án 06")
            and not (
                _AND_PROVISIONS_AT_END.search(sym_gap)
                and (
                    _TITLE_NEXT.match(src.window(m.end, m.end + 12))
                    or not (
                        any(v.strength != "neutral" for v in verbs_in(sym_gap, 0))
                        or ("," in sym_gap and not _state_named_after_party(mentions[prev], m))
                    )
                    or _law_past_title(sym_gap, m)
                )
            )
        ):
            links.append(LinkFound(prev, i, "cites", mentions[prev].start, m.end))
            # (a title's list of treaties goes on: "… của Hiệp định A (CPTPP), Hiệp định B")
            if m.doc_type == "Hiệp định":
                link_source[i] = links[-1]
            m.relation = "cites"
        elif (
            prev is not None
            and not _TITLE_ENDS.search(sym_gap)
            and (
                (_TITLE_MARK.search(sym_gap) and _PROVISIONS_OF.search(sym_gap))
                or (
                    _BARE_AT.search(sym_gap)
                    and _GUIDANCE_SAYS.match(view.window(mentions[prev].tail_end, m.start))
                )
            )
        ):
            # "Quyết định 2278/QĐ-BYT … về việc công bố thủ tục hành chính … quy định tại Nghị định 163": inside the
            # earlier document's title, what it names; the citing document only mentions it. A title that guides
            # ("Thông tư 92 hướng dẫn thực hiện … nội dung … quy định tại Luật X và Nghị định Y", "… hướng dẫn
            # thực hiện chế độ trợ cấp … tại Quyết định 40") guides them.
            guides = any(v.relation == "guides" and v.strength != "neutral" for v in verbs_in(sym_gap, 0))
            links.append(LinkFound(prev, i, "guides" if guides else "cites", mentions[prev].start, m.end))
            link_source[i] = links[-1]
            m.relation = "cites"
        elif (
            weak_prev
            and prev is not None
            and (
                _JUST_AND.fullmatch(
                    gap_after := view.window(max(mentions[prev].tail_end, mentions[prev].end), m.start)
                )
                # (a comma too, in a list whose first item the weak verb took in a clause of its own: "…; bảo đảm yêu
                # cầu theo Chỉ thị số 15/CT-TTg ngày 27/3/2020, Chỉ thị số 16/CT-TTg …", or that ends in "và": "Tổ chức
                # thực hiện …; giải quyết … theo Luật Đất đai, Luật Khiếu nại năm 2011 và Luật Tiếp công dân")
                # or whose verb names where the rules stand: "… để thực hiện Chương trình qua Kho bạc theo quy định
                # tại Luật Ngân sách nhà nước, Nghị định số 11/2020/NĐ-CP …")
                or (
                    gap_after.strip() == ","
                    and weak_run == 1
                    and (governing == "cites" or weak_rule or _and_next(src, mentions, i))
                )
                # (… and after each item's title: "… đồng bộ với Nghị quyết số 57-NQ/TW … về đột phá …, Nghị quyết số
                # 59-NQ/TW … về hội nhập quốc tế … và Nghị quyết số 66-NQ/TW …")
                or (weak_run == 1 and _titled_list_ends_in_and(src, mentions, i))
                or (weak_run >= 2 and _titled_list_ends_in_and(src, mentions, i, last=True))
            )
        ):
            m.relation = weak_prev  # "… theo Nghị định 145/2020 và Nghị định 12/2022": both are the basis
        elif (
            led_prev
            and prev is not None
            and _JUST_AND.fullmatch(view.window(max(mentions[prev].tail_end, mentions[prev].end), m.start))
        ):
            m.relation = led_prev  # "Bãi bỏ … sau đây:⏎1. Nghị quyết A … và Nghị quyết B …": the item is both
        elif (
            led_prev
            and prev is not None
            and _NEXT_IN_ITEM.fullmatch(view.window(after := _past_title(mentions[prev]), m.start))
            and not any(v.start >= after for v in verbs)
        ):
            # "… các căn cứ sau:⏎- Luật số A; Luật số B;": the item lists two, the first maybe with a title that has a
            # verb of its own ("- Hướng dẫn số 26-HD/BTCTW … hướng dẫn một số vấn đề …; Công văn số 14-CV/BTCTW …")
            m.relation = led_prev
        elif (
            not governing
            and prev is None
            and (lead := _list_lead(src, m.start)) is not None
            and lead.strength == "passive"
        ):
            # "Luật X …, được sửa đổi, bổ sung bởi:⏎1. Luật A …;⏎2. Luật B …": each item amends X: the nearest document
            # of its own rank, else the lead's subject (not a document its title names), else the nearest it can change
            opens = sentence_start(src, lead.start, max(0, lead.start - 800))
            earlier = [
                k
                for k in range(i - 1, -1, -1)
                if mentions[k].end <= lead.start and _can_change(m, mentions[k])
            ]
            subject = [k for k in earlier if not src.text[opens : mentions[k].start].strip(" \t\n*_-+•")]
            rank = ranks().get(m.doc_type or "")
            peers = [
                k for k in earlier if rank is not None and ranks().get(mentions[k].doc_type or "") == rank
            ]
            nearest = next(iter(peers or subject or earlier), None)
            if nearest is not None and lead.start - mentions[nearest].end < _PASSIVE_REACH:
                links.append(LinkFound(i, nearest, lead.relation, mentions[nearest].start, m.end))
            m.relation = "cites"
        else:
            led = prev is None and lead is not None and not governing
            if led and lead is not None and lead.strength == "report":
                # each item of a list of documents issued to carry out what the lead names carries it out
                colon = src.text.find(":", lead.end, m.start)
                links.extend(
                    LinkFound(i, k, "implements", mentions[k].start, m.end)
                    for k in range(i)
                    if lead.end <= mentions[k].start and mentions[k].end <= colon
                )
            m.relation = (
                governing
                or (led and lead is not None and lead.relation)
                or _column_verb(src, m.start)
                or next((rel for start, end, rel in columns if start <= m.start < end), None)
                or ("based_on" if prev is None and _opens_quoting_its_rule(src, m) else "cites")
            )
        if verb is None and _quoted_after_lead(src, m.start) is not None:
            m.relation = (
                "cites"  # named in another document's words quoted in mid-line ("… quy định: “… Luật Y …”")
            )
        # "… bãi bỏ Quyết định X … (Nghị định số 04/2015/NĐ-CP … nay đã hết hiệu lực)": an aside in brackets, unless
        # it names the changed document again ("… và mẫu biểu báo cáo (Thông tư số 07/2021/TT-BLĐTBXH) như sau:")
        named_before = mentions[prev].symbol if prev is not None else None
        if (
            m.relation in _CHANGES
            and not found
            and gap.rstrip().endswith("(")
            and not (m.symbol is not None and named_before is not None and m.symbol.text == named_before.text)
        ):
            m.relation = "cites"
        # "Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng …": only named
        if _in_quoted_phrase(src, m.start):
            m.relation = "cites"
        if (verb is None or _other_cell(src, verb.end, m.start)) and (
            column := _cell_column_verb(src, m.start)
        ):
            # "| Giám sát việc thực hiện … | … | Nghị định 59 |" under "Căn cứ thực hiện", and every document of
            # the cell ("| Chỉ thị 33/CT-TTg; Kết luận 114-KL/TW |"): no verb of the cell's own governs them
            m.relation = column
        if verb and verb.strength == "weak":
            weak_run = 1
            weak_rule = "quy dinh" in view.window(verb.start, verb.end)
        elif m.relation == weak_prev:
            weak_run += 1
        else:
            weak_run = 0
        weak_prev = m.relation if (verb and verb.strength == "weak") or m.relation == weak_prev else None
        if prev is None:
            first_item, weak_after_head = (m.end, m.relation), False
        elif verb and verb.strength == "weak" and first_item is not None:
            weak_after_head = verb.start >= first_item[0]
        led_prev = m.relation if led or m.relation == led_prev else None
        if issued and m.relation == "cites" and m.kind == "numbered":
            links.extend(LinkFound(i, j, "implements", mentions[j].start, m.end) for j in issued_for)
        elif not issued:
            issued_for = []
        if m.relation == "implements" and governing == "implements" and not issued_for:
            carried.append(i)
        m.sentence_start = sent
        prev = i
    _expiring(src, mentions, passive_of, link_source)
    _carried_out_after(src, mentions, links)
    _reported_items(src, mentions)
    known = {(lk.source, lk.target) for lk in links}
    links += [lk for lk in _taught_in_titles(src, mentions) if (lk.source, lk.target) not in known]
    for m in mentions:
        if m.relation == "implements" and m.doc_type in _PROPOSALS:
            m.relation = "cites"  # "… (Báo cáo số 245/BC-UBND …)", "Xét … Báo cáo thẩm tra số …": a report is not carried out
    # a central resolution carries out no province's programme: such a reading took the next item of a list for
    # more of a description ("kết quả quán triệt Nghị quyết 68-NQ/TW và việc xây dựng kế hoạch thực hiện Chương
    # trình 45-CTr/TU")
    links += _shared_guidance(src, mentions, links)
    # … nor does a decree detail another decree: "Nghị định A quy định chi tiết … Luật X và Nghị định B" lists B beside
    # A, the clause's verb B's too ("Căn cứ Nghị định A … và Nghị định B")
    for lk in links:
        guide, guided = mentions[lk.source], mentions[lk.target]
        if (
            lk.relation == "guides"
            and guide.symbol is not None
            and guided.symbol is not None
            and guided.symbol.text != guide.symbol.text
            and _outranked_by(guided, guide)
            and guided.relation == "cites"
            and guide.relation in ("implements", "based_on")
        ):
            guided.relation = guide.relation
    return [
        _by_its_kind(lk, mentions[lk.source].doc_type)
        for lk in links
        if not (lk.relation == "implements" and _below(mentions[lk.target], mentions[lk.source]))
        and not (lk.relation == "guides" and _outranked_by(mentions[lk.target], mentions[lk.source]))
    ]


def _shared_guidance(src: Source, mentions: list[Mention], links: list[LinkFound]) -> list[LinkFound]:
    """ "Nghị định số A và Nghị định số B quy định chi tiết … Luật X": the title after B is A's too, and A guides X."""
    out = []
    for lk in links:
        k = lk.source - 1
        if (
            lk.relation == "guides"
            and k >= 0
            and k != lk.target
            and mentions[k].title is None
            and mentions[k].doc_type == mentions[lk.source].doc_type
            and _JUST_AND.fullmatch(src.window(mentions[k].tail_end, mentions[lk.source].start))
        ):
            mentions[k].title = mentions[lk.source].title
            out.append(replace(lk, source=k))
    return out


def _outranked_by(target: Mention, source: Mention) -> bool:
    """Whether both types have a legal force and ``target``'s is no higher than ``source``'s (no decree guides a
    decree, no law a decree)."""
    rank, other = ranks().get(source.doc_type or ""), ranks().get(target.doc_type or "")
    return rank is not None and other is not None and other >= rank


# (folded) A title that ends on what is taught of the document it names next: "về tổ chức cuộc thi tìm hiểu", "về
# tuyên truyền, phổ biến".
_TEACHES = re.compile(
    r"(?<![a-z])(?:tim\s+hieu|tuyen\s+truyen|pho\s+bien|hoc\s+tap)(?:\s*,?\s*(?:va\s+)?(?:[a-z]+\s+){0,2})?$"
)


def _taught_in_titles(src: Source, mentions: list[Mention]) -> list[LinkFound]:
    """ "Thực hiện Kế hoạch X … về tổ chức cuộc thi tìm hiểu Nghị quyết số Y ngày … của …": Y is what X's title names,
    not the list's next item; the citing document carries out X only."""
    out = []
    for i, (prev, m) in enumerate(itertools.pairwise(mentions)):
        if (
            prev.title_span is None
            or not prev.title_span[0] < m.start < prev.title_span[1]
            or not _TEACHES.search(src.window(prev.title_span[0], m.start))
        ):
            continue
        j = i + 1
        # … and what the title joins to it ("… tuyên truyền Luật X và Nghị định số Y ngày … của Chính phủ")
        while True:
            mentions[j].relation = "cites"
            out.append(LinkFound(i, j, "cites", prev.start, mentions[j].end))
            j += 1
            if not (
                j < len(mentions)
                and prev.title_span[1] >= mentions[j - 1].end
                and _JUST_AND.fullmatch(src.window(mentions[j - 1].tail_end, mentions[j].start))
            ):
                break
    return out


# An item of a report's outline, or a report's results, that opens with "Kết quả …" ("a) Kết quả cải cách hành chính
# gắn với thực hiện Đề án 06; thực hiện Quyết định 1847 …"): what it names is reported on, through its ";" clauses.
_RESULTS_ITEM = re.compile(r"[\s*_#|]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•])?[\s*_]*k[e]t\s+qu[a]\s")


def _reported_items(src: Source, mentions: list[Mention]) -> None:
    for m in mentions:
        if (
            m.relation == "implements"
            and _RESULTS_ITEM.match(src.window(m.sentence_start, m.sentence_start + 24))
            and not _CLAUSE_AFTER_RESULTS.search(src.text, m.sentence_start, m.start)
        ):
            m.relation = "cites"


# "Kết quả thực hiện X: 186 tập thể được khen thưởng; việc quán triệt Y được triển khai …": after the results the
# colon opens, a clause of its own carries Y out
_CLAUSE_AFTER_RESULTS = re.compile(r":[^;]+;")


# Documents that propose or report: "Tờ trình … về việc bãi bỏ Quyết định X" asks for the change, makes none.
_PROPOSING = frozenset(["Tờ trình", "Báo cáo", "Công văn"])
_PROPOSALS = frozenset(["Tờ trình", "Báo cáo"])  # … and what no document carries out


def _by_its_kind(link: LinkFound, doc_type: str | None) -> LinkFound:
    """What a link's source can do: guidance on carrying out X guides X ("Hướng dẫn số 01-HD/TW … về một số vấn đề
    cụ thể thi hành Điều lệ Đảng"); a proposal or a report changes nothing it names."""
    if link.relation == "implements" and doc_type == "Hướng dẫn":
        return replace(link, relation="guides")
    if link.relation in _CHANGES and doc_type in _PROPOSING:
        return replace(link, relation="cites")
    return link


# "Chỉ thị số 33/CT-TTg và Kết luận số 114-KL/TW đã được quán triệt đến 100% cán bộ": the documents a clause opens
# with, then its passive verb of carrying out, with no agent ("được thực hiện theo/bằng …") and no procedure ("được
# thực hiện như sau:" is how a document's provision is carried out).
_CARRIED_OUT_AFTER = re.compile(
    r"(?:[\s,]*(?:(?:neu|noi)\s+tren\s*)?,?\s*(?:(?:da|tiep\s+tuc|cung|deu|luon|van|phai|can|se)\s+)*"
    r"d(?:u|w|ir)[oqg][ceg]?\s+(?:tiep\s+tuc\s+)?"
    r"(?:(?:quan\s+triet|trien\s+khai|thuc\s+hien|pho\s+bien|cu\s+the\s+hoa)(?:\s*,\s*|\s+va\s+|\s+|(?=[.;]|$)))+"
    # … or with its agent, when they carry it out ("được các cấp, các ngành quán triệt, triển khai thực hiện"; what
    # units disseminate, "được các đơn vị phổ biến", is reported)
    r"|[\s,]*(?:(?:da|tiep\s+tuc|cung|deu|luon|van)\s+)*d(?:u|w|ir)[oqg][ceg]?\s+(?:cac|nhung|toan\s+the)\s+"
    r"[^.;:()\n]{1,60}?\s+(?:(?:nghiem\s+tuc|kip\s+thoi|dong\s+bo|sau\s+rong)\s+)?"
    r"(?:(?:quan\s+triet|trien\s+khai|thuc\s+hien|cu\s+the\s+hoa)(?:\s*,\s*|\s+va\s+|\s+))+)"
    r"(?!nhu\s+sau|bang|boi|tai|theo|thong\s+qua|khi|(?<=hien )trong)"
)


def _past_title(m: Mention) -> int:
    """Where a mention's date, issuer and title end."""
    return max(m.end, m.tail_end, m.title_span[1] if m.title_span else 0)


def _carried_out_after(src: Source, mentions: list[Mention], links: list[LinkFound]) -> None:
    """Documents that open their clause and are said, after them, to be carried out are carried out by the citing
    body (what a report says of its own work); a document named in one's title ("Thông tư A … sửa đổi … Thông tư B
    đã được triển khai") is not the subject."""
    titled_by = {lk.target: lk.source for lk in links if lk.source < lk.target}
    for i, m in enumerate(mentions):
        end = _past_title(m)  # (after its title: "… về … được thực hiện")
        if not _CARRIED_OUT_AFTER.match(src.window(end, end + 90)):
            continue
        while i in titled_by:
            i = titled_by[i]
        if mentions[i].relation != "cites":
            continue
        first = i
        while first and _AND_OR_COMMA.fullmatch(
            src.window(mentions[first - 1].tail_end, mentions[first].start)
        ):
            first -= 1
        opening = src.window(mentions[first].sentence_start, mentions[first].start)
        if (len(opening.split()) > 3 and not _PARTS_OF.search(opening)) or any(
            v.strength != "neutral" for v in verbs_in(opening, 0)
        ):
            continue
        for k in range(first, i + 1):
            if mentions[k].relation == "cites":
                mentions[k].relation = "implements"


# "Những nội dung còn phù hợp của Kế hoạch X … được tiếp tục thực hiện": the document's parts are its subject
_PARTS_OF = re.compile(
    r"^[\W\d_]*(?:cac|nhung)\s+(?:noi\s+dung|nhiem\s+vu|giai\s+phap|quy\s+dinh|chu\s+truong)(?:\s+[a-z]+){0,4}"
    r"\s+c[a-z]{0,2}a\s*$"
)


# "Thông tư số 20/2023/TT-BLĐTBXH … hết hiệu lực (toàn bộ) kể từ ngày (thời điểm) Thông tư này có hiệu lực": the verb after
# the documents it ends, in the clause that puts the citing document in force; or that clause first ("Kể từ ngày
# Thông tư này có hiệu lực thi hành, Nghị định số 23/2014/NĐ-CP … hết hiệu lực thi hành.").
_IN_FORCE = r"(?:ke\s+)?tu\s+(?:ngay|thoi\s+diem)\s[^.;:]{0,80}?nay\s+co\s+hieu\s+luc"
_EXPIRES = re.compile(
    rf"^[^.:]{{0,420}}?(?<![a-z])(?:het|ngung|cham\s+dut)\s+(?:hieu|lieu)\s+luc(?:\s+thi\s+hanh)?(?:\s+toan\s+bo)?\s+{_IN_FORCE}"
)
_EXPIRES_AT_END = re.compile(
    r"^[^.:]{0,420}?(?<![a-z])(?:het|ngung|cham\s+dut)\s+(?:hieu|lieu)\s+luc(?:\s+thi\s+hanh)?(?:\s+toan\s+bo)?\s*(?:[.;]|$)"
)
_IN_FORCE_BEFORE = re.compile(rf"{_IN_FORCE}(?:\s+thi\s+hanh)?\s*,[^.;:]*$")
_LIST_GAP = re.compile(r"[\s,;]*(?:va)?[\s,]*")
_NEXT_CHANGE = re.compile(r"\s*(?:,|va|,\s*va)\s*")
# … up to the next item, which may repeat only "số" of its type word ("… của Nghị định số 78/2025/NĐ-CP và số 79/2025/NĐ-CP")
_TITLED_ITEM = re.compile(
    r"\s*(?:v[e]|h[uw][o]ng\s+d[a]n|quy\s+d[il]nh)\s[^.;:()]{0,200}?(?:\s(?:va|hoac)|,)\s*(?:so\s*)?"
)
_NEXT_ITEM = re.compile(
    r"(?:\s*\([a-z]{2,10}\))?(?:\s+ban\s+hanh\s[^.;:\n]{0,160}?\s(?=va\s))?[\s,]*(?:va|hoac)?[\s,]*(?:so\s*)?"
)  # (after the item's acronym in brackets: "… Hiệp định A (CPTPP), Hiệp định B")
# … and in a guide's title, a provision of another law ("quy định chi tiết … một số điều của Luật Đường bộ và Điều 77
# của Luật Trật tự, an toàn giao thông đường bộ")
_NEXT_PROVISION = re.compile(r"[\s,]*va\s+(?:(?:diem|khoan|dieu)\s+[\da-z]{1,4}[\s,]+)+(?:cua\s+)?")
# "theo X và Y": both after the weak verb ("theo X, Y" goes on with the clause's verb, gold 000).
# A title goes on over a ";" only to its next part ("Thông tư X … hướng dẫn thuế GTGT …; hướng dẫn thực hiện …").
# (and where the list's next object opens, a direction given in a letter: "… về … và ý kiến chỉ đạo của Chủ tịch UBND tỉnh
# tại Công văn số Y", "… và hướng dẫn của Bộ Nội vụ tại Công văn số Z")
# "… về giao vốn và tuân thủ nguyên tắc theo quy định tại Luật Y": the citing text's second predicate, no title's
_SECOND_PREDICATE = re.compile(
    r"(?<![a-z])va\s+(?:tuan\s+thu|bao\s+dam|dam\s+bao|d(?:u|w|ir)[oqgd][ceg]?\s+ky)\s"
)
_TITLE_ENDS = re.compile(
    r";(?!\s*(?:h[uw][o]ng\s+d[a]n|quy\s+d[il]nh)\s)"
    r"|(?<![a-z])va\s+(?:y\s+kien\s+)?(?:chi\s+dao|ket\s+luan|de\s+nghi|huong\s+dan)\s+cua\s"
    + "|"
    + _SECOND_PREDICATE.pattern
)
_PROVISIONS_OF = re.compile(r"(?<![a-z])(?<!theo )quy\s+d[il]nh\s+t[a]i\s*$")
_DEFINED_BEFORE = re.compile(
    r"(?<![a-z])(?:va\s+(?:da\s+)?duoc\s+|(?:nhung|ma(?!\s+(?:hieu|so|vach|dinh\s+danh))|thi)\s+(?:[a-z]+\s+){0,6}?"
    r"|doi\s+voi\s+(?:[a-z\d]+\s+){1,8}?)(?:quy\s+d[il]nh|neu)"
    r"(?:\s+(?:cu\s+the|chi\s+tiet|ro))?\s+t[a]i(?:\s+(?:[a-z]+\s+){1,10}?(?:ban\s+hanh\s+)?kem\s+theo)?\s*$"
)
_JUST_AND = re.compile(r"\s*(?:va|hoac)\s*")
# (the next one's "số": "- Các Quyết định: số A, số B"; the first one's effect: "- Luật số A có hiệu lực kể từ ngày
# 01/01/2014; Luật số B …")
_NEXT_IN_ITEM = re.compile(
    r"(?:,?\s+co\s+hieu\s+luc(?:\s+thi\s+hanh)?(?:\s+ke)?\s+tu\s+ngay\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?"
    r"[ \t]*[;,]\s*(?:s[o0-9be]:?[ \t]*)?"
)
_AND_OR_SEMICOLON = re.compile(r"\s*(?:va|hoac|;)\s*")
# Between two items of a list: ",", "và", and the next one's "số" ("…, số 47/2024/QH15 và số 58/2024/QH15").
_AND_OR_COMMA = re.compile(r"[\s,]*(?:va)?[\s,]*(?:s[o0-9be]:?\s*)?")
# Between two items of the list that ends: the earlier one's title, then ";", "," or "và".
_ITEM_GAP = re.compile(r"[^.:]{0,300}?(?:;|,|(?<![a-z])va)\s*")


def _expiring(
    src: Source, mentions: list[Mention], passive_of: dict[int, LinkFound], described: dict[int, LinkFound]
) -> None:
    found = anchors(
        src.text, ("hết", "het", "Hết", "HẾT", "ngưng", "chấm dứt")
    )  # only near one is a window read
    for i, m in enumerate(mentions):
        end = min(mentions[i + 1].start if i + 1 < len(mentions) else m.tail_end + 480, m.tail_end + 480)
        k = bisect_left(found, m.tail_end)
        if m.relation != "cites" or k == len(found) or found[k] >= end:
            continue
        after = src.window(m.tail_end, end)
        opened = src.text.rfind("“", max(0, m.start - _QUOTE_REACH), m.start)
        if (
            _quote_line(src, m.start) is not None
            and _quoting(src, m.start)
            and BLANK_RUN not in src.text[opened : m.start]
        ):
            # "… quy định: “… Luật số 60/2005/QH11 … hết hiệu lực …”": what the quoted law ends (a footnote's quotation
            # left open at a page's foot does not run into the next page's body)
            continue
        if not _EXPIRES.match(after) and not (
            _EXPIRES_AT_END.match(after)
            and _IN_FORCE_BEFORE.search(
                src.window(sentence_start(src, m.start, max(0, m.start - 600)), m.start)
            )
        ):
            continue
        k = _named_in_title(src, mentions, i)
        while (
            k in described and described[k].source < k
        ):  # "Thông tư A hướng dẫn Nghị định B hết hiệu lực": A
            k = _named_in_title(src, mentions, described[k].source)
        while True:  # the list it closes: "Nghị định A …; Nghị định B và Nghị định C hết hiệu lực …"
            if (
                k in passive_of
            ):  # "A đã được sửa đổi, bổ sung bởi B, C hết hiệu lực": A ceases, B and C amended it
                mentions[passive_of[k].target].relation = "repeals"
                break
            mentions[k].relation = "repeals"
            j = _named_in_title(src, mentions, k - 1) if k else -1
            while j in described and described[j].source < j:  # a document named in an item's title
                j = _named_in_title(src, mentions, j - 1) if j else -1
            if j < 0 or mentions[j].relation != "cites":
                break
            if not _ITEM_GAP.fullmatch(src.window(mentions[j].tail_end, mentions[k].start)):
                break
            k = j


_PROGRAMME_TYPES = frozenset(["Chương trình", "Đề án", "Chiến lược", "Quy hoạch", "Kế hoạch"])


def _named_in_title(src: Source, mentions: list[Mention], k: int) -> int:
    """``k``, or the document whose title names programme ``k`` ("Thông tư A … hướng dẫn … thuộc Chương trình mục tiêu
    quốc gia … hết hiệu lực": A ends, not the programme)."""
    if (
        k > 0
        and mentions[k].kind == "named"
        and mentions[k].doc_type in _PROGRAMME_TYPES
        and not _CLAUSE_MARK.search(src.text, mentions[k - 1].end, mentions[k].start)
    ):
        return k - 1
    return k


_CLAUSE_MARK = re.compile(r"[.;:]")


def _listed_past_title(src: Source, prev: Mention, m: Mention) -> bool:
    """Whether ``m`` is the next item of a list, after a comma where ``prev``'s title was read to end."""
    return prev.title_span is not None and src.text[prev.title_span[1] : m.start].strip() == ","


# A list item's line ("- Nghị định …", "a) Nghị quyết …", "2. Quyết định …") and a heading ("I. CĂN CỨ XÂY
# DỰNG KẾ HOẠCH"), on folded text.
def _colon_lead(src: Source, start: int, stripped: str, bare: bool) -> Verb | None:
    """The verb of the lead that ends on the line at ``start`` (``stripped``, its folded text): a passive right
    before its colon, or (unless its one item stands bare under it) a strong verb whose object is the list."""
    colon = start + len(stripped) - stripped.endswith(":")
    lead_start = sentence_start(src, colon, max(0, start - 600))
    lead = src.window(lead_start, colon)
    by = _BY_ORGAN.search(lead)
    verbs = [
        v
        for v in verbs_in(lead, 0)
        if v.strength != "neutral"
        and not (by and v.start > by.start() and v.strength not in ("strong", "passive"))
    ]
    last = verbs[-1] if verbs else None
    lead_end = by.start() if by and last and by.start() >= last.end else len(lead)
    if last is not None and last.strength == "passive" and not lead[last.end :].strip():
        return replace(last, start=last.start + lead_start, end=last.end + lead_start)
    if (
        last is not None
        and last.relation == "based_on"
        and last.strength == "weak"
        and (not lead[last.end :].strip() or _THE_DOCUMENTS.fullmatch(lead, last.end))
    ):
        # "… tổ dân phố thực hiện theo:⏎- Thông tư số 04/2012/TT-BNV …;⏎- Kết luận số 48-KL/TW …": a "theo" that ends
        # its lead has the list for its object (so does "… theo quy định tại các văn bản (sau đây):")
        return replace(last, start=last.start + lead_start, end=last.end + lead_start)
    if bare:
        # (a basis field wrapped over lines: "**1.11. Căn cứ pháp lý của thủ⏎tục hành chính:**⏎⏎Nghị định số …")
        skip = lead_start + len(lead) - len(lead.lstrip())
        heading = _BASIS_SECTION.match(lead.lstrip())
        return (
            Verb("based_on", "strong", skip + heading.start("verb"), skip + heading.end("verb"))
            if heading
            else None
        )
    if last is not None and last.strength == "report" and lead.startswith("van ban", last.start):
        # "Các văn bản Huyện ủy đã ban hành để thực hiện Chỉ thị X:": the items were issued to carry X out
        return replace(last, start=last.start + lead_start, end=last.end + lead_start)
    # (the parts changed, then where they stand: "Bãi bỏ các nội dung quy định về tỷ giá … tại:⏎a) Điều 6 của Luật X;")
    at = last is not None and _WHERE_LISTED.search(lead, last.end, lead_end) is not None
    if (
        last is None
        or last.strength != "strong"
        or len(_FROM_DAY.sub("", lead[last.end : lead_end]).split())
        > (40 if at else 30 if _DOCUMENTS_LISTED.match(lead, last.end, lead_end) else 10)
        or not (at or _LIST_OBJECT.search(lead[last.end :]) or _LISTED_BEFORE.search(lead, 0, last.start))
        or lead[: last.start].endswith("duoc ")  # "… được thực hiện như sau:"
        or _SYMBOL_LIKE.search(lead, 0, last.start)  # a verb in a cited document's title
    ):
        return None
    return replace(last, start=last.start + lead_start, end=last.end + lead_start)


def _table_lead(src: Source, head: int) -> str | None:
    """The relation the lead above a table (its first row at ``head``) gives its rows ("quán triệt các văn bản
    sau:⏎⏎| STT | … |"), as it gives a list's items."""
    text = src.text
    end = head - 1
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():  # … and the blank lines above it
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    stripped = src.window(start, end).rstrip(" *_")
    # ("Điều 1. Bãi bỏ các văn bản quy phạm pháp luật sau đây", a lead without its colon, as a list's)
    lead = (
        _colon_lead(src, start, stripped, False)
        if stripped.endswith(":") or _LEAD_WITHOUT_COLON.search(stripped)
        else None
    )
    return lead.relation if lead is not None else None


_ITEM = re.compile(
    r"[ \t*_]*(?:(?P<dash>[-+•])|(?P<digit>\d{1,2}[\\ ]?[.)])|(?P<letter>[a-z][)]|[a-z]\.(?=\s)))"
)
_HEADING = re.compile(r"[ \t*_#]*[ivxl]{1,4}\.\s")
_CONTENTS_HEADING = re.compile(
    r"[ \t*_#]*(?:[ivxl]{1,4}|\d{1,2})\.\s+noi\s+dung(?:\s+[a-z]+,?){0,6}?(?=\s+(?:quan\s+triet|thuc\s+hien|trien\s+khai)\b)"
)
_LINE_START = re.compile(r"[ \t*_]*(\S)")
_SYMBOL_LIKE = re.compile(r"\d\s*/\s*[\da-z]")
# What a verb that opens a list takes for its object: documents ("các văn bản sau", "các Nghị quyết",
# "quy định tại", "Căn cứ pháp lý", "căn cứ vào:"), not a task ("Về thực hiện quyền nhập khẩu:").
_LIST_OBJECT = re.compile(
    r"^[\s,]*(?:vao\s*)?$|van ban|quy d[il]nh|phap ly|\bsau\b|\btren\b|ngh[il] (?:qu[yi][e]t|d[il]nh)|th[oe]ng t[uw]"
    r"|quy[e]t d[il]nh|ch[il] th[il]|k[e]t lu[a]n|k[e] ho[a]ch|lu[a]t"
)
# … or its subject, before it: "Các quyết định sau hết hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025:"
_LISTED_BEFORE = re.compile(r"(?<![a-z])sau(?:\s+day)?\s*$")
_WHERE_LISTED = re.compile(r"(?<![a-z])tai(?:\s+cac\s+van\s+ban)?(?:\s+sau(?:\s+day)?)?\s*$")
# (a gazette article lists 15 documents over 40 lines and a page break; a decision after the 2025 mergers repeals 53
# documents, one over three or four lines each)
_LIST_LINES, _LIST_REACH = 250, 25000
# An item that opens with its document's type word, the number on a later line ("- Quyết định của Thủ tướng
# Chính phủ⏎số 960/QĐ-TTg"), and a lead's day ("Bãi bỏ các văn bản sau đây từ ngày 15 tháng 8 năm 2025:").
_OPENS_WITH_TYPE = re.compile(
    r"\s*(?:cac\s+)?(?:ngh[il] (?:d[il]nh|qu[yi][e]t)|quy[e]t d[il]nh|th[oe]ng t[uw]|ch[il] th[il]|k[e]t lu[a]n|k[e] ho[a]ch"
    r"|lu[a]t|ph[a]p l[e]nh|c[o]ng v[a]n"
    # … or with what a document issued ("b) Khoản 2 Điều 5 Quy chế phối hợp ban hành kèm theo Quyết định số X")
    r"|quy ch[e]|n[o]i quy|d[il][e]u l[e]|danh m[u]c)(?![a-z])"
)
# … or with the provisions it names the document for ("căn cứ vào:⏎- Quy định về hành vi trốn thuế tại Luật Quản lý thuế")
_PROVISIONS_AT = re.compile(
    r"\s*(?:cac\s+)?quy\s+d[il]nh(?:\s+ve\s+[^.;:]{1,80}?)?\s+(?:t[a]i|c[a-z]{0,2}a)\s*"
    # … or an organ's guidance or direction there ("- Hướng dẫn của Bộ Tư pháp tại Công văn số …")
    r"|\s*(?:h[uw][o]ng\s+d[a]n|ch[il]\s+d[a]o|y\s+ki[e]n(?:\s+ch[il]\s+d[a]o)?)\s+c[a-z]{0,2}a\s+[^.;:]{2,80}?\s+t[a]i\s*"
)
# … whose object, however long, is the documents listed ("Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế sau:")
_THE_DOCUMENTS = re.compile(r"\s+cac\s+van\s+ban(?:\s+sau(?:\s+day)?)?\s*")
_DOCUMENTS_LISTED = re.compile(
    r"\s*(?:toan\s+bo\s+|mot\s+phan\s+)?(?:\d+\s+|cac\s+)(?:\(\d+\)\s+)?(?:van\s+ban|quyet\s+dinh|nghi\s+quyet"
    r"|nghi\s+dinh|thong\s+tu|chi\s+thi|ke\s+hoach)\s"
)
_FROM_DAY = re.compile(r"(?:k[e]\s+)?t[uw]\s+ng[a]y.*$", re.DOTALL)
# … and its issuer ("Bãi bỏ các nghị quyết sau đây của Hội đồng nhân dân tỉnh:", "… do Ủy ban nhân dân tỉnh ban
# hành:", "… do Bộ trưởng … ban hành, liên tịch ban hành sau đây:"): whose the listed documents are, not a longer
# object nor a verb of its own
_ORGAN_WORD = (
    r"(?:hoi\s+dong|uy\s+ban|ubnd|hdnd|chinh\s+phu|thu\s+tuong|bo\s|bo\s+truong|tinh\s+uy|huyen\s+uy|ban\s+(?!hanh)"
    r"|chu\s+tich|quoc\s+hoi|so\s)"
)
# (… and the organs may be several: "… do Ủy ban nhân dân tỉnh Vĩnh Phúc, Ủy ban nhân dân tỉnh Hòa Bình ban hành …:")
_BY_ORGAN = re.compile(
    rf"\s(?:cua|do)\s+{_ORGAN_WORD}(?:[^:;,]|,\s*(?:va\s+)?(?:lien\s+tich\s+ban\s+hanh|(?={_ORGAN_WORD})))*$"
    # … or in a passive after a comma ("Bãi bỏ các nghị quyết sau đây, được HĐND tỉnh A và HĐND tỉnh B ban hành trước
    # ngày Nghị quyết số 202/2025/QH15 có hiệu lực:")
    r"|,\s*(?:da\s+)?(?:duoc|do)\s[^:;]*$"
)


_TABLE_RULE = re.compile(r"[\s|:\-+=]*")


def _other_cell(src: Source, start: int, end: int) -> bool:
    """Whether ``start`` is in another cell of a table row than ``end``: a Markdown row ("| 1 | … |") or a Word
    table's tab-separated one (OCR's stray "|" in running text is none)."""
    cells = src.text[start:end]
    if "\t" in cells:
        return True
    return "|" in cells and _markdown_row(src.text, end)


def _markdown_row(text: str, pos: int) -> bool:
    """Whether the line of ``pos`` is a Markdown table's row: it opens with "|" and has a cell edge after it (OCR
    prints a lone "|" for a speck at a line's start)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    # (… or a row flattened without its edges, three cells and more: "2 | 1.007738 | Khai thuế … | Thông tư …")
    return (line.lstrip(" *").startswith("|") and line.count("|") >= 2) or line.count(" | ") >= 3


def _cell_column_verb(src: Source, pos: int) -> str | None:
    """The column heading's relation for a document in a table cell that has no verb of its own before it."""
    line_start = src.text.rfind("\n", 0, pos) + 1
    row = src.text[line_start:pos]
    if "\t" not in row and not ("|" in row and _markdown_row(src.text, pos)):
        return None
    cell_start = max(row.rfind("|"), row.rfind("\t")) + 1
    # (a provision opening the cell is no verb: "| Điều 44 Nghị định số 59/2023/NĐ-CP |" under "Căn cứ")
    if any(v.strength != "neutral" and not v.provision for v in verbs_in(fold_view(row[cell_start:]), 0)):
        return None
    return _column_verb(src, pos)


# ("Tên VBQPPL là căn cứ sửa đổi, bổ sung": the legal documents a procedure's amendment rests on)
_BASIS_HEADING = re.compile(
    r"\s*(?:(?:ten\s+)?(?:van\s+ban(?:\s+qppl)?|vbqppl)\s*(?:[,/]|la|lam)?\s*can\s+c[uw]|co\s+so\s+phap\s+l[yi]"
    # (the grounds and standards a task applies: "Căn cứ, tiêu chuẩn áp dụng", "Căn cứ áp dụng"; a target's: "Căn cứ
    # xác định", the noun a sentence's "căn cứ xác định thuế" is, but a heading over the rows' grounds)
    r"|can\s+c[uw](?:\s*,\s*(?:tieu|quy)\s+chuan)?\s+(?:ap\s+dung|xac\s+dinh))\b"
)


def _column_verb(src: Source, pos: int) -> str | None:
    """The relation a table's column heading states for its cells ("| TT | Nội dung | Căn cứ | …" makes the
    documents in the third column based_on; a heading without a verb, "Văn bản ban hành", cites them); None
    outside a table with a heading row."""
    text = src.text
    start = text.rfind("\n", 0, pos) + 1
    sep = "|" if "|" in text[start:pos] else "\t"  # a Markdown table, or a Word table's tab-separated cells
    column = text.count(sep, start, pos)
    if not column:
        return None
    head = start
    while head > 0:  # up to the table's first row
        above = text.rfind("\n", 0, head - 1) + 1
        if sep not in text[above : head - 1]:
            break
        head = above
    if head == start:
        return None
    line = text[head : text.find("\n", head)]
    heading = line.split(sep)
    if column >= len(heading) or _TABLE_RULE.fullmatch(line):  # a rule line is no heading
        return None
    # (else the lead above the table, as a list's items take theirs, but not in a column that says why or notes
    # something: "Bãi bỏ các văn bản sau đây:⏎STT | Tên văn bản | Số, ký hiệu | Lý do" repeals no "Luật Đất đai 2013
    # hết hiệu lực"; else a column of documents issued, reported)
    cell = fold_view(heading[column])
    if relation := _heading_relation(cell):
        return relation
    return None if _ASIDE_COLUMN.match(cell) else _table_lead(src, head) or "cites"


_ASIDE_COLUMN = re.compile(
    r"[\s*_]*(?:ly\s+do|ghi\s+chu|nguyen\s+nhan|tinh\s+trang|ket\s+qua|thoi\s+gian)(?![a-z])"
)


def _heading_relation(cell: str) -> str | None:
    """The relation a table's column heading (folded) states: its opening verb ("Căn cứ", "Thực hiện"; "Văn bản quán
    triệt": what the citing document carries out), or the basis named by a noun ("Văn bản căn cứ", "Văn bản, căn cứ thực
    hiện", "Cơ sở pháp lý", "Căn cứ, tiêu chuẩn áp dụng")."""
    strong = [
        v
        for v in verbs_in(cell, 0)
        if v.strength == "strong"
        and (
            not cell[: v.start].strip()
            # (the documents studied, which the citing plan carries out; not "Văn bản triển khai (của Sở)", the ones
            # issued to carry something out, nor "Văn bản sửa đổi", the one that amended the row's)
            or (
                cell[v.start :].startswith("quan triet")
                and cell[: v.start].strip(" *_") in ("van ban", "cac van ban")
            )
        )
    ]
    if strong:
        return strong[0].relation
    return "based_on" if _BASIS_HEADING.match(cell) else None


# A table flattened to one cell a line, as web exports of provincial decisions print their annexes: the heading
# row's cells are bold lines ("**STT**", "**Tên thủ tục hành chính**", "**Căn cứ pháp lý**"), the body's are not.
_BOLD_CELL = re.compile(r"^[ \t]*\*\*(?P<cell>[^*\n]{1,60})\*\*[ \t]*$", re.MULTILINE)
# (the table ends at the next bold line, or at a note below it marked with underscores: "__Ghi chú:__ …"; a cell's
# "__- Cơ sở 1:__" is in it)
_BOLD_LINE = re.compile(
    r"^[ \t]*(?:\*\*|__(?=[ \t]*(?:Ghi[ \t]+chú|Lưu[ \t]+ý|Chú[ \t]+thích)))", re.MULTILINE
)


# A row that groups the table's rows ("**A. Thủ tục hành chính áp dụng⏎chung**", "**II. Lĩnh vực Đất đai**", its
# number a cell of its own: "**I.**⏎**THỦ TỤC HÀNH CHÍNH CẤP TỈNH⏎(24 TTHC)**") is in the table: the next row opens
# with its number alone on a line; a heading of the document below is not followed by one.
_GROUP_ROW = re.compile(
    r"[ \t]*\*\*(?:(?:[A-Z]|[IVX]{1,4})\.[ \t])?[^*]{1,200}\*\*[ \t]*\n(?:[ \t]*\n)*[ \t]*\d{1,3}[ \t]*\n"
)


def _line_above(text: str, start: int) -> int:
    return text.rfind("\n", 0, max(0, start - 1)) + 1


def _flat_columns(src: Source) -> list[tuple[int, int, str]]:
    """(start, end, relation) of each flattened table whose heading row has a cell that opens with a verb
    ("**Căn cứ pháp lý**"): its body runs from the end of the heading row to the next bold line, and a
    document in it that no verb of its own governs takes the heading's relation. The body's other cells
    ("Tên thủ tục", "Phí, lệ phí") rarely cite anything without a verb of their own."""
    text = src.text
    out: list[tuple[int, int, str]] = []
    if "**" not in text:
        return out
    for cell in _BOLD_CELL.finditer(text):
        printed = cell.group("cell")
        if (
            (out and cell.start() < out[-1][1])
            or not printed.lstrip()[:1].isupper()  # "**Kết quả**⏎**thực hiện**": a wrapped cell
            or len(printed.split())
            > 9  # ("**Căn cứ pháp lý của TTHC**", "**Tên VBQPPL là căn cứ sửa đổi, bổ sung**")
            # a cell of a heading row has a marked-up neighbour ("**STT**", "*(nếu có)*" above, the next column below)
            or not (
                text.startswith("*", _line_above(text, cell.start()))
                or text[max(0, cell.start() - 4) : cell.start()].rstrip().endswith("**")  # "(nếu⏎có)**"
                or text.startswith("*", cell.end() + 1)
            )
        ):
            continue
        relation = _heading_relation(fold_view(printed))
        if relation is None:
            continue
        body = cell.end()
        while (row := _BOLD_CELL.match(text, body + 1)) is not None:  # the rest of the heading row
            body = row.end()
        end = _BOLD_LINE.search(text, body + 1)
        while end is not None and (group := _GROUP_ROW.match(text, end.start())) is not None:
            end = _BOLD_LINE.search(text, group.end())
        out.append((body, end.start() if end else len(text), relation))
    return out


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start`` goes on from the one before: it opens, as printed, in lower case or
    with a number ("3 Điều 2 …", "số 960/…"), or the line before it ends in mid-sentence ("… của⏎Chính phủ");
    a capital after a full stop opens a paragraph."""
    first = _LINE_START.match(text, start, end)
    if first is None:
        return False
    if first.group(1).islower() or first.group(1).isdigit():
        return True
    before = text[max(0, start - 80) : start].rstrip()
    return not before.endswith((".", ";", ":", "!", "?"))


_LEAD_WITHOUT_COLON = re.compile(
    r"(?<![a-z])sau\s+day$|^[ \t*_#]*dieu\s+\d{1,3}[a-z]?\s*[.:][ \t*_]*(?:bai\s+bo|thay\s+the|sua\s+doi)"
)
# A section on the legal basis ("1. Căn cứ pháp lý", "II. CƠ SỞ PHÁP LÝ", "1. Cơ sở chính trị, pháp lý"), or on what a task rests on ("1. Căn cứ đánh
# giá", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ rà soát"), or a bare "I. CÁC CĂN CỨ": its items are what the document
# rests on, colon or not.
_BASIS_SECTION = re.compile(  # (a heading "Về cơ sở pháp lý", OCR's "Vé co s& phap ly")
    r"^[ \t*_#]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4})[.)][ \t]*)?(?:ve\s+)?(?:(?:cac|nhung)\s+)?(?P<verb>can\s+cu|co\s+s[oe&])(?:(?<=cu)(?=\s*:?$)|\s+(?:(?P<political>chinh\s+tri(?:\s*,|\s+va)\s+)?phap\s+ly"
    # ("1.11. Căn cứ pháp lý của thủ tục hành chính:", the field of a published procedure; "I. Các căn cứ pháp lý để xác
    # định số thuế phải nộp … như sau:", a guide's)
    r"(?:\s+cua\s+(?:thu\s+tuc(?:\s+hanh\s+chinh)?|tthc|van\s+ban|de\s+an|ke\s+hoach)|\s+de\s+[^:\n]{1,160}?\s+nhu\s+sau)?"
    r"|(?:danh\s+gia|thuc\s+hien|ban\s+hanh|xay\s+dung|de\s+xuat|trien\s+khai|lap|ra\s+soat|kiem\s+tra|thanh\s+tra"
    r"|giam\s+sat)(?:\s+[a-z]+){0,4})):?$"
)


_TYPE_HEADING = re.compile(
    rf"[ \t*_#]*(?:(?:\d{{1,2}}|[a-z])[.)][ \t]*)?(?:(?:cac|nhung)\s+)?{any_type_word()}[ \t*_]*:"
)


def _list_lead(src: Source, pos: int) -> Verb | None:
    """The verb a list item takes its relation from, in the line that opens its list: "Căn cứ các văn bản sau:",
    "Nghị quyết này bãi bỏ các Nghị quyết:", a heading "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" (as "Thực hiện X; Y; Z",
    with one item a line), or a passive right before the colon ("Luật X …, được sửa đổi, bổ sung bởi:": each item
    amends X). Only a document that opens its item is one ("a) Điều 6 Thông tư …", not "2. Đối với dự án quy
    định tại … Nghị quyết …")."""
    text = src.text
    end = text.rfind("\n", 0, pos)
    item = _ITEM.match(src.window(end + 1, pos))
    # an object that runs on in lower case under its lead's colon, its provisions first, is the lead's as an item is
    # ("… sau đây chấm dứt hiệu lực:⏎điểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP …")
    runs_on = (
        item is None
        and text[end + 1 : pos].lstrip(" \t*_")[:1].islower()
        and text[max(0, end - 4) : end].rstrip(" \t*_").endswith(":")
        and not _ARTICLE_REFS.sub("", src.window(end + 1, pos)).strip(" \t*_")
    )
    for _ in range(4):  # an item wrapped over lines: "a) Khoản 2, khoản⏎3 Điều 2 … Quyết định số 960/…"
        if item or runs_on or end <= 0 or not _goes_on(text, end + 1, pos):
            break
        end = text.rfind("\n", 0, end)
        item = _ITEM.match(src.window(end + 1, pos))
    # a document that opens its line right under a passive's colon is its one item, unmarked ("… được sửa đổi, bổ
    # sung bởi:⏎Thông tư số 50/2017/TT-BYT …")
    bare = item is None and not src.window(end + 1, pos).strip(" \t*_")
    if not item and not bare and not runs_on:
        return None
    before = _ARTICLE_REFS.sub(" ", src.window(end + 1 + (item.end() if item else 0), pos))
    if len(before.split()) > 2 and not (_OPENS_WITH_TYPE.match(before) or _PROVISIONS_AT.fullmatch(before)):
        return None
    # whether the item above ended with ";", read on its last line, which it may have wrapped onto ("- Thực hiện Chỉ
    # thị X … của Bộ Chính trị⏎về đại hội đảng bộ các cấp;⏎- Hướng dẫn Y …")
    item_closed: bool | None = None
    for _ in range(_LIST_LINES):
        if end <= max(0, pos - _LIST_REACH):
            return None
        start = text.rfind("\n", 0, end) + 1
        line = src.window(start, end)
        stripped = line.rstrip(" *_")
        # (a lead may end without its colon: "… các quyết định sau đây", an article that changes what it lists: "Điều 1.
        # Bãi bỏ toàn bộ 02 văn bản")
        if heading := _BASIS_SECTION.match(stripped):
            if heading.group("political") and item is None:
                # (a section on the political basis too sets out in prose what the Party's resolutions say, which two
                # annotators read as named; its bulleted list, a third read as the basis, as a legal one is)
                return None
            return Verb("based_on", "strong", start + heading.start("verb"), start + heading.end("verb"))
        if _TYPE_HEADING.fullmatch(stripped):
            # a type's own heading in a list grouped by type ("I. Các căn cứ pháp lý:⏎1. Luật:⏎- Luật số A;⏎2. Nghị
            # định:⏎- Nghị định số B"): the lead is above it
            item_closed, end = None, start - 1
            continue
        if stripped.endswith(":") or _LEAD_WITHOUT_COLON.search(stripped):
            return _colon_lead(src, start, stripped, bare)
        # … a lead without its colon wrapped onto this line ("Điều 1. Bãi bỏ toàn bộ các⏎quyết định")
        if start and text[start : start + 1].islower():
            above = text.rfind("\n", 0, start - 1) + 1
            if _LEAD_WITHOUT_COLON.search(joined := src.window(above, end).rstrip(" *_")):
                return _colon_lead(src, above, joined, bare)
        if bare or item is None:
            if line.strip():
                return None
            end = (
                start - 1
            )  # a blank line between the lead and its one item ("… được sửa đổi, bổ sung bởi:⏎⏎Nghị định …")
            continue
        # (… or the heading of what is to be studied and carried out: "1. Nội dung nghiên cứu, học tập, quán triệt")
        heading = _HEADING.match(line) or _CONTENTS_HEADING.match(line)
        if heading:  # the heading's first words: "I. CĂN CỨ …", not "II. KẾT QUẢ THỰC HIỆN"
            strong = [
                v
                for v in verbs_in(line, start)
                if v.strength == "strong" and v.start <= start + heading.end() + 2
            ]
            return strong[0] if strong else None
        other = _ITEM.match(line)
        if line.strip() and not (
            _goes_on(text, start, end) if other is None else other.lastgroup == item.lastgroup
        ):
            return None  # a paragraph, or an item of another list ("2.2. Luật Đầu tư …" after "- Về …")
        closed = stripped.endswith(";") if item_closed is None else item_closed
        if other is None:
            item_closed = closed if line.strip() else item_closed
        elif closed:
            # "- Thực hiện Nghị quyết X;⏎- Nghị quyết Y …": the first item's verb goes on over the list, as "Thực hiện
            # X; Y" does on one line
            opening = next((v for v in verbs_in(line, start) if v.strength != "neutral"), None)
            if (
                opening is not None
                and opening.strength == "strong"
                and opening.relation in ("implements", "based_on")
                and not line[other.end() : opening.start - start].strip(" \t*_")
            ):
                return opening
        if other is not None:
            item_closed = None
        end = start - 1
    return None


# "(Không) thực hiện thủ tục cấp Giấy phép … quy định tại Điều 6 Nghị định số 87/2009/NĐ-CP": the verb's
# object is a procedure, the document only defines it; "không/chưa thực hiện" carries nothing out.
# … or was done in it: "Việc thẩm định … đã được Sở Xây dựng thực hiện tại Văn bản số 1874/SXD-QLXD" records an
# act, carries nothing out
_DONE_AT = re.compile(r"\s*tai(?:\s+[a-z0-9]+){0,3}\s*")
_PASSIVE = re.compile(r"(?<![a-z])duoc(?:\s+[a-z]+){0,6}\s+$")
_DEFINED_AT = re.compile(r"(?<![a-z])(?:duoc\s+)?quy\s+d[il]nh\s+(?:tai|o)(?![a-z])")
# (… or stopped: "Dừng thực hiện Kế hoạch số 41/KH-UBND …", "tạm ngừng triển khai …"; not "áp dụng thực hiện", "nội
# dung thực hiện")
# ("dừng", stop, folds as "dung", as do the second syllables of "áp dụng", "Sở Xây dựng", "ứng dụng" …)
_NEGATED = re.compile(
    r"(?<![a-z])(?:khong|chua|(?<!ap\s)(?<!su\s)(?<!noi\s)(?<!xay\s)(?<!ung\s)(?<!van\s)(?<!tuyen\s)dung|ngung)"
    r"\s+(?:duoc\s+)?$"
)


# "triển khai thực hiện một số nội dung quy định tại Nghị định X", "thực hiện đúng quy định tại Điều 5 Luật X": the
# object is X's own provisions.
_PROVISIONS_OBJECT = re.compile(
    r"\s*(?:(?:dung|nghiem|day\s+du)\s+)?(?:(?:mot\s+so|cac|nhung)\s+)?"
    r"(?:(?:noi\s+dung|quy\s+dinh|nhiem\s+vu|giai\s+phap)\s+(?:duoc\s+)?"
    # … and a policy or duty it sets ("triển khai chính sách hỗ trợ lãi suất quy định tại Điều 7 Nghị quyết X")
    r"|(?:chinh\s+sach|che\s+do|trach\s+nhiem)(?:\s+[a-z]+){0,4}?\s+(?:duoc\s+)?)?quy\s+d[il]nh\s+(?:tai|o)\s*"
    r"(?:(?:diem|khoan|dieu|chuong|muc)\s+[\w.]{1,6}\s*(?:,|va)?\s*)*"
)


# "Hạn chế: việc thực hiện Kế hoạch X … còn hình thức", "…; việc thực hiện Kết luận Y có chuyển biến": a report's
# judgement on carrying X out, whose subject opens the clause (not a task's object: "kiểm tra việc thực hiện X")
_JUDGED_SUBJECT = re.compile(
    r"(?:^\s*|[:;,.\-+•]\s*|\n\s*)(?:viec|tien\s+do)\s+(?:trien\s+khai\s+|tiep\s+tuc\s+)?$"
)  # "- Việc thực hiện X … còn hạn chế", "Tiến độ triển khai X … còn chậm"
_JUDGEMENT = re.compile(
    r"(?:[^.;:\n]|\n(?![ \t]*\n)){0,160}?(?<![a-z])(?:con(?!\s+nguoi)|da|chua|co\s+chuyen\s+bien|tung\s+buoc"
    r"|buoc\s+dau|gop\s+phan|mang\s+lai|tao\s+(?:duoc\s+)?(?:su\s+)?chuyen\s+bien|dat\s+(?:duoc|ket\s+qua|nhieu)"
    r"|phai|can|duoc|bao\s+dam|dam\s+bao)"  # (as before the mention: "Việc thực hiện phải … theo X")
    r"(?![a-z])"
)


def _judged(src: Source, view: _Folded, gap_start: int, verb: Verb, m: Mention) -> bool:
    """Whether the verb's "việc …" is the subject of a judgement the clause passes after the mention."""
    return (
        _JUDGED_SUBJECT.search(view.window(gap_start, verb.start)) is not None
        and _JUDGEMENT.match(src.window(m.tail_end, m.tail_end + 240)) is not None
    )


def _not_carried_out(view: _Folded, verb: Verb, m: Mention) -> bool:
    if _NEGATED.search(view.window(max(view.start, verb.start - 12), verb.start)):
        return True
    gap = view.window(verb.end, m.start)
    if (
        verb.relation == "implements"
        and _DONE_AT.fullmatch(gap)
        and _PASSIVE.search(view.window(max(view.start, verb.start - 60), verb.start))
    ):
        return True
    return bool(_DEFINED_AT.search(gap)) and not _PROVISIONS_OBJECT.fullmatch(gap)


_PHRASE_QUOTE = re.compile(r"c[uụ]m\s+t[uừ]\s*[“\"]$", re.IGNORECASE)


def _in_quoted_phrase(src: Source, pos: int) -> bool:
    """Whether ``pos`` stands in a phrase an amendment quotes ("Bãi bỏ cụm từ “Thực hiện đúng …” tại …", "thay thế
    cụm từ “… Nghị định số 63/2019/NĐ-CP” bằng …"): words of the amended text, neither acts nor documents cited."""
    start = max(0, pos - 300)  # a quoted phrase may wrap, not past a blank line
    blank_line = src.text.rfind("\n\n", start, pos)
    line_start = blank_line + 2 if blank_line >= 0 else start
    opening = src.text.rfind("“", line_start, pos)
    if opening < 0:
        opening = src.text.rfind('"', line_start, pos)
        if opening < 0 or src.text.count('"', line_start, pos) % 2 == 0:
            return False
    elif "”" in src.text[opening:pos]:
        return False
    return _PHRASE_QUOTE.search(src.text, max(line_start, opening - 12), opening + 1) is not None


def _quoted_before(src: Source, verb: Verb, m: Mention) -> bool:
    """Whether the verb stands in a quotation that closes before ``m`` ("Chỉ thị 05-CT/TW “Về đẩy mạnh học tập và
    làm theo tư tưởng …” và Luật X": the quoted title's words govern nothing after it)."""
    start = max(0, verb.start - 200)
    opening = src.text.rfind("“", start, verb.start)
    if opening >= 0:
        closing = src.text.find("”", verb.end, m.start)
        return closing >= 0 and "”" not in src.text[opening : verb.start]
    return src.text.count('"', start, verb.start) % 2 == 1 and '"' in src.text[verb.end : m.start]


def _quoted(src: Source, verb: Verb) -> bool:
    """Whether the verb stands in a quoted provision, a line that opens with a quotation mark ("… quy định:⏏
    “Điều 6. Sửa đổi, bổ sung … Thông tư số 78/2014/TT-BTC”"), or in lines below one not yet closed: another
    document's words, not the citing document's act."""
    return _quote_line(src, verb.start) is not None


# How far back a quotation still open may have opened: a provision of a few paragraphs.
_QUOTE_REACH = 1500
# … unless a line ended it with the closing mark OCR misread ("… không bị xử phạt.’", "… như sau.`"), or a straight
# one ("“5. Sử dụng hóa đơn điện tử theo quy định.".").
_LOST_CLOSE = re.compile(r"(?:[’`']|(?<=[.;])\")[.;,]?[ \t*_]*\n")
# … or a paragraph that opens as the citing document's own do ("⏎⏎- Căn cứ Thông tư X …:", "⏎⏎Căn cứ các quy định
# nêu trên, …", "⏎⏎Tại khoản 1 Điều 18 Thông tư X … hướng dẫn:"): the quotation before it closed unmarked
# … or, OCR having lost the blank line too, a line that grounds the letter's own conclusion ("Căn cứ các quy định trên, …")
# or names its own basis ("- Căn cứ Thông tư số …"), which a quoted provision's "Căn cứ tính thuế là …" does not
_QUOTED_PREAMBLE = re.compile(
    r"\s*can\s+cu\s+(?:vao\s+)?(?:hien\s+phap|bo\s+luat|luat|phap\s+lenh|nghi\s+dinh|nghi\s+quyet|thong\s+tu|quyet\s+dinh)"
)
_PROVISION_OF = (
    r"(?:(?:diem|khoan|dieu)\s+\w{1,4}[\s,]+)"  # "khoản 20 Điều 4 …" before the document's type word
)
_FRAMING = re.compile(
    r"\n[ \t]*\n[ \t*_]*(?:[-+•][ \t]*)?(?=(?:can\s+cu|thuc\s+hien|tren\s+co\s+so|tai\s+(?:diem|khoan|dieu)\s))"
    r"|\n[ \t*_]*(?:[-+•][ \t]*)?(?=can\s+cu\s+(?:(?:cac|nhung)\s+)?(?:quy\s+dinh|huong\s+dan|noi\s+dung)\s+(?:tren|neu\s+tren)"
    rf"|can\s+cu\s+(?:vao\s+)?{_PROVISION_OF}*(?:cua\s+)?"
    r"(?:luat|nghi\s+dinh|nghi\s+quyet|thong\s+tu|quyet\s+dinh|cong\s+van)\s)"
    # … or the letter's next item naming another provision ("- Khoản 3 Điều 1 Thông tư số …"), OCR having lost the close
    rf"|\n[ \t*_]*[-+•][ \t]*(?=(?:tai\s+)?{_PROVISION_OF}+(?:cua\s+)?"
    r"(?:luat|nghi\s+dinh|thong\s+tu|quyet\s+dinh|nghi\s+quyet)\s)"
)


def _quote_line(src: Source, pos: int) -> int | None:
    """Start of the line whose opening quotation mark is still open at ``pos``, if any."""
    line_start = src.text.rfind("\n", 0, pos) + 1
    line = src.text[line_start:pos].lstrip(" \t*_-+")
    if (line[:1] in ("“", '"') and line.find("”", 1) < 0 and line.find('"', 1) < 0) or _quoted_after_lead(
        src, pos
    ) is not None:
        return line_start
    # curly marks only: they say which way
    opened = src.text.rfind("“", max(0, pos - _QUOTE_REACH), line_start)
    if opened < 0 or not _opens_line(src.text, opened) or not _still_open(src, opened, pos):
        return None
    return src.text.rfind("\n", 0, opened) + 1


def _still_open(src: Source, opened: int, pos: int) -> bool:
    """Whether the quotation opened at ``opened`` is still open at ``pos``: no closing mark, none OCR misread at a
    line's end, and no paragraph that opens as the citing document's own do."""
    return not (
        "”" in src.text[opened:pos]
        or _LOST_CLOSE.search(src.text, opened, src.text.rfind("\n", 0, pos) + 1)
        or (
            not _QUOTED_PREAMBLE.match(
                src.window(opened + 1, opened + 40)
            )  # a quoted preamble goes on with its own
            # (read a little past ``pos``: the line that frames may open with the mention's own type word, or with the
            # provisions it names first: "Căn cứ Khoản 20 Điều 4 Thông tư số …")
            and any(
                m.start() < pos and src.text[m.end()].isupper()
                for m in _FRAMING.finditer(src.folded, opened, pos + 60)
            )
        )
    )


# What introduces another document's words: "Khoản 4 Điều 12 Thông tư số 156/2013/TT-BTC quy định:⏎“…”", and
# a consolidated text's footnote "Luật An ninh mạng số 116/2025/QH15 có căn cứ ban hành như sau:⏎“Căn cứ …”", a letter
# quoted after "… công văn số 10315/BTC-TCT …, theo đó:", "… hướng dẫn:", "… nêu rõ:", "… có giải thích từ ngữ về “…”
# như sau:".
# ("… quy định căn cứ tính thuế như sau:", what the provision is about between; not where the citing document's own
# change is set out: "Sửa đổi Điều 3 đã được sửa đổi theo quy định tại khoản 1 Điều 1 Thông tư X như sau:")
_QUOTES_ANOTHER = re.compile(
    r"(?:(?:quy\s+d[il]nh|huong\s+dan)(?:\s+(?!tai\s|cua\s|theo\s|ve\s)[^:;.]{1,80}?\s+nhu\s+sau)?|can\s+cu\s+ban\s+hanh"
    r"|,\s*theo\s+do|neu\s+ro|giai\s+thich\s+tu\s+ngu(?:\s+ve\s+\"[^\"]{1,100}\")?)(?:\s+nhu\s+sau)?\s*:\s*$"
)
# … and a line that names the provision it quotes: "Căn cứ khoản 1 Điều 11 Nghị định số 126/2020/NĐ-CP …:⏎“1. …”", "-
# Khoản 7 Điều 16 Thông tư số 151/2014/TT-BTC … sửa đổi Điều 12 Thông tư số 156/2013/TT-BTC như sau:" (a provision of
# another document, named, opening its item; not the citing one's "Khoản 2 Điều 5 được sửa đổi như sau:")
_NAMES_PROVISION = re.compile(
    r"(?:[\s\-+•]*(?:can\s+cu|theo|tai)\s+(?:(?:diem|khoan|dieu)\s+\w{1,4}\s*,?\s*)+"
    r"|\s*[\-+•]\s*(?:(?:diem|khoan|dieu)\s+\w{1,4}\s*,?\s*)+(?:cua\s+)?(?:thong\s+tu|nghi\s+dinh|luat|quyet\s+dinh"
    r"|nghi\s+quyet)\s)[^\n]*:\s*$"
)


def _quoted_after_lead(src: Source, pos: int) -> int | None:
    """Where a quotation opens right after another document's lead ("… Nghị định X quy định: “… theo quy định tại
    Luật Y …”", in mid-line or on the next), still open at ``pos``; None without one."""
    opened = src.text.rfind("“", max(0, pos - _QUOTE_REACH), pos)
    if opened < 0:
        # (a straight mark says no way: it opens only right after the lead, and the next one closes it)
        opened = src.text.rfind('"', max(0, pos - _QUOTE_REACH), pos)
    if (
        opened < 0
        or not _still_open(src, opened, pos)
        or _BLANK_LINE.search(
            src.text, opened, pos
        )  # (an inline quotation whose close OCR lost ends with its paragraph)
        or not _QUOTES_ANOTHER.search(src.window(opened - 160, opened))
    ):
        return None
    return opened


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _quoted_changer(src: Source, mentions: list[Mention], i: int, verbs: list[Verb]) -> LinkFound | None:
    """The link a quoted provision's change states: the quoted document (the one its lead names, "Tại Điều 2 Thông
    tư A quy định:") changes the document the quoted words change."""
    change = next(
        (
            v
            for v in reversed(verbs)
            if v.relation in _CHANGES
            and v.strength == "strong"
            and _quoted(src, v)
            and _quoting(src, v.start)
        ),
        None,
    )
    if change is None:
        return None
    opened = src.text.rfind("“", max(0, change.start - _QUOTE_REACH), change.start)
    quoted = next((k for k in range(i - 1, -1, -1) if mentions[k].end <= opened), None)
    if (
        opened < 0
        or quoted is None
        or opened - mentions[quoted].end > 160
        or not _QUOTES_PROVISION.search(src.window(mentions[quoted].end, opened).rstrip())
        # the quoted words open with the change, maybe after their unit's number ("“Điều 2. Sửa đổi …")
        or not _UNIT_HEADING.fullmatch(src.window(opened + 1, change.start))
        or not _can_change(mentions[quoted], mentions[i])
    ):
        return None
    return LinkFound(quoted, i, change.relation, mentions[quoted].start, mentions[i].end)


_QUOTES_PROVISION = re.compile(r"(?:quy\s+d[il]nh|huong\s+dan)(?:\s+nhu\s+sau)?\s*:\s*$")
_UNIT_HEADING = re.compile(r"\s*(?:(?:dieu|khoan)\s+\d{1,3}[a-z]?\s*[.:]?\s*|\d{1,2}\s*[.)]\s*|[a-zđ]\)\s*)*")


def _quoting(src: Source, pos: int) -> bool:
    """Whether a quoted provision at ``pos`` is another document's words, quoted by the citing one (a letter that
    quotes a circular), not the citing document's own new text ("Sửa đổi khoản 1 Điều 4 như sau: “…”")."""
    if _quoted_after_lead(src, pos) is not None:
        return True
    opened = _quote_line(src, pos)
    end = (opened if opened is not None else src.text.rfind("\n", 0, pos) + 1) - 1
    if opened is not None:  # a quotation's lead may stand above blank lines
        while end > 0 and src.text[end - 1] in " \t\n":
            end -= 1
    if _QUOTES_ANOTHER.search(src.window(max(0, end - 80), end)):
        return True
    return _NAMES_PROVISION.match(src.window(src.text.rfind("\n", 0, end) + 1, end)) is not None


def _changed(src: Source, mentions: list[Mention], prev: int, agent: Mention, verb: Verb) -> int | None:
    """The document a passive "được sửa đổi, bổ sung bởi <agent>" speaks of: the nearest one before it in the
    sentence that the agent can change, of its rank or below; None when there is none (a decree amends no law).
    What is carried out ("được cụ thể hóa bằng <agent>") is the one right before, of any rank. A passive that
    opens its line with a capital is a table's cell ("Được thay thế bởi …" under "Lý do hết hiệu lực"): it speaks
    of the row's document, the one that opens a line, not one its title names."""
    if verb.relation == "implements":
        return prev
    if verb.relation == "guides":  # "… được hướng dẫn tại <agent>": what it details ranks as high or higher
        return next(
            (
                k
                for k in range(prev, max(prev - 4, -1), -1)
                if mentions[k].sentence_start == mentions[prev].sentence_start
                and _can_change(mentions[k], agent)
            ),
            None,
        )
    cell = src.text[verb.start].isupper() and _opens_line(src.text, verb.start)
    nearest = None
    for k in range(prev, max(prev - 4, -1), -1):
        if mentions[k].sentence_start != mentions[prev].sentence_start:
            break
        if _in_closed_aside(src, mentions, k, verb.start):
            continue  # "X (đã được sửa đổi, bổ sung bởi Y) được thay thế bởi Z": Z replaces X
        if _named_in_title_of_its_kind(mentions, k, agent):
            continue  # "Thông tư A … thực hiện Chương trình MTQG 1719 (được sửa đổi, bổ sung bởi Thông tư B)": B amends A
        if _can_change(agent, mentions[k]):
            if not cell or (_opens_line(src.text, mentions[k].start) and not _later(mentions[k], agent)):
                return k
            nearest = k if nearest is None else nearest
    if nearest is not None:
        return nearest
    return prev if ranks().get(agent.doc_type or "") is None and not _apart(mentions[prev], agent) else None


def _named_in_title_of_its_kind(mentions: list[Mention], k: int, agent: Mention) -> bool:
    """Whether mention ``k``, of another type than ``agent``, is named in the title of the document right before it,
    of the agent's type: the one an amending document of that type changes (as ``_named_in_title`` finds the document
    a programme's expiry speaks of)."""
    if k == 0:
        return False
    m, d = mentions[k], mentions[k - 1]
    return (
        m.doc_type != agent.doc_type
        and d.doc_type == agent.doc_type
        and d.title_span is not None
        and d.title_span[0] <= m.start < d.title_span[1]
    )


def _in_closed_aside(src: Source, mentions: list[Mention], k: int, pos: int) -> bool:
    """Whether mention ``k`` is the agent in a passive aside that closes before ``pos`` ("(đã được sửa đổi, bổ sung
    bởi Y)"); not a bracket that repeats the document's name ("… Luật Xuất bản (Thông tư số 01/2020/TT-BTTTT)")."""
    opened = src.text.rfind("(", mentions[k - 1].end if k else 0, mentions[k].start)
    return (
        opened >= 0
        and ")" in src.text[mentions[k].end : pos]
        and ")" not in src.text[opened : mentions[k].start]
        and _ASIDE_MARK.search(src.window(opened, mentions[k].start)) is not None
    )


# What makes a bracket an aside: a passive, or a change of its own ("X (thay thế Z) đã được sửa đổi tại Y": Y amends X).
_ASIDE_MARK = re.compile(r"(?<![a-z])(?:duoc|boi|thay\s+the|sua\s+doi|bai\s+bo)(?![a-z])")


def _opens_line(text: str, pos: int) -> bool:
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t*_|-+•")


_LAW_BY_NUMBER = re.compile(r"(?:(?:b[o]\s+)?lu[a]t\s+)?(?:s\S{0,2}\s*)?")


def _law_by_subject(src: Source, m: Mention) -> bool:
    """Whether ``m`` is a law named by its subject ("Luật Đất đai số 45/2013/QH13"), not by its number alone."""
    return m.doc_type in ("Luật", "Bộ luật") and not _LAW_BY_NUMBER.fullmatch(
        src.window(m.start, m.sym_start)
    )


def _can_change(agent: Mention, target: Mention) -> bool:
    """Whether ``agent`` can change ``target``: a document of its rank or below, on its side (a Government
    resolution amends no Party one)."""
    if _apart(target, agent):
        return False
    rank, other = ranks().get(agent.doc_type or ""), ranks().get(target.doc_type or "")
    return rank is None or other is None or other >= rank


def _apart(a: Mention, b: Mention) -> bool:
    """Whether one of two numbered documents is the Party's and the other not, by their symbols' shapes (a
    reference back by the symbol of what it points to: "Nghị quyết 57" after "Nghị quyết số 57-NQ/TW")."""
    sa, sb = _symbol_of(a), _symbol_of(b)
    return sa is not None and sb is not None and (sa.form == "party") != (sb.form == "party")


def _document_of(m: Mention) -> str | None:
    """What a mention names, to tell one document from another: its symbol, or its name without its year ("Luật
    Ngân sách nhà nước năm 2015" is the "Luật Ngân sách nhà nước" just named)."""
    return m.symbol.text if m.symbol else _NAMED_YEAR.sub("", m.name) if m.name else None


_NAMED_YEAR = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d$")


def _symbol_of(m: Mention) -> Symbol | None:
    return m.symbol or (m.antecedent.symbol if m.antecedent is not None else None)


# "Luật Đất đai năm 2013 (được sửa đổi, bổ sung năm 2018) và Quyết định …": the year of an amendment, no agent.
_YEAR_ONLY = re.compile(r"\s*(?:vao\s+)?(?:nam\s+)?(?:19|20)\d\d\b")


_LEVELS = {"central": 0, "province": 1, "district": 2, "commune": 3}


def _level(m: Mention) -> int | None:
    """How local a cited document is (0 central … 3 commune), from its stated issuer or its symbol's organs."""
    tier = m.issuer.tier if m.issuer and m.issuer.tier else None
    if tier is None and m.symbol:
        tier = next((o.tier for c in m.symbol.issuer_codes if (o := registry.organ(c)) and o.tier), None)
    return _LEVELS.get(tier or "")


# Named State documents a Party document's title does not list.
_STATE_NAMED = frozenset(("Đề án", "Luật", "Bộ luật", "Nghị định"))


_LAWS = frozenset(("Hiến pháp", "Luật", "Bộ luật"))
_LAW_TAKING = frozenset(("implements", "guides", "amends", "replaces", "repeals"))


def _law_past_title(sym_gap: str, m: Mention) -> bool:
    """Whether a law after "và" is the list's next item: the title before it has no verb that takes a law ("Quyết
    định X … phê duyệt Chiến lược … đến năm 2045 và Luật Tiếp cận thông tin", not "… quy định chi tiết Luật A và
    Luật B")."""
    return m.doc_type in _LAWS and not any(
        v.strength != "neutral" and v.relation in _LAW_TAKING for v in verbs_in(sym_gap, 0)
    )


def _state_named_after_party(prev: Mention, m: Mention) -> bool:
    return prev.symbol is not None and prev.symbol.form == "party" and m.doc_type in _STATE_NAMED


def _below(agent: Mention, target: Mention) -> bool:
    """Whether ``agent`` is issued below ``target``'s level, so cannot change it: "Nghị định 90 được sửa đổi bởi
    Nghị định 48 và Hướng dẫn 2345/HD-SNV của Sở Nội vụ" lists the department's guidance as another basis."""
    a, t = _level(agent), _level(target)
    return a is not None and t is not None and a > t


def _shared_description(
    m: Mention, mentions: list[Mention], link_source: dict[int, LinkFound], prev: int
) -> LinkFound | None:
    """The link a list item after ``prev`` shares: the one that made ``prev`` an object ("sửa đổi … của Thông tư A,
    Thông tư B"); for a document of the same type and day as the one whose title named ``prev``, the link that
    made that one an object ("187/2025 sửa đổi … Nghị định 78/2025 … <title> và Nghị định 79/2025"); None when
    the item is later than the describing document."""
    shared = link_source[prev]
    source = mentions[shared.source]
    if _sibling(m, source):
        return link_source.get(shared.source)
    # "Nghị định 59 … quy định chi tiết … Luật X và Chỉ thị 30-CT/TW": a decree details no Party directive; "Luật 63
    # … sửa đổi … của Luật X và Nghị định 34 …": the documents a change names are of one kind, the next item another
    if (
        _later(m, source)
        or (shared.relation == "guides" and _apart(m, source))
        or (shared.relation in _CHANGES and m.doc_type != mentions[prev].doc_type)
        # "Nghị quyết 03/NQ-CP … thực hiện Nghị quyết 57-NQ/TW và Kế hoạch 318-KH/TU": a central document's title
        # names no province's document
        or _below(m, source)
    ):
        return None
    return shared


def _sibling(m: Mention, other: Mention) -> bool:
    """Whether ``m`` is of ``other``'s type and day ("Nghị định 78/2025 ngày 01/4/2025 … Nghị định 79/2025 ngày
    01/4/2025"): neither names the other in its title."""
    return bool(m.date) and m.date == other.date and m.doc_type == other.doc_type


def _earlier(m: Mention, other: Mention) -> bool:
    """Whether ``m`` was issued in an earlier year than ``other`` (a law named without its year has the
    gazetteer's): it amends nothing of ``other``."""
    years = [m.year or _gazetteer_year(m), other.year or _gazetteer_year(other)]
    return bool(years[0] and years[1] and years[0] < years[1])


def _gazetteer_year(m: Mention) -> int | None:
    found = re.search(r"/((?:19|20)\d\d)/", m.gazetteer_symbol or "")
    return int(found.group(1)) if found else None


def _later(m: Mention, source: Mention) -> bool:
    """Whether ``m`` is later than ``source``: a document guides, amends or implements only earlier ones, so
    "Nghị định 67/2011 … quy định chi tiết Luật X và Nghị định 69/2012" lists a new item, not a second
    document the 2011 decree details; nor one of its kind issued the same day."""
    if _sibling(m, source):
        return True
    # of one year, by the day
    if m.date and source.date and m.year == source.year == int(source.date[:4]):
        return m.date > source.date
    # (a date whose year is not the symbol's: one of them is misprinted, "Nghị định số 24/2000/NĐ-CP ngày 06/3/2006
    # sửa đổi … Nghị định số 57/2002/NĐ-CP", so ``m`` is later only under both readings)
    return bool(m.year and source.year and min(_years(m)) > max(_years(source)))


def _years(m: Mention) -> list[int]:
    """The years a mention may be of: its symbol's and its date's."""
    return [y for y in (m.year, int(m.date[:4]) if m.date else None) if y]


# The parts a change names, listed with commas: "sửa đổi, bổ sung một số điều, khoản của X", "một số nội dung, mức chi"
# (the first may be the verb's own "một số điều").
_PART = r"(?:[dpb]i[e]u|kho[a]n|di[e]m|n[o]i dung|m[uw]c chi)"
_PARTS = re.compile(rf"(?:^|(?<![a-z]){_PART})(?:\s*,\s*{_PART})+(?![a-z])")
# (a unit's numbers listed after its word: "Khoản 2, 3, 4, 5 Điều 27", "Điều 5 và 6")
_MORE_NUMBERS = r"(?:\s*(?:,|\s+va)\s*\d[\w.]*(?![a-z]))*"
_ARTICLE_REFS = re.compile(
    rf"(?<![a-z])(?:(?:[dpb]i[e]u|di[e]m|ti[e]t|m[u]c|ch[uw][o]ng|ph[a]n)\s+[\w.]+{_MORE_NUMBERS}"
    # (not "khoán thì": a number, a letter, "của" or "này" after it)
    rf"|kho[a]n\s+(?:\d[\w.]*{_MORE_NUMBERS}|[ivxl]+|[a-z](?:\.\d+)*|c[a-z]{{0,2}}a|n[a]y)(?![a-z]))[,\s]*(?:va\s+)?"
)


# The provisions a verb takes in the document that follows: "hướng dẫn một số điều của", "hướng dẫn khoản 3
# Điều 6 và khoản 2 Điều 10 của".
_PROVISIONS = re.compile(
    r"\s*(?:(?:thi hanh|thuc hien)\s+)?(?:mot so dieu|(?:(?:diem|khoan|dieu|chuong|muc|phu luc)\s+[\w.]{1,6}"
    r"[\s,]*(?:va\s+)?)+)\s*(?:c[a-z]{0,2}a\s*)?"
)


def _adjacent(view: _Folded, verb: Verb, m: Mention) -> bool:
    """Verbs that are also common nouns ("các quy định, hướng dẫn của Trung ương") count only right
    before the citation ("Thông tư này hướng dẫn Nghị định số …"), or before the provisions they take in it."""
    between = view.window(verb.end, m.start)
    return len(between.split()) <= 3 or _PROVISIONS.fullmatch(between) is not None


# Verbs that change a document act on what they name: "sửa đổi, bổ sung Quyết định số 41/2019", not on a
# law the sentence mentions at its end ("rà soát, sửa đổi, bổ sung các quy định … thống nhất với Luật X").
_CHANGES = frozenset(["amends", "replaces", "repeals"])
# So do the verbs of carrying out: "thực hiện thủ tục hải quan … theo Luật X" carries out a procedure.
_CHANGES_AND_IMPLEMENTS = _CHANGES | {"implements"}


_THIS_DOCUMENT = re.compile(r"(?<![a-z])nay\s+(?:(?:se|da|chi)\s+)?$")
_CLAUSE_START = re.compile(r"[,;:.\n]\s*")


def _by_this(view: _Folded, verb: Verb) -> bool:
    """Whether the verb's subject is the citing document itself ("Thông tư này hướng dẫn …") or its issuer
    in the enacting formula ("Theo đề nghị …, Bộ trưởng Bộ Tài chính hướng dẫn …")."""
    before = view.window(max(view.start, verb.start - 80), verb.start)
    if _THIS_DOCUMENT.search(before):
        return True
    return _organ(before[max((c.end() for c in _CLAUSE_START.finditer(before)), default=0) :].rstrip())


def _organ(folded: str) -> bool:
    """Whether ``folded`` is an organ's name, whole."""
    found = issuers.recognise(folded, folded) if folded else None
    return found is not None and found.code is not None and found.end >= len(folded)


_ENDS_AT_ONCE = re.compile(
    r"[ \t]*;\s*(?!(?:dieu|khoan|diem|muc|chuong|phu\s+luc|mot\s+so|cac)\b)[a-z]"
    r"|[ \t]{3,}[a-z]+(?:\s[a-z]+)?[ \t]*\n"  # a table's heading cell ("Văn bản⏎triển khai     Đảng viên⏎tham gia")
)


def _new_clause_after(between: str) -> bool:
    """Whether a clause of its own ("; mức phí được nêu tại") stands between a verb and a document."""
    cut = between.rfind(";")
    # words of the clause, past article numbers and the letters of points ("điểm c, d, đ")
    return cut >= 0 and sum(len(w) > 2 for w in _ARTICLE_REFS.sub(" ", between[cut + 1 :]).split()) >= 3


_SET_OUT_IN = re.compile(
    r"(?<![a-z])duoc\s+(?:giao|neu|phan\s+cong|de\s+ra|xac\s+dinh)\s+(?:tai|trong|o)(?![a-z])"
)


# … and the parts a change replaces, where they were published: "thay thế ba (03) thủ tục hành chính được công bố tại X"
_PUBLISHED_AT = re.compile(r"(?<![a-z])duoc\s+cong\s+bo\s+tai\s*$")


def _set_out_in(between: str) -> bool:
    """Whether a verb's object ends in a passive that only says where it is set out: "thực hiện các nhiệm vụ được
    giao tại (khoản 4 Điều 4 của) X"."""
    found = list(_SET_OUT_IN.finditer(between))
    return bool(found) and _ARTICLE_REFS.sub(" ", between[found[-1].end() :]).strip() in ("", "cua")


_PLACED_AT_END = re.compile(_PLACED_AT)


def _passive_clause_after(between: str) -> bool:
    """Whether a clause of its own after a ";" ends in a passive that names where its object stands."""
    return _new_clause_after(between) and _PLACED_AT_END.search(between) is not None


def _near(view: _Folded, verb: Verb, m: Mention) -> bool:
    """Whether the verb takes ``m`` for its object: close to it, or through an enumeration of what it names
    ("triển khai các chủ trương của Đảng, pháp luật của Nhà nước, trọng tâm là Nghị quyết …"); not past a
    passive clause of its own ("sửa đổi, bổ sung hương ước và được UBND huyện công nhận tại Quyết định …")."""
    between = view.window(verb.end, m.start)
    words = _ARTICLE_REFS.sub(" ", between).split()
    issued_with = verb.relation in _CHANGES_AND_IMPLEMENTS and len(words) <= 40 and _rule_issued_by(between)
    if "duoc" in words and not (
        _set_out_in(between)
        or (verb.relation == "amends" and _PUBLISHED_AT.search(between) is not None)
        # "… triển khai thực hiện Kế hoạch hành động của Bộ Tài chính được ban hành kèm theo Quyết định X"
        or issued_with
    ):
        return False
    return (
        len(words) <= 12
        or bool(_ENUMERATES.search(between))
        # "sửa đổi, bổ sung Quy chế làm việc của … ban hành kèm theo Quyết định X" changes X's rule
        or issued_with
        # "có trách nhiệm thực hiện đầy đủ các quy định về quản lý thuế đối với người nộp thuế của Luật X"
        or (verb.relation == "implements" and len(words) <= 30 and _rules_of(between))
        # "quán triệt kết luận của Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia tại Thông báo X": the
        # direction carried out, and the document that records it
        or (verb.relation == "implements" and len(words) <= 30 and _DIRECTION_AT.match(between) is not None)
        # "thay thế Danh mục TTHC có số thứ tự 01,02 lĩnh vực Tổ chức cán bộ tại Quyết định X": a part of X it changes
        or (verb.relation in _CHANGES and len(words) <= 30 and _PART_OF.match(between) is not None)
    )


_PART_OF = re.compile(
    r"\s*(?:cac\s+|mot\s+so\s+)?(?:danh\s+muc|phu\s+luc|bieu\s+mau|mau|noi\s+dung)\s[^;:.()]{0,200}?\s(?:tai|cua)\s*$"
)


def _rules_of(between: str) -> bool:
    """Whether a verb's object is a document's rules named at length ("các quy định … của X"), in one clause."""
    return (
        not any(c in between for c in ",;:()")
        and bool(_RULE_OBJECT.match(between))
        and bool(_OF_END.search(between))
    )


def _rule_issued_by(between: str) -> bool:
    """Whether a verb's object is a rule named at length, then the decision that issued it ("thực hiện nghiêm Quy
    chế công tác dân vận … ban hành kèm theo Quyết định X"); not an annex's title ("(Ban hành kèm theo …)")."""
    return "(" not in between and bool(_RULE_OBJECT.match(between)) and bool(_ISSUED_WITH.search(between))


_ENUMERATES = re.compile(
    r"(?<![a-z])(?:nhat la|trong tam la|dac biet la|cu the la|bao gom|gom)\s*:?\s*$"
    # (… or in brackets after the kind of documents it names: "quán triệt đến 100% cán bộ, đảng viên các văn bản chỉ
    # đạo của cấp trên (Chỉ thị số 35-CT/TW; …)")
    r"|(?<![a-z])(?:cac|nhung)\s+(?:van\s+ban|nghi\s+quyet|chi\s+thi|ket\s+luan|quy\s+dinh)(?:\s+[a-z]+){0,6}\s*\(\s*$"
)
_OF_END = re.compile(r"(?<![a-z])c[a-z]{0,2}a\s*$")
_DIRECTION_AT = re.compile(
    r"\s*(?:cac\s+)?(?:ket\s+luan|y\s+kien(?:\s+chi\s+dao)?|chi\s+dao)\s+c[a-z]{0,2}a\s[^,;:()]{0,160}?\stai\s*$"
)
_OWN_OBJECT_THEN_AND = re.compile(r"\s*(?:[a-z]+\s+){2,}va\s*$")
_TITLE_OPENS = re.compile(r"(?<![a-z])ve\s")
_ISSUED_WITH = re.compile(r"(?<![a-z])(?:ban\s+hanh\s+(?:kem\s+)?|kem\s+)theo\s*$")
_RULE_OBJECT = re.compile(
    r"\s*(?:(?:nghiem|tot|dung|day\s+du|co\s+hieu\s+qua)\s+)*(?:cac\s+)?"
    r"(?:quy\s+che|quy\s+dinh|quy\s+tac|ke\s+hoach|chuong\s+trinh|de\s+an|dieu\s+le|noi\s+quy|quy\s+trinh)(?![a-z])"
)


_NUMBERING = re.compile(r"[\s\-+•*#]*(?:(?:dieu\s+)?[\divxl]+[.)]|[a-z][.)])?[\s\-+•*#]*")


def _opens(view: _Folded, start: int, verb: Verb) -> bool:
    """Whether the verb opens its sentence (after a type line or a numbering: "QUYẾT ĐỊNH⏎Sửa đổi, bổ sung
    …", "7. Thay thế Mẫu số 06 …"): then it is the citing document's own act, however long its object."""
    before = view.window(start, verb.start)
    lead = _NUMBERING.match(before)
    return (
        len(before[lead.end() if lead else 0 :].split()) <= 2
        or bool(_ENACTS.search(before))
        or bool(_TYPE_LINE_BEFORE.search(before))
        or bool(_SUBJECT_LEAD.search(before))
    )


# A letter's subject line, right under its number line ("Số: 2856/BNV-TCBC⏎V/v hướng dẫn thực hiện …"): no blank line
# split them, but the subject opens its own line.
_SUBJECT_LEAD = re.compile(r"(?:^|\n)[ \t*_(]*(?:v[ \t]?/[ \t]?[vy]|viv)[ \t]*:?[ \t*_]*$")


# A type line of its own right above ("Số: 66/2016/TT-BTC⏎THÔNG TƯ⏎Hướng dẫn thực hiện …": no blank line split the
# letterhead from the title)
_TYPE_LINE_BEFORE = re.compile(
    r"\n[ \t*_#]*(?:thong\s+tu|quyet\s+dinh|nghi\s+(?:dinh|quyet)|chi\s+thi|ke\s+hoach|huong\s+dan|quy\s+dinh"
    r"|thong\s+bao|cong\s+van|bao\s+cao|to\s+trinh|de\s+an|chuong\s+trinh|ket\s+luan|quy\s+che)[ \t*_]*\n[ \t*_]*$"
)
# The enacting formula: "Hội đồng nhân dân Thành phố ban hành Nghị quyết về việc sửa đổi, bổ sung …".
_ENACTS = re.compile(r"ban\s+hanh\s+\w+(?:\s+\w+)?\s+(?:ve\s+viec\s+)?$")


# What a change's object ends with when the changed document follows: the provisions "tại" or "của" it
_CHANGED_AT = re.compile(r"(?<![a-z])(?:tai|cua)\s*$")
# (… not what a passive says of the object's kind: "thủ tục hành chính được sửa đổi, bổ sung, thay thế … công bố tại X",
# "… mới ban hành/bị bãi bỏ … quy định tại X")
_PASSIVE_LIST = re.compile(
    r"(?<![a-z])(?:duoc|bi)\s+(?:(?:s[uw]a\s+doi|bo\s+sung|thay\s+the|bai\s+bo),?\s+)*$"
)


def _governs(view: _Folded, verb: Verb, m: Mention) -> bool:
    """A verb inside an earlier citation's description governs this one only if it stands close to it.

    Article references ("Điều 87, Điều 88 Luật …") do not count as distance; a comma does break the
    verb's hold ("thực hiện quy chế dân chủ ở cơ sở, Quyết định 217" lists a new item).
    """
    between = _ARTICLE_REFS.sub(" ", _PARTS.sub(" ", view.window(verb.end, m.start)))
    # (a rule or a list issued with X may hold commas: "bãi bỏ một phần Quy định chức năng, nhiệm vụ … ban hành kèm
    # theo Quyết định X")
    issued_with = _ISSUED_WITH.search(between) is not None
    if (
        verb.relation in _CHANGES
        and verb.strength != "passive"
        and _CHANGED_AT.search(between)
        and "(" not in between
        and len(between.split()) <= 30
        and not _PASSIVE_LIST.search(view.window(verb.start - 40, verb.start))
    ):
        return True  # "sửa đổi, bổ sung quy định về phí tham quan di tích lịch sử, công trình văn hóa tại Nghị quyết X"
    # (a verb's object may list its documents, past a comma: "…, đảng viên các văn bản chỉ đạo của cấp trên (X; Y)")
    enumerated = _ENUMERATES.search(between) is not None and len(between.split()) <= 30
    if "," in between and not issued_with and not enumerated:
        return False
    # "Nghị quyết 33 … về … con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước và Kết luận 76": the verb
    # took its own object, and "và" adds the next item to the list the description stands in
    # (not a guide's, nor one of provisions': "Thông tư … hướng dẫn thi hành Luật Quản lý thuế và Nghị định X" guides
    # both, "về … theo quy định của Luật Quản lý thuế và Luật NSNN" names two sources)
    if (
        verb.relation != "guides"
        and "quy dinh" not in view.window(verb.start, verb.end)
        and _OWN_OBJECT_THEN_AND.match(between)
        and _TITLE_OPENS.search(view.window(view.start, verb.start))
    ):
        return False
    return len(between.split()) <= 8 or (
        len(between.split()) <= 30
        and (
            enumerated
            or _rule_issued_by(between)
            # "bãi bỏ các thủ tục hành chính tại Phụ lục ban hành kèm theo Quyết định X", "theo đúng danh mục quy định
            # tại Phụ lục I ban hành kèm theo Thông tư X": what is attached to X is X's (a strong verb's object is the
            # list itself: "cơ sở thực hiện xã hội hóa … ban hành kèm theo Quyết định X")
            or (issued_with and (verb.relation in _CHANGES or verb.strength == "weak"))
        )
    )


# A plan, programme or scheme drawn up "theo" another document carries that document out.
_PLANS = frozenset(["Kế hoạch", "Chương trình", "Chương trình hành động", "Đề án"])


# "… báo cáo Bộ Công an theo Kế hoạch X và báo cáo UBND tỉnh theo Chỉ thị Y": "và" and a verb open a second predicate
# of the citing body's, not more of the plan's description.
_NEW_PREDICATE = re.compile(
    r"\s*va\s+(?:bao\s+cao|gui|to\s+chuc|trien\s+khai|thuc\s+hien|chi\s+dao|tham\s+muu|de\s+xuat|phoi\s+hop)(?![a-z])"
)


def _plan_follows(view: _Folded, prev: Mention, verb: Verb) -> bool:
    """Whether a bare "theo" ends the description of a cited plan ("Kế hoạch 41-KH/TU … của Tỉnh ủy nâng
    cao chất lượng … theo Chương trình …"): the plan implements what follows, the citing document only
    cites it. "theo quy định tại" and the like keep their own meaning."""
    if prev.doc_type not in _PLANS or view.window(verb.start, verb.end) != "theo":
        return False
    between = view.window(prev.tail_end, verb.start)
    words = between.split()
    # a plan cited by name has no title to carry "theo": "Đẩy mạnh Đề án 06 …, phấn đấu … theo …" and "dự thảo Đề án
    # … giai đoạn 2024 - 2030 chậm nhất 20 ngày trước khi trình … theo Điều 33 Luật Y" are the citing one's, and so is
    # "Đề án 06 của Chính phủ theo Quyết định số 06/QĐ-TTg" (the decision that approves it)
    if prev.kind == "named":
        return False
    # nor a clause after the plan's issuer ("Thực hiện Kế hoạch X của Tỉnh ủy, Huyện ủy báo cáo theo …", "…, các địa
    # phương tổ chức tiếp dân theo …")
    if between.lstrip().startswith(",") or _NEW_PREDICATE.match(between):
        return False
    # nor a plan referred back to ("Kế hoạch số 09-KH/TU nêu trên và báo cáo Bộ Tài chính theo …")
    return (
        len(words) >= 3
        and words[:2] not in (["neu", "tren"], ["noi", "tren"])
        and _in_description(view, prev, verb)
    )


# After the opening "Thực hiện X," (or "…triển khai X;", the gap then read from its ";"), the main clause's subject and
# its own verb: what follows is what the citing body did, reported ("…, UBND huyện đã thành lập …", "…, Ban đã phê duyệt
# … tại Quyết định số …", "…; đến nay đã ban hành 06/09 văn bản …, trong đó có Nghị quyết số …").
_NEW_CLAUSE = re.compile(
    r"(?:^|[,;])\s*(?:[^,;()]|\([^(),;]{1,30}\)){0,60}?(?<![a-z])(?:da|vua|tiep\s+tuc)\s+(?P<verb>thanh\s+lap|ban\s+hanh|phe\s+duyet|kien\s+toan"
    r"|xay\s+dung|to\s+chuc|giao|cong\s+nhan|quyet\s+dinh|bo\s+tri|ky)(?![a-z])"
    # (not what was issued "theo" a document: "…, yêu cầu thực hiện đúng chế độ đã ban hành theo Quyết định Y")
    r"(?!\s+(?:kem\s+)?theo(?![a-z]))"
)
_ISSUING = frozenset(["ban hanh"])
# … and an organ that issues, without the adverb: "Thực hiện X, UBND tỉnh ban hành Kế hoạch Y"
# (a note on the organ, "(trước sắp xếp)", is no part of its name)
_ORGAN_ISSUING = re.compile(
    r",\s*(?P<who>[^,;()]{2,60}?)(?:\s*\([^(),;]{1,30}\))?\s+(?P<verb>ban\s+hanh)(?!\s+(?:kem|theo))\s*$"
)


def _organ_issues(gap: str) -> re.Match[str] | None:
    """The clause "…, <organ> ban hành" right before the document: what the organ issues carries out what the
    sentence opened with."""
    clause = _ORGAN_ISSUING.search(gap)
    return clause if clause is not None and _organ(clause.group("who")) else None


# "… về lãnh đạo thực hiện nhiệm vụ năm 2024 và Kế hoạch số 32-KH/ĐU": the title's verb has an object of its
# own, and the next document is the list's next item.
_COORDINATED = re.compile(r"\s*[^\s,;]+(?:\s+[^\s,;]+)+\s*(?:,|(?<![a-z])va)\s*$")
# … unless that object is a document itself ("hướng dẫn thi hành Luật Quản lý thuế và Nghị định số 126/…").
_DOCUMENT_WORD = re.compile(
    r"(?<![a-z])(?:lu[a]t|ngh[il] (?:d[il]nh|qu[yi][e]t)|th[oe]ng t[uw]|quy[e]t d[il]nh|ch[il] th[il]|k[e]t lu[a]n)(?![a-z])"
)


# A list item that opens with its document's issuer before "ban hành" (folded): "- Chính phủ ban hành Nghị định số …"
_ITEM_SUBJECT = re.compile(r"[ \t*_]*[-+•][ \t]*(?:[^\s,;:.]+[ \t]+){1,8}(?:da[ \t]+)?")


def _titled_list_ends_in_and(src: Source, mentions: list[Mention], i: int, last: bool = False) -> bool:
    """Whether the mentions from ``i - 1`` on are items of one list, each after the previous one's title and a comma,
    the last after "và", with no ";" between (with ``last``, whether ``i`` is that last one)."""
    for k in range(i, i + 1 if last else len(mentions)):
        gap = src.window(mentions[k - 1].end, mentions[k].start)
        if any(mark in gap for mark in ";()") or "." in gap.replace("..", ""):
            return False
        if _AND_AT_END.search(gap):
            return True
        if not gap.rstrip().endswith(","):
            return False
    return False


def _and_next(src: Source, mentions: list[Mention], i: int) -> bool:
    """Whether the next mention follows ``mentions[i]`` after "và" (and its year: "Luật Khiếu nại năm 2011 và …"): the
    last item of a list."""
    return i + 1 < len(mentions) and bool(
        _AND_LAST.fullmatch(src.window(max(mentions[i].tail_end, mentions[i].end), mentions[i + 1].start))
    )


_AND_LAST = re.compile(r"(?:\s*n[a]m\s+(?:19|20)\d\d)?\s*,?\s*(?:va|hoac)\s*")


def _coordinated(between: str) -> bool:
    return bool(_COORDINATED.match(between)) and not _DOCUMENT_WORD.search(between)


# Between a decision (with its date and issuer) and the "ban hành" of its title: "(về việc)"; between the verb
# and what it issues, no second object ("… ban hành ngày 8/12/2005 và Thông tư …").
_ISSUED_BY_PREV = re.compile(r"\s*(?:v[e]\s+vi[e]c\s+)?")
_SECOND_OBJECT = re.compile(r"(?<![a-z])va(?![a-z])|[,;]")


# A description that opens with what the document does ("… của Tổng cục Thuế hướng dẫn …", "… quy định các trường hợp
# được miễn, giảm …", a letter's "… đôn đốc khắc phục tồn tại …") or its subject with no comma ("… về việc áp dụng cơ chế đặc thù theo …": after "về", a comma may
# open the list's next item, "về Trung tâm tài chính quốc tế, nhiệm vụ tại Quyết định X"); no colon in either.
_GUIDANCE_SAYS = re.compile(
    r"\s*(?:(?:h[uw][o]ng\s+d[a]n|quy\s+d[il]nh|d[o]n\s+d[o]c|s[uw]a\s+d[o]i|ban\s+h[a]nh)\s[^:;]*|v[e]\s[^,:;]*)$"
)
# … or what it carries out, right after its issuer ("Hướng dẫn số 16-HD/BTCTW … của Ban Tổ chức Trung ương thực hiện một
# số nội dung về … theo Quy định số 50-QĐ/TW"; not the sentence's own "… Nghị định X thực hiện theo quy định tại Y")
_CARRYING_OUT_SAYS = re.compile(r"\s*th[uw]c\s+hi[e]n\s+(?!theo\s)[^:;]*$")
_BARE_AT = re.compile(r"(?<![a-z])t[a]i\s*$")
_GUIDES_UNDER = re.compile(r"\s*h[uw][o]ng\s+d[a]n\s")
_RULES_UNDER = re.compile(r"\s*quy\s+d[il]nh\s")


def _outranks(higher: Mention, lower: Mention) -> bool:
    """Whether ``higher`` has more legal force than ``lower``: an act of the Assembly, or a type of a higher rank."""
    rank, other = ranks().get(higher.doc_type or ""), ranks().get(lower.doc_type or "")
    assembly = higher.symbol is not None and higher.symbol.form == "assembly"
    return (assembly and other is not None and other > 1) or (
        rank is not None and other is not None and rank < other
    )


def _described_under(src: Source, view: _Folded, prev: Mention, verb: Verb) -> bool:
    """Whether a weak ``verb`` ("theo quy định tại") is inside ``prev``'s description of what it guides or rules
    ("phù hợp với X" is the citing document's own aim). A subject ("về …") may list its nouns with commas ("về chấn
    chỉnh kỷ luật, kỷ cương hành chính theo Chỉ thị Y"), but a comma before a capital or a clause's opening word
    starts the citing document's own clause ("về việc A, UBND huyện báo cáo theo …")."""
    said = view.window(prev.tail_end, verb.start)
    return (
        view.window(verb.start, verb.end).startswith("theo")
        and bool(
            _GUIDANCE_SAYS.match(said)
            or (prev.issuer is not None and _CARRYING_OUT_SAYS.match(said))
            or (
                _SUBJECT_WITH_COMMAS.match(said)
                and not _CLAUSE_AFTER_COMMA.search(said)
                and not _CAPITAL_AFTER_COMMA.search(src.text, prev.tail_end, verb.start)
            )
        )
        and _in_description(view, prev, verb)
    )


_SUBJECT_WITH_COMMAS = re.compile(r"\s*v[e]\s+[^:;()]*$")
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s*(?:[dp]e\s+nghi|yeu\s+cau|dong\s+thoi|trong\s+do|theo\s+do|do\s+do|vi\s+vay|de|nham|nay|hien\s+nay|tuy"
    r"|nhung|song|va|hoac|neu|khi|sau\s+khi|truoc\s+khi|tu\s+ngay|ke\s+tu|trong|tai|can\s+cu|thuc\s+hien|gui|trinh"
    r"|bao\s+cao)(?![a-z])"
    # "… về BHXH bắt buộc thì trình tự, thủ tục thực hiện theo …": the main clause after "thì"
    r"|(?<![a-z])thi\s"
)
_CAPITAL_AFTER_COMMA = re.compile(rf",\s*[{CAPITALS}]")


# ("… quy định chi tiết và các biện pháp thi hành Luật Y", "X và các Thông tư sửa đổi X" are X's own words)
_NEW_NOUN_PHRASE = re.compile(
    r"(?<![a-z])(?:va|hoac)\s+(?:cac|nhung)\s+"
    r"(?!bien\s+phap|van\s+ban|thong\s+tu|nghi\s+dinh|quyet\s+dinh|nghi\s+quyet|quy\s+dinh|luat|chinh\s+sach)"
    r"(?:[a-z]+\s+){1,3}$"
)


def _in_description(view: _Folded, prev: Mention, verb: Verb, over_semicolon: bool = False) -> bool:
    """Whether ``verb`` belongs to the description of ``prev`` (its title) rather than to the document. In a
    preamble's list (``over_semicolon``) a title of two parts goes on over its ";" ("Căn cứ Nghị định X … quy định
    về phân cấp …; quy định chi tiết … Luật Y"); in a plan's tasks "; hướng dẫn thực hiện Y" is a task of its own."""
    between = view.window(prev.end, verb.start)
    bracketed = _BRACKETED_AFTER_TITLE.search(between) is not None
    if (
        ";" in between
        and not (
            over_semicolon
            and all(_TITLE_GOES_ON.match(part) for part in view.window(prev.end, verb.end).split(";")[1:])
        )
        and not bracketed
    ):
        return False
    if (
        _CLAUSE_BREAK.search(between)
        or _OWN_CLAUSE.search(between)
        or _acting(between)
        or _SECOND_PREDICATE.search(between)
    ):
        return False
    # "Triển khai Kế hoạch X … của UBND tỉnh và thực hiện Chỉ thị Y": a second predicate of the citing document,
    # where no title ("về …") could hold the verb
    if verb.relation == "implements" and _AND_THEN_AT_END.search(between) and not _TITLE_MARK.search(between):
        return False
    # "các dự án triển khai X … và các dự án thực hiện Y": a second noun phrase, whose own verb it is
    if verb.relation == "implements" and _NEW_NOUN_PHRASE.search(between):
        return False
    # "… theo Hướng dẫn X … về … và theo tinh thần Quyết định Y": a second "theo" after "và", the document's own
    if _AND_AT_END.search(between) and view.window(verb.start, verb.end).startswith("theo"):
        return False
    # "Thực hiện Luật X, căn cứ Quyết định Y, Bộ Tài chính …": "căn cứ" after a comma is the citing document's own
    if verb.relation == "based_on" and verb.strength == "strong" and between.rstrip().endswith(","):
        return False
    # (a change in brackets closes a title however long: "Nghị định 45/2025 … quy định tổ chức các cơ quan chuyên môn
    # thuộc Ủy ban nhân dân tỉnh, … thành phố thuộc thành phố trực thuộc trung ương (thay thế Nghị định số 37/2014 …)")
    closing = verb.relation in _CHANGES and view.window(verb.start - 2, verb.start).strip() == "("
    return len(between.split()) <= (80 if bracketed or closing else 40)


# A change in brackets that closes a title of two parts: "Thông tư số 56/2022/TT-BTC … hướng dẫn … cơ chế tự chủ tài
# chính …; xử lý tài sản, tài chính khi tổ chức lại … (thay thế Thông tư số 145/2017/TT-BTC)" (the part after ";" a
# phrase of the title, with no verb, organ or document of its own).
_BRACKETED_AFTER_TITLE = re.compile(r";(?:(?!(?<![a-z])(?:cua|theo|so)(?![a-z]))[^;:.()\d]){12,}\(\s*$")


# "…, Sở Nội vụ sẽ tham mưu UBND tỉnh trình HĐND tỉnh sửa đổi …": after a comma, an organ that acts; any verb after
# "đã/đang/sẽ" ("…, UBND huyện đã tuyên truyền … theo Y").
# (an organ's name may hold such a word: "Ban Thường vụ Đảng ủy đã tổ chức …", whose "Đảng" folds as "đang")
_ACTS = re.compile(
    r"\s+(?:(?:se|da|dang)\s+(?=[a-z])|(?:(?:se|da|dang|tiep\s+tuc)\s+)?"
    r"(?:tham\s+muu|chu\s+tri|phoi\s+hop|trinh|de\s+nghi|kien\s+nghi|chi\s+dao|yeu\s+cau|giao"
    r"|don\s+doc|to\s+chuc|quan\s+triet)(?![a-z]))"
)
_CLAUSE_OPENS = re.compile(r",\s*([^,;:]{2,120})")


def _acting(between: str) -> bool:
    """Whether a new clause whose subject is an organ starts in ``between``: what follows is that organ's act,
    not the earlier document's description. (An organ that guides is one only after a title: "… giai đoạn 2021 -
    2025, Ban Tuyên giáo Tỉnh ủy hướng dẫn …"; after another organ it is the last of joint issuers.)"""
    return any(
        _organ(clause.group(1)[: act.start()])
        for clause in _CLAUSE_OPENS.finditer(between)
        for act in _ACTS.finditer(clause.group(1), 2)
        if act.start() <= 80
    ) or any(
        _organ(m.group("who")) and not _organ_before(between, m.start())
        for m in _GUIDING_ACTOR.finditer(between)
    )


_GUIDING_ACTOR = re.compile(r",\s*(?P<who>[^,;:]{2,80}?)\s+h[uw][o]ng\s+d[a]n(?![a-z])")


# Words that go on an organ's name rather than start its predicate: "…, UBND tỉnh về …", "…, Tỉnh ủy và …";
# "… của Bộ Quốc phòng, Bộ Tài chính hướng dẫn …": the last of joint issuers, then the title's verb; the organs of a
# kind a title lists ("… của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố …", "UBND cấp xã")
_NO_PREDICATE = frozenset(
    [
        "va",
        "ve",
        "cua",
        "tai",
        "so",
        "ngay",
        "nam",
        "theo",
        "khoa",
        "lan",
        "hoac",
        "voi",
        "huong",
        "quy",
        "cac",
        "cap",
    ]
)


def _new_subject(gap: str, printed: str) -> bool:
    """Whether a clause of its own, an organ and its verb, opens after a comma of the gap ("…, Sở Nội vụ tuyên
    truyền về"): the opening "Thực hiện X," has ended there. ``printed`` is the gap as printed (an organ's
    name opens with a capital)."""
    for comma in re.finditer(",", gap):
        if not printed[comma.end() :].lstrip()[:1].isupper():
            continue
        clause = gap[comma.end() :].strip()
        found = issuers.recognise(clause, clause) if clause else None
        if not (found and found.code):
            continue
        rest = clause[found.end :].split()
        # an aspect before its verb ("…, UBND huyện đã tuyên truyền"): a clause, never the next of joint issuers
        if rest[:1] and rest[0] in _ASPECT:
            return True
        if (
            not _organ_before(gap, comma.start())
            and rest
            and rest[0].isalpha()
            and rest[0] not in _NO_PREDICATE
        ):
            return True
    return False


_ASPECT = frozenset(["da", "dang", "se"])


_ORGAN_START = re.compile(r",|(?<![a-z])(?:cua|do|boi)\s")


def _organ_before(gap: str, comma: int) -> bool:
    """Whether an organ ends right before the comma: the one after it is the next of joint issuers ("… của Bộ Quốc
    phòng, Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính sửa đổi …", "… do HĐND tỉnh Long An, HĐND tỉnh Tây Ninh
    ban hành")."""
    before = gap[:comma]
    starts = [m.end() for m in _ORGAN_START.finditer(before)]
    return _organ(before[starts[-1] if starts else 0 :].strip())


# "… Kết luận 21-KL/TW về xây dựng Đảng gắn với thực hiện Chỉ thị 05-CT/TW": the citing document's own
# clause (gold 000: "gắn với việc thực hiện Kết luận 01-KL/TW" implements); OCR prints "gan vai", "gan véi". So is
# its aim "… phù hợp với các nội dung của Luật X", no part of the title before it.
_OWN_CLAUSE = re.compile(
    r"(?<![a-z])(?:gan\s+v[aeo6d]i\s+(?:viec\s+)?(?:(?:tiep\s+tuc|day\s+manh|to\s+chuc)\s+)*|ph[uiwt]\s+h[og]p\s+v[aeo6d]i\s+(?:cac\s+)?"
    r"(?:(?:noi\s+dung|quy\s+d[il]nh)\s+(?:c[a-z]{0,2}a\s+|t[a]i\s+)?)?)$"
)
_REASON = re.compile(r"(?<![a-z])(?:do|vi)\s+(?:khong|chua)\s")
