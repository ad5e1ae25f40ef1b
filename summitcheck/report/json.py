"""json: one document (schema summitcheck.audit/1), keys sorted, byte-stable."""

from __future__ import annotations

import datetime as dt
import json as _json
from collections.abc import Sequence
from itertools import chain
from json.encoder import encode_basestring as _encode_str
from operator import attrgetter, itemgetter
from typing import TextIO

from ..models import AuditResult, Claim, Mention, Source
from ..rows import COLUMN, END, INFERRED, LINE, SOURCE, START, TEXT
from .common import RenderOptions

SCHEMA = "summitcheck.audit/1"


def _source(s: Source) -> dict:
    return {
        "id": s.id, "path": s.path, "skipped": s.skipped,
        "published": s.published.astimezone(dt.UTC).isoformat() if s.published else None,
        "title": s.title, "outlet": s.outlet, "url": s.url, "encoding": s.encoding,
        "format": s.format, "warnings": list(s.warnings),
    }


def _claim(c: Claim) -> dict:
    return {
        "id": c.id, "kind": c.kind.value, "label": c.label, "status": c.status.value,
        "values": [
            {"value": v.value, "sources": list(v.sources), "inferred": v.inferred,
             "mentions": _Mentions.of(v.mentions)}
            for v in c.values
        ],
    }


# A mention's fields as the report writes them, in the order of their keys.
_REPORTED = ("column", "end", "inferred", "line", "source", "start", "text")
_OF_ROW = itemgetter(COLUMN, END, INFERRED, LINE, SOURCE, START, TEXT)
_OF_MENTION = attrgetter(*_REPORTED)
_POSITIONS = itemgetter(0, 1, 3, 5)  # of _REPORTED
_INFERRED = itemgetter(2)
_STRINGS = itemgetter(4, 6)


class _Mentions:
    """A value's mentions, written by _write with one format string each: a report
    of 10,000 articles has 100,000 of them, and a dict each for the encoder costs
    more than all the rest of the report."""

    __slots__ = ("rows", "fields")

    def __init__(self, rows: Sequence[tuple] | None, fields: list[tuple] | None) -> None:
        self.rows = rows  # rows.MentionRows.rows, of exact types
        self.fields = fields  # else the _REPORTED fields of each mention

    @staticmethod
    def of(mentions: Sequence[Mention]) -> _Mentions | list[dict]:
        if getattr(mentions, "exact", False):
            return _Mentions(mentions.rows, None)  # rows.MentionRows: no Mention made
        rows = getattr(mentions, "rows", None)
        fields = list(map(_OF_ROW, rows)) if rows is not None else list(map(_OF_MENTION, mentions))
        # what the format string writes as json.dumps would: ints, bools and strings
        if fields and set(map(type, chain.from_iterable(map(_POSITIONS, fields)))) == {int} and set(
                map(type, map(_INFERRED, fields))) == {bool} and set(
                map(type, chain.from_iterable(map(_STRINGS, fields)))) == {str}:
            return _Mentions(None, fields)
        return [dict(zip(_REPORTED, f, strict=True)) for f in fields]

    def write(self, level: int, out: list[str]) -> None:
        pad = "  " * level
        inner = pad + "  "
        deep = inner + "  "
        template = (inner + "{\n" + ",\n".join(f'{deep}"{k}": %s' for k in _REPORTED) + "\n" + inner
                    + "}")
        sources = _Encoded()
        if self.rows is not None:
            body = [template % (column, end, "true" if inferred else "false", line, sources[source],
                                start, _encode_str(text))
                    for (source, _kind, _claim, _label, _value, start, end, line, column, text, inferred,
                         _rule, _office, _remote, _base, _implied) in self.rows]
        else:
            body = [template % (column, end, "true" if inferred else "false", line, sources[source],
                                start, _encode_str(text))
                    for column, end, inferred, line, source, start, text in self.fields]
        if body:
            out += ("[\n", ",\n".join(body), "\n", pad, "]")
        else:
            out.append("[]")


class _Encoded(dict):
    """str -> its JSON text, each encoded once."""

    def __missing__(self, text: str) -> str:
        out = self[text] = _encode_str(text)
        return out


# A source's fields that are text or nothing, in the order of their keys (then "warnings").
_SOURCE_NAMES = ("encoding", "format", "id", "outlet", "path", "published", "skipped", "title", "url")
_SOURCE_TEXTS = attrgetter(*_SOURCE_NAMES)


class _Sources:
    """The sources, written by _write with one format string each (10,000 articles,
    10,000 sources)."""

    __slots__ = ("sources",)

    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources = sources

    def write(self, level: int, out: list[str]) -> None:
        sources = self.sources
        if not sources:
            out.append("[]")
            return
        pad = "  " * level
        inner = pad + "  "
        deep = inner + "  "
        template = (inner + "{\n" + "".join(f'{deep}"{k}": %s,\n' for k in _SOURCE_NAMES) + deep
                    + '"warnings": %s\n' + inner + "}")
        fields = list(map(_SOURCE_TEXTS, sources))
        warnings = list(map(_WARNINGS, sources))
        # what a Source holds (texts or nothing, a date, a tuple of warnings): each field
        # as a column, mapped to its JSON text and formatted, in C; else source by source
        cols = list(zip(*fields, strict=True))
        if set(map(type, chain.from_iterable(cols[:5] + cols[6:]))) <= {str, _NONE} and set(
                map(type, cols[5])) <= {dt.datetime, _NONE} and set(map(type, warnings)) == {tuple} and set(
                map(type, chain.from_iterable(warnings))) <= {str}:
            cols[5] = [None if d is None else d.astimezone(dt.UTC).isoformat() for d in cols[5]]
            texts = _Encoded({None: "null"})
            listed = [_listed(w, level + 2) if w else "[]" for w in warnings]
            out += ("[\n", ",\n".join(map(template.__mod__, zip(
                *(map(texts.__getitem__, c) for c in cols), listed, strict=True))), "\n", pad, "]")
            return
        out.append("[\n")
        for i, s in enumerate(sources):
            out += (",\n" if i else "", inner)
            _write(_source(s), level + 1, out)  # as the encoder writes it
        out += ("\n", pad, "]")


def _listed(items: tuple, level: int) -> str:
    out: list[str] = []
    _write(list(items), level, out)
    return "".join(out)


_WARNINGS = attrgetter("warnings")
_NONE = type(None)


def document(result: AuditResult) -> dict:
    s = result.summary
    return {
        "schema": SCHEMA,
        "rules": result.rules_path,
        "warnings": list(result.warnings),
        "sources": _Sources(result.sources),
        "claims": [_claim(c) for c in sorted(result.claims, key=lambda c: (c.kind.value, c.id))],
        "summary": {
            "sources": s.sources, "skipped": s.skipped, "claims": s.claims, "agreed": s.agreed,
            "disputed": s.disputed, "single_source": s.single_source,
        },
    }


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    parts: list[str] = []
    _write(document(result), 0, parts)
    parts.append("\n")
    stream.write("".join(parts))


def dumps(obj: object) -> str:
    """json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False), byte for byte.

    With an indent the standard library encodes in Python, one call per value:
    seconds for 10,000 articles' mentions. Here a list of flat objects (a value's
    mentions) or of plain values is one call of the C encoder, its separators
    carrying the indentation, and the pieces are joined once."""
    parts: list[str] = []
    _write(obj, 0, parts)
    return "".join(parts)


_NESTED = frozenset({dict, list, _Mentions, _Sources})
_SCALARS = {True: "true", False: "false", None: "null"}
_ENCODERS: dict[tuple, _json.JSONEncoder] = {}


def _encoder(sort_keys: bool, item: str) -> _json.JSONEncoder:
    """json.dumps's encoder for these options, made once: json.dumps makes a new one
    per call whenever an option is not the default (a third of the rendering time)."""
    enc = _ENCODERS.get((sort_keys, item))
    if enc is None:
        enc = _ENCODERS[(sort_keys, item)] = _json.JSONEncoder(
            sort_keys=sort_keys, ensure_ascii=False, separators=(item, ": "))
    return enc


def _scalar(obj: object) -> str:
    """json.dumps(obj, ensure_ascii=False) for a value that holds no other."""
    if type(obj) is str:
        return _encode_str(obj)
    if type(obj) is bool or obj is None:
        return _SCALARS[obj]
    if type(obj) is int:
        return int.__repr__(obj)
    return _encoder(False, ", ").encode(obj)


def _write(obj: object, level: int, out: list[str]) -> None:
    pad = "  " * level
    inner = pad + "  "
    if type(obj) is _Mentions or type(obj) is _Sources:
        obj.write(level, out)
    elif type(obj) is dict and obj:
        if _NESTED.isdisjoint(map(type, obj.values())):
            flat = _encoder(True, ",\n" + inner).encode(obj)
            out += ("{\n", inner, flat[1:-1], "\n", pad, "}")
            return
        out.append("{\n")
        for i, k in enumerate(sorted(obj)):
            out += (",\n" if i else "", inner, _encode_str(k) if type(k) is str else _scalar(k), ": ")
            _write(obj[k], level + 1, out)
        out += ("\n", pad, "}")
    elif type(obj) is list and obj:
        if _NESTED.isdisjoint(map(type, obj)):
            flat = _encoder(False, ",\n" + inner).encode(obj)
            out += ("[\n", inner, flat[1:-1], "\n", pad, "]")
        elif all(type(v) is dict and v and _NESTED.isdisjoint(map(type, v.values())) for v in obj):
            # NUL marks the separators: inside a JSON string it is written \\u0000
            deep = inner + "  "
            body = _encoder(True, ",\0").encode(obj)[2:-2]
            body = body.replace("},\0{", "\n" + inner + "},\n" + inner + "{\n" + deep)
            out += ("[\n", inner, "{\n", deep, body.replace(",\0", ",\n" + deep), "\n", inner, "}\n",
                    pad, "]")
        else:
            out.append("[\n")
            for i, v in enumerate(obj):
                out += (",\n" if i else "", inner)
                _write(v, level + 1, out)
            out += ("\n", pad, "]")
    else:
        out.append(_scalar(obj))
