"""The real command line: typer's CliRunner on the app, and the installed console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RULES = ROOT / "rules.yaml"
QUALIFIERS = ROOT / "summitcheck" / "data" / "qualifiers.yaml"
ESC = b"\x1b"

# Environment variables that change which rules are used or whether there is colour.
_CLEARED = ("SUMMITCHECK_RULES", "NO_COLOR", "FORCE_COLOR", "COLUMNS")


def _script_command() -> list[str]:
    """The console script of this environment, else one on PATH, else `python -m`."""
    found = shutil.which("summitcheck", path=str(Path(sys.executable).parent))
    found = found or shutil.which("summitcheck")
    return [found] if found else [sys.executable, "-m", "summitcheck"]


COMMAND = _script_command()
RUNNER = "runner"  # typer's CliRunner on summitcheck.cli.app, in this process
SCRIPT = "script"  # the installed console script, in a subprocess (stdout a pipe)

needs_qualifiers = pytest.mark.skipif(
    not QUALIFIERS.exists(), reason="summitcheck/data/qualifiers.yaml (NATO etc.) not there yet"
)


@dataclass
class Run:
    code: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    """No rules or colour settings from the caller; no ./rules.yaml from the project."""
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.chdir(tmp_path)


def run(via: str, *args: str, env: dict[str, str] | None = None) -> Run:
    """Run `summitcheck ARGS` in the current directory, through the runner or the script."""
    if via == RUNNER:
        result = CliRunner().invoke(app, list(args), env=env)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result.exit_code, result.stdout_bytes, result.stderr)
    full = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [*COMMAND, *args], env=full, capture_output=True, stdin=subprocess.DEVNULL, timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr.decode("utf-8"))


def plain_rows(r: Run) -> list[list[str]]:
    return [line.split("\t") for line in r.text.splitlines() if not line.startswith("#")]


# Articles -------------------------------------------------------------------

AGREE_A = "Leaders met in London on Sunday. Britain pledged £1.6 billion for missiles.\n"
AGREE_B = "At the London talks, Britain pledged £1.6 billion for missiles.\n"
DISPUTE_B = "At the London talks, Britain pledged £3 billion for missiles.\n"


@pytest.fixture
def agreed_corpus(make_corpus):
    return make_corpus({"a.txt": AGREE_A, "b.txt": AGREE_B})


@pytest.fixture
def disputed_corpus(make_corpus):
    return make_corpus({"a.txt": AGREE_A, "b.txt": DISPUTE_B})


@pytest.fixture
def single_corpus(make_corpus):
    return make_corpus({"a.txt": AGREE_A})


# Exit status ------------------------------------------------------------------


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_exit_0_when_nothing_is_disputed(via, agreed_corpus):
    r = run(via, "audit", "corpus", "--format", "plain")
    assert r.code == 0, r.err
    assert ["figure", "money-missiles"] == plain_rows(r)[0][:2]
    assert {row[3] for row in plain_rows(r)} == {"agreed"}
    assert plain_rows(r)[0][4:] == ["£1.6 billion", "a,b"]


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_exit_1_when_two_articles_give_different_figures(via, disputed_corpus):
    r = run(via, "audit", "corpus", "--format", "plain")
    assert [row[3:] for row in plain_rows(r)] == [
        ["disputed", "£1.6 billion", "a"],
        ["disputed", "£3 billion", "b"],
    ]
    assert r.code == 1, r.err


@needs_qualifiers
@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_exit_1_when_two_articles_name_different_office_holders(via, make_corpus):
    make_corpus({
        "a.txt": "NATO Secretary General Mark Rutte said the alliance stood by Ukraine.\n",
        "b.txt": "NATO Secretary-General Jens Stoltenberg said the alliance stood by Ukraine.\n",
    })
    r = run(via, "audit", "corpus", "--format", "plain")
    disputed = [row for row in plain_rows(r) if row[3] == "disputed"]
    assert any("Rutte" in row[4] and row[5] == "a" for row in disputed), r.text
    assert any("Stoltenberg" in row[4] and row[5] == "b" for row in disputed), r.text
    assert r.code == 1, r.err


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_fail_on_never_gives_0_even_when_disputed(via, disputed_corpus):
    r = run(via, "audit", "corpus", "--format", "plain", "--fail-on", "never")
    assert "disputed" in {row[3] for row in plain_rows(r)}
    assert r.code == 0, r.err


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_fail_on_single_source_gives_1_for_a_single_source_claim(via, single_corpus):
    default = run(via, "audit", "corpus", "--format", "plain")
    assert {row[3] for row in plain_rows(default)} == {"single-source"}
    assert default.code == 0, default.err
    strict = run(via, "audit", "corpus", "--format", "plain", "--fail-on", "single-source")
    assert strict.out == default.out
    assert strict.code == 1, strict.err


# Trouble: exit 2, one line on stderr, no traceback -------------------------------

# name -> (files for make_corpus or None, rules.yaml text or None, extra args,
#          the audit's corpus argument, what the message must contain)
TROUBLE = {
    "missing-folder": (None, None, (), "no-such-folder", ["no-such-folder", "not found"]),
    "corpus-is-a-file": (
        {"a.txt": AGREE_A}, None, (), "corpus/a.txt", ["corpus/a.txt", "not a folder"]),
    "invalid-yaml": (
        {"a.txt": AGREE_A},
        "event:\n  timezone: UTC\n  name: London: Lancaster House\n",
        (), "corpus", ["{rules}:3:", "invalid YAML"]),
    "unknown-key": (
        {"a.txt": AGREE_A},
        "event:\n  timezone: UTC\ntopcis:\n  - id: x\n",
        (), "corpus", ["{rules}:3:", "topcis", "did you mean 'topics'"]),
    "bad-format": (
        {"a.txt": AGREE_A}, None, ("--format", "xml"), "corpus", ["--format", "xml"]),
}


def _trouble(case: str, make_corpus, tmp_path) -> tuple[list[str], list[str]]:
    files, rules, extra, corpus, expected = TROUBLE[case]
    if files is not None:
        make_corpus(files, rules=rules)
    rules_path = str((tmp_path / "rules.yaml").resolve())
    return ["audit", corpus, *extra], [e.format(rules=rules_path) for e in expected]


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
@pytest.mark.parametrize("case", list(TROUBLE))
def test_trouble_is_one_line_on_stderr_naming_the_problem(via, case, make_corpus, tmp_path):
    args, expected = _trouble(case, make_corpus, tmp_path)
    r = run(via, *args)
    assert "Traceback" not in r.err
    assert r.out == b""
    lines = r.err.splitlines()
    if via == RUNNER and case == "bad-format":
        # the runner drives the app in click's standalone mode, which prints the usage
        # above the message; the console script (cli.main) prints the message alone
        lines = [line for line in lines if line.startswith("Error:")]
    assert len(lines) == 1, r.err
    for part in expected:
        assert part in lines[0], (part, r.err)


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
@pytest.mark.parametrize("case", list(TROUBLE))
def test_trouble_exits_2(via, case, make_corpus, tmp_path):
    args, _ = _trouble(case, make_corpus, tmp_path)
    r = run(via, *args)
    assert "Traceback" not in r.err
    assert r.code == 2, r.err


# Output: piped, stable, colour --------------------------------------------------


def test_piped_output_is_the_plain_format_without_escapes(disputed_corpus):
    piped = run(SCRIPT, "audit", "corpus")
    assert ESC not in piped.out
    assert piped.out == run(SCRIPT, "audit", "corpus", "--format", "plain").out
    lines = piped.text.splitlines()
    assert lines[0].split("\t")[:4] == ["figure", "money-missiles", "Money for missiles",
                                        "disputed"]
    assert lines[-1].startswith("# 2 sources read, 0 skipped;")


def test_piped_output_has_no_escapes_even_with_colour_forced(disputed_corpus):
    piped = run(SCRIPT, "audit", "corpus", env={"FORCE_COLOR": "1"})
    assert ESC not in piped.out
    assert piped.text.splitlines()[-1].startswith("# ")


@pytest.mark.parametrize("fmt", ["plain", "json", "csv", "markdown", "table"])
def test_two_runs_give_byte_identical_output(fmt):
    first = run(SCRIPT, "audit", str(CORPUS), "--format", fmt)
    second = run(SCRIPT, "audit", str(CORPUS), "--format", fmt)
    assert first.out, first.err
    assert first.out == second.out


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_table_color_always_has_escape_codes(via, disputed_corpus):
    r = run(via, "audit", "corpus", "--format", "table", "--color", "always")
    assert ESC in r.out
    assert b"disputed" in r.out


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_table_color_always_has_escape_codes_on_a_dumb_terminal(via, disputed_corpus):
    r = run(via, "audit", "corpus", "--format", "table", "--color", "always",
            env={"TERM": "dumb"})
    assert ESC in r.out


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_table_color_never_has_no_escape_codes(via, disputed_corpus):
    # FORCE_COLOR would turn colour on; --color never must win
    forced = run(via, "audit", "corpus", "--format", "table", env={"FORCE_COLOR": "1"})
    assert ESC in forced.out
    never = run(via, "audit", "corpus", "--format", "table", "--color", "never",
                env={"FORCE_COLOR": "1"})
    assert ESC not in never.out
    for word in (b"disputed", b"figure", "£3 billion".encode()):
        assert word in never.out


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_no_color_environment_variable_turns_colour_off(via, disputed_corpus):
    r = run(via, "audit", "corpus", "--format", "table", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert ESC not in r.out
    assert b"disputed" in r.out


def _on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """Run the console script with its stdout on a pseudo-terminal; return what it wrote."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*COMMAND, *args], env={**os.environ, **env}, stdin=subprocess.DEVNULL,
        stdout=slave, stderr=subprocess.PIPE,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.stderr.read()
    proc.wait(timeout=120)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_on_a_terminal_the_table_is_coloured_unless_no_color(disputed_corpus):
    coloured = _on_a_terminal(["audit", "corpus"], {})
    assert ESC in coloured
    assert b"disputed" in coloured and b"\t" not in coloured  # the table, not plain
    plain = _on_a_terminal(["audit", "corpus"], {"NO_COLOR": "1"})
    assert ESC not in plain
    assert b"disputed" in plain and b"\t" not in plain


# Help ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    pytest.param([sys.executable, "-m", "summitcheck", "--help"], id="python-m"),
    pytest.param([*COMMAND, "--help"], id="script"),
])
def test_help_exits_0_and_lists_audit(command):
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "audit" in proc.stdout
    assert "Usage:" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_runner_help_lists_audit():
    r = run(RUNNER, "--help")
    assert r.code == 0
    assert "audit" in r.text


# The project's own corpus ---------------------------------------------------------


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_own_corpus_exits_1(via):
    r = run(via, "audit", str(CORPUS), "--format", "plain")
    assert "disputed" in {row[3] for row in plain_rows(r)}, r.text
    assert r.code == 1, r.err


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_own_corpus_json_parses_and_lists_5_sources(via):
    r = run(via, "audit", str(CORPUS), "--format", "json")
    doc = json.loads(r.out)
    assert doc["schema"] == "summitcheck.audit/1"
    assert len(doc["sources"]) == 5
    assert all(s["skipped"] is None for s in doc["sources"])
    assert doc["rules"] == str(RULES)  # the project's rules.yaml, found beside corpus/
    assert doc["summary"]["sources"] == 5


# Skipped files ---------------------------------------------------------------------


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_skipped_files_are_reported_in_json_and_plain(via, make_corpus):
    make_corpus({
        "a.txt": AGREE_A,
        "empty.txt": "",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    })
    doc = json.loads(run(via, "audit", "corpus", "--format", "json").out)
    reasons = {s["path"]: s["skipped"] for s in doc["sources"]}
    assert set(reasons) == {"corpus/a.txt", "corpus/empty.txt", "corpus/image.png"}
    assert reasons["corpus/a.txt"] is None
    assert reasons["corpus/empty.txt"] and reasons["corpus/image.png"]
    assert doc["summary"]["skipped"] == 2

    lines = run(via, "audit", "corpus", "--format", "plain").text.splitlines()
    skipped = [line.split("\t") for line in lines if line.startswith("skipped\t")]
    assert skipped == [
        ["skipped", "corpus/empty.txt", reasons["corpus/empty.txt"]],
        ["skipped", "corpus/image.png", reasons["corpus/image.png"]],
    ]
    assert lines[-1].startswith("# 1 sources read, 2 skipped;")


# rules list ------------------------------------------------------------------------


@pytest.mark.parametrize("via", [RUNNER, SCRIPT])
def test_rules_list_shows_the_files_rules_with_their_line_and_the_builtin_pack(via, tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "topics:\n  - id: drones-x\n    label: attack drones\n    kinds: [count]\n    cues: [drones]\n",
        encoding="utf-8")
    out = run(via, "rules", "list", "mine.yaml", env={"COLUMNS": "200"}).text
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in out.splitlines()
            if line.startswith("│")]
    assert ["topics", "drones-x", "attack drones", "mine.yaml:2"] in rows
    assert any(r[:2] == ["qualifiers", "nato"] and r[3].startswith("<builtin>/qualifiers.yaml")
               for r in rows)


def test_rules_list_without_the_builtin_pack(tmp_path):
    (tmp_path / "bare.yaml").write_text(
        "extends: none\ntopics:\n  - {id: drones-x, kinds: [count], cues: [drones]}\n", encoding="utf-8")
    out = run(SCRIPT, "rules", "list", "bare.yaml", env={"COLUMNS": "200"}).text
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert len(rows) == 1 and "drones-x" in rows[0] and "bare.yaml:3" in rows[0]


def test_an_audit_of_plain_text_imports_no_heavy_library():
    """Start-up is most of a small audit: pydantic (typer 0.29 coerces options through
    it), dateparser and trafilatura are each 0.1-0.3 s to import and are not needed
    for the seed corpus (text files whose dates are all of the built-in shapes); rich
    (a twentieth of a second) only draws the table."""
    probe = (
        "import contextlib, io, sys\n"
        "from summitcheck.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['audit', sys.argv[1], '--no-cache', '--format', 'json'])\n"
        "heavy = ('pydantic', 'dateparser', 'trafilatura', 'rich')\n"
        "print(code, *sorted(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe, str(CORPUS)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.stdout.split() == ["1"], proc.stderr
