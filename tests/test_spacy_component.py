"""The spaCy component, loaded the way users load it: through the installed entry point."""

from __future__ import annotations

import importlib.metadata
import importlib.util

import pytest
import spacy

import kg.parse
from kg.models import Citation, Header, ParsedDocument
from kg.spacy_component import SPANS_KEY, WHITESPACE_VI, span_label
from tests.conftest import SAMPLES

TEXT = "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng; căn cứ Luật Thực hiện dân chủ ở cơ sở."


def _fake_parse(text: str) -> ParsedDocument:
    """Offsets that fall inside tokens ("hỉ thị số 33/CT-TT"), to check that spans expand to whole tokens."""
    s1, e1 = text.index("Chỉ") + 1, text.index("TTg") + 2
    s2, e2 = text.index("Luật"), text.index(" ở cơ sở") + len(" ở cơ sở")
    return ParsedDocument(
        Header(),
        (
            Citation("numbered", s1, e1, text[s1:e1], symbol="33/CT-TTg", type_code="CT"),
            Citation("named", s2, e2, text[s2:e2], name="Luật Thực hiện dân chủ ở cơ sở", doc_type="Luật"),
        ),
    )


def test_entry_point_is_installed() -> None:
    points = importlib.metadata.entry_points(group="spacy_factories")
    assert [p.value for p in points if p.name == "vn_legal_refs"] == ["kg.spacy_component:make_vn_legal_refs"]


@pytest.mark.parametrize(
    "make_nlp", [lambda: spacy.blank("vi", config=WHITESPACE_VI), lambda: spacy.blank("xx")]
)
def test_spans_and_citation_extension(monkeypatch: pytest.MonkeyPatch, make_nlp) -> None:
    monkeypatch.setattr(kg.parse, "parse_document", _fake_parse)
    nlp = make_nlp()
    nlp.add_pipe("vn_legal_refs")  # by factory name only: kg.spacy_component is found by the entry point
    doc = nlp(TEXT)
    spans = list(doc.spans[SPANS_KEY])
    assert [s.label_ for s in spans] == ["CT", "Luật"]
    assert spans[0].text.startswith("Chỉ thị số 33/CT-TTg")  # expanded to whole tokens
    assert spans[1].text.rstrip(".") == "Luật Thực hiện dân chủ ở cơ sở"  # "sở." is one whitespace token
    assert spans[0]._.citation.symbol == "33/CT-TTg"
    assert spans[1]._.citation.kind == "named"


def test_labels() -> None:
    assert span_label(Citation("numbered", 0, 1, "x", type_code="QĐ")) == "QĐ"
    assert span_label(Citation("named", 0, 1, "x", doc_type="Luật")) == "Luật"
    assert span_label(Citation("numbered", 0, 1, "x", doc_type="Công văn")) == "REF"


@pytest.mark.skipif(importlib.util.find_spec("pyvi") is not None, reason="pyvi is installed here")
def test_blank_vi_needs_pyvi_by_default() -> None:
    """Why the docs and tests use WHITESPACE_VI: spaCy 3's Vietnamese tokenizer defaults to pyvi."""
    with pytest.raises(ImportError, match=r"[Pp]yvi"):
        spacy.blank("vi")


def test_real_parser_spans_cover_citations() -> None:
    text = (SAMPLES / "kien-giang_ke-hoach-ct33-2024.txt").read_text(encoding="utf-8")
    nlp = spacy.blank("vi", config=WHITESPACE_VI)
    nlp.add_pipe("vn_legal_refs")
    doc = nlp(text)
    spans = list(doc.spans[SPANS_KEY])
    citations = kg.parse.parse_document(text).citations
    assert any(s._.citation.symbol == "33/CT-TTg" for s in spans)
    assert len(spans) == len(citations)
    for span in spans:
        c = span._.citation
        assert span.start_char <= c.start and c.end <= span.end_char
