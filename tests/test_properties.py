"""Properties of the parser on arbitrary text, and of symbol normalisation.

The text strategy mixes random characters with the pieces citations are made of (type words, "số",
symbols, dates, OCR look-alikes), so that the parser's deeper paths are reached, not only its first
regular expression.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import registry
from kg.parse import parse_document
from tests.conftest import load_scorer

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_ODD = "\u0300\u0301\u0303\u0309\u0323\u0302\u00d0\u00f0\u2013\u2014\u00a0\t\r;,.:()\"'*|#§¢€"
_PIECES = [
    "số ",
    "Số: ",
    "sé ",
    "s6 ",
    "Chỉ thị ",
    "Chi thi ",
    "Nghị quyết ",
    "Quyết định ",
    "Quyét dinh ",
    "Kế hoạch ",
    "Luật ",
    "Kết luận ",
    "Thông tư ",
    "Công văn ",
    "Hiến pháp ",
    "Điều lệ Đảng",
    "Đề án 06",
    "33/CT-TTg",
    "114-KL/TW",
    "23- -Qb/TW",
    "939 QD/TU",
    "59/2023/NĐ-CP",
    "51/2024/QH15",
    "85-CTr/BDVTU-BCSPUBND",
    "1148/QĐ-UBND-HC",
    "5451/UBND-CNXD",
    "33/CT-\nTTg",
    "/",
    "-",
    "--",
    " ngày 26 tháng 11 năm 2021",
    " ngay 14 thang 7 nam 2015",
    "ngày 31/12/2024",
    " của ",
    " về ",
    "Thực hiện ",
    "Căn cứ ",
    "thay thế ",
    "sửa đổi, bổ sung ",
    "bãi bỏ ",
    "được sửa đổi, bổ sung bởi ",
    "Ủy ban nhân dân tỉnh Kiên Giang",
    "Thủ tướng Chính phủ",
    "Ban Thường vụ Tỉnh ủy",
    "UBND huyện ",
    "\n",
    "\n\n",
    "CÔNG BÁO/Số 244/Ngày 23-04-2026",
    "--- PAGE 1 ---",
    "khoản 1 Điều 5 ",
    "Nơi nhận:\n",
]
_CHARS = st.text(alphabet=_LETTERS + _ODD + "0123456789/- \n", max_size=12)
TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), _CHARS), max_size=40).map("".join)

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(TEXTS)
def test_parse_never_raises_and_offsets_slice_to_surface(text: str) -> None:
    doc = parse_document(text)
    for c in doc.citations:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.surface
    for link in doc.links:
        assert 0 <= link.source < len(doc.citations) and 0 <= link.target < len(doc.citations)
    json.dumps(doc.to_dict(), ensure_ascii=False)  # every record can be written out


@PROPERTY_SETTINGS
@given(st.text(max_size=300))
def test_parse_never_raises_on_any_unicode(text: str) -> None:
    doc = parse_document(text)
    assert all(text[c.start : c.end] == c.surface for c in doc.citations)


def _organs(branch: str) -> list[str]:
    return sorted(code for code, organ in registry.organs().items() if organ.branch == branch)


def _types(system: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        sorted(c for c, t in registry.type_codes().items() if t.system in (system, "both"))
    )


_NUMBER = st.from_regex(r"0?[1-9][0-9]{0,3}", fullmatch=True)
_YEAR = st.integers(1990, 2030).map(str)


def _canonical_symbols() -> st.SearchStrategy[str]:
    """The four shapes of the gold spec, built from the registry's type and organ codes."""
    party_org, state_org = st.sampled_from(_organs("party")), st.sampled_from(_organs("state"))
    party = st.builds(lambda n, t, o: f"{n}-{t}/{o}", _NUMBER, _types("party"), party_org)
    state = st.builds(lambda n, t, o: f"{n}/{t}-{o}", _NUMBER, _types("state"), state_org)
    normative = st.builds(lambda n, y, t, o: f"{n}/{y}/{t}-{o}", _NUMBER, _YEAR, _types("state"), state_org)
    assembly = st.builds(lambda n, y, k: f"{n}/{y}/QH{k}", _NUMBER, _YEAR, st.integers(10, 16))
    return st.one_of(party, state, normative, assembly)


@PROPERTY_SETTINGS
@given(_canonical_symbols())
def test_canonical_symbols_are_fixed_points(symbol: str) -> None:
    from kg.parse.symbols import normalize_symbol

    assert normalize_symbol(symbol) == symbol


def test_gold_symbols_are_fixed_points(shared: Path) -> None:
    """Every canonical symbol the annotators wrote normalises to itself, up to the scorer's equivalences
    (the gold keeps "BCSPUBND" as printed; the scorer reads BCSP as BCSĐ)."""
    from kg.parse.symbols import normalize_symbol

    norm = load_scorer(shared).norm_symbol
    symbols = {
        m["symbol"]
        for path in sorted((shared / "gold").glob("*.json"))
        for m in json.loads(path.read_text(encoding="utf-8"))["mentions"]
        if m.get("symbol") and not m.get("uncertain")
    }
    assert len(symbols) >= 10, "the gold files should hold a few dozen distinct symbols"
    assert {s: normalize_symbol(s) for s in symbols if norm(normalize_symbol(s)) != norm(s)} == {}


@PROPERTY_SETTINGS
@given(st.one_of(TEXTS, st.text(max_size=40)))
def test_normalize_symbol_is_idempotent(raw: str) -> None:
    from kg.parse.symbols import normalize_symbol

    once = normalize_symbol(raw)
    if once is not None:
        assert normalize_symbol(once) == once
