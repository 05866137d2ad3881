"""Direct quotations in news text and who said them.

>>> from refrain.quotes import find
>>> q = find('“We will not back down,” Jane Doe, the party leader, said on Tuesday.', date="2024-05-09")[0]
>>> q.kind, q.speaker, q.role, q.cue, q.date
('direct', 'Jane Doe', 'party leader', 'said', '2024-05-07')
"""

from __future__ import annotations

from .model import Mention, Quote
from .pipeline import find

__all__ = ["Mention", "Quote", "find"]
