"""Type words ("Quyết định", "Chỉ thị", OCR'd "Quyét dinh") before a number or a name: the table in
kg/data/type_words.csv, one pattern made of it, and the cheap way to match it at the end of a window.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from kg import registry


@cache
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(registry.data_rows("type_words.csv"))


@cache
def type_words() -> tuple[tuple[str, str], ...]:
    """(doc_type, folded OCR-tolerant pattern) for the type words, longest first."""
    # A type word may be broken across lines ("Nghi\nquyét"): any run of white space stands for a space.
    return tuple((r["doc_type"], r["pattern"].replace(" ?", r"\s*").replace(" ", r"\s+")) for r in _rows())


@cache
def any_type_word() -> str:
    """The type words as one group-free alternation, for a pattern that asks only whether one stands there."""
    return "(?:" + "|".join(p for _, p in type_words()) + ")"


@cache
def ranks() -> dict[str, int]:
    """Legal force of the types that have one (a lower number is higher): Luật over Nghị định over Thông tư."""
    return {r["doc_type"]: int(r["rank"]) for r in _rows() if r["rank"]}


@cache
def short_types() -> frozenset[str]:
    """The types whose word and a bare number name a document ("Chỉ thị 05"; not "Luật số 5")."""
    return frozenset(r["doc_type"] for r in _rows() if r["short"] == "yes")


@cache
def back_types() -> frozenset[str]:
    """The types whose word, "số" and a bare number name only a document cited in full before ("Luật số 10",
    the short name of "Luật … số 10/2022/QH15"): numbers of laws start again every year."""
    return frozenset(r["doc_type"] for r in _rows() if r["short"] == "back")


_MODIFIERS = (
    r"li[e]n\s+t[il]ch|ph[od6e0][i1l]\s+h[o0g]p|li[e]n\s+ng[a]nh|(?:k[e]t\s+qu[a]\s+)?th[ai]m\s+(?:tra|d[il]nh)"
    r"|h[a]nh\s+d[o]ng|c[o]ng\s+t[a]c|d[e]\s+ngh[il]|h[o][a]\s+t[o]c"
    r"|ti[e]p\s+thu,?\s+gi[a]i\s+tr[il]nh|gi[a]i\s+tr[il]nh,?\s+ti[e]p\s+thu|t[o]ng\s+k[e]t|s[o]\s+k[e]t"
    r"|l[a]m\s+vi[e]c(?:\s+to[a]n\s+kh[oe]a)?|to[a]n\s+kh[oe]a|chuy[e]n\s+d[e]|h[uw][o]ng\s+d[a]n"
    r"|ki[e]m\s+tra(?:,?\s+gi[a]m\s+s[a]t)?|gi[a]m\s+s[a]t|(?:thi\s+h[a]nh\s+)?k[yi]\s+lu[a]t|thanh\s+tra"
    r"|thu\s+h[od]i\s+d[a]t|h[o]p"
    # (a company's or a taxpayer's: "Công văn hỏi số …", "Công văn giải trình số …", "Giấy đề nghị hoàn thuế số …")
    r"|h[o]i|gi[a]i\s+tr[il]nh|ho[a]n\s+(?:thu[e]|tr[a])"
)


@cache
def type_word_before() -> re.Pattern[str]:
    """Type word, then optional "số", then the number: matched at the END of a folded look-back window."""
    alts = "|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(type_words()))
    # "Kế hoạch liên tịch số 02-KH/BDVHU-UBND", "Quy chế phối hợp số 01/QCPH-…": a joint plan is a plan, a
    # regulation between two bodies a regulation (joint circulars have their own type); a council committee's
    # "Báo cáo thẩm tra số 09/BC-HĐND" is a report (as is an office's "Báo cáo thẩm định"), and so is "Báo cáo
    # tiếp thu, giải trình số 474/BC-UBND";
    # "Chương trình công tác số 02/CTr-UBND", "Kế hoạch hành động số …" are a programme and a plan, "Nghị quyết
    # chuyên đề số 08-NQ/ĐU" a resolution, "Công văn hướng dẫn (hỏa tốc) số 1187/UBND-NC" a letter, "Tờ trình đề
    # nghị số …" a submission, "Báo cáo kết quả thẩm tra số …" a report; an inspection's "Kế hoạch kiểm tra (thanh tra) số 15-KH/…",
    # "Chương trình kiểm tra, giám sát số …" and "Quyết định (thi hành) kỷ luật số …" a plan, a programme, a decision;
    # the land law's "Thông báo thu hồi đất số …" a notice, a council's "Biên bản họp số …" its minutes, a taxpayer's
    # "Công văn hỏi số …" and "Giấy đề nghị hoàn thuế số …" a letter and a request.
    return re.compile(
        rf"(?P<word>(?:{alts})(?:\s+(?:{_MODIFIERS}))?[\s(]*?"
        rf"(?:\s*s[^\s]{{0,2}}\s*:?)?)\s*"
    )


_WORD_END_REVERSED = re.compile(r"[a-z0-9&](?![a-z0-9])")


def ending_match(pattern: re.Pattern[str], back: str, words: int) -> re.Match[str] | None:
    """The longest match of ``pattern`` that ends the window, tried only at the last few word starts.

    (A ``$``-anchored search would try every position of the window with every alternative.) The starts
    are tried with the pattern's group-free twin, twice as fast on a big alternation, and the one that
    matches is matched again with the groups.
    """
    plain = _without_groups(pattern)
    # The last word starts, found from the end: a word start of ``back`` is a word end of it reversed.
    tail = len(back) - 1
    starts = [tail - w.start() for w in itertools.islice(_WORD_END_REVERSED.finditer(back[::-1]), words)][
        ::-1
    ]
    for pos in starts:
        if plain.fullmatch(back, pos):
            return pattern.fullmatch(back, pos)
    return None


@lru_cache(maxsize=8)
def _without_groups(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with its named groups made non-capturing: it matches the same strings."""
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern), pattern.flags)


@lru_cache(maxsize=8)
def _type_groups(pattern: re.Pattern[str]) -> tuple[tuple[int, str], ...]:
    """(group index, doc_type) of a pattern's ``t<i>`` groups, one per type word, in pattern order."""
    words = type_words()
    return tuple(
        sorted(
            (index, words[int(name[1:])][0])
            for name, index in pattern.groupindex.items()
            if name[0] == "t" and name[1:].isdigit()
        )
    )


def doc_type_of(m: re.Match[str]) -> str:
    """The type word a match of a ``t<i>``-grouped pattern found (spans read at once: no groupdict)."""
    spans = m.regs
    return next(name for index, name in _type_groups(m.re) if spans[index][1] > spans[index][0])
