"""Writing direction and language attributes for text shown in HTML (web UI and report).

Persian and Arabic are written right to left: an element holding such text needs ``dir="rtl"``
(so that punctuation, numbers and the highlighting spans inside it are laid out as a reader of
the language expects) and ``lang`` (so that the browser picks a font that shapes the script and
a screen reader the right voice). The language is the document's when it is known, else the
script of the text decides: Arabic-script text is Persian or Arabic by
:func:`refrain.ingest.language.detect_language`. Latin text gets no attribute at all, so that
English pages are exactly as before.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from refrain.ingest.language import detect_language

RTL_LANGUAGES = frozenset({"fa", "ar", "ur", "ps", "ckb", "he", "yi"})
# The first letter of a text: Arabic script (with its presentation forms) or Hebrew, vs any other.
_FIRST_LETTER_RE = re.compile(r"[^\W\d_]")
_RTL_SCRIPT_RE = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


def text_language(text: str | None, language: str | None = None) -> str | None:
    """The language to declare for ``text`` when it is written right to left, else None.

    >>> text_language("وزير نفت گفت", None), text_language("The minister", None)
    ('fa', None)
    >>> text_language("anything", "fa")
    'fa'
    """
    if language:
        return language if language in RTL_LANGUAGES else None
    first = _FIRST_LETTER_RE.search(text or "")
    if first is None or not _RTL_SCRIPT_RE.match(first.group(0)):
        return None
    detected = detect_language(text or "")
    return detected if detected in RTL_LANGUAGES else "fa" if "\u0600" <= first.group(0) <= "\u06ff" else "he"


def direction_attrs(text: str | None, language: str | None = None) -> Markup:
    """`` dir="rtl" lang="fa"`` (with a leading space) for right-to-left text, else nothing.

    Meant for templates: ``<h1{{ title|textdir(language) }}>{{ title }}</h1>``.

    >>> str(direction_attrs("آمار تازه", None))
    ' dir="rtl" lang="fa"'
    >>> str(direction_attrs("New figures", None))
    ''
    """
    lang = text_language(text, language)
    if lang is None:
        return Markup("")
    return Markup(' dir="rtl" lang="{}"').format(lang)


def quoted(text: str | None, language: str | None = None) -> Markup:
    """``text`` in quotation marks of its script: “…” for Latin text, «…» for Persian and Arabic.

    >>> str(quoted("We will <not> wait"))
    '“We will &lt;not&gt; wait”'
    >>> str(quoted("ما صبر نمی‌کنیم"))
    '«ما صبر نمی‌کنیم»'
    """
    if text_language(text, language) in RTL_LANGUAGES - {"he", "yi"}:
        return Markup("«{}»").format(text or "")
    return Markup("“{}”").format(text or "")
