"""Where an expensive pattern may match, found cheaply, so it is tried only there.

The extractors' patterns (regex module: Unicode classes, look-behinds,
case-insensitive alternations of hundreds of words) cost about a microsecond
per character when scanned over a whole article. Each is paired here with a
cheap search that finds a superset of the places where it can match:

- `match_at` / `search_at`: the pattern tried only at candidate start positions
  (found by a plain `re` pattern that starts with a literal or a character
  class, or by an Aho-Corasick automaton over the lower-cased text); the same
  matches as `pattern.finditer` / `pattern.search`, since a pattern that can
  only start at those positions fails everywhere else.
- `windows_around`: for patterns that contain a keyword somewhere in the middle
  (a title in "British Prime Minister Keir Starmer"), the stretch of text
  around each keyword that such a match can cover; the pattern is then run on
  those stretches only.

tests/test_candidates.py checks that every extractor gives exactly what the
full scans give, on the corpora and on generated text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

import ahocorasick
import regex

# Characters whose case-insensitive match is an ASCII letter although their
# lower case is not (long s, Kelvin sign, dotted and dotless i): a text with one
# of them is scanned in full, since the lower-cased copy would miss a keyword.
_FOLD_TRAPS = re.compile("[\u017f\u212a\u0130\u0131\u1e9e]")


class Keywords:
    """An Aho-Corasick automaton over lower-cased keywords."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted({w.lower() for w in words if w})
        self.automaton = ahocorasick.Automaton()
        for w in self.words:
            self.automaton.add_word(w, len(w))
        if self.words:
            self.automaton.make_automaton()

    def starts(self, lower: str, bounded: bool = True) -> Iterator[tuple[int, int]]:
        """(start, end) of every keyword in `lower` (the lower-cased text); with
        `bounded`, only those not preceded or followed by a letter or digit."""
        if not self.words:
            return
        n = len(lower)
        for last, size in self.automaton.iter(lower):
            s, e = last - size + 1, last + 1
            if bounded and ((s > 0 and lower[s - 1].isalnum()) or (e < n and lower[e].isalnum())):
                continue
            yield s, e

    def left_starts(self, lower: str) -> Iterator[int]:
        """Starts of keywords not preceded by a letter or digit (the end is free)."""
        if not self.words:
            return
        for last, size in self.automaton.iter(lower):
            s = last - size + 1
            if s == 0 or not lower[s - 1].isalnum():
                yield s


def lowered(text: str) -> str | None:
    """`text` in lower case with the same offsets, or None when that is not possible."""
    low = text.lower()
    if len(low) != len(text) or _FOLD_TRAPS.search(text):
        return None
    return low


def match_at(pattern: regex.Pattern, text: str, starts: Iterable[int]) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern that cannot match anywhere but at
    `starts` (sorted; duplicates allowed) and never matches the empty string."""
    last = 0
    for p in starts:
        if p < last:
            continue
        m = pattern.match(text, p)
        if m is not None:
            yield m
            last = m.end()


def search_at(pattern: regex.Pattern, text: str, starts: list[int], pos: int) -> regex.Match | None:
    """`pattern.search(text, pos)` under the same condition as `match_at`."""
    i = bisect.bisect_left(starts, pos)
    while i < len(starts):
        m = pattern.match(text, starts[i])
        if m is not None:
            return m
        i += 1
    return None


def sorted_starts(*groups: Iterable[int]) -> list[int]:
    return sorted({p for g in groups for p in g})


def trigger_starts(trigger: re.Pattern, text: str) -> Iterator[int]:
    return (m.start() for m in trigger.finditer(text))


# ---------------------------------------------------------------- windows

_SEPARATORS = frozenset(",.'-")
_JOINERS = frozenset(".'-")


def windows_around(text: str, hits: Iterable[tuple[int, int]], allowed: frozenset[str]
                   ) -> list[tuple[int, int]]:
    """The stretches of `text` around `hits` that a pattern made of capitalised
    words, the lower-case words in `allowed`, spaces and , . ' - can cover.

    A stretch ends at a character no such pattern can match (a digit, a quote, a
    semicolon...) or at a lower-case word not in `allowed`. Each window is
    (start, end) for `finditer(text, start, end)`: it reaches one character past
    the stretch so that look-aheads at its end see what they see in the full
    text. Overlapping windows are merged."""
    spans = sorted({_stretch(text, s, e, allowed) for s, e in hits})
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _stretch(text: str, s: int, e: int, allowed: frozenset[str]) -> tuple[int, int]:
    n = len(text)
    lo = s
    while lo > 0:
        c = text[lo - 1]
        if c.isalpha():
            k = lo - 1
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            if text[k].isupper() or text[k:lo].lower() in allowed or (
                    k > 0 and text[k - 1] in _JOINERS):
                lo = k
                continue
            break
        if c.isspace() or c in _SEPARATORS:
            lo -= 1
            continue
        break
    hi = e
    while hi < n:
        c = text[hi]
        if c.isalpha():
            k = hi
            while k < n and text[k].isalpha():
                k += 1
            if text[hi].isupper() or text[hi:k].lower() in allowed or (
                    hi > 0 and text[hi - 1] in _JOINERS):
                hi = k
                continue
            return lo, hi  # a word no pattern can hold: it is not in the window
        if c.isspace() or c in _SEPARATORS:
            hi += 1
            continue
        return lo, hi + 1  # a character no pattern can hold: look-aheads may read it
    return lo, n


def finditer_in(pattern: regex.Pattern, text: str, windows: list[tuple[int, int]] | None
                ) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` restricted to `windows` (None: the whole text)."""
    if windows is None:
        yield from pattern.finditer(text)
        return
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def letters_of(patterns: Iterable[str]) -> frozenset[str]:
    """Every run of letters written in the patterns, lower-cased: the lower-case
    words those patterns can match are among them."""
    return frozenset(w.lower() for p in patterns for w in regex.findall(r"\p{L}+", p))
