"""json: one document (schema summitcheck.audit/1), keys sorted, byte-stable."""

from __future__ import annotations

import json as _json
from typing import TextIO

from ..models import AuditResult, Claim, Mention, Source
from .common import RenderOptions

SCHEMA = "summitcheck.audit/1"


def _source(s: Source) -> dict:
    return {
        "id": s.id, "path": s.path, "skipped": s.skipped,
        "published": s.published.isoformat() if s.published else None,
        "title": s.title, "outlet": s.outlet, "url": s.url, "encoding": s.encoding,
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
        "sources": [_source(x) for x in result.sources],
        "claims": [_claim(c) for c in sorted(result.claims, key=lambda c: (c.kind.value, c.id))],
        "summary": {
            "sources": s.sources, "skipped": s.skipped, "claims": s.claims, "agreed": s.agreed,
            "disputed": s.disputed, "single_source": s.single_source,
        },
    }


def render(result: AuditResult, stream: TextIO, options: RenderOptions) -> None:
    stream.write(dumps(document(result)))
    stream.write("\n")


def dumps(obj: object, level: int = 0) -> str:
    """json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False), byte for byte.

    With an indent the standard library encodes in Python, one call per value:
    seconds for 10,000 articles' mentions. Here a flat object (every mention)
    is one call of the C encoder, its separators carrying the indentation."""
    pad = "  " * level
    inner = pad + "  "
    if isinstance(obj, dict) and obj:
        if not any(isinstance(v, dict | list) for v in obj.values()):
            flat = _json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",\n" + inner, ": "))
            return "{\n" + inner + flat[1:-1] + "\n" + pad + "}"
        items = [_json.dumps(k, ensure_ascii=False) + ": " + dumps(obj[k], level + 1) for k in sorted(obj)]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + pad + "}"
    if isinstance(obj, list) and obj:
        return "[\n" + inner + (",\n" + inner).join(dumps(v, level + 1) for v in obj) + "\n" + pad + "]"
    return _json.dumps(obj, ensure_ascii=False)
