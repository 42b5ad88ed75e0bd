"""The reference tables (type codes, organs, provinces, named documents), read once from kg/data."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.folding import fold, slug
from kg.models import Organ


@dataclass(frozen=True, slots=True)
class DocType:
    code: str
    name: str
    system: str
    tier: str | None  # the one level that issues this type, if only one does (Nghị định, Thông tư: central)
    sole_issuer: str | None  # the one organ that issues this type, if only one does (Nghị định: CP)


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    kind: str
    successor_2025: str
    aliases: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{'Thành phố' if self.kind == 'thành phố' else 'Tỉnh'} {self.name}"


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a table under kg/data, without its comment rows ("#" opens the first column). A row with more
    fields than the header (an unquoted value holding a comma) is an error, not a silently shifted row; so is a
    comment whose quotation mark after a comma opens a quoted field that swallows the rows below it."""
    # (a Traversable's open takes newline= at run time, though typeshed says not)
    with resources.files("kg.data").joinpath(name).open(encoding="utf-8", newline="") as f:  # type: ignore[call-overload]
        reader = csv.DictReader(f)
        first = (reader.fieldnames or [""])[0]
        every = list(reader)
    for r in every:
        if (r[first] or "").startswith("#") and any("\n" in str(v) for v in r.values()):
            raise ValueError(
                f"kg/data/{name}: the comment {r[first]!r} runs on over a line: a '\"' after a comma"
            )
    rows = [r for r in every if not (r[first] or "").startswith("#")]
    for r in rows:
        if None in r:
            extra = ",".join(r[None])  # type: ignore[index]
            raise ValueError(
                f"kg/data/{name}: {extra!r} is past the last column: quote a value holding a comma"
            )
    return rows


@cache
def type_codes() -> dict[str, DocType]:
    """Type codes keyed by their canonical spelling (QĐ, CTr, QĐi …)."""
    return {
        r["code"]: DocType(r["code"], r["name"], r["system"], r["tier"] or None, r["sole_issuer"] or None)
        for r in data_rows("type_codes.csv")
    }


@cache
def organ_history() -> dict[str, tuple[str, Organ]]:
    """Codes that named another body before a reorganisation: code -> (until, that body)."""
    return {
        r["code"]: (r["until"], Organ(r["code"], r["name"], "state", r["tier"] or None))  # type: ignore[arg-type]
        for r in data_rows("organ_history.csv")
        if not r["code"].startswith("#")
    }


def organ_on(code: str, day: str | None) -> Organ | None:
    """The body ``code`` named on ``day`` (ISO date or year), as far as the registry knows."""
    past = organ_history().get(code)
    if past and day and day < past[0]:
        return past[1]
    return organs().get(code)


_YEAR_PART = re.compile(r"/(?:19|20)\d\d/")


@cache
def _law_versions() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """(in force since, symbol, passed on) of each version, oldest first."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in data_rows("law_versions.csv"):
        out.setdefault(r["name"], []).append((r["in_force"], r["symbol"], r["passed"]))
    return {name: tuple(sorted(versions)) for name, versions in out.items()}


def law_version(
    name: str, symbol: str | None, year: int | None, day: str | None, stated: str | None = None
) -> str | None:
    """The symbol of the law a name means: the version passed on the date the mention states ("Luật Tổ chức
    chính quyền địa phương ngày 16/6/2025" is 72/2025, not 65/2025 of the same year), else one of the year it
    states ("Luật Quản lý thuế năm 2006"; of two, the one in force on ``day``), else the one in force on ``day``
    (the citing document's date), else ``symbol``, today's.

    None when the stated year is no version's: a name never stands for a law enacted after it was cited."""
    versions = _law_versions().get(name)
    if not versions:  # a symbol without a year ("1470/QĐ-TTg") does not contradict the one stated
        return (
            symbol
            if year is None or symbol is None or not _YEAR_PART.search(symbol) or f"/{year}/" in symbol
            else None
        )
    if stated is not None:
        passed = [s for _, s, on in versions if on <= stated]
        return passed[-1] if passed else None
    if year is not None:
        of_year = [(since, s) for since, s, _ in versions if f"/{year}/" in s]
        current = [s for since, s in of_year if day is None or since <= day]
        return current[-1] if current else (of_year[0][1] if of_year else None)
    if day is None:
        return versions[-1][1]
    in_force = [s for since, s, _ in versions if since <= day]
    return in_force[-1] if in_force else None


def is_law_version(name: str, symbol: str) -> bool:
    """Whether ``symbol`` is one of the known versions of the law of that name."""
    return any(s == symbol for _, s, _ in _law_versions().get(name, ()))


def law_passed_by(name: str, symbol: str | None, year: int) -> str | None:
    """The latest version of a law passed by ``year``: what a document of that year can guide or carry out (a
    decree of 2020 guides the Labour Code of 2019 before it takes effect). ``symbol`` when no versions are known."""
    versions = _law_versions().get(name)
    if not versions:
        return symbol
    passed = [s for _, s, _ in versions if int(s.split("/")[1]) <= year]
    return passed[-1] if passed else None


@cache
def organs() -> dict[str, Organ]:
    """Organ registry keyed by code."""
    return {
        r["code"]: Organ(r["code"], r["name"], r["branch"], r["tier"] or None, r["parent"] or None)  # type: ignore[arg-type]
        for r in data_rows("organs.csv")
    }


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(r["name"], r["kind"], r["successor_2025"], tuple(a for a in r["aliases"].split(";") if a))
        for r in data_rows("provinces.csv")
    )


@cache
def province_by_folded_name() -> dict[str, Province]:
    """Every spelling of a province name (folded) to its record."""
    out: dict[str, Province] = {}
    for p in provinces():
        for n in (p.name, *p.aliases):
            out[fold(n)] = p
    return out


def absorbed_by(new_province: str) -> tuple[str, ...]:
    """The pre-2025 provinces whose territory is now in ``new_province`` (itself included)."""
    key = fold(new_province)
    return tuple(p.name for p in provinces() if fold(p.successor_2025) == key)


@dataclass(frozen=True, slots=True)
class District:
    name: str
    kind: str
    province: str


@dataclass(frozen=True, slots=True)
class PartyTerm:
    """A term (khóa) of the Party Central Committee; Party numbering restarts with each one."""

    term: int
    roman: str
    start: str
    end: str | None


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """A province, or a district inside one; ``key`` is the stable slug used in document ids."""

    province: str
    district: str | None = None

    @property
    def key(self) -> str:
        return slug(self.province) + (f".{slug(self.district)}" if self.district else "")

    @property
    def display(self) -> str:
        """The form the data model uses: "Hậu Giang" or "Tháp Mười, Đồng Tháp"."""
        return f"{self.district}, {self.province}" if self.district else self.province


@cache
def districts() -> tuple[District, ...]:
    """The district-level units before the 2025 reform (the General Statistics Office's list of 2024): a
    document of those years is dated and filed by them."""
    return tuple(District(r["name"], r["kind"], r["province"]) for r in data_rows("districts.csv"))


@cache
def _districts_by_folded_name() -> dict[str, tuple[District, ...]]:
    out: dict[str, list[District]] = {}
    for d in districts():
        folded = fold(d.name)
        for key in {folded, _strip_prefix(folded, _DISTRICT_PREFIXES)}:  # "Quận 1" is also "1"
            out.setdefault(key, []).append(d)
    return {k: tuple(v) for k, v in out.items()}


@cache
def party_terms() -> tuple[PartyTerm, ...]:
    return tuple(
        PartyTerm(int(r["term"]), r["roman"], r["start"], r["end"] or None)
        for r in data_rows("party_terms.csv")
    )


def party_term(date: str | None = None, year: int | None = None) -> int | None:
    """The Party term a document dated ``date`` (ISO) or issued in ``year`` belongs to.

    Provincial and district committees hold their congresses a few months before the national one; their
    terms are approximated by the national boundaries. A bare year that contains a boundary is read as
    the later term, which covers most of that year.
    """
    if date:
        for t in party_terms():
            if t.start <= date and (t.end is None or date < t.end):
                return t.term
        return None
    if year is not None:
        return party_term(f"{year}-12-31")
    return None


def term_from_roman(roman: str) -> int | None:
    """XIII -> 13, for "khóa XIII" in an issuer or a surface."""
    for t in party_terms():
        if t.roman == roman.upper():
            return t.term
    return None


@cache
def _organs_by_folded_code() -> dict[str, Organ]:
    return {fold(code).upper(): organ for code, organ in organs().items()}


def organ(code: str) -> Organ | None:
    """The registry organ for a code as printed, tolerant of case, of a missing Đ and of the OCR Đ→P slip.

    "BCSPUBND" (seed 000) is BCSĐUBND: a P that makes an unknown code known again is read as Đ.
    """
    if code in organs():
        return organs()[code]
    table = _organs_by_folded_code()
    key = fold(code).upper().replace("&", "")
    if key in table:
        return table[key]
    for i, ch in enumerate(key):
        if ch == "P":
            fixed = key[:i] + "D" + key[i + 1 :]
            if fixed in table:
                return table[fixed]
    return None


_PROVINCE_PREFIXES = ("thanh pho ", "tp. ", "tp ", "tinh ")
_DISTRICT_PREFIXES = ("huyen ", "thi xa ", "thanh pho ", "quan ", "tp. ", "tp ")


def _strip_prefix(folded: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if folded.startswith(p):
            return folded[len(p) :].strip()
    return folded


def find_province(name: str) -> Province | None:
    """A province from any spelling: "tỉnh Hậu Giang", "Hau Giang", "TP. Hồ Chí Minh"."""
    folded = " ".join(fold(name).split())
    table = province_by_folded_name()
    return table.get(folded) or table.get(_strip_prefix(folded, _PROVINCE_PREFIXES))


def find_district(name: str, province: str | None = None, kind: str | None = None) -> District | None:
    """The district of that name (in ``province``, of ``kind`` when given); None when the name is unknown or several
    provinces have one ("Châu Thành"). A city and a district of one name in one province ("Cao Lãnh") are
    one place for filing."""
    folded = " ".join(fold(name).split())
    table = _districts_by_folded_name()
    hits = table.get(folded) or table.get(_strip_prefix(folded, _DISTRICT_PREFIXES), ())
    if province is not None:
        hits = tuple(d for d in hits if fold(d.province) == fold(province))
    if kind is not None:  # ("thành phố Thanh Hóa", not the district Thạnh Hóa of Long An, one name folded)
        hits = tuple(d for d in hits if d.kind == kind)
    return hits[0] if len({(d.name, d.province) for d in hits}) == 1 else None


def jurisdiction(
    text: str | None, province: str | None = None, district: str | None = None
) -> Jurisdiction | None:
    """Normalise a jurisdiction as the parser or a manifest states it ("Tháp Mười, Đồng Tháp", "tỉnh Kiên Giang").

    Unknown names are kept as written rather than dropped: a province missing from
    the table still scopes its documents.
    """
    if text and not province:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 2:
            district, province = parts[0], parts[-1]
        elif parts:
            p = find_province(parts[0])
            if p:
                province = p.name
            else:
                d = find_district(parts[0])
                if d is None:
                    province = parts[0]
                else:
                    district, province = d.name, d.province
    if not province:
        return None
    p = find_province(province)
    prov_name = p.name if p else province
    dist_name = None
    if district:
        d = find_district(district, prov_name)
        dist_name = d.name if d else _strip_district_word(district)
    return Jurisdiction(prov_name, dist_name)


def _strip_district_word(name: str) -> str:
    folded = fold(name)
    for p in _DISTRICT_PREFIXES:
        if folded.startswith(p):
            return name[len(p) :].strip()
    return name.strip()


def successor_2025(province: str) -> str | None:
    """The province that absorbed ``province`` on 1 July 2025 (itself if unchanged)."""
    p = find_province(province)
    return p.successor_2025 if p else None


@cache
def _organs_by_folded_name() -> tuple[tuple[str, Organ], ...]:
    """Organ names folded, longest first, so "Văn phòng Ủy ban nhân dân" wins over "Ủy ban nhân dân"."""
    return tuple(sorted(((fold(o.name), o) for o in organs().values()), key=lambda p: -len(p[0])))


def organ_by_name(issuer: str | None) -> Organ | None:
    """The organ an issuer name starts with: "Ủy ban nhân dân tỉnh Kiên Giang" -> UBND; None if unknown."""
    if not issuer:
        return None
    folded = " ".join(fold(issuer).split())
    for name, o in _organs_by_folded_name():
        if folded.startswith(name):
            return o
    return None
