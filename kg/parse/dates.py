"""Dates as printed after a symbol, before the clause that issues one, or in a place-and-date line, OCR
variants included."""

from __future__ import annotations

import datetime as dt
import re

# A year on folded text, OCR's O and l for 0 and 1 included ("2o23", "20l5"); read it with ``year_of``.
YEAR = r"(?:[1l]9|2[0o])[\dol][\dol]"

# On folded text. "ngay 14 thang 7 nam 2015", "ngay 14/7/2015", "ngay 03-8-2021", "nga) 12/9/2014",
# "nge'ty\n03/10/2017", "ngay\n27 thang 10 nam 2023", a month glued to its word ("tháng12"), a month typed as
# "ngày" ("ngày 28 ngày 11 năm 2023") and the year's word as "tháng" ("ngày 06 tháng 11 tháng 2025"), "ngày"
# typed twice, OCR's letter inside it ("negay 12/3/2015") or two lost ("ny⏎06/11/2013"), a speck after it ("ngày | 06/08/2014", "ngày J 15/01/2018", "ngày⏎. 25/8/2014", "ngày -⏎08/12/2008"), a stray "của" before it ("Nghị định X của ngày 14 tháng 10 năm 2025"), a month read as "I2", "J1" or "II", a month typed with a zero too many ("6/011/2013"), a year split by OCR ("13/4/201 8", "02/12/20 25") or its separator lost ("16/6 2025"), a speck before it ("§ ngày"), a letter's
# "đề ngày" / "ghi ngày" (dated), "cùng ngày" (of the same day), a footnote's mark glued to the year at a line's end
# ("ngày 08/10/20181⏎"), and the day it was passed or issued ("được thông
# qua ngày 03/6/2008", "được Quốc hội khóa XIV thông qua ngày 13/6/2019", "ban hành (ngày 23/4/2018)").
DATE_AFTER = re.compile(
    r"""^[\s,;:("'§¡]*(?:(?:ban\s+hanh|(?:duoc\s+)?(?:quoc\s+hoi\s+(?:khoa\s+[ivxl]+\s*,?\s*)?(?:ky\s+hop\s+thu\s+\w+\s*,?\s*)?)?thong\s+qua)\s*\(?\s*(?=ng)
      |(?:de\s+|ghi\s+|cung\s+|cua\s+(?=ngay))?(?:ngay\s+(?:[|!ij.][ \t]+(?=\d)|-\s+(?=\d))?)?)?(?:n\S?g\S{0,5}?\s*|ny\s+|ng\S{0,2}\s+[yv]\s+(?=\d))?
    (?P<d>(?=[ol]?\d)[\dol](?:[ ]?[\dol]|\](?=\s*th))?)\s*(?:th[^\s\d]{0,4}\s*|ng[aà]y\s+(?=\d{1,2}\s*n)|[/.-]\s*)
    (?P<m>(?:0(?=1[0-2]))?(?=[olij]?\d)[\dolij](?:[ ]?[\dol])?|[il]?i(?=\s*n\S{0,3}m\s))\s*(?:,?\s*n\S{0,3}m\s*|th[^\s\d]{1,4}\s*(?=(?:19|20)\d\d(?!\d))|[/.-]\s*|[ \t]+(?=(?:19|20)\d\d(?!\d)))
    (?P<y>(?:[1l]9|2[0o])(?:[ ](?=[\dol]{2}(?!\d)))?[\dol][ ]?[\dol])(?:\d(?=[ \t]*(?:\n|$)))?(?!\d)""",
    re.VERBOSE,
)

DATE_ANYWHERE = re.compile(
    rf"ng\S{{0,3}}?[yv)]\s*(?P<d>\S{{1,2}})\s*th[^\s\d]{{1,4}}\s*(?P<m>\S{{1,2}})\s*n\S{{1,3}}m\s*(?P<y>{YEAR})"
    rf"|ng\S{{0,3}}?[yv)]\s*(?P<d2>[\dol]{{1,2}})[/.-](?P<m2>[\dol]{{1,2}})[/.-](?P<y2>{YEAR})"
)


def iso_date(day: str, month: str, year: str) -> str | None:
    """ISO date, or None when the parts do not make a real date (OCR: "0§", "4_"); O and l read as 0 and 1, and a
    space OCR put between two digits ("17/ 1 1/2022") is dropped."""
    try:
        return dt.date(
            *(int(part.translate(DIGIT_LOOKALIKES).replace(" ", "")) for part in (year, month, day))
        ).isoformat()
    except ValueError:
        return None


# "Ngày 15/10/2024, Bộ trưởng Bộ Nội vụ đã ban hành Thông tư số 06/2024/TT-BNV", "Liên quan …, ngày 9/12/2014, Bộ Tài
# chính đã có công văn số …": a date that opens a clause, up to the comma before the clause's subject (folded text).
DATE_OPENING = re.compile(  # (after a news item's source too: "(QTO) - Ngày 26/12/2024, Chính phủ ban hành …"; and a
    # footnote's mark: "⏎1 Ngày 19/6/2013, Quốc hội khóa XIII đã thông qua …")
    r"(?:^|[.;:,)]|\n(?:[ \t]*\d{1,3}(?=[ \t]))?)[\s\-+•]*(?:(?:vao|den|tu)\s+)?ng\S{0,3}y\s*(?P<d>\d{1,2})\s*(?:th\S{1,4}\s*|[/.-]\s*)"
    rf"(?P<m>\d{{1,2}})\s*(?:,?\s*n\S{{1,3}}m\s*|[/.-]\s*)(?P<y>{YEAR})\s*,\s*$"
)


# "Ngày 19 tháng 10 năm 2020 Chính phủ đã ban hành …": the date at the start of a clause's subject, no comma.
DATE_LEADING = re.compile(
    r"ng\S{0,3}y\s*(?P<d>\d{1,2})\s*(?:th\S{1,4}\s*|[/.-]\s*)"
    rf"(?P<m>\d{{1,2}})\s*(?:,?\s*n\S{{1,3}}m\s*|[/.-]\s*)(?P<y>{YEAR})\s*,?\s*"
)


def date_opening(folded: str) -> str | None:
    """ISO date of a date that opens a clause and ends ``folded`` ("…. Ngày 05/3/2024, "), if there is one."""
    m = DATE_OPENING.search(folded)
    return iso_date(m.group("d"), m.group("m"), m.group("y")) if m else None


# An English translation's date, folded: "dated October 19, 2020", "dated June⏎19, 2019", "dated 24 July 2024".
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = "|".join(_MONTHS)
ENGLISH_DATE_AFTER = re.compile(
    rf"[\s,]*dated\s+(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>(?:19|20)\d\d))(?!\d)"
)


def date_after(folded: str) -> tuple[str | None, int]:
    """(ISO date, length consumed) for a date at the start of ``folded``; (None, 0) if there is none."""
    m = DATE_AFTER.match(folded)
    if m:
        iso = iso_date(m.group("d"), m.group("m"), m.group("y"))
        return (iso, m.end()) if iso else (None, 0)
    if english := ENGLISH_DATE_AFTER.match(folded):
        month = str(_MONTHS.index(english.group("m") or english.group("m2")) + 1)
        iso = iso_date(
            english.group("d") or english.group("d2"), month, english.group("y") or english.group("y2")
        )
        return (iso, english.end()) if iso else (None, 0)
    return None, 0


# OCR reads 0 as O and 1 as l or I in a date ("ngày 1O/4/2024", "l5/4/2O23", "tháng I2"; the folded view lower-cases
# them), and a day's 1 as a bracket before "tháng" ("ngày 0] thang 10").
DIGIT_LOOKALIKES = str.maketrans("olOIiJj]", "01011111")


def year_of(printed: str) -> int:
    """The year a ``YEAR`` match reads."""
    return int(printed.translate(DIGIT_LOOKALIKES))
