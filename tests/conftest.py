"""Shared test helpers: real files in tmp_path, the real CLI."""

from __future__ import annotations

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
