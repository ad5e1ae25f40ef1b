"""Planted errors, all caught: one wrong figure, office-holder, date or time in
one article of the seed corpus makes that claim disputed, with that article the
odd one out, and nothing else newly disputed (tests/mutations.py makes them)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from summitcheck.audit import audit_folder
from summitcheck.rules import load_rules

from .conftest import CORPUS, RULES
from .mutations import check, mutations


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES)


@pytest.fixture(scope="module")
def planted(rules):
    return mutations(CORPUS, rules)


def test_the_mutation_set_is_large_and_covers_every_kind(planted):
    kinds = Counter(m.kind for m in planted)
    assert len(planted) >= 40, kinds
    assert kinds["figure"] >= 8 and kinds["name"] >= 20 and kinds["date"] + kinds["time"] >= 6, kinds
    assert len({(m.article, m.start, m.new) for m in planted}) == len(planted)  # no duplicates
    assert all(m.new != m.old for m in planted)


def _first_number(text: str) -> float | None:
    m = re.search(r"\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?", text)
    return float(m.group(0).replace(",", "").replace(" ", "")) if m else None


def test_figure_mutations_are_beyond_any_tolerance(planted):
    """x1.5, x0.5, or a "more than" figure cut to 0.4 without its "more than"."""
    for m in planted:
        if m.kind != "figure":
            continue
        old, new = _first_number(m.old), _first_number(m.new)
        if old is not None and new is not None:
            assert new / old >= 1.49 or new / old <= 0.51, m
        assert not re.match(r"(?i)(?:more than|over|at least)\b", m.new), m


def test_every_planted_error_is_caught(planted, rules, tmp_path):
    cache = tmp_path / "cache"  # unchanged articles are extracted once for all mutations
    missed = [f"{m}: {why}" for m in planted
              if (why := check(m, CORPUS, rules, tmp_path, cache)) is not None]
    assert missed == [], f"{len(missed)} of {len(planted)} missed:\n" + "\n".join(missed)


def test_a_number_with_a_thousands_space_is_a_count_not_a_year(make_corpus, rules):
    """Found by the mutations: "2 000 missiles" was read as the year 2000."""
    folder = make_corpus({"a.txt": "Kyiv can buy 2 000 missiles.\n",
                          "b.txt": "Kyiv can buy more than 5,000 missiles.\n",
                          "c.txt": "In 2000 missiles were cheaper.\n"})
    claim = {c.id: c for c in audit_folder(folder, rules).claims}["count-missiles"]
    assert sorted((v.value, v.sources) for v in claim.values) == [
        ("2,000", ("a",)), ("more than 5,000", ("b",))]  # and "In 2000" is a year
    assert claim.status.value == "disputed"
