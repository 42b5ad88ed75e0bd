"""Views of the original text that keep offsets: matching happens on a view, spans refer to the original.

Most input is NFC, where folding is a one-character-for-one-character translation, so a view has the
same offsets as the original. Decomposed input (NFD, Windows-1258 decoding) is composed first and an
offset map leads back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

_COMBINING = re.compile(r"[\u0300-\u036f]")
_CLUSTER = re.compile(r"[^\u0300-\u036f]?[\u0300-\u036f]+")


@cache
def _fold_table() -> str:
    """Lower case, strip diacritics, Đ/Ð/Ɖ -> d: one character for one character.

    A string indexed by code point rather than a dict: ``str.translate`` looks it up about twice as fast,
    and a character past its end raises IndexError, which ``translate`` takes as "keep it".
    """
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2000):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        if len(decomposed) > 1 and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for ch in "ĐđÐðƉɖ":
        table[ord(ch)] = "d"
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    for ch in "–—−":
        table[ord(ch)] = "-"
    for ch in "“”„«»":
        table[ord(ch)] = '"'
    for ch in "‘’´":
        table[ord(ch)] = "'"
    for ch in "*_#`>|\u00a0\u200b":
        table[ord(ch)] = " "
    return "".join(table.get(cp, chr(cp)) for cp in range(max(table) + 1))


def fold_view(text: str) -> str:
    """Folded copy of ``text`` with the same length (NFC input), markup and odd spaces blanked."""
    return text.translate(_fold_table())


@dataclass(frozen=True, slots=True)
class Source:
    """The text the parser works on (``text``), and how to map its offsets to the original input."""

    original: str
    text: str
    offsets: tuple[int, ...] | None

    @classmethod
    def of(cls, original: str) -> Source:
        if not _COMBINING.search(original):
            return cls(original, original.replace("Ð", "Đ").replace("ð", "đ"), None)
        out: list[str] = []
        starts: list[int] = []
        done = 0
        for m in _CLUSTER.finditer(original):
            out.append(original[done : m.start()])
            starts.extend(range(done, m.start()))
            composed = unicodedata.normalize("NFC", m.group(0))
            out.append(composed)
            starts.extend([m.start()] * len(composed))
            done = m.end()
        out.append(original[done:])
        starts.extend(range(done, len(original) + 1))
        return cls(original, "".join(out).replace("Ð", "Đ").replace("ð", "đ"), tuple(starts))

    def to_original(self, pos: int) -> int:
        """Offset in the original input of position ``pos`` of ``text``."""
        if self.offsets is None:
            return pos
        return self.offsets[min(pos, len(self.offsets) - 1)]

    def window(self, start: int, end: int) -> str:
        """Folded view of ``text[start:end]`` (same length)."""
        return fold_view(self.text[max(0, start) : end])


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def line_of(starts: list[int], pos: int) -> int:
    """1-based line number of ``pos``."""
    return bisect_right(starts, pos)


def squash(text: str) -> str:
    """Whitespace folded to single spaces: how evidence sentences and titles are shown."""
    return " ".join(text.replace("**", "").split())
