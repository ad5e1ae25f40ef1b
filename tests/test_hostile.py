"""A hostile corpus, built file by file in tmp_path: every kind of bad input an editor's
folder holds, audited through the real command line. Nothing may crash the audit,
nothing may be lost, and no article text may take over the terminal."""

from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path

import pytest

from .test_cli import RUNNER, SCRIPT, run

ESC = "\x1b"
RLO = "\u202e"

ARTICLE = (
    "British Prime Minister Keir Starmer announced £1.6 billion for air defence missiles "
    "at the London summit on Sunday.\n"
    "The money lets Kyiv buy more than 5,000 air defence missiles.\n"
)
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Leaders back Ukraine at London summit | Example News</title>
<meta property="og:title" content="Leaders back Ukraine at London summit">
<meta property="article:published_time" content="2025-03-02T18:30:00+00:00">
<meta property="og:site_name" content="Example News">
<script>var promo = "Save 70% today"; window.dataLayer = [];</script>
<style>.banner { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li>Our 7,000 correspondents in 90 countries</li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We and our 1,400 partners use cookies.
<button>Accept all</button></div>
<article><h1>Leaders back Ukraine at London summit</h1>
<p>British Prime Minister Keir Starmer announced £1.6 billion for air defence missiles
at the London summit on Sunday, as European leaders met at Lancaster House.</p>
<p>The deal will let Kyiv buy more than 5,000 air defence missiles made in Belfast,
Starmer told reporters after the talks ended.</p>
<p>NATO Secretary General Mark Rutte said several European allies had agreed to raise
their defence spending.</p>
</article>
<aside><h2>Most read</h2><ol><li>Markets fall 9% as 600 firms report</li></ol></aside>
<footer>Copyright 2025 Example News. 12 offices worldwide.</footer>
</body></html>
"""
# rich markup, an ANSI colour sequence, a bell and a bidi override in the text and the name
EVIL_NAME = f"evil{ESC}[31m[red]x[/red]{RLO}"
EVIL_ARTICLE = (
    f"{ESC}[2J{ESC}]0;pwned\x07[bold red]NATO Secretary General Mark Rutte[/bold red] said "
    f"the London summit agreed £1.6 billion for air defence missiles.{RLO} [link=http://x]y[/link]\n"
)


def _build(folder: Path) -> dict[str, str | None]:
    """Write the hostile corpus; return {path relative to the folder's parent: expected
    skip reason prefix, or None when the file must be read}."""
    folder.mkdir()
    expect: dict[str, str | None] = {}

    def put(rel: str, content: str | bytes, reason: str | None) -> Path:
        p = folder / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        expect[f"corpus/{rel}"] = reason
        return p

    put("good.txt", ARTICLE, None)
    put("nested/deeper/wire.md", "---\nsource: Wire\npublished: 2025-03-02\n---\n" + ARTICLE, None)
    put("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), None)
    put("utf16.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), None)
    put("windows1252.txt", ARTICLE.replace("Kyiv", "Kyiv\u2019s allies’").encode("cp1252"), None)
    put("crlf.txt", ARTICLE.replace("\n", "\r\n"), None)
    put("cr.txt", ARTICLE.replace("\n", "\r"), None)
    put("nbsp.txt", ARTICLE.replace("5,000", "5\u00a0000").replace(" billion", "\u202fbillion"), None)
    put("page.html", PAGE, None)
    put(EVIL_NAME + ".txt", EVIL_ARTICLE, None)
    # a zero-width space and a soft hyphen inside a name: web typography, not another person
    put("invisible.txt", "NATO Secretary General Mark Ru\u200btte and Sir Keir Star\u00admer met.\n", None)
    put("empty.txt", b"", "empty")
    put("blank.md", "  \n\n\t\n", "empty")
    put("binary.txt", b"GIF89a\x00\x01\x00\x00" + bytes(range(256)), "binary")
    put("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "undecodable")
    put("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "unsupported file type '.pdf'")
    put("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unsupported file type '.png'")
    put("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'")
    put("huge.txt", ARTICLE * 400, "too large")
    put("nav-only.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "no article text")
    # ignored on purpose: listed with -v, not in the report
    (folder / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "good.txt~").write_text(ARTICLE, encoding="utf-8")
    (folder / "draft.txt.swp").write_bytes(b"b0VIM 8.2\x00")
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    # links: a second name for a file is read once; a broken one and a loop are reported
    (folder / "alias.txt").symlink_to("good.txt")
    expect["corpus/alias.txt"] = "duplicate"
    (folder / "broken.txt").symlink_to("missing.txt")
    expect["corpus/broken.txt"] = "broken symbolic link"
    (folder / "self.txt").symlink_to("self.txt")  # a link the kernel will not follow (ELOOP)
    expect["corpus/self.txt"] = "broken symbolic link"
    (folder / "nested" / "loop").symlink_to("..", target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")
    expect["corpus/pipe.txt"] = "not a regular file"
    if sys.platform.startswith("linux"):
        # a file the kernel refuses to read (EIO), even to root
        (folder / "kernel.txt").symlink_to("/proc/self/mem")
        expect["corpus/kernel.txt"] = "unreadable"
    if os.geteuid() != 0:
        locked = put("locked.txt", ARTICLE, "unreadable")
        locked.chmod(0)
    return expect


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    expect = _build(base / "corpus")
    yield base, expect
    locked = base / "corpus" / "locked.txt"
    if locked.exists():
        locked.chmod(0o644)


def _audit(via: str, base: Path, *args: str):
    os.chdir(base)
    return run(via, "audit", "corpus", "--max-bytes", "20000", *args)


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_hostile_corpus_is_audited_without_trouble(via, hostile):
    base, _ = hostile
    r = _audit(via, base, "--format", "json")
    assert r.code in (0, 1), r.err
    assert "Traceback" not in r.err
    json.loads(r.out)


def test_every_file_is_read_or_skipped_with_its_reason(hostile):
    base, expect = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    found = {s["path"]: s["skipped"] for s in doc["sources"]}
    assert set(found) == set(expect)
    for path, reason in expect.items():
        if reason is None:
            assert found[path] is None, (path, found[path])
        else:
            assert found[path] is not None and found[path].startswith(reason), (path, found[path])
    assert doc["summary"]["skipped"] == sum(1 for r in expect.values() if r is not None)
    assert doc["summary"]["sources"] == sum(1 for r in expect.values() if r is None)


def test_ignored_files_are_listed_with_verbose_and_nowhere_else(hostile):
    base, _ = hostile
    r = _audit(SCRIPT, base, "--format", "json", "-v")
    ignored = [line for line in r.err.splitlines() if line.startswith("summitcheck: ignored: ")]
    assert sorted(ignored) == sorted([
        "summitcheck: ignored: corpus/.git: version control or cache folder",
        "summitcheck: ignored: corpus/.hidden.txt: hidden",
        "summitcheck: ignored: corpus/draft.txt.swp: editor backup",
        "summitcheck: ignored: corpus/good.txt~: editor backup",
        "summitcheck: ignored: corpus/nested/loop: symbolic link loop (folder already read)",
    ])
    paths = [s["path"] for s in json.loads(r.out)["sources"]]
    assert not any(".hidden" in p or p.endswith(("~", ".swp")) or "/loop/" in p for p in paths)


def test_encodings_are_detected_and_reported(hostile):
    base, _ = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    encoding = {s["path"]: s["encoding"] for s in doc["sources"]}
    assert encoding["corpus/good.txt"] == "utf-8"
    assert encoding["corpus/bom.txt"] == "utf-8 (BOM)"
    assert encoding["corpus/utf16.txt"] == "utf-16 (BOM)"
    assert encoding["corpus/windows1252.txt"] == "windows-1252"


def test_every_readable_encoding_and_line_end_gives_the_same_claims(hostile):
    base, _ = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    claims = {c["id"]: c for c in doc["claims"]}
    readers = {"good", "nested/deeper/wire", "bom", "utf16", "windows1252", "crlf", "cr", "nbsp",
               "page"}
    for claim_id in ("money-missiles", "count-missiles", "united-kingdom-prime-minister"):
        claim = claims[claim_id]
        assert claim["status"] == "agreed", claim_id
        assert readers <= set(claim["values"][0]["sources"]), (claim_id, claim["values"])


def test_positions_are_true_to_the_decoded_text_whatever_the_line_ends(hostile):
    base, _ = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    money = next(c for c in doc["claims"] if c["id"] == "count-missiles")
    mentions = {m["source"]: m for v in money["values"] for m in v["mentions"]}
    for sid, name in (("crlf", "crlf.txt"), ("cr", "cr.txt"), ("utf16", "utf16.txt")):
        raw = (base / "corpus" / name).read_bytes()
        text = raw.decode("utf-16") if sid == "utf16" else raw.decode("utf-8")
        m = mentions[sid]
        assert text[m["start"]:m["end"]] == m["text"] == "more than 5,000"
        assert m["line"] == 2
        assert m["column"] == m["start"] - text.index("The money") + 1


def test_html_article_figures_are_found_and_its_page_furniture_is_not(hostile):
    base, _ = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    page = next(s for s in doc["sources"] if s["id"] == "page")
    assert page["format"] == "html"
    assert page["title"] == "Leaders back Ukraine at London summit"
    assert page["outlet"] == "Example News"
    assert page["published"] == "2025-03-02T18:30:00+00:00"
    texts = [m["text"] for c in doc["claims"] for v in c["values"] for m in v["mentions"]
             if m["source"] == "page"]
    assert "£1.6 billion" in texts and "more than 5,000" in texts
    for furniture in ("7,000", "90", "1,400", "70%", "9%", "600", "12"):
        assert not any(furniture in t for t in texts), furniture


@pytest.mark.parametrize("fmt", ["plain", "table", "markdown", "csv"])
def test_no_escape_byte_or_markup_from_articles_reaches_the_output(hostile, fmt, monkeypatch):
    base, _ = hostile
    monkeypatch.setenv("COLUMNS", "400")  # no wrapping in the middle of what is looked for
    r = _audit(SCRIPT, base, "--format", fmt, "--color", "never")
    assert r.code in (0, 1), r.err
    assert ESC.encode() not in r.out
    assert RLO.encode("utf-8") not in r.out
    assert b"\x07" not in r.out
    if fmt != "csv":
        assert b"\\x1b[31m[red]x[/red]\\u202e" in r.out.replace(b"\\\\", b"\\")


def test_coloured_table_emits_only_its_own_escapes(hostile):
    base, _ = hostile
    r = _audit(SCRIPT, base, "--format", "table", "--color", "always")
    assert b"\x1b[31m[red]" not in r.out  # the file name's own colour sequence
    assert b"\x1b]" not in r.out  # no OSC sequence (window title, hyperlink) at all
    assert b"[red]x[/red]" in r.out  # the markup is shown as text, not applied


def test_json_keeps_the_exact_text_of_hostile_names(hostile):
    base, _ = hostile
    doc = json.loads(_audit(SCRIPT, base, "--format", "json").out)
    assert f"corpus/{EVIL_NAME}.txt" in [s["path"] for s in doc["sources"]]
    rutte = next(c for c in doc["claims"] if c["id"] == "nato-secretary-general")
    assert rutte["status"] == "agreed"
    assert [v["value"] for v in rutte["values"]] == ["Mark Rutte"]
    assert set(rutte["values"][0]["sources"]) >= {EVIL_NAME, "invisible", "page"}
    texts = [m["text"] for m in rutte["values"][0]["mentions"] if m["source"] == "invisible"]
    assert texts == ["NATO Secretary General Mark Ru\u200btte"]


def test_messages_on_stderr_are_escaped_too(tmp_path):
    os.chdir(tmp_path)
    r = run(SCRIPT, "audit", f"missing{ESC}[31m")
    assert r.code == 2
    assert ESC not in r.err
    assert r.err == "summitcheck: error: missing\\x1b[31m: corpus folder not found\n"


def _bomb() -> str:
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        prev = "b" * (i - 1) if i > 1 else "a"
        text += f"{'b' * i}: &{'b' * i} [" + ", ".join([f"*{prev}"] * 10) + "]\n"
    return text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# padding\n" * 120_000, "hostile.yaml: rules file is larger than 1000000 bytes\n"),
        (_bomb(), "hostile.yaml: rules file expands to more than 200000 values "
                  "(alias bomb?)\n"),
        ("base_currency: !!python/name:os.system ''\n",
         "hostile.yaml:1:16: invalid value: could not determine a constructor for the tag "
         "'tag:yaml.org,2002:python/name:os.system'\n"),
        ("event: !!python/object/apply:os.system ['touch pwned']\n",
         "hostile.yaml:1:8: 'event' must be a mapping\n"),
    ],
)
def test_hostile_rules_are_refused_in_one_line(tmp_path, content, message):
    os.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "hostile.yaml").write_text(content, encoding="utf-8")
    r = run(SCRIPT, "audit", "corpus", "--rules", "hostile.yaml")
    assert (r.code, r.out, r.err) == (2, b"", message)
    assert not (tmp_path / "pwned").exists()


def test_a_folder_tree_deeper_than_python_calls_go_is_read_whole(tmp_path):
    """The walk keeps a stack of the folders it is reading: a tree 1,100 folders deep
    (a recursion per level stopped the audit with a RecursionError) is read to the bottom."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "top.txt").write_text(ARTICLE, encoding="utf-8")
    levels = [corpus]
    for _ in range(1100):
        levels.append(levels[-1] / "x")
        levels[-1].mkdir()
    bottom = levels[-1] / "bottom.txt"
    bottom.write_text(ARTICLE.replace("£1.6 billion", "£3 billion"), encoding="utf-8")
    os.chdir(tmp_path)
    try:
        r = run(SCRIPT, "audit", "corpus", "--format", "json", "--no-cache")
    finally:
        # removed bottom up here: pytest's clean-up of old tmp_path folders recurses too
        bottom.unlink()
        for level in reversed(levels[1:]):
            level.rmdir()
    assert r.code == 1, r.err  # the two articles disagree on the money
    doc = json.loads(r.out)
    assert [s["path"] for s in doc["sources"]] == ["corpus/top.txt", "corpus/" + "x/" * 1100 + "bottom.txt"]
    money = next(c for c in doc["claims"] if c["id"] == "money-missiles")
    assert money["status"] == "disputed"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's path limit (4,096 bytes)")
def test_an_entry_whose_path_is_too_long_for_the_system_is_skipped_with_that_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "top.txt").write_text(ARTICLE, encoding="utf-8")
    fd = os.open(corpus, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 names of 250 letters: a path of 5,000 bytes, made level by level
            os.mkdir("n" * 250, dir_fd=fd)
            fd, parent = os.open("n" * 250, os.O_RDONLY, dir_fd=fd), fd
            os.close(parent)
        with open(os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w") as f:
            f.write(ARTICLE)
    finally:
        os.close(fd)
    os.chdir(tmp_path)
    r = run(SCRIPT, "audit", "corpus", "--format", "json", "--no-cache")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    read = [s["path"] for s in doc["sources"] if s["skipped"] is None]
    skipped = [(len(s["path"]), s["skipped"]) for s in doc["sources"] if s["skipped"] is not None]
    assert read == ["corpus/top.txt"]
    assert len(skipped) == 1 and skipped[0][0] > 4096 and skipped[0][1] == "unreadable: File name too long"
