"""Mentions and sources as records (the cache, `extract` and `audit --mentions`): every
field of every mention found in the seed corpus and the coverage folders comes back
whole, so a cached or sharded audit is the same audit."""

from __future__ import annotations

import dataclasses

import pytest

from summitcheck.models import Kind, Source
from summitcheck.pipeline import extract_corpus
from summitcheck.records import mention_of, mention_record, source_of, source_record
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import CORPUS, ROOT, RULES

COVERAGE = ROOT / "tests" / "data" / "coverage"


@pytest.fixture(scope="module")
def found():
    out = extract_corpus(CORPUS, load_rules(RULES))
    for name in ("london", "hague", "alaska"):
        rules = load_rules(RULES) if name == "london" else parse_rules_text("")
        out.mentions.extend(extract_corpus(COVERAGE / name, rules).mentions)
    return out


def test_every_mention_comes_back_whole(found):
    for m in found.mentions:
        back = mention_of(mention_record(m))
        assert dataclasses.asdict(back) == dataclasses.asdict(m)


def test_the_round_trip_covers_every_kind_and_every_field_that_is_set(found):
    assert {m.kind for m in found.mentions} == set(Kind)
    # each optional field of Mention is set on some mention, so the test above sees it
    # (but `implied`, which grouping sets, never extraction)
    for f in dataclasses.fields(found.mentions[0]):
        if f.default is not dataclasses.MISSING and f.name != "implied":
            assert any(getattr(m, f.name) != f.default for m in found.mentions), f.name


def test_every_source_field_comes_back(found):
    for s in found.sources:
        back = source_of(source_record(s))
        assert back == dataclasses.replace(s, text="", excluded=(), line_starts=(0,))
    fields = {f.name for f in dataclasses.fields(Source)} - {"text", "excluded", "line_starts"}
    assert fields <= set(source_record(found.sources[0])) | {"id", "path"}
