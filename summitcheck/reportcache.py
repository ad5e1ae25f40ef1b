"""Whole reports, cached: a re-audit of a corpus that has not changed writes the
report it wrote last time instead of reading 10,000 cache entries, grouping and
rendering again.

A report is kept under a key made of everything it is a function of: every
file's content hash (or why it was skipped) with its source id and path as
shown, the entries skipped and ignored while listing the folder, the
effective rules (digest and path), the format, --max-bytes and a hash of all
of summitcheck's code and data. Each corpus, format and rules file has one
slot, overwritten by the next report: the cache does not grow with every
audit. Only the stable formats are kept (not the table, which depends on the
terminal), and only a report made without warnings (a rules pattern that ran
out of time may not next time). An entry is a JSON header (format, key, a
checksum of the rest), a JSON line of what the command line needs besides the
text (claim statuses, ignored entries), then the text; one that does not read
back whole is ignored and rebuilt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .cache import code_version, write_replacing
from .filestates import FileStates, fill
from .models import AuditResult, Status
from .rules import Rules
from .walk import MAX_BYTES, CorpusFiles, corpus_files

# extraction, grouping and the renderers are imported only when the report is made:
# checking that nothing changed must not cost their start-up

FORMAT = "summitcheck.report/2"
STABLE_FORMATS = frozenset({"json", "plain", "csv", "markdown"})
_STATUSES = {s.value: s for s in Status}


@dataclass(frozen=True)
class Report:
    """A rendered report, as text or encoded in UTF-8 (as kept), and what the command
    line says and returns besides it; `keeping`: the thread writing it to the cache."""

    text: str | None
    data: bytes | memoryview | None
    statuses: frozenset[Status]
    warnings: tuple[str, ...] = ()
    ignored: tuple[tuple[str, str], ...] = ()
    keeping: threading.Thread | None = field(default=None, compare=False, repr=False)

    def write(self, out: TextIO) -> None:
        """Write the report to `out` as its renderer would have (and wait until it is kept)."""
        try:
            if self.text is not None:
                out.write(self.text)
                return
            # kept only when it encoded in strict UTF-8: any error handler writes the same bytes
            encoding = (getattr(out, "encoding", None) or "").lower().replace("_", "-")
            if encoding in ("utf-8", "utf8") and hasattr(out, "buffer"):
                out.flush()
                out.buffer.write(self.data)  # tens of megabytes: no decoding, no copy
            else:
                out.write(bytes(self.data).decode("utf-8"))
        finally:
            if self.keeping is not None:
                self.keeping.join()


def rendered(result: AuditResult, fmt: str) -> Report:
    from .report import FORMATS, RenderOptions

    out = _Collected()
    FORMATS[fmt](result, out, RenderOptions())
    text = "".join(out)
    statuses = frozenset(c.status for c in result.claims)
    try:
        # encoded once, for the output and for the cache
        return Report(None, text.encode("utf-8"), statuses, result.warnings, result.ignored)
    except UnicodeEncodeError:
        return Report(text, None, statuses, result.warnings, result.ignored)  # a lone surrogate


class _Collected(list):
    """A text stream that keeps what is written: io.StringIO holds four bytes a character,
    a copy of 160 MB for the json report of 10,000 articles."""

    def write(self, text: str) -> int:
        self.append(text)
        return len(text)


def audit_report(folder: Path, rules: Rules, fmt: str, cache_dir: Path, display: str | None = None,
                 jobs: int | None = 1, max_bytes: int = MAX_BYTES) -> Report:
    """The report of `folder` in a stable format `fmt`: the one kept in `cache_dir` when
    nothing it depends on has changed, else made (audit_folder) and kept."""
    index = FileStates(cache_dir, folder)  # before listing: it notes when that started
    found = corpus_files(folder, display)
    states = index.known(found, max_bytes)
    slot_name = json.dumps([str(folder.resolve()), display, fmt, rules.path], ensure_ascii=False)
    slot = cache_dir / "reports" / (
        hashlib.blake2b(slot_name.encode("utf-8"), digest_size=16).hexdigest() + ".txt")
    head = _head(slot)
    if head is not None:
        # a report is kept: whether it is this one takes every file's content hash
        states = fill(found, states, max_bytes)
        key = _key(found, states, rules, fmt, max_bytes)
        kept = _load(slot, key, head) if head.get("key") == key else None
        if kept is not None:
            index.save(found, states)
            return kept
    from .audit import audit_extraction
    from .pipeline import extract_corpus

    extraction = extract_corpus(folder, rules, display, jobs=jobs, cache_dir=cache_dir,
                                max_bytes=max_bytes, found=found, states=states)
    index.save(found, extraction.states)
    report = rendered(audit_extraction(extraction, rules), fmt)
    if not report.warnings and report.data is not None:
        # keyed by what was extracted: a file that changed while it was audited is
        # read again next time, whatever this report says of it. Kept by a thread while
        # it is written out: the two writes of tens of megabytes take turns on no lock.
        keeping = threading.Thread(target=_store, name="summitcheck-keep", args=(
            slot, _key(found, extraction.states, rules, fmt, max_bytes), report))
        keeping.start()
        report = dataclasses.replace(report, keeping=keeping)
    return report


def _key(found: CorpusFiles, states: Sequence[str], rules: Rules, fmt: str, max_bytes: int) -> str:
    material = json.dumps([
        FORMAT, code_version(everything=True), rules.digest, rules.path, fmt, max_bytes,
        [[sid, shown, state] for (_, sid, shown), state in zip(found.files, states, strict=True)],
        [[s.id, s.path, s.skipped] for s in found.skipped], found.ignored,
    ], ensure_ascii=False)
    return hashlib.blake2b(material.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _checksum(data: bytes | memoryview, start: int = 0) -> str:
    # CRC-32, as zip and PNG check their data: tens of megabytes at 2 GB/s, three times
    # blake2b's speed (the key in the header already tells one report from another)
    return f"{zlib.crc32(data, start):08x}"


def _head(slot: Path) -> dict | None:
    """The header of the report kept in `slot` (read alone: the rest is megabytes)."""
    try:
        with open(slot, "rb") as f:
            head = json.loads(f.readline(4096))
        return head if isinstance(head, dict) else None
    except (OSError, ValueError):
        return None


def _load(slot: Path, key: str, head: dict) -> Report | None:
    try:
        data = slot.read_bytes()
        # the text is tens of megabytes: looked at through a memoryview, never copied
        head_end = data.index(b"\n")
        header = json.loads(data[:head_end])
        if header != head or header.get("format") != FORMAT or header.get("key") != key:
            return None
        if header.get("sum") != _checksum(memoryview(data)[head_end + 1:]):
            return None
        meta_end = data.index(b"\n", head_end + 1)
        meta = json.loads(data[head_end + 1:meta_end])
        statuses = meta["statuses"]
        ignored = meta["ignored"]
        if not isinstance(statuses, list) or not all(s in _STATUSES for s in statuses):
            return None
        if not isinstance(ignored, list) or not all(
                isinstance(i, list) and len(i) == 2 and all(type(x) is str for x in i) for i in ignored):
            return None
        return Report(None, memoryview(data)[meta_end + 1:], frozenset(_STATUSES[s] for s in statuses),
                      ignored=tuple((p, why) for p, why in ignored))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _store(slot: Path, key: str, report: Report) -> None:
    meta = json.dumps({"statuses": sorted(s.value for s in report.statuses),
                       "ignored": [list(i) for i in report.ignored]}, ensure_ascii=False)
    meta = meta.encode("utf-8", "surrogatepass") + b"\n"
    head = json.dumps({"format": FORMAT, "key": key, "sum": _checksum(report.data, zlib.crc32(meta))}
                      ).encode("utf-8")
    write_replacing(slot, head + b"\n" + meta, report.data)
