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
    _json.dump(document(result), stream, sort_keys=True, indent=2, ensure_ascii=False)
    stream.write("\n")
