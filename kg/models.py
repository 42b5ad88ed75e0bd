"""The core records kg passes between its steps.

They are frozen so that a parsed document can be cached, hashed and shared between threads, and
plain (no behaviour beyond conversion) so that the store, the RDF export and the HTML page all read
the same fields.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["numbered", "named"]
Branch = Literal["party", "state", "joint", "other"]
Tier = Literal["central", "province", "district", "commune"]
Relation = Literal["implements", "based_on", "replaces", "repeals", "amends", "guides", "issues", "cites"]

RELATIONS: tuple[str, ...] = (
    "implements",
    "based_on",
    "guides",
    "amends",
    "replaces",
    "repeals",
    "issues",
    "cites",
)


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of another document, located in the ORIGINAL text by ``start``/``end``."""

    kind: Kind
    start: int
    end: int
    surface: str
    symbol: str | None = None
    name: str | None = None
    number: str | None = None
    year: int | None = None
    type_code: str | None = None
    doc_type: str | None = None
    issuer_codes: tuple[str, ...] = ()
    issuer: str | None = None
    branch: Branch | None = None
    tier: Tier | None = None
    jurisdiction: str | None = None
    date: str | None = None
    title: str | None = None
    relation: Relation = "cites"
    zone: str = "body"
    sentence: str = ""
    confidence: float = 1.0
    ocr_repaired: bool = False
    uncertain: bool = False
    antecedent: int | None = None

    @property
    def key(self) -> str:
        """The string that names the cited document inside one text: its symbol, else its name."""
        return self.symbol or self.name or self.surface

    @property
    def edge_name(self) -> str:
        """How the gold's edges name the document: one cited by name by its name (though the gazetteer numbers
        it), a reference back by what it points to, else its symbol."""
        if self.kind == "named" and self.name and self.antecedent is None:
            return self.name
        return self.key

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["issuer_codes"] = list(self.issuer_codes)
        return d


@dataclass(frozen=True, slots=True)
class Link:
    """A relation the text states between two cited documents (indices into ``citations``)."""

    source: int
    target: int
    relation: Relation
    start: int
    end: int
    sentence: str = ""
    confidence: float = 0.8

    def to_dict(self, citations: tuple[Citation, ...]) -> dict[str, Any]:
        d = asdict(self)
        d["from"] = citations[self.source].edge_name
        d["to"] = citations[self.target].edge_name
        return d


@dataclass(frozen=True, slots=True)
class Header:
    """The document's own identity as printed in its header, letterhead and signature block.

    ``unread`` names the fields the header prints but that could not be read (a garbled "Số: %4/KH~VP"
    gives ``symbol="?4/KH-VP"`` with ``symbol`` in ``unread``; a blank number gives ``"?/KH-UBND"``).
    """

    symbol: str | None = None
    number: str | None = None
    type_code: str | None = None
    issuer_codes: tuple[str, ...] = ()
    doc_type: str | None = None
    date: str | None = None
    year: int | None = None
    issuer: str | None = None
    branch: Branch | None = None
    tier: Tier | None = None
    jurisdiction: str | None = None
    province: str | None = None
    district: str | None = None
    place: str | None = None
    title: str | None = None
    unread: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["issuer_codes"] = list(self.issuer_codes)
        d["unread"] = list(self.unread)
        return d


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What ``parse_document`` finds in one text."""

    header: Header
    citations: tuple[Citation, ...] = ()
    links: tuple[Link, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "header": self.header.to_dict(),
            "citations": [c.to_dict() for c in self.citations],
            "links": [lk.to_dict(self.citations) for lk in self.links],
        }


@dataclass(frozen=True, slots=True)
class Organ:
    """An issuing body from the organ registry (``kg/data/organs.csv``)."""

    code: str
    name: str
    branch: Branch
    tier: Tier | None
    parent: str | None = None
