"""Respelling OCR'd congress and conference names from the closed vocabulary in kg/data/name_words.csv, and the
names of bodies outside the registry from the phrases in kg/data/organ_words.csv."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.parse import parse_document
from kg.parse.fuzzy import close
from kg.parse.spelling import district_spelling, respell, respell_organ

CASES = [
    # (printed, respelled): the seeds' OCR damage
    ("Nghi quyét Pai hoi lan tha XHI cua bBang", "Nghị quyết Đại hội lần thứ XIII của đảng"),
    ("Dai hoi Pang bo tinh Hau Giang 1an thi XIV", "Đại hội Đảng bộ tỉnh Hậu Giang lần thứ XIV"),
    (
        "Dai hoi 1an tht XI Dang b tinh, nhiém ky 2020-2025",
        "Đại hội lần thứ XI Đảng bộ tỉnh, nhiệm kỳ 2020-2025",
    ),
    ("Hai nghi lan tdm khoa XIII", "Hội nghị lần tám khóa XIII"),
    (  # a place word with OCR's digit in it still names a place, whose name follows (review round 285)
        "Pai hôi dai bieu Dang bô phư6ng Vinh Chau lan thu I",
        "Đại hội đại biểu Đảng bộ phường Vĩnh Châu lần thứ I",
    ),
    (
        "Đại hội đại biểu Đảng bé huyện lần thứ XI",
        "Đại hội đại biểu Đảng bộ huyện lần thứ XI",
    ),  # "bộ" OCR'd as "bé"
    # the police's Party committee is no "Cộng sản", nor its "Trung uong lan" a "cộng sản"
    (
        "Đại hội đại biểu Đảng bo Cong an Trung uong lan thu VII",
        "Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VII",
    ),
    # a province OCR printed with a wrong mark ("Lam Déng") is restored as one printed without marks is
    (
        "Dai hoi dai biéu Dang bd tinh Lam Déng lan thir XI",
        "Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XI",
    ),
    # a short word OCR printed with its é for the vowel ("Héi" for "Hội", "séu" for "sáu"; review rounds 250, 267)
    ("Héi nghị Trung ương 8 khóa XI", "Hội nghị Trung ương 8 khóa XI"),
    ("Hội nghị lần thứ séu Ban Chấp hành Trung ương", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương"),
    # a number word stays one where no phrase claims it
    ("Hội nghị lần thứ hai Ban Chấp hành Trung ương", "Hội nghị lần thứ hai Ban Chấp hành Trung ương"),
    # a place name after a place word is kept as printed ("Tháp" is not "Chấp")
    ("Đại hội Đảng bộ huyện Tháp Mười lần thứ XII", "Đại hội Đảng bộ huyện Tháp Mười lần thứ XII"),
    # … but for a district's name OCR damaged, restored as the registry spells it (review rounds 246 and 258)
    (
        "Đại hội đại biểu Đảng bộ huyện Cho Méi lần thứ XII",
        "Đại hội đại biểu Đảng bộ huyện Chợ Mới lần thứ XII",
    ),
    (
        "Đại hội đại biểu Đảng bộ huyện B6 Trach lần thứ XXIII",
        "Đại hội đại biểu Đảng bộ huyện Bố Trạch lần thứ XXIII",
    ),
    # a cell's congress is no ninth ("chín") one
    ("Nghi quyét Dai hoi Chi bo thon 3", "Nghị quyết Đại hội Chi bộ thôn 3"),
    # a ward's place word unmarked is restored, and the ward's name after it kept (review rounds 202 and 205)
    ("Đại hội Đảng bộ phuong Hop Giang lần thứ XVI", "Đại hội Đảng bộ phường Hop Giang lần thứ XVI"),
    ("Đại hội đại biểu Đảng bộ phuéng Nenh lần thứ I", "Đại hội đại biểu Đảng bộ phường Nenh lần thứ I"),
    # clean text is a fixed point
    ("Hội nghị Tỉnh ủy lần thứ 14 (khóa XX)", "Hội nghị Tỉnh ủy lần thứ 14 (khóa XX)"),
]


@pytest.mark.parametrize(("printed", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_respell(printed: str, expected: str) -> None:
    assert respell(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Thap Muoi", "Tháp Mười"),  # marks lost: the district's
        ("Pong Phu", "Đồng Phú"),  # … and OCR's P for a capital Đ (review round 77)
        ("Tuy Pirc", "Tuy Đức"),  # … with the ư read as "ir" (round 264)
        ("Dirc Thg", "Đức Thọ"),  # … every word off, one showing OCR's "ir" for ư (round 268)
        ("Dic Thg", "Dic Thg"),  # … but not where no word shows OCR's hand
        ("Phu Giao", "Phú Giáo"),  # (a "ph" is no P for Đ)
        ("Buc Hoa", "Đức Hòa"),  # … and its B, where no district is read as printed (round 283)
        ("Bac Ha", "Bắc Hà"),  # … but a B that reads as printed is one
        ("Hoi An", "Hội An"),  # of two a letter off (Hòa An), the one the words spell (review round 325)
        ("H6i An", "Hội An"),  # … OCR's 6 read as the o it stands for, not Hải An
        ("Thach Ha", "Thạch Hà"),  # (review round 198)
        ("Tân Thành", "Tân Thành"),  # printed with its marks: a commune's own name, not "Tân Thạnh"
        ("Hợp Thành", "Hợp Thành"),  # … nor "Hòa Thành", one letter off
        (
            "Cho Méi",
            "Chợ Mới",
        ),  # OCR's é for a marked vowel it misread, the other marks lost (review round 258)
        ("Déng Hung", "Đông Hưng"),  # (round 261)
        ("Huéng Hoa", "Hướng Hóa"),  # the district fewest letters off, not "Hưng Hà" (round 234)
        ("Tién Lir", "Tiên Lữ"),  # … the ư read as "ir" (round 242)
        ("Yén Ding", "Yén Ding"),  # … but a consonant changed is no misread mark: not "Yên Định"
        ("Tan Héng", "Tan Héng"),  # … nor one of two districts as close ("Tân Hồng", "Tân Hưng")
    ],
)
def test_a_districts_name_is_repaired_only_where_its_marks_were_lost(printed: str, expected: str) -> None:
    assert district_spelling(printed) == expected


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Tan Lap", "Tan Lap"),  # no district "Tân Lạc", one letter off (review round 210)
        ("IA PAL", "IA PAL"),  # nor "Ia Pa", one letter short
        ("Thap Muoi", "Tháp Mười"),  # … but a commune's name that is a district's, its marks lost
        ("Po Luong", "Đô Lương"),  # … its Đ read as P (review round 240)
        ("Xuan Léc", "Xuân Lộc"),  # … or its marks misread, a vowel for a vowel (review round 285)
        ("Tan Héi", "Tan Héi"),  # … but no word longer or shorter: not "Tiền Hải"
        ("Bén Hai", "Bén Hai"),  # … nor "Biên Hòa"
        ("Buc Hoa", "Đức Hòa"),  # … or as B (round 283)
        ("Ba Vi", "Ba Vì"),
        ("Tam N6ng", "Tam Nông"),  # … or OCR's 6 for its ô (review round 329)
    ],
)
def test_a_communes_name_gets_only_its_marks_back(printed: str, expected: str) -> None:
    """A commune's name, which the registry does not list, is no district's a letter off."""
    assert district_spelling(printed, exact=True) == expected


def test_the_u_of_nu_read_as_it_is_read_back() -> None:
    """OCR's "Phu nit" is "Phụ nữ" (review rounds 220-241): the Women's Union is named whole, with its level."""
    assert close("nit", "nu")
    (c,) = parse_document(
        "Thực hiện Kế hoạch số 28/KH-HPN ngày 05/4/2024 của Hoi Lién hiép Phu nit huyén vé an toan."
    ).citations
    assert (c.issuer, c.tier) == ("Hội Liên hiệp Phụ nữ huyện", "district")


def test_the_u_of_chuc_and_nu_read_as_it_or_tr_is_read_back() -> None:
    """OCR's "Tổ chitc", "T6 chtrc" (chức) and "Phu ntr" (nữ), review rounds 106-298; never a word's first letters
    ("trong" is no "uong")."""
    assert close("chitc", "chuc") and close("chtrc", "chuc") and close("ntr", "nu")
    assert not close("trong", "uong") and not close("it", "u")
    (c,) = parse_document(
        "Thuc hién Huéng dan s6 25-HD/BTCTW ngay 09/11/2023 cua Ban Té chitc Trung wong, Dang uy xa da chi dao."
    ).citations
    assert c.issuer == "Ban Tổ chức Trung ương"


def test_leading_p_reads_as_d_but_ph_does_not() -> None:
    """OCR's P for Đ: "pang" is "dang"; "phong" (phòng) is never "dong" (đồng)."""
    assert close("pdng", "dang")
    assert not close("phong", "dong")


_WORDS = st.sampled_from(
    [
        "Dai",
        "hoi",
        "Pang",
        "bo",
        "tinh",
        "1an",
        "thir",
        "XHI",
        "ctia",
        "Hai",
        "nghi",
        "tdm",
        "khoa",
        "Tháp",
        "Mười",
        "huyen",
        "Hau",
        "Giang",
        "cac",
        "cap",
        "2020-2025",
        "xyz",
        "Nguyễn",
    ]
)
_SEPARATORS = st.sampled_from([" ", ", ", "\n", " (", ") "])


def test_a_place_name_respelled_over_a_line_break_keeps_the_break() -> None:
    """ "tinh Hai⏎Hau": the district's name spelled right, its words where the print had them (found by the property
    below)."""
    assert respell("tinh Hai\nHau ") == "tỉnh Hải\nHậu "


@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=12))
def test_respelling_keeps_words_and_separators(parts: list[tuple[str, str]]) -> None:
    """Respelling replaces words one for one and never touches what stands between them."""
    name = "".join(w + s for w, s in parts)
    out = respell(name)
    assert len(out.split()) == len(name.split())
    assert [c for c in out if c in ",()\n"] == [c for c in name if c in ",()\n"]


ORGAN_CASES = [
    # (printed, respelled): OCR's wrong vowels and lost marks in a company's form and trade (review rounds 116-240)
    ("Céng ty Cé phan Pau tu Thanh Nam", "Công ty Cổ phần Đầu tư Thanh Nam"),
    ("Cong ty TNHH Dién tir Minh Quang Viét Nam", "Công ty TNHH Điện tử Minh Quang Việt Nam"),
    ("Téng céng ty Truyén tai dién quéc gia", "Tổng công ty Truyền tải điện quốc gia"),
    ("Tong céng ty Bien luc mien Trung", "Tổng công ty Điện lực miền Trung"),  # B for a capital Đ
    ("Cong ty TNHH MTV Thuy lgi Nam Nghé An", "Công ty TNHH MTV Thủy lợi Nam Nghệ An"),
    # a department's, its province restored
    ("Chi cuc Thué thanh phé Vinh", "Chi cục Thuế thành phố Vinh"),
    ("Cuc Thdng ké tinh Dak Lak", "Cục Thống kê tỉnh Đắk Lắk"),
    ("Trung tam Y té khu vyc Bén Cau", "Trung tâm Y tế khu vực Bén Cau"),
    ("Ban Quan ly dy an dau tu xay dyng", "Ban Quản lý dự án đầu tư xây dựng"),
    # proper names are kept: "Tay Nguyen" is no "tài nguyên", "Va" no "và", nor "cho Cục" a "chi cục"
    ("Cong ty TNHH Thuc pham Tay Nguyen Xanh", "Công ty TNHH Thực phẩm Tay Nguyen Xanh"),
    ("Công ty Va Sa", "Công ty Va Sa"),
    ("Cục QLRR giao bổ sung cho Cục HQ Quảng Nam", "Cục QLRR giao bổ sung cho Cục HQ Quảng Nam"),
    # a word printed with its marks keeps them alone ("phương án" is no "phường"); capitals stay capitals
    ("Hội đồng thẩm định phương án bồi thường", "Hội đồng thẩm định phương án bồi thường"),
    ("CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE", "CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE"),
    # clean text is a fixed point, a phrase a vowel off a vocabulary one too ("dân sự" is no "dân số")
    ("Công ty TNHH Xây dựng Đông Sơn", "Công ty TNHH Xây dựng Đông Sơn"),
    ("Cục Thi hành án dân sự thành phố Hà Nội", "Cục Thi hành án dân sự thành phố Hà Nội"),
    # trades and offices OCR'd without marks (review rounds 88-230)
    ("Chi nhanh Van phong dang ky dat dai", "Chi nhánh Văn phòng đăng ký đất đai"),
    ("Chi cuc Quan ly thi truong tinh Nghé An", "Chi cục Quản lý thị trường tỉnh Nghệ An"),
]


@pytest.mark.parametrize(("printed", "expected"), ORGAN_CASES, ids=[c[0][:24] for c in ORGAN_CASES])
def test_respell_organ(printed: str, expected: str) -> None:
    assert respell_organ(printed) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (  # OCR's "Huyén tly" is "Huyện ủy" (review rounds 110 and 244): the standing committee's name is whole
            "Tiép tuc thuc hién nghiém Chi thi sé 12-CT/HU ngay 22/02/2024 cua Ban\nThudng vu Huyén tly va Két luan.",
            "Ban Thường vụ Huyện ủy",
        ),
        (  # a committee's task OCR'd, from the organ vocabulary (review rounds 112-236)
            "Thuc hién Huéng dan s6 01/HD-BCP ngay 15/01/2025 cua Ban Chi dao chuyén déi s6 tinh.",
            "Ban Chỉ đạo chuyển đổi số tỉnh",
        ),
        (  # a company's form and trade OCR'd
            "Trả lời Công văn số 18/2024/CV-MK ngày 05/3/2024 của Céng ty TNHH Thuong mai va Dich vu Minh Khang về "
            "hóa đơn.",
            "Công ty TNHH Thương mại và Dịch vụ Minh Khang",
        ),
    ],
    ids=["huyen-tly", "committee-task", "company"],
)
def test_an_ocr_damaged_issuer_is_respelled(text: str, issuer: str) -> None:
    (c, *_) = parse_document(text + "\n").citations
    assert c.issuer == issuer


@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=12))
def test_organ_respelling_keeps_words_and_separators(parts: list[tuple[str, str]]) -> None:
    name = "".join(w + s for w, s in parts)
    out = respell_organ(name)
    assert len(out.split()) == len(name.split())
    assert [c for c in out if c in ",()\n"] == [c for c in name if c in ",()\n"]
