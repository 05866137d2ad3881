"""EntityIndex: resolve names against merged entities in about constant time per name.

``resolve(name, entities)`` used to merge the name with every entity's names on each call, so
resolving each distinct speaker of a corpus was quadratic (or worse) in the number of names. The
index is built once (linear in the names) and applies the same rules as ``merge`` to one new name,
by lookup instead of by re-merging:

1. a name written exactly as an alias -> its entity;
2. same transliteration skeleton as an alias (Diyalameh -> Dialameh), a lone surname only spelled
   alike (Ghani is not Ghaani);
3. the parts of a slashed name, all resolving to one entity;
4. an alias file ``[[same]]`` group holding the name and an entity's alias;
5. organisations: acronym (three letters or more) vs long form initials, long forms differing by
   spelling;
6. people: a full name whose words fit an entity's full name in order (surnames alike);
7. a bare surname fitting full names of exactly one entity (ties broken by the name's title).

A name that fits two entities resolves to None (never guessed), as does one the alias file's
``[[different]]`` separates from the entity, one whose kind (person/org) differs, and a
description or document ("the harbour master", "the statement": refrain.entities.kinds), which
merge never makes an entity of.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from refrain.entities.aliases import AliasFile, default_aliases
from refrain.entities.kinds import PATRONYMIC, ends_in_fathers_name
from refrain.entities.matching import (
    COMMON_SURNAME_GIVEN_NAMES,
    Entity,
    alike_long_forms,
    alike_names,
    full_name_fits,
    is_bare,
    is_proper_long_form,
    is_role_only,
    parse_mention,
    role_words,
    spells_by_initials,
    telling_roles,
)
from refrain.entities.name_keys import same_name_key
from refrain.entities.names import (
    ParsedName,
    acronym_key,
    initials,
    is_acronym,
    parse,
)


class EntityIndex:
    """Lookup tables over ``entities`` (from ``merge``), built once; ``resolve(name)`` per name.

    >>> from refrain.entities import merge
    >>> index = EntityIndex(merge([("Ali Khamenei", "supreme leader"), ("Hassan Rouhani", None)]))
    >>> index.resolve("Khamenei").name, index.resolve("Nobody Known")
    ('Ali Khamenei', None)
    """

    def __init__(self, entities: Iterable[Entity], aliases: AliasFile | None = None) -> None:
        self.aliases = default_aliases() if aliases is None else aliases
        self.entities = list(entities)
        self.by_alias: dict[str, Entity] = {}
        self.by_key: dict[str, list[Entity]] = defaultdict(list)
        # merge's rule 1 key: the skeleton, a lone surname's or an acronym's letters as written
        self.by_same_name: dict[str, list[Entity]] = defaultdict(list)
        self.by_joined: dict[str, list[Entity]] = defaultdict(list)  # people's full names, words run together
        self.by_initials: dict[str, list[Entity]] = defaultdict(list)  # org long forms' initials
        self.acronyms: dict[str, list[Entity]] = defaultdict(list)  # org acronyms
        self.long_forms: list[tuple[str, Entity]] = []  # (skeleton, entity) of org long forms
        self.full_names: dict[str, list[tuple[tuple[str, ...], Entity]]] = defaultdict(list)  # by surname
        self._cache: dict[str, Entity | None] = {}
        self._long_tokens: list[tuple[str, ...]] = []  # the words of each long form, in order
        for e in self.entities:
            for alias in e.aliases:
                self.by_alias.setdefault(alias, e)
                p = self._parse(alias)
                self.by_key[p.key].append(e)
                self.by_same_name[same_name_key(p)].append(e)
                if p.joined:
                    self.by_joined[p.joined].append(e)
                if p.kind == "org" and "/" not in p.core:
                    if is_acronym(p.core):
                        if spells_by_initials(p.core):
                            self.acronyms[acronym_key(p.core)].append(e)
                    else:
                        if is_proper_long_form(p.core):  # as merge: "official Israeli channel" is no OIC
                            for code in initials(p.core):
                                self.by_initials[code].append(e)
                        if len(p.key) > 8:
                            self.long_forms.append((p.key, e))
                            self._long_tokens.append(p.tokens)
                elif p.kind == "person" and len(p.tokens) > 1 and not is_role_only(p):
                    self.full_names[p.surname].append((p.tokens, e))
        self._surnames = list(self.full_names)
        self._long_keys = [k for k, _ in self.long_forms]

    def _parse(self, name: str) -> ParsedName:
        """An alias as merge parsed it (descriptions never become aliases: the fallback is unused)."""
        return parse_mention(name, self.aliases) or parse(name)

    def resolve(self, name: str) -> Entity | None:
        """The entity ``name`` refers to, or None when none (or more than one) fits."""
        cleaned = " ".join(str(name).split())
        if not cleaned:
            return None
        if cleaned not in self._cache:
            self._cache[cleaned] = self._resolve(cleaned)
        return self._cache[cleaned]

    def _one(self, name: ParsedName, candidates: Iterable[Entity]) -> Entity | None:
        """The single candidate left after kind and ``[[different]]`` checks, else None."""
        found: dict[str, Entity] = {}
        for e in candidates:
            if e.kind != name.kind or self.aliases.forbidden([name.written], e.aliases):
                continue
            found[e.id] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def _resolve(self, cleaned: str) -> Entity | None:
        if cleaned in self.by_alias:
            return self.by_alias[cleaned]
        p = parse_mention(cleaned, self.aliases)
        if p is None:  # a description or a document names nobody in particular
            return None
        if (
            p.kind == "person"
            and len(p.tokens) == 1
            and not p.titles
            and p.surname not in self.full_names
            and not self.aliases.same_group_of(p.key)
        ):
            return None  # "Climate", "Tehran Municipality": a lone word that is no one's surname (as merge)
        same = same_name_key(p)  # as merge's rule 1: Ghani is not Ghaani, nor MEE MME
        if same in self.by_same_name:
            return self._one(p, self.by_same_name[same])
        if p.joined in self.by_joined:  # the same with words run together ("Alireza" = "Ali Reza")
            return self._one(p, self.by_joined[p.joined])
        if "/" in cleaned:  # every part of a slashed name must point to the same entity
            parts = [self.resolve(x) for x in cleaned.split("/") if x.strip()]
            ids = {e.id for e in parts if e is not None}
            return parts[0] if parts and None not in parts and len(ids) == 1 else None
        group = self.aliases.same_group_of(p.key)
        if group is not None:
            hits = [e for key in group.keys for e in self.by_key.get(key, ())]
            if hits:
                return self._one(p, hits)
        if p.kind == "org":
            return self._resolve_org(p)
        if is_role_only(p):
            return None
        return self._resolve_person(p)

    def _resolve_org(self, p: ParsedName) -> Entity | None:
        if is_acronym(p.core):
            if not spells_by_initials(p.core):
                return None
            return self._one(p, self.by_initials.get(acronym_key(p.core), ()))
        hits = [e for code in initials(p.core) for e in self.acronyms.get(code, ())]
        hits += [self.long_forms[i][1] for i in alike_long_forms(p, self._long_keys, self._long_tokens)]
        return self._one(p, hits) if hits else None

    def _resolve_person(self, p: ParsedName) -> Entity | None:
        if not p.tokens or not self._surnames:
            return None
        holders = [
            (toks, e)
            for i in alike_names(p.surname, self._surnames)
            for toks, e in self.full_names[self._surnames[i]]
        ]
        mine = role_words(p.titles)
        if not is_bare(p):  # a full name: its words fit a known full name in order (as merge's rule 5)
            telling = telling_roles(p.titles)
            common = (
                len({toks[0] for toks, _ in self.full_names.get(p.surname, ())}) >= COMMON_SURNAME_GIVEN_NAMES
            )
            fits = [
                e
                for toks, e in holders
                if full_name_fits(
                    p.tokens, toks, shared_role=bool(telling & telling_roles(e.roles)), common_surname=common
                )
            ]
            return self._one(p, fits)
        # a bare surname: only through a role noun it shares (how often a name was written is
        # merge's to weigh; an entity does not keep it)
        # the last word of a father's name only by a telling role ("Imam Ali" is not "Imam Hussein ibn Ali")
        own_particle = bool(PATRONYMIC & set(p.tokens))
        return self._one(
            p,
            [
                e
                for toks, e in holders
                if mine & role_words(e.roles)
                and (
                    own_particle
                    or not ends_in_fathers_name(toks)
                    or telling_roles(mine) & telling_roles(e.roles)
                )
            ],
        )


def resolve(name: str, entities: Iterable[Entity], *, aliases: AliasFile | None = None) -> Entity | None:
    """The entity a name refers to, or None when no entity (or more than one) fits.

    A thin wrapper over :class:`EntityIndex`: resolving many names against
    the same entities, build ``EntityIndex(entities, aliases)`` once and call its ``resolve``.
    The index of the last list passed here is kept, so repeated calls with the same list (not
    changed in between) do not rebuild it.

    >>> from refrain.entities.merge import merge
    >>> people = merge([("Ali Khamenei", "supreme leader"), ("Hassan Rouhani", "president")])
    >>> resolve("Khamenei", people).name
    'Ali Khamenei'
    """
    global _last_index
    key = (id(entities), len(entities) if isinstance(entities, list) else -1, id(aliases))
    held = _last_index
    if held is not None and held[0] == key and held[1] is entities and held[2] is aliases:
        index = held[3]
    else:
        index = EntityIndex(entities, aliases)
        if isinstance(entities, list):  # an iterator cannot be seen again: nothing to keep
            _last_index = (key, entities, aliases, index)
    return index.resolve(name)


_last_index: tuple[tuple[int, int, int], object, object, object] | None = None
