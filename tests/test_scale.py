"""Archive scale: worker processes, the mention cache, extract / audit --mentions.

Every test runs the real command line on real files in tmp_path. Speed is not
asserted here (benchmarks/bench_audit.py prints it); what is asserted is that
none of the machinery changes a byte of the output.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitcheck.models import Source
from summitcheck.report.json import dumps

from .conftest import CORPUS, ROOT, RULES
from .test_cli import COMMAND, RUNNER, SCRIPT, run


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    for name in ("SUMMITCHECK_RULES", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def archive(tmp_path) -> Path:
    """The seed corpus copied 4 times (20 articles, in folders) with its rules.yaml,
    one copy with its figure changed so the audit has a dispute to report."""
    folder = tmp_path / "archive"
    for i in range(4):
        shutil.copytree(CORPUS, folder / f"desk{i:02d}")
    shutil.copy(RULES, tmp_path / "rules.yaml")
    changed = folder / "desk03" / "002_a63394519be95206.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("£1.6 billion", "£2.4 billion"),
                       encoding="utf-8")
    return folder


def entries(cache: Path) -> set[Path]:
    return set(cache.rglob("*.json")) if cache.exists() else set()


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
    assert len(entries(cache) - before) == 1  # one new entry: only that file was extracted
    assert second.out == audit("archive", "-f", "json", "--no-cache").out
    nato = {c["id"]: c for c in json.loads(first.text)["claims"]}["nato-secretary-general"]
    nato2 = {c["id"]: c for c in json.loads(second.text)["claims"]}["nato-secretary-general"]
    assert "desk02/000_c994affcb276842b" in nato2["values"][-1]["sources"]
    assert nato != nato2


DAMAGES = ["garbage", "truncated", "swapped", "a digit changed", "wrong types", "empty"]


def test_a_damaged_or_foreign_cache_entry_is_ignored_and_rebuilt(archive, tmp_path):
    cache = tmp_path / ".summitcheck-cache"
    good = audit("archive", "-f", "json")
    files = sorted(entries(cache))
    assert len(files) == len(DAMAGES)
    texts = [f.read_text(encoding="utf-8") for f in files]
    for i, (f, damage) in enumerate(zip(files, DAMAGES, strict=True)):
        head, body = texts[i].split("\n", 1)
        if damage == "garbage":
            f.write_bytes(b"\x80\x00 not json")
        elif damage == "truncated":
            f.write_text(texts[i][: len(texts[i]) // 2], encoding="utf-8")
        elif damage == "swapped":  # another file's entry under this name: a foreign key
            f.write_text(texts[(i + 1) % len(texts)], encoding="utf-8")
        elif damage == "a digit changed":  # still valid JSON of the right shape
            changed = re.sub(r'"start":\[(\d+)', lambda m: f'"start":[{int(m[1]) + 1}', body, count=1)
            assert changed != body
            f.write_text(head + "\n" + changed, encoding="utf-8")
        elif damage == "wrong types":  # and a checksum made to match
            doc = json.loads(body)
            doc["mentions"]["start"] = [str(x) for x in doc["mentions"]["start"]]
            bad = json.dumps(doc).encode()
            header = {**json.loads(head), "sum": hashlib.blake2b(bad, digest_size=16).hexdigest()}
            f.write_bytes(json.dumps(header).encode() + b"\n" + bad)
        else:
            f.write_text("", encoding="utf-8")
    # the report kept whole would answer without reading a single entry
    shutil.rmtree(cache / "reports")
    again = audit("archive", "-f", "json")
    assert again.out == good.out
    assert again.code == good.code
    for f, text in zip(files, texts, strict=True):  # rebuilt: whole and valid again
        assert f.read_text(encoding="utf-8") == text


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


@pytest.mark.parametrize("forge", ["value out of range", "office not an office", "short column",
                                   "unknown kind", "extra column", "bool as int"])
def test_an_entry_whose_columns_do_not_hold_together_is_ignored(tmp_path, forge):
    """Forged entries with a checksum made to match: the strict reading still says no."""
    from summitcheck.cache import Entry, MentionCache, _checksum
    from summitcheck.corpus import load_source
    from summitcheck.extract import extract_source
    from summitcheck.rules import load_rules

    rules = load_rules(RULES)
    path = CORPUS / "000_c994affcb276842b.txt"
    source = load_source(path, "a", "a.txt", rules)
    mentions = tuple(extract_source(source, rules))
    assert any(m.office is not None for m in mentions)
    cache = MentionCache(tmp_path, rules.digest)
    bare = Source(id="a", path="a.txt", published=source.published, encoding=source.encoding,
                  format=source.format)
    cache.put("d", Entry(bare, mentions, None, ()))
    assert cache.get("d", "a", "a.txt").mentions == mentions
    f = next(tmp_path.rglob("*.json"))
    head, body = f.read_bytes().split(b"\n", 1)
    doc = json.loads(body)
    cols = doc["mentions"]
    if forge == "value out of range":
        cols["value"][0] = len(doc["values"])
    elif forge == "office not an office":
        i = next(i for i, o in enumerate(cols["office"]) if o is not None)
        other = next(k for k, v in enumerate(doc["values"]) if json.loads(v)["type"] != "office")
        cols["office"][i] = other
    elif forge == "short column":
        cols["text"].pop()
    elif forge == "unknown kind":
        cols["kind"][0] = "rumour"
    elif forge == "extra column":
        cols["extra"] = []
    else:
        cols["inferred"][0] = 0
    forged = json.dumps(doc).encode()
    f.write_bytes(json.dumps({**json.loads(head), "sum": _checksum(forged)}).encode() + b"\n" + forged)
    assert cache.get("d", "a", "a.txt") is None
