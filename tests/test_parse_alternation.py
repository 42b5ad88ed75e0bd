"""The first-letter layout of an alternation matches exactly as the plain alternation does."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg import registry
from kg.parse.alternation import first_letter_alternation, hoist, spread


def _plain(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(f"(?:{a})()" for a in alternatives) + r")(?![a-z])")


def _laid_out(alternatives: list[str]) -> tuple[re.Pattern[str], list[int]]:
    source, order = first_letter_alternation(alternatives)
    return re.compile(rf"(?<![a-z])(?:{source})(?![a-z])"), order


def _matches(
    pattern: re.Pattern[str], text: str, order: list[int] | None = None
) -> list[tuple[int, int, int]]:
    return [
        (m.start(), m.end(), (order[m.lastindex - 1] if order else m.lastindex - 1))  # type: ignore[operator]
        for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        ("(?:da )?ban hanh", ["da ban hanh", "ban hanh"]),
        ("(?:khong|chua) theo", ["khong theo", "chua theo"]),
        ("[dp]e nghi", ["de nghi", "pe nghi"]),
        ("(?:a|(?:b|c)d)e", ["ae", "bde", "cde"]),
        ("(?:da )*ban", ["(?:da )*ban"]),  # a repeated group stays whole
        ("(?:da )+ban", ["da (?:da )*ban"]),  # … once it has been read once
        ("(?:da )+?ban", ["(?:da )+?ban"]),
        ("(?:da )??ban", ["(?:da )??ban"]),  # so does a lazy one, tried the other way round
        ("[a-z]n", ["[a-z]n"]),  # and a range
        (r"\(sua doi\)", [r"\(sua doi\)"]),
    ],
)
def test_spread(pattern: str, pieces: list[str]) -> None:
    assert spread(pattern) == pieces


@pytest.mark.parametrize(
    ("piece", "hoisted"),
    [
        (r"(?<!truc\s)tiep", [r"t(?<!(?:truc\s)t)iep"]),
        (
            "(?<![a-z])(?<!hay )(?:khong|chua)",
            ["k(?<!(?:[a-z])k)(?<!(?:hay )k)hong", "c(?<!(?:[a-z])c)(?<!(?:hay )c)hua"],
        ),
        (r"(?<=va\s)[\w.,]{1,4} nam", [r"(?<=va\s)[\w.,]{1,4} nam"]),  # no literal to move them after
        (r"(?<=\n)[ \t]*ban", [r"(?<=\n)[ \t]*ban"]),
        ("ban", ["ban"]),
    ],
)
def test_hoist(piece: str, hoisted: list[str]) -> None:
    assert hoist(piece) == hoisted


# Phrases that compete at the same place: a longer one before a shorter, an optional opening, an assertion
# between two phrases of one letter (which must keep its place), a class, a lookbehind inside a phrase.
_COMPETING = [
    "(?:da )?ban hanh theo",
    "ban hanh",
    r"(?<=\n)[ \t]*ban",
    "ban",
    "[bd]a",
    "(?:khong|chua) theo",
    "theo(?! quy)",
    "d[u]ng(?<!noi\\sdung) quy dinh",
    "(?<!noi )(?<![a-z])dung quy",
    "(?:(?:ban|da) )+hanh",
    r"\(sua doi\)",
    "^(?:theo do, )?dieu \\d",
]


_WORDS = [
    "da",
    "ban",
    "hanh",
    "theo",
    "quy",
    "dinh",
    "khong",
    "chua",
    "noi",
    "dung",
    "dieu 5",
    "\n",
    "(sua doi)",
    "ba",
    "x",
    ",",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_WORDS),
        max_size=14,
    ).map(" ".join)
)
@example("\nban hanh theo quy")  # the assertion after two phrases of "b" must not be tried before them
@example("dieu 5 (sua doi) khong theo ba")
def test_same_matches_as_the_plain_alternation(text: str) -> None:
    laid_out, order = _laid_out(_COMPETING)
    assert _matches(laid_out, text, order) == _matches(_plain(_COMPETING), text)


def test_same_matches_for_the_relation_phrases_on_real_sentences() -> None:
    phrases = [r["pattern"].replace(" ", r"\s+") for r in registry.data_rows("relations.csv")]
    laid_out, order = _laid_out(phrases)
    text = (
        "can cu nghi dinh so 59/2023 duoc sua doi, bo sung boi nghi dinh 166; thuc hien ke hoach 250 "
        "da duoc ban hanh theo quyet dinh 23; khong thuc hien theo huong dan; theo de nghi cua so noi vu tai "
        "to trinh 12; bai bo thong tu 39; quy dinh chi tiet mot so dieu cua luat; tren co so quy dinh tai"
    )
    found = _matches(laid_out, text, order)
    assert len(found) >= 8
    assert found == _matches(_plain(phrases), text)
