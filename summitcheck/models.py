"""Value types of the pipeline: Source -> Mention -> Claim -> AuditResult.

This module imports nothing from the package, so every other module (and every
renderer) can depend on it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from functools import lru_cache
from operator import attrgetter

# In an extracted money claim, between the claim and the country that gives the sum
# ("money-military-aid~australia"): extract/figures.py writes it, audit.split_givers reads it.
GIVEN_BY = "~"


class Kind(StrEnum):
    FIGURE = "figure"
    NAME = "name"
    DATE = "date"
    QUOTE = "quote"


class Status(StrEnum):
    AGREED = "agreed"
    DISPUTED = "disputed"
    SINGLE = "single-source"


class ExitStatus(IntEnum):
    OK = 0
    DISPUTED = 1
    TROUBLE = 2


@dataclass(frozen=True)
class Source:
    """One article file: its decoded text and what is known about it.

    `excluded` lists (start, end) character ranges that are not the article
    (boilerplate, datelines); extraction skips mentions inside them. `format` is
    text, markdown or html; for html, `text` is the article text extracted from
    the page and positions are offsets into it.
    """

    id: str
    path: str
    text: str = ""
    # the moment of publication, in the zone it was written in (its day is the writer's;
    # reports give it in UTC)
    published: dt.datetime | None = None
    skipped: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding: str | None = None
    format: str | None = None
    warnings: tuple[str, ...] = ()
    excluded: tuple[tuple[int, int], ...] = ()
    line_starts: tuple[int, ...] = field(default=(0,), repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def line_marks(self) -> list[tuple[int, int, str]]:
        """(start, end, mark) of every line: mark 'x' when the whole line is excluded
        from extraction, '~' when part of it is, ' ' otherwise."""
        starts = self.line_starts
        out = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
            if start == end and i == len(starts) - 1:
                break  # the empty "line" after a final line break
            body = self.text[start:end].rstrip("\r\n")
            bare = len(body) - len(body.lstrip())
            if not body.strip() or not self.is_excluded(start, start + len(body)):
                mark = " "
            elif self._covered(start + bare, start + len(body.rstrip())):
                mark = "x"
            else:
                mark = "~"
            out.append((start, end, mark))
        return out

    def _covered(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.excluded, (start, float("inf")))
        return i > 0 and self.excluded[i - 1][0] <= start and self.excluded[i - 1][1] >= end

    def published_on(self, tz: dt.tzinfo | None) -> dt.date | None:
        """The calendar day of publication: the writer's, where the time was written with
        its zone ("9:14 PM EST, February 13" is the 13th), else in `tz`. A date written
        without a time is stored as midnight UTC and is that day wherever the event is."""
        pub = self.published
        if pub is None:
            return None
        if tz is None or pub.utcoffset() != dt.timedelta(0) or pub.time() == dt.time(0):
            return pub.date()
        return pub.astimezone(tz).date()

    def is_excluded(self, start: int, end: int) -> bool:
        """Whether [start, end) touches an excluded range (`excluded` is sorted and merged)."""
        i = bisect.bisect_left(self.excluded, (end,))
        return i > 0 and self.excluded[i - 1][1] > start


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line starts (after \\n, \\r\\n or a lone \\r)."""
    if "\r" in text:
        return (0, *(m.end() for m in _NEWLINE.finditer(text)))
    out = [0]  # str.find runs at memory speed; a regex looks at every character
    i = text.find("\n")
    while i >= 0:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return tuple(out)


_NEWLINE = re.compile(r"\r\n|\r|\n")


# ---------------------------------------------------------------- values
# A value knows how to print itself (`display`), what counts as the same
# value (`key`) and which other values it does not contradict (`compatible`).


@dataclass(frozen=True, order=True)
class Quantity:
    """An amount as an interval [lo, hi] in `unit` (tolerance already applied)."""

    unit: str
    lo: float
    hi: float
    display: str
    approximate: bool = False

    @property
    def key(self) -> str:
        return self.display

    def compatible(self, other: Quantity) -> bool:
        if self.unit != other.unit or self.lo > other.hi or other.lo > self.hi:
            return False
        # two ceilings of one figure ("up to 1.5%", "up to 2.2%") each name about where it
        # is, and they are far apart (not two floors: "more than a dozen leaders" on the
        # stage and "more than 20 leaders" at the summit are both true)
        if self.lo == 0.0 and other.lo == 0.0:
            return bounds_close(self.hi, other.hi)
        return True


BOUND_SPREAD = 0.3  # how far apart two ceilings of one figure may be


def bounds_close(a: float, b: float) -> bool:
    """Whether two ceilings of a figure name about the same amount."""
    lo, hi = min(a, b), max(a, b)
    return hi <= 0 or lo >= hi * (1 - BOUND_SPREAD)


@dataclass(frozen=True, order=True)
class Person:
    """A person named as an office-holder; `key` is the same for every spelling."""

    key: str
    display: str

    def compatible(self, other: Person) -> bool:
        return self.key == other.key


@dataclass(frozen=True, order=True)
class Office:
    """An office given to a person ("US President", "former US President").

    `qualifier` is the country or body ("" when the text leaves it out), `tense`
    is current, past (former, ex-) or future (incoming, -elect). Two offices
    contradict each other when both name a qualifier and the qualifiers differ,
    or when their tenses differ.
    """

    title: str
    qualifier: str
    tense: str
    display: str

    @property
    def key(self) -> str:
        return self.display

    def compatible(self, other: Office) -> bool:
        if self.tense != other.tense:
            return False
        a, b = self.qualifier, other.qualifier
        # ("EU President Donald Tusk", as AFP writes the European Council's president: the
        # EU's offices are its institutions')
        return not (a and b and a != b and _PART_OF.get(a) != b and _PART_OF.get(b) != a)


# institutions whose offices news gives to the body they belong to
_PART_OF = {"european-council": "european-union", "european-commission": "european-union",
            "european-parliament": "european-union"}


@dataclass(frozen=True, order=True)
class Day:
    """A calendar date; two days agree when they are less than `window` days apart."""

    date: dt.date
    window: int = 1

    @property
    def key(self) -> str:
        return self.date.isoformat()

    @property
    def display(self) -> str:
        return f"{self.date.isoformat()} ({self.date.strftime('%A')})"

    def compatible(self, other: Day) -> bool:
        return abs((self.date - other.date).days) < max(self.window, other.window)


@dataclass(frozen=True, order=True)
class Moment:
    """A time of day in UTC, with its date when known; `slack` minutes absorb rounding."""

    utc: dt.datetime
    has_date: bool
    slack: int = 0
    local: bool = False  # a wall-clock time of an unknown zone ("11:30am local time")

    @property
    def key(self) -> str:
        return self.display

    @property
    def display(self) -> str:
        zone = "local time" if self.local else "UTC"
        if self.has_date:
            return self.utc.strftime(f"%Y-%m-%d %H:%M {zone}")
        return self.utc.strftime(f"%H:%M {zone}")

    def compatible(self, other: Moment) -> bool:
        a, b = self.utc, other.utc
        if not (self.has_date and other.has_date):
            a = a.replace(year=2000, month=1, day=1)
            b = b.replace(year=2000, month=1, day=1)
            gap = abs((a - b).total_seconds()) / 60
            gap = min(gap, 24 * 60 - gap)
        else:
            gap = abs((a - b).total_seconds()) / 60
        return gap <= max(self.slack, other.slack)


@dataclass(frozen=True, order=True)
class Quote:
    """Words put in someone's mouth: `key` is the words without case and punctuation,
    with "..." where the writer marked an omission. Two quotes agree when both can be
    read from one remark: word for word from the start until one of them ends (a
    partial quote), an omission standing for any words of the other."""

    key: str
    display: str

    def compatible(self, other: Quote) -> bool:
        return _one_remark(quote_words(self.key), quote_words(other.key))


@lru_cache(maxsize=1 << 14)
def quote_words(key: str) -> tuple[str, ...]:
    """A quote's key as words ("..." one of them), split once: a claim's values are
    compared with each other."""
    return tuple(key.split())


def _one_remark(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word by word from the start until one ends: an omission of either can stand for
    all the rest of the other (which then ends), so from the first one on anything
    agrees. (A search of every way an omission could match, which this was, came to the
    same answer, in time that grew with the product of the lengths.)"""
    i = j = 0
    while i < len(a) and j < len(b):  # until one ends
        x, y = a[i], b[j]
        if x == "..." or y == "...":
            return True
        if x == y or _spelt_alike(x, y):
            i, j = i + 1, j + 1
        elif _initials_of(x, b, j):
            # "a mutually beneficial FTA" and "... free trade agreement": one remark, its
            # abbreviation written out by another outlet
            i, j = i + 1, j + len(x)
        elif _initials_of(y, a, i):
            i, j = i + len(y), j + 1
        else:
            return False
    return True


def _initials_of(word: str, words: tuple[str, ...], at: int) -> bool:
    """Whether `word` (of two to five letters) is the initials of the words from `at`."""
    n = len(word)
    return 2 <= n <= 5 and word.isalpha() and at + n <= len(words) and "".join(
        w[:1] for w in words[at:at + n]) == word


def _spelt_alike(a: str, b: str) -> bool:
    """One word in two spellings (defence / defense, favour / favor, centre / center):
    outlets transcribe a remark in their own house style. One edit (a transposition
    counts as one) in words of five letters or more, the first letter the same."""
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=1) <= 1


Value = Quantity | Person | Office | Day | Moment | Quote


@dataclass(frozen=True)
class Mention:
    """One statement found in one source: what it is about and what it says.

    `claim` is the identity shared by every mention of the same fact; `inferred`
    marks a mention whose identity was guessed from a neighbouring sentence: it
    may corroborate a value, never create a dispute.
    """

    source: str
    kind: Kind
    claim: str
    label: str
    value: Value
    start: int
    end: int
    line: int
    column: int
    text: str
    inferred: bool = False
    rule: str = ""
    office: Office | None = None
    remote: bool = False  # the topic came from a neighbouring sentence
    # the claim this one narrows ("5% by 2035" narrows "5%", "NATO's 32 members" narrows
    # "32 members"): a mention of that broader claim may join this one (audit.group)
    base: str = ""
    # the office is implied, not written ("Canada's Justin Trudeau"): the mention joins
    # a claim but is no source for its status
    implied: bool = False

    def sort_key(self) -> tuple:
        return (self.source, self.start, self.end, self.claim)

    def evolve(self, **changes) -> Mention:
        """A copy with some fields changed: dataclasses.replace without its
        per-call introspection (grouping 100,000 mentions calls it for each name)."""
        new = object.__new__(Mention)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new


# Mention.sort_key as a C-level key function, for sorting many mentions
BY_POSITION = attrgetter("source", "start", "end", "claim")


@dataclass(frozen=True)
class ClaimValue:
    value: str
    sources: tuple[str, ...]
    mentions: tuple[Mention, ...]
    inferred: bool = False


@dataclass(frozen=True)
class Claim:
    id: str
    kind: Kind
    label: str
    status: Status
    values: tuple[ClaimValue, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for v in self.values for s in v.sources}))


@dataclass(frozen=True)
class Summary:
    sources: int
    skipped: int
    claims: int
    agreed: int
    disputed: int
    single_source: int


@dataclass(frozen=True)
class AuditResult:
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...] = ()
    rules_path: str | None = None
    ignored: tuple[tuple[str, str], ...] = ()  # (path, why): hidden files, backups, VCS

    @property
    def summary(self) -> Summary:
        count = {s: sum(1 for c in self.claims if c.status is s) for s in Status}
        read = [s for s in self.sources if s.skipped is None]
        return Summary(
            sources=len(read),
            skipped=len(self.sources) - len(read),
            claims=len(self.claims),
            agreed=count[Status.AGREED],
            disputed=count[Status.DISPUTED],
            single_source=count[Status.SINGLE],
        )
