"""Load a folder of articles into Sources: decoding, front matter, datelines, boilerplate.

Every file found is returned: read, or with the reason it was skipped.
Positions are offsets into the decoded text as it is on disk; front matter,
datelines and boilerplate lines stay in the text and are marked excluded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import regex
import yaml

from .candidates import lowered, required_literals
from .errors import CorpusError
from .models import Source, line_starts
from .normalize.dates import parse_dateline, wire_dateline
from .rules import Rules

SUPPORTED = {".txt", ".md", ".markdown"}
MAX_BYTES = 5_000_000
_IGNORED_DIRS = {".git", ".hg", ".svn", "__pycache__", ".summitcheck-cache"}
_FRONT = regex.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", regex.S)
# libyaml when present: the pure-Python loader costs more than the rest of reading a file
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# plain re: no Unicode classes here, and it scans lines several times faster than regex
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def list_files(folder: Path) -> list[Path]:
    """Every regular file under `folder`, recursively, in a stable order."""
    if not folder.exists():
        raise CorpusError("corpus folder not found", str(folder))
    if not folder.is_dir():
        raise CorpusError("corpus path is not a folder", str(folder))
    found: list[Path] = []
    seen: set[Path] = set()

    def walk(d: Path) -> None:
        real = d.resolve()
        if real in seen:  # a symbolic link loop
            return
        seen.add(real)
        try:
            entries = sorted(d.iterdir(), key=lambda p: p.name)
        except OSError:
            return
        for p in entries:
            if _ignored(p.name):
                continue
            if p.is_dir():
                if p.name not in _IGNORED_DIRS:
                    walk(p)
            elif p.is_file():
                found.append(p)

    walk(folder)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith("~") or name.endswith((".swp", ".swo"))


def load_corpus(folder: Path, rules: Rules, display: str | None = None) -> list[Source]:
    return [load_source(p, sid, shown, rules) for p, sid, shown in corpus_files(folder, display)]


def corpus_files(folder: Path, display: str | None = None) -> list[tuple[Path, str, str]]:
    """(path, source id, path as shown) of every file under `folder`, in a stable order."""
    display_root = display if display is not None else str(folder)
    files = list_files(folder)
    ids = _source_ids(folder, files)
    return [(p, ids[p], _join(display_root, p.relative_to(folder).as_posix())) for p in files]


def _join(root: str, rel: str) -> str:
    return rel if root in ("", ".") else f"{root.rstrip('/')}/{rel}"


def _source_ids(folder: Path, files: list[Path]) -> dict[Path, str]:
    """Relative path without suffix; with the suffix where two files would share an id."""
    stems = [p.relative_to(folder).with_suffix("").as_posix() for p in files]
    count = Counter(stems)
    ids = {}
    for p, stem in zip(files, stems, strict=True):
        ids[p] = stem if count[stem] == 1 else p.relative_to(folder).as_posix()
    return ids


def load_source(path: Path, source_id: str, display: str, rules: Rules) -> Source:
    raw = read_file(path)
    if isinstance(raw, str):
        return Source(id=source_id, path=display, skipped=raw)
    return decode_source(raw, source_id, display, rules)


def read_file(path: Path) -> bytes | str:
    """The file's bytes, or the reason it is skipped."""
    if path.suffix.lower() not in SUPPORTED:
        return f"unsupported file type '{path.suffix or path.name}'"
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return f"too large ({size} bytes, limit {MAX_BYTES})"
        raw = path.read_bytes()
    except OSError as e:
        return f"unreadable: {e.strerror or e}"
    if not raw.strip():
        return "empty"
    if b"\x00" in raw:
        return "binary (NUL bytes)"
    return raw


def decode_source(raw: bytes, source_id: str, display: str, rules: Rules) -> Source:
    """A Source from a file's bytes (skipped when they are not UTF-8)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Source(id=source_id, path=display, skipped=f"undecodable: not UTF-8 (byte {e.start})")
    return read_text(text, source_id, display, rules, encoding="utf-8")


def read_text(text: str, source_id: str, display: str, rules: Rules, encoding: str = "utf-8"
              ) -> Source:
    """A Source from decoded text: front matter, dateline, excluded ranges."""
    excluded: list[tuple[int, int]] = []
    meta: dict = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.load(m.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            excluded.append((0, m.end()))
            body_start = m.end()
    published = _as_datetime(meta.get("published"), rules)
    lines = [(lm.start(), lm.end()) for lm in _LINE.finditer(text, body_start) if lm.end() > lm.start()]
    # A dateline near the top is metadata about the article, not a claim.
    nonblank = [(s, e) for s, e in lines if text[s:e].strip()][:6]
    for s, e in nonblank:
        found = parse_dateline(text[s:e], rules.event.timezone)
        if found is not None:
            if published is None:
                published = found
            excluded.append((s, e))
            break
        wire = wire_dateline(text[s:e], rules.event.date)
        if wire is not None:
            # "LONDON, March 2 (Reuters) -": the prefix only; the sentence goes on
            if published is None:
                published = wire[1]
            excluded.append((s, s + wire[0]))
            break
    excluded.extend(_boilerplate(text, lines, rules))
    return Source(
        id=source_id,
        path=display,
        text=text,
        published=published,
        title=_str(meta.get("title")),
        outlet=_str(meta.get("source")),
        url=_str(meta.get("url")),
        encoding=encoding,
        excluded=tuple(sorted(excluded)),
        line_starts=line_starts(text),
    )


def _boilerplate(text: str, lines: list[tuple[int, int]], rules: Rules) -> list[tuple[int, int]]:
    low = lowered(text)
    # a pattern is tried only on lines holding a word every match of it holds
    patterns = [(p, scope, words) for p, scope, words in _boilerplate_patterns(rules)
                if words is None or low is None or any(w in low for w in words)]
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for s, e in lines:
        line = text[s:e].rstrip("\r\n")
        key = " ".join(line.split())
        if not key:
            continue
        # A line repeated word for word (a headline printed twice) is read once.
        if key in seen and len(key) < 300:
            out.append((s, e))
            continue
        seen.add(key)
        low_line = low[s:e] if low is not None else None
        for pattern, scope, words in patterns:
            if words is not None and low_line is not None and not any(w in low_line for w in words):
                continue
            if pattern.search(line):
                if scope == "rest":
                    out.append((s, len(text)))
                    return out
                out.append((s, e))
                break
    return out


_BOILERPLATE: dict[str, list] = {}


def _boilerplate_patterns(rules: Rules) -> list[tuple[regex.Pattern, str, frozenset[str] | None]]:
    found = _BOILERPLATE.get(rules.digest)
    if found is None:
        found = _BOILERPLATE[rules.digest] = [
            (regex.compile(b.get("pattern")), b.get("scope", "line"), required_literals(b.get("pattern")))
            for b in rules.boilerplate]
    return found


def _str(v: object) -> str | None:
    return str(v) if v not in (None, "") else None


def _as_datetime(value: object, rules: Rules) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    return parse_dateline(str(value), rules.event.timezone, anywhere=True)
