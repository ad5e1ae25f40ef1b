"""The extractors try their patterns only where a cheap search says they can
match (candidates.py). These tests check that this finds exactly what
scanning the whole text finds: on the corpora, on every planted-error variant,
and on generated text made of the words the patterns look for."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck import corpus
from summitcheck.candidates import (
    digit_starts,
    literal_prefixes,
    lowered,
    match_at,
    required_literals,
    search_at,
    sorted_starts,
)
from summitcheck.extract import dates, figures, names
from summitcheck.extract.context import vocab_for
from summitcheck.normalize.dates import DATE_PATTERN, TIME_PATTERN
from summitcheck.rules import load_rules, parse_rules_text
from summitcheck.text import _CLAUSE_BREAK, _SENTENCE_END, Segments, scan_copy, segment

from .conftest import CORPUS, ROOT, RULES
from .mutations import mutations

RULESETS = {"rules.yaml": load_rules(RULES), "built-in": parse_rules_text("")}
CORPUS_DAY = dt.date(2025, 3, 2)


def _texts() -> list[str]:
    coverage = ROOT / "tests" / "data" / "coverage"
    files = sorted(CORPUS.glob("*.txt")) + sorted(
        p for p in coverage.rglob("*.*") if p.is_file() and ".summitcheck-cache" not in p.parts)
    texts = [p.read_text(encoding="utf-8") for p in files]
    by_id = {p.stem: t for p, t in zip(files, texts, strict=True)}
    for m in mutations(CORPUS, RULESETS["rules.yaml"]):
        t = by_id[m.article]
        texts.append(t[:m.start] + m.new + t[m.end:])
    return [scan_copy(t) for t in texts]


# shapes the corpora lack
EXTRA = [
    "NATO Secretary General Mark Ru\u200btte and Prime Minister Sir Keir Star\u00admer met.",
    "It was held on the 2nd of March 2025, not the 28 February.", "Tuesday the 4th of March at noon",
    "this past Sunday evening at 2pm GMT", "Sun. 2 Mar, 12.30pm", "2025-03-02T14:00 UTC",
    "last Friday, midnight Kyiv time", "mid-March", "Mar.2", "G7 leaders met at 1400 GMT on Sun",
    "Ex-President Donald Trump and former U.S. President Joe Biden",
    "Mark Rutte, NATO's secretary general, said",
    "the French president, Emmanuel Macron, and the head of the Italian government Giorgia Meloni",
    "President of the European Commission Ursula von der Leyen", "Prime Minister Keir Starmer's 5,000+",
    "£1.6bn ($2bn), US$3 million, more than 5 000 missiles, tens of thousands, 12 per cent, 3-day",
    "ſunday, İstanbul, KELVIN K: Prime Minister ſtarmer", "over one-month, about a dozen, half a dozen",
    # letters newer than this Python's Unicode tables, numbers that are not digits (digits
    # newer than its tables are left alone on purpose: tests/test_shortcuts.py)
    "British Prime Minister \uA7CBeir Starmer said", "NATO Secretary General Mark \uA7CButte arrived.",
    "H\U00011F04 German chancellor Oa", "Leaders met.\n\u00b2Special Envoy Steve Witkoff said",
    "the Vice-President JD Vance for \U00010D50 Ukrainian President Volodymyr Zelensky.",
    "The summit was held \u00b2 March 2, 2025, at 14:00 GMT, \u2460President Macron",
]
TEXTS = _texts() + [scan_copy(t) for t in EXTRA]


def name_matches(rules, text: str, windowed: bool) -> list:
    np = names.patterns_for(rules)
    low = lowered(text) if windowed else None
    return [(form, m.span(), m.groupdict()) for form, m in names.form_matches(np, text, low)]


def date_matches(text: str, candidates: bool) -> list:
    out = []
    starts = dates.candidate_starts(text, digit_starts(text))
    for pattern, at in zip((DATE_PATTERN, TIME_PATTERN), starts, strict=True):
        found = match_at(pattern, text, at) if candidates else pattern.finditer(text)
        out.append([(m.span(), m.groupdict()) for m in found])
    return out


def figure_matches(rules, text: str, candidates: bool, every_pos: bool = False) -> list:
    fp = figures.patterns_for(rules)
    low = lowered(text)
    starts = None
    if candidates and low is not None:
        starts = sorted_starts(fp.start_words.left_starts(low), digit_starts(text))
    out = []
    for pos in range(len(text) + 1) if every_pos else [None]:
        p, found = pos or 0, []
        while True:
            m = fp.pattern.search(text, p) if starts is None else search_at(fp.pattern, text, starts, p)
            if m is None:
                break
            found.append((m.span(), m.groupdict()))
            p = m.end()
            if every_pos:
                break
        out.append(found)
    return out


@pytest.mark.parametrize("rules", RULESETS.values(), ids=RULESETS.keys())
def test_names_in_windows_are_the_names_of_the_whole_text(rules):
    found = 0
    for text in TEXTS:
        full = name_matches(rules, text, windowed=False)
        assert name_matches(rules, text, windowed=True) == full
        found += len(full)
    assert found > 100


def test_every_name_form_holds_a_title_or_head_of_or_runs_on_the_whole_text():
    """The windows are cut around titles: a form without one would be missed, unless
    it is one of the forms run over the whole text."""
    for rules in RULESETS.values():
        for form, pattern in names.patterns_for(rules).forms:
            titled = "(?P<t>" in pattern.pattern or "head|leader" in pattern.pattern
            assert titled != (form in names.UNTITLED_FORMS), form


def test_dates_and_times_at_candidates_are_those_of_the_whole_text():
    found = 0
    for text in TEXTS:
        full = date_matches(text, candidates=False)
        assert date_matches(text, candidates=True) == full
        found += len(full[0]) + len(full[1])
    assert found > 20


@pytest.mark.parametrize("rules", RULESETS.values(), ids=RULESETS.keys())
def test_figures_at_candidates_are_those_of_the_whole_text(rules):
    found = 0
    for text in TEXTS:
        full = figure_matches(rules, text, candidates=False)
        assert figure_matches(rules, text, candidates=True) == full
        found += len(full[0])
    assert found > 100


def cue_matches(rules, text: str, candidates: bool) -> list:
    v = vocab_for(rules)
    if candidates:
        return [(t.id, weak, m.span()) for t, weak, ms in v.cue_matches(text, lowered(text)) for m in ms]
    return [(t.id, weak, m.span()) for t, p, weak in v.topic_patterns for m in p.finditer(text)]


CUE_RULES = parse_rules_text(
    "topics:\n"
    "  - {id: a, kinds: [count], cues: ['(?:phone )?call', 'cease-?fire', 'x*y', 'in \\\\d{4}']}\n"
    "  - {id: b, kinds: [money], cues: ['\\\\w+ talks', 'summit', 'sum']}\n"
    "  - {id: c, kinds: [date], cues: ['[[:alpha:]]+ plan', 'Summit Talks', '-point plan']}\n")


@pytest.mark.parametrize("rules", [*RULESETS.values(), CUE_RULES], ids=[*RULESETS, "odd cues"])
def test_cues_at_their_literal_starts_are_the_cues_of_the_whole_text(rules):
    found = 0
    for text in TEXTS + [scan_copy(t) for t in CUE_TEXTS]:
        full = cue_matches(rules, text, candidates=False)
        assert cue_matches(rules, text, candidates=True) == full
        found += len(full)
    assert found > 20


CUE_TEXTS = ["a phone call, then a call; a ceasefire or cease-fire, xxy, y, in 2025, the summit talks",
             "Summit talks: summit, sum, summits, peace talks, 12-point plan, a peace plan"]


@pytest.mark.parametrize("body, prefixes", [
    ("summit", {"summit"}),
    ("(?:phone )?call", {"phone ", "call"}),
    ("cease-?fire", {"cease-", "ceasefire"}),
    ("air[- ]defen[cs]e", {"air-defence", "air-defense", "air defence", "air defense"}),
    ("(?:point|step)s?(?= plan)", {"point", "step"}),
    ("Lancaster House", {"lancaster house"}),
    ("in \\d{4}", {"in "}),
    ("x*y", {"x", "y"}),
    ("\\w+ talks", None),  # could start anywhere
    ("a|", None),  # may match nothing
    ("\\p{Lu}x", None),  # regex-module syntax: no guess
])
def test_literal_prefixes_of_a_cue(body, prefixes):
    found = literal_prefixes(body)
    assert (set(found) if found is not None else None) == prefixes


def full_segments(scan: str) -> Segments:
    """text.segment as it was, scanning the whole text."""
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(scan):
        if scan[start:m.end()].strip():
            sentences.append((start, m.end()))
        start = m.end()
    if scan[start:].strip():
        sentences.append((start, len(scan)))
    if not sentences:
        sentences.append((0, len(scan)))
    return Segments(tuple(sentences), tuple(m.start() for m in _CLAUSE_BREAK.finditer(scan)))


def test_sentences_and_clauses_at_candidates_are_those_of_the_whole_text():
    for text in TEXTS:
        assert segment(text) == full_segments(text)


def test_top_dates_at_candidates_are_those_of_the_whole_text():
    from summitcheck.normalize.dates import parts_of, valid_day
    from summitcheck.pipeline import top_dates

    for text in TEXTS + ["x" * 1990 + " March 2, 2025 and 4 March 2025"]:
        full = []
        for m in DATE_PATTERN.finditer(text, 0, min(len(text), 2000)):
            p = parts_of(m)
            if p.year and p.month and p.day and valid_day(p.year, p.month, p.day):
                full.append((p.year, p.month, p.day))
        assert [(d.year, d.month, d.day) for d in top_dates(text)] == full


@pytest.mark.parametrize("body, words", [
    (r"(?i)^\s*comments are closed", {"comments are closed"}),
    (r"(?i)^\s*(?:legal )?(?:disclaimer|disclosure)\s*:?\s*$", {"discl"}),
    (r"(?i)\b(?:watch|subscribe)\b.*\b(?:youtube|video)\b", {"watch", "subscribe"}),
    (r"a|", None),
    (r"\d+", None),
])
def test_required_literals_of_a_boilerplate_pattern(body, words):
    found = required_literals(body)
    assert (set(found) if found is not None else None) == words


WORDS = [
    "British", "Prime", "Minister", "prime minister", "Keir", "Starmer", "the", "The", "of", "and",
    "former", "ex-", "Former", "NATO", "Secretary-General", "Secretary General", "secretary general",
    "President", "president", "Chancellor", "head", "leader", "government", "state", "Ursula",
    "von", "der", "Leyen", "said", "who", "Mr", "'s", "U.S.", "Zelenskiy", "Italian", "Ukraine",
    "March", "Mar.", "2", "2nd", "02", "Sunday", "Sun.", "on", "last", "this", "past", "next",
    "14:00", "2pm", "GMT", "noon", "midnight", "2025-03-02", "28", "February", "at",
    "£1.6", "$", "US$", "billion", "bn", "m", "more than", "over", "about", "up to", "5 000", "5,000",
    "1.6", "one", "One-Month", "a dozen", "dozens", "tens of thousands", "half a dozen", "%",
    "per cent", "٢", "٣٠", "١٤:٠٠", "missiles", "leaders", "summit", "ſ", "İ", "K", "é", "—", "-", "–",
    "ceasefire",
    "cease-fire", "phone", "call", "air-defence", "White House", "Lancaster", "House", "σ", "ς",
    "but", "while", "as well as", "compared with", "up from", "after", "before", ":", "!", "?", "\r",
]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "; ", "(", ")", '"', "'", "", "  ", "\u2019"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_generated_text_gives_the_same_matches_either_way(parts):
    text = scan_copy("".join(w + s for w, s in parts))
    assert date_matches(text, True) == date_matches(text, False)
    for rules in RULESETS.values():
        assert name_matches(rules, text, True) == name_matches(rules, text, False)
        assert figure_matches(rules, text, True, every_pos=True) == figure_matches(
            rules, text, False, every_pos=True)
        assert cue_matches(rules, text, True) == cue_matches(rules, text, False)
    assert segment(text) == full_segments(text)


# a line and its line break, as the loader splits them
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def plain_boilerplate(text: str, lines: list[tuple[int, int]], rules) -> list[tuple[int, int]]:
    """corpus._boilerplate as it was: every pattern tried on every line, in turn."""
    import regex

    out, seen = [], set()
    for s, e in lines:
        line = text[s:e].rstrip("\r\n")
        key = " ".join(line.split())
        if not key:
            continue
        if key in seen and len(key) < 300:
            out.append((s, e))
            continue
        seen.add(key)
        for b in rules.boilerplate:
            if regex.search(b.get("pattern"), line):
                if b.get("scope", "line") == "rest":
                    return out + [(s, len(text))]
                out.append((s, e))
                break
    return out


def _page_texts() -> list[str]:
    from summitcheck.corpus import HTML_TYPES, decode_source

    rules = RULESETS["built-in"]
    out = []
    for p in sorted((ROOT / "tests" / "data" / "html").rglob("*")):
        if p.suffix.lower() in HTML_TYPES:
            source = decode_source(p.read_bytes(), p, p.stem, str(p), rules)
            if source.skipped is None:
                out.append(source.text)
    return out


BOILERPLATE_TEXTS = [
    "Share\nTweet this\n12 shares\nPicture: PA Wire\n(AP Photo/Christophe Ena, Pool)\n14:32 GMT\n"
    "Summit talks [Photo by someone via Reuters]\nREUTERS/Toby Melville\nPhotograph: Getty\n"
    "Published: 02/03/2025 21:15\nAll rights reserved\nLegal disclaimer:\nthe rest\n",
    "sponsored content\nNATO Secretary General Mark Rutte\n", "ap]\nepa]\n\u017fhare\nSHARE\n",
    "Follow\u00a0us on X\nfollow us on X\nDon\u2019t miss it \u2014 Sign\u00a0up for our newsletter\n"
    "\u201cShare\u201d\nPhoto:\u00a0Reuters\nComments are\u00a0closed\n",
]


@pytest.mark.parametrize("rules", RULESETS.values(), ids=RULESETS.keys())
def test_boilerplate_tried_where_its_words_are_is_the_boilerplate_of_every_line(rules):
    from summitcheck.corpus import _boilerplate, _line_spans
    from summitcheck.models import line_starts

    found = 0
    for text in TEXTS + _page_texts() + BOILERPLATE_TEXTS:
        lines = [(m.start(), m.end()) for m in LINE.finditer(text) if m.end() > m.start()]
        assert _line_spans(text, line_starts(text), 0) == lines
        full = plain_boilerplate(text, lines, rules)
        assert _boilerplate(text, lines, rules, "x", []) == full
        found += len(full)
    assert found > 50


def test_dateline_shortcuts_give_what_the_patterns_give():
    """parse_dateline gives up on a line without "19" or "20", wire_dateline on one
    without a short place before its first comma and a dash: each such line gives
    nothing with the patterns alone either."""
    import regex

    from summitcheck.normalize import dates as nd

    lines = [line for text in TEXTS + _page_texts() for line in text.splitlines()] + [
        "LONDON, March 2 (Reuters) - Leaders met.", "  KYIV/LONDON, Sun March 2 - x",
        "ANCHORAGE, Alaska, Aug 15 (Reuters) \u2014 Trump", "March 02, 2025 10:43 PM PST | By Invezz",
        "Updated 1:33 PM EST, Sun March 2, 2025", "2 Mar 2025", "Published: 2025-03-02",
        "A" * 83 + ", March 2 - x", "A" * 84 + ", March 2 - x"]
    assert len(lines) > 200
    wire = regex.compile(nd._WIRE.pattern)
    for line in lines:
        m = wire.match(line)
        if m is not None:
            assert nd.wire_dateline(line, None) is not None or nd.DATE_PATTERN.fullmatch(
                m.group("date").strip()) is None or nd.parts_of(nd.DATE_PATTERN.fullmatch(
                    m.group("date").strip())).month is None, line
        else:
            assert nd.wire_dateline(line, None) is None
        text = line.strip()
        if nd.DATE_PATTERN.search(text) and "19" not in text and "20" not in text:
            assert nd.parts_of(nd.DATE_PATTERN.search(text)).year is None


def test_the_space_characters_of_the_window_walk_are_those_of_str_isspace():
    from summitcheck.candidates import _SPACES

    assert set(_SPACES) == {chr(c) for c in range(0x110000) if chr(c).isspace()}


def test_the_regex_modules_spaces_are_str_isspace_spaces():
    """Context.qualifier_ending_at skips white space with str.isspace before trying a
    pattern that ends in \\s+: every \\s of the pattern must be one of those."""
    import regex

    space = regex.compile(r"\s")
    assert [c for c in range(0x110000) if space.match(chr(c)) and not chr(c).isspace()] == []


def test_lower_case_keeps_letters_and_digits_apart_from_the_rest():
    """The shared keyword pass checks the character before a keyword in the lower-cased
    copy; the sets found as written check it in the text: the same answer."""
    from summitcheck.candidates import _FOLD_TRAPS

    for c in map(chr, range(0x30000)):
        low = c.lower()
        if len(low) == 1 and not _FOLD_TRAPS.match(c):
            assert low.isalnum() == c.isalnum(), hex(ord(c))


def _each_sets_own_hits(rules, text: str) -> dict:
    from summitcheck.text import _CLAUSE_WORDS

    low = lowered(text)
    return {
        "cues": vocab_for(rules).cue_words.left_hits(low),
        "clause": [(s, text[s:s + 12]) for s in _CLAUSE_WORDS.left_starts(text)],
        "dates": dates._START_WORDS.left_hits(text),
        "figures": [(s, low[s:s + 12]) for s in figures.patterns_for(rules).start_words.left_starts(low)],
        "names": names.patterns_for(rules).triggers.hits(low),
    }


@pytest.mark.parametrize("rules", [*RULESETS.values(), CUE_RULES], ids=[*RULESETS, "odd cues"])
def test_one_keyword_pass_finds_what_each_set_finds_alone(rules):
    from summitcheck.candidates import keyword_sets

    kw = keyword_sets(rules)
    found = 0
    for text in TEXTS + [scan_copy(t) for t in CUE_TEXTS]:
        low = lowered(text)
        if low is None:
            continue
        shared = kw.hits(low, text)
        alone = _each_sets_own_hits(rules, text)
        assert sorted(shared["boilerplate"]) == sorted(
            corpus._boilerplate_patterns(rules).words.hits(low))
        for name in ("cues", "dates"):
            assert sorted(shared[name]) == sorted(alone[name]), name
        for name in ("clause", "figures"):
            assert sorted(s for s, _ in shared[name]) == sorted(s for s, _ in alone[name]), name
        assert sorted(shared["names"]) == sorted(alone["names"])
        found += sum(map(len, shared.values()))
    assert found > 1000


def test_a_qualifier_before_a_cue_is_found_as_the_pattern_alone_finds_it():
    from summitcheck.extract.context import _RUN_BEFORE

    for rules in RULESETS.values():
        v = vocab_for(rules)
        for text in TEXTS + EXTRA:
            for start in range(len(text) + 1):
                m = _RUN_BEFORE.search(text, max(0, start - 48), start)
                q = None
                if m is not None:
                    words = m.group(1).split(" ")
                    for k in range(len(words), 0, -1):
                        cand = " ".join(words[-k:])
                        cand = cand[:-2] if cand.endswith("'s") else cand.rstrip("'")
                        if (q := v.qualifier_of.get(cand)) is not None:
                            break
                assert v.qualifier_ending_at(text, start) is q, (text[max(0, start - 48):start], start)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_generated_text_gives_the_same_keywords_in_one_pass(parts):
    from summitcheck.candidates import keyword_sets

    text = scan_copy("".join(w + s for w, s in parts))
    low = lowered(text)
    if low is None:
        return
    for rules in RULESETS.values():
        shared = keyword_sets(rules).hits(low, text)
        alone = _each_sets_own_hits(rules, text)
        assert sorted(shared["cues"]) == sorted(alone["cues"])
        assert sorted(shared["dates"]) == sorted(alone["dates"])
        for name in ("clause", "figures"):
            assert sorted(s for s, _ in shared[name]) == sorted(s for s, _ in alone[name])


def walked_stretch(text: str, s: int, e: int, allowed: frozenset[str]) -> tuple[int, int, int]:
    """candidates._stretch walked one character at a time, as it was written first."""
    import regex

    from summitcheck.candidates import _SPACES

    def word(c: str) -> bool:
        return regex.match(r"[\p{L}\p{Cf}]", c) is not None

    def upper(c: str) -> bool:
        return regex.match(r"\p{Lu}", c) is not None

    separators, joiners = set(_SPACES) | set(",.'-"), set(".'-")
    n, lo = len(text), s
    while lo > 0:
        if word(text[lo - 1]):
            k = lo - 1
            while k > 0 and word(text[k - 1]):
                k -= 1
            if upper(text[k]) or text[k:lo].lower() in allowed or (k > 0 and text[k - 1] in joiners):
                lo = k
                continue
            break
        if text[lo - 1] in separators:
            lo -= 1
            continue
        break
    hi = e
    while hi < n:
        if word(text[hi]):
            k = hi
            while k < n and word(text[k]):
                k += 1
            if upper(text[hi]) or text[hi:k].lower() in allowed or (hi > 0 and text[hi - 1] in joiners):
                hi = k
                continue
            return lo, hi, hi
        if text[hi] in separators:
            hi += 1
            continue
        return lo, hi, hi + 1
    return lo, n, n


def _stretch_cases(text: str):
    from summitcheck.candidates import _stretch

    low = lowered(text)
    if low is None:
        return
    for rules in RULESETS.values():
        np = names.patterns_for(rules)
        for s, e in np.triggers.starts(low):
            assert _stretch(text, s, e, np.allowed) == walked_stretch(text, s, e, np.allowed), (text, s)


def test_stretches_walked_by_the_pattern_are_those_walked_a_character_at_a_time():
    for text in TEXTS + [scan_copy(t) for t in EXTRA] + [
            "x.yz Prime Minister O'neil said", "the xPrime Minister of the UK", "\u00adPresident\u00ad x"]:
        _stretch_cases(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_generated_stretches_walked_either_way_agree(parts):
    _stretch_cases(scan_copy("".join(w + s for w, s in parts)))


def test_clause_marks_are_where_the_punctuation_and_spaces_before_dashes_are():
    from summitcheck.text import _clause_marks

    every = re.compile(r"[,:;()\u2014]|\s(?=[-\u2013\u2014])")
    for text in TEXTS + ["a -b\u2014c \u2014 d\t\u2013 e,f:(g);h -", "- x", "\x1c-y"]:
        assert sorted(_clause_marks(text)) == [m.start() for m in every.finditer(text)]


@pytest.mark.parametrize("body, needs", [
    (r"\d+", True), (r"[0-9]{2}:\d\d", True), (r"(?i)^\s*(?:updated\s+)?(?:\d{1,2}|[0-9]x)$", True),
    (r"(?:\d|x)", False), (r"\d*", False), (r"a|", False), (r"[^0-9]", False), (r"\p{Nd}", False),
    (r"(?i)^\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$", True),
])
def test_a_pattern_whose_matches_need_a_digit(body, needs):
    from summitcheck.candidates import needs_digit

    assert needs_digit(body) is needs


def test_a_mention_made_by_the_context_is_the_mention_the_dataclass_makes():
    import dataclasses

    from summitcheck.extract.context import Context
    from summitcheck.models import Day, Kind, Mention, Source

    ctx = Context(Source("a", "a.txt", "On March 2 leaders met."), RULESETS["built-in"],
                  vocab_for(RULESETS["built-in"]))
    m = ctx.mention(Kind.DATE, "summit-date", "Date of the summit", Day(CORPUS_DAY), 3, 10, "neighbour")
    expected = Mention("a", Kind.DATE, "summit-date", "Date of the summit", Day(CORPUS_DAY), 3, 10, 1, 4,
                       "March 2", inferred=True, remote=True)
    assert m == expected and repr(m) == repr(expected)
    assert list(vars(m)) == [f.name for f in dataclasses.fields(Mention)]


@pytest.mark.parametrize("body, bounded", [
    ("summit", True), ("missiles?", True), ("air[- ]defen[cs]e", True), ("(?:point|step)s?(?= plan)", True),
    ("(?:anti-aircraft|air[- ]defen[cs]e|surface-to-air) missiles?", True), ("a{0,5}b{0,5}", True),
    ("(?:x|xx)+y", False), ("(x+x+)+y", False), (r"\w+ talks", False), ("x.*y", False),
    ("a{0,50}b{0,50}", False), ("(?:ab?){0,10}", False), (r"(a)\1", False), (r"\p{Lu}x", False),
    (r"(?i)^\s*comments", False),
])
def test_a_pattern_that_cannot_backtrack_for_ever(body, bounded):
    """Such a pattern of a rules file runs without the clock: every attempt to match
    at one position does a bounded amount of work."""
    from summitcheck.candidates import bounded_work

    assert bounded_work(body) is bounded


def test_digit_runs_are_those_of_pythons_digits():
    """digit_starts finds runs with the regex module and keeps those of the digits
    Python reads: the same as re's \\d+ (every digit of Python's is the regex module's)."""
    import regex

    assert [c for c in range(0x110000) if chr(c).isdecimal() and not regex.match(r"\d", chr(c))] == []
    for text in TEXTS + ["1\U00010D41 2\u0662\u0663 \U0001E4F2\U0001E4F3 45 \U00011F52x9"]:
        assert digit_starts(text) == [m.start() for m in re.finditer(r"\d+", text)]


def test_numbers_that_str_isalnum_takes_and_patterns_do_not_take_for_word_characters():
    """names._ODD_NUMERIC holds every character str.isalnum takes for a letter or digit
    and the patterns do not take for \\w (a title after one is no trigger but may
    start a form)."""
    import regex

    from summitcheck.extract.names import _ODD_NUMERIC

    word = regex.compile(r"\w")
    odd = [c for c in map(chr, range(0x110000)) if c.isalnum() and not word.match(c)]
    assert len(odd) > 100 and all(_ODD_NUMERIC.match(c) for c in odd)


def test_every_cue_of_the_built_in_pack_starts_with_a_literal():
    # a cue that can start anywhere ("\w+ American gathering") is tried at every position of
    # every article: the one that did cost a third of the archive's extraction time
    rules = parse_rules_text("")
    scanned_whole = [(t.id, c) for t in rules.topics for c in [*t.get("cues", ()), *t.get("weak_cues", ())]
                     if literal_prefixes(c) is None]
    assert scanned_whole == []
    # ...and so does each topic's pattern, made of all its cues (with too many starts
    # to list, the other-events topic was scanned whole: cues three times slower)
    vocab = vocab_for(rules)
    assert [t.id for (t, _, _), p in zip(vocab.topic_patterns, vocab.cue_prefixes, strict=True)
            if p is None] == []
