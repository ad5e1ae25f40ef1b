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

import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .cache import code_version, content_hash
from .models import AuditResult, Status
from .rules import Rules
from .walk import MAX_BYTES, corpus_files, read_file

# extraction, grouping and the renderers are imported only when the report is made:
# checking that nothing changed must not cost their start-up

FORMAT = "summitcheck.report/1"
STABLE_FORMATS = frozenset({"json", "plain", "csv", "markdown"})
_STATUSES = {s.value: s for s in Status}


@dataclass(frozen=True)
class Report:
    """A rendered report, as text or encoded in UTF-8 (as kept), and what the command
    line says and returns besides it."""

    text: str | None
    data: bytes | memoryview | None
    statuses: frozenset[Status]
    warnings: tuple[str, ...] = ()
    ignored: tuple[tuple[str, str], ...] = ()

    def write(self, out: TextIO) -> None:
        """Write the report to `out` as its renderer would have."""
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


def rendered(result: AuditResult, fmt: str) -> Report:
    from .report import FORMATS, RenderOptions

    out = io.StringIO()
    FORMATS[fmt](result, out, RenderOptions())
    return Report(out.getvalue(), None, frozenset(c.status for c in result.claims),
                  result.warnings, result.ignored)


def file_state(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """What extraction reads of a file: its content hash, or "!" and why it is skipped
    (pipeline.FileResult.state)."""
    raw = read_file(path, max_bytes)
    return "!" + raw if isinstance(raw, str) else content_hash(raw)


def audit_report(folder: Path, rules: Rules, fmt: str, cache_dir: Path, display: str | None = None,
                 jobs: int | None = 1, max_bytes: int = MAX_BYTES) -> Report:
    """The report of `folder` in a stable format `fmt`: the one kept in `cache_dir` when
    nothing it depends on has changed, else made (audit_folder) and kept."""
    found = corpus_files(folder, display)
    states = tuple(file_state(p, max_bytes) for p, _, _ in found.files)
    material = json.dumps([
        FORMAT, code_version(everything=True), rules.digest, rules.path, fmt, max_bytes,
        [[sid, shown, state] for (_, sid, shown), state in zip(found.files, states, strict=True)],
        [[s.id, s.path, s.skipped] for s in found.skipped], found.ignored,
    ], ensure_ascii=False)
    key = hashlib.blake2b(material.encode("utf-8"), digest_size=20).hexdigest()
    slot_name = json.dumps([str(folder.resolve()), display, fmt, rules.path], ensure_ascii=False)
    slot = cache_dir / "reports" / (
        hashlib.blake2b(slot_name.encode("utf-8"), digest_size=16).hexdigest() + ".txt")
    kept = _load(slot, key)
    if kept is not None:
        return kept
    from .audit import audit_extraction
    from .pipeline import extract_corpus

    extraction = extract_corpus(folder, rules, display, jobs=jobs, cache_dir=cache_dir,
                                max_bytes=max_bytes, found=found)
    report = rendered(audit_extraction(extraction, rules), fmt)
    # a file that changed while it was audited: the report is not the one of `states`
    if not report.warnings and extraction.states == states:
        _store(slot, key, report)
    return report


def _checksum(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _load(slot: Path, key: str) -> Report | None:
    try:
        data = slot.read_bytes()
        # the text is tens of megabytes: looked at through a memoryview, never copied
        head_end = data.index(b"\n")
        header = json.loads(data[:head_end])
        if header.get("format") != FORMAT or header.get("key") != key:
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
    try:
        text = report.text.encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: written as it comes, never kept
    rest = meta.encode("utf-8") + b"\n" + text
    head = json.dumps({"format": FORMAT, "key": key, "sum": _checksum(rest)}).encode("utf-8")
    tmp = None
    try:
        slot.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=slot.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(head + b"\n")
            f.write(rest)
        os.replace(tmp, slot)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
