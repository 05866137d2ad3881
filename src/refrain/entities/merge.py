"""Merging name mentions into entities (resolving one name against them: refrain.entities.index).

Only people and organisations are merged: a name that is a description or a document ("an
official", "Leader", "the statement": refrain.entities.kinds) gets no entity, and an alias file
group's kind comes first ("the Supreme Leader" is Khamenei). Countries are organisations.

Rules, in the order they are applied (each merge refused when an alias file's ``[[different]]``
separates the two sides, when one side is a person and the other an organisation, or, for
people, when a full name of one side does not fit a full name of the other, or when both sides
have roles and share no role noun: an analyst and a general of one name are two people):

1. same transliteration skeleton (Qodrat Dialameh = Qodrat Diyalameh; two lone surnames only when
   spelled alike: Maleki and Maliki may be two men), for people's full names also with words run
   together (Alireza Tovar = Ali Reza Tovar), but never a cleric with a layman of other roles;
2. the parts of a slashed name ("PMOI/MEK");
3. the alias file's ``[[same]]`` groups (defaults shipped with refrain, plus the user's);
4. organisations: two long forms that differ only by spelling, word for word; an acronym of
   three letters or more and the long forms whose initials spell it, when those are one body
   (NCRI = National Council of Resistance of Iran; a two-letter one only by the alias file);
5. people: full names whose surnames are alike and whose other words fit in order
   (Ali Khamenei = Sayyed Ali Khamenei, but Maryam Rajavi != Massoud Rajavi); "alike" is the same
   transliteration skeleton or one letter apart inside a long name, never a letter more or less at
   an end (Terzi != Terzić, Malek != Maliki); a shorter form (a word dropped) joins a longer
   name only when all the longer names it fits are one person ("Mohammad Rahimi" fitting
   "Mohammad Ali Rahimi" and "Mohammad Reza Rahimi" stays apart), and only when it drops the
   first part of a compound given name (``given_name_prefixes.txt``: "Javad Zarif") or shares a
   role noun with it ("Shahbaz Sharif" is not "Hamza Shahbaz Sharif" by name alone);
6. a bare surname ("Haqqani", "Al Thani") joins the one full name it fits (when several fit, the
   one sharing its role), if it shares a role noun with it, or has no role, is spelled as one of
   its full names ends ("Money" is not Moni) and that full name was
   written at least BARE_SURNAME_MIN_MENTIONS times (a spokesman Moussa does not join the
   minister Amr Moussa) and does not end in a father's name ("Abdulaziz" is not "Salman bin
   Abdulaziz" by fame alone) nor is a word left by cutting the words before it ("Technology
   Park" is no Park); a surname of three letters or fewer only spelled alike ("Big" is
   not "Beg"); else it stays apart (never guessed), and when it fits several people's full names
   it gets no entity at all ("Mousavi": which one?).

A name cut to one word by the words trimmed around it ("Tehran Municipality", "South Korean")
that is no full name's surname is a common word, not a person: it gets no entity.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from refrain.entities.aliases import AliasFile, default_aliases
from refrain.entities.clusters import Clusters
from refrain.entities.kinds import PATRONYMIC, ends_in_fathers_name
from refrain.entities.matching import (
    BARE_SURNAME_MIN_MENTIONS,
    COMMON_SURNAME_GIVEN_NAMES,
    LONG_FORM_SIMILARITY,
    MIN_ACRONYM_LETTERS,
    SURNAME_SIMILARITY,
    Entity,
    alike_names,
    full_name_fits,
    is_bare,
    is_bare_person,
    is_proper_long_form,
    is_role_only,
    long_forms_alike,
    parse_mention,
    role_words,
    spells_by_initials,
    telling_roles,
    tokens_fit,
)
from refrain.entities.name_keys import (
    alike_pairs,
    common_word,
    fullest,
    same_name_key,
    slug,
    surname_spelling,
)
from refrain.entities.names import (
    ParsedName,
    acronym_key,
    ascii_fold,
    initials,
    is_acronym,
    parse,
)

_SHORT_SURNAME = 3  # a bare surname's skeleton this short joins a full name only spelled alike


@dataclass
class _Names:
    """The distinct names of the mentions, parsed, with what the merge rules read of them."""

    parsed: list[ParsedName]  # in the order first written (a slashed name's parts after it)
    index: dict[str, int]  # name as written -> its position in ``parsed``
    roles_of: dict[str, set[str]]  # name as written -> the roles written with it
    times_written: dict[str, int]
    slash_parts: list[list[str]]  # a slashed name, then its parts

    def roles(self, clusters: Clusters, root: int) -> set[str]:
        """The roles and titles of every name of a cluster."""
        found: set[str] = set()
        for m in clusters.members[root]:
            found |= self.roles_of[self.parsed[m].written] | set(self.parsed[m].titles)
        return found


def _read_mentions(mentions: Iterable[tuple[str, str | None]], alias_file: AliasFile) -> _Names:
    """The distinct names of ``(name as written, role or None)`` mentions (spaces collapsed), parsed;
    a slashed name's parts are names too. Names that are no person or organisation are left out."""
    roles_of: dict[str, set[str]] = defaultdict(set)
    times_written: dict[str, int] = defaultdict(int)
    order: list[str] = []
    for raw_name, role in mentions:
        name = " ".join(str(raw_name).split())
        if not name:
            continue
        times_written[name] += 1
        if name not in roles_of:
            order.append(name)
        if role:
            roles_of[name].add(" ".join(role.lower().split()))
    slash_parts: list[list[str]] = []
    written: list[str] = []
    for name in order:
        written.append(name)
        if "/" in name:
            parts = [p.strip() for p in name.split("/") if p.strip()]
            slash_parts.append([name, *parts])
            for p in parts:
                if p not in roles_of:
                    roles_of[p] = set()
                    written.append(p)
    kept = _name_after_office(dict((w, parse_mention(w, alias_file)) for w in dict.fromkeys(written)))
    surnames = {p.surname for p in kept.values() if p and p.kind == "person" and not is_bare(p)}
    for w, p in kept.items():
        # one word, no one's surname among the names merged, never written with a title or role: a
        # common word ("Climate", "Danish"), or one left once the words around it are cut ("Tehran
        # Municipality", "South Korean"), not a person ("Sheikh Hasina" keeps her title)
        if (
            p
            and p.kind == "person"
            and len(p.tokens) == 1
            and not p.titles
            and not roles_of[w]
            and p.surname not in surnames
            and not alias_file.same_group_of(p.key)
        ):
            kept[w] = None
    index = {w: i for i, w in enumerate(w for w, p in kept.items() if p is not None)}
    parsed = [p for p in kept.values() if p is not None]
    slash_parts = [[name for name in group if name in index] for group in slash_parts]
    return _Names(parsed, index, roles_of, times_written, slash_parts)


_CONNECTIVES = frozenset({"of", "for", "to", "at", "on", "in", "and"})


def _name_after_office(kept: dict[str, ParsedName | None]) -> dict[str, ParsedName | None]:
    """A title's complement left before a name ("Minister of State for Coastal Affairs Lida
    Varga": "of State for Coastal Affairs Lida Varga" once the title is off) is cut when the words
    after its last small word end in a full name written on its own among the names merged: that
    name is the person's ("Lida Varga"). A name that opens with a name, not with "of", is left as
    it is (in "Kaveh Rostami of Lida Varga", Lida Varga is not the one named)."""
    full = {p.tokens for p in kept.values() if p and p.kind == "person" and len(p.tokens) > 1}
    for w, p in kept.items():
        core = p.core.split() if p and p.kind == "person" else []
        if not core or core[0] not in _CONNECTIVES:
            continue
        last_small = max(i for i, word in enumerate(core) if word in _CONNECTIVES)
        tail = core[last_small + 1 :]
        for start in range(max(0, len(tail) - 4), len(tail) - 1):  # the longest full name first
            named = parse(" ".join(tail[start:]), "person")
            if named.tokens in full:
                kept[w] = replace(named, written=p.written, titles=p.titles + named.titles, cut=True)
                break
    return kept


def _merge_same_names(clusters: Clusters, names: _Names, alias_file: AliasFile) -> None:
    """Rules 1-3: same skeleton, a slashed name's parts, the alias file's ``[[same]]`` groups."""
    parsed = names.parsed
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(parsed):
        by_key[p.key].append(i)
    by_same_name: dict[str, list[int]] = defaultdict(list)  # the skeleton, refined where it says too little
    for i, p in enumerate(parsed):
        by_same_name[same_name_key(p)].append(i)
    by_joined: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(parsed):
        if p.joined:
            by_joined[p.joined].append(i)
    written = [names.times_written[p.written] for p in parsed]
    for same in [*by_same_name.values(), *by_joined.values()]:  # 1. same skeleton, or its words
        clusters.join_spellings(same, written)  # run together or apart ("Alireza" = "Ali Reza")
    for group in names.slash_parts:  # 2. slashed names
        for part in group[1:]:
            clusters.union(names.index[group[0]], names.index[part])
    for group in alias_file.same:  # 3. alias file
        hits = [i for key in group.keys for i in by_key.get(key, ())]
        for i in hits[1:]:
            clusters.union(hits[0], i)


def _merge_organisations(clusters: Clusters, names: _Names) -> None:
    """Rule 4: long forms alike word for word; then an acronym of three letters or more and the
    long forms it spells, when they are all one body (ICG spelling two unrelated groups' names
    joins neither: which one is meant is not ours to guess), written as a name (capitalised:
    "official Israeli channel" is no OIC), and, for an acronym of MIN_ACRONYM_LETTERS letters,
    written more than once: three letters spell too many names for a body named once to be the
    one meant (PRC is not the one Pew Research Center quoted).

    Pairs that cannot match are not visited: long forms alike are found with rapidfuzz over all of
    them at once, a long form for an acronym by its initials."""
    parsed = names.parsed
    orgs = [i for i, p in enumerate(parsed) if p.kind == "org" and "/" not in p.core]
    acronyms = [i for i in orgs if is_acronym(parsed[i].core) and spells_by_initials(parsed[i].core)]
    long_forms = [i for i in orgs if not is_acronym(parsed[i].core)]
    long_keys = [parsed[i].key for i in long_forms]
    for x, b, _score in alike_pairs(long_keys, LONG_FORM_SIMILARITY):
        if len(long_keys[x]) > 8 and long_forms_alike(
            parsed[long_forms[x]].tokens, parsed[long_forms[b]].tokens
        ):
            clusters.union(long_forms[x], long_forms[b])
    by_code: dict[str, list[int]] = defaultdict(list)
    for lf in long_forms:
        if is_proper_long_form(parsed[lf].core):
            for code in initials(parsed[lf].core):
                by_code[code].append(lf)
    for a in acronyms:
        spelled = sorted(set(by_code.get(acronym_key(parsed[a].core), ())))
        if len({clusters.find(lf) for lf in spelled}) != 1:
            continue
        written = sum(names.times_written[parsed[lf].written] for lf in spelled)
        if len(acronym_key(parsed[a].core)) > MIN_ACRONYM_LETTERS or written > 1:
            clusters.union(a, spelled[0])


def _merge_full_names(clusters: Clusters, names: _Names) -> dict[str, list[int]]:
    """Rule 5: people's full names whose surnames are alike and whose other words fit in order.
    Returns the full names by their surname's first letter (rule 6 looks bare surnames up there)."""
    parsed = names.parsed
    people = [i for i, p in enumerate(parsed) if p.kind == "person" and not is_role_only(p)]
    by_surname_initial: dict[str, list[int]] = defaultdict(list)
    for i in people:
        if not is_bare(parsed[i]):
            by_surname_initial[parsed[i].surname[:1]].append(i)
    alike_surnames: dict[int, list[int]] = defaultdict(list)  # full names whose surnames fit
    for bucket in by_surname_initial.values():
        for x, y, _score in alike_pairs([parsed[i].surname for i in bucket], SURNAME_SIMILARITY):
            alike_surnames[bucket[x]].append(bucket[y])
    given: dict[str, set[str]] = defaultdict(set)  # surname -> the first given names it is written with
    for i in people:
        if not is_bare(parsed[i]):
            given[parsed[i].surname].add(parsed[i].tokens[0])
    longer_fits: dict[int, list[int]] = defaultdict(list)  # a name -> the longer names it fits
    for i in (i for i in people if not is_bare(parsed[i])):  # tokens_fit refuses surnames less alike
        for j in alike_surnames[i]:
            if j <= i:
                continue
            short, long = sorted((i, j), key=lambda k: len(parsed[k].tokens))
            if not tokens_fit(parsed[short].tokens, parsed[long].tokens):
                continue
            if len(parsed[short].tokens) == len(parsed[long].tokens):  # a spelling variant, word for word
                shared = bool(
                    telling_roles(names.roles(clusters, clusters.find(i)))
                    & telling_roles(names.roles(clusters, clusters.find(j)))
                )
                if full_name_fits(parsed[i].tokens, parsed[j].tokens, shared_role=shared):
                    clusters.union(i, j, checked=True)
            else:
                longer_fits[short].append(long)
    # a shorter form joins the longer name it fits only when every name it fits is one person
    # ("Mohammad Rahimi" fitting "Mohammad Ali Rahimi" and "Mohammad Reza Rahimi" joins neither),
    # or, of several, only one shares a telling role with it (the general, not the minister); and
    # only when it drops just a compound name's first part or shares a role with it: "Mohammad
    # Salam" the schoolboy is not the spokesman "Mohammad Abdul Salam"
    for short in sorted(longer_fits, key=lambda k: -len(parsed[k].tokens)):
        roots = {clusters.find(long) for long in longer_fits[short]}
        mine = telling_roles(names.roles(clusters, clusters.find(short)))
        if len(roots) > 1:  # several people fit: the one sharing a telling role, if one only does
            roots = {r for r in roots if mine & telling_roles(names.roles(clusters, r))}
        if len(roots) != 1:
            continue
        root = roots.pop()
        shared = bool(mine & telling_roles(names.roles(clusters, root)))
        common = len(given[parsed[short].surname]) >= COMMON_SURNAME_GIVEN_NAMES
        if all(
            full_name_fits(
                parsed[short].tokens, parsed[long].tokens, shared_role=shared, common_surname=common
            )
            for long in longer_fits[short]
            if clusters.find(long) == root
        ):
            clusters.union(short, root, checked=True)
    return by_surname_initial


def _merge_bare_surnames(
    clusters: Clusters, names: _Names, by_surname_initial: dict[str, list[int]]
) -> set[int]:
    """Rule 6: a bare surname joins the one full name it fits (see the module docstring). Returns
    the bare surnames that fit the full names of several people and joined none: which one is
    meant is not known, so they get no entity ("Mousavi" of Abbas Mousavi, Mir Hossein Mousavi …)."""
    parsed = names.parsed
    unsure: set[int] = set()
    bucket_surnames = {k: [parsed[j].surname for j in b] for k, b in by_surname_initial.items()}
    bare = [i for i, p in enumerate(parsed) if p.kind == "person" and not is_role_only(p) and is_bare(p)]
    for i in bare:
        bucket = by_surname_initial[parsed[i].surname[:1]]
        fits = {
            clusters.find(bucket[k])
            for k in alike_names(parsed[i].surname, bucket_surnames.get(parsed[i].surname[:1], []))
        }
        fits.discard(clusters.find(i))
        mine = names.roles_of[parsed[i].written] | set(parsed[i].titles)
        if len(fits) > 1:
            unsure.add(i)
            fits = {r for r in fits if mine & names.roles(clusters, r)}
        if len(fits) != 1:
            continue
        root = fits.pop()
        full = [parsed[m] for m in clusters.members[root] if not is_bare(parsed[m])]
        if len(parsed[i].surname) <= _SHORT_SURNAME and not any(
            ascii_fold(f.core.split()[-1]) == ascii_fold(parsed[i].core.split()[-1]) for f in full
        ):
            continue  # short skeletons meet too easily ("Big" is not "Beg"): spelled alike only
        # no given name to agree on: a role noun in common, or a figure written often enough that
        # the one full name of this surname is likely the one meant ("Haqqani" is not any Haqqani);
        # never by fame alone for a father's name ("Abdulaziz" of "Salman bin Abdulaziz")
        known = sum(names.times_written[f.written] for f in full)
        patronymic = any(ends_in_fathers_name(f.tokens) for f in full)
        own = role_words(mine)
        # by fame only spelled as a full name writes it: "Money" is not the Karim Haggi Moni
        # written often, nor a lone "Majid" any Anis Majeed
        spelled = any(surname_spelling(f.core) == surname_spelling(parsed[i].core) for f in full)
        by_fame = (
            not own
            and not patronymic
            and not parsed[i].cut  # "Technology Park" is no Park
            and spelled
            and not common_word(parsed[i])  # "Ramadan", "The Fatah": a month, a party
        )
        if patronymic and not PATRONYMIC & set(parsed[i].tokens):
            # a father's name alone: only by a role that tells people apart ("Zarvan" the minister
            # is "Kaveh bin Zarvan" the minister; "Imam Ali" is not "Imam Hasan ibn Ali")
            if not telling_roles(own) & telling_roles(clusters.role_words[root]):
                continue
        if own & clusters.role_words[root] or (by_fame and known >= BARE_SURNAME_MIN_MENTIONS):
            clusters.union(i, root, checked=True)
    return unsure


def _entities(clusters: Clusters, names: _Names, unsure: set[int]) -> list[Entity]:
    """One entity a cluster, in the order of its first name; ids from the shown name, numbered
    from the second entity of one id on (``person:ali-rezaei-2``). A cluster of bare surnames
    that fit several people (``unsure``) gets none."""
    entities: list[Entity] = []
    seen_ids: dict[str, int] = defaultdict(int)
    for root in sorted(clusters.roots(), key=lambda r: min(clusters.members[r])):
        held = clusters.members[root]
        if any(m in unsure for m in held) and all(is_bare_person(names.parsed[m]) for m in held):
            continue
        members = [names.parsed[m] for m in sorted(held)]
        name = fullest(members, names.times_written)
        kind = members[0].kind
        base = f"{kind}:{slug(name)}"
        seen_ids[base] += 1
        ident = base if seen_ids[base] == 1 else f"{base}-{seen_ids[base]}"
        entities.append(Entity(ident, name, kind, {m.written for m in members}, names.roles(clusters, root)))
    return entities


def merge(mentions: Iterable[tuple[str, str | None]], *, aliases: AliasFile | None = None) -> list[Entity]:
    """Merge ``(name as written, role or None)`` mentions into entities, by the rules of the module
    docstring, applied in their order.

    ``aliases`` defaults to the alias file shipped with refrain; pass ``load_aliases(path)`` to add a
    user's (it includes the defaults) or ``AliasFile()`` for none at all.

    >>> [e.name for e in merge([("Dialameh", "director"), ("Qodrat Diyalameh", "intelligence director")])]
    ['Qodrat Diyalameh']
    """
    alias_file = default_aliases() if aliases is None else aliases
    names = _read_mentions(mentions, alias_file)
    parsed = names.parsed
    own_roles = [role_words(names.roles_of[p.written] | set(p.titles)) for p in parsed]
    clusters = Clusters(parsed, alias_file, own_roles)
    _merge_same_names(clusters, names, alias_file)
    _merge_organisations(clusters, names)
    by_surname_initial = _merge_full_names(clusters, names)
    unsure = _merge_bare_surnames(clusters, names, by_surname_initial)
    return _entities(clusters, names, unsure)
