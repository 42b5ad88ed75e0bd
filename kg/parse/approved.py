"""A scheme, programme or strategy cited by name after a cited decision approved it in its title: "Quyết định số
213/QĐ-TTg … phê duyệt Đề án tổng kiểm kê tài sản công tại cơ quan, tổ chức, đơn vị …" and later "Khi Đề án tổng
kiểm kê tài sản công kết thúc, …".

The decision's level is the scheme's (a Prime Minister's scheme is central, wherever it is carried out), and the
scheme's name is no longer than the title gives it: a described name that ran on to the sentence's end ("… tài sản
công kết thúc") stops where it leaves the title's words.
"""

from __future__ import annotations

import re

from kg.folding import fold
from kg.parse.find import Mention, level
from kg.parse.text import Source, squash

# The kinds of document a decision approves or issues in its title.
_APPROVED_TYPES = frozenset(["Đề án", "Chương trình", "Chiến lược", "Quy hoạch", "Phương án"])
_APPROVES = re.compile(r"(?<![a-z])(?:phe\s+duyet|ban\s+hanh)\s+")
_WORD = re.compile(r"[^\W_]+")
# Words of the name beyond its type word that must stand in the title as in the mention: four ("Đề án tổng kiểm
# kê tài sản") name one scheme; two ("Đề án sắp xếp") name a kind of them.
_MIN_WORDS = 4
# What ends a name in the title: its place, its period, its owner or aim, a punctuation mark, the title's end.
_NAME_ENDS = re.compile(
    r"\s*(?:$|[,;.(\"“”]|(?:tai|tren|giai\s+doan|den\s+nam|thoi\s+ky|cua|nham|cho|o)(?![a-z]))"
)


def approved_by_title(src: Source, mentions: list[Mention]) -> None:
    """Give each named scheme a cited decision approved in its title that decision's level, and cut its name to
    the title's words (in place)."""
    schemes = [
        m
        for m in mentions
        if m.kind == "named"
        and m.doc_type in _APPROVED_TYPES
        and m.tier is None
        and m.gazetteer_symbol is None
        and m.antecedent is None
    ]
    if not schemes:
        return
    approvers = [d for d in mentions if d.title_span is not None and level(d)[1] is not None]
    for m in schemes:
        words = list(_WORD.finditer(src.window(m.start, m.end)))
        kind = len(fold(m.doc_type or "").split())
        if len(words) < kind + _MIN_WORDS:
            continue
        for d in reversed([d for d in approvers if d.end <= m.start]):
            shared = _shared_words(src, d, [w.group(0) for w in words], kind)
            if shared < kind + _MIN_WORDS:
                continue
            m.branch, m.tier = level(d)
            if shared < len(words) and not _QUOTED.search(src.text, m.start, m.end):
                m.end = m.tail_end = m.start + words[shared - 1].end()
                m.name = squash(src.text[m.start : m.end])
            break


def _shared_words(src: Source, approver: Mention, words: list[str], kind: int) -> int:
    """How many of the name's first words the approver's title gives as a whole name after its "phê duyệt" or "ban
    hành" (0 if none)."""
    assert approver.title_span is not None
    title = src.window(*approver.title_span)
    best = 0
    for verb in _APPROVES.finditer(title):
        given = list(_WORD.finditer(title, verb.end()))
        if [w.group(0) for w in given[:kind]] != words[:kind]:
            continue
        n = 0
        while n < min(len(words), len(given)) and given[n].group(0) == words[n]:
            n += 1
        if _NAME_ENDS.match(title, given[n - 1].end()):
            best = max(best, n)
    return best


_QUOTED = re.compile(r"[\"“”]")
