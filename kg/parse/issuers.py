"""The issuing body a citation states ("của Ban Bí thư Trung ương Đảng", "ctia UBND tinh Hau Giang").

Matching is token by token on folded text with a small edit distance per token, because OCR damages
every word a little ("Trung wong", "Tinh ay", "Thu tuéng"), and the result is spelled from the registry
with its diacritics, as far as the text stated it ("Ban Bí thư" stays "Ban Bí thư").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kg import registry
from kg.folding import fold
from kg.parse.fuzzy import close
from kg.parse.spelling import (
    DIGIT_FOR_O,
    district_spelling,
    province_named,
    province_spelling,
    respell,
    respell_organ,
)
from kg.parse.text import CAPITALS, squash
from kg.parse.typewords import any_type_word

# A hyphen separates words ("Bộ Lao động-Thương binh và Xã hội" as "Bộ Lao động - Thương binh …").
_TOKEN = re.compile(r"[^\s,;.:()\"'/\-–]+|\(")
_ABBREVIATIONS = {
    "ubnd": ("uy", "ban", "nhan", "dan"),
    "hdnd": ("hoi", "dong", "nhan", "dan"),
    "hpnd": ("hoi", "dong", "nhan", "dan"),  # OCR's P and B for Đ
    "hbnd": ("hoi", "dong", "nhan", "dan"),
    "tw": ("trung", "uong"),
    "bch": ("ban", "chap", "hanh"),
    "btv": ("ban", "thuong", "vu"),
    "mttq": ("mat", "tran", "to", "quoc"),
    "lhpn": ("lien", "hiep", "phu", "nu"),
    "lhtn": ("lien", "hiep", "thanh", "nien"),  # "Ủy ban Hội LHTN Việt Nam tỉnh"
    "ccb": ("cuu", "chien", "binh"),
    "htx": ("hop", "tac", "xa"),  # "Liên minh HTX tỉnh"
    "ldld": ("lien", "doan", "lao", "dong"),
    "tp": ("thanh", "pho"),
    "bhxh": ("bao", "hiem", "xa", "hoi"),
    "nhnn": ("ngan", "hang", "nha", "nuoc"),  # "Thống đốc NHNN", "NHNN tỉnh"
    "vksnd": ("vien", "kiem", "sat", "nhan", "dan"),  # "VKSND tối cao", "TAND tỉnh"
    "tand": ("toa", "an", "nhan", "dan"),
    "ubtvqh": ("uy", "ban", "thuong", "vu", "quoc", "hoi"),
    "ubkt": ("uy", "ban", "kiem", "tra"),  # "UBKT Huyện ủy"
    "&": ("va",),  # "Bộ Lao động-Thương binh & Xã hội"
    # ministries as letters abbreviate them ("Bộ trưởng Bộ GDĐT", "Bộ LĐTBXH")
    "gddt": ("giao", "duc", "va", "dao", "tao"),
    "ldtbxh": ("lao", "dong", "thuong", "binh", "va", "xa", "hoi"),
    "nnptnt": ("nong", "nghiep", "va", "phat", "trien", "nong", "thon"),
    "nnmt": ("nong", "nghiep", "va", "moi", "truong"),
    "tnmt": ("tai", "nguyen", "va", "moi", "truong"),
    "khdt": ("ke", "hoach", "va", "dau", "tu"),
    "khcn": ("khoa", "hoc", "va", "cong", "nghe"),
    "tttt": ("thong", "tin", "va", "truyen", "thong"),
    "vhttdl": ("van", "hoa", "the", "thao", "va", "du", "lich"),
    "gtvt": ("giao", "thong", "van", "tai"),
    "ptnt": ("phat", "trien", "nong", "thon"),  # "Bộ Nông nghiệp và PTNT"
    "bdbp": ("bo", "doi", "bien", "phong"),  # "Chỉ huy trưởng BĐBP tỉnh", "BCH BĐBP tỉnh"
    "chqs": ("chi", "huy", "quan", "su"),  # "Bộ CHQS tỉnh", "Ban CHQS xã"
    "hdqt": ("hoi", "dong", "quan", "tri"),  # "Ban đại diện HĐQT Ngân hàng Chính sách xã hội huyện"
    "nhcsxh": ("ngan", "hang", "chinh", "sach", "xa", "hoi"),  # "NHCSXH tỉnh"
}
# … and the Party committee's letters after a body of it abbreviated ("BTV TU", "UBKT HU Chư Sê", "BCH ĐU"): "tu",
# "hu", "du" stand for "Tỉnh ủy", "Huyện ủy", "Đảng ủy" only there
_COMMITTEE_BODIES = frozenset(["btv", "ubkt", "bch"])
_COMMITTEES = {"tu": ("tinh", "uy"), "hu": ("huyen", "uy"), "du": ("dang", "uy"), "thu": ("thanh", "uy")}
_ROMAN = re.compile(r"^[ivxlh1]{1,6}$")


@dataclass(frozen=True, slots=True)
class Phrase:
    name: str
    tokens: tuple[str, ...]
    code: str
    branch: str
    tier: str | None
    min_tokens: int


@dataclass(frozen=True, slots=True)
class Issuer:
    name: str
    code: str | None
    branch: str | None
    tier: str | None
    jurisdiction: str | None
    end: int  # characters of the window consumed


@cache
def phrases() -> tuple[Phrase, ...]:
    """Issuer phrases from kg/data/issuers.csv and the organ registry, longest first."""
    table = [
        Phrase(r["name"], _words(r["name"]), r["code"], r["branch"], r["tier"] or None, int(r["min_tokens"]))
        for r in registry.data_rows("issuers.csv")
    ]
    registered = [
        Phrase(organ.name, toks, organ.code, organ.branch, organ.tier, len(toks))
        for organ in registry.organs().values()
        if organ.name.startswith(
            (
                "Bộ ",
                "Sở ",
                "Cục ",
                "Tổng cục",
                "Kho bạc",
                "Bảo hiểm",
                "Thanh tra",
                "Văn phòng",
                "Ban Quản lý",
                "Ban Dân tộc",
            )
        )
        for toks in [_words(organ.name)]
    ]
    # "Bộ trưởng Bộ Tài chính", "Giám đốc Sở Tư pháp", "Bộ trưởng Bộ Nông nghiệp và PTNT": the head signs for it
    # (the registry's organ first, which knows its tier; then a spelling only the phrase table has)
    heads: dict[tuple[str, ...], Phrase] = {}
    for phrase in registered + table:
        head = next((h for prefix, h in _HEADS if phrase.name.startswith(prefix)), None)
        toks = (*fold(head).split(), *phrase.tokens) if head else ()
        if head and toks not in heads:
            heads[toks] = Phrase(
                f"{head} {phrase.name}", toks, phrase.code, phrase.branch, phrase.tier, len(toks)
            )
    return tuple(sorted([*table, *registered, *heads.values()], key=lambda p: -len(p.tokens)))


@cache
def _english_names() -> tuple[re.Pattern[str], dict[str, Issuer]]:
    """kg/data/english_issuers.csv: one pattern, longest name first, words over any space; each name's issuer."""
    rows = registry.data_rows("english_issuers.csv")
    issuers = {r["english"]: Issuer(r["name"], r["code"], r["branch"], r["tier"], None, 0) for r in rows}
    names = sorted(issuers, key=len, reverse=True)
    either = "|".join(r"\s+".join(map(re.escape, name.split())) for name in names)
    return re.compile(rf"(?:the\s+)?(?P<name>{either})(?![a-z])"), issuers


def english(folded: str) -> Issuer | None:
    """The organ an English translation names at the start of ``folded`` ("the minister of⏎finance. …"), by the name
    the Vietnamese text gives it; ``end`` counts the English words read."""
    pattern, issuers = _english_names()
    found = pattern.match(folded)
    if found is None:
        return None
    return replace(issuers[" ".join(found.group("name").split())], end=found.end())


def _words(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(name)))


# The title of an organ's head, by how the organ's name begins.
_HEADS = (
    ("Bộ ", "Bộ trưởng"),
    ("Sở ", "Giám đốc"),
    ("Tổng cục", "Tổng cục trưởng"),
    ("Cục ", "Cục trưởng"),
    ("Ban Quản lý", "Trưởng ban"),
    ("Ban Dân tộc", "Trưởng ban"),
    ("Bảo hiểm xã hội Việt Nam", "Tổng Giám đốc"),
)


@lru_cache(maxsize=4096)
def _starting_with(token: str) -> tuple[Phrase, ...]:
    """The phrases whose first word this token could be (most windows start with none of them)."""
    return tuple(p for p in phrases() if close(token, p.tokens[0]))


# The longest organ phrase (a central steering committee named with its task, 19 words), a "(khóa XIII)" and a
# three-word place: no issuer needs more tokens.
_MAX_TOKENS = 26


def _tokens(folded: str) -> list[tuple[str, int, int]]:
    """Tokens of a folded window with abbreviations expanded: (token, start, end)."""
    found = list(itertools.islice(_TOKEN.finditer(folded), _MAX_TOKENS))
    printed = [m[0] for m in found]
    if _ABBREVIATIONS.keys().isdisjoint(printed) and not any(
        "&" in tok for tok in printed
    ):  # the common case
        return [(m[0], m.start(), m.end()) for m in found]
    out: list[tuple[str, int, int]] = []
    body = False  # whether the token before was a Party committee's body abbreviated
    for m in _TOKEN.finditer(folded):
        tok = m.group(0)
        # (… with the "&" letters print inside them: "Bộ NN&PTNT", "Sở GD&ĐT")
        expanded = (_COMMITTEES.get(tok) if body else None) or (
            _ABBREVIATIONS.get(tok) or (_ABBREVIATIONS.get(tok.replace("&", "")) if len(tok) > 1 else None)
        )
        body = tok in _COMMITTEE_BODIES
        if expanded is None:
            out.append((tok, *m.span()))
        else:
            out.extend([(t, *m.span()) for t in expanded])
        if len(out) >= _MAX_TOKENS:
            break
    return out


@lru_cache(maxsize=4096)
def _longest_from(token: str) -> int:
    return max((len(p.tokens) for p in _starting_with(token)), default=0)


@lru_cache(maxsize=1 << 14)
def _best_phrase(words: tuple[str, ...]) -> tuple[int, Phrase] | None:
    """(tokens matched, phrase) of the phrase the words start with that most of them match as printed, the longest
    of those: "Sở Tư pháp" is not "Bộ Tư pháp" one letter off, nor "Tổng cục Thuế cần" "Tổng cục Thủy sản" two
    letters off, but "Ủy ban nhân dân tink Bắc Ninh" is a province's. The same few organs are named again and
    again, so this is cached on the words a phrase can reach."""
    best: tuple[int, int, bool, Phrase] | None = None
    for phrase in _starting_with(words[0]) if words else ():
        k = exact = 0
        for want, got in zip(phrase.tokens, words, strict=False):
            if not close(got, want):
                break
            k += 1
            exact += got == want
        # One word at least must stand as printed: "có thu nhập" is every word one letter off "Bộ Tư pháp". (Of two
        # matched as far, a body of no one level read whole, not a level's body without its place word: "Thường trực
        # Hội đồng nhân dân;" is no province's.)
        levelless = k == len(phrase.tokens) and phrase.tier is None
        if k >= phrase.min_tokens and exact and (best is None or (exact, k, levelless) > best[:3]):
            best = (exact, k, levelless, phrase)
    return (best[1], best[3]) if best else None


@lru_cache(maxsize=1 << 12)
def _expected_phrase(words: tuple[str, ...], code: str) -> tuple[int, Phrase] | None:
    """(tokens matched, phrase) of the organ ``code`` when every word of its name is an OCR reading ("ctia Quéc hdi"
    after "38/2019/QH14"): the symbol vouches for what no word printed right can."""
    for phrase in _starting_with(words[0]) if words else ():
        n = len(phrase.tokens)
        if phrase.code == code and n >= 2 and all(map(close, words[:n], phrase.tokens)) and len(words) >= n:
            return n, phrase
    return None


# (a blank line may be a page break inside a name, a colon OCR's speck; a full stop at a line's end ends the sentence:
# "… của Ban⏎Chấp hành Trung ương.⏎⏎Đồng chí …" is no "Ban Chấp hành Trung ương Đảng")
# (… or a sentence's: "… của Ban Chấp hành Trung ương. Đơn tố cáo …" is no "… Trung ương Đoàn"; not "TP. Hồ Chí Minh")
_CLAUSE_END = re.compile(r";|\.[ \t]*\n|(?<=[a-z]{3})\.[ \t]+(?=[a-z])")


def recognise(
    folded: str,
    original: str,
    codes: tuple[str, ...] = (),
    expect: str | None = None,
    between: bool = False,
    alone: bool = False,
) -> Issuer | None:
    """The issuer stated at the start of ``folded`` (already past "của"); ``original`` is the same window.
    ``codes``: the issuer codes of the symbol it issued, which name every body of a joint document; ``expect``: the
    organ code its symbol names, which may be read from words OCR damaged every one of; ``between``: the bodies follow
    "giữa", so the one after "và" is a party too, registered or not; ``alone``: the one body, not the bodies joined to
    it (a unit a Party cell is named for)."""
    if folded.startswith("the ") and (translated := english(folded)):  # (an English translation's)
        return translated
    if joint := _JOINT_MINISTRIES.match(folded):
        return _ministries(folded, original, joint.end())
    if joint := _JOINTLY.match(folded):
        return _ministries(folded, original, joint.end(), joint.end())
    if (how := _HOW_JOINTLY.match(folded)) and (
        found := recognise(folded[how.end() :], original[how.end() :], codes)
    ):
        # "… của liên ngành Ban Tuyên giáo và Dân vận Tỉnh ủy - Sở Văn hóa, …": the word says how they issued it
        return replace(found, end=how.end() + found.end)
    first = _TOKEN.search(folded)
    if first is None or not (
        _starting_with(_ABBREVIATIONS.get(first.group(0), (first.group(0),))[0]) or _free_head(folded)
    ):
        return None
    toks = _tokens(folded)
    reach = _longest_from(toks[0][0])
    if cut := _CLAUSE_END.search(folded, 0, toks[reach - 1][2] if 0 < reach <= len(toks) else len(folded)):
        # no organ's name runs on past its clause: "Tổng cục Thuế;⏎⏎Căn cứ" is no "Tổng cục Thủy sản"
        reach = min(reach, sum(start < cut.start() for _, start, _ in toks))
    printed = tuple(t for t, _, _ in toks[:reach])
    best = _best_phrase(printed) or (_expected_phrase(printed, expect) if expect else None)
    if best is not None and (comma := folded.find(",", 0, toks[best[0] - 1][2])) >= 0:
        # a name goes on over a comma with its next word as printed: "… Tổng Liên đoàn, bảo đảm …" is no "… Tổng Liên
        # đoàn Lao động"
        cut_at = sum(start < comma for _, start, _ in toks[: best[0]])
        # (… unless the whole name was read, OCR'd, to its last word: "…, céng nghé, …")
        whole = best[0] == len(best[1].tokens) and best[0] - cut_at >= 3
        if cut_at and printed[cut_at] != best[1].tokens[cut_at] and not whole:
            best = _best_phrase(printed[:cut_at]) or best
    if best is None:
        # (a free body may head a joint list too: "giữa Công ty Điện lực Nghệ An và Ủy ban nhân dân xã")
        free = _free_issuer(toks, folded, original)
        return (free if alone else _joint(free, folded, original, codes, between)) if free else None
    k, phrase = best
    words = phrase.name.split()
    # (a name stated in part ends at its last word read, not at the comma after it: "… khoa học, công nghệ.")
    name = (
        " ".join(words[: min(k, len(words))]).rstrip(",") if len(words) == len(phrase.tokens) else phrase.name
    )
    end = toks[k - 1][2]
    rest = toks[k:]
    term = _term(rest)
    if term:
        name, end, rest = f"{name} khóa {term[0]}", term[1], rest[term[2] :]
        if term[2] == 3 and folded[end : end + 1] == ")":  # "(khóa X)": its closing bracket too
            end += 1
    if phrase.name.endswith(_NUMBERED_NAMES) and (unit := _UNIT_NUMBER.match(original, end)):
        # "Bộ Tư lệnh Quân khu 4", "Ban Chỉ huy Phòng thủ khu vực 3 - Yên Thành": the unit's number, and its place
        # (its place respelt: OCR's "D6 Luong" is Đô Lương)
        place = unit.group("p") and district_spelling(squash(unit.group("p")))
        name, end = f"{name} {unit.group('n')}" + (f" - {place}" if place else ""), unit.end()
        rest = [t for t in rest if t[1] >= end]
    elif phrase.name.endswith(_REGION) and (region := _REGION_NAME.match(original, end)):
        # "Hạt Kiểm lâm khu vực Mù Cang Chải": a region named by its place, not numbered (OCR's "Bac Yén" is Bắc Yên)
        name, end = f"{name} {district_spelling(squash(region.group(1)))}", region.end()
        rest = [t for t in rest if t[1] >= end]
    if phrase.code in _OF_THE_STATE_CODES and (state := _OF_THE_STATE.match(folded, end)):
        # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam, khóa XII": the State's name, then the term
        name, end = f"{name} {original_words(original, state.start(1), state.end())}", state.end()
        rest = [t for t in rest if t[1] >= end]
        if not term and (term := _term(rest)):
            name, end, rest = f"{name} khóa {term[0]}", term[1], rest[term[2] :]
    jurisdiction, tier = None, phrase.tier
    place = _place(rest, phrase, original, end)
    if (
        place is None
        and (aside := _ACRONYM_ASIDE.match(folded, end))
        and original[aside.start(1) : aside.end(1)].isupper()
    ):
        # "Bảo hiểm xã hội (BHXH) tỉnh Nghệ An": the organ's acronym between its name and its place
        place = _place([t for t in rest if t[1] >= aside.end()], phrase, original, aside.end())
    if place:
        jurisdiction, end, place_tier, spelled = place
        # "Cục Hải quan tỉnh Lạng Sơn": the local office of a central organ; "Thuế cơ sở 1 tỉnh Nghệ An", a numbered
        # office below the province it names, keeps its own level
        tier = tier if phrase.name in _WITHIN_PLACE else place_tier or tier
        name = f"{name} {spelled}"
        # … and its term after the place ("Ban Chấp hành Đảng bộ tỉnh Bình Thuận khóa XIV")
        after_place = [t for t in rest if t[1] >= end]
        if not term and (term := _term(after_place)):
            name, end = f"{name} khóa {term[0]}", term[1]
            if term[2] == 3 and folded[end : end + 1] == ")":
                end += 1
    elif phrase.name in _NAMED_BODIES and (body := _named_body(rest, original, end)):
        end, tier = body
        # (its task OCR'd: "thuc hién quy ché")
        stated = respell_organ(original_words(original, rest[0][1], end))
        name = f"{name} {stated.lower() if stated.isupper() else stated}"  # (a letterhead's capitals in a sentence's case)
        # … and the province after its level word ("… mục tiêu quốc gia tỉnh Phú Yên (cũ)", before a merger)
        after = [t for t in rest if t[1] >= end]
        if (
            tier == "province"
            and after
            and not original[end : after[0][1]].strip()
            and (province := _province_words(after, original, end))
        ):
            jurisdiction, end, spelled = province
            name = f"{name} {spelled}"
        elif tier == "district" and after and (district := _district_name(after, original, end)):
            # … and the district's name after its level word ("Ban Chỉ đạo chuyển đổi số huyện Đồng Phú")
            jurisdiction, end = district
            name = f"{name} {jurisdiction}"
    elif phrase.name in _NAMED_BODIES and (owner := _owner(rest, folded, original)):
        # "Ban Chỉ đạo của Tỉnh ủy": the committee is the Party committee's
        return Issuer(
            f"{name} của {owner.name}", None, owner.branch, owner.tier, owner.jurisdiction, owner.end
        )
    elif (
        phrase.name in _NAMED_BODIES
        and len(rest) > 1
        and rest[0][0].isdigit()
        and not original[end : rest[0][1]].strip()
        and (owner := _owner(rest[1:], folded, original, bare=True))
    ):
        # "Ban Chỉ đạo 35 Tỉnh ủy": the committee known by its number, then the Party committee it belongs to (its
        # number right after its name: "… của Trưởng Ban Chỉ đạo.⏎2. Sở …" is the next item of a list)
        return Issuer(
            f"{name} {rest[0][0]} {owner.name}", None, owner.branch, owner.tier, owner.jurisdiction, owner.end
        )
    elif (
        # ("Ban Chấp hành Đảng bộ": a registered name read in part; its last words as printed, not read into others)
        (phrase.name.endswith("Đảng ủy") or name.endswith("Đảng bộ"))
        and folded[:end].split()[-2:] in (["dang", "uy"], ["dang", "bo"])
        and rest
        and not original[end : rest[0][1]].strip()
        and (agency := _owner(rest, folded, original, bare=True)) is not None
        and agency.branch == "state"
        and agency.tier is not None
    ):
        # "Đảng ủy Bộ Tài chính", "Đảng ủy Cục Hải quan tỉnh", "Ban Chấp hành Đảng bộ Công an tỉnh": an agency's Party
        # committee, of the agency's level
        return Issuer(
            f"{name} {agency.name}",
            # (an agency's Party organisation signs ĐU, whatever phrase its name was read in part of)
            phrase.code if phrase.name.endswith("Đảng ủy") else "ĐU",
            phrase.branch,
            agency.tier,
            agency.jurisdiction,
            agency.end,
        )
    elif (
        phrase.name == "Chi bộ"
        or (phrase.name.endswith("Đảng ủy") and folded[:end].split()[-2:] == ["dang", "uy"])
    ) and (cell := _unit_of_cell(rest, folded, original, end)) is not None:
        # "Chi bộ Trường Tiểu học Đô Lương 1", "Chi bộ Ủy ban nhân dân xã Cam Hải Tây", "Đảng ủy Trường Đại học Vinh":
        # the Party cell or committee of a school, an office, a company, at that unit's level (a commune's, for a cell,
        # when it has none)
        issuer = Issuer(
            f"{name} {cell.name}", phrase.code, phrase.branch, cell.tier or tier, cell.jurisdiction, cell.end
        )
        return issuer if alone else _joint(issuer, folded, original, codes, between)
    organ = registry.organ(phrase.code) if phrase.code else None
    if organ is not None and organ.parent == "QH" and (assembly := _OF_THE_ASSEMBLY.match(folded, end)):
        # "Ủy ban Văn hóa và Xã hội của Quốc hội", "Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV"
        name, end = f"{name}{' của' if assembly.group(1) else ''} Quốc hội", assembly.end()
        if term := _term([t for t in rest if t[1] >= end]):
            name, end = f"{name} khóa {term[0]}", term[1]
    issuer = Issuer(name, phrase.code, phrase.branch, tier, jurisdiction, end)
    return issuer if alone else _joint(issuer, folded, original, codes, between)


# A place's Party committee and its place word, folded ("Thành ủy thành phố …").
_COMMITTEES_OF_PLACES = {
    "Tỉnh ủy": ("tinh",),
    "Thành ủy": ("thanh", "pho"),
    "Huyện ủy": ("huyen",),
    "Quận ủy": ("quan",),
    "Thị ủy": ("thi", "xa"),
}
_REGION = ("khu vực", "Khu vực")
_WITHIN_PLACE = ("Thuế cơ sở",)
_NUMBERED_NAMES = ("Quân khu", *_REGION, "Đội Quản lý thị trường số", "Khu Quản lý đường bộ", *_WITHIN_PLACE)
_UNIT_NUMBER = re.compile(
    r"[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})(?![\w/])(?:[ \t]*[-–][ \t]*(?P<p>[A-ZĐ]\w*(?:[ \t]+[A-ZĐ]\w*){0,3}))?"
)
_REGION_NAME = re.compile(rf"[ \t]*\n?[ \t]*([{CAPITALS}][^\W\d_]*(?:[ \t]+[{CAPITALS}][^\W\d_]*){{0,3}})")
_ACRONYM_ASIDE = re.compile(r"[ \t]*\([ \t]*([a-z&]{2,10})[ \t]*\)")
_OF_THE_ASSEMBLY = re.compile(r"[ \t\n]+(cua[ \t\n]+)?quoc[ \t\n]+hoi(?![a-z])")


# "liên Bộ Nội vụ - Tài chính", "Liên Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính", "liên Bộ: Tư pháp, Tài
# chính": the ministries of a joint circular, "Bộ" printed once for them all (folded).
_JOINT_MINISTRIES = re.compile(r"lien[ \t]*bo[ \t]*:?[ \t\n]+(?=\S)")
# "… của liên tịch Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính": the word says how they issued it, not who
_JOINTLY = re.compile(r"lien[ \t]+tich[ \t\n]+(?=bo[ \t\n])")
# … and "liên ngành", "liên tịch" before any other bodies
_HOW_JOINTLY = re.compile(r"lien[ \t]+(?:nganh|tich)[ \t\n]+(?=\S)")
_NEXT_MINISTRY = re.compile(r"[ \t]*(?:[-–—,][ \t\n]*|[ \t\n]va[ \t\n]+)")


def _ministries(folded: str, original: str, pos: int, start: int = 0) -> Issuer | None:
    """The ministries after "liên Bộ" at ``pos``, as printed from ``start``; the first one's code, every one a
    ministry."""
    first: Issuer | None = None
    end = pos
    while True:
        lead, printed = ("", "") if folded.startswith("bo ", pos) else ("bo ", "Bộ ")
        found = recognise(lead + folded[pos:], printed + original[pos:])
        if found is None or found.code is None or not found.name.startswith("Bộ "):
            break
        first = first or found
        end = pos + found.end - len(lead)
        step = _NEXT_MINISTRY.match(folded, end)
        if step is None:
            break
        pos = step.end()
    if first is None:
        return None
    return Issuer(original_words(original, start, end), first.code, first.branch, first.tier, None, end)


# Bodies named for their task, the level word last: "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện",
# "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh".
# (its head signs for it: "Trưởng Ban Chỉ đạo 389 tỉnh")
_NAMED_BODIES = frozenset(
    ["Ban Chỉ đạo", "Trưởng Ban Chỉ đạo", "Công đoàn ngành", "Ban Thường vụ Công đoàn ngành"]
)
# The level each place word, folded, names.
PLACE_LEVELS = {
    "tinh": "province",
    "huyen": "district",
    "quan": "district",
    "thi xa": "district",
    "xa": "commune",
    "phuong": "commune",
    "thi tran": "commune",
}
# … as a place word after an organ, split in tokens ("thành phố" too, of either level)
_PLACE_PARTS = tuple(tuple(w.split()) for w in ("thanh pho", *PLACE_LEVELS))
_CONGRESS_LEVEL = re.compile(r"\bdang\s+bo\s+(tinh|huyen|quan|thi\s+xa|xa|phuong|thi\s+tran)\b")
_BODY_STOPS = frozenset(["ve", "ngay", "tai", "theo", "nham", "de", "ban", "va", "cua"])


# Words that fold as a level word but are others, printed with their marks ("tình nguyện", "quân sự").
_NOT_LEVEL_WORDS = frozenset(["tình", "tính", "tịnh", "tĩnh", "quân", "quán", "quần", "huyền"])


def _named_body(rest: list[tuple[str, int, int]], original: str, organ_end: int) -> tuple[int, str] | None:
    """(end, tier) of a task-named body's name that ends in its level word, within its clause (which may wrap a line:
    "… của Ban Chỉ đạo thực hiện dân⏎chủ ở cơ sở tỉnh")."""
    before = organ_end
    for k, (tok, start, end) in enumerate(rest[:16]):
        gap = original[before:start]
        if (
            tok in _BODY_STOPS
            or any(c in gap for c in ";.:()*")
            or gap.count("\n") > 1
            or _NEXT_LINE_ITEM.search(original, before, start)
        ):
            return None
        before = end
        following = rest[k + 1][0] if k + 1 < len(rest) else ""
        # (in a letterhead's capitals, the whole name is: "BAN CHỈ ĐẠO 389 TỈNH")
        printed = original[start:end]
        if (
            tok in PLACE_LEVELS
            and (printed.islower() or (printed.isupper() and original[organ_end - 3 : organ_end].isupper()))
            and following != "hoi"  # not "xã hội"
            # (a word its marks make another is no level word: "vận động hiến máu tình nguyện tỉnh"; OCR's "huyén" is)
            and printed.lower() not in _NOT_LEVEL_WORDS
        ):
            return end, PLACE_LEVELS[tok]
    return None


def _owner(rest: list[tuple[str, int, int]], folded: str, original: str, bare: bool = False) -> Issuer | None:
    """The registered organ a body belongs to, named after "của" right after it, or right after it when ``bare``
    (its end counted from the window's start)."""
    if bare and rest:
        start = rest[0][1]
    elif len(rest) < 2 or rest[0][0] != "cua" or original[rest[0][2] : rest[1][1]].strip():
        return None
    else:
        start = rest[1][1]
    owner = _body_at(folded, original, start)
    return owner if owner is not None and owner.code is not None else None


def _body_at(folded: str, original: str, start: int, alone: bool = False) -> Issuer | None:
    """The body stated from ``start`` of the window on, its end counted from the window's start."""
    body = recognise(folded[start:], original[start:], alone=alone)
    return None if body is None else replace(body, end=start + body.end)


def _unit_of_cell(rest: list[tuple[str, int, int]], folded: str, original: str, end: int) -> Issuer | None:
    """The unit a Party cell is named for, stated right after "Chi bộ" with a capital: any body but a Party one (a
    village's cell is read by its place word instead)."""
    if not rest or original[end : rest[0][1]].strip() or not original[rest[0][1]].isupper():
        return None
    unit = _body_at(folded, original, rest[0][1], alone=True)
    return None if unit is None or unit.branch == "party" else unit


_AND = re.compile(r"[ \t\n]+va[ \t\n]+")
_COMMA = re.compile(r"[ \t]*,[ \t\n]+")
# (a line may break after the dash; OCR may glue it to the name before)
_DASH = re.compile(r"[ \t]*[-–][ \t\n]+")
_WITH = re.compile(r"[ \t\n]+v[od6e]i[ \t\n]+")  # (OCR's "vdi", "v6i", "véi")
_JOINED = {",": ", ", "-": " - ", "–": " - ", "voi": " với "}
_JOINING = {"party", "state", "joint"}
# (… or "và" before the next document: "của Bộ Chính trị, Ban Bí thư và Nghị quyết số 60-NQ/TW", "… và các quy định
# liên quan")
_ISSUER_ENDS = re.compile(
    r"[ \t\n]*(?:[,.;:()\"]|ve\b|ngay\b|trong\b|den\b|$"
    r"|va\s+(?:cac\s+)?(?:(?:ngh[il]\s+(?:quyet|dinh)|luat|van\s+ban)\b"
    r"|quy\s+d|chi\s+th|ket\s+lu|ke\s+ho|thong\s+t|cong\s+v|huong\s+d))"
)


def _joint(
    first: Issuer, folded: str, original: str, codes: tuple[str, ...], between: bool = False
) -> Issuer:
    """ "của Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh": a joint document names every issuer.

    Only a second registered organ joins; "và các cơ quan …" is the start of something else. After "giữa A và", B is
    the other party whatever it is ("giữa UBND xã và Đồn Biên phòng Cửa Nhượng").
    """
    conj = (
        _AND.match(folded, first.end)
        or _COMMA.match(folded, first.end)
        or _DASH.match(folded, first.end)
        or _WITH.match(folded, first.end)
    )
    if conj is None:
        return first
    # ",", "-" (a joint circular's "của Bộ Tài chính - Bộ Công an"), "va", or "voi" (a programme "giữa Ban Dân vận
    # Tỉnh ủy với Công an tỉnh")
    listed = "voi" if conj.re is _WITH else conj.group(0).strip()
    # (after "và" the list is closed: "giữa UBND huyện và Ủy ban MTTQ huyện, Ban Thường trực … thống nhất …")
    second = recognise(folded[conj.end() :], original[conj.end() :], () if listed == "va" else codes)
    # "… của Ban Dân vận Huyện ủy và UBND huyện, UBND huyện xây dựng …": a body named twice is the next clause's subject
    if second is None or second.name.startswith(first.name):
        return first
    if second.code is None:
        if not (between and listed == "va"):
            return first
    # a dash or "với" joins only the bodies the symbol names (whose code it may spell out: "TWĐTNCSHCM")
    elif listed in ("-", "–", "voi") and not any(code.startswith(second.code) for code in codes):
        return first
    elif (
        "," in conj.group(0)
        # (an organ of the same code at another level, "của UBND tỉnh, UBND huyện ban hành …", is the next clause's
        # subject unless the symbol names that code twice)
        and (
            not any(_spells(code, second.code) for code in codes)
            or (second.code == first.code and codes.count(second.code) < 2)
        )
        # "Thông tư liên tịch số 09/2016/TTLT-BLĐTBXH-BTC … của Bộ LĐTBXH, Bộ Tài chính"
        and not (
            first.tier == second.tier == "central"
            and first.branch == second.branch == "party"
            and _ISSUER_ENDS.match(folded, conj.end() + second.end)
        )
    ):
        # "của Bộ Chính trị, Ban Bí thư về …" is joint; "của UBND tỉnh, Sở Nội vụ tổ chức …" and "của Ban Bí thư,
        # Ban Tuyên giáo Trung ương hướng dẫn …" open a new clause
        return first
    return Issuer(
        f"{first.name}{_JOINED.get(listed, ' và ')}{second.name}",  # as stated
        first.code,
        # (a Party body with a State one or the Front's is a joint issuer: "Ủy ban Kiểm tra Tỉnh ủy và Thanh tra tỉnh")
        "joint"
        if first.branch != second.branch and {first.branch, second.branch} <= _JOINING
        else first.branch,
        # (bodies of no one level take the level word the list ends in: "Thường trực Hội đồng nhân dân, Ủy ban nhân dân
        # và Ban Thường trực Ủy ban MTTQ Việt Nam phường"; not a place's name: "Cục Thuế, Thuế tỉnh Nghệ An")
        first.tier or (second.tier if _ends_in_place(second.name) else None),
        first.jurisdiction or second.jurisdiction,
        conj.end() + second.end,
    )


def _spells(symbol_code: str, organ_code: str) -> bool:
    """A symbol's code names an organ by its code, or by a longer one that holds it: a Tỉnh đoàn (ĐTN) signs TĐTN,
    a province's Women's Union (HPN) HLHPN."""
    return symbol_code == organ_code or symbol_code.startswith(organ_code) or symbol_code.endswith(organ_code)


def original_words(original: str, start: int, end: int) -> str:
    return " ".join(original[start:end].split())


# The organs a text may name with the State's full name after them.
_OF_THE_STATE_CODES = frozenset(("QH", "CP", "CTN"))
_OF_THE_STATE = re.compile(
    r"\s+(nuoc\s+(?:cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia|chxhcn)\s+viet\s+nam)(?![a-z])"
)


def _term(rest: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """A "(khóa XIII)" after the organ: (roman numeral, end, tokens consumed); or its number in digits, as printed
    ("Quốc hội khóa 15")."""
    i = 1 if rest and rest[0][0] == "(" else 0
    # ("khoản 1", a clause of the next document, is one letter off "khóa I")
    if len(rest) > i + 1 and close(rest[i][0], "khoa") and rest[i][0] != "khoan":
        if _ROMAN.match(rest[i + 1][0]):
            return rest[i + 1][0].upper().replace("H", "II").replace("1", "I"), rest[i + 1][2], i + 2
        if rest[i + 1][0].isdigit() and 1 <= int(rest[i + 1][0]) <= 30:
            return rest[i + 1][0], rest[i + 1][2], i + 2
    return None


def _place(
    rest: list[tuple[str, int, int]], phrase: Phrase, original: str, organ_end: int
) -> tuple[str | None, int, str | None, str] | None:
    """A province (or district) name right after an organ that belongs to one.

    Returns (jurisdiction, end, tier, how to spell it after the organ). Only words that follow without
    punctuation count ("của Ban Thường vụ Tỉnh ủy; Công văn …" names no place).
    """
    ends_in_place = _ends_in_place(phrase.name)
    # After an organ that ends in a place word ("Huyện ủy", "UBND xã"), its name follows with nothing
    # between; a place word after another organ is evidence enough for OCR noise ("Cục Hải quan. tỉnh …").
    between = original[organ_end : rest[0][1]] if rest else ""
    # … but a comma or a bracket ends the issuer: "… của Thủ tướng Chính phủ, tỉnh Nghệ An đã …" is the next clause;
    # so does a full stop at the line's end ("… của Sở Tài chính.⏎⁴ Tỉnh An Giang được thành lập …")
    if (
        not rest
        or (ends_in_place and between.strip() and not _abbreviation_stop(original, organ_end, rest[0][1]))
        or any(c in between for c in ",;)")
        or _CLAUSE_END.search(between)
    ):
        return None
    tail = phrase.tokens[-1] if ends_in_place else ""
    i, word_before = 0, ""
    committee = (
        next((c for c in _COMMITTEES_OF_PLACES if phrase.name.endswith(c)), None) if ends_in_place else None
    )
    if committee and _own_place_word(
        tuple(t for t, _, _ in rest[:2]), own := _COMMITTEES_OF_PLACES[committee]
    ):
        # "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Huyện ủy huyện Lai Vung": its own place word again (not
        # "Tỉnh ủy Quảng Bình", "quang" a letter off "quận"), then the name; as printed, unless OCR damaged it or
        # dropped its marks ("Thanh phé")
        i, word_before = len(own), original_words(original, rest[0][1], rest[len(own) - 1][2])
        if word_before.isascii() or tuple(fold(word_before).split()) != own:
            place = _PLACE_WORDS[" ".join(own)]
            word_before = place[:1].upper() + place[1:] if word_before[:1].isupper() else place
    if not ends_in_place and rest:
        parts = _place_word(tuple(t for t, _, _ in rest[:2]))
        if parts is None:
            return _bare_province(rest, phrase, original, organ_end)
        i, tail = len(parts), parts[-1]
        word_before = original_words(original, rest[0][1], rest[i - 1][2]).lower()
        word_before = _PLACE_WORDS.get(fold(word_before), word_before)  # OCR's "tinh", "tính" is "tỉnh"
    chained = _chained(rest, i, original)
    # "Huyện ủy Tháp Mười", "Đảng ủy xã Mỹ An", "Chi bộ thôn Đông Hà": a district's, commune's or village's name, as
    # printed.
    # (a Party cell of a street group or an area, which may be numbered: "Chi bộ Tổ dân phố Phước Hải 3", "Chi bộ Khu
    # vực 7"; and a city's ward before 2025, by its number alone: "Đảng ủy phường 8")
    numbered = (phrase.code == "CB" and tail in ("pho", "vuc", "xom")) or (
        tail == "phuong"
        and bool(chained)
        and chained[0][0].isdigit()
        and len(chained[0][0]) <= 2
        and _issuer_closed(rest, chained[0][2], original)  # (not "… phường 2 năm liền")
    )
    if (
        tail in ("huyen", "quan", "xa", "phuong", "tran", "khu", "thon", "ap")
        or numbered
        or (tail in ("uy", "doan") and phrase.tier in ("district", "commune"))
    ):  # ("Huyện đoàn Cam Lộ", as "Huyện ủy Cam Lộ")
        # (four words when two names are joined by a dash, as the 2025 wards are: "phường Xuân Hương - Đà Lạt")
        dashed = len(chained) > 3 and any(c in original[chained[0][2] : chained[2][1]] for c in "-–")
        spans = [(s, e) for _tok, s, e in chained[: 4 if dashed else 3]]
        # (the name's words run up to the first one in lower case: "Chi bộ Khu vực 7 tại Tờ trình …")
        upper = list(
            itertools.takewhile(
                lambda w: original[w[0]].isupper() or (numbered and original[w[0]].isdigit()), spans
            )
        )
        # … and so does one on a line below the name's first word ("… xã Hòa Hiệp⏎⏎Kính gửi: …")
        for k in range(1, len(upper)):
            if (
                "\n" in original[upper[k - 1][1] : upper[k][0]]
                and not _issuer_closed(rest, upper[k][1], original)
                # (… nor when the capitals the line opens with end it, "và" the next document's: "… Đảng ủy xã Ia⏎Mơ
                # Nông và Quyết định số …")
                and not _issuer_closed(rest, upper[-1][1], original, (*_CLOSERS, "va"))
                # (unless the words spell a district across the line: "… huyện Nam⏎Đàn theo Nghị định …", "… Huyện ủy
                # Trần Văn⏎Thời đến …")
                and not (
                    (tail in ("huyen", "quan") or (tail == "uy" and phrase.tier == "district"))
                    and registry.find_district(original_words(original, upper[0][0], upper[k][1]))
                )
            ):
                upper = upper[:k]
                break
        # A capitalised word on the next line starts a new sentence, not the place's name, unless the issuer
        # ends right after it ("… Huyện ủy⏎Tháp Mười về …").
        if (
            upper
            and upper == spans[: len(upper)]
            and (
                "\n" not in original[organ_end : upper[0][0]]
                or _issuer_closed(rest, upper[-1][1], original)
                # (… or they spell a district: "… của UBND huyện⏎Đức Thọ có nơi còn hình thức")
                or (
                    tail in ("huyen", "quan")
                    and registry.find_district(original_words(original, upper[0][0], upper[-1][1]))
                )
            )
        ):
            name = district_spelling(
                original_words(original, upper[0][0], upper[-1][1]),
                exact=tail not in ("huyen", "quan", "uy", "doan"),
            )
            # (the place word gives a body without a level of its own one: "Hội Liên hiệp Phụ nữ huyện Cẩm Giàng")
            level = PLACE_LEVELS.get(fold(word_before)) if word_before else None
            # (a ward known by its number is "phường 8", not "8")
            place = f"phường {name}" if name.isdigit() and tail == "phuong" else name
            return place, upper[-1][1], level, f"{word_before} {name}".strip()
        return _level_only(rest, i, phrase, word_before, original)
    for n in (4, 3, 2, 1):
        chunk = chained[:n]
        if len(chunk) < n:
            continue
        words = " ".join(t for t, _, _ in chunk)
        province = province_named(words)
        # "thành phố Quy Nhơn", "Thành ủy Tân An": a province's city (its committee) is a district's level
        city = (
            _provincial_city(words, province) if tail == "pho" or phrase.name.endswith("Thành ủy") else None
        )
        if city:  # "thành phố Quảng Ngãi", "thành phố Quy Nhơn": a province's city is a district's level
            return (
                f"{city.name}, {city.province}",
                chunk[-1][2],
                "district",
                f"{word_before} {city.name}".strip(),
            )
        if province and words not in registry.province_by_folded_name():
            # a name a letter off one province before one spelled exactly names a place in the second: "Ban Quản
            # lý Khu kinh tế Đông Nam Nghệ An" (not "Đồng Nai")
            exact = _exact_province(chained[n:])
            if exact:
                printed = original_words(original, chained[0][1], exact[1])
                return exact[0], exact[1], "province", f"{word_before} {printed}".strip()
        if province:  # "tỉnh Thừa Thiên Huế" of 2024 is today's "Huế", and keeps its name
            spelled = province_spelling(words)
            return province, chunk[-1][2], "province", f"{word_before} {spelled}".strip()
    return _level_only(rest, i, phrase, word_before, original)


def _bare_province(
    rest: list[tuple[str, int, int]], phrase: Phrase, original: str, organ_end: int
) -> tuple[str, int, str, str] | None:
    """ "của Cục Thuế Nghệ An", "Sở Công Thương Bắc Giang": a province named with no place word after an organ
    that has an office in each, read only when the words spell a province exactly, capitalised, on the organ's line."""
    if phrase.tier == "central":
        return None
    found = _province_words(rest, original, organ_end)
    return (found[0], found[1], "province", found[2]) if found else None


def _exact_province(chunk: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """(province, end) of the longest run of ``chunk``'s first words that spells a province exactly."""
    table = registry.province_by_folded_name()
    for n in range(len(chunk), 0, -1):
        words = " ".join(t for t, _, _ in chunk[:n])
        if words in table:
            return table[words].name, chunk[n - 1][2]
    return None


def _province_words(
    rest: list[tuple[str, int, int]], original: str, organ_end: int
) -> tuple[str, int, str] | None:
    """(province, end, spelling) of a province's name spelled exactly by the first words of ``rest``, capitalised, on
    the line of what ends at ``organ_end``, or on the next when the issuer ends with it ("… Sở Xây dựng⏎Hà Nội tại văn
    bản số …"; a capital on the next line opens a sentence as often)."""
    wrapped = "\n" in original[organ_end : rest[0][1]]
    if wrapped and original[organ_end : rest[0][1]].count("\n") > 1:
        return None
    chained = _chained(rest, 0, original)
    table = registry.province_by_folded_name()
    for n in (3, 2, 1):
        chunk = chained[:n]
        words = " ".join(t for t, _, _ in chunk)
        if (
            len(chunk) == n
            and words in table
            and all(original[start].isupper() for _, start, _ in chunk)
            and not (wrapped and not _issuer_closed(rest, chunk[-1][2], original, (*_CLOSERS, "tai")))
        ):
            province = table[words].name
            return province, chunk[-1][2], province_spelling(words) or province
    return None


def _district_name(rest: list[tuple[str, int, int]], original: str, organ_end: int) -> tuple[str, int] | None:
    """(name, end) of a place's name in capitals right after ``organ_end``, on its line, as printed."""
    if original[organ_end : rest[0][1]].strip(" \t"):
        return None
    words = list(itertools.takewhile(lambda tok: original[tok[1]].isupper(), _chained(rest, 0, original)[:3]))
    if not words:
        return None
    return district_spelling(original_words(original, words[0][1], words[-1][2])), words[-1][2]


# The words that end an issuer's name where they follow it ("… Huyện ủy Cao⏎Lãnh (cũ) về …", "… của Ủy ban nhân dân
# phường⏎Mỹ Tho thực hiện Kế hoạch số …")
_CLOSERS = ("ve", "ngay", "(", "thuc")


def _issuer_closed(
    rest: list[tuple[str, int, int]],
    after: int,
    original: str,
    closing: tuple[str, ...] = _CLOSERS,
) -> bool:
    """Whether the issuer's words end at ``after``: punctuation, a line's end, "về", "ngày" or a bracket ("… Huyện ủy
    Cao⏎Lãnh (cũ) về …") follow (or the other ``closing`` words)."""
    following = next(((tok, start) for tok, start, _ in rest if start >= after), None)
    if following is None:
        return True
    return bool(original[after : following[1]].strip(" \t")) or following[0] in closing


# OCR's readings of "phường" (folded): "phudng", "phuéng", "phirong", "phwong", "phu¢ng", "phiréng", "phw6ng"
_WARD_READINGS = frozenset(
    [
        "phudng",
        "phueng",
        "phirong",
        "phwong",
        "phu¢ng",
        "phu6ng",
        "phu0ng",
        "phireng",
        "phir¢ng",
        "phirdng",
        "phweng",
        "phw6ng",
        "phw¢ng",
    ]
)
# … and of the "phố" of "thành phố": "thanh phé", "thanh ph6"; of "xã": "x3", "x4", "x&"
_CITY_READINGS = frozenset(["phe", "ph6", "phd"])
COMMUNE_READINGS = frozenset(["x3", "x4", "x&"])
_PLACE_READINGS = {"phuong": _WARD_READINGS, "pho": _CITY_READINGS, "xa": COMMUNE_READINGS}
# Place words printed without their diacritics (or OCR'd), restored.
_PLACE_WORDS = {
    "tinh": "tỉnh",
    "huyen": "huyện",
    "xa": "xã",
    **dict.fromkeys(COMMUNE_READINGS, "xã"),
    "phuong": "phường",
    **dict.fromkeys(_WARD_READINGS, "phường"),
    "thanh pho": "thành phố",
    **{f"thanh {reading}": "thành phố" for reading in _CITY_READINGS},
    "tp": "thành phố",
    "tp.": "thành phố",
    "thi xa": "thị xã",
    "thi tran": "thị trấn",
}
# Place words as printed, with their diacritics or none ("quan" is also "quản", "quan"), and their level.
_LEVELS = {
    "tỉnh": "province",
    "tinh": "province",
    "huyện": "district",
    "huyen": "district",
    "quận": "district",
    "xã": "commune",
    "phường": "commune",
    "phuong": "commune",
}


def _level_only(
    rest: list[tuple[str, int, int]], i: int, phrase: Phrase, word_before: str, original: str
) -> tuple[None, int, str | None, str] | None:
    """ "của Hội Nông dân huyện;": a place word alone, as printed, after an organ of no fixed level gives its
    level (the citing document's own district, unnamed); "xã hội" is no commune (but "tỉnh; Hội …" is a province).
    A city unnamed is of either level: kept in the name, its level left to the citing document's."""
    if i and phrase.tier in (None, "province") and word_before == "thành phố":
        # (a province's department of a city unnamed is a centrally-run city's: "Sở Nội vụ thành phố")
        return None, rest[i - 1][2], phrase.tier, word_before
    # (… or the level it has: "Phòng Tài chính - Kế hoạch huyện", its place word kept in its name)
    level = _LEVELS.get(word_before) if i and phrase.tier in (None, _LEVELS.get(word_before)) else None
    if level is None or (
        len(rest) > i and rest[i][0] == "hoi" and not original[rest[i - 1][2] : rest[i][1]].strip()
    ):
        return None
    return None, rest[i - 1][2], level, word_before


def _provincial_city(words: str, province: str | None) -> registry.District | None:
    """The city under a province that these words name; not one of the cities that are provinces themselves."""
    if province and (record := registry.find_province(province)) and record.kind == "thành phố":
        return None
    found = registry.find_district(words, kind="thành phố")
    if found is None and DIGIT_FOR_O.search(words):  # (OCR's "thành phố H6i An")
        found = registry.find_district(district_spelling(words), kind="thành phố")
    return found


@lru_cache(maxsize=4096)
def _own_place_word(first: tuple[str, ...], own: tuple[str, ...]) -> bool:
    """Whether the tokens after a Party committee of a place are its own place word: its first word as printed,
    OCR allowed in the rest ("Thành ủy Thanh phé …")."""
    got = first[: len(own)]
    return (
        len(got) == len(own)
        and got[0] == own[0]
        and all(close(g, p) for g, p in zip(got[1:], own[1:], strict=True))
    )


def _place_word(first: tuple[str, ...]) -> tuple[str, ...] | None:
    """The place word ("tỉnh", "thành phố", …) the first tokens after an organ spell, OCR allowed (for "phường", one
    letter from "chương" and "hướng" ("Chính phủ chương II", "Bộ Tài chính hướng dẫn"), only as OCR reads it)."""
    for parts in _PLACE_PARTS:
        got = first[: len(parts)]
        if len(got) == len(parts) and all(
            g == p or (g in _PLACE_READINGS[p] if p in _PLACE_READINGS else len(p) >= 4 and close(g, p))
            for g, p in zip(got, parts, strict=True)
        ):
            return parts
    return None


@lru_cache(maxsize=512)
def _ends_in_place(name: str) -> bool:
    """Whether an organ's name ends in a place word, read from its spelling: "Hải quan" is no "quận", "Phát triển nông
    thôn" no "thôn"; the Youth Union's "Tỉnh đoàn" ends in one as "Tỉnh ủy" does ("Ban Thường vụ Tỉnh đoàn Bình
    Định")."""
    if name.lower().endswith("nông thôn"):
        return False
    return name.lower().endswith(("tỉnh đoàn", "huyện đoàn", "thành đoàn")) or name.split()[-1].lower() in (
        "tỉnh",
        "huyện",
        "quận",
        "xã",
        "phường",
        "trấn",
        "phố",
        "khu",
        "ủy",
        "thôn",
        "ấp",
        "vực",
        "xóm",
    )


def _chained(rest: list[tuple[str, int, int]], i: int, original: str) -> list[tuple[str, int, int]]:
    """The tokens from ``i`` on that follow each other with only spaces between (or an abbreviation's stop: "TP. Hà
    Nội")."""
    out = rest[i : i + 1]
    for tok in rest[i + 1 : i + 4]:
        if not _joined(original, out[-1], tok[1]):  # "Bà Rịa - Vũng Tàu"
            break
        out.append(tok)
    return out if out and (i == 0 or _joined(original, rest[i - 1], out[0][1])) else []


def _joined(original: str, before: tuple[str, int, int], start: int) -> bool:
    gap = original[before[2] : start].replace("-", " ").replace("–", " ").strip()
    return not gap or _abbreviation_stop(original, before[2], start)


def _abbreviation_stop(original: str, end: int, start: int) -> bool:
    """Whether what stands between ``end`` and ``start`` is the stop after a place word's abbreviation ("TP. Hà Nội")."""
    word = original[max(0, end - 3) : end]
    return (
        original[end:start].strip() == "."
        and len(word) == 3
        and not word[0].isalnum()
        and word[1].isupper()
        # (not a name's last word before a sentence's stop: "… của UBND huyện Thach Ha. Các hộ …")
        and (word[2].isupper() or word[1:] in ("Tp", "Tx", "Tt"))
    )


_FREE = re.compile(
    r"^(?:hoi nghi|dai hoi|cong ty|tong cong ty|(?:tong\s+)?giam\s+doc\s+cong\s+ty|ngan hang|tap doan|hiep hoi|chu tich|chi nhanh|cn cong ty|vien thong|dien luc"
    r"|xi nghiep|(?:lien hiep )?hop tac xa|truong (?:dai hoc|cao dang|trung hoc|thpt|thcs|tieu hoc|mam non)|hoc vien"
    r"|van phong dai dien|giam doc so|van phong so|(?:chanh )?thanh tra so|so|truong phong|phong|chi cuc|cuc|giam doc trung tam|trung tam"
    r"|hoi dong|ban quan ly|doan thanh tra|(?:truong\s+)?doan kiem tra|doan\s+giam\s+sat|don bien phong)\b"
)
# A province's department the registry does not list (each province names its own; 2025 brought new ones):
# "Sở Văn hóa và Thể thao", "Giám đốc Sở Du lịch", its inspectorate ("Chánh Thanh tra Sở Xây dựng"), as printed with the capital S; and a district's or a
# commune's office ("Trưởng phòng Nội vụ huyện", "Phòng Văn hóa - Xã hội", "Chi cục Thuế quận 1", "Trung tâm Kiểm
# soát bệnh tật thành phố", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh"), whose level is its place word; a
# ministry's department ("Cục Thống kê", "Cục Quản lý thị trường", "Cục trưởng Cục Chăn nuôi"), central unless a
# province follows.
_DEPARTMENT_WORDS = (
    rf"(?:Giám đốc |Văn phòng |(?:Chánh )?Thanh tra )?Sở [{CAPITALS}]|(?:Trưởng phòng|Phòng|Chi [cC]ục|Cục|(?:Giám đốc )?Trung tâm) [{CAPITALS}]"
    # (OCR's mark: "Chỉ cục Thuế")
    rf"|Ch[ỉíì] [cC]ục [{CAPITALS}]"
    # (its head signs for it: "Cục trưởng Cục Chăn nuôi", "Chi cục trưởng Chi cục Thuế …")
    rf"|(?:Cục trưởng Cục|Chi cục trưởng Chi cục) [{CAPITALS}]"
    # (OCR without diacritics: "Cuc Canh sat giao thong")
    r"|(?:Truong phong|Chi cuc|Cuc|Trung tam) [A-Z]"
    # … and the citing department itself, bare ("Quyết định số 318/QĐ-SGDĐT … của Giám đốc Sở về …")
    r"|(?:Giám đốc |Văn phòng )?Sở(?= (?:về|tại|ban hành)\b|[;,.)])"
    r"|(?:Chi cục|Cục) (?:thuế|hải quan) "  # as letters often print it: "Chi cục thuế Khu vực VIII", "Chi Cục Thuế …"
)
# (a line may break between its words: "Giám đốc Trung tâm⏎Phục vụ hành chính công")
_DEPARTMENT = re.compile(_DEPARTMENT_WORDS.replace(" ", r"\s+"))
_DEPARTMENT_HEADS = frozenset(
    [
        "so",
        "giam doc so",
        "van phong so",
        "thanh tra so",
        "chanh thanh tra so",
        "truong phong",
        "phong",
        "chi cuc",
        "cuc",
        "giam doc trung tam",
        "trung tam",
    ]
)
# A council or a project board of a level the registry does not list ("Hội đồng Thi đua - Khen thưởng huyện", "Ban
# Quản lý dự án đầu tư xây dựng huyện"): its place word, when it names one, gives the level.
_BOARD_HEADS = frozenset(["hoi dong", "ban quan ly"])
# A meeting named for what it does, which issues nothing: "Hội nghị quán triệt Luật Hợp tác xã năm 2023, Nghị định số …"
_MEETING = re.compile(
    r"hoi\s+nghi\s+(?:quan\s+triet|trien\s+khai|so\s+ket|tong\s+ket|tap\s+huan|giao\s+ban|tuyen\s+truyen|pho\s+bien)"
    r"(?![a-z])"
)
# An inspection team, of the State or of the Party (its symbol says which): "Đoàn thanh tra Cục Thuế tỉnh Bình Dương",
# "Đoàn kiểm tra" (Báo cáo số 35-BC/ĐKT)
_TEAM_HEADS = {
    "doan thanh tra": "Đoàn thanh tra",
    "doan kiem tra": "Đoàn kiểm tra",
    "doan giam sat": "Đoàn giám sát",
    "truong doan kiem tra": "Trưởng đoàn kiểm tra",  # (its head signs for it)
}
# … and the lower-case words its name may hold: its field, its number, the place words of the body it is of
_TEAM_WORDS = frozenset(
    ["thue", "so", "lien", "nganh", "chuyen", *(w for parts in _PLACE_PARTS for w in parts)]
)
# The place word that gives such a body its level, the last one in its name ("Phòng Lao động - Thương binh và Xã hội
# huyện"); not the word of another noun ("phương án", "quản trị", "xã hội": "Hội đồng thẩm định phương án bồi thường")
_PLACE_WORD = r"\b({}|thi xa|quan(?!\s+(?:ly|tri|he|doi|su|trac))|xa(?!\s+hoi)|phuong(?!\s+(?:an|thuc|huong|tien|phap|cham)))\b"
_NATIONAL = re.compile(r"(?<![a-z])quoc\s+gia(?![a-z])")
_BOARD_PLACE = re.compile(_PLACE_WORD.format("tinh|thanh pho|huyen"))
_DEPARTMENT_PLACE = re.compile(_PLACE_WORD.format("tinh|huyen"))
# Bodies outside the State and the Party: companies, their branches, works and offices, cooperatives, banks,
# associations.
_OTHER_HEADS = frozenset(
    [
        "cong ty",
        "tong cong ty",
        "giam doc cong ty",  # (its director signs for it: "Tổng Giám đốc Công ty TNHH …")
        "tong giam doc cong ty",
        "ngan hang",
        "tap doan",
        "hiep hoi",
        "chi nhanh",
        "cn cong ty",
        "van phong dai dien",
        "vien thong",  # a province's unit of the telecoms group: "Viễn thông Thái Nguyên" (VNPT)
        "dien luc",  # … and of the power group: "Điện lực Quỳnh Lưu" (EVN)
        "xi nghiep",  # a company's works: "Xí nghiệp Đống Đa"
        "hop tac xa",
    ]
)


# "Công ty" OCR damaged ("Công J TNHH Haseko", "Cong tv Cổ phần …"): the company's form names it; or its first word
# alone is ("Céng ty Dién luc Phu Yén", "Téng céng ty Truyén tai dién quéc gia")
_DAMAGED_COMPANY = re.compile(
    r"c\w{0,4}\s+\S{1,3}\s+(?:tnhh|co\s+phan)\b|(?P<group>t[eo6]ng\s+)?c[eo6]ng\s+ty\b"
)


def _free_head(folded: str) -> str | None:
    """How a body outside the registry is introduced: "hoi nghi", "cong ty" …; a conference also when OCR
    damaged its first word ("Hai nghi lan tdm khoa XIII") or read the i of its second as j ("Hoi nghj")."""
    head = folded.lstrip()
    exact = _FREE.match(head)
    if exact:
        return " ".join(exact.group(0).split())  # (a team's name may wrap: "Đoàn giám⏎sát")
    if damaged := _DAMAGED_COMPANY.match(head):
        return "tong cong ty" if damaged.group("group") else "cong ty"
    # (not "hóa Nghị quyết …", "… Nghị định": the end of a word before a document's type)
    words = head.split(None, 3)[:3]
    return (
        "hoi nghi"
        if len(words) >= 2
        and words[1] in ("nghi", "nghj")
        and close(words[0], "hoi")
        and words[2:] not in (["quyet"], ["dinh"])
        else None
    )


# Words, as printed, that open what the text says next about a company: "… Công ty X hỏi về", "… vướng mắc", "… nêu".
_SAYS_NEXT = frozenset(["hỏi", "vướng", "liên", "gửi", "xin", "có", "đã", "được", "phản", "thì", "nêu", "là"])
# … as a scan without marks prints them, where the folded word can be no name's ("… cua Cong ty va da duoc BHXH tinh tra
# loi")
_SAYS_NEXT_UNMARKED = frozenset(["duoc"])
# … in two words, whose first may be part of a name ("… Hải Phòng giải trình", "… kiến nghị", "… báo cáo"), folded (OCR
# drops their marks: "… Minh Phat giai trinh", "… Quỳnh Lưu xác nhận").
_SAYS_NEXT_TWO = frozenset(
    [
        "giai trinh",
        "kien nghi",
        "de nghi",
        "trinh bay",
        "cho biet",
        "cho thay",
        "xac nhan",
        "cam ket",
        "bao cao",
        # (what the body did: "… Ban Quản lý An toàn thực phẩm Thành phố hướng dẫn thực hiện Kế hoạch số …")
        "huong dan",
        "chi dao",
        "yeu cau",
    ]
)
# … and, after "và", what a letter came with ("… của Công ty TNHH ABC và hồ sơ kèm theo").
_SENT_WITH = frozenset(["hồ", "tài", "các", "kèm", "ý", "những", "đơn"])


def _next_printed(toks: list[tuple[str, int, int]], i: int, original: str) -> str:
    """The word after token ``i``, as printed: after a bracket, "(viết tắt là …)" is an alias and "(Việt Nam)" no
    note; after "và", "hồ sơ" is no part of a company's name."""
    return original[toks[i + 1][1] : toks[i + 1][2]] if i + 1 < len(toks) else ""


_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]+")
_NAME_GOES_ON = re.compile(r"\)[ \t]*[A-ZĐ]")


def _acronym_alias(toks: list[tuple[str, int, int]], i: int, original: str) -> bool:
    """Whether the bracket at token ``i`` holds an acronym alone and the name does not go on after it."""
    if i + 1 >= len(toks) or _ACRONYM.fullmatch(_next_printed(toks, i, original)) is None:
        return False
    return _NAME_GOES_ON.match(original, toks[i + 1][2]) is None


# The last of an office's fields after a comma: "In và Phát hành", "Thú y⏎và Thủy sản" (no organ, no next clause).
_LAST_FIELD = re.compile(rf"[{CAPITALS}][^\W\d]*(?:[ \t]+[^\W\d]+){{0,2}}\s+và\s+[{CAPITALS}]")


def _field_listed(folded: str, original: str, start: int) -> bool:
    """Whether the words at ``start``, after a comma, are the last of an office's fields, not the next body."""
    return (
        _LAST_FIELD.match(original, start) is not None
        and _free_head(folded[start:]) is None
        and not _organ_at(folded, original, start)
    )


_LETTER_WORDS = frozenset(["cong van", "van ban", "to trinh", "thong bao", "bao cao", "don de"])


def _organ_at(folded: str, original: str, start: int) -> bool:
    """Whether a registered organ is named at ``start``."""
    found = recognise(folded[start:], original[start:])
    return found is not None and found.code is not None


# A dash that opens a line (a list's bullet), between two words of a name (OCR's blank lines between lines are none).
_NEXT_LINE_ITEM = re.compile(r"\n\s*[-–—•+][ \t]")


def _tax_code(toks: list[tuple[str, int, int]], i: int) -> int | None:
    """Where a company's tax code that opens at token ``i`` ends ("MST 4201248255", "mã số thuế: 0301…")."""
    words = (
        1 if toks[i][0] == "mst" else 3 if [t for t, _, _ in toks[i : i + 3]] == ["ma", "so", "thue"] else 0
    )
    if not words or i + words >= len(toks) or not toks[i + words][0].isdigit():
        return None
    return toks[i + words][2]


@cache
def _numbered_document() -> re.Pattern[str]:
    """A document's type word and its number's "số" (folded): the next citation, no part of a name."""
    return re.compile(rf"\s+(?:{any_type_word()})\s+s\S{{0,2}}\s", re.DOTALL)


def _free_issuer(toks: list[tuple[str, int, int]], folded: str, original: str) -> Issuer | None:
    """Bodies that are not in the registry but are stated in a recognisable way (conferences, companies)."""
    head = _free_head(folded)
    if (
        head is None
        or (head in _DEPARTMENT_HEADS and not _DEPARTMENT.match(original))
        or (head == "hoi nghi" and _MEETING.match(folded))
    ):
        return None
    stop = {"ve", "ban", "thuc", "trien", "theo", "nham", "de"}
    if head in _DEPARTMENT_HEADS or head in _TEAM_HEADS:
        stop.add("tai")  # "… Sở Văn hóa và Thể thao tại Tờ trình số …", "Đoàn thanh tra … tại Công ty X"
    end = toks[0][2]
    coded: int | None = None
    # A conference's name runs on to its term ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa
    # XII"); a company's stops sooner (16 words: "Chi nhánh Công ty TNHH … tại Hà Nội"), and before the alias it is
    # given ("(sau đây gọi tắt là …)", "(Công ty FHS)") or the next document ("và công văn số …").
    for i, (tok, s, e) in enumerate(toks[1 : len(toks) if head == "hoi nghi" else 16], 1):
        following = toks[i + 1][0] if i + 1 < len(toks) else ""
        if (
            # ("Phòng Tài chính - Kế hoạch": a capital "Tài" is no "tại")
            (
                tok in stop
                and not (tok == "ban" and close(following, "chap"))
                # "Cục Bảo vệ thực vật": no "về", nor "thực hiện"; "Cục Xuất bản …": no "ban hành"
                and original[s:e] not in ("vệ", "bản")
                and not (tok == "thuc" and following != "hien")
                and not (tok == "trien" and toks[i - 1][0] == "phat")  # "Công ty … Đầu tư và Phát triển …"
                and not (tok == "tai" and original[s].isupper())
            )
            or original[s:e] in _SAYS_NEXT
            or original[s:e] in _SAYS_NEXT_UNMARKED
            # the period the document covers: "… Chi nhánh Ngân hàng Chính sách xã hội tỉnh Nghệ An giai đoạn 2025 - 2030"
            or (tok == "giai" and following == "doan")
            # its tax code after it: "Công ty TNHH MTV Gia Linh - MST 4201248255", "…, mã số thuế 0301…"
            or (coded := _tax_code(toks, i)) is not None
            or (original[s:e].islower() and f"{tok} {following}" in _SAYS_NEXT_TWO)
            # (a company's "tại" before its letter ends it: "… của Công ty TNHH X tại Công văn số …", not "… tại Hà Nội";
            # so does one that ends the words read, a window cut at the letter)
            or (
                tok == "tai"
                and (i + 1 == len(toks) or " ".join(t for t, _, _ in toks[i + 1 : i + 3]) in _LETTER_WORDS)
            )
            or (
                tok == "("
                and (
                    following in ("sau", "saw", "goi")
                    or following.isdigit()  # its tax code: "(3702410806)"
                    # an office's remark ends it, its new name too ("(nay là Thuế thành phố …)"); "(cũ)" is read on
                    or (head in _DEPARTMENT_HEADS and following != "cu")
                    or head in _BOARD_HEADS
                    # "(Công ty FHS)", its role in the matter ("(chủ đầu tư)")
                    or _next_printed(toks, i, original) in ("viết", "dưới", "Công", "công", "chủ")
                    # a company's acronym in brackets is its alias: "Tổng công ty Máy động lực … Việt Nam (VEAM)" (but
                    # "Công ty Victoria Hotel (HK) Limited" goes on)
                    or (head in _OTHER_HEADS and _acronym_alias(toks, i, original))
                )
            )
            # "… và công văn số …", "… và văn bản …", "… và⏎Nghị định số …": the next document; "… và hồ sơ kèm theo":
            # what came with it; "… và Ủy ban nhân dân xã": the next signatory
            or (
                tok == "va"
                and (
                    following == "van"
                    or [t for t, _, _ in toks[i + 1 : i + 3]] == ["cong", "van"]
                    or _next_printed(toks, i, original) in _SENT_WITH
                    or _numbered_document().match(folded, e) is not None
                    or (i + 1 < len(toks) and _organ_at(folded, original, toks[i + 1][1]))
                )
            )
        ):
            break
        if (
            "\n" in original[end:s]
            and not original[end:s].strip()
            and original[end - 1].isalnum()
            and head in _DEPARTMENT_HEADS
            and _organ_at(folded, original, s)
        ):  # a table's next cell under it: "Cục Bảo vệ thực vật⏎Bộ Nông nghiệp và Môi trường" ("Cục Lãnh sự -⏎Bộ
            # Ngoại giao" is its ministry's)
            break
        between = original[end:s].strip(" \t\n")
        if _NEXT_LINE_ITEM.search(original, end, s):
            break  # "… của Cục Lãnh sự - Bộ Ngoại giao⏎- Các mẫu Giấy chứng nhận …": the list's next item
        # (a foreign company's form abbreviated: "… Consulting Co., Ltd"; a city's: "… tại TP. HCM"; an office's fields
        # listed: "Cục Xuất bản, In và Phát hành")
        if (
            between not in ("", "(", ")", "-", "–", "—")
            and not (
                between in (".", ".,")
                and ((toks[i - 1][0] == "co" and tok == "ltd") or _abbreviation_stop(original, end, s))
            )
            and not (between == "," and head in _DEPARTMENT_HEADS and _field_listed(folded, original, s))
        ):
            break
        end = e
        # (a bracket the name opened closes in it, "Công ty X (Việt Nam)"; not one the issuer stands inside, "(Kèm
        # theo … của Cục Trồng trọt và Bảo vệ thực vật)")
        opened = original[toks[0][1] : e]
        if original[e : e + 1] == ")" and opened.count("(") > opened.count(")"):
            end = e + 1
        if close(toks[i - 1][0], "khoa") and _ROMAN.match(tok):
            break  # the term closes a conference's name
        if (
            head == "dai hoi"
            and i >= 2
            and close(toks[i - 2][0], "lan")
            and close(toks[i - 1][0], "thu")
            and (_ROMAN.match(tok) or tok.isdigit())
        ):
            break  # … and its number a congress's ("… lần thứ I xác định chỉ tiêu …", OCR "1an thir I xac dinh")
    name = original_words(original, toks[0][1], end)
    if head in _TEAM_HEADS:
        return _team(toks, folded, original, head, end)
    if head not in ("hoi nghi", "dai hoi"):
        name = respell_organ(name)  # (OCR's "Céng ty Cé phan Dién luc" is "Công ty Cổ phần Điện lực")
    if head in _OTHER_HEADS:
        # (its tax code is read with it, not named: "… Gia Linh - MST 4201248255 (Công ty) về …")
        return Issuer(name, None, "other", None, None, end if coded is None else coded)
    if head == "hoi nghi":
        tier = "province" if "tinh uy" in folded[: end + 1] else "central"
        return Issuer(respell(name), "TU" if tier == "province" else "TW", "party", tier, None, end)
    if head == "dai hoi":
        # a Party congress's level is its Đảng bộ's ("Đại hội đại biểu Đảng bộ xã Thanh Liên lần thứ XXIV")
        level = _CONGRESS_LEVEL.search(folded, 0, end)
        if level is None:
            return Issuer(respell(name), None, None, None, None, end)
        return Issuer(respell(name), None, "party", PLACE_LEVELS[" ".join(level.group(1).split())], None, end)
    if head in ("so", "giam doc so", "van phong so", "thanh tra so", "chanh thanh tra so"):
        return Issuer(name, None, "state", "province", None, end)
    if head == "cuc":
        local = re.search(r"\b(?:tinh|thanh pho)\b", folded[:end])
        return Issuer(name, None, "state", "province" if local else "central", None, end)
    if head in _DEPARTMENT_HEADS or head in _BOARD_HEADS:
        pattern = _BOARD_PLACE if head in _BOARD_HEADS else _DEPARTMENT_PLACE
        places = list(pattern.finditer(folded, folded.index(head) + len(head), end))
        board_level = _board_tier(places[-1], folded[places[-1].end() : end]) if places else None
        if head in _BOARD_HEADS and _NATIONAL.search(folded, 0, end):
            board_level = "central"  # "Hội đồng Quốc gia …": the nation's
        elif (
            board_level is None
            and (city := _CAPITAL_CITY.search(folded, 0, end)) is not None
            and original[city.start()] == "T"
        ):
            # "Trung tâm Kiểm soát bệnh tật Thành phố": the city its capital names, a province (as OCR prints it too:
            # "Ban Quan ly An toan thye pham Thanh⏎pho")
            board_level = "province"
        elif board_level is None and head == "chi cuc" and not _DISTRICT_BRANCH.search(folded, 0, end):
            # "Chi cục Trồng trọt và Bảo vệ thực vật", a Sở's sub-department: a province's, whoever cites it (not a
            # tax or a statistics office's district branch)
            board_level = "province"
        return Issuer(name, None, "state", board_level, None, end)
    return Issuer(name, None, None, None, None, end)


# A name that ends in the city's level word, whose capital (as printed) says it is the city the text is of.
_CAPITAL_CITY = re.compile(r"thanh\s+pho\s*$")
_DISTRICT_BRANCH = re.compile(r"chi\s+cuc\s+(?:thue|thong\s+ke)(?![a-z])")


def _board_tier(place: re.Match[str], named: str) -> str | None:
    """A board's level from its last place word; a city's from its name: a province's own ("Hội đồng Thi đua - Khen
    thưởng thành phố Đà Nẵng"), else a district's; a city not named is either."""
    if place.group(1) != "thanh pho":
        return PLACE_LEVELS[place.group(1)]
    if not named.strip():
        return None
    return "province" if registry.find_province(named) else "district"


def _team(toks: list[tuple[str, int, int]], folded: str, original: str, head: str, end: int) -> Issuer:
    """An inspection team as OCR may print it ("Doan kiém tra"): its words respelled, then its own (its field and
    number, "thuế số 3"), and the body it is of, whose level it has: named right after it ("Đoàn thanh tra Cục Thuế tỉnh
    Bình Dương") or after "của" ("Đoàn kiểm tra số 3 của Ủy ban Kiểm tra Tỉnh ủy")."""
    words = len(head.split())
    last, owner, of = words - 1, None, ""
    for k in range(words, len(toks)):
        tok, start, stop = toks[k]
        if stop > end or not (
            tok in _TEAM_WORDS or tok.isdigit() or original[start].isupper() or tok == "cua"
        ):
            break
        if tok == "cua":
            if k + 1 < len(toks) and (
                owner := recognise(folded[toks[k + 1][1] :], original[toks[k + 1][1] :])
            ):
                of, start = " của", toks[k + 1][1]
            break
        if original[start].isupper() and (owner := recognise(folded[start:], original[start:])):
            break
        last = k
    own = f" {original_words(original, toks[words][1], toks[last][2])}" if last >= words else ""
    if owner is None:
        return Issuer(_TEAM_HEADS[head] + own, None, None, None, None, toks[last][2])
    return Issuer(
        f"{_TEAM_HEADS[head]}{own}{of} {owner.name}",
        None,
        owner.branch,
        owner.tier,
        owner.jurisdiction,
        start + owner.end,
    )
