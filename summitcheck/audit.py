"""Group Mentions into Claims and decide agreed / disputed / single-source.

A claim is disputed only when two values that contradict each other are each
stated firmly (not inferred) and the claim has two or more sources. A value
that rests on inferred mentions alone and contradicts a firm value is left
out: the inference was probably wrong, and a false dispute costs an editor
more than a missed corroboration. Values are listed majority first.

Grouping works on mention rows (rows.py), and compares values by number: each
distinct value is hashed once (_Values), not once per mention.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import compress, pairwise
from operator import itemgetter, not_
from pathlib import Path

from .models import (
    GIVEN_BY,
    AuditResult,
    Claim,
    ClaimValue,
    Day,
    Kind,
    Mention,
    Office,
    Person,
    Quantity,
    Quote,
    Source,
    Status,
    bounds_close,
    quote_words,
)
from .normalize.names import PeopleIndex
from .pipeline import Extraction, extract_corpus
from .rows import (
    BASE,
    BY_POSITION,
    CLAIM,
    IMPLIED,
    INFERRED,
    KIND,
    LABEL,
    OFFICE,
    REMOTE,
    SOURCE,
    VALUE,
    MentionRows,
    Row,
    rows_of,
)
from .rules import Rules
from .walk import MAX_BYTES


def audit_folder(folder: Path, rules: Rules, display: str | None = None, jobs: int | None = 1,
                 cache_dir: Path | None = None, max_bytes: int = MAX_BYTES) -> AuditResult:
    """Audit every article of `folder` (see pipeline.extract_corpus for jobs and cache)."""
    return audit_extraction(extract_corpus(folder, rules, display, jobs=jobs, cache_dir=cache_dir,
                                           max_bytes=max_bytes), rules)


def audit_extraction(found: Extraction, rules: Rules) -> AuditResult:
    """Audit a folder's extraction (pipeline.extract_corpus)."""
    # its rows are read from cache entries (cache.Table): every field has exactly its type
    return AuditResult(tuple(found.sources), group_rows(found.rows, rules, exact=True),
                       warnings=found.warnings, rules_path=rules.path, ignored=found.ignored)


def audit_mentions(found: tuple[Sequence[Source], Sequence[Mention]], rules: Rules) -> AuditResult:
    """Audit mentions extracted earlier (`summitcheck extract`, perhaps on many machines)."""
    sources, mentions = found
    return AuditResult(tuple(sources), group(mentions, rules), rules_path=rules.path)


def group(mentions: Iterable[Mention], rules: Rules) -> tuple[Claim, ...]:
    """Every claim of the corpus, sorted by kind and id."""
    return group_rows(rows_of(mentions), rules)


_NAME = Kind.NAME  # plain globals: an enum member looked up on its class costs 70 ns
_QUOTE = Kind.QUOTE
_FIGURE = Kind.FIGURE
_SINGLE, _AGREED, _DISPUTED = Status.SINGLE, Status.AGREED, Status.DISPUTED


def group_rows(rows: list[Row], rules: Rules, exact: bool = False) -> tuple[Claim, ...]:
    """group() of mention rows (`exact`: every field has exactly the type Mention declares,
    no bool for an int: see rows.MentionRows)."""
    values = _Values()
    rows = join_narrower(merge_signing(resolve_people(split_givers(rows, values, rules), rules),
                                       values), values)
    rows = split_remarks(split_co_stated(split_magnitudes(rows, values), values), values)
    by_claim: dict[str, tuple[list[Row], list[int]]] = {}
    for r, n in zip(rows, values.numbers(list(map(_VALUE, rows))), strict=True):
        group = by_claim.get(r[CLAIM])
        if group is None:
            group = by_claim[r[CLAIM]] = ([], [])
        group[0].append(r)
        group[1].append(n)
    claims = [c for key, (rs, ns) in by_claim.items()
              if (c := make_claim(key, rs, ns, values, exact)) is not None
              and not (c.kind is _QUOTE and c.status is _SINGLE)]  # see extract/quotes.py
    claims.extend(person_claims(rows, values, exact))
    return tuple(sorted(claims, key=lambda c: (c.kind.value, c.id)))


_VALUE, _OFFICE, _SOURCE = itemgetter(VALUE), itemgetter(OFFICE), itemgetter(SOURCE)
_INFERRED, _IMPLIED, _REMOTE = itemgetter(INFERRED), itemgetter(IMPLIED), itemgetter(REMOTE)


class _Values:
    """Values numbered by equality: mentions that say the same thing have the same
    number, found by the value object's identity. 100,000 mentions hold a few
    hundred value objects (the cache decodes each value once), and a value is a
    dataclass whose hash is computed in Python on every look-up."""

    def __init__(self) -> None:
        self._by_id: dict[int, int] = {}  # id -> number
        self._kept: list = []  # every object numbered: its id stays its own
        self._by_value: dict = {}
        self.values: list = []  # number -> the first value seen with it
        self._keys: list[str | None] = []

    def number(self, v) -> int:
        n = self._by_id.get(id(v))
        if n is None:
            n = self._by_value.get(v)
            if n is None:
                n = self._by_value[v] = len(self.values)
                self.values.append(v)
                self._keys.append(None)
            self._by_id[id(v)] = n
            self._kept.append(v)
        return n

    def numbers(self, objects: list) -> list[int]:
        """number() of each, looked up in C but for each object not seen before."""
        ids = list(map(id, objects))
        by_id = self._by_id
        for i, v in dict(zip(ids, objects, strict=True)).items():
            if i not in by_id:
                self.number(v)
        return list(map(by_id.__getitem__, ids))

    def key(self, n: int) -> str:
        k = self._keys[n]
        if k is None:
            k = self._keys[n] = self.values[n].key
        return k


SIGNING = "-signing"  # figures.py: the claim of those who signed a text
COUNT = "count-"  # figures.py: the claims of counts


def split_givers(rows: list[Row], values: _Values, rules: Rules) -> list[Row]:
    """Sums of one claim that different countries give are apart, each the claim of its
    giver, only where they would dispute: "Australia has committed ... $1.3 billion in
    military assistance" and "Canada has committed ... more than $4.5 billion in military
    aid". Otherwise (one giver, or givers whose sums agree: "Britain pledged £1.6bn" beside
    "Ukraine will get £1.6bn") they are one claim with the sums nobody is said to give, as
    if no giver were read: a planted error is weighed against all of them. A sum with no
    giver may join the one giver's claim it agrees with (join_narrower)."""
    if not any(GIVEN_BY in r[CLAIM] for r in rows if r[KIND] is _FIGURE):
        return rows
    number = values.number
    givers: dict[str, set[str]] = defaultdict(set)  # claim without its giver -> givers
    firm: dict[str, set[int]] = defaultdict(set)  # ... -> the values its sums state
    for r in rows:
        if r[KIND] is _FIGURE:
            claim, _, giver = r[CLAIM].partition(GIVEN_BY)
            if giver:
                givers[claim].add(giver)
            if not r[INFERRED]:
                firm[claim].add(number(r[VALUE]))
    vals = values.values
    apart = set()
    for claim, who in givers.items():
        if len(who) > 1:
            stated = [vals[n] for n in sorted(firm.get(claim, ()))]
            if any(not a.compatible(b) for i, a in enumerate(stated) for b in stated[i + 1:]):
                apart.add(claim)
    label_of = {q.id: q.get("label", q.id) for q in rules.qualifiers}
    out = []
    for r in rows:
        if r[KIND] is _FIGURE and GIVEN_BY in r[CLAIM]:
            claim, _, giver = r[CLAIM].partition(GIVEN_BY)
            if claim in apart:
                label = r[LABEL].replace("Money for ", f"Money for {label_of.get(giver, giver)} ", 1)
                r = (*r[:CLAIM], f"{claim}-{giver}", label,
                     *r[VALUE:BASE], r[BASE] or claim, *r[BASE + 1:])
            else:
                r = (*r[:CLAIM], claim, *r[LABEL:])
        out.append(r)
    return out


def merge_signing(rows: list[Row], values: _Values) -> list[Row]:
    """Those who signed a text ("80 countries backed the communique") are a count of their
    own only where the value most sources give them, two at least, differs from the
    count's without the text (the 92 that came): where all signed ("the 32 allies
    endorsed the declaration"), the two are one claim, and a signer's count that
    differs is a dispute about it."""
    if not any(r[CLAIM].endswith(SIGNING) for r in rows):
        return rows
    number = values.number
    said: dict[str, Counter] = defaultdict(Counter)  # claim -> value -> its sources
    seen: set[tuple[str, str, int]] = set()
    for r in rows:
        if not r[INFERRED] and r[KIND] is _FIGURE:
            key = (r[CLAIM], r[SOURCE], number(r[VALUE]))
            if key not in seen:
                seen.add(key)
                said[r[CLAIM]][key[2]] += 1
    vals = values.values
    merged: dict[str, str] = {}
    for claim in said:
        if claim.endswith(SIGNING):
            parent = claim[:-len(SIGNING)]
            own, theirs = said[claim], said.get(parent)
            most = _most_stated(own)[0]
            # (a count of signers one source alone gives is weighed with the count: a
            # figure of its own needs two sources)
            if not theirs or own[most] < 2 or fits_every([vals[_most_stated(theirs)[0]]])(vals[most]):
                merged[claim] = parent
    if not merged:
        return rows
    label_of = {r[CLAIM]: r[LABEL] for r in reversed(rows) if r[CLAIM] in merged.values()}
    out = []
    for r in rows:
        parent = merged.get(r[CLAIM])
        if parent is not None:
            base = r[BASE].removesuffix(SIGNING)
            label = label_of.get(parent) or r[LABEL].removesuffix(" signing")
            r = (*r[:CLAIM], parent, label, *r[VALUE:BASE], "" if base == parent else base, *r[BASE + 1:])
        out.append(r)
    return out


def join_narrower(rows: list[Row], values: _Values) -> list[Row]:
    """A figure stated broadly ("5% of GDP", "32 allies") joins the one narrower claim of
    the corpus it agrees with ("5% of GDP by 2035", "NATO's 32 members"); with none or
    several such claims, or when it agrees as well with the firm values that stay in its
    own claim, it stays where it is."""
    narrower: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r[BASE]:
            narrower[r[BASE]].add(r[CLAIM])
    if not narrower:
        return rows
    # of each narrower claim: its firm values and the label of its first firm mention
    targets = set().union(*narrower.values())
    number = values.number
    firm: dict[str, dict[int, set[str]]] = {}
    label_of: dict[str, str] = {}
    for r in rows:
        c = r[CLAIM]
        if c in targets and not r[INFERRED]:
            if c not in firm:
                firm[c] = {}
                label_of[c] = r[LABEL]
            firm[c].setdefault(number(r[VALUE]), set()).add(r[SOURCE])
    vals = values.values
    # a broad value joins a narrower claim it agrees with, or, where that claim is
    # disputed, whose value most of its sources state (a planted "8% by 2035" beside six
    # "5% by 2035" leaves the broad "5%" where they were)
    fits_all = {}
    for c, fs in firm.items():
        most, alone = _most_stated({n: len(sources) for n, sources in fs.items()})
        fits_all[c] = fits_every([vals[most]] if alone and len(fs) > 1 else [vals[f] for f in fs])
    joins: dict[tuple[str, int], str | None] = {}  # (claim, value) -> the claim it joins
    staying: dict[str, dict[int, None]] = defaultdict(dict)  # broad claim -> firm values kept
    for r in rows:
        if not r[BASE] and r[CLAIM] in narrower:
            n = number(r[VALUE])
            key = (r[CLAIM], n)
            if key not in joins:
                v = vals[n]
                fits = [c for c in sorted(narrower[r[CLAIM]]) if c in firm and fits_all[c](v)]
                if len(fits) > 1:
                    # "32 allies" fits "NATO's 32 members" and "32 countries signed the
                    # declaration": the members, of whom the signers are a count of their own
                    fits = [c for c in fits if not c.endswith(SIGNING)] or fits
                joins[key] = fits[0] if len(fits) == 1 else None
            if joins[key] is None and not r[INFERRED]:
                staying[r[CLAIM]][n] = None
    # a broad value that also agrees with every firm value staying in its own claim stays
    # with them ("more than a dozen leaders" beside "18 leaders", not "the bloc's 27")
    for (claim, n), c in joins.items():
        if c is not None and staying.get(claim) and fits_every(
                [vals[k] for k in staying[claim]])(vals[n]):
            joins[(claim, n)] = None
    # a broad claim whose firm values all went to one narrower claim goes there whole: its
    # inferred values are weighed against what they were written beside, not left alone
    # (with no firm value, the one claim its joining inferred values go to)
    went: dict[str, set[str | None]] = defaultdict(set)
    went_inferred: dict[str, set[str]] = defaultdict(set)
    sources_to: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for r in rows:
        if not r[BASE] and r[CLAIM] in narrower:
            c = joins[(r[CLAIM], number(r[VALUE]))]
            if not r[INFERRED]:
                went[r[CLAIM]].add(c)
                sources_to[(r[CLAIM], c)].add(r[SOURCE])
            elif c is not None:
                went_inferred[r[CLAIM]].add(c)
    whole = {claim: next(iter(cs)) for claim, cs in went.items() if len(cs) == 1 and None not in cs}
    # ...and so does one whose firm values went there from more sources than state the
    # values left (which do not fit it): "21 member economies" in five articles joined
    # "the 21 APEC member economies", and a sixth's "32 member economies" is a dispute
    # about that count, not a claim apart
    # (counts only: a share or a date written broadly is as often another one, the 2%
    # guideline beside a 5% target, a day of a multi-day summit)
    for claim, cs in went.items():
        if len(cs) == 2 and None in cs and claim.startswith(COUNT):
            c = next(t for t in cs if t is not None)
            if len(sources_to[(claim, c)]) > len(sources_to[(claim, None)]):
                whole[claim] = c
    whole.update((claim, next(iter(cs))) for claim, cs in went_inferred.items()
                 if claim not in went and len(cs) == 1)
    out = []
    for r in rows:
        if not r[BASE] and r[CLAIM] in narrower:
            c = joins[(r[CLAIM], number(r[VALUE]))]
            if c is None:
                c = whole.get(r[CLAIM])
            if c is not None:
                r = (r[SOURCE], r[KIND], c, label_of[c], *r[VALUE:])
        out.append(r)
    return out


MAGNITUDES = 20.0  # amounts this many times apart, written with other digits, are two things


def split_magnitudes(rows: list[Row], values: _Values) -> list[Row]:
    """Sums or counts of one claim twenty times apart or more are amounts of different
    things, each a claim of its own, unless they are written with the same digits (a
    million for a billion is a slip to report): the UK's "£2.26 billion loan" and the
    EU's "€150 billion in loans to Member States", where both are news; the "about 100,000
    troops" Russia massed and the "up to 1,000 soldiers" Switzerland called up. A planted
    or mistaken figure is never that far off. The values most sources give keep the
    claim; the others are `claim-value`."""
    number = values.number
    vals = values.values
    by_claim: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    weak: dict[str, set[int]] = defaultdict(set)  # values only inferred mentions give
    for r in rows:
        if r[KIND] is _FIGURE and r[CLAIM].startswith(AMOUNTS):
            if r[INFERRED]:
                weak[r[CLAIM]].add(number(r[VALUE]))
            else:
                by_claim[r[CLAIM]][number(r[VALUE])].add(r[SOURCE])
    moved: dict[tuple[str, int], tuple[str, str]] = {}
    for claim, by_value in by_claim.items():
        if len(by_value) < 2:
            continue  # (inferred values never dispute: nothing to set apart)
        order = sorted(by_value, key=lambda n: (_size(vals[n]), n))
        groups = [[order[0]]]
        for a, b in pairwise(order):
            if _size(vals[b]) >= MAGNITUDES * _size(vals[a]) > 0:
                groups.append([])
            groups[-1].append(b)
        if len(groups) < 2:
            continue
        digits = [{_digits(vals[n].display) for n in g} for g in groups]
        if any(digits[i] & digits[j] for i in range(len(groups)) for j in range(i + 1, len(groups))):
            continue  # "£2.26 million" beside "£2.26 billion": a slip, disputed
        sources = [set().union(*(by_value[n] for n in g)) for g in groups]
        keep = max(range(len(groups)), key=lambda i: (len(sources[i]), -i))
        # an inferred value goes with the group nearest its size
        for n in weak.get(claim, set()) - set(by_value):
            size = _size(vals[n])
            nearest = min(range(len(groups)), key=lambda i: min(
                abs(math.log(max(size, 1e-9) / max(_size(vals[k]), 1e-9))) for k in groups[i]))
            groups[nearest].append(n)
        for i, g in enumerate(groups):
            if i != keep:
                most = max((n for n in g if n in by_value), key=lambda n: (len(by_value[n]), -n))
                display = vals[most].display
                for n in g:
                    moved[(claim, n)] = (f"{claim}-{_slug(display)}", display)
    if not moved:
        return rows
    out = []
    for r in rows:
        to = moved.get((r[CLAIM], number(r[VALUE]))) if r[KIND] is _FIGURE else None
        if to is not None:
            r = (*r[:CLAIM], to[0], f"{r[LABEL]} ({to[1]})", *r[VALUE:])
        out.append(r)
    return out


def _size(q) -> float:
    """An amount's magnitude: the middle of its interval ("more than": its floor; "up
    to": its ceiling)."""
    if q.hi == float("inf"):
        return q.lo
    return q.hi if q.lo <= 0 else (q.lo + q.hi) / 2


def _near(a, b, times: float = 4.0) -> bool:
    """Whether two amounts are within `times` of each other."""
    x, y = _size(a), _size(b)
    return x > 0 and y > 0 and max(x, y) <= times * min(x, y)


def _digits(display: str) -> str:
    """The number as written ("2.26" of "£2.26 billion")."""
    m = _DIGITS.search(display)
    return m.group() if m else display


_DIGITS = re.compile(r"\d[\d.,]*")
MONEY = "money-"
AMOUNTS = (MONEY, "count-")


def split_co_stated(rows: list[Row], values: _Values) -> list[Row]:
    """Figures of one claim that one article states side by side, each stated by two
    sources at least, are figures of different things, each a claim of its own: the 28
    countries that signed the Bletchley Declaration, the 31 that joined a US declaration
    and the 10 that signed a testing deal, where several articles give two or three of
    them. An article does not contradict itself; a value one source alone gives stays
    where it is, weighed against the value most sources give (a planted error is one),
    or against the one its article does not give. The value most sources give keeps
    the claim; each other is `claim-value`."""
    number = values.number
    said = _sources_by_value(rows, values, lambda r: r[KIND] is _FIGURE and not r[INFERRED])
    vals = values.values
    apart: dict[tuple[str, int], tuple[str, str]] = {}  # (claim, value) -> its claim, label
    for claim, by_value in said.items():
        many = sorted((n for n, sources in by_value.items() if len(sources) >= 2),
                      key=lambda n: (-len(by_value[n]), n))
        if len(many) < 2:
            continue
        kept = [many[0]]
        for n in many[1:]:
            fits = [k for k in kept if vals[k].compatible(vals[n])]
            if fits:
                # ("about 30" beside "28": the same count, written loosely; "24 leaders"
                # beside "about two dozen", a count of its own: that count)
                if fits[0] != kept[0] and not vals[kept[0]].compatible(vals[n]):
                    apart[(claim, n)] = apart[(claim, fits[0])]
                continue
            if any(by_value[n] & by_value[k] for k in kept):
                kept.append(n)
                apart[(claim, n)] = (f"{claim}-{_slug(vals[n].display)}", vals[n].display)
        if len(kept) < 2:
            continue
        # a value one source alone gives, which fits none of them, is weighed against the
        # one of them its article does not give, where there is one: an article that gives
        # the 28 and the 31 and "15 countries" gives the testing deal's count as 15
        for n, sources in by_value.items():
            if len(sources) == 1 and n not in kept and not any(
                    vals[k].compatible(vals[n]) for k in kept):
                missing = [k for k in kept if not sources & by_value[k]]
                if len(missing) == 1 and missing[0] != kept[0] and _near(vals[n], vals[missing[0]]):
                    # (a misstated count is off by a few times at most: "five permanent
                    # members" is no misstated "54-member African Group")
                    apart[(claim, n)] = apart[(claim, missing[0])]
    if not apart:
        return rows
    label_of = {r[CLAIM]: r[LABEL] for r in rows if (r[CLAIM], number(r[VALUE])) in apart}
    out = []
    for r in rows:
        moved = apart.get((r[CLAIM], number(r[VALUE])))
        if moved is not None:
            label = f"{label_of[r[CLAIM]]} ({moved[1]})"
            r = (*r[:CLAIM], moved[0], label, *r[VALUE:BASE], r[BASE] or r[CLAIM], *r[BASE + 1:])
        out.append(r)
    return out


SAME_REMARK_WORDS = 7  # words two quotes share from the start that make them one remark


def _sources_by_value(rows: list[Row], values: _Values, keep: Callable[[Row], bool]
                      ) -> dict[str, dict[int, set[str]]]:
    """claim -> value number -> the sources that state it, of the rows `keep` takes."""
    number = values.number
    said: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        if keep(r):
            said[r[CLAIM]][number(r[VALUE])].add(r[SOURCE])
    return said


def split_remarks(rows: list[Row], values: _Values) -> list[Row]:
    """Quotes of one speaker that open alike but go on differently from the words their
    claim is named by are different remarks, each a claim of its own: "We are going to be
    working on a great trade deal" and "We're going to be increasing military sales". Two
    that agree, or share SAME_REMARK_WORDS words from the start, are one remark, and a
    misquote of it disputes it ("Europe must do the heavy lifting, but a sustainable
    peace..." and "..., but to support peace..."). The remark most sources give keeps
    the claim; the others are `claim-2`, `claim-3`..."""
    number = values.number
    said = _sources_by_value(rows, values, lambda r: r[KIND] is _QUOTE)
    vals = values.values
    moved: dict[tuple[str, int], str] = {}
    for claim, by_value in said.items():
        if len(by_value) < 2:
            continue
        ranked = sorted(by_value, key=lambda n: (-len(by_value[n]), vals[n].key))
        remarks: list[list[int]] = []
        for n in ranked:
            words = quote_words(vals[n].key)
            for remark in remarks:
                if any(vals[k].compatible(vals[n]) or _shared_start(quote_words(vals[k].key), words)
                       >= SAME_REMARK_WORDS for k in remark):
                    remark.append(n)
                    break
            else:
                remarks.append([n])
        for i, remark in enumerate(remarks[1:], start=2):
            for n in remark:
                moved[(claim, n)] = f"{claim}-{i}"
    if not moved:
        return rows
    return [(*r[:CLAIM], moved[key], *r[LABEL:]) if (key := (r[CLAIM], number(r[VALUE]))) in moved
            else r for r in rows]


def _shared_start(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _most_stated(counts: Mapping[int, int]) -> tuple[int, bool]:
    """The value numbered `n` that most sources state (`counts`: n -> how many; the
    smallest n on a tie), and whether no other value is stated as often."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[0][0], len(ranked) == 1 or ranked[0][1] > ranked[1][1]


def fits_every(firm: Sequence) -> Callable[[object], bool]:
    """A test of whether a value is compatible with every one of `firm` (distinct values of
    one claim): all(f.compatible(v) for f in firm), decided from a summary of them where
    the values allow it rather than value by value (a claim of an archive may have
    thousands of distinct values, firm and inferred, and each was tried against each)."""
    kinds = set(map(type, firm))
    if not firm or len(kinds) > 1:
        return lambda v: all(f.compatible(v) for f in firm)
    kind = kinds.pop()
    if kind is Quantity and not any(f.lo != f.lo or f.hi != f.hi for f in firm):  # no NaN
        units = {f.unit for f in firm}
        if len(units) > 1:
            return lambda v: False  # a value has one unit: it differs from one of theirs
        unit, lo, hi = units.pop(), max(f.lo for f in firm), min(f.hi for f in firm)
        ceilings = [f.hi for f in firm if f.lo == 0.0]
        ceiling_span = (min(ceilings), max(ceilings)) if ceilings else None

        # the same unit and overlapping each: reaching above the highest lower bound and
        # below the lowest upper one (and a ceiling near every ceiling: Quantity.compatible)
        def fits(v: Quantity) -> bool:
            if v.unit != unit or lo > v.hi or v.lo > hi:
                return False
            return not (ceiling_span and v.lo == 0.0 and not (
                bounds_close(v.hi, ceiling_span[0]) and bounds_close(v.hi, ceiling_span[1])))

        return fits
    if kind is Day:
        # by window: apart from the earliest and the latest of them by less than the
        # larger window, as from each
        spans: dict[int, list[dt.date]] = {}
        for f in firm:
            span = spans.setdefault(f.window, [f.date, f.date])
            span[0], span[1] = min(span[0], f.date), max(span[1], f.date)

        def near_all(v: Day) -> bool:
            return all(abs((first - v.date).days) < max(w, v.window) and abs((last - v.date).days) < max(
                w, v.window) for w, (first, last) in spans.items())

        return near_all
    if kind is Person:
        keys = {f.key for f in firm}
        return lambda v: len(keys) == 1 and v.key in keys
    if kind is Office:
        tenses = {f.tense for f in firm}
        qualifiers = {f.qualifier for f in firm} - {""}
        return lambda v: tenses == {v.tense} and (not v.qualifier or qualifiers <= {v.qualifier})
    return lambda v: all(f.compatible(v) for f in firm)


def make_claim(claim_id: str, rows: list[Row], numbers: list[int], values: _Values,
               exact: bool = False, contradiction: bool | None = None) -> Claim | None:
    """One claim from mention rows that share its identity (`numbers`: of their values;
    `contradiction`: whether its firm values contradict each other, when known)."""
    vals = values.values
    inferred = list(map(_INFERRED, rows))
    firm = list(compress(rows, map(not_, inferred)))
    firm_numbers = list(compress(numbers, map(not_, inferred)))
    firm_values = [vals[n] for n in dict.fromkeys(firm_numbers)]
    kept, kept_numbers = list(firm), list(firm_numbers)
    if len(firm) < len(rows):
        fits: dict[int, bool] = {}  # an inferred value -> whether no firm value contradicts it
        fits_all = fits_every(firm_values)
        for r, n, i in zip(rows, numbers, inferred, strict=True):
            if i:
                ok = fits.get(n)
                if ok is None:
                    ok = fits[n] = fits_all(vals[n])
                if ok:
                    kept.append(r)
                    kept_numbers.append(n)
    if not firm:
        kept, kept_numbers = _inferred_majority(kept, kept_numbers, values)
    if not kept or all(map(_REMOTE, kept)):
        return None  # a topic guessed from another sentence never makes a claim alone
    by_value: dict[str, list[Row]] = {}
    for r, k in zip(kept, map(values.key, kept_numbers), strict=True):
        group = by_value.get(k)
        if group is None:
            by_value[k] = [r]
        else:
            group.append(r)
    claim_values = []
    for rs in by_value.values():
        rs.sort(key=BY_POSITION)
        claim_values.append((len(rs), ClaimValue(
            value=rs[0][VALUE].display,
            sources=tuple(sorted(set(map(_SOURCE, rs)))),
            mentions=MentionRows(rs, exact),
            inferred=all(map(_INFERRED, rs)),
        )))
    claim_values.sort(key=lambda nv: (-len(nv[1].sources), -nv[0], nv[1].value))
    sources = set(compress(map(_SOURCE, kept), map(not_, map(_IMPLIED, kept))))
    if not sources:
        return None
    status = _SINGLE if len(sources) < 2 else _AGREED
    if status is _AGREED and (contradiction if contradiction is not None else _contradiction(
            zip(firm_numbers, map(_SOURCE, firm), strict=True), values)):
        status = _DISPUTED
    return Claim(claim_id.replace("#person", ""), kept[0][KIND], _label(kept), status,
                 tuple(v for _, v in claim_values))


def _inferred_majority(rows: list[Row], numbers: list[int], values: _Values
                       ) -> tuple[list[Row], list[int]]:
    """With nothing stated firmly, keep the value most sources support when it has
    strictly more sources than any value contradicting it; else nothing."""
    key, vals = values.key, values.values
    support: dict[str, set[str]] = {}
    value_of = {}
    for r, n in zip(rows, numbers, strict=True):
        k = key(n)
        support.setdefault(k, set()).add(r[SOURCE])
        value_of.setdefault(k, n)
    ranked = sorted(support.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best_key, best_sources = ranked[0]
    best = vals[value_of[best_key]]
    rivals = [len(s) for k, s in ranked[1:] if not vals[value_of[k]].compatible(best)]
    if rivals and max(rivals) >= len(best_sources):
        return [], []
    fits: dict[int, bool] = {}
    for n in numbers:
        if n not in fits:
            fits[n] = vals[n].compatible(best)
    ok = list(map(fits.__getitem__, numbers))
    return list(compress(rows, ok)), list(compress(numbers, ok))


_LABELS = itemgetter(LABEL)
_FIRST = itemgetter(0)


def _label(rows: list[Row]) -> str:
    counts = Counter(map(_LABELS, rows))
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _contradiction(firm: Iterable[tuple[int, str]], values: _Values) -> bool:
    """Two firm values (numbered, with a source each) from different sources that
    cannot both be true.

    Compared value against value, not mention against mention: a claim stated
    by 10,000 articles in five ways costs 15 comparisons, not 50 million."""
    firm = list(firm)
    numbers = list(dict.fromkeys(map(_FIRST, firm)))
    vals = [values.values[n] for n in numbers]
    if _all_overlap(vals):
        return False  # whatever the sources
    sources: dict[int, set[str]] = {}  # of each value, made at the first clash
    for i, a in enumerate(vals):
        for j in range(i, len(vals)):
            if a.compatible(vals[j]):
                continue
            if not sources:
                for n, source in set(firm):  # each (value, source) once
                    held = sources.get(n)
                    if held is None:
                        sources[n] = {source}
                    else:
                        held.add(source)
            # a mention of each from two different sources: more than one source between them
            sa, sb = sources[numbers[i]], sources[numbers[j]]
            if len(sa) > 1 or len(sb) > 1 or sa != sb:
                return True
    return False


def _all_overlap(values: list) -> bool:
    """True when every pair of values is compatible, decided without comparing
    pairs where that is possible: figures, days, people and offices each fit the
    summary of them all (fits_every); quotes, see below."""
    if len(values) < 2:
        return not values or values[0].compatible(values[0])
    kinds = set(map(type, values))
    if len(kinds) == 1 and kinds <= {Quantity, Day, Person, Office}:
        return all(map(fits_every(values), values))
    if kinds == {Quote}:
        # excerpts of one remark, each the start of the next longer one word for word (up to
        # its first omission, which agrees with anything): one remark (a partial quote
        # agrees with the whole); else they are compared pair by pair
        words = sorted({_until_omission(quote_words(v.key)) for v in values}, key=len)
        return all(b[:len(a)] == a for a, b in pairwise(words))
    return False


def _until_omission(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[:words.index("...")] if "..." in words else words


# ---------------------------------------------------------------- people


def resolve_people(rows: list[Row], rules: Rules) -> list[Row]:
    """Give every name mention its person's key, resolve bare surnames, and move
    offices written without a qualifier to the same person's qualified office."""
    index = PeopleIndex(rules)
    names = [r for r in rows if r[KIND] is _NAME]
    add_full = index.add_full
    clusters = [add_full(r[VALUE].display, r[SOURCE]) for r in names]
    # once every full name is in, a bare surname resolves the same wherever it is
    bare: dict[tuple[str, str], object] = {}
    for i, r in enumerate(names):
        if clusters[i] is None:
            key = (r[VALUE].display, r[SOURCE])
            if key not in bare:
                bare[key] = index.surname_only(*key)
            clusters[i] = bare[key]
    # the clusters are complete: one Person each
    people: dict[int, Person] = {}
    persons: list[Person | None] = []
    for c in clusters:
        if c is None:
            persons.append(None)
            continue
        person = people.get(id(c))
        if person is None:
            person = people[id(c)] = Person(c.key, c.display)
        persons.append(person)
    # qualified offices each person holds, by title, and current ones by qualifier
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    held_under: dict[tuple[str, str], set[str]] = defaultdict(set)
    office_of: dict[str, Row] = {}
    first_label: dict[str, str] = {}
    for r, person in zip(names, persons, strict=True):
        first_label.setdefault(r[CLAIM], r[LABEL])
        office = r[OFFICE]
        if person is not None and office is not None and office.qualifier and office.title != "*":
            held[(person.key, office.title + "|" + office.tense)].add(r[CLAIM])
            if office.tense == "current":
                held_under[(person.key, office.qualifier)].add(r[CLAIM])
            office_of.setdefault(r[CLAIM], r)
    out: list[Row] = []
    person_at = iter(persons)
    for r in rows:
        if r[KIND] is not _NAME:
            out.append(r)
            continue
        person = next(person_at)
        if person is None:
            continue
        claim, label, office = r[CLAIM], r[LABEL], r[OFFICE]
        tail = r[VALUE + 1:]
        if office is not None and office.title == "*":
            # "Canada's Justin Trudeau": the one current office he holds under Canada
            targets = held_under.get((person.key, office.qualifier), set())
            if len(targets) != 1:
                continue
            target = office_of[next(iter(targets))]
            claim, label = target[CLAIM], target[LABEL]
            # the office is implied: inferred, and no source for the claim's status
            tail = (*r[VALUE + 1:INFERRED], True, r[INFERRED + 1], target[OFFICE], *r[OFFICE + 1:IMPLIED],
                    True)
        elif office is not None and not office.qualifier:
            targets = held.get((person.key, office.title + "|" + office.tense), set())
            if len(targets) != 1:
                continue  # "President Erdogan" with no qualified office to join
            claim = next(iter(targets))
            label = first_label[claim]
        if claim.endswith("#person"):
            claim = f"{claim[:-len('#person')]}-{person.key}"
        out.append((*r[:CLAIM], claim, label, person, *tail))
    return out


def person_claims(rows: list[Row], values: _Values, exact: bool = False) -> list[Claim]:
    """The offices each person is given, as a claim about that person, reported
    when sources contradict each other ("US President" / "former US President")."""
    by_person: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for r in rows:
        if r[KIND] is _NAME and r[OFFICE] is not None:
            by_person[(r[VALUE].key, r[OFFICE].title)].append(r)
    claims = []
    for (person, title), rs in sorted(by_person.items()):
        given = [r for r in rs if r[OFFICE].qualifier]
        offices = values.numbers(list(map(_OFFICE, given)))
        if len(set(map(_SOURCE, given))) < 2 or len(set(offices)) < 2:
            continue  # one source, or one office for all: nothing to dispute
        # only a disputed claim is reported, and a claim is disputed only when its firm
        # values contradict each other: the claim is made only then
        firm = list(map(not_, map(_INFERRED, given)))
        pairs = zip(compress(offices, firm), compress(map(_SOURCE, given), firm), strict=True)
        if not _contradiction(pairs, values):
            continue
        rows_of_offices = [(r[SOURCE], r[KIND], f"person-{person}", f"{r[VALUE].display}: office",
                            r[OFFICE], *r[VALUE + 1:]) for r in given]
        claim = make_claim(f"person-{person}-{_slug(title)}", rows_of_offices, offices, values, exact,
                           contradiction=True)
        if claim is not None and claim.status is _DISPUTED:
            claims.append(claim)
    return claims


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())
