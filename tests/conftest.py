"""Shared test helpers: real files in tmp_path, the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RULES = ROOT / "rules.yaml"


@pytest.fixture
def make_corpus(tmp_path):
    """Write {relative path: text or bytes} under tmp_path/corpus and return the folder."""

    def make(files: dict[str, str | bytes], rules: str | None = None) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir(exist_ok=True)
        for rel, content in files.items():
            p = folder / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        if rules is not None:
            (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
        return folder

    return make


# What the command line reads from the environment besides its options.
CLI_ENV = ("SUMMITCHECK_RULES", "NO_COLOR", "FORCE_COLOR", "COLUMNS")


def isolate(monkeypatch, tmp_path: Path, *more: str) -> None:
    """No rules or colour settings from the caller (nor the variables in `more`), and
    tmp_path as the working folder: no ./rules.yaml from the project."""
    for name in (*CLI_ENV, *more):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def seed_archive(tmp_path: Path, copies: int, dispute_in: int | None = None, width: int = 1) -> Path:
    """tmp_path/archive: the seed corpus copied into `copies` desk folders (desk0, desk1...;
    desk00, desk01... with `width` 2), rules.yaml beside it; in copy `dispute_in` the
    £1.6 billion of 002 becomes £2.4 billion, a dispute for the audit to report."""
    folder = tmp_path / "archive"
    for i in range(copies):
        shutil.copytree(CORPUS, folder / f"desk{i:0{width}d}")
    shutil.copy(RULES, tmp_path / "rules.yaml")
    if dispute_in is not None:
        changed = folder / f"desk{dispute_in:0{width}d}" / "002_a63394519be95206.txt"
        changed.write_text(changed.read_text(encoding="utf-8").replace("£1.6 billion", "£2.4 billion"),
                           encoding="utf-8")
    return folder
