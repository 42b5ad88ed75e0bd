"""Canonical document ids: one id per real document, whoever mentions it and however.

A symbol alone does not name a document. State administrative numbers restart every calendar year, Party
numbers every committee term (khóa), and every province, district and commune runs its own registers.
So an id is the symbol's parts plus a numbering period and, for local issuers, a jurisdiction:

* national: ``vn/{organ}/{type}/{period}/{number}``                    vn/ttg/ct/2021/33, vn/tw/kl/k11/114
* local:    ``vn/{jurisdiction}/{organ}/{type}/{period}/{number}``     vn/kien-giang/ubnd/kh/2021/250
  (a commune's organ carries the commune, which numbers its own: vn/gia-lai/hdnd-xa-ia-hrung/nq/2025/15)
* named:    ``vn/name/{slug}`` or ``vn/{jurisdiction}/name/{slug}``    vn/name/luat-tiep-cong-dan
* a file whose own number is not printed: ``…/f{content hash}``

An unknown period or jurisdiction is written ``_``: such an id names an *unresolved* node that the store
re-resolves (see ``kg.graph.store``) as soon as a mention or a file supplies the missing fact. Every part
is folded to lower-case ASCII so that case and diacritic slips of OCR ("QD"/"QĐ", "CTR"/"CTr") and
leading zeros ("05"/"5") give the same id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from kg import registry
from kg.folding import fold, slug
from kg.models import Citation, Header
from kg.registry import Jurisdiction

Scope = Literal["national", "local", "named", "file"]
UNKNOWN = "_"

_SYMBOL = re.compile(
    r"^\s*(?P<num>[0-9?]+(?:[a-zA-Z]|\.\d{1,2})?)(?:/(?P<year>\d{4}))?(?P<sep>[-/])(?P<rest>\S+?)\s*$"
)
_QH = re.compile(r"^(UBTVQH|QH)(\d+)$", re.IGNORECASE)
_KHOA = re.compile(r"\bkhoa\s+([ivxl]+)\b")


@dataclass(frozen=True, slots=True)
class SymbolParts:
    """A canonical số ký hiệu split into the parts that scope its numbering."""

    number: str
    year: int | None
    type_code: str | None
    organs: tuple[str, ...]
    party_style: bool


@dataclass(frozen=True, slots=True)
class Key:
    """What one mention (or one file header) says about which document it names.

    ``mkey`` groups every mention that could name the same document (same organ, type and number, or
    same name); ``jur`` and ``period`` pick one inside the group and are None while unknown.
    """

    scope: Scope
    mkey: str
    jur: str | None
    period: str | None
    tail: str

    @property
    def stated(self) -> bool:
        """True when the key names exactly one document without help from other mentions."""
        return self.jur is not None and self.period is not None

    @property
    def doc_id(self) -> str:
        """The id of the document this key names, with ``_`` for what is still unknown."""
        jur = self.jur if self.jur is not None else UNKNOWN
        period = self.period if self.period is not None else UNKNOWN
        if self.scope == "named":
            return f"vn/{jur}/name/{self.tail}" if jur else f"vn/name/{self.tail}"
        head = f"vn/{jur}/" if jur else "vn/"
        organ_type, number = self.tail.rsplit("/", 1)
        return f"{head}{organ_type}/{period}/{number}"


def part(text: str) -> str:
    """An id part: lower-case ASCII letters, digits and hyphens ("UBND-KGVX" -> "ubnd-kgvx")."""
    return "-".join(p for p in re.split(r"[^0-9a-z]+", fold(text).lower()) if p)


def number_key(number: str) -> str:
    """Leading zeros do not distinguish documents (01-KL/TW is 1-KL/TW); an unreadable digit is x."""
    n = number.strip().lower().replace("?", "x")
    stripped = n.lstrip("0")
    return stripped if stripped and stripped[0].isalnum() else (n or "x")


@cache
def _type_codes_folded() -> dict[str, str]:
    return {fold(code).lower(): code for code in registry.type_codes()}


@cache
def _type_code_by_name() -> dict[tuple[str, str], str]:
    """(folded type name, system) -> code, so "Quy định" is QĐi for the Party and QyĐ for the State."""
    out: dict[tuple[str, str], str] = {}
    for t in registry.type_codes().values():
        for system in ("party", "state") if t.system == "both" else (t.system,):
            out.setdefault((fold(t.name), system), t.code)
    return out


def type_code_for_name(doc_type: str | None, party: bool) -> str | None:
    if not doc_type:
        return None
    return _type_code_by_name().get((fold(doc_type), "party" if party else "state"))


def parse_symbol(symbol: str | None) -> SymbolParts | None:
    """Split "33/CT-TTg", "114-KL/TW", "59/2023/NĐ-CP", "51/2024/QH15", "1657/UBND-KGVX"; None if not a symbol."""
    if not symbol:
        return None
    m = _SYMBOL.match(symbol)
    if not m:
        return None
    number, rest = m["num"], m["rest"]
    year = int(m["year"]) if m["year"] else None
    if m["sep"] == "-" and year is None:
        if "/" not in rest:
            return None
        type_part, organ_part = rest.split("/", 1)
        # (a copy for internal use, "141-CV/VPTW/nb", is the same document)
        organs = _organs(organ_part.removesuffix("/nb"))
        return SymbolParts(number, None, type_part or None, organs, party_style=True)
    groups = [g for g in re.split(r"[-/]", rest) if g]
    if not groups:
        return None
    if groups[0].lower() in _type_codes_folded() or fold(groups[0]).lower() in _type_codes_folded():
        if len(groups) == 1:
            return SymbolParts(number, year, None, (groups[0],), party_style=False)
        return SymbolParts(number, year, groups[0], tuple(groups[1:]), party_style=False)
    return SymbolParts(number, year, None, tuple(groups), party_style=False)


def _organs(text: str) -> tuple[str, ...]:
    return tuple(o for o in text.split("-") if o)


def canonical_organ(code: str) -> str:
    """The registry spelling of an organ code when it is known (BCSPUBND -> BCSĐUBND), else as printed."""
    o = registry.organ(code)
    return o.code if o else code


def _is_party(parts: SymbolParts | None, branch: str | None) -> bool:
    if parts is not None:
        return parts.party_style
    return branch == "party"


def _national(first_organ: str | None, tier: str | None, placed: bool) -> bool:
    """National issuers (TW, QH, CP, TTg, ministries) number for the whole country; everyone else locally."""
    if first_organ:
        if _QH.match(first_organ):
            return True
        o = registry.organ(first_organ)
        if o is not None and o.tier is not None:
            return o.tier == "central"
    if tier is not None:
        return tier == "central"
    return not placed


def _period(
    parts: SymbolParts | None, party: bool, date: str | None, year: int | None, texts: tuple[str, ...]
) -> str | None:
    """Year for the State, term for the Party, the symbol's own year for normative documents."""
    if parts is not None and parts.year is not None:
        return str(parts.year)
    if party:
        term = registry.party_term(date=date) if date else None
        if term is None:
            for text in texts:
                m = _KHOA.search(fold(text or ""))
                if m and (term := registry.term_from_roman(m.group(1))) is not None:
                    break
        if term is None and year is not None:
            term = registry.party_term(year=year)
        return f"k{term}" if term is not None else None
    if date:
        return date[:4]
    return str(year) if year is not None else None


def _local_jurisdiction(
    stated: str | None, tier: str | None, context: Jurisdiction | None, commune: str | None = None
) -> Jurisdiction | None:
    """The mention's own jurisdiction, else the citing document's at the mention's tier.

    A provincial plan's bare "UBND tỉnh" is its own province; a district report's "UBND huyện" its own
    district; a district document cited from a provincial one has an unknown district. A commune named in the
    key (``commune``) is placed in the citing document's province: since 2025 communes stand right under it,
    and a commune's name alone ("HĐND xã Ia Hrung") is no province.
    """
    if stated:
        j = registry.jurisdiction(stated)
        if j is not None and not (commune and registry.find_province(j.province) is None):
            if tier == "province" and j.district:
                return Jurisdiction(j.province)
            return j
    if context is None:
        return None
    if tier == "province" or (tier == "commune" and commune and context.district is None):
        return Jurisdiction(context.province)
    if tier in ("district", "commune") and context.district is None:
        return None
    return context


# The commune an issuer's name ends with: "Hội đồng nhân dân xã Ia Hrung", "Đảng ủy phường Bến Thành".
_COMMUNE_NAMED = re.compile(
    r"(?<!\w)(?P<level>xã|phường|thị trấn|đặc khu)\s+(?P<name>\w[\w\s'-]*)$", re.IGNORECASE
)


def commune_of(issuer: str | None) -> str | None:
    """The slug of the commune that issued a document ("xa-ia-hrung"): each commune numbers its own documents,
    so it is part of their key, as the organ is."""
    m = _COMMUNE_NAMED.search(issuer or "")
    return slug(f"{m['level']} {m['name']}") if m else None


def _type_key(parts: SymbolParts | None, type_code: str | None, doc_type: str | None, party: bool) -> str:
    if parts is not None and parts.organs and _QH.match(parts.organs[0]):
        code = type_code or type_code_for_name(doc_type, party=False)
        return part(code or doc_type or "x")
    if parts is not None:
        code = parts.type_code or ("CV" if not party else type_code)
        return part(code or "x")
    code = type_code or type_code_for_name(doc_type, party)
    return part(code or doc_type or "x")


def _organ_group(parts: SymbolParts | None, issuer_codes: tuple[str, ...]) -> str:
    organs = parts.organs if parts is not None and parts.organs else issuer_codes
    return part("-".join(canonical_organ(o) for o in organs)) or "x"


def citation_key(c: Citation, context: Jurisdiction | None, home: str | None = None) -> Key:
    """The identity a mention states, scoped by the citing document's jurisdiction ``context`` and, for a bare
    "UBND xã", by the citing commune's ``home`` (its ``commune_of``)."""
    if c.symbol is None or parse_symbol(c.symbol) is None:
        name = c.name or c.surface
        return _named_key(name, c.tier, c.jurisdiction, context)
    parts = parse_symbol(c.symbol)
    party = _is_party(parts, c.branch)
    commune = (commune_of(c.issuer) or home) if c.tier == "commune" else None
    return _numbered_key(
        commune,
        parts,
        number=parts.number if parts else (c.number or "x"),
        type_code=c.type_code,
        doc_type=c.doc_type,
        issuer_codes=c.issuer_codes,
        party=party,
        tier=c.tier,
        stated_jurisdiction=c.jurisdiction,
        context=context,
        date=c.date,
        year=c.year,
        texts=(c.issuer or "", c.surface),
    )


def _named_key(name: str, tier: str | None, stated: str | None, context: Jurisdiction | None) -> Key:
    tail = slug(name) or "x"
    if tier in (None, "central") and not stated:
        return Key("named", f"name/{tail}", "", "", tail)
    j = _local_jurisdiction(stated, tier, context)
    return Key("named", f"lname/{tail}", j.key if j else None, "", tail)


def _numbered_key(
    commune: str | None,
    parts: SymbolParts | None,
    *,
    number: str,
    type_code: str | None,
    doc_type: str | None,
    issuer_codes: tuple[str, ...],
    party: bool,
    tier: str | None,
    stated_jurisdiction: str | None,
    context: Jurisdiction | None,
    date: str | None,
    year: int | None,
    texts: tuple[str, ...],
) -> Key:
    organs = parts.organs if parts is not None and parts.organs else issuer_codes
    first = organs[0] if organs else None
    first_organ = registry.organ(first) if first else None
    organ_tier = first_organ.tier if first_organ else None
    national = _national(first, tier, placed=stated_jurisdiction is not None or context is not None)
    period = _period(parts, party, date, year, texts)
    organ = _organ_group(parts, issuer_codes) + (f"-{commune}" if commune else "")
    group = f"{organ}/{_type_key(parts, type_code, doc_type, party)}"
    tail = f"{group}/{number_key(number)}"
    if national:
        return Key("national", f"n/{tail}", "", period, tail)
    j = _local_jurisdiction(stated_jurisdiction, tier or organ_tier, context, commune)
    return Key("local", f"l/{tail}", j.key if j else None, period, tail)


def header_jurisdiction(h: Header) -> Jurisdiction | None:
    """The jurisdiction a document's own header places it in."""
    if h.province or h.district:
        return registry.jurisdiction(None, province=h.province, district=h.district)
    return registry.jurisdiction(h.jurisdiction)


def header_key(h: Header, content_hash: str) -> Key:
    """The identity of an ingested document; without a readable number it is the file itself."""
    j = header_jurisdiction(h)
    parts = parse_symbol(h.symbol)
    party = _is_party(parts, h.branch)
    if parts is not None and "?" not in parts.number:
        return _numbered_key(
            commune_of(h.issuer) if h.tier == "commune" else None,
            parts,
            number=parts.number,
            type_code=h.type_code,
            doc_type=h.doc_type,
            issuer_codes=h.issuer_codes,
            party=party,
            tier=h.tier,
            stated_jurisdiction=j.display if j else None,
            context=j,
            date=h.date,
            year=h.year,
            texts=(h.issuer or "",),
        )
    organs = parts.organs if parts is not None else h.issuer_codes
    if not organs and (by_name := registry.organ_by_name(h.issuer)) is not None:
        organs = (by_name.code,)
    group = part("-".join(canonical_organ(o) for o in organs)) or UNKNOWN
    type_ = (
        _type_key(parts, h.type_code, h.doc_type, party) if (parts or h.type_code or h.doc_type) else UNKNOWN
    )
    period = _period(parts, party, h.date, h.year, (h.issuer or "",)) or UNKNOWN
    tail = f"{group}/{type_}/f{content_hash[:10]}"
    return Key("file", f"f/{content_hash}", j.key if j else "", period, tail)


def jurisdiction_from_key(key: str | None) -> tuple[str | None, str | None]:
    """(province slug, district slug) of a jurisdiction key."""
    if not key or key == UNKNOWN:
        return None, None
    province, _, district = key.partition(".")
    return province, district or None
