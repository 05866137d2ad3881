"""Turning bytes into text: BOMs, UTF-8, UTF-16, cp1252, cp1256 (Persian/Arabic), mojibake repair.

The order of guesses is cheapest-and-surest first: a BOM decides; strict UTF-8 decides; UTF-16
without a BOM shows as NUL bytes in every other position; single-byte text is cp1256 when most of
its letters come out Arabic-script, else cp1252. Binary data (NUL bytes, control characters) is
refused with an IngestError rather than turned into garbage text.
"""

from __future__ import annotations

import codecs
import re

from refrain.errors import Errors, IngestError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never occur in text (tab, newline, carriage return, form feed are fine).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]")
_LETTER_RE = re.compile(r"[^\W\d_]")

# UTF-8 read as cp1252/latin-1: a lead byte (Â-ô) followed by continuation bytes, each shown as the
# cp1252 character of that byte. Repaired run by run, so clean text around it is left alone.
_CP1252_CONTINUATION = "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
_C = f"[{_CP1252_CONTINUATION}]"
_MOJIBAKE_RE = re.compile(f"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
_MOJIBAKE_HINT_RE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATION}]")

# Share of control characters above which decoded "text" is taken to be binary.
_MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, *, path: str = "<bytes>") -> str:
    """Decode ``data`` to text, guessing the encoding; raise IngestError for binary or empty data.

    >>> decode_bytes("caf\\u00e9".encode("utf-8"))
    'café'
    >>> decode_bytes(b"\\x93quoted\\x94")
    '“quoted”'
    """
    if not data:
        raise IngestError(path, Errors.E103)
    text = _decode(data)
    if text is None:
        raise IngestError(path, Errors.E105)
    if _MOJIBAKE_HINT_RE.search(text):
        text = repair_mojibake(text)
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise IngestError(path, Errors.E106, controls=controls)
    return text


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return data[len(bom) :].decode(encoding, "replace")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        # a stray NUL in valid UTF-8 with no other control character is UTF-8, not UTF-16
        try:
            utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            utf8 = None
        if utf8 is not None and len(_CONTROL_RE.findall(utf8)) <= 2:
            return utf8
        return _utf16_by_high_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Mostly UTF-8 with a few broken bytes (a file cut mid-character, one bad byte): keep UTF-8.
        if _mostly_utf8(data):
            return data.decode("utf-8", "replace")
    return _decode_single_byte(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII-range characters leave NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    for encoding, nuls, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        # four NULs at least: in a few bytes one NUL and a UTF-8 pair ("0\x00\xc2\x80") look alike
        if nuls >= 4 and nuls > 0.4 * half and other < 0.05 * half:
            try:
                return data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_by_high_bytes(data: bytes) -> str | None:
    """UTF-16 without a BOM in a non-Latin script (Persian: ``06`` in every high byte, ``00`` for
    spaces): the high bytes take a few values only, and the text decoded is printable."""
    sample = data[: min(len(data), 8192) // 2 * 2]
    if len(sample) < 32:
        return None  # a few characters' high bytes take few values by chance
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        counts = sorted((high.count(b) for b in set(high)), reverse=True)
        if sum(counts[:3]) < 0.9 * len(high):
            continue
        try:
            text = data[: len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        probe = text[:4096]
        if sum(ch.isprintable() or ch.isspace() for ch in probe) >= 0.95 * len(probe) and any(
            ch.isalpha() for ch in probe
        ):
            return text
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 multi-byte characters far outnumber the broken bytes (one bad byte in a UTF-8 file)."""
    decoded = data.decode("utf-8", "replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for char in decoded if ord(char) > 0x7F) - bad
    return good >= 10 * bad


def _decode_single_byte(data: bytes) -> str:
    arabic = data.decode("cp1256", "replace")
    letters = len(_LETTER_RE.findall(arabic))
    if letters and len(_ARABIC_LETTER_RE.findall(arabic)) > 0.5 * letters:
        return arabic
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1")


def _byte_of(char: str) -> int:
    """The byte a cp1252 (or, for its five holes, latin-1) decoder turned into ``char``."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # a C1 control: ValueError below 256 is impossible, above it bytes() raises


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252 (``â€™`` → ``’``), run by run, where it round-trips.

    >>> repair_mojibake("It\\u00e2\\u20ac\\u2122s")
    'It’s'
    """

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            return bytes(_byte_of(char) for char in run).decode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return run

    return _MOJIBAKE_RE.sub(fix, text)
