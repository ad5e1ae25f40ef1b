"""Pages as editors save them from news sites (tests/data/html/, one folder a page): the
claims of a page are the claims of its article text, and nothing of the page around the
article (navigation, consent banners, newsletter boxes, "Most read", captions, share
counters, embedded posts, comments, scripts, footers) is read for claims.

What each page must give is written down in tests/data/html-expected.yaml; beside each
page, article.txt is the article as an editor would copy it out of the browser.
"""

from __future__ import annotations

import datetime as dt
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
    # (blocks are paragraphs: a blank line between them)
    assert [line[8:] for line in lines[1:] if line[6] == " " and line[8:]] == article
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


# ------------------------------------------------------------------ the shapes of pages

HEAD = "<meta charset='utf-8'><title>Summit | Paper</title>"
NAV = "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> <a>Our 7,000 staff</a></nav></header>"
FOOT = "<footer><p>&copy; 2025 The Paper. 12 offices worldwide.</p></footer>"
P1 = "<p>British Prime Minister Keir Starmer hosted 18 leaders at Lancaster House on Sunday.</p>"
P2 = "<p>Macron said France and the UK were proposing a one-month truce in the air and at sea.</p>"
LINE1 = "British Prime Minister Keir Starmer hosted 18 leaders at Lancaster House on Sunday."
LINE2 = "Macron said France and the UK were proposing a one-month truce in the air and at sea."


def _page(body: str, head: str = HEAD) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{NAV}{body}{FOOT}</body></html>"


def _read(tmp_path: Path, content: str | bytes, name: str = "page.html"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return load_source(path, path.stem, name, parse_rules_text(""))


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        # a lone <br> inside a sentence is a space; after a full stop, or doubled, a line end
        ("<article><p>Starmer announced £1.6bn of export finance<br>for more than 5,000 air defence"
         " missiles.</p>" + P2 + "</article>",
         ["Starmer announced £1.6bn of export finance for more than 5,000 air defence missiles.", LINE2]),
        ("<article><p>" + LINE1 + "<br>" + LINE2 + "</p></article>", [LINE1, LINE2]),
        ("<div class='storytext'>" + LINE1 + "<br><br>" + LINE2 + "<br><br></div>", [LINE1, LINE2]),
        # &nbsp; is a space in the extracted text
        ("<article><p>Sir&nbsp;Keir Starmer pledged £1.6bn for more than 5&nbsp;000&nbsp;missiles"
         " at the summit.</p>" + P2 + "</article>",
         ["Sir Keir Starmer pledged £1.6bn for more than 5 000 missiles at the summit.", LINE2]),
        # a table of data in the article stays; a table that lays out the page does not
        ("<article>" + P1 + "<table><tr><th>Country</th><th>Pledge</th></tr>"
         "<tr><td>United Kingdom</td><td>£1.6bn for 5,000 missiles</td></tr></table>" + P2 + "</article>",
         [LINE1, "| Country | Pledge |", "|---|---|", "| United Kingdom | £1.6bn for 5,000 missiles |",
          LINE2]),
        ("<table width='980'><tr><td class='nav'><a href='/'>Home</a> | <a>Jobs (1,240)</a></td></tr>"
         "<tr><td><div class='box'><b>Most popular</b><br><a>Council tax to rise 4.99%</a></div></td>"
         "<td><div class='storybody'>" + P1 + P2 + "</div></td></tr></table>",
         [LINE1, LINE2]),
        # text standing between the blocks of a <div> is read
        ("<div class='storybody'><div class='storypic'><img src='a.jpg'></div>" + LINE1 + "<br><br>"
         + LINE2 + "</div>", [LINE1, LINE2]),
        # embedded posts and captions are not the article's text
        ("<article>" + P1 + "<blockquote class='twitter-tweet'><p>Grateful for £2 billion and 30 partners."
         "</p>&mdash; Volodymyr Zelenskyy (@ZelenskyyUa) <a href='#'>March 2, 2025</a></blockquote>"
         "<blockquote class='instagram-media' data-instgrm-permalink='x'><p>12,000 likes</p></blockquote>"
         + P2 + "</article>", [LINE1, LINE2]),
        ("<article><figure><img src='a.jpg'><figcaption>Rutte at a Nato summit in 2019. Photograph: "
         "Reuters</figcaption></figure>" + P1 + "<div class='image-caption'>Leaders at Lancaster House, where"
         " 19 delegations met</div>" + P2 + "</article>", [LINE1, LINE2]),
        # teaser cards marked up as <article> are not entries of a live blog
        ("<main><article>" + P1 + P2 + "</article></main><aside><article class='card'><h3>Trump pauses aid"
         "</h3><p>Prime Minister Rishi Sunak said 10,000 troops would go.</p></article>"
         "<article class='card'><p>NATO Secretary General Jens Stoltenberg spoke on Tuesday.</p></article>"
         "</aside>", [LINE1, LINE2]),
    ],
)
def test_page_shapes(tmp_path, body, lines):
    source = _read(tmp_path, _page(body))
    assert source.skipped is None
    # each block a paragraph of its own, a blank line between them
    assert source.text.rstrip("\n").split("\n\n") == lines


LIVE_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",'
           '"datePublished":"2025-03-02T09:00:00Z","liveBlogUpdate":[{"@type":"BlogPosting",'
           '"datePublished":"2025-03-02T17:32:00Z"}]}</script>')


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (HEAD + LIVE_LD,
         "<div class='summary'><h2>Key points</h2><ul><li>Prime Minister Rishi Sunak hosted 40 leaders"
         " in 2023</li></ul></div><div class='posts'><article class='post'><header><time>17:32 GMT</time>"
         "<h2>Truce</h2></header><div class='post-content'>" + P2 + "</div><button>Share</button></article>"
         "<div class='ad'>Advertisement</div><article class='post'><header><time>14:05 GMT</time></header>"
         "<div class='post-content'>" + P1 + "</div></article></div>"),
        (HEAD,
         "<div itemscope itemtype='http://schema.org/LiveBlogPosting'><div class='entries'>"
         "<div class='entry' itemprop='liveBlogUpdate' itemscope itemtype='http://schema.org/BlogPosting'>"
         "<p class='entry-time'><time datetime='2025-03-02T17:32:00Z'>17:32</time></p>"
         "<div class='entry-content' itemprop='articleBody'>" + P2 + "</div></div>"
         "<div class='entry' itemprop='liveBlogUpdate' itemscope itemtype='http://schema.org/BlogPosting'>"
         "<p class='entry-time'>14:05 GMT</p>"
         "<div class='entry-content' itemprop='articleBody'>" + P1 + "</div></div></div></div>"),
    ],
    ids=["json-ld", "microdata"],
)
def test_every_entry_of_a_live_blog_is_read_and_its_stamps_are_not(tmp_path, head, body):
    source = _read(tmp_path, _page(body, head))
    read = [line for line in source.text.splitlines() if line
            and not source.is_excluded(source.text.index(line), source.text.index(line) + len(line))]
    assert read == [LINE2, LINE1]
    assert "Sunak" not in source.text


@pytest.mark.parametrize(
    ("head", "published", "outlet"),
    [
        # JSON-LD datePublished with its time, though the address has the day
        ('<meta charset="utf-8"><title>A - Paper</title><link rel="canonical" href="https://p.example/2025/03/02/x">'
         '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-02T17:34:56Z",'
         '"publisher":{"@type":"Organization","name":"The Paper"}}</script>',
         "2025-03-02T17:34:56+00:00", "The Paper"),
        # a @graph (Yoast), an offset, fractions of a second
        ('<meta charset="utf-8"><title>A</title><script type="application/ld+json">{"@graph":[{"@type":'
         '"WebSite","name":"Desk"},{"@type":"Article","datePublished":"2025-03-02T23:45:12.250+01:00"}]}</script>'
         '<meta property="og:site_name" content="The Desk">',
         "2025-03-02T22:45:12+00:00", "The Desk"),
        # article:published_time as a name, not a property; the outlet from the title's last part
        ('<meta charset="utf-8"><title>Europe rallies behind Zelensky - Evening Herald</title>'
         '<meta name="article:published_time" content="2025-03-02T21:15:00+00:00">',
         "2025-03-02T21:15:00+00:00", "Evening Herald"),
        # a bare date is left to htmldate; a title without an outlet gives none
        ('<meta charset="utf-8"><title>Leaders meet - and agree</title>'
         '<meta name="date" content="2025-03-02">',
         "2025-03-02T00:00:00+00:00", None),
        # a time that cannot be one in UTC is passed over, and so is unreadable JSON-LD
        ('<meta charset="utf-8"><title>A | Paper</title>'
         '<script type="application/ld+json">{"@type":"NewsArticle",'
         '"datePublished":"0001-01-01T00:00:00+05:00"}</script>'
         '<meta property="article:published_time" content="2025-03-02T18:30:00Z">',
         "2025-03-02T18:30:00+00:00", "Paper"),
        # unreadable JSON-LD is passed over
        ('<meta charset="utf-8"><title>A | Paper</title>'
         '<script type="application/ld+json">{"@type": </script>'
         '<meta property="article:published_time" content="2025-03-02T18:30:00Z">',
         "2025-03-02T18:30:00+00:00", "Paper"),
    ],
)
def test_page_metadata_fallbacks(tmp_path, head, published, outlet):
    source = _read(tmp_path, _page("<article>" + P1 + P2 + "</article>", head))
    assert source.published is not None and source.published.astimezone(dt.UTC).isoformat() == published
    assert source.outlet == outlet


SIKORSKI = "Polish Foreign Minister Radosław Sikorski said in Łódź that Europe had to spend more."
POUND = "Starmer said the UK would provide “£1.6bn” for more than 5,000 air defence missiles."


@pytest.mark.parametrize(
    ("raw", "encoding", "line"),
    [
        # the page's declaration decides between code pages a detector cannot tell apart
        (_page(f"<article><p>{SIKORSKI}</p>{P2}</article>", "<meta charset='windows-1250'>").encode("cp1250"),
         "windows-1250", SIKORSKI),
        (_page(f"<article><p>{SIKORSKI}</p>{P2}</article>",
               "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>")
         .encode("iso8859_2"),
         "iso-8859-2", SIKORSKI),
        # saved as UTF-8 by the browser under the meta of the page as it was served
        (_page(f"<article><p>{POUND}</p>{P2}</article>", "<meta charset='iso-8859-1'>").encode("utf-8"),
         "utf-8", POUND),
        (("<?xml version='1.0' encoding='iso-8859-1'?>\n" + _page(f"<article><p>{POUND}</p>{P2}</article>"))
         .encode("utf-8"), "utf-8", POUND),
        # Windows-1252 bytes under a UTF-8 or an ISO-8859 label: the bytes win
        (_page(f"<article><p>{POUND}</p>{P2}</article>", "<meta charset='utf-8'>").encode("cp1252"),
         "windows-1252", POUND),
        (_page(f"<article><p>{POUND}</p>{P2}</article>", "<meta charset='iso-8859-15'>").encode("cp1252"),
         "windows-1252", POUND),
        # latin-1 means Windows-1252, as in browsers; an unknown or a transform label is ignored
        (_page(f"<article><p>{POUND}</p>{P2}</article>", "<meta charset='latin1'>").encode("cp1252"),
         "windows-1252", POUND),
        (_page(f"<article><p>{POUND}</p>{P2}</article>", "<meta charset='rot13'>").encode("cp1252"),
         "windows-1252", POUND),
    ],
)
def test_the_encoding_of_a_page(tmp_path, raw, encoding, line):
    source = _read(tmp_path, raw)
    assert (source.encoding, source.text.splitlines()[0]) == (encoding, line)


def test_a_declared_charset_is_for_html_only(tmp_path):
    raw = f"<meta charset='windows-1250'> {SIKORSKI}\n".encode("cp1250")
    assert _read(tmp_path, raw, "note.txt").encoding == "windows-1252"


def test_a_page_of_line_breaks_is_read_in_linear_time(tmp_path):
    """40,000 lone <br>s in one block: joined one by one, the lines took minutes."""
    source_page = _page("<div>" + "Starmer pledged money for missiles<br>" * 40_000 + "</div>")
    began = time.perf_counter()
    source = _read(tmp_path, source_page)
    assert time.perf_counter() - began < 10
    assert source.text.startswith("Starmer pledged money for missiles Starmer pledged")


def test_a_name_does_not_run_from_one_block_into_the_next(tmp_path):
    # the standfirst ends with a country; the article's first paragraph starts with a title
    from summitcheck.audit import audit_folder

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "page.html").write_text(_page(
        "<article><h1>Peace deal signed</h1><h2 class='subheadline'>The route is closely "
        "watched by Iran</h2><p>President Donald Trump presided on Friday over the signing of a "
        "declaration between Armenia and Azerbaijan at the White House in Washington.</p>"
        "<p>The deal gives the United States rights to a transit route for 99 years.</p>"
        "</article>"), encoding="utf-8")
    (folder / "b.txt").write_text("US President Donald Trump hosted the signing.\n", encoding="utf-8")
    claims = {c.id: c for c in audit_folder(folder, parse_rules_text("")).claims}
    assert "iran-president" not in claims
    assert all(c.status.value != "disputed" for c in claims.values())
