"""List a corpus folder and read its files' bytes: what is read, skipped or ignored.

Kept apart from loading (corpus.py) so that checking whether anything changed
(reportcache.py) imports nothing heavy.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path

from .errors import CorpusError
from .models import Source

TEXT_TYPES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_TYPES = {".html", ".htm", ".xhtml"}
# What an unsupported file most likely is, for the reason it is skipped.
_WHAT = {
    ".pdf": "PDF", ".doc": "Word document", ".docx": "Word document", ".odt": "office document",
    ".rtf": "RTF document", ".xls": "spreadsheet", ".xlsx": "spreadsheet", ".ods": "spreadsheet",
    ".csv": "spreadsheet", ".ppt": "presentation", ".pptx": "presentation", ".png": "image",
    ".jpg": "image", ".jpeg": "image", ".gif": "image", ".webp": "image", ".svg": "image",
    ".tif": "image", ".tiff": "image", ".heic": "image", ".mp3": "audio", ".mp4": "video",
    ".mov": "video", ".zip": "archive", ".gz": "archive", ".tgz": "archive", ".tar": "archive",
    ".7z": "archive", ".rar": "archive", ".json": "data file", ".xml": "data file",
    ".eml": "e-mail", ".msg": "e-mail",
}
MAX_BYTES = 5_000_000
_IGNORED_DIRS = {".git", ".hg", ".svn", ".bzr", "CVS", "__pycache__", ".summitcheck-cache"}


# What the listing saw of a file (its target, for a link): size, modification and change
# times, inode and device. A file whose stat is unchanged since it was last read has
# not changed (filestates.py says when that can be trusted).
Stat = tuple[int, int, int, int, int]


@dataclass
class Walk:
    """What a folder holds: files to read, entries skipped with a reason (not
    regular files, unreadable folders, second links to one file) and entries
    ignored on purpose (hidden files, editor backups, VCS folders, link loops).
    Each file and skipped entry has its path relative to the folder in `rels` and
    `skipped_rels` (parallel lists), each file what the listing saw of it in `stats`.
    Paths to read are kept as text: 10,000 Path objects cost as much as the listing."""

    paths: list[str] = field(default_factory=list)  # of the files to read
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    ignored: list[tuple[Path, str]] = field(default_factory=list)
    rels: list[str] = field(default_factory=list, repr=False)
    skipped_rels: list[str] = field(default_factory=list, repr=False)
    stats: list[Stat] = field(default_factory=list, repr=False)


_NAME = attrgetter("name")
# first and last letters of the names _ignored may ignore (hidden, backups: ~ .swp .swo .bak .tmp)
_FIRSTS, _LASTS = frozenset(".#"), frozenset("~pok")


def list_files(folder: Path) -> Walk:
    """Every entry under `folder`, recursively, in a stable order (by relative path).
    Symbolic links are followed once; a file reached twice is read once."""
    if not folder.exists():
        raise CorpusError("corpus folder not found", str(folder))
    if not folder.is_dir():
        raise CorpusError("corpus path is not a folder", str(folder))
    walk = Walk()
    seen_dirs: set[tuple[int, int]] = set()
    candidates: list[tuple[str, bool, tuple[int, int], str, Stat]] = []  # rel, link?, identity, path
    skipped: list[tuple[str, str, str]] = []  # path, why, rel
    # paths are handled as strings (the relative one built along the way): for 10,000
    # files, pathlib's joins and relative_to cost more than the walk itself
    root_text = str(folder)

    def opened(d: str, d_rel: str, identity: tuple[int, int]) -> tuple[Iterator, str] | None:
        """A folder's entries in order, with the prefix of their relative paths; None
        when it was read before (a link loop) or cannot be read."""
        if identity in seen_dirs:
            walk.ignored.append((Path(d), "symbolic link loop (folder already read)"))
            return None
        seen_dirs.add(identity)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=_NAME)
        except OSError as e:
            skipped.append((d, f"unreadable folder: {e.strerror or e}", d_rel))
            return None
        return iter(entries), d_rel + "/" if d_rel else ""

    root = folder.stat()
    # depth first, a folder's entries in order, each subfolder read where it comes: with a
    # stack of the folders being read, not a call per level (a tree 1,000 folders deep is
    # deeper than Python's calls go)
    stack = [f for f in [opened(root_text, "", (root.st_dev, root.st_ino))] if f is not None]
    while stack:
        entries, prefix = stack[-1]
        e = next(entries, None)
        if e is None:
            stack.pop()
            continue
        name = e.name
        error = None
        try:
            is_dir, is_file = e.is_dir(), e.is_file()
            st = e.stat() if is_dir or is_file else None  # follows links; cached
        except OSError as err:
            is_dir = is_file = False
            st = None
            error = err  # a link that leads nowhere, a path longer than the system takes
        # most names are plain: _ignored only for those it may concern
        reason = _ignored(name, is_dir) if (name[0] in _FIRSTS or name[-1] in _LASTS
                                            or name in _IGNORED_DIRS) else None
        if reason:
            walk.ignored.append((Path(e.path), reason))
        elif is_dir and st is not None:
            sub = opened(e.path, prefix + name, (st.st_dev, st.st_ino))
            if sub is not None:
                stack.append(sub)
        elif is_file and st is not None:
            candidates.append((prefix + name, e.is_symlink(), (st.st_dev, st.st_ino), e.path,
                               (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)))
        elif e.is_symlink():
            skipped.append((e.path, "broken symbolic link", prefix + name))
        elif error is not None:
            skipped.append((e.path, f"unreadable: {error.strerror or error}", prefix + name))
        else:
            skipped.append((e.path, "not a regular file", prefix + name))
    # Real files claim their content first, so a link never displaces its target.
    owner: dict[tuple[int, int], str] = {}
    files: list[tuple[str, str, Stat]] = []
    for r, _link, identity, p, st in sorted(candidates, key=_LINK_REL):
        if identity in owner:
            skipped.append((p, f"duplicate: a link to {owner[identity]}, read once", r))
        else:
            owner[identity] = r
            files.append((r, p, st))
    files.sort()
    if files:
        walk.rels, walk.paths, walk.stats = (list(x) for x in zip(*files, strict=True))
    for p, why, r in sorted(skipped, key=lambda e: Path(e[0]).as_posix()):
        walk.skipped.append((Path(p), why))
        walk.skipped_rels.append(r)
    return walk


_LINK_REL = itemgetter(1, 0)


def _ignored(name: str, is_dir: bool) -> str | None:
    if name in _IGNORED_DIRS and is_dir:
        return "version control or cache folder"
    if name.startswith("."):
        return "hidden"
    if name.endswith("~") or name.endswith((".swp", ".swo", ".bak", ".tmp")) or name.startswith("#"):
        return "editor backup"
    return None


@dataclass(frozen=True)
class CorpusFiles:
    """A folder's files to read as (path as text, source id, path as shown), the entries
    skipped while walking it (as Sources with a reason) and the entries ignored on
    purpose (path as shown, why); with each file's path relative to the folder and
    what the listing saw of it (`stats`, parallel to `files`)."""

    files: list[tuple[str, str, str]]
    skipped: list[Source]
    ignored: list[tuple[str, str]]
    stats: list[tuple[str, Stat]] = field(default_factory=list)


def corpus_files(folder: Path, display: str | None = None) -> CorpusFiles:
    """What `folder` holds, in a stable order (see list_files)."""
    display_root = display if display is not None else str(folder)
    walk = list_files(folder)
    ids = _source_ids(walk.rels + walk.skipped_rels)
    prefix = join_path(display_root, "")
    return CorpusFiles(
        files=list(zip(walk.paths, map(ids.__getitem__, walk.rels), [prefix + r for r in walk.rels],
                       strict=True)),
        skipped=[Source(id=ids[r], path=prefix + r, skipped=why)
                 for (_, why), r in zip(walk.skipped, walk.skipped_rels, strict=True)],
        ignored=[(join_path(display_root, p.relative_to(folder).as_posix()), why) for p, why in walk.ignored],
        stats=list(zip(walk.rels, walk.stats, strict=True)),
    )


def join_path(root: str, rel: str) -> str:
    return rel if root in ("", ".") else f"{root.rstrip('/')}/{rel}"


def _source_ids(rels: list[str]) -> dict[str, str]:
    """Relative path without suffix; with the suffix where two files would share an id."""
    stems = [_without_suffix(r) for r in rels]
    count = Counter(stems)
    return {r: stem if count[stem] == 1 else r for r, stem in zip(rels, stems, strict=True)}


def _suffix(path: str) -> str:
    """PurePath(path).suffix, without building the path."""
    name = path[max(path.rfind("/"), path.rfind(os.sep)) + 1:]
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _without_suffix(rel: str) -> str:
    """PurePosixPath(rel).with_suffix("").as_posix(), without building the path."""
    cut = rel.rfind("/") + 1
    i = rel.rfind(".")
    return rel[:i] if cut < i < len(rel) - 1 else rel


def read_file(path: Path | str, max_bytes: int = MAX_BYTES) -> bytes | str:
    """The file's bytes, or the reason it is skipped."""
    suffix = _suffix(os.fspath(path)).lower()
    if suffix not in TEXT_TYPES and suffix not in HTML_TYPES:
        what = _WHAT.get(suffix)
        kind = f"'{suffix}'" if suffix else "(no extension)"
        return f"unsupported file type {kind}" + (f": {what}" if what else "")
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            return f"too large ({size:,} bytes; the limit is {max_bytes:,}, see --max-bytes)"
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            raw = _read_upto(fd, max_bytes + 1, size)
        finally:
            os.close(fd)
    except OSError as e:
        return f"unreadable: {e.strerror or e}"
    if len(raw) > max_bytes:
        return f"too large (over {max_bytes:,} bytes, see --max-bytes)"
    if not raw.strip():
        return "empty"
    return raw


def _read_upto(fd: int, limit: int, size: int) -> bytes:
    """Up to `limit` bytes of an open file, to its end. Asked for the size stat gave
    (plus one, to see the end): reading `limit` bytes at once would allocate that
    much for every file. Files in /proc and the like report size 0: read on."""
    chunks = []
    total = 0
    want = min(size + 1, limit)
    while total < limit:
        chunk = os.read(fd, min(want, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = 1 << 16
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
