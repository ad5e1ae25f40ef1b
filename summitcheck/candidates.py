"""Where an expensive pattern may match, found cheaply, so it is tried only there.

The extractors' patterns (regex module: Unicode classes, look-behinds,
case-insensitive alternations of hundreds of words) cost 50 to 200 ns per
character each when scanned over a whole article. Each is paired here with a
cheap search that finds a superset of the places where it can match:

- `match_at` / `search_at`: the pattern tried only at candidate start positions
  (an Aho-Corasick automaton's keywords, digit runs, punctuation); the same
  matches as `pattern.finditer` / `pattern.search`, since a pattern that can
  only start at those positions fails everywhere else. `literal_prefixes`
  reads the keywords a user's regular expression must start with (topic cues).
- `windows_around`: for patterns that hold a keyword somewhere in the middle
  (a title in "British Prime Minister Keir Starmer"), the stretch of text
  around each keyword that such a match can cover; the pattern is then run on
  those stretches only.
- `required_literals`: words one of which every match holds (boilerplate
  patterns are tried only on lines that hold one).

Case-insensitive keywords are looked up in the lower-cased text; a text with a
character whose lower case is not its case folding (long s, final sigma...) is
scanned in full. tests/test_candidates.py checks that every extractor finds
exactly what the full scans find, on the corpora, on every planted-error
variant and on generated text.
"""

from __future__ import annotations

import bisect
import re
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from .regexes import regex

if TYPE_CHECKING:
    from .rules import Rules

try:
    import re._parser as _sre  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

# Characters whose lower case is not what a case-insensitive match folds them to
# (long s, final sigma, micro sign, Cherokee...; dotted I lower-cases to two
# characters): a text with one of them is scanned in full, since keywords found
# in its lower-cased copy could miss a match. Every c with c.lower() != c.casefold().
_FOLD_TRAPS = re.compile(
    "[\u00b5\u0130\u017f\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u13a0-\u13f5"
    "\u13f8-\u13fd\u1c80-\u1c88\u1e9b\u1fbe\u212a\uab70-\uabbf]")


class Keywords:
    """An Aho-Corasick automaton over lower-cased keywords."""

    def __init__(self, words: Iterable[str], fold: bool = True) -> None:
        self.words = sorted({w.lower() if fold else w for w in words if w})
        self.automaton = ahocorasick.Automaton()
        for w in self.words:
            self.automaton.add_word(w, w)
        if self.words:
            self.automaton.make_automaton()

    def starts(self, lower: str, bounded: bool = True) -> Iterator[tuple[int, int]]:
        """(start, end) of every keyword in `lower` (the lower-cased text); with
        `bounded`, only those not preceded or followed by a letter or digit."""
        if not self.words:
            return
        n = len(lower)
        for last, word in self.automaton.iter(lower):
            s, e = last - len(word) + 1, last + 1
            if bounded and ((s > 0 and lower[s - 1].isalnum()) or (e < n and lower[e].isalnum())):
                continue
            yield s, e

    def hits(self, text: str) -> list[tuple[int, str]]:
        """(start, keyword) of every keyword in `text`, bounded or not."""
        if not self.words:
            return []
        return [(last - len(w) + 1, w) for last, w in self.automaton.iter(text)]

    def left_starts(self, lower: str) -> list[int]:
        """Starts of keywords not preceded by a letter or digit (the end is free)."""
        if not self.words:
            return []
        return [s for last, w in self.automaton.iter(lower)
                if (s := last - len(w) + 1) == 0 or not lower[s - 1].isalnum()]

    def left_hits(self, lower: str) -> list[tuple[int, str]]:
        """(start, keyword) of keywords not preceded by a letter or digit."""
        if not self.words:
            return []
        return [(s, w) for last, w in self.automaton.iter(lower)
                if (s := last - len(w) + 1) == 0 or not lower[s - 1].isalnum()]


class KeywordSets:
    """Named sets of keywords, all found in one pass of one automaton over a text's
    lower-cased copy: a pass costs about what a regular expression's scan of the text
    costs, whatever the number of words, so the loader and the extractors share one.
    A set is case-insensitive (`fold`) or its words count only as written, and wants
    its words only where no letter or digit comes before them (`bounded`) or anywhere."""

    def __init__(self, sets: dict[str, tuple[Iterable[str], bool, bool]]) -> None:
        targets: dict[str, list[tuple[str, str | None, bool]]] = {}
        for name, (words, fold, bounded) in sets.items():
            for w in sorted(set(words)):
                if not w:
                    continue
                if not fold and len(w.lower()) != len(w):
                    raise ValueError(f"{w!r} changes length in lower case")
                targets.setdefault(w.lower(), []).append((name, None if fold else w, bounded))
        self.names = tuple(sets)
        self.automaton = ahocorasick.Automaton()
        for w, t in targets.items():
            # most words belong to one case-insensitive bounded set: named, for a short way
            simple = t[0][0] if len(t) == 1 and t[0][1] is None and t[0][2] else None
            self.automaton.add_word(w, (w, len(w), simple, tuple(t)))
        if targets:
            self.automaton.make_automaton()
        self.empty = not targets

    def hits(self, lower: str, text: str) -> dict[str, list[tuple[int, str]]]:
        """(start, word) of the keywords of each set in `text` (`lower` is its lower-cased
        copy, see lowered()); the word lower-cased for a case-insensitive set, as written
        otherwise. The same as each set's own Keywords(...).left_hits, or .hits for a set
        that is not bounded (tests/test_candidates.py)."""
        out: dict[str, list[tuple[int, str]]] = {n: [] for n in self.names}
        if self.empty:
            return out
        for last, (word, n, simple, targets) in self.automaton.iter(lower):
            s = last - n + 1
            free = not s or not lower[s - 1].isalnum()
            if simple is not None:
                if free:
                    out[simple].append((s, word))
                continue
            for name, exact, bounded in targets:
                if bounded and not free:
                    continue
                if exact is None:
                    out[name].append((s, word))
                elif text.startswith(exact, s):
                    out[name].append((s, exact))
        return out


# Who looks for keywords (the loader, the extractors), each giving its sets for the rules:
# one automaton is made of all of them (keyword_sets).
KeywordSource = Callable[["Rules"], dict[str, tuple[Iterable[str], bool, bool]]]
_SOURCES: dict[str, KeywordSource] = {}
_SETS: dict[tuple, KeywordSets] = {}


def keyword_source(name: str) -> Callable[[KeywordSource], KeywordSource]:
    """Register a function giving keyword sets for the rules (a decorator)."""

    def register(fn: KeywordSource) -> KeywordSource:
        _SOURCES[name] = fn
        return fn

    return register


def keyword_sets(rules: Rules) -> KeywordSets:
    """The keyword sets of every registered source for these rules, made once."""
    key = (rules.digest, tuple(_SOURCES))
    found = _SETS.get(key)
    if found is None:
        sets: dict[str, tuple[Iterable[str], bool, bool]] = {}
        for fn in _SOURCES.values():
            sets.update(fn(rules))
        found = _SETS[key] = KeywordSets(sets)
    return found


def lowered(text: str) -> str | None:
    """`text` in lower case with the same offsets, or None when that is not possible."""
    low = text.lower()
    if len(low) != len(text) or _FOLD_TRAPS.search(text):
        return None
    return low


def match_at(pattern: regex.Pattern, text: str, starts: Iterable[int], endpos: int | None = None,
             timeout: float | None = None) -> Iterator[regex.Match]:
    """`pattern.finditer(text, 0, endpos)` for a pattern that cannot match anywhere
    but at `starts` (sorted; duplicates allowed) and never matches the empty string.
    With `timeout`, all the matching together may take that many seconds (TimeoutError)."""
    last = 0
    end = len(text) if endpos is None else endpos
    deadline = None if timeout is None else time.perf_counter() + timeout
    for p in starts:
        if p < last:
            continue
        if p > end:
            break
        if deadline is None:
            m = pattern.match(text, p, end)
        else:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("regex timed out")
            m = pattern.match(text, p, end, timeout=left)
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
    found: set[int] = set()
    for g in groups:
        found.update(g)
    return sorted(found)


# The regex module finds runs of digits several times faster than re on text that is not
# ASCII, but knows digits newer than this Python's tables: a run that is not ASCII is
# looked at again with re, so that the runs are those of Python's digits, which int()
# and Decimal read (Python's digits are all the regex module's: tests/test_candidates.py).
_DIGIT_RUN = regex.compile(r"\d+")
_PY_DIGIT_RUN = re.compile(r"\d+")


def digit_starts(text: str) -> list[int]:
    """Where each run of digits (any script's Python reads) starts."""
    out = []
    for m in _DIGIT_RUN.finditer(text):
        run = m.group()
        if run.isascii():
            out.append(m.start())
        else:
            out.extend(m.start() + k.start() for k in _PY_DIGIT_RUN.finditer(run))
    return out


# ---------------------------------------------------------------- windows

_SEPARATORS = frozenset(",.'-")


def windows_around(text: str, hits: Iterable[tuple[int, int]], allowed: frozenset[str]
                   ) -> list[tuple[int, int]]:
    """The stretches of `text` around `hits` that a pattern made of capitalised
    words, the lower-case words in `allowed`, spaces and , . ' - can cover.

    A stretch ends at a character no such pattern can match (a digit, a quote, a
    semicolon...) or at a lower-case word not in `allowed`. Each window is
    (start, end) for `finditer(text, start, end)`: it reaches one character past
    the stretch so that look-aheads at its end see what they see in the full
    text. Overlapping windows are merged."""
    spans: set[tuple[int, int]] = set()
    lo = run_end = -1
    for s, e in sorted(hits):
        if lo <= s and e <= run_end:
            continue  # inside the stretch just found: the same stretch
        lo, run_end, hi = _stretch(text, s, e, allowed)
        spans.add((lo, hi))
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _stretch(text: str, s: int, e: int, allowed: frozenset[str]) -> tuple[int, int, int]:
    """(start, end, window end) of the stretch around [s, e). A word is a run of letters
    and format characters inside it (\\p{L} and \\p{Cf} as the patterns read them); a
    pattern regex walks the capitalised words, the words after ' . or - and the runs of
    spaces and separators in one call, and a lower-case word where it stops is looked
    up in `allowed` here."""
    n = len(text)
    lo = s
    while lo > 0:
        lo = _WALK_BACK.match(text, 0, lo).start()
        if lo == 0 or not _WORD_CHAR.match(text, lo - 1):
            break  # the start, or a character no pattern can hold
        k = _WORD_BACK.match(text, 0, lo).start()
        if text[k:lo].lower() not in allowed:
            break
        lo = k
    hi = e
    while True:
        hi = _WALK.match(text, hi).end()
        if hi >= n:
            return lo, n, n
        if not _WORD_CHAR.match(text, hi):
            return lo, hi, hi + 1  # a character no pattern can hold: look-aheads may read it
        k = _WORD.match(text, hi).end()
        if text[hi:k].lower() not in allowed:
            return lo, hi, hi  # a word no pattern can hold: it is not in the window
        hi = k


# str.isspace()'s characters (tests/test_candidates.py checks the list), and , . ' -
_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
           "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACE_OR_SEPARATOR = frozenset(_SPACES) | _SEPARATORS
_RUN_CLASS = "".join(regex.escape(c) for c in sorted(_SPACE_OR_SEPARATOR))
_LETTERS = r"[\p{L}\p{Cf}]"
_WORD_CHAR = regex.compile(_LETTERS)
_WORD = regex.compile(rf"{_LETTERS}+")
_WORD_BACK = regex.compile(rf"(?r){_LETTERS}+")
# runs of separators, and whole words that start with a capital or follow ' . -
_WALK_STEP = (rf"(?:[{_RUN_CLASS}]+|(?:(?=\p{{Lu}})|(?<=['.-]))(?<!{_LETTERS}){_LETTERS}+(?!{_LETTERS}))")
_WALK = regex.compile(rf"{_WALK_STEP}*+")
_WALK_BACK = regex.compile(rf"(?r){_WALK_STEP}*+")


@lru_cache(maxsize=1024)
def _parsed(body: str) -> tuple | None:
    """The parse tree of a regular expression as sre reads it (the analyses below work
    on it, several on one pattern: parsed once), or None for syntax it does not read
    (the regex module's own)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # sre's FutureWarnings on regex-module syntax
            return tuple(_sre.parse(body))
    except Exception:
        return None


def literal_prefixes(body: str, limit: int = 256) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of the regular expression `body`
    starts with, or None when that cannot be said (a class, a wildcard, an optional
    start, syntax of the regex module only...). "(?:phone )?call" -> {"phone ", "call"}."""
    tree = _parsed(body)
    if tree is None:  # syntax sre does not read: no prefixes
        return None
    found = _prefixes(list(tree), limit)
    if not found or "" in found or len(found) > limit:
        return None
    return frozenset(found)


def _prefixes(items: list, limit: int) -> set[str] | None:
    acc = {""}
    for i, (op, av) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            acc = {a + chr(av).lower() for a in acc}
        elif name == "IN":
            chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
            if len(chars) != len(av) or len(chars) > 4 or not all(c.isalpha() or c in " -" for c in chars):
                return acc
            acc = {a + c.lower() for a in acc for c in chars}
        elif name in ("BRANCH", "SUBPATTERN", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if name == "BRANCH":
                alts = [_prefixes(list(alt), limit) for alt in av[1]]
            elif name == "SUBPATTERN":
                alts = [_prefixes(list(av[3]), limit)]
            elif av[0] >= 1:
                alts = [_prefixes(list(av[2]), limit)]
            else:  # optional: the match starts with it, or with what follows
                alts = [_prefixes(list(av[2]), limit), _prefixes(items[i + 1:], limit)]
            if any(not x or "" in x for x in alts):
                return acc
            return {a + p for a in acc for x in alts for p in x}
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width ones consume nothing
            return acc
        if len(acc) > limit:
            return None
    return acc


def required_literals(body: str) -> frozenset[str] | None:
    r"""Lower-cased strings one of which every match of `body` contains, or None.
    r"(?i)^\s*comments are closed" -> {"comments are closed"}."""
    tree = _parsed(body)
    if tree is None:
        return None
    found = _required(list(tree))
    return frozenset(found) if found else None


def _required(items: list) -> set[str] | None:
    best: set[str] | None = None

    def consider(cands: set[str] | None) -> None:
        nonlocal best
        if cands and "" not in cands and (best is None or min(map(len, cands)) > min(map(len, best))):
            best = cands

    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av).lower()
            continue
        consider({run} if run else None)
        run = ""
        if name == "BRANCH":
            alts = [_required(list(a)) for a in av[1]]
            if all(alts):
                consider(set().union(*alts))
        elif name == "SUBPATTERN":
            consider(_required(list(av[3])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            consider(_required(list(av[2])))
    consider({run} if run else None)
    return best


# The most ways through a pattern's repeats that count as bounded: each attempt then
# costs about what a literal's does, so a search of a long line takes about as long as
# a literal's search of it
BOUNDED_WORK = 64


def bounded_work(body: str) -> bool:
    """Whether every attempt of the regular expression `body` to match at one position
    does a bounded amount of work, whatever the text: no repeat without an upper
    bound, no back-reference, and at most BOUNDED_WORK ways through its repeats (the
    product of their sizes). Such a pattern cannot backtrack for ever; False when that
    cannot be said (syntax sre does not read)."""
    tree = _parsed(body)
    if tree is None:
        return False
    ways = _ways(list(tree))
    return ways is not None and ways <= BOUNDED_WORK


def _ways(items: list) -> int | None:
    """How many ways a match attempt of the sequence `items` can take at most (a
    sequence multiplies its parts' ways, a branch adds its alternatives', a repeat of
    up to m times a body of w ways takes up to (m + 1) * w ** m); None with a repeat
    without an upper bound or a back-reference."""
    total = 1
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[1] == _sre.MAXREPEAT:
                return None
            body = _ways(list(av[2]))
            if body is None:
                return None
            if body > 1 and av[1] > 16:
                return BOUNDED_WORK + 1
            ways = (av[1] + 1) * body ** av[1]
        elif name == "BRANCH":
            alts = [_ways(list(alt)) for alt in av[1]]
            if None in alts:
                return None
            ways = sum(alts)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP", "ASSERT", "ASSERT_NOT"):
            ways = _ways(list(av[3] if name == "SUBPATTERN" else av if name == "ATOMIC_GROUP" else av[1]))
            if ways is None:
                return None
        elif name in ("GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE"):
            return None
        else:
            continue
        total *= ways
        if total > BOUNDED_WORK:
            return total
    return total


def needs_digit(body: str) -> bool:
    """Whether every match of the regular expression `body` holds a digit (False when
    that cannot be said)."""
    tree = _parsed(body)
    return tree is not None and _needs_digit(list(tree))


def _needs_digit(items: list) -> bool:
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and 48 <= av <= 57:
            return True
        if name == "IN" and av and all(_digit_member(str(o), v) for o, v in av):
            return True
        if name == "BRANCH" and all(_needs_digit(list(alt)) for alt in av[1]):
            return True
        if name == "SUBPATTERN" and _needs_digit(list(av[3])):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1 and _needs_digit(
                list(av[2])):
            return True
    return False


def _digit_member(name: str, v) -> bool:
    return ((name == "CATEGORY" and str(v) == "CATEGORY_DIGIT") or (name == "LITERAL" and 48 <= v <= 57)
            or (name == "RANGE" and 48 <= v[0] and v[1] <= 57))


def letters_of(patterns: Iterable[str]) -> frozenset[str]:
    """Every run of letters written in the patterns, lower-cased: the lower-case
    words those patterns can match are among them."""
    return frozenset(w.lower() for p in patterns for w in regex.findall(r"\p{L}+", p))
