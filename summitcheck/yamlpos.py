"""Load YAML safely while remembering where every value stands in the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import RulesError

MAX_BYTES = 1_000_000
MAX_NODES = 200_000

Pos = tuple[int, int]  # 1-based line, column


class Located:
    """Plain Python data plus a map from key path to (line, column)."""

    def __init__(self, data: Any, positions: dict[tuple, Pos], path: str) -> None:
        self.data = data
        self.positions = positions
        self.path = path

    def where(self, keypath: tuple) -> Pos | None:
        """The position of `keypath`, or of its nearest located parent."""
        while True:
            if keypath in self.positions:
                return self.positions[keypath]
            if not keypath:
                return None
            keypath = keypath[:-1]


def load_located(path: Path, display: str | None = None) -> Located:
    """Read a YAML file with safe construction only, refusing huge or bomb-like files."""
    display = display or str(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RulesError(f"cannot read rules file: {e.strerror or e}", display) from None
    if len(raw) > MAX_BYTES:
        raise RulesError(f"rules file is larger than {MAX_BYTES} bytes", display)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise RulesError(f"rules file is not UTF-8 (byte {e.start})", display) from None
    return parse_located(text, display)


def parse_located(text: str, display: str) -> Located:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        problem = e.problem or e.context or "invalid YAML"
        raise RulesError(f"invalid YAML: {problem}", display, line, col) from None
    except yaml.YAMLError as e:
        raise RulesError(f"invalid YAML: {e}", display) from None
    positions: dict[tuple, Pos] = {}
    state = _State(display)
    data = _convert(node, (), positions, state) if node is not None else {}
    return Located(data, positions, display)


class _State:
    def __init__(self, display: str) -> None:
        self.display = display
        self.budget = MAX_NODES
        self.loader = yaml.SafeLoader("")


def _convert(node: yaml.Node, keypath: tuple, positions: dict, state: _State) -> Any:
    display = state.display
    state.budget -= 1
    if state.budget < 0:
        raise RulesError(
            f"rules file expands to more than {MAX_NODES} values (alias bomb?)", display
        )
    positions[keypath] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for knode, vnode in node.value:
            key = state.loader.construct_object(knode) if isinstance(
                knode, yaml.ScalarNode
            ) else str(knode.value)
            key = str(key)
            if key in out:
                line = knode.start_mark.line + 1
                col = knode.start_mark.column + 1
                raise RulesError(f"duplicate key '{key}'", display, line, col)
            positions[keypath + (key, "<key>")] = (
                knode.start_mark.line + 1,
                knode.start_mark.column + 1,
            )
            out[key] = _convert(vnode, keypath + (key,), positions, state)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(v, keypath + (i,), positions, state)
            for i, v in enumerate(node.value)
        ]
    try:
        return state.loader.construct_object(node, deep=True)
    except yaml.YAMLError as e:
        line, col = positions[keypath]
        # the problem alone: the position is ours, and the message stays on one line
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise RulesError(f"invalid value: {problem}", display, line, col) from None
