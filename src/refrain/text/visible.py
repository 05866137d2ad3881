"""Text made safe to show: control characters and bidi overrides written as escapes.

Names and texts refrain prints come from outside (a file name, an article, a speaker). Written
raw to a terminal, an escape sequence in them recolours it, sets its title or clears the screen;
a newline forges a second ``Error:`` line; a bidi override (U+202E) shows ``txt.exe`` as
``exe.txt``. :func:`visible` is the one sanitiser every terminal line and every table cell goes
through: such characters come out as the escape a programmer would type (``\\x1b``, ``\\n``,
``\\u202e``), everything else (any script, ZWNJ, punctuation) as it is.

>>> visible("a\\x1b[2Jb\\u202ec")
'a\\\\x1b[2Jb\\\\u202ec'
>>> visible("two\\nlines", keep="\\n")
'two\\nlines'
"""

from __future__ import annotations

import re
from functools import cache

# Bidi embeddings, overrides and isolates (the marks LRM/RLM/ALM only nudge neutrals: kept), and the
# Unicode line and paragraph separators, which some terminals and editors break lines at.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
LINE_SEPARATORS = "\u2028\u2029"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@cache
def _unsafe(keep: str) -> re.Pattern[str]:
    controls = "".join(
        c for c in map(chr, [*range(0x20), *range(0x7F, 0xA0)]) if c not in keep
    )  # C0, DEL and C1 (0x9b is a one-byte CSI)
    return re.compile(f"[{re.escape(controls)}{BIDI_CONTROLS}{LINE_SEPARATORS}]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character and bidi control (but those in ``keep``) escaped."""
    return _unsafe(keep).sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """Whether :func:`visible` would change ``text``."""
    return _unsafe("").search(text) is not None


_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}{LINE_SEPARATORS}]")


def json_visible(line: str) -> str:
    """A JSON text with DEL, C1 and bidi controls written as ``\\uXXXX`` (``json.dumps`` escapes only
    C0): the same data when parsed, nothing a terminal obeys when printed."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
