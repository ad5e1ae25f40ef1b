"""Load a folder of articles into Sources: decoding, front matter, datelines, boilerplate.

Every file found is returned: read, or with the reason it was skipped.
Positions are offsets into the decoded text as it is on disk; front matter,
datelines and boilerplate lines stay in the text and are marked excluded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import time
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import yaml

from .candidates import (
    Keywords,
    bounded_work,
    keyword_sets,
    keyword_source,
    lowered,
    needs_digit,
    required_literals,
)
from .decoding import NotText, declared_charset, decode
from .models import Source, line_starts
from .normalize.dates import parse_dateline, wire_dateline
from .regexes import regex
from .rules import REGEX_SECONDS, Rules, slow_rule_warning
from .text import LOOK_ALIKES, prepared
from .walk import (  # noqa: F401 - the folder walk is part of loading a corpus
    HTML_TYPES,
    MAX_BYTES,
    TEXT_TYPES,
    CorpusFiles,
    Walk,
    corpus_files,
    join_path,
    list_files,
    read_file,
)

_FRONT = regex.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", regex.S)
# libyaml when present: the pure-Python loader costs more than the rest of reading a file
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_source(path: Path, source_id: str, display: str, rules: Rules,
                max_bytes: int = MAX_BYTES) -> Source:
    """One file as a Source, or a skipped Source saying why it could not be read."""
    raw = read_file(path, max_bytes)
    if isinstance(raw, str):
        return Source(id=source_id, path=display, skipped=raw)
    return decode_source(raw, path, source_id, display, rules)


def decode_source(raw: bytes, path: Path, source_id: str, display: str, rules: Rules) -> Source:
    """A Source from a file's bytes: decoded, an HTML page's article taken out of it;
    skipped with the reason when that fails."""

    def skipped(reason: str) -> Source:
        return Source(id=source_id, path=display, skipped=reason)

    suffix = path.suffix.lower()
    try:
        text, encoding = decode(raw, declared_charset(raw) if suffix in HTML_TYPES else None)
    except NotText as e:
        return skipped(e.reason)
    if not text.strip():
        return skipped("empty")
    if suffix in HTML_TYPES:
        from .webpage import NoArticle, read_page

        try:
            page = read_page(text)
        except NoArticle as e:
            return skipped(e.reason)
        meta = {"title": page.title, "source": page.outlet, "url": page.url,
                "published": page.published}
        return read_text(page.text, source_id, display, rules, encoding, "html", meta)
    return read_text(text, source_id, display, rules, encoding, TEXT_TYPES[suffix])


def read_text(text: str, source_id: str, display: str, rules: Rules, encoding: str = "utf-8",
              fmt: str = "text", meta: dict | None = None) -> Source:
    """A Source from decoded text: front matter, dateline, excluded ranges. `meta`
    (an HTML page's metadata) stands in for front matter."""
    excluded: list[tuple[int, int]] = []
    body_start = 0
    m = _FRONT.match(text) if meta is None and text.startswith("---") else None
    meta = dict(meta or {})
    if m:
        try:
            loaded = yaml.load(m.group(1), Loader=_YAML_LOADER)
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            excluded.append((0, m.end()))
            body_start = m.end()
    # ("date:", as static-site generators write it, where "published:" is missing)
    published = _as_datetime(meta.get("published", meta.get("date")), rules)
    starts = line_starts(text)
    lines = _line_spans(text, starts, body_start)
    # A dateline near the top is metadata about the article, not a claim.
    seen = 0
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            continue
        found = parse_dateline(line, rules.event.timezone)
        if found is not None:
            if published is None:
                published = found
            excluded.append((s, e))
            break
        wire = wire_dateline(line, rules.event.date)
        if wire is not None:
            # "LONDON, March 2 (Reuters) -": the prefix only; the sentence goes on
            if published is None and wire[1] is not None:
                published = wire[1]
            excluded.append((s, s + wire[0]))
            break
        seen += 1
        if seen == 6:
            break
    warnings: list[str] = []
    excluded.extend(_boilerplate(text, lines, rules, display, warnings))
    excluded.extend(_foreign_script(text, body_start))
    if "@" in text or "http" in text or "www." in text:
        excluded.extend((m.start(), m.end()) for m in _ADDRESS.finditer(text, body_start))
    return Source(
        id=source_id,
        path=display,
        text=text,
        published=published,
        title=_str(meta.get("title")),
        outlet=_str(meta.get("source")),
        url=_str(meta.get("url")),
        encoding=encoding,
        format=fmt,
        warnings=tuple(warnings),
        excluded=_merged(excluded),
        line_starts=starts,
    )


def _line_spans(text: str, starts: tuple[int, ...], first: int) -> list[tuple[int, int]]:
    """(start, end) of every line from offset `first` (a line start), its line break
    included; an empty last line is not one."""
    i = bisect.bisect_left(starts, first)
    out = list(pairwise(starts[i:]))
    if starts[-1] < len(text) and starts[-1] >= first:
        out.append((starts[-1], len(text)))
    return out


def _boilerplate(text: str, lines: list[tuple[int, int]], rules: Rules, display: str,
                 warnings: list[str]) -> list[tuple[int, int]]:
    """Lines that are not the article: a rule of `boilerplate` matches them, or they
    repeat an earlier line word for word (a headline printed twice). A rule may spend
    REGEX_SECONDS on the file; one that runs out of time is dropped for it, with a
    warning. A pattern that cannot backtrack for ever runs without the clock."""
    compiled = _boilerplate_patterns(rules)
    patterns = compiled.patterns
    if compiled.plain and "\u03a3" not in text:
        # the words are found in the scan copy with the extractors' keywords, in one pass
        found = prepared(text).hits(keyword_sets(rules))
        words = None if found is None else found["boilerplate"]
    else:
        low = lowered(text)
        words = None if low is None else compiled.words.hits(low)
    # each pattern is tried only on the lines holding a word every match of it holds, or
    # a digit (the digits of the scan copy are those of the text)
    always = compiled.anywhere if words is not None else list(range(len(patterns)))
    some: dict[int, set[int]] = {}  # line -> the other patterns tried on it
    starts = [s for s, _ in lines]
    with_digits: set[int] = set()
    if compiled.digits:
        with_digits = {bisect.bisect_right(starts, d) - 1 for d in prepared(text).digits}
        always = [k for k in always if k not in compiled.digits]
    if words is not None:
        for s, w in words:
            i = bisect.bisect_right(starts, s) - 1
            for k in compiled.needs[w]:
                some.setdefault(i, set()).add(k)
    budget = [REGEX_SECONDS] * len(patterns)
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for i, (s, e) in enumerate(lines):
        line = text[s:e].rstrip("\r\n")
        # the line with its white space made single spaces; as it is when it holds
        # no white space but single spaces (the others are not printable)
        if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
            key = line
        else:
            key = " ".join(line.split())
        if not key:
            continue
        if key in seen and len(key) < 300:
            out.append((s, e))
            continue
        seen.add(key)
        extra = some.get(i)
        if i in with_digits:
            extra = compiled.digits if extra is None else extra | compiled.digits
        # in the rules' order, as if each pattern were tried in turn
        for k in always if extra is None else sorted(extra.union(always)):
            entry, pattern, scope, timed = patterns[k]
            if not timed:
                hit = pattern.search(line)
            elif budget[k] <= 0:
                continue
            else:
                began = time.perf_counter()
                try:
                    hit = pattern.search(line, timeout=budget[k])
                except TimeoutError:
                    hit = None
                    budget[k] = 0
                    warnings.append(slow_rule_warning(entry, display))
                else:
                    budget[k] -= time.perf_counter() - began
            if hit:
                if scope == "rest":
                    out.append((s, len(text)))
                    return out
                out.append((s, e))
                break
    return out


def _foreign_script(text: str, start: int) -> list[tuple[int, int]]:
    """Runs of another script than the article's (an Arabic advertising line in an
    English article), with the digits and punctuation that follow them on their line.
    Only for articles written mostly in Latin script."""
    if _MAYBE_OTHER.search(text, start) is None or _NON_LATIN.search(text, start) is None:
        return []
    runs = [(m.start(), m.end()) for m in _FOREIGN_RUN.finditer(text, start)]
    foreign = sum(len(_NON_LATIN.findall(text, s, e)) for s, e in runs)
    # ASCII letters are Latin: when they alone outnumber the others, no need to count more
    ascii_letters = len(text[start:].encode("ascii", "ignore").translate(None, _NOT_LETTER_BYTES))
    if ascii_letters > foreign:
        return runs
    latin = len(_LATIN.findall(text, start))
    return runs if latin > foreign else []


_OTHER = r"[^\P{L}\p{Latin}\p{Common}\p{Inherited}]"  # a letter of a script other than Latin
_NON_LATIN = regex.compile(_OTHER)
# Characters that are never such a letter (checked in tests/test_loading.py): a text
# made of them only needs no look with the Unicode tables (plain re, several times faster)
LATIN_SAFE = "\x00-\u036f\u1dc0-\u1eff\u1ffd-\u2125\u2127-\u2bff"
_MAYBE_OTHER = re.compile(f"[^{LATIN_SAFE}]")
_NOT_LETTER_BYTES = bytes(b for b in range(128) if not chr(b).isalpha())
_LATIN = regex.compile(r"\p{Latin}")
_FOREIGN_RUN = regex.compile(rf"{_OTHER}+(?:[^\p{{L}}\r\n]+{_OTHER}+)*[^\p{{L}}\r\n]*")
# Addresses are not claims: "https://example.com/2025/03/02/summit", "press@example.org".
_ADDRESS = regex.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted ranges with overlapping and touching ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(r for r in ranges if r[1] > r[0]):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return tuple(out)


@dataclass(frozen=True)
class _Boilerplate:
    """The boilerplate rules compiled: (rule, pattern, scope) each, and an automaton
    over the words one of which every match of a rule holds (None for a rule whose
    matches need none), giving for each word the rules that need it."""

    patterns: list[tuple]  # (rule, compiled, scope, timed)
    words: Keywords
    needs: dict[str, list[int]]
    anywhere: list[int]  # rules tried on every line
    # no word holds a look-alike character (text.scan_copy): the words found in the scan
    # copy are then those found in the text, and more (tried in vain), when lower-casing
    # goes character by character (not for a capital sigma: its lower case depends on
    # what follows, which the scan copy may have changed)
    plain: bool
    digits: frozenset[int]  # of the rules tried on every line, those whose matches hold a digit


_BOILERPLATE: dict[str, _Boilerplate] = {}


def _boilerplate_patterns(rules: Rules) -> _Boilerplate:
    """The rules' boilerplate patterns compiled, once per rules."""
    found = _BOILERPLATE.get(rules.digest)
    if found is None:
        patterns, needs, anywhere = [], {}, []
        for k, b in enumerate(rules.boilerplate):
            # a pattern runs against the clock (REGEX_SECONDS a file), but for one that
            # cannot backtrack for ever
            timed = not bounded_work(b.get("pattern"))
            patterns.append((b, regex.compile(b.get("pattern")), b.get("scope", "line"), timed))
            words = required_literals(b.get("pattern"))
            if words is None:
                anywhere.append(k)
            for w in words or ():
                needs.setdefault(w, []).append(k)
        plain = not any(c in LOOK_ALIKES for w in needs for c in w)
        digits = frozenset(k for k in anywhere if needs_digit(patterns[k][1].pattern))
        found = _BOILERPLATE[rules.digest] = _Boilerplate(
            patterns, Keywords(needs, fold=False), needs, anywhere, plain, digits)
    return found


@keyword_source("boilerplate")
def _boilerplate_words(rules: Rules) -> dict:
    return {"boilerplate": (_boilerplate_patterns(rules).needs, True, False)}


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
