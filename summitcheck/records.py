"""Sources and mentions as JSON records: `summitcheck extract` writes them (one
line each), `audit --mentions` reads them back, and the cache stores them.

A mention record has the report's mention fields (source, line, column, start,
end, text, inferred) plus what grouping needs: kind, claim, label, the
normalized value (typed), rule, office and remote. Reading is strict: a record
that does not have the expected shape raises RecordError, so a damaged cache
entry or a foreign line is never trusted.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from .errors import SummitcheckError
from .models import Day, Kind, Mention, Moment, Office, Person, Quantity, Quote, Source, Value

FORMAT = "summitcheck.mentions/2"


class RecordError(ValueError):
    """A record that is not what summitcheck writes."""


def value_record(v: Value) -> dict:
    if isinstance(v, Quantity):
        return {"type": "quantity", "unit": v.unit, "lo": v.lo,
                "hi": None if v.hi == math.inf else v.hi, "display": v.display,
                "approximate": v.approximate}
    if isinstance(v, Person):
        return {"type": "person", "key": v.key, "display": v.display}
    if isinstance(v, Office):
        return {"type": "office", "title": v.title, "qualifier": v.qualifier, "tense": v.tense,
                "display": v.display}
    if isinstance(v, Day):
        return {"type": "day", "date": v.date.isoformat(), "window": v.window}
    if isinstance(v, Moment):
        return {"type": "moment", "utc": v.utc.isoformat(), "has_date": v.has_date, "slack": v.slack,
                "local": v.local}
    if isinstance(v, Quote):
        return {"type": "quote", "key": v.key, "display": v.display}
    raise TypeError(f"not a value: {v!r}")


def value_of(r: Any) -> Value:
    t = _get(r, "type", str)
    if t == "quantity":
        hi = r.get("hi")
        return Quantity(_get(r, "unit", str), _num(r, "lo"), math.inf if hi is None else _num(r, "hi"),
                        _get(r, "display", str), _get(r, "approximate", bool))
    if t == "person":
        return Person(_get(r, "key", str), _get(r, "display", str))
    if t == "office":
        return _office(r)
    if t == "day":
        return Day(_date(_get(r, "date", str)), _get(r, "window", int))
    if t == "moment":
        try:
            utc = dt.datetime.fromisoformat(_get(r, "utc", str))
        except ValueError as e:
            raise RecordError(f"bad time: {e}") from None
        if utc.utcoffset() != dt.timedelta(0):
            raise RecordError("a moment must be in UTC")
        return Moment(utc, _get(r, "has_date", bool), _get(r, "slack", int), _get(r, "local", bool))
    if t == "quote":
        return Quote(_get(r, "key", str), _get(r, "display", str))
    raise RecordError(f"unknown value type {t!r}")


def _office(r: Any) -> Office:
    return Office(_get(r, "title", str), _get(r, "qualifier", str), _get(r, "tense", str),
                  _get(r, "display", str))


def mention_record(m: Mention) -> dict:
    return {
        "record": "mention", "source": m.source, "line": m.line, "column": m.column,
        "start": m.start, "end": m.end, "text": m.text, "inferred": m.inferred,
        "kind": m.kind.value, "claim": m.claim, "label": m.label, "value": value_record(m.value),
        "rule": m.rule, "office": None if m.office is None else value_record(m.office),
        "remote": m.remote, "base": m.base, "implied": m.implied,
    }


_MENTION_FIELDS = (("source", str), ("claim", str), ("label", str), ("start", int), ("end", int),
                   ("line", int), ("column", int), ("text", str), ("inferred", bool), ("rule", str),
                   ("remote", bool), ("base", str), ("implied", bool))
KINDS = {k.value: k for k in Kind}


def mention_of(r: Any) -> Mention:
    if type(r) is not dict or r.get("record") != "mention":
        raise RecordError("not a mention record")
    # checked field by field in one loop: a re-audit reads 100,000 of these
    fields = {}
    for key, kind in _MENTION_FIELDS:
        v = r.get(key)
        if type(v) is not kind:  # bool is an int subclass: compare types exactly
            raise RecordError(f"'{key}' must be {kind.__name__}, not {type(v).__name__}")
        fields[key] = v
    kind = KINDS.get(r.get("kind"))
    if kind is None:
        raise RecordError(f"unknown kind {r.get('kind')!r}")
    office = r.get("office")
    fields["kind"] = kind
    fields["value"] = value_of(r.get("value"))
    fields["office"] = None if office is None else _office(office)
    m = object.__new__(Mention)  # the fields are checked: skip the frozen __init__
    m.__dict__.update(fields)
    return m


def source_record(s: Source) -> dict:
    return {
        "record": "source", "id": s.id, "path": s.path, "skipped": s.skipped,
        "published": s.published.astimezone(dt.UTC).isoformat() if s.published else None,
        "title": s.title, "outlet": s.outlet, "url": s.url, "encoding": s.encoding,
        "format": s.format, "warnings": list(s.warnings),
    }


def source_of(r: Any) -> Source:
    if not isinstance(r, dict) or r.get("record") != "source":
        raise RecordError("not a source record")
    published = r.get("published")
    if published is not None:
        try:
            published = dt.datetime.fromisoformat(_get(r, "published", str))
        except ValueError as e:
            raise RecordError(f"bad publication date: {e}") from None
    return Source(
        id=_get(r, "id", str), path=_get(r, "path", str), published=published,
        skipped=_opt(r, "skipped"), title=_opt(r, "title"), outlet=_opt(r, "outlet"),
        url=_opt(r, "url"), encoding=_opt(r, "encoding"), format=_opt(r, "format"),
        warnings=_strings(r, "warnings"),
    )


def _get(r: Any, key: str, kind: type) -> Any:
    if not isinstance(r, dict):
        raise RecordError("a record must be an object")
    v = r.get(key)
    if type(v) is not kind:  # bool is an int subclass: compare types exactly
        raise RecordError(f"'{key}' must be {kind.__name__}, not {type(v).__name__}")
    return v


def _opt(r: dict, key: str) -> str | None:
    v = r.get(key)
    if v is not None and not isinstance(v, str):
        raise RecordError(f"'{key}' must be a string or null")
    return v


def _strings(r: dict, key: str) -> tuple[str, ...]:
    value = r.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"'{key}' must be a list of strings")
    return tuple(value)


def _num(r: dict, key: str) -> float:
    v = r.get(key)
    if type(v) not in (int, float) or (isinstance(v, float) and math.isnan(v)):
        raise RecordError(f"'{key}' must be a number")
    return float(v)


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as e:
        raise RecordError(f"bad date: {e}") from None


def write_jsonl(sources: Iterable[Source], mentions: Iterable[Mention], stream: TextIO) -> None:
    """Every source, then every mention, one JSON object a line, keys sorted."""
    for s in sources:
        stream.write(json.dumps(source_record(s), sort_keys=True, ensure_ascii=False) + "\n")
    for m in mentions:
        stream.write(json.dumps(mention_record(m), sort_keys=True, ensure_ascii=False) + "\n")


def read_jsonl(lines: Iterable[str], path: str) -> tuple[list[Source], list[Mention]]:
    """Sources and mentions from `summitcheck extract` output, in the order written
    (outputs of several extract runs may be concatenated: a source listed twice is
    kept once). A bad line is an error naming the file and line."""
    sources: dict[str, Source] = {}
    mentions: list[Mention] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if isinstance(r, dict) and r.get("record") == "source":
                s = source_of(r)
                sources.setdefault(s.id, s)
            else:
                mentions.append(mention_of(r))
        except (ValueError, RecordError) as e:
            raise SummitcheckError(f"not a summitcheck extract record: {e}", path, n) from None
    for m in mentions:
        if m.source not in sources:
            sources[m.source] = Source(id=m.source, path=m.source)
    return list(sources.values()), mentions
