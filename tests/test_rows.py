"""Mentions as rows (rows.py): claims hold their mentions as rows, and nothing a
caller or a report can see tells them from a tuple of Mentions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest

from summitcheck.audit import group
from summitcheck.models import AuditResult, Kind, Mention, Quantity, Source
from summitcheck.pipeline import extract_corpus
from summitcheck.report import FORMATS, RenderOptions
from summitcheck.rows import MentionRows, mention, row_of, rows_of
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import CORPUS, ROOT, RULES

COVERAGE = ROOT / "tests" / "data" / "coverage"


@pytest.fixture(scope="module")
def extracted():
    """(sources, mentions, rules) of the seed corpus and of the coverage folders."""
    out = []
    for folder, rules in ((CORPUS, load_rules(RULES)), (COVERAGE / "london", load_rules(RULES)),
                          (COVERAGE / "hague", parse_rules_text("")),
                          (COVERAGE / "alaska", parse_rules_text(""))):
        found = extract_corpus(folder, rules)
        out.append((found.sources, found.mentions, rules))
    return out


def as_tuples(claims):
    """The claims with each value's mentions as a plain tuple of Mentions."""
    return tuple(dataclasses.replace(c, values=tuple(
        dataclasses.replace(v, mentions=tuple(v.mentions)) for v in c.values)) for c in claims)


def test_a_row_is_a_mention_field_for_field(extracted):
    for _, mentions, _ in extracted:
        for m in mentions:
            assert mention(row_of(m)) == m
            assert dataclasses.asdict(mention(row_of(m))) == dataclasses.asdict(m)


def test_mention_rows_behave_as_a_tuple_of_mentions(extracted):
    mentions = tuple(extracted[0][1])
    rows = MentionRows(rows_of(mentions))
    assert len(rows) == len(mentions)
    assert tuple(rows) == mentions and list(reversed(rows)) == list(reversed(mentions))
    assert rows[0] == mentions[0] and rows[-1] == mentions[-1] and rows[2:5] == mentions[2:5]
    assert rows == mentions and mentions == rows and rows == MentionRows(rows_of(mentions))
    assert rows != mentions[1:] and rows != mentions[:-1] + (dataclasses.replace(mentions[-1], start=0),)
    assert hash(rows) == hash(mentions)
    assert repr(rows) == repr(mentions)
    assert mentions[3] in rows and rows.index(mentions[3]) == mentions.index(mentions[3])


def test_claims_hold_rows_equal_to_their_mentions(extracted):
    for _, mentions, rules in extracted:
        claims = group(mentions, rules)
        assert any(isinstance(v.mentions, MentionRows) for c in claims for v in c.values)
        assert claims == as_tuples(claims)
        assert hash(claims) == hash(as_tuples(claims))


@pytest.mark.parametrize("fmt", ["json", "plain", "csv", "markdown", "table"])
def test_every_format_writes_rows_as_it_writes_mentions(extracted, fmt):
    for sources, mentions, rules in extracted:
        claims = group(mentions, rules)
        outs = []
        for c in (claims, as_tuples(claims)):
            out = io.StringIO()
            FORMATS[fmt](AuditResult(tuple(sources), c, rules_path="rules.yaml"), out,
                         RenderOptions(width=120))
            outs.append(out.getvalue())
        assert outs[0] == outs[1]


def test_a_mention_of_unexpected_types_is_written_as_json_writes_it():
    """The json report writes rows with one format string when their fields have the
    types Mention declares; anything else (a bool for a position, a float) is written
    as the encoder writes it."""
    pound = Quantity("GBP", 0.9, 1.1, "£1")
    odd = [Mention("a", Kind.FIGURE, "money", "Money", pound, True, 2.5, 1, 1, "x", inferred=1),
           Mention("b", Kind.FIGURE, "money", "Money", pound, 3, 4, 1, 1, "y")]
    claims = group(odd, parse_rules_text(""))
    assert claims
    result = AuditResult((Source(id="a", path="a"), Source(id="b", path="b")), claims)
    out = io.StringIO()
    FORMATS["json"](result, out, RenderOptions())
    assert '"start": true' in out.getvalue() and '"end": 2.5' in out.getvalue()
    assert '"inferred": 1' in out.getvalue() and '"inferred": false' in out.getvalue()


def _source_dict(s: Source) -> dict:
    return {"id": s.id, "path": s.path, "skipped": s.skipped,
            "published": s.published.astimezone(dt.UTC).isoformat() if s.published else None,
            "title": s.title, "outlet": s.outlet, "url": s.url, "encoding": s.encoding, "format": s.format,
            "warnings": list(s.warnings)}


@pytest.mark.parametrize("odd", [False, True])
def test_sources_are_written_as_json_writes_them(odd):
    """The json report writes 10,000 sources with one format string; what it writes is
    json.dumps's, warnings, nothing and dates included (and for a field of an
    unexpected type, the encoder's own)."""
    import datetime as dt
    import json

    sources = [
        Source(id="a", path="corpus/a.txt", encoding="utf-8", format="text",
               published=dt.datetime(2025, 3, 2, 17, 34, tzinfo=dt.UTC), title='A "title" \u2028',
               outlet="Outlet", url="https://x.test/a", warnings=("pattern 'x' ran out of time", "é\x1b")),
        Source(id="b\\u", path="corpus/b.txt", skipped="empty"),
        Source(id="c", path="corpus/c.html", encoding="windows-1252", format="html", warnings=()),
    ]
    if odd:
        sources.append(Source(id="d", path="corpus/d.txt", title=7, warnings=["a list"]))
    result = AuditResult(tuple(sources), (), warnings=("w",), rules_path="rules.yaml")
    out = io.StringIO()
    FORMATS["json"](result, out, RenderOptions())
    expected = {"schema": "summitcheck.audit/1", "rules": "rules.yaml", "warnings": ["w"],
                "sources": [_source_dict(s) for s in sources], "claims": [],
                "summary": {"sources": len(sources) - 1, "skipped": 1, "claims": 0, "agreed": 0,
                            "disputed": 0, "single_source": 0}}
    assert out.getvalue() == json.dumps(expected, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
