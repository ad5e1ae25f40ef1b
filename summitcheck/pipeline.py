"""Folder -> sources and mention rows: reading, the cache, extraction in worker processes.

Each file's content hash is known from the index of file states when the file
has not changed (filestates.py), else read; what the cache holds is taken from
it, and only the other files are parsed and extracted, in a pool of worker
processes fed large chunks. A worker hands each file's extraction back as a
cache entry (cache.encode_entry), which the main process decodes as it does an
entry of the cache: the output is the same with the cache or without. Results
come back in file order, so the output is the same whatever the number of
workers.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from .cache import Entry, EntryPack, content_hash, encode_entry
from .filestates import FileStates, fill
from .models import Mention, Source
from .regexes import keep as keep_patterns
from .rows import Row, mention
from .rules import Rules
from .walk import MAX_BYTES, CorpusFiles, corpus_files, read_file

# Extraction is imported where it runs (in the workers, or here for a small corpus):
# a re-audit that finds everything in the cache does not pay for its start-up.

# Below this many files per worker a pool costs more than it saves.
MIN_FILES_PER_WORKER = 48
# With this many entries to read from the cache, files to extract are extracted in a
# worker process meanwhile, however few they are.
MIN_OVERLAP = 1000
MAX_CHUNK = 256


@dataclass(frozen=True)
class Task:
    path: str
    source_id: str
    display: str
    max_bytes: int = MAX_BYTES


class FileResult(NamedTuple):
    source: Source  # without its text: the report needs only what is known about it
    rows: list[Row] | None  # None: waits for the corpus's reference date
    top_dates: tuple[dt.date, ...] = ()
    warnings: tuple[str, ...] = ()  # of extraction (loading's are in source.warnings)
    state: str = ""  # with a cache: the content hash read, or "!" and why it could not be read


@dataclass(frozen=True)
class Extraction:
    """A folder's sources (read or skipped, by path), their mentions in file order (as
    rows, read from cache entries (cache.Table): every field has exactly its type), the
    warnings of loading and extraction, and the entries ignored on purpose."""

    sources: list[Source]
    rows: list[Row]
    warnings: tuple[str, ...]
    ignored: tuple[tuple[str, str], ...]
    states: tuple[str, ...] = ()  # with a cache: each file's FileResult.state

    @cached_property
    def mentions(self) -> list[Mention]:
        return [mention(r) for r in self.rows]


_PENDING = object()  # the corpus's reference date is not known yet
_PATH = attrgetter("path")


def extract_corpus(folder: Path, rules: Rules, display: str | None = None, jobs: int | None = 1,
                   cache_dir: Path | None = None, max_bytes: int = MAX_BYTES,
                   found: CorpusFiles | None = None, states: Sequence[str | None] | None = None
                   ) -> Extraction:
    """Every source of the folder (read or skipped) and every mention, in file order.

    `jobs`: worker processes (None: one per CPU, in-process for a small corpus);
    `cache_dir`: where extractions are cached (None: no cache); files over
    `max_bytes` are skipped; `found`: the folder's listing, when already made, and
    `states`: each file's content hash where it is known (filestates.py; the caller
    keeps the index up to date)."""
    index = None
    if found is None:
        if cache_dir is not None:
            index = FileStates(cache_dir, folder)  # before listing: it notes when that started
        found = corpus_files(folder, display)
        states = index.known(found, max_bytes) if index is not None else None
    tasks = [Task(p, sid, shown, max_bytes) for p, sid, shown in found.files]
    known: list[str | None] = list(states) if states is not None else [None] * len(tasks)
    # without a cache, an in-memory pack: workers' entries are read as the cache's are
    pack = EntryPack(cache_dir, folder, rules.digest)
    hashing = cache_dir is not None
    if hashing and None in known and len(pack):
        # files that changed may have changed back, or been copied: a look-up is cheaper
        # than an extraction
        known = fill(found, known, max_bytes)
    held = [s is not None and s[:1] != "!" and s in pack for s in known]
    anchor = rules.event.date if rules.event.date is not None else _PENDING
    misses: list[int] = []
    if sum(held) >= MIN_OVERLAP and jobs != 1 and _cpus() > 1:
        # the files the cache does not hold are extracted in a worker process while this
        # one reads the cache's entries (both take a few tenths of a second)
        misses = [i for i, (s, h) in enumerate(zip(known, held, strict=True))
                  if not h and (s is None or s[:1] != "!")]
    collect = _start([tasks[i] for i in misses], rules, hashing, jobs, anchor, process=True)
    try:
        entries = pack.get(list(compress(known, held)))
    finally:
        early = dict(zip(misses, collect(), strict=True))
    results: list[FileResult | None] = [None] * len(tasks)

    def run_all(indices: list[int], anchor) -> None:
        # what the cache holds is taken here; the rest goes to the workers, as many as
        # that many files are worth
        todo = []
        for i in indices:
            state = known[i]
            r = _known(tasks[i], state, entries.get(state), anchor) if state is not None else None
            if r is None:
                todo.append(i)
            else:
                results[i] = r
        rest = [i for i in todo if i not in early]
        outs = chain(((i, early.pop(i)) for i in todo if i in early),
                     zip(rest, _start([tasks[i] for i in rest], rules, hashing, jobs, anchor)(), strict=True))
        adopted = []
        for i, (state, body, source, tops, warnings) in outs:  # as the workers hand them back
            if body is None:
                if source is None:  # could not be read
                    source = Source(id=tasks[i].source_id, path=tasks[i].display, skipped=state[1:])
                results[i] = FileResult(source, None if source.skipped is None else [], tops, state=state)
            else:
                # a file a rules pattern ran out of time on is extracted again next time
                adopted.append((i, pack.adopt(state if hashing and not warnings else None, body), warnings,
                                state))
        for (i, _, warnings, state), entry in zip(adopted, pack.decode([a[1] for a in adopted]),
                                                  strict=True):
            task = tasks[i]
            results[i] = FileResult(entry.source(task.source_id, task.display), entry.rows(task.source_id),
                                    entry.top_dates, warnings, state)

    run_all(list(range(len(tasks))), anchor)
    waiting = [i for i, r in enumerate(results) if r.rows is None]
    if waiting:
        day = reference_date([r.source for r in results], [r.top_dates for r in results])
        run_all(waiting, day)
    pack.save()
    final = tuple(r.state for r in results)
    if index is not None:
        index.save(found, final)
    sources = sorted([r.source for r in results] + found.skipped, key=_PATH)
    warnings = tuple(w for r in results for w in (*r.source.warnings, *r.warnings))
    rows: list[Row] = []
    for r in results:
        rows += r.rows
    return Extraction(sources, rows, warnings, tuple(found.ignored), final)


def _known(task: Task, state: str, entry: Entry | None, anchor) -> FileResult | None:
    """A file's result without extracting it: skipped, or as the cache holds it."""
    if state[:1] == "!":
        return FileResult(Source(id=task.source_id, path=task.display, skipped=state[1:]), [],
                          state=state)
    if entry is None:
        return None
    if entry.published is not None or (anchor is not _PENDING and entry.anchor == anchor):
        return FileResult(entry.source(task.source_id, task.display), entry.rows(task.source_id),
                          entry.top_dates, state=state)
    if anchor is _PENDING:
        return FileResult(entry.source(task.source_id, task.display), None, entry.top_dates,
                          state=state)
    return None  # anchored on another reference date: extracted again


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
    from .candidates import digit_starts, match_at
    from .extract.dates import candidate_starts
    from .normalize.dates import DATE_PATTERN, parts_of, valid_day

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
    out.event = dataclasses.replace(rules.event, date=day, anchored=rules.event.date is None)
    return out


def _extract(task: Task, rules: Rules, anchor, hashing: bool) -> tuple:
    """One file read, parsed and extracted: (state, entry, source, top dates, warnings).
    The entry (cache.encode_entry) holds the source and the mentions; without it,
    `source` is the file skipped (None: it could not be read) or an undated article
    waiting for the corpus's reference date (while `anchor` is _PENDING)."""
    from .corpus import decode_source
    from .extract import extract_with_warnings

    raw = read_file(task.path, task.max_bytes)
    if isinstance(raw, str):
        return "!" + raw, None, None, (), ()
    digest = content_hash(raw) if hashing else ""
    source = decode_source(raw, Path(task.path), task.source_id, task.display, rules)
    bare = dataclasses.replace(source, text="", excluded=(), line_starts=(0,))
    if source.skipped is not None:
        return digest, None, bare, (), ()
    dated = source.published is not None
    # the dates near the top only anchor an undated corpus without an event date
    tops = () if dated or rules.event.date is not None else top_dates(source.text)
    if not dated and anchor is _PENDING:
        return digest, None, bare, tops, ()
    if not dated and anchor is not None and anchor != rules.event.date:
        # read again with the reference date: a wire dateline without its year ("KANANASKIS,
        # Alberta, June 16 (Reuters) -") then dates the article, in the reference's year
        source = decode_source(raw, Path(task.path), task.source_id, task.display,
                               anchored(rules, anchor))
        bare = dataclasses.replace(source, text="", excluded=(), line_starts=(0,))
    found, warnings = extract_with_warnings(source, rules if dated else anchored(rules, anchor))
    body = encode_entry(bare, found, None if dated else anchor, tops)
    return digest, body, None, tops, tuple(w for w in warnings if w not in source.warnings)


# ---------------------------------------------------------------- workers

_WORKER: dict = {}


def _init_worker(rules: Rules, hashing: bool) -> None:
    gc.set_threshold(100_000, 50, 1000)  # many small objects that live on: walked less often
    _WORKER["rules"] = rules
    _WORKER["hashing"] = hashing


def _work(args: tuple[Task, object]) -> tuple:
    task, anchor = args
    if anchor == "pending":
        anchor = _PENDING
    try:
        return _extract(task, _WORKER["rules"], anchor, _WORKER["hashing"])
    finally:
        keep_patterns()  # a worker leaves without running exit handlers


def _start(tasks: list[Task], rules: Rules, hashing: bool, jobs: int | None, anchor,
           process: bool = False) -> Callable[[], Iterable[tuple]]:
    """_extract over tasks, in this process or in a pool of worker processes (`process`:
    at least one, though a small number of files would be extracted here): started
    now, the results when the function returned is called."""
    if not tasks:
        return list
    if jobs is None:
        jobs = min(_cpus(), max(1, len(tasks) // MIN_FILES_PER_WORKER))
    workers = max(1, min(jobs, len(tasks)))
    if workers == 1 and not process:
        return lambda: [_extract(t, rules, anchor, hashing) for t in tasks]
    from concurrent.futures import ProcessPoolExecutor

    # a pending anchor crosses the process boundary as a plain marker
    marker = "pending" if anchor is _PENDING else anchor
    chunk = max(1, min(MAX_CHUNK, -(-len(tasks) // workers)))
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(rules, hashing))
    try:
        results = pool.map(_work, [(t, marker) for t in tasks], chunksize=chunk)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise

    def collect() -> Iterator[tuple]:
        try:
            yield from results
        finally:
            pool.shutdown()

    return collect


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
