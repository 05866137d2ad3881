"""The DuckDB schema: one table a kind of thing, every finding a span of a document.

A store records the version of the schema it was written with (``meta.schema_version``), and
opening it checks that version (:func:`check_version`): a store from a newer refrain is refused; a
store from an older one is migrated when every change since is additive (statements in
``MIGRATIONS``), else refused, each with one coded line.
"""

from __future__ import annotations

from typing import Any

from refrain.errors import Errors, StoreError

SCHEMA_VERSION = 11

# The additive changes from one version to the next: MIGRATIONS[n] brings a store written with
# version n up to n + 1 (``ALTER TABLE … ADD COLUMN IF NOT EXISTS …``; new tables need no entry,
# opening for writing creates every table of TABLES). A version with no entry cannot be migrated.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (),  # 2 adds the tables crosslingual_members and quote_embeddings: created on opening for writing
    2: ("ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_kind VARCHAR",),  # 3: refrain.entities.kinds
    # 4: reuse templates (a recurring frame with other facts) and boilerplate told apart on passages
    # and clusters; the table reuse_cutoffs is new (created on opening for writing)
    3: (
        "ALTER TABLE passages ADD COLUMN IF NOT EXISTS template BOOLEAN",
        "ALTER TABLE clusters ADD COLUMN IF NOT EXISTS boilerplate BOOLEAN",
        "ALTER TABLE clusters ADD COLUMN IF NOT EXISTS template BOOLEAN",
    ),
    4: (),  # 5 adds the table quote_link_memo: created on opening for writing
    5: ("ALTER TABLE claims ADD COLUMN IF NOT EXISTS value_high DOUBLE",),  # 6: a range's upper bound
    # 7: what a conflict is about and how many sources disagree (refrain.claims.ConflictGroup)
    6: (
        "ALTER TABLE conflict_groups ADD COLUMN IF NOT EXISTS sources INTEGER",
        "ALTER TABLE conflict_groups ADD COLUMN IF NOT EXISTS topic VARCHAR",
        "ALTER TABLE conflict_groups ADD COLUMN IF NOT EXISTS where_text VARCHAR",
    ),
    7: (),  # 8 adds the table quote_link_index: created on opening for writing
    8: (),  # 9 adds the table conflict_memo: created on opening for writing
    # 10 added the table entity_name_memo (speaker names as parsed), dropped again the same day:
    # parsing was not what merging costs. A store stamped 10 may hold it; nothing reads it.
    9: (),
    10: (),  # 11 adds the table conflict_figures: created on opening for writing
}

TABLES: dict[str, str] = {
    "meta": """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)
    """,
    "documents": """
        CREATE TABLE IF NOT EXISTS documents (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,            -- ingest order, 0-based
            name VARCHAR NOT NULL,          -- source or source#key
            source VARCHAR NOT NULL,
            idx INTEGER NOT NULL,           -- index within the source
            key VARCHAR,
            title VARCHAR,
            date VARCHAR,                   -- ISO date when known
            author VARCHAR,
            outlet VARCHAR,
            language VARCHAR,
            url VARCHAR,
            start_offset INTEGER,           -- offsets of the article in its source's decoded text
            end_offset INTEGER,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        )
    """,
    "errors": """
        CREATE TABLE IF NOT EXISTS errors (
            path VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            recorded_at TIMESTAMP DEFAULT current_timestamp
        )
    """,
    # Which analyser has seen which document: makes `analyze` incremental and restartable.
    "analysed": """
        CREATE TABLE IF NOT EXISTS analysed (
            doc_id VARCHAR NOT NULL,
            analyser VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, analyser)
        )
    """,
    "quotes": """
        CREATE TABLE IF NOT EXISTS quotes (
            id VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            pieces VARCHAR NOT NULL,        -- JSON list of [start, end]
            text VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            speaker VARCHAR,
            mention_text VARCHAR,
            mention_start INTEGER,
            mention_end INTEGER,
            role VARCHAR,
            organisation VARCHAR,
            cue VARCHAR,
            stated_date VARCHAR,
            venue VARCHAR,
            entity_id VARCHAR,
            family INTEGER,
            speaker_kind VARCHAR            -- person, organisation, document, unnamed
        )
    """,
    "claims": """
        CREATE TABLE IF NOT EXISTS claims (
            id VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            value DOUBLE,
            approx VARCHAR,
            unit VARCHAR,
            value_text VARCHAR,
            value_start INTEGER,
            value_end INTEGER,
            what VARCHAR,
            what_start INTEGER,
            what_end INTEGER,
            what_key VARCHAR,
            when_text VARCHAR,
            when_start INTEGER,
            when_end INTEGER,
            when_iso VARCHAR,
            where_text VARCHAR,
            where_start INTEGER,
            where_end INTEGER,
            claimant VARCHAR,
            conflict_group INTEGER,
            value_high DOUBLE               -- a range's upper bound (value is its lower), else NULL
        )
    """,
    "conflict_groups": """
        CREATE TABLE IF NOT EXISTS conflict_groups (
            id INTEGER PRIMARY KEY,
            what_key VARCHAR,
            when_iso VARCHAR,
            agree BOOLEAN,
            size INTEGER,
            sources INTEGER,                -- independent sources whose figures disagree
            topic VARCHAR,                  -- the words the figures share: "ferry varnes"
            where_text VARCHAR
        )
    """,
    "passages": """
        CREATE TABLE IF NOT EXISTS passages (
            a_doc VARCHAR NOT NULL,
            a_start INTEGER NOT NULL,
            a_end INTEGER NOT NULL,
            b_doc VARCHAR NOT NULL,
            b_start INTEGER NOT NULL,
            b_end INTEGER NOT NULL,
            score DOUBLE,
            cluster INTEGER,
            boilerplate BOOLEAN,
            template BOOLEAN                -- a recurring frame whose facts differ: not reuse
        )
    """,
    "clusters": """
        CREATE TABLE IF NOT EXISTS clusters (
            id INTEGER PRIMARY KEY,
            earliest_doc VARCHAR,
            earliest_by VARCHAR,
            size INTEGER,
            snippet VARCHAR,
            boilerplate BOOLEAN,
            template BOOLEAN
        )
    """,
    "cluster_members": """
        CREATE TABLE IF NOT EXISTS cluster_members (
            cluster INTEGER NOT NULL,
            doc_id VARCHAR NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL
        )
    """,
    # What reuse's frequency limits left out of pairing in the last run (refrain.reuse.model.CutOffs):
    # one row, so a user is told, not shown silence.
    "reuse_cutoffs": """
        CREATE TABLE IF NOT EXISTS reuse_cutoffs (
            max_df INTEGER NOT NULL,
            boilerplate_min_docs INTEGER NOT NULL,
            frequent_shingles BIGINT NOT NULL,     -- in more than max_df documents
            frequent_documents BIGINT NOT NULL,    -- documents holding one
            boilerplate_shingles BIGINT NOT NULL,  -- boilerplate of an outlet
            boilerplate_documents BIGINT NOT NULL
        )
    """,
    "quote_families": """
        CREATE TABLE IF NOT EXISTS quote_families (
            id INTEGER PRIMARY KEY,
            text VARCHAR,
            speaker VARCHAR,
            first_doc VARCHAR,
            first_by VARCHAR,
            size INTEGER,
            variants VARCHAR              -- JSON
        )
    """,
    "entities": """
        CREATE TABLE IF NOT EXISTS entities (
            id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            kind VARCHAR,
            aliases VARCHAR,              -- JSON list
            roles VARCHAR                 -- JSON list
        )
    """,
    # Cross-language quote families (refrain.crosslingual): one row a member, earliest first.
    "crosslingual_members": """
        CREATE TABLE IF NOT EXISTS crosslingual_members (
            family INTEGER NOT NULL,
            quote_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            language VARCHAR,
            outlet VARCHAR,
            date VARCHAR,
            position INTEGER NOT NULL,    -- 0: printed first
            ordered_by VARCHAR,           -- "date", or "ingest order (dates missing)"
            linked_to VARCHAR,            -- the other-language quote it was linked to
            cosine DOUBLE,                -- the sentence model's, NULL when linked without it
            evidence VARCHAR
        )
    """,
    # Sentence-model vectors of quotations (refrain.crosslingual.embed): computed once, kept.
    "quote_embeddings": """
        CREATE TABLE IF NOT EXISTS quote_embeddings (
            quote_id VARCHAR PRIMARY KEY,
            model VARCHAR NOT NULL,
            vectors BLOB NOT NULL         -- float16, windows x 384
        )
    """,
    # What a reuse run can hand the next one (refrain.reuse.memo): derived, content-keyed, safe to
    # empty (the next `analyze` recomputes what is missing). Kept to the current corpus's keys.
    "reuse_memo_docs": """
        CREATE TABLE IF NOT EXISTS reuse_memo_docs (
            key BLOB NOT NULL,            -- hash of a text and of what its shingles depend on
            shingles BLOB NOT NULL,       -- uint64 little-endian word-shingle hashes, in text order
            checksum BIGINT NOT NULL      -- of shingles: a damaged row is recomputed, not read
        )
    """,
    "reuse_memo_pairs": """
        CREATE TABLE IF NOT EXISTS reuse_memo_pairs (
            key BLOB NOT NULL,            -- hash of both texts, their boilerplate shingles, the settings
            passages BLOB NOT NULL,       -- the pair's raw passages (refrain.reuse.memo.PASSAGE_DTYPE)
            checksum BIGINT NOT NULL
        )
    """,
    # What quote families were made from (refrain.store.quote_link_memo): every quotation linked
    # last run and its group, so the next run links only new quotations. Derived, safe to empty.
    "quote_link_memo": """
        CREATE TABLE IF NOT EXISTS quote_link_memo (
            quote_id VARCHAR NOT NULL,
            words BIGINT NOT NULL,        -- hash of the words it was linked by
            grp VARCHAR                   -- the first quote id of its linked group; NULL: none
        )
    """,
    # The index new quotations are linked against (refrain.store.quote_link_memo): each quotation
    # of the memo with a hash of its text and its word 3-grams' keys. Derived, safe to empty.
    "quote_link_index": """
        CREATE TABLE IF NOT EXISTS quote_link_index (
            quote_id VARCHAR NOT NULL,
            text_md5 VARCHAR NOT NULL,    -- md5(quotes.text) when it was linked
            grams BIGINT[] NOT NULL       -- refrain.reuse.quote_link_index.gram_keys
        )
    """,
    # What conflict groups were last made from (refrain.store.conflict_memo): each claim, what
    # ties its figure to others and its cluster, so the next run reads only the new claims'
    # figures and those they may join. Derived, safe to empty.
    "conflict_memo": """
        CREATE TABLE IF NOT EXISTS conflict_memo (
            claim_id VARCHAR NOT NULL,
            claim_md5 VARCHAR NOT NULL,   -- md5 of the claim's columns when it was read
            figure BOOLEAN NOT NULL,      -- whether refrain.claims.reading.read gave a figure
            unit VARCHAR,
            language VARCHAR,
            keys VARCHAR[],               -- Figure.keys
            cluster VARCHAR               -- the first claim id of its cluster (itself when alone)
        )
    """,
    # The figure read from each claim of the conflict memo (refrain.store.conflict_memo), so a
    # later run regroups old claims without reading them again. Derived, safe to empty.
    "conflict_figures": """
        CREATE TABLE IF NOT EXISTS conflict_figures (
            claim_id VARCHAR NOT NULL,
            figure BLOB NOT NULL          -- refrain.store.conflict_memo.encode_figure
        )
    """,
}

# Tables an export writes, in order.
EXPORTABLE = [
    "documents",
    "quotes",
    "claims",
    "conflict_groups",
    "passages",
    "clusters",
    "quote_families",
    "crosslingual_members",
    "entities",
    "errors",
]


def stored_version(con: Any, path: str) -> int | None:
    """The schema version a store was written with; None for a new store (no ``meta`` table or row)."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()[0]
    if not has_meta:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        return None
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise StoreError(Errors.E214, path=path, found=row[0]) from None


def check_version(
    con: Any,
    path: str,
    *,
    read_only: bool,
    current: int | None = None,
    migrations: dict[int, tuple[str, ...]] | None = None,
) -> int | None:
    """Check (and, opened for writing, migrate) the schema of an opened store; return the version found.

    Raises StoreError E211 (newer than this refrain), E212 (older, and a change since is not
    additive), E213 (older and migratable, but opened read-only). ``current`` and ``migrations``
    default to this module's SCHEMA_VERSION and MIGRATIONS, read at call time.
    """
    current = SCHEMA_VERSION if current is None else current
    migrations = MIGRATIONS if migrations is None else migrations
    found = stored_version(con, path)
    if found is None or found == current:
        return found
    if found > current:
        raise StoreError(Errors.E211, path=path, found=found, current=current)
    steps = [migrations.get(version) for version in range(found, current)]
    if any(step is None for step in steps):
        raise StoreError(Errors.E212, path=path, found=found, current=current)
    if read_only and not any(steps):
        return found  # only new tables since: a reader reads the store as it is (they are derived)
    if read_only:
        raise StoreError(Errors.E213, path=path, found=found, current=current)
    con.execute("BEGIN TRANSACTION")
    try:
        for step in steps:
            for statement in step or ():
                con.execute(statement)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(current)])
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return found
