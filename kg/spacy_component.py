"""spaCy pipeline component ``vn_legal_refs``: the citations of ``kg.parse`` as spans of a spaCy Doc.

It lets a spaCy pipeline (annotation tools, displaCy, downstream NER) reuse the rule-based parser instead
of learning citations again. Registered through the ``spacy_factories`` entry point in setup.cfg, so
``nlp.add_pipe("vn_legal_refs")`` works once kg is installed, without importing kg first.

The blank Vietnamese language of spaCy tokenizes with pyvi by default (an extra, heavy dependency); the
citations do not need word segmentation, so use ``spacy.blank("vi", config=WHITESPACE_VI)`` or
``spacy.blank("xx")``: spans are mapped from character offsets and expanded to whole tokens.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import parse
from kg.models import Citation

SPANS_KEY = "legal_refs"
WHITESPACE_VI: dict[str, Any] = {"nlp": {"tokenizer": {"use_pyvi": False}}}

if not Span.has_extension("citation"):
    Span.set_extension("citation", default=None)


def span_label(citation: Citation) -> str:
    """Type code (CT, QĐ …) for numbered citations, the type name for named ones, else REF."""
    return citation.type_code or (citation.doc_type if citation.kind == "named" else None) or "REF"


class VnLegalRefs:
    """Sets ``doc.spans[spans_key]``: one Span per citation, the record on ``span._.citation``."""

    def __init__(self, spans_key: str = SPANS_KEY) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for citation in parse.parse_document(doc.text).citations:
            span = doc.char_span(
                citation.start, citation.end, label=span_label(citation), alignment_mode="expand"
            )
            if span is None:  # offsets inside whitespace only; nothing to mark
                continue
            span._.citation = citation
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "vn_legal_refs",
    default_config={"spans_key": SPANS_KEY},
    assigns=["doc.spans", "span._.citation"],
)
def make_vn_legal_refs(nlp: Language, name: str, spans_key: str) -> VnLegalRefs:
    """Factory named by the entry point; ``nlp`` and ``name`` are required by spaCy's factory protocol."""
    return VnLegalRefs(spans_key)
