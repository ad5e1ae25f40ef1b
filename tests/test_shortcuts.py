"""Inputs on which a shortcut taken for speed once gave another answer than the
patterns alone did before it (found by a differential fuzzer run against the code
before the shortcuts). Each text goes through the loader and the extractors as an
audit reads it; what is asserted is what the patterns alone give."""

from __future__ import annotations

import datetime as dt

import pytest

from summitcheck.corpus import read_text
from summitcheck.extract import extract_source
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import RULES

BUILT_IN = parse_rules_text("")


def mentions(text: str, rules=BUILT_IN, published: str | None = None):
    head = f"---\npublished: {published}\n---\n" if published else ""
    return extract_source(read_text(head + text, "a", "a.txt", rules), rules)


def test_a_day_0_with_a_weekday_is_read_from_the_weekday_and_the_tense():
    """anchor() reads the weekday when the day is 0: whether the sentence looks ahead
    must be read then too ("will meet Monday" is the next Monday)."""
    found = mentions("London, 2 March 2025\n\nLeaders will meet Monday, March 0 at the summit in London.\n",
                     load_rules(RULES))
    days = [m.value.date for m in found if m.text == "Monday, March 0"]
    assert days == [dt.date(2025, 3, 3)]


def test_a_cue_that_matches_nothing_inside_another_cue_is_dropped():
    rules = parse_rules_text(
        "topics:\n"
        "  - {id: aid, kinds: [money], cues: ['spend:']}\n"
        "  - {id: zzzzzzzz, kinds: [money], cues: ['(?:qqq)?']}\n")
    found = mentions("Britain will spend:\u00a3500 million\n", rules)
    # (the giver after "~": audit.split_givers)
    assert [m.claim for m in found if m.kind.value == "figure"] == ["money-aid~united-kingdom"]


def test_a_title_named_star_is_not_the_office_of_a_possessive():
    rules = parse_rules_text("titles:\n  - {id: '*', label: Boss, variants: [Boss], unique: false}\n")
    found = mentions("Canadian Boss Mark Carney spoke first. Later, Canada's Justin Trudeau said hello.\n",
                     rules)
    claims = {m.value.display: m.claim for m in found if m.kind.value == "name"}
    assert claims == {"Mark Carney": "canada-boss#person", "Justin Trudeau": "canada-*"}


def test_a_qualifier_written_with_a_letter_newer_than_pythons_tables():
    rules = parse_rules_text("qualifiers:\n  - {id: rland, variants: [\"\\uA7CBland\"]}\n")
    found = mentions("The \uA7CBland summit was held on March 2, 2025.\n", rules)
    assert [m.claim for m in found] == ["summit-rland-date"]


def test_a_capital_sigma_in_boilerplate_is_lower_cased_as_the_text_has_it():
    """str.lower makes a capital sigma final or not by what follows it, which the scan
    copy may change (a prime read as an apostrophe): the words of boilerplate patterns
    are then looked for in the text itself."""
    body = "In London, 18 leaders attended the summit.\n"
    first = parse_rules_text("boilerplate:\n  - {id: x, pattern: '(?i)^..\u03a3$', scope: rest}\n")
    assert mentions("Intro.\n\u0391\u2032\u03a3\n" + body, first) == []
    greek = "\u0394\u0399\u0391\u03a6\u0397\u039c\u0399\u03a3"
    second = parse_rules_text(f"boilerplate:\n  - {{id: y, pattern: '(?i)^{greek}'}}\n")
    kept = mentions(greek + "\u2032\u0397. " + body, second)
    assert [m.claim for m in kept] == ["count-leaders"]


def test_a_digit_this_python_cannot_read_does_not_hide_the_date_after_it():
    filler = "".join(f"Line {i} of the report.\n" for i in range(6))
    text = filler + ("The summit was held \U0001E4F2 March 2, 2025, officials said, and " + "x" * 120 + ".\n")
    found = mentions(text)
    assert [m.value.date for m in found if m.claim == "summit-date"] == [dt.date(2025, 3, 2)]


def test_a_title_after_a_superscript_is_read():
    """"\u00b2" is a digit to str.isalnum (no title is looked for after it) but not \\w
    to the patterns: a form may still start with the title there."""
    found = mentions("Leaders met.\n\u00b2Special Envoy Steve Witkoff said the talks were good.\n")
    assert [(m.claim, m.value.display) for m in found] == [("*-special-envoy#person", "Steve Witkoff")]


@pytest.mark.parametrize("mark", ["\u00b2", "\u00bd", "\u2460"])
@pytest.mark.parametrize(("line", "expected"), [
    ("President Emmanuel Macron said the talks were good.", ("*-president", "Emmanuel Macron")),
    ("NATO Secretary General Mark Rutte said the talks were good.",
     ("nato-secretary-general", "Mark Rutte")),
])
def test_a_title_right_after_a_number_that_is_not_a_digit_is_read(mark, line, expected):
    """A footnote mark glued to the title itself: the forms take it (it is not \\w),
    so the title is looked for there too, as it is when another word of the title
    comes first ("\u00b2Special Envoy"). The code before the keyword pass missed these."""
    found = mentions(f"Leaders met.\n{mark}{line}\n")
    assert [(m.claim, m.value.display) for m in found] == [expected]
