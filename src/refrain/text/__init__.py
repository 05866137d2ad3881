"""The text layer: how every analyser reads text, in every language.

One tokeniser (:func:`tokenize`), one sentence splitter (:func:`sentence_spans`), one normaliser
with an offset map back to the stored text (:func:`normalize`), word lists as data files per
language (:func:`lexicon`, ``text/data/<language>/<name>.txt``) and the script of a text
(:func:`script_of`); for Persian figures, a fold that keeps every offset (:func:`fold_fa_figures`)
and number-aware tokens (:func:`number_tokens`). The language of the document selects the rules
and the lists; ``None`` and ``"en"`` read text as English, ``"fa"`` as Persian.

>>> from refrain.text import normalize, tokenize
>>> n = normalize("گفت: «آمريكا»", "fa")
>>> [n.text[t.start : t.end] for t in tokenize(n.text, language="fa") if t.is_word]
['گفت', 'آمریکا']
"""

from __future__ import annotations

from .chars import WORD_RE, bmp_tables, fold_char, is_word_char
from .fa_numbers import FA_FIGURE_LETTERS, NumberToken, fold_fa_figures, number_tokens
from .lexicon import lexicon, lexicon_lines, lexicon_words
from .normalize import Normalized, fold, has_rules, normalize
from .regex_cache import widen_regex_cache
from .scripts import is_arabic_script, script_of
from .sentences import Sentences, sentence_spans, sentence_starts
from .tokens import MASK, OPENING_MARKS, Token, is_abbreviation, tokenize

widen_regex_cache()  # the analysers' inline patterns outnumber re's default cache (see regex_cache)

__all__ = [
    "FA_FIGURE_LETTERS",
    "MASK",
    "OPENING_MARKS",
    "WORD_RE",
    "Normalized",
    "NumberToken",
    "Sentences",
    "Token",
    "bmp_tables",
    "fold",
    "fold_char",
    "fold_fa_figures",
    "has_rules",
    "is_abbreviation",
    "is_arabic_script",
    "is_word_char",
    "lexicon",
    "lexicon_lines",
    "lexicon_words",
    "normalize",
    "number_tokens",
    "script_of",
    "sentence_spans",
    "sentence_starts",
    "tokenize",
]
