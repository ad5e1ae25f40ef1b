"""What each file of a corpus holds (its content hash), known without reading it
when it has not changed since the last audit.

An index beside the cache keeps, for every file the last audit read, what the
folder listing saw of it (size, modification and change times, inode, device)
and its content hash. A file listed with the same stat has the same content:
writing a file changes its modification and change times, and the change time
cannot be set back. A re-audit of 10,000 unchanged articles reads none of them.

A file written twice within one tick of its file system's clock keeps its
stat, though (one or two seconds on some file systems): if the last audit read
it between the two writes, its hash is stale. So, as git does with its index,
the index keeps when that audit started listing, by the clock of the cache
folder's file system, and a file changed less than RACY_NS before then is read
again, not trusted: only files changed in the seconds before an audit are.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from .cache import checksum, content_hash, write_replacing
from .walk import CorpusFiles, read_file

FORMAT = "summitcheck.index/1"
# more than the coarsest timestamps in use (FAT's two seconds), and any lag between
# the clock that stamps files and the one read here
RACY_NS = 3_000_000_000


class FileStates:
    """The index of one corpus folder under `cache_dir`. Made before the folder is
    listed: it notes when listing started."""

    def __init__(self, cache_dir: Path, folder: Path) -> None:
        self.folder = str(folder.resolve())
        self.path = cache_dir / "index" / (
            hashlib.blake2b(self.folder.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
            + ".json")
        self.stamp = _now(cache_dir)
        self._held: dict[str, list] = {}  # relative path -> [state, *stat], as read
        self._read()

    def _read(self) -> None:
        try:
            data = self.path.read_bytes()
            head, _, body = data.partition(b"\n")
            header = json.loads(head)
            if header.get("format") != FORMAT or header.get("sum") != checksum(body):
                return
            doc = json.loads(body)
            stamp, files = doc["stamp"], doc["files"]
            if doc["folder"] != self.folder or type(stamp) is not int or type(files) is not dict:
                return
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return
        for rel, held in files.items():
            # trusted only when every field has its type and the file had not changed
            # in the seconds before that audit started
            if (type(held) is list and len(held) == 6 and type(held[0]) is str
                    and all(type(x) is int for x in held[1:]) and max(held[2], held[3]) < stamp - RACY_NS):
                self._held[rel] = held

    def known(self, found: CorpusFiles, max_bytes: int) -> list[str | None]:
        """Each file's content hash when its stat is the one indexed, else None."""
        held = self._held
        out: list[str | None] = []
        for rel, st in found.stats:
            h = held.get(rel)
            # a file now over --max-bytes is skipped: read_file says so
            out.append(h[0] if h is not None and h[1:] == [*st] and st[0] <= max_bytes else None)
        return out

    def save(self, found: CorpusFiles, states: list[str]) -> None:
        """Index the files read as `states` (content hashes, or "!" and why a file was
        skipped), when that is not what the index holds."""
        files = {rel: [state, *st] for (rel, st), state in zip(found.stats, states, strict=True)
                 if state and state[0] != "!"}
        if files == self._held:
            return
        # ASCII: a file name that is not UTF-8 comes back as it went
        body = json.dumps({"folder": self.folder, "stamp": self.stamp, "files": files},
                          separators=(",", ":")).encode("ascii")
        head = json.dumps({"format": FORMAT, "sum": checksum(body)}).encode("utf-8")
        write_replacing(self.path, head + b"\n" + body)  # else the files are read next time


def _now(cache_dir: Path) -> int:
    """Now, in nanoseconds, by the earlier of this machine's clock and the clock that
    stamps files in `cache_dir` (a network file system has its own)."""
    now = time.time_ns()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".tmp-")
        try:
            return min(now, os.fstat(fd).st_mtime_ns)
        finally:
            os.close(fd)
            os.unlink(tmp)
    except OSError:
        return now


def file_state(path: Path, max_bytes: int) -> str:
    """What extraction reads of a file: its content hash, or "!" and why it is skipped."""
    raw = read_file(path, max_bytes)
    return "!" + raw if isinstance(raw, str) else content_hash(raw)


def fill(found: CorpusFiles, states: list[str | None], max_bytes: int) -> list[str]:
    """`states` with each file not known read for its content hash."""
    return [s if s is not None else file_state(p, max_bytes)
            for (p, _, _), s in zip(found.files, states, strict=True)]
