"""Crafted header cases: the document's own số ký hiệu, place and date, type line and title, letterhead and
signature block, and what the header prints but cannot be read.

Expected values follow the "self" object of shared/gold/README.md and docs/data-model.md (``Header``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse_util import keys, parse, pick

DISTRICT_REPORT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN THÁP MƯỜI\nSố: 7763 /BC-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Tháp Mười, ngày 09 tháng 11 năm 2023\n\nBÁO CÁO\nKết quả thực hiện công tác dân vận chính quyền năm 2023\n\n"
    "Thực hiện Kế hoạch số 145/KH-UBND ngày 05/5/2023 của UBND huyện về công tác dân vận.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
)
PROVINCE_PLAN = (  # seed 004 layout: Markdown, a blank number and a blank day and month
    "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: /KH-UBND\n\nKiên Giang, ngày tháng năm 2024\n\n## KẾ HOẠCH\n\n"
    "### Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận năm 2024\n\n"
    "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành "
    "Kế hoạch. Kế hoạch này được triển khai đến các sở, ban, ngành.\n"
)
GARBLED_OFFICE_PLAN = (  # seed 002 layout: OCR'd number and date
    "VĂN PHÒNG UBND TỈNH ĐỒNG NAI\n Sé: %4/KH~VP Déng Nai, ngay 0§ thing 4_ nam 2024\n\nKE HOACH\n"
    "Thue hién cong tac Dan van chinh quyén nam 2024\n\n"
    "Thure hién Ké hoach sé 107/KH-UBND ngay 28/03/2024 UBND tinh Dong\nNai thuc hién cong tac Dan véan.\n"
)
PARTY_PLAN = (  # Party style: "Số" without a colon, a star under the organ
    "TỈNH ỦY HẬU GIANG\n*\nSố 15-KH/TU\nHậu Giang, ngày 20 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
    "Tổ chức học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII\n\n"
    "Thực hiện Kế hoạch số 10-KH/TW ngày 12/12/2023 của Bộ Chính trị.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
)
PARTY_REPORT_FLAT = (  # Party style, the number and the place-and-date columns on one line
    "HUYỆN ỦY HẢI LĂNG                    ĐẢNG CỘNG SẢN VIỆT NAM\n*\n"
    "Số 87-BC/HU                        Hải Lăng, ngày 15 tháng 12 năm 2023\n\nBÁO CÁO\n"
    "Kết quả công tác dân vận năm 2023\n\nThực hiện Hướng dẫn số 31-HD/BDVTW ngày 20/11/2023.\n"
)
TVPL_DECISION = (  # tvpl layout: Markdown bold around the letterhead and the number
    "**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ CẦN THƠ\n-------\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n**Số: 2666/QĐ-UBND**\n*Cần Thơ, ngày 26\ntháng 11 năm 2025*\n"
    "**QUYẾT ĐỊNH**\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n"
    "*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng\n6 năm 2010 của Chính phủ;*\n"
)

HEADERS: list[tuple[str, str, dict[str, Any]]] = [
    (  # a Party number, no colon, alone in its Markdown cell beside the place and date
        "party-number-in-a-cell",
        "| TỈNH ỦY TUYÊN QUANG | ĐẢNG CỘNG SẢN VIỆT NAM |\n|:---:|:---:|\n| **BAN TUYÊN GIÁO VÀ DÂN VẬN** | |\n"
        "| Số **18-HD/BTGDVTU** | *Tuyên Quang, ngày 28 tháng 10 năm 2025* |\n\n# HƯỚNG DẪN\n\nNội dung.\n",
        {"symbol": "18-HD/BTGDVTU", "date": "2025-10-28"},
    ),
    (  # the body the letterhead names more fully than the code's organ
        "bloc-party-committee",
        "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nSố 318-BC/ĐUK\nNghệ An, ngày 16 tháng 7 năm 2024\n"
        "BÁO CÁO\nsơ kết công tác năm 2024\n",
        {"issuer": "Đảng ủy Khối các cơ quan tỉnh Nghệ An", "branch": "party", "tier": "province"},
    ),
    (  # the Government's enacting line under the title is no part of it
        "government-resolution-title",
        "CHÍNH PHỦ\n\nSố: 377/NQ-CP\nHà Nội, ngày 21 tháng 11 năm 2025\n\nNGHỊ QUYẾT\nVỀ DỰ ÁN PHÁP LỆNH SỬA ĐỔI, BỔ "
        "SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CẢNH SÁT MÔI TRƯỜNG\n_____________\nCHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ "
        "ngày 18 tháng 02 năm 2025;\n",
        {"title": "VỀ DỰ ÁN PHÁP LỆNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH CẢNH SÁT MÔI TRƯỜNG"}
        | {"issuer": "Chính phủ", "symbol": "377/NQ-CP"},
    ),
    (  # a commune's Party committee under its district's: the district and the province it names
        "commune-party-report",
        "ĐẢNG BỘ HUYỆN PHÙ CÁT                 ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ CÁT HANH\n        *                    "
        "Cát Hanh, ngày 05 tháng 6 năm 2025\nSố 87-BC/ĐU\n\nBÁO CÁO\nKết quả thực hiện nghị quyết 6 tháng đầu năm 2025\n",
        {"issuer": "Đảng ủy xã Cát Hanh", "tier": "commune", "district": "Phù Cát", "province": "Bình Định"}
        | {"jurisdiction": "Phù Cát, Bình Định"},
    ),
    (
        "district-report",
        DISTRICT_REPORT,
        {"symbol": "7763/BC-UBND", "number": "7763", "type_code": "BC", "doc_type": "Báo cáo"}
        | {"date": "2023-11-09", "year": 2023, "place": "Tháp Mười", "branch": "state", "tier": "district"}
        | {"district": "Tháp Mười", "title": "Kết quả thực hiện công tác dân vận chính quyền năm 2023"},
    ),
    (
        "district-report-issuer",
        DISTRICT_REPORT,
        {
            "issuer": "Ủy ban nhân dân huyện Tháp Mười",
            "jurisdiction": "Tháp Mười, Đồng Tháp",
            "province": "Đồng Tháp",
        },
    ),
    (
        "province-plan",
        PROVINCE_PLAN,
        {"symbol": "?/KH-UBND", "doc_type": "Kế hoạch", "date": None, "year": 2024}
        | {"issuer": "Ủy ban nhân dân tỉnh Kiên Giang", "jurisdiction": "Kiên Giang", "tier": "province"}
        | {
            "title": "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận năm 2024"
        },
    ),
    (
        "garbled-number",
        GARBLED_OFFICE_PLAN,
        {
            "symbol": "?4/KH-VP",
            "doc_type": "Kế hoạch",
            "year": 2024,
            "jurisdiction": "Đồng Nai",
            "tier": "province",
        },
    ),
    (
        "party-plan",
        PARTY_PLAN,
        {
            "symbol": "15-KH/TU",
            "doc_type": "Kế hoạch",
            "date": "2024-03-20",
            "branch": "party",
            "tier": "province",
        }
        | {"jurisdiction": "Hậu Giang", "place": "Hậu Giang"},
    ),
    ("party-plan-issuer", PARTY_PLAN, {"issuer": "Tỉnh ủy Hậu Giang"}),
    (
        "tvpl-markdown",
        TVPL_DECISION,
        {"symbol": "2666/QĐ-UBND", "doc_type": "Quyết định", "date": "2025-11-26", "place": "Cần Thơ"}
        | {"jurisdiction": "Cần Thơ", "tier": "province"},
    ),
    ("tvpl-markdown-issuer", TVPL_DECISION, {"issuer": "Ủy ban nhân dân thành phố Cần Thơ"}),
    (  # the place-and-date line without its comma
        "no-comma",
        "CHÍNH PHỦ\nSố: 386/NQ-CP\nHà Nội ngày 01 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề việc X\n",
        {"symbol": "386/NQ-CP", "date": "2025-12-01", "place": "Hà Nội"},
    ),
    (  # an e-signature stamp above the letterhead is no title, its marks lost or not
        "stamp-first",
        "Ky bởi: Tổng cục Thuế\n\nTỔNG CỤC THUẾ\nSố: 769/TCT-TTKT Hà Nội, ngày 17 tháng 3 năm 2022\nVW thực hiện chống "
        "thất thu\n",
        {"symbol": "769/TCT-TTKT", "title": None, "issuer": "Tổng cục Thuế"},
    ),
    (  # signs OCR printed glued to the number stand for digits it could not read; a speck does not
        "glued-sign",
        "TỔNG CỤC THUẾ\nSố: #49 /TCT-TTKT Hà Nội, ngày 17 tháng 3 năm 2022\nV/v thực hiện chống thất thu\n",
        {"symbol": "?49/TCT-TTKT", "number": None, "unread": ("number",)},
    ),
    ("glued-digits", "BỘ Y TẾ\nSố:2#37 /QĐ-BYT Hà Nội, ngày 2 tháng 4 năm 2022\n", {"symbol": "2?37/QĐ-BYT"}),
    (
        "speck",
        "TỔNG CỤC THUẾ\n8é:.2953 /TCT-TTKT Hà Nội, ngày 6 tháng 9 năm 2021\n",
        {"symbol": "2953/TCT-TTKT"},
    ),
    (  # a quote OCR printed before the subject line; an "&" in an unreadable number's organ code
        "quoted-subject",
        "CỤC THUẾ TP HẢI PHÒNG\nSố: #Z#' /CT-TT&HT Hải Phòng, ngày 21 tháng 3 năm 2019\n\n‘V/y giải đáp chính sách "
        "thuế\n",
        {"symbol": "???/CT-TT&HT", "doc_type": "Công văn", "title": "giải đáp chính sách thuế"},
    ),
    (  # the authority line of a department's decision is no part of its title
        "authority-line",
        "SỞ TÀI CHÍNH\nSố: 12/QĐ-STC\nQuảng Ngãi, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm "
        "việc\nGIÁM ĐỐC SỞ TÀI CHÍNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
        {"symbol": "12/QĐ-STC", "title": "Về việc ban hành Quy chế làm việc"},
    ),
    (  # a ministry's Party committee, which signs ĐU as a commune's does, is of the ministry's level (review set 176)
        "ministry-party-committee",
        "ĐẢNG BỘ CHÍNH PHỦ                              ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY BỘ Y TẾ\n       *\nSố 09-HD/ĐU"
        "                                  Hà Nội, ngày 16 tháng 6 năm 2025\n\n                              HƯỚNG DẪN\n",
        {"issuer": "Đảng ủy Bộ Y tế", "branch": "party", "tier": "central"},
    ),
    (  # … but not a sentence of the body that happens to hold a date
        "no-comma-sentence",
        "CHÍNH PHỦ\nSố: 386/NQ-CP\nNGHỊ QUYẾT\nHội nghị họp ngày 01 tháng 12 năm 2025\n",
        {"symbol": "386/NQ-CP", "date": None},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), HEADERS, ids=[h[0] for h in HEADERS])
def test_header_fields(name: str, text: str, expected: dict[str, Any]) -> None:
    """The header's number line, place-and-date line, type line, title and letterhead are read."""
    assert pick(parse(text).header, expected) == expected


def test_title_stops_before_the_preamble() -> None:
    """The title under the type line ends where the 'Căn cứ' preamble begins (casing aside: it is printed
    in capitals)."""
    title = parse(TVPL_DECISION).header.title
    assert title is not None and title.casefold() == "về việc công bố danh mục thủ tục hành chính"


@pytest.mark.parametrize(("text", "unread"), [(PROVINCE_PLAN, "number"), (GARBLED_OFFICE_PLAN, "number")])
def test_unreadable_header_fields_are_named(text: str, unread: str) -> None:
    """A blank or garbled number is flagged in ``unread`` so a reader knows the '?' is not a digit."""
    assert unread in parse(text).header.unread


@pytest.mark.parametrize(
    ("unit", "place", "issuer", "jurisdiction"),
    [
        ("XÃ DIỄN CHÂU", "Diễn Châu", "Ủy ban nhân dân xã Diễn Châu", None),
        ("HUYỆN DIỄN CHÂU", "Vinh", "Ủy ban nhân dân huyện Diễn Châu", "Diễn Châu, Nghệ An"),
    ],
    ids=["commune", "district-dated-at-the-city"],
)
def test_the_letterhead_names_the_local_unit(
    unit: str, place: str, issuer: str, jurisdiction: str | None
) -> None:
    """The letterhead's second line names the commune or district; a district's documents may be dated at the
    province's city ("Vinh, ngày …"), which is not their district."""
    header = parse(
        f"ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   {unit}                     Độc lập - "
        f"Tự do - Hạnh phúc\n\nSố: 215/BC-UBND               {place}, ngày 28 tháng 11 năm 2025\nBÁO CÁO\n"
        "Kết quả công tác năm 2025\n\nNội dung.\n"
    ).header
    assert header.issuer == issuer
    if jurisdiction:
        assert header.jurisdiction == jurisdiction


def test_a_digit_ocr_could_not_read_in_the_number_line() -> None:
    """ "Số: 456? /TCT-DNNCN": the symbol keeps "?" for the digit, the number is unread, the organs are read."""
    header = parse(
        "TỔNG CỤC THUẾ\nSố: 456? /TCT-DNNCN Hà Nội, ngày 12 tháng 4 năm 2020\n\nKính gửi: Cục Thuế"
    ).header
    assert (header.symbol, header.number, header.issuer_codes) == ("456?/TCT-DNNCN", None, ("TCT", "DNNCN"))
    assert "number" in header.unread


def test_a_party_style_number_beside_the_other_columns_motto_is_the_documents_own() -> None:
    """ "Số 28-KHLT/BTGTU-SVHTTDL      ĐẢNG CỘNG SẢN VIỆT NAM": a two-column head puts the motto on the number's line; the
    number is still the document's own, no citation."""
    doc = parse(
        "TỈNH ỦY THANH HÓA                 ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nBAN TUYÊN GIÁO          SỞ VĂN HÓA, THỂ THAO VÀ"
        " DU LỊCH\n       *\nSố 28-KHLT/BTGTU-SVHTTDL                ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "                  Thanh Hóa, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH LIÊN TỊCH\nTriển khai thực hiện Kết luận số "
        "76-KL/TW ngày 04/6/2020 của Bộ Chính trị\n"
    )
    assert doc.header.symbol == "28-KHLT/BTGTU-SVHTTDL"
    assert [c.symbol for c in doc.citations] == ["76-KL/TW"]


def test_ocrs_semicolon_for_the_number_lines_colon() -> None:
    """ "sé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018": OCR's "sé;" is "Số:", though the date beside it is
    spoiled; a line that only ends in ";" after "số …" in a preamble is no number line."""
    doc = parse(
        "TONG CUC HAI QUAN Độc lập - Tự do - Hạnh phúc\nsé; 5452 /TCHQ-GSQL Hà Nội, ngày { 0tháng 9 năm 2018\n"
        "V/v vướng mắc Nghị định số 69/2018/NĐ-CP.\n"
    )
    assert (doc.header.symbol, keys(doc)) == ("5452/TCHQ-GSQL", ["69/2018/NĐ-CP"])


@pytest.mark.parametrize(
    "issuing",
    [
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY\n",
        "CỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\n",
        "HỘI NGHỊ LẦN THỨ MƯỜI BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n",
    ],
)
def test_a_party_documents_issuing_line_under_its_type_line_is_no_part_of_its_title(issuing: str) -> None:
    """ "NGHỊ QUYẾT⏎CỦA BAN THƯỜNG VỤ TỈNH ỦY⏎về …": the title is "về …"; undated, its horizon ("đến năm 2025") is no
    year of its own."""
    header = parse(
        f"ĐẢNG BỘ TỈNH THÁI BÌNH\nBAN THƯỜNG VỤ TỈNH ỦY\nSố 12-NQ/TU\nNGHỊ QUYẾT\n{issuing}"
        "về chuyển đổi số tỉnh Thái Bình đến năm 2025\n\nNội dung.\n"
    ).header
    assert (header.title, header.year) == ("về chuyển đổi số tỉnh Thái Bình đến năm 2025", None)


def test_a_notices_issuing_line_is_its_title() -> None:
    """ "THÔNG BÁO⏎KẾT LUẬN CỦA ĐỒNG CHÍ TỔNG BÍ THƯ⏎TẠI BUỔI LÀM VIỆC …": no "về" follows, the lines are the title."""
    header = parse(
        "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 432-TB/VPTW\nTHÔNG BÁO\nCỦA ĐỒNG CHÍ TỔNG BÍ THƯ\nTẠI BUỔI LÀM VIỆC VỚI TỈNH\n\nNội dung.\n"
    ).header
    assert header.title == "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI TỈNH"


def test_a_garbled_number_keeps_its_organs_reading() -> None:
    """ "Số:446J/CT-TTHT": the number is unread, and its parts read as a whole symbol's: the Cục Thuế's letter
    (CT is its code here, no Chỉ thị's)."""
    header = parse(
        "CỤC THUE TP HA NOI Độc lập - Tự do - Hanh phúc\nSố:446J/CT-TTHT Ha Nội, ngày 0 tháng 4 năm 2018\n"
        "V/v khẩu trừ thuế TTĐB\n\nKính gửi: Công ty TNHH A\n"
    ).header
    assert (header.type_code, header.issuer_codes, header.doc_type) == (None, ("CT", "TTHT"), "Công văn")


def test_signature_block_gives_the_issuer_when_there_is_no_letterhead() -> None:
    """'TM. ỦY BAN NHÂN DÂN' at the end says who issued the document."""
    text = (
        "KẾ HOẠCH\nThực hiện công tác dân vận chính quyền năm 2024\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    )
    header = parse(text).header
    assert (header.doc_type, header.branch) == ("Kế hoạch", "state")
    assert header.issuer is not None and header.issuer.startswith("Ủy ban nhân dân")


LETTER_WITHOUT_LETTERHEAD = (  # a web page's copy of a letter: no "Số:" line, its number only under the annex
    "**Kính gửi:** Sở Tài chính.\n\nThực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ, "
    "Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau: giao Sở Tài chính thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, (ĐT-PVH)\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Bùi Minh Thạnh**\n"
    "**Phụ lục:**\n**Danh mục dự án**\n*(kèm\ntheo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban "
    "nhân dân Thành phố)*\n| STT | Dự án |\n"
)


@pytest.mark.parametrize(
    ("annex", "own"),
    [
        ("*(kèm\ntheo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025)*", "4001/UBND-ĐT"),
        ("(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12 năm 2025)", "174/CV-BCĐ"),
        (
            "(Kèm theo Thông tư số 86/2024/TT-BTC ngày 23/12/2024)",
            None,
        ),  # a circular's annex may be another's
    ],
    ids=["letter", "cv-code", "circular"],
)
def test_a_letters_annex_caption_names_the_letter(annex: str, own: str | None) -> None:
    """A letter copied without its letterhead is named by the caption of the annex after its signature: that is
    its number and date, and no citation."""
    text = LETTER_WITHOUT_LETTERHEAD.replace(
        "*(kèm\ntheo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)*",
        annex,
    )
    doc = parse(text)
    assert (doc.header.symbol, doc.header.date is not None) == (own, own is not None)
    assert keys(doc) == ["66.4/2025/NQ-CP"] + ([] if own else ["86/2024/TT-BTC"])


@pytest.mark.parametrize("heading", ["PHỤ LỤC I\n", "Phụ lục VIII\nHƯỚNG DẪN KÊ KHAI C/O\n", ""])
def test_a_text_that_opens_with_an_annex_caption_is_that_documents_annex(heading: str) -> None:
    """ "PHỤ LỤC I⏎(Kèm theo Nghị định số 151/2025/NĐ-CP …)" at the top of a file: the file is the decree's annex, so
    the decree is its identity and no citation; the caption's closing bracket is no part of the title."""
    doc = parse(
        f"{heading}(Ban hành kèm theo Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về "
        "phân quyền, phân cấp trong lĩnh vực đất đai)\nTrình tự thực hiện theo Luật Đất đai số 31/2024/QH15.\n"
    )
    h = doc.header
    assert (h.symbol, h.doc_type, h.date, h.issuer, h.title) == (
        "151/2025/NĐ-CP",
        "Nghị định",
        "2025-06-12",
        "Chính phủ",
        "quy định về phân quyền, phân cấp trong lĩnh vực đất đai",
    )
    assert keys(doc) == ["31/2024/QH15"]


def test_an_annex_caption_under_a_body_of_text_names_no_identity() -> None:
    """The same caption after the text has begun quotes a form of another document: it stays a citation."""
    doc = parse(
        "Công ty ABC hỏi về thủ tục khai thuế đối với hàng hóa nhập khẩu theo hợp đồng.\nNội dung trả lời như sau.\n"
        "Theo mẫu sau đây.\nĐề nghị Công ty thực hiện.\nCục Thuế trả lời.\nCác nội dung khác.\nMẫu số 01\n"
        "(Kèm theo Thông tư số 86/2024/TT-BTC ngày 23/12/2024 của Bộ Tài chính)\n"
    )
    assert (doc.header.symbol, keys(doc)) == (None, ["86/2024/TT-BTC"])


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (DISTRICT_REPORT, "7763/BC-UBND"),
        (PARTY_PLAN, "15-KH/TU"),
        (TVPL_DECISION, "2666/QĐ-UBND"),
        (PARTY_REPORT_FLAT, "87-BC/HU"),
        (
            "CHÍNH PHỦ_______ Số: 172/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh "
            "phúc________________________ Hà Nội, ngày 30 tháng 6 năm 2025 |\n\n**NGHỊ ĐỊNH**\n\n**Quy định về xử lý kỷ "
            "luật cán bộ, công chức**\n\n*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n",
            "172/2025/NĐ-CP",
        ),
    ],
    ids=["district-report", "party-plan", "tvpl-markdown", "party-flattened", "rule-then-number"],
)
def test_own_number_is_not_a_citation(text: str, own: str) -> None:
    """The 'Số:' line is the document's own identity, a self-reference, not a cited document."""
    doc = parse(text)
    assert own not in keys(doc)
    assert doc.header.symbol == own


def test_a_web_pages_title_above_the_number_line_names_the_document_itself() -> None:
    """ "# Chương trình hành động số 35-CTr/TU … thực hiện Nghị quyết số 57-NQ/TW" above the letterhead: the page's
    title is the document's own; what it carries out is carried out, with no link from the document to it."""
    doc = parse(
        "# Chương trình hành động số 35-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\n"
        "**TỈNH ỦY HÀ TĨNH**\nSố 35-CTr/TU\n*Hà Tĩnh, ngày 20 tháng 3 năm 2025*\n\n## CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    )
    assert [(c.symbol, c.relation) for c in doc.citations] == [("57-NQ/TW", "implements")]
    assert (doc.header.symbol, doc.links) == ("35-CTr/TU", ())


@pytest.mark.parametrize(
    ("head", "issuer", "tier"),
    [
        ("ỦY BAN NHÂN DÂN\nXÃ EA KAR\nSố: 412/UBND-VP\n", "Ủy ban nhân dân xã Ea Kar", "commune"),
        ("UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\nSố: 1985/SNV-VP\n", "Sở Nội vụ tỉnh Đắk Lắk", "province"),
    ],
)
def test_a_letters_drafting_office_is_not_its_issuer(head: str, issuer: str, tier: str) -> None:
    """ "412/UBND-VP": the commune's letter, drafted by its office (VP); not the province's Văn phòng UBND."""
    header = parse(head + "V/v triển khai Chỉ thị số 24/CT-TTg\n").header
    assert (header.issuer, header.tier) == (issuer, tier)


def test_a_quotation_over_several_lines_does_not_give_the_letter_its_type() -> None:
    """A tax letter quoting "… ban hành kèm theo Thông tư này" on the quotation's second line is no circular."""
    doc = parse(
        "Trả lời công văn số 4542/CT-KTT2 ngày 11/6/2009 của Cục Thuế, Tổng cục Thuế có ý kiến như sau: theo Thông tư "
        "số 60/2007/TT-BTC ngày 14/6/2007 của Bộ Tài chính thì:\n“Hồ sơ hoàn thuế theo Hiệp định gồm:\n- Văn bản đề "
        "nghị hoàn thuế theo Mẫu số 02/HTBT ban hành kèm theo Thông tư này.”\n"
    )
    assert doc.header.doc_type is None


def test_a_gazettes_masthead_above_the_letterhead_is_not_the_number_line() -> None:
    doc = parse(
        "CÔNG BÁO\nSố 512 + 513          Ngày 20 tháng 11 năm 2025\nBỘ TÀI CHÍNH\nSố: 86/2025/TT-BTC      Hà Nội, ngày 31 "
        "tháng 10 năm 2025\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n"
    )
    assert (doc.header.symbol, doc.header.date) == ("86/2025/TT-BTC", "2025-10-31")
    assert keys(doc) == ["80/2021/TT-BTC"]


def test_the_number_line_of_a_document_printed_after_the_first_is_no_citation() -> None:
    """A decision and the regulation it issues in one file: the regulation's own "Số 15-QĐi/TU … ngày …" line above
    its type line is no citation; its number cited in a sentence ("kèm theo Quyết định⏎số 1450-QĐ/TU") is one."""
    doc = parse(
        "TỈNH ỦY THANH HÓA\nSố 1450-QĐ/TU        Thanh Hóa, ngày 12 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\nban hành Quy định "
        "về tiếp dân\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về tiếp dân.\n\nTỈNH ỦY THANH HÓA\n"
        "Số 15-QĐi/TU         Thanh Hóa, ngày 12 tháng 3 năm 2024\n\nQUY ĐỊNH\nvề tiếp dân\n(kèm theo Quyết định\n"
        "số 1450-QĐ/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy)\n\nĐiều 1. Quy định này cụ thể hóa Quy định số "
        "11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị.\n"
    )
    assert doc.header.symbol == "1450-QĐ/TU"
    assert keys(doc) == ["11-QĐi/TW"]  # the annex's "kèm theo" names the decision itself


def test_letterhead_above_the_type_line_wins_over_an_organ_in_the_title() -> None:
    """The title in capitals names the Government; the document is the province's own plan."""
    text = (
        "**ỦY BAN NHÂN DÂN**\nTỈNH ĐỒNG THÁP\n-------\nSố: 556/KH-UBND\n*Đồng Tháp, ngày\n19 tháng 11 năm 2025*\n\n"
        "**KẾ HOẠCH**\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH\nPHỦ PHÊ DUYỆT CHIẾN LƯỢC\n\n"
        "Căn cứ Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ."
    )
    header = parse(text).header
    assert (header.issuer, header.tier, header.province) == (
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "province",
        "Đồng Tháp",
    )


@pytest.mark.parametrize(
    ("lower", "type_line", "issuer"),
    [
        ("THANH TRA TỈNH", "KẾT LUẬN THANH TRA", "Thanh tra tỉnh Quảng Nam"),
        ("SỞ NỘI VỤ", "BÁO CÁO", "Sở Nội vụ tỉnh Quảng Nam"),
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "KẾT LUẬN KIỂM TRA", "Ủy ban nhân dân tỉnh Quảng Nam"),
    ],
)
def test_the_body_under_the_provinces_line_of_the_letterhead_issues_it(
    lower: str, type_line: str, issuer: str
) -> None:
    """An inspectorate or a department under the province's name, its symbol's code unlisted ("45/KL-TTr"): the lower
    line is the issuer, and "KẾT LUẬN THANH TRA" is a type line with its title under it."""
    text = (
        f"UBND TỈNH QUẢNG NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{lower}\n"
        "Số: 45/KL-TTr                          Quảng Nam, ngày 12 tháng 8 năm 2024\n\n"
        f"{type_line}\nViệc chấp hành pháp luật về quản lý đất đai tại UBND huyện Núi Thành\n\n"
        "Thực hiện Quyết định số 112/QĐ-TTr ngày 02/4/2024 của Chánh Thanh tra tỉnh về thanh tra.\n"
    )
    header = parse(text).header
    assert (header.issuer, header.tier, header.title) == (
        issuer,
        "province",
        "Việc chấp hành pháp luật về quản lý đất đai tại UBND huyện Núi Thành",
    )


def test_a_mass_organisations_local_office_under_the_provinces_issues_it() -> None:
    """ "HỘI LHPN TỈNH HẢI DƯƠNG⏎HỘI LHPN HUYỆN CẨM GIÀNG", numbered "52/BC-HPN" (the code every local Women's Union
    signs with): the district's union issues it, and a bare "UBND" plan it carries out is the district's."""
    doc = parse(
        "HỘI LHPN TỈNH HẢI DƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI LHPN HUYỆN CẨM GIÀNG\n\n"
        "Số: 52/BC-HPN                                Cẩm Giàng, ngày 16 tháng 12 năm 2024\n\nBÁO CÁO\n"
        "Kết quả công tác Hội năm 2024\n\nThực hiện Kế hoạch số 88/KH-UBND ngày 12/3/2024 về bình đẳng giới.\n"
    )
    assert (doc.header.issuer, doc.header.branch, doc.header.tier) == (
        "Hội Liên hiệp Phụ nữ huyện Cẩm Giàng",
        "joint",
        "district",
    )
    assert [c.tier for c in doc.citations] == ["district"]


@pytest.mark.parametrize(
    ("letterhead", "issuer", "tier"),
    [
        (
            "CỤC THUẾ TỈNH ĐỒNG THÁP\nCHI CỤC THUẾ KHU VỰC THÁP MƯỜI - TAM NÔNG\nSố: 1086/CCTKV-NVDTPC",
            "Chi cục Thuế khu vực",
            "district",
        ),
        (
            "HỘI LHPN HUYỆN CHÂU THÀNH\nBAN CHẤP HÀNH HỘI LHPN XÃ AN HIỆP\nSố: 01/KH-HPN",
            "Ban Chấp hành Hội Liên hiệp Phụ nữ xã",
            "commune",
        ),
    ],
)
def test_the_lower_body_of_a_two_line_letterhead_issues_it(letterhead: str, issuer: str, tier: str) -> None:
    """A regional tax office under the province's Cục Thuế, a commune union's executive committee under the district's
    union: the lower line issues the document, at its own level."""
    header = parse(
        f"{letterhead}\nV/v chính sách thuế          Tháp Mười, ngày 14 tháng 5 năm 2024\n\nNội dung.\n"
    ).header
    assert header.issuer is not None and header.issuer.startswith(issuer)
    assert header.tier == tier


def test_title_stops_at_the_rule_under_it() -> None:
    """A Party conclusion's title is followed by a rule ("-----") and then the body."""
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố: 221-KL/TW\nHà Nội, ngày 28 tháng 11 năm 2025\n\nKẾT LUẬN\n"
        "CỦA BỘ CHÍNH TRỊ VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP\n-----\n"
        "Tại phiên họp ngày 28/11/2025, sau khi nghe Báo cáo, Bộ Chính trị kết luận như sau."
    )
    assert (
        parse(text).header.title == "CỦA BỘ CHÍNH TRỊ VỀ TÌNH HÌNH HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG 2 CẤP"
    )


@pytest.mark.parametrize(
    ("letterhead", "issuer", "tier", "province"),
    [
        (  # two columns flattened onto one line each: the organ is the left column; the district is known
            "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN HẢI LĂNG                    Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 126/BC-UBND            Hải Lăng, ngày 28 tháng 11 năm 2024\n",
            "Ủy ban nhân dân huyện Hải Lăng",
            "district",
            "Quảng Trị",
        ),
        (
            "ỦY BAN NHÂN DÂN\nXÃ TRIỆU PHƯỚC\n\nSố: 126/BC-UBND\n\nTriệu Phước, ngày 28 tháng 11 năm 2024\n",
            "Ủy ban nhân dân xã Triệu Phước",
            "commune",
            None,
        ),
        (  # the issuing body stands under its superior
            "UBND TỈNH ĐỒNG THÁP\nUBND HUYỆN THÁP MƯỜI\n\nSố: 7763/BC-UBND\n\nTháp Mười, ngày 09 tháng 11 năm 2023\n",
            "Ủy ban nhân dân huyện Tháp Mười",
            "district",
            "Đồng Tháp",
        ),
        (
            "UBND HUYỆN LONG ĐIỀN\nUBND XÃ PHƯỚC HƯNG\n\nSố: 35/BC-UBND\n\nPhước Hưng, ngày 25 tháng 3 năm 2024\n",
            "Ủy ban nhân dân xã Phước Hưng",
            "commune",
            None,
        ),
    ],
    ids=["district-two-columns", "commune", "district-under-province", "commune-under-district"],
)
def test_a_local_letterhead_gives_a_bare_ubnd_citation_its_level(
    letterhead: str, issuer: str, tier: str, province: str | None
) -> None:
    doc = parse(
        f"{letterhead}\nBÁO CÁO\nKết quả năm 2024\n\nQuyết định số 58/QĐ-UBND ngày 15/10/2024 về việc kiện toàn "
        "Ban Chỉ đạo đã phát huy hiệu quả.\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.province) == (issuer, tier, province)
    assert [c.tier for c in doc.citations] == [tier]


def test_a_joint_type_line_names_the_type_and_the_title_follows() -> None:
    """ "CHƯƠNG TRÌNH PHỐI HỢP" is a Chương trình, "THÔNG TƯ LIÊN TỊCH" its own type; the title is the next line."""
    head = (
        "BAN DÂN VẬN TỈNH ỦY HẬU GIANG                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Số 12-CTr/BDVTU-BCSĐUBND                  Hậu Giang, ngày 18 tháng 3 năm 2024\n\n"
    )
    doc = parse(
        f"{head}CHƯƠNG TRÌNH PHỐI HỢP\nthực hiện công tác dân vận chính quyền\n\nCăn cứ Điều lệ Đảng;\n"
    )
    assert (doc.header.doc_type, doc.header.title) == (
        "Chương trình",
        "thực hiện công tác dân vận chính quyền",
    )
    doc = parse(
        "BỘ TÀI CHÍNH\nSố: 12/2016/TTLT-BTC-BLĐTBXH\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện chính sách\n"
    )
    assert doc.header.doc_type == "Thông tư liên tịch"
    joint = parse(
        "| **TỈNH ỦY SÓC TRĂNG** <br> **BAN DÂN VẬN** <br> **SỞ NỘI VỤ** | **ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n"
        "| Số: 07-KHLT/BDVTU-SNV | *Sóc Trăng, ngày 12 tháng 3 năm 2024* |\n\n**KẾ HOẠCH LIÊN TỊCH**\n"
    )
    assert (joint.header.symbol, joint.header.branch, joint.header.issuer) == (
        "07-KHLT/BDVTU-SNV",
        "joint",
        "Ban Dân vận Tỉnh ủy và Sở Nội vụ tỉnh Sóc Trăng",
    )  # a Party and a State body, both its issuers


def test_a_joint_symbols_bodies_issue_it_and_a_letters_unit_does_not() -> None:
    """ "215-BC/BDVTU-BCSĐUBND": the Ban Dân vận and the Ban cán sự đảng; "42582/BTC-TCT": the ministry alone."""
    report = parse(
        "ĐẢNG BỘ TỈNH PHÚ YÊN\nBAN DÂN VẬN TỈNH ỦY - BAN CÁN SỰ ĐẢNG UBND TỈNH\nSố 215-BC/BDVTU-BCSĐUBND        "
        "Phú Yên, ngày 10 tháng 12 năm 2024\nBÁO CÁO\nkết quả thực hiện công tác dân vận chính quyền năm 2024\n"
    )
    assert (report.header.issuer, report.header.branch) == (
        "Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh Phú Yên",
        "party",
    )
    letter = parse(
        "BỘ TÀI CHÍNH\nSố: 42582/BTC-TCT\nV/v hoàn thuế GTGT\n\nHà Nội, ngày 05 tháng 11 năm 2021\n"
    )
    assert letter.header.issuer == "Bộ Tài chính"


def test_an_annex_names_the_document_it_belongs_to() -> None:
    """ "(Ban hành kèm Nghị quyết số 66/2025/NQ-HĐND …)", "(Ban hành kèm⏎theo Quyết định …)": the document itself;
    the resolution it amends, named in the annex's subtitle, is still amended."""
    doc = parse(
        "**HỘI ĐỒNG NHÂN DÂN**\nTHÀNH PHỐ HÀ NỘI\nSố: 66/2025/NQ-HĐND\n*Hà Nội, ngày 27 tháng 11 năm 2025*\n\n"
        "**NGHỊ QUYẾT**\n\nVỀ VIỆC SỬA ĐỔI QUY ĐỊNH VỀ PHÍ THAM QUAN\n\n*Căn cứ Luật Phí và lệ phí số 97/2015/QH13;*\n\n"
        "**PHỤ LỤC**\n\n*(Ban hành kèm Nghị quyết số 66/2025/NQ-HĐND về việc sửa đổi, bổ sung quy định về phí tham "
        "quan tại Nghị quyết số 16/2023/NQ-HĐND ngày 06 tháng 12 năm 2023 của Hội đồng nhân dân thành phố Hà Nội)*\n"
    )
    assert [(c.symbol, c.relation) for c in doc.citations] == [
        ("97/2015/QH13", "based_on"),
        ("16/2023/NQ-HĐND", "amends"),
    ]


def test_a_letterhead_with_the_motto_run_onto_its_line() -> None:
    """OCR runs the two columns together with one space ("HUYEN LONG THANH Déc lap - Tu do - Hanh phuc"): the
    organ is still read, and the signature "TM. UY BAN NHAN DAN" does not make the plan provincial."""
    doc = parse(
        "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN LONG THANH Déc lap - Tu do - Hanh phuc\n"
        " Sé: %9/KH~UBND Long Thanh, ngay 1§ thing 9_ nam 2023\n\nKE HOACH\nThue hién cong tac dan van nam 2023\n\n"
        "Thure hién Ké hoach s6 63/KH-UBND ngay 24/02/2023 cua UBND tinh Déng Nai.\n\nTM. UY BAN NHAN DAN\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.district) == (
        "Ủy ban nhân dân huyện Long Thành",
        "district",
        "Long Thành",
    )


def test_a_markdown_cells_line_breaks_are_the_letterheads_lines() -> None:
    """ "| **ỦY BAN NHÂN DÂN** <br> **HUYỆN MỸ TÚ** |": the cell's second line gives the level, and a bare UBND
    symbol in the text takes it."""
    doc = parse(
        "| **ỦY BAN NHÂN DÂN** <br> **HUYỆN MỸ TÚ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
        "| Số: 286/BC-UBND | *Mỹ Tú, ngày 20 tháng 11 năm 2024* |\n\n**BÁO CÁO**\n\n"
        "Ban Chỉ đạo huyện phân công thành viên theo Quyết định số 2315/QĐ-UBND ngày 19/8/2024.\n"
    )
    assert doc.header.tier == "district"
    assert [(c.symbol, c.tier) for c in doc.citations] == [("2315/QĐ-UBND", "district")]


@pytest.mark.parametrize(
    "line",
    [
        "        Số : 8836/CT-TTHT                  TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2013",
        "86: 8836 /CT-TTHT Hà Nội, ngày 30 tháng 10 năm 2013",
        "    s 8836/CT-TTHT",
    ],
    ids=["indented", "ocr-so", "bare-s"],
)
def test_the_number_line_indented_or_ocr_damaged_is_the_documents_own(line: str) -> None:
    """A centred layout indents "Số :"; OCR reads "Số:" as "86:", "$6:" or a bare "s". The letter's own number is no
    citation."""
    doc = parse(
        f"CỤC THUẾ TP HỒ CHÍ MINH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{line}\nKính gửi: Công ty TNHH A\n"
    )
    assert (doc.header.symbol, doc.citations) == ("8836/CT-TTHT", ())


@pytest.mark.parametrize(
    ("number", "symbol"),
    [
        ("Số: 3783/QĐ-\nUBND", "3783/QĐ-UBND"),
        ("Số: 01/2022/TTLT-VKSNDTC- \nTANDTC-BCA", "01/2022/TTLT-VKSNDTC-TANDTC-BCA"),
    ],
    ids=["state", "joint"],
)
def test_a_number_wrapped_by_a_narrow_column_is_read_whole(number: str, symbol: str) -> None:
    """Web copies keep the letterhead's narrow column: the symbol wraps after a hyphen onto the next line."""
    doc = parse(
        f"**ỦY BAN NHÂN\nDÂN**\n**TỈNH NGHỆ AN**\n--------\n{number}\n*Nghệ An, ngày\n20 tháng 11 năm 2025*\n"
        "**QUYẾT ĐỊNH**\nVề việc công bố danh mục\n"
    )
    assert (doc.header.symbol, doc.citations) == (symbol, ())


def test_a_plan_without_its_letterhead_says_who_issues_it() -> None:
    """A Markdown export without the letterhead: "Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch …" and the
    place line give the district, not the province of a plan it cites; a bare UBND citation is then the district's."""
    doc = parse(
        "Số: /KH-UBND\n\nChâu Thành, ngày tháng năm 2024\n\n## KẾ HOẠCH\n\n### Thực hiện công tác dân vận năm 2024\n\n"
        "Thực hiện Kế hoạch số 41/KH-UBND ngày 29/01/2024 của Ủy ban nhân dân tỉnh Tiền Giang;\n\nỦy ban nhân dân "
        "huyện Châu Thành ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm 2024 như sau:\n\n"
        "1. Các xã triển khai Kế hoạch số 12/KH-UBND ngày 5/2/2024.\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.jurisdiction) == (
        "Ủy ban nhân dân huyện Châu Thành",
        "district",
        "Châu Thành, Tiền Giang",
    )
    assert [c.tier for c in doc.citations] == ["province", "district"]


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        (
            "V/v triển khai thực hiện Thông tư số 06/2024/TT-BNV\ncủa Bộ Nội vụ\n",
            "triển khai thực hiện Thông tư số 06/2024/TT-BNV của Bộ Nội vụ",
        ),
        ("          V/v: Hoàn thuế theo Hiệp định.\n", "Hoàn thuế theo Hiệp định."),
        ("V/v giải đáp một số quy định Hà Nội, ngay30 tháng 9 năm 2015\n", "giải đáp một số quy định"),
        ("V/v chính sách thuế      TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2013\n", "chính sách thuế"),
    ],
    ids=["wrapped", "indented", "place-date-on-its-line", "columns"],
)
def test_a_letters_subject_line_is_its_title(subject: str, title: str) -> None:
    """A công văn has no type line: its "V/v …" line (wrapped, indented, beside the place and date) is the title,
    and a symbol without a type code makes it a Công văn."""
    doc = parse(
        "UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 1234/SNV-XDCQ\n"
        f"{subject}\nNghệ An, ngày 04 tháng 11 năm 2024\n\nKính gửi: Ủy ban nhân dân các huyện.\n"
    )
    assert (doc.header.title, doc.header.doc_type) == (title, "Công văn")


def test_a_party_action_programmes_heading_is_its_type_line() -> None:
    """ "CHƯƠNG TRÌNH HÀNH ĐỘNG" heads every Party committee's action programme: the title is the line under it."""
    doc = parse(
        "TỈNH ỦY QUẢNG NAM\n*\nSố 25-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Nam, ngày 20 tháng 3 năm 2023\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng\n"
        "-----\n\nBan Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau.\n"
    )
    assert (doc.header.doc_type, doc.header.title) == (
        "Chương trình",
        "thực hiện Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng",
    )


def test_a_district_letterhead_outranks_a_signature_without_level() -> None:
    """ "HUYỆN ĐỨC HÒA" is a letterhead line (its Ệ, Ứ, Đ are capitals); "TM. ỦY BAN NHÂN DÂN" below names no
    level, and "HỘI ĐỒNG" is no misprinted Hải Dương."""
    doc = parse(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC HÒA\n\nSố: 45/KH-UBND\n\nĐức Hòa, ngày 26 tháng 02 năm 2024\n\nKẾ HOẠCH\n\n"
        "Xây dựng Quy chế thay thế Quyết định số 1650/QĐ-UBND ngày 12/8/2019.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.citations[0].tier) == (
        "Ủy ban nhân dân huyện Đức Hòa",
        "district",
        "district",
    )
    council = parse(
        "**HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HUẾ\n-------\nSố: 34/2025/NQ-HĐND\n\n**NGHỊ QUYẾT**\nVề ngân sách\n"
    )
    assert council.header.province == "Huế"


def test_the_place_and_date_may_break_after_the_place() -> None:
    """ "*Huế,⏎ngày 21 tháng 11 năm 2025*": the date is the document's."""
    doc = parse(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 3566/QĐ-UBND\n*Huế,\nngày 21 tháng 11 năm 2025*\nQUYẾT ĐỊNH\nVề việc\n"
    )
    assert (doc.header.date, doc.header.place) == ("2025-11-21", "Huế")


def test_a_central_bodys_place_of_issue_is_no_jurisdiction() -> None:
    doc = parse(
        "BỘ TÀI CHÍNH\nSố: 157/2025/TT-BTC\nHà Nội, ngày 31 tháng 12 năm 2025\n\nTHÔNG TƯ\nHướng dẫn\n"
    )
    assert (doc.header.tier, doc.header.place, doc.header.jurisdiction, doc.header.province) == (
        "central",
        "Hà Nội",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Số 320-BC/HU                 Long Thành, nga) 25 tháng 11 năm 2024", "Long Thành", "2024-11-25"),
        ("Số: 21/24 /TCHQ-TXNK Hà Nội, ngàj) 8 tháng 6 năm 2022", "Hà Nội", "2022-06-08"),
        ("V/v giải đáp một số quy định Hà Nội, ngay30 tháng 9 năm 2015", "Hà Nội", "2015-09-30"),
    ],
    ids=["nga)", "number-on-the-line", "subject-on-the-line"],
)
def test_an_ocr_damaged_place_and_date_line(line: str, place: str, date: str) -> None:
    """OCR damages "ngày" ("nga)", "ngàj)", "ngay30"); the number or the subject line may share the place's line."""
    doc = parse(f"HUYỆN ỦY LONG THÀNH\n*\n{line}\n\nBÁO CÁO\nkết quả công tác\n")
    assert (doc.header.place, doc.header.date) == (place, date)


def test_the_own_symbol_in_a_pages_running_header_is_no_citation() -> None:
    """ "UBND TỈNH AN GIANG - 1250/QĐ-UBND      2" heads every page; so does a bare line of the symbol (undated, of the
    document's type, under a dated header); a later year's 1250/QĐ-UBND, dated, stays a citation."""
    doc = parse(
        "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n TỈNH AN GIANG\nSố: 1250/QĐ-UBND        An Giang, "
        "ngày 17 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nĐiều 1. Ban hành Quy chế.\n"
        "UBND TỈNH AN GIANG - 1250/QĐ-UBND                                  2\nĐiều 2. Hiệu lực.\n1250/QĐ-UBND\n"
        "Điều 3. Bãi bỏ Quyết định số 1250/QĐ-UBND ngày 05/6/2020 của UBND tỉnh.\n"
    )
    assert [(c.symbol, c.date) for c in doc.citations] == [("1250/QĐ-UBND", "2020-06-05")]
    # "Sở Nội vụ - Báo cáo số 1205/BC-SNV" at the top of a page
    doc = parse(
        "Số: 1205/BC-SNV                              An Giang, ngày 15 tháng 11 năm 2024\n\n"
        "                                       BÁO CÁO\n                   Kết quả năm 2024\n\nCác xã đã công khai thông "
        "tin.\n\n                                          1\n\nSở Nội vụ - Báo cáo số 1205/BC-SNV\nCác cơ quan đã xây "
        "dựng quy chế dân chủ theo Kế hoạch số 12/KH-UBND.\n"
    )
    assert doc.header.symbol == "1205/BC-SNV" and [c.symbol for c in doc.citations] == ["12/KH-UBND"]


def test_the_own_symbol_with_its_year_names_the_document_itself() -> None:
    """A number with its year names one document only: a circular's annex listing the texts that amended a form,
    itself among them, cites the others. A bare number without a year stays a citation."""
    doc = parse(
        "BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC        Hà Nội, ngày 20 tháng 1 năm 2026\n\nTHÔNG TƯ\nSửa đổi mẫu biểu\n\n"
        "Mẫu số 01 ban hành kèm theo Thông tư số 80/2021/TT-BTC, được sửa đổi bởi Thông tư 13/2023/TT-BTC, "
        "Thông tư 06/2026/TT-BTC.\n"
    )
    assert doc.header.symbol == "06/2026/TT-BTC"
    assert keys(doc) == ["80/2021/TT-BTC", "13/2023/TT-BTC"]


def test_a_common_word_is_no_misread_province() -> None:
    """ "CÁC MẪU GIẤY TỜ" over an annex is no letterhead of Cà Mau: a common word is not a place misread."""
    assert parse("Phụ lục\nCÁC MẪU GIẤY TỜ\n\nMẫu số 01. Tờ khai\n").header.jurisdiction is None


def test_a_letters_number_without_so_on_its_place_and_date_line() -> None:
    """ "3765 /CT-TTHT Bình Dương, ngày 14 …": the letter's own number, printed without "Số:", is no citation."""
    doc = parse(
        "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc\n"
        "3765 /CT-TTHT Bình Dương, ngày 14 tháng 02 năm 2020\nV/v hướng dẫn chính sách thuế TNCN\n\n"
        "Cục Thuế nhận được công văn số 001/CV-GV ngày 05/02/2020 của Công ty ABC.\n"
    )
    assert (doc.header.symbol, doc.header.date) == ("3765/CT-TTHT", "2020-02-14")
    assert keys(doc) == ["001/CV-GV"]


def test_a_consolidated_texts_own_number_in_its_last_block_is_no_citation() -> None:
    """ "Số: 06/VBHN-BYT⏎XÁC THỰC VĂN BẢN HỢP NHẤT" at the end of a consolidated text is the text itself."""
    doc = parse(
        "VĂN BẢN HỢP NHẤT - BỘ Y TẾ\nTHÔNG TƯ\nBan hành Danh mục vật tư y tế\n\nĐiều 9. Hiệu lực thi hành\n"
        "2. Thông tư số 27/2013/TT-BYT hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n\nBỘ Y TẾ\n\n"
        "Số: 06/VBHN-BYT\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\nHà Nội, ngày 19 tháng 4 năm 2018\n"
    )
    assert keys(doc) == ["27/2013/TT-BYT"]


def test_a_ministry_of_labour_letterhead_is_no_province() -> None:
    """ "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" is no OCR'd "Lâm Đồng"."""
    doc = parse("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n\nTHÔNG TƯ\nHướng dẫn thực hiện chế độ\n\nNội dung.\n")
    assert doc.header.jurisdiction is None


def test_a_reply_without_its_letterhead_names_its_writer_in_its_first_sentence() -> None:
    """A tax reply whose letterhead OCR lost opens with "Kính gửi: Cục Thuế tỉnh Quảng Nam": that is to whom it
    goes (no title, no jurisdiction); "Tổng cục Thuế nhận được công văn …" says who writes."""
    doc = parse(
        "Kính gửi: Cục thuế tỉnh Quảng Nam\nTổng cục Thuế nhận được công văn số 4386/CT-TTHT ngày 07/09/2010 của "
        "Cục thuế tỉnh Quảng Nam về việc hướng dẫn chính sách thuế. Về vấn đề này, Tổng cục Thuế có ý kiến như sau:\n"
        "Tổng cục Thuế trả lời để Cục Thuế tỉnh Quảng Nam được biết./.\n"
    )
    header = doc.header
    assert (header.issuer, header.branch, header.tier) == ("Tổng cục Thuế", "state", "central")
    assert (header.title, header.jurisdiction) == (None, None)
    assert doc.citations[0].tier == "province"


def test_a_subject_in_emphasis_and_a_title_above_the_authority_line() -> None:
    """ "*V/v thuế suất thuế⏎GTGT*" ends where its emphasis closes (not at the place split over lines, "*Tây⏎Ninh,
    ngày …*"); a decision's title ends above the authority line "THỦ TƯỚNG CHÍNH PHỦ" that opens its preamble."""
    letter = parse(
        "CỤC THUẾ\n**THUẾ TỈNH TÂY NINH**\nSố: 3257/TNI-QLDN1\n*V/v ch**ính sách thu**ế⏎GTGT*\n*Tây\nNinh, ngày 01 "
        "tháng 12 năm 2025*\nKính gửi: Công ty A.\n".replace("⏎", "\n")
    )
    assert letter.header.title == "chính sách thuế GTGT"
    decision = parse(
        "**THỦ TƯỚNG CHÍNH PHỦ**\nSố: 2581/QĐ-TTg\nHà Nội, ngày 24 tháng 11 năm 2025\n**QUYẾT ĐỊNH**\n"
        "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ KHOÁNG SẢN\n**THỦ TƯỚNG CHÍNH PHỦ**\n"
        "*Căn cứ Luật Quy hoạch ngày 21 tháng 11 năm 2017;*\n"
    )
    assert decision.header.title == "PHÊ DUYỆT ĐIỀU CHỈNH QUY HOẠCH THĂM DÒ KHOÁNG SẢN"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\nHUYEN MY TU Pdc lap - Tu do - Hanh phic\n\n"
            "S6: 45 /KH-UBND My Tu, ngay 20 thang 01 nam 2025\n\nKE HOACH\nThuc hien cong tac dan van nam 2025\n\n"
            "UBND huyén ban hanh Ké hoach nhu sau:\nNoi nhan: TM. UY BAN NHAN DAN\n",
            "Ủy ban nhân dân huyện Mỹ Tú",
        ),
        (
            "PANG BO HUYEN CAI LAY DANG CONG SAN VIET NAM\nPANG UY XA MY THANH NAM\n* My Thanh Nam, ngay 12 thang 12 "
            "nim 2024\nS6 58-BC/PU\n\nBAO CAO\nket qua thuc hien Quy che dan chu\n",
            "Đảng ủy xã My Thanh Nam",
        ),
        (
            "ĐẢNG BỘ HUYỆN CAI LẬY ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ MỸ THÀNH NAM\n* Mỹ Thành Nam, ngày 12 tháng 12 năm "
            "2024\nSố 58-BC/ĐU\n\nBÁO CÁO\nkết quả thực hiện Quy chế dân chủ\n",
            "Đảng ủy xã Mỹ Thành Nam",
        ),
    ],
    ids=["district-line-with-ocr-motto", "party-commune-ocr", "party-commune"],
)
def test_the_lowest_letterhead_line_names_the_issuer(head: str, issuer: str) -> None:
    """ "HUYEN MY TU Pdc lap …" (OCR's "Độc lập" cut off), "ĐẢNG ỦY XÃ …": the district or commune the letterhead
    names wins over a signature block that names no level ("TM. ỦY BAN NHÂN DÂN")."""
    assert parse(head).header.issuer == issuer


def test_a_commune_under_its_district_in_a_three_line_letterhead() -> None:
    """ "UY BAN NHAN DAN⏎HUYEN NHON TRACH⏎XA PHUOC THIEN": the commune's People's Committee issues it."""
    doc = parse(
        "  UY BAN NHAN DAN               CONG HOA XA HOI CHU NGHIA VIET NAM\n  HUYEN NHON TRACH                  Doc lap "
        "- Tu do - Hanh phuc\n XA PHUOC THIEN\n So: 318/BC-UBND                Phuoc Thien, ngay 12 thang 12 nam 2024\n\n"
        "BAO CAO\nKet qua thuc hien Quy che dan chu o co so nam 2024\n\nCong khai theo Quyet dinh so 113/QD-UBND ngay "
        "18/3/2024.\n"
    )
    assert (doc.header.issuer, doc.header.tier) == ("Ủy ban nhân dân xã Phuoc Thien", "commune")
    assert doc.citations[0].tier == "commune"


@pytest.mark.parametrize(
    ("letterhead", "issuer", "tier"),
    [
        (
            "ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH",
            "Đảng ủy các cơ quan Đảng tỉnh Nghệ An",
            "province",
        ),
        ("ĐẢNG BỘ HUYỆN YÊN THÀNH\nĐẢNG ỦY XÃ MÃ THÀNH", "Đảng ủy xã Mã Thành", "commune"),
    ],
    ids=["province", "commune"],
)
def test_a_party_committee_signing_du_has_the_level_its_letterhead_names(
    letterhead: str, issuer: str, tier: str
) -> None:
    """ĐU is a commune's code and, since 2025, a provincial Đảng ủy's: the letterhead says which, and the body's own
    earlier plans ("Kế hoạch số 05-KH/ĐU") are of its level."""
    doc = parse(
        f"{letterhead}\nSố 214-BC/ĐU\nNghệ An, ngày 08 tháng 12 năm 2025\n\nBÁO CÁO\nKết quả công tác năm 2025\n\n"
        "Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 05-KH/ĐU ngày 18/3/2025.\n"
    )
    assert (doc.header.issuer, doc.header.tier) == (issuer, tier)
    assert [c.tier for c in doc.citations] == [tier]


@pytest.mark.parametrize(
    "letterhead",
    [
        "ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "PANG BO UY BAN NHAN DAN TINH HA TINH\nDANG UY BENH VIEN PA KHOA TINH",  # OCR's
    ],
)
def test_a_provincial_agencys_party_committee_under_the_provinces_is_provincial(letterhead: str) -> None:
    """Since 2025 a provincial agency's Party committee stands under the province's People's Committee's Đảng bộ and
    signs with ĐU: the document and the committee's own earlier ones are the province's level, not a commune's."""
    doc = parse(
        f"{letterhead}\nSố 86-KH/ĐU\nLạng Sơn, ngày 12 tháng 11 năm 2025\n\nKẾ HOẠCH\nRà soát quy hoạch cán bộ\n\n"
        "Ban Thường vụ Đảng ủy đã ban hành Kế hoạch số 47-KH/ĐU ngày 18/3/2025.\n"
    )
    assert doc.header.tier == "province"
    assert [c.tier for c in doc.citations] == ["province"]


TAX_LETTER_OCR = (  # vn-tax-ocr: a page marker above the letterhead, "Viv" for "V/v"
    "--- PAGE 1 ---\nBỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n——— Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 5537/BTC-CST Hà Nội, ngày 14 tháng 05 năm 2018\nViv kiến nghị hoàn thuế GTGT\n\n"
    "Kính gửi: Liên minh diễn đàn doanh nghiệp Việt Nam\n"
    "Tại khoản 6 Điều 1 Nghị định số 100/2016/NĐ-CP ngày 01/7/2016 của Chính phủ có quy định như sau:\n"
)
UNREADABLE_NUMBER_LETTER = (  # the number lost, the letterhead in no table, a quoted "Thông tư này"
    "CỤC THUẾ TP HÀ NỘI\nSố: ⁄//202 /CT-TTHT\nV/v trả lời chính sách thuế.\n\nKính gửi: Công ty TNHH MESA.\n\n"
    "- Căn cứ Thông tư số 103/2014/TT-BTC ngày 06/08/2014 của Bộ Tài chính hướng dẫn thực hiện nghĩa vụ thuế:\n\n"
    "“Hướng dẫn tại Thông tư này áp dụng đối với các đối tượng sau.”\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TAX_LETTER_OCR,
            {"doc_type": "Công văn", "title": "kiến nghị hoàn thuế GTGT", "issuer": "Bộ Tài chính"},
        ),
        (
            UNREADABLE_NUMBER_LETTER,
            {
                "doc_type": "Công văn",
                "title": "trả lời chính sách thuế.",
                "issuer": "Cục Thuế thành phố Hà Nội",
                "tier": "province",
            },
        ),
        (  # no subject line: the letterhead is no title, nor is the page marker
            "--- PAGE 1 ---\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/BTC-CST Hà Nội, ngày 14 tháng 05 "
            "năm 2018\n\nKính gửi: Công ty A\n",
            {"title": None, "issuer": "Bộ Tài chính"},
        ),
        (  # "V%": the "/v" read as one sign; a quoted "Thông tu này" below is the quoted circular's
            "CUC THUE TP HA NOI Độc lập - Tự do - Hanh phúc\nSố: 9543/CT-TTHT - Hà Nội, ngày 13 tháng 3 năm 2018\n"
            "V% giải đáp chính sách thuê\n\nKính gửi: Công ty A\n\n- Căn cứ Thông tư số 219/2013/TT-BTC.\n"
            "“Thuế suất 10% áp dụng đối với hàng hóa không được quy định tại Điều 4 Thông tu này.\n",
            {"doc_type": "Công văn", "title": "giải đáp chính sách thuê"},
        ),
    ],
    ids=["viv", "unreadable-number", "no-subject", "v-percent"],
)
def test_a_tax_letters_identity_through_ocr(text: str, expected: dict[str, Any]) -> None:
    """A letter is a Công văn by its "V/v" line (OCR "Viv"), whatever its number; an organ the letterhead tables lack is
    read as an issuer; a quoted "Thông tư này" speaks of the quoted circular."""
    assert pick(parse(text).header, expected) == expected


def test_the_assemblys_standing_committee_signs_with_its_term() -> None:
    """ "78/2025/UBTVQH15": the Standing Committee, not the Assembly its letterhead also names."""
    doc = parse(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 78/2025/UBTVQH15\n\nNGHỊ QUYẾT\nVề việc ghi nhận thời gian đóng bảo hiểm xã hội\n"
    )
    assert (doc.header.issuer, doc.header.tier) == ("Ủy ban Thường vụ Quốc hội", "central")


def test_a_commune_council_is_the_communes() -> None:
    """Since July 2025 communes have councils that pass resolutions: "HỘI ĐỒNG NHÂN DÂN XÃ ĐÔ LƯƠNG" (a Markdown cell,
    its rule of dashes run on) is the commune's council, and so are its committees in the preamble."""
    doc = parse(
        "| HỘI ĐỒNG NHÂN DÂN XÃ ĐÔ LƯƠNG -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "|---|---|\n| Số: 28/NQ-HĐND | Đô Lương, ngày 12 tháng 12 năm 2025 |\n\n**NGHỊ QUYẾT**\n\n*Xét Tờ trình số "
        "145/TTr-UBND ngày 02 tháng 12 năm 2025 của Ủy ban nhân dân xã; Báo cáo thẩm tra số 32/BC-KTNS ngày 08 tháng 12 "
        "năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân xã.*\n"
    )
    assert (doc.header.issuer, doc.header.tier) == ("Hội đồng nhân dân xã Đô Lương", "commune")
    assert [(c.issuer, c.tier) for c in doc.citations] == [
        ("Ủy ban nhân dân xã", "commune"),
        ("Ban Kinh tế - Ngân sách Hội đồng nhân dân xã", "commune"),
    ]


@pytest.mark.parametrize(
    ("text", "doc_type", "title"),
    [
        (
            "THỦ TƯỚNG CHÍNH PHỦ\nSố: 224/CĐ-TTg\nHà Nội, ngày 20 tháng 11 năm 2025\nCÔNG ĐIỆN\nVề việc khẩn trương "
            "chuẩn bị tổ chức lễ khánh thành các dự án\nTHỦ TƯỚNG CHÍNH PHỦ *điện:*\n- Bộ trưởng các Bộ;\n",
            "Công điện",
            "Về việc khẩn trương chuẩn bị tổ chức lễ khánh thành các dự án",
        ),
        (
            "HUYỆN ỦY NAM ĐÀN\nSố 245-TB/HU\nNam Đàn, ngày 18 tháng 3 năm 2024\n\nTHÔNG BÁO KẾT LUẬN\ncủa Ban Thường "
            "vụ Huyện ủy về kết quả thực hiện dân chủ ở cơ sở năm 2023\n\nNgày 15/3/2024, Ban Thường vụ Huyện ủy họp.\n",
            "Thông báo",
            "của Ban Thường vụ Huyện ủy về kết quả thực hiện dân chủ ở cơ sở năm 2023",
        ),
    ],
    ids=["cong-dien", "thong-bao-ket-luan"],
)
def test_a_type_line_with_its_kind_and_a_dispatch_read_as_others(
    text: str, doc_type: str, title: str
) -> None:
    """ "CÔNG ĐIỆN" is a type line, its title ending before "… điện:"; "THÔNG BÁO KẾT LUẬN", "BÁO CÁO TÓM TẮT" are
    their type's line with the kind after it."""
    header = parse(text).header
    assert (header.doc_type, header.title) == (doc_type, title)


def test_a_province_the_text_names_once_is_no_jurisdiction_without_a_letterhead() -> None:
    """A ministry's report with its letterhead cut off speaks of places; named once, or as often as another, a
    province is not the document's own. Named most, it is (a letter whose letterhead OCR lost)."""
    once = (
        "Nhiều nhiệm vụ đã được triển khai, như phương án ứng phó lũ lụt tại khu kinh tế tỉnh Quảng Ninh.\n"
    )
    assert parse(once).header.jurisdiction is None
    tied = "Các dự án tại tỉnh Quảng Ninh và tỉnh Hải Dương đã được nghiệm thu.\n"
    assert parse(tied).header.jurisdiction is None
    most = "Cục Thuế tỉnh Bình Dương trả lời Công ty tại tỉnh Bình Dương; bản sao gửi tỉnh Đồng Nai.\n"
    assert parse(most).header.jurisdiction == "Bình Dương"


def test_a_bill_a_letter_speaks_of_is_not_the_letter_itself() -> None:
    """ "… ký trình Quốc hội dự án Luật này": the bill the letter sends; the letter calls itself nothing."""
    doc = parse("Kính gửi: Thủ tướng Chính phủ.\nBộ trưởng Bộ Tài chính ký trình Quốc hội dự án Luật này.\n")
    assert doc.header.doc_type is None
    assert (
        parse("Điều 5. Hiệu lực thi hành\nLuật này có hiệu lực từ ngày 01/7/2025.\n").header.doc_type
        == "Luật"
    )


def test_a_provincial_social_insurance_letter_and_its_drafting_unit() -> None:
    """ "Số: 3878/BHXH-THU" under "BẢO HIỂM XÃ HỘI TP. HỒ CHÍ MINH": the city's office (a province's), not Vietnam's;
    THU is its drafting unit (Phòng Thu), no Thị ủy, so the letter is no joint one."""
    doc = parse(
        "BẢO HIỂM XÃ HỘI VIỆT NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BẢO HIỂM XÃ HỘI TP. HỒ CHÍ MINH        Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3878/BHXH-THU        Tp. Hồ Chí Minh, ngày 05 tháng 12 năm 2014\n\n"
        "Thực hiện Công văn số 1234/UBND-THU ngày 05/12/2014 của Ủy ban nhân dân tỉnh Bình Dương về thu ngân sách.\n"
    )
    assert (doc.header.issuer, doc.header.branch, doc.header.tier) == (
        "Bảo hiểm xã hội thành phố Hồ Chí Minh",
        "state",
        "province",
    )
    assert [(c.branch, c.tier) for c in doc.citations] == [("state", "province")]


def test_the_address_line_names_where_a_letter_goes_not_its_own_province() -> None:
    """ "Kính gửi: Cục Thuế tỉnh Đồng Nai" with no letterhead: the addressee's province is no jurisdiction of the letter."""
    doc = parse(
        "Kính gửi: Cục Thuế tỉnh Đồng Nai\nTrả lời công văn số 3554/CT-TTHT ngày 10/5/2019 của Cục Thuế tỉnh Đồng Nai về "
        "chính sách thuế, Tổng cục Thuế có ý kiến như sau:\n"
    )
    assert doc.header.jurisdiction is None


def test_a_reply_without_its_letterhead_names_its_writer_where_it_answers() -> None:
    """ "…, Tổng cục Thuế có ý kiến như sau:" in a letter whose letterhead is lost: the writer, a central body."""
    doc = parse(
        "Kính gửi: Cục Thuế tỉnh Đồng Nai\nTrả lời công văn số 3554/CT-TTHT ngày 10/5/2019 của Cục Thuế tỉnh Đồng Nai về "
        "chính sách thuế, Tổng cục Thuế có ý kiến như sau:\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.jurisdiction) == ("Tổng cục Thuế", "central", None)


def test_a_catalogue_heading_on_the_first_line_is_the_documents_own() -> None:
    """A web catalogue's copy opens with the document's heading alone on its line ("Công văn số 481/CT-TTHT ngày … của
    Cục Thuế TP Đà Nẵng về …"): that is the header, not a citation."""
    doc = parse(
        "Công văn số 481/CT-TTHT ngày 27/01/2014 của Cục Thuế TP Đà Nẵng về thời hạn nộp hồ sơ quyết toán thuế TNDN\n\n"
        "Trả lời văn bản số 02-2014/CV-NVW ngày 24/01/2014 của Công ty TNHH N & V Wedding, Cục Thuế TP Đà Nẵng có ý "
        "kiến như sau:\n"
    )
    h = doc.header
    assert (h.doc_type, h.symbol, h.date, h.issuer, h.tier, h.jurisdiction) == (
        "Công văn",
        "481/CT-TTHT",
        "2014-01-27",
        "Cục Thuế thành phố Đà Nẵng",
        "province",
        "Đà Nẵng",
    )
    assert h.title == "về thời hạn nộp hồ sơ quyết toán thuế TNDN"
    assert [c.symbol for c in doc.citations] == ["02-2014/CV-NVW"]


def test_a_heading_without_a_subject_gives_what_the_line_says() -> None:
    doc = parse(
        "Văn bản hợp nhất 97/VBHN-BQP ngày 24/11/2025 hợp nhất Thông tư hướng dẫn xác định định mức dự toán\n\n"
        "Thông tư số 11/2023/TT-BQP ngày 10/02/2023 của Bộ trưởng Bộ Quốc phòng hướng dẫn …\n"
    )
    assert (doc.header.symbol, doc.header.date, doc.header.issuer) == (
        "97/VBHN-BQP",
        "2025-11-24",
        "Bộ Quốc phòng",
    )
    assert doc.header.title == "hợp nhất Thông tư hướng dẫn xác định định mức dự toán"


def test_a_first_line_that_cites_in_a_sentence_is_no_heading() -> None:
    """ "Thực hiện Công văn số …" or a citation that runs on into the text is a citation, not the document's heading."""
    doc = parse(
        "Quyết định số 25/QĐ-UBND ngày 15/01/2024 của UBND tỉnh đã giao nhiệm vụ cho các sở.\nCác sở đã …\n"
    )
    assert doc.header.symbol is None
    assert [c.symbol for c in doc.citations] == ["25/QĐ-UBND"]


@pytest.mark.parametrize(
    ("letterhead", "number", "issuer", "jurisdiction"),
    [
        (
            "UBND HUYỆN HẢI LĂNG\nPHÒNG NỘI VỤ",
            "87/TTr-NV",
            "Phòng Nội vụ huyện Hải Lăng",
            "Hải Lăng, Quảng Trị",
        ),
        (
            "CỤC THUẾ TỈNH HÀ TĨNH\nCHI CỤC THUẾ HUYỆN ĐỨC THỌ",
            "1187/CCT-KTT",
            "Chi cục Thuế huyện Đức Thọ",
            "Đức Thọ, Hà Tĩnh",
        ),
    ],
)
def test_an_office_under_its_superior_in_the_letterhead_issues(
    letterhead: str, number: str, issuer: str, jurisdiction: str
) -> None:
    """ "UBND HUYỆN HẢI LĂNG⏎PHÒNG NỘI VỤ": the lower line is the issuing office, of the district above it."""
    h = parse(f"{letterhead}\nSố: {number}\nV/v đôn đốc thực hiện\n\nKính gửi: các đơn vị.\n").header
    assert (h.issuer, h.tier, h.jurisdiction) == (issuer, "district", jurisdiction)


@pytest.mark.parametrize(
    "title",
    [
        "Đại hội đại biểu Đảng bộ xã Thanh Liên lần thứ XXIV, nhiệm kỳ 2020 - 2025",
        "DAI HOI DAI BIEU DANG BO XA THANH LIEN LAN THU XXIV",
    ],
)
def test_a_congress_resolutions_own_type_line_is_no_citation(title: str) -> None:
    """ "NGHỊ QUYẾT⏎Đại hội đại biểu Đảng bộ xã … lần thứ XXIV": the document's own type line and title name the
    resolution itself; the same words in a sentence name one."""
    doc = parse(f"ĐẢNG BỘ XÃ THANH LIÊN\nNGHỊ QUYẾT\n{title}\n\nĐại hội biểu quyết thông qua.\n")
    assert (doc.header.doc_type, doc.citations) == ("Nghị quyết", ())
    doc = parse("Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIX.\n")
    assert [c.kind for c in doc.citations] == ["named"]


@pytest.mark.parametrize(
    "top",
    ["QUỐC HỘI\nLuật số: 48/2024/QH15\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nDỰ THẢO\n"],
)
def test_a_laws_type_line_names_it_and_is_no_citation(top: str) -> None:
    """ "LUẬT THUẾ GIÁ TRỊ GIA TĂNG" on one line is the law's type and name; neither it nor the enacting formula
    cites the law (nor, by its name, the law of 2008 it replaces)."""
    doc = parse(
        f"{top}LUẬT THUẾ GIÁ TRỊ GIA TĂNG\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật Thuế giá trị gia tăng.\n"
    )
    assert (doc.header.doc_type, doc.header.title) == ("Luật", "THUẾ GIÁ TRỊ GIA TĂNG")
    assert [c.doc_type for c in doc.citations] == ["Hiến pháp"]


def test_a_law_named_under_another_type_line_is_that_documents_subject() -> None:
    """ "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG⏎LUẬT …": a report on the law, not the law."""
    doc = parse(
        "BỘ TÀI CHÍNH\nBÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG\nLUẬT THUẾ GIÁ TRỊ GIA TĂNG (SỬA ĐỔI)\n\nI. XÁC ĐỊNH VẤN ĐỀ\n"
    )
    assert doc.header.doc_type != "Luật"


def test_a_number_written_into_a_dotted_field_is_read() -> None:
    """ "Số: . 828../QD-BHXH": a printed form's dots around the number; a dot right after a number with no dots
    before it may be a digit OCR could not read, and stays unread."""
    top = "BẢO HIỂM XÃ HỘI VIỆT NAM\n"
    h = parse(f"{top}Số: . 828../QD-BHXH Hà Nội, ngày 16 tháng 5 năm 2018\nQUYẾT ĐỊNH\n").header
    assert (h.symbol, h.issuer, h.tier) == ("828/QĐ-BHXH", "Bảo hiểm xã hội Việt Nam", "central")
    assert (
        parse("TỔNG CỤC THUẾ\nSố: 6. /TCT -DNNCN Hà Nội, ngày 05 tháng 3 năm 2021\n").header.symbol
        == "6?/TCT-DNNCN"
    )


@pytest.mark.parametrize("rule", ["_______", "-------", "======="])
def test_the_rule_under_the_title_ends_it(rule: str) -> None:
    """Gazette and Word-to-text copies print a rule of underscores, dashes or equals signs under the title."""
    h = parse(
        "CHÍNH PHỦ\nSố: 271/2025/NĐ-CP\nHà Nội, ngày 30 tháng 9 năm 2025\nNGHỊ ĐỊNH\n"
        f"Sửa đổi, bổ sung một số điều của Nghị định số 59/2023/NĐ-CP\n{rule} \n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n"
    ).header
    assert h.title == "Sửa đổi, bổ sung một số điều của Nghị định số 59/2023/NĐ-CP"


def test_a_subject_line_beside_the_date_wraps_to_the_next_line() -> None:
    """Two columns: "V/v trả lời kiến nghị của các địa     Hà Nội, ngày …⏎phương về chế độ …"; a capital below
    opens something else."""
    top = "BỘ NỘI VỤ\nSố: 2817/BNV-CQĐP\nV/v trả lời kiến nghị của các địa     Hà Nội, ngày 21 tháng 5 năm 2024\n"
    h = parse(f"{top}phương về chế độ đối với cán bộ dôi dư\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n").header
    assert h.title == "trả lời kiến nghị của các địa phương về chế độ đối với cán bộ dôi dư"
    h = parse(f"{top}Kính gửi: Ủy ban nhân dân các tỉnh.\n").header
    assert h.title == "trả lời kiến nghị của các địa"


@pytest.mark.parametrize(
    "second",
    [
        "CỤC THUẾ TỈNH TRÀ VINH\nSố: 1193/CT-TTHT Trà Vinh, ngày 12 tháng 6 năm 2019\nV/v hoàn thuế\n",
        "CHÍNH PHỦ\nSố: 135/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    ],
)
def test_the_number_line_of_a_letter_the_file_holds_after_the_first_is_no_citation(second: str) -> None:
    """A scan that joins several letters: the next one's "Số: …" line, with its place and day or the national motto,
    is that letter's own number, though no type line stands below it."""
    first = "TỔNG CỤC THUẾ\nSố: 3734/TCT-CS Hà Nội, ngày 12 tháng 10 năm 2022\nV/v chính sách thuế\n\nNội dung.\n\n"
    doc = parse(first + second)
    assert (doc.header.symbol, doc.citations) == ("3734/TCT-CS", ())
    listed = parse(f"{first}Các văn bản:\nSố 67/1998/QĐ-TTg\nngày 26/3/1998\nVề việc chuyển giao nhiệm vụ\n")
    assert [c.symbol for c in listed.citations] == ["67/1998/QĐ-TTg"]


def test_a_consolidated_text_numbers_itself_under_its_closing_stamp() -> None:
    """A văn bản hợp nhất prints its number and date under "XÁC THỰC VĂN BẢN HỢP NHẤT" at its end: they are its own,
    that number is no citation, and its type is the type it consolidates (its line may carry a footnote mark)."""
    doc = parse(
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nTHÔNG TƯ1\nHướng dẫn quản lý lao động, tiền lương\n\n"
        "Thông tư số 26/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội "
        "hướng dẫn quản lý lao động, được sửa đổi, bổ sung bởi Thông tư số 06/2024/TT-BLĐTBXH.\n"
        "Điều 1. Phạm vi điều chỉnh\n…\n"
        "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nXÁC THỰC VĂN BẢN HỢP NHẤT \nSố: 462/VBHN-BLĐTBXH \n \n"
        "Hà Nội, ngày 10 tháng 02 năm 2025\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
    )
    assert (doc.header.symbol, doc.header.date, doc.header.doc_type, doc.header.tier) == (
        "462/VBHN-BLĐTBXH",
        "2025-02-10",
        "Thông tư",
        "central",
    )
    assert [c.symbol for c in doc.citations] == ["26/2016/TT-BLĐTBXH", "06/2024/TT-BLĐTBXH"]


def test_a_number_line_whose_first_digit_ocr_printed_as_a_sign() -> None:
    """ "Số $9934 /CT-TTHT Hà Nội, ngày OSthang AOnăm 2020": the letter's own number, a digit unread, its date spoiled;
    no citation."""
    doc = parse(
        "CUC THUE TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\nSố $9934 /CT-TTHT Hà Nội, ngày OSthang AOnăm 2020\n\n"
        "V/v thuế GTGT\n\nCục Thuế nhận được công văn số 01/2020 ngày 23/9/2020 của Công ty.\n"
    )
    assert (doc.header.symbol, "number" in doc.header.unread) == ("?9934/CT-TTHT", True)
    assert "?9934/CT-TTHT" not in [c.symbol for c in doc.citations]


@pytest.mark.parametrize(
    ("letterhead", "issuer", "tier", "jurisdiction"),
    [
        # a city under a province is of a district's level, as "UBND THÀNH PHỐ BẢO LỘC" on one line reads
        (
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẢO LỘC",
            "Ủy ban nhân dân thành phố Bảo Lộc",
            "district",
            "Bảo Lộc, Lâm Đồng",
        ),
        (
            "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ BẢO LỘC",
            "Hội đồng nhân dân thành phố Bảo Lộc",
            "district",
            "Bảo Lộc, Lâm Đồng",
        ),
        # (the "XÃ" of a town is no commune)
        ("ỦY BAN NHÂN DÂN\nTHỊ XÃ BUÔN HỒ", "Ủy ban nhân dân thị xã Buôn Hồ", "district", "Buôn Hồ, Đắk Lắk"),
        ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "Ủy ban nhân dân tỉnh Lâm Đồng", "province", "Lâm Đồng"),
    ],
)
def test_a_city_or_a_towns_letterhead_over_two_lines(
    letterhead: str, issuer: str, tier: str, jurisdiction: str
) -> None:
    """The body's word on one line, its city or town below; the city's "Ủy ban nhân dân thành phố" cited in its own
    decision is the city's."""
    doc = parse(
        f"{letterhead}\nSố: 1875/QĐ-UBND\nBảo Lộc, ngày 14 tháng 6 năm 2024\n\nQUYẾT ĐỊNH\nVề việc phê duyệt\n\n"
        "Căn cứ Quyết định số 3105/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân thành phố;\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.jurisdiction) == (issuer, tier, jurisdiction)
    if tier == "district" and "thành phố" in issuer:
        assert doc.citations[0].tier == "district"


def test_the_city_party_committee_of_a_city_named_as_its_province_is_of_a_districts_level() -> None:
    """ "THÀNH ỦY THANH HÓA" over "Số 112-KH/ThU": the city of Thanh Hóa's committee (the district Thạnh Hóa of Long An
    folds to the same name, but is no city), not the province's, nor a town's Thị ủy its code reads as."""
    doc = parse(
        "THÀNH ỦY THANH HÓA\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 112-KH/ThU\nThành phố Thanh Hóa, ngày 18 tháng 4 năm 2023\n\n"
        "KẾ HOẠCH\nthực hiện công tác xây dựng Đảng năm 2023\n"
    )
    assert (doc.header.issuer, doc.header.tier, doc.header.jurisdiction) == (
        "Thành ủy Thanh Hóa",
        "district",
        "Thanh Hóa, Thanh Hóa",
    )


def test_a_city_centres_letterhead_under_ubnd_thanh_pho_is_the_citys() -> None:
    """ "UBND THÀNH PHỐ HÀ⏎NỘI⏎TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" over a title that names "CHÍNH PHỦ": the city's body, at
    the province's level (the letterhead's "UBND THÀNH PHỐ" was not read, and the title's Government was)."""
    doc = parse(
        "UBND THÀNH PHỐ HÀ\nNỘI\n**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**\n-------\nSố: 1609/QĐ-TTPVHCC\n"
        "*Hà Nội, ngày 25\ntháng 11 năm 2025*\n**QUYẾT ĐỊNH**\nVỀ\nVIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH (THỰC HIỆN "
        "THEO NGHỊ QUYẾT 66/NQ-CP NGÀY 26/3/2025 CỦA CHÍNH\nPHỦ) THUỘC PHẠM VI QUẢN LÝ CỦA UBND THÀNH PHỐ HÀ NỘI\n"
    )
    assert (doc.header.tier, doc.header.jurisdiction) == ("province", "Hà Nội")
