"""Output formats: one module each, one signature: render(result, stream, options)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..models import AuditResult
from . import csv, json, markdown, plain, table
from .common import RenderOptions

Renderer = Callable[[AuditResult, TextIO, RenderOptions], None]

FORMATS: dict[str, Renderer] = {
    "table": table.render,
    "plain": plain.render,
    "json": json.render,
    "csv": csv.render,
    "markdown": markdown.render,
}

__all__ = ["FORMATS", "RenderOptions", "Renderer"]
