"""Folder -> sources and mentions: reading, the cache, extraction in worker processes.

Each file is read, hashed and looked up in the cache; only files the cache
does not hold are parsed and extracted, in a pool of worker processes fed
large chunks. Results come back in file order, so the output is the same
whatever the number of workers.

Extraction of an article with no publication date depends on the rest of the
corpus: without an event date in the rules, its dates are anchored on the
corpus's most common publication date. Such articles wait for a second pass,
after every other file has been read.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gc
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .cache import Entry, MentionCache, content_hash
from .candidates import digit_starts, match_at
from .corpus import MAX_BYTES, CorpusFiles, corpus_files, decode_source, read_file
from .extract import extract_with_warnings
from .extract.dates import candidate_starts
from .models import Mention, Source
from .normalize.dates import DATE_PATTERN, parts_of, valid_day
from .rows import Row, mention, rows_of
from .rules import Rules

# Below this many files per worker a pool costs more than it saves.
MIN_FILES_PER_WORKER = 48
MAX_CHUNK = 256


@dataclass(frozen=True)
class Task:
    path: str
    source_id: str
    display: str
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True)
class FileResult:
    source: Source  # without its text: the report needs only what is known about it
    mentions: tuple[Mention, ...] | None  # None: waits for the corpus's reference date
    top_dates: tuple[dt.date, ...] = ()
    warnings: tuple[str, ...] = ()  # of extraction (loading's are in source.warnings)
    state: str = ""  # with a cache: the content hash read, or "!" and why it could not be read


@dataclass(frozen=True)
class Extraction:
    """A folder's sources (read or skipped, by path), their mentions in file order (as
    rows), the warnings of loading and extraction, and the entries ignored on purpose."""

    sources: list[Source]
    rows: list[Row]
    warnings: tuple[str, ...]
    ignored: tuple[tuple[str, str], ...]
    states: tuple[str, ...] = ()  # with a cache: each file's FileResult.state

    @cached_property
    def mentions(self) -> list[Mention]:
        return [mention(r) for r in self.rows]


_PENDING = object()  # the corpus's reference date is not known yet


def extract_corpus(folder: Path, rules: Rules, display: str | None = None, jobs: int | None = 1,
                   cache_dir: Path | None = None, max_bytes: int = MAX_BYTES,
                   found: CorpusFiles | None = None) -> Extraction:
    """Every source of the folder (read or skipped) and every mention, in file order.

    `jobs`: worker processes (None: one per CPU, in-process for a small corpus);
    `cache_dir`: where extractions are cached (None: no cache); files over
    `max_bytes` are skipped; `found`: the folder's listing, when already made."""
    if found is None:
        found = corpus_files(folder, display)
    tasks = [Task(p, sid, shown, max_bytes) for p, sid, shown in found.files]
    cache = MentionCache(cache_dir, rules.digest) if cache_dir else None
    # an empty cache holds nothing to look up first
    lookup = cache if cache_dir is not None and cache_dir.is_dir() else None
    results: list[FileResult | None] = [None] * len(tasks)

    def run_all(indices: list[int], anchor) -> None:
        # what the cache holds is read here (no worker would be faster at it); the
        # rest goes to the workers, as many as that many files are worth
        todo = []
        for i in indices:
            r = extract_file(tasks[i], rules, lookup, anchor, cached_only=True) if lookup else None
            if r is None:
                todo.append(i)
            else:
                results[i] = r
        for i, r in zip(todo, _run([tasks[i] for i in todo], rules, cache_dir, jobs, anchor), strict=True):
            results[i] = r

    run_all(list(range(len(tasks))), rules.event.date if rules.event.date is not None else _PENDING)
    waiting = [i for i, r in enumerate(results) if r.mentions is None]
    if waiting:
        day = reference_date([r.source for r in results], [r.top_dates for r in results])
        run_all(waiting, day)
    sources = sorted([r.source for r in results] + found.skipped, key=lambda s: s.path)
    warnings = tuple(w for r in results for w in (*r.source.warnings, *r.warnings))
    return Extraction(sources, rows_of(m for r in results for m in r.mentions or ()), warnings,
                      tuple(found.ignored), tuple(r.state for r in results))


def reference_date(sources: Sequence[Source], top_dates: Sequence[Iterable[dt.date]]
                   ) -> dt.date | None:
    """The corpus's most common publication date, else the most common full date
    written near the top of the articles (the latest on a tie)."""
    read = [s for s in sources if s.skipped is None]
    days = Counter(d for s in read if (d := s.published_on(None)) is not None)
    if not days:
        for s, tops in zip(sources, top_dates, strict=True):
            if s.skipped is None:
                days.update(tops)
    if not days:
        return None
    return max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]


def top_dates(text: str) -> tuple[dt.date, ...]:
    """Full dates (with a year) in the first 2,000 characters."""
    out = []
    date_starts, _ = candidate_starts(text, digit_starts(text))
    for m in match_at(DATE_PATTERN, text, date_starts, min(len(text), 2000)):
        p = parts_of(m)
        if p.year and p.month and p.day and valid_day(p.year, p.month, p.day):
            out.append(dt.date(p.year, p.month, p.day))
    return tuple(out)


def anchored(rules: Rules, day: dt.date | None) -> Rules:
    """`rules` with `day` as the event date (the reference of undated articles)."""
    if day is None or rules.event.date == day:
        return rules
    out = copy.copy(rules)
    out.event = dataclasses.replace(rules.event, date=day)
    return out


def extract_file(task: Task, rules: Rules, cache: MentionCache | None, anchor,
                 cached_only: bool = False) -> FileResult | None:
    """One file: from the cache when it holds it, else read, parsed and extracted
    (with `cached_only`: else None). An undated article waits (mentions None)
    while `anchor` is _PENDING."""
    raw = read_file(task.path, task.max_bytes)
    if isinstance(raw, str):
        return FileResult(Source(id=task.source_id, path=task.display, skipped=raw), (),
                          state="!" + raw)
    digest = content_hash(raw) if cache is not None else ""
    if cache is not None:
        hit = cache.get(digest, task.source_id, task.display)
        if hit is not None:
            if hit.source.published is not None or (anchor is not _PENDING and hit.anchor == anchor):
                return FileResult(hit.source, hit.mentions, hit.top_dates, state=digest)
            if anchor is _PENDING:
                return FileResult(hit.source, None, hit.top_dates, state=digest)
    if cached_only:
        return None
    source = decode_source(raw, Path(task.path), task.source_id, task.display, rules)
    bare = dataclasses.replace(source, text="", excluded=(), line_starts=(0,))
    if source.skipped is not None:
        return FileResult(bare, (), state=digest)
    dated = source.published is not None
    # the dates near the top only anchor an undated corpus without an event date
    tops = () if dated or rules.event.date is not None else top_dates(source.text)
    if not dated and anchor is _PENDING:
        return FileResult(bare, None, tops, state=digest)
    found, warnings = extract_with_warnings(source, rules if dated else anchored(rules, anchor))
    mentions = tuple(found)
    if cache is not None and not warnings:
        # a file a rules pattern ran out of time on is extracted again next time
        cache.put(digest, Entry(bare, mentions, None if dated else anchor, tops))
    return FileResult(bare, mentions, tops, tuple(w for w in warnings if w not in source.warnings),
                      digest)


# ---------------------------------------------------------------- workers

_WORKER: dict = {}


def _init_worker(rules: Rules, cache_dir: Path | None) -> None:
    gc.set_threshold(100_000, 50, 1000)  # as in cli.main: many small objects that live on
    _WORKER["rules"] = rules
    _WORKER["cache"] = MentionCache(cache_dir, rules.digest) if cache_dir else None


def _work(args: tuple[Task, object]) -> FileResult:
    task, anchor = args
    if anchor == "pending":
        anchor = _PENDING
    return extract_file(task, _WORKER["rules"], _WORKER["cache"], anchor)


def _run(tasks: list[Task], rules: Rules, cache_dir: Path | None, jobs: int | None, anchor
         ) -> list[FileResult]:
    """extract_file over tasks, in this process or in a pool of worker processes."""
    if jobs is None:
        jobs = min(_cpus(), max(1, len(tasks) // MIN_FILES_PER_WORKER))
    workers = max(1, min(jobs, len(tasks)))
    if workers == 1:
        cache = MentionCache(cache_dir, rules.digest) if cache_dir else None
        return [extract_file(t, rules, cache, anchor) for t in tasks]
    from concurrent.futures import ProcessPoolExecutor

    # a pending anchor crosses the process boundary as a plain marker
    marker = "pending" if anchor is _PENDING else anchor
    chunk = max(1, min(MAX_CHUNK, -(-len(tasks) // workers)))
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(rules, cache_dir)) as pool:
        return list(pool.map(_work, [(t, marker) for t in tasks], chunksize=chunk))


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
