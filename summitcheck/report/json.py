"""json: one document (schema summitcheck.audit/1), keys sorted, byte-stable."""

from __future__ import annotations

import json as _json
from json.encoder import encode_basestring as _encode_str
from typing import TextIO

from ..models import AuditResult, Claim, Mention, Source
from .common import RenderOptions

SCHEMA = "summitcheck.audit/1"


def _source(s: Source) -> dict:
    return {
        "id": s.id, "path": s.path, "skipped": s.skipped,
        "published": s.published.isoformat() if s.published else None,
        "title": s.title, "outlet": s.outlet, "url": s.url, "encoding": s.encoding,
        "format": s.format, "warnings": list(s.warnings),
    }


def _mention(m: Mention) -> dict:
    return {
        "source": m.source, "line": m.line, "column": m.column, "start": m.start,
        "end": m.end, "text": m.text, "inferred": m.inferred,
    }


def _claim(c: Claim) -> dict:
    return {
        "id": c.id, "kind": c.kind.value, "label": c.label, "status": c.status.value,
        "values": [
            {"value": v.value, "sources": list(v.sources), "inferred": v.inferred,
             "mentions": [_mention(m) for m in v.mentions]}
            for v in c.values
        ],
    }


def document(result: AuditResult) -> dict:
    s = result.summary
    return {
        "schema": SCHEMA,
        "rules": result.rules_path,
        "warnings": list(result.warnings),
        "sources": [_source(x) for x in result.sources],
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


_NESTED = frozenset({dict, list})
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
    if type(obj) is dict and obj:
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
