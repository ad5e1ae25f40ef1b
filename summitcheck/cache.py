"""A cache of each file's extraction, so a re-audit reads only what changed.

An entry is keyed by the file's content hash, the effective rules' digest and
a hash of summitcheck's own code and data (extraction depends on all three).
It holds what loading found (publication date, title...), the mentions, and
the reference date the mentions were anchored on when the article has no date
of its own (that one depends on the rest of the corpus: the entry is used only
while it is still the same). An entry that cannot be read, does not parse, has
another key, a checksum that does not match or the wrong shape is ignored and
rebuilt, never trusted: an entry is a JSON header (format, key, checksum of the
rest) and a JSON body read with a strict schema, never a pickle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .models import Mention, Office, Source
from .records import KINDS, RecordError, source_of, source_record, value_of, value_record

FORMAT = "summitcheck.cache/4"
DEFAULT_NAME = ".summitcheck-cache"


@dataclass(frozen=True)
class Entry:
    source: Source  # without text; id and path are the caller's
    mentions: tuple[Mention, ...]
    anchor: dt.date | None  # the corpus reference date used, for an undated article
    top_dates: tuple[dt.date, ...]  # full dates near the top (for an undated corpus)


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=20).hexdigest()


# Modules that do not take part in extraction: changing them keeps the cache.
_NOT_EXTRACTION = {"audit.py", "cli.py", "__main__.py", "report", "reportcache.py"}


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


class MentionCache:
    """Entries under one folder, for one set of effective rules."""

    def __init__(self, folder: Path, rules_digest: str) -> None:
        self.folder = folder
        self.salt = f"{FORMAT}|{code_version()}|{rules_digest}"

    def key(self, digest: str) -> str:
        return hashlib.blake2b(f"{self.salt}|{digest}".encode(), digest_size=20).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, digest: str, source_id: str, path: str) -> Entry | None:
        key = self.key(digest)
        try:
            head, _, body = self._path(key).read_bytes().partition(b"\n")
            header = json.loads(head)
            if header.get("format") != FORMAT or header.get("key") != key:
                return None  # another file's entry, or another version's
            if header.get("sum") != _checksum(body):
                return None  # damaged: even a changed digit would still parse
            return _entry(json.loads(body), source_id, path)
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecordError):
            return None

    def put(self, digest: str, entry: Entry) -> None:
        key = self.key(digest)
        body = json.dumps({
            "source": source_record(entry.source),
            "anchor": entry.anchor.isoformat() if entry.anchor else None,
            "top_dates": [d.isoformat() for d in entry.top_dates],
            **_columns(entry.mentions),
        }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = json.dumps({"format": FORMAT, "key": key, "sum": _checksum(body)}).encode("utf-8")
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write then rename: a reader never sees half an entry
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(head + b"\n" + body)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            # a read-only or full disk costs speed, never the audit


def _checksum(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


# A mention's fields as the columns of an entry: a re-audit reads 100,000 mentions,
# and a column is checked in one go ("every start is an int"), not field by field.
# Values (and offices) are written once each in "values" and referred to by index.
_COLUMNS = (("kind", str), ("claim", str), ("label", str), ("value", int), ("start", int),
            ("end", int), ("line", int), ("column", int), ("text", str), ("inferred", bool),
            ("rule", str), ("office", (int, type(None))), ("remote", bool), ("base", str),
            ("implied", bool))
_FIELDS = ("source", *(name for name, _ in _COLUMNS))  # Mention's fields, in their order


def _columns(mentions: tuple[Mention, ...]) -> dict:
    index: dict = {}
    values: list[str] = []

    def ref(v) -> int:
        i = index.get(v)
        if i is None:
            i = index[v] = len(values)
            # as JSON text: the reader decodes each text once however many entries hold it
            values.append(json.dumps(value_record(v), ensure_ascii=False, separators=(",", ":")))
        return i

    cols: dict[str, list] = {name: [] for name, _ in _COLUMNS}
    for m in mentions:
        for name, _ in _COLUMNS:
            cols[name].append(getattr(m, name))
    cols["kind"] = [k.value for k in cols["kind"]]
    cols["value"] = [ref(v) for v in cols["value"]]
    cols["office"] = [None if o is None else ref(o) for o in cols["office"]]
    return {"values": values, "mentions": cols}


def _entry(doc: dict, source_id: str, path: str) -> Entry:
    src = doc["source"]
    src = source_of({**src, "id": source_id, "path": path})
    anchor = doc["anchor"]
    top = doc["top_dates"]
    if not isinstance(top, list):
        raise RecordError("top_dates must be a list")
    return Entry(
        source=src, mentions=_mentions(doc["values"], doc["mentions"], source_id),
        anchor=dt.date.fromisoformat(anchor) if anchor is not None else None,
        top_dates=tuple(dt.date.fromisoformat(d) for d in top),
    )


_VALUES: dict[str, object] = {}  # a value's JSON text -> the value it was read as


def _mentions(values: list, cols: dict, source_id: str) -> tuple[Mention, ...]:
    """The mentions of an entry's columns, every column checked whole first."""
    if type(values) is not list or type(cols) is not dict or len(cols) != len(_COLUMNS):
        raise RecordError("not an entry's mentions")
    decoded = []
    for text in values:
        v = _VALUES.get(text) if type(text) is str else None
        if v is None:
            v = value_of(json.loads(text))
            if len(_VALUES) < 100_000:
                _VALUES[text] = v
        decoded.append(v)
    n = len(cols["start"])
    for name, kind in _COLUMNS:
        col = cols[name]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # exact types: bool is an int subclass
        if type(col) is not list or len(col) != n or not set(map(type, col)).issubset(kinds):
            raise RecordError(f"'{name}' must be a list of {n} {kinds[0].__name__}")
    kinds = [KINDS.get(k) for k in cols["kind"]]
    refs = cols["value"]
    offices = [i for i in cols["office"] if i is not None]
    if None in kinds or any(not 0 <= i < len(decoded) for i in (*refs, *offices)) or not all(
            type(decoded[i]) is Office for i in offices):
        raise RecordError("a kind, value or office that is not in the entry")
    columns = [[source_id] * n, kinds, cols["claim"], cols["label"], [decoded[i] for i in refs],
               *(cols[name] for name, _ in _COLUMNS[4:11]),
               [None if i is None else decoded[i] for i in cols["office"]],
               *(cols[name] for name, _ in _COLUMNS[12:])]
    out = []
    for row in zip(*columns, strict=True):
        m = object.__new__(Mention)  # the fields are checked: skip the frozen __init__
        m.__dict__.update(zip(_FIELDS, row, strict=False))  # as long: checked above
        out.append(m)
    return tuple(out)
