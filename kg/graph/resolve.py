"""REF text → document ids: whatever a user types ("33/CT-TTg", "chi thi 33 ttg 2021", a file path, an id).

The text is folded and cut into tokens; the first number is the document number (an indexed lookup) and
every other informative token must be found in the candidate's organ, type, year or description. Words
of a type name ("chỉ thị") become its code so that "Chỉ thị 33/CT-TTg" and "33/CT-TTg" agree.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg import registry
from kg.folding import fold
from kg.graph.identity import number_key
from kg.graph.store import Store

_STOPWORDS = frozenset(
    [
        "so",
        "ngay",
        "thang",
        "nam",
        "cua",
        "ve",
        "viec",
        "va",
        "tai",
        "theo",
        "ky",
        "hieu",
        "ban",
        "hanh",
        "thuc",
        "hien",
        "tinh",
        "huyen",
        "thanh",
        "pho",
        "tp",
    ]
)


class RefError(Exception):
    """REF names no document, or several: ``candidates`` lists them (empty when none)."""

    def __init__(self, ref: str, candidates: list[str]) -> None:
        self.ref = ref
        self.candidates = candidates
        if candidates:
            message = f"{ref!r} is ambiguous: {len(candidates)} documents match (give a year, a jurisdiction or an id)"
        else:
            message = f"{ref!r} matches no document in the store (try `kg search`)"
        super().__init__(message)


@cache
def _type_names() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Folded type-name word sequences -> folded code, longest first ("nghi quyet lien tich" before "nghi quyet")."""
    pairs = {(tuple(fold(t.name).split()), fold(t.code).lower()) for t in registry.type_codes().values()}
    pairs.add((("luat",), "luat"))
    pairs.add((("cong", "van"), "cv"))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^0-9a-z]+", fold(text).lower()) if t]


def _replace_type_names(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for words, code in _type_names():
            if len(words) > 1 and tuple(tokens[i : i + len(words)]) == words:
                out.append(code)
                i += len(words)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def resolve_ref(store: Store, text: str) -> list[str]:
    """Candidate document ids for REF, best first; one element means REF is unambiguous."""
    text = text.strip()
    if not text:
        return []
    if store.conn.execute("SELECT 1 FROM documents WHERE id = ?", (text,)).fetchone():
        return [text]
    by_path = _by_path(store, text)
    if by_path is not None:
        return by_path
    tokens = _replace_type_names(_tokens(text))
    number_index = next((i for i, t in enumerate(tokens) if t.isdigit()), None)
    if number_index is None:
        return _by_words(store, text, tokens)
    number = number_key(tokens[number_index])
    rest = tokens[:number_index] + tokens[number_index + 1 :]
    years = [int(t) for t in rest if len(t) == 4 and t.isdigit() and 1945 <= int(t) <= 2100]
    words = [t for t in rest if not t.isdigit() and t not in _STOPWORDS]
    rows = store.conn.execute(
        "SELECT id, organ_key, type_key, year, period, jur, search, resolved FROM documents WHERE number_key = ?",
        (number,),
    ).fetchall()
    hits = []
    for row in rows:
        vocabulary = set((row["organ_key"] or "").split("-")) | {row["type_key"] or ""}
        vocabulary |= set(_tokens(row["search"] or "")) | set(re.split(r"[.-]", row["jur"] or ""))
        if any(w not in vocabulary for w in words):
            continue
        if years and not all(_year_matches(y, row["year"], row["period"]) for y in years):
            continue
        hits.append((row["resolved"], row["id"]))
    return _best(hits)


def _year_matches(year: int, doc_year: int | None, period: str | None) -> bool:
    if doc_year is not None:
        return doc_year == year
    if period and period.startswith("k") and period[1:].isdigit():
        return registry.party_term(year=year) == int(period[1:])
    return period == str(year)


def _best(hits: list[tuple[int, str]]) -> list[str]:
    """Resolved documents only when there are any: an unresolved twin is the same symbol still waiting."""
    resolved = sorted(i for r, i in hits if r)
    return resolved or sorted(i for _, i in hits)


def _by_path(store: Store, text: str) -> list[str] | None:
    p = Path(text)
    if not (p.suffix or "/" in text) or not p.exists() or p.is_dir():
        return None
    row = store.file_by_path(str(p.resolve()))
    if row is None:
        return []
    doc = store.file_doc(row["id"])
    return [doc] if doc else []


def _by_words(store: Store, text: str, tokens: list[str]) -> list[str]:
    """A named document or a title: every word must appear; an exact label wins."""
    words = [t for t in _tokens(text) if t not in _STOPWORDS] or _tokens(text)
    if not words:
        return []
    longest = max(words, key=len)
    rows = store.conn.execute(
        "SELECT id, label, search, resolved FROM documents WHERE search LIKE ?", (f"%{longest}%",)
    ).fetchall()
    folded = fold(text)
    exact = [(r["resolved"], r["id"]) for r in rows if fold(r["label"] or "") == folded]
    if exact:
        return _best(exact)
    hits = [
        (r["resolved"], r["id"]) for r in rows if all(w in set(_tokens(r["search"] or "")) for w in words)
    ]
    return _best(hits)


def resolve_one(store: Store, text: str) -> str:
    """The single document REF names; RefError otherwise."""
    candidates = resolve_ref(store, text)
    if len(candidates) != 1:
        raise RefError(text, candidates)
    return candidates[0]
