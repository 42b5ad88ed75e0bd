"""OCR-tolerant comparison of folded tokens: every step that matches words in damaged text uses these."""

from __future__ import annotations

from functools import lru_cache


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b``, or ``limit + 1`` as soon as it is sure to exceed ``limit``."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)


# Common words one edit from an organ's word that OCR does not make of it: "… Ban Bí thư trong công tác …" is no "Ban
# Bí thư Trung ương"; nor is "Đảng ủy Trường Đại học Vinh" a ward's ("phường" two edits off), nor "đăng ký phương án"
# a ward's Party committee.
_DISTINCT = frozenset([("trong", "trung"), ("cong", "uong"), ("truong", "phuong"), ("ky", "uy")])
# "ủy" as OCR prints it, folded, beyond one edit ("Huyện tiy", "Tỉnh tty", "Tinh ity", "Huyén tly", "[Jy ban"): the ủ
# read as two signs.
_UY = frozenset(["tiy", "tty", "iiy", "tuy", "tly", "[jy", "ity"])


@lru_cache(maxsize=1 << 16)
def close(a: str, b: str) -> bool:
    """Whether token ``a`` is an OCR reading of word ``b`` (one edit for short words, two for long).

    OCR reads a capital Đ as P ("Pảng", "Pdng" for "Đảng"); no Vietnamese word starts with a bare p
    (only "ph"), so a leading p stands for d.
    """
    if a == b or (b == "uy" and a in _UY):
        return True
    if (a, b) in _DISTINCT:
        return False
    if a[:1] == "p" and b[:1] == "d" and a[1:2] != "h":
        a = "d" + a[1:]  # (before the readings below: "Tuy Pirc" is "Tuy Đức")
    # the ư read as w, and the ư or u of "phủ", "thư", "tướng", "ủy" read as two letters ("Thủ tw6ng", "phii", "thir",
    # "tirong", "iry"): no Vietnamese word has a w, "ii" or "ir", so they are read as "u" before the word is compared,
    # which OCR may have damaged besides ("Thiréng vụ", "Đảng ủy phiréng")
    a = a.replace("w", "u").replace("ii", "u").replace("ir", "u")
    # … and none turns into another with its "ti" read as "u" ("Chinh phti", "ctia"), nor with the ứ of "chức" or the ữ
    # of "nữ" read "it" or "tr" after its first letter ("Tổ chitc", "chtrc", "Phu nit", "Phụ ntr")
    if (
        a == b
        or ("ti" in a and a.replace("ti", "u") == b)
        or any(a.find(pair) > 0 and a.replace(pair, "u") == b for pair in ("it", "tr"))
    ):
        return True
    if len(b) < 2 or abs(len(a) - len(b)) > 2:
        return False
    if len(b) == 2 and a[:1] != b[:1] and b != "uy":
        # a two-letter word keeps its first letter: "và" is no "xã", though "s6" is "số" (and "ay", "iy" are "ủy")
        return False
    limit = 1 if len(b) <= 5 else 2
    return distance(a, b, limit) <= limit


def near(token: str, word: str) -> bool:
    """Looser than ``close``, for a small closed vocabulary (congress names): "thir" is "thứ"."""
    return close(token, word) or (
        len(word) >= 3 and token[:2] == word[:2] and abs(len(token) - len(word)) <= 1
    )
