"""Named references: laws, congress resolutions, programmes, schemes, the Constitution and the Party
Charter cited by name, without a number ("Luật Thực hiện dân chủ ở cơ sở", "Nghị quyết Đại hội lần thứ
XIII của Đảng", "Đề án 06").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from kg import registry
from kg.folding import fold
from kg.parse import issuers
from kg.parse.dates import YEAR, date_after, year_of
from kg.parse.find import ALIAS_BEFORE, OF, PAGE_NUMBER, Mention, Taken, passed_by, passive_agent
from kg.parse.fuzzy import close
from kg.parse.spelling import province_in, province_named, reads_as, respell
from kg.parse.text import CAPITALS, Source, blank, fold_view, squash

# Named references: a capitalised type word followed by a name, found by one scan. Every alternative
# starts with one literal capital, which lets the regex engine skip from one candidate letter to the next
# (it cannot when an alternative starts with a class); an empty group at its end names the kind.
# The vowel of "Bộ" (a code, "Bộ luật") as printed and as OCR reads it
_CODE_VOWELS = "ôộo6¢éóồốd"
# A vowel under any mark, as OCR may set a wrong one ("Lúat", "Nghi quýet", "khoà", "hoì", "Dè an")
_A = "aàáảãạăằắẳẵặâầấẩẫậ"
_E = "eèéẻẽẹêềếểễệ"
_I = "iìíỉĩị"
_O = "oòóỏõọôồốổỗộơờớởỡợ"
_U = "uùúủũụưừứửữự"
_Y = "yỳýỷỹỵ"
# A plenum's number as a word ("Hội nghị Trung ương lần thứ tám"), after "lần thứ" (OCR: "lan thir tam")
_TEN_AND_UNIT = r"m[uư][oờ]i(?:\s+(?:m[oộ]t|hai|ba|b[oố]n|l[aă]m|s[aá]u|b[aả]y|t[aá]m|ch[ií]n))?"
_ORDINAL = (
    rf"(?:(?<=th[uứ]\s)|(?<=thir\s))(?:{_TEN_AND_UNIT}|nh[aấ]t|hai|ba"
    r"|t[uư]|n[aă]m|s[aá]u|b[aả]y|t[aá]m|ch[ií]n)(?![^\W\d_])"
)
# … and as a plenary's ordinal may be printed, in words of two ("lần thứ mười một") or in digits
_TENS = rf"(?:{_TEN_AND_UNIT}|\w+)"
_UNITS = {
    "nhat": 1,
    "mot": 1,  # after "mười": "mười một", "mười bốn", "mười lăm"
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "bon": 4,
    "nam": 5,
    "lam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
}


def _plenum_number(printed: str) -> str:
    """A plenum's number in digits ("tám" 8, "mười một" 11), so that either spelling names one resolution."""
    if printed.isdigit():
        return printed
    words = fold_view(printed).split()
    tens = 10 if words[0] == "muoi" else 0
    return str(tens + (_UNITS.get(words[-1], 0) if len(words) > 1 or not tens else 0))


_PLENUM_TAIL = (
    rf"\s+(?:[Hh][oộ]i\s+ngh[iị]\s+)?Trung\s+(?:[uư][oơ6éóò]|w[oơ])ng\s+"
    rf"(?:l[aầ]n\s+th(?:[uứ]|ir)\s+)?(?P<pn>\d{{1,2}}|{_ORDINAL})"
    # (the committee may be named before its term: "… lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII")
    r"(?:\s+(?:c[uủ]a\s+)?Ban\s+Ch[aấ]p\s+h[aà]nh\s+Trung\s+[uư][oơ]ng(?:\s+Đ[aả]ng)?)?"
    rf"\s*[(,]?\s*kh[{_O}{_E}d6][{_A}]\s+(?P<pk>[XVI]{{1,6}})\)?"
)  # OCR: "khéa", "kh6a"
_PLENUM = rf"(?:gh[iị]\s+qu[{_Y}][{_E}€¢]t|[{_E}]t\s+lu[{_A}]n){_PLENUM_TAIL}"  # (OCR: "Nghi quy€t")
_PLENARY = (
    rf"(?:gh[iị]\s+quy[eếé]t|[eếé]t\s+lu[aậ]n)\s+(?:c[uủ]a\s+)?H[oộ]i\s+ngh[iị]\s+(?P<qa>l[aầ]n\s+th(?:[uứ]|ir)\s+{_TENS}\s+)?"
    r"(?P<qb>Ban\s+Ch[aấ]p\s+h[aà]nh\s+(?:Trung\s+[uư][oơ]ng(?:\s+[ĐPDB][aả]ng)?|Đ[aả]ng\s+b[oộ]\s+"
    r"(?:t[iỉ]nh|th[aà]nh\s+ph[oố]|huy[eệ]n|qu[aậ]n|th[iị]\s+x[aã]|x[aã]|ph[uư][oờ]ng))"
    r"|T[iỉ]nh\s+[uủ]y|Th[aà]nh\s+[uủ]y|Huy[eệ]n\s+[uủ]y|Qu[aậ]n\s+[uủ]y|Đ[aả]ng\s+[uủ]y\s+x[aã])"
    rf"(?P<qp>(?:\s+[A-ZĐ]\w*){{0,3}}?)(?P<qc>\s+l[aầ]n\s+th(?:[uứ]|ir)\s+{_TENS})?"
    r"(?:\s*[(,]?\s*kh[oó][aá]\s+(?P<qk>[XVIL]{1,6})\)?)?"
)
_PLENUM_READ = re.compile(f"[NnK]{_PLENUM}")
_PLENUM_AGAIN = (
    rf"gh[iị]\s+qu[{_Y}][{_E}]t\s+Trung\s+(?:[uư][oơ6éóò]|w[oơ])ng\s+(?P<again>\d{{1,2}})(?![\d/.])"
    rf"(?!\s*[(,]?\s*kh[{_O}{_E}d][{_A}])"
)
_PLENARY_READ = re.compile(f"[NK]{_PLENARY}")


def _groupless(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# What may stand between an agreement's word and its parties ("hợp tác", "giai đoạn 2026 - 2030", "năm 2026"), and a
# local party to it: a province's People's Committee or a foreign province's authorities
_COOPERATION = r"(?:h[oợ]p\s+t[aá]c\s+)?(?:(?:giai\s+[dđ]o[aạ]n\s+(?:19|20)\d\d\s*[-–]\s*|n[aă]m\s+)(?:19|20)\d\d[ \t\n]+)?"
_LOCAL_PARTY = r"(?:[UỦ]y\s+ban\s+nh[aâ]n\s+d[aâ]n\s+t[iỉ]nh|UBND\s+t[iỉ]nh|Ch[ií]nh\s+quy[eề]n\s+t[iỉ]nh|t[iỉ]nh\s+[A-ZĐ])"
_NAMED_PARTS = (
    # OCR reads ậ as d or á: "Ludt", "Luát", ộ as 6, é or ó: "B6 luat", "Bé luat", "Bó luat"
    ("law", "B", rf"[{_CODE_VOWELS}]\s+[lL][{_U}][{_A}d]t(?=(?:\*+[ \t]+\*+|[ \t\n]+)\S)"),
    # (OCR's space inside the word: "Lu ật Quản lý thuế", "L uật Bảo hiểm y tế"; ậ read as é, g, i or 4: "Luét",
    # "Lugt", "Luit", "Lu4t"; a web page's emphasis between its words: "Luật** **Quản lý thuế")
    ("law", "L", rf"(?: (?=u))?[{_U}n] ?[{_A}déègi4][ti](?=(?:\*+[ \t]+\*+|[ \t\n]+)\S)"),
    # in a title printed in capitals: "TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM", "NGHỊ QUYẾT ĐẠI HỘI LẦN THỨ XIII"
    ("law", "B", r"[ỘÔO]\s+LU[ẬÂA]T(?=[ \t\n]+\S)"),
    ("law", "L", r"U[ẬÂA]T(?=[ \t\n]+\S)"),
    # an ordinance of the Standing Committee, named as a law is (OCR: "Phép 1énh"; a capital: "Pháp Lệnh thú y")
    ("law", "P", r"h[aáeé]p\s+[l1L][eệé]nh(?=[ \t\n]+\S)"),
    # (a bare "Nghị quyết Đại hội;" refers back to the congress's resolution just named)
    ("congress", "ĐD", r"[AẠ]I\s+H[ỘÔO]I(?=[ \t\n;,.)])"),
    # (OCR: "Pai h6i", "Dai héi", "P4i hoi", "hoì", "Pai hói", "Dai họi", "Pâi hoi", "B¢i hoi", "Dai h¢i", "Bai h0i",
    # "Bdi hoi")
    (
        "congress",
        "ĐDPÐB",
        rf"[aạ4áàâ¢d]i\s+h[oộôồ6éèdóòọỏốổ¢0][{_I}](?=[ \t\n;,.)])",
    ),
    # (… in lower case after "Nghị quyết", OCR's too: "Nghị quyet bii hoi dai bieu …")
    ("congress", "N", r"gh[iị]\s+quy[eế]t\s+(?P<low>(?:[đd][aạ]|bi)i\s+h[oộô]i)(?=[ \t\n;,.)])"),
    # (… and after "Văn kiện": "Văn Kiện đại hội đại biểu toàn quốc lần thứ XIII Đảng cộng sản Việt Nam")
    ("congress", "V", r"[aă]n\s+[kK]i[eệ]n\s+(?P<papers_low>[đd][aạ]i\s+h[oộô]i)(?=[ \t\n;,.)])"),
    (
        "constitution",
        "H",
        r"i[eếéêèềểễ]n\s+ph[aáà]p(?=[\s,;.])",
    ),  # OCR: "Hién pháp", "Hiên pháp", "Hiển pháp"
    # an appended English translation's law ("… elaborating to a number of Articles of the Law on Fees and Charges")
    ("english", "L", r"aw\s+on\s+(?=(?:the\s+)?[A-Z][a-z])"),
    # … and its conclusions ("Kết luận Hội nghị Trung ương 4 khóa XIII"), found without the groups, which the
    # handler reads with the whole pattern (a group name may stand in one alternative only)
    ("plenum", "NK", _groupless(_PLENUM)),
    # … and named again by its number alone, its term said before ("… Nghị quyết Trung ương 4 theo Kế hoạch …")
    ("recalled", "N", _PLENUM_AGAIN),
    # "Nghị quyết Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh (khóa XIV)", "… Hội nghị Tỉnh ủy lần thứ 14"
    ("plenary", "NK", _groupless(_PLENARY)),
    ("programme", "C", r"h[uư][oơ]ng\s+tr[iìí]nh(?=[ \t\n]+[^\W\d_])"),
    ("scheme", "ĐDPÐB", rf"[{_E}€&]\s+[aáàé4e]n(?=[ \t\n]+\S)"),
    # … and in a title in capitals, with its number or its name in quotes ("THỰC HIỆN ĐỀ ÁN 06 TRÊN ĐỊA BÀN TỈNH", "… ĐỀ ÁN
    # “NÂNG CAO …”"; a bare "ĐỀ ÁN" is a type line)
    ("scheme", "Đ", r"Ề\s+ÁN(?=[ \t]+(?:\d{1,3}(?!\d)|[“\"]))"),
    # … and abbreviated, a national scheme known by its number only ("CĐS và ĐA06", "triển khai ĐA 06")
    ("scheme", "Đ", r"A(?=[ ]?\d{2,3}(?![\d/\w]))"),
    # OCR: "Dieu le Dang", "Piéu lệ Dang", "Diéu 1¢ Pang", "Pi€u l¢ Đang", "Pi¢u lệ Dang", "Pièu le Dảng", "bieu le Pang"
    # … and the Front's, the Trade Union's, the Youth Union's, the Women's, the Farmers', the Veterans', the Red
    # Cross's and the Elderly's charters, named in the gazetteer
    # (OCR: "Bieu lệ Hoi Nong dân", "Diéu 1¢ H6i"), the WHO's International Health Regulations ("Điều lệ Y tế quốc
    # tế") and the schools' charters ("Điều lệ trường mầm non"); and an organisation's own charter by its kind alone
    # ("theo đúng Điều lệ Hội", "Điều lệ Đoàn", "Điều lệ Công đoàn"), not a council's or a delegation's ("Điều lệ Hội
    # đồng …")
    (
        "charter",
        "ĐDPbB",
        r"i[eềéêèẻể€¢]u\s+[l1][eệéèẹ€¢]\s+(?:[ĐDPB][aả]ng(?!\s+vi[eê])|(?=M[aặ]t\s+tr|C[oô]ng\s+[đd]o|[ĐDB]o[aà]n\s+(?:TNCS|Thanh)"
        r"|H[ộôo6]i\s+(?:LHPN|CCB|Li[eê]n\s+hi[eệ]p|N[oô6]ng\s+d[aâ]n|C[ựưu]u\s+chi[eếé]n|Ch[ữưu]\s+th[aậ]p|Ng[uư][oờ]i\s+cao)"
        r"|Y\s+t[eếé]\s+qu[oốôé]c\s+t[eếé]"
        r"|tr[uư][oờ]ng\s+(?:m[aầ]m\s+non|ti[eể]u\s+h[oọ]c|trung\s+h[oọ]c))"
        r"|(?=(?:H[ộô]i|[ĐD]o[aà]n|C[ôo]ng\s+[đd]o[àa]n)(?!\w)))",
    ),
    # the Party's platform, named in the gazetteer ("Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã
    # hội (bổ sung, phát triển năm 2011)", "Cương lĩnh chính trị của Đảng")
    ("platform", "C", r"[uư][oơ]ng\s+l[iĩ]nh(?=[ \t\n]+[^\W\d_])"),
    # the Party's rules named in the gazetteer ("Quy chế bầu cử trong Đảng", "Quy chế công tác dân vận của hệ thống chính
    # trị")
    ("regulation", "Q", r"uy\s+ch[eếé](?=[ \t\n]+(?:b[aầ]u\s+c[uử]|c[oô]ng\s+t[aá]c\s+d[aâ]n\s+v[aậ]n))"),
    # … and the Prime Minister's procedures for a river basin's reservoirs, named in the gazetteer ("Quy trình vận hành
    # liên hồ chứa trên lưu vực sông Vu Gia - Thu Bồn", OCR "Quy trinh⏎van hanh lién hé chira")
    ("regulation", "Q", r"uy\s+tr[iìí]nh(?=[ \t\n]+v[aậ]n\s+h[aà]nh\s+li[eêé]n\s+h)"),
    ("programme", "C", r"hw[oơ]ng\s+tr[iìí1]nh(?=[ \t\n]+[^\W\d_])"),  # OCR: "Chwong trinh", "Chwong tr1nh"
    # a plan of action cited by what it does, as a scheme is ("… theo Phương án Tổng điều tra dân số và nhà ở năm 2026",
    # "… chưa có trong Phương án sắp xếp lại, xử lý nhà, đất của tỉnh"; OCR "Phuong an")
    ("option", "P", r"h[uư][oơ]ng\s+[aá]n(?=[ \t\n]+[^\W\d_])"),
    # (the Assembly's law-making programme in lower case: "thực hiện chương trình xây dựng luật, pháp lệnh năm 2024")
    ("programme", "c", r"h[uư][oơ]ng\s+tr[iì]nh(?=[ \t\n]+x[aâ]y\s+d[uự]ng\s+lu[aậ]t,)"),
    # a strategy named by what it covers and for how long: "Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030"
    # (OCR: "Chién lugc", "Chién luge")
    ("programme", "C", r"hi[eếêé]n\s+l(?:[uư][oợ]|ug)[ce](?=[ \t\n]+[^\W\d_])"),
    # a master plan a decision approves, named by its place and period: "Quy hoạch tỉnh Quảng Trị thời kỳ 2021 - 2030,
    # tầm nhìn đến năm 2050" (not the activity: "Quy hoạch cán bộ giai đoạn 2025 - 2030")
    (
        "programme",
        "Q",
        r"uy\s+ho[aạ]ch(?=[ \t\n]+(?:t[iỉ]nh|th[aà]nh\s+ph[oố]|v[uù]ng|t[oổ]ng\s+th[eể]|s[uử]\s+d[uụ]ng\s+[dđ][aấ]t"
        r"|chung|ph[aâ]n\s+khu|m[aạ]ng\s+l[uư][oớ]i)[ \t\n]"
        # (… or a national sector's plan the gazetteer names: "Quy hoạch điện VIII", OCR "Quy hoach dicn VIII")
        r"|[ \t\n]+(?:[dđ]i\S{1,2}n[ \t\n]+(?:VIII|8)(?!\w)|ph[aá]t\s+tri[eể]n\s+[dđ]i[eệ]n\s+l[uự]c\s)"
        # (… or a national or a sector's plan named with its period: "Quy hoạch phát triển và quản lý báo chí toàn quốc
        # đến năm 2025", "Quy hoạch tổng hợp lưu vực sông Hồng - Thái Bình thời kỳ 2021 - 2030"; not a cadre plan, nor the
        # kind "Quy hoạch ngành quốc gia thời kỳ …")
        r"|[ \t\n]+(?!c[aá]n\s+b[oộ]\s|nh[aâ]n\s+s[uự]\s|ng[aà]nh\s+qu[oố]c\s+gia\s)(?:(?:[^\W\d_]+,?|-)[ \t\n]+){1,14}?"
        r"(?:th[oờ]i\s+k[yỳ]|[dđ][eế]n\s+n[aă]m|giai\s+[dđ]o[aạ]n)[ \t\n]+(?:19|20)\d\d)",
    ),
    # … and a national or a medium-term plan so named: "Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025", "Kế hoạch
    # sử dụng đất quốc gia 5 năm 2021 - 2025", "Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn …"
    (
        "programme",
        "K",
        r"[eếé]\s+ho[aạ]ch(?=[ \t\n]+(?:[dđĐD][aầ]u\s+t[uư]\s+c[oô]ng\s+trung\s+h[aạ]n|s[uử]\s+d[uụ]ng\s+[dđ][aấ]t"
        r"|h[aà]nh\s+[dđ][oộ]ng\s+qu[oố]c\s+gia|qu[oốé]c\s+gia|t[oổ]ng\s+th[eểé]|ph[aá]t\s+tri[eể]n\s+kinh\s+t[eếé]"
        # (the national five-year plans: "Kế hoạch tài chính quốc gia 5 năm giai đoạn 2021 - 2025", "Kế hoạch cơ cấu lại
        # nền kinh tế giai đoạn 2021 - 2025")
        r"|t[aà]i\s+ch[ií]nh\s+(?:0?5\s+n[aă]m\s+)?qu[oố]c\s+gia|c[oơ]\s+c[aấ]u\s+l[aạ]i\s+n[eề]n\s+kinh\s+t[eếé]"
        r"|c[oô]ng\s+t[aá]c|ki[eể]m\s+tra)[ \t\n,])",  # OCR: "Ké"; … and a year's work or inspection plan
    ),
    # "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XIII": a body's working rules;
    # a local Party committee's need no term ("theo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh")
    (
        "rules",
        "Q",
        rf"uy\s+ch[{_E}]\s+[l1][{_A}]m\s+vi[{_E}]c\s+c[{_U}]a\s+(?:(?P<rb>[^;.:\n]{{4,120}}?)"
        rf"(?P<rk>\s*,?\s*\(?kh[{_O}{_E}][{_A}]\s+[XVIL]{{1,6}}\)?)"  # OCR: "Quy ché 1am viéc"
        rf"|(?P<rp>Ban\s+Ch[{_A}]p\s+h[{_A}]nh\s+[ĐD][{_A}]ng\s+b[{_O}]\s+(?:t[ỉi]nh|huy[{_E}]n|x[{_A}]|ph[{_U}][{_O}]ng"
        rf"|Kh[{_O}]i|th[{_A}]nh\s+ph[{_O}]|th[ịi]\s+x[{_A}]|qu[{_A}]n)(?!\w)))",
    ),
    # a treaty and its protocol: "Hiệp định tránh đánh thuế hai lần … giữa Việt Nam và Hàn Quốc", "Nghị định thư"
    (
        "treaty",
        "H",
        r"i[eệéèê]p\s*[đd][iị]nh(?=[ \t\n]+\S|[A-ZĐ])",  # (OCR: "Hièp dinh")
    ),  # (OCR glues words: "Hiệp địnhViệt Nam", "Hiệpđịnh")
    ("treaty", "N", r"gh[iị]\s+[đd][iị]nh\s+th[uư](?![\w/])"),
    # a treaty by its own name ("Hiệp ước Marrakesh về tạo điều kiện thuận lợi cho người khiếm thị …"), or by its
    # subject between two states ("Hiệp ước hoạch định biên giới quốc gia giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và
    # Vương quốc Campuchia") or with its year ("Hiệp ước hoạch định biên giới quốc gia năm 1985", "Hiệp ước bổ sung năm
    # 2005")
    # (not treaties in general: "các Điều ước và Hiệp ước Quốc tế")
    (
        "treaty",
        "H",
        rf"i[eệé]p\s+[uư][oớ]c(?=[ \t]+[{CAPITALS}]|(?:[ \t]+[^\W\d]+){{1,8}}[ \t]+(?:gi[uữ]a[ \t]+(?:n[uư][oớ]c|Vi[eệ]t)"
        r"|n[aă]m[ \t]+(?:19|20)\d\d(?!\d)))"
        rf"(?![ \t]+Qu[oố]c\s+t[eế])",
    ),
    # a convention ("Công ước quốc tế về …", "Công ước MLC 2006"), an agreement between governments
    (
        "treaty",
        "C",
        r"[oôóé]ng\s+[uưw][oớôédó]c(?=[ \t\n]+\S)",
    ),  # (OCR: "Cong woc", "Cong uôc", "Céng uéc", "Céng udc", "Cong uóc")
    # (… or the Paris Agreement on climate change, by its place; or an ASEAN one: "Thỏa thuận công nhận lẫn nhau ASEAN
    # về nghề du lịch")
    # (… or a province's cooperation agreement with a foreign province: "Thỏa thuận hợp tác giai đoạn 2026 - 2030 giữa
    # Ủy ban nhân dân tỉnh Quảng Ngãi và Chính quyền tỉnh Attapư")
    (
        "treaty",
        "T",
        rf"h[oỏ][aả]\s+thu[aậ]n(?=[ \t\n]+(?:{_COOPERATION}gi[uữ]a\s+(?:Ch[ií]nh\s+ph[uủ]|n[uư][oớ]c|C[oộ]ng\s+h[oò]a"
        rf"|{_LOCAL_PARTY})|Paris\b|(?:[^\W\d]+[ \t\n]+){{0,6}}ASEAN\b))",
    ),
    # a memorandum between governments or ministries ("Bản ghi nhớ giữa Bộ Lao động - Thương binh và Xã hội Việt Nam
    # và Bộ Việc làm và Lao động Hàn Quốc", "Bản ghi nhớ hợp tác giữa Việt Nam và Nhật Bản về …", "Bản ghi nhớ về việc
    # phái cử … giữa Bộ …"), an international agreement too (OCR: "Bán ghi nhd hop tac giua Viet Nam"); or between
    # provinces ("Biên bản ghi nhớ hợp tác giữa Ủy ban nhân dân tỉnh An Giang và Chính quyền tỉnh Kampot")
    (
        "treaty",
        "B",
        rf"(?:i[eê]n\s+b)?[aảá]n\s+ghi\s+nh[oớd](?=[ \t\n]+{_COOPERATION}(?:gi[uữ]a|v[eề]\s[^.;]{{0,200}}?\sgi[uữ]a)\s+"
        rf"(?:Ch[ií]nh\s+ph[uủ]|B[oộ]\s|Vi[eệ]t\s+Nam|{_LOCAL_PARTY}))",
    ),
)
# (a web page's italics may open right before it: "_Luật Phòng, chống tác hại của rượu, bia_")
_NAMED_ANCHOR = re.compile(
    "|".join(
        rf"{cap}(?<![^\W_]{cap}){rest}(?P<{kind}_{i}_{j}>)"
        for i, (kind, caps, rest) in enumerate(_NAMED_PARTS)
        for j, cap in enumerate(caps)
    )
)
# … and inside an amending law's name, a law in lower case: "Luật sửa đổi, bổ sung một số điều của luật thuế thu nhập
# cá nhân"
_LAW_ANCHOR_LOWER = re.compile(
    "|".join(
        rf"{cap}(?<!\w{cap}){rest}(?P<{kind}_{i}_{j}>)"
        for i, (kind, caps, rest) in enumerate(_NAMED_PARTS)
        if kind == "law"
        for j, cap in enumerate(caps.lower())
    )
)

# … and a plenum's resolution after "nghị quyết" in lower case, which its number and term name ("quán triệt nghị quyết
# Hội nghị Trung ương 8 khóa XIII"): scanned apart, from its literal "ngh", since an "n" among the anchors' capitals
# would be tried at every one of the text's
_PLENUM_ANCHOR_LOWER = re.compile(
    rf"ngh(?<!\wngh)[iị]\s+qu[{_Y}][{_E}]t{_groupless(_PLENUM_TAIL)}(?P<plenum_lower>)"
)

# … and anywhere, a law written in lower case whose name begins as a law's does, where a citation names it ("…
# hướng dẫn thi hành một số điều của luật người khuyết tật", "Căn cứ luật đất đai năm 2024", "Điều 4 luật Hải quan"),
# and the next ones of its list ("… của luật chứng khoán, luật kế toán"), its name maybe on the next line ("tình hình
# thực hiện luật⏎thuế tiêu thụ đặc biệt"): searched for its literal word, which costs little (the word first, its
# look-behind after: the engine then skips straight to the literal)
_LAW_WORD_LOWER = re.compile(r"luật(?<![^\W\d_]luật)(?=(?:[ \t]+|[ \t]*\n[ \t]*)\S)(?P<law_lower>)")
_LAW_CUE = re.compile(
    r"(?<![a-z])(?:cua|thi\s+hanh|thuc\s+hien|huong\s+dan(?:\s+thuc\s+hien)?|can\s+cu|(?:dieu|khoan)\s+\d+\w*|tai)\s*$"
)
_LAW_LIST_GOES_ON = re.compile(r"(?<![a-z])luat\s[^;.:]*(?:,|\sva)\s*$")
# (not "pháp luật", "kỷ luật", "Đạo luật", "văn bản luật", "dự án luật", "các luật …"; nor a foreign or a generic
# law: "luật thuế của Nước đó", "luật hải quan của các Quốc gia Thành viên", "luật thuế hiện hành")
# (the words that make several of what follows: "các Luật thuế hiện hành")
_PLURAL = r"cac|nhung|mot\s+so"
_NOT_A_LAW_BEFORE = re.compile(rf"(?<![a-z])(?:phap|ky|dao|van\s+ban|du\s+an|du\s+thao|{_PLURAL})\s*$")
_NOT_A_LAW_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){1,5}?(?:cua|hien\s+hanh)(?![a-z])")
# … nor a member state's in a treaty's text ("… theo luật pháp của một Quốc gia Thành viên về giám sát thực hiện luật hải
# quan")
_MEMBER_STATE = re.compile(r"quoc\s+gia\s+thanh\s+vien|cac\s+ben\s+ky\s+ket")


@cache
def gazetteer() -> tuple[tuple[str, str | None, str, str, str, re.Pattern[str]], ...]:
    rows = registry.data_rows("named_documents.csv")
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


# (a congress's resolution, or its documents as a whole: "theo tinh thần Văn kiện Đại hội XIII của Đảng")
# ("Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": the congress's, said with "của")
_RESOLUTION_BEFORE = re.compile(
    r"(?<![a-z])(ngh[il1je]\s*qu[yi]\S{1,2}t|(?P<papers>v[a]n\s+ki[e]n))\s+(?:cua\s+)?$"
)
_WORD = re.compile(r"[^\s,;.:()\"“”]+")
_OCR_VOWEL_SIGNS = str.maketrans("€¢&", "eoa")  # (OCR: "huy€n", "b¢", "x&")
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
    "sửa",
    "bổ",
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
    "phải",
    "do",
    "yêu",
    "áp",
    "hết",
    "nếu",
    "cho",
    "bằng",
    "chỉ",
    "cũng",
    "vẫn",
    "đều",
    "hướng",  # "Luật Hộ tịch hướng dẫn: …"
    "nêu",  # "Luật Hộ tịch nêu rõ …"
    "đang",  # "… của Luật Việc làm đang tham gia bảo hiểm thất nghiệp"
    "sẽ",
]
_LAW_STOP = frozenset(_LAW_STOP_WORDS)
# "Luật này", "Luật sư", "Luật số …", "luật định", "luật pháp": no law's name ("Luật Sở hữu trí tuệ" is one); nor a
# bare "Luật" before a preposition or an auxiliary ("sơ kết thi hành Luật vào quý II năm 2025", "Luật đến Nhân dân")
_NOT_A_NAME = frozenset(
    [
        "này",
        "nay",
        "sư",
        "su",
        "số",
        "so",
        "s6",
        "định",
        "dinh",
        "pháp",
        "phap",
        "vào",
        "vao",
        "đến",
        "tới",
        "trong",
        "cho",
        "với",
        "voi",
        "từ",
        "đã",
        "được",
        "duoc",
        "và",
        "của",
        "cua",
        "tại",
        "theo",
    ]
)
_LAW_STOP_FOLDED = frozenset(fold(w) for w in _LAW_STOP_WORDS)
# A comma inside a law's name: "Luật Phòng, chống tham nhũng", "Luật Thi đua, khen thưởng", "Luật Quản lý,
# sử dụng tài sản công", "Luật Chất lượng sản phẩm, hàng hóa".
_LAW_AFTER_COMMA = frozenset(["chong", "khen", "su", "ve", "thue", "hang"])
# "Luật Bảo vệ và kiểm dịch thực vật", "Luật Khoa học và Công nghệ": "và" inside a name, unless another
# document follows it ("Luật Đất đai và Nghị định …", "… và các văn bản").
_AND_ANOTHER = re.compile(
    r"va\s+(?:bo\s+luat|luat|ngh[il]|th[oe]ng\s+t[a-z]*|quy[e]t\s+d[a-z]*|ch[il]\s+th[a-z]*|k[e]\s+ho[a-z]*|cong\s+van"
    r"|van\s+ban|hien\s+phap"
    r"|dieu\s+le|cac|nhung|mot|nay|cua)(?![a-z])"
)


def _after_comma(folded: str, printed: str) -> bool:
    """Whether a word after a comma goes on a law's name ("hàng hóa", not "hằng quý")."""
    return folded in _LAW_AFTER_COMMA and (folded != "hang" or printed.lower() in ("hàng", "hang"))


# OCR's "năm" before a year ("Luat Du lieu nim 2024", "ndm 2013")
_OCR_YEAR_WORDS = frozenset(["nim", "ndm", "n4m", "nem"])
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")


def _ends_law_name(printed: str, folded: str, following: str) -> bool:
    """Whether the word ends a law's name. Without its diacritics, "doi" is "đối" only before "với" ("Luat Chuyen
    doi so" goes on), and OCR's "nim" before a year is "năm"; "bao gồm" ends one, "có công" does not."""
    if folded == "co" and following.lstrip().startswith("cong "):
        return False  # "Pháp lệnh Ưu đãi người có công với cách mạng"
    if folded in ("bao", "gom") and printed.islower():
        return folded == "gom" or following.lstrip().startswith(
            "gom"
        )  # "… bao gồm: …" lists what the law covers
    if printed.isascii():
        if folded == "doi":
            return printed.islower() and following.lstrip().startswith("voi")
        return printed.islower() and (
            folded in _LAW_STOP_FOLDED
            or (folded in _OCR_YEAR_WORDS and _YEAR_NEXT.match(following) is not None)
        )
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
        "khoi",  # "Đảng bộ Khối các cơ quan tỉnh"
        "quan",
    ]
)
_ROMAN = re.compile(r"^(?:[ivxlh1]{1,6}|\d{1,2}|20\d\d\s*-\s*20\d\d|20\d\d)$")
_ORDINAL_NEXT = re.compile(r"\s+[l1]\S{1,2}n\s+th")


_ANY_ONE = re.compile(r"(?<![a-z])mot\s+$")


def named(src: Source, limit: int, taken: Taken, start: int = 0, lower: bool = False) -> list[Mention]:
    """Laws, congress resolutions, programmes and schemes cited by name in ``src.text[start:limit]`` (with
    ``lower``, laws whose type word is in lower case too)."""
    out: list[Mention] = []
    anchored: Iterable[re.Match[str]] = _NAMED_ANCHOR.finditer(src.text, start, limit)
    also: Iterable[re.Match[str]] = (
        _LAW_ANCHOR_LOWER.finditer(src.text, start, limit)
        if lower
        else (m for m in _LAW_WORD_LOWER.finditer(src.text, start, limit) if _law_in_lower_case(src, m))
    )
    also = [*also, *_PLENUM_ANCHOR_LOWER.finditer(src.text, start, limit)]
    if also:
        anchored = sorted({m.start(): m for m in (*anchored, *also)}.values(), key=lambda m: m.start())
    for m in anchored:
        kind = str(m.lastgroup).partition("_")[0]
        listed: list[Mention] = []
        before = taken.end_before(m.start())
        if before is not None and (m.start() < before or _alias(src.text, before, m.start())):
            continue
        if ALIAS_BEFORE.search(src.window(m.start() - 30, m.start())):
            continue  # "(sau đây gọi là Luật Thủ đô)": the alias of a document cited before it
        if _ANY_ONE.search(src.window(m.start() - 5, m.start())):
            continue  # "Nếu Việt Nam ký kết một Hiệp định về tránh đánh thuế …": any one, none in particular
        found = None
        if kind == "law":
            found = _law(src, m, limit, taken)
        elif kind == "congress":
            low = m.start("low") if m.group("low") else m.start("papers_low") if m.group("papers_low") else -1
            found = _congress(src, m.start() if low < 0 else low, m.end(), limit, out)
            # ("1. Văn kiện đại hội⏎- Báo cáo chính trị …": a section on the congress's papers, none named; "góp ý dự
            # thảo văn kiện Đại hội …", "3. Dự thảo Nghị quyết Đại hội": drafts of the papers a congress will adopt,
            # none issued yet; so are the papers prepared for it: "Kế hoạch chuẩn bị văn kiện Đại hội …", "Tiểu ban
            # Văn kiện Đại hội")
            if found and (
                (m.group("papers_low") and found.end == m.end())
                or _DRAFT_BEFORE.search(src.window(found.start - 16, found.start))
                or (
                    found.doc_type == "Văn kiện"
                    and _PAPERS_PREPARED.search(src.window(found.start - 16, found.start))
                )
            ):
                found = None
        elif kind == "programme":
            # "… ban hành Chương trình tổng thể …": what a cited decision issues is no mention (gold 004), nor what
            # one is about ("Nghị quyết số 11/NQ-CP … về Chương trình phục hồi …", "… về định hướng Chiến lược …";
            # annotators of the review set: 25 of 29)
            back = src.window(m.start() - 40, m.start())
            head = fold_view(m.group(0))
            # (a council's resolution adopts a master plan: "Nghị quyết số 12/NQ-HĐND … thông qua Quy hoạch phát triển du
            # lịch tỉnh …"; a programme is passed through: "hỗ trợ thông qua Chương trình …")
            issued = _PROGRAMME_NOUN.search(back) or _ABOUT.search(back)
            if head.startswith("quy"):
                issued = issued or _ADOPTED.search(back)
            kind_word = (
                "Chiến lược"
                if head.startswith("chien")
                else "Quy hoạch"
                if head.startswith("quy")
                else "Chương trình"
            )
            found = None if issued else _gazetteer_entry(src, m.start(), m.end(), limit, kind_word)
            found = found or (None if issued else _programme(src, m, limit))
        elif kind == "scheme":
            found = _scheme(src, m, limit)
        elif kind == "option":
            found = _scheme(src, m, limit, "Phương án")
        elif kind == "plenum" and (plenum := _PLENUM_READ.match(src.text, m.start())):
            # "Nghị quyết Trung ương 4 khóa XII": a Central Committee plenum's resolution
            m = plenum
            doc_type = "Kết luận" if m.group(0).startswith("K") else "Nghị quyết"
            found = Mention("named", m.start(), m.end(), m.start(), m.end(), doc_type=doc_type)
            found.name = f"{doc_type} Trung ương {_plenum_number(m.group('pn'))} khóa {m.group('pk')}"
            found.branch, found.tier = "party", "central"
            # its issuer the plenum, as annotators name it (31 of 46 over the review set; the rest the committee)
            ordinal = "lần thứ " if re.search(r"l[aầ]n\s+th", m.group(0)) else ""
            found.issuer = issuers.Issuer(
                f"Hội nghị Trung ương {ordinal}{respell(squash(m.group('pn')))} khóa {m.group('pk')}",
                "TW",
                "party",
                "central",
                None,
                0,
            )
        elif kind == "recalled":
            found = _plenum_again(m, out)
        elif kind == "plenary" and (plenary := _PLENARY_READ.match(src.text, m.start())):
            found = _plenary(plenary)
        elif kind == "constitution":
            found = _constitution(src, m, limit)
        elif kind == "english":
            found = _english_law(src, m, limit)
        elif kind == "rules":
            # "… ban hành Quy chế làm việc của Ban Chấp hành …": what a decision issues, as a programme above
            issued = _PROGRAMME_NOUN.search(src.window(m.start() - 24, m.start()))
            found = None if issued else _working_rules(m)
        elif kind == "treaty":
            found = _treaty(src, m, limit)
            listed = _acronyms_after(src, found, limit) if found else []
            for treaty in (found, *listed) if found else ():
                _signed_on(src, treaty, limit)
        elif kind == "charter":
            found = _charter(src, m, limit, out)
        elif kind == "platform":
            found = _known_by_name(src, m, limit, "Cương lĩnh")
        elif kind == "regulation":
            # (as a programme: "Quyết định số 23-QĐ/TW … về việc ban hành Quy chế …" names what the decision issues,
            # and so does "Quyết định số 1195-QĐ/TU … về Quy chế công tác dân vận … tỉnh Thái Bình")
            back = src.window(m.start() - 24, m.start())
            issued = _PROGRAMME_NOUN.search(back) or _ABOUT.search(back)
            kind_word = "Quy trình" if fold_view(m.group(0)).startswith("quy tr") else "Quy chế"
            found = None if issued else _known_by_name(src, m, limit, kind_word)
        if found and kind == "congress" and _THIS_AFTER.match(src.window(found.end, found.end + 8)):
            found = None  # "… thực hiện thắng lợi Nghị quyết Đại hội này": the congress's own resolution
        if found:
            if (
                kind in ("law", "charter")
                and found.issuer is None
                and (
                    agent := passive_agent(src, src.window(found.end, min(limit, found.end + 160)), found.end)
                )
            ):
                # "Luật Thực hiện dân chủ ở cơ sở được Quốc hội thông qua", "Điều lệ Công đoàn Việt Nam được Đại hội
                # XIII Công đoàn Việt Nam thông qua": the passive's agent
                found.issuer = agent[0]
            if kind in ("programme", "scheme", "option"):
                found.issuer = _issuer_within(src, found) or _issuer_after(src, found, limit)
                if found.branch is None and found.issuer and found.issuer.branch:
                    found.branch, found.tier = found.issuer.branch, found.issuer.tier
                elif (
                    found.issuer is None
                    and found.gazetteer_symbol is None
                    # ("Quy hoạch tỉnh …" is the centre's)
                    and not (found.doc_type == "Quy hoạch" and found.branch)
                    and (place := _PLACE_IN_NAME.search(src.window(found.start, found.end)))
                    and province_in(place.group(0))
                ):  # "Chiến lược dữ liệu thành phố Hà Nội đến năm 2030": a province's own scheme
                    found.tier = "province"
            out.append(found)
            out.extend(listed)
    return out


def _plenum_again(m: re.Match[str], previous: list[Mention]) -> Mention | None:
    """ "Nghị quyết Trung ương 4" after "Nghị quyết Trung ương 4 khóa XI": the plenum's resolution named before, by its
    number alone (none, when no earlier one has that number: the term would be a guess)."""
    number = m.group("again")
    earlier = next(
        (
            p
            for p in reversed(previous)
            if p.name
            and p.name.startswith(("Nghị quyết Trung ương ", "Kết luận Trung ương "))
            and p.name.split()[4] == number
        ),
        None,
    )
    if earlier is None:
        return None
    found = Mention(
        "named", m.start(), m.end(), m.start(), m.end(), name=earlier.name, doc_type=earlier.doc_type
    )
    found.branch, found.tier, found.issuer = earlier.branch, earlier.tier, earlier.issuer
    found.antecedent = earlier
    return found


_THIS_AFTER = re.compile(r"\s+nay(?![a-z])")
# What a title says its document is about (folded), before the document that is its subject ("… về Quy chế …", "… về
# định hướng Chiến lược …")
_ABOUT = re.compile(r"(?<![a-z])ve\s*(?:dinh\s+huong\s+)?$")
_OF_WITHIN = re.compile(r"\sc[a-z]{0,2}a\s+")
_PLACE_IN_NAME = re.compile(r"(?<![a-z])(?:tinh|thanh\s+pho)\s+[a-z]+(?:\s+[a-z]+){0,2}")


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
    of = OF.match(after)
    if of is None or not of.group("of"):
        return None
    return issuers.recognise(after[of.end() :], src.text[m.end + of.end() : m.end + 120])


def _plenary(m: re.Match[str]) -> Mention | None:
    """A Party committee's plenum resolution, named by its session: the committee gives the tier."""
    if not (m.group("qa") or m.group("qc")):
        return None  # "Nghị quyết Hội nghị Tỉnh ủy" without its session names no one resolution
    body = squash(m.group("qb") + m.group("qp"))
    term = f" khóa {m.group('qk')}" if m.group("qk") else ""
    printed = m.group(0)
    session = squash(printed[printed.index("H") :].replace("(", " ").replace(")", " "))
    folded = fold_view(body)
    tier = (
        "central"
        if "trung" in folded
        else "district"
        if any(w in folded for w in ("huyen", "quan", "thi xa"))
        else "commune"
        if any(w in folded.split() for w in ("xa", "phuong"))
        else "province"
    )
    doc_type = "Kết luận" if printed.startswith("K") else "Nghị quyết"
    found = Mention("named", m.start(), m.end(), m.start(), m.end(), doc_type=doc_type)
    found.name = f"{doc_type} {session}"
    number = _plenum_number(" ".join((m.group("qa") or m.group("qc") or "").split()[2:]))
    if tier == "central" and term and number != "0":
        # "Nghị quyết Hội nghị lần thứ 13 (tám) Ban Chấp hành Trung ương Đảng khóa XIII" is "Nghị quyết Trung ương 13
        # (8) khóa XIII": one name for one resolution, however its session is spelled (its committee restored where
        # OCR lost every mark: "Ban Chap hanh Trung uong Pang")
        found.name = f"{doc_type} Trung ương {int(number)}{term}"
        body = "Ban Chấp hành Trung ương Đảng" if body.isascii() else body
    found.branch, found.tier = "party", tier
    # its issuer the plenum as the text names it ("Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII"),
    # as annotators write it (18 of 26 over the review set), its words respelled where OCR lost their marks
    found.issuer = issuers.Issuer(respell(session), None, "party", tier, None, 0)
    return found


def _working_rules(m: re.Match[str]) -> Mention:
    """A body's working rules, cited by name; the body gives the branch and the tier."""
    body = squash(m.group("rb") or m.group("rp"))
    folded = fold_view(body)
    party = any(
        w in folded for w in ("ban chap hanh", "dang", "tinh uy", "huyen uy", "bo chinh tri", "ban bi thu")
    )
    tier = (
        "central"
        if "trung uong" in folded or "chinh phu" in folded or "quoc hoi" in folded
        else "district"
        if "huyen" in folded
        else "commune"
        if re.search(r"(?<![a-z])(?:xa|phuong|thi\s+tran|dac\s+khu)(?![a-z])", folded)
        else "province"
    )
    found = Mention("named", m.start(), m.end(), m.start(), m.end(), doc_type="Quy chế")
    term = squash(m.group("rk") or "").strip(" ,()")
    stated = f"{body} {term}".replace("  ", " ").strip()
    # (the body as the registry spells it when OCR damaged it: "Ban Chap hanh Dang bo xa khéa I")
    known = issuers.recognise(fold_view(stated), stated)
    stated = known.name if known is not None and known.end >= len(stated) else stated
    found.name = f"Quy chế làm việc của {stated}"
    found.branch, found.tier = ("party" if party else "state"), tier
    if m.group("rp") or (tier != "central" and folded.startswith("ban chap hanh dang bo")):
        # a local Party committee issues its own rules, named with its term as the mention has it
        found.issuer = issuers.Issuer(stated, None, "party", tier, None, 0)
    return found


# Where a treaty's name ends: punctuation, a line's end before an item of a list that opens a clause ("Hiệp định
# tránh đánh thuế 2 lần⏎- Căn cứ Hiệp định …", a heading; not "ASEAN⏎- Nhật Bản"), what the sentence goes on to say
# of it (its signing too: "ký tại", "làm tại"; but "vận tải" is no "tại", "thuốc lá" no "thuộc", "phái cử" no
# "phải là"; whom it is brought to: "… về quyền trẻ em đến phụ huynh", but "liên quan đến" goes on), or the next
# document it joins ("Thỏa thuận Paris về biến đổi khí hậu và các mục tiêu của Chiến lược …", "… và Nghị định số
# 06/2022/NĐ-CP").
_TREATY_END = re.compile(
    r"[;.:(),]|\n\s*\n|\n[ \t*_]*[-+•][ \t]+(?=can\s+cu|theo|tai|ve|doi\s+voi|truong\s+hop|nguoi)|\s(?:quy\s+dinh|ban\s+hanh|thi|co\s+(?:hieu\s+luc|quy\s+dinh)|khong\s+co|(?:bao\s+)?gom|duoc|da(?!\s+phuong)|ky\s+(?:ngay|ket|tai|chinh\s+thuc)|lam\s+tai|hoan\s+thanh\s+vao|ngay"
    r"|(?<!van\s)tai|theo|nay|thuoc(?!\s+la\b)|dinh\s+kem|de|se|nhu\s+sau|(?<!lien\squan\s)den(?!\s+(?:nam|19|20))"
    r"|phai\s+(?:la|co|nop|thuc|dam|tuan|duoc)"
    r"|va\s+(?=hiep\s+(?:dinh|uoc)|nghi\s+dinh|cong\s+uoc|thoa\s+thuan|da\s|chien\s+luoc|chuong\s+trinh|luat\s"
    r"|thong\s+tu|quyet\s+dinh|nghi\s+quyet"
    r"|cac\s+(?:muc\s+tieu|van\s+(?:ban|kien)|hiep\s+dinh|thoa\s+thuan|quy\s+dinh|dieu\s+uoc)))\b"
)
# What follows the word when it names no treaty: "Hiệp định là căn cứ …", "Hiệp định của Chính phủ", "Hiệp định này",
# "… kể từ ngày hiệu lực của Hiệp định bản C/O được cấp" (a noun of the next clause),
# tax treaties in general ("áp dụng Hiệp định thuế", "Hiệp định theo tinh thần trên", "hoàn thuế theo Hiệp định gồm …",
# "áp dụng Hiệp định tương ứng (nếu có)", "thủ tục thông báo miễn, giảm thuế theo Hiệp định thực hiện theo …",
# "Hiệp định giữa Việt Nam với Nước cư trú của …").
_NOT_A_TREATY = re.compile(
    r"\s*(?:[^\w\s]|$|(?:nay|so|la(?!\s+hay)|cua|co|duoc|da(?!\s+phuong)|va|voi|thi|se|khong|neu|tren|do|quy\s+dinh|theo|gom|tai"
    r"|nhu|ma|hoac|ban|con|cung|tuong\s+ung|thuc\s+hien|giua\s+viet\s+nam\s+(?:va|voi)\s+(?:nuoc|cac|quoc\s+gia))\b"
    # (but "Hiệp định thuế Việt Nam - Pháp", "Hiệp định thuế giữa Việt Nam và Pháp" name one, and so does a city's name
    # that folds as a word: "Công ước La Hay")
    r"|thue(?!\s+(?:da\s+phuong|viet\s+nam\s*[-–—]|giua\s+viet\s+nam\s+(?:va|voi|[-–—])\s+(?!nuoc|cac|quoc\s+gia))))"
)


# A treaty named by its two countries, each word of their names capitalised ("Việt Nam - Pháp", "Việt Nam – Hàn Quốc",
# "thuế Việt Nam — Pháp", "thuế giữa Việt Nam - Pháp"; "giữa Việt Nam và Nhật Bản về …" goes on).
_COUNTRY_PAIR = re.compile(
    rf"\s*(?:thuế\s+)?(?:giữa\s+)?Việt\s+Nam\s*[-–—]\s*[{CAPITALS}][^\W\d_]*"
    rf"(?:[ \t]+[{CAPITALS}][^\W\d_]*)*"
)
_UN = re.compile(
    r"\s+c[a-z]{1,2}a\s+lien\s+h[a-z]p\s+qu[a-z]c\s"
)  # "Công ước của Liên hợp quốc về …" is the convention's name (OCR: "cua Lién hop qudc")
# "Công ước số 155 của Tổ chức Lao động quốc tế": the ILO numbers its conventions, no Vietnamese symbol
_CONVENTION_NUMBER = re.compile(r"\s+so\s+\d{1,3}(?![\d/-])")


@cache
def _international_body() -> tuple[tuple[re.Pattern[str], str], ...]:
    """What names an international organisation a treaty's name says it is of ("Công ước số 155 của Tổ chức Lao động
    quốc tế", "Công ước 187 của ILO", "Công ước năm 2003 của UNESCO về …"), and its name (international_bodies.csv)."""
    return tuple(
        (re.compile(r"(?<![a-z])cua\s+(?:" + r["pattern"].replace(" ", r"\s+") + r")(?![a-z])"), r["name"])
        for r in registry.data_rows("international_bodies.csv")
    )


_TREATY_TYPES = {  # (by the first letters folded, the longer first)
    "hiep uoc": "Hiệp ước",
    "hiep": "Hiệp định",
    "nghi": "Nghị định thư",
    "c": "Công ước",  # (OCR: "Céng uéc")
    "thoa": "Thỏa thuận",
    "ban ": "Bản ghi nhớ",
    "bien": "Biên bản ghi nhớ",
}


def _treaty(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """A treaty, its protocol, a convention or an agreement between governments cited by name; "Hiệp định này",
    "các Hiệp định" and a numbered one are not."""
    back = src.window(m.start() - 12, m.start())
    after = src.window(m.end(), min(limit, m.end() + 240))
    folded = fold_view(m.group(0))
    doc_type = next(name for head, name in _TREATY_TYPES.items() if folded.startswith(head))
    if acronym := _TREATY_ACRONYM.match(src.text, m.end(), limit):
        # "Hiệp định CPTPP": named by its acronym, which ends the name; "các Hiệp định CPTPP, EVFTA" are those
        return _treaty_by_acronym(doc_type, m.start(), acronym)
    if (
        _NOT_A_TREATY.match(after)
        and not (doc_type == "Công ước" and (_UN.match(after) or _CONVENTION_NUMBER.match(after)))
    ) or back.rstrip().endswith(("cac", "nhung")):
        return None
    if _SIGNED_BY_MANY.search(src.window(m.start() - 60, m.start())):
        # "các nước (mà Việt Nam) đã ký Hiệp định tránh đánh thuế hai lần", "tại nước đã ký Hiệp định …": each
        # country's, no one treaty
        return None
    end = _TREATY_END.search(after)
    while end and end.group(0) == " se" and src.text[m.end() + end.start() + 1].isupper():
        end = _TREATY_END.search(after, end.end())  # a name, not "sẽ": "… Chính quyền tỉnh Sê Kông"
    stop = m.end() + (end.start() if end else len(after))
    # (a table's cell edge ends it, which the folded view blanks: "| Hiệp định | Tháng 4/2022 |" names none)
    cell = min(
        (at for at in (src.text.find("|", m.end(), stop), src.text.find("\t", m.end(), stop)) if at >= 0),
        default=-1,
    )
    if cell >= 0:
        stop = cell
        if not src.text[m.end() : stop].strip():
            return None
    if pair := _COUNTRY_PAIR.match(
        src.text, m.end(), stop
    ):  # "Hiệp định Việt Nam - Pháp": the countries' names
        stop = pair.end()
    if country := _COUNTRY_AFTER.match(src.text, stop):
        # "… và Chính quyền tỉnh Kampot, Vương quốc Campuchia": the foreign party's country
        stop = country.end()
    stop = m.end() + len(src.text[m.end() : stop].rstrip())
    party_to = _PARTY_TO.search(src.window(m.end(), stop))
    if (
        party_to
        and (
            any(c.isupper() for c in src.text[m.end() : m.end() + party_to.start()])
            or _BY_SUBJECT.search(src.window(m.end(), m.end() + party_to.start()))
        )
        and not _OTHER_TREATIES.search(src.window(m.end(), m.end() + party_to.start()))
    ):
        # "Công ước Viên năm 1968 về giao thông đường bộ mà Việt Nam là thành viên": one, by its own name (or its
        # subject: "Công ước quốc tế về các quyền dân sự và chính trị mà Việt Nam là thành viên")
        stop = m.end() + party_to.start()
    if _TREATIES_OF_A_KIND.search(src.window(m.end(), stop)) or (
        _TAX_TREATY_KIND.fullmatch(src.window(m.end(), stop))
        and not _COUNTRY_NEXT.match(src.window(stop, stop + 40))
    ):
        return None
    mention = Mention("named", m.start(), stop, m.start(), stop, doc_type=doc_type)
    mention.name = f"{doc_type} {squash(src.text[m.end() : stop])}".strip()
    mention.branch, mention.tier = "state", "central"
    named = src.window(m.end(), stop)
    if body := next((name for pattern, name in _international_body() if pattern.search(named)), None):
        mention.issuer = issuers.Issuer(body, None, "state", "central", None, 0)
    elif provinces := _PROVINCES_PARTIES.search(named):
        # a province's agreement with a foreign province, signed by their authorities when the text names them
        mention.tier = "province"
        if provinces.group("body"):
            parties = squash(
                src.text[m.end() + provinces.start("parties") : m.end() + provinces.end("parties")]
            )
            mention.issuer = issuers.Issuer(parties, None, "state", "province", None, 0)
    return mention


# A foreign party's country after a comma ("…, Vương quốc Campuchia", "…, nước Cộng hòa Dân chủ Nhân dân Lào")
_COUNTRY_AFTER = re.compile(
    r",[ \t]*(?:Vương quốc|(?:nước[ \t]+)?Cộng hòa(?:[ \t]+[^\W\d]+){0,4}?)[ \t]+[A-ZĐ][^\W\d]*(?:[ \t]+[A-ZĐ][^\W\d]*)*"
)


# (folded) The parties of a cooperation agreement between provinces, a province's People's Committee or a foreign
# province's authorities ("giữa Ủy ban nhân dân tỉnh An Giang và Chính quyền tỉnh Kampot", "giữa tỉnh Kon Tum và tỉnh
# Ratanakiri"), to a comma (", Vương quốc Campuchia") or its period
_PROVINCE_BODY = r"(?:uy\s+ban\s+nhan\s+dan|ubnd|chinh\s+quyen)\s+"
_PROVINCES_PARTIES = re.compile(
    rf"(?<![a-z])giua\s+(?P<parties>(?P<body>{_PROVINCE_BODY})?tinh\s[^,;()]*?\s+(?:va|voi)\s+(?(body){_PROVINCE_BODY})tinh\s"
    r"[^,;()]*?)\s*(?:,|$|(?:giai\s+doan|nam|ky)\s)"
)


# Where a treaty's date follows its name: the day it was signed or done ("… ký ngày 17/12/2009", "…, ký kết ngày
# 15/4/1994", "… ký tại Hà Nội ngày 20/5/1994", "… làm tại Pa-ri ngày 27/5/2010", "… hoàn thành vào ngày …", "… tại
# Hà Nội ngày …") or "ngày" right after it; not a day it took effect ("có hiệu lực từ ngày …"), nor a bare date (a
# table's next column).
_SIGNED = re.compile(
    r"[ \t]*,?\s*(?:(?:duoc\s+|da\s+)?(?:ky(?:\s+ket)?(?:\s+chinh\s+thuc)?|lam|hoan\s+thanh)\s+)?"
    r"(?:tai\s+(?:[^\W\d_]+[ \t-]*\n?[ \t]*){1,6}?(?=ngay))?(?:vao\s+)?(?=ngay)"
)

# (a name cut before "từ ngày …" is followed by a day it applies from; one a cited resolution ratifies, by that
# resolution's day: "Nghị quyết số 72/2018/QH14 phê chuẩn Hiệp định … cùng các văn kiện liên quan ngày 12/11/2018")
_SINCE = re.compile(r"(?<![a-z])(?:tu|den|truoc|sau)\s*$")
_RATIFIED = re.compile(r"(?:phe\s+(?:chuan|duyet)|gia\s+nhap)\s*$")


def _signed_on(src: Source, treaty: Mention, limit: int) -> None:
    """The treaty's date and the surface through it, where the text gives the day it was signed."""
    after = src.window(treaty.end, min(limit, treaty.end + 80))
    if not (signed := _SIGNED.match(after)) or (
        not signed.group(0).strip(" \t\n,")
        and (
            _SINCE.search(src.window(treaty.end - 8, treaty.end))
            or _RATIFIED.search(src.window(treaty.start - 16, treaty.start))
        )
    ):
        return
    date, used = date_after(after[signed.end() :])
    if date:
        treaty.date, treaty.year = date, int(date[:4])
        treaty.end = treaty.tail_end = treaty.end + signed.end() + used


# A treaty's acronym as its whole name: capitals the name's end follows (a mark, "và", a lower-case word), not a
# country's ("Hiệp định ASEAN - Nhật Bản") nor a body's with its subject ("Hiệp định ASEAN về hệ thống …"), nor the
# kind's ("các Hiệp định FTA mới": free-trade agreements)
_ACRONYM_ENDS = r"(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+(?!về\s)[a-zđà-ỹ])"
_TREATY_ACRONYM = re.compile(r"[ \t]*\n?[ \t]*(?!FTA\b)(?P<a>[A-Z]{3,10})" + _ACRONYM_ENDS)
# … and the next ones of its list: "các Hiệp định CPTPP, EVFTA và UKVFTA"
_NEXT_ACRONYM = re.compile(r"(?:[ \t]*,|[ \t]+(?:và|hoặc))[ \t]*\n?[ \t]*(?P<a>[A-Z]{3,10})" + _ACRONYM_ENDS)


def _treaty_by_acronym(doc_type: str, start: int, acronym: re.Match[str]) -> Mention:
    mention = Mention("named", start, acronym.end(), start, acronym.end(), doc_type=doc_type)
    mention.name = f"{doc_type} {acronym.group('a')}"
    mention.branch, mention.tier = "state", "central"
    return mention


def _acronyms_after(src: Source, treaty: Mention, limit: int) -> list[Mention]:
    """The treaties a list names by their acronyms alone after one so named ("Hiệp định CPTPP, EVFTA và UKVFTA")."""
    last = src.text[treaty.start : treaty.end].split()[-1]
    if not (last.isupper() and treaty.name == f"{treaty.doc_type} {last}"):
        return []
    out: list[Mention] = []
    at = treaty.end
    while nxt := _NEXT_ACRONYM.match(src.text, at, limit):
        out.append(_treaty_by_acronym(str(treaty.doc_type), nxt.start("a"), nxt))
        at = nxt.end()
    return out


# A kind of treaty, not one: "Hiệp định tránh đánh thuế hai lần mà nước Cộng hòa xã hội chủ nghĩa Việt Nam (là thành
# viên)", "… giữa hai quốc gia", "… giữa Chính phủ Việt Nam và Chính phủ các nước và vùng lãnh thổ" (folded).
_PARTY_TO = re.compile(r"\sma\s+(?:nuoc\s+)?(?:cong\s+hoa|viet\s+nam)")
_BY_SUBJECT = re.compile(r"(?<![a-z])ve\s+\S+\s+\S+")
# (… "và Điều ước quốc tế khác mà Việt Nam là thành viên" are still of a kind)
_OTHER_TREATIES = re.compile(r"(?<![a-z])(?:khac|dieu\s+uoc)(?![a-z])")
_TREATIES_OF_A_KIND = re.compile(
    _PARTY_TO.pattern + r"|\sgiua\s+hai\s+(?:quoc\s+gia|nuoc)(?![a-z])"
    r"|\sgiua\s+(?:chinh\s+phu\s+)?viet\s+nam\s+(?:va|voi)\s+(?:chinh\s+phu\s+)?cac\s+nuoc"
)
# … and the tax treaties as a whole, named by their purpose alone ("Quy chế trao đổi thông tin theo Hiệp định tránh đánh
# thuế hai lần"), unless the countries follow, after an alias in brackets too ("… hai lần (Hiệp định) giữa Việt Nam —
# Nhật Bản")
_TAX_TREATY_KIND = re.compile(r"\s*tr\S{1,2}nh\s+d\S{1,2}nh\s+thu\S{1,2}\s+(?:hai|2)\s+l\S{1,2}n\s*")
_COUNTRY_NEXT = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:giua|viet\s+nam|voi)\s")
# (the countries that signed one, each its own: "các nước (mà Việt Nam) đã ký Hiệp định …")
_SIGNED_BY_MANY = re.compile(r"(?<![a-z])nuoc\s+(?:ma\s+(?:\S+\s+){0,4}?)?(?:da|chua)\s+ky\s*$")


_CONSTITUTION_TAIL = re.compile(
    rf"(?P<country>\s+nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam)?(?:\s*,?\s*nam\s+(?P<y>{YEAR}))?"
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
    mention.year = year_of(tail.group("y")) if tail.group("y") else None
    mention.branch, mention.tier = "state", "central"
    return mention


# The English law's name: its capitalised words and the small ones between them ("Law on Fees and Charges", "Law on
# Tax⏎Administration"); one with its number ("Law on State Budget No. 83/2015/QH13") is that number's mention.
_ENGLISH_LAW = re.compile(
    r"Law\s+on\s+(?:the\s+)?[A-Z][a-z]++(?:\s+(?:(?:and|of|on|for|in|the)\s+)*(?!No\b|Decree|Circular|Decision|Law\b)"
    r"[A-Z][a-z]++)*+(?!\s+No\b)"
)


def _english_law(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """A law an English translation names, by its English name."""
    found = _ENGLISH_LAW.match(src.text, m.start(), limit)
    if found is None:
        return None
    mention = Mention("named", found.start(), found.end(), found.start(), found.end(), doc_type="Luật")
    mention.name = squash(found.group(0))
    mention.branch, mention.tier = "state", "central"
    return mention


def _alias(text: str, previous_end: int, start: int) -> bool:
    """A short name in brackets right after a citation, or after its issuer, defines an alias ("… số 89/2025/QH15
    (Luật Ngân sách nhà nước)", "Quyết định số 06/QĐ-TTg … của Thủ tướng Chính phủ (Đề án 06)"): it names the same
    document, it is not another mention."""
    return _ALIAS_OPENS.fullmatch(text, previous_end, start) is not None


_ALIAS_OPENS = re.compile(r"[\s*_,]{0,2}(?:của[ \t]+[^\W\d_][^()\n;,.:]{0,80}?[ \t]*)?\([ \t]*")


def _charter(src: Source, m: re.Match[str], limit: int, previous: list[Mention]) -> Mention | None:
    """The Party's charter ("Điều lệ Đảng", OCR "Piéu lệ Dang"), or another the gazetteer names ("Điều lệ Mặt trận
    Tổ quốc Việt Nam")."""
    if own := _OWN_CHARTER.match(src.text, m.end()):
        return _own_charter(src, m.start(), own, previous)
    if not m.group(0).endswith(("ng", "NG")):
        # (… not one a cited document issues or approves in its title, as a programme: "Thông tư số 32/2020/TT-BGDĐT …
        # ban hành Điều lệ trường trung học cơ sở, …")
        issued = _PROGRAMME_NOUN.search(src.window(m.start() - 24, m.start()))
        return None if issued else _known_by_name(src, m, limit, "Điều lệ")
    found = Mention("named", m.start(), m.end(), m.start(), m.end(), name="Điều lệ Đảng", doc_type="Điều lệ")
    found.branch, found.tier = "party", "central"
    return found


# An organisation's kind, folded: the words its charter's names open with, and the charter the kind names when nothing
# before says which (the Youth Union's and the Trade Union's are one each; an association's, "Hội", is the one whose
# name the text gave last).
_OWN_CHARTERS = {
    "hoi": ("Điều lệ Hội", None),
    "doan": ("Điều lệ Đoàn", "Điều lệ Đoàn TNCS Hồ Chí Minh"),
    "cong doan": ("Điều lệ Công đoàn", "Điều lệ Công đoàn Việt Nam"),
}
_OWN_CHARTER = re.compile(
    r"(?P<own>H[ộô]i|[ĐD]o[aà]n|C[ôo]ng\s+[đd]o[àa]n)(?:[ \t]+kh[oó]a\s+[IVXL]{1,6}(?!\w))?(?!\w)"
    r"(?![ \t]*\n?[ \t]*(?:[A-ZĐ]|[đd][ồo]ng|th[ểe]|lu[ậa]t|k[ếe]t|vi[êe]n|h[ộo]i|c[ơo]\s))"
)
_ASSOCIATIONS = re.compile(
    r"hoi\s+(?:(?P<w>lhpn|lien\s+hiep\s+phu\s+nu)|(?P<v>ccb|cuu\s+chien\s+binh)|(?P<f>nong\s+dan|nd(?![a-z])))"
)
_ASSOCIATION_CHARTERS = {
    "w": "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam",
    "v": "Điều lệ Hội Cựu chiến binh Việt Nam",
    "f": "Điều lệ Hội Nông dân Việt Nam",
}


def _own_charter(src: Source, start: int, m: re.Match[str], previous: list[Mention]) -> Mention:
    """ "theo đúng Điều lệ Hội", "Điều lệ Đoàn": the charter of the organisation the text speaks of, named in full
    before (annotators name it so), or by its kind."""
    prefix, sole = _OWN_CHARTERS[fold_view(squash(m.group("own")))]
    name = next(
        (p.name for p in reversed(previous) if p.doc_type == "Điều lệ" and (p.name or "").startswith(prefix)),
        sole,
    )
    if name is None:
        said = list(_ASSOCIATIONS.finditer(src.window(0, start)))
        name = _ASSOCIATION_CHARTERS[str(said[-1].lastgroup)] if said else None
    found = Mention("named", start, m.end(), start, m.end(), doc_type="Điều lệ", name=name or prefix)
    found.branch, found.tier = "joint", ("central" if name else None)
    return found


def _known_by_name(src: Source, m: re.Match[str], limit: int, doc_type: str) -> Mention | None:
    """A document of ``doc_type`` the gazetteer names, its name right after the type word ``m`` ends."""
    hit = _gazetteer_hit(src.window(m.end(), min(limit, m.end() + 160)), doc_type)
    if hit is None:
        return None
    name, _, branch, tier, end = hit
    found = Mention("named", m.start(), m.end() + end, m.start(), m.end() + end, name=name, doc_type=doc_type)
    found.branch, found.tier = branch, tier
    return found


# An association's "Hội" before the word (not "Quốc Hội")
_ASSOCIATION_BEFORE = re.compile(r"(?<!\w)(?<!Quốc )(?<!QUỐC )(?:Hội|HỘI)$")


def _law(src: Source, m: re.Match[str], limit: int, taken: Taken) -> Mention | None:
    before = src.text[max(0, m.start() - 12) : m.start()].rstrip()
    if (
        fold_view(before).endswith(("hoc", "khoa", "phap", "cong ty", "phong"))
        or before.endswith(("kỷ", "KỶ"))
        or _ASSOCIATION_BEFORE.search(before)
    ):
        # "Đại học Luật", "Công ty Luật TNHH …", "Văn phòng Luật": a school, a firm; "PHÁP LUẬT", "KỶ LUẬT"; "Hội Luật
        # gia", the jurists' association (not "Luật Giá")
        return None
    if m.group(0).isupper() and not _capitals_after(src.text, m.end()):
        # in capitals, the name follows in capitals, on the same line ("LUẬT⏎SỬA ĐỔI …" heads a law) unless the
        # title wrapped there ("… MỘT SỐ ĐIỀU CỦA LUẬT⏎PHÒNG THỦ DÂN SỰ")
        return None
    if (
        m.group(0).isupper()
        and not _SAME_LINE_CAPITALS.match(src.text, m.end())
        and not src.text[src.text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ):
        return None
    is_code = (
        m.group(0)[:1] == "B" and m.group(0)[1:2].lower() in _CODE_VOWELS
    )  # "Bộ luật", OCR "B6 luat", "Bó luat"
    doc_type = "Bộ luật" if is_code else "Pháp lệnh" if m.group(0).startswith("P") else "Luật"
    after = _after_law(src, m.end(), limit, 200)
    # an amending law the gazetteer knows by its whole name ("Luật sửa đổi, bổ sung một số điều của các Luật về
    # thuế"), or one named after the law it amends ("Luật sửa đổi, bổ sung một số điều của Luật X"), and which may
    # name nine laws ("… của Luật Chứng khoán, Luật Kế toán, …, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024")
    hit = _gazetteer_hit(after, doc_type)
    amending = None if hit else _AMENDING.match(after)
    # ("dự án Pháp lệnh sửa đổi … của Pháp lệnh X": a bill before the Standing Committee, no act)
    if (
        amending
        and amending.group("ordinance")
        and _DRAFT_BEFORE.search(src.window(m.start() - 16, m.start()))
    ):
        amending = None
    if amending:
        after = _after_law(src, m.end(), limit, 600)
    if amending:
        after = " " * amending.end() + after[amending.end() :]
    first = _WORD.search(after)
    if first is None:
        return None
    # (a word that opens no name may open, capitalised, one the gazetteer knows: "Luật Trồng trọt" printed "Luat Trong
    # trot"; not "Luật được ban hành", no "Luật Dược")
    word = src.text[m.end() + first.start() : m.end() + first.end()]
    if word.lower() in _NOT_A_NAME and not (hit and word[:1].isupper()):
        return None
    if amending:
        hit = _gazetteer_hit(after, doc_type)
        hit = None if hit is None else (*hit[:1], None, *hit[2:])
    lower_case = src.text[m.end() + first.start()].islower() and not hit
    if hit:
        name, symbol, branch, tier, end = hit
    else:
        end = _name_end(src, m.end(), after, 0, lower_case)
        name, symbol, branch, tier = (
            f"{_inner_type(amending, doc_type)} "
            f"{_sentence_case(_as_read(src, m.end(), after, amending.end() if amending else 0, end))}",
            None,
            "state",
            "central",
        )
    # "Luật Đất đai số 31/2024/QH15" is numbered, unless its number could not be read ("số 38/QH14/2019"): the
    # name still cites the law
    number = _NUMBER_AFTER_NAME.match(after, end)
    if end == 0 or (
        number
        and (not _UNREAD_NUMBER.match(after, end) or taken.covers(m.end() + end, m.end() + number.end()))
    ):
        return None
    if amending:
        # "… của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương": one law amends them all
        first_end = end
        while (more := _NEXT_LAW.match(after, end)) and (
            following := _law_name_end(src, m.end(), after, more.end())
        ):
            end = following
        if end > first_end:
            extra = _as_read(src, m.end(), after, first_end, end)
            name = f"{name}{'' if extra.startswith(',') else ' '}{extra}"
        # (an ordinance amends an ordinance: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công …")
        name = f"{'Pháp lệnh' if doc_type == 'Pháp lệnh' else 'Luật'} {_amendment(src, m.end(), amending)} {name}"
    mention = Mention(
        "named", m.start(), m.end() + end, m.start(), m.end() + end, name=name, doc_type=doc_type
    )
    mention.gazetteer_symbol, mention.branch, mention.tier = symbol, branch, tier
    year = re.match(rf"^\s*,?\s*(?:n\S{{1,3}}m\s+)?({YEAR})(?![\d/])", after[end:])
    date, used = date_after(after[end:])
    if date and (amender := _AMENDER_BEFORE.search(src.window(m.start() - 200, m.start()))):
        # "Luật số 26/2012/QH13 sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân ngày 22/11/2012": the day
        # the amending law was passed, not the day of the older law it amends
        date = None if int(date[:4]) >= year_of(amender.group("year")) else date
    if number and (printed := _YEAR_IN_NUMBER.match(after, number.end() - 1)):
        # the year an unread number still shows ("số 13/2008/QH112") names the version
        mention.year = int(printed.group(1))
    elif year:
        mention.year = year_of(year.group(1))
        mention.end = mention.tail_end = m.end() + end + year.end()
    elif date:
        mention.date, mention.year = date, int(date[:4])
        mention.end = mention.tail_end = m.end() + end + used
        mention.issuer = passed_by(src, m.end() + end, mention.end)
    elif lower_case and not _lower_case_law(src, m.start(), after[:end]):
        return None  # "Luật ban hành … năm 2015" is a name; "Luật này", "luật pháp" are not
    if symbol and mention.year:  # "Luật Quản lý thuế năm 2006" is not today's 38/2019/QH14
        mention.gazetteer_symbol = registry.law_version(name, symbol, mention.year, None, mention.date)
    if _DRAFT_BEFORE.search(src.window(m.start() - 16, m.start())):
        # "Dự thảo Luật Quản lý thuế (thay thế)": a bill, no law in force, named apart from the law it would replace
        # (a bill amending laws keeps its name, by which the laws it names are found)
        mention.gazetteer_symbol = None
        mention.name = name if amending else f"Dự thảo {name}"
    return mention


# The symbol of an amending law and its title up to the law it amends (folded).
_AMENDER_BEFORE = re.compile(
    rf"/(?P<year>{YEAR})/qh\w*\s+(?:ve\s+viec\s+)?s[uw]a\s+d[o]i[^;\d]{{0,120}}?(?<![a-z])$"
)


def _after_law(src: Source, at: int, limit: int, reach: int) -> str:
    """The folded text after a law's type word where its name is read, page furniture blanked."""
    after = src.window(at, min(limit, at + reach))
    if "\n" in after and _ANY_FURNITURE.search(after):
        after = PAGE_NUMBER.sub(blank, _FOLDED_FURNITURE.sub(blank, after))
    return after


def _amendment(src: Source, at: int, amending: re.Match[str]) -> str:
    """What an amending law's name says it does, before the law it amends: "sửa đổi, bổ sung một số điều của",
    "sửa đổi một số điều của", or its own words ("sửa đổi, bổ sung Điều 6 và Phụ lục 4 về … của")."""
    verb = "sửa đổi, bổ sung" if amending.group("add") else "sửa đổi"
    if amending.group("some"):
        return f"{verb} một số điều của"
    if amending.group("part"):
        return f"{verb} {squash(src.text[at + amending.start('part') : at + amending.end('part')])} của"
    return verb


# "dự thảo Luật …", "dự án Luật …" (a bill before the Assembly)
_DRAFT_BEFORE = re.compile(r"(?<![a-z])du\s+(?:thao|an)\s*$")
_PAPERS_PREPARED = re.compile(r"(?<![a-z])(?:chuan\s+bi|gop\s+y|xay\s+dung|hoan\s+thien|tieu\s+ban)\s*$")


def _name_end(src: Source, offset: int, after: str, pos: int, lower_case: bool) -> int:
    """Where the name that starts at ``pos`` of ``after`` (the folded view from ``offset``) ends; ``pos`` when
    no word of it is a name's."""
    end = pos
    first = _WORD.search(after, pos)
    shouting = (
        first is not None
        and len(first.group(0)) > 1
        and src.text[offset + first.start() : offset + first.end()].isupper()
    )
    words = 0
    head = _law_head_length(after, pos)
    joined = False  # a "và" inside the name, kept only if a word of the name follows it
    last = pos  # the end of the word before, "và" included
    for w in itertools.islice(_WORD.finditer(after, pos), 9):
        gap = after[end : w.start()].strip()
        if joined:
            gap = gap[2:].strip()
        printed = src.text[offset + w.start() : offset + w.end()]
        line_break = "\n" in after[last : w.start()]
        last = w.end()
        if not joined and _joins_name(after, w, words, end > pos):
            joined = True
            continue
        # "Các" opens a name ("Luật Các tổ chức tín dụng"); "số" inside one is no number's ("Luật Tần số vô
        # tuyến điện", but "Luật Đất đai số 31/2024/QH15").
        if (
            (
                _ends_law_name(printed, w.group(0), after[w.end() : w.end() + 8])
                and not (end == pos and (printed in ("Các", "CÁC") or _begins_law_name(after, w.start(), 2)))
                # (nor inside the words a name begins with: "Luật chuyển giao công nghệ", "giao" no verb)
                and not (0 < words < head)
                and not (end > pos and w.group(0) == "so" and not _NUMBER_AFTER_NAME.match(after, end))
            )
            or (joined and w.group(0) in _NOT_AFTER_AND)
            or (gap and not (gap == "," and _after_comma(w.group(0), printed)))
            # "Luật Viễn thông gửi hồ sơ …" (sends); "Luật Bảo hiểm tiền gửi" (deposits) is a name
            or (printed.lower() == "gửi" and after[end - 4 : end] != "tien")
            or (
                printed == "bảo" and after.startswith("bao dam", w.start())
            )  # "Luật Việc làm bảo đảm kịp thời"
            or not printed[:1].isalpha()  # a law's name has no numbers ("Luật X⏎2⏎9": table cells)
            or (shouting and not printed.isupper())  # a name in capitals ends where they do
            or (end > pos and printed[:1].isupper() and _BLANK_LINE.search(after, end, w.start()))
            # a capital on the next line opens a sentence ("Pháp lệnh Cảnh sát môi trường⏎Theo đó, …") but for the
            # proper names a law's name holds ("Luật Cảnh sát biển⏎Việt Nam")
            or (
                end > pos
                and printed[:1].isupper()
                and line_break
                and w.group(0) not in _NAME_CAPITALS
                and not shouting
            )
            or (end > pos and printed[:1].isupper() and _WIDE_GAP in after[end : w.start()])  # a table cell
            # "… của Luật Hàng không dân dụng Việt Nam trực tiếp nhập khẩu": the country ends a name in capitals
            or (
                not lower_case
                and printed[:1].islower()
                and after.endswith("viet nam", 0, end)
                and w.group(0) not in _AFTER_VIET_NAM
            )
            or _cell_edge_between(src.text, offset + end, offset + w.start())
            or (
                lower_case
                and end > pos
                and not words < head
                and _ends_lower_case_name(printed, after[end : w.start()])
            )
        ):
            break
        end, words, joined = w.end(), words + 1, False
        if lower_case and len(printed) > 2 and _ACRONYM.fullmatch(printed):
            break  # "Luật thuế GTGT": the abbreviation closes the name (a pair's first may not: "Luật thuế XK, thuế NK")
    return end


# The words a name goes on with after "Việt Nam" ("Pháp lệnh Bà mẹ Việt Nam anh hùng", "Luật Người lao động Việt Nam
# đi làm việc ở nước ngoài theo hợp đồng"), folded.
_AFTER_VIET_NAM = frozenset(["anh", "di", "o"])
# The capitalised words a law's name goes on with after a line break, folded.
_NAME_CAPITALS = frozenset("viet nam nha chinh quoc to mat dang ho chi minh thu".split())  # noqa: SIM905


def _cell_edge_between(text: str, start: int, end: int) -> bool:
    """Whether a Markdown table's cell edge, which the folded view blanks, stands in ``text[start:end]``: a "|" in
    a row that opens and ends with one (OCR prints a stray "|" for a letter elsewhere)."""
    bar = text.find("|", start, end)
    if bar < 0:
        return False
    line_end = text.find("\n", bar)
    row = text[text.rfind("\n", 0, bar) + 1 : line_end if line_end >= 0 else len(text)].strip()
    return row.startswith("|") and row.endswith("|")


# Words after "và" that a name does not go on with ("Luật Đất đai và khoản 2 Điều 5", "… và đối tượng").
_NOT_AFTER_AND = frozenset(
    "khoan dieu diem muc chuong doi ho thuc quy nghi huong cac phap chi thu phai toi chua tuong co duoc".split()  # noqa: SIM905
)


def _joins_name(after: str, w: re.Match[str], words: int, started: bool) -> bool:
    """Whether this "và" joins two parts of a short name ("Luật Bảo vệ và kiểm dịch thực vật", "Luật Khoa
    học và Công nghệ"), rather than the name and something else ("Luật Bảo hiểm xã hội và …")."""
    return w.group(0) == "va" and started and words <= 3 and not _AND_ANOTHER.match(after, w.start())


# The next law an amending law names: "… của Luật A, Luật B và Luật C".
_NEXT_LAW = re.compile(r"\s*(?:,|\s+va)\s+lu[adeg]t\s+")  # (OCR: "Ludt", "Luét", "Lugt")


def _law_name_end(src: Source, offset: int, after: str, pos: int) -> int:
    """End of a law's name at ``pos`` of ``after``, by the gazetteer or by its words; 0 when there is none."""
    hit = _gazetteer_hit(after[pos:], "Luật")
    if hit:
        return pos + hit[4]
    first = _WORD.search(after, pos)
    if first is None or first.start() != pos:
        return 0
    end = _name_end(src, offset, after, pos, src.text[offset + pos].islower())
    return end if end > pos else 0


@cache
def _law_heads() -> frozenset[tuple[str, ...]]:
    """How law names begin, as folded words (kg/data/law_heads.csv)."""
    return frozenset(tuple(_WORD.findall(r["folded"])) for r in registry.data_rows("law_heads.csv"))


_PLURAL_BEFORE = re.compile(rf"(?:{_PLURAL})\s+$")


def _begins_law_name(folded: str, pos: int, least: int = 1) -> bool:
    """Whether the words from ``pos`` begin as a law's name does, with at least ``least`` words of it: two
    where the first is a word that ends names ("Luật quy hoạch", "Luật các tổ chức tín dụng" are laws; "Luật
    quy định", "Luật được ban hành" are not, though "Luật dược" is one)."""
    return _law_head_length(folded, pos) >= least


def _law_head_length(folded: str, pos: int) -> int:
    """How many words from ``pos`` the longest beginning of a law's name (law_heads.csv) takes; 0 for none."""
    words = tuple(w.group(0) for w in itertools.islice(_WORD.finditer(folded, pos), 5))
    heads = _law_heads()
    return max((n for n in range(1, len(words) + 1) if words[:n] in heads), default=0)


def _law_in_lower_case(src: Source, m: re.Match[str]) -> bool:
    """Whether "luật" in lower case names a law: where a citation stands, before a name that begins as a law's
    does."""
    before = src.window(m.start() - 60, m.start())
    after = src.window(m.end(), m.end() + 60)
    return (
        not _NOT_A_LAW_BEFORE.search(before)
        and not _MEMBER_STATE.search(src.window(m.start() - 120, m.start()))
        and (_LAW_CUE.search(before) is not None or _LAW_LIST_GOES_ON.search(before) is not None)
        and _begins_law_name(after, 0)
        and not _NOT_A_LAW_AFTER.match(after)
    )


def _lower_case_law(src: Source, start: int, folded_name: str) -> bool:
    """A law named in lower case ("Luật thuế giá trị gia tăng", "Luật kế toán"), as letters write them:
    its name begins as a law's name does, and it is not one of several ("các Luật thuế hiện hành")."""
    return _begins_law_name(folded_name, 0) and not _PLURAL_BEFORE.search(src.window(start - 10, start))


# A name runs over a blank line only where the text goes on in lower case ("Luật Hải⏎⏎quan"): a capital
# after it starts the next paragraph ("LUẬT LAO ĐỘNG⏎⏎Điều 117"); gazette page furniture is skipped.
# "Luật Đất đai số 31/2024/QH15" is numbered; "| Luật … | 56/56 ấp |", a count in the next cell, is no number.
# (a number after "số" that no symbol was read from; not "Luật Dân số.⏎2.", nor a date in the next column)
_UNREAD_NUMBER = re.compile(r"\s*s[^\s\d.,;:]{0,2}[ \t]*\n?[ \t]*\d")
_YEAR_IN_NUMBER = re.compile(r"\d{1,5}\s*/\s*((?:19|20)\d\d)(?!\d)")
_NUMBER_AFTER_NAME = re.compile(r"\s*(?:s[^\s\d.,;]{0,2}:?\s*\d|\d+\s*/(?!\s*\d{1,3}\b(?!\s*/)))")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WIDE_GAP = " " * 6
_ANY_FURNITURE = re.compile(r"\n[ \t]*\d|cong bao/|ky boi|nguoi ky|thoi gian ky|email:|co quan:|---")
_FOLDED_FURNITURE = re.compile(
    r"\n[^\n]*(?:nguoi ky|ky boi|thoi gian ky|email:|co quan:|cong bao/)[^\n]*(?=\n)"
)
_SAME_LINE_CAPITALS = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ]{2}")


def _capitals_after(text: str, pos: int) -> bool:
    """Whether the next two words, on this line or the next, are in capitals."""
    line_end = text.find("\n", text.find("\n", pos) + 1)
    words = text[pos : line_end if line_end >= 0 else len(text)].split()[:2]
    return len(words) == 2 and all(w.isupper() and len(w) > 1 for w in words)


def _as_read(src: Source, offset: int, view: str, start: int, end: int) -> str:
    """``src.text[offset + start : offset + end]`` as the words of ``view`` read it: without what the view
    blanked (page furniture in mid-name, markup), white space folded."""
    printed = src.text[offset + start : offset + end]
    return squash("".join(" " if v == " " else c for c, v in zip(printed, view[start:end], strict=True)))


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
    """The type of the law an amending law is named after ("… của Bộ luật Lao động", "… của Pháp lệnh …")."""
    if amending is None:
        return doc_type
    return "Bộ luật" if amending.group("code") else "Pháp lệnh" if amending.group("ordinance") else "Luật"


_AMENDING = re.compile(
    r"\s+s[uwit][rt]?a\s+d[oe6d]i(?P<add>,?\s+b[oed6]\s+sung)?"
    # "một số điều (của)", or what else it changes, before "của" ("… Điều 6 và Phụ lục 4 về Danh mục ngành, nghề
    # đầu tư kinh doanh có điều kiện của Luật Đầu tư"; "… một số điều và Phụ lục … của Luật Thống kê", over a wrapped line)
    r"(?:(?P<some>\s+m\S{1,2}t\s+s\S{0,2}\s+di\S{0,2}u)(?:\s+c[a-z]{0,2}a)?|(?P<part>\s+(?!luat\s)(?:[^;:\n]|\n(?![ \t]*\n)){3,160}?)\s+c[a-z]{0,2}a"
    r"|(?:\s+c[a-z]{0,2}a)?)\s+(?:cac\s+)?(?:(?P<code>bo\s+)?luat|(?P<ordinance>phap\s+lenh))(?=\s)"
)


@cache
def _gazetteer_of(doc_type: str) -> tuple[re.Pattern[str], tuple[tuple[str, str | None, str, str], ...]]:
    """One pattern for the gazetteer entries of a type, tried in the data file's order (the first that
    matches wins, as an alternation does), and the entries its groups ``g<i>`` stand for."""
    entries = [e for e in gazetteer() if e[2] == doc_type]
    alts = "|".join(f"(?P<g{i}>{e[5].pattern})" for i, e in enumerate(entries))
    return re.compile(rf"\s*(?:{alts})"), tuple((e[0], e[1], e[3], e[4]) for e in entries)


def _gazetteer_hit(folded_after: str, doc_type: str) -> tuple[str, str | None, str, str, int] | None:
    pattern, entries = _gazetteer_of(doc_type)
    # (OCR's signs for a marked vowel, one for one: "Luat Nha ¢" is "Luật Nhà ở")
    hit = pattern.match(folded_after.translate(_OCR_VOWEL_SIGNS)) if entries else None
    if hit is None:
        return None
    name, symbol, branch, tier = entries[int(str(hit.lastgroup)[1:])]
    return name, symbol, branch, tier, hit.end()


def known_by_number(doc_type: str, number: str) -> tuple[str, str | None, str, str] | None:
    """The document the gazetteer knows by its type and a bare number ("Chương trình 1719", the national target
    programme its decision's number names): name, symbol, branch and tier."""
    hit = _gazetteer_hit(number, doc_type)
    return hit[:4] if hit and hit[4] == len(number) else None


# A programme named by what it does and for how long: "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai
# đoạn 2021 - 2025", "Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030".
_PERIOD = re.compile(  # (OCR's "nim" for "năm"; a bare range after "kinh tế - xã hội": "… xã hội 2011 - 2020")
    r"(?:(?:giai\s+do\S{1,2}n|thoi\s+ky)\s+(?:tu\s+)?(?:19|20)\d\d\s*(?:-|den)\s*(?:n[ai]m\s+)?(?:19|20)\d\d"
    r"|(?:den|vao)\s+n[ai]m\s+(?:19|20)\d\d|\d{1,2}\s+n[ai]m\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d"
    r"|(?<=xa\shoi\s)(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?![\d/]))"
    r"(?:(?:,|\s+va)?\s*tam\s+nhin\s+(?:den\s+)?(?:n[ai]m\s+)?(?:19|20)\d\d)?"
)
# (not at its acronym: "(OCOP)"; at the next plan of a list: "Kế hoạch … hằng năm, Kế hoạch cơ cấu lại … giai đoạn …")
_PROGRAMME_STOP = re.compile(
    r"[;.\"]|\((?![a-z\d]{2,10}\))|\n\s*\n|:|,\s*(?:ke\s+hoach|chuong\s+trinh|chien\s+luoc|quy\s+hoach)\s"
    # (… and at a second national one joined by "và": "… AIDS vào năm 2030 và Chiến lược quốc gia phòng, chống lao …")
    r"|\s+va\s+(?:cac\s+)?(?:ke\s+hoach|chuong\s+trinh|chien\s+luoc|de\s+an)\s+(?:quoc\s+gia|muc\s+tieu|hanh\s+dong)\s"
)
_HEADING_COLON = re.compile(r"[ \t*_]*:")
_ITEM_OPENING = re.compile(r"[ \t*_#]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]|[-+•])?[ \t*_]*")
# … and a plan a resolution is about, puts forward or adjusts ("… về (dự kiến) Kế hoạch …", "điều chỉnh Kế hoạch …")
_PLAN_IN_TITLE = re.compile(r"(?<![a-z])(?:ve|du\s+kien|dieu\s+chinh)\s*$")
# … and one the document itself issues: "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động …"
_PROGRAMME_NOUN = re.compile(
    r"(?:phe\s+(?:duyet|chuan)(?:\s+dieu\s+chinh)?(?:\s+chu\s+truong\s+dau\s+tu)?"
    r"|ban\s+hanh|xay\s+dung|(?<![a-z])cac|nhung|kem\s+theo\s+\w+\s+\w+\s+nay)\s*[\"“]?\s*$"
)
# "Chương trình số 04/CTr-UBND … về Chương trình cải cách hành chính …": a numbered programme's own title.
_OWN_TITLE = re.compile(r"chuong\s+trinh\s+s\S{0,2}\s*\d[^;]*?\bve\s*$")
# ("số" opens a number, not "sở hữu": "Chiến lược sở hữu trí tuệ đến năm 2030")
_NOT_A_PROGRAMME = re.compile(r"hanh dong|nay|cong tac|so (?!huu )|lam viec|ky hop")
# (… but a national one is named: "Chương trình hành động quốc gia về sản xuất và tiêu dùng bền vững giai đoạn …")
_NATIONAL_ACTION = "hanh dong quoc gia"


_NATIONAL_TARGET = re.compile(r"muc\s+ti\S{1,2}u\s+qu\S{1,2}c\s+gia")  # OCR: "muc tiéu qudc gia"
# … which names one without its period in a few words that run to the clause's end ("Chương trình mục tiêu quốc gia
# giảm nghèo.", "… xây dựng nông thôn mới;") or to a comma ("Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi
# trường nông thôn, xã đã …")
_NEW_CELL = re.compile(r"\n[ \t]*[A-ZĐ]")
_TARGET_NAMED_TO_STOP = re.compile(rf"\s*{_NATIONAL_TARGET.pattern}(?:\s+[a-z]+){{1,12}}?(?=\s*(?:,|$))")


def _programme(src: Source, m: re.Match[str], limit: int) -> Mention | None:
    """A programme cited by name: its name runs to the period it covers, and a national target programme
    ("mục tiêu quốc gia") is the State's. One a decision approves or that is still to be drawn up ("phê
    duyệt", "xây dựng Chương trình …"), or "các chương trình", names none; "Chương trình hành động" has
    its number."""
    back = src.window(m.start() - 40, m.start())
    if _PROGRAMME_NOUN.search(back) or _OWN_TITLE.search(src.window(m.start() - 200, m.start())):
        return None
    word = fold_view(m.group(0))
    strategy, master_plan, named_plan = (
        word.startswith("chien"),
        word.startswith("quy"),
        word.startswith("ke"),
    )
    if named_plan and _PLAN_IN_TITLE.search(back):
        return None  # "Nghị quyết số 58/2021/NQ-HĐND … về Kế hoạch đầu tư công trung hạn …": the resolution is the plan
    after = src.window(m.end(), min(limit, m.end() + 250))
    lead = after.lstrip()
    if not strategy and (action := _ACTION_OF.match(after)):
        return _action_programme(src, m, action)
    if not (strategy or master_plan) and (annual := _ANNUAL.match(after)):
        return _annual_programme(src, m, annual)
    if not (strategy or named_plan or master_plan) and (laws := _LAW_MAKING.match(after)):
        # "Chương trình xây dựng luật, pháp lệnh năm 2024": the Assembly's programme for the year (the subject of the
        # resolution that adopts it, "Nghị quyết số 129/2024/QH15 … về Chương trình …", is none: ``named`` reads no
        # programme after "về")
        end = m.end() + laws.end()
        name = squash(src.text[m.start() : end])
        mention = Mention("named", m.start(), end, m.start(), end, name=name[:1].upper() + name[1:])
        mention.doc_type, mention.branch, mention.tier = "Chương trình", "state", "central"
        return mention
    if (
        _NOT_A_PROGRAMME.match(lead)
        and not lead.startswith(_NATIONAL_ACTION)
        # (a strategy for a field of work is named: "Chiến lược công tác dân tộc giai đoạn 2021 - 2030")
        and not (strategy and lead.startswith("cong tac"))
    ):
        return None
    stop = _PROGRAMME_STOP.search(after)
    span = after[: stop.start() if stop else len(after)]
    period = _PERIOD.search(span)
    if period is not None and not span[: period.start()].strip():
        return None  # "… nhiệm vụ của Chương trình giai đoạn 2021 - 2025": a bare type word and a period name none
    if period is not None and len(span[: period.start()].split()) <= 25:
        end = m.end() + period.end()
    elif (
        not (strategy or named_plan or master_plan)
        and (target := _TARGET_NAMED_TO_STOP.match(span))
        # (not a table's cells: "… quốc⏎gia⏎Chương trình⏎ĐTC")
        and not _NEW_CELL.search(src.text, m.end(), m.end() + target.end())
    ):
        end = m.end() + target.end()  # "… một số dự án của Chương trình mục tiêu quốc gia giảm nghèo."
    elif strategy and (national := _NATIONAL_STRATEGY.match(span)):
        # "Chiến lược quốc gia về thu hút và trọng dụng nhân⏎tài, nhất là …": its words in lower case (not the next
        # cell's "Các bộ", a page's number)
        group = "words" if national.group("words") else "bare"
        words = list(_WORD.finditer(src.text, m.end() + national.start(group), m.end() + national.end()))
        cut = next((k for k, w in enumerate(words) if not w.group(0)[0].islower()), len(words))
        if not cut or (group == "bare" and cut < len(words)):
            return None
        end = words[cut - 1].end()
    elif (
        strategy
        and (ending := _NATIONS_STRATEGY.match(span))
        and src.text[m.end() : m.end() + ending.end()].islower()
    ):
        end = (
            m.end() + ending.end()
        )  # "Chiến lược⏎dữ liệu quốc gia.": a few words and "quốc gia", the clause's end
    else:
        return None
    if (
        named_plan
        and _HEADING_COLON.match(src.text, end)
        and _ITEM_OPENING.fullmatch(src.text, src.text.rfind("\n", 0, m.start()) + 1, m.start())
    ):
        return None  # "b) Kế hoạch sử dụng đất giai đoạn 2026-2030: Thực hiện …": a plan's section on its own plans
    name = re.sub(r"(\d{4})\s*[-–]\s*(\d{4})", r"\1-\2", squash(src.text[m.start() : end]))
    doc_type = (
        "Chiến lược"
        if strategy
        else "Kế hoạch"
        if named_plan
        else "Quy hoạch"
        if master_plan
        else "Chương trình"
    )
    mention = Mention("named", m.start(), end, m.start(), end, name=name, doc_type=doc_type)
    if strategy and (_TEN_YEAR_STRATEGY.match(fold_view(name)) or _PARTYS_OWN.search(fold_view(name))):
        # the National Party Congress adopts it; the Politburo the Party's own ("Chiến lược công tác kiểm tra, giám sát
        # của Đảng đến năm 2030")
        mention.branch, mention.tier = "party", "central"
    elif _NATIONAL_TARGET.match(lead) or doc_type == "Chiến lược":  # any other strategy is the Government's
        mention.branch, mention.tier = "state", "central"
    elif master_plan and not _LOCAL_PLAN.match(lead):
        # a national, regional, sector or provincial master plan is the State's, approved at the centre (Law on Planning,
        # art. 45; the review set 31 of 32); a land-use or a town's plan is approved below it
        mention.branch, mention.tier = "state", "central"
    elif _NATIONAL.search(fold_view(name)):
        # … and so is a national programme or plan ("Chương trình quốc gia phát triển công nghệ cao đến năm 2030",
        # "Chương trình phát triển sản phẩm quốc gia đến năm 2030")
        mention.branch, mention.tier = "state", "central"
    return mention


_NATIONAL = re.compile(r"(?<![a-z])qu[oe]c\s+gia(?![a-z])")  # (OCR: "quéc gia")
_NATIONWIDE = re.compile(
    r"(?<![a-z])(?:(?:o|cua|tai|tren)\s+viet\s+nam|hoi\s+(?:[a-z]+\s+){1,4}viet\s+nam|ca\s+nuoc|toan\s+quoc"
    r"|vung\s+(?:dong\s+bang\s+song\s+(?:cuu\s+long|hong)|tay\s+nguyen|trung\s+du\s+va\s+mien\s+nui))(?![a-z])"
)
# (… but one that names its province or district is theirs: "… tỉnh An Giang gắn với vùng đồng bằng sông Cửu Long")
_PLACE_NAMED = re.compile(r"(?<!\w)(?:tỉnh|huyện|thành phố|thị xã|xã|phường)\s+[A-ZĐ]")
_ADOPTED = re.compile(r"(?<![a-z])thong\s+qua\s*$")
_LOCAL_PLAN = re.compile(r"(?:su\s+dung\s+dat|chung|phan\s+khu|chi\s+tiet)(?![a-z])")
_PARTYS_OWN = re.compile(r"(?<![a-z])cua\s+dang(?![a-z])")


# A national strategy named by its subject alone, to the clause's punctuation (folded; over a line break), or to a word
# that starts something else ("… về dinh dưỡng và kế hoạch phát triển …", "… với các chiến lược")
_STRATEGY_WORD = (
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?!(?:voi|cua|den|nham|de|theo|tren)\b)"
    r"(?!va\s+(?:ke\s+hoach|chuong\s+trinh|chien\s+luoc|quy\s+hoach|de\s+an|nghi|quyet|luat|cac)\b)"
    r"(?:phong,\s*chong|[^\s,;.:()\"“”]+)"
)
# (… or without "về", by words that run to the clause's end: "Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn.")
_NATIONAL_STRATEGY = re.compile(
    rf"[ \t]+qu[oe]c\s+gia(?:\s+ve(?P<words>(?:{_STRATEGY_WORD}){{1,10}})|(?P<bare>(?:{_STRATEGY_WORD}){{1,10}}?)(?=\s*\Z))"
)
# … or by a few words before "quốc gia" that end the clause ("Chiến lược dữ liệu quốc gia.", "Chiến lược an ninh mạng quốc
# gia;") (folded)
_NATIONS_STRATEGY = re.compile(r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)[a-z]+){1,5}?\s+quoc\s+gia(?=\s*(?:[.;,)]|$))")
# The country's ten-year socio-economic strategy ("Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030"), a
# document of the Party Congress, not the Government's (folded)
_TEN_YEAR_STRATEGY = re.compile(
    r"chien\s+luoc\s+phat\s+trien\s+kinh\s+te\s*[-–]\s*xa\s+hoi\s+(?:10|muoi)\s+nam"
)


# "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW": a body's action programme, named by
# what it carries out instead of a number.
_ACTION_OF = re.compile(r"\s+hanh\s+dong\s+cua\s+")
_PURPOSE = re.compile(
    r"[\s,]*(?:thực\s+hiện|triển\s+khai)\s+[^;:\n]{0,40}?\d+(?:/\d{4})?[-/][\wĐđ]+(?:[/-][\wĐđ]+)*"
)
_ACTION_FOR = re.compile(r"[\s,]*(?:(?:de|nham)\s+)?(?:thuc\s+hien|trien\s+khai|cu\s+the\s+hoa)(?![a-z])")


# A body's work or inspection programme for a year, "của" the body, the year before it or after it ("Chương trình kiểm
# tra, giám sát năm 2025 của Ủy ban Kiểm tra Huyện ủy", "Chương trình công tác của Chính phủ năm 2018"; folded)
_ANNUAL = re.compile(
    r"[ \t]+(?:cong\s+tac|kiem\s+tra,?\s+(?:va\s+)?giam\s+sat)(?P<year>(?:[ \t]+[a-z]+){0,4}?[ \t]+nam\s+(?:19|20)\d\d)?"
    r"\s+cua\s+"
)
_LAW_MAKING = re.compile(
    r"[ \t]+xay\s+dung\s+luat\s*,\s*phap\s+lenh(?:\s+cua\s+quoc\s+hoi)?"
    r"\s+(?:nam\s+(?:19|20)\d\d(?![\d/])|nhiem\s+ky\s+khoa\s+[xvil]{1,6}(?![a-z]))"
)
_YEAR_AFTER = re.compile(r"[ \t]+nam[ \t]+(?:19|20)\d\d(?![\d/])")


def _annual_programme(src: Source, m: re.Match[str], annual: re.Match[str]) -> Mention | None:
    """A work or inspection programme (or plan) of the organ after "của", for the year it names: one document a year."""
    at = m.end() + annual.end()
    found = issuers.recognise(src.window(at, at + 80), src.text[at : at + 80])
    if found is None or not found.code:
        return None
    end = at + found.end
    if not annual.group("year"):
        year = _YEAR_AFTER.match(src.window(end, end + 12))
        if year is None:
            return None  # "Chương trình công tác của Ủy ban": which year's, the text does not say
        end += year.end()
    doc_type = "Kế hoạch" if fold_view(m.group(0)).startswith("ke") else "Chương trình"
    mention = Mention(
        "named", m.start(), end, m.start(), end, name=squash(src.text[m.start() : end]), doc_type=doc_type
    )
    mention.issuer, mention.branch, mention.tier = found, found.branch, found.tier
    return mention


def _action_programme(src: Source, m: re.Match[str], action: re.Match[str]) -> Mention | None:
    """The action programme of the organ after "của", when what it carries out follows."""
    at = m.end() + action.end()
    found = issuers.recognise(src.window(at, at + 80), src.text[at : at + 80])
    if found is None or not _ACTION_FOR.match(src.window(at + found.end, at + found.end + 40)):
        return None
    end = at + found.end
    mention = Mention("named", m.start(), end, m.start(), end, doc_type="Chương trình")
    # named with what it carries out, which tells one programme of the organ from another
    purpose = _PURPOSE.match(src.text, end, min(len(src.text), end + 120))
    mention.name = squash(src.text[m.start() : purpose.end() if purpose else end])
    mention.issuer, mention.branch, mention.tier = found, found.branch, found.tier
    return mention


# Where the words after a gazetteer entry's name stop (folded): the clause's end, its "theo" or "về", or the document
# that issued it ("Chương trình giáo dục phổ thông (được) ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT")
_ENTRY_STOP = re.compile(
    r"[;.]|\n\s*\n|\btheo\b|\bve\b|\btren\s+[db]ia\s+ban\b|\b(?:duoc\s+)?ban\s+hanh\b|\bkem\s+theo\b"
)
_COMMA_CAPITAL = re.compile(r",[ \t]*(?=[A-ZĐ])")


_STAGE = re.compile(r"giai\s+do\S{1,2}n\s*(20\d\d)\s*-\s*(20\d\d)")


def _gazetteer_entry(src: Source, start: int, anchor_end: int, limit: int, doc_type: str) -> Mention | None:
    words = len(doc_type.split())
    folded = src.window(start, min(limit, start + 300))
    after = " ".join(folded.split()[words:])
    hit = _gazetteer_hit(folded.split(None, words)[-1], doc_type) if after else None
    if not hit:
        return None
    name, symbol, branch, tier, matched = hit
    rest = folded
    name_end = len(folded) - len(folded.split(None, words)[-1]) + matched
    # its period: a "giai đoạn" the clause reaches, or one right after the name ("… đến năm 2030")
    after_name = name_end + len(rest[name_end:]) - len(rest[name_end:].lstrip())
    period = _STAGE.search(rest, 0, 220) or _PERIOD.match(rest, after_name)
    # (not inside the name: "Chương trình tổng thể của Chính phủ về thực hành tiết kiệm, chống lãng phí")
    stop = _ENTRY_STOP.search(rest, max(20, name_end))
    stop_at = stop.start() if stop else len(rest)
    # (… or a comma before a capital, the next clause's subject: "Chương trình … nông thôn mới, UBND xã báo cáo")
    if subject := _COMMA_CAPITAL.search(src.text, start + max(20, name_end), start + stop_at):
        stop_at = subject.start() - start
    end_rel = period.end() if period and period.start() < stop_at else stop_at
    # the words after the gazetteer's pattern run to the period or the clause's end, not far past the name ("Chương
    # trình mục tiêu quốc gia giảm nghèo bền vững⏎+ Ngân sách trung ương …")
    # (… and a sector's plan the gazetteer names is named whole: "Quy hoạch điện VIII trong tháng 9", "(… điện VIII)")
    if end_rel != (period.end() if period else -1) and (end_rel > name_end + 25 or doc_type == "Quy hoạch"):
        end_rel = name_end
    # (the clause's "theo" or "về" stops it, not the space or the comma before them)
    end_rel = len(rest[:end_rel].rstrip(" \t\n,"))
    full = squash(src.text[start : start + end_rel])
    if period:
        name = re.sub(r"\s+", " ", full)
        name = re.sub(r"(\d{4})\s*[-–]\s*(\d{4})", r"\1-\2", name)
    mention = Mention("named", start, start + end_rel, start, start + end_rel, name=name, doc_type=doc_type)
    mention.gazetteer_symbol, mention.branch, mention.tier = symbol, branch, tier
    return mention


def _congress(src: Source, a0: int, a1: int, limit: int, previous: list[Mention]) -> Mention | None:
    resolution = _RESOLUTION_BEFORE.search(src.window(a0 - 20, a0))
    has_resolution = resolution is not None
    start = a0 - (len(src.window(a0 - 20, a0)) - resolution.start(1)) if resolution else a0
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
    front: tuple[int, int, issuers.Issuer] | None = None  # the Front's or a mass organisation's name in it
    numbered = False  # the congress's number read: no other number, no "lần thứ" may follow
    for w in _WORD.finditer(after):
        if w.start() < end:
            continue
        gap = after[end : w.start()]
        token = w.group(0)
        if token == "-":
            continue  # "nhiệm kỳ 2020 - 2025": the dash is part of the gap
        if gap.strip() not in ("", "-", ",") or "|" in src.text[a1 + end : a1 + w.start()]:
            break  # (a table's bar, which the folded view blanks, ends the cell: "… XIV của Đảng | Cấp ủy cơ sở |")
        # (a comma goes on only to the term, or through the levels of "các xã, phường")
        if (
            "," in gap
            and not close(token, "nhiem")
            and not (_level_word(token) and _LEVELS_LISTED.search(after, 0, end))
        ):
            break
        printed = src.text[a1 + w.start() : a1 + w.end()]
        original = printed[0]
        token = token.translate(_OCR_VOWEL_SIGNS)  # "huy€n", "b6": OCR's signs for a marked vowel
        if not end and token == "dong":
            return None  # "Đại hội đồng (cổ đông)" is a general assembly, not a Party congress
        if _OF_THE_PARTY.search(after, 0, end) and not original.isupper() and token not in _BO_READINGS:
            # "… lần thứ XIV của Đảng⏎thành pháp luật": only "Cộng sản Việt Nam" goes on after the Party, or "bộ" of a
            # Party organisation's ("Nghị quyết Đại hội XI của Đảng bộ huyện")
            break
        if front is None and (organisation := _organisation(src, a1 + w.start(), after[w.start() :])):
            # "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XV", "… Hội Nông dân tỉnh …"
            front = (w.start(), w.start() + organisation.end, organisation)
            end = front[1]
            continue
        if numbered and (
            (token.isdigit() and not _YEAR.fullmatch(token))
            or any(reads_as(printed, c) for c in ("lan", "thu"))
        ):
            break  # "Nghị quyết Đại hội XVIII⏎Thu nhập …", "… Đại hội XVIII⇥2⇥…": the next line, the next cell
        if _ORDINAL_READ.search(after, 0, end) and (
            _level_word(token) or any(reads_as(printed, c) for c in ("cac", "tinh", "huyen"))
        ):
            break  # the congress's number read, no place follows: "… lần thứ I xác định …" (OCR "1an thir I xac dinh")
        if not (
            any(reads_as(printed, c) for c in _CONGRESS_WORDS)
            or (
                _level_word(token)
                and (_BO_BEFORE.search(after, 0, end) or _LEVELS_LISTED.search(after, 0, end))
            )  # "Đảng bộ xã", OCR "Dang b6 xa", "Pang bo phudng", "Đảng bộ các xã, phường"
            # "Đảng bộ thị xã", "… thành phố", OCR "thanh phé"
            or (
                (token in ("xa", "pho", "tran", "khu") or close(token, "pho"))
                and _TWO_WORD_LEVEL.search(after, 0, end)
            )
            # OCR "Dang bé tinh", "Dang b xa" (its vowel lost: only a level after it)
            or (
                (token in _BO_READINGS or (token == "b" and _LEVEL_NEXT.match(after, w.end())))
                and after[:end].rstrip().endswith("ang")
            )
            or (token == "co" and after[w.end() :].lstrip().startswith("quan"))  # "… Khối các cơ quan tỉnh"
            # "… Khối Doanh nghiệp tỉnh", "… Khối cơ quan và doanh nghiệp tỉnh": a bloc's Party organisation
            or (
                token in ("doanh", "nghiep", "va")
                and _BLOC_OPEN.search(after, 0, end)
                and (token != "va" or after[w.end() :].lstrip().startswith("doanh"))
            )
            # "Đảng bộ đặc khu Phú Quốc": a special zone's
            or (
                token == "dac"
                and _BO_BEFORE.search(after, 0, end)
                and after[w.end() :].lstrip().startswith("khu")
            )
            # "Đảng bộ Ủy ban nhân dân tỉnh" (a province's People's Committee's Party organisation, from 2025)
            or (token == "nhan" and after[:end].rstrip().endswith("uy ban"))
            or (token == "dan" and after[:end].rstrip().endswith("uy ban nhan"))
            or _ROMAN.match(token)
            or (original.isupper() and end and token not in ("ve", "va") and not shouting)
            or (token.endswith("ang") and after[:end].rstrip().endswith("cua"))
            # "… lần thứ XIII Đảng cộng sản Việt Nam": the Party's name, "cộng sản" in lower case
            or (token == "cong" and after[:end].rstrip().endswith("dang"))
            or (token == "san" and after[:end].rstrip().endswith("dang cong"))
        ):
            break
        end = w.end()
        # (a number before "lần thứ" is the place's: "Đảng bộ phường Hà Giang 1 lần thứ I")
        numbered = numbered or (
            _ROMAN.match(token) is not None
            and not _YEAR.fullmatch(token)
            and not _ORDINAL_NEXT.match(after, end)
        )
        if _YEAR_RANGE_END.search(after, 0, end):
            break  # the term of office ("nhiệm kỳ 2020 - 2025") closes the name
    if end == 0 and not (resolution is not None and not resolution.group(0).rstrip().endswith("cua")):
        return None  # ("các Nghị quyết của Đại hội nhà đầu tư": a general meeting's; none refers back with "của")
    if trailing := _TRAILING_OF.search(after, 0, end):
        # "Nghị quyết Đại hội XIV của Đảng của Ban Thường vụ …": the plan's issuer follows
        end = trailing.start()
    stop = a1 + end
    earlier = next(
        (p for p in reversed(previous) if p.name and p.name.startswith("Nghị quyết Đại hội ")), None
    )
    if end == 0 and earlier is not None:
        # "… Kế hoạch X triển khai thực hiện Nghị quyết Đại hội;": the congress's resolution just named
        referred = Mention("named", start, stop, start, stop, name=earlier.name, doc_type="Nghị quyết")
        referred.branch, referred.tier, referred.issuer = earlier.branch, earlier.tier, earlier.issuer
        referred.antecedent = earlier
        return referred
    mention_tier = _congress_tier(re.findall(r"\w+", src.window(start, stop).translate(_OCR_VOWEL_SIGNS)))
    if mention_tier is None:
        # "Nghị quyết Đại hội XIV" names no level: the congress of that number the text named in full (its
        # resolution or its documents, "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII")
        number = _ordinal(squash(src.text[start:stop]))
        mention_tier = next(
            (
                p.tier
                for p in reversed(previous)
                if p.name and p.name.startswith(_CONGRESS_NAMES) and _ordinal(p.name) == number
            ),
            "province",
        )
    if front:
        # the organisation's name as the registry spells it, the words around it restored
        first, last, organisation = front
        congress = " ".join(
            part
            for part in (_sentence_case(respell(squash(src.text[a0 : a1 + first]))), organisation.name)
            if part
        )
        if rest := respell(squash(src.text[a1 + last : stop])):
            # (the term after a comma: "… Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028")
            congress += rest if rest.startswith(",") else f" {rest}"
        mention_tier = organisation.tier or mention_tier
    else:
        congress = _sentence_case(respell(squash(src.text[a0:stop].translate(_OCR_VOWEL_SIGNS))))
    # "Nghị quyết đại hội …", "… Đảng cộng sản Việt Nam": the congress and the Party are names (OCR's "bii hoi" is
    # "Đại hội" too: the words the reader matched as such)
    congress = _CONGRESS_WORDS_READ.sub("Đại hội", congress, count=1).replace(
        "Đảng cộng sản", "Đảng Cộng sản"
    )
    doc_type = "Văn kiện" if resolution and resolution.group("papers") else "Nghị quyết"
    mention = Mention("named", start, stop, start, stop, name=f"{doc_type} {congress}", doc_type=doc_type)
    mention.branch, mention.tier = ("joint" if front else "party"), mention_tier
    mention.issuer = issuers.Issuer(
        _TERM_OF_OFFICE.split(congress)[0], None, mention.branch, mention_tier, None, stop - a0
    )
    return mention


_CONGRESS_WORDS_READ = re.compile(r"^\S+\s+\S+")


def _organisation(src: Source, at: int, folded: str) -> issuers.Issuer | None:
    """The Front or a mass organisation (branch joint in the registry) named at ``at``, its place word included."""
    found = issuers.recognise(folded, src.text[at : at + len(folded)])
    return found if found and found.branch == "joint" else None


# "bộ" as OCR prints it, folded ("Dang b6 xa"): a congress of a Party organisation below the centre.
_OF_THE_PARTY = re.compile(r"\scua\s+dang\s*$")
_LEVELS_LISTED = re.compile(
    r"\scac\s+(?:(?:xa|phuong|thi\s+tran|huyen|quan|thi\s+xa)\s*,\s*)*(?:xa|phuong|huyen|quan)\s*$"
)
_BLOC_OPEN = re.compile(r"\skhoi(?:\s+(?:cac|co|quan|doanh|va))*\s*$")
_BO_READINGS = frozenset(["bo", "b6", "bd", "b0", "b¢", "be"])
# (folded) a congress's number just read: "… lần thứ I", OCR "1an thir I"
_ORDINAL_READ = re.compile(r"(?<![a-z])[l1]an\s+th(?:u|ir)\s+[0-9a-z]{1,5}\s*$")
_BO_BEFORE = re.compile(r"\sb[o6d0¢e]?(?:\s+cac)?\s*$")  # (and "Đảng bộ các xã")
_TWO_WORD_LEVEL = re.compile(r"\sb[o6d0¢e]?\s+(?:thi|thanh|dac)\s*$")
_LEVEL_NEXT = re.compile(r"\s+(?:tinh|huyen|quan|thi|thanh|xa|phuong|dac)\s")
_YEAR_RANGE_END = re.compile(r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "…, nhiệm kỳ 2020-2025" names the congress's term, not the congress.
_TERM_OF_OFFICE = re.compile(r",?\s+nhiệm\s+kỳ\b", re.IGNORECASE)


def _congress_tier(toks: list[str]) -> str | None:
    """National congress ("toàn quốc", "… của Đảng") or a local one (Đảng bộ tỉnh, các cấp); None when the words
    name no level."""
    toks = ["bo" if t in _BO_READINGS else t for t in toks]
    local = any(t in ("bo", "tinh", "cac", "huyen", "b") for t in toks[2:])
    national = (
        any(close(t, "quoc") for t in toks)
        or any(close(a, "cua") and b.endswith("ang") and len(b) <= 6 for a, b in itertools.pairwise(toks))
        # "Đại hội Đảng lần thứ XIII": the Party's own congress, not a Đảng bộ's
        or any(
            a == "hoi" and b.endswith("ang") and c != "bo"
            for a, b, c in zip(toks[:-1], toks[1:], [*toks[2:], ""], strict=True)
        )
    )
    if national and not local:
        return "central"
    below = next(
        (
            level
            for a, b, c, d in zip(toks, toks[1:], [*toks[2:], ""], [*toks[3:], "", ""], strict=False)
            if a == "bo" and (level := _level_word(*((c, d) if b == "cac" else (b, c))))
        ),
        None,
    )
    if below is None and "thanh" in toks and (k := toks.index("thanh")) and toks[k - 1] == "bo":
        return _city_level(toks[k + 2 : k + 5])
    if below is None and "bo" not in toks:
        # another body's congress ("Đại hội đại biểu Mặt trận Tổ quốc Việt Nam huyện Đức Thọ"): its level word
        below = next((t for t in toks[2:] if t in _CONGRESS_LEVELS), None)
    return _CONGRESS_LEVELS[below] if below else "province" if local else None


_TRAILING_OF = re.compile(r"\s+c[a-z]{0,2}a$")
_ROMAN_NUMBER = re.compile(r"(?<![^\W\d_])[IVXL]+(?![^\W\d_])")


_CONGRESS_NAMES = ("Nghị quyết Đại hội ", "Văn kiện Đại hội ")


def _ordinal(name: str) -> str | None:
    """The congress's number in Roman numerals ("… lần thứ XIV …", "Đại hội XIV"), if the name gives one."""
    found = _ROMAN_NUMBER.findall(name)
    return found[0] if found else None


def _city_level(name: list[str]) -> str:
    """ "Đảng bộ thành phố Tân An": a province's city is a district's level; "thành phố Hà Nội" is a province."""
    for n in (3, 2, 1):
        words = " ".join(name[:n])
        if province_named(words):
            return "province"
        city = registry.find_district(words)
        if city and city.kind == "thành phố":
            return "district"
    return "province"


# The level of a local Party organisation's congress, from the word after "Đảng bộ".
_CONGRESS_LEVELS = {
    "huyen": "district",
    "quan": "district",
    "thi": "district",
    "thi tran": "commune",
    "dac khu": "commune",  # a special zone of the two-level local government (2025: "đặc khu Phú Quốc")
    "xa": "commune",
    "phuong": "commune",
}


def _level_word(token: str, after: str = "") -> str | None:
    """The level word ``token`` reads as (OCR's "phudng" for "phường": a long word only, "xa" is "xã" as printed, and
    so are OCR's "x3", "x4"); a "thị" is a town's ("thị xã") unless a "trấn" makes it a township's."""
    if token in issuers.COMMUNE_READINGS:
        return "xa"
    if token == "thi" and after == "tran":
        return "thi tran"
    if token == "dac" and after == "khu":
        return "dac khu"
    if token in _CONGRESS_LEVELS:
        return token
    return next((w for w in _CONGRESS_LEVELS if len(w) >= 5 and close(token, w)), None)


# "Đề án 06", "Đề án 939", "Đề án 1665" (its decision's number); not a year ("Đề án 2025") nor an amount ("06 tỷ", but
# "| Đề án 06 | Tỷ lệ …" is a rate in the next cell), nor a symbol's number ("06/QĐ-TTg", "06 - …"; a heading's "Đề án
# 06⏎- Phối hợp …" is followed by its list's bullet)
_SCHEME_NUMBER = re.compile(
    r"(?:s\S{1,2}\s+)?(\d{1,3}|(?!19|20)\d{4})"
    r"(?![\d/\-]|\.\d|[ \t]*[/-]|\s*%|\s+(?:nam(?!\s+(?:19|20)\d\d)|thang|ngay|nguoi|trieu|ty(?!\s+le))\b)"
)
# … and a number that reads as a year, where the gazetteer knows a scheme by it ("Đề án 1956", not "Đề án 2030")
_YEAR_LIKE_NUMBER = re.compile(r"((?:19|20)\d\d)(?![\d/\-]|\.\d|[ \t]*[/-])")


_NUMBER_ENDS_CELL = re.compile(r"(\d{1,3})(?=[ \t]*\|)")


# Words that make "Đề án" a common noun ("thi Đề án": an exam; "kết thúc Đề án", "thực hiện các Đề án"),
# and those before the Đề án a decision approves or issues: that is the decision's own content, not a
# citation, even in a cited decision's title (gold 004: "… phê duyệt Đề án Văn hóa công vụ").
_SCHEME_NOUN_BEFORE = re.compile(
    r"(?:(?<![a-z])thi|ket\s+thuc|thuc\s+hien\s+cac|(?<![a-z])cac|nhung|phe\s+(?:duyet|chuan)|ban\s+h\S{1,2}nh"
    r"|xay\s+dung(?:\s+lai)?"
    # (an article's own heading: "Điều 7. Đề án tổ chức thi nâng ngạch" is what the article is about)
    r"|(?:^|\n)[ \t*_#]*dieu\s+\d{1,3}[a-z]?\s*[.:])\s*\"?\s*$"
)
# A name does not begin with a function word ("Đề án đã được phê duyệt", "Đề án do cơ quan … quyết định"), nor refer back
# ("Đề án nêu trên", "… nói trên").
_SCHEME_NOT_NAME = frozenset(
    "da do duoc cua hang nhu va la se thi de phai dang con cung voi tai trong theo khi khac gan neu noi".split()  # noqa: SIM905
)
# … unless printed as a word that folds like one of them and opens a name: "Đề án tái cơ cấu …", "Đề án trồng một tỷ
# cây xanh …" ("tái" and "trồng" fold as "tại" and "trong" do)
_SCHEME_NAME_OPENING = frozenset("tái tài tải trồng trọng".split())  # noqa: SIM905
# … nor a predicate said of the scheme ("Đề án phù hợp với Quy hoạch tỉnh …", "Đề án nhằm …", "Đề án gồm …")
_SCHEME_PREDICATE = re.compile(r"(?:phu\s+hop|nham|gom)\b")
# A Phương án is cited where a text says what is done by it ("thực hiện đúng Phương án …", "theo Phương án …", "chưa có
# trong Phương án …", "rà soát, cập nhật Phương án …", "phù hợp với Phương án …"); elsewhere the word is an option or a
# part of a dossier ("Phương án nổ mìn theo nội dung quy định tại Phụ lục VII", "Phương án A")
_OPTION_CUE = re.compile(r"(?<![a-z])(?:thuc\s+hien|trien\s+khai|theo|trong|cap\s+nhat|voi)(?:\s+dung)?\s*$")
# … and a Phương án's first word that opens no name: "Kinh phí thực hiện Phương án từ nguồn …" (OCR "tir"), "đưa nội
# dung thực thi Phương án vào …"; nor a route's option, a technical term ("Phương án tuyến công trình")
_OPTION_NOT_NAME = frozenset(["tu", "tir", "vao", "tuyen"])
# A file's content in an administrative procedure, not a document: "Đề án thành lập cơ sở … theo Mẫu số 02".
_SCHEME_DOSSIER = re.compile(r"(?:thanh\s+lap|giai\s+the|chia|tach|sap\s+nhap|hop\s+nhat|to\s+chuc\s+lai)\b")


# Where an unquoted scheme's name ends: the sentence, or for a proper name a word that goes on about it ("Đề án
# Văn hóa công vụ theo Quyết định số 1847/QĐ-TTg", "… ban hành kèm theo …"); "của" and commas are its own.
# "Đề án phát triển du lịch của huyện và Đề án 06": a described scheme ends before the next document of a list.
# A described one ends too where a document it is said to follow comes ("… tầm nhìn đến năm 2030 theo Quyết định số
# 06/QĐ-TTg").
_DOCUMENT_WORD = (
    r"(?:[dpb][e&]\s+[a4e]n|ke\s+hoach|nghi\s+quyet|chuong\s+trinh|quyet\s+dinh|chi\s+thi|ket\s+luan"
    r"|nghi\s+dinh|thong\s+tu|cong\s+van)\s"
)
_NEXT_ITEM = rf"(?P<next>(?:\sva|\s?,)\s+)(?={_DOCUMENT_WORD})"
# (and what the text goes on to say of it after a comma: "…, trong đó giao Bộ Tài chính rà soát Luật Hải quan")
_SAID_OF_IT = r",\s*(?:trong\s+do|theo\s+do|qua\s+do|do\s+do|tuy\s+nhien|nhung)\s"
_SENTENCE_END = re.compile(
    rf"[;]|\.\s|\.$|\n\s*\n|{_NEXT_ITEM}|\s(?:(?:ban\s+hanh\s+)?(?:kem\s+)?theo|tai)\s+(?={_DOCUMENT_WORD})|{_SAID_OF_IT}"
)
_ORGAN_AFTER_COMMA = re.compile(
    r",\s+(?=(?:tinh|huyen|dang)\s+uy\s|ubnd\s|uy\s+ban\s|hdnd\s|hoi\s+dong\s|so\s|ban\s|bo\s|chinh\s+phu\s)"
)
_CELL_EDGE = re.compile(r"\||\t| {3}|[□☐]|\n(?=[ \t]*(?:\||\d{1,3}[ \t]))|\*\*[ \t]*\n")
_SCHEME_NAME_END = re.compile(
    rf"[;(]|\.\s|\.$|\n\s*\n|\s(?:theo|ban\s+hanh|kem\s+theo|duoc|da|nham)\s|{_NEXT_ITEM}|{_SAID_OF_IT}"
)


def _known_year_like(lead: str, src: Source, start: int) -> re.Match[str] | None:
    """A number that reads as a year, after "Đề án": a scheme's, when the gazetteer knows one by it or a decision of
    that number was cited before ("Quyết định số 1929/QĐ-TTg … phê duyệt Đề án …", then "Đề án 1929")."""
    number = _YEAR_LIKE_NUMBER.match(lead)
    if number is None:
        return None
    if _gazetteer_hit(number.group(1), "Đề án"):
        return number
    decided = re.compile(rf"(?<!\d){number.group(1)}/(?:\d{{4}}/)?Q").search(src.text, 0, start)
    return number if decided else None


def _short_name_with_figure(lead: str, known: tuple[str, str | None, str, str, int] | None) -> bool:
    """Whether ``known``, the scheme the gazetteer reads at the start of ``lead``, has a short name that opens with a
    figure and goes on in words."""
    return known is not None and re.search(r"[a-z]", lead[: known[4]]) is not None


# The period a described scheme's name ends with: "giai đoạn 2024 - 2030", "đến năm 2030", and its outlook.
_SCHEME_PERIOD = re.compile(
    r"(?:giai\s+doan\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|den\s+nam\s+(?:19|20)\d\d)"
    r"(?:\s*,?\s*(?:va\s+)?(?:tam\s+nhin|dinh\s+huong)\s+(?:den\s+)?(?:nam\s+)?(?:19|20)\d\d)?(?![\d\w])"
)


def _scheme(src: Source, m: re.Match[str], limit: int, doc_type: str = "Đề án") -> Mention | None:
    """An Đề án cited by name, or a Phương án: one named by what it does after a verb that uses it, not an option
    numbered ("phương án 2")."""
    back = src.window(m.start() - 32, m.start())
    if _SCHEME_NOUN_BEFORE.search(back) or ALIAS_BEFORE.search(back):
        return None
    if doc_type != "Đề án" and (
        not _OPTION_CUE.search(back)
        or (first_word := _WORD.match(src.window(m.end(), min(limit, m.end() + 24)).lstrip())) is None
        or first_word.group(0) in _OPTION_NOT_NAME
    ):
        return None
    after_start = m.end()
    folded = src.window(after_start, min(limit, after_start + 400))
    lead = folded.lstrip()
    # (a table's next cell is no duration: "| Đề án 06 | Tháng 10/2024 |", the bar folded away)
    numbered_by_habit = (
        _SCHEME_NUMBER.match(lead)
        or _known_year_like(lead, src, m.start())
        or _NUMBER_ENDS_CELL.match(
            src.text[after_start + len(folded) - len(lead) : after_start + len(folded)]
        )
    )
    own_line = "\n" in folded[: len(folded) - len(lead)] and re.match(
        r"[ \t]*(?:\n|$)", lead[numbered_by_habit.end() :] if numbered_by_habit else ""
    )
    if numbered_by_habit and doc_type != "Đề án":
        return None
    if (
        numbered_by_habit and not own_line
    ):  # a number alone on its line is a table's row number  # "Đề án 06": known by its number alone, it has no symbol of its own
        stop = after_start + (len(folded) - len(lead)) + numbered_by_habit.end()
        name = f"Đề án {numbered_by_habit.group(1)}"
        mention = Mention("named", m.start(), stop, m.start(), stop, name=name, doc_type="Đề án")
        known = _gazetteer_hit(name[6:], "Đề án")  # "Đề án 06" is the Government's, whoever cites it
        if m.group() == "ĐA" and not known:
            return None  # an abbreviation is read for a scheme the gazetteer knows
        if known:
            mention.gazetteer_symbol, mention.branch, mention.tier = known[1:4]
        else:  # (one cited in full before, "Đề án số 05-ĐA/TU", is that one: ``short.resolve``)
            mention.number = numbered_by_habit.group(1)
            if len(mention.number) >= 3:
                # else a national scheme, named by its Prime Minister's decision ("Đề án 1237", "Đề án 498": the
                # review set's annotators, 121 of 131 such names the centre's)
                mention.branch, mention.tier = "state", "central"
        return mention
    first = _WORD.match(lead)
    # a national scheme known by its name ("Đề án Văn hóa công vụ"), read once for the checks below
    known = _gazetteer_hit(lead.strip('"“ '), doc_type)
    if (
        not lead
        or lead.startswith(("nay", "so", "tren", "("))
        # (a figure opens no name, but a known scheme's short one in words: "Đề án 1 triệu héc-ta lúa", not "Đề án 06 tỷ
        # đồng")
        or (re.match(r"^\d", lead) and not _short_name_with_figure(lead, known))
        or _SCHEME_DOSSIER.match(lead)
    ):
        return None
    if not lead.startswith('"') and src.text.find(f"là {doc_type})", 0, m.start()) >= 0 and not known:
        return None  # "(sau đây gọi là Đề án)": from there on, "Đề án …" is the document itself, but a national one
    lead_at = after_start + len(folded) - len(lead)
    printed = src.text[lead_at : lead_at + first.end()].lower() if first else ""
    # (… and a known name OCR stripped of its marks opens with a word that folds like a particle: "Dé an Trong mét ty")
    if (
        first and first.group(0) in _SCHEME_NOT_NAME and printed not in _SCHEME_NAME_OPENING and not known
    ) or _SCHEME_PREDICATE.match(lead):
        return None
    if _SCHEME_PERIOD.match(lead):
        return None  # "… thực hiện Đề án giai đoạn 2021 - 2025": a bare type word and a period name none
    if lead.startswith('"'):
        q0 = after_start + (len(folded) - len(lead))
        close = folded.find('"', len(folded) - len(lead) + 1)
        stop = after_start + close + 1 if close > 0 else after_start + len(folded)
        end_nl = re.search(r"\n\s*\n", src.text[q0:stop])
        if end_nl:
            stop = q0 + end_nl.start()
    else:
        # a proper name ("Đề án Văn hóa công vụ theo Quyết định …") ends before what is said of it; a described
        # scheme runs to the sentence's end
        pattern = _SCHEME_NAME_END if src.text[lead_at].isupper() else _SENTENCE_END
        end = pattern.search(folded)
        while end and end.group("next") and not src.text[after_start + end.end()].isupper():
            end = pattern.search(folded, end.end())  # "Đề án tổng thể và chương trình …" is one name
        stop = after_start + (end.start() if end else len(folded))
        if pattern is _SENTENCE_END and (period := _SCHEME_PERIOD.search(folded, 0, stop - after_start)):
            # "dự thảo Đề án phát triển … giai đoạn 2024 - 2030 chậm nhất 20 ngày trước khi …": its period ends it
            stop = after_start + period.end()
        if (
            pattern is _SENTENCE_END
        ):  # "… về Đề án bổ sung về …, Tỉnh ủy ban hành Kế hoạch": a new clause's organ
            stop = next(
                (
                    after_start + c.start()
                    for c in _ORGAN_AFTER_COMMA.finditer(folded, 0, stop - after_start)
                    if src.text[after_start + c.end()].isupper()
                ),
                stop,
            )
        cell = _CELL_EDGE.search(
            src.text, after_start, stop
        )  # a table's cell ends a name: "|", a tab, a wide gap
        stop = cell.start() if cell else stop
        while stop > after_start and src.text[stop - 1] in " \t\n":
            stop -= 1
    name = squash(src.text[m.start() : stop])
    # two common words describe no one scheme: a column's label ("Tên tỉnh, Đề án thăm dò"), a form's box
    if len(name.split()) < (5 if src.text[lead_at].islower() else 3):
        return None
    called = name.split(None, 2)[2]
    quote = len(called) - len(called.lstrip('"“ '))
    called = called[:quote] + _sentence_case(called[quote:])  # "ĐỀ ÁN “NÂNG CAO …”" in a title in capitals
    mention = Mention(
        "named", m.start(), stop, m.start(), stop, name=f"{doc_type} {called}", doc_type=doc_type
    )
    if not known and _NATIONWIDE.search(fold_view(called)) and not _PLACE_NAMED.search(called):
        # a scheme for the whole country, or for a national body or a region of provinces, is the centre's ("Đề án tăng
        # cường công tác quản lý chất thải nhựa ở Việt Nam", "Đề án Hội Nông dân Việt Nam tham gia …"), the Party's or
        # the State's
        mention.tier = "central"
    if known:  # one node for the scheme, whatever place its implementation is said to be in ("… tại cơ quan")
        mention.name, mention.gazetteer_symbol, mention.branch, mention.tier = known[:4]
        # … and its surface is its name: "Đề án Văn hóa công vụ với việc thực hiện Kết luận số 01-KL/TW" cites two
        # (a quoted name runs to its closing mark: "Đề án “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025”")
        name_end = after_start + len(folded) - len(lead.lstrip('"“ ')) + known[4]
        if name_end < stop and not lead.startswith('"'):
            mention.end = mention.tail_end = name_end
    return mention
