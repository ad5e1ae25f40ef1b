"""Mentions as plain tuples, the way the main process handles 100,000 of them.

A row holds a Mention's fields in their order, so `Mention(*row)` is the mention.
A tuple is made and read in C: grouping a large archive on rows costs a fraction
of doing it on Mention objects, each of which is a dict to build and fields to
look up one by one. Mentions are made from rows only when a caller asks for them
(MentionRows).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter, itemgetter

from .models import Mention

FIELDS = tuple(f.name for f in dataclasses.fields(Mention))
(SOURCE, KIND, CLAIM, LABEL, VALUE, START, END, LINE, COLUMN, TEXT, INFERRED, RULE, OFFICE, REMOTE,
 BASE, IMPLIED) = range(16)
# the positions above name the fields in this order: a new field must be placed here too
if FIELDS != ("source", "kind", "claim", "label", "value", "start", "end", "line", "column", "text",
              "inferred", "rule", "office", "remote", "base", "implied"):
    raise ImportError("rows.py does not know Mention's fields")

Row = tuple

row_of: attrgetter = attrgetter(*FIELDS)  # Mention -> row, in C
# models.BY_POSITION for rows: source, start, end, claim
BY_POSITION = itemgetter(SOURCE, START, END, CLAIM)

_new = object.__new__


def mention(row: Row) -> Mention:
    """The Mention of a row (its fields are the row's: the frozen __init__ is skipped)."""
    m = _new(Mention)
    m.__dict__.update(zip(FIELDS, row, strict=True))
    return m


def rows_of(mentions: Iterable[Mention]) -> list[Row]:
    return list(map(row_of, mentions))


class MentionRows(Sequence):
    """A tuple of Mentions kept as rows: the same length, items, order, equality and
    hash as tuple(mention(r) for r in rows), each Mention made when it is looked at.
    A claim of a large archive holds thousands of mentions that the json report
    writes straight from the rows and nothing else ever looks at."""

    __slots__ = ("rows", "exact")

    def __init__(self, rows: Sequence[Row], exact: bool = False) -> None:
        self.rows = tuple(rows)
        # every field has exactly the type Mention declares (int, bool, str: no bool for
        # an int), as in rows read from cache entries (cache.Table): a report need not look
        self.exact = exact

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(map(mention, self.rows[i]))
        return mention(self.rows[i])

    def __iter__(self) -> Iterator[Mention]:
        return map(mention, self.rows)

    def __reversed__(self) -> Iterator[Mention]:
        return map(mention, reversed(self.rows))

    def as_tuple(self) -> tuple[Mention, ...]:
        return tuple(map(mention, self.rows))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, MentionRows):
            return self.rows == other.rows
        if isinstance(other, tuple):
            return self.as_tuple() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __repr__(self) -> str:
        return repr(self.as_tuple())
