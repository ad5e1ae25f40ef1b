"""rules.yaml: validation messages word for word, the built-in pack's data, which file applies."""

from __future__ import annotations

import os
from collections import Counter

import pytest
import regex

from summitcheck.cli import main
from summitcheck.rules import builtin_located, check, find_rules, load_rules, parse_rules_text
from summitcheck.yamlpos import parse_located

from .conftest import ROOT


def problems(text: str) -> list[str]:
    return [str(p) for p in check(parse_located(text, "rules.yaml"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("evnt: {}\n", ["rules.yaml:1:1: unknown key 'evnt' (did you mean 'event'?)"]),
        ("event:\n  timezon: UTC\n",
         ["rules.yaml:2:3: unknown key 'timezon' (did you mean 'timezone'?)"]),
        ("topics:\n  - id: nato-chief\n    kinds: [count]\n    patern: x\n    cues: [x]\n",
         ["rules.yaml:4:5: rule 'nato-chief': unknown key 'patern'"]),
        ("topics:\n  - id: t\n    kinds: [monye]\n    cues: [x]\n",
         ["rules.yaml:3:13: rule 't': unknown kind 'monye' (did you mean 'money'?)"]),
        ("topics:\n  - id: t\n    kinds: [count]\n    cues: ['missiles(']\n",
         ["rules.yaml:4:12: rule 't': invalid regular expression 'missiles(': "
          "missing ) at position 9"]),
        ("titles:\n  - {id: pm, variants: [PM]}\n  - {id: pm, variants: [Premier]}\n",
         ["rules.yaml:3:5: rule 'pm': duplicate rule id (first at entry 1)"]),
        ("titles:\n  - id: pm\n    variants: Prime Minister\n",
         ["rules.yaml:3:15: rule 'pm': 'variants' must be a list of non-empty strings, "
          "not a string"]),
        ("tolerance:\n  relative: lots\n",
         ["rules.yaml:2:13: 'relative' must be a non-negative number, not a string"]),
        ("tolerance:\n  relative: .nan\n",
         ["rules.yaml:2:13: 'relative' must be a finite number, not nan"]),
        ("currencies:\n  - {id: XAU, label: gold, symbols: [oz], rate: .inf}\n",
         ["rules.yaml:2:49: rule 'XAU': 'rate' must be a finite number, not inf"]),
        ("event:\n  date: next week\n",
         ["rules.yaml:2:9: 'date' must be a date (YYYY-MM-DD), not a string"]),
        ("people:\n  - name: Sergei Lavrov\n    aliases: [Sergei Lavrov]\n",
         ["rules.yaml:3:15: rule 'sergei-lavrov': alias 'Sergei Lavrov' points at itself"]),
        ("people:\n  - name: Sergei Lavrov\n  - name: Sergey Lavrov\n    aliases: [Sergei Lavrov]\n",
         ["rules.yaml:4:15: rule 'sergey-lavrov': alias 'Sergei Lavrov' is the name of rule "
          "'sergei-lavrov' (an alias loop)"]),
        ("topics:\n  - id: t\n    cues: [x]\n",
         ["rules.yaml:2:5: rule 't': missing required key 'kinds'"]),
        ("extends: nothing\n",
         ["rules.yaml:1:10: 'extends' must be one of builtin, none, not 'nothing'"]),
    ],
)
def test_rules_check_messages(text, expected):
    assert problems(text) == expected


def test_invalid_yaml_names_line_and_column():
    with pytest.raises(Exception) as err:
        parse_located("topics: [\n", "rules.yaml")
    assert str(err.value).startswith("rules.yaml:2:1: invalid YAML")


def test_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        bomb += f"{'b' * i}: &{'b' * i} [" + ", ".join([f"*{'b' * (i - 1) if i > 1 else 'a'}"] * 10) + "]\n"
    with pytest.raises(Exception) as err:
        parse_located(bomb, "rules.yaml")
    assert "alias bomb" in str(err.value)


def test_rules_check_command_prints_every_problem(tmp_path, capsys):
    f = tmp_path / "rules.yaml"
    f.write_text("evnt: {}\ntopics:\n  - id: t\n    kinds: [count]\n    cues: ['(']\n")
    assert main(["rules", "check", str(f)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{f}:1:1: unknown key 'evnt' (did you mean 'event'?)",
        f"{f}:5:12: rule 't': invalid regular expression '(': missing ) at position 1",
    ]


def test_audit_reports_rules_errors_the_same_way(tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("NATO Secretary General Mark Rutte spoke.\n")
    f = tmp_path / "rules.yaml"
    f.write_text("evnt: {}\n")
    assert main(["audit", str(tmp_path / "corpus")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{f}:1:1: unknown key 'evnt' (did you mean 'event'?)"]


# ------------------------------------------------------------ the built-in pack


def test_builtin_pack_validates_with_positions():
    for loc in builtin_located():
        assert check(loc) == [], loc.path


@pytest.mark.parametrize("section", ["qualifiers", "titles", "modifiers", "currencies"])
def test_builtin_variants_are_unique(section):
    rules = parse_rules_text("")
    field = {"currencies": "symbols"}.get(section, "variants")
    seen = Counter(v for e in getattr(rules, section) for v in e.get(field, []))
    assert [v for v, n in seen.items() if n > 1] == []


def test_builtin_qualifiers_cover_every_country():
    rules = parse_rules_text("")
    countries = [q for q in rules.qualifiers if q.get("kind", "country") == "country"]
    assert len(countries) >= 195
    ids = {q.id for q in rules.qualifiers}
    assert {"nato", "european-union", "european-commission", "united-nations"} <= ids
    titles = {t.id for t in rules.titles}
    for q in rules.qualifiers:
        for key in ("head_of_government", "head_of_state", "chief"):
            value = q.get(key)
            assert value in (None, "none") or value in titles, (q.id, key, value)


def test_builtin_topic_cues_compile_and_boilerplate_scopes():
    rules = parse_rules_text("")
    for t in rules.topics:
        for cue in t.get("cues"):
            regex.compile(cue)
    assert {b.get("scope", "line") for b in rules.boilerplate} <= {"line", "rest"}


def test_extends_none_turns_the_builtin_pack_off():
    assert parse_rules_text("extends: none\n").titles == []
    assert len(parse_rules_text("").titles) > 10


def test_entry_with_a_builtin_id_merges_field_by_field():
    rules = parse_rules_text("currencies:\n  - {id: USD, rate: 0.79}\n")
    usd = next(c for c in rules.currencies if c.id == "USD")
    assert usd.get("rate") == 0.79
    assert "$" in usd.get("symbols")


# ------------------------------------------------------------ which file applies


def test_rules_found_in_corpus_parent_then_cwd_then_none(tmp_path, monkeypatch):
    monkeypatch.delenv("SUMMITCHECK_RULES", raising=False)
    corpus = tmp_path / "news" / "corpus"
    corpus.mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert find_rules(corpus, None, cwd=elsewhere) is None
    (elsewhere / "rules.yaml").write_text("{}\n")
    assert find_rules(corpus, None, cwd=elsewhere) == elsewhere / "rules.yaml"
    (tmp_path / "news" / "rules.yaml").write_text("{}\n")
    assert find_rules(corpus, None, cwd=elsewhere) == (tmp_path / "news" / "rules.yaml").resolve()
    monkeypatch.setenv("SUMMITCHECK_RULES", str(elsewhere / "rules.yaml"))
    assert find_rules(corpus, None, cwd=elsewhere) == elsewhere / "rules.yaml"
    explicit = tmp_path / "x.yaml"
    assert find_rules(corpus, explicit, cwd=elsewhere) == explicit


def test_verbose_says_which_rules_file(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SUMMITCHECK_RULES", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Nothing here.\n")
    assert main(["audit", "corpus", "-v", "-f", "json"]) == 0
    assert "rules: the built-in pack only" in capsys.readouterr().err
    (tmp_path / "rules.yaml").write_text("event: {date: 2025-03-02}\n")
    assert main(["audit", "corpus", "-v", "-f", "json"]) == 0
    assert f"rules: {(tmp_path / 'rules.yaml').resolve()}" in capsys.readouterr().err


def test_project_rules_load():
    rules = load_rules(ROOT / "rules.yaml")
    assert rules.event.date.isoformat() == "2025-03-02"
    assert os.path.basename(rules.path) == "rules.yaml"
