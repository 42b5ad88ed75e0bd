"""The offset map of a composed source: sparse, and the same as a table of every position."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.parse import parse_document
from kg.parse.text import Source, fold_text, fold_view

# Vietnamese letters, composed and decomposed marks (U+0344 composes to two characters, U+0340 to one
# other), Greek (same UTF-16 high byte as the marks), Ð/ð, line breaks, a character outside the BMP.
# Markdown's "*" too, which inside a word is dropped.
_ALPHABET = "aeoAEOđĐÐðqx \n*\u0300\u0301\u0302\u0303\u0309\u0323\u0340\u0344\u036fαΩếạ\U0001d400"
_CLUSTER = re.compile(r"[^\u0300-\u036f]?[\u0300-\u036f]+")
_LETTER = re.compile(r"[^\W\d_]")


def _dropped(original: str) -> set[int]:
    """Positions of the runs of one to three "*" between two letters."""
    out: set[int] = set()
    i = 0
    while i < len(original):
        j = i
        while j < len(original) and original[j] == "*":
            j += 1
        if j > i:
            between_letters = i > 0 and j < len(original) and _LETTER.match(original[i - 1])
            if j - i <= 3 and between_letters and _LETTER.match(original[j]):
                out.update(range(i, j))
            i = j
        else:
            i += 1
    return out


def _table(original: str) -> tuple[str, tuple[int, ...]]:
    """Composed text and the original offset of each of its positions (and of its end), emphasis inside words
    dropped first, then cluster by cluster."""
    dropped = _dropped(original)
    kept = [i for i in range(len(original)) if i not in dropped]
    stripped = "".join(original[i] for i in kept)
    origin = [*kept, len(original)]
    out: list[str] = []
    starts: list[int] = []
    done = 0
    for m in _CLUSTER.finditer(stripped):
        out.append(stripped[done : m.start()])
        starts.extend(origin[done : m.start()])
        composed = unicodedata.normalize("NFC", m.group(0))
        out.append(composed)
        starts.extend([origin[m.start()]] * len(composed))
        done = m.end()
    out.append(stripped[done:])
    starts.extend(origin[done:])
    return "".join(out).replace("Ð", "Đ").replace("ð", "đ"), tuple(starts)


@settings(max_examples=400, deadline=None)
# (no blank line: one in mid-sentence is joined, same length, which the table does not model)
@given(st.text(alphabet=_ALPHABET, max_size=60).filter(lambda s: not re.search(r"\n *\n", s)))
def test_sparse_offsets_map_as_a_table_of_every_position(original: str) -> None:
    src = Source.of(original)
    text, starts = _table(original)
    assert src.text == text
    if src.offsets is None:
        assert starts == tuple(range(len(original) + 1))
        return
    for pos in range(-len(starts), len(starts) + 3):
        assert src.to_original(pos) == starts[min(pos, len(starts) - 1)], pos
    with pytest.raises(IndexError):
        src.to_original(-len(starts) - 1)


def test_marks_far_into_a_long_text_are_found() -> None:
    """The marks are looked for a piece at a time; one in a later piece still composes."""
    original = "Quyết định " * 5000 + "Quye\u0302\u0301t"
    src = Source.of(original)
    assert src.text.endswith("Quyết")
    assert src.to_original(len(src.text) - 1) == len(original) - 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.text(alphabet=_ALPHABET + "–“”€*|#\u00a0\u200bẮỮ", max_size=80))
def test_a_whole_text_folds_as_its_characters_do(text: str) -> None:
    """The document's one-pass fold (a table over UTF-16 units) agrees with ``str.translate`` everywhere,
    characters outside the BMP included (their surrogates must come back whole)."""
    assert fold_text(text) == fold_view(text)
    assert len(fold_text(text)) == len(text)


@pytest.mark.parametrize(
    ("printed", "symbol"),
    [
        ("Căn cứ Luật Tổ chức chính quyền địa phương số** 72**/2025/QH15;", "72/2025/QH15"),
        ("Xét Tờ trình số **394**/TTr-CP của Chính phủ", "394/TTr-CP"),
        ("Căn cứ Nghị định số 63**/**2010**/**NĐ-CP ngày 08 tháng 6 năm 2010", "63/2010/NĐ-CP"),
        ("và Đề án **số** 395/**ĐA-CP* *ngày **09** tháng** 5 **năm 2025", "395/ĐA-CP"),
    ],
)
def test_markdown_emphasis_at_a_symbols_slash_is_no_part_of_it(printed: str, symbol: str) -> None:
    """A web page's bold closed or opened at a slash ("số** 72**/2025/QH15") still gives the whole symbol."""
    (c,) = parse_document(printed).citations
    assert (c.kind, c.symbol) == ("numbered", symbol)
    assert printed[c.start : c.end] == c.surface


def test_emphasis_inside_words_is_read_through() -> None:
    """A web page's bold set inside words ("ng**ày", "x**ã h**ội") hides no date or name, and the surfaces still
    slice the original."""
    text = (
        "BỘ TÀI CHÍNH\nSố: 15/2025/TT-BTC\n*Hà Nội, ng**ày 01 tháng 12 n**ă**m 2025*\n"
        "Căn cứ Nghị định số 29/2025/NĐ-CP ng**ày 24 tháng 02 năm 2025 của *Chính ph**ủ*;\n"
    )
    doc = parse_document(text)
    assert doc.header.date == "2025-12-01"
    (c,) = doc.citations
    assert (c.date, c.issuer) == ("2025-02-24", "Chính phủ")
    assert text[c.start : c.end] == c.surface == "Nghị định số 29/2025/NĐ-CP ng**ày 24 tháng 02 năm 2025"


def test_emphasis_between_a_laws_words_hides_no_law() -> None:
    """ "Luật** **Quản lý thuế": the bold closed and opened again between the type word and the name; a table's
    heading cells in italics ("*Luật*⏎*Nghị định*") name no law."""
    text = (
        "Thông tư số 80/2021/TT-BTC hướng dẫn thi hành một số điều của Luật** **Quản lý thuế và Nghị định số "
        "126/2020/NĐ-CP.\n**Tổng**\n*Luật*\n*Nghị định*\n"
    )
    doc = parse_document(text)
    assert [(c.name, c.symbol) for c in doc.citations] == [
        (None, "80/2021/TT-BTC"),
        ("Luật Quản lý thuế", "38/2019/QH14"),
        (None, "126/2020/NĐ-CP"),
    ]
    assert doc.citations[1].surface == "Luật** **Quản lý thuế"


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Ủy ban nhân dân phư-\nờng về", "Ủy ban nhân dân phường   về"),
        ("Nghị quy- \nết Đại hội", "Nghị quyết    Đại hội"),
        ("cán bộ, công chức-\nviên chức", None),  # two words a hyphen joins
        ("huyện Krông-\nPắc", None),  # a name's capital
        ("Chính phủ nước Ma-lai-xi-\na về", None),  # a foreign name spelt by its syllables
        ("Chính phủ Liên bang Mi-\nan-ma", None),
    ],
)
def test_a_word_hyphenated_at_a_lines_end_is_read_whole(printed: str, read: str | None) -> None:
    """A PDF's hyphen at a line's end inside one syllable is mended in place, the line going on; a hyphen that
    joins words or spells a foreign name is left."""
    text = Source.of(printed).text
    assert len(text) == len(printed)
    assert text == (read if read is not None else printed)
