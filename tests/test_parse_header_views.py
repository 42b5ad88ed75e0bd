"""The header's quicker readings give what the plain ones give: patterns of the folded view written for the
original text, searches that skip from line break to line break, the first line cut alone.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.parse import header
from kg.parse.text import fold_view

# Pieces a header is made of, with characters that fold (Ţ, Ṁ, ỉ), fold to white space (*, |, NBSP,
# zero-width space) or break lines as str.splitlines does (\r, \x0b, \x1c, \x85, \u2028), and one past the BMP.
_PIECES = [
    *("tỉnh", "Tỉnh", "TỈNH", "tinh", "Ţịṅḥ", "ỉ", "Hậu", "Giang", "x", "\U0001d400"),
    *("TM", "T/M", "KT", "K/T", "tm", "Ṁ", ".", "ỦY BAN NHÂN DÂN", "uy ban nhan dan"),
    *("TỈNH ỦY", "Ban Thường vụ", "HỘI ĐỒNG NHÂN DÂN", "huyện ủy", "KẾ HOẠCH", "BÁO CÁO"),
    *("Số:", "số ", "Luật số: ", "sô hiêu 5", "12/QĐ-UBND", "*", "#", "|", "_", ":"),
    *(" ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\x0b", "\x1c", "\x85", "\u2028", "\u00a0", "\u200b"),
]
_HEADERS = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)
_PROVINCE_WORD = re.compile(r"t[iỉ]nh\s+(\S+\s+\S+)")


def _spans(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return m and (m.span(), tuple(m.span(g) for g in range(1, len(m.groups()) + 1)))


@settings(max_examples=1000, deadline=None)
@given(_HEADERS)
def test_province_word_on_the_original_matches_where_it_does_on_the_folded_view(text: str) -> None:
    folded = [(m.span(1), m.group(1)) for m in _PROVINCE_WORD.finditer(fold_view(text))]
    original = [(m.span(1), fold_view(m.group(1))) for m in header._province_word().finditer(text)]
    assert original == folded


@settings(max_examples=1000, deadline=None)
@given(_HEADERS)
def test_a_tail_signed_for_an_organ_passes_the_hint(text: str) -> None:
    if header._SIGNED_FOR.search(" ".join(fold_view(text).split())):
        assert header._signed_for_hint().search(text)


@settings(max_examples=1000, deadline=None)
@given(_HEADERS)
def test_line_searches_find_what_a_plain_search_finds(text: str) -> None:
    folded = fold_view(text)
    number = header._line_search(header._NUMBER_LINE, header._NUMBER_AFTER_BREAK, folded)
    assert _spans(number) == _spans(header._NUMBER_LINE.search(folded))
    type_line = header._line_search(header._TYPE_LINE, header._TYPE_AFTER_BREAK, text)
    assert _spans(type_line) == _spans(header._TYPE_LINE.search(text))
    assert header._first_line(text) == next((ln for ln in text.splitlines() if ln.strip()), "")
