"""Pages as editors save them from news sites (tests/data/html/, one folder a page): the
claims of a page are the claims of its article text, and nothing of the page around the
article (navigation, consent banners, newsletter boxes, "Most read", captions, share
counters, embedded posts, comments, scripts, footers) is read for claims.

What each page must give is written down in tests/data/html-expected.yaml; beside each
page, article.txt is the article as an editor would copy it out of the browser.
"""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from summitcheck.corpus import load_source
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import ROOT
from .test_cli import SCRIPT, run

HTML = ROOT / "tests" / "data" / "html"
EXPECTED = yaml.safe_load((ROOT / "tests" / "data" / "html-expected.yaml").read_text(encoding="utf-8"))
PAGES = EXPECTED["pages"]
CASES = sorted(PAGES)


@pytest.fixture(scope="module")
def report() -> dict:
    """The JSON report of the real command line on every page and article text."""
    os.chdir(ROOT)
    r = run(SCRIPT, "audit", "tests/data/html", "--rules", "rules.yaml", "--format", "json")
    assert r.code in (0, 1), r.err
    return json.loads(r.out)


@pytest.fixture(scope="module")
def rules():
    return load_rules(ROOT / "rules.yaml")


def _source_id(case: str) -> str:
    return f"{case}/{Path(PAGES[case]['page']).stem}"


def _claims_of(report: dict, source: str) -> dict[str, set[str]]:
    """claim id -> the values that `source` gives it."""
    out: dict[str, set[str]] = defaultdict(set)
    for claim in report["claims"]:
        for value in claim["values"]:
            if source in value["sources"]:
                out[claim["id"]].add(value["value"])
    return dict(out)


def test_every_folder_has_its_expectations_and_every_file_is_read(report):
    assert sorted(p.name for p in HTML.iterdir() if p.is_dir()) == CASES
    sources = {s["id"]: s for s in report["sources"]}
    expected = {_source_id(c) for c in CASES} | {f"{c}/article" for c in CASES}
    assert set(sources) == expected
    assert [s["id"] for s in sources.values() if s["skipped"]] == []


@pytest.mark.parametrize("case", CASES)
def test_page_metadata(report, case):
    page = next(s for s in report["sources"] if s["id"] == _source_id(case))
    want = PAGES[case]
    assert page["format"] == "html"
    for key in ("title", "outlet", "url", "published", "encoding"):
        assert page[key] == want.get(key), key


@pytest.mark.parametrize("case", CASES)
def test_page_gives_the_claims_a_fact_checker_expects(report, case):
    found = _claims_of(report, _source_id(case))
    missing = {claim: value for claim, value in PAGES[case]["claims"].items()
               if value not in found.get(claim, set())}
    assert missing == {}, found


@pytest.mark.parametrize("case", CASES)
def test_page_gives_the_claims_of_its_article_text(report, case):
    article = _claims_of(report, f"{case}/article")
    assert set(PAGES[case]["claims"].items()) <= {(c, v) for c, vs in article.items() for v in vs}
    assert _claims_of(report, _source_id(case)) == article


@pytest.mark.parametrize("case", CASES)
def test_page_furniture_is_not_read(rules, case):
    path = HTML / case / PAGES[case]["page"]
    source = load_source(path, case, str(path), rules)
    leaks = []
    for furniture in map(str, PAGES[case]["furniture"]):
        start = source.text.find(furniture)
        while start >= 0:
            if not source.is_excluded(start, start + len(furniture)):
                leaks.append(furniture)
                break
            start = source.text.find(furniture, start + 1)
    assert leaks == [], source.text


def test_no_claim_carries_what_only_the_furniture_states_and_nothing_is_disputed(report):
    values = [(c["id"], v["value"]) for c in report["claims"] for v in c["values"]]
    assert [(c, v) for c, v in values if any(bad in v for bad in EXPECTED["must_not"])] == []
    assert [c["id"] for c in report["claims"] if c["status"] == "disputed"] == []


def test_show_text_of_a_page_in_table_layout_prints_the_article_lines():
    os.chdir(ROOT)
    r = run(SCRIPT, "show-text", "tests/data/html/herald/page.html")
    assert r.code == 0, r.err
    lines = r.text.splitlines()
    assert lines[0] == ("# tests/data/html/herald/page.html: format html, encoding windows-1252, "
                        "published 2025-03-02T00:00:00+00:00, "
                        "title Europe rallies behind Zelensky at London summit")
    body = (HTML / "herald" / "article.txt").read_text(encoding="utf-8").split("---\n")[2]
    article = [line for line in body.splitlines()[1:] if line]  # the headline is the page's title
    assert [line[8:] for line in lines[1:] if line[6] == " "] == article
    # a caption that is not marked as one in the markup stays in the text, left out by its credit
    assert [line[6:] for line in lines[1:] if line[6] != " "] == [
        "x Leaders gather at Lancaster House. Picture: PA Wire"]


def test_reading_a_page_takes_well_under_a_second():
    rules = parse_rules_text("")
    for case in CASES:
        path = HTML / case / PAGES[case]["page"]
        began = time.perf_counter()
        load_source(path, case, case, rules)
        assert time.perf_counter() - began < 1.0, case
