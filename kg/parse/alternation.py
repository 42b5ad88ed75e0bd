"""Alternations laid out for the regex engine's first-character test.

In a branch, sre skips an alternative on the text's next character only when the alternative opens with a
plain literal; one that opens with a group ("(?:da )?ban hanh"), a class ("[dp]e nghi") or an assertion is
entered at every place tried. A long alternation of phrases written naturally is therefore slow to scan.
``first_letter_alternation`` spreads such openings into literal ones and nests the alternatives under their
first letter, so that the engine tests one character to pick the few alternatives that can match. The
order in which the engine tries alternatives that could match at the same place is kept, so the leftmost
match and the alternative that wins are those of the plain ``a|b|c``.
"""

from __future__ import annotations

import itertools

_QUANTIFIERS = ("?", "*", "+", "{")


def _skip_class(pattern: str, i: int) -> int:
    """Index just past the character class that opens at ``pattern[i] == "["``."""
    i += 1
    if pattern[i : i + 1] == "^":
        i += 1
    if pattern[i : i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i + 1


def _top_level(pattern: str) -> tuple[int, list[int]]:
    """For a pattern that opens with "(": where that group ends, and where its top-level "|" stand."""
    depth, i = 0, 0
    bars: list[int] = []
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _skip_class(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1, bars
        elif c == "|" and depth == 1:
            bars.append(i)
        i += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def spread(pattern: str) -> list[str]:
    """Alternatives that together match as ``pattern`` does, in the order the engine tries them, with a
    leading non-capturing group ("(?:a|b)c" → "ac", "bc"; "(?:a )?b" → "a b", "b"; "(?:a )+b" → "a (?:a )*b") or a
    leading class of letters ("[dp]e" → "de", "pe") spread out."""
    if pattern.startswith("(?:"):
        end, bars = _top_level(pattern)
        inner, rest = pattern[3 : end - 1], pattern[end:]
        if rest.startswith("+") and not rest.startswith(("+?", "++")):  # once, then as often as it goes on
            return spread(f"(?:{inner})(?:{inner})*{rest[1:]}")
        if rest.startswith((*_QUANTIFIERS[1:], "??", "?+")):
            return [pattern]
        if rest.startswith("?"):  # greedy: with the group first, then without
            return spread(f"(?:{inner}){rest[1:]}") + spread(rest[1:])
        cuts = [3, *(b + 1 for b in bars), end]
        return [
            alternative
            for lo, hi in itertools.pairwise(cuts)
            for alternative in spread(pattern[lo : hi - 1] + rest)
        ]
    if pattern.startswith("[") and not pattern.startswith("[^"):
        end = _skip_class(pattern, 0)
        letters = pattern[1 : end - 1]
        if letters.isalpha() and not pattern[end:].startswith(_QUANTIFIERS):
            return [c + pattern[end:] for c in dict.fromkeys(letters)]
    return [pattern]


def _first(alternative: str) -> str | None:
    """The literal an alternative opens with (a letter or an escaped sign such as "\\("), or None."""
    if alternative[:1].isalpha():
        head = alternative[:1]
    elif alternative[:1] == "\\" and alternative[1:2] and not alternative[1:2].isalnum():
        head = alternative[:2]
    else:
        return None
    return None if alternative[len(head) :].startswith(_QUANTIFIERS) else head


_LOOKBEHINDS = ("(?<=", "(?<!")


def hoist(piece: str) -> list[str]:
    """``piece`` as alternatives that open with a literal, when it opens with look-behinds before one: each
    look-behind moves after the literal, which it then ends with ("(?<!truc\\s)tiep" → "t(?<!(?:truc\\s)t)iep");
    an alternative opening with an assertion is otherwise tried at every place the scan reaches."""
    behind = []
    rest = piece
    while rest.startswith(_LOOKBEHINDS):
        end, _ = _top_level(rest)
        behind.append(rest[:end])
        rest = rest[end:]
    hoisted = []
    for alternative in spread(rest) if behind else []:
        head = _first(alternative)
        if head is None:
            return [piece]
        hoisted.append(
            head + "".join(f"{b[:4]}(?:{b[4:-1]}){head})" for b in behind) + alternative[len(head) :]
        )
    return hoisted or [piece]


def first_letter_alternation(alternatives: list[str], depth: int = 3) -> tuple[str, list[int]]:
    """One pattern matching as ``"|".join(f"(?:{a})()" for a in alternatives)`` does, with each alternative's
    empty marker group; and, for each marker group in the pattern's order, the index of its alternative.

    Alternatives are nested under their first literal within runs that no other alternative interrupts
    (one that opens with an assertion or an anchor could match where a letter's alternatives do, so it
    stays in its place between them); the alternatives under one literal are nested the same way under
    their next one, ``depth`` literals deep (a third faster over the relation phrases than one deep)."""
    return _nested(list(enumerate(alternatives)), depth)


def _nested(alternatives: list[tuple[int, str]], depth: int) -> tuple[str, list[int]]:
    parts: list[str] = []
    order: list[int] = []
    run: dict[str, list[tuple[int, str]]] = {}

    def close_run() -> None:
        for head, items in run.items():
            if depth > 1 and len(items) > 1:
                inner, inner_order = _nested(items, depth - 1)
            else:
                inner, inner_order = "|".join(f"{rest}()" for _, rest in items), [index for index, _ in items]
            parts.append(f"{head}(?:{inner})")
            order.extend(inner_order)
        run.clear()

    for index, alternative in alternatives:
        for piece in (
            hoisted for spread_piece in spread(f"(?:{alternative})") for hoisted in hoist(spread_piece)
        ):
            head = _first(piece)
            if head is None:
                close_run()
                parts.append(f"{piece}()")
                order.append(index)
            else:
                run.setdefault(head, []).append((index, piece[len(head) :]))
    close_run()
    return "|".join(parts), order
