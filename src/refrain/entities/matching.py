"""What merging names and resolving a name share: the Entity both produce, and the rules for
names that fit one another (a role standing for a name, full names whose words fit in order).

merge (many mentions into entities) and EntityIndex (one name against merged entities) apply
the same rules; they live here so that neither module reaches into the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from refrain.entities.names import ParsedName, ascii_fold, titles, words

SURNAME_SIMILARITY = 85.0  # rapidfuzz ratio on skeletons; catches one-letter transliteration drift
LONG_FORM_SIMILARITY = 92.0


@dataclass(slots=True)
class Entity:
    """A person or organisation, with every name it was written under and the roles seen with it."""

    id: str
    name: str  # the fullest form seen
    kind: str  # "person" | "org"
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": sorted(self.aliases),
            "roles": sorted(self.roles),
        }


def is_role_only(p: ParsedName) -> bool:
    """A role standing for a name: "the Supreme Leader", "the harbour master"."""
    if p.kind != "person":
        return False
    folded = ascii_fold(p.core).rstrip(".")
    if folded in titles() or all(w.lower() in titles() for w in words(p.core)):
        return True
    return p.written.lower().startswith("the ") and p.core == p.core.lower()


def tokens_fit(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` matches a word of ``long``, in order; surnames must match."""
    if not short or not long or fuzz.ratio(short[-1], long[-1]) < SURNAME_SIMILARITY:
        return False
    j = 0
    for tok in short[:-1]:
        while j < len(long) - 1:
            other = long[j]
            j += 1
            same_initial = (len(tok) == 1 or len(other) == 1) and tok[0] == other[0]
            if same_initial or fuzz.ratio(tok, other) >= SURNAME_SIMILARITY:
                break
        else:
            return False
    return True
