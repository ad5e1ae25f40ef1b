"""Text helpers shared by the extractors: a scan copy and sentence/clause spans.

The scan copy replaces look-alike characters one for one (typographic
apostrophes, non-breaking and thin spaces, dashes), so patterns stay simple and
every offset found in the copy is an offset in the file's decoded text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from .candidates import Keywords, KeywordSets, digit_starts, lowered, sorted_starts
from .regexes import regex

_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ",
        "\u2003": " ", "\u200a": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-",
    }
)


_PAIRS = tuple((chr(k), v) for k, v in _SAME_LENGTH.items())
LOOK_ALIKES = frozenset(chr(k) for k in _SAME_LENGTH)


def scan_copy(text: str) -> str:
    """`text` with look-alikes replaced; always the same length as `text`."""
    # str.replace per look-alike present is ~40 times faster than str.translate
    # with a mapping (which goes character by character through a dict)
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


class Prepared:
    """What the loader and the extractors both read of one text, made once: its scan
    copy, that copy lower-cased (None when it cannot be, see candidates.lowered) and
    the keywords found in it."""

    def __init__(self, text: str) -> None:
        self.scan = scan_copy(text)
        self.lower = lowered(self.scan)
        self._hits: tuple[KeywordSets, dict] | None = None

    @cached_property
    def digits(self) -> list[int]:
        """Where each run of digits starts (candidates.digit_starts)."""
        return digit_starts(self.scan)

    def hits(self, sets: KeywordSets) -> dict[str, list[tuple[int, str]]] | None:
        """KeywordSets.hits of the scan copy, or None when it has no lower-cased copy."""
        if self.lower is None:
            return None
        if self._hits is None or self._hits[0] is not sets:
            self._hits = (sets, sets.hits(self.lower, self.scan))
        return self._hits[1]


_LAST: list = [None, None]  # the text last prepared (the very object) and what was made


def prepared(text: str) -> Prepared:
    """The Prepared of `text`; the loader reads a file, then extraction reads the same
    text object: the second call costs nothing."""
    if _LAST[0] is not text:
        _LAST[:] = [text, Prepared(text)]
    return _LAST[1]


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = (
    r"(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Prof|No|vs"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|etc|\p{Lu})"
)
_SENTENCE_END = regex.compile(
    # (and the Markdown emphasis that closes one: "**Here's what's in the package.** The")
    rf"(?<!\b{_ABBREV})[.!?]+[\"')\]*_]*(?=\s+[\"'(\[*_]*[\p{{Lu}}\d])|\n|\r",
)
_CLAUSE_BREAK = regex.compile(
    r"(?<!\d)[,:](?!\d)|[,:](?=\s)|[;()]|\s[-\u2013\u2014]\s|\u2014"
    r"|\b(?:on top of|in addition to|as well as|while|whereas"
    r"|but|compared with|compared to|up from|down from|after|before)\b",
)


@dataclass(frozen=True)
class Segments:
    """Sentence and clause boundaries of one text, searchable by offset."""

    sentences: tuple[tuple[int, int], ...]
    clause_breaks: tuple[int, ...]
    starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s for s, _ in self.sentences))

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(offset)]

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): between the nearest breaks outside the span."""
        s0, s1 = self.sentence_of(start)
        i = bisect.bisect_left(self.clause_breaks, start)
        lo = self.clause_breaks[i - 1] if i > 0 else s0
        j = bisect.bisect_left(self.clause_breaks, end)
        hi = self.clause_breaks[j] if j < len(self.clause_breaks) else s1
        return max(lo, s0), min(hi, s1)


# Where _SENTENCE_END and _CLAUSE_BREAK can start (see candidates.match_at): a
# punctuation mark or line break; a space before a dash; one of the clause words.
_SENTENCE_MARK = re.compile(r"[.!?\n\r]")
CLAUSE_WORDS = ("on top of", "in addition to", "as well as", "while", "whereas", "but",
                "compared with", "compared to", "up from", "down from", "after", "before")
_CLAUSE_WORDS = Keywords(CLAUSE_WORDS, fold=False)


def _sentence_ends(scan: str) -> list[int]:
    """The ends of _SENTENCE_END's matches, as its finditer gives them. At a line
    break only its last branch can match: the break itself, no regex needed; a mark
    not followed, after its run of marks and closing quotes, by white space cannot
    end a sentence either."""
    out: list[int] = []
    last = 0
    n = len(scan)
    for m in _SENTENCE_MARK.finditer(scan):
        p = m.start()
        if p < last:
            continue
        if scan[p] in "\n\r":
            last = p + 1
        else:
            q = p + 1
            while q < n and scan[q] in ".!?":
                q += 1
            while q < n and scan[q] in "\"')]*_":
                q += 1
            if q == n or not _space(scan[q]):
                continue
            found = _SENTENCE_END.match(scan, p)
            if found is None:
                continue
            last = found.end()
        out.append(last)
    return out


def _clause_breaks(scan: str, at: list[int]) -> list[int]:
    """The starts of _CLAUSE_BREAK's matches at the candidate starts `at` (sorted), as
    match_at gives them; the punctuation branches are decided here, the words by the
    pattern."""
    out: list[int] = []
    last = 0
    n = len(scan)
    for p in at:
        if p < last:
            continue
        c = scan[p]
        if c in ";()\u2014":
            end = p + 1
        elif c in ",:":
            before = scan[p - 1] if p else ""
            after = scan[p + 1] if p + 1 < n else ""
            if not ((not _digit(before) and not _digit(after)) or _space(after)):
                continue
            end = p + 1
        elif _space(c) or not (c.isalpha() or _digit(c) or c == "_"):
            # "\s[-\u2013\u2014]\s", the only branch that can start with a space
            if not (_space(c) and p + 2 < n and scan[p + 1] in "-\u2013\u2014" and _space(scan[p + 2])):
                continue
            end = p + 3
        else:
            found = _CLAUSE_BREAK.match(scan, p)
            if found is None:
                continue
            end = found.end()
        out.append(p)
        last = end
    return out


def _clause_marks(scan: str) -> list[int]:
    """Where _CLAUSE_BREAK may match but at clause words: punctuation, found by a
    character class (a fast scan), and white space before a dash, found by looking
    before each dash (a regex would try a look-ahead at every space)."""
    out = [m.start() for m in _CLAUSE_PUNCT.finditer(scan)]
    for dash in "-\u2013\u2014":
        i = scan.find(dash, 1)
        while i >= 0:
            if scan[i - 1].isspace():
                out.append(i - 1)
            i = scan.find(dash, i + 1)
    return out


_CLAUSE_PUNCT = re.compile(r"[,:;()\u2014]")


def _space(c: str) -> bool:
    """\\s as the patterns read it (not str.isspace: that takes \\x1c-\\x1f too)."""
    if c < "\x80":
        return c in " \t\n\r\x0b\x0c"
    return _SPACE.match(c) is not None


def _digit(c: str) -> bool:
    """\\d as the patterns read it ("" is none)."""
    if c < "\x80":
        return c in _ASCII_DIGITS and c != ""
    return _DIGIT.match(c) is not None


_ASCII_DIGITS = "0123456789"
_SPACE = regex.compile(r"\s")
_DIGIT = regex.compile(r"\d")


def segment(scan: str, clause_words: list[int] | None = None) -> Segments:
    """The sentences and clause breaks of `scan` (`clause_words`: the starts of
    CLAUSE_WORDS not preceded by a letter or digit, when already found)."""
    sentences: list[tuple[int, int]] = []
    start = 0
    for end in _sentence_ends(scan):
        if end > start and not scan[start:end].isspace():
            sentences.append((start, end))
        start = end
    if scan[start:].strip():
        sentences.append((start, len(scan)))
    if not sentences:
        sentences.append((0, len(scan)))
    if clause_words is None:
        clause_words = _CLAUSE_WORDS.left_starts(scan)
    at = sorted_starts(_clause_marks(scan), clause_words)
    return Segments(tuple(sentences), tuple(_clause_breaks(scan, at)))
