"""Names in an article and what they resolve to: the fullest name, its role and organisation.

Without a model we find names as runs of capitalised words, split a leading title or role off
("Supreme Leader Ali Khamenei" → role "Supreme Leader", name "Ali Khamenei") and call a run with
an organisation word ("Agency", "Press", "Ministry") an organisation. A short reference ("Khamenei",
"he", "the minister") resolves to the fullest matching name seen in the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from refrain.entities.names import office_fields, split_name
from refrain.text import is_abbreviation
from refrain.text.lexicon import lexicon as text_lexicon

from .capital_runs import capitalised_run, named_body, trim_run
from .context import Token
from .lexicon import Lexicon, lexicon
from .name_posts import lower_post_before, post_after, post_before
from .name_spellings import same_but_spelling, same_spelled, with_middle_name
from .name_words import (  # the run's words: also imported from here by quotes.names and quotes.resolve
    clean_person_words,
    fits_one_word_better,
    is_place,
    parse_role,
    particle_lowered,
    split_hyphenated_role,
    without_non_name_words,
)
from .run_context import body_tokens, first_of_body_list, named_place
from .speakers import DETERMINERS, NAME_PARTICLES


@dataclass(slots=True)
class ArticleEntity:
    name: str
    kind: str  # "person" | "org"
    role: str | None = None
    organisation: str | None = None
    tokens: tuple[str, ...] = ()
    # every role the article gives them (a title before the name, an appositive), lower case
    roles: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Occurrence:
    start: int
    end: int
    entity: ArticleEntity


@dataclass(slots=True)
class ArticleEntities:
    entities: dict[str, ArticleEntity] = field(default_factory=dict)
    occurrences: list[Occurrence] = field(default_factory=list)
    lower_words: frozenset[str] = frozenset()  # the article's words written in lower case

    def drop_office_words(self, tail: list[str]) -> list[str]:
        """ "(Director of NPC's) Projects Ali Bosaqzadeh": leading words of a 3+ word name that the
        article also writes in lower case ("projects") end an office's name, not start the person's;
        so do a ministry's field words ("(Minister of Labor and) Social Welfare Reza Farzin")."""
        while len(tail) > 2 and (
            tail[0].lower() in self.lower_words - NAME_PARTICLES or tail[0].lower() in office_fields()
        ):
            tail = tail[1:]
        # "(Minister for) Coastal Affairs Ali Vaez": a field word further in ends the office too
        last = max((k for k, w in enumerate(tail[:-2]) if w.lower() in office_fields()), default=-1)
        return tail[last + 1 :]

    def add(
        self, name: str, kind: str, start: int, end: int, role: str | None = None, org: str | None = None
    ) -> ArticleEntity:
        ent = self.entities.get(name) or (
            self._same_spelled(name) or self._with_middle_name(name) if kind == "person" else None
        )
        if ent is None:
            ent = ArticleEntity(name, kind, role, org, tuple(name.split()))
            self.entities[name] = ent
        else:
            ent.role = ent.role or role
            ent.organisation = ent.organisation or org
        if role:
            ent.roles.add(role.lower())
        self.occurrences.append(Occurrence(start, end, ent))
        return ent

    def _with_middle_name(self, name: str) -> ArticleEntity | None:
        return with_middle_name(list(self.entities.values()), name)

    def _same_spelled(self, name: str) -> ArticleEntity | None:
        return same_spelled(list(self.entities.values()), name)

    def fullest(
        self, words: list[str], kind: str | None = None, before: int | None = None
    ) -> ArticleEntity | None:
        """The entity with the most words that contains ``words`` in order (a surname, a full name).
        With ``before``, one the article has named before that offset wins over one named only
        later ("Mohsen Hashemi … Hashemi said … the son of Akbar Hashemi Rafsanjani")."""
        if not words:
            return None
        best: ArticleEntity | None = None
        n = len(words)
        first = words[0]
        for ent in self.entities.values():
            if kind and ent.kind != kind:
                continue
            toks = ent.tokens
            # an entity without the first word cannot hold them all (asked ~30 times an article,
            # of every entity: the slices were made only to fail)
            if first in toks and any(list(toks[i : i + n]) == words for i in range(len(toks) - n + 1)):
                person = ent.kind == "person" and (best is None or best.kind == "person")
                if best is None or (
                    fits_one_word_better(toks, best.tokens, words) if person else len(toks) > len(best.tokens)
                ):
                    best = ent
        if before is not None and best is not None and not self._named_before(best, before):
            earlier = [
                e
                for e in self.entities.values()
                if e is not best
                and (not kind or e.kind == kind)
                and len(e.tokens) > n
                and first in e.tokens
                and any(list(e.tokens[i : i + n]) == words for i in range(len(e.tokens) - n + 1))
                and self._named_before(e, before)
            ]
            if earlier:
                return max(earlier, key=lambda e: len(e.tokens))
        if best is None and n == 1:
            best = self.same_but_spelling(first, kind)  # "Eje’i" after "Gholamhossein Mohseni Ejei"
        if best is None and (lowered := particle_lowered(words)) is not None:
            best = self.fullest(lowered, kind, before)  # "Al-Tayeb stressed" after "Karim al-Tayeb"
        if best is None and kind in (None, "person"):
            best = self._with_middle_name(" ".join(words))
        return best

    def same_but_spelling(self, word: str, kind: str | None = "person") -> ArticleEntity | None:
        """The one person named ``word`` written another way (:func:`.name_spellings.same_but_spelling`)."""
        return same_but_spelling(list(self.entities.values()), word, kind)

    def _named_before(self, ent: ArticleEntity, pos: int) -> bool:
        return any(o.entity is ent and o.end <= pos for o in self.occurrences)

    def last_before(self, pos: int, kind: str, *, within: int = 1500) -> ArticleEntity | None:
        for occ in reversed(self.occurrences):
            if occ.end <= pos and occ.entity.kind == kind:
                return occ.entity if pos - occ.end <= within else None
        return None

    def last_with_role(self, pos: int, head: str) -> ArticleEntity | None:
        for occ in reversed(self.occurrences):
            if occ.end <= pos and occ.entity.kind == "person" and has_role(occ.entity, head):
                return occ.entity
        return None

    def holder_at_end(self, caps: list[str], posts: frozenset[str]) -> list[str] | None:
        """The longest end of ``caps`` (two words or more, not all of it) that is a person's full
        name here, after words that are no ``posts`` ("UN Zhang Wei"; "U.S. Secretary of State
        Mike Pompeo" keeps its post), or None."""
        for k in range(len(caps) - 1, 1, -1):
            if any(w.lower().rstrip(".") in posts for w in caps[:-k]):
                return None
            ent = self.fullest(caps[-k:], "person")
            if ent is not None and list(ent.tokens) == caps[-k:]:
                return caps[-k:]
        return None

    def first_with_role(
        self,
        pos: int,
        head: str,
        holds: Callable[[ArticleEntity, str], bool] | None = None,
        passed: Callable[[int], bool] | None = None,
    ) -> ArticleEntity | None:
        """The first person named after ``pos`` with that role (a lead that names them later);
        ``holds`` tells whether a person holds it (default: the word itself, :func:`has_role`);
        a name where ``passed(start)`` is true is stepped over, there and further on."""
        holds = holds or has_role
        stepped_over: list[ArticleEntity] = []  # spoken of there: not the one meant further on either
        for occ in self.occurrences:
            if occ.start >= pos and occ.entity.kind == "person" and holds(occ.entity, head):
                if any(occ.entity is e for e in stepped_over):
                    continue
                if passed is not None and passed(occ.start):
                    stepped_over.append(occ.entity)
                    continue
                return occ.entity
        return None


def has_role(ent: ArticleEntity, head: str) -> bool:
    """Whether the article gives ``ent`` a role with the word ``head`` ("president", "leader")."""
    word = re.compile(rf"\b{re.escape(head.lower())}\b")
    return any(word.search(r) for r in ent.roles | {(ent.role or "").lower()})


def build_index(masked: str, toks: list[Token]) -> ArticleEntities:
    """Every capitalised run in the (masked) article, typed and split into role and name."""
    lex = lexicon()
    index = ArticleEntities()
    toks = body_tokens(masked, toks)
    index.lower_words = frozenset(re.findall(r"\b[a-z][a-z’'-]+\b", masked))
    i = 0
    pending_role: tuple[str, int] | None = None  # a role written just before a name, set off by a comma
    while i < len(toks):
        tok = toks[i]
        if not (tok.is_word and tok.text[0].isupper()):
            i += 1
            continue
        run, j = capitalised_run(masked, toks, i, lex)
        i = max(j, i + 1)
        run, words = trim_run(masked, run, lex)
        if words:
            pending_role = _add_run(masked, index, run, words, pending_role, lex)
    _bind_late(index)
    _attach_appositives(masked, index)
    return index


def _add_run(
    masked: str,
    index: ArticleEntities,
    run: list[Token],
    words: list[str],
    pending_role: tuple[str, int] | None,
    lex: Lexicon,
) -> tuple[str, int] | None:
    """Add the place, organisation or person a trimmed run names; returns the role left pending
    for the next name ("Water Minister, Aurel Dragan,")."""
    event = len(words) > 1 and words[-1].lower() in text_lexicon("en", "speaker_event_heads")  # "Oil Show"
    # "Iran", "Middle East", "Human Rights Watch" (a body by name, no organisation word in it)
    if (
        is_place(words)
        or named_place(masked, run)
        or first_of_body_list(masked, run, lex)
        or event
        or named_body(words)
    ):
        index.add(" ".join(words), "org", run[0].start, run[-1].end)
        return pending_role
    head, tail, is_org = split_hyphenated_role(*split_name(words))
    if tail and head and tail[0].lower() in {"for", "of", "and", "on"} and head[-1].lower() in lex.org_words:
        is_org = True  # "Center for International and Regional Studies": one organisation
    if head and head[-1].lower() == "the":
        # "Leader of the Islamic Revolution" with no name after it: a role, no person
        return (" ".join(words), run[-1].end)
    if (
        is_org
        and len(words) > 1
        and words[-1].lower().rstrip(".") in lex.roles
        and re.match(r",\s+[A-Z]", masked[run[-1].end : run[-1].end + 3])
    ):
        # "The Navy Sea Force Commander, General Ali Vaez,": a body's office, left for the name after
        return (" ".join(words), run[-1].end)
    if is_org:
        name = " ".join(w for w in words if w.lower() not in DETERMINERS)
        if len(name) > 1 and not name.isdigit():
            index.add(name, "org", run[0].start, run[-1].end)
        return pending_role
    tail = index.drop_office_words(without_non_name_words(clean_person_words(tail)))
    if not tail:
        if head and any(w.lower().rstrip(".") in lex.roles for w in head):
            return (" ".join(head), run[-1].end)  # "Water Minister, Aurel Dragan,"
        return pending_role
    if len(tail) == 1 and tail[0].isupper() and len(tail[0]) > 1:
        index.add(tail[0], "org", run[0].start, run[-1].end)  # acronyms: MEK, NCRI, CNN
        return pending_role
    # at most four name words; particles do not count ("Omar bin Khalid bin Saad Al Rami")
    words_of_name = [w for w in tail if w.lower() not in NAME_PARTICLES]
    if len(words_of_name) > 4 or any(w.isupper() and len(w) > 1 and "." not in w for w in tail):
        return pending_role
    _add_person(masked, index, run, head, tail, pending_role, lex)
    return None


def _add_person(
    masked: str,
    index: ArticleEntities,
    run: list[Token],
    head: list[str],
    tail: list[str],
    pending_role: tuple[str, int] | None,
    lex: Lexicon,
) -> None:
    """A person's name (``tail``) with its role: the title before it, else a role set off by a
    comma just before. A lone word is a person only once known as a surname (else "maybe")."""
    titled = any(
        w.lower().rstrip(".") in lex.roles
        or w.lower().rstrip(".") in lex.titles
        or ("-" in w and any(p in lex.roles for p in w.lower().rstrip(".").split("-")))  # "Secretary-General"
        for w in head
    )
    role = " ".join(head) if head and titled else None  # "East Azerbaijan Province" is a place, not a role
    start = run[0].start
    # "The Leader of the Order, Ayatollah Ali Kemal": a role set off before the name is theirs too
    set_off = pending_role[0] if pending_role and masked[pending_role[1] : start].strip() == "," else None
    role = role or set_off or _role_to_place(masked, start, lex)
    lower_post = lower_post_before(masked, start, lex)
    if lower_post and (role is None or all(w.lower().rstrip(".") in lex.titles for w in role.split())):
        role = lower_post  # "Judiciary chief Ayatollah Ali Vaez": the post says more than the title
    if not role and len(tail) > 1 and _thing_after_the(masked, start, run[-1].end):
        return  # "the Joint Water Plan of Action": a thing's name, nobody who speaks
    known = index.fullest(tail, "person") if len(tail) == 1 else None
    if len(tail) == 1 and not head and known is None:
        index.occurrences.append(
            Occurrence(start, run[-1].end, ArticleEntity(tail[0], "maybe", tokens=(tail[0],)))
        )
        return
    name = known.name if known is not None else " ".join(tail)
    ent = index.add(name, "person", start, run[-1].end, role=role)
    ent.roles |= {set_off.lower()} if set_off else set()


# "Ambassador to Vienna Ali Vaez", "Special Envoy for Yemen Ali Vaez": a role, a preposition and a
# place, written right before the name (the run of capitals was cut at the preposition)
_ROLE_TO_PLACE = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,3}([A-Za-z-]+)\s+(?:to|for|in|at)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})$"
)


def _role_to_place(masked: str, start: int, lex: Lexicon) -> str | None:
    m = _ROLE_TO_PLACE.search(masked[max(0, start - 90) : start])
    if m is None or m.group(2).lower().split("-")[0] not in lex.roles:
        return None
    words = m.group(1).split()
    if any(w.endswith(".") and not is_abbreviation(w) for w in words):
        # across a sentence's end only "He served as envoy to Oslo. Ali Vaez …", not another's post
        # ("… met the envoy to Oslo Karl Brandt. Vaez said"; "X, the new envoy to Oslo. Vaez said")
        after = words[next(k for k, w in enumerate(words) if w in {"to", "for", "in", "at"}) + 1 :]
        opened = masked[: max(0, start - 90) + m.start()].rstrip()
        sentence = opened[opened.rfind(". ") + 2 :] if ". " in opened else opened
        if not is_place([w.rstrip(".") for w in after if w != "the"]) or not re.match(
            r"(?:He|She)\b", sentence
        ):
            return None
    return " ".join(words)


def _bind_late(index: ArticleEntities) -> None:
    """Lone words that turned out to be surnames of people named later."""
    for occ in index.occurrences:
        if occ.entity.kind == "maybe":
            ent = index.fullest(list(occ.entity.tokens), "person")
            if ent is not None:
                occ.entity = ent


def _attach_appositives(masked: str, index: ArticleEntities) -> None:
    """ "Lena Moreau, the republic's Trade Minister," → role and organisation of Lena Moreau;
    "the republic's Trade Minister, Lena Moreau," too."""
    for occ in index.occurrences:
        ent = occ.entity
        if ent.kind != "person":
            continue
        before = post_before(masked, occ.start, occ.end)
        if before is not None:
            role, _ = parse_role(before)
            if role:
                ent.roles.add(role.lower())
        phrase = post_after(masked, occ.start, occ.end)
        if phrase:
            role, org = parse_role(phrase)
            if role:
                ent.roles.add(role.lower())
                if not ent.role or ent.role.lower().rstrip(".") in lexicon().titles:
                    ent.role = role  # a role says more than a title ("Ayatollah")
                ent.organisation = ent.organisation or org


_AFTER_THE = re.compile(r"(?<![\w’'-])the\s+$")
_THING_END = re.compile(r"\s+of\s+[A-Z]")


def _thing_after_the(masked: str, start: int, end: int) -> bool:
    """Whether a name-like run of two words or more with no title is a thing's name: "the" before it,
    "of" and a capital after it ("known as the Joint Water Plan of Action"; not "the Ali Vaez era")."""
    return bool(_AFTER_THE.search(masked[max(0, start - 5) : start]) and _THING_END.match(masked, end))
