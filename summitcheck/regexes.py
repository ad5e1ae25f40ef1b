"""The `regex` module for summitcheck: import it from here (`from .regexes import regex`).

It is regex itself, but for two things that make a pattern cheaper to get, and change
nothing of what any pattern matches:

- **Compiled patterns are kept between runs**, as Python keeps bytecode. regex compiles
  a pattern in pure Python: the 270 patterns of an audit of the five-file corpus take
  0.2 s, 40% of it. A kept pattern is read back by regex's own unpickling, which hands
  the compiled program to its C engine: 6 ms for all of them. They are kept in one
  file a regex and Python version, in `$XDG_CACHE_HOME/summitcheck` (else
  `~/.cache/summitcheck`); `SUMMITCHECK_PATTERNS` names another folder, or is `off`.
  A file that cannot be read, or holds anything but compiled patterns of the very
  text they are filed under, is ignored (and replaced when something new is compiled);
  reading it calls nothing but regex's compile of a compiled program. A folder that
  cannot be written costs the time, never the audit.
- **What is compiled compiles a third faster.** regex tests its flags as
  `enum.IntFlag` members: each `flags & IGNORECASE` is a Python-level call, about
  90,000 of them for those 270 patterns. Its compiler's flag constants are rebound to
  the plain ints they equal, so the same arithmetic runs in C. `regex.DEFAULT_VERSION`
  becomes that int too; the public flags (`regex.I`, ...) stay enum members. If a
  later regex lays its modules out otherwise, nothing is rebound.

Every report of the corpora and probe folders is the same byte for byte with either.
"""

from __future__ import annotations

import os
import pickle
import sys
import types
from pathlib import Path

import regex as _regex

__all__ = ["regex", "keep"]

_ENV = "SUMMITCHECK_PATTERNS"
_MAX_KEPT = 5000  # past that, a file keeps only what one run used (old code's patterns go)


def _plain_flags() -> None:
    try:
        from regex import _main, _regex_core
    except ImportError:  # another layout: left as it is
        return
    flag = getattr(_regex_core, "RegexFlag", None)
    if not isinstance(flag, type):
        return

    def plain(x):
        return int(x) if type(x) is flag else x

    for module in (_regex_core, _main):
        for name, value in list(vars(module).items()):
            if type(value) is flag:
                setattr(module, name, int(value))
            elif type(value) is dict and any(type(x) is flag for x in value.values()):
                # CASE_FLAGS_COMBINATIONS: each literal's case flags are looked up there
                items = [(plain(k), plain(v)) for k, v in value.items()]
                value.clear()
                value.update(items)
    # read by each compile from the package (and copied into _regex_core)
    if type(getattr(_regex, "DEFAULT_VERSION", None)) is flag:
        _regex.DEFAULT_VERSION = int(_regex.DEFAULT_VERSION)


_plain_flags()
_PATTERN = type(_regex.compile(""))


class _Store:
    """The compiled patterns of this process, and the file they are kept in."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.kept: dict[tuple[str, int], _regex.Pattern] = _read(path) if path else {}
        self.used: set[tuple[str, int]] = set()
        self.new = False


_STORE: _Store | None = None


def _store() -> _Store:
    global _STORE
    if _STORE is None:
        _STORE = _Store(store_path())
        import atexit

        atexit.register(keep)
    return _STORE


def store_path() -> Path | None:
    """Where compiled patterns are kept (None: nowhere)."""
    where = os.environ.get(_ENV, "")
    if where.lower() == "off":
        return None
    if where:
        folder = Path(where)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "summitcheck"
    python = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-regex{_regex.__version__}-{python}.pickle"


def compile(pattern, flags=0, **kwargs):  # noqa: A001 - regex.compile, kept
    """regex.compile, the compiled pattern kept between runs."""
    if kwargs or type(pattern) is not str:
        return _regex.compile(pattern, flags, **kwargs)
    key = (pattern, int(flags))
    store = _store()
    store.used.add(key)
    found = store.kept.get(key)
    if found is None:
        found = store.kept[key] = _regex.compile(pattern, flags)
        store.new = True
    return found


def keep() -> None:
    """Write the patterns compiled since the file was read (nothing when there are none):
    at exit, and by worker processes, which leave without running exit handlers."""
    store = _STORE
    if store is None or not store.new or store.path is None:
        return
    store.new = False
    # another process may have kept others meanwhile
    kept = {**_read(store.path), **store.kept}
    if len(kept) > _MAX_KEPT:
        kept = {k: store.kept[k] for k in store.used}
    from .cache import write_replacing

    write_replacing(store.path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        # a compiled pattern pickles as regex's compile of its program; nothing else
        # is called
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            kept = _Unpickler(f).load()
    except Exception:  # noqa: BLE001 - damaged, foreign or missing: compiled again
        return {}
    if type(kept) is not dict:
        return {}
    for key, value in kept.items():
        if not (type(key) is tuple and len(key) == 2 and type(key[0]) is str
                and type(key[1]) is int and type(value) is _PATTERN
                and value.pattern == key[0]):
            return {}
    return kept


class _Regex(types.ModuleType):
    """regex, its compile the one above."""

    def __getattr__(self, name: str):
        return getattr(_regex, name)


regex = _Regex("regex", _regex.__doc__)
regex.compile = compile
