"""Shared paths and fixtures.

The shared material (seeds, gold, scorer, corpus) lives next to the checkout in ../shared and is not
part of the repository; tests that need it skip with the reason when it is absent.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

from bench.bench_review import scorer

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"

_CP1258_TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.fixture
def shared() -> Path:
    """The shared material directory, or skip."""
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED} (seeds, gold, scorer and corpus live there)")
    return SHARED


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def load_scorer(shared_dir: Path) -> ModuleType:
    """The real scorer, imported from its file (it is a script, not a package), as the review benchmark does."""
    return scorer(shared_dir)


def to_cp1258(text: str) -> bytes:
    """Encode as Windows tools do: precomposed letters where the code page has them (â, ơ, đ …) and
    the tone as a separate combining byte after the vowel ("ố" -> "ô" + U+0301).

    A plain ``normalize("NFD", s).encode("cp1258")`` would also split off the circumflex, breve and
    horn, which the code page cannot encode as combining marks.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _CP1258_TONES))
        tones = "".join(c for c in parts if c in _CP1258_TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)
