"""Every read query over a store, for the CLI, the web UI and the report alike.

Each function takes a Store (read-only is enough) and returns plain data: a CLI table, a web
page, its JSON twin and the report are all rendered from the same value. All SQL is
parameterised; ids and names come from users, URLs and article text. Lists many pages cut from
(the order of all articles, the ranking of all speakers) are in :mod:`refrain.store.lists`.

- findings: ``summary``, ``quotes``, ``claims``, ``passages`` (the CLI's store queries)
- articles: ``volume`` (articles and quotes per month), ``overview``, ``outlet_counts``, ``articles``, ``article``, ``reuse_of_document``, ``quote``
- speakers: ``top_speakers`` (the one ranking), ``speakers``, ``speaker``, ``quote_timeline``
- families: ``families``, ``family``, ``top_families``
- reuse: ``reuse_pairs``, ``reuse_pair``, ``reuse_network``, ``outlet_flows`` (who copies whom)
- names: ``display_name``, ``named`` (one name and a safe source link for a document)
- conflicts: ``conflicts``, ``conflict``, ``disagreeing_groups``
- crosslingual: ``crosslingual_families``, ``crosslingual_family`` (one statement in several
  languages), ``family_languages`` (the languages a repeated quote is printed in)
- search: ``search`` (BM25 over the full-text index, or a folded substring match), imported
  from :mod:`refrain.store.queries.search`
- paging: ``PAGE_SIZE``, ``page_of``, ``documents_by_id``
"""

from refrain.store.queries.articles import (
    article,
    articles,
    outlet_counts,
    overview,
    quote,
    reuse_of_document,
    volume,
)
from refrain.store.queries.conflicts import conflict, conflicts, disagreeing_groups
from refrain.store.queries.crosslingual import (
    crosslingual_families,
    crosslingual_family,
    crosslingual_family_of_quotes,
    crosslingual_of_family,
    family_languages,
)
from refrain.store.queries.families import families, family, top_families
from refrain.store.queries.findings import claims, passages, quotes, summary
from refrain.store.queries.paging import documents_by_id, page_of
from refrain.store.queries.reuse import outlet_flows, reuse_network, reuse_pair, reuse_pairs
from refrain.store.queries.speakers import quote_timeline, speaker, speakers, top_speakers

__all__ = [
    "article",
    "articles",
    "claims",
    "conflict",
    "conflicts",
    "crosslingual_families",
    "crosslingual_family",
    "crosslingual_family_of_quotes",
    "crosslingual_of_family",
    "disagreeing_groups",
    "documents_by_id",
    "families",
    "family",
    "family_languages",
    "outlet_counts",
    "outlet_flows",
    "overview",
    "page_of",
    "passages",
    "quote",
    "quote_timeline",
    "quotes",
    "reuse_network",
    "reuse_of_document",
    "reuse_pair",
    "reuse_pairs",
    "speaker",
    "speakers",
    "summary",
    "top_families",
    "top_speakers",
    "volume",
]
