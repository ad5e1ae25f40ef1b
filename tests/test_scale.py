"""Archive scale: worker processes, the mention cache, extract / audit --mentions.

Every test runs the real command line on real files in tmp_path. Speed is not
asserted here (benchmarks/bench_audit.py prints it); what is asserted is that
none of the machinery changes a byte of the output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck.cache import EntryPack
from summitcheck.models import Source
from summitcheck.report.json import dumps
from summitcheck.rows import mention
from summitcheck.rules import load_rules

from .conftest import CORPUS, ROOT, RULES, isolate, seed_archive
from .test_cli import COMMAND, RUNNER, SCRIPT, run


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    isolate(monkeypatch, tmp_path)


@pytest.fixture
def archive(tmp_path) -> Path:
    """The seed corpus copied 4 times (20 articles, desk00 to desk03) with its rules.yaml,
    desk03 with its figure changed so the audit has a dispute to report."""
    return seed_archive(tmp_path, 4, dispute_in=3, width=2)


def packs(cache: Path) -> list[Path]:
    return sorted((cache / "entries").glob("*.pack")) if (cache / "entries").exists() else []


def entries(cache: Path) -> dict[str, bytes]:
    """The cache's entries (the lines of its pack files after the header and the table),
    by the content hash each line starts with."""
    out = {}
    for f in packs(cache):
        for line in f.read_bytes().split(b"\n")[2:]:
            out[line[:40].decode()] = line
    return out


def audit(*args: str, via: str = SCRIPT):
    return run(via, "audit", *args)


@pytest.mark.parametrize("fmt", ["json", "plain"])
def test_output_is_the_same_whatever_the_jobs_and_the_cache(archive, tmp_path, fmt):
    cache = tmp_path / ".summitcheck-cache"
    plain = audit("archive", "-f", fmt, "--jobs", "1", "--no-cache")
    assert plain.code == 1, plain.err  # the planted dispute
    assert not cache.exists()
    runs = {
        "jobs 2, no cache": audit("archive", "-f", fmt, "--jobs", "2", "--no-cache"),
        "jobs 2, cold cache": audit("archive", "-f", fmt, "--jobs", "2"),
        "jobs 1, warm cache": audit("archive", "-f", fmt, "--jobs", "1"),
        "jobs 2, warm cache": audit("archive", "-f", fmt, "--jobs", "2"),
        "default jobs, warm cache": audit("archive", "-f", fmt),
    }
    for name, r in runs.items():
        assert r.out == plain.out, name
        assert r.code == plain.code, name
    assert len(entries(cache)) == 6  # 20 files, 6 different contents


def test_one_changed_article_is_the_only_one_extracted_again(archive, tmp_path):
    cache = tmp_path / ".summitcheck-cache"
    first = audit("archive", "-f", "json")
    before = entries(cache)
    target = archive / "desk02" / "000_c994affcb276842b.txt"
    target.write_text(target.read_text(encoding="utf-8").replace(
        "NATO Secretary General Mark Rutte", "NATO Secretary General Jens Stoltenberg"),
        encoding="utf-8")
    second = audit("archive", "-f", "json")
    assert len(entries(cache).keys() - before.keys()) == 1  # one new entry: only that file was extracted
    assert second.out == audit("archive", "-f", "json", "--no-cache").out
    nato = {c["id"]: c for c in json.loads(first.text)["claims"]}["nato-secretary-general"]
    nato2 = {c["id"]: c for c in json.loads(second.text)["claims"]}["nato-secretary-general"]
    assert "desk02/000_c994affcb276842b" in nato2["values"][-1]["sources"]
    assert nato != nato2


DAMAGES = ["garbage", "truncated", "swapped", "a digit changed", "wrong types", "missing"]


def test_a_damaged_or_foreign_cache_entry_is_ignored_and_rebuilt(archive, tmp_path):
    cache = tmp_path / ".summitcheck-cache"
    good = audit("archive", "-f", "json")
    [pack] = packs(cache)
    head, table, *lines = pack.read_bytes().split(b"\n")
    assert len(lines) == len(DAMAGES)
    sums = EntryPack(cache, archive, load_rules(tmp_path / "rules.yaml").digest)
    damaged = []
    for i, (line, damage) in enumerate(zip(lines, DAMAGES, strict=True)):
        key, _, body = line.split(b" ", 2)
        if damage == "garbage":
            damaged.append(key + b" \x80\x00 not json")
        elif damage == "truncated":
            damaged.append(line[: len(line) // 2])
        elif damage == "swapped":  # another file's entry under this file's content hash
            damaged.append(key + lines[(i + 1) % len(lines)][40:])
        elif damage == "a digit changed":  # still valid JSON of the right shape
            doc = json.loads(body)
            doc[3][2][0] += 1  # the first mention's start
            damaged.append(key + line[40:50] + json.dumps(doc, separators=(",", ":")).encode())
        elif damage == "wrong types":  # and a checksum made to match
            doc = json.loads(body)
            doc[3][2] = [str(x) for x in doc[3][2]]
            bad = json.dumps(doc).encode()
            damaged.append(key + b" " + sums.checksum(key, bad) + b" " + bad)
    pack.write_bytes(b"\n".join([head, table, *damaged]))
    # the report kept whole would answer without reading a single entry
    shutil.rmtree(cache / "reports")
    again = audit("archive", "-f", "json")
    assert again.out == good.out
    assert again.code == good.code
    assert sorted(pack.read_bytes().split(b"\n")[2:]) == sorted(lines)  # rebuilt: whole and valid again


@pytest.mark.parametrize("damage", ["table", "header", "another version", "garbage"])
def test_a_damaged_or_foreign_pack_is_rebuilt_whole(archive, tmp_path, damage):
    """The table of strings and values every entry refers to, and the header that says
    whose pack it is: when either is not what it should be, no entry is trusted."""
    cache = tmp_path / ".summitcheck-cache"
    good = audit("archive", "-f", "json")
    [pack] = packs(cache)
    original = pack.read_bytes()
    head, table, rest = original.split(b"\n", 2)
    if damage == "table":  # a changed letter in a claim id
        table = table.replace(b"summit-date", b"summit-data", 1)
    elif damage == "header":
        head = b'{"format": "summitcheck.pack/3"'
    elif damage == "another version":  # another code or rules: its entries are not ours
        head = json.dumps({**json.loads(head), "salt": "0" * 32}).encode()
    else:
        head, table, rest = b"\x80\x00 not json", b"", b""
    pack.write_bytes(b"\n".join([head, table, rest]))
    shutil.rmtree(cache / "reports")
    again = audit("archive", "-f", "json")
    assert (again.out, again.code) == (good.out, good.code)
    assert pack.read_bytes() == original


def test_a_pack_drops_what_only_dropped_entries_used(tmp_path):
    """Entries that no file holds any more leave the pack, and so do the strings and
    values only they used: the pack does not grow with every edit of an article."""
    from summitcheck.cache import encode_entry
    from summitcheck.models import Kind, Mention, Quantity

    folder = tmp_path / "corpus"
    folder.mkdir()
    bare = Source(id="", path="", encoding="utf-8", format="text")

    def entry(n: int, claim: str) -> bytes:
        return encode_entry(bare, [Mention("", Kind.FIGURE, f"{claim}-{i}", f"Figure {i}",
                                           Quantity("count", i, i + 0.5, f"{i}"), i, i + 1, 1, i + 1,
                                           str(i)) for i in range(n)], None, ())

    small = entry(3, "kept")
    pack = EntryPack(tmp_path / "cache", folder, "rules")
    kept = pack.add("a" * 40, small)
    pack.add("b" * 40, entry(1500, "dropped"))
    pack.save()
    size = packs(tmp_path / "cache")[0].stat().st_size
    again = EntryPack(tmp_path / "cache", folder, "rules")
    assert again.get(["a" * 40])["a" * 40] == kept
    again.save()
    [f] = packs(tmp_path / "cache")
    assert f.stat().st_size < size / 20
    assert len(f.read_bytes().split(b"\n")) == 3  # header, table, one entry
    third = EntryPack(tmp_path / "cache", folder, "rules")
    assert third.get(["a" * 40, "b" * 40]) == {"a" * 40: kept, "b" * 40: None}


def test_cache_option_puts_the_cache_there_and_no_cache_writes_nothing(archive, tmp_path):
    elsewhere = tmp_path / "somewhere" / "cache"
    a = audit("archive", "-f", "plain", "--cache", str(elsewhere))
    assert entries(elsewhere)
    assert not (tmp_path / ".summitcheck-cache").exists()
    b = audit("archive", "-f", "plain", "--no-cache")
    assert not (tmp_path / ".summitcheck-cache").exists()
    assert a.out == b.out


def test_an_unusable_cache_folder_costs_nothing_but_speed(archive, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    r = audit("archive", "-f", "plain", "--cache", str(blocker))
    assert r.code == 1, r.err
    assert r.out == audit("archive", "-f", "plain", "--no-cache").out
    # said, once, naming the folder: a re-audit that reads everything again is not a mystery
    assert r.err.splitlines() == [f"summitcheck: warning: cache {blocker}: not a folder; audited without "
                                  "it (--no-cache: no warning)"]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes in a read-only folder")
def test_a_read_only_cache_folder_is_read_and_said_to_be(archive, tmp_path):
    cache = tmp_path / "cache"
    first = audit("archive", "-f", "json", "--cache", str(cache))
    assert first.err == ""
    cache.chmod(0o555)
    try:
        again = audit("archive", "-f", "json", "--cache", str(cache))
    finally:
        cache.chmod(0o755)
    assert again.out == first.out
    assert again.err.splitlines() == [f"summitcheck: warning: cache {cache}: cannot be written; read only, "
                                      "nothing extracted now is kept (--no-cache: no warning)"]


UNDATED = "Leaders met at the summit on Sunday and agreed on a plan.\n"


def _dated(day: str) -> str:
    return f"---\npublished: {day}\n---\nThe summit was held on Sunday, officials said.\n"


def test_an_undated_article_is_anchored_again_when_the_corpus_date_moves(make_corpus, tmp_path):
    """Without an event date, "on Sunday" in an undated article is read against the
    corpus's most common publication date: a cached reading must follow it."""
    folder = make_corpus({"a.txt": UNDATED, "b.txt": _dated("2025-03-03"),
                          "c.txt": _dated("2025-03-03")}, rules="topics: []\n")
    first = json.loads(audit("corpus", "-f", "json").text)
    (folder / "d.txt").write_text(_dated("2025-03-11"), encoding="utf-8")
    (folder / "e.txt").write_text(_dated("2025-03-11"), encoding="utf-8")
    (folder / "f.txt").write_text(_dated("2025-03-11"), encoding="utf-8")
    second = audit("corpus", "-f", "json")
    assert second.out == audit("corpus", "-f", "json", "--no-cache").out

    def summit_of_a(doc):
        claim = {c["id"]: c for c in doc["claims"]}["summit-date"]
        return [v["value"] for v in claim["values"] if "a" in v["sources"]]

    assert summit_of_a(first) == ["2025-03-02 (Sunday)"]
    assert summit_of_a(json.loads(second.text)) == ["2025-03-09 (Sunday)"]


# extract and audit --mentions --------------------------------------------------------


def test_extract_then_audit_mentions_gives_the_audit(archive, tmp_path):
    extracted = run(SCRIPT, "extract", "archive", "--jobs", "2")
    assert extracted.code == 0, extracted.err
    lines = [json.loads(x) for x in extracted.text.splitlines()]
    kinds = {x["record"] for x in lines}
    assert kinds == {"source", "mention"}
    mention = next(x for x in lines if x["record"] == "mention" and x["claim"] == "money-missiles")
    assert {"source", "line", "column", "start", "end", "text", "inferred", "claim",
            "value"} <= set(mention)
    assert mention["value"]["type"] == "quantity"
    source_text = (archive / (mention["source"] + ".txt")).read_text(encoding="utf-8")
    assert source_text[mention["start"]:mention["end"]] == mention["text"]
    (tmp_path / "mentions.jsonl").write_bytes(extracted.out)
    for fmt in ("json", "plain"):
        direct = audit("archive", "-f", fmt)
        grouped = audit("--mentions", "mentions.jsonl", "-f", fmt)
        assert grouped.out == direct.out, fmt
        assert grouped.code == direct.code == 1


def test_audit_mentions_reads_standard_input_and_concatenated_shards(archive, tmp_path):
    shards = []
    for desk in ("desk00", "desk03"):
        r = run(SCRIPT, "extract", f"archive/{desk}", "--no-cache")
        shards.append(r.out)
    proc = subprocess.run([*COMMAND, "audit", "--mentions", "-", "-f", "plain"],
                          input=b"".join(shards), capture_output=True)
    assert proc.returncode == 1, proc.stderr  # desk03 disagrees with desk00 on the money
    money = [ln.split("\t") for ln in proc.stdout.decode().splitlines()
             if ln.startswith("figure\tmoney-missiles\t")]
    assert [(row[3], row[4]) for row in money] == [("disputed", "£1.6 billion"),
                                                   ("disputed", "£2.4 billion")]


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_a_bad_mentions_line_is_one_error_naming_file_and_line(via, archive, tmp_path):
    extracted = run(SCRIPT, "extract", "archive", "--no-cache").text.splitlines()
    extracted.insert(3, '{"record": "mention", "source": "x"}')
    (tmp_path / "bad.jsonl").write_text("\n".join(extracted), encoding="utf-8")
    r = audit("--mentions", "bad.jsonl", via=via)
    assert r.code == 2
    assert r.err.startswith("summitcheck: error: bad.jsonl:4: not a summitcheck extract record")
    assert len(r.err.strip().splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    ((), "give either a corpus folder or --mentions FILE"),
    (("archive", "--mentions", "m.jsonl"), "give either a corpus folder or --mentions FILE"),
    (("--mentions", "missing.jsonl"), "missing.jsonl: mentions file not found"),
])
def test_audit_needs_exactly_one_of_corpus_and_mentions(archive, args, message):
    r = audit(*args, via=RUNNER)
    assert r.code == 2
    assert message in r.err


def test_jobs_must_be_positive(archive):
    r = audit("archive", "--jobs", "0")
    assert r.code == 2
    assert "--jobs" in r.err


# the json renderer ----------------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_the_json_renderer_writes_what_json_dumps_writes(doc):
    assert dumps(doc) == json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False)


def test_readme_documents_every_command_and_option():
    import typer.main

    from summitcheck.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        if name == "rules":
            continue
        assert f"summitcheck {name} " in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"


def test_rules_cross_to_worker_processes_whole():
    """Workers get the rules pickled (under spawn and forkserver): every section,
    the event date the corpus anchored, the digest that keys the cache."""
    import datetime as dt
    import pickle

    from summitcheck.pipeline import anchored
    from summitcheck.rules import load_rules

    rules = anchored(load_rules(RULES), dt.date(2025, 3, 1))
    back = pickle.loads(pickle.dumps(rules))
    assert back.event.date == dt.date(2025, 3, 1)
    assert back.digest == rules.digest
    assert [t.id for t in back.topics] == [t.id for t in rules.topics]
    assert back.sections == rules.sections


def test_a_corpus_with_no_dates_of_its_own_anchors_on_the_full_dates_at_the_top(make_corpus):
    """No event date, no publication dates: "on Sunday" is read against the most
    common full date written near the top of the articles, cached or not."""
    make_corpus({
        "a.txt": "Leaders met on March 9, 2025 in London.\nThe summit was held on Sunday, they said.\n",
        "b.txt": "Talks of March 9, 2025.\nThe summit took place on Sunday.\n",
        "c.txt": "Note of March 2, 2025.\nThe summit took place on Sunday.\n",
    }, rules="topics: []\n")
    for args in (("--no-cache",), (), ()):  # without, filling, and reading the cache
        doc = json.loads(audit("corpus", "-f", "json", *args).text)
        summit = {c["id"]: c for c in doc["claims"]}["summit-date"]
        assert [(v["value"], v["sources"]) for v in summit["values"]] == [
            ("2025-03-09 (Sunday)", ["a", "b", "c"])]


@pytest.mark.parametrize("forge", ["value out of range", "shape out of range", "short column",
                                   "extra column", "bool as int", "negative index", "text not text"])
def test_an_entry_whose_columns_do_not_hold_together_is_ignored(tmp_path, forge):
    """Forged entries with a checksum made to match: the strict reading still says no."""
    from summitcheck.cache import encode_entry
    from summitcheck.corpus import load_source
    from summitcheck.extract import extract_source

    rules = load_rules(RULES)
    path = CORPUS / "000_c994affcb276842b.txt"
    source = load_source(path, "a", "a.txt", rules)
    mentions = tuple(extract_source(source, rules))
    assert any(m.office is not None for m in mentions)
    bare = Source(id="a", path="a.txt", published=source.published, encoding=source.encoding,
                  format=source.format)
    pack = EntryPack(tmp_path, CORPUS, rules.digest)
    entry = pack.add("d" * 40, encode_entry(bare, mentions, None, ()))
    assert tuple(map(mention, entry.rows("a"))) == mentions
    pack.save()
    f = packs(tmp_path)[0]
    head, table, line = f.read_bytes().split(b"\n")
    doc = json.loads(line[50:])
    cols = doc[3]
    if forge == "value out of range":
        cols[1][0] = len(json.loads(table[11:])[1])
    elif forge == "shape out of range":
        cols[0][0] = len(json.loads(table[11:])[2])
    elif forge == "short column":
        cols[6].pop()
    elif forge == "extra column":
        cols.append([])
    elif forge == "bool as int":
        cols[2][0] = True
    elif forge == "negative index":
        cols[1][0] = -1
    else:
        cols[6][0] = 7
    forged = json.dumps(doc).encode()
    key = b"d" * 40
    f.write_bytes(b"\n".join([head, table, key + b" " + pack.checksum(key, forged) + b" " + forged]))
    assert EntryPack(tmp_path, CORPUS, rules.digest).get(["d" * 40]) == {"d" * 40: None}


def test_a_large_cached_corpus_with_changes_is_audited_as_without_the_cache(archive, tmp_path):
    """With a thousand entries to read from the cache, the files it does not hold are
    extracted in a worker process meanwhile (pipeline.MIN_OVERLAP): the output is the
    same as without the cache, changed, added and removed files included."""
    from summitcheck.pipeline import MIN_OVERLAP

    filler = archive / "filler"
    filler.mkdir()
    for i in range(MIN_OVERLAP):
        (filler / f"{i:04d}.txt").write_text(f"Note {i}: the summit went on.\n", encoding="utf-8")
    first = audit("archive", "-f", "json", "--jobs", "2")
    assert first.out == audit("archive", "-f", "json", "--no-cache").out
    target = archive / "desk01" / "002_a63394519be95206.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("£1.6 billion", "£2.4 billion"),
                      encoding="utf-8")
    shutil.copy(archive / "desk00" / "001_cc7a9aa5aad3444a.txt", archive / "desk00" / "new.txt")
    (filler / "0007.txt").unlink()
    (filler / "0008.txt").write_text("Note: the summit was held on Sunday, March 2.\n", encoding="utf-8")
    for jobs in (["--jobs", "2"], []):
        again = audit("archive", "-f", "json", *jobs)
        assert (again.out, again.code) == (audit("archive", "-f", "json", "--no-cache").out,
                                           audit("archive", "-f", "json", "--no-cache").code)
        shutil.rmtree(tmp_path / ".summitcheck-cache" / "reports")
        target.write_text(target.read_text(encoding="utf-8").replace("£2.4 billion", "£2.5 billion"),
                          encoding="utf-8")
