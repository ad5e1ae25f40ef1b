"""Reading files: encodings, HTML pages, boilerplate and other scripts, show-text, and
rules patterns that run out of time."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from summitcheck.cli import MAX_BYTES as CLI_MAX_BYTES
from summitcheck.corpus import MAX_BYTES, load_source
from summitcheck.decoding import NotText, decode
from summitcheck.rules import parse_rules_text

from .test_cli import RUNNER, SCRIPT, run

TEXT = "Britain’s Prime Minister pledged £1.6 billion — “about $2bn” … café."


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16 (BOM)"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16 (BOM)"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT, "utf-32 (BOM)"),
        (TEXT.encode("cp1252"), TEXT, "windows-1252"),
        # short copy gives a detector nothing to go on: Windows-1252, not a look-alike
        ("Price: \u00a35".encode("cp1252"), "Price: \u00a35", "windows-1252"),
        ("caf\u00e9 cr\u00e8me".encode("latin-1"), "caf\u00e9 cr\u00e8me", "windows-1252"),
        (b"Line one\r\nLine two\rLine three\n", "Line one\r\nLine two\rLine three\n", "utf-8"),
        (("Polski premier Donald Tusk powiedzia\u0142, \u017ce Europa musi dzia\u0142a\u0107 "
          "szybko. \u0179r\u00f3d\u0142o: \u0141\u00f3d\u017a. ").encode("cp1250") * 3,
         ("Polski premier Donald Tusk powiedzia\u0142, \u017ce Europa musi dzia\u0142a\u0107 "
          "szybko. \u0179r\u00f3d\u0142o: \u0141\u00f3d\u017a. ") * 3, "windows-1250"),
    ],
)
def test_decode(raw, text, encoding):
    assert decode(raw) == (text, encoding)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"GIF89a\x00\x01", "binary (NUL bytes)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "undecodable: invalid utf-16 (BOM) (byte 2)"),
        (bytes(range(1, 32)) * 10, "binary (270 control characters)"),
    ],
)
def test_decode_refuses_what_is_not_text(raw, reason):
    with pytest.raises(NotText) as e:
        decode(raw)
    assert e.value.reason == reason


def test_the_cli_default_size_limit_is_the_loaders():
    assert CLI_MAX_BYTES == MAX_BYTES


def _load(tmp_path: Path, name: str, content: str | bytes, rules: str = ""):
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return load_source(p, p.stem, name, parse_rules_text(rules))


def test_a_run_of_another_script_is_left_out_with_what_follows_it_on_its_line(tmp_path):
    text = ("Leaders met in London on Sunday.\u0627\u0636\u0627\u0641\u0629 \u0627\u0639\u0644\u0627\u0646 "
            "0500 123 456\nThe UK pledged \u00a31.6 billion for missiles.\n")
    s = _load(tmp_path, "a.txt", text)
    arabic = text.index("\u0627")
    assert s.excluded == ((arabic, text.index("\n") ),)


def test_an_article_in_another_script_is_not_cut_to_pieces(tmp_path):
    text = "Зеленський прибув до Лондона (Zelensky).\n"
    assert _load(tmp_path, "uk.txt", text).excluded == ()


def test_web_and_mail_addresses_are_not_read_for_claims(tmp_path):
    text = ("See https://example.com/2025/03/02/summit-18-leaders or write to desk@example.org.\n"
            "The summit was held on March 2.\n")
    s = _load(tmp_path, "a.md", text)
    url = text.index("https://")
    assert s.excluded == ((url, text.index(" or write")), (text.index("desk@"), text.index(".\n")))


def test_html_page_without_article_is_skipped_with_its_reason(tmp_path):
    s = _load(tmp_path, "nav.html", "<html><body><nav><a href='/'>Home</a> <a>World</a></nav></body></html>")
    assert s.skipped == "no article text found in the HTML page"


def test_html_page_gives_its_metadata(tmp_path):
    page = ("<html><head><title>Summit ends | Paper</title>"
            "<meta property='og:site_name' content='The Paper'>"
            "<meta name='date' content='2025-03-02'></head><body><article>"
            "<p>European leaders met in London on Sunday to agree a plan for Ukraine's security.</p>"
            "</article></body></html>")
    s = _load(tmp_path, "p.htm", page)
    assert (s.format, s.outlet, s.skipped) == ("html", "The Paper", None)
    assert s.text == "European leaders met in London on Sunday to agree a plan for Ukraine's security.\n"
    assert s.published is not None and s.published_on(None).isoformat() == "2025-03-02"


# ------------------------------------------------------------------ show-text


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_show_text_numbers_lines_and_marks_what_is_left_out(via, tmp_path):
    os.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Summit\n---\nLeaders met on Sunday.\u0627\u0636\u0627\u0641\u0629\n"
        "Read more: other story\nThe end.\n", encoding="utf-8")
    r = run(via, "show-text", "a.txt")
    assert r.code == 0, r.err
    assert r.text.splitlines() == [
        "# a.txt: format text, encoding utf-8, title Summit",
        "    1 x ---",
        "    2 x title: Summit",
        "    3 x ---",
        "    4 ~ Leaders met on Sunday.\u0627\u0636\u0627\u0641\u0629",
        "    5 x Read more: other story",
        "    6   The end.",
    ]


def test_show_text_of_an_html_page_prints_the_extracted_text(tmp_path):
    os.chdir(tmp_path)
    (tmp_path / "p.html").write_text(
        "<html><body><nav>Home 42</nav><article><p>Keir Starmer hosted 18 leaders in London.</p>"
        "<p>They agreed to draft a peace plan.</p></article><footer>(c) 2025</footer></body></html>",
        encoding="utf-8")
    r = run(SCRIPT, "show-text", "p.html")
    assert r.code == 0, r.err
    # each block a paragraph: a blank line between them
    assert r.text.splitlines()[1:] == [
        "    1   Keir Starmer hosted 18 leaders in London.",
        "    2   ",
        "    3   They agreed to draft a peace plan.",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "summitcheck: error: missing.txt: not a file\n"),
        ("empty.txt", b"", "summitcheck: error: empty.txt: cannot show it: empty\n"),
        ("bin.txt", b"\x00\x01", "summitcheck: error: bin.txt: cannot show it: binary (NUL bytes)\n"),
    ],
)
def test_show_text_trouble_is_one_line_and_exit_2(tmp_path, name, content, message):
    os.chdir(tmp_path)
    if content is not None:
        (tmp_path / name).write_bytes(content)
    r = run(SCRIPT, "show-text", name)
    assert (r.code, r.out, r.err) == (2, b"", message)


# ------------------------------------------------------------------ slow patterns

SLOW_RULES = """\
topics:
  - id: slow-cue
    kinds: [count]
    cues: ['(?:x|xx)+y']
boilerplate:
  - id: slow-boilerplate
    pattern: '(?:x|xx)+y'
"""


def test_a_pattern_that_runs_out_of_time_is_reported_and_the_audit_goes_on(tmp_path):
    os.chdir(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("NATO Secretary General Mark Rutte met 18 leaders.\n" + "x" * 6000 + "\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("NATO Secretary General Mark Rutte met 18 leaders.\n", encoding="utf-8")
    (tmp_path / "slow.yaml").write_text(SLOW_RULES, encoding="utf-8")
    r = run(SCRIPT, "audit", "corpus", "--rules", "slow.yaml", "--format", "json")
    assert r.code == 0, r.err
    assert r.err.splitlines() == [
        "summitcheck: warning: slow.yaml:6: rule 'slow-boilerplate': pattern took longer than 1 s "
        "on corpus/a.txt; not applied to that file",
        "summitcheck: warning: slow.yaml:2: rule 'slow-cue': pattern took longer than 1 s "
        "on corpus/a.txt; not applied to that file",
    ]
    doc = json.loads(r.out)
    assert len(doc["warnings"]) == 2
    rutte = next(c for c in doc["claims"] if c["id"] == "nato-secretary-general")
    assert (rutte["status"], rutte["values"][0]["sources"]) == ("agreed", ["a", "b"])
    leaders = next(c for c in doc["claims"] if c["id"] == "count-leaders")
    assert (leaders["status"], leaders["values"][0]["sources"]) == ("agreed", ["a", "b"])


# ------------------------------------------------------------------ boilerplate

BODY = "British Prime Minister Keir Starmer pledged £1.6 billion for missiles.\n"


@pytest.mark.parametrize(
    ("line", "left_out"),
    [
        ("Read more: Britain and France plan peace deal", True),
        ("Comments are closed, but trackbacks and pingbacks are open.", True),
        ("For more news from Ukraine please follow us on X.", True),
        ("Image source: Invezz", True),
        ("The post Leaders meet in London appeared first on Invezz", True),
        ("Watch the full discussion on YouTube: Watch Here.", True),
        ("Share this article", True),
        ("1.2K shares | 45 comments", True),
        ("Share 120 Tweet 75", True),
        ("Sign up for our daily newsletter on the war in Ukraine", True),
        ("Subscribe to breaking news alerts", True),
        ("Copyright 2025 Example News. 12 offices worldwide.", True),
        ("© 2025 Reuters. All rights reserved.", True),
        ("Download our app for the latest updates", True),
        ("Updated: March 3, 2025 08:15 GMT", True),
        ("This article was updated to add 18 leaders' names.", True),
        # article sentences that look a little like boilerplate
        ("Starmer said leaders would share the burden of 5,000 missiles.", False),
        ("The UK updated its pledge to £1.6 billion on Sunday.", False),
        ("Zelenskyy was cheered by crowds who followed him on Sunday.", False),
        ("Leaders will sign up to a coalition of the willing, Starmer said.", False),
    ],
)
def test_builtin_boilerplate(tmp_path, line, left_out):
    text = BODY + line + "\n" + BODY.replace("£1.6", "£1.5")
    s = _load(tmp_path, "a.txt", text)
    start = len(BODY)
    assert s.is_excluded(start, start + len(line)) is left_out
    assert not s.is_excluded(0, len(BODY) - 1)
    assert not s.is_excluded(start + len(line) + 1, len(text) - 1)


def test_disclaimer_and_sponsored_leave_out_the_rest_of_the_article(tmp_path):
    for head in ("Disclaimer", "Sponsored Articles"):
        text = BODY + head + "\n" + BODY
        s = _load(tmp_path, "a.txt", text)
        assert s.excluded == ((len(BODY), len(text)),)


@pytest.mark.parametrize(
    ("rules", "published"),
    [("", None), ("event: {date: 2025-08-15}\n", "2025-08-15")],
)
def test_a_wire_dateline_without_a_year_is_left_out_with_or_without_an_event_date(
        tmp_path, rules, published):
    text = ("ANCHORAGE, Alaska, Aug 15 (Reuters) - U.S. President Donald Trump met Russian "
            "President Vladimir Putin on Friday.\n")
    s = _load(tmp_path, "a.txt", text, rules)
    assert s.excluded == ((0, text.index("U.S.")),)
    assert (s.published.date().isoformat() if s.published else None) == published


def test_an_agency_dateline_with_its_date_alone_on_a_line_dates_the_article(tmp_path):
    head = "Biden calls Zelenskyy Putin at NATO summit\n\nWASHINGTON (AP) \u2014 July 11, 2024\n\n"
    body = "WASHINGTON (AP) \u2014 President Joe Biden spoke on Thursday, July 11, 2024.\n"
    s = _load(tmp_path, "a.txt", head + body)
    assert s.published.date().isoformat() == "2024-07-11"
    line = head.index("WASHINGTON")
    assert s.excluded == ((line, line + len("WASHINGTON (AP) \u2014 July 11, 2024\n")),)
    # a paragraph that only starts like one is prose
    s = _load(tmp_path, "b.txt", body)
    assert s.published is None and s.excluded == ()


def test_characters_taken_as_latin_safe_are_never_letters_of_another_script():
    """The loader skips the Unicode-table search for another script when a text holds
    only such characters: none of them may be what that search looks for."""
    from summitcheck.corpus import _MAYBE_OTHER, _NON_LATIN

    safe = [chr(c) for c in range(0x3000) if not _MAYBE_OTHER.match(chr(c))]
    assert len(safe) > 4000 and safe[:0x370] == [chr(c) for c in range(0x370)]
    assert [c for c in safe if _NON_LATIN.match(c)] == []


HOSTILE_LINES = [
    "A" * 4000, "a " * 3000, "Photo: " + "Ab " * 2000 + "!", "Photo: " + "A/" * 2000 + "!",
    "Photo: " + "A" * 40 + "!", "(AP Photo/" + "a" * 4000, "[" + "ab/" * 1500, "REUTERS/" + "A " * 2000 + "!",
    "12:00 " * 800 + "x", "Mon, 2 Mar 2025 " * 400 + "x", "Published on: " + "1/2/2025, " * 500 + "x",
    "1.2K shares " * 500 + "x", "share 12 " * 500 + "x", "Copyright " + "x" * 4000 + "\u00a9",
    "watch " * 5000, "watch " * 1000 + "youtube" + " x" * 1000, "sign up " * 800 + "x", "summit " * 1000,
    "air defence " * 800 + "x", "anti-aircraft " * 600, "5% of GDP " * 500, "- " * 3000, "a" * 20000 + ";",
]


@pytest.mark.parametrize("section", ["boilerplate", "topics"])
def test_patterns_run_without_the_clock_are_quick_on_hostile_lines(section):
    """A pattern that cannot backtrack for ever (candidates.bounded_work) runs without
    the per-file clock, built in or from a rules file: none may take long on hostile
    lines. One that did would raise TimeoutError here (the limit is 1,000 times what
    they take)."""
    import regex

    from summitcheck.candidates import bounded_work
    from summitcheck.rules import parse_rules_text

    rules = parse_rules_text("")
    bodies = ([b.get("pattern") for b in rules.boilerplate] if section == "boilerplate" else
              [c for t in rules.topics for key in ("cues", "weak_cues") for c in t.get(key) or ()])
    unclocked = [b for b in bodies if bounded_work(b)]
    assert len(unclocked) > (0 if section == "boilerplate" else 20)
    for body in unclocked:
        pattern = regex.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)" if section == "topics" else body)
        for line in HOSTILE_LINES:
            list(pattern.finditer(line, timeout=2.0))


def test_builtin_patterns_that_can_backtrack_far_run_against_the_clock():
    """Two built-in boilerplate patterns take seconds on some hostile lines (a line of
    "watch " with no "youtube"; "Photo: " and 40 capitals): they keep the clock."""
    from summitcheck.corpus import _boilerplate_patterns
    from summitcheck.rules import parse_rules_text

    timed = {b.id for b, _, _, clocked in _boilerplate_patterns(parse_rules_text("")).patterns if clocked}
    assert {"video-prompt", "photo-credit"} <= timed


def test_digits_of_a_script_newer_than_pythons_tables_are_no_trouble(tmp_path):
    """The regex module reads digits (Garay, Kirat Rai, Kawi...) that this Python's
    int() does not: a date or time written with them is not read, and the audit goes on."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "On March \U00010d41\U00010d41, 2025 the summit met at 1\U00010d41:00 GMT+\U00010d41.\n"
        "The summit was held on March 2, 2025.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("The summit was held on March 2, 2025.\n", encoding="utf-8")
    r = run(SCRIPT, "audit", str(corpus), "--no-cache", "--format", "json")
    assert r.code == 0, r.err
    claims = {c["id"]: c for c in json.loads(r.out)["claims"]}
    assert claims["summit-date"]["status"] == "agreed"
    assert claims["summit-date"]["values"][0]["sources"] == ["a", "b"]
