"""The reference tables (type codes, organs, provinces, named documents), read once from kg/data."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.folding import fold
from kg.models import Organ


@dataclass(frozen=True, slots=True)
class DocType:
    code: str
    name: str
    system: str


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    kind: str
    successor_2025: str
    aliases: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{'Thành phố' if self.kind == 'thành phố' else 'Tỉnh'} {self.name}"


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files("kg.data").joinpath(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def type_codes() -> dict[str, DocType]:
    """Type codes keyed by their canonical spelling (QĐ, CTr, QĐi …)."""
    return {r["code"]: DocType(r["code"], r["name"], r["system"]) for r in _rows("type_codes.csv")}


@cache
def organs() -> dict[str, Organ]:
    """Organ registry keyed by code."""
    return {
        r["code"]: Organ(r["code"], r["name"], r["branch"], r["tier"] or None, r["parent"] or None)  # type: ignore[arg-type]
        for r in _rows("organs.csv")
    }


@cache
def provinces() -> tuple[Province, ...]:
    return tuple(
        Province(r["name"], r["kind"], r["successor_2025"], tuple(a for a in r["aliases"].split(";") if a))
        for r in _rows("provinces.csv")
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
