"""Diacritic folding: the one comparison key for Vietnamese text across kg (search, matching, ids)."""

from __future__ import annotations

import re
import unicodedata

_ETH = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Ɖ": "D", "ɖ": "d"})


def fold(text: str) -> str:
    """Lower case, no diacritics, Đ as d: "Chỉ thị" and "Chi thi" and "CHỈ THỊ" compare equal."""
    decomposed = unicodedata.normalize("NFD", text.translate(_ETH))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# One Vietnamese syllable, folded: onset, vowels, coda (loose: it admits some that no word spells).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def is_syllable(word: str) -> bool:
    """Whether ``word`` is one Vietnamese syllable ("phường", not "chứcviên"): where a word may be whole."""
    return _SYLLABLE.fullmatch(fold(word)) is not None


def slug(text: str) -> str:
    """A stable ASCII identifier part: "Hậu Giang" -> "hau-giang"."""
    out = []
    for ch in fold(text):
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)
