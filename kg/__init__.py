"""kg: find, resolve and connect the references between Vietnamese Party and State documents.

>>> from kg import parse_document
>>> doc = parse_document("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
>>> doc.citations[0].symbol, doc.citations[0].relation
('33/CT-TTg', 'implements')

The public names are imported on first use (module ``__getattr__``), not with the package: every ``kg``
command imports this package, and ``kg lineage`` must not pay for the parser's tables at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.models import Citation, Header, Link, Organ, ParsedDocument
    from kg.parse import parse_document

__version__ = "0.1.0"
__all__ = ["Citation", "Header", "Link", "Organ", "ParsedDocument", "__version__", "parse_document"]

_LAZY = {
    "Citation": "kg.models",
    "Header": "kg.models",
    "Link": "kg.models",
    "Organ": "kg.models",
    "ParsedDocument": "kg.models",
    "parse_document": "kg.parse",
}


def __getattr__(name: str) -> Any:
    """``from kg import parse_document`` and friends, imported when first asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
