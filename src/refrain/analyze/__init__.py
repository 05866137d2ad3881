"""`refrain analyze`: the per-document stage, the corpus stage, and the run that drives them.

- :mod:`refrain.analyze.document`: every per-document analyser over one document, in a time limit.
- :mod:`refrain.analyze.corpus`: links over the whole corpus (reuse, quote families, entities,
  conflict groups), recomputed when the corpus changed.
- :mod:`refrain.analyze.run`: the incremental, restartable run over a store (batches, workers).
- :mod:`refrain.analyze.files`: the same analysers over files, without a store (the CLI's
  ``quotes``/``claims``/``reuse`` on paths).

Rows are made by :mod:`refrain.store.rows`; this package never writes a column by name.
"""

from refrain.analyze.access import StoreAccess
from refrain.analyze.corpus import derived_links, recompute_corpus_links
from refrain.analyze.document import DocumentFailure, analyse_document, analyse_within
from refrain.analyze.run import (
    BATCH,
    PER_DOCUMENT,
    AnalyzeReport,
    analyse_new_documents,
    analyze,
    links_fingerprint,
    refresh_search_index,
)

__all__ = [
    "BATCH",
    "PER_DOCUMENT",
    "AnalyzeReport",
    "DocumentFailure",
    "StoreAccess",
    "analyse_document",
    "analyse_new_documents",
    "analyse_within",
    "analyze",
    "derived_links",
    "links_fingerprint",
    "recompute_corpus_links",
    "refresh_search_index",
]
