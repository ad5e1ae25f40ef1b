"""Articles written the way other outlets wrote them (paraphrased wire, broadsheet and
agency style, tests/data/coverage/): the rules must carry over without inventing disputes.

london/ is audited with the project's rules.yaml; hague/ (a different summit) with the
built-in pack alone, as an editor would on day one of a summit nobody wrote rules for.
"""

from __future__ import annotations

import pytest

from summitcheck.audit import audit_folder
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import ROOT

COVERAGE = ROOT / "tests" / "data" / "coverage"


@pytest.fixture(scope="module")
def london():
    result = audit_folder(COVERAGE / "london", load_rules(ROOT / "rules.yaml"))
    return {c.id: c for c in result.claims}


@pytest.fixture(scope="module")
def hague():
    result = audit_folder(COVERAGE / "hague", parse_rules_text(""))
    return {c.id: c for c in result.claims}


def test_london_coverage_has_no_dispute(london):
    assert [c.id for c in london.values() if c.status.value == "disputed"] == []


@pytest.mark.parametrize(
    ("claim", "value", "sources"),
    [
        ("united-kingdom-prime-minister", "Keir Starmer", ("ap", "guardian", "reuters")),
        ("nato-secretary-general", "Mark Rutte", ("ap", "guardian", "reuters")),
        ("ukraine-president", "Volodymyr Zelensky", ("ap", "guardian", "reuters")),
        ("italy-prime-minister", "Giorgia Meloni", ("ap", "guardian")),
        ("money-missiles", "£1.6 billion", ("ap", "guardian", "reuters")),
        ("count-leaders", "18", ("ap", "guardian", "reuters")),
        ("white-house-meeting-date", "2025-02-28 (Friday)", ("guardian", "reuters")),
        ("summit-date", "2025-03-02 (Sunday)", ("ap", "reuters")),
    ],
)
def test_london_coverage_agrees(london, claim, value, sources):
    c = london[claim]
    assert c.status.value == "agreed"
    assert c.values[0].value == value
    assert set(sources) <= set(c.sources)


def test_london_loan_is_not_the_missile_money(london):
    assert [v.value for v in london["money-loan"].values] == ["£2.26 billion"]


def test_eu_summit_on_thursday_is_not_the_london_summit(london):
    eu = london["summit-european-union-date"]
    assert eu.status.value == "agreed"
    assert eu.values[0].value == "2025-03-06 (Thursday)"


def test_hague_summit_without_rules_has_no_dispute(hague):
    assert [c.id for c in hague.values() if c.status.value == "disputed"] == []


@pytest.mark.parametrize(
    ("claim", "value"),
    [
        ("nato-secretary-general", "Mark Rutte"),
        ("spain-prime-minister", "Pedro Sánchez"),  # one spelling each: diacritics win the tie
        ("united-states-president", "Donald Trump"),
        # Zelenskiy (Reuters), Zelensky (BBC), Zelenskyy (AP, Guardian, Al Jazeera): one person
        ("ukraine-president", "Volodymyr Zelenskyy"),
        ("percent-defence-spending-by-2035", "5%"),
        ("summit-date", "2025-06-25 (Wednesday)"),
    ],
)
def test_hague_summit_without_rules_agrees(hague, claim, value):
    assert hague[claim].status.value == "agreed"
    assert hague[claim].values[0].value == value


def test_multi_day_summit_keeps_its_start_apart(hague):
    assert [v.value for v in hague["summit-start-date"].values] == ["2025-06-24 (Tuesday)"]


def test_targets_for_different_years_are_different_claims(make_corpus):
    folder = make_corpus({
        "a.txt": "Britain will raise defence spending to 2.5% of GDP by 2027.\n",
        "b.txt": "NATO allies agreed to raise the target from 2% to 5% of GDP by 2035.\n",
    })
    claims = {c.id: c for c in audit_folder(folder, parse_rules_text("")).claims}
    assert [c.status.value for c in claims.values()] == ["single-source"] * 3
    # Britain's target is Britain's: a claim of its own, not the alliance's
    assert claims["percent-defence-spending-united-kingdom-by-2027"].values[0].value == "2.5%"
    assert claims["percent-defence-spending-earlier"].values[0].value == "2%"


def test_a_guess_is_not_a_count(make_corpus):
    folder = make_corpus({"a.txt": "Britain, France and possibly one or two other countries.\n"})
    assert audit_folder(folder, parse_rules_text("")).claims == ()
