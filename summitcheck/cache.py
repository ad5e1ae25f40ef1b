"""A cache of each file's extraction, so a re-audit reads only what changed.

An entry is keyed by the file's content hash, the effective rules' digest and
a hash of summitcheck's own code and data (extraction depends on all three).
It holds what loading found (publication date, title...), the mentions, and
the reference date the mentions were anchored on when the article has no date
of its own (that one depends on the rest of the corpus: the entry is used only
while it is still the same).

The entries of one corpus and rules are kept in one pack file: a header (the
format, and a hash of the code and rules: another one's pack is not read), a
table of the strings, values and mention shapes the entries share (a claim id,
a person, a figure: written once for 10,000 articles, decoded once; the pack
keeps only those its entries use), then a line per
entry: the file's content hash, a checksum and the entry as JSON. Reading a
10,000-article archive is one file read and one JSON parse, not 10,000 of
each. An entry that does not read back whole (damaged, truncated, moved under
another hash, a checksum that does not match, the wrong shape, an index out of
the table) is ignored and rebuilt, never trusted: it is JSON read with a strict
schema, never a pickle; a damaged table makes every entry be rebuilt. The
checksum covers the content hash, the code and the rules too. A
pack that cannot be written costs speed, never the audit; it is replaced whole
(written then renamed), so a reader never sees half of one, and it holds only
the entries the last run used.

An entry is also how a worker process hands a file's extraction back: its
columns as JSON, with its own values and shapes, which the main process moves
onto the pack's table and decodes as it does every entry of the pack, so that
the output is the same with the cache or without, and the main process builds
no object per mention from a pickle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import chain, repeat
from operator import concat, itemgetter
from pathlib import Path
from typing import NamedTuple

from .models import Kind, Mention, Office, Source
from .records import RecordError, value_of, value_record
from .rows import Row

FORMAT = "summitcheck.pack/3"
DEFAULT_NAME = ".summitcheck-cache"


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=20).hexdigest()


# Modules that do not take part in extraction: changing them keeps the cache.
_NOT_EXTRACTION = {"audit.py", "cli.py", "__main__.py", "report", "reportcache.py", "filestates.py"}


@cache
def code_version(everything: bool = False) -> str:
    """A hash of the package's extraction code and data (`everything`: of all its
    code, grouping and reports too): new code, new cache."""
    root = Path(__file__).parent
    h = hashlib.blake2b(digest_size=16)
    for p in sorted(root.rglob("*")):
        if p.relative_to(root).parts[0] in _NOT_EXTRACTION and not everything:
            continue
        if p.suffix in (".py", ".yaml") and p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def default_folder(corpus: Path) -> Path:
    """`.summitcheck-cache` beside the corpus folder."""
    return corpus.resolve().parent / DEFAULT_NAME


def checksum(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def write_replacing(path: Path, *chunks: bytes | memoryview) -> None:
    """Write `path` whole or not at all: written beside it, then renamed, so a reader
    never sees half of it. A folder that cannot be written (read-only, full) costs
    speed next time, never the audit: the error is swallowed."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.writelines(chunks)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


# ---------------------------------------------------------------- entries
#
# An entry is a JSON list: [source, anchor, top dates, columns], plus its own tables
# when it stands alone (as a worker writes it). `source` is what loading found of
# the file, in _SOURCE_FIELDS order. `columns` hold the mentions, a column per
# field in _COLUMNS order, each checked in one go ("every start is an int"):
#   shape   what the rules make of a mention, an index into the table of shapes:
#           [kind, claim, label, rule, base] (indices into the table of strings),
#           the office (into the table of values; -1: none) and the flags (inferred
#           1, remote 2, implied 4); a corpus has a few hundred of them
#   value   an index into the table of values (each a value record, as JSON text)
#   start, end, line, column, text
# The tables are the pack's (each string, value and shape written and decoded once
# for 10,000 articles). An entry a worker hands back (encode_entry) comes with its
# own values and shapes, shapes with their strings written out, as Python lists
# (pickled between the processes: no JSON string to unescape).

_SOURCE_FIELDS = ("published", "skipped", "title", "outlet", "url", "encoding", "format", "warnings")
_COLUMNS = ("shape", "value", "start", "end", "line", "column", "text")
_KINDS = {k.value: k for k in Kind}


Standalone = tuple[bytes, list[str], list[tuple]]  # an entry, its values and shapes


def encode_entry(source: Source, mentions: Sequence[Mention], anchor: dt.date | None,
                 top_dates: tuple[dt.date, ...]) -> Standalone:
    """An entry that stands alone: what loading found of a file (`source`, without its
    text; its id and path are the reader's), its mentions, the reference date they
    were anchored on (an undated article) and the full dates near its top."""
    texts: dict[str, int] = {}  # values by their JSON text: equal values may be written apart
    shapes: dict[tuple, int] = {}
    written: dict[int, tuple[object, int]] = {}  # id of a value -> (it, its index)

    def value(v: object) -> int:
        hit = written.get(id(v))
        if hit is None:
            text = json.dumps(value_record(v), separators=(",", ":"))
            hit = written[id(v)] = (v, texts.setdefault(text, len(texts)))
        return hit[1]

    cols: list[list] = [[] for _ in _COLUMNS]
    shape_col, value_col, start, end, line, column, text = cols
    for m in mentions:
        shape = (m.kind.value, m.claim, m.label, m.rule, m.base, -1 if m.office is None else value(m.office),
                 m.inferred | m.remote << 1 | m.implied << 2)
        shape_col.append(shapes.setdefault(shape, len(shapes)))
        value_col.append(value(m.value))
        start.append(m.start)
        end.append(m.end)
        line.append(m.line)
        column.append(m.column)
        text.append(m.text)
    src = [source.published.isoformat() if source.published else None, source.skipped, source.title,
           source.outlet, source.url, source.encoding, source.format, list(source.warnings)]
    tops = [d.isoformat() for d in top_dates]
    # ASCII: any text comes back whole, lone surrogates too
    return (json.dumps([src, anchor.isoformat() if anchor else None, tops, cols], separators=(",", ":")
                       ).encode("ascii"), list(texts), list(shapes))


class Entry(NamedTuple):
    """An entry read back: `source(id, path)` and `rows(id)` give a file's Source and
    mention rows (files with the same content share the entry)."""

    fields: tuple  # the Source's fields after its id and path
    tails: Sequence[tuple]  # each mention's fields after its source
    anchor: dt.date | None  # the corpus reference date used, for an undated article
    top_dates: tuple[dt.date, ...]  # full dates near the top (for an undated corpus)

    @property
    def published(self) -> dt.datetime | None:
        return self.fields[1]

    def source(self, source_id: str, path: str) -> Source:
        s = _new(Source)
        s.__dict__.update(zip(_ALL_SOURCE_FIELDS, (source_id, path, *self.fields), strict=True))
        return s

    def rows(self, source_id: str) -> list[Row]:
        return list(map(concat, repeat((source_id,)), self.tails))


_new = object.__new__
_ALL_SOURCE_FIELDS = tuple(f.name for f in dataclasses.fields(Source))
if _ALL_SOURCE_FIELDS != ("id", "path", "text", *_SOURCE_FIELDS[:-1], "warnings", "excluded", "line_starts"):
    raise ImportError("cache.py does not know Source's fields")
_BAD = (RecordError, ValueError, TypeError, KeyError, IndexError, AttributeError)
_NONE = type(None)


class Table:
    """The strings, values and shapes entries refer to by index, each decoded once."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.texts: list[str] = []  # of values, as JSON
        self.values: list = []  # decoded
        self.shapes: list[tuple[int, ...]] = []  # as written
        self.shaped: list[tuple] = []  # decoded: the fields of a mention a shape gives
        self._by_field: tuple[list[tuple], int] = ([()] * 9, 0)  # shaped by field, of how many
        self._string_at: dict[str, int] = {}
        self._text_at: dict[str, int] = {}
        self._shape_at: dict[tuple[int, ...], int] = {}
        self._named: dict[tuple, int] = {}  # a shape with its strings written out -> where it is
        # what the entries decoded so far refer to (EntryPack.save drops the rest)
        self.used_shapes: set[int] = set()
        self.used_values: set[int] = set()

    @classmethod
    def read(cls, doc: object) -> Table:
        if type(doc) is not list or len(doc) != 3 or set(map(type, doc)) != {list}:
            raise RecordError("not a table")
        table = cls()
        table.add(*doc)
        if (len(table.strings), len(table.texts), len(table.shapes)) != tuple(map(len, doc)):
            raise RecordError("a table that holds something twice")  # its indices would be off
        return table

    def add(self, strings: list, texts: list, shapes: list) -> tuple[list[int], list[int], list[int]]:
        """Strings, values and shapes (a table, as written) added to this table: where
        each one is in it."""
        s_at = [self._string(s) for s in strings]
        v_at = [self._value(t) for t in texts]
        return s_at, v_at, [self._shape(x, s_at, v_at) for x in shapes]

    def adopt(self, texts: list, shapes: list) -> tuple[list[int], list[int]]:
        """An entry's own values and shapes (encode_entry) added to this table: where each
        one is in it. A shape seen before is found by what it says, in one look-up."""
        if type(texts) is not list or type(shapes) is not list:
            raise RecordError("not an entry's values and shapes")
        v_at = [self._value(t) for t in texts]
        named = self._named
        shape_at = []
        for x in shapes:
            i = named.get((*x[:5], v_at[x[5]] if x[5] != -1 else -1, x[6])) if (
                type(x) is tuple and len(x) == 7 and type(x[5]) is int and -1 <= x[5] < len(v_at)) else None
            if i is None:
                if type(x) is not tuple or len(x) != 7:
                    raise RecordError("not a shape")
                s_at = [self._string(y) for y in x[:5]]
                i = self._shape([0, 1, 2, 3, 4, x[5], x[6]], s_at, v_at)
            shape_at.append(i)
        return v_at, shape_at

    def _string(self, s: object) -> int:
        i = self._string_at.get(s) if type(s) is str else None
        if i is None:
            if type(s) is not str:
                raise RecordError("a string that is not text")
            i = self._string_at[s] = len(self.strings)
            self.strings.append(s)
        return i

    def _value(self, text: object) -> int:
        i = self._text_at.get(text) if type(text) is str else None
        if i is None:
            if type(text) is not str:
                raise RecordError("a value that is not text")
            v = value_of(json.loads(text))
            i = self._text_at[text] = len(self.texts)
            self.texts.append(text)
            self.values.append(v)
        return i

    def _shape(self, shape: object, s_at: list[int], v_at: list[int]) -> int:
        if type(shape) is not list or len(shape) != 7 or set(map(type, shape)) != {int}:
            raise RecordError("not a shape")
        *refs, office, flags = shape
        if min(refs) < 0 or office < -1 or not 0 <= flags <= 7:
            raise RecordError("a shape out of range")
        refs = [s_at[i] for i in refs]
        office = v_at[office] if office != -1 else -1
        key = (*refs, office, flags)
        i = self._shape_at.get(key)
        if i is None:
            kind = _KINDS.get(self.strings[refs[0]])
            if kind is None or not (office == -1 or type(self.values[office]) is Office):
                raise RecordError("a shape with an unknown kind or an office that is not one")
            i = self._shape_at[key] = len(self.shapes)
            self.shapes.append(key)
            claim, label, rule, base = (self.strings[j] for j in refs[1:])
            self._named[(kind.value, claim, label, rule, base, office, flags)] = i
            # in Mention's order: kind, claim, label, then inferred, rule, office, remote, base, implied
            self.shaped.append((kind, claim, label, bool(flags & 1), rule,
                                None if office == -1 else self.values[office], bool(flags & 2), base,
                                bool(flags & 4)))
        return i

    def _columns(self) -> list[tuple]:
        """The decoded shapes field by field, made again only when shapes were added (entries
        decoded one at a time, after a damaged one, would each transpose them all)."""
        if self._by_field[1] != len(self.shaped):
            self._by_field = (list(zip(*self.shaped, strict=True)), len(self.shaped))
        return self._by_field[0]

    def dumps(self) -> bytes:
        return json.dumps([self.strings, self.texts, [list(s) for s in self.shapes]],
                          separators=(",", ":")).encode("ascii")

    def compacted(self) -> tuple[Table, list[int], list[int]] | None:
        """A table of only what the entries decoded refer to, with where each shape and
        value of this one went (-1: dropped); None when this one is not worth it."""
        shapes = sorted(self.used_shapes)
        values = sorted(self.used_values | {self.shapes[i][5] for i in shapes} - {-1})
        if len(self.shapes) <= 2 * len(shapes) + 100 and len(self.texts) <= 2 * len(values) + 1000:
            return None
        new = Table()
        strings = sorted({j for i in shapes for j in self.shapes[i][:5]})
        s_at = [-1] * len(self.strings)
        v_at = [-1] * len(self.texts)
        shape_at = [-1] * len(self.shapes)
        for j in strings:
            s_at[j] = new._string(self.strings[j])
        for j in values:
            v_at[j] = new._value(self.texts[j])
        for i in shapes:
            shape_at[i] = new._shape(list(self.shapes[i]), s_at, v_at)
        return new, shape_at, v_at

    def decode(self, docs: Sequence[object]) -> list[Entry | None]:
        """The entries of `docs` (parsed JSON referring to this table); None for each one
        that is not an entry, whatever is wrong with it. Checked and decoded column by
        column across all of them: a re-audit reads 100,000 mentions."""
        try:
            return self._decode(docs)
        except _BAD:
            pass
        # one at a time, to tell which
        return [self._one(d) for d in docs] if len(docs) > 1 else [None]

    def _one(self, doc: object) -> Entry | None:
        try:
            return self._decode([doc])[0]
        except _BAD:
            return None

    def _decode(self, docs: Sequence[object]) -> list[Entry | None]:
        if not docs:
            return []
        if set(map(type, docs)) != {list} or set(map(len, docs)) != {4}:
            raise RecordError("not an entry")
        srcs, anchors, tops, colss = zip(*docs, strict=True)
        # the source: seven texts or nothing, then a list of warnings
        if set(map(type, srcs)) != {list} or set(map(len, srcs)) != {8}:
            raise RecordError("not a source")
        if not set(map(type, chain.from_iterable(map(_SOURCE_TEXTS, srcs)))) <= {str, _NONE}:
            raise RecordError("a source field that is not text")
        warnings = list(map(_WARNINGS, srcs))
        if set(map(type, warnings)) != {list} or not set(map(type, chain.from_iterable(warnings))) <= {str}:
            raise RecordError("warnings that are not texts")
        if not set(map(type, anchors)) <= {str, _NONE} or set(map(type, tops)) != {list} or not set(
                map(type, chain.from_iterable(tops))) <= {str}:
            raise RecordError("not an entry's dates")
        # the columns: lists as long as the entry's first, of their types
        if set(map(type, colss)) != {list} or set(map(len, colss)) != {len(_COLUMNS)} or set(
                map(type, chain.from_iterable(colss))) != {list}:
            raise RecordError("not an entry's mentions")
        counts = list(map(len, map(_FIRST, colss)))
        whole = []
        for j, name in enumerate(_COLUMNS):
            got = itemgetter(j)
            if j and list(map(len, map(got, colss))) != counts:
                raise RecordError(f"'{name}' is not as long as the others")
            whole.append(list(chain.from_iterable(map(got, colss))))
        shapes, values, texts = whole[0], whole[1], whole[6]
        # exact types: bool is an int subclass
        if shapes and (set(map(type, chain.from_iterable(whole[:6]))) != {int}
                       or set(map(type, texts)) != {str}):
            raise RecordError("a column of the wrong type")
        for name, col, table in (("shape", shapes, self.shapes), ("value", values, self.values)):
            if col and (min(col) < 0 or max(col) >= len(table)):
                raise RecordError(f"a {name} that is not in the table")
        self.used_shapes.update(shapes)
        self.used_values.update(values)
        # every check passed: the rows after their source, cut entry by entry
        shaped = self._columns()
        kind, claim, label, inferred, rule, office, remote, base, implied = (
            _pick(column, shapes) for column in shaped)
        tails = list(zip(kind, claim, label, _pick(self.values, values), *whole[2:6], texts, inferred, rule,
                         office, remote, base, implied, strict=True))
        date = dt.date.fromisoformat
        out = []
        end = 0
        for src, anchor, top, n in zip(srcs, anchors, tops, counts, strict=True):
            start, end = end, end + n
            published = dt.datetime.fromisoformat(src[0]) if src[0] is not None else None
            out.append(Entry(("", published, *src[1:7], tuple(src[7]), (), (0,)), tails[start:end],
                             date(anchor) if anchor is not None else None,
                             tuple(map(date, top)) if top else ()))
        return out


_FIRST = itemgetter(0)
_SOURCE_TEXTS = itemgetter(0, 1, 2, 3, 4, 5, 6)
_WARNINGS = itemgetter(7)


def _pick(table: Sequence, refs: list) -> tuple:
    """(table[i] for i in refs), in C."""
    if len(refs) > 1:
        return itemgetter(*refs)(table)
    return (table[refs[0]],) if refs else ()


def _moved(to: list[int], refs: object) -> list[int]:
    """Indices into one table as indices into another."""
    if type(refs) is not list or not set(map(type, refs)) <= {int} or (refs and (
            min(refs) < 0 or max(refs) >= len(to))):
        raise RecordError("not a list of indices")
    return list(_pick(to, refs))


# ---------------------------------------------------------------- the pack of a corpus


class EntryPack:
    """The entries of one corpus folder for one set of effective rules, in one file
    under `cache_dir` (None: in memory, for this run only). Read at the first
    look-up; `save` writes back the entries looked up or added since (the ones the
    corpus still uses)."""

    def __init__(self, cache_dir: Path | None, folder: Path, rules_digest: str) -> None:
        salt = f"{FORMAT}|{code_version()}|{rules_digest}"
        self._start = zlib.crc32(salt.encode())
        self._salt = hashlib.blake2b(salt.encode(), digest_size=16).hexdigest()
        self.path = None
        if cache_dir is not None:
            slot = json.dumps([str(folder.resolve()), rules_digest]).encode("ascii")
            self.path = cache_dir / "entries" / (hashlib.blake2b(slot, digest_size=16).hexdigest()
                                                 + ".pack")
        self._lines: dict[bytes, bytes] | None = None  # content hash -> its line, as read
        self.table = Table()
        self._entries: dict[str, Entry | None] = {}  # content hash -> entry (None: not whole)
        self._live: dict[bytes, bytes] = {}  # what `save` writes
        self._changed = False

    def checksum(self, digest: bytes, body: bytes) -> bytes:
        """A checksum of a line's body, its content hash, the code and the rules: CRC-32, as
        zip and PNG check their data (the header already tells another pack from this one)."""
        return b"%08x" % zlib.crc32(body, zlib.crc32(digest, self._start))

    def _line(self, key: bytes, body: bytes) -> bytes:
        """An entry's line of the pack: its content hash, checksum and JSON body."""
        return key + b" " + self.checksum(key, body) + b" " + body

    def _load(self) -> dict[bytes, bytes]:
        if self._lines is not None:
            return self._lines
        lines: dict[bytes, bytes] = {}
        data = b""
        if self.path is not None:
            try:
                data = self.path.read_bytes()
            except OSError:
                pass
        head, _, rest = data.partition(b"\n")
        table_line, _, rest = rest.partition(b"\n")
        try:
            header = json.loads(head)
            if header.get("format") != FORMAT or header.get("salt") != self._salt:
                raise RecordError("another version's pack")
            body = table_line[11:]
            if table_line[:11] != b"T " + self.checksum(b"T", body) + b" ":
                raise RecordError("a damaged table")
            self.table = Table.read(json.loads(body))
            for line in rest.split(b"\n"):
                if line:
                    lines[line[:40]] = line
        except _BAD:
            self.table = Table()
            self._changed = bool(data)  # rebuilt
        self._lines = lines
        return lines

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, digest: str) -> bool:
        """Whether the pack has a line for content `digest` (whole or not)."""
        return digest.encode() in self._load()

    def get(self, digests: Iterable[str]) -> dict[str, Entry | None]:
        """The entries of these content hashes that the pack holds whole."""
        lines = self._load()
        todo: dict[str, bytes] = {}
        for d in digests:
            if d not in self._entries and d not in todo:
                line = lines.get(d.encode())
                if line is not None:
                    todo[d] = line
        # KEY SUM BODY: the checksum first, since even a changed digit still parses
        good: dict[str, list] = {}
        for d, line in todo.items():
            body = line[50:]
            if line[40:41] == line[49:50] == b" " and line[41:49] == self.checksum(line[:40], body):
                good[d] = line
        try:
            docs = json.loads(b"[" + b",".join(line[50:] for line in good.values()) + b"]")
        except ValueError:  # one at a time, to tell which
            docs = [_parsed(line[50:]) for line in good.values()]
        for (d, line), entry in zip(good.items(), self.table.decode(docs), strict=True):
            self._entries[d] = entry
            if entry is not None:
                self._live[line[:40]] = line
        if len(good) < len(todo):
            self._changed = True  # damaged lines: rebuilt and written again
        return {d: self._entries.get(d) for d in digests}

    def adopt(self, digest: str | None, entry: Standalone) -> list:
        """An entry that stands alone (encode_entry) moved onto the pack's table, kept as
        that of content `digest` (None: not kept); to be decoded (`decode`) with others."""
        self._load()  # the table it is moved onto
        body, texts, shapes = entry
        doc = json.loads(body)
        if type(doc) is not list or len(doc) != 4 or type(doc[3]) is not list or len(doc[3]) != len(
                _COLUMNS):
            raise RecordError("not an entry")
        v_at, shape_at = self.table.adopt(texts, shapes)
        doc[3] = [_moved(shape_at, doc[3][0]), _moved(v_at, doc[3][1]), *doc[3][2:]]
        if digest is not None and self.path is not None:
            key = digest.encode()
            line = json.dumps(doc, separators=(",", ":")).encode("ascii")
            self._live[key] = self._line(key, line)
            self._changed = True
        return doc

    def decode(self, docs: list) -> list[Entry]:
        """The entries adopted as `docs`, decoded all at once."""
        entries = self.table.decode(docs)
        if None in entries:
            raise RecordError("an extraction that does not read back")  # a bug of ours
        return entries

    def add(self, digest: str | None, entry: Standalone) -> Entry:
        """adopt() and decode() of one entry."""
        return self.decode([self.adopt(digest, entry)])[0]

    def save(self) -> None:
        """Write the entries used since it was read, when that is not what it holds."""
        if self.path is None:
            return
        lines = self._load()
        if not self._changed and self._live.keys() == lines.keys():
            return
        compacted = self.table.compacted()
        if compacted is not None:
            # the table holds many strings and values only dropped entries used: each
            # entry is moved onto a table without them
            self.table, shape_at, v_at = compacted
            for key, line in self._live.items():
                doc = json.loads(line[50:])
                doc[3][:2] = [[shape_at[i] for i in doc[3][0]], [v_at[i] for i in doc[3][1]]]
                body = json.dumps(doc, separators=(",", ":")).encode("ascii")
                self._live[key] = self._line(key, body)
        head = json.dumps({"format": FORMAT, "salt": self._salt}).encode("ascii")
        table = self.table.dumps()
        write_replacing(self.path, b"\n".join([head, b"T " + self.checksum(b"T", table) + b" " + table,
                                               *self._live.values()]))


def _parsed(body: bytes) -> object:
    try:
        return json.loads(body)
    except ValueError:
        return None
