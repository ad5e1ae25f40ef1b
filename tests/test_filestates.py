"""The index of file states (filestates.py): a file whose stat is the one indexed is
not read again, unless it changed in the seconds before the audit that indexed it
(then two writes within one tick of the file system's clock leave the same stat).

Every test runs the real command line on real files in tmp_path. The race itself
cannot be staged on a file system with nanosecond times, so it is written into the
index: the stat of the file as it is now, with the content hash it had before.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from summitcheck.cache import checksum, content_hash
from summitcheck.filestates import FORMAT, RACY_NS

from .conftest import isolate, seed_archive
from .test_cli import SCRIPT, run

TARGET = "desk1/002_a63394519be95206.txt"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    isolate(monkeypatch, tmp_path)


@pytest.fixture
def archive(tmp_path) -> Path:
    return seed_archive(tmp_path, 2)


def audit(*args: str):
    return run(SCRIPT, "audit", "archive", "-f", "json", *args)


def index_file(tmp_path: Path) -> Path:
    [f] = (tmp_path / ".summitcheck-cache" / "index").glob("*.json")
    return f


def read_index(tmp_path: Path) -> dict:
    head, body = index_file(tmp_path).read_bytes().split(b"\n", 1)
    assert json.loads(head) == {"format": FORMAT, "sum": checksum(body)}
    return json.loads(body)


def write_index(tmp_path: Path, doc: dict) -> None:
    body = json.dumps(doc).encode()
    index_file(tmp_path).write_bytes(json.dumps({"format": FORMAT, "sum": checksum(body)}).encode()
                                     + b"\n" + body)


def stat_of(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def edit(path: Path) -> None:
    """The article with its figure changed, its size the same."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("£1.6 billion", "£1.9 billion"), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != text and path.stat().st_size == len(text.encode())


def test_the_index_holds_each_file_read_with_its_stat_and_content_hash(archive, tmp_path):
    audit()
    doc = read_index(tmp_path)
    assert doc["folder"] == str(archive.resolve())
    files = sorted(p for p in archive.rglob("*") if p.is_file())
    assert sorted(doc["files"]) == [p.relative_to(archive).as_posix() for p in files]
    for p in files:
        state, *stat = doc["files"][p.relative_to(archive).as_posix()]
        assert state == content_hash(p.read_bytes())
        assert stat == stat_of(p)


@pytest.mark.parametrize("when", ["within the racy window", "long before the audit"])
def test_a_file_changed_just_before_it_was_indexed_is_read_again(archive, tmp_path, when):
    before = audit()
    target = archive / TARGET
    old_hash = read_index(tmp_path)["files"][TARGET][0]
    edit(target)
    fresh = audit("--no-cache")
    assert fresh.out != before.out
    # the race: the index holds the file's stat as it is now with the content it had
    doc = read_index(tmp_path)
    doc["files"][TARGET] = [old_hash, *stat_of(target)]
    changed = max(target.stat().st_mtime_ns, target.stat().st_ctime_ns)
    doc["stamp"] = changed + 1 if when == "within the racy window" else changed + RACY_NS + 10 ** 9
    write_index(tmp_path, doc)
    again = audit()
    if when == "within the racy window":
        assert again.out == fresh.out  # read again
        assert read_index(tmp_path)["files"][TARGET][0] == content_hash(target.read_bytes())
    else:
        # trusted: what an index is for (and why a file changed so late is not)
        assert again.out == before.out


def test_a_file_rewritten_with_its_old_size_and_time_is_read_again(archive, tmp_path):
    """Its change time moves, and that one cannot be set back."""
    audit()
    target = archive / TARGET
    st = target.stat()
    edit(target)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    assert audit().out == audit("--no-cache").out


@pytest.mark.parametrize("damage", ["a digit changed", "another folder", "garbage", "a type changed"])
def test_a_damaged_or_foreign_index_is_not_trusted(archive, tmp_path, damage):
    """An index that would pass an edited file for the one it indexed, were it trusted."""
    before = audit()
    target = archive / TARGET
    old_hash = read_index(tmp_path)["files"][TARGET][0]
    edit(target)
    doc = read_index(tmp_path)
    doc["files"][TARGET] = [old_hash, *stat_of(target)]
    doc["stamp"] = max(target.stat().st_mtime_ns, target.stat().st_ctime_ns) + RACY_NS + 10 ** 9
    write_index(tmp_path, doc)
    assert audit().out == before.out  # as written, it would be trusted
    f = index_file(tmp_path)
    head, body = f.read_bytes().split(b"\n", 1)
    if damage == "a digit changed":
        f.write_bytes(head + b"\n" + body.replace(str(doc["stamp"]).encode(), str(doc["stamp"] + 1).encode()))
    elif damage == "another folder":
        write_index(tmp_path, {**doc, "folder": str(tmp_path / "elsewhere")})
    elif damage == "garbage":
        f.write_bytes(b"\x80\x00 not json")
    else:
        doc["files"][TARGET][1] = str(doc["files"][TARGET][1])
        write_index(tmp_path, doc)
    shutil.rmtree(tmp_path / ".summitcheck-cache" / "reports")
    assert audit().out == audit("--no-cache").out != before.out
