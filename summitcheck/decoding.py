"""Bytes to text: byte-order marks, UTF-8, then a detected single-byte encoding.

Editors paste copy from wire terminals in Windows-1252, save pages in Latin-1
or UTF-16. The order of checks:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. NUL bytes without a UTF-16/32 mark mean a binary file;
3. strict UTF-8 (a page saved by a browser is UTF-8 even where its <meta> still
   names the encoding it was served in);
4. for an HTML page, the encoding it declares (<meta charset>, http-equiv, XML
   declaration), if the bytes decode in it: a detector cannot tell Windows-1250
   from Windows-1252 on English copy with two Polish names, the page can.
   Latin-1 and ASCII declarations mean Windows-1252, as in browsers;
5. otherwise charset-normalizer (a maintained detector), limited to encodings
   that news copy is found in. On a tie, and for short texts that give the
   detector nothing to go on, Windows-1252 wins: it is what English copy that
   is not UTF-8 is nearly always in. A near-tie counts as a tie: chaos within
   TIE_CHAOS and coherence within TIE_COHERENCE of the best candidate.

Too many control characters in the result also mean a binary file.
"""

from __future__ import annotations

import codecs
import re

# Encodings of news copy that is not UTF-8: Western, Central and Eastern European,
# Cyrillic, Greek, Turkish.
CANDIDATES = (
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253",
    "iso8859_7", "cp1254", "iso8859_9", "mac_roman",
)
_NAMES = {
    "utf_8": "utf-8", "cp1252": "windows-1252", "latin_1": "iso-8859-1", "iso8859_15": "iso-8859-15",
    "cp1250": "windows-1250", "iso8859_2": "iso-8859-2", "cp1251": "windows-1251",
    "koi8_r": "koi8-r", "cp1253": "windows-1253", "iso8859_7": "iso-8859-7",
    "cp1254": "windows-1254", "iso8859_9": "iso-8859-9", "mac_roman": "mac-roman",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32 (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32 (BOM)"),
    (codecs.BOM_UTF8, "utf-8", "utf-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16 (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16 (BOM)"),
)
# Control characters other than tab, line feed, form feed and carriage return.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
_CONTROL_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONTROL)) + "]")
MAX_CONTROL_SHARE = 0.10
TIE_CHAOS = 0.01
TIE_COHERENCE = 0.05
# What a page may declare besides those: other ISO and Windows code pages, East Asian
# encodings. Not codecs that are transforms ("rot13", "base64", "unicode_escape").
DECLARABLE = frozenset(CANDIDATES) | {
    "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_8", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_16", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "koi8_u",
    "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs",
    "euc_kr", "cp949", "tis_620",
}
DECLARATION_BYTES = 8192  # a page's <head> declares its charset near the top
_C1 = re.compile("[\x80-\x9f]")
_DECLARED = re.compile(
    rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
    re.I,
)


class NotText(Exception):
    """The bytes are not text: `reason` says why ("binary (NUL bytes)", "undecodable: ...")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def declared_charset(raw: bytes) -> str | None:
    """The Python codec of the charset an HTML page declares, if Python knows it."""
    m = _DECLARED.search(raw[:DECLARATION_BYTES])
    if m is None:
        return None
    try:
        codec = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name.replace("-", "_")
    except (LookupError, UnicodeDecodeError):
        return None
    if codec in ("iso8859_1", "latin_1", "ascii"):
        return "cp1252"  # what browsers read for these labels
    return codec if codec in DECLARABLE else None


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of a file's bytes; raises NotText. The text keeps the
    file's characters one for one (a byte-order mark is not part of the text).
    `declared`: the codec the file says it is in (an HTML page's charset)."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return _checked(raw[len(bom):].decode(codec)), name
            except UnicodeDecodeError as e:
                raise NotText(f"undecodable: invalid {name} (byte {e.start + len(bom)})") from None
    if b"\x00" in raw:
        raise NotText("binary (NUL bytes)")
    try:
        return _checked(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared in DECLARABLE and _decodes(raw, declared):
        text = raw.decode(declared)
        # C1 controls: Windows-125x bytes (curly quotes, dashes) under an ISO-8859 label
        if not _C1.search(text):
            return _checked(text), _NAMES.get(declared, declared.replace("_", "-"))
    codec = _detect(raw)
    if codec is None:
        raise NotText("undecodable: not UTF-8 and no known encoding fits")
    return _checked(raw.decode(codec)), _NAMES.get(codec, codec)


def _checked(text: str) -> str:
    controls = len(_CONTROL_RUN.findall(text)) if _CONTROL_RUN.search(text) else 0
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise NotText(f"binary ({controls} control characters)")
    return text


def _detect(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    results = list(from_bytes(raw, cp_isolation=list(CANDIDATES)))
    if not results:
        return "cp1252" if _decodes(raw, "cp1252") else None
    best = min(results, key=lambda r: (r.chaos, -r.coherence))
    # The detector's scores for Western and Central European code pages differ by a
    # hair on English text (where they differ only in a few letters): near-ties count.
    tied = [r for r in results if r.chaos <= best.chaos + TIE_CHAOS
            and r.coherence >= best.coherence - TIE_COHERENCE]
    for preferred in ("cp1252", "latin_1"):
        if any(preferred == r.encoding or preferred in r.could_be_from_charset for r in tied):
            return "cp1252" if _decodes(raw, "cp1252") else preferred
    if best.coherence == 0 and _decodes(raw, "cp1252"):
        return "cp1252"  # too little text to tell: the likeliest for English copy
    return best.encoding


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
