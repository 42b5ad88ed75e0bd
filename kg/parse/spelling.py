"""Diacritics restored from a closed vocabulary: "Pai hoi lan tha XHI cua bBang" is "Đại hội lần thứ XIII
của Đảng". Only names built from a few known words (congresses, conferences) are respelled this way; a
word the vocabulary does not know is kept as printed. Province names are matched against the registry the
same OCR-tolerant way ("Hau Giang" is Hậu Giang), for issuers, headers and congress names alike. The names of
bodies outside the registry (companies, a department's own name) are respelled from a vocabulary of phrases.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from kg import registry
from kg.folding import fold
from kg.parse.fuzzy import close, distance, near

_WORD = re.compile(r"[^\s,;.:()\"“”]+")
_ROMAN = re.compile(r"[IVXHl1]*[IVX][IVXHl1]*")


@cache
def _vocabulary() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(folded words, spelled words), phrases of several words first."""
    rows = registry.data_rows("name_words.csv")
    entries = [(tuple(r["folded"].split()), tuple(r["spelled"].split())) for r in rows]
    return tuple(sorted(entries, key=lambda e: -len(e[0])))


def word_distance(folded: str, key: str) -> int | None:
    """How far a printed word is from a vocabulary word, if it can be an OCR reading of it at all.

    A leading b or p may be a capital Đ ("bBang", "Pai hoi"), and a long word may have two damaged
    letters ("ctia" for "của") as long as its first letter stands.
    """
    readings = [(folded, 0)]
    if folded[:1] in "bp" and folded[:2] != "ph":
        readings.append(("d" + folded[1:], 1))
    best = None
    for reading, cost in readings:
        d = distance(reading, key, 3) + cost
        if (
            close(reading, key)
            or near(reading, key)
            or (d <= 2 and len(reading) >= 4 and reading[0] == key[0])
        ):
            best = d if best is None else min(best, d)
    return best


@lru_cache(maxsize=1 << 14)
def _respell(folded: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
    """The vocabulary entry that the words ``folded`` start with: (its spelled words, words used)."""
    found: list[tuple[int, int, int, tuple[str, ...], tuple[str, ...]]] = []
    for i, (keys, spelled) in enumerate(_vocabulary()):
        if len(keys) > len(folded) or (found and len(keys) < len(found[0][3])):
            continue
        ds = [word_distance(w, k) for w, k in zip(folded, keys, strict=False)]
        if all(d is not None for d in ds):
            found.append((-len(keys), sum(ds), i, keys, spelled))  # type: ignore[arg-type]
    if not found:
        return None
    best = min(found)
    return best[4], len(best[3])


def reads_as(printed: str, folded_word: str) -> bool:
    """Whether a printed word is the vocabulary word ``folded_word``: a word printed with diacritics must
    be it but for one vowel, an OCR-stripped one (plain ASCII) may be any OCR reading of it."""
    if not printed.isascii():  # OCR's wrong diacritic may change a longer word's vowel: "quéc" is "quốc"
        word = fold(printed)
        if printed[0] == "P" and folded_word[0] == "d":  # … and its P for Đ: "Pảng bộ"
            word = f"d{word[1:]}"
        diff = [(a, b) for a, b in zip(word, folded_word, strict=False) if a != b]
        return word == folded_word or (
            # (a shorter word too where OCR put its é for the vowel: "Héi nghị" is "Hội nghị")
            len(word) == len(folded_word) >= (3 if "é" in printed.lower() else 4)
            and len(diff) == 1
            and diff[0][0] in _PRINTED_VOWELS
            and diff[0][1] in _VOWELS
        )
    return word_distance(fold(printed), folded_word) is not None


_VOWELS = frozenset("aeiouy")
_PRINTED_VOWELS = _VOWELS | frozenset("€¢")  # (OCR's signs for a marked vowel: "dai bi€u", "dai bi¢u")


def _in_place_of(spelled: list[str], name: str, run: list[re.Match[str]]) -> str:
    """The words ``spelled`` in place of the printed ``run``: case from the print, spacing kept."""
    return "".join(
        (name[run[k - 1].end() : w.start()] if k else "") + _in_case_of(v, w.group(0))
        for k, (v, w) in enumerate(zip(spelled, run, strict=True))
    )


def _may_respell(printed: str) -> bool:
    """Words printed with their diacritics are right as they are, unless the vocabulary has them exactly
    ("khoá" is "khóa") or but for one vowel ("quéc" is "quốc"), also with a capital Đ that OCR read as P or B
    ("Pại" is "Đại"); an acronym in
    capitals ("XU", "UBND") is not a vocabulary word."""
    if printed.isupper() and len(printed) > 1:
        return False
    folded = fold(printed)
    readings = {folded, "d" + folded[1:]} if folded[:1] in "bp" and folded[:2] != "ph" else {folded}
    return (
        printed.isascii()
        or any(c.isdigit() for c in printed)  # OCR's digit for a letter: "phư6ng"
        or any(key[0] in readings or reads_as(printed, key[0]) for key, _ in _vocabulary())
    )


def _in_case_of(word: str, printed: str) -> str:
    return word[:1].upper() + word[1:] if printed[:1].isupper() else word


_PLACE_WORDS = frozenset(["huyện", "quận", "xã", "phố", "tỉnh", "phường", "trấn"])
_DISTRICT_WORDS = frozenset(["huyện", "quận"])
# (a commune's name is no province's one letter off: "phường Tân Ninh" is no "Tây Ninh")
_COMMUNE_WORDS = frozenset(["xã", "phường", "trấn"])


def respell(name: str) -> str:
    """``name`` with each known word spelled right, Roman numerals repaired and province names restored.

    Capitalised words after a place word ("huyện Tháp Mười") are a place name: as printed, but for a district's
    name that OCR damaged ("huyện Cho Méi" is "huyện Chợ Mới").
    """
    words = list(_WORD.finditer(name))
    out: list[str] = []
    done = i = 0
    place = ""
    while i < len(words):
        printed = words[i].group(0)
        out.append(name[done : words[i].start()])
        spelled, used, place_follows = printed, 1, ""
        province = _province_at(name, words, i) if place not in _COMMUNE_WORDS else None
        if province:
            spelled, used = province
        elif place and printed[:1].isupper():
            run = list(itertools.takewhile(lambda w: w.group(0)[:1].isupper(), _spaced_run(name, words, i)))
            spelled = district_spelling(
                name[run[0].start() : run[-1].end()], exact=place not in _DISTRICT_WORDS
            )
            # (its words in the print's places: "tinh Hai⏎Hau" keeps its break)
            if len(words_spelled := spelled.split()) == len(run):
                spelled = _in_place_of(words_spelled, name, run)
            used = len(run)
        elif _ROMAN.fullmatch(printed):
            spelled = printed.replace("H", "II").replace("l", "I").replace("1", "I")
        elif _may_respell(printed):
            known = _respell(tuple(fold(w.group(0)) for w in _spaced_run(name, words, i)))
            if known:
                vocab, used = known
                spelled = _in_place_of(list(vocab), name, words[i : i + used])
                place_follows = vocab[-1] if vocab[-1] in _PLACE_WORDS else ""
        # (a place's name after its word: "phường Mỹ Tho" is no "Mỹ Thứ"; a district's OCR damage repaired)
        place = place_follows or (printed.lower() if printed.lower() in _PLACE_WORDS else "")
        out.append(spelled)
        done = words[i + used - 1].end()
        i += used
    out.append(name[done:])
    return "".join(out)


def _spaced_run(name: str, words: list[re.Match[str]], i: int) -> list[re.Match[str]]:
    """Word ``i`` and up to two more after it with only white space between: what a phrase may span."""
    return _run(name, words, i, 3)


def _run(name: str, words: list[re.Match[str]], i: int, most: int) -> list[re.Match[str]]:
    run = [words[i]]
    for w in words[i + 1 : i + most]:
        if name[run[-1].end() : w.start()].strip():
            break
        run.append(w)
    return run


def _province_at(name: str, words: list[re.Match[str]], i: int) -> tuple[str, int] | None:
    """A province name of two or three capitalised words starting at word ``i``: (spelling, words used)."""
    run = _spaced_run(name, words, i)
    for n in (3, 2):
        chunk = run[:n]
        if len(chunk) == n and all(w.group(0)[:1].isupper() for w in chunk):
            folded = " ".join(fold(w.group(0)) for w in chunk)
            found = province_named(folded)
            if found:
                return _in_place_of(found.split(), name, chunk), n
    return None


@cache
def _provinces_by_initials() -> dict[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]:
    """(words, name) of every folded province spelling, grouped by the first letters of its words, in table
    order: a fuzzy reading keeps each word's first letter, so a miss compares one small group, not all."""
    groups: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
    for key, province in registry.province_by_folded_name().items():
        words = tuple(key.split())
        groups.setdefault(tuple(w[0] for w in words), []).append((words, province.name))
    return {initials: tuple(entries) for initials, entries in groups.items()}


_COMMON_WORDS = frozenset("cac cua va cho co la mot nay theo tai lao".split())  # noqa: SIM905


@lru_cache(maxsize=1 << 14)
def province_named(folded_name: str) -> str | None:
    table = registry.province_by_folded_name()
    if folded_name in table:
        return table[folded_name].name
    parts = folded_name.split()
    for words, name in _provinces_by_initials().get(tuple(w[0] for w in parts), ()):
        # one word at least as printed: "hoi dong" (Hội đồng) is every word one letter off "hai duong"
        if (
            all(close(a, b) for a, b in zip(parts, words, strict=True))
            and not set(parts).isdisjoint(words)
            # a common word is no misread place: "CÁC MẪU" (the forms) is not "Cà Mau", "LAO ĐỘNG" not "Lâm Đồng"
            and _COMMON_WORDS.isdisjoint(a for a, b in zip(parts, words, strict=True) if a != b)
        ):
            return name
    # OCR's Đ read as P or B: "tinh Pong Thap" (not a district's name as printed: "xã Bao Lac" is Bảo Lạc, no Đắk Lắk),
    # or as P in a later word: "tinh Nam Pinh"
    if parts and parts[0][:1] in ("p", "b") and registry.find_district(folded_name) is None:
        return province_named(" ".join(["d" + parts[0][1:], *parts[1:]]))
    later = next((k for k, part in enumerate(parts[1:], 1) if part[:1] == "p" and part[1:2] != "h"), None)
    if later is not None and registry.find_district(folded_name) is None:
        return province_named(" ".join([*parts[:later], "d" + parts[later][1:], *parts[later + 1 :]]))
    return None


@lru_cache(maxsize=1 << 12)
def district_spelling(name: str, exact: bool = False) -> str:
    """A district's name as the registry spells it, OCR damage repaired ("Thap Mudi" is "Tháp Mười", "Cho Méi" is
    "Chợ Mới"); the name as printed when no district is that close (one word at least as printed, every other one
    letter off), or when it is printed with its marks: "xã Tân Thành" is no misprinted "Tân Thạnh", nor "xã Hợp
    Thành" "Hòa Thành" (a commune's name is often a district's elsewhere, one letter or mark off; OCR that keeps
    marks keeps letters). ``exact``: only the marks restored, for a commune's name, which the registry does not
    list ("xã Tan Lap" is no district "Tân Lạc"; "xã Xuan Léc", its marks misread, is "Xuân Lộc")."""
    parts = fold(name).lower().split()
    if not name.isascii():
        if name.isupper():
            # (a letterhead's capitals with their marks, "HUYỆN CẨM GIÀNG": the registry's spelling)
            return _districts_in_capitals().get(name, name)
        return _misread_district(name, parts, exact)
    # (OCR's P for a capital Đ: "Pong Phu" is "Đồng Phú"; no Vietnamese word starts with a bare p, only "ph"; and its
    # B, where no district is read as printed: "Buc Hoa" is "Đức Hòa", but "Bac Ha" is "Bắc Hà")
    found = _districts_read(parts, exact, "p") or _districts_read(parts, exact, "pb")
    # (OCR's 6 and 0 in a word read as the o they stand for: "H6i An", a commune's "Tam N6ng")
    read = [w.replace("6", "o").replace("0", "o") if DIGIT_FOR_O.search(w) else w for w in parts]
    if len(found) > 1 or (not found and read != parts):
        # (… and of two a letter off, "Hoi An" is Hội An, not Hòa An nor Hải An: the one the words spell exactly)
        found = _districts_read(read, True, "p") or found
    return found.pop() if len(found) == 1 else name


def _districts_read(parts: list[str], exact: bool, for_d: str) -> set[str]:
    """The districts the folded words ``parts`` may spell, a word's first letter among ``for_d`` read as a Đ."""
    readings = itertools.product(
        *((w, f"d{w[1:]}") if w[0] in for_d and w[:2] != "ph" else (w,) for w in parts)
    )
    return {
        spelled
        for read in readings
        for words, spelled in _districts_by_initials().get(tuple(w[0] for w in read), ())
        if (read == words if exact else all(close(a, b) for a, b in zip(read, words, strict=True)))
        # (every word off only where one shows OCR's hand: "Dirc Thg" is "Đức Thọ", its ư read as "ir")
        and (not set(read).isdisjoint(words) or any(_OCR_READING.search(w) for w in parts))
    }


# a word with OCR's 6 or 0 for its o ("h6i", "n6ng"); a name without one is not read as a city's by letters alone
# ("và Thanh" is no Vị Thanh)
DIGIT_FOR_O = re.compile(r"[a-z][06]|[06][a-z]")
# OCR's marks in a word no Vietnamese word has: the ư or u read as "ir" or "ii", a digit for a letter ("L6" for "Lộ")
_OCR_READING = re.compile(r"ir|ii|\d")


def _misread_district(name: str, parts: list[str], exact: bool = False) -> str:
    """The district a name printed with OCR's misread marks spells ("Déng Hung" is "Đông Hưng", "Hoang Hoéa"
    "Hoằng Hóa"), else the name as printed. Such OCR puts an é where it cannot read a marked vowel and drops other
    marks, but keeps the consonants: a word may differ from the district's only in its vowels, and only where it
    shows that damage ("Yén Ding" is no "Yên Định"); of such districts the one fewest letters off, if only one is.
    ``exact`` (a commune's name): each word as long as the district's, a vowel for a vowel ("Xuan Léc" is "Xuân Lộc",
    but "Tan Héi" no "Tiền Hải", "Bén Hai" no "Biên Hòa")."""
    printed = name.split()
    if not any("é" in w.lower() for w in printed):
        return name
    off: dict[int, set[str]] = {}
    for words, spelled in _districts_by_initials().get(tuple(w[0] for w in parts), ()):
        if all(
            p == s
            or (
                (p.isascii() or "é" in p.lower())
                and _consonants(a) == _consonants(b)
                and (len(a) == len(b) or not exact)
            )
            for p, s, a, b in zip(printed, spelled.split(), parts, words, strict=True)
        ):
            off.setdefault(sum(distance(a, b, 9) for a, b in zip(parts, words, strict=True)), set()).add(
                spelled
            )
    fewest = off[min(off)] if off else set()
    return fewest.pop() if len(fewest) == 1 else name


def _consonants(folded: str) -> str:
    """A folded word's consonants, the ư that OCR reads as "ir" counted as a vowel ("Lir" for "Lữ")."""
    return re.sub("[aeiouy]", "", folded.replace("ir", "u"))


@cache
def _districts_in_capitals() -> dict[str, str]:
    return {district.name.upper(): district.name for district in registry.districts()}


@cache
def _districts_by_initials() -> dict[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]]:
    groups: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
    for district in registry.districts():
        words = tuple(fold(district.name).lower().split())
        groups.setdefault(tuple(w[0] for w in words), []).append((words, district.name))
    return {initials: tuple(entries) for initials, entries in groups.items()}


@lru_cache(maxsize=1 << 10)
def province_spelling(folded_name: str) -> str | None:
    """The province these folded words name, spelled as they name it: the name or the alias whose words they
    are ("thua thien hue" is "Thừa Thiên Huế", the 2024 name of today's Huế), with its diacritics."""
    province = province_named(folded_name)
    if province is None:
        return None
    record = registry.province_by_folded_name()[fold(province)]
    words = folded_name.split()
    for spelling in (record.name, *record.aliases):
        if [w for w in fold(spelling).split() if w.strip("-–")] == words:
            return spelling
    return province


@lru_cache(maxsize=1 << 12)
def province_in(folded: str) -> str | None:
    """A province named anywhere in a short folded phrase ("tinh hau giang")."""
    toks = folded.split()
    for i in range(len(toks)):
        for n in (3, 2, 1):
            if i + n <= len(toks) and (p := province_named(" ".join(toks[i : i + n]))):
                return p
    return None


@cache
def _organ_phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """(folded words, spelled words) of each phrase, by its first letter, longer phrases first."""
    groups: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for r in registry.data_rows("organ_words.csv"):
        keys = tuple(r["folded"].split())
        groups.setdefault(keys[0][0], []).append((keys, tuple(r["spelled"].split())))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in groups.items()}


def _phrase_word(printed: str, key: str) -> int | None:
    """0 when the printed word is ``key`` but for its marks, 1 when it is an OCR reading of it: a word without
    marks any close one ("dién tir", "khu vyc"), one with them a wrong vowel or two ("néng"), one if capitalised
    ("Céng", "Théng")."""
    word = fold(printed)
    if printed[:1] in "PB" and key[:1] == "d" and word[1:2] != "h":
        word = f"d{word[1:]}"  # (OCR's P or B for a capital Đ: "Pau tu", "Bien luc")
    if word == key:
        return 0
    if printed.isascii():
        # (a word a vowel off is a word of its own: "cho Cục" is no "chi cục", "Tay Nguyen" no "tài nguyên"; OCR's
        # damage puts a consonant or a digit for a vowel, "Thdng", "lgi", reads ư as y, "dy an", or as two letters,
        # "Dien Tir")
        return 1 if close(word, key) and not _word_of_its_own(word, key) else None
    diff = [(a, b) for a, b in zip(word, key, strict=False) if a != b]
    # (not a y for an i, which OCR does not make: "Tây Nguyên" is no "tài nguyên")
    vowels_only = all(a in _VOWELS and b in _VOWELS and {a, b} != {"i", "y"} for a, b in diff)
    return 1 if len(word) == len(key) and len(diff) <= 2 - printed[:1].isupper() and vowels_only else None


def _word_of_its_own(word: str, key: str) -> bool:
    """Whether ``word`` is ``key`` with one vowel for another (but y for u), or one letter more or less."""
    if len(word) != len(key):
        return distance(word, key, 1) <= 1
    diff = [(a, b) for a, b in zip(word, key, strict=True) if a != b]
    return len(diff) == 1 and diff[0] != ("y", "u") and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


def respell_organ(name: str) -> str:
    """``name`` with each phrase of the vocabulary spelled right and province names restored; every other word
    (a proper name, an acronym) as printed. A phrase is read only when one of its words is printed right."""
    words = list(_WORD.finditer(name))
    out: list[str] = []
    done = i = 0
    while i < len(words):
        out.append(name[done : words[i].start()])
        spelled, used = words[i].group(0), 1
        run = _run(name, words, i, 4)
        capitals = spelled.isupper() and len(spelled) > 1  # (an acronym, or a name in capitals, as printed)
        found = not capitals and (_province_at(name, words, i) or _organ_phrase(name, run, alone=i == 0))
        if found:
            spelled, used = found
        out.append(spelled)
        done = words[i + used - 1].end()
        i += used
    out.append(name[done:])
    return "".join(out)


def _organ_phrase(name: str, run: list[re.Match[str]], alone: bool) -> tuple[str, int] | None:
    """The phrase the words of ``run`` start with; a word alone only printed without marks, as the name's first
    word or in lower case ("Công ty Va Sa" keeps its "Va", "phương án" is no "phường")."""
    printed = [w.group(0) for w in run]
    initial = fold(printed[0])[:1]
    # (a P or B may be OCR's capital Đ: its phrases are tried first)
    initials = ("d", initial) if initial in ("p", "b") else (initial,)
    for keys, spelled in (entry for key in initials for entry in _organ_phrases().get(key, ())):
        if len(keys) > len(printed) or (
            len(keys) == 1 and (not printed[0].isascii() or (not alone and printed[0][:1].isupper()))
        ):
            continue
        marks = [_phrase_word(p, k) for p, k in zip(printed, keys, strict=False)]
        if None not in marks and 0 in marks:
            return _in_place_of(list(spelled), name, run[: len(keys)]), len(keys)
    return None
