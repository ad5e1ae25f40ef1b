"""Exact output of every format, on an AuditResult built by hand from the models.

The expected texts below are written from the format specification (and the
renderer code where the specification is silent), not copied from a run.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck.models import (
    AuditResult,
    Claim,
    ClaimValue,
    Day,
    Kind,
    Mention,
    Person,
    Quantity,
    Source,
    Status,
    line_starts,
)
from summitcheck.report import FORMATS, RenderOptions

ESC = "\x1b"
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE

# ------------------------------------------------------------------ the result

TEXT_A = (
    "Leaders met in London on Sunday.\n"
    "Britain pledged £3 billion for missiles.\n"
    "NATO Secretary General Mark Rutte spoke.\n"
)
TEXT_B = "Leaders met in London.\r\nBritain pledged £1.6 billion for missiles.\r\n"
TEXT_C = (
    "Britain pledged £3 billion for missiles, and more than 12 leaders came.\n"
    "Mark Rutte attended."
)

THREE_BN = Quantity("GBP", 2.94e9, 3.06e9, "£3 billion")
ONE_SIX_BN = Quantity("GBP", 1.568e9, 1.632e9, "£1.6 billion")
MORE_THAN_12 = Quantity("count", 13, 13, "more than 12", approximate=True)
RUTTE = Person("mark-rutte", "Mark Rutte")
SUMMIT_DAY = Day(dt.date(2025, 3, 2))


def source(sid: str, path: str, text: str, **kw) -> Source:
    return Source(id=sid, path=path, text=text, encoding="utf-8", format="text",
                  line_starts=line_starts(text), **kw)


SRC_A = source(
    "a", "corpus/a.txt", TEXT_A,
    published=dt.datetime(2025, 3, 2, 10, 43, tzinfo=dt.UTC),
    title="Summit in London", outlet="Example News", url="https://example.org/a",
)
SRC_B = source("b", "corpus/b.txt", TEXT_B)
SRC_C = source("c", "corpus/c.txt", TEXT_C)
SRC_EMPTY = Source(id="empty", path="corpus/empty.txt", skipped="empty")
SRC_IMAGE = Source(id="image", path="corpus/image.png", skipped="unsupported file type '.png'")


def mention(src: Source, kind: Kind, claim: str, label: str, value, fragment: str,
            inferred: bool = False) -> Mention:
    """A mention of `fragment` (its first occurrence) with the position the models compute."""
    start = src.text.index(fragment)
    line, column = src.position(start)
    return Mention(
        source=src.id, kind=kind, claim=claim, label=label, value=value,
        start=start, end=start + len(fragment), line=line, column=column, text=fragment,
        inferred=inferred,
    )


MONEY = "Money for air-defence missiles"
M_A_DATE = mention(SRC_A, Kind.DATE, "summit-date", "Date of the summit", SUMMIT_DAY, "Sunday")
M_A_MONEY = mention(SRC_A, Kind.FIGURE, "money-missiles", MONEY, THREE_BN, "£3 billion")
M_A_NAME = mention(SRC_A, Kind.NAME, "nato-secretary-general", "NATO Secretary General",
                   RUTTE, "Mark Rutte")
M_B_MONEY = mention(SRC_B, Kind.FIGURE, "money-missiles", MONEY, ONE_SIX_BN, "£1.6 billion")
M_C_MONEY = mention(SRC_C, Kind.FIGURE, "money-missiles", MONEY, THREE_BN, "£3 billion")
M_C_COUNT = mention(SRC_C, Kind.FIGURE, "count-leaders", "Number of leaders", MORE_THAN_12,
                    "more than 12")
M_C_NAME = mention(SRC_C, Kind.NAME, "nato-secretary-general", "NATO Secretary General",
                   RUTTE, "Mark Rutte", inferred=True)

# Deliberately out of order: the renderers sort claims by (kind, id) ...
CLAIMS = (
    Claim("nato-secretary-general", Kind.NAME, "NATO Secretary General", Status.AGREED, (
        ClaimValue("Mark Rutte", ("a", "c"), (M_A_NAME, M_C_NAME)),
    )),
    # ... but keep a claim's values in the claim's order (here not alphabetical).
    Claim("money-missiles", Kind.FIGURE, MONEY, Status.DISPUTED, (
        ClaimValue("£3 billion", ("a", "c"), (M_A_MONEY, M_C_MONEY)),
        ClaimValue("£1.6 billion", ("b",), (M_B_MONEY,)),
    )),
    Claim("summit-date", Kind.DATE, "Date of the summit", Status.SINGLE, (
        ClaimValue("2025-03-02 (Sunday)", ("a",), (M_A_DATE,)),
    )),
    Claim("count-leaders", Kind.FIGURE, "Number of leaders", Status.SINGLE, (
        ClaimValue("more than 12", ("c",), (M_C_COUNT,)),
    )),
)

RESULT = AuditResult(
    sources=(SRC_A, SRC_B, SRC_C, SRC_EMPTY, SRC_IMAGE),
    claims=CLAIMS,
    rules_path="rules.yaml",
)

SUMMARY = "3 sources read, 2 skipped; 4 claims: 1 agreed, 1 disputed, 2 single-source"


def render(fmt: str, result: AuditResult = RESULT, **options) -> str:
    out = io.StringIO()
    FORMATS[fmt](result, out, RenderOptions(**options))
    return out.getvalue()


# ------------------------------------------------------------------ the models


def test_hand_built_positions_are_one_based_lines_and_columns():
    # the positions the json must show, counted by hand (LF, CRLF and no final newline)
    assert (M_A_DATE.start, M_A_DATE.end, M_A_DATE.line, M_A_DATE.column) == (25, 31, 1, 26)
    assert (M_A_MONEY.start, M_A_MONEY.end, M_A_MONEY.line, M_A_MONEY.column) == (49, 59, 2, 17)
    assert (M_A_NAME.start, M_A_NAME.end, M_A_NAME.line, M_A_NAME.column) == (97, 107, 3, 24)
    assert (M_B_MONEY.start, M_B_MONEY.end, M_B_MONEY.line, M_B_MONEY.column) == (40, 52, 2, 17)
    assert (M_C_MONEY.start, M_C_MONEY.end, M_C_MONEY.line, M_C_MONEY.column) == (16, 26, 1, 17)
    assert (M_C_COUNT.start, M_C_COUNT.end, M_C_COUNT.line, M_C_COUNT.column) == (45, 57, 1, 46)
    assert (M_C_NAME.start, M_C_NAME.end, M_C_NAME.line, M_C_NAME.column) == (72, 82, 2, 1)


def test_summary_counts_read_skipped_and_statuses():
    s = RESULT.summary
    assert (s.sources, s.skipped, s.claims) == (3, 2, 4)
    assert (s.agreed, s.disputed, s.single_source) == (1, 1, 2)


def test_formats_registry_has_exactly_the_five_formats():
    assert set(FORMATS) == {"plain", "json", "csv", "markdown", "table"}


# ------------------------------------------------------------------ plain


def test_plain_exact_output():
    expected = (
        "date\tsummit-date\tDate of the summit\tsingle-source\t2025-03-02 (Sunday)\ta\n"
        "figure\tcount-leaders\tNumber of leaders\tsingle-source\tmore than 12\tc\n"
        "figure\tmoney-missiles\tMoney for air-defence missiles\tdisputed\t£3 billion\ta,c\n"
        "figure\tmoney-missiles\tMoney for air-defence missiles\tdisputed\t£1.6 billion\tb\n"
        "name\tnato-secretary-general\tNATO Secretary General\tagreed\tMark Rutte\ta,c\n"
        "skipped\tcorpus/empty.txt\tempty\n"
        "skipped\tcorpus/image.png\tunsupported file type '.png'\n"
        "# 3 sources read, 2 skipped; 4 claims: 1 agreed, 1 disputed, 2 single-source\n"
    )
    assert render("plain") == expected


def test_plain_ignores_the_color_option():
    assert render("plain", color=True) == render("plain", color=False)


def test_plain_of_an_empty_result_is_the_summary_alone():
    empty = AuditResult(sources=(), claims=())
    assert render("plain", empty) == (
        "# 0 sources read, 0 skipped; 0 claims: 0 agreed, 0 disputed, 0 single-source\n"
    )


# ------------------------------------------------------------------ csv


def test_csv_exact_output():
    expected = (
        "kind,claim,label,status,value,sources\n"
        "date,summit-date,Date of the summit,single-source,2025-03-02 (Sunday),a\n"
        "figure,count-leaders,Number of leaders,single-source,more than 12,c\n"
        'figure,money-missiles,Money for air-defence missiles,disputed,£3 billion,"a,c"\n'
        "figure,money-missiles,Money for air-defence missiles,disputed,£1.6 billion,b\n"
        'name,nato-secretary-general,NATO Secretary General,agreed,Mark Rutte,"a,c"\n'
    )
    assert render("csv") == expected


def test_csv_neutralises_cells_that_look_like_formulas():
    m = M_B_MONEY
    result = AuditResult(
        sources=(SRC_B,),
        claims=(Claim("percent-change", Kind.FIGURE, '=HYPERLINK("http://x","y")', Status.SINGLE, (
            ClaimValue("-0.5%", ("@home",), (m,)),
            ClaimValue("+3%", ("b",), (m,)),
            ClaimValue("a=b", ("b",), (m,)),
        )),),
    )
    expected = (
        "kind,claim,label,status,value,sources\n"
        """figure,percent-change,"'=HYPERLINK(""http://x"",""y"")",single-source,'-0.5%,'@home\n"""
        """figure,percent-change,"'=HYPERLINK(""http://x"",""y"")",single-source,'+3%,b\n"""
        """figure,percent-change,"'=HYPERLINK(""http://x"",""y"")",single-source,a=b,b\n"""
    )
    assert render("csv", result) == expected


# ------------------------------------------------------------------ markdown


def test_markdown_exact_output():
    expected = (
        "| kind | claim | label | status | value | sources |\n"
        "|---|---|---|---|---|---|\n"
        "| date | summit-date | Date of the summit | single-source | 2025-03-02 (Sunday) | a |\n"
        "| figure | count-leaders | Number of leaders | single-source | more than 12 | c |\n"
        "| figure | money-missiles | Money for air-defence missiles | disputed | £3 billion"
        " | a,c |\n"
        "| figure | money-missiles | Money for air-defence missiles | disputed | £1.6 billion"
        " | b |\n"
        "| name | nato-secretary-general | NATO Secretary General | agreed | Mark Rutte | a,c |\n"
        "\n"
        "3 sources read, 2 skipped; 4 claims: 1 agreed, 1 disputed, 2 single-source\n"
        "\n"
        "Skipped:\n"
        "\n"
        "- `corpus/empty.txt`: empty\n"
        "- `corpus/image.png`: unsupported file type '.png'\n"
    )
    assert render("markdown") == expected


def test_markdown_escapes_a_pipe_so_the_table_keeps_its_columns():
    result = AuditResult(
        sources=(SRC_B,),
        claims=(Claim("money-missiles", Kind.FIGURE, "Money | missiles", Status.SINGLE, (
            ClaimValue("£1.6 billion", ("b",), (M_B_MONEY,)),
        )),),
    )
    row = render("markdown", result).splitlines()[2]
    assert row == (
        "| figure | money-missiles | Money \\| missiles | single-source | £1.6 billion | b |"
    )


# ------------------------------------------------------------------ json


def _sorted_keys(pairs):
    keys = [k for k, _ in pairs]
    assert keys == sorted(keys), f"keys not sorted: {keys}"
    return dict(pairs)


def _mention_json(source, line, column, start, end, text, inferred=False):
    return {"source": source, "line": line, "column": column, "start": start, "end": end,
            "text": text, "inferred": inferred}


EXPECTED_JSON = {
    "schema": "summitcheck.audit/1",
    "rules": "rules.yaml",
    "warnings": [],
    "sources": [
        {"id": "a", "path": "corpus/a.txt", "skipped": None,
         "published": "2025-03-02T10:43:00+00:00", "title": "Summit in London",
         "outlet": "Example News", "url": "https://example.org/a", "encoding": "utf-8",
         "format": "text", "warnings": []},
        {"id": "b", "path": "corpus/b.txt", "skipped": None, "published": None, "title": None,
         "outlet": None, "url": None, "encoding": "utf-8", "format": "text", "warnings": []},
        {"id": "c", "path": "corpus/c.txt", "skipped": None, "published": None, "title": None,
         "outlet": None, "url": None, "encoding": "utf-8", "format": "text", "warnings": []},
        {"id": "empty", "path": "corpus/empty.txt", "skipped": "empty", "published": None,
         "title": None, "outlet": None, "url": None, "encoding": None, "format": None,
         "warnings": []},
        {"id": "image", "path": "corpus/image.png", "skipped": "unsupported file type '.png'",
         "published": None, "title": None, "outlet": None, "url": None, "encoding": None,
         "format": None, "warnings": []},
    ],
    "claims": [
        {"id": "summit-date", "kind": "date", "label": "Date of the summit",
         "status": "single-source", "values": [
             {"value": "2025-03-02 (Sunday)", "sources": ["a"], "inferred": False,
              "mentions": [_mention_json("a", 1, 26, 25, 31, "Sunday")]},
         ]},
        {"id": "count-leaders", "kind": "figure", "label": "Number of leaders",
         "status": "single-source", "values": [
             {"value": "more than 12", "sources": ["c"], "inferred": False,
              "mentions": [_mention_json("c", 1, 46, 45, 57, "more than 12")]},
         ]},
        {"id": "money-missiles", "kind": "figure", "label": "Money for air-defence missiles",
         "status": "disputed", "values": [
             {"value": "£3 billion", "sources": ["a", "c"], "inferred": False,
              "mentions": [_mention_json("a", 2, 17, 49, 59, "£3 billion"),
                           _mention_json("c", 1, 17, 16, 26, "£3 billion")]},
             {"value": "£1.6 billion", "sources": ["b"], "inferred": False,
              "mentions": [_mention_json("b", 2, 17, 40, 52, "£1.6 billion")]},
         ]},
        {"id": "nato-secretary-general", "kind": "name", "label": "NATO Secretary General",
         "status": "agreed", "values": [
             {"value": "Mark Rutte", "sources": ["a", "c"], "inferred": False,
              "mentions": [_mention_json("a", 3, 24, 97, 107, "Mark Rutte"),
                           _mention_json("c", 2, 1, 72, 82, "Mark Rutte", inferred=True)]},
         ]},
    ],
    "summary": {"sources": 3, "skipped": 2, "claims": 4, "agreed": 1, "disputed": 1,
                "single_source": 2},
}


def test_json_exact_document():
    assert json.loads(render("json")) == EXPECTED_JSON


def test_json_keys_are_sorted_at_every_level():
    json.loads(render("json"), object_pairs_hook=_sorted_keys)


def test_json_is_one_document_ending_in_a_newline():
    out = render("json")
    assert out.endswith("}\n")
    assert not out.endswith("\n\n")


def test_json_every_mention_has_its_position_and_text():
    doc = json.loads(render("json"))
    mentions = [m for c in doc["claims"] for v in c["values"] for m in v["mentions"]]
    assert len(mentions) == 7
    for m in mentions:
        assert {"source", "line", "column", "start", "end", "text"} <= set(m)


def test_json_lists_every_source_skipped_ones_with_their_reason():
    doc = json.loads(render("json"))
    assert [s["id"] for s in doc["sources"]] == ["a", "b", "c", "empty", "image"]
    assert {s["id"]: s["skipped"] for s in doc["sources"]} == {
        "a": None, "b": None, "c": None,
        "empty": "empty", "image": "unsupported file type '.png'",
    }


# ------------------------------------------------------------------ table


def test_table_without_colour_has_no_escape_and_shows_statuses_as_words():
    out = render("table", color=False, width=200)
    assert ESC not in out
    lines = out.splitlines()

    def line_with(*parts: str) -> int:
        pattern = re.compile(".*".join(re.escape(p) for p in parts))
        found = [i for i, line in enumerate(lines) if pattern.search(line)]
        assert len(found) == 1, (parts, out)
        return found[0]

    disputed = line_with("disputed", "figure", MONEY, "£3 billion  [a, c]")
    assert "£1.6 billion  [b]" in lines[disputed + 1]
    agreed = line_with("agreed", "name", "NATO Secretary General", "Mark Rutte  [a, c]")
    single_date = line_with("single-source", "date", "Date of the summit",
                            "2025-03-02 (Sunday)  [a]")
    single_count = line_with("single-source", "figure", "Number of leaders", "more than 12  [c]")
    # disputed first, then agreed, then single-source (common.claims_for_reading)
    assert disputed < agreed < single_date < single_count
    assert "skipped corpus/empty.txt: empty" in lines
    assert "skipped corpus/image.png: unsupported file type '.png'" in lines
    assert lines[-1] == SUMMARY


@pytest.mark.parametrize(("count", "listed", "more"), [(13, 13, None), (14, 12, 2), (2500, 12, 2488)])
def test_table_lists_a_dozen_sources_of_a_value_and_counts_the_rest(count, listed, more):
    """An archive's agreed claim has thousands of sources: the terminal table lists 12 and
    says how many more (listing one more never takes a "1 more"); the legend names only
    the ids listed. The other formats list them all."""
    sources = [source(f"{i:05d}_wire-copy", f"corpus/{i:05d}_wire-copy.txt", TEXT_A) for i in range(count)]
    ids = tuple(s.id for s in sources)
    result = AuditResult(sources=tuple(sources), claims=(
        Claim("money-missiles", Kind.FIGURE, MONEY, Status.AGREED, (
            ClaimValue("£3 billion", ids, ()),)),))
    table = render("table", result, color=False, width=100000)
    line = next(line for line in table.splitlines() if "£3 billion" in line)
    shown = re.search(r"\[(.*)\]", line).group(1).split(", ")
    if more is None:
        assert shown == [f"{i:05d}" for i in range(count)]
    else:
        assert shown[:-1] == [f"{i:05d}" for i in range(listed)]
        assert shown[-1] == f"… {more:,} more"
    legend = next(line for line in table.splitlines() if line.startswith("sources: "))
    assert legend.count(" = ") == listed
    assert f"{count - 1:05d}_wire-copy" in render("plain", result)


def test_table_with_colour_has_escape_codes_and_still_the_words(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    out = render("table", color=True, width=200)
    assert ESC in out
    plain_text = re.sub(r"\x1b\[[0-9;]*m", "", out)
    for word in ("disputed", "agreed", "single-source"):
        assert re.search(rf"(?<![\w-]){word}(?![\w-])", plain_text), word


# ------------------------------------------------------------------ hostile text

EVIL = "\x1b[31m[red]x[/red]" + RLO
EVIL_VALUE = "£3 billion " + EVIL
EVIL_ID = "evil" + EVIL
EVIL_PATH = "corpus/" + EVIL + ".txt"
EVIL_TEXT = "Britain pledged " + EVIL_VALUE + " for missiles.\n"

SRC_EVIL = source(EVIL_ID, "corpus/evil.txt", EVIL_TEXT)
SRC_EVIL_SKIPPED = Source(id="evil2", path=EVIL_PATH, skipped="empty")
M_EVIL = mention(SRC_EVIL, Kind.FIGURE, "money-missiles", "Money", THREE_BN, EVIL_VALUE)
EVIL_RESULT = AuditResult(
    sources=(SRC_EVIL, SRC_EVIL_SKIPPED),
    claims=(Claim("money-missiles", Kind.FIGURE, "Money", Status.SINGLE, (
        ClaimValue(EVIL_VALUE, (EVIL_ID,), (M_EVIL,)),
    )),),
)
# what safe() shows instead of the control and bidi characters
SHOWN = "\\x1b[31m[red]x[/red]\\u202e"


@pytest.mark.parametrize("fmt", ["plain", "markdown", "table"])
def test_hostile_text_is_escaped_for_the_terminal(fmt):
    out = render(fmt, EVIL_RESULT, color=False, width=300)
    assert ESC not in out
    assert RLO not in out
    # the rich markup is shown literally, never interpreted
    assert out.count("[red]x[/red]") == 3  # value, source id, skipped path
    assert out.count("x1b[31m") == 3
    assert out.count("u202e") == 3


def test_hostile_text_stays_escaped_in_a_coloured_table(monkeypatch):
    monkeypatch.setenv("TERM", "xterm-256color")
    out = render("table", EVIL_RESULT, color=True, width=300)
    assert RLO not in out
    assert "\x1b[31m[red]" not in out  # the article's own escape sequence is not emitted
    assert "[red]x[/red]" in out


def test_hostile_text_in_plain_exact_lines():
    assert render("plain", EVIL_RESULT).splitlines() == [
        f"figure\tmoney-missiles\tMoney\tsingle-source\t£3 billion {SHOWN}\tevil{SHOWN}",
        f"skipped\tcorpus/{SHOWN}.txt\tempty",
        "# 1 sources read, 1 skipped; 1 claims: 0 agreed, 0 disputed, 1 single-source",
    ]


def test_hostile_text_in_markdown_exact_lines():
    # markdown doubles the backslash of the escape so that it is shown, not interpreted
    md = SHOWN.replace("\\", "\\\\")
    lines = render("markdown", EVIL_RESULT).splitlines()
    assert lines[2] == (
        f"| figure | money-missiles | Money | single-source | £3 billion {md} | evil{md} |"
    )
    assert lines[-1] == f"- `corpus/{md}.txt`: empty"


def test_json_keeps_hostile_text_exactly():
    doc = json.loads(render("json", EVIL_RESULT))
    value = doc["claims"][0]["values"][0]
    assert value["value"] == EVIL_VALUE
    assert value["sources"] == [EVIL_ID]
    assert value["mentions"][0]["text"] == EVIL_VALUE
    assert value["mentions"][0]["source"] == EVIL_ID
    assert [s["path"] for s in doc["sources"]] == ["corpus/evil.txt", EVIL_PATH]
    assert [s["id"] for s in doc["sources"]] == [EVIL_ID, "evil2"]


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["000_c994affcb276842b", "001_cc7a9aa5aad3444a"],
         {"000_c994affcb276842b": "000", "001_cc7a9aa5aad3444a": "001"}),
        (["reuters-london-2025", "reuters-hague-2025", "ap"],
         {"reuters-london-2025": "reuters-london", "reuters-hague-2025": "reuters-hague", "ap": "ap"}),
        (["guardian", "guardian-live-blog-2"], {"guardian": "guardian", "guardian-live-blog-2":
                                                 "guardian-live"}),
    ],
)
def test_table_shortens_long_source_ids_to_a_unique_prefix(ids, expected):
    from summitcheck.report.table import short_ids

    assert short_ids(ids) == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="ab_-./ 7é!", min_size=1, max_size=16), max_size=12))
def test_table_short_ids_are_unique_prefixes_whatever_the_ids(ids):
    """The shortened ids (found from each id's neighbours in sorted order, not by comparing
    every pair: 10,000 sources took 20 s, nor by reading each prefix again: ids of 1,800
    characters took 8 s) are those of the plain definition: the first plain prefix ending at
    a separator that no other id starts with."""
    from summitcheck.report.table import short_ids

    def shortest(sid):
        if len(sid) <= 12:
            return sid
        for i in (i for i, ch in enumerate(sid) if ch in "_-./ " and i >= 3):
            prefix = sid[:i]
            if not prefix.replace("-", "").replace(".", "").replace("_", "").replace("/", "").isalnum():
                return sid
            if not any(o != sid and o.startswith(prefix) for o in ids):
                return prefix
        return sid

    assert short_ids(ids) == {sid: shortest(sid) for sid in ids}
