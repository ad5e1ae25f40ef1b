"""Whole reports kept in the cache (reportcache.py): a re-audit of an unchanged
corpus writes the kept report. Asserted: not a byte of output changes, a change
anywhere makes a new report, and a damaged or foreign report is never trusted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from summitcheck import reportcache

from .conftest import isolate, seed_archive
from .test_cli import RUNNER, SCRIPT, run
from .test_loading import SLOW_RULES

FORMATS = ["json", "plain", "csv", "markdown"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    isolate(monkeypatch, tmp_path, "PYTHONIOENCODING")


@pytest.fixture
def archive(tmp_path) -> Path:
    """The seed corpus twice, one copy with its figure changed (a dispute), a hidden file."""
    folder = seed_archive(tmp_path, 2, dispute_in=1)
    (folder / ".notes.txt").write_text("not an article\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


def reports(tmp_path: Path) -> list[Path]:
    folder = tmp_path / ".summitcheck-cache" / "reports"
    return sorted(folder.iterdir()) if folder.exists() else []


def entries(tmp_path: Path) -> set[Path]:
    """The cache's pack files of extraction entries."""
    return set((tmp_path / ".summitcheck-cache").rglob("*.pack"))


@pytest.mark.parametrize("via", [SCRIPT, RUNNER])
def test_a_kept_report_is_the_report_in_every_stable_format(archive, tmp_path, via):
    for fmt in FORMATS:
        plain = run(via, "audit", "archive", "-f", fmt, "-v", "--no-cache")
        assert plain.code == 1, plain.err  # the planted dispute
        made = run(via, "audit", "archive", "-f", fmt, "-v")
        kept = run(via, "audit", "archive", "-f", fmt, "-v")
        for r in (made, kept):
            assert (r.out, r.code, r.err) == (plain.out, plain.code, plain.err), fmt
        assert "ignored: archive/.notes.txt: hidden" in kept.err
    assert len(reports(tmp_path)) == len(FORMATS)
    # without a single extraction entry the kept reports still answer: nothing is read again
    assert entries(tmp_path)
    for f in entries(tmp_path):
        f.unlink()
    for fmt in FORMATS:
        assert run(via, "audit", "archive", "-f", fmt).out == run(
            via, "audit", "archive", "-f", fmt, "--no-cache").out
    assert not entries(tmp_path)


def test_the_table_and_other_cache_folders_are_left_alone(archive, tmp_path):
    a = run(SCRIPT, "audit", "archive", "-f", "table")
    b = run(SCRIPT, "audit", "archive", "-f", "table")
    assert a.out == b.out
    assert not reports(tmp_path)  # the table depends on the terminal: never kept
    run(SCRIPT, "audit", "archive", "-f", "json", "--cache", "elsewhere")
    assert not reports(tmp_path) and len(list((tmp_path / "elsewhere" / "reports").iterdir())) == 1


@pytest.mark.parametrize("change", ["edit", "add", "remove", "rename", "rules", "max-bytes"])
def test_any_change_makes_a_new_report_in_the_same_slot(archive, tmp_path, change):
    run(SCRIPT, "audit", "archive", "-f", "json")
    args = ["audit", "archive", "-f", "json"]
    target = archive / "desk0" / "000_c994affcb276842b.txt"
    if change == "edit":
        target.write_text(target.read_text(encoding="utf-8").replace(
            "NATO Secretary General Mark Rutte", "NATO Secretary General Jens Stoltenberg"),
            encoding="utf-8")
    elif change == "add":
        shutil.copy(target, archive / "desk0" / "copy.txt")
    elif change == "remove":
        target.unlink()
    elif change == "rename":
        target.rename(archive / "desk0" / "renamed.txt")
    elif change == "rules":
        rules = tmp_path / "rules.yaml"
        rules.write_text(rules.read_text(encoding="utf-8").replace("days: 1", "days: 2"),
                         encoding="utf-8")
    else:
        args += ["--max-bytes", "7000"]  # some articles are now too large
    again = run(SCRIPT, *args)
    fresh = run(SCRIPT, *args, "--no-cache")
    assert (again.out, again.code) == (fresh.out, fresh.code)
    assert len(reports(tmp_path)) == 1


DAMAGES = ["garbage", "truncated", "a digit changed", "statuses forged", "empty", "foreign"]


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_or_foreign_report_is_ignored_and_rebuilt(archive, tmp_path, damage):
    good = run(SCRIPT, "audit", "archive", "-f", "json")
    run(SCRIPT, "audit", "archive", "-f", "plain")
    by_format = {}
    for f in reports(tmp_path):
        by_format["json" if f.read_bytes().rstrip().endswith(b"}") else "plain"] = f
    slot = by_format["json"]
    original = slot.read_bytes()
    head, meta, body = original.split(b"\n", 2)
    if damage == "garbage":
        slot.write_bytes(b"\x80\x00 not json")
    elif damage == "truncated":
        slot.write_bytes(original[: len(original) // 2])
    elif damage == "a digit changed":
        slot.write_bytes(head + b"\n" + meta + b"\n" + body.replace(b'"line": 1', b'"line": 2', 1))
    elif damage == "statuses forged":  # and a checksum made to match
        rest = b'{"statuses": ["agreed", 7], "ignored": []}\n' + body
        header = {**json.loads(head), "sum": reportcache._checksum(rest)}
        slot.write_bytes(json.dumps(header).encode() + b"\n" + rest)
    elif damage == "empty":
        slot.write_bytes(b"")
    else:  # the plain report's entry under the json report's name: another key
        slot.write_bytes(by_format["plain"].read_bytes())
    again = run(SCRIPT, "audit", "archive", "-f", "json")
    assert (again.out, again.code) == (good.out, good.code)
    assert slot.read_bytes() == original  # rebuilt


def test_a_report_with_warnings_is_not_kept(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("NATO Secretary General Mark Rutte met 18 leaders.\n" + "x" * 6000
                                  + "\n", encoding="utf-8")
    (tmp_path / "slow.yaml").write_text(SLOW_RULES, encoding="utf-8")
    for _ in range(2):  # a pattern that ran out of time may not next time: audited again
        r = run(SCRIPT, "audit", "corpus", "--rules", "slow.yaml", "-f", "json")
        assert len(r.err.splitlines()) == 2, r.err
    assert not reports(tmp_path)


def test_a_kept_report_goes_out_through_any_output_encoding(archive, tmp_path):
    env = {"PYTHONIOENCODING": "utf-16"}
    plain = run(SCRIPT, "audit", "archive", "-f", "json", "--no-cache", env=env)
    assert plain.out.startswith(b"{\x00\n\x00")  # UTF-16, little end first
    for _ in range(2):
        assert run(SCRIPT, "audit", "archive", "-f", "json", env=env).out == plain.out
    assert run(SCRIPT, "audit", "archive", "-f", "json").out == plain.out.decode("utf-16-le").encode()


def test_the_command_line_keeps_the_formats_the_cache_keeps():
    from summitcheck import cli, reportcache

    assert cli._STABLE_FORMATS == reportcache.STABLE_FORMATS
