"""What every format shares: the rows of a report and safe text."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import AuditResult, Claim, Status

STATUS_ORDER = {Status.DISPUTED: 0, Status.SINGLE: 2, Status.AGREED: 1}
COLUMNS = ("kind", "claim", "label", "status", "value", "sources")


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    width: int | None = None
    verbose: bool = False


def rows(result: AuditResult) -> list[tuple[str, ...]]:
    """One row per claim value, in the order of COLUMNS: sorted by kind and
    claim id, each claim's values majority first."""
    out = []
    for c in sorted(result.claims, key=lambda c: (c.kind.value, c.id)):
        for v in c.values:
            out.append((c.kind.value, c.id, c.label, c.status.value, v.value, ",".join(v.sources)))
    return out


def claims_for_reading(result: AuditResult) -> list[Claim]:
    """Disputed claims first, then agreed, then single-source."""
    return sorted(result.claims, key=lambda c: (STATUS_ORDER[c.status], c.kind.value, c.id))


def summary_line(result: AuditResult) -> str:
    s = result.summary
    return (f"{s.sources} sources read, {s.skipped} skipped; {s.claims} claims: "
            f"{s.agreed} agreed, {s.disputed} disputed, {s.single_source} single-source")


_CONTROL = {i: f"\\x{i:02x}" for i in (*range(0, 9), *range(11, 32), 127)}
_CONTROL |= {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
_CONTROL |= {c: f"\\u{c:04x}" for c in (
    *range(0x80, 0xA0), 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029,
    *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF)}


def safe(text: str) -> str:
    """Article text made safe for a terminal: control, bidi and zero-width
    characters are shown escaped (\\x1b, \\u202e), never emitted."""
    return text.translate(_CONTROL)
