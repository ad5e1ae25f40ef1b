"""The shipped data: rules.yaml loads, corpus/ is the seed corpus, and the
answer key (tests/data/seed-claims.yaml, a copy of the fact-checker's key) passes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summitcheck.cli import main

from .conftest import CORPUS, ROOT

KEY = ROOT / "tests" / "data" / "seed-claims.yaml"
SCORER = ROOT / "tests" / "data" / "score_claims.py"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "summitcheck", "audit", str(CORPUS), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr  # the corpus has a real dispute
    out.write_text(proc.stdout, encoding="utf-8")
    return str(out)


def score(report: str, tier: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(KEY), report, "--tier", tier],
        capture_output=True, text=True,
    )
    return proc.stdout


def test_core_tier_of_the_answer_key_passes(report):
    last = score(report, "core").strip().splitlines()[-1]
    assert last.startswith("core: 18/18 claims right, 0 false disputes, 0 must-not hits"), last


def test_stretch_names_are_found(report):
    out = score(report, "stretch")
    assert "MISSING Italian Prime Minister" not in out
    assert "Donald Trump's office" not in out
    assert "0 false disputes" in out


def test_nato_dispute_has_the_odd_one_out_last(report):
    doc = json.loads(open(report, encoding="utf-8").read())
    nato = next(c for c in doc["claims"] if c["id"] == "nato-secretary-general")
    assert nato["status"] == "disputed"
    assert [v["value"] for v in nato["values"]] == ["Mark Rutte", "Jens Stoltenberg"]
    assert [s[:3] for s in nato["values"][1]["sources"]] == ["003"]


def test_every_mention_points_at_its_text(report):
    doc = json.loads(open(report, encoding="utf-8").read())
    paths = {s["id"]: ROOT / s["path"] for s in doc["sources"]}
    texts = {k: p.read_text(encoding="utf-8-sig") for k, p in paths.items()}
    count = 0
    for claim in doc["claims"]:
        for value in claim["values"]:
            for m in value["mentions"]:
                text = texts[m["source"]]
                assert text[m["start"]:m["end"]] == m["text"]
                lines = text.splitlines(keepends=True)
                line = lines[m["line"] - 1]
                assert line[m["column"] - 1:].startswith(m["text"][:20])
                count += 1
    assert count > 40


def test_disclaimer_of_004_yields_no_claim(report):
    raw = open(report, encoding="utf-8").read()
    assert "4697309" not in raw
    assert "Kalkine" not in raw


def test_corpus_is_the_seed_corpus_unchanged():
    shared = ROOT.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared is not beside this checkout")
    ours = sorted(p.name for p in CORPUS.iterdir())
    assert ours == sorted(p.name for p in shared.iterdir())
    for name in ours:
        assert (CORPUS / name).read_bytes() == (shared / name).read_bytes()


def test_rules_yaml_is_valid(capsys):
    assert main(["rules", "check", str(ROOT / "rules.yaml")]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")
