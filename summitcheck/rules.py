"""Load and validate rules.yaml (and the built-in pack) into Rules.

The schema is declared once, in SCHEMA below: every section, every field, its
type. Validation walks it, so an unknown key, a wrong type or a bad regular
expression is reported with the file, line, column and rule id.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import RulesError
from .regexes import regex
from .yamlpos import Located, load_located, parse_located

BUILTIN_DIR = Path(__file__).parent / "data"
BUILTIN_FILES = ("builtin.yaml", "qualifiers.yaml")
RULES_ENV = "SUMMITCHECK_RULES"
# A user-written pattern (boilerplate, topic cues) may spend this long on one file.
REGEX_SECONDS = 1.0

# --------------------------------------------------------------- schema
# field name -> type; "!" marks a required field. Types: str, strs (list of
# strings), float, int, bool, date, regexes (list of regular expressions),
# regex, or a tuple of allowed strings.

ENTRY_SECTIONS: dict[str, dict[str, Any]] = {
    "qualifiers": {
        "id!": "str", "label": "str", "variants!": "strs", "kind": ("country", "body"),
        "head_of_government": "str", "head_of_state": "str", "chief": "str", "nouns": "strs",
    },
    "titles": {"id!": "str", "label": "str", "variants!": "strs", "unique": "bool",
               "qualifier": "str", "means": "str", "means_for": "strs"},
    "modifiers": {
        "id!": "str", "label": "str", "variants!": "strs",
        "tense": ("past", "current", "future"), "joins_title": "bool", "same_office": "bool",
        "exact_case": "bool",
    },
    "people": {"id": "str", "name!": "str", "aliases": "strs"},
    "topics": {
        "id!": "str", "label": "str",
        "kinds!": "kinds",
        "cues!": "regexes", "weak_cues": "regexes", "days": "int", "report": "bool",
    },
    "currencies": {
        "id!": "str", "label": "str", "symbols": "strs", "words": "strs", "rate": "float",
    },
    "boilerplate": {"id!": "str", "pattern!": "regex", "scope": ("line", "rest")},
}
MAPPING_SECTIONS: dict[str, dict[str, Any]] = {
    "event": {"name": "str", "date": "date", "days": "int", "timezone": "str", "topic": "str",
              "places": "strs"},
    "tolerance": {"relative": "float", "exchange": "float", "minutes": "int"},
}
TOP_LEVEL = {"extends": ("builtin", "none"), "base_currency": "str", "honorifics": "strs"}
TOP_LEVEL |= {k: "section" for k in ENTRY_SECTIONS} | {k: "mapping" for k in MAPPING_SECTIONS}

FIGURE_KINDS = ("count", "money", "percent", "duration")
TOPIC_KINDS = FIGURE_KINDS + ("date", "time")


@dataclass(frozen=True)
class Event:
    name: str = ""
    date: dt.date | None = None
    days: int | None = None  # None: unknown length (start and end dates are separate claims)
    timezone: str = ""  # "": unknown; times without a zone stay local times
    topic: str = "summit"
    # where it is held ("London", "Lancaster House"): a date of its topic days away is
    # another meeting of its kind only when its sentence names another place
    places: tuple[str, ...] = ()
    # the date is no rule's: the corpus's most common publication date, given to an
    # undated article to read its dates from (pipeline.anchored)
    anchored: bool = False


@dataclass(frozen=True)
class Tolerance:
    relative: float = 0.02
    exchange: float = 0.05
    minutes: int = 0


@dataclass(frozen=True)
class Entry:
    """One rule of a list section, with where it was written."""

    section: str
    id: str
    fields: dict
    path: str = ""
    line: int | None = None

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)

    @property
    def label(self) -> str:
        return self.fields.get("label") or self.fields.get("name") or self.id


@dataclass
class Rules:
    path: str | None = None
    extends: str = "builtin"
    event: Event = field(default_factory=Event)
    tolerance: Tolerance = field(default_factory=Tolerance)
    base_currency: str = "GBP"
    honorifics: tuple[str, ...] = ()
    sections: dict[str, list[Entry]] = field(default_factory=dict)
    digest: str = ""

    def __getattr__(self, name: str) -> list[Entry]:
        if name in ENTRY_SECTIONS:
            return self.sections.get(name, [])
        raise AttributeError(name)

    def topics_for(self, kind: str) -> list[Entry]:
        return [t for t in self.sections.get("topics", []) if kind in t.get("kinds", ())]


def slow_rule_warning(entry: Entry, display: str) -> str:
    """The warning for a rule whose pattern ran out of time on one file."""
    where = f"{entry.path}:{entry.line}: " if entry.line else f"{entry.path}: "
    return (f"{where}rule '{entry.id}': pattern took longer than {REGEX_SECONDS:g} s on "
            f"{display}; not applied to that file")


# --------------------------------------------------------------- loading


def find_rules(corpus: Path, explicit: Path | None, cwd: Path | None = None) -> Path | None:
    """Which rules file applies: --rules, $SUMMITCHECK_RULES, the corpus folder
    or its nearest parent, the current directory; None means the built-in pack alone."""
    if explicit is not None:
        return explicit
    env = os.environ.get(RULES_ENV)
    if env:
        return Path(env)
    folder = corpus.resolve()
    for parent in (folder, *folder.parents):
        candidate = parent / "rules.yaml"
        if candidate.is_file():
            return candidate
    candidate = (cwd or Path.cwd()) / "rules.yaml"
    return candidate if candidate.is_file() else None


def load_rules(path: Path | None, display: str | None = None) -> Rules:
    """The effective rules: the built-in pack extended by `path` (if any)."""
    user: Located | None = None
    if path is not None:
        if not path.exists():
            raise RulesError("rules file not found", display or str(path))
        if path.is_dir():
            raise RulesError("rules path is a folder, not a file", display or str(path))
        user = load_located(path, display)
        if not isinstance(user.data, dict):
            if user.data in (None, ""):
                user.data = {}
            else:
                raise RulesError("rules file must be a mapping of sections", user.path, 1, 1)
        validate(user)
    layers = []
    if user is None or user.data.get("extends", "builtin") != "none":
        layers.extend(_builtin_layers())
    if user is not None:
        layers.append(user)
    rules = _merge(layers)
    rules.path = str(path) if path is not None else None
    if user is not None:
        rules.extends = user.data.get("extends", "builtin")
    return rules


@cache
def _builtin_layers() -> tuple[Located, ...]:
    """The built-in pack, read with libyaml when present (tests validate it with
    positions: see builtin_located)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    layers = []
    for name in BUILTIN_FILES:
        p = BUILTIN_DIR / name
        data = yaml.load(p.read_text(encoding="utf-8"), Loader=loader) or {}
        layers.append(Located(data, {}, f"<builtin>/{name}"))
    return tuple(layers)


def builtin_located() -> list[Located]:
    """The built-in pack with positions, for validation."""
    return [parse_located((BUILTIN_DIR / n).read_text(encoding="utf-8"), f"<builtin>/{n}")
            for n in BUILTIN_FILES]


def parse_rules_text(text: str, display: str = "rules.yaml") -> Rules:
    """Rules from YAML text (tests and `rules check` on stdin)."""
    loc = parse_located(text, display)
    if not isinstance(loc.data, dict):
        loc.data = {}
    validate(loc)
    layers = [] if loc.data.get("extends") == "none" else list(_builtin_layers())
    return _merge([*layers, loc])


def _merge(layers: list[Located]) -> Rules:
    rules = Rules()
    # Entries with the same id merge field by field: a rules file can add a
    # rate to a built-in currency or a variant to a built-in title.
    sections: dict[str, dict[str, Entry]] = {k: {} for k in ENTRY_SECTIONS}
    event: dict = {}
    tolerance: dict = {}
    for loc in layers:
        d = loc.data
        event |= d.get("event") or {}
        tolerance |= d.get("tolerance") or {}
        if "base_currency" in d:
            rules.base_currency = str(d["base_currency"]).upper()
        rules.honorifics += tuple(h for h in d.get("honorifics") or [] if h not in rules.honorifics)
        for name in ENTRY_SECTIONS:
            for i, raw in enumerate(d.get(name) or []):
                key = raw.get("id") or _slug(raw.get("name", ""))
                pos = loc.where((name, i))
                old = sections[name].get(key)
                fields = {**old.fields, **raw} if old else raw
                sections[name][key] = Entry(name, key, fields, loc.path, pos[0] if pos else None)
    if isinstance(event.get("date"), str):
        event["date"] = dt.date.fromisoformat(event["date"])
    if isinstance(event.get("date"), dt.datetime):
        event["date"] = event["date"].date()
    if "places" in event:
        event["places"] = tuple(event["places"])
    rules.event = Event(**event)
    rules.tolerance = Tolerance(**tolerance)
    rules.sections = {k: list(v.values()) for k, v in sections.items()}
    blob = json.dumps(
        [[e.section, e.id, e.fields] for v in rules.sections.values() for e in v]
        + [event, tolerance, rules.base_currency, rules.honorifics],
        sort_keys=True, default=str,
    )
    rules.digest = hashlib.sha256(blob.encode()).hexdigest()[:16]
    return rules


def _slug(text: str) -> str:
    return regex.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --------------------------------------------------------------- validation


def validate(loc: Located) -> None:
    """Raise RulesError for the first problem in document order."""
    problems = check(loc)
    if problems:
        first = problems[0]
        first.problems = problems
        raise first


def check(loc: Located) -> list[RulesError]:
    """Every problem of one rules file, in document order."""
    d = loc.data
    problems: list[RulesError] = []

    def err(keypath: tuple, msg: str, rule: str | None = None) -> None:
        pos = loc.where(keypath) or (None, None)
        problems.append(RulesError(msg, loc.path, pos[0], pos[1], rule))

    if not isinstance(d, dict):
        err((), "rules file must be a mapping of sections")
        return problems
    # an entry that extends a built-in one (same id) need not repeat its required keys
    known: dict[str, set[str]] = {}
    if d.get("extends", "builtin") != "none" and not loc.path.startswith("<builtin>"):
        for layer in _builtin_layers():
            for name in ENTRY_SECTIONS:
                known.setdefault(name, set()).update(
                    str(e.get("id")) for e in layer.data.get(name) or [] if isinstance(e, dict))
    for key, value in d.items():
        if key not in TOP_LEVEL:
            err((key, "<key>"), _unknown("key", key, TOP_LEVEL))
            continue
        kind = TOP_LEVEL[key]
        if kind == "section":
            _check_section(key, value, err, known.get(key, set()))
        elif kind == "mapping":
            if not isinstance(value, dict):
                err((key,), f"'{key}' must be a mapping")
                continue
            _check_fields(MAPPING_SECTIONS[key], value, (key,), None, err)
        else:
            _check_value(kind, value, (key,), key, None, err)
    _check_people(d.get("people"), err)
    problems.sort(key=lambda e: (e.line or 0, e.column or 0))
    return problems


def _check_section(name: str, value: Any, err, known: set[str]) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        err((name,), f"'{name}' must be a list of rules")
        return
    seen: dict[str, int] = {}
    spec = ENTRY_SECTIONS[name]
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            err((name, i), f"each entry of '{name}' must be a mapping")
            continue
        rid = entry.get("id") or (_slug(str(entry.get("name", ""))) if name == "people" else None)
        rid = str(rid) if rid is not None else None
        _check_fields(spec, entry, (name, i), rid, err, extends=rid in known)
        if rid:
            if rid in seen:
                err((name, i), f"duplicate rule id (first at entry {seen[rid] + 1})", rid)
            else:
                seen[rid] = i


def _check_fields(spec: dict, entry: dict, keypath: tuple, rid: str | None, err,
                  extends: bool = False) -> None:
    names = {k.rstrip("!"): v for k, v in spec.items()}
    for k in spec:
        if k.endswith("!") and k[:-1] not in entry and not extends:
            err(keypath, f"missing required key '{k[:-1]}'", rid)
    for key, value in entry.items():
        if key not in names:
            err(keypath + (key, "<key>"), _unknown("key", key, names), rid)
            continue
        _check_value(names[key], value, keypath + (key,), key, rid, err)


def _check_value(kind: Any, value: Any, keypath: tuple, key: str, rid: str | None, err) -> None:
    def bad(expected: str) -> None:
        err(keypath, f"'{key}' must be {expected}, not {_typename(value)}", rid)

    if isinstance(kind, tuple):
        if value not in kind:
            options = ", ".join(kind)
            err(keypath, f"'{key}' must be one of {options}, not {value!r}", rid)
    elif kind == "str":
        if not isinstance(value, str) or not value.strip():
            bad("a non-empty string")
    elif kind == "strs":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            bad("a list of non-empty strings")
    elif kind == "kinds":
        if not isinstance(value, list) or not value:
            bad("a list of kinds")
        else:
            for i, v in enumerate(value):
                if v not in TOPIC_KINDS:
                    err(keypath + (i,), _unknown("kind", str(v), TOPIC_KINDS), rid)
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            bad("a non-negative number")
        elif not math.isfinite(value):  # YAML's .nan and .inf: no figure compares with them
            err(keypath, f"'{key}' must be a finite number, not {value}", rid)
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            bad("a non-negative whole number")
    elif kind == "bool":
        if not isinstance(value, bool):
            bad("true or false")
    elif kind == "date":
        if not isinstance(value, dt.date):
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                bad("a date (YYYY-MM-DD)")
    elif kind in ("regex", "regexes"):
        items = [value] if kind == "regex" else value
        if not isinstance(items, list) or not all(isinstance(v, str) and v for v in items):
            bad("a regular expression" if kind == "regex" else "a list of regular expressions")
            return
        for i, pattern in enumerate(items):
            try:
                regex.compile(pattern)
            except regex.error as e:
                where = keypath if kind == "regex" else keypath + (i,)
                err(where, f"invalid regular expression {pattern!r}: {e}", rid)


def _check_people(people: Any, err) -> None:
    """An alias may not name its own person, nor another person (that would be a loop)."""
    if not isinstance(people, list):
        return
    owner: dict[str, tuple[str, int]] = {}
    for i, p in enumerate(people):
        if isinstance(p, dict) and isinstance(p.get("name"), str):
            owner[_fold(p["name"])] = (p.get("id") or _slug(p["name"]), i)
    for i, p in enumerate(people):
        if not isinstance(p, dict) or not isinstance(p.get("aliases"), list):
            continue
        rid = p.get("id") or _slug(str(p.get("name", "")))
        for j, alias in enumerate(p["aliases"]):
            if not isinstance(alias, str):
                continue
            other = owner.get(_fold(alias))
            if other and other[1] == i:
                err(("people", i, "aliases", j), f"alias '{alias}' points at itself", rid)
            elif other:
                err(
                    ("people", i, "aliases", j),
                    f"alias '{alias}' is the name of rule '{other[0]}' (an alias loop)", rid,
                )


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _unknown(what: str, key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown {what} '{key}'{hint}"


def _typename(value: Any) -> str:
    return {
        dict: "a mapping", list: "a list", str: "a string", bool: "a boolean",
        int: "a number", float: "a number", type(None): "empty",
    }.get(type(value), type(value).__name__)
