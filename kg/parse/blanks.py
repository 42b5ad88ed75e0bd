"""Documents cited before they had a number: a draft names its companion decree or the resolution it awaits with
the number left blank ("Nghị định số …./2014/NĐ-CP", "Nghị quyết số..../2020/QH14", "Thông tư ..../2014/TT-BTC").

Each is a mention of a real document whose number is unknown, as a digit OCR could not read is: "?" stands for
the number ("?/2014/NĐ-CP") and the mention is uncertain. The rest of the symbol is read as any other symbol's,
and only after a type word ("… tại Mục ..../QĐ" is no document).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.parse.find import TAIL_REACH, Mention, Taken, tail, type_word
from kg.parse.symbols import SYMBOL_RE, parse_match
from kg.parse.text import Source

# A run of dots (or an ellipsis) where the number goes, right before the slash ("số..../" glued too); the symbol's
# rest is read after a stand-in digit. (Scanned from the run's first dot only, and without backtracking into it: a
# form's dotted lines are long, and the scan would otherwise retry every dot.)
_BLANK_NUMBER = re.compile(
    r"(?:\.(?<![.…]\.)\.|…(?<![.…]…)|„(?<![.…„]„))[.…„]*+[ \t]*+(?=/[ \t]*(?:(?:19|20)\d\d(?:[ \t]*/[ \t]*)?)?[A-ZĐÐ]"
    r"|[-–][ \t]*[A-ZĐÐ][A-Za-zĐđÐ]{0,5}[ \t]*/[ \t]*[A-ZĐÐ])"
)  # (OCR reads the dots as low quotes: "Nghị định số „„/2025/NĐ-CP"; a Party symbol has its type first, "…-QĐ/ĐU")
# … or no dots at all, right after "số", where the year that follows shows a symbol ("Thông tư số /2021/TT-NHNN"): the
# blank is the gap (scanned from the "s", a letter the engine skips to; a look-behind first would try every place)
_NO_DOTS = re.compile(r"[sS](?<![^\W\d_][sS])[ốôo6](?P<gap>[ \t]++)(?=/(?:19|20)\d\d/[A-ZĐÐ])")
_READ_AFTER = 60
_ANNEXED = re.compile(r"(?<![a-z])k[e]m\s+theo\s*$")


def blanks(
    src: Source, limit: int, taken: Taken, start: int = 0, own_type: str | None = None
) -> list[Mention]:
    """Every typed document in ``src.text[start:limit]`` whose number is left blank; ``own_type``, the citing
    document's type, tells its own annex formula from another document's."""
    out: list[Mention] = []
    text = src.text
    gaps = sorted(
        [(m.start(), m.end()) for m in _BLANK_NUMBER.finditer(text, start, limit)]
        + (
            [(m.start("gap"), m.end()) for m in _NO_DOTS.finditer(text, start, limit)]
            if " /19" in text or " /20" in text or "\t/" in text  # (most texts have no such gap: no scan)
            else []
        )
    )
    for begin, slash in gaps:
        if text[begin - 1 : begin].isdigit() and text[begin - 2 : begin] not in ("s6", "S6"):
            continue  # a number's own dots ("1.../"), not its place; OCR's "s6...../" is "số"
        read = SYMBOL_RE.match("1" + text[slash : min(limit, slash + _READ_AFTER)])
        symbol = parse_match(read) if read else None
        if read is None or symbol is None or taken.covers(begin, slash + read.end() - 1):
            continue
        symbol = replace(symbol, text="?" + symbol.text[len(symbol.number) :], number="?")
        end = slash + read.end() - 1
        found = Mention("numbered", begin, end, begin, end, symbol=symbol, year=symbol.year, uncertain=True)
        found.sym_end = end
        type_word(src, found, out[-1].end if out else start)
        if found.start == begin or (
            _ANNEXED.search(src.window(found.start - 24, found.start)) and own_type in (None, found.doc_type)
        ):
            # no type word printed before it; or the annex's own decision, its number not yet given ("(Kèm theo
            # Quyết định số .../QĐ-UBND ngày …)" above a form), not a circular a decision's form is issued with ("Mẫu
            # số 01 ban hành kèm theo Thông tư số …/2018/TT-BNNPTNT")
            continue
        tail(src, found, min(limit, end + TAIL_REACH))
        out.append(found)
    return out
