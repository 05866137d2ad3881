"""The corpus stage: links that depend on the whole corpus, recomputed when it changes.

Reuse passages and clusters, quote families (the same quotation in several articles), conflict
groups of figures and speaker entities all depend on the whole corpus, so they are computed
together and replaced in one transaction: readers see the old links or the new ones, never half.

The work runs in three steps: read what is needed from the store, compute with the store file
released (when `analyze` was given a path: reuse alignment over a large corpus takes minutes,
and a `refrain serve` must be able to read meanwhile), then write everything in one transaction.
The ``*_links`` functions here are the computing step: pure functions of what was read.

Reuse keeps a memo in the store (:mod:`refrain.reuse.memo`: each document's shingles, each
candidate pair's passages, keyed by content): the next run tokenises and aligns only what the new
documents changed, and gives exactly what a run from scratch gives. The memo is written in the
same transaction as the links, trimmed to the keys the current corpus uses. Quote families keep
one too (:mod:`refrain.store.quote_link_memo`: each quotation's linked group): the next run links
only the new quotations, with the same families as a run from scratch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from refrain.analyze.access import StoreAccess
from refrain.analyze.conflict_stage import (
    ConflictInputs,
    ConflictUpdate,
    conflict_update,
    read_conflict_inputs,
    write_conflicts,
)
from refrain.analyze.family_stage import incremental_families, index_format, write_family_update
from refrain.crosslingual import stage as crosslingual_stage
from refrain.errors import RefrainError
from refrain.store import Store
from refrain.store.corpus import (
    claim_sources,
    persian_document_count,
    quote_occurrences,
    reuse_inputs,
    speaker_mentions,
    stored_claims,
    stored_reuse_cutoffs,
    write_entities,
    write_families,
)
from refrain.store.family_memo import write_index
from refrain.store.quote_link_memo import QuoteLinkMemo, load_quote_link_memo, save_quote_link_memo
from refrain.store.reuse_memo import load_reuse_memo, save_reuse_memo
from refrain.store.rows import (
    conflict_group_row,
    entity_row,
    quote_family_row,
    reuse_cutoff_rows,
    reuse_result_rows,
)

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
Rows = list[dict[str, Any]]

# From this many speaker mentions on, entities are merged in a second process while this one
# computes reuse (both read only what step 1 read): below it, starting the process costs more.
_MIN_MENTIONS_APART = 5_000
# From this many claims whose figures are not known yet, conflict groups are made in a second
# process while this one computes reuse and quote families (reading a figure costs ~0.4 ms).
_MIN_CLAIMS_APART = 20_000


def reuse_links(docs: list[Any], workers: int, *, memo: Any = None) -> tuple[Rows, Rows, Rows, Rows]:
    """Rows (passages, clusters, cluster_members, reuse_cutoffs) of the reuse found in ``docs``
    (ReuseDoc); ``memo``: a ReuseMemo (see :func:`refrain.store.reuse_memo.load_reuse_memo`)."""
    from refrain.reuse import align

    result = align(docs, workers=workers, memo=memo)
    tables = reuse_result_rows(result)
    return tables["passages"], tables["clusters"], tables["cluster_members"], reuse_cutoff_rows(result)


def stored_cutoff_line(store: Store) -> str:
    """The one line saying what reuse's frequency limits left out of the store's last corpus run
    ('' when nothing was, or when no run recorded it)."""
    from refrain.reuse.model import CutOffs

    rows = stored_reuse_cutoffs(store)
    return CutOffs(**rows[0]).line() if rows else ""


def quote_family_links(occurrences: list[tuple[str, Any]]) -> tuple[Rows, dict[str, int]]:
    """Quote families (a quotation printed by more than one article) of (quote id, occurrence)
    pairs: their rows, and {quote id: family id}."""
    return quote_family_links_after(occurrences, {})[0]


def quote_family_links_after(
    occurrences: list[tuple[str, Any]], memo: QuoteLinkMemo
) -> tuple[tuple[Rows, dict[str, int]], list[tuple[str, int, str | None]], str, Rows]:
    """``quote_family_links(occurrences)`` made from the quote-link ``memo`` of the last run when
    it can be (only the quotations not in it are linked), with the memo for the next run and how
    the groups were made ("linked the new quotations" or "linked every quotation"), and the rows
    of the index new quotations are linked against (:mod:`refrain.analyze.family_stage`).
    The same families either way (see :func:`refrain.reuse.quote_links.linked_groups_after`)."""
    from refrain.reuse.provenance import families_of_groups, quote_words
    from refrain.reuse.quote_links import linked_groups, linked_groups_after, words_key

    ids = [quote_id for quote_id, _ in occurrences]
    occ = [o for _, o in occurrences]
    word_lists = [quote_words(o.text) for o in occ]
    keys = [words_key(w) for w in word_lists]
    groups = _groups_after(ids, keys, word_lists, memo, linked_groups_after) if memo else None
    how = "linked the new quotations" if groups is not None else "linked every quotation"
    if groups is None:
        groups = linked_groups(word_lists)
    group_of: list[str | None] = [None] * len(ids)
    for g in groups:  # in index order: a group is named by its first quotation
        for i in g:
            group_of[i] = ids[g[0]]
    by_key = {(o.doc, o.start, o.end): quote_id for quote_id, o in occurrences}
    families, family_of = [], {}
    for fam in families_of_groups(occ, word_lists, [list(g) for g in groups]):
        if len({o.doc for o in fam.occurrences}) < 2:
            continue  # a family is a quotation printed by more than one article
        families.append(quote_family_row(fam))
        for o in fam.occurrences:
            family_of[by_key[(o.doc, o.start, o.end)]] = fam.id
    from refrain.reuse.quote_link_index import grams_of_lists

    index = [{"quote_id": q, "grams": g} for q, g in zip(ids, grams_of_lists(word_lists), strict=True)]
    return (families, family_of), list(zip(ids, keys, group_of, strict=True)), how, index


def _groups_after(
    ids: list[str], keys: list[int], word_lists: list[list[str]], memo: QuoteLinkMemo, after: Any
) -> list[list[int]] | None:
    """The linked groups from the memo plus the new quotations, or None when the memo does not
    describe the stored quotations (one gone, or its words changed)."""
    position = {quote_id: i for i, quote_id in enumerate(ids)}
    is_old = [False] * len(ids)
    old_groups: dict[str, list[int]] = {}
    for quote_id, (key, grp) in memo.items():
        i = position.get(quote_id)
        if i is None or keys[i] != key:
            return None
        is_old[i] = True
        if grp is not None:
            old_groups.setdefault(grp, []).append(i)
    return after(word_lists, is_old, list(old_groups.values()))


def entity_links(
    mentions: list[tuple[str, str, str | None]], aliases: str | None
) -> tuple[Rows, dict[str, str]]:
    """Speaker entities of (quote id, speaker, role) mentions, merged (with the TOML alias file
    ``aliases`` when given): their rows, and {quote id: entity id}."""
    from refrain.entities import load_aliases, merge, resolve

    try:
        alias_file = load_aliases(aliases) if aliases else None
    except ValueError as exc:  # AliasFileError: a user's file that does not parse
        raise RefrainError.from_error(exc) from exc
    entities = merge(((speaker, role) for _, speaker, role in mentions), aliases=alias_file)
    entity_of: dict[str, str] = {}
    cache: dict[str, str | None] = {}
    for quote_id, name, _ in mentions:
        if name not in cache:
            e = resolve(name, entities, aliases=alias_file)
            cache[name] = e.id if e else None
        if cache[name]:
            entity_of[quote_id] = cache[name]  # type: ignore[assignment]
    return [entity_row(e) for e in entities], entity_of


def entities_meanwhile(
    mentions: list[tuple[str, str, str | None]], aliases: str | None, workers: int
) -> Callable[[], tuple[Rows, dict[str, str]]]:
    """``entity_links(mentions, aliases)`` started in a forked process when there is a second
    core and enough mentions (else computed when asked for): call the result to get it. The
    merge is the same code on the same mentions in either process, so the same entities."""
    apart = workers >= 2 and len(mentions) >= _MIN_MENTIONS_APART
    if apart and aliases:  # a user's alias file that does not parse is said here, as without the process
        entity_links([], aliases)
    return meanwhile(entity_links, mentions, aliases, apart=apart)


def conflicts_meanwhile(inputs: ConflictInputs, workers: int) -> Callable[[], ConflictUpdate]:
    """``conflict_update(inputs)`` in a forked process while this one computes reuse and quote
    families, when there is a second core and enough claims to read (a full run reads every
    claim: minutes at 100,000 claims); else computed when asked for. The same code on the same
    inputs, so the same groups."""
    enough = len(inputs.claims) - len(inputs.known) >= _MIN_CLAIMS_APART
    return meanwhile(conflict_update, inputs, apart=workers >= 2 and enough)


def meanwhile(work: Callable[..., T], *args: Any, apart: bool) -> Callable[[], T]:
    """``work(*args)`` started in a forked process when ``apart`` (and the platform forks: the
    child reads what this process read, nothing is sent to it), else run when asked for: call the
    result to get it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if not apart or "fork" not in multiprocessing.get_all_start_methods():
        return lambda: work(*args)
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = pool.submit(work, *args)

    def result() -> T:
        try:
            return future.result()
        finally:
            pool.shutdown(cancel_futures=True)

    return result


def conflict_links(
    claims: list[tuple[str, str, Any]], sources: dict[str, Any] | None = None
) -> tuple[Rows, dict[str, int]]:
    """Conflict groups (figures stating one quantity that two sources give incompatibly) of
    (claim id, document id, Claim) triples, ``sources`` {document id: refrain.claims.Source}
    telling outlets and dates: their rows, and {claim id: group id}. Agreeing groups are left out:
    they are no conflict."""
    from refrain.claims import group

    by_obj = {id(claim): claim_id for claim_id, _, claim in claims}
    groups, group_of = [], {}
    for g in group(((doc_id, claim) for _, doc_id, claim in claims), sources):
        if len(g.claims) < 2 or g.agree:
            continue
        groups.append(conflict_group_row(g))
        for _doc, claim in g.claims:
            group_of[by_obj[id(claim)]] = g.id
    return groups, group_of


def derived_links(store: Store, aliases: str | None) -> tuple[Any, Any, Any]:
    """Quote families, entities and conflict groups of the stored quotes and claims, ready for
    :func:`refrain.store.corpus.write_derived_links` (read and computed with the store held)."""
    return (
        quote_family_links(quote_occurrences(store)),
        entity_links(speaker_mentions(store), aliases),
        conflict_links(stored_claims(store), claim_sources(store)),
    )


def recompute_corpus_links(
    store: Store | StoreAccess,
    *,
    workers: int,
    aliases: str | None = None,
    progress: Progress | None = None,
    fingerprint: str | None = None,
) -> None:
    """Recompute every corpus-wide link and replace them all in one transaction.

    ``store``: an open Store, or a StoreAccess (then the file is released while computing).
    """
    access = store if isinstance(store, StoreAccess) else StoreAccess(store)
    steps = 5
    say = progress or (lambda *_: None)
    say("corpus links", 0, steps)
    with access.open() as s:  # 1. read
        reuse_docs = reuse_inputs(s)
        reuse_memo = load_reuse_memo(s)
        # entities are merged on the second core from here on (the file is not read there)
        entities_of_mentions = entities_meanwhile(speaker_mentions(s), aliases, workers)
        # the new claims and the clusters they may join, or all: grouped on the second core when many
        conflict_groups = conflicts_meanwhile(read_conflict_inputs(s), workers)
        # None without Persian and other quotes: a store with no Persian article is not read for it
        persian = persian_document_count(s)
        crosslingual = crosslingual_stage.read_inputs(s) if persian else None
        link_format = index_format()
        # the new quotations linked against the index (not when cross-language families need
        # every quotation's family), else every quotation linked again
        family_update = incremental_families(s, link_format) if crosslingual is None else None
        if family_update is None:
            quotes = quote_occurrences(s)
            link_memo = load_quote_link_memo(s, link_format)
    say("corpus links", 1, steps)
    # 2. compute, file released; the memo spares documents and pairs the last run already did
    passages, clusters, members, cutoffs = reuse_links(reuse_docs, workers, memo=reuse_memo)
    del reuse_docs
    say("corpus links", 2, steps)
    if family_update is None:
        families, link_memo_rows, _how, index_rows = quote_family_links_after(quotes, link_memo)
        del quotes
    say("corpus links", 3, steps)
    entities = entities_of_mentions()
    say("corpus links", 4, steps)
    groups = conflict_groups()
    same_language = families[1] if family_update is None else {}  # (incremental only without it)
    crosslingual_result = crosslingual_stage.compute(crosslingual, same_language=same_language)
    entities = crosslingual_stage.merge_speakers(entities, crosslingual_result)  # one person, two scripts
    with access.open() as s, s.transaction() as con:  # 3. write, all or nothing
        s.replace_table("passages", passages, con=con)
        s.replace_table("clusters", clusters, con=con)
        s.replace_table("cluster_members", members, con=con)
        s.replace_table("reuse_cutoffs", cutoffs, con=con)
        save_reuse_memo(con, reuse_memo)
        if family_update is None:
            write_families(con, families)
            save_quote_link_memo(s, con, link_memo_rows, link_format)
            write_index(con, index_rows, replace=True)
        else:
            write_family_update(s, con, family_update)
        write_entities(con, entities)
        write_conflicts(s, con, groups)
        crosslingual_stage.write(con, crosslingual_result)
        if fingerprint is not None:
            s.set_meta("corpus_fingerprint", fingerprint, con=con)
    say("corpus links", steps, steps)
