"""The entity name memo kept in the store: each distinct speaker name as the entity rules parsed it.

Parsing a name (``refrain.entities.matching.parse_mention``: its kind, titles and word skeletons)
is most of what merging the speakers into entities costs, and a name parses the same way every
run while the rules and the alias file stay the same. So the corpus stage keeps the parse of
every name it merged (``entity_name_memo``), with a hash of the rules and aliases it was made by
(``meta.entity_name_memo_format``), and the next run parses only the names it has not seen. The
memo holds exactly the names of the last run (one no longer written is dropped), so it is what a
run from scratch leaves.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from refrain.store import Store

FORMAT_KEY = "entity_name_memo_format"
_COLUMNS = ("name", "parsed", "written", "core", "titles", "kind", "tokens", "key", "cut")


class NameMemo(MutableMapping[str, Any]):
    """{name: ParsedName or None} as ``refrain.entities.merge`` reads and fills it, noting which
    names a run used (``used``) and which it parsed (``added``)."""

    def __init__(self, held: dict[str, Any], rules: str, *, same_rules: bool) -> None:
        self.held = held
        self.rules = rules
        self.same_rules = same_rules  # False: the stored memo was made by other rules (replaced)
        self.used: set[str] = set()
        self.added: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        value = self.added[name] if name in self.added else self.held[name]
        self.used.add(name)
        return value

    def __setitem__(self, name: str, parsed: Any) -> None:
        self.added[name] = parsed

    def __delitem__(self, name: str) -> None:
        raise TypeError("the name memo only grows during a run")

    def __contains__(self, name: object) -> bool:
        return name in self.added or name in self.held

    def __iter__(self) -> Iterator[str]:
        return iter({**self.held, **self.added})

    def __len__(self) -> int:
        return len(self.held.keys() | self.added.keys())


def load_name_memo(store: Store, rules: str) -> NameMemo:
    """The memo the store keeps when made by ``rules`` (else an empty one that replaces it)."""
    import duckdb

    from refrain.entities.names import ParsedName

    try:
        if store.get_meta(FORMAT_KEY) != rules:
            return NameMemo({}, rules, same_rules=False)
        rows = store.con.execute(f"SELECT {', '.join(_COLUMNS)} FROM entity_name_memo").fetchall()
    except duckdb.Error:  # an older store opened read-only: no memo table
        return NameMemo({}, rules, same_rules=False)
    held = {
        name: ParsedName(written, core, tuple(titles), kind, tuple(tokens), key, cut) if parsed else None
        for name, parsed, written, core, titles, kind, tokens, key, cut in rows
    }
    return NameMemo(held, rules, same_rules=True)


def save_name_memo(store: Store, con: Any, memo: NameMemo) -> None:
    """Keep exactly the names the run used, inside the caller's transaction."""
    import pyarrow as pa

    if memo.same_rules:
        gone = [name for name in memo.held if name not in memo.used]
        if gone:
            con.execute("DELETE FROM entity_name_memo WHERE name IN (SELECT unnest(?::VARCHAR[]))", [gone])
    else:
        con.execute("DELETE FROM entity_name_memo")
    added = [(name, p) for name, p in memo.added.items() if name in memo.used]
    if added:
        rows = pa.table(
            {
                "name": pa.array([n for n, _ in added], pa.string()),
                "parsed": pa.array([p is not None for _, p in added], pa.bool_()),
                "written": pa.array([p.written if p else None for _, p in added], pa.string()),
                "core": pa.array([p.core if p else None for _, p in added], pa.string()),
                "titles": pa.array([list(p.titles) if p else None for _, p in added], pa.list_(pa.string())),
                "kind": pa.array([p.kind if p else None for _, p in added], pa.string()),
                "tokens": pa.array([list(p.tokens) if p else None for _, p in added], pa.list_(pa.string())),
                "key": pa.array([p.key if p else None for _, p in added], pa.string()),
                "cut": pa.array([p.cut if p else None for _, p in added], pa.bool_()),
            }
        )
        con.register("_name_rows", rows)
        try:
            con.execute(f"INSERT INTO entity_name_memo SELECT {', '.join(_COLUMNS)} FROM _name_rows")
        finally:
            con.unregister("_name_rows")
    store.set_meta(FORMAT_KEY, memo.rules, con=con)
