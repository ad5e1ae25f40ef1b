"""Property-based tests: random bytes and random text fed to the loader and to the number,
money and date parsers. No exception escapes but the documented ones, and the same input
always gives the same result."""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitcheck.corpus import load_source, read_text
from summitcheck.decoding import NotText, decode
from summitcheck.errors import RulesError
from summitcheck.extract import extract_source
from summitcheck.extract.context import Taken
from summitcheck.models import Day, Office, Person, Quantity, Quote
from summitcheck.normalize import numbers as num
from summitcheck.normalize.dates import DATE_PATTERN, anchor, parse_dateline, parts_of
from summitcheck.rules import load_rules, parse_rules_text

from .conftest import RULES

RULESET = load_rules(RULES)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces of news copy, so that random text often holds figures, names and dates.
WORDS = [
    "£1.6bn", "$2 billion", "€800bn", "more than", "5,000", "5 000", "over", "18", "leaders", "missiles",
    "air defence", "per cent", "5%", "one-month", "ceasefire", "48 hours", "March 2", "2 March 2025",
    "on Sunday", "last Friday", "14:00 GMT", "3pm", "10:43 PM PST", "NATO", "Secretary General",
    "Mark Rutte", "Prime Minister", "Keir Starmer", "British", "UK", "Zelenskyy", "former", "U.S.",
    "President", "Donald Trump", "summit", "said", "the", "and", "(", ")", ",", ".", "\n", "\r\n",
    "\u2019s", "\u00a0", "\u202e", "\x1b[31m", "[red]", "\u0627\u0639\u0644\u0627\u0646", "https://x.io/2025/03/02",
    "Disclaimer", "Read more:", "---", "published: 2025-03-02", "twelve", "a dozen", "dozens of", "0",
    "1e9", "9" * 40, "..", "--", "'", '"', "#", "No.", "2025", "Feb. 28", "the 27-member bloc",
]
news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=60).map(" ".join)


@SETTINGS
@given(st.binary(max_size=3000))
def test_decode_gives_text_or_a_reason_and_always_the_same(raw):
    try:
        first = decode(raw)
    except NotText as e:
        assert e.reason
        try:
            decode(raw)
        except NotText as again:
            assert again.reason == e.reason
        else:
            raise AssertionError("decode is not deterministic")
        return
    text, encoding = first
    assert isinstance(text, str) and encoding
    assert decode(raw) == first


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".pdf", ""]))
def test_loader_reads_or_skips_any_bytes(raw, suffix):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"article{suffix}"
        p.write_bytes(raw)
        s = load_source(p, "article", p.name, RULESET)
        again = load_source(p, "article", p.name, RULESET)
    assert s == again
    if s.skipped is None:
        assert s.text.strip()
        _check_ranges(s.excluded, len(s.text))
    else:
        assert s.skipped and s.text == ""


def _check_ranges(ranges, length):
    last_end = -1
    for start, end in ranges:
        assert 0 <= start < end <= length
        assert start > last_end  # sorted, apart, merged
        last_end = end


@SETTINGS
@given(news_text)
def test_extraction_of_random_copy_keeps_true_positions_and_is_deterministic(text):
    if not text.strip():
        return
    source = read_text(text, "a", "a.txt", RULESET)
    mentions = extract_source(source, RULESET)
    assert mentions == extract_source(source, RULESET)
    for m in mentions:
        assert text[m.start:m.end] == m.text
        line, column = source.position(m.start)
        assert (m.line, m.column) == (line, column)
        assert not source.is_excluded(m.start, m.end)


# any run of the words spoken numbers are made of, sense or nonsense ("point point and")
SPOKEN = st.lists(st.sampled_from([*num.SPOKEN_UNDER_100, *num.SPOKEN_DIGITS, "hundred",
                                   "thousand", "and", "point", "a", "half", "dozen"]),
                  min_size=1, max_size=8).map(" ".join)


@SETTINGS
@given(st.one_of(st.text(max_size=30), st.sampled_from(WORDS), SPOKEN))
def test_parse_number_gives_a_finite_value_and_a_precision_or_nothing(token):
    parsed = num.parse_number(token)
    assert parsed == num.parse_number(token)
    if parsed is not None:
        value, step = parsed
        assert math.isfinite(value) and step >= 0


@SETTINGS
@given(
    st.floats(min_value=0, max_value=1e13, allow_nan=False),
    st.sampled_from([0.0, 0.5, 5.0, 0.05]),
    st.sampled_from([1.0, 1e3, 1e6, 1e9]),
    st.sampled_from([None, *num.QUALIFIERS]),
    st.floats(min_value=0, max_value=0.2),
)
def test_a_figure_interval_holds_the_written_value(value, step, scale, qualifier, relative):
    lo, hi = num.interval(value, step, scale, qualifier, relative)
    assert lo <= hi
    if num.QUALIFIERS.get(qualifier or "") not in ("below", "upto"):
        assert lo <= value * scale * (1 + 1e-9) + 1e-9
    assert hi >= value * scale * (1 - 1e-9) - 1e-9 or num.QUALIFIERS.get(qualifier or "") == "below"


@SETTINGS
@given(news_text, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)),
       st.booleans())
def test_dates_anchor_to_a_real_day_or_nothing(text, reference, ahead):
    for m in DATE_PATTERN.finditer(text):
        parts = parts_of(m)
        day = anchor(parts, reference, ahead)
        assert day == anchor(parts, reference, ahead)
        if day is not None and parts.weekday is not None and parts.month is None:
            assert day.weekday() == parts.weekday
            assert abs((day - reference).days) <= 7
    line = text.splitlines()[0] if text.splitlines() else text
    found = parse_dateline(line, "Europe/London")
    assert found is None or found.tzinfo is not None


@SETTINGS
@given(st.text(max_size=400))
def test_any_rules_text_loads_or_gives_a_rules_error(text):
    try:
        parse_rules_text(text)
    except RulesError as e:
        assert str(e)


@SETTINGS
@given(st.lists(st.sampled_from(["europe", "must", "lead", "...", "peace", "us"]), max_size=12),
       st.lists(st.sampled_from(["europe", "must", "lead", "...", "peace", "us"]), max_size=12))
def test_quote_agreement_is_symmetric_and_a_prefix_always_agrees(a, b):
    qa, qb = Quote(" ".join(a), ""), Quote(" ".join(b), "")
    assert qa.compatible(qb) == qb.compatible(qa)
    prefix = Quote(" ".join(a[: len(a) // 2]), "")
    assert prefix.compatible(qa)


# ---------------------------------------------------------------- grouping's shortcuts
# A claim of an archive has thousands of distinct values: grouping tests a value against
# all firm ones through a summary of them (audit.fits_every), and a claim's values against
# each other without comparing pairs where it can (audit._all_overlap). Both must decide
# exactly as comparing value with value does.

_QUANTITIES = st.builds(
    lambda unit, lo, width: Quantity(unit, lo, lo + width, ""),
    st.sampled_from(["GBP", "USD", "count"]),
    # few numbers, so that bounds often touch
    st.one_of(st.integers(0, 6).map(float), st.sampled_from([float("-inf"), float("nan")])),
    st.one_of(st.integers(0, 3).map(float), st.just(float("inf"))))
_DAYS = st.builds(lambda offset, window: Day(dt.date(2025, 3, 2) + dt.timedelta(days=offset), window),
                  st.integers(-6, 6), st.sampled_from([1, 2, 3, 5]))
_PEOPLE = st.builds(lambda k: Person(k, k.title()), st.sampled_from(["mark-rutte", "jens-stoltenberg"]))
_OFFICES = st.builds(lambda q, t: Office("President", q, t, f"{q} {t}"),
                     st.sampled_from(["", "us", "france"]), st.sampled_from(["current", "past"]))
_QUOTES = st.builds(lambda words: Quote(" ".join(words), " ".join(words)),
                    st.lists(st.sampled_from(["europe", "must", "lead", "...", "peace", "defence",
                                              "defense"]), max_size=6))
_ANY_KIND = st.sampled_from([_QUANTITIES, _DAYS, _PEOPLE, _OFFICES, _QUOTES])


@SETTINGS
@given(_ANY_KIND.flatmap(lambda kind: st.tuples(st.lists(kind, max_size=6), kind)))
def test_a_value_fits_the_summary_of_firm_values_as_it_fits_each(case):
    from summitcheck.audit import fits_every

    firm, value = case
    assert fits_every(firm)(value) == all(f.compatible(value) for f in firm)


@SETTINGS
@given(_ANY_KIND.flatmap(lambda kind: st.lists(kind, min_size=2, max_size=7)))
def test_values_said_to_all_agree_do_agree_pair_by_pair(values):
    from summitcheck.audit import _all_overlap

    if _all_overlap(values):
        assert all(a.compatible(b) for a in values for b in values)


def test_many_excerpts_of_one_remark_are_one_claim_without_comparing_every_pair():
    """Found at archive scale: 550 excerpts of one remark took 150,000 comparisons. Each
    excerpt the start of a longer one: agreed, decided from their order alone."""
    from summitcheck.audit import _all_overlap

    words = "europe must step up and lead on defence so that peace can hold".split()
    excerpts = [Quote(" ".join(words[:n]), " ".join(words[:n])) for n in range(1, len(words) + 1)]
    assert _all_overlap(excerpts)
    wrong = Quote("europe must step back", "europe must step back")
    assert not _all_overlap([*excerpts, wrong])  # compared pair by pair, and one pair clashes
    assert not wrong.compatible(excerpts[-1])


def _one_remark_by_search(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Quote agreement as first written: a search of every way an omission can match."""
    from summitcheck.models import _spelt_alike

    seen: set[tuple[int, int]] = set()
    todo = [(0, 0)]
    while todo:
        i, j = todo.pop()
        if i == len(a) or j == len(b):
            return True
        if (i, j) in seen:
            continue
        seen.add((i, j))
        if a[i] == "...":
            todo += [(i + 1, j), (i, j + 1)]
        elif b[j] == "...":
            todo += [(i, j + 1), (i + 1, j)]
        elif a[i] == b[j] or _spelt_alike(a[i], b[j]):
            todo.append((i + 1, j + 1))
    return False


_REMARK_WORDS = st.sampled_from(["europe", "must", "lead", "...", "peace", "defence", "defense", "us"])


@SETTINGS
@given(st.lists(_REMARK_WORDS, max_size=10), st.lists(_REMARK_WORDS, max_size=10))
def test_quote_agreement_walks_word_by_word_as_the_search_of_every_omission_did(a, b):
    """The walk (linear) answers as the search did (time growing with the product of the
    lengths: 550 excerpts of one remark with omissions took 3 s)."""
    assert Quote(" ".join(a), "").compatible(Quote(" ".join(b), "")) == _one_remark_by_search(
        tuple(a), tuple(b))


_SPAN = st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1]))
_SPAN_OR_EMPTY = st.tuples(st.integers(0, 40), st.integers(-2, 8)).map(lambda t: (t[0], t[0] + max(0, t[1])))


@settings(max_examples=400, deadline=None)
@given(st.lists(_SPAN_OR_EMPTY, max_size=14), st.lists(_SPAN, min_size=1, max_size=8))
def test_taken_spans_meet_a_span_as_any_of_them_does(appended, queries):
    """Context.taken: the union of the spans claimed, bisected, against the scan of
    every span it replaced (empty spans and spans that only touch included)."""
    taken = Taken()
    for i, span in enumerate(appended):
        taken.append(span)
        for start, end in queries:
            assert taken.meets(start, end) == any(s < end and start < e for s, e in appended[:i + 1])


def _possessive_stretches_walking_back(scan: str) -> list[tuple[int, int]]:
    """names._around_possessives as it was: each apostrophe walked back to a word start."""
    from summitcheck.extract import names

    out: list[tuple[int, int, bool]] = []
    i = scan.find("'")
    while i >= 0:
        lo = max(0, i - names.POSSESSIVE_BEFORE)
        while lo > 0 and not scan[lo - 1].isspace():
            lo -= 1
        hi = min(len(scan), i + names.POSSESSIVE_AFTER)
        possessive = names._POSSESSIVE_AT.match(scan, i) is not None
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi, out[-1][2] or possessive)
        else:
            out.append((lo, hi, possessive))
        i = scan.find("'", i + 1)
    return [(lo, hi) for lo, hi, possessive in out if possessive]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "C", "'", "'s ", " ", "\n", "Canada's Justin ", "x" * 70, "  "]),
                max_size=60).map("".join))
def test_possessive_stretches_as_walking_back_from_each_apostrophe(scan):
    """The walk back from an apostrophe goes on where the last one stopped ("a'a'a'..."
    was walked to the start of the text for each)."""
    from summitcheck.extract.names import _around_possessives

    assert _around_possessives(scan) == _possessive_stretches_walking_back(scan)
