"""Compiled patterns kept between runs (summitcheck/regexes.py), by the installed console
script in fresh processes: the same reports with the store, without it, and with a
store that is damaged, foreign or lying."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summitcheck.regexes import regex

from .conftest import CORPUS, RULES
from .test_cli import COMMAND

STORE_NAME = "patterns-*.pickle"


@pytest.fixture
def seed(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    shutil.copy(RULES, tmp_path / "rules.yaml")
    return folder


def audit(folder: Path, store: str | Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SUMMITCHECK_RULES", "XDG_CACHE_HOME")}
    env.update(SUMMITCHECK_PATTERNS=str(store), HOME=str(home), XDG_CACHE_HOME=str(home / "cache"))
    return subprocess.run([*COMMAND, "audit", str(folder), "--no-cache", "--format", "plain"],
                          cwd=folder.parent, env=env, capture_output=True, timeout=120)


def store_file(folder: Path) -> Path:
    [found] = folder.glob(STORE_NAME)
    return found


@pytest.fixture
def unstored(seed, tmp_path) -> subprocess.CompletedProcess:
    """The report with no store at all."""
    done = audit(seed, "off", tmp_path / "home-off")
    assert done.returncode == 1 and b"nato-secretary-general" in done.stdout  # the seed's dispute
    return done


def test_patterns_are_kept_then_read_back_and_change_no_report(seed, tmp_path, unstored):
    store = tmp_path / "store"
    first = audit(seed, store, tmp_path / "home")
    kept = store_file(store)
    with open(kept, "rb") as f:
        patterns = pickle.load(f)
    assert len(patterns) > 100
    assert all(p.pattern == text for (text, _), p in patterns.items())
    written = kept.stat().st_mtime_ns
    second = audit(seed, store, tmp_path / "home")
    assert first.stdout == second.stdout == unstored.stdout
    assert first.returncode == second.returncode == unstored.returncode
    assert kept.stat().st_mtime_ns == written  # nothing new compiled: not written again


def test_off_writes_nothing_and_the_default_is_the_user_cache(seed, tmp_path):
    audit(seed, "off", tmp_path / "home-off")
    assert not any((tmp_path / "home-off").rglob("*.pickle"))
    audit(seed, "", tmp_path / "home")  # unset: $XDG_CACHE_HOME/summitcheck
    assert store_file(tmp_path / "home" / "cache" / "summitcheck").stat().st_size > 0


def test_a_damaged_store_is_ignored_and_replaced(seed, tmp_path, unstored):
    store = tmp_path / "store"
    audit(seed, store, tmp_path / "home")
    kept = store_file(store)
    kept.write_bytes(kept.read_bytes()[: kept.stat().st_size // 2])
    again = audit(seed, store, tmp_path / "home")
    assert (again.returncode, again.stdout, again.stderr) == (
        unstored.returncode, unstored.stdout, unstored.stderr)
    with open(kept, "rb") as f:
        assert len(pickle.load(f)) > 100  # whole again


class _Planted:
    """A pickle that would create a file when loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_foreign_store_runs_nothing(seed, tmp_path, unstored):
    store = tmp_path / "store"
    audit(seed, store, tmp_path / "home")
    kept = store_file(store)
    marker = tmp_path / "planted"
    kept.write_bytes(pickle.dumps({("[^a-z0-9]+", 0): _Planted(marker)}))
    again = audit(seed, store, tmp_path / "home")
    assert not marker.exists()
    assert again.stdout == unstored.stdout


def test_a_pattern_filed_under_another_text_is_not_used(seed, tmp_path, unstored):
    store = tmp_path / "store"
    audit(seed, store, tmp_path / "home")
    kept = store_file(store)
    with open(kept, "rb") as f:
        patterns = pickle.load(f)
    # every pattern filed under the text of another: each would match other things
    keys = list(patterns)
    lying = {k: patterns[keys[(i + 1) % len(keys)]] for i, k in enumerate(keys)}
    kept.write_bytes(pickle.dumps(lying))
    again = audit(seed, store, tmp_path / "home")
    assert again.stdout == unstored.stdout


def test_a_store_that_cannot_be_written_costs_nothing_but_time(seed, tmp_path, unstored):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    done = audit(seed, blocked / "store", tmp_path / "home")
    assert (done.returncode, done.stdout, done.stderr) == (
        unstored.returncode, unstored.stdout, unstored.stderr)


def test_flags_keep_their_meaning():
    # the compiler's flags are plain ints now (summitcheck/regexes.py): same values,
    # same patterns
    from regex import _regex_core

    assert type(_regex_core.IGNORECASE) is int and _regex_core.IGNORECASE == int(regex.I)
    assert type(regex.I) is not int  # the public flags stay as they were
    assert regex.compile(r"(?i)strasse").match("STRASSE")
    assert regex.compile(r"(?iV1)strasse").match("straße")  # full case folding
    assert not regex.compile(r"(?i)strasse").match("straße")  # simple folding (V0)
    assert regex.compile(r"(?a)\w").match("é") is None and regex.compile(r"\w").match("é")
    assert regex.compile(r"a b  # a comment", regex.X).match("ab")
    assert regex.compile(r"(?r)\d+").search("a12b345").group() == "345"  # reverse
    assert regex.compile("(?m)^b").search("a\nb") and not regex.compile("^b").search("a\nb")
    assert regex.compile(r"(?s)a.b").match("a\nb") and not regex.compile("a.b").match("a\nb")
    assert regex.compile(r"(?:cat){e<=1}").fullmatch("cut")  # fuzzy matching still works


def test_store_folder_is_named_by_regex_and_python_versions(tmp_path, monkeypatch):
    from summitcheck.regexes import store_path

    monkeypatch.setenv("SUMMITCHECK_PATTERNS", str(tmp_path))
    path = store_path()
    assert path.parent == tmp_path
    assert regex.__version__ in path.name and f"{sys.version_info[0]}{sys.version_info[1]}" in path.name
    monkeypatch.setenv("SUMMITCHECK_PATTERNS", "OFF")
    assert store_path() is None
