"""kg: find, resolve and connect the references between Vietnamese Party and State documents.

>>> from kg import parse_document
>>> doc = parse_document("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
>>> doc.citations[0].symbol, doc.citations[0].relation
('33/CT-TTg', 'implements')
"""

from kg.models import Citation, Header, Link, Organ, ParsedDocument
from kg.parse import parse_document

__version__ = "0.1.0"
__all__ = ["Citation", "Header", "Link", "Organ", "ParsedDocument", "__version__", "parse_document"]
